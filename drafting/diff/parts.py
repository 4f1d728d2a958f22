"""The Parts (chapters) of two drafts compared: a Part added, removed, renamed or only
renumbered (PART III -> PART IV, same heading: not a change of substance)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace

from drafting.diff.align import merged, normal
from drafting.diff.model import Change, Segment
from drafting.diff.words import word_segments
from drafting.model import Instrument, Provision, ProvisionLevel


@dataclass(frozen=True, slots=True, kw_only=True)
class PartChange:
    """A Part's change, the provision it is reported before (("new"|"old", eid), or None
    for a Part without provisions: after the last provision) and the provisions in it
    whose answers explain an added or removed Part."""

    change: Change
    before: tuple[str, str] | None
    old_eids: tuple[str, ...] = ()
    new_eids: tuple[str, ...] = ()


def parts(instrument: Instrument) -> list[Provision]:
    return [p for p in instrument.body if p.level is ProvisionLevel.PART]


def part_pairs(
    old: Instrument, new: Instrument, provisions: Sequence[tuple[int | None, int | None]]
) -> list[tuple[int | None, int | None]]:
    """Parts paired by the provisions they hold (most provisions paired in common first),
    then the rest by the same heading; in the new draft's order, as `align.merged`."""
    a, b = parts(old), parts(new)
    old_part = _part_of(a)
    new_part = _part_of(b)
    sections_old, sections_new = old.sections(), new.sections()
    shared: Counter[tuple[int, int]] = Counter()
    for i, j in provisions:
        if i is None or j is None:
            continue
        pi = old_part.get(sections_old[i].eid)
        pj = new_part.get(sections_new[j].eid)
        if pi is not None and pj is not None:
            shared[(pi, pj)] += 1
    matches: dict[int, int] = {}
    for (pi, pj), _ in sorted(shared.items(), key=lambda x: (-x[1], x[0])):
        if pi not in matches and pj not in matches.values():
            matches[pi] = pj
    headings: dict[str, list[int]] = {}
    for pj in range(len(b)):
        if pj not in matches.values():
            headings.setdefault(normal(b[pj].heading or ""), []).append(pj)
    for pi in range(len(a)):
        found = headings.get(normal(a[pi].heading or ""))
        if pi not in matches and found and a[pi].heading:
            matches[pi] = found.pop(0)
    return merged(matches, len(a), len(b))


def _part_of(items: Sequence[Provision]) -> dict[str, int]:
    return {child.eid: n for n, part in enumerate(items) for child in part.children}


def part_changes(
    old: Instrument, new: Instrument, provisions: Sequence[tuple[int | None, int | None]]
) -> list[PartChange]:
    """The Parts added, removed, renamed (a "modified" Part, its heading's words as
    segments) or renumbered only ("renumbered", not substantive)."""
    a, b = parts(old), parts(new)
    out: list[PartChange] = []
    for pi, pj in part_pairs(old, new, provisions):
        o = None if pi is None else a[pi]
        n = None if pj is None else b[pj]
        base = Change(
            id="",
            type="modified",
            unit="part",
            old_number=o.num if o else "",
            new_number=n.num if n else "",
            old_eid=o.eid if o else "",
            new_eid=n.eid if n else "",
            heading=(n.heading if n else o.heading if o else "") or "",
        )
        if o is not None and n is not None:
            before = ("new", n.children[0].eid) if n.children else None
            if normal(o.heading or "") != normal(n.heading or ""):
                segments = word_segments(o.heading or "", n.heading or "")
                out.append(PartChange(change=replace(base, segments=segments), before=before))
            elif o.num != n.num:
                renumbered = replace(base, type="renumbered", substantive=False)
                out.append(PartChange(change=renumbered, before=before))
        elif n is not None:
            added = replace(
                base, type="added", segments=(Segment(op="insert", text=n.heading or ""),)
            )
            before = ("new", n.children[0].eid) if n.children else None
            eids = tuple(c.eid for c in n.children)
            out.append(PartChange(change=added, before=before, new_eids=eids))
        elif o is not None:
            removed = replace(
                base, type="removed", segments=(Segment(op="delete", text=o.heading or ""),)
            )
            before = ("old", o.children[0].eid) if o.children else None
            eids = tuple(c.eid for c in o.children)
            out.append(PartChange(change=removed, before=before, old_eids=eids))
    return out
