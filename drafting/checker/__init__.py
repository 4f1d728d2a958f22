"""The consistency checker: reads any regulation (a draft model, or a Word file through the
importer) and reports terminological, structural, numeric, obligation, policy,
enabling-law, language-alignment and style findings with stable rule codes.

Our own drafts are consistent by construction; the checker is for what people do next:
edit the .docx in Word, paste in clauses, bring another country's draft."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from drafting.checker.context import Context
from drafting.checker.document import Doc, build
from drafting.checker.report import Category, Finding, Outline, Report, Severity
from drafting.library import ClauseLibrary
from drafting.model import Instrument, Profile

Check = Callable[[Context], Iterable[Finding]]

__all__ = ["Category", "Check", "Context", "Doc", "Finding", "Report", "Severity", "check"]


def checks() -> tuple[Check, ...]:
    """Every check, in the order the report lists their families."""
    from drafting.checker import (
        alignment,
        numbers,
        obligations,
        policy,
        structure,
        style,
        terms,
        vires,
    )

    return (
        *structure.CHECKS,
        *terms.CHECKS,
        *numbers.CHECKS,
        *obligations.CHECKS,
        *policy.CHECKS,
        *vires.CHECKS,
        *alignment.CHECKS,
        *style.CHECKS,
    )


def check(
    instrument: Instrument,
    *,
    name: str = "",
    library: ClauseLibrary | None = None,
    profile: Profile | None = None,
    other: Instrument | None = None,
) -> Report:
    """The report on `instrument`. `profile` turns on the enabling-law checks and the
    country's currency and timetable; without it the country is recognised from the
    document when `library` is given. `other` is the same instrument in another language."""
    doc = build(instrument, name)
    if profile is None and library is not None:
        from drafting.checker.recognise import recognise

        profile = recognise(doc, library)
    ctx = Context(
        doc,
        profile=profile,
        library=library,
        other=build(other, name) if other is not None else None,
    )
    found: dict[tuple[str, str, str], Finding] = {}
    for run in checks():
        for finding in run(ctx):
            found.setdefault((finding.rule, finding.eid, finding.message), finding)
    order = {u.eid: u.index for u in doc.units}
    findings = sorted(
        found.values(), key=lambda f: (order.get(f.eid, -1 if not f.eid else 10**9), f.rule)
    )
    outline = Outline(
        parts=len(doc.parts),
        provisions=len(doc.sections),
        definitions=len(doc.definitions),
        schedules=len(doc.schedules),
        language=doc.language,
        country=str(profile.id) if profile is not None else "",
        title=doc.title,
    )
    return Report(document=doc.name, outline=outline, findings=tuple(findings))
