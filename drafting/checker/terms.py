"""Terms: defined but never used; defined twice (with the same or a different meaning);
used as defined terms but never defined (quoted terms, acronyms never expanded); a
definition that refers to itself.

Terms are compared by their lemmas, lower-cased, so "producers" uses "producer",
"productores" uses "productor" and "distributeurs" uses "distributeur"."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator

from drafting.checker.context import Context
from drafting.checker.document import DefinedTerm, Doc, Unit
from drafting.checker.report import Finding

_QUOTED = re.compile(r"[“\"«]\s?([^”\"»]{1,60}?)\s?[”\"»]")
_RELATION = {
    "en": re.compile(
        r"\b(?:means|includes|has the (?:same )?meaning|is a generic term|refers to)\b"
    ),
    "es": re.compile(r"(?::|\bsignifica\b|\bse entiende\b|\bes\b|\bcomprende\b|\bincluye\b)"),
    "fr": re.compile(r"(?::|\bdésigne\b|\bs['’]entend\b|\bsignifie\b|\bcomprend\b)"),
}
_INLINE_DEFINITION = re.compile(
    r"(?:\(\s*(?:the\s+|la\s+|el\s+|le\s+|los\s+|les\s+)?$|"
    r"hereinafter(?:\s+(?:called|referred to as))?\s+(?:the\s+)?$|"
    r"referred to as\s+(?:the\s+)?$|called\s+(?:the\s+)?$|"
    r"en adelante(?:,)?\s+(?:el\s+|la\s+|los\s+|las\s+)?$|denominad[oa]s?\s+$|"
    r"ci-après(?:\s+dénommée?s?)?\s+(?:«\s?)?(?:le\s+|la\s+|les\s+|l['’])?$)",
    re.I,
)


def _labels(d: DefinedTerm) -> list[str]:
    """The words a definition defines: its term, and the other quoted forms before its
    relation word ("“producer responsibility organisation” or “PRO” means")."""
    labels = [d.term]
    head = d.text[:200]
    for m in _QUOTED.finditer(head[:160]):
        if m.group(1).strip() and m.group(1).strip().lower() != d.term.lower():
            before = head[: m.start()]
            if len(before) < 120 and not re.search(r"\b(?:means|includes)\b", before):
                labels.append(m.group(1).strip())
    return labels


def _meaning(d: DefinedTerm, language: str) -> str:
    """The words of the definition after the term and its relation word."""
    text = d.text
    idx = text.lower().find(d.term.lower())
    rest = text[idx + len(d.term) :] if idx >= 0 else text
    rest = rest.lstrip("”\"»' ")
    m = _RELATION.get(language, _RELATION["en"]).search(rest)
    return rest[m.end() :].strip(" :;.,") if m and m.start() < 60 else rest.strip(" :;.,")


class _Usage:
    """Where each defined term's lemmas occur, outside the definitions of that term."""

    def __init__(self, ctx: Context) -> None:
        doc = ctx.doc
        layer = ctx.layer
        self.labels: dict[str, list[str]] = {}
        self.keys: dict[str, str] = {}  # lemma key -> term
        phrases: dict[str, list[str]] = {}
        for d in doc.definitions:
            labels = _labels(d)
            self.labels.setdefault(d.term, labels)
            phrases.setdefault(d.term, []).extend(labels)
            for label in labels:
                self.keys.setdefault(layer.key(label), d.term)
        self.units: dict[str, set[int]] = defaultdict(set)  # term -> unit indexes it is used in
        if not phrases:
            return
        matcher = layer.phrase_matcher(phrases)
        vocab = layer.nlp.vocab
        for unit in doc.units:
            if not unit.text:
                continue
            for match_id, _start, _end in matcher(ctx.analysed(unit)):
                self.units[vocab.strings[match_id]].add(unit.index)
        if doc.preamble:
            for match_id, _start, _end in matcher(layer.analyse(doc.preamble)):
                self.units[vocab.strings[match_id]].add(-1)


def _definition_units(doc: Doc, term: str) -> set[int]:
    """The units of a term's own definitions, limbs included."""
    found: set[int] = set()
    for d in doc.definitions:
        if d.term != term:
            continue
        found.add(d.unit.index)
        eid = d.unit.eid
        found.update(u.index for u in doc.units if u.eid.startswith(eid + "__"))
    return found


