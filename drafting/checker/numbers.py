"""Numbers and the timetable: percentages outside 0-100; targets that fall over time;
target or deadline years before commencement; periods whose words and figures differ, or
that two provisions state differently; money in another country's currency; deadlines in
an order that makes compliance impossible (the order of drafting/timetable.py)."""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from functools import cache

from num2words import num2words

from drafting.checker.context import Context
from drafting.checker.document import Doc, Unit
from drafting.checker.report import Finding
from drafting.checker.structure import document_references
from drafting.checker.xrefs import resolve
from drafting.model import ProvisionLevel
from drafting.nlp import Layer

# --- numbers in words ---------------------------------------------------------------------


@cache
def _words(language: str) -> dict[str, int]:
    """Number words of a language, 1 to 1000, as written in legislation."""
    lang = language if language in ("en", "es", "fr") else "en"
    out: dict[str, int] = {}
    for n in range(1, 1001):
        for variant in _variants(num2words(n, lang=lang), lang):
            out.setdefault(variant, n)
    out.update({"a": 1, "an": 1, "one": 1, "un": 1, "una": 1, "une": 1})
    return out


def _variants(words: str, language: str) -> set[str]:
    w = words.lower()
    found = {w, w.replace("-", " "), w.replace(",", "")}
    if language == "en":
        found |= {v.replace(" and ", " ") for v in list(found)}
    return found


_FIGURE_WORDS = {
    "en": r"[a-z]+(?:[\s-]+(?:and\s+)?[a-z]+){0,5}",
    "es": r"[a-záéíóúñ]+(?:\s+(?:y\s+)?[a-záéíóúñ]+){0,5}",
    "fr": r"[a-zàâçéèêëîïôûù]+(?:[\s-]+(?:et[\s-]+)?[a-zàâçéèêëîïôûù]+){0,5}",
}
_UNITS = {
    "en": r"(?:working\s+)?(?:days?|months?|years?|weeks?|hours?)",
    "es": r"(?:d[ií]as?(?:\s+h[aá]biles)?|meses|mes|a[nñ]os?|semanas?|horas?)",
    "fr": r"(?:jours?(?:\s+ouvrables)?|mois|ans?|années?|semaines?|heures?)",
}


def _lang(ctx: Context) -> str:
    return ctx.language if ctx.language in ("en", "es", "fr") else "en"


def value_of(words: str, language: str) -> int | None:
    """The value of a number in words ("one hundred and eighty", "sesenta", "trente")."""
    found = _number_tail(words, language)
    return found[0] if found else None


def _number_tail(words: str, language: str) -> tuple[int, int] | None:
    """The value of the longest number at the end of `words` ("within thirty" -> 30) and
    how many characters from the end it takes."""
    table = _words(language)
    spans = [(m.start(), m.group()) for m in re.finditer(r"[^\W\d_]+", words)]
    for i in range(len(spans)):
        tail = " ".join(w.lower() for _, w in spans[i:])
        if tail in table:
            return table[tail], len(words) - spans[i][0]
    return None


# --- periods ------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Period:
    unit: Unit
    start: int
    end: int
    value: float  # in days
    shown: str  # as written


_DAYS = {"day": 1, "working": 1.4, "week": 7, "month": 30, "year": 365, "hour": 1 / 24}


def _days(n: float, unit_words: str) -> float:
    u = unit_words.lower()
    if any(k in u for k in ("working", "hábil", "habil", "ouvrable")):
        return n * 1.4
    for key, names in (
        ("week", ("week", "semana", "semaine")),
        ("month", ("month", "mes", "mois")),
        ("year", ("year", "año", "ano", "an", "année")),
        ("hour", ("hour", "hora", "heure")),
        ("day", ("day", "día", "dia", "jour")),
    ):
        if any(u.startswith(name) for name in names):
            return n * _DAYS[key]
    return n


@cache
def _unit_pattern(language: str) -> re.Pattern[str]:
    return re.compile(rf"\b(?P<unit>{_UNITS[language]})\b", re.I)


@cache
def _number_before(language: str) -> re.Pattern[str]:
    """The number that ends a short stretch of text: "thirty (30) ", "30 ", "thirty "."""
    return re.compile(
        rf"(?:(?P<words>{_FIGURE_WORDS[language]})\s*\(\s*(?P<fig>\d+)\s*\)|(?P<bare>\d+)"
        rf"|(?P<only>{_FIGURE_WORDS[language]}))\s+$",
        re.I,
    )


