"""Edits a drafter makes in Word, made on a .docx's XML: a provision's paragraphs copied
after it (a new provision with a duplicate number), deleted, or moved; and the document
read after Accept All / Reject All."""

from __future__ import annotations

import copy
import io
import zipfile
from collections.abc import Callable
from typing import Any

from lxml import etree

from drafting.importer.docx import DocxOutline, outline_docx
from drafting.importer.ooxml import Para
from drafting.model import ProvisionLevel
from drafting.redline.review import accept_all, reject_all

Element = Any


def provisions(outline: DocxOutline) -> list[list[Element]]:
    """Each provision's paragraphs, its heading above it included, in document order; a
    provision ends where the next one (or its heading), a part or the schedules begin."""
    blocks = outline.editable.document.blocks
    elements = outline.editable.elements
    starts: list[int] = []
    for unit in outline.units:
        if unit.level is ProvisionLevel.SECTION:
            first = unit.block
            before = blocks[first - 1] if first > 0 else None
            if isinstance(before, Para) and before.style == "Provision Heading":
                first -= 1
            starts.append(first)
    stops = {u.block for u in outline.units if u.level is ProvisionLevel.PART}
    out: list[list[Element]] = []
    for n, start in enumerate(starts):
        end = starts[n + 1] if n + 1 < len(starts) else outline.schedules_start
        stop = next((b for b in sorted(stops) if start < b < end), end)
        out.append([e for e in elements[start:stop] if e is not None])
    return out


def _edit(data: bytes, how: Callable[[list[list[Element]]], None]) -> bytes:
    outline = outline_docx(data)
    how(provisions(outline))
    xml = etree.tostring(outline.editable.root, xml_declaration=True, encoding="UTF-8")
    return replace_part(data, outline.editable.part, xml)


def replace_part(data: bytes, name: str, content: bytes) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(out, "w") as target:
        for info in source.infolist():
            body = content if info.filename == name else source.read(info)
            target.writestr(info, body, compress_type=info.compress_type)
    return out.getvalue()


def insert_copy(data: bytes, index: int) -> bytes:
    """The provision at `index` (0-based) copied right after itself: two provisions now
    print its number, the second one new."""

    def how(found: list[list[Element]]) -> None:
        block = found[index]
        anchor = block[-1]
        for element in reversed(block):
            anchor.addnext(copy.deepcopy(element))

    return _edit(data, how)


def delete(data: bytes, index: int) -> bytes:
    def how(found: list[list[Element]]) -> None:
        for element in found[index]:
            element.getparent().remove(element)

    return _edit(data, how)


def move(data: bytes, index: int, after: int) -> bytes:
    """The provision at `index` moved after the provision at `after`."""

    def how(found: list[list[Element]]) -> None:
        anchor = found[after][-1]
        for element in reversed(found[index]):
            anchor.addnext(element)

    return _edit(data, how)


def delete_part(data: bytes, index: int) -> bytes:
    """The part at `index` (0-based) deleted with its heading and its provisions."""
    outline = outline_docx(data)
    starts = [u.block for u in outline.units if u.level is ProvisionLevel.PART]
    end = starts[index + 1] if index + 1 < len(starts) else outline.schedules_start
    for element in outline.editable.elements[starts[index] : end]:
        if element is not None:
            element.getparent().remove(element)
    xml = etree.tostring(outline.editable.root, xml_declaration=True, encoding="UTF-8")
    return replace_part(data, outline.editable.part, xml)


def resolved(data: bytes, *, accept: bool) -> bytes:
    """The .docx after Accept All (or Reject All) of its tracked changes."""
    outline = outline_docx(data)
    root = outline.editable.root
    done = accept_all(root) if accept else reject_all(root)
    xml = etree.tostring(done, xml_declaration=True, encoding="UTF-8")
    return replace_part(data, outline.editable.part, xml)
