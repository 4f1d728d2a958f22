"""`python -m bench.checker_quality`: the checker's precision and recall on its quality
corpus (`tests/checker/corpus`: documents with one planted defect each, and clean
controls), per category and overall, against the targets of issue 15.

How the counts are made, per document of the corpus:
- each case lists the (rule, provision) pairs the checker must report (`expected`); a pair
  is *found* when the report has a finding of that rule at that provision or inside it
  ("8" is found by a finding at "8(4)"; a definition's finding may sit at the interpretation
  provision or at the definition; "" is the whole instrument);
- true positive: an expected pair found; false negative: an expected pair not found. Both
  count in the category of the expected rule (`drafting/checker/rules.py`);
- false positive: a distinct (rule, provision) of an error- or warning-severity finding
  that matches no expected pair of its document and whose rule is not one the planted
  defect may rightly cause elsewhere (`allowed`, e.g. duties left without a sanction when
  the offences provision is removed). It counts in the finding's category. Notes
  (severity info) are never false positives;
- recall = TP / (TP + FN); precision = TP / (TP + FP). "precision (edit)" counts only the
  false positives that the base document without the defect does not already produce:
  what the planted edit made the checker say, apart from what it says of the base anyway;
- a clean control (an unmodified base, or a plain regulation as typed) must have no
  error-severity finding at all.

Targets: recall at least 0.95 overall and 0.9 in every category, no error on a clean
control. The exit status is 1 when a target is missed."""

from __future__ import annotations

import sys
import time
from collections import Counter, defaultdict
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from drafting.checker.report import Report, Severity  # noqa: E402
from drafting.checker.rules import RULES  # noqa: E402
from drafting.library import ClauseLibrary, load_library  # noqa: E402
from tests.checker.corpus import CASES, Case, Corpus, Outcome, evaluate  # noqa: E402

TARGET_RECALL = 0.95
TARGET_CATEGORY_RECALL = 0.9


def _ratio(a: int, b: int) -> float | None:
    return a / b if b else None


def _show(value: float | None) -> str:
    return "   -  " if value is None else f"{value:6.3f}"


def _baseline_key(case: Case) -> tuple[object, ...]:
    return (case.kind, case.base, case.other, case.country, case.facts)


def run(corpus: Corpus) -> tuple[list[Outcome], dict[str, set[tuple[str, str]]]]:
    """Every case's outcome, and the (rule, provision) pairs each base already reports."""
    outcomes: list[Outcome] = []
    baselines: dict[tuple[object, ...], set[tuple[str, str]]] = {}
    new_alarms: dict[str, set[tuple[str, str]]] = {}
    for case in CASES:
        key = _baseline_key(case)
        if key not in baselines:
            clean = replace(case, id=f"{case.base}-baseline", defect=None, expected=frozenset())
            baselines[key] = _pairs(corpus.report(clean))
        outcome = evaluate(case, corpus.report(case))
        outcomes.append(outcome)
        new_alarms[case.id] = set(outcome.false_alarms) - baselines[key]
    return outcomes, new_alarms


def _pairs(report: Report) -> set[tuple[str, str]]:
    return {
        (f.rule, f.provision)
        for f in report.findings
        if f.severity in (Severity.ERROR, Severity.WARNING)
    }