def _period_pattern(language: str) -> re.Pattern[str]:
    """A whole period, for phrases that are nothing else ("six months")."""
    return _whole_period(language)


@cache
def _whole_period(language: str) -> re.Pattern[str]:
    return re.compile(
        rf"(?:(?P<words>{_FIGURE_WORDS[language]})\s*\(\s*(?P<fig>\d+)\s*\)|(?P<bare>\d+)"
        rf"|(?P<only>{_FIGURE_WORDS[language]}))\s+(?P<unit>{_UNITS[language]})",
        re.I,
    )


def periods(unit: Unit, language: str) -> Iterator[tuple[Period, int | None, int | None]]:
    """Each period in the unit's text, with its value in words and in figures (None where
    it is not written that way). The unit word is found first, then the number before it:
    a long instrument is read in one pass."""
    text = unit.text
    before_pattern = _number_before(language)
    for u in _unit_pattern(language).finditer(text):
        window_start = max(0, u.start() - 70)
        m = before_pattern.search(text, window_start, u.start())
        if m is None:
            continue
        words_value = None
        figure = None
        if m.group("words") is not None:
            tail = _number_tail(m.group("words"), language)
            words_value = tail[0] if tail else None
            start = m.end("words") - tail[1] if tail else m.start("fig") - 1
            figure = int(m.group("fig"))
            n = figure
        elif m.group("bare") is not None:
            start = m.start("bare")
            n = int(m.group("bare"))
        else:
            tail = _number_tail(m.group("only"), language)
            if tail is None:
                continue
            words_value, start = tail[0], m.end("only") - tail[1]
            n = words_value
        shown = text[start : u.end()].strip()
        yield (
            Period(unit, start, u.end(), _days(n, u.group("unit")), shown),
            words_value,
            figure,
        )


def check_period_words(ctx: Context) -> Iterator[Finding]:
    lang = _lang(ctx)
    for unit in ctx.doc.units:
        if not unit.text:
            continue
        for period, words, figure in periods(unit, lang):
            if words is not None and figure is not None and words != figure:
                yield ctx.finding(
                    "PER001",
                    unit,
                    f"“{period.shown}”: the words say {words} and the figures say {figure}.",
                    evidence=period.shown,
                    suggestion="Make the words and the figures state the same period.",
                )


_CITED_PERIOD = {
    "en": re.compile(
        r"\b(?:the\s+)?period\s+of\s+(?P<p>[^,;()]{1,40}?(?:\s*\(\d+\))?\s(?:working\s+)?"
        r"(?:days?|months?|years?))\s+"
        r"(?:referred to|mentioned|specified|set out|provided for|prescribed)\s+in\s+"
        r"(?:the\s+)?",
        re.I,
    ),
    "es": re.compile(
        r"\bplazo\s+de\s+(?P<p>[^,;()]{1,40}?(?:\s*\(\d+\))?\s(?:d[ií]as(?:\s+h[aá]biles)?|"
        r"meses|a[nñ]os))\s+"
        r"(?:previsto|establecido|fijado|se[nñ]alado|mencionado)\s+en\s+(?:el\s+|la\s+|los\s+)?",
        re.I,
    ),
    "fr": re.compile(
        r"\bdélai\s+de\s+(?P<p>[^,;()]{1,40}?(?:\s*\(\d+\))?\s(?:jours(?:\s+ouvrables)?|"
        r"mois|ans))\s+"
        r"(?:prévu|visé|fixé|mentionné)\s+(?:à|au|par)\s+(?:l['’]|la\s+|le\s+)?",
        re.I,
    ),
}


def check_period_consistency(ctx: Context) -> Iterator[Finding]:
    """A period restated "as referred to in regulation 12(3)" that 12(3) states otherwise;
    or one action given two periods from the same event in two provisions."""
    doc = ctx.doc
    lang = _lang(ctx)
    pattern = _CITED_PERIOD[lang]
    for unit, ref in document_references(doc):
        if ref.external or len(ref.targets) != 1:
            continue
        lead = unit.text[max(0, ref.start - 90) : ref.start]
        matches = list(pattern.finditer(lead))
        m = matches[-1] if matches else None
        if m is None or m.end() != len(lead):
            continue
        stated = _one_period(m.group("p"), lang)
        target_units = _target_units(doc, unit, ref.targets[0])
        if stated is None or not target_units:
            continue
        there = [p for u in target_units for p, _, _ in periods(u, lang)]
        if there and all(abs(p.value - stated) > 0.5 for p in there):
            yield ctx.finding(
                "PER002",
                unit,
                f"“{m.group('p').strip()}” is said to be the period of {ref.text}, which "
                f"states {there[0].shown}.",
                evidence=unit.text[max(0, ref.start - 90) : ref.end],
                suggestion="State the period once, where it applies, and refer to it without "
                "restating it, or make the two agree.",
            )
    yield from _same_action(ctx)