def check_unused(ctx: Context) -> Iterator[Finding]:
    doc = ctx.doc
    if not doc.definitions:
        return
    usage = _Usage(ctx)
    reported: set[str] = set()
    for d in doc.definitions:
        if d.term in reported:
            continue
        own = _definition_units(doc, d.term)
        elsewhere = usage.units.get(d.term, set()) - own
        if elsewhere:
            continue
        # used inside another term's definition only counts as use
        reported.add(d.term)
        yield ctx.finding(
            "DEF001",
            d.unit,
            f"“{d.term}” is defined but not used anywhere else in the instrument.",
            evidence=d.text,
            suggestion="Delete the definition, or use the term where the instrument means it.",
        )


def check_duplicates(ctx: Context) -> Iterator[Finding]:
    doc = ctx.doc
    layer = ctx.layer if doc.definitions else None
    seen: dict[str, DefinedTerm] = {}
    for d in doc.definitions:
        assert layer is not None
        key = layer.key(d.term)
        first = seen.get(key)
        if first is None:
            seen[key] = d
            continue
        a = _norm(_meaning(first, doc.language))
        b = _norm(_meaning(d, doc.language))
        if a == b:
            yield ctx.finding(
                "DEF003",
                d.unit,
                f"“{d.term}” is defined twice, in {first.unit.cite} and {d.unit.cite}, with "
                "the same meaning.",
                evidence=d.text,
                suggestion="Keep one of the two definitions.",
            )
        else:
            yield ctx.finding(
                "DEF002",
                d.unit,
                f"“{d.term}” is defined twice with different meanings: in {first.unit.cite} "
                f"and in {d.unit.cite}.",
                evidence=f"{first.text} / {d.text}",
                suggestion="Keep one meaning: delete one definition or give the other term "
                "another name.",
            )


def _norm(text: str) -> str:
    return " ".join(re.sub(r"[^\w\s]", " ", text.lower()).split())


def check_undefined(ctx: Context) -> Iterator[Finding]:
    """Quoted terms in the body that no definition defines, and acronyms never expanded."""
    doc = ctx.doc
    defined = {ctx.layer.key(label) for d in doc.definitions for label in _labels(d)}
    definition_units = {d.unit.index for d in doc.definitions}
    inline: set[str] = set()
    for unit in doc.units:
        if unit.index in definition_units or not unit.text:
            continue
        for m in _QUOTED.finditer(unit.text):
            before = unit.text[max(0, m.start() - 40) : m.start()]
            after = unit.text[m.end() : m.end() + 30]
            if (
                _INLINE_DEFINITION.search(before)
                or _DEFINES_HERE.search(before)
                or (_DEFINED_AFTER.match(after))
            ):
                inline.add(ctx.layer.key(m.group(1)))
    reported: set[str] = set()
    for unit in doc.units:
        if unit.index in definition_units or not unit.text or unit.definition:
            continue
        for m in _QUOTED.finditer(unit.text):
            term = m.group(1).strip()
            key = ctx.layer.key(term)
            if not _term_like(term) or key in defined or key in inline or key in reported:
                continue
            before = unit.text[max(0, m.start() - 60) : m.start()]
            if _TITLE_BEFORE.search(before) or _MENTION_BEFORE.search(before):
                continue
            reported.add(key)
            yield ctx.finding(
                "DEF004",
                unit,
                f"“{term}” is written as a defined term but no provision defines it.",
                evidence=_around(unit.text, m.start(), m.end()),
                suggestion=f"Define “{term}” in the interpretation provision, or drop the "
                "quotation marks.",
            )
    yield from _capitalised(ctx, defined, inline, reported)
    yield from _acronyms(ctx, defined, inline)


