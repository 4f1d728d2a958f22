"""Cross-references in the text of any regulation, in English, Spanish and French, and
whether they resolve in the document.

A reference is a chain of components from the narrowest to the broadest, joined by "of" /
"de" / "del" / "du": "paragraph (d) of subregulation (1) of regulation 12",
"el inciso b) del párrafo 2 del artículo 28", "l'alinéa 2 de l'article 18"; or one
component with its parts in brackets: "regulation 12(3)(b)", "section 7(6)(a)". Lists and
ranges ("subsections (2) to (4)", "artículos 7° al 9°", "articles 7 et 8") give one target
per item, a range its two ends. A chain followed by the name of another law ("of the Act",
"de la Ley N° 3956/2009", "de la Loi n° 48/2018") is a reference to that law and is not
resolved here. Relative references ("subregulation (2)", "paragraph (b)", "el presente
artículo") are read from the provision where they stand."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, replace

from drafting.checker.document import Doc, Unit
from drafting.model import Provision, ProvisionLevel

# --- what a component looks like ----------------------------------------------------------

_NUM = r"\d+[A-Z]{0,2}(?:°|º)?"
_PAREN = r"\(\s?(?:\d+[A-Za-z]?|[a-z]{1,3})\s?\)"
_PARENS = rf"(?:\s?{_PAREN})*"
_ROMAN = r"[IVXLC]+"
_PART_NUM = rf"(?:{_ROMAN}|\d+|[A-Z][a-z]+)"  # "IV", "4", "One"
_ORDINALS = "first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth"

_SEP = {
    "en": r"(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or|to)\s+|\s*[-–]\s*)",
    "es": r"(?:\s*,\s*(?:y\s+|o\s+)?|\s+(?:y|e|o|u|al|a|hasta(?:\s+el)?)\s+)",
    "fr": r"(?:\s*,\s*(?:et\s+|ou\s+)?|\s+(?:et|ou|à)\s+)",
}
_RANGE = {"en": ("to", "-", "–"), "es": ("al", "a", "hasta", "hasta el"), "fr": ("à",)}


def _list(item: str, language: str) -> str:
    return rf"{item}(?:{_SEP[language]}{item})*"


def _components(language: str) -> re.Pattern[str]:
    """One alternation of every component; the group name says its kind."""
    es_para = _list(r"[a-z]{1,2}\)", "es")
    es_subpara = _list(r"[0-9]+|[ivx]+\)", "es")
    fr_sec = _list(rf"(?:{_NUM}|premier)", "fr")
    fr_para = _list(r"[0-9]+°|[a-z]\)", "fr")
    fr_part = _list(rf"(?:{_PART_NUM}|premier|PREMIER)", "fr")
    en_paren = _list(rf"{_PAREN}{_PARENS}", "en")
    en_part = _list(rf"(?:{_ROMAN}|\d+)\b", "en")
    digits = {lang: _list(r"[0-9]+", lang) for lang in ("en", "es", "fr")}
    if language == "es":
        alts = [
            rf"(?P<sec>\b(?:[Aa]rt[ií]culos?|Arts?\.)\s+(?P<sec_list>{_list(_NUM, 'es')}))",
            rf"(?P<sub>\bp[aá]rrafos?\s+(?P<sub_list>{digits['es']}))",
            rf"(?P<para>\b(?:incisos?|literales?)\s+(?P<para_list>{es_para}))",
            rf"(?P<subpara>\b(?:numerales?|sub-?incisos?|apartados?)\s+"
            rf"(?P<subpara_list>{es_subpara}))",
            rf"(?P<part>\b(?:[Cc]ap[ií]tulos?|CAP[IÍ]TULOS?|T[ií]tulos?|[Ss]ecci[oó]n(?:es)?)"
            rf"\s+(?P<part_list>{_list(_PART_NUM, 'es')}))",
            rf"(?P<sched>\b(?:[Aa]nexos?|ANEXOS?)\s+(?P<sched_list>{_list(_PART_NUM, 'es')}))",
            r"(?P<this_sec>\bpresente\s+art[ií]culo\b)",
            r"(?P<this_sub>\bpresente\s+p[aá]rrafo\b)",
            r"(?P<this_para>\bpresente\s+inciso\b)",
        ]
    elif language == "fr":
        alts = [
            rf"(?P<sec>\b[Aa]rticles?\s+(?P<sec_list>{fr_sec}))",
            rf"(?P<sub>\b(?:alinéas?|paragraphes?)\s+(?P<sub_list>{digits['fr']}))",
            rf"(?P<para>\bpoints?\s+(?P<para_list>{fr_para}))",
            rf"(?P<part>\b(?:[Cc]hapitres?|CHAPITRES?|[Tt]itres?|[Ss]ections?)\s+"
            rf"(?P<part_list>{fr_part}))",
            rf"(?P<sched>\b(?:[Aa]nnexes?|ANNEXES?)\s+(?P<sched_list>{_list(_PART_NUM, 'fr')}))",
            r"(?P<this_sec>\bprésent\s+article\b)",
            r"(?P<this_sub>\bprésent\s+(?:alinéa|paragraphe)\b)",
            r"(?P<this_para>\bprésent\s+point\b)",
        ]
    else:
        sec_item = rf"{_NUM}{_PARENS}|{_PAREN}{_PARENS}"
        alts = [
            rf"(?P<sec>\b(?:[Rr]egulations?|[Ss]ections?|[Aa]rticles?|[Rr]ules?|[Bb]y-laws?)"
            rf"\s+(?P<sec_list>(?:{_NUM}{_PARENS}|[IVXL]+\b(?=\s+of\s+the\s+[A-Z]))"
            rf"(?:{_SEP['en']}(?:{sec_item}))*))",
            rf"(?P<sub>\b(?:[Ss]ub-?regulations?|[Ss]ub-?sections?|[Ss]ub-?articles?|"
            rf"[Ss]ub-?rules?)\s+(?P<sub_list>{_list(rf'{_PAREN}{_PARENS}', 'en')}))",
            rf"(?P<subpara>\b[Ss]ub-?paragraphs?\s+(?P<subpara_list>{en_paren}))",
            rf"(?P<para>\b[Pp]aragraphs?\s+(?P<para_list>{en_paren}))",
            rf"(?P<rwsub>\b[Pp]aragraphs?\s+(?P<rwsub_list>{digits['en']}))",
            rf"(?P<rwpara>\b[Ii]tems?\s+(?P<rwpara_list>{_list('[0-9]+°', 'en')}))",
            rf"(?P<part>\b(?:Parts?|PARTS?|Chapters?|CHAPTERS?)\s+"
            rf"(?P<part_list>{en_part}))",
            rf"(?P<sched>\b(?:Schedules?|SCHEDULES?|Annex(?:es)?|ANNEX(?:ES)?|Annexures?)\s+"
            rf"(?P<sched_list>{en_part}))",
            rf"(?P<sched_ord>\b(?:the\s+)?(?P<ord>(?i:{_ORDINALS}))\s+Schedule\b)",
            r"(?P<this_sec>\bthis\s+(?:regulation|section|article|rule)\b)",
            r"(?P<this_sub>\bthis\s+sub-?(?:regulation|section|article|rule)\b)",
            r"(?P<this_para>\bthis\s+paragraph\b)",
        ]
    return re.compile("|".join(alts))


_PATTERNS = {lang: _components(lang) for lang in ("en", "es", "fr")}
_LANG_OF = {pattern: lang for lang, pattern in _PATTERNS.items()}

_JOIN = {
    "en": re.compile(r"^\s*(?:,\s*)?of\s+(?:the\s+)?$"),
    "es": re.compile(r"^\s*(?:,\s*)?(?:de(?:l)?|de\s+la|de\s+los)\s+(?:el\s+)?$"),
    "fr": re.compile(r"^\s*(?:,\s*)?(?:de\s+l['’]|de\s+la|du|de)\s*$"),
}
# What follows a chain that cites another instrument: "of the Act", "de la Ley N°".
_EXTERNAL = {
    "en": re.compile(
        r"^\s*(?:,\s*)?(?:of|in|under|to)\s+(?:the\s+)?(?!(?:this|these|[Pp]art|[Cc]hapter|"
        r"[Ss]chedule|[Rr]egulation|[Ss]ection|[Ss]ub|[Pp]aragraph)\b)"
        r"(?:[A-Z]|Act\b|Law\b|law\b|Council['’]s|Municipal|Local)"
    ),
    "es": re.compile(
        r"^\s*(?:,\s*)?(?:de\s+la|del|de\s+los|de)\s+(?!presente\b)"
        r"(?:Ley|ley|Decreto|decreto|C[oó]digo|Constituci[oó]n|Resoluci[oó]n|Convenio|"
        r"Reglamento|Acuerdo|Protocolo|[A-Z])"
    ),
    "fr": re.compile(
        r"^\s*(?:,\s*)?(?:de\s+la|du|de\s+l['’]|des|de)\s*(?!présent)"
        r"(?:Loi|loi|Code|code|Constitution|arrêté|Arrêté|Convention|convention|décret|Décret|"
        r"règlement|Règlement|Protocole|[A-Z])"
    ),
}
_SPECIAL_EXTERNAL = {
    "en": re.compile(
        r"^\s*(?:,\s*)?(?:of|to|in|under)\s+(?:the\s+(?:Act|Constitution|Ordinance|Law)\b|"
        r"(?:that|the said|the same)\s+(?:Convention|Protocol|Agreement|Act|Law|Directive|Treaty)"
        r"\b)"
    ),
    "es": re.compile(
        r"^\s*(?:,\s*)?(?:de|del|de la)\s+(?:dich[oa]|(?:el|la)\s+(?:citad[oa]|mencionad[oa]|"
        r"referid[oa]))\s+(?:Convenio|Ley|Decreto|Protocolo|Acuerdo|Tratado|Reglamento)\b"
    ),
    "fr": re.compile(
        r"^\s*(?:,\s*)?(?:de\s+(?:ladite|ledit|cette|la même|la)|du\s+même|dudit)\s*"
        r"(?:Convention|Loi|loi|Protocole|Accord|Traité|Code|Règlement)\b"
    ),
}


@dataclass(frozen=True, slots=True, kw_only=True)
class Target:
    """One provision a reference points at: section, sub-provision, paragraph and
    sub-paragraph numbers (None where the reference stops), or a part or schedule."""

    kind: str  # "provision", "part", "schedule"
    section: str | None = None
    sub: str | None = None
    para: str | None = None
    subpara: str | None = None
    number: str = ""  # a part's or schedule's number
    relative: bool = False  # the section (and sub) were taken from where the reference stands


@dataclass(frozen=True, slots=True, kw_only=True)
class Reference:
    text: str
    start: int
    end: int
    targets: tuple[Target, ...]
    external: bool = False


@dataclass(frozen=True, slots=True)
class _Comp:
    kind: str
    items: tuple[str, ...]  # as printed: "12(3)(b)", "(2)", "b)", "4°", "IV"
    ranges: tuple[bool, ...]  # whether each item ends a range begun by the one before it
    start: int
    end: int


def references(text: str, language: str) -> list[Reference]:
    """The references in `text`, in order, with their targets (relative targets carry
    `relative=True` and no section)."""
    lang = language if language in _PATTERNS else "en"
    comps = list(_scan(text, lang))
    found: list[Reference] = []
    i = 0
    while i < len(comps):
        chain = [comps[i]]
        while i + 1 < len(comps) and _JOIN[lang].match(text[chain[-1].end : comps[i + 1].start]):
            i += 1
            chain.append(comps[i])
        i += 1
        start, end = chain[0].start, chain[-1].end
        after = _ASIDE.sub("", text[end : end + 160], count=1)[:60]
        external = bool(_EXTERNAL[lang].match(after) or _SPECIAL_EXTERNAL[lang].match(after))
        if chain[-1].kind in ("this_sec", "this_sub", "this_para"):
            external = False
        found.append(
            Reference(
                text=text[start:end],
                start=start,
                end=end,
                targets=tuple(_targets(chain, lang)),
                external=external,
            )
        )
    # "Articles 50 and 52 (fines) and Articles 56 and 57 of Law n° 48/2018": the law named
    # at the end of a coordination is the law of every reference in it
    for n in range(len(found) - 2, -1, -1):
        between = text[found[n].end : found[n + 1].start]
        if found[n + 1].external and _COORDINATED[lang].match(between):
            found[n] = replace(found[n], external=True)
    return found


_ASIDE = re.compile(r"^\s*\([^()]{0,100}\)")
_COORDINATED = {
    "en": re.compile(r"^\s*(?:\([^()]{0,100}\))?\s*(?:,|,?\s*(?:and|or))\s+(?:the\s+)?$"),
    "es": re.compile(
        r"^\s*(?:\([^()]{0,100}\))?\s*(?:,|\s(?:y|e|o|u))\s+(?:el\s+|la\s+|los\s+|las\s+)?$"
    ),
    "fr": re.compile(
        r"^\s*(?:\([^()]{0,100}\))?\s*(?:,|\s(?:et|ou))\s+(?:l['’]|le\s+|la\s+|les\s+)?$"
    ),
}


# Where a component can begin: its first word. The full pattern is tried only there, which
# keeps a long instrument's scan linear and fast.
_STARTS = {
    "en": re.compile(
        r"(?i)\b(?:sub-?)?(?:regulations?|sections?|articles?|rules?|by-laws?|paragraphs?|"
        r"items?|parts?|chapters?|schedules?|annex(?:es|ures?)?|this|first|second|third|"
        r"fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth)\b"
    ),
    "es": re.compile(
        r"(?i)\b(?:art[ií]culos?|arts?\.|p[aá]rrafos?|incisos?|literales?|numerales?|"
        r"sub-?incisos?|apartados?|cap[ií]tulos?|t[ií]tulos?|secci[oó]n(?:es)?|anexos?|presente)"
        r"(?!\w)"
    ),
    "fr": re.compile(
        r"(?i)\b(?:articles?|alinéas?|paragraphes?|points?|chapitres?|titres?|sections?|"
        r"annexes?|présent)\b"
    ),
}


def _scan(text: str, language: str) -> Iterator[_Comp]:
    pattern = _PATTERNS[language]
    end = 0
    for start in _STARTS[language].finditer(text):
        if start.start() < end:
            continue
        m = pattern.match(text, start.start())
        if m is None:
            continue
        end = m.end()
        yield from _component(m)


def _component(m: re.Match[str]) -> Iterator[_Comp]:
    kind = m.lastgroup or ""
    if kind == "sched_ord":
        yield _Comp("sched", (_ordinal(m.group("ord")),), (False,), m.start(), m.end())
    elif kind.startswith("this_"):
        yield _Comp(kind, (), (), m.start(), m.end())
    else:
        items, ranges = _split(m.group(f"{kind}_list"), _LANG_OF[m.re])
        yield _Comp(kind, tuple(items), tuple(ranges), m.start(), m.end())


def _split(listed: str, language: str) -> tuple[list[str], list[bool]]:
    parts = re.split(f"({_SEP[language]})", listed)
    items, ranges = [], []
    for n in range(0, len(parts), 2):
        item = parts[n].strip()
        if not item:
            continue
        sep = parts[n - 1].strip(" ,").strip() if n else ""
        items.append(item)
        ranges.append(sep in _RANGE[language])
    return items, ranges


def _ordinal(word: str) -> str:
    return str(_ORDINALS.split("|").index(word.lower()) + 1)


_PAREN_RE = re.compile(r"\(\s?([^)\s]+)\s?\)")


def _targets(chain: list[_Comp], language: str) -> Iterator[Target]:
    """The targets of a chain, read from its broadest component down."""
    broad: dict[str, str | None] = {"section": None, "sub": None, "para": None}
    relative = True
    head = chain[-1]
    if head.kind == "part":
        for item in _ends(head):
            yield Target(kind="part", number=item)
        return
    if head.kind == "sched":
        for item in _ends(head):
            yield Target(kind="schedule", number=item)
        return
    # the broader components fix the context of the narrowest one
    for comp in reversed(chain[1:]):
        if comp.kind == "sec" and comp.items:
            relative = False
            sec = _section_parts(comp.items[0])
            broad.update(section=sec[0], sub=sec[1], para=sec[2])
        elif comp.kind in ("sub", "rwsub") and comp.items:
            broad["sub"] = _bare(comp.items[0])
        elif comp.kind in ("para", "rwpara") and comp.items:
            broad["para"] = _bare(comp.items[0])
    narrow = chain[0]
    if narrow.kind.startswith("this_"):
        return  # "this regulation": always resolves
    previous_section: str | None = broad["section"]
    previous_sub: str | None = None
    for item in _ends(narrow):
        if narrow.kind == "sec":
            if item.startswith("("):  # "regulation 12(3) and (4)": (4) of the same section
                parts = [previous_section, *_PAREN_RE.findall(item)]
            else:
                parts = list(_section_parts(item))
                previous_section = parts[0]
            sec, sub, para, subpara = ([*parts, None, None, None, None])[:4]
            yield Target(kind="provision", section=sec, sub=sub, para=para, subpara=subpara)
        elif narrow.kind in ("sub", "rwsub"):
            nested = _PAREN_RE.findall(item) or [_bare(item)]
            if previous_sub is not None and not nested[0][0].isdigit():
                nested = [previous_sub, *nested]  # "subsection (1)(b) or (c)": (c) of (1)
            previous_sub = nested[0]
            sub, para, subpara = ([*nested, None, None])[:3]
            yield Target(
                kind="provision",
                section=broad["section"],
                sub=sub,
                para=para,
                subpara=subpara,
                relative=relative,
            )
        elif narrow.kind in ("para", "rwpara"):
            nested = _PAREN_RE.findall(item) or [_bare(item)]
            yield Target(
                kind="provision",
                section=broad["section"],
                sub=broad["sub"],
                para=nested[0],
                subpara=nested[1] if len(nested) > 1 else None,
                relative=relative,
            )
        elif narrow.kind == "subpara":
            yield Target(
                kind="provision",
                section=broad["section"],
                sub=broad["sub"],
                para=broad["para"],
                subpara=_bare(item),
                relative=relative,
            )


def _ends(comp: _Comp) -> list[str]:
    """The items to resolve: every listed item (a range gives its two ends)."""
    return list(comp.items)


def _bare(item: str) -> str:
    return item.strip().strip("()").rstrip(")").strip()


def _section_parts(item: str) -> tuple[str, str | None, str | None, str | None]:
    head = re.match(rf"^({_NUM})", item.strip())
    number = head.group(1) if head else item.strip()
    nested = _PAREN_RE.findall(item[len(number) :] if head else "")
    sub, para, subpara = ([*nested, None, None, None])[:3]
    return number, sub, para, subpara


# --- resolving ------------------------------------------------------------------------------


def _norm(num: str | None) -> str:
    return (num or "").strip().rstrip(".°º)").lstrip("(").lower()


def _child(p: Provision, num: str, levels: tuple[ProvisionLevel, ...]) -> Provision | None:
    wanted = _norm(num)
    for c in p.children:
        if c.level in levels and c.definition is None and _norm(c.num) == wanted:
            return c
    return None


_SUB = (ProvisionLevel.SUBSECTION,)
_PARA = (ProvisionLevel.PARAGRAPH,)
_SUBPARA = (ProvisionLevel.SUBPARAGRAPH, ProvisionLevel.PARAGRAPH)


def resolve(target: Target, doc: Doc, unit: Unit) -> tuple[bool, str]:
    """Whether `target`, cited in `unit`, exists; when not, the level that is missing
    ("provision", "sub", "para", "subpara", "part", "schedule")."""
    if target.kind == "part":
        return (_has_part(doc, target.number), "part")
    if target.kind == "schedule":
        return (_has_schedule(doc, target.number), "schedule")
    if target.section is not None:
        section = doc.find_section(target.section)
        if section is None:
            return False, "provision"
        return _within(section, target, relative=False)
    section = unit.section
    if section is None:
        return True, ""  # a relative reference in a schedule: nothing to read it against
    return _within(section, target, relative=True, unit=unit)


def _within(
    section: Provision, t: Target, *, relative: bool, unit: Unit | None = None
) -> tuple[bool, str]:
    if t.sub is None and t.para is not None:
        # "paragraph (b)": of the sub-provision where it stands, else of the provision;
        # "regulation 5(a)": a paragraph directly under the provision
        owners: list[Provision] = []
        if relative and unit is not None:
            owners += _subsections_around(section, unit)
        owners.append(section)
        for owner in owners:
            para = _child(owner, t.para, _PARA) or _child(owner, t.para, _SUB)
            if para is not None:
                return _subpara(para, t)
        return False, "para"
    if t.sub is None:
        return True, ""
    sub = _child(section, t.sub, _SUB)
    if sub is None:
        # "regulation 12(b)" where 12 has paragraphs directly
        direct = _child(section, t.sub, _PARA)
        if direct is not None and t.para is None:
            return True, ""
        return False, "sub"
    if t.para is None:
        return True, ""
    para = _child(sub, t.para, _PARA)
    if para is None:
        return False, "para"
    return _subpara(para, t)


def _subpara(para: Provision, t: Target) -> tuple[bool, str]:
    if t.subpara is None:
        return True, ""
    return (_child(para, t.subpara, _SUBPARA) is not None, "subpara")


def _subsections_around(section: Provision, unit: Unit) -> list[Provision]:
    """The sub-provision (and paragraph) that contain `unit`, narrowest first."""
    found: list[Provision] = []
    path = unit.path[1:]
    node = section
    for num in path:
        nxt = next((c for c in node.children if c.num == num), None)
        if nxt is None:
            break
        found.append(nxt)
        node = nxt
    return list(reversed(found))


_ROMANS = {"i": 1, "v": 5, "x": 10, "l": 50, "c": 100}
_WORD_NUMBERS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "premier": 1, "premiere": 1, "première": 1, "unico": 1, "único": 1,
}  # fmt: skip


def number_value(text: str) -> int | None:
    """The value of a part's or schedule's number as printed: "IV", "4", "Second", "One"."""
    word = text.strip().strip(".:").lower()
    if word.isdigit():
        return int(word)
    if word in _WORD_NUMBERS:
        return _WORD_NUMBERS[word]
    if word in _ORDINALS.split("|"):
        return _ORDINALS.split("|").index(word) + 1
    if word and all(c in _ROMANS for c in word):
        total = 0
        for i, c in enumerate(word):
            v = _ROMANS[c]
            total += -v if i + 1 < len(word) and _ROMANS[word[i + 1]] > v else v
        return total
    return None


def part_numbers(doc: Doc) -> list[int | None]:
    return [number_value(p.num) for p in doc.parts]


def schedule_numbers(doc: Doc) -> list[int | None]:
    """Each schedule's number as its label prints it ("SECOND SCHEDULE", "ANEXO II")."""
    out: list[int | None] = []
    for i, schedule in enumerate(doc.schedules, start=1):
        value = None
        words = re.findall(r"[A-Za-zÀ-ÿ]+|\d+", schedule.label or "")
        for word in words:
            value = number_value(word)
            if value is not None:
                break
        if value is None and len(doc.schedules) == 1:
            value = 1
        out.append(value if value is not None else i)
    return out


def _has_part(doc: Doc, number: str) -> bool:
    wanted = number_value(number)
    return wanted is not None and wanted in part_numbers(doc)


def _has_schedule(doc: Doc, number: str) -> bool:
    wanted = number_value(number)
    return wanted is not None and wanted in schedule_numbers(doc)