def _one_period(text: str, language: str) -> float | None:
    fake = Unit(
        index=-1,
        eid="",
        level=ProvisionLevel.SECTION,
        cite="",
        path=(),
        text=text,
        provision=None,
        section=None,
    )
    found = list(periods(fake, language))
    return found[0][0].value if found else None


def _target_units(doc: Doc, unit: Unit, target: object) -> list[Unit]:
    from drafting.checker.xrefs import Target

    assert isinstance(target, Target)
    ok, _ = resolve(target, doc, unit)
    if not ok or target.kind != "provision":
        return []
    section = doc.find_section(target.section) if target.section else unit.section
    if section is None:
        return []
    want = [x for x in (target.sub, target.para, target.subpara) if x]
    prefix = section.num + "".join(f"({x})" for x in want)
    return [u for u in doc.units if u.section is section and u.cite.startswith(prefix)]


_ACTION = {
    "en": re.compile(
        r"(?P<act>(?:appl[yi]|regist|notif|submi|lodg|decid|appeal|join|inform|report|"
        r"pa[yi]|renew)\w*)\b[^.;]{0,80}?\bwithin\s+(?P<p>[^,;()]{1,40}?\s(?:working\s+)?"
        r"(?:days?|months?|years?))(?:\s*\(\d+\))?\s+(?:after|of|from|following)\s+"
        r"(?P<anchor>(?:the\s+)?[a-z][\w\s'-]{2,40}?)(?=[,.;]|\s+(?:and|or|to|in)\b)",
        re.I,
    ),
    "es": re.compile(
        r"(?P<act>(?:solicit|inscrib|notific|present|decid|recurr|adher|inform|pag|renov)\w*)"
        r"\b[^.;]{0,80}?\bdentro\s+de\s+los\s+(?P<p>[^,;()]{1,40}?\s(?:d[ií]as(?:\s+h[aá]biles)?|"
        r"meses|a[nñ]os))(?:\s*\(\d+\))?\s+(?:siguientes\s+a|contados\s+desde|desde|de)\s+"
        r"(?P<anchor>(?:la\s+|el\s+)?[a-záéíóúñ][\w\sáéíóúñ'-]{2,40}?)(?=[,.;]|\s+(?:y|o)\b)",
        re.I,
    ),
    "fr": re.compile(
        r"(?P<act>(?:demand|enregistr|notifi|présent|décid|recour|adhér|inform|pai|renouvel)\w*)"
        r"\b[^.;]{0,80}?\bdans\s+(?:un\s+délai\s+de|les)\s+(?P<p>[^,;()]{1,40}?\s(?:jours"
        r"(?:\s+ouvrables)?|mois|ans))(?:\s*\(\d+\))?\s+(?:à\s+compter\s+de|suivant|après)\s+"
        r"(?P<anchor>(?:la\s+|le\s+|l['’])?[a-zàâçéèêëîïôûù][\w\sàâçéèêëîïôûù'’-]{2,40}?)"
        r"(?=[,.;]|\s+(?:et|ou)\b)",
        re.I,
    ),
}


def _same_action(ctx: Context) -> Iterator[Finding]:
    """One action ("apply for registration") given two periods from the same event."""
    lang = _lang(ctx)
    layer = ctx.layer
    seen: dict[tuple[str, str, str, str], tuple[Unit, float, str]] = {}
    for unit in ctx.doc.units:
        if not unit.text or unit.schedule is not None:
            continue
        for m in _ACTION[lang].finditer(unit.text):
            value = _one_period(m.group("p"), lang)
            if value is None:
                continue
            act = layer.lemma(m.group("act"))
            key = (
                _subject(_sentence_start(unit.text, m.start()), layer),
                act[:6],
                _first_word(m.group("anchor"), layer),
                _object(unit.text, m, layer),
            )
            first = seen.get(key)
            if first is None:
                seen[key] = (unit, value, m.group("p").strip())
                continue
            if abs(first[1] - value) > 0.5 and first[0].section is not unit.section:
                yield ctx.finding(
                    "PER002",
                    unit,
                    f"{unit.cite} gives {m.group('p').strip()} to {m.group('act')} from "
                    f"{m.group('anchor').strip()}; {first[0].cite} gives {first[2]} for the "
                    "same step.",
                    evidence=m.group(),
                    suggestion="State one period for the step, in one provision, and refer to "
                    "it elsewhere.",
                )


