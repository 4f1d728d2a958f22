"""`python -m bench.diff_cost`: the clause-aware diff against difflib's word diff.

Two drafts of about 300 regulations are synthesised from the Zambian example (its Parts
repeated with new numbers, as in `bench/checker_cost.py`, each copy keeping its own clause
ids): the second one has a word edited in every tenth regulation. Both diffs are timed in
this same run: `diff_instruments`, and difflib's SequenceMatcher over the word tokens of the
two full texts; the ratio of the two times is printed. Then one regulation is inserted near
the top of the long draft and every later regulation and reference renumbered: the count of
changes each reports is printed (ours: one addition plus renumbering, none of substance
besides it; difflib: its non-equal opcodes). difflib is slow on texts this long (about a
minute for each diff), so it runs once where ours runs three times. Prints only: it
asserts nothing."""

from __future__ import annotations

import re
import sys
from dataclasses import replace
from difflib import SequenceMatcher
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench.checker_cost import best_of, longer  # noqa: E402
from drafting.checker.document import build  # noqa: E402
from drafting.diff import diff_instruments  # noqa: E402
from drafting.library import ClauseLibrary, load_library  # noqa: E402
from drafting.model import (  # noqa: E402
    ClauseId,
    CrossRef,
    Inline,
    Instrument,
    Provision,
    ProvisionLevel,
    Text,
)
from tests.factories import make_example  # noqa: E402

TARGET_PROVISIONS = 300
_COPY = re.compile(r"^c(\d+)-")
_REFERENCE = re.compile(r"\b(regulations?)\s+(\d+)")


def synthesise(library: ClauseLibrary) -> Instrument:
    """About TARGET_PROVISIONS regulations; each copy's clause ids and references its own."""
    draft = make_example(library, "ZM")
    per_copy = len(draft.sections()) - len(draft.body[0].children)
    copies = 1 + -(-(TARGET_PROVISIONS - len(draft.sections())) // per_copy)
    long = longer(draft, copies)
    eids = {p.eid for s in long.sections() for p in _walk(s)}
    return replace(long, body=tuple(_own(p, eids) for p in long.body))


def _walk(p: Provision) -> list[Provision]:
    return [p, *(q for c in p.children for q in _walk(c))]


def _own(p: Provision, eids: set[str]) -> Provision:
    """A copied provision with a clause id of its own and references to its own copy."""
    copy = _COPY.match(p.eid)
    source = p.source
    if copy and source:
        source = ClauseId(f"{source}~{copy.group(1)}")
    content = tuple(_fix(i, copy.group(0) if copy else "", eids) for i in p.content)
    return replace(
        p, source=source, content=content, children=tuple(_own(c, eids) for c in p.children)
    )


def _fix(item: Inline, prefix: str, eids: set[str]) -> Inline:
    if not isinstance(item, CrossRef) or item.instrument:
        return item
    bare = re.sub(r"^c\d+-", "", item.eid)
    mine = prefix + bare
    return replace(item, eid=mine if mine in eids else bare)


def edited(draft: Instrument) -> Instrument:
    """Every tenth regulation with its first "shall" made "must"."""
    wanted = {s.eid for n, s in enumerate(draft.sections()) if n % 10 == 5}

    def edit(p: Provision) -> Provision:
        children = tuple(edit(c) for c in p.children)
        if p.eid not in wanted:
            return replace(p, children=children)
        first = next((c for c in _walk(p) if any("shall" in i.text for i in c.content)), None)
        return _retext(replace(p, children=children), first.eid if first else "")

    return replace(draft, body=tuple(edit(p) for p in draft.body))


def _retext(p: Provision, eid: str) -> Provision:
    if p.eid == eid:
        text = "".join(i.text for i in p.content).replace("shall", "must", 1)
        return replace(p, content=(Text(text=text),))
    return replace(p, children=tuple(_retext(c, eid) for c in p.children))


def inserted(draft: Instrument) -> Instrument:
    """A new regulation 3; every later regulation and reference to one moves up by one."""
    low = 3

    def shift(text: str) -> str:
        return _REFERENCE.sub(
            lambda m: (
                f"{m.group(1)} {int(m.group(2)) + 1 if int(m.group(2)) >= low else m.group(2)}"
            ),
            text,
        )

    def renumber(p: Provision, top: bool) -> Provision:
        num = str(int(p.num) + 1) if top and int(p.num) >= low else p.num
        content = tuple(
            replace(i, text=shift(i.text)) if isinstance(i, CrossRef) else i for i in p.content
        )
        return replace(
            p,
            num=num,
            label=f"{num}." if top else p.label,
            content=content,
            children=tuple(renumber(c, False) for c in p.children),
        )

    new = Provision(
        eid="sec_new",
        level=ProvisionLevel.SECTION,
        num=str(low),
        label=f"{low}.",
        heading="Objects of these Regulations",
        content=(Text(text="These Regulations protect health and the environment from e-waste."),),
    )
    body = []
    for part in draft.body:
        children = [renumber(s, True) for s in part.children]
        if any(s.num == str(low - 1) for s in part.children):
            at = next(n for n, s in enumerate(part.children) if s.num == str(low - 1)) + 1
            children.insert(at, new)
        body.append(replace(part, children=tuple(children)))
    schedules = tuple(replace(s, referred_by=shift(s.referred_by)) for s in draft.schedules)
    return replace(draft, body=tuple(body), schedules=schedules)


def word_diff(old: Instrument, new: Instrument) -> list[tuple[str, int, int, int, int]]:
    """difflib over the words of the two full texts (spaces left out: with them as tokens
    difflib takes several minutes on these drafts)."""
    a, b = build(old).text().split(), build(new).text().split()
    return SequenceMatcher(None, a, b).get_opcodes()


def measure(library: ClauseLibrary) -> None:
    old = synthesise(library)
    new = edited(old)
    ours_s = best_of(3, lambda: diff_instruments(old, new))
    difflib_s = best_of(1, lambda: word_diff(old, new))  # about a minute: run once
    diff = diff_instruments(old, new)
    words = len(build(old).text().split())
    print(
        f"two drafts of {len(old.sections())} regulations (~{words} words), a word edited in "
        f"every tenth: {len(diff.changes)} changes"
    )
    print(f"diff_instruments:        {ours_s:6.3f} s")
    print(f"difflib word diff:       {difflib_s:6.3f} s")
    print(
        f"ratio ours/difflib:      {ours_s / difflib_s:6.3f}  "
        f"(difflib takes {difflib_s / ours_s:.0f} times as long)"
    )
    longer_one = inserted(old)
    diff = diff_instruments(old, longer_one)
    summary = {k: v for k, v in diff.summary().items() if v}
    opcodes = [op for op in word_diff(old, longer_one) if op[0] != "equal"]
    print(
        f"one regulation inserted near the top: ours {len(diff.changes)} changes "
        f"({', '.join(f'{v} {k}' for k, v in summary.items())}; "
        f"{len(diff.substantive)} of substance); difflib {len(opcodes)} changed word runs"
    )


def main() -> int:
    measure(load_library(ROOT / "clauses"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
