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


def frame_in_left_margin(paragraph: Paragraph, width_cm: float, from_page_edge_cm: float) -> None:
    """Make a paragraph a marginal note: a frame in the left margin, level with the
    paragraph that follows it, the text wrapping around (ECMA-376 17.3.1.11, w:framePr).
    Word and LibreOffice print it beside the provision, as Commonwealth printers do."""
    properties = paragraph._p.get_or_add_pPr()
    frame = OxmlElement("w:framePr")
    twips = 567  # per centimetre
    frame.set(qn("w:w"), str(round(width_cm * twips)))
    frame.set(qn("w:hSpace"), str(round(0.3 * twips)))
    frame.set(qn("w:wrap"), "around")
    frame.set(qn("w:vAnchor"), "text")
    frame.set(qn("w:hAnchor"), "page")
    frame.set(qn("w:x"), str(round(from_page_edge_cm * twips)))
    frame.set(qn("w:y"), "1")
    style = properties.find(qn("w:pStyle"))
    # w:framePr follows w:pStyle, w:keepNext, w:keepLines and w:pageBreakBefore.
    anchor = style if style is not None else None
    for tag in ("w:keepNext", "w:keepLines", "w:pageBreakBefore"):
        found = properties.find(qn(tag))
        if found is not None:
            anchor = found
    if anchor is None:
        properties.insert(0, frame)
    else:
        anchor.addnext(frame)