_DETERMINERS = re.compile(
    r"\b(?:a|an|every|any|each|no|todo|toda|todos|el|la|los|las|tout|toute|tous|le|les|l['’])"
    r"\s*([^\W\d_]{3,})",
    re.I,
)


def _sentence_start(text: str, end: int) -> str:
    head = text[:end]
    cut = max(head.rfind(". "), head.rfind("; "))
    return head[cut + 1 :]


def _subject(clause: str, layer: Layer) -> str:
    """Who takes the step: the first noun after a determiner ("a producer who ...")."""
    m = _DETERMINERS.search(clause)
    return layer.lemma(m.group(1)) if m else ""


def _first_word(anchor: str, layer: Layer) -> str:
    words = [w for w in re.findall(r"[^\W\d_]+", anchor) if w.lower() not in _ARTICLES]
    return layer.lemma(words[0]) if words else ""


_ARTICLES = {"the", "that", "its", "la", "el", "su", "esa", "dicha", "le", "l", "cette", "sa"}


def _object(text: str, m: re.Match[str], layer: Layer) -> str:
    """The two content words after the action verb: "apply for registration" ->
    "registration"."""
    words = re.findall(r"[^\W\d]{4,}", text[m.end("act") : m.start("p")])
    stop = {"shall", "must", "that", "with", "before", "deberá", "deberán", "doit", "doivent",
            "agency", "authority", "within", "dentro", "dans", "délai"}  # fmt: skip
    return " ".join(w.lower() for w in words if w.lower() not in stop)[:40]


# --- percentages and targets --------------------------------------------------------------

_PERCENT = re.compile(
    r"(?<![\d.,])(?P<n>-?\d+(?:[.,]\d+)?)\s?(?:%|per\s?cent\b|percent\b|por\s+ciento\b|"
    r"pour\s+cent\b)",
    re.I,
)


def check_percentages(ctx: Context) -> Iterator[Finding]:
    for unit in ctx.doc.units:
        if not unit.text:
            continue
        for m in _PERCENT.finditer(unit.text):
            value = float(m.group("n").replace(",", "."))
            if 0 <= value <= 100:
                continue
            yield ctx.finding(
                "TGT001",
                unit,
                f"The percentage {m.group().strip()} is outside 0 to 100.",
                evidence=_around(unit.text, m.start(), m.end()),
                suggestion="A rate or target is a share of a whole: give it between 0 % and 100 %.",
            )


def _around(text: str, start: int, end: int, width: int = 70) -> str:
    a, b = max(0, start - width), min(len(text), end + width)
    return ("…" if a else "") + text[a:b] + ("…" if b < len(text) else "")


_YEAR = re.compile(r"(?<![\d/°º.-])((?:19|20)\d{2})(?![\d/])")


def _rows(unit: Unit) -> list[list[str]]:
    return [row.split(" | ") for row in unit.text.split("\n")] if " | " in unit.text else []


def _pct(cell: str) -> float | None:
    m = _PERCENT.search(cell) or re.fullmatch(r"\s*(?P<n>\d+(?:[.,]\d+)?)\s*", cell)
    return float(m.group("n").replace(",", ".")) if m else None


def target_series(doc: Doc) -> Iterator[tuple[Unit, str, list[tuple[int, float]]]]:
    """Targets by year: from tables with a year column, and from sentences that pair years
    and percentages ("30 % by 2028 and 45 % by 2030")."""
    for unit in doc.units:
        rows = _rows(unit)
        if rows:
            yield from _table_series(unit, rows)
            continue
        pairs = _sentence_pairs(unit.text)
        if len(pairs) >= 2:
            yield unit, "", pairs


