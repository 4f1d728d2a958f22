"""The consultation comment matrix: one row per provision with its comments and responses.

A consultation matrix is the table a drafting office sends back to stakeholders after a
round of comments: each provision in the current draft's order, what was said about it, by
whom and when, and the drafter's response. This module also finds where a comment's
provision is in a version (by clause id, which survives renumbering).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from io import BytesIO

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.oxml.table import CT_Row
from docx.shared import Cm, Pt
from docx.table import Table, _Cell

from drafting.model import Instrument
from drafting.render._ooxml import set_style_language
from drafting.render.docx import FONT, LANGUAGE_TAGS


@dataclass(frozen=True, slots=True, kw_only=True)
class Unit:
    """A provision (top-level: section, regulation, article) or schedule one can comment on."""

    eid: str
    clause_id: str | None  # None for a provision no clause made
    num: str  # as cited: "7", "1°", "I"
    label: str  # as printed: "7.", "Art. 1°.-", "FIRST SCHEDULE"
    heading: str
    is_schedule: bool = False


def commentable_units(instrument: Instrument) -> tuple[Unit, ...]:
    """The top-level provisions, through the parts, then the schedules, in document order."""
    provisions = tuple(
        Unit(eid=p.eid, clause_id=p.source, num=p.num, label=p.label, heading=p.heading or "")
        for p in instrument.sections()
    )
    schedules = tuple(
        Unit(
            eid=s.eid,
            clause_id=s.source,
            num=s.num,
            label=s.label,
            heading=s.heading,
            is_schedule=True,
        )
        for s in instrument.schedules
    )
    return provisions + schedules


def locate(units: Sequence[Unit], clause_id: str | None, eid: str) -> Unit | None:
    """The unit a comment is anchored to: by clause id when it has one (so a renumbered
    provision keeps its comments), else by eId; None when the provision is gone."""
    for unit in units:
        if (unit.clause_id == clause_id) if clause_id else (unit.eid == eid):
            return unit
    return None


@dataclass(frozen=True, slots=True, kw_only=True)
class MatrixEntry:
    """One comment or response: who wrote it, when, and what."""

    author: str
    written_at: datetime
    text: str
    resolved: bool = False


@dataclass(frozen=True, slots=True, kw_only=True)
class MatrixRow:
    """A row of the matrix: the provision as numbered in the current version ("" for one no
    longer in the draft), its heading, its comments and the drafter's responses."""

    number: str
    heading: str
    comments: tuple[MatrixEntry, ...] = ()
    responses: tuple[MatrixEntry, ...] = ()


@dataclass(frozen=True, slots=True, kw_only=True)
class CommentMatrix:
    """The whole matrix: a title, lines under it (draft, version, consultation), the column
    headings in the reader's language, and the rows."""

    title: str
    subtitle: tuple[str, ...] = ()
    columns: tuple[str, str, str, str] = ("Provision", "Heading", "Comments", "Response")
    resolved_word: str = "resolved"
    language: str = "en"
    rows: tuple[MatrixRow, ...] = ()


# Landscape A4 with 2 cm margins leaves 25.7 cm: number, heading, comments, response.
_WIDTHS = (Cm(2.4), Cm(5.0), Cm(10.3), Cm(8.0))


def render_matrix_docx(matrix: CommentMatrix) -> bytes:
    """The matrix as a Word document: landscape A4, the draft's font, one table whose header
    row repeats on every page."""
    document = Document()
    section = document.sections[0]
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = Cm(29.7), Cm(21.0)
    section.left_margin = section.right_margin = Cm(2.0)
    section.top_margin = section.bottom_margin = Cm(2.0)
    normal = document.styles["Normal"]
    normal.font.name = FONT
    normal.font.size = Pt(10)
    set_style_language(normal, LANGUAGE_TAGS.get(matrix.language, matrix.language))
    title = document.add_paragraph()
    title_run = title.add_run(matrix.title)
    title_run.bold = True
    title_run.font.size = Pt(14)
    for line in matrix.subtitle:
        document.add_paragraph(line)
    table = document.add_table(rows=1, cols=4)
    table.style = document.styles["Table Grid"]
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    header = table.rows[0]
    _repeat_as_header(header._tr)
    for cell, text in zip(header.cells, matrix.columns, strict=True):
        cell.text = ""
        cell.paragraphs[0].add_run(text).bold = True
    for row in matrix.rows:
        cells = table.add_row().cells
        cells[0].text = row.number
        cells[1].text = row.heading
        _entries(cells[2], row.comments, matrix.resolved_word)
        _entries(cells[3], row.responses, matrix.resolved_word)
    _set_widths(table)
    out = BytesIO()
    document.save(out)
    return out.getvalue()


def _entries(cell: _Cell, entries: Sequence[MatrixEntry], resolved_word: str) -> None:
    """Each entry as "author, date" in bold, then its text; an empty cell for none."""
    for index, entry in enumerate(entries):
        paragraph = cell.paragraphs[0] if index == 0 else cell.add_paragraph()
        stamp = f"{entry.author}, {entry.written_at:%Y-%m-%d}"
        if entry.resolved:
            stamp += f" ({resolved_word})"
        paragraph.add_run(stamp).bold = True
        paragraph.add_run("\n" + entry.text)


def _repeat_as_header(tr: CT_Row) -> None:
    # w:tblHeader on the first row's w:trPr: Word and LibreOffice repeat it on each page.
    tr_pr = tr.get_or_add_trPr()
    flag = OxmlElement("w:tblHeader")
    flag.set(qn("w:val"), "true")
    tr_pr.append(flag)


def _set_widths(table: Table) -> None:
    # Word reads the cells' widths, LibreOffice the table grid's: set both.
    table.autofit = False
    for col, width in zip(table._tbl.tblGrid.gridCol_lst, _WIDTHS, strict=True):
        col.w = width
    for row in table.rows:
        for cell, width in zip(row.cells, _WIDTHS, strict=True):
            cell.width = width
