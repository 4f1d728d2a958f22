"""Property: every draft the assembler builds from random valid answers has no
error-severity finding, as the draft model and as its Word file read back (the path of
`check FILE`), in every language (Zambia in English, Rwanda in English and French, Paraguay
in Spanish) and every layout: the regulation in its country's form, the companion bill
when the answers call for one, and Rwanda's parallel English/French document, whose two
versions are also checked against each other (language alignment).

Our drafts are consistent by construction: an error here is a false alarm of the checker.
Hypothesis prints the (shrunk) answers that produced it; the message names the findings.
The answers are drawn straight from the strategy (not through `st.data()` and the library
fixture, with which hypothesis finds the strategy inconsistent when it shrinks)."""

from __future__ import annotations

from functools import cache
from typing import Any

import pytest
from hypothesis import HealthCheck, given, reject, settings
from hypothesis import strategies as st

from drafting.answers import validate_answers
from drafting.assemble import assemble
from drafting.checker import check
from drafting.checker.files import check_files, load_versions
from drafting.checker.report import Report, Severity
from drafting.errors import AnswersError, Code
from drafting.library import ClauseLibrary, load_library
from drafting.model import Answers, Instrument, InstrumentKind
from drafting.render.docx import render_docx
from drafting.render.parallel import render_docx_parallel
from tests.conftest import CLAUSES
from tests.strategies import answer_sets

CASES = [("ZM", "en"), ("RW", "en"), ("RW", "fr"), ("PY", "es")]


@cache
def _library() -> ClauseLibrary:
    """The real library, loaded when the first answers are drawn."""
    return load_library(CLAUSES)


ANSWERS = st.deferred(lambda: answer_sets(_library()))
SETTINGS = settings(
    max_examples=15,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
)


def _answers(library: ClauseLibrary, country: str, lang: str, raw: dict[str, Any]) -> Answers:
    """The validated answers, or a rejected draw: refused combinations and timetables are a
    valid outcome for random answers, not a failure."""
    try:
        return validate_answers(library, library.profile(country), raw, lang)
    except AnswersError as exc:
        if all(p.code in (Code.REFUSED_COMBINATION, Code.TIMETABLE_CONFLICT) for p in exc.problems):
            reject()
        raise


def _drafts(library: ClauseLibrary, country: str, lang: str, answers: Answers) -> list[Instrument]:
    profile = library.profile(country)
    regulation = assemble(library, profile, answers, lang)
    drafts = [regulation]
    if regulation.companion:
        drafts.append(assemble(library, profile, answers, lang, InstrumentKind.BILL))
    return drafts


def _errors(report: Report) -> str:
    return "; ".join(
        f"{f.rule} at {f.provision or '(whole instrument)'}: {f.message} [{f.evidence}]"
        for f in report.findings
        if f.severity is Severity.ERROR
    )


def assert_no_error(report: Report, what: str) -> None:
    assert report.errors == 0, f"{what}: {_errors(report)}"


@pytest.mark.slow
@pytest.mark.parametrize(("country", "lang"), CASES)
@SETTINGS
@given(raw=ANSWERS)
def test_assembled_drafts_have_no_error(country: str, lang: str, raw: dict[str, Any]) -> None:
    library = _library()
    answers = _answers(library, country, lang, raw)
    for draft in _drafts(library, country, lang, answers):
        kind = f"{country} {lang} {draft.kind}"
        assert_no_error(check(draft, name=kind, library=library), f"{kind} (model)")
        word = check_files(render_docx(draft, drafting_notes=False), "draft.docx", library=library)
        assert_no_error(word, f"{kind} (Word file)")


@pytest.mark.slow
@SETTINGS
@given(raw=ANSWERS)
def test_rwanda_language_versions_have_no_error(raw: dict[str, Any]) -> None:
    library = _library()
    en_answers = _answers(library, "RW", "en", raw)
    fr_answers = _answers(library, "RW", "fr", raw)
    profile = library.profile("RW")
    en = assemble(library, profile, en_answers, "en")
    fr = assemble(library, profile, fr_answers, "fr")
    assert_no_error(check(en, library=library, other=fr), "RW en against fr (models)")
    assert_no_error(check(fr, library=library, other=en), "RW fr against en (models)")
    parallel = render_docx_parallel(
        [en, fr], translator=profile.translator_labels, drafting_notes=False
    )
    versions = load_versions(parallel, "parallel.docx")
    assert [v.language for v in versions] == ["en", "fr"], "read as its two language versions"
    for this, other in ((versions[0], versions[1]), (versions[1], versions[0])):
        report = check(this, name="parallel.docx", library=library, other=other)
        assert_no_error(report, f"RW parallel Word document, {this.language} version")