def _table_series(
    unit: Unit, rows: list[list[str]]
) -> Iterator[tuple[Unit, str, list[tuple[int, float]]]]:
    header, body = rows[0], rows[1:]
    year_col = next(
        (
            i
            for i in range(len(header))
            if body and all(_YEAR.fullmatch(r[i].strip()) for r in body if i < len(r))
        ),
        None,
    )
    if year_col is not None:
        for col in range(len(header)):
            if col == year_col:
                continue
            series = [
                (int(r[year_col].strip()), v)
                for r in body
                if col < len(r) and (v := _pct(r[col])) is not None
            ]
            if len(series) >= 2:
                yield unit, header[col], series
        return
    # years as columns: "Category | 2028 | 2030"
    years = [(i, int(h.strip())) for i, h in enumerate(header) if _YEAR.fullmatch(h.strip())]
    if len(years) >= 2:
        for r in body:
            series = [(y, v) for i, y in years if i < len(r) and (v := _pct(r[i])) is not None]
            if len(series) >= 2:
                yield unit, r[0], series


_PAIR = re.compile(
    r"(?P<pct>\d+(?:[.,]\d+)?)\s?(?:%|per\s?cent|por\s+ciento|pour\s+cent)[^.;%]{0,40}?"
    r"\b(?:by|in|for|from|en|para|a partir de|d['’]ici|pour|dès)\s+(?:(?:the\s+)?(?:year|"
    r"end of|el año|l['’]année|fin de)\s+)?(?P<year>(?:19|20)\d{2})\b"
    r"|(?:by|in|for|from|en|para|d['’]ici|pour)\s+(?P<year2>(?:19|20)\d{2})\b[^.;%]{0,40}?"
    r"(?P<pct2>\d+(?:[.,]\d+)?)\s?(?:%|per\s?cent|por\s+ciento|pour\s+cent)",
    re.I,
)


def _sentence_pairs(text: str) -> list[tuple[int, float]]:
    out = []
    for m in _PAIR.finditer(text):
        year = m.group("year") or m.group("year2")
        pct = m.group("pct") or m.group("pct2")
        out.append((int(year), float(pct.replace(",", "."))))
    return out


def check_targets(ctx: Context) -> Iterator[Finding]:
    for unit, label, series in target_series(ctx.doc):
        ordered = sorted(series)
        for (y1, v1), (y2, v2) in itertools.pairwise(ordered):
            if v2 < v1:
                what = f" ({label.strip()})" if label.strip() else ""
                yield ctx.finding(
                    "TGT002",
                    unit,
                    f"The target{what} falls from {_fmt(v1)} % in {y1} to {_fmt(v2)} % in {y2}.",
                    evidence=f"{y1}: {_fmt(v1)} %; {y2}: {_fmt(v2)} %",
                    suggestion="Targets for the same category and basis should rise or hold; "
                    "correct the figures or state why the target falls.",
                )
                break


def _fmt(v: float) -> str:
    return str(int(v)) if v.is_integer() else str(v)


# --- years before commencement ------------------------------------------------------------

_DEADLINE_YEAR = {
    "en": re.compile(
        r"\b(?i:by|before|from|in|during|not later than|no later than|until|after|for)\s+"
        r"(?:(?:the\s+)?(?:end of|start of|beginning of|calendar year|year|1 January|"
        r"31 December|\d{1,2}\s+[A-Z][a-z]+)\s+)?(?P<year>(?:19|20)\d{2})\b"
    ),
    "es": re.compile(
        r"\b(?:a partir de(?:l)?|desde(?: el)?|hasta(?: el)?|antes de(?:l)?|en el a[nñ]o|"
        r"para el a[nñ]o|durante(?: el)?|al|el)\s+(?:(?:a[nñ]o|\d{1,2}\s+de\s+[a-z]+\s+de)\s+)?"
        r"(?P<year>(?:19|20)\d{2})\b"
    ),
    "fr": re.compile(
        r"\b(?:à partir de|dès|d['’]ici|avant|jusqu['’]en|en|pour l['’]année|au cours de)\s+"
        r"(?:(?:l['’]année|\d{1,2}(?:er)?\s+[a-zéû]+)\s+)?(?P<year>(?:19|20)\d{2})\b"
    ),
}
_COMMENCE_DATE = re.compile(
    r"(?:come|comes|shall come|entrar[aá]|entre(?:ra)?)\s+(?:into\s+(?:force|operation)|"
    r"en\s+vigencia|en\s+vigor|en\s+vigueur)\s+(?:on|el|le)\s+(?:\d{1,2}(?:er)?\s+(?:de\s+)?"
    r"[A-Za-zéû]+\s+(?:de\s+)?)?(?P<year>(?:19|20)\d{2})",
    re.I,
)
_TITLE_YEAR = re.compile(
    r"\b(?:Regulations|Rules|Order|ORDER|By-laws?|Notice|Decree|DECREE|Decreto|DECRETO|"
    r"Arrêté|ARRÊTÉ|Resolución|RESOLUCIÓN)\b[^,/]{0,40}?(?:,\s*|N[°º]\s*[\w_.]*/(?:\w+/)?)"
    r"((?:19|20)\d{2})\b"
)


