"""What renumbering changes in an edited document: each label out of sequence, each
cross-reference whose target's number changes (in the body's paragraphs and in its tables'
cells), each entry of the arrangement (renumbered, or inserted or deleted whole), and the
references that cannot be resolved.

Offsets count in the paragraph's text as `drafting.importer.ooxml` reads it (with the label
of automatic numbering, which is never edited: Word renumbers it itself); in a table cell,
in the paragraph's visible text."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from drafting.checker.xrefs import references
from drafting.importer.docx import DocxOutline
from drafting.importer.ooxml import Element, Grid, Para, W, table_elements
from drafting.model import ProvisionLevel
from drafting.redline.tracked import visible_text
from drafting.renumber.numbers import kind_of, render, section_token, token, value_of
from drafting.renumber.outline import Numbering, Unit
from drafting.renumber.refs import PART, Component, Item, Slot, components

_ENTRY_NUMBER = re.compile(r"\d+[°º]?")
_PART_ENTRY = re.compile(
    r"^(?:PART|Part|CHAPTER|Chapter|CHAPITRE|Chapitre|CAP[IÍ]TULO|Cap[ií]tulo)\s+\w+\b"
)
_LEVELS = {
    1: ProvisionLevel.SUBSECTION,
    2: ProvisionLevel.PARAGRAPH,
    3: ProvisionLevel.SUBPARAGRAPH,
}


def _level(slot: Slot) -> ProvisionLevel | None:
    """The level a number names; "paragraph 2" (Rwanda's English, where "item 3°" is a
    paragraph) names a sub-provision."""
    level = _LEVELS.get(slot.level)
    bare = slot.text.strip()
    if level is ProvisionLevel.PARAGRAPH and bare.isdigit():
        return ProvisionLevel.SUBSECTION
    return level


@dataclass(frozen=True, slots=True, kw_only=True)
class Change:
    """One replacement in a paragraph: a label renumbered ("label"), a reference updated
    ("reference") or an entry of the arrangement ("arrangement")."""

    kind: str
    block: int
    start: int
    end: int
    old: str
    new: str
    where: str  # the provision where it stands, in the new numbering ("12(3)"), or ""
    cell: int = -1  # in a table: the index of the paragraph among the table's `w:p`
    whole: bool = False  # a whole entry of the arrangement inserted (old "") or deleted


@dataclass(frozen=True, slots=True, kw_only=True)
class Entry:
    """An entry of the arrangement deleted (the one at `anchor`, when `text` is "") or
    inserted: `text`, in the formatting of the entry at `anchor`, placed right after it
    (or, with `before`, right before it)."""

    anchor: int
    text: str = ""
    before: bool = False
    where: str = ""  # the new provision, in the new numbering


@dataclass(frozen=True, slots=True, kw_only=True)
class Unresolved:
    """A reference whose target is not in the document (deleted, or never there)."""

    where: str
    text: str
    reason: str


@dataclass(slots=True)
class Plan:
    changes: list[Change] = field(default_factory=list)
    unresolved: list[Unresolved] = field(default_factory=list)
    renumbered: list[tuple[str, str]] = field(default_factory=list)  # (old cite, new cite)
    # The paragraphs (`w:p`) of each table of the body and schedules, by block index.
    cells: dict[int, list[Element]] = field(default_factory=dict)
    entries: list[Entry] = field(default_factory=list)  # of the arrangement, whole


class _Planner:
    def __init__(self, outline: DocxOutline) -> None:
        self.outline = outline
        self.blocks = outline.editable.document.blocks
        self.numbering = Numbering(outline)
        self.plan = Plan()
        self.language = outline.language
        self.labels: dict[int, list[tuple[int, int]]] = {}  # label spans by block
        for block, table in table_elements(outline.editable).items():
            if outline.body_start <= block < outline.body_end:
                self.plan.cells[block] = list(table.iter(f"{{{W}}}p"))
        # The innermost unit whose label has been read at each block of the body.
        self.context: dict[int, int] = {}
        units = self.numbering.units
        position = 0
        current: int | None = None
        for block in range(outline.body_start, outline.schedules_start):
            while position < len(units) and units[position].unit.block <= block:
                current = position
                position += 1
            if current is not None:
                self.context[block] = current

    def run(self) -> Plan:
        self._labels()
        for block in range(self.outline.body_start, self.outline.body_end):
            self._references(block)
        self._arrangement()
        return self.plan

    # --- labels ----------------------------------------------------------------------------

    def _labels(self) -> None:
        cursor: dict[int, int] = {}
        for u in self.numbering.units:
            para = self.blocks[u.unit.block]
            if not isinstance(para, Para):
                continue
            start = para.text.find(u.unit.label, cursor.get(u.unit.block, 0))
            if start < 0:
                continue
            cursor[u.unit.block] = start + len(u.unit.label)
            self.labels.setdefault(u.unit.block, []).append((start, start + len(u.unit.label)))
            if not u.unit.label or u.new_label == u.unit.label:
                continue
            old_cite = self.numbering.cite(u.index, new=False)
            new_cite = self.numbering.cite(u.index, new=True)
            self.plan.renumbered.append((old_cite, new_cite))
            if para.label and start < len(para.label):
                continue  # Word's automatic numbering: Word renumbers it
            assert u.token is not None
            tail = len(u.unit.label) - u.token.end  # what follows the number in the label
            self.plan.changes.append(
                Change(
                    kind="label",
                    block=u.unit.block,
                    start=start + u.token.start,
                    end=start + u.token.end,
                    old=u.unit.label[u.token.start : u.token.end],
                    new=u.new_label[u.token.start : len(u.new_label) - tail],
                    where=new_cite,
                )
            )

    # --- references ------------------------------------------------------------------------

    def _where(self, block: int) -> str:
        index = self.context.get(block)
        if index is not None:
            return self.numbering.cite(index, new=True)
        if block >= self.outline.schedules_start:
            return "schedules"
        return ""

    def _references(self, block: int) -> None:
        para = self.blocks[block]
        if isinstance(para, Grid):
            for cell, element in enumerate(self.plan.cells.get(block, ())):
                self._text_references(block, visible_text(element), cell)
            return
        if not isinstance(para, Para) or self.outline.editable.elements[block] is None:
            return
        self._text_references(block, para.text, -1)

    def _text_references(self, block: int, text: str, cell: int) -> None:
        """The references of a paragraph's text: the body's paragraph at `block`, or (`cell`
        0 or more) a paragraph of the table at `block`."""
        labels = self.labels.get(block, ()) if cell < 0 else ()
        for ref in references(text, self.language):
            if ref.external or any(s < ref.end and ref.start < e for s, e in labels):
                continue  # another law's, or a provision's own label ("Art. 4°.-")
            comps = components(ref.text, self.language)
            if not comps:
                continue
            replacements: list[tuple[Slot, str]] = []
            failure = self._chain(comps, block, replacements)
            if failure:
                self.plan.unresolved.append(
                    Unresolved(where=self._where(block), text=ref.text, reason=failure)
                )
                continue
            for slot, new in replacements:
                if new != slot.text:
                    self.plan.changes.append(
                        Change(
                            kind="reference",
                            block=block,
                            start=ref.start + slot.start,
                            end=ref.start + slot.end,
                            old=slot.text,
                            new=new,
                            where=self._where(block),
                            cell=cell,
                        )
                    )

    def _chain(self, comps: list[Component], block: int, out: list[tuple[Slot, str]]) -> str:
        """Replacements for every number of a chain; a reason when a target is missing."""
        if comps[-1].level == PART:
            for item in comps[-1].items:
                reason = self._part(item, out)
                if reason:
                    return reason
            return ""
        # The broader components fix where the narrower ones are read.
        prefix: list[Slot] = []
        for comp in reversed(comps):
            previous: Item | None = None
            for item in comp.items:
                first = item.slots[0].level
                base = [s for s in prefix if s.level < first]
                if previous is not None and first > comp.level:
                    base = [s for s in [*prefix, *previous.slots] if s.level < first]
                reason = self._item(base + item.slots, len(base), block, out)
                if reason:
                    return reason
                if first == comp.level:
                    previous = item
            if comp.items:
                prefix = [s for s in prefix if s.level < comp.level] + comp.items[0].slots
        return ""

    def _item(self, slots: list[Slot], own: int, block: int, out: list[tuple[Slot, str]]) -> str:
        """Resolve one path (the first `own` slots are context, already replaced)."""
        numbering = self.numbering
        node: Unit | None = None
        if slots[0].level == 0:
            value = value_of(slots[0].text, "digit")
            if value is None:
                return ""
            node = numbering.holder((-1, ProvisionLevel.SECTION, True), value)
            if node is None:
                if not numbering.has_group((-1, ProvisionLevel.SECTION, True)):
                    return ""
                return f"provision {slots[0].text.rstrip('°º')} is not in the document"
            if own == 0:
                new = section_token(
                    node.new or 0, slots[0].text, ordinal_sign=numbering.ordinal_sign
                )
                out.append((slots[0], new))
            rest = slots[1:]
            own = max(own - 1, 0)
        else:
            index = self.context.get(block)
            if index is None:
                return ""  # a relative reference outside the provisions
            rest = slots
            node = self._relative_owner(index, slots[0])
            if node is None:
                return ""
        for n, slot in enumerate(rest):
            level = _level(slot)
            if level is None:
                return ""
            kind = kind_of(slot.text, level)
            if level is ProvisionLevel.SUBSECTION and kind == "letter":
                level = ProvisionLevel.PARAGRAPH  # "regulation 12(b)": a paragraph of 12
            key = node.children.get(level)
            if key is None:
                return ""  # unnumbered, or no such level: nothing to renumber
            value = value_of(slot.text, kind)
            if value is None:
                return ""
            child = numbering.holder(key, value)
            if child is None:
                if not numbering.has_group(key):
                    return ""
                cite = numbering.cite(node.index, new=False)
                return f"{cite}({slot.text}) is not in the document"
            if n >= own:
                out.append((slot, render(child.new or 0, slot.text, kind)))
            node = child
        return ""

    def _relative_owner(self, index: int, first: Slot) -> Unit | None:
        """Where "subregulation (3)" or "paragraph (b)" is read: for a sub-provision, the
        provision that contains the reference; for a paragraph, the sub-provision that
        contains it when that has the paragraph, else the provision; for a sub-paragraph,
        the paragraph."""
        numbering = self.numbering
        level = _level(first)
        if level is None:
            return None
        kind = kind_of(first.text, level)
        value = value_of(first.text, kind)
        wanted = {
            ProvisionLevel.SUBSECTION: (ProvisionLevel.SECTION,),
            ProvisionLevel.PARAGRAPH: (ProvisionLevel.SUBSECTION, ProvisionLevel.SECTION),
            ProvisionLevel.SUBPARAGRAPH: (ProvisionLevel.PARAGRAPH,),
        }[level]
        for u in numbering.ancestors(index):
            if u.level is ProvisionLevel.PART:
                return None
            if u.level not in wanted:
                continue
            key = u.children.get(level)
            if key is not None and value is not None and numbering.holder(key, value) is not None:
                return u
            if u.level is wanted[-1]:
                return u
        return None

    def _part(self, item: Item, out: list[tuple[Slot, str]]) -> str:
        slot = item.slots[0]
        kind = kind_of(slot.text, ProvisionLevel.PART)
        value = value_of(slot.text, kind)
        if value is None:
            return ""
        key = (-1, ProvisionLevel.PART, True)
        holder = self.numbering.holder(key, value)
        if holder is None:
            if not self.numbering.has_group(key):
                return ""
            return f"part {slot.text} is not in the document"
        out.append((slot, render(holder.new or 0, slot.text, kind)))
        return ""

    # --- the arrangement of provisions ------------------------------------------------------

    def _arrangement(self) -> None:
        """Entries follow their provision's new number; a deleted provision's entry is
        deleted, an inserted one gets an entry; entries of parts follow the parts."""
        numbering = self.numbering
        key = (-1, ProvisionLevel.SECTION, True)
        entries: dict[int, int] = {}  # unit index -> the block of its entry
        for block in self.outline.arrangement:
            para = self.blocks[block]
            if not isinstance(para, Para) or para.label:
                continue
            m = _ENTRY_NUMBER.search(para.text)
            if m is None or m.start() > 20:
                continue
            value = value_of(m.group(), "digit")
            holder = numbering.holder(key, value or 0)
            if holder is None:
                if numbering.has_group(key) and self.outline.editable.elements[block] is not None:
                    self._entry(Entry(anchor=block), old=para.text, new="")
                continue
            entries.setdefault(holder.index, block)
            new = section_token(holder.new or 0, m.group(), ordinal_sign=numbering.ordinal_sign)
            if new != m.group():
                self.plan.changes.append(
                    Change(
                        kind="arrangement",
                        block=block,
                        start=m.start(),
                        end=m.end(),
                        old=m.group(),
                        new=new,
                        where="",
                    )
                )
        if entries:
            self._new_entries(entries)
            self._part_entries()

    def _entry(self, entry: Entry, *, old: str, new: str) -> None:
        self.plan.entries.append(entry)
        self.plan.changes.append(
            Change(
                kind="arrangement",
                block=entry.anchor,
                start=0,
                end=0,
                old=old,
                new=new,
                where=entry.where,
                whole=True,
            )
        )

    def _new_entries(self, entries: dict[int, int]) -> None:
        """An entry for each new provision (one whose number another holds), written as
        the entry of the provision before it in its part (or, first in its part, of the
        one after it) and placed next to that entry."""
        numbering = self.numbering
        group = numbering.groups[(-1, ProvisionLevel.SECTION, True)]
        members = group.members
        for position, index in enumerate(members):
            u = numbering.units[index]
            if u.old is None or group.holders.get(u.old) == index or index in entries:
                continue
            before = next((m for m in reversed(members[:position]) if m in entries), None)
            after = next((m for m in members[position + 1 :] if m in entries), None)
            part = u.unit.parent
            if before is not None and (
                after is None or numbering.units[before].unit.parent == part
            ):
                anchor, placed_before = entries[before], False
            elif after is not None:
                anchor, placed_before = entries[after], True
            else:
                continue
            model = self.blocks[anchor]
            assert isinstance(model, Para)
            m = _ENTRY_NUMBER.search(model.text)
            assert m is not None
            gap = re.match(r"[\W_]*", model.text[m.end() :])
            number = section_token(u.new or 0, m.group(), ordinal_sign=numbering.ordinal_sign)
            text = model.text[: m.start()] + number + (gap.group() if gap else "")
            text = (text + (u.unit.heading or "")).rstrip()
            where = numbering.cite(index, new=True)
            self._entry(
                Entry(anchor=anchor, text=text, before=placed_before, where=where), old="", new=text
            )

    def _part_entries(self) -> None:
        """Entries of the arrangement that name a part ("PART II", "CHAPITRE III")."""
        numbering = self.numbering
        key = (-1, ProvisionLevel.PART, True)
        if not numbering.has_group(key):
            return
        first, last = min(self.outline.arrangement), max(self.outline.arrangement)
        for block in range(max(first - 3, 0), last):
            para = self.blocks[block]
            if (
                not isinstance(para, Para)
                or para.label
                or self.outline.editable.elements[block] is None
            ):
                continue
            if not _PART_ENTRY.match(para.text.strip()):
                continue  # a part's heading, or an entry of a provision
            found = token(para.text, ProvisionLevel.PART)
            if found is None:
                continue
            old = para.text[found.start : found.end]
            holder = numbering.holder(key, found.value(para.text) or 0)
            if holder is None:
                self._deleted_part_entry(block)
                continue
            new = render(holder.new or 0, old, found.kind)
            if new != old:
                self.plan.changes.append(
                    Change(
                        kind="arrangement",
                        block=block,
                        start=found.start,
                        end=found.end,
                        old=old,
                        new=new,
                        where="",
                    )
                )

    def _deleted_part_entry(self, block: int) -> None:
        """A deleted part's entry goes, and its heading on the line below ("ADMINISTRATION")."""
        para = self.blocks[block]
        assert isinstance(para, Para)
        self._entry(Entry(anchor=block), old=para.text, new="")
        below = self.blocks[block + 1] if block + 1 < len(self.blocks) else None
        if (
            isinstance(below, Para)
            and block + 1 not in self.outline.arrangement
            and self.outline.editable.elements[block + 1] is not None
            and not _PART_ENTRY.match(below.text.strip())
            and (below.style == "Arrangement Part" or below.text.strip().isupper())
        ):
            self._entry(Entry(anchor=block + 1), old=below.text, new="")


def plan_renumbering(outline: DocxOutline) -> Plan:
    """The changes that renumber the outline's units in sequence and follow them in the
    cross-references and the arrangement; the references that cannot be resolved."""
    return _Planner(outline).run()