_UP = "A-ZÀ-ÖØ-Þ"
_LOW = "a-zß-öø-ÿ"
_CAPITALISED = {
    "en": re.compile(
        rf"\b(?:the|a|an|any|each|every|that|this|such)\s+((?:[{_UP}][{_LOW}][\w-]*)"
        rf"(?:\s+[{_UP}][{_LOW}][\w-]*){{0,2}})(?![\w-])"
    ),
    "es": re.compile(
        rf"\b(?:el|la|los|las|del|al|un|una|dicho|dicha)\s+((?:[{_UP}][{_LOW}]+)"
        rf"(?:\s+[{_UP}][{_LOW}]+){{0,2}})(?![\w-])"
    ),
    "fr": re.compile(
        rf"(?:\b(?:le|la|les|du|au|aux|un|une|ce|cette)\s+|\bl['’])((?:[{_UP}][{_LOW}]+)"
        rf"(?:\s+[{_UP}][{_LOW}]+){{0,2}})(?![\w-])"
    ),
}
# The words that name a body or a fund in short, as a defined term would ("the Board",
# "le Comité", "el Consejo Consultivo"): such a name needs a definition or its full form.
_BODIES = {
    "board", "committee", "council", "commission", "fund", "authority", "agency", "registry",
    "register", "tribunal", "inspectorate", "secretariat", "panel", "unit", "directorate",
    "department", "office", "bureau", "service", "forum", "scheme", "programme", "plan",
    "comité", "conseil", "fonds", "agence", "autorité", "registre", "secrétariat",
    "direction", "cellule", "organe", "observatoire", "consejo", "comisión", "fondo", "junta",
    "registro", "secretaría", "dirección", "oficina", "agencia", "autoridad", "programa",
    "unidad", "mesa",
}  # fmt: skip
_KNOWN_NAMES = {"registro oficial", "gaceta oficial", "journal officiel", "official gazette"}
_FULL_NAME_AFTER = re.compile(
    r"^\s+(?:de|du|des|del|de la|de los|sur|sobre|para|pour|of|for|on|to|"
    r"[a-zà-ÿ]+(?:ais|aise|ano|ana|anos|anas|al|ale|ales|aux|ique|ico|ica|ional|ionale|"
    r"ien|ienne|ese|esa))\b"
)
_INTRODUCED = re.compile(r"^[^.;]{0,80}\((?:en adelante|hereinafter|ci-après)", re.I)
_NAME_GOES_ON = re.compile(
    rf"^(?:\s+(?:of|for|and|on|in|de|del|des|du|y|et|pour|para|la|le)\s+(?:the\s+|la\s+|l['’])?"
    rf"[{_UP}]|\s+[{_UP}]|\s*\(|,\s+[{_UP}][{_LOW}]+\s+(?:and|y|et)\s+[{_UP}])"
)
_INSTITUTIONS = {
    # parts of instruments and institutions every reader knows; not terms of the instrument
    "act", "regulation", "regulations", "part", "schedule", "annex", "article", "chapter",
    "section", "order", "gazette", "republic", "government", "state", "constitution",
    "president", "cabinet", "parliament", "national assembly", "ministry", "convention",
    "protocol", "court", "high court", "supreme court", "official gazette", "treasury",
    "ley", "decreto", "anexo", "capítulo", "artículo", "gaceta", "gaceta oficial",
    "república", "estado", "gobierno", "poder ejecutivo", "constitución", "nación",
    "congreso", "convenio", "protocolo", "loi", "arrêté", "annexe", "chapitre",
    "journal", "journal officiel", "république", "gouvernement", "premier ministre",
    "président", "cour", "état", "conseil des ministres", "code", "código", "internet",
}  # fmt: skip


def _capitalised(
    ctx: Context, defined: set[str], inline: set[str], reported: set[str]
) -> Iterator[Finding]:
    """ "the Board", "du Comité Technique", "del Consejo Consultivo": a capitalised name used
    as a defined term is, but that no provision defines or names in full."""
    doc = ctx.doc
    pattern = _CAPITALISED.get(doc.language, _CAPITALISED["en"])
    text = doc.text()
    tails = {" ".join(k.split()[-n:]) for k in defined for n in (1, 2) if k}
    seen: set[str] = set()
    definition_units = {d.unit.index for d in doc.definitions}
    for unit in doc.units:
        if unit.index in definition_units or not unit.text or unit.definition:
            continue
        for m in pattern.finditer(unit.text):
            name = m.group(1)
            key = ctx.layer.key(name)
            if key in seen or key in reported:
                continue
            seen.add(key)
            after = unit.text[m.end() :]
            if (
                name.split()[0].lower() not in _BODIES
                or name.lower() in _KNOWN_NAMES
                or key in defined
                or key in inline
                or key in tails
                or name.lower() in _INSTITUTIONS
                or _NAME_GOES_ON.match(after)
                or _FULL_NAME_AFTER.match(after)
                or _INTRODUCED.match(after)
                or _named_in_full(text, name)
                or _proper_noun(text, name)
            ):
                continue
            reported.add(key)
            yield ctx.finding(
                "DEF004",
                unit,
                f"“{name}” is written as a defined term (capitalised) but no provision "
                "defines it or names it in full.",
                evidence=_around(unit.text, m.start(1), m.end(1)),
                suggestion=f"Define “{name}” in the interpretation provision or name the "
                "body in full where it is first mentioned, or write it in lower case.",
            )


