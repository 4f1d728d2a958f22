"""Renumber and repair: an edited Word draft written back with its provisions,
sub-provisions and paragraphs numbered in sequence and its internal cross-references
following them, every change a tracked change.

`renumber_docx(data, author=, date=)` returns the new .docx and a report; see
docs/renumber.md for what is renumbered, how old numbers are read, and the limits."""

from __future__ import annotations

import copy
import io
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime

from lxml import etree

from drafting.importer.docx import outline_docx
from drafting.importer.ooxml import Element, Para, W
from drafting.redline.tracked import (
    mark_deleted,
    mark_inserted,
    new_run,
    revision_ids,
    substitute,
    visible_runs,
    visible_text,
)
from drafting.renumber.plan import Change, Entry, Unresolved, plan_renumbering

__all__ = ["Change", "RenumberResult", "Unresolved", "renumber_docx"]


@dataclass(frozen=True, slots=True, kw_only=True)
class RenumberResult:
    """The repaired document and what was done: `renumbered` pairs each unit's old and new
    citation ("5" -> "6", "6(3)" -> "6(4)"); `changes` every replacement; `unresolved` the
    references left as they were because their target is not in the document."""

    docx: bytes
    changes: tuple[Change, ...]
    renumbered: tuple[tuple[str, str], ...]
    unresolved: tuple[Unresolved, ...]
    language: str

    def to_json(self) -> dict[str, object]:
        return {
            "format": "ewaste-renumber/1",
            "language": self.language,
            "summary": {
                "renumbered": len(self.renumbered),
                "labels": sum(1 for c in self.changes if c.kind == "label"),
                "references": sum(1 for c in self.changes if c.kind == "reference"),
                "arrangement": sum(1 for c in self.changes if c.kind == "arrangement"),
                "unresolved": len(self.unresolved),
            },
            "renumbered": [{"old": old, "new": new} for old, new in self.renumbered],
            "changes": [
                {"kind": c.kind, "where": c.where, "old": c.old, "new": c.new} for c in self.changes
            ],
            "unresolved": [
                {"provision": u.where, "reference": u.text, "reason": u.reason}
                for u in self.unresolved
            ],
        }


def renumber_docx(data: bytes, *, author: str, date: datetime) -> RenumberResult:
    """Renumber an edited .docx and repair its internal cross-references as tracked changes
    by `author` at `date`. Numbers from Word's automatic numbering are read but not
    written (Word renumbers them itself). Every part of the package but the main document
    is copied unchanged. Raises DocxImportError I601-I605 for a file that is not a
    readable Word document."""
    outline = outline_docx(data)
    plan = plan_renumbering(outline)
    editable = outline.editable
    ids = revision_ids(editable.root)
    applied: list[Change] = []
    by_paragraph: dict[tuple[int, int], list[Change]] = {}
    for change in plan.changes:
        if change.whole:
            applied.append(change)  # an entry of the arrangement: below
        else:
            by_paragraph.setdefault((change.block, change.cell), []).append(change)
    for (block, cell), changes in sorted(by_paragraph.items()):
        if cell >= 0:  # a paragraph of a table: its offsets count in its visible text
            element, shift = plan.cells[block][cell], 0
        else:
            element = editable.elements[block]
            para = editable.document.blocks[block]
            if element is None or not isinstance(para, Para):
                continue
            shown = visible_text(element)
            shift = len(para.text) - len(shown)  # the label of automatic numbering, if any
            if shift < 0 or para.text[shift:] != shown:
                continue  # text carried from a paragraph whose mark is deleted: left alone
        edits = [(c.start - shift, c.end - shift, c.new) for c in changes if c.start >= shift]
        substitute(element, _distinct(edits), author=author, date=date, ids=ids)
        applied.extend(c for c in changes if c.start >= shift)
    _entries(plan.entries, editable.elements, author=author, date=date, ids=ids)
    xml = etree.tostring(editable.root, xml_declaration=True, encoding="UTF-8", standalone=True)
    return RenumberResult(
        docx=_replace_part(data, editable.part, xml),
        changes=tuple(applied),
        renumbered=tuple(plan.renumbered),
        unresolved=tuple(plan.unresolved),
        language=outline.language,
    )


def _entries(
    entries: list[Entry],
    elements: tuple[Element | None, ...],
    *,
    author: str,
    date: datetime,
    ids: Iterator[int],
) -> None:
    """The arrangement's entries deleted or inserted, as tracked changes: an inserted entry
    is a copy of its anchor's paragraph properties and first run's formatting."""
    last: dict[int, Element] = {}  # the entry inserted last after each anchor
    for entry in entries:
        anchor = elements[entry.anchor]
        if anchor is None:
            continue
        if not entry.text:
            mark_deleted(anchor, author=author, date=date, ids=ids)
            continue
        paragraph = etree.Element(anchor.tag, nsmap=anchor.nsmap)
        properties = anchor.find(f"{{{W}}}pPr")
        if properties is not None:
            paragraph.append(copy.deepcopy(properties))
        model = next((r for r in visible_runs(anchor)), None)
        paragraph.append(new_run(entry.text, model))
        if entry.before:
            anchor.addprevious(paragraph)
        else:
            previous: Element = last.get(entry.anchor, anchor)
            previous.addnext(paragraph)
            last[entry.anchor] = paragraph
        mark_inserted(paragraph, author=author, date=date, ids=ids)


def _distinct(edits: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The edits without repeats or overlaps (a label and a reference never share text, but
    a number read twice must not be replaced twice)."""
    out: list[tuple[int, int, str]] = []
    for edit in sorted(set(edits)):
        if out and edit[0] < out[-1][1]:
            continue
        out.append(edit)
    return out


def _replace_part(original: bytes, name: str, content: bytes) -> bytes:
    """The package with one part's content replaced; every other entry copied as it was,
    in the same order, with the same names, dates and compression."""
    out = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(original)) as source,
        zipfile.ZipFile(out, "w") as target,
    ):
        for info in source.infolist():
            body = content if info.filename.lstrip("/") == name else source.read(info)
            target.writestr(info, body, compress_type=info.compress_type)
    return out.getvalue()