def summarise(outcomes: list[Outcome], new_alarms: dict[str, set[tuple[str, str]]]) -> bool:
    tp: Counter[str] = Counter()
    fn: Counter[str] = Counter()
    fp: Counter[str] = Counter()
    fp_new: Counter[str] = Counter()
    docs: dict[str, set[str]] = defaultdict(set)
    for o in outcomes:
        for rule, _ in o.found:
            tp[str(RULES[rule].category)] += 1
        for rule, _ in o.missing:
            fn[str(RULES[rule].category)] += 1
        for rule, _ in o.case.expected:
            docs[str(RULES[rule].category)].add(o.case.id)
        for rule, _ in o.false_alarms:
            fp[str(RULES[rule].category)] += 1
        for rule, _ in new_alarms[o.case.id]:
            fp_new[str(RULES[rule].category)] += 1
    categories = sorted(set(docs) | set(fp))
    planted = [o for o in outcomes if not o.case.control]
    controls = [o for o in outcomes if o.case.control]
    print(
        f"corpus: {len(outcomes)} documents ({len(planted)} with a planted defect, "
        f"{len(controls)} clean controls), "
        f"{sum(len(o.case.expected) for o in outcomes)} expected findings"
    )
    print()
    head = (
        f"{'category':30s} {'docs':>4s} {'TP':>4s} {'FN':>4s} {'FP':>4s} {'FP(ed)':>6s} "
        f"{'recall':>6s} {'precision':>9s} {'prec(ed)':>8s}"
    )
    print(head)
    print("-" * len(head))
    ok = True
    for cat in categories:
        recall = _ratio(tp[cat], tp[cat] + fn[cat])
        mark = ""
        if recall is not None and recall < TARGET_CATEGORY_RECALL:
            ok = False
            mark = "  < 0.9"
        print(
            f"{cat:30s} {len(docs[cat]):4d} {tp[cat]:4d} {fn[cat]:4d} {fp[cat]:4d} "
            f"{fp_new[cat]:6d} {_show(recall)} {_show(_ratio(tp[cat], tp[cat] + fp[cat])):>9s} "
            f"{_show(_ratio(tp[cat], tp[cat] + fp_new[cat])):>8s}{mark}"
        )
    all_tp, all_fn = sum(tp.values()), sum(fn.values())
    all_fp, all_new = sum(fp.values()), sum(fp_new.values())
    recall = _ratio(all_tp, all_tp + all_fn)
    print("-" * len(head))
    print(
        f"{'overall':30s} {len(planted):4d} {all_tp:4d} {all_fn:4d} {all_fp:4d} {all_new:6d} "
        f"{_show(recall)} {_show(_ratio(all_tp, all_tp + all_fp)):>9s} "
        f"{_show(_ratio(all_tp, all_tp + all_new)):>8s}"
    )
    print()
    misses = [(o.case.id, rule, cite) for o in outcomes for rule, cite in sorted(o.missing)]
    if misses:
        print(f"expected findings not reported ({len(misses)}):")
        for case_id, rule, cite in misses:
            print(f"  {rule:7s} at {cite or '(whole instrument)':18s} {case_id}")
        print()
    unexpected = [
        (o.case.id, f)
        for o in planted
        for f in o.unexpected_errors
        if (f.rule, f.provision) in new_alarms[o.case.id]
    ]
    if unexpected:
        print(f"errors the planted edits caused that were not expected ({len(unexpected)}):")
        for case_id, f in unexpected:
            print(
                f"  {f.rule:7s} at {f.provision or '(whole instrument)':18s} {case_id}: {f.message}"
            )
        print()
    dirty = [
        (o.case.id, f) for o in controls for f in o.report.findings if f.severity is Severity.ERROR
    ]
    print(f"errors on clean controls: {len(dirty)}")
    for case_id, f in dirty:
        print(f"  {f.rule:7s} at {f.provision or '(whole instrument)':18s} {case_id}: {f.message}")
    print()
    overall_ok = recall is not None and recall >= TARGET_RECALL
    print(
        f"targets: recall >= {TARGET_RECALL} overall: {'PASS' if overall_ok else 'FAIL'}; "
        f">= {TARGET_CATEGORY_RECALL} in every category: {'PASS' if ok else 'FAIL'}; "
        f"no error on a clean control: {'PASS' if not dirty else 'FAIL'}"
    )
    passed = overall_ok and ok and not dirty
    print("PASS" if passed else "FAIL")
    return passed


def main(library: ClauseLibrary | None = None) -> int:
    start = time.perf_counter()
    corpus = Corpus(library or load_library(ROOT / "clauses"))
    outcomes, new_alarms = run(corpus)
    passed = summarise(outcomes, new_alarms)
    print(f"({time.perf_counter() - start:.0f} s)")
    return 0 if passed else 1


if __name__ == "__main__":
    sys.exit(main())
