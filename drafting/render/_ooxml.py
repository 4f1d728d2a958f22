"""Raw OOXML helpers under python-docx: language tags, fields, table and cell properties."""

from __future__ import annotations

from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.styles.style import BaseStyle
from docx.table import _Cell, _Row
from docx.text.paragraph import Paragraph
from docx.text.run import Run


def _child(parent: object, tag: str) -> object:
    element = parent.find(qn(tag))  # type: ignore[attr-defined]
    if element is None:
        element = OxmlElement(tag)
        parent.append(element)  # type: ignore[attr-defined]
    return element


def set_run_language(run: Run, tag: str) -> None:
    """w:lang on the run, so Word spell-checks it in its own language (ECMA-376 17.3.2.20)."""
    lang = _child(run._r.get_or_add_rPr(), "w:lang")
    lang.set(qn("w:val"), tag)  # type: ignore[attr-defined]


def set_style_language(style: BaseStyle, tag: str) -> None:
    lang = _child(style.element.get_or_add_rPr(), "w:lang")
    lang.set(qn("w:val"), tag)  # type: ignore[attr-defined]


def add_field(paragraph: Paragraph, instruction: str, placeholder: str = "1") -> Run:
    """A simple field (PAGE, NUMPAGES) that Word and LibreOffice update when they lay out."""
    run = paragraph.add_run()
    field = OxmlElement("w:fldSimple")
    field.set(qn("w:instr"), instruction)
    inner = OxmlElement("w:r")
    text = OxmlElement("w:t")
    text.text = placeholder
    inner.append(text)
    field.append(inner)
    run._r.addnext(field)
    return run


def repeat_as_header(row: _Row) -> None:
    """Repeat the row at the top of every page the table runs onto (w:tblHeader)."""
    tr_pr = row._tr.get_or_add_trPr()
    header = OxmlElement("w:tblHeader")
    header.set(qn("w:val"), "true")
    tr_pr.append(header)


def keep_row_together(row: _Row) -> None:
    tr_pr = row._tr.get_or_add_trPr()
    cant = OxmlElement("w:cantSplit")
    cant.set(qn("w:val"), "true")
    tr_pr.append(cant)


def shade(cell: _Cell, fill: str) -> None:
    tc_pr = cell._tc.get_or_add_tcPr()
    shading = OxmlElement("w:shd")
    shading.set(qn("w:val"), "clear")
    shading.set(qn("w:color"), "auto")
    shading.set(qn("w:fill"), fill)
    tc_pr.append(shading)