_LAW_YEAR = re.compile(r"\bN[°º.]\s*[\w_.]*/((?:19|20)\d{2})\b")


def commencement_year(doc: Doc) -> int | None:
    """The year the instrument comes into force at the earliest: the date its commencement
    provision gives, else the year in its title or number ("Regulations, 2026",
    "N° ___/2026")."""
    for unit in doc.units:
        m = _COMMENCE_DATE.search(unit.text or "")
        if m:
            return int(m.group("year"))
    head = " ".join([doc.instrument.number_line, doc.title])
    years = [int(y) for y in _TITLE_YEAR.findall(head)]
    if years:
        return max(years)
    # a decree that regulates a law cannot come into force before that law: the latest
    # year among the laws its title and preamble cite ("Ley N° 3956/2009", "N° ___/2026")
    cited = [int(y) for y in _LAW_YEAR.findall(" ".join([doc.title, doc.preamble]))]
    return max(cited) if cited else None


def check_years(ctx: Context) -> Iterator[Finding]:
    doc = ctx.doc
    start = commencement_year(doc)
    if start is None:
        return
    lang = _lang(ctx)
    for unit in doc.units:
        if not unit.text or unit.definition:
            continue  # a definition dates what it defines ("the Basel Convention of 1989")
        years: list[tuple[int, str]] = []
        rows = _rows(unit)
        if rows:
            for _, label, series in _table_series(unit, rows):
                years += [(y, f"{label.strip()} {y}".strip()) for y, _ in series]
        else:
            for m in _DEADLINE_YEAR[lang].finditer(unit.text):
                if _names_another_instrument(unit.text, m.end()):
                    continue
                years.append((int(m.group("year")), m.group().strip()))
        for year, shown in years:
            if year < start:
                yield ctx.finding(
                    "TGT003",
                    unit,
                    f"“{shown}” is before {start}, when the instrument comes into force at the "
                    "earliest.",
                    evidence=shown,
                    suggestion=f"Move the date to {start} or later, counting the time "
                    "compliance needs.",
                )
                break


def _names_another_instrument(text: str, end: int) -> bool:
    """ "Regulations, 2024 (Statutory Instrument No. 3 of 2024)": a year in a citation."""
    after = text[end : end + 30]
    before = text[max(0, end - 60) : end]
    return bool(
        re.match(r"^\s*(?:\(|,?\s*(?:Act|Law|Regulations|Ley|Loi|Decreto|SI)\b)", after)
        or re.search(r"(?:No\.|N[°º]|n°|Act|Regulations|Law)\s*[\w\s]{0,20}$", before)
    )


# --- currency -----------------------------------------------------------------------------

_CURRENCIES = {
    "USD": r"US\$|\bUSD\b|\bUS dollars?\b|\bdollars?\b|\bdólares\b|\bdollars américains\b",
    "EUR": r"€|\bEUR\b|\beuros?\b",
    "ZMW": r"\bZMW\b|\bkwacha\b|\bK\s?\d",
    "RWF": r"\bRWF\b|\bFRW\b|\bRwf\b|\bRwandan francs?\b|\bfrancs? rwandais\b",
    "PYG": r"\bPYG\b|\bguaran[ií]es\b|\bG\.\s?\d|₲|\bGs\.\s?\d",
    "ZAR": r"\bZAR\b|\brand\b|(?<![A-Za-z])R\s?\d",
    "GBP": r"£|\bGBP\b|\bpounds sterling\b",
    "KES": r"\bKES\b|\bKsh\b",
}
_FIXED = {"penalty units", "fee units", "jornales"}


@cache
def _currency_pattern(own: str) -> re.Pattern[str]:
    body = "|".join(f"(?P<{code}>{p})" for code, p in _CURRENCIES.items() if code != own)
    # every alternative begins with one of these characters: a cheap test at each position
    return re.compile(rf"(?=[USEeRFfrPpGgKkdZ€$£₲])(?:{body})")