def _named_in_full(text: str, name: str) -> bool:
    """ "the Authority" after "the Rwanda Revenue Authority": the short form of a name."""
    return bool(
        re.search(rf"[{_UP}][\w-]+\s+(?:(?:de|of|du|del|des|for)\s+)?{re.escape(name)}\b", text)
    )


def _proper_noun(text: str, name: str) -> bool:
    """A name the text also writes without an article, mid-sentence: a place or a person."""
    for m in re.finditer(rf"(?<![\w’'])({re.escape(name)})\b", text):
        before = text[max(0, m.start() - 12) : m.start()]
        if re.search(r"[.;:(\n]\s*$", before) or not before.strip():
            continue  # a sentence or a heading begins with it
        if not re.search(
            r"\b(?:the|a|an|any|each|every|that|this|such|el|la|los|las|del|al|un|una|le|les|"
            r"du|au|aux|ce|cette|dicho|dicha)\s+$|l['’]$",
            before,
            re.I,
        ):
            return True
    return False


_DEFINES_HERE = re.compile(
    r"(?:entiende por|entender[aá] por|entiende como|on entend par|entend par|s['’]entend)\s*$",
    re.I,
)
_DEFINED_AFTER = re.compile(
    r"^\s*(?:means|includes|has the meaning|shall mean|significa|comprende|désigne|s['’]entend)\b"
)
_TITLE_BEFORE = re.compile(
    r"(?:\b(?:Act|Law|Ley|Loi|Decreto|Decree|Code|Código|Convention|Convenio|Regulations?|"
    r"Reglamento|Resolución|Protocol)\b[^.;]{0,40}|N[°º]\s*[\d/._-]+\s*|\d{4}\s*,?\s*)$"
)
_MENTION_BEFORE = re.compile(
    r"(?:\b(?:word|words|expression|term|marked|mark|label|inscription|mention|leyenda|"
    r"palabra|expresión|término|mot|mots|expression|terme|mention)\s*:?\s*)$",
    re.I,
)


def _term_like(text: str) -> bool:
    words = text.split()
    return (
        0 < len(words) <= 5
        and not text.rstrip().endswith((".", "!", "?"))
        and any(c.isalpha() for c in text)
    )


def _around(text: str, start: int, end: int, width: int = 60) -> str:
    a, b = max(0, start - width), min(len(text), end + width)
    return ("…" if a else "") + text[a:b] + ("…" if b < len(text) else "")


_ACRONYM = re.compile(r"(?<![\w-])([A-Z][A-Z0-9&]{1,7})(s?)(?![\w-])")
_ROMAN = re.compile(r"^[IVXLC]+$")
_COMMON = {
    # units, currencies, standards bodies and words that are not acronyms of the instrument
    "ISO", "IEC", "EN", "UN", "UNEP", "OECD", "EU", "USD", "US", "EUR", "ZMW", "RWF", "FRW",
    "PYG", "CO2", "PCB", "PCBS", "CFC", "CFCS", "HCFC", "HFC", "HS", "GPS", "VAT", "IVA", "TVA",
    "NO", "OK", "CD", "DVD", "TV", "PC", "LCD", "LED", "CRT", "IT", "ICT", "SIM", "USB", "GSM",
    "SMS", "ID", "PDF", "N", "AM", "PM", "UTC", "ITU", "COP", "OHADA", "EAC", "COMESA", "SADC",
    "MERCOSUR", "RN", "SI", "GN", "ZEMA", "RSA", "UK", "PET", "HDPE", "PVC", "BFR", "BFRS",
}  # fmt: skip


