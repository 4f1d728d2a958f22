"""A Word document after Accept All or Reject All of its tracked changes.

`accept_all` and `reject_all` rewrite the main document part the way Word's Review > Accept
All Changes / Reject All Changes do for text (ECMA-376 Part 1, 17.13.5): insertions and
moved-to text kept or removed, deletions and moved-from text removed or restored, a
paragraph whose mark is removed joins the next paragraph, tracked table rows dropped.
Formatting-change records (`w:rPrChange`, `w:pPrChange`...) are dropped either way; they do
not change the text. The paragraphs are then read by `drafting.importer.ooxml`, so labels of
automatic numbering and everything else are read exactly as for any other document."""

from __future__ import annotations

import copy
from dataclasses import replace

from lxml import etree

from drafting.importer.ooxml import Grid, W, WordDocument, parse, read_document
from drafting.importer.safety import Package, open_package
from drafting.redline.tracked import Element

_REL = "http://schemas.openxmlformats.org/package/2006/relationships"


def _w(tag: str) -> str:
    return f"{{{W}}}{tag}"


_P, _PPR, _RPR = _w("p"), _w("pPr"), _w("rPr")
_INS, _DEL, _MOVE_FROM, _MOVE_TO = _w("ins"), _w("del"), _w("moveFrom"), _w("moveTo")
_RANGES = {
    _w(t) for t in ("moveFromRangeStart", "moveFromRangeEnd", "moveToRangeStart", "moveToRangeEnd")
}
_PROPERTY_CHANGES = {
    _w(t)
    for t in (
        "rPrChange",
        "pPrChange",
        "sectPrChange",
        "tblPrChange",
        "tblGridChange",
        "trPrChange",
        "tcPrChange",
        "tblPrExChange",
        "numberingChange",
    )
}
_MARKS = (_INS, _DEL, _MOVE_FROM, _MOVE_TO)


def accept_all(document: Element) -> Element:
    """A copy of a `w:document` (or any part of it) with every tracked change accepted."""
    return _resolve(document, drop=(_DEL, _MOVE_FROM))


def reject_all(document: Element) -> Element:
    """A copy of a `w:document` (or any part of it) with every tracked change rejected."""
    return _resolve(document, drop=(_INS, _MOVE_TO))


def accepted_paragraphs(docx: bytes) -> list[str]:
    """The body's paragraph texts after Accept All: one entry per paragraph, and per table
    cell (its paragraphs joined by line breaks, as `drafting.importer.ooxml` reads cells).

    Raises DocxImportError (I6xx) for a file that is not a readable Word document."""
    return _paragraphs(docx, accept=True)


def rejected_paragraphs(docx: bytes) -> list[str]:
    """The body's paragraph texts after Reject All, entries as in `accepted_paragraphs`."""
    return _paragraphs(docx, accept=False)


def document_paragraphs(document: WordDocument) -> list[str]:
    """A read document's blocks flattened: paragraphs, then table cells row by row."""
    out: list[str] = []
    for block in document.blocks:
        if isinstance(block, Grid):
            out.extend(cell for row in block.rows for cell in row)
        else:
            out.append(block.text)
    return out


def main_part(package: Package) -> str:
    """The name of the package's main document part ("word/document.xml")."""
    if package.get("_rels/.rels") is not None:
        for rel in parse(package, "_rels/.rels").iter(f"{{{_REL}}}Relationship"):
            if rel.get("Type", "").endswith("/officeDocument"):
                return str(rel.get("Target", "")).lstrip("/")
    return "word/document.xml"


def _paragraphs(docx: bytes, *, accept: bool) -> list[str]:
    package = open_package(docx)
    name = main_part(package)
    root = parse(package, name)
    resolved = accept_all(root) if accept else reject_all(root)
    parts = dict(package.parts)
    parts[name] = etree.tostring(resolved, xml_declaration=True, encoding="UTF-8")
    return document_paragraphs(read_document(replace(package, parts=parts)))


def _resolve(document: Element, *, drop: tuple[str, str]) -> Element:
    root = copy.deepcopy(document)
    # Paragraphs whose mark goes are noted before the marks are cleared, and joined to the
    # next paragraph once their own text is resolved.
    joined = [paragraph for paragraph in root.iter(_P) if _mark(paragraph) in drop]
    for row in list(root.iter(_w("tr"))):
        properties = row.find(_w("trPr"))
        if properties is not None and any(properties.find(t) is not None for t in drop):
            row.getparent().remove(row)
    for element in list(root.iter(*_MARKS, *_RANGES, *_PROPERTY_CHANGES)):
        if element.getparent() is None:
            continue  # inside something already removed
        parent = element.getparent()
        if element.tag in _RANGES or element.tag in _PROPERTY_CHANGES:
            parent.remove(element)
        elif parent.tag.endswith("Pr") or parent.tag in (_w("numPr"),):
            parent.remove(element)  # a property mark: paragraph mark, row, cell, numbering
        elif element.tag in drop:
            parent.remove(element)
        else:
            _unwrap(element, restore=element.tag in (_DEL, _MOVE_FROM))
    for paragraph in joined:
        _join_next(paragraph)
    _tidy_marks(root)
    return root


def _mark(paragraph: Element) -> str | None:
    properties = paragraph.find(_PPR)
    run_properties = properties.find(_RPR) if properties is not None else None
    if run_properties is None:
        return None
    for tag in _MARKS:
        if run_properties.find(tag) is not None:
            return tag
    return None


def _join_next(paragraph: Element) -> None:
    """Remove a paragraph whose mark goes: its content opens the next paragraph (which keeps
    its own properties); with no paragraph after it, its content stays where it is unless
    there is none."""
    following = paragraph.getnext()
    content = [child for child in paragraph if child.tag != _PPR]
    if following is not None and following.tag == _P:
        anchor = following.find(_PPR)
        for child in reversed(content):
            if anchor is not None:
                anchor.addnext(child)
            else:
                following.insert(0, child)
        paragraph.getparent().remove(paragraph)
    elif not any(_texts(child) for child in content):
        parent = paragraph.getparent()
        # A table cell must keep one paragraph (ECMA-376 17.4.66).
        if parent is not None and (parent.tag != _w("tc") or len(parent.findall(_P)) > 1):
            parent.remove(paragraph)


def _texts(element: Element) -> bool:
    return any(
        child.tag in (_w("t"), _w("delText"), _w("tab"), _w("br")) for child in element.iter()
    )


def _unwrap(element: Element, *, restore: bool) -> None:
    """Replace a revision wrapper by its content; deleted text becomes text again."""
    if restore:
        for child in element.iter(_w("delText"), _w("delInstrText")):
            child.tag = _w("t") if child.tag == _w("delText") else _w("instrText")
    parent = element.getparent()
    for child in list(element):
        element.addprevious(child)
    parent.remove(element)


def _tidy_marks(root: Element) -> None:
    """Drop paragraph-mark run properties left empty by the removed revision marks."""
    for properties in root.iter(_PPR):
        run_properties = properties.find(_RPR)
        if run_properties is not None and len(run_properties) == 0:
            properties.remove(run_properties)
