"""The checker against its quality corpus (`tests/checker/corpus`): every document with a
planted defect reports the expected findings (rule and provision) and no error it should
not; every clean control reports no error.

The corpus tests build the whole library, render and import Word files and run the French
and Spanish pipelines: they are marked slow. The corpus's own shape (size, coverage of the
rule codes, languages and forms) is checked without the checker, fast."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest

from drafting.checker.report import Severity
from drafting.checker.rules import RULES
from drafting.library import ClauseLibrary
from tests.checker.corpus import BASES, CASES, Case, Corpus, cite_matches, evaluate
from tests.checker.corpus.build import planted

CHECKER = Path(__file__).resolve().parents[2] / "drafting" / "checker"


@pytest.fixture(scope="session")
def corpus(library: ClauseLibrary) -> Corpus:
    return Corpus(library)


def implemented_rules() -> set[str]:
    """The rule codes the checker's modules can report (they name them in their source)."""
    codes: set[str] = set()
    for path in CHECKER.glob("*.py"):
        if path.name == "rules.py":
            continue
        codes |= set(re.findall(r"\b(?:[A-Z]{2,5}\d{3}|POL\d{2})\b", path.read_text("utf-8")))
    return codes & set(RULES)


@pytest.mark.slow
@pytest.mark.parametrize("case", [c for c in CASES if not c.control], ids=lambda c: c.id)
def test_planted_defect_is_reported(corpus: Corpus, case: Case) -> None:
    assert list(planted(corpus, case)), f"{case.id}: the defect changed nothing"
    outcome = evaluate(case, corpus.report(case))
    if outcome.missing or outcome.unexpected_errors:
        pytest.fail(outcome.explain(), pytrace=False)


@pytest.mark.slow
@pytest.mark.parametrize("case", [c for c in CASES if c.control], ids=lambda c: c.id)
def test_clean_control_has_no_error(corpus: Corpus, case: Case) -> None:
    report = corpus.report(case)
    if any(f.severity is Severity.ERROR for f in report.findings):
        pytest.fail(evaluate(case, report).explain(), pytrace=False)


def test_corpus_size_and_controls() -> None:
    ids = [c.id for c in CASES]
    assert len(ids) == len(set(ids)), "case ids are unique"
    assert len(CASES) >= 72
    controls = [c for c in CASES if c.control]
    assert len(controls) >= 8
    assert all(not c.expected for c in controls)
    assert all(c.expected or c.id.endswith("not-a-party") for c in CASES if not c.control)


def test_corpus_spans_languages_forms_and_kinds() -> None:
    planted_cases = [c for c in CASES if not c.control]
    assert {c.language for c in planted_cases} == {"en", "fr", "es"}
    assert {c.form for c in planted_cases} == {"ZM", "RW", "PY", "plain"}
    assert {c.kind for c in planted_cases} == {"docx", "model"}
    assert {BASES[c.base].auto for c in planted_cases} == {True, False}
    plain = {c.base for c in planted_cases if c.form == "plain"}
    assert {"plain-en", "plain-fr", "plain-es"} <= plain


def test_every_category_has_at_least_two_documents() -> None:
    per_category: Counter[str] = Counter()
    for c in CASES:
        for category in {RULES[rule].category for rule, _ in c.expected}:
            per_category[str(category)] += 1
    categories = {str(r.category) for r in RULES.values()}
    thin = {cat: per_category[cat] for cat in categories if per_category[cat] < 2}
    assert not thin, f"categories with fewer than two documents: {thin}"


def test_every_implemented_rule_is_planted() -> None:
    planted_rules = {rule for c in CASES for rule, _ in c.expected}
    missing = implemented_rules() - planted_rules
    assert not missing, f"rules the checker implements with no document in the corpus: {missing}"
    assert all(rule in RULES for rule in planted_rules)


def test_expected_provisions_match_as_the_document_numbers_them() -> None:
    assert cite_matches("2", "2 “producer”")
    assert cite_matches("2", "2(5)")
    assert cite_matches("5(1)(4°)", "5(1)(4°)")
    assert cite_matches("3°(1)", "3°(1)(a)")
    assert cite_matches("14|12", "12")
    assert cite_matches("", "")
    assert not cite_matches("", "12")
    assert not cite_matches("1", "12")
    assert not cite_matches("12(3)", "12")
    assert not cite_matches("Annex II", "Annex III")