def _acronyms(ctx: Context, defined: set[str], inline: set[str]) -> Iterator[Finding]:
    doc = ctx.doc
    text = doc.text()
    expanded: set[str] = set()
    # "(RAEE)", "(PRO)", "(the “PRO”)": an acronym set out after the words it stands for
    for m in re.finditer(
        r"\(\s?(?:the\s+|la\s+|el\s+|le\s+|les\s+)?[“\"«]?\s?([A-Z][A-Z0-9&]{1,7})s?"
        r"\s?[”\"»]?\s?\)",
        text,
    ):
        expanded.add(m.group(1))
    for m in re.finditer(r"\b([A-Z][A-Z0-9&]{1,7})s?\s*\((?:[^()]{3,120})\)", text):
        expanded.add(m.group(1))  # "PRO (producer responsibility organisation)"
    for d in doc.definitions:
        for label in _labels(d):
            if re.fullmatch(r"[A-Z][A-Z0-9&]{1,7}s?", label.strip()):
                expanded.add(label.strip().rstrip("s"))
        for m in re.finditer(r"\b([A-Z][A-Z0-9&]{1,7})\b", d.text[:80]):
            expanded.add(m.group(1))  # "“e-waste” or “WEEE” means"
    reported: set[str] = set()
    for unit in doc.units:
        if not unit.text or unit.text.isupper():
            continue
        for m in _ACRONYM.finditer(unit.text):
            acr = m.group(1)
            if _in_capitals(unit.text, m.start(), m.end()):
                continue
            if (
                acr in expanded
                or acr in reported
                or acr in _COMMON
                or _ROMAN.match(acr)
                or ctx.layer.key(acr) in defined
                or ctx.layer.key(acr) in inline
                or len(acr) < 2
                or acr.isdigit()
                or re.fullmatch(r"[A-Z]\d+|\d+[A-Z]*", acr)
            ):
                continue
            reported.add(acr)
            yield ctx.finding(
                "DEF005",
                unit,
                f"The acronym “{acr}” is used but never spelt out or defined.",
                evidence=_around(unit.text, m.start(), m.end()),
                suggestion=f"Define “{acr}” in the interpretation provision, or write the "
                "words in full where it is first used, followed by the acronym in brackets.",
            )


_ARTICLES = {
    "a", "an", "the", "any", "every", "each", "el", "la", "los", "las", "un", "una", "todo",
    "toda", "le", "les", "l", "une", "tout", "toute", "'",
}  # fmt: skip


def _in_capitals(text: str, start: int, end: int) -> bool:
    """Whether a capitalised word stands among others: a heading in capitals, not an
    acronym."""
    before = re.findall(r"[\w’'-]+", text[max(0, start - 30) : start])
    after = re.findall(r"[\w’'-]+", text[end : end + 30])
    near = [w for w in (before[-1:] + after[:1]) if re.search(r"[A-Za-zÀ-ÿ]", w)]
    return any(w.isupper() and len(w) > 1 and not _ROMAN.match(w) for w in near)


# Offices: "“Minister” means the Minister responsible for ..." is the settled formula.
_OFFICES = {
    "minister", "ministre", "ministro", "director", "directeur", "directora", "secretary",
    "secrétaire", "secretario", "inspector", "inspecteur", "governor", "gouverneur",
    "president", "président", "presidente", "mayor", "maire", "intendente", "registrar",
    "commissioner", "commissaire", "comisionado",
}  # fmt: skip


def _contains(words: list[str], phrase: list[str]) -> bool:
    n = len(phrase)
    return any(words[i : i + n] == phrase for i in range(len(words) - n + 1))


def _genus_capitalised(meaning: str) -> bool:
    words = re.findall(r"[^\W\d_]+", meaning)
    while words and words[0].lower() in _ARTICLES:
        words.pop(0)
    return bool(words) and words[0][0].isupper()


def check_circular(ctx: Context) -> Iterator[Finding]:
    """A definition whose genus is the term itself: "“producer” means a producer who...".
    Offices and proper names ("Minister" means the Minister responsible for...) are the
    settled formula, not a circle; nor is the term's later use within the meaning."""
    doc = ctx.doc
    for d in doc.definitions:
        if not d.term:
            continue
        meaning = _meaning(d, doc.language)
        term_key = ctx.layer.key(d.term).split()
        words = ctx.layer.key(meaning).split()
        while words and words[0] in _ARTICLES:
            words.pop(0)
        # the genus is the term itself: "a producer who", "operación de reciclaje"
        head = words[: len(term_key) + 2]
        if not term_key or not _contains(head, term_key):
            continue
        if (d.term[0].isupper() and _genus_capitalised(meaning)) or (
            term_key[0] in _OFFICES or term_key[0] in _BODIES
        ):
            continue  # "Minister: the Minister responsible for ...": an office, named
        if term_key:
            yield ctx.finding(
                "DEF006",
                d.unit,
                f"The definition of “{d.term}” defines it by the term itself.",
                evidence=d.text,
                suggestion="Define the term by other words: say what kind of person or thing "
                "it is, then what distinguishes it.",
            )


CHECKS: tuple[Callable[[Context], Iterable[Finding]], ...] = (
    check_unused,
    check_duplicates,
    check_undefined,
    check_circular,
)

__all__ = ["CHECKS", "Unit"]
