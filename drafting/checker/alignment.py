"""Language alignment: the same instrument in two languages compared provision by provision
(provisions, figures, cross-references, and the number of sub-provisions and definitions).

The other version is `ctx.other`: the second column of a parallel Word document, or a
second file. Provisions are matched by their numbers, never by their words; inside a
provision, units are matched by their numbering when both versions number them alike."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from functools import lru_cache

from drafting.checker.context import Context
from drafting.checker.document import Doc, Unit
from drafting.checker.report import Finding
from drafting.checker.xrefs import number_value
from drafting.model import Provision, ProvisionLevel

LANGUAGE_NAMES = {"en": "English", "fr": "French", "es": "Spanish", "rw": "Kinyarwanda"}

# --- cross-references in running text -------------------------------------------------------

_N = r"\d+[A-Z]?\s?[°º]?"
_SUBS = r"(?:\s?\((?:\d+[A-Z]?|[a-z]{1,4})\))*"
_AND = r"(?:,|and|or|to|et|ou|à|au|y|o|a|-|\u2013)"
_LIST = rf"{_N}{_SUBS}(?:\s*{_AND}\s*{_N}{_SUBS})*"
_THIS = (
    r"(?:this|these|the present|le présent|la présente|du présent|de la présente|présente?"
    r"|cet|cette|el presente|la presente|del presente|de la presente|este|esta|dicho|dicha)\b"
)
_OWN = r"(?:article|regulation|section|rule|artículo|art\.)"
# "paragraph 2 of Article 8", "l'alinéa 2 de l'article 8", "el párrafo 2 del artículo 8°",
# and the same "of this Article"; the parent is group "of", the paragraph group "sub".
_PARAGRAPH_OF = re.compile(
    r"\b(?:paragraphs?|sub-?paragraphs?|alinéas?|párrafos?|incisos?|apartados?)\s+"
    rf"(?P<sub>\d+[°º]?(?:\s*{_AND}\s*\d+[°º]?)*)"
    rf"\s+(?:of|de|du|del|de la|de l')\s*(?:(?P<self>{_THIS})\s*{_OWN}"
    rf"|(?:the\s+|l')?{_OWN}\s+(?P<of>{_N}))",
    re.IGNORECASE,
)
# "this Article", "au présent article", "del presente artículo": the provision as a whole
_SELF = re.compile(
    r"\b(?:this|le présent|au présent|du présent|el presente|al presente|del presente)\s+"
    r"(?:article|regulation|section|rule|artículo)\b",
    re.IGNORECASE,
)
# "article 4, paragraphe 11, de la Convention": a treaty's paragraph, written out
_TOP = re.compile(
    rf"\b(?:regulations?|sections?|articles?|rules?|clauses?|artículos?|arts?\.)\s*(?P<list>{_LIST})"
    r"(?:,\s*(?:paragraph|paragraphe|párrafo|apartado|alinéa)\s+(?P<para>\d+)(?=,))?",
    re.IGNORECASE,
)
_RELATIVE = re.compile(
    rf"\b(?:sub-?regulations?|sub-?sections?|sub-?articles?|sub-?rules?|sub-?clauses?)\s+"
    rf"(?P<list>\(\d+\){_SUBS}(?:\s*{_AND}\s*\(\d+\){_SUBS})*)",
    re.IGNORECASE,
)
_SCHEDULE = re.compile(
    r"\b(?:(?P<ord>first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\s+schedule"
    r"|(?:schedule|annex|annexe|anexo)\s+(?P<num>[IVXLC]+\b|\d+))",
    re.IGNORECASE,
)
_ORDINALS = (
    "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"
)  # fmt: skip
_EXTERNAL = re.compile(
    rf"^\s*(?:\([^)]{{0,40}}\)\s*)?,?\s*(?:of|de|del|du|des|de la|de l'|of the)\s*(?!{_THIS})"
    r"(?:the\s+|la\s+|le\s+|l'|los\s+|las\s+)?[A-Z]",
)
_CHAIN = re.compile(
    r"^\s*(?:\([^)]{0,40}\)\s*)?(?:,|and|et|y|or|ou|o)\s*(?:the\s+|les\s+|los\s+|las\s+)?$",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class Reference:
    """A cross-reference in a unit's text: the provision it names, from the top-level
    number down (("12", "3", "b"); ("schedule", "2") for a schedule), and where it is."""

    path: tuple[str, ...]
    start: int
    end: int
    external: bool = False  # names a provision of another law ("section 55 of the Act")


def references(text: str, section: str = "") -> list[Reference]:
    """The cross-references in `text` (any of our three languages), in order; `section` is
    the number of the provision the text belongs to, for "subregulation (2)" and
    "paragraph 2 of this Article"."""
    return list(_references(text, section))


@lru_cache(maxsize=4096)
def _references(text: str, section: str) -> tuple[Reference, ...]:
    # The figure, cross-reference and sanction checks each read a unit's references.
    found: list[Reference] = []
    taken: list[tuple[int, int]] = []

    def free(start: int, end: int) -> bool:
        return all(end <= a or start >= b for a, b in taken)

    for m in _PARAGRAPH_OF.finditer(text):
        parent = section if m.group("self") else number(m.group("of") or "")
        external = bool(m.group("of")) and bool(_EXTERNAL.match(text[m.end() :]))
        for sub, *_ in _expand(m.group("sub")):
            found.append(Reference((parent, sub), m.start(), m.end(), external=external))
        taken.append((m.start(), m.end()))
    tops = [m for m in _TOP.finditer(text) if free(m.start(), m.end())]
    externals = _externals(text, tops)
    for m, external in zip(tops, externals, strict=True):
        for path in _expand(m.group("list")):
            path = (*path, m.group("para")) if m.group("para") else path
            found.append(Reference(path, m.start(), m.end(), external=external))
        taken.append((m.start(), m.end()))
    for m in _RELATIVE.finditer(text):
        if free(m.start(), m.end()):
            for path in _expand(m.group("list")):
                found.append(Reference((section, *path), m.start(), m.end()))
            taken.append((m.start(), m.end()))
    for m in _SELF.finditer(text):
        if section and free(m.start(), m.end()):
            found.append(Reference((section,), m.start(), m.end()))
            taken.append((m.start(), m.end()))
    for m in _SCHEDULE.finditer(text):
        if free(m.start(), m.end()):
            ordinal = (m.group("ord") or "").lower()
            n = str(_ORDINALS.index(ordinal) + 1) if ordinal else _arabic(m.group("num"))
            found.append(Reference(("schedule", n), m.start(), m.end()))
    return tuple(sorted(found, key=lambda r: r.start))


def _externals(text: str, matches: Sequence[re.Match[str]]) -> list[bool]:
    """Whether each reference names another law's provision: it is followed by "of the
    Act", "de la Loi..." ("Articles 50 and 52 (fines) and Articles 56 and 57 of Law n° 48"
    are all the Law's)."""
    out = [bool(_EXTERNAL.match(text[m.end() :])) for m in matches]
    for i in range(len(matches) - 2, -1, -1):
        gap = text[matches[i].end() : matches[i + 1].start()]
        if out[i + 1] and _CHAIN.match(gap):
            out[i] = True
    return out


