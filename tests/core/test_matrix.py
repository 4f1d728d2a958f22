"""The consultation's comment matrix as Word: landscape A4, a header row that repeats,
column widths that Word and LibreOffice both read, one row per provision."""

from __future__ import annotations

import io
from datetime import datetime

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml.ns import qn

from drafting.render.matrix import CommentMatrix, MatrixEntry, MatrixRow, render_matrix_docx


def _matrix() -> bytes:
    comment = MatrixEntry(
        author="Rita Banda", written_at=datetime(2026, 11, 20, 10, 0), text="Who appoints them?"
    )
    response = MatrixEntry(
        author="Dana Phiri", written_at=datetime(2026, 11, 22, 9, 0), text="The Agency."
    )
    rows = (
        MatrixRow(number="5", heading="Functions of the Agency"),
        MatrixRow(
            number="6", heading="Advisory committee", comments=(comment,), responses=(response,)
        ),
    )
    return render_matrix_docx(CommentMatrix(title="The Regulations, 2026", rows=rows))


def test_matrix_is_landscape_with_a_repeating_header_and_set_column_widths() -> None:
    document = Document(io.BytesIO(_matrix()))
    section = document.sections[0]
    table = document.tables[0]

    assert section.orientation == WD_ORIENT.LANDSCAPE
    assert section.page_width > section.page_height
    assert table.rows[0]._tr.trPr.find(qn("w:tblHeader")) is not None
    grid = [round(col.w.cm, 1) for col in table._tbl.tblGrid.gridCol_lst]  # twips in the file
    assert grid == [2.4, 5.0, 10.3, 8.0]


def test_matrix_rows_carry_comments_and_responses_with_authors_and_dates() -> None:
    table = Document(io.BytesIO(_matrix())).tables[0]

    assert [c.text for c in table.rows[0].cells] == ["Provision", "Heading", "Comments", "Response"]
    assert [c.text for c in table.rows[1].cells] == ["5", "Functions of the Agency", "", ""]
    assert [c.text for c in table.rows[2].cells] == [
        "6",
        "Advisory committee",
        "Rita Banda, 2026-11-20\nWho appoints them?",
        "Dana Phiri, 2026-11-22\nThe Agency.",
    ]
