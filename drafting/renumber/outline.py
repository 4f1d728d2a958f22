"""The numbered units of an edited document, their old and new numbers, and which unit
each old number names.

Old numbers are the ones the editor left: after an insertion two provisions may print the
same number, after a move a number may come out of order. A reference names the number its
target had when the reference was written, which is the number of the provision that held
it before the edit. That holder is found in the longest run of units whose numbers rise in
document order (the units the editor did not touch keep their order): a number printed once
is held by its unit wherever it now stands (a moved provision keeps its references); a
number printed twice is held by the unit that continues the rising run, and when both
could, by the first (a provision copied to make a new one is usually pasted after the
original). The other units are new: no reference written before the edit names them."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

from drafting.importer.docx import DocxOutline, OutlineUnit
from drafting.model import ProvisionLevel
from drafting.renumber.numbers import Token, render, section_token, token

# (parent unit index, or -1 for the whole body; level; numbered): the unnumbered
# sub-provisions of Rwanda and Paraguay are units too, so that each keeps its own paragraphs.
GroupKey = tuple[int, ProvisionLevel, bool]


@dataclass(slots=True)
class Group:
    """Units numbered in one sequence: the provisions of the whole instrument (numbered
    continuously across parts), the parts, or one unit's children at one level."""

    members: list[int] = field(default_factory=list)
    holders: dict[int, int] = field(default_factory=dict)  # old value -> unit index
    fixed: bool = False  # a number that cannot be read ("12A"): the sequence is left alone


@dataclass(slots=True)
class Unit:
    index: int
    unit: OutlineUnit
    token: Token | None
    old: int | None
    new: int | None = None
    new_label: str = ""
    new_number: str = ""  # the number in the new label, as printed ("b", "10", "IV")
    children: dict[ProvisionLevel, GroupKey] = field(default_factory=dict)

    @property
    def level(self) -> ProvisionLevel:
        return self.unit.level


class Numbering:
    """The units of an outline with their old and new numbers."""

    def __init__(self, outline: DocxOutline) -> None:
        self.outline = outline
        self.units: list[Unit] = []
        for i, raw in enumerate(outline.units):
            found = token(raw.label, raw.level)
            old = found.value(raw.label) if found is not None else None
            self.units.append(Unit(i, raw, found, old))
        sections = [u for u in self.units if u.level is ProvisionLevel.SECTION]
        self.ordinal_sign = outline.language == "es" and any(
            "°" in u.unit.label or "º" in u.unit.label for u in sections
        )
        self.groups: dict[GroupKey, Group] = {}
        for u in self.units:
            key = self._group_key(u)
            self.groups.setdefault(key, Group()).members.append(u.index)
            if u.unit.parent is not None and key[0] == u.unit.parent and key[2]:
                self.units[u.unit.parent].children.setdefault(u.level, key)
        for group in self.groups.values():
            self._number(group)

    def _group_key(self, u: Unit) -> GroupKey:
        numbered = bool(u.unit.label)
        if u.level in (ProvisionLevel.SECTION, ProvisionLevel.PART):
            return (-1, u.level, numbered)
        return (u.unit.parent if u.unit.parent is not None else -1, u.level, numbered)

    def _number(self, group: Group) -> None:
        units = [self.units[i] for i in group.members]
        if any(u.old is None or u.token is None for u in units):
            group.fixed = True
            for u in units:
                u.new, u.new_label, u.new_number = u.old, u.unit.label, u.unit.num
            return
        values = [u.old or 0 for u in units]
        rising = set(_longest_rising(values))
        counts: dict[int, int] = {}
        for v in values:
            counts[v] = counts.get(v, 0) + 1
        for position, u in enumerate(units):
            value = values[position]
            if counts[value] == 1 or position in rising:
                group.holders.setdefault(value, u.index)
        for position, u in enumerate(units):
            value = values[position]
            group.holders.setdefault(value, u.index)  # no copy continues the run: the first
            u.new = position + 1
            u.new_label = self.label(u, position + 1)
            t = u.token
            assert t is not None
            u.new_number = u.new_label[t.start : len(u.new_label) - (len(u.unit.label) - t.end)]

    def label(self, u: Unit, value: int) -> str:
        """The unit's label with `value` in place of its number, in the same style."""
        t = u.token
        assert t is not None
        label = u.unit.label
        old = label[t.start : t.end]
        if u.level is ProvisionLevel.SECTION:
            number = section_token(value, old, ordinal_sign=self.ordinal_sign)
        else:
            number = render(value, old, t.kind)
        return label[: t.start] + number + label[t.end :]

    # --- looking units up ---------------------------------------------------------------------

    def holder(self, key: GroupKey, value: int) -> Unit | None:
        group = self.groups.get(key)
        if group is None or group.fixed:
            return None
        index = group.holders.get(value)
        return self.units[index] if index is not None else None

    def has_group(self, key: GroupKey) -> bool:
        return key in self.groups and not self.groups[key].fixed

    def ancestors(self, index: int) -> Iterator[Unit]:
        """The unit and those that contain it, nearest first."""
        current: int | None = index
        while current is not None:
            u = self.units[current]
            yield u
            current = u.unit.parent

    def section_of(self, index: int) -> Unit | None:
        return next((u for u in self.ancestors(index) if u.level is ProvisionLevel.SECTION), None)

    def cite(self, index: int, *, new: bool) -> str:
        """A unit's citation, from its provision down: "12(3)(b)", or a part's label."""
        chain = list(self.ancestors(index))[::-1]
        out = ""
        for u in chain:
            if u.level is ProvisionLevel.PART:
                if u is chain[-1]:
                    return u.new_label if new else u.unit.label
                continue
            number = (u.new_number if new and u.new_number else u.unit.num).rstrip("°º")
            if u.level is ProvisionLevel.SECTION:
                out = number
            elif not number:
                continue  # a definition without a number
            else:
                out += f"({number})"
        return out


def _longest_rising(values: list[int]) -> list[int]:
    """Positions of a longest strictly rising subsequence; among equals, the earliest."""
    n = len(values)
    length = [1] * n
    before = [-1] * n
    for i in range(n):
        for j in range(i):
            if values[j] < values[i] and length[j] + 1 > length[i]:
                length[i], before[i] = length[j] + 1, j
    if not n:
        return []
    best = max(length)
    end = next(i for i in range(n) if length[i] == best)
    out: list[int] = []
    while end >= 0:
        out.append(end)
        end = before[end]
    return out[::-1]