_ITEM = re.compile(
    rf"(?P<top>\d+[A-Z]?)\s?[°º]?(?P<subs>{_SUBS})|(?P<bare>\(\d+\){_SUBS})"
    r"|(?P<dash>\bto\b|\bà\b|\ba\b|-|\u2013)"
)


def _expand(listing: str) -> Iterator[tuple[str, ...]]:
    """ "8, 9 and 12 (1)" -> (8,), (9,), (12, 1); "177 to 179" -> 177, 178, 179."""
    previous: tuple[str, ...] | None = None
    pending_range = False
    for m in _ITEM.finditer(listing):
        if m.group("dash"):
            pending_range = previous is not None
            continue
        if m.group("bare"):
            path = tuple(number(s) for s in re.findall(r"\(([^)]+)\)", m.group("bare")))
        else:
            subs = re.findall(r"\(([^)]+)\)", m.group("subs"))
            path = (number(m.group("top")), *(number(s) for s in subs))
        if pending_range and previous is not None and len(previous) == len(path) == 1:
            low, high = previous[0], path[0]
            if low.isdigit() and high.isdigit() and 0 < int(high) - int(low) <= 200:
                for n in range(int(low) + 1, int(high)):
                    yield (str(n),)
        pending_range = False
        previous = path
        yield path


