"""Structure: every cross-reference resolves; numbering has no gaps, repeats or disorder at
any level; the provisions an instrument cannot do without are there; no provision is
empty."""

from __future__ import annotations

import functools
import operator
import re
from collections.abc import Callable, Iterable, Iterator

from drafting.checker.context import Context
from drafting.checker.document import Doc, Unit
from drafting.checker.report import Finding
from drafting.checker.xrefs import (
    Reference,
    number_value,
    part_numbers,
    references,
    resolve,
    schedule_numbers,
)
from drafting.model import Provision, ProvisionLevel

# --- cross-references -------------------------------------------------------------------

_RULE_OF = {
    "provision": "XREF001",
    "sub": "XREF002",
    "para": "XREF002",
    "subpara": "XREF002",
    "part": "XREF003",
    "schedule": "XREF004",
}
_WHAT = {
    "provision": "There is no such provision in this instrument",
    "sub": "The provision cited has no such sub-provision",
    "para": "There is no such paragraph where the reference points",
    "subpara": "There is no such sub-paragraph where the reference points",
    "part": "There is no such part or chapter in this instrument",
    "schedule": "There is no such schedule or annex in this instrument",
}


def document_references(doc: Doc) -> list[tuple[Unit, Reference]]:
    """Every reference in the body and schedules, with the unit it stands in (read once
    per document)."""
    memo = doc.memo.get("references")
    if isinstance(memo, list):
        return memo
    found = [
        (unit, ref)
        for unit in doc.units
        if unit.text
        for ref in references(unit.text, doc.language)
    ]
    doc.memo["references"] = found
    return found


def check_references(ctx: Context) -> Iterator[Finding]:
    doc = ctx.doc
    for unit, ref in document_references(doc):
        if ref.external:
            continue
        for target in ref.targets:
            ok, missing = resolve(target, doc, unit)
            if ok:
                continue
            yield ctx.finding(
                _RULE_OF[missing],
                unit,
                f"“{ref.text}” does not resolve: {_WHAT[missing].lower()}.",
                evidence=_around(unit.text, ref.start, ref.end),
                suggestion=_suggest(missing, doc),
            )
            break


def _suggest(missing: str, doc: Doc) -> str:
    if missing == "provision":
        nums = [s.num for s in doc.sections]
        span = f"{nums[0]} to {nums[-1]}" if nums else "none"
        return f"Correct the number (the provisions are numbered {span}) or restore the provision."
    if missing == "schedule":
        labels = ", ".join(s.label for s in doc.schedules) or "none"
        return f"Cite one of the schedules the instrument has ({labels}) or add the schedule."
    if missing == "part":
        labels = ", ".join(p.label or p.num for p in doc.parts) or "none"
        return f"Cite one of the instrument's parts ({labels})."
    return "Correct the reference to the sub-provision or paragraph meant, or restore it."


def _around(text: str, start: int, end: int, width: int = 70) -> str:
    a, b = max(0, start - width), min(len(text), end + width)
    return ("…" if a else "") + text[a:b] + ("…" if b < len(text) else "")


# --- numbering ----------------------------------------------------------------------------


def _value(num: str, style: str) -> int | None:
    n = num.strip().rstrip(".°º)").lstrip("(").lower()
    if not n:
        return None
    if style == "digit":
        m = re.fullmatch(r"(\d+)", n)
        return int(m.group(1)) if m else None
    if style == "letter":
        if re.fullmatch(r"[a-z]", n):
            return ord(n) - 96
        if re.fullmatch(r"([a-z])\1", n):  # aa, bb: after z
            return 26 + ord(n[0]) - 96
        if re.fullmatch(r"z[a-z]", n):  # za, zb: another convention after z
            return 26 + ord(n[1]) - 96
        return None
    if style == "roman":
        return number_value(n) if re.fullmatch(r"[ivxlc]+", n) else None
    return None