def _country_currency(ctx: Context) -> str | None:
    if ctx.profile is None:
        return None
    fact = ctx.profile.fact("currency.code")
    return str(fact.value) if fact is not None else None


def check_currency(ctx: Context) -> Iterator[Finding]:
    own = _country_currency(ctx)
    if own is None:
        return
    pattern = _currency_pattern(own)
    for unit in ctx.doc.units:
        if not unit.text:
            continue
        for m in pattern.finditer(unit.text):
            code = m.lastgroup or ""
            name = ctx.profile.fact("currency.name") if ctx.profile else None
            local = (
                name.value.get(ctx.language, "") if name and isinstance(name.value, dict) else ""
            )
            yield ctx.finding(
                "CUR001",
                unit,
                f"An amount is stated in {code}, not in the country's currency ({own}).",
                evidence=_around(unit.text, m.start(), m.end()),
                suggestion=f"State amounts in {local or own}, or in penalty units where the "
                "enabling law uses them.",
            )
            break


# --- timetable ----------------------------------------------------------------------------

# The events of the timetable (drafting/timetable.py) and the words that name each, tried in
# this order on the words before a period counted from commencement or registration.
_EVENT_CUES: dict[str, tuple[tuple[str, tuple[str, ...], tuple[str, ...]], ...]] = {
    "en": (
        ("disposal-ban", ("landfill", "dumpsite", "incinerat", "final disposal"),
         ("no person", "shall not", "prohibit", "may not")),
        ("operators-licensed", ("licence", "license", "permit"), ("continue", "without")),
        ("guarantee", ("guarantee",), ()),
        ("pro-authorisation", ("producer responsibility organisation", "scheme"),
         ("not before", "no earlier than", "only after", "not be authorised before")),
        ("pro-membership", ("join", "become a member", "membership"), ()),
        ("producer-registration", ("producer",), ("regist",)),
    ),
    "es": (
        ("disposal-ban", ("relleno", "vertedero", "incinera", "disposición final"),
         ("prohib", "no podrá")),
        ("operators-licensed", ("autorización", "licencia", "permiso"), ("continuar", "sin")),
        ("guarantee", ("garantía",), ()),
        ("pro-authorisation", ("sistema colectivo",),
         ("no antes", "solo después", "sólo después", "no podrá autorizarse antes")),
        ("pro-membership", ("adherir", "adhesión", "incorporarse"), ()),
        ("producer-registration", ("productor",), ("inscrip", "inscrib", "registr")),
    ),
    "fr": (
        ("disposal-ban", ("décharge", "dépotoir", "incinér", "élimination finale"),
         ("interdit", "nul ne", "ne peut")),
        ("operators-licensed", ("agrément", "licence", "permis"), ("continuer", "sans")),
        ("guarantee", ("garantie",), ()),
        ("pro-authorisation", ("organisme de responsabilité",),
         ("pas avant", "qu'après", "ne peut être agréé avant")),
        ("pro-membership", ("adhér", "adhésion", "membre"), ()),
        ("producer-registration", ("producteur",), ("enregistr",)),
    ),
}  # fmt: skip
_ANCHOR = {
    "en": re.compile(
        r"^\s*(?:\(\d+\)\s*)?(?:after|of|from|following)\s+(?:(?:the|that|its)\s+)?"
        r"(?P<a>commencement|coming into (?:force|operation)|date of commencement|that date|"
        r"(?:\w+\s+){0,2}(?:is\s+|was\s+|being\s+)?(?:registered|registration))",
        re.I,
    ),
    "es": re.compile(
        r"^\s*(?:\(\d+\)\s*)?(?:contados\s+)?(?:desde|a partir de|siguientes a|posteriores a|"
        r"de)\s+(?:(?:la|su|esa|dicha)\s+)?(?P<a>entrada en vigencia|fecha|"
        r"(?:\w+\s+){0,2}(?:inscripción|inscrito|registro))",
        re.I,
    ),
    "fr": re.compile(
        r"^\s*(?:\(\d+\)\s*)?(?:à compter de|après|suivant|qui suivent)\s+"
        r"(?:(?:l['’]|la|son|cette|sa)\s*)?(?P<a>entrée en vigueur|date|"
        r"(?:\w+\s+){0,2}(?:enregistrement|enregistré))",
        re.I,
    ),
}


@dataclass(frozen=True, slots=True)
class _Event:
    id: str
    months: float
    unit: Unit
    shown: str