def number(num: str) -> str:
    """A provision number as compared across versions: "9°" -> "9", "One" -> "1"."""
    plain = num.strip().strip("().").rstrip("°º. ").strip().lower()
    return {"one": "1", "premier": "1", "primero": "1", "first": "1"}.get(plain, plain)


def _arabic(roman_or_digits: str) -> str:
    value = number_value(roman_or_digits)
    return str(value) if value is not None else roman_or_digits


# --- figures ---------------------------------------------------------------------------------

_GROUPED = r"\d{1,3}(?:[ \u00a0\u202f.]\d{3})+(?:,\d+)?"
_DIGITS = {
    # thousands grouped by spaces or commas (English), by spaces or points (French, Spanish)
    "en": re.compile(
        r"(?<![\w.,])\d{1,3}(?:(?:[ \u00a0\u202f]|,(?=\d{3}\b))\d{3})+(?:\.\d+)?"
        r"|(?<![\w.])\d+(?:\.\d+)?"
    ),
    "fr": re.compile(rf"(?<![\w,]){_GROUPED}|(?<![\w,])\d+(?:,\d+)?"),
    "es": re.compile(rf"(?<![\w,]){_GROUPED}|(?<![\w,])\d+(?:,\d+)?"),
}


def _series(words: str, values: Iterable[int]) -> dict[str, int]:
    return dict(zip(words.split(), values, strict=True))


_WORDS: dict[str, dict[str, int]] = {
    "en": {
        **_series("zero one two three four five six seven eight nine ten eleven twelve "
                  "thirteen fourteen fifteen sixteen seventeen eighteen nineteen", range(20)),
        **_series("twenty thirty forty fifty sixty seventy eighty ninety", range(20, 100, 10)),
        "hundred": 100, "thousand": 1000, "million": 10**6, "twice": 2,
    },
    "fr": {
        **_series("zéro un deux trois quatre cinq six sept huit neuf dix onze douze treize "
                  "quatorze quinze seize", range(17)),
        "une": 1, "dix-sept": 17, "dix-huit": 18, "dix-neuf": 19,
        **_series("vingt trente quarante cinquante soixante", range(20, 70, 10)),
        "soixante-dix": 70, "quatre-vingt": 80, "quatre-vingts": 80, "quatre-vingt-dix": 90,
        "cent": 100, "cents": 100, "mille": 1000, "million": 10**6, "millions": 10**6,
    },
    "es": {
        **_series("cero uno dos tres cuatro cinco seis siete ocho nueve diez once doce trece "
                  "catorce quince dieciséis diecisiete dieciocho diecinueve veinte", range(21)),
        "un": 1, "una": 1, "veintiuno": 21, "veintiún": 21, "veintidós": 22, "veintitrés": 23,
        "veinticuatro": 24, "veinticinco": 25, "veintiséis": 26, "veintisiete": 27,
        "veintiocho": 28, "veintinueve": 29,
        **_series("treinta cuarenta cincuenta sesenta setenta ochenta noventa",
                  range(30, 100, 10)),
        "cien": 100, "ciento": 100, "doscientos": 200, "trescientos": 300,
        "cuatrocientos": 400, "quinientos": 500, "seiscientos": 600, "setecientos": 700,
        "ochocientos": 800, "novecientos": 900, "mil": 1000, "millón": 10**6,
        "millones": 10**6,
    },
}  # fmt: skip
_JOINERS = {"en": {"and"}, "fr": {"et"}, "es": {"y"}}
# "un"/"une"/"uno"/"one" alone is an article or a pronoun far more often than a figure;
# "neuf" is also "new"; "cent" after "pour" and "ciento" after "por" make a percentage.
_ALONE = {"one", "un", "une", "uno", "una", "neuf"}
_PERCENT = {"pour": {"cent"}, "por": {"ciento", "cien"}, "per": {"cent"}}
_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*", re.UNICODE)
# A first look: most texts state no number in words.
_ANY_WORD = {
    lang: re.compile(
        r"(?<![\w-])(?:" + "|".join(sorted(map(re.escape, table), key=len, reverse=True)) + r")",
        re.IGNORECASE,
    )
    for lang, table in _WORDS.items()
}
_THEN_DIGITS = re.compile(r"^\s*\((\d[\d \u00a0\u202f.,]*)\)")