def _style(nums: list[str]) -> str:
    first = nums[0].strip().rstrip(".°º)").lstrip("(").lower()
    if re.fullmatch(r"\d+[a-z]*", first):
        return "digit"
    if first == "i" and len(nums) > 1 and _value(nums[1], "roman") == 2:
        return "roman"
    if re.fullmatch(r"[a-z]{1,2}", first):
        return "letter"
    if re.fullmatch(r"[ivxlc]+", first):
        return "roman"
    return "digit"


def _sequence(
    ctx: Context,
    items: list[tuple[str, Unit | None]],
    what: str,
    where: str,
) -> Iterator[Finding]:
    """Findings for one run of numbers at one level: gaps, repeats, disorder."""
    nums = [n for n, _ in items if n and n.strip()]
    if not nums:
        return
    style = _style(nums)
    previous: int | None = None
    seen: dict[int, str] = {}
    repeated = False  # the number before was a repeat: "2, 2, 4" is one slip, not two
    for num, unit in items:
        if not num or not num.strip():
            continue
        if style == "digit" and re.fullmatch(r"\d+[A-Za-z]+[°º]?", num.strip()):
            continue  # "12A": a provision inserted by amendment between 12 and 13
        value = _value(num, style)
        if value is None:
            continue
        label = f"{what.capitalize()} {num}{where}"
        if value in seen:
            repeated = True
            yield ctx.finding(
                "NUM002",
                unit,
                f"{label} is numbered twice.",
                evidence=f"{what} {seen[value]} and {what} {num}{where}",
                suggestion="Renumber the provisions in sequence and update the references to them.",
            )
        elif previous is None and value != 1 and what not in ("part",):
            yield ctx.finding(
                "NUM001",
                unit,
                f"The first {what}{where} is numbered {num}, not 1.",
                evidence=label,
                suggestion="Number from 1, or restore the provisions before it.",
            )
        elif previous is not None and value == previous + 2 and repeated:
            repeated = False
        elif previous is not None and value > previous + 1:
            gap = _between(previous, value, style)
            yield ctx.finding(
                "NUM001",
                unit,
                f"{what.capitalize()} {gap}{where} is missing: the numbering goes from "
                f"{_show(previous, style)} to {num}.",
                evidence=label,
                suggestion="Renumber in sequence (and update the references), or restore the "
                "missing provision.",
            )
        elif previous is not None and value < previous:
            yield ctx.finding(
                "NUM003",
                unit,
                f"{label} follows {what} {_show(previous, style)}: the numbers are out of "
                "sequence.",
                evidence=label,
                suggestion="Put the provisions in order or renumber them.",
            )
        else:
            repeated = False
        seen.setdefault(value, num)
        previous = value if previous is None else max(previous, value)


def _runs(items: list[tuple[str, Unit | None]]) -> list[list[tuple[str, Unit | None]]]:
    """Lists at one level split where their numbering style changes: "(a), (b), ... then
    (i), (ii)" after a closing line are two lists, not a gap from (b) to (i)."""
    runs: list[list[tuple[str, Unit | None]]] = []
    style = ""
    last = 0
    for num, unit in items:
        n = num.strip().rstrip(".°º)").lstrip("(").lower()
        if runs and style == "letter" and n == "i" and last != 8:
            style = ""  # "(i)" after anything but "(h)": a new, roman list
        elif runs and style == "roman" and _value(n, "roman") is None:
            style = ""
        if not runs or not style:
            runs.append([])
            rest = [x for x, _ in items[len(functools.reduce(operator.iadd, runs[:-1], [])) :]]
            style = _style(rest or [num])
        runs[-1].append((num, unit))
        last = _value(n, style) or 0
    return runs


def _show(value: int, style: str) -> str:
    if style == "letter":
        return chr(96 + value) if value <= 26 else chr(96 + value - 26) * 2
    if style == "roman":
        from drafting.formats import roman

        return roman(value).lower()
    return str(value)


def _between(a: int, b: int, style: str) -> str:
    if b == a + 2:
        return _show(a + 1, style)
    return f"{_show(a + 1, style)} to {_show(b - 1, style)}"


