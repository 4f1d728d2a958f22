"""`python -m bench.checker_cost`: the checker's cost as a document grows.

The Zambian example draft is checked as it is, then ten times longer: its Parts II to XI
repeated nine more times with new Part and regulation numbers (regulation 5 of the second
copy is regulation 42, and so on), the references to a repeated regulation renumbered with
it, so the long draft is as consistent as the short one and the checker has the same kind
of work to do on every copy. The ratio of the two times should stay near 10 (target at
most 11: linear cost). Then a regulation of at least 100 pages (counted at 400 words a
page) is checked once the language pipeline is built (target under one second).

Each time is the best of several runs after a warm-up run that builds the language
pipeline. Prints only: it asserts nothing (`bench/__main__.py` runs it with the rest)."""

from __future__ import annotations

import math
import re
import sys
import time
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from drafting.checker import check  # noqa: E402
from drafting.checker.document import build  # noqa: E402
from drafting.formats import roman  # noqa: E402
from drafting.library import ClauseLibrary, load_library  # noqa: E402
from drafting.model import CrossRef, Inline, Instrument, Provision, ProvisionLevel  # noqa: E402
from tests.factories import make_example  # noqa: E402

TARGET_RATIO = 11.0
TARGET_100_PAGES_SECONDS = 1.0
WORDS_PER_PAGE = 400

_REFERENCE = re.compile(
    r"\b(regulations?)\s+(\d+(?:\s*\(\w+\))*(?:(?:,\s*|\s+(?:and|or|to)\s+)\d+(?:\s*\(\w+\))*)*)"
)
_NUMBER = re.compile(r"(?<![(\w])(\d+)(?![\w)])")


def best_of(runs: int, work: Callable[[], object]) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return min(times)


def words(instrument: Instrument) -> int:
    return len(build(instrument).text().split())


def longer(instrument: Instrument, copies: int) -> Instrument:
    """The instrument with its Parts after the first repeated until there are `copies` of
    them, renumbered (Parts, regulations and the references to them)."""
    first, *rest = instrument.body
    repeated = [p for p in rest if p.level is ProvisionLevel.PART]
    numbers = [int(s.num) for p in repeated for s in p.children]
    low, step = min(numbers), len(numbers)
    body = [first, *rest]
    part_no = len(repeated) + 1  # Parts I..XI: the copies continue from XII
    for k in range(1, copies):
        offset = k * step
        for part in repeated:
            part_no += 1
            body.append(
                replace(
                    part,
                    eid=f"c{k}-{part.eid}",
                    num=roman(part_no),
                    label=f"PART {roman(part_no)}",
                    children=tuple(_renumbered(s, k, offset, low) for s in part.children),
                )
            )
    return replace(instrument, body=tuple(body))


def _renumbered(p: Provision, k: int, offset: int, low: int) -> Provision:
    section = p.level is ProvisionLevel.SECTION
    num = str(int(p.num) + offset) if section else p.num
    return replace(
        p,
        eid=f"c{k}-{p.eid}",
        num=num,
        label=f"{num}." if section else p.label,
        content=_inlines(p.content, offset, low),
        after=_inlines(p.after, offset, low),
        children=tuple(_renumbered(c, k, offset, low) for c in p.children),
    )


def _inlines(content: tuple[Inline, ...], offset: int, low: int) -> tuple[Inline, ...]:
    out: list[Inline] = []
    for item in content:
        text = _REFERENCE.sub(lambda m: _shift(m, offset, low), item.text)
        if isinstance(item, CrossRef) and not item.instrument:
            out.append(replace(item, text=text, eid=f"c{offset}-{item.eid}"))
        else:
            out.append(replace(item, text=text))
    return tuple(out)


def _shift(match: re.Match[str], offset: int, low: int) -> str:
    def one(m: re.Match[str]) -> str:
        n = int(m.group(1))
        return str(n + offset) if n >= low else m.group(1)

    return f"{match.group(1)} {_NUMBER.sub(one, match.group(2))}"


def measure(library: ClauseLibrary) -> None:
    draft = make_example(library, "ZM")
    check(draft, library=library)  # builds the language pipeline
    long = longer(draft, 10)
    short_words, long_words = words(draft), words(long)
    short_report = check(draft, library=library)
    long_report = check(long, library=library)
    short_s = best_of(3, lambda: check(draft, library=library))
    long_s = best_of(3, lambda: check(long, library=library))
    ratio = long_s / short_s
    print(
        f"ZM example draft:        {short_words:7d} words ({short_words / WORDS_PER_PAGE:5.0f} "
        f"pages), {len(build(draft).units):5d} units, checked in {short_s:6.3f} s "
        f"({short_report.errors} errors, {len(short_report.findings)} findings)"
    )
    print(
        f"the same, ten times:     {long_words:7d} words ({long_words / WORDS_PER_PAGE:5.0f} "
        f"pages), {len(build(long).units):5d} units, checked in {long_s:6.3f} s "
        f"({long_report.errors} errors, {len(long_report.findings)} findings)"
    )
    print(
        f"ratio:                   {ratio:6.2f}x   (target <= {TARGET_RATIO:g}x: "
        f"{'OK' if ratio <= TARGET_RATIO else 'SLOWER THAN THE TARGET'})"
    )
    per_copy = max(1, (long_words - short_words) // 9)
    copies = 1 + max(0, math.ceil((100 * WORDS_PER_PAGE - short_words) / per_copy))
    hundred = longer(draft, copies)
    pages = words(hundred) / WORDS_PER_PAGE
    check(hundred, library=library)
    seconds = best_of(3, lambda: check(hundred, library=library))
    print(
        f"a {pages:.0f}-page regulation:  checked in {seconds:6.3f} s with the pipeline built "
        f"(target < {TARGET_100_PAGES_SECONDS:g} s: "
        f"{'OK' if seconds < TARGET_100_PAGES_SECONDS else 'SLOWER THAN THE TARGET'})"
    )


def main() -> int:
    measure(load_library(ROOT / "clauses"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