def figures(text: str, language: str) -> Counter[Decimal]:
    """The numbers a text states, in figures or in words ("thirty (30)" once); the numbers
    of its references to the instrument's own provisions are left out, those of other laws'
    provisions ("section 55 of the Act") are figures too."""
    lang = language if language in _DIGITS else "en"
    spans = [(r.start, r.end) for r in references(text) if not r.external]
    text = _blank(text, spans)
    found: Counter[Decimal] = Counter()
    for value, _, end in _number_words(text, lang):
        then = _THEN_DIGITS.match(text[end:])
        if then is not None and _value(then.group(1), lang) == value:
            continue  # "thirty (30)": the figure is counted once, from its digits
        found[value] += 1
    for m in _DIGITS[lang].finditer(text):
        stated = _value(m.group(0), lang)
        if stated is not None:
            found[stated] += 1
    return found


def _blank(text: str, spans: Iterable[tuple[int, int]]) -> str:
    chars = list(text)
    for start, end in spans:
        chars[start:end] = " " * (end - start)
    return "".join(chars)


def _value(raw: str, language: str) -> Decimal | None:
    digits = re.sub(r"[ \u00a0\u202f]", "", raw)
    if language == "en":
        digits = digits.replace(",", "")
    else:
        if re.fullmatch(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?", digits):
            digits = digits.replace(".", "")
        digits = digits.replace(",", ".")
    try:
        return Decimal(digits).normalize()
    except InvalidOperation:
        return None


def _number_words(text: str, language: str) -> Iterator[tuple[Decimal, int, int]]:
    """Numbers written in words: (value, start, end)."""
    joiners = _JOINERS[language]
    if not _ANY_WORD[language].search(text):
        return
    words = [
        (m.group(0).lower(), _word_values(m.group(0).lower(), language), m.start(), m.end())
        for m in _WORD.finditer(text)
    ]
    i = 0
    while i < len(words):
        run: list[tuple[str, list[int], int, int]] = []
        j = i
        while j < len(words):
            word, values = words[j][0], words[j][1]
            if values and not (j > 0 and word in _PERCENT.get(words[j - 1][0], ())):
                run.append(words[j])
                j += 1
            elif word in joiners and run and j + 1 < len(words) and _joins(run, words[j + 1][1]):
                j += 1
            else:
                break
        if run and not (len(run) == 1 and run[0][0] in _ALONE):
            value = _compose([v for _, values, _, _ in run for v in values])
            yield Decimal(value), run[0][2], run[-1][3]
        i = max(j, i + 1)


def _joins(run: Sequence[tuple[str, list[int], int, int]], following: list[int]) -> bool:
    """Whether "and", "et", "y" joins two parts of one number: "one hundred and eighty",
    "vingt et un", "soixante et onze", "treinta y cinco"; not two numbers ("vingt-cinq et
    trente")."""
    if not following:
        return False
    last = run[-1][1][-1]
    if last >= 100:
        return following[0] < 100
    return last % 10 == 0 and last >= 20 and (following[0] < 10 or following[0] == 11)


def _word_values(word: str, language: str) -> list[int]:
    """The values a word stands for: "thirty" [30]; "vingt-cinq" [20, 5];
    "quatre-vingt-cinq" [80, 5]; [] for a word that is no number."""
    table = _WORDS[language]
    if word in table:
        return [table[word]]
    if "-" not in word:
        return []
    parts = word.replace("quatre-vingts", "quatre-vingt").replace("quatre-vingt", "80").split("-")
    values = [80 if p == "80" else table.get(p, -1) for p in parts if p not in _JOINERS[language]]
    return values if values and -1 not in values else []


def _compose(values: Sequence[int]) -> int:
    total, current = 0, 0
    for v in values:
        if v == 100:
            current = max(current, 1) * 100
        elif v >= 1000:
            total += max(current, 1) * v
            current = 0
        else:
            current += v
    return total + current


def _show(values: set[Decimal]) -> str:
    return ", ".join(f"{v:f}" for v in sorted(values))


# --- matching the two versions ---------------------------------------------------------------


def _sections(doc: Doc) -> dict[str, Provision]:
    out: dict[str, Provision] = {}
    for section in doc.sections:
        out.setdefault(number(section.num), section)
    return out


def _by_section(doc: Doc) -> dict[str, list[Unit]]:
    """A document's units by the eId of their top-level provision."""
    grouped: dict[str, list[Unit]] = {}
    for u in doc.units:
        if u.section is not None:
            grouped.setdefault(u.section.eid, []).append(u)
    return grouped


def _key(units: Sequence[Unit]) -> list[tuple[tuple[str, ...], int]]:
    seen: Counter[tuple[str, ...]] = Counter()
    out = []
    for u in units:
        path = tuple(number(p) for p in u.path)
        out.append((path, seen[path]))
        seen[path] += 1
    return out


def _pairs(ctx: Context) -> Iterator[tuple[Unit, list[Unit], Unit, list[Unit]]]:
    """Each section of this version with its counterpart: (section unit, its units, the
    other version's section unit, its units)."""
    assert ctx.other is not None
    others = _sections(ctx.other)
    mine, theirs = _by_section(ctx.doc), _by_section(ctx.other)
    for section in ctx.doc.sections:
        other = others.get(number(section.num))
        if other is not None:
            yield (
                ctx.doc.section_unit(section),
                mine.get(section.eid, []),
                ctx.other.section_unit(other),
                theirs.get(other.eid, []),
            )


def _matched(
    mine: list[Unit], theirs: list[Unit]
) -> list[tuple[Unit, Sequence[Unit], Sequence[Unit]]]:
    """Units to compare: one by one when both versions number the section alike; else the
    whole section at once, located at its first unit."""
    if _key(mine) == _key(theirs):
        return [(a, [a], [b]) for a, b in zip(mine, theirs, strict=True)]
    return [(mine[0], mine, theirs)]


# --- the checks ------------------------------------------------------------------------------


def check_provisions(ctx: Context) -> Iterator[Finding]:
    """ALN001: provisions, parts and schedules present in one version only."""
    if ctx.other is None:
        return
    other_name = LANGUAGE_NAMES.get(ctx.other.language, ctx.other.language)
    mine, theirs = _sections(ctx.doc), _sections(ctx.other)
    for num, section in mine.items():
        if num not in theirs:
            unit = ctx.doc.section_unit(section)
            yield ctx.finding(
                "ALN001",
                unit,
                f"Provision {section.num} has no counterpart in the {other_name} version.",
                evidence=unit.text or ctx.doc.full_text(section),
                suggestion=f"Add provision {section.num} to the {other_name} version, or "
                "remove it from this one, so that both versions have the same provisions.",
            )
    for num, section in theirs.items():
        if num not in mine:
            yield ctx.finding(
                "ALN001",
                None,
                f"The {other_name} version has a provision {section.num} that this version lacks.",
                evidence=ctx.other.full_text(section),
                suggestion=f"Translate provision {section.num} into this version, or remove "
                f"it from the {other_name} version.",
            )
    yield from _parts(ctx, other_name, set(mine) == set(theirs))
    if len(ctx.doc.schedules) != len(ctx.other.schedules):
        yield ctx.finding(
            "ALN001",
            None,
            f"This version has {len(ctx.doc.schedules)} schedules or annexes and the "
            f"{other_name} version has {len(ctx.other.schedules)}.",
            evidence="; ".join(s.label for s in ctx.doc.schedules),
            suggestion="Give both versions the same schedules, in the same order.",
        )


def _parts(ctx: Context, other_name: str, same_sections: bool) -> Iterator[Finding]:
    assert ctx.other is not None
    mine, theirs = ctx.doc.parts, ctx.other.parts
    if len(mine) != len(theirs):
        yield ctx.finding(
            "ALN001",
            None,
            f"This version has {len(mine)} parts or chapters and the {other_name} version "
            f"has {len(theirs)}.",
            evidence="; ".join(p.label for p in mine),
            suggestion="Divide both versions into the same parts or chapters.",
        )
        return
    if not same_sections:
        return  # the missing provisions are reported one by one
    for part, other in zip(mine, theirs, strict=True):
        here = [number(s.num) for s in part.children if s.level is ProvisionLevel.SECTION]
        there = [number(s.num) for s in other.children if s.level is ProvisionLevel.SECTION]
        if here != there:
            first = next(iter(s for s in part.children if s.level is ProvisionLevel.SECTION), None)
            yield ctx.finding(
                "ALN001",
                ctx.doc.section_unit(first) if first is not None else None,
                f"{part.label} holds {len(here)} provisions ({_span(here)}) and the "
                f"{other_name} version's {other.label} holds {len(there)} ({_span(there)}).",
                evidence=f"{part.label} {part.heading or ''}",
                suggestion="Put the same provisions in each part or chapter of both versions.",
            )


def _span(nums: Sequence[str]) -> str:
    if not nums:
        return "none"
    return nums[0] if len(nums) == 1 else f"{nums[0]} to {nums[-1]}"


def check_figures(ctx: Context) -> Iterator[Finding]:
    """ALN002: numbers, percentages, years, amounts and periods that differ."""
    if ctx.other is None:
        return
    other_name = LANGUAGE_NAMES.get(ctx.other.language, ctx.other.language)
    for _, mine, _, theirs in _pairs(ctx):
        for unit, here, there in _matched(mine, theirs):
            finding = _figures_differ(ctx, unit, here, there, other_name)
            if finding is not None:
                yield finding
    for mine_s, theirs_s in zip(ctx.doc.schedules, ctx.other.schedules, strict=False):
        here = [u for u in ctx.doc.units if u.schedule is mine_s]
        there = [u for u in ctx.other.units if u.schedule is theirs_s]
        if here:
            finding = _figures_differ(ctx, here[0], here, there, other_name)
            if finding is not None:
                yield finding


def _figures_differ(
    ctx: Context, unit: Unit, here: Sequence[Unit], there: Sequence[Unit], other_name: str
) -> Finding | None:
    """The finding when the units state different figures. Figures are compared as sets: a
    translation may state a figure once where the original repeats it; and 1 is left out,
    being as often "a"/"un" written out as a figure."""
    assert ctx.other is not None
    a = {v for u in here for v in figures(u.text, ctx.doc.language)} - {Decimal(1)}
    b = {v for u in there for v in figures(u.text, ctx.other.language)} - {Decimal(1)}
    if a == b:
        return None
    return ctx.finding(
        "ALN002",
        unit,
        f"The figures of {unit.cite} differ between the versions: this version has "
        f"{_show(a - b) or 'none'} where the {other_name} version has {_show(b - a) or 'none'}.",
        evidence=_around(" ".join(u.text for u in here), a - b, ctx.doc.language),
        suggestion=f"Check {unit.cite} against the {other_name} version and state the same "
        "figures in both.",
    )


def _around(text: str, values: set[Decimal], language: str) -> str:
    """The words around the first of `values` in `text`, or the start of the text."""
    lang = language if language in _DIGITS else "en"
    for m in _DIGITS[lang].finditer(text):
        if _value(m.group(0), lang) in values:
            return text[max(0, m.start() - 80) : m.end() + 80]
    for value, start, end in _number_words(text, lang):
        if value in values:
            return text[max(0, start - 80) : end + 80]
    return text


def check_references(ctx: Context) -> Iterator[Finding]:
    """ALN003: cross-references that name different provisions in the two versions."""
    if ctx.other is None:
        return
    other_name = LANGUAGE_NAMES.get(ctx.other.language, ctx.other.language)
    for section_unit, mine, _, theirs in _pairs(ctx):
        own = number(section_unit.cite)
        for unit, here, there in _matched(mine, theirs):
            a = {r.path for u in here for r in references(u.text, own) if not r.external}
            b = {r.path for u in there for r in references(u.text, own) if not r.external}
            # "this Article" alone says nothing a translation must repeat
            only_here = _unexplained(a, b) - {(own,)}
            only_there = _unexplained(b, a) - {(own,)}
            if not only_here and not only_there:
                continue
            yield ctx.finding(
                "ALN003",
                unit,
                f"The cross-references of {unit.cite} differ between the versions: this "
                f"version refers to {_paths(only_here)} where the {other_name} version refers "
                f"to {_paths(only_there)}.",
                evidence=_reference_text(here, only_here, own),
                suggestion=f"Make {unit.cite} refer to the same provisions in both versions.",
            )


def _unexplained(paths: set[tuple[str, ...]], others: set[tuple[str, ...]]) -> set[tuple[str, ...]]:
    """The references in `paths` that `others` lacks; a reference to a whole provision
    ("this Article") and one to a paragraph of it ("paragraph 1 of this Article") do not
    contradict each other: one is only more precise."""

    def related(p: tuple[str, ...], q: tuple[str, ...]) -> bool:
        n = min(len(p), len(q))
        return p[:n] == q[:n]

    return {p for p in paths - others if not any(related(p, q) for q in others)}


def _paths(paths: set[tuple[str, ...]]) -> str:
    if not paths:
        return "nothing"
    return ", ".join(_cite(p) for p in sorted(paths))


def _cite(path: tuple[str, ...]) -> str:
    if path and path[0] == "schedule":
        return f"schedule {path[1]}"
    return path[0] + "".join(f"({p})" for p in path[1:])


def _reference_text(units: Sequence[Unit], paths: set[tuple[str, ...]], own: str) -> str:
    for u in units:
        for r in references(u.text, own):
            if r.path in paths:
                return u.text[max(0, r.start - 60) : r.end + 60]
    return " ".join(u.text for u in units)


_COUNTED = (
    (ProvisionLevel.SUBSECTION, "sub-provisions"),
    (ProvisionLevel.PARAGRAPH, "paragraphs"),
    (ProvisionLevel.SUBPARAGRAPH, "sub-paragraphs"),
)


def check_counts(ctx: Context) -> Iterator[Finding]:
    """ALN004: a provision with more or fewer sub-provisions, paragraphs or definitions in
    one version than in the other."""
    if ctx.other is None:
        return
    other_name = LANGUAGE_NAMES.get(ctx.other.language, ctx.other.language)
    for section_unit, mine, _, theirs in _pairs(ctx):
        differences = []
        for level, name in _COUNTED:
            a = sum(1 for u in mine if u.level is level and not u.definition)
            b = sum(1 for u in theirs if u.level is level and not u.definition)
            if a != b:
                differences.append(f"{a} {name} against {b}")
        a = sum(1 for u in mine if u.definition)
        b = sum(1 for u in theirs if u.definition)
        if a != b:
            differences.append(f"{a} definitions against {b}")
        if differences:
            yield ctx.finding(
                "ALN004",
                section_unit,
                f"Provision {section_unit.cite} has {'; '.join(differences)} in the "
                f"{other_name} version.",
                evidence=section_unit.text or " ".join(u.text for u in mine[1:3]),
                suggestion=f"Divide provision {section_unit.cite} the same way in both versions.",
            )


CHECKS = (check_provisions, check_figures, check_references, check_counts)