def check_numbering(ctx: Context) -> Iterator[Finding]:
    doc = ctx.doc
    units = {u.eid: u for u in doc.units}
    yield from _sequence(ctx, [(s.num, units.get(s.eid)) for s in doc.sections], "provision", "")
    if doc.parts:
        parts = [
            (str(v) if v is not None else "", units.get(p.children[0].eid) if p.children else None)
            for p, v in zip(doc.parts, part_numbers(doc), strict=True)
        ]
        yield from _sequence(ctx, parts, "part", "")
    if len(doc.schedules) > 1:
        first = {u.schedule.eid: u for u in doc.units if u.schedule is not None}
        schedules = [
            (str(v) if v is not None else "", first.get(s.eid))
            for s, v in zip(doc.schedules, schedule_numbers(doc), strict=True)
        ]
        yield from _sequence(ctx, schedules, "schedule", "")
    for section in doc.sections:
        yield from _levels(ctx, section, units, f" of provision {section.num}")


def _levels(ctx: Context, node: Provision, units: dict[str, Unit], where: str) -> Iterator[Finding]:
    for level, what in (
        (ProvisionLevel.SUBSECTION, "sub-provision"),
        (ProvisionLevel.PARAGRAPH, "paragraph"),
        (ProvisionLevel.SUBPARAGRAPH, "sub-paragraph"),
    ):
        children = [c for c in node.children if c.level is level and c.label]
        definitions = [c for c in children if c.definition is not None]
        if definitions and len(definitions) == len(children):
            what = "definition"
        for run in _runs([(c.num, units.get(c.eid)) for c in children]):
            yield from _sequence(ctx, run, what, where)
    for child in node.children:
        here = units.get(child.eid)
        yield from _levels(ctx, child, units, f" of {here.cite}" if here else where)


# --- required provisions ------------------------------------------------------------------

_REQUIRED: dict[str, dict[str, re.Pattern[str]]] = {
    "REQ001": {
        "en": re.compile(r"\b(?:short title|citation|title and commencement|cited as)\b", re.I),
        "es": re.compile(
            r"\b(?:denominar[aá]|podr[aá] citarse|se citar[aá]|t[ií]tulo abreviado)", re.I
        ),
        "fr": re.compile(r"\b(?:peut être cité|intitulé abrégé|titre abrégé)", re.I),
    },
    "REQ002": {
        "en": re.compile(
            r"\b(?:these|this)\s+(?:[\w-]+\s+){0,3}?(?:regulations|order|by-laws?|rules|"
            r"instrument|act|decree|notice)\b[^;]{0,200}?\b(?:come|comes|shall come|takes?|"
            r"shall take)\s+(?:into (?:force|operation)|effect)",
            re.I,
        ),
        "es": re.compile(
            r"\b(?:el presente|este|la presente|esta)\s+(?:decreto|reglamento|resoluci[oó]n|"
            r"ordenanza|ley)\b[^.;]{0,80}?\b(?:entrar[aá]|rige|regir[aá]|entra)\s+"
            r"(?:en vigencia|en vigor|a partir)",
            re.I,
        ),
        "fr": re.compile(
            r"\b(?:le présent|la présente)\s+(?:arrêté|décret|règlement|loi|ordonnance)\b"
            r"[^.;]{0,80}?\bentre(?:nt|ra)?\s+en vigueur",
            re.I,
        ),
    },
    "REQ003": {
        "en": re.compile(
            r"\b(?:interpretation|definitions|unless the context otherwise requires)\b", re.I
        ),
        "es": re.compile(r"\b(?:definiciones|se entender[aá] por|glosario)", re.I),
        "fr": re.compile(r"\b(?:définitions|au sens du présent|on entend par)", re.I),
    },
    "REQ004": {
        "en": re.compile(
            r"\b(?:offences?|penalt(?:y|ies)|sanctions?|commits an offence|"
            r"guilty of an offence|liable(?:,)? on conviction)\b",
            re.I,
        ),
        "es": re.compile(r"\b(?:sanci[oó]n|sanciones|infracci[oó]n|infracciones|multas?)", re.I),
        "fr": re.compile(r"\b(?:sanctions?|infractions?|amendes?|pénal)", re.I),
    },
}
_NEEDS = {
    "REQ001": ("citation provision", "Add a provision giving the instrument's citation "
               "(\"These Regulations may be cited as ...\")."),
    "REQ002": ("commencement provision", "Add a provision saying when the instrument comes "
               "into force."),
    "REQ003": ("interpretation provision", "Add an interpretation provision defining the "
               "terms the instrument uses."),
    "REQ004": ("offences or sanctions provision", "Add a provision on offences and "
               "penalties, or one that applies the enabling law's sanctions to breaches of "
               "the instrument's duties."),
}  # fmt: skip