def timetable_events(ctx: Context) -> dict[str, _Event]:
    """The timetable's events as the text states them, in months from commencement: the
    first statement of each (a guarantee counted from registration follows it)."""
    lang = _lang(ctx)
    found: dict[str, _Event] = {}
    after_registration: list[tuple[float, Unit, str]] = []
    for unit in ctx.doc.units:
        if not unit.text or unit.schedule is not None or unit.definition:
            continue
        for period, _, _ in periods(unit, lang):
            anchor = _ANCHOR[lang].match(unit.text[period.end : period.end + 80])
            if anchor is None:
                continue
            clause = _sentence_around(unit.text, period.start, period.end).lower()
            event = _classify(clause, lang)
            if event is None:
                continue
            months = period.value / 30
            shown = unit.text[max(0, period.start - 40) : period.end + anchor.end()].strip()
            if re.search(r"regist|inscrip|inscrit|enregistr", anchor.group("a"), re.I):
                if event == "guarantee":
                    after_registration.append((months, unit, shown))
                continue
            found.setdefault(event, _Event(event, months, unit, shown))
    registration = found.get("producer-registration")
    if "guarantee" not in found and registration is not None and after_registration:
        months, unit, shown = after_registration[0]
        found["guarantee"] = _Event("guarantee", registration.months + months, unit, shown)
    return found


def _sentence_around(text: str, start: int, end: int) -> str:
    """The clause a period stands in: from the last full stop, semicolon or colon before it
    to the next after it."""
    head = text[:start]
    cut = max(head.rfind(". "), head.rfind("; "), head.rfind(": "))
    tail = text[end:]
    stops = [i for i in (tail.find(". "), tail.find("; ")) if i >= 0]
    return head[cut + 1 :] + text[start:end] + tail[: min(stops) if stops else len(tail)]


def _classify(clause: str, language: str) -> str | None:
    for event, subjects, markers in _EVENT_CUES[language]:
        if any(w in clause for w in subjects) and (
            not markers or any(w in clause for w in markers)
        ):
            return event
    return None


_IMPOSSIBLE = (
    ("pro-authorisation", "pro-membership",
     "Producers must join a producer responsibility organisation {then} after commencement, "
     "but none can be authorised before {first}."),
    ("producer-registration", "guarantee",
     "Financial guarantees fall due {then} after commencement, before producers must have "
     "registered ({first})."),
    ("operators-licensed", "disposal-ban",
     "The ban on disposal applies {then} after commencement, before existing operators must "
     "hold a licence ({first}): the e-waste would have nowhere lawful to go."),
    ("pro-membership", "disposal-ban",
     "The ban on disposal applies {then} after commencement, before producers must have "
     "organised collection ({first})."),
)  # fmt: skip


_PRO_AUTHORISATION = re.compile(
    r"(?i)(?:authori[sz]ation|approval|recognition) of (?:the )?producer responsibility "
    r"organi[sz]ations|agrément des organismes de responsabilité|autorización de los sistemas "
    r"colectivos"
)


def check_timetable(ctx: Context) -> Iterator[Finding]:
    events = timetable_events(ctx)
    if not any(_PRO_AUTHORISATION.search(s.heading or "") for s in ctx.doc.sections):
        # as in assembly's timetable: the date producers must have joined an organisation
        # is an event only where the instrument itself authorises organisations
        events.pop("pro-membership", None)
    for first_id, then_id, message in _IMPOSSIBLE:
        first, then = events.get(first_id), events.get(then_id)
        if first is None or then is None or then.months >= first.months:
            continue
        yield ctx.finding(
            "TT001",
            then.unit,
            message.format(then=_months(then.months), first=_months(first.months)),
            evidence=f"{then.unit.cite}: “{then.shown}”; {first.unit.cite}: “{first.shown}”",
            suggestion="Order the deadlines so that each step can be taken when it falls due: "
            f"move {then.unit.cite} to {_months(first.months)} or later, or bring "
            f"{first.unit.cite} forward.",
        )


def _months(m: float) -> str:
    n = round(m, 1)
    n_text = str(int(n)) if float(n).is_integer() else str(n)
    return f"{n_text} month{'s' if n != 1 else ''}"


CHECKS: tuple[Callable[[Context], Iterable[Finding]], ...] = (
    check_percentages,
    check_targets,
    check_years,
    check_period_words,
    check_period_consistency,
    check_currency,
    check_timetable,
)