def _heading_and_lead(doc: Doc, section: Provision) -> str:
    unit = doc.by_eid.get(section.eid)
    return " ".join(t for t in (section.heading or "", unit.text if unit else "") if t)


def check_required(ctx: Context) -> Iterator[Finding]:
    doc = ctx.doc
    if not doc.sections:
        return
    lang = doc.language if doc.language in ("en", "es", "fr") else "en"
    for rule, patterns in _REQUIRED.items():
        pattern = patterns[lang]
        if rule == "REQ001" and _cited_by_title(doc):
            continue  # an order or decree is cited by its title: no citation provision
        if rule == "REQ003" and not _uses_terms(doc):
            continue
        if rule == "REQ002" and _commences_by_law(ctx):
            continue  # the general law brings it into force on publication
        if rule == "REQ004" and _general_penalty(ctx):
            continue  # the enabling law's general penalty answers every breach
        found = any(pattern.search(_heading_and_lead(doc, s)) for s in doc.sections)
        if rule == "REQ002":
            found = found or any(
                _COMMENCEMENT_HEADING.search(s.heading or "") for s in doc.sections
            )
        if not found and rule in ("REQ002", "REQ004"):
            # a commencement or sanctions rule may sit in a sub-provision
            found = any(pattern.search(u.text) for u in doc.units if u.schedule is None and u.text)
        if not found:
            what, how = _NEEDS[rule]
            yield ctx.finding(rule, None, f"The instrument has no {what}.", suggestion=how)


_COMMENCEMENT_HEADING = re.compile(
    r"\b(?:commencement|entry into force|coming into force|vigencia|entrada en vigor|"
    r"entrée en vigueur)\b",
    re.I,
)


def _general_penalty(ctx: Context) -> bool:
    return ctx.profile is not None and any(s.general for s in ctx.profile.sanctions.values())


def _commences_by_law(ctx: Context) -> bool:
    fact = ctx.profile.fact("drafting.commences_on_publication") if ctx.profile else None
    return fact is not None and fact.value is True


def _cited_by_title(doc: Doc) -> bool:
    """Orders, decrees and resolutions are cited by their title and number."""
    if doc.language in ("es", "fr"):
        return True
    labels = " ".join(s.label for s in doc.sections[:3])
    return bool(re.search(r"\bArt(?:icle|\.)", labels)) or bool(
        re.search(r"\b(?:ORDER|Order|DECREE|Decree)\b", doc.title)
    )


def _uses_terms(doc: Doc) -> bool:
    return len(doc.sections) >= 5 or bool(doc.definitions)


# --- empty provisions ---------------------------------------------------------------------

_REPEALED = re.compile(r"\b(?:repealed|deleted|derogado|abrogé)\b", re.I)


def check_empty(ctx: Context) -> Iterator[Finding]:
    for unit in ctx.doc.units:
        p = unit.provision
        if p is None or unit.schedule is not None or p.level is ProvisionLevel.PART:
            continue
        if unit.text.strip() or p.children or p.figure:
            continue
        if p.heading and _REPEALED.search(p.heading):
            continue
        what = "Provision" if p.level is ProvisionLevel.SECTION else "Sub-provision"
        heading = f" ({p.heading})" if p.heading else ""
        yield ctx.finding(
            "EMPTY001",
            unit,
            f"{what} {unit.cite}{heading} has no text.",
            evidence=f"{p.label} {p.heading or ''}".strip(),
            suggestion="Write the provision's text or delete it (and renumber).",
        )


CHECKS: tuple[Callable[[Context], Iterable[Finding]], ...] = (
    check_references,
    check_numbering,
    check_required,
    check_empty,
)
