"""Instrument -> .docx bytes: named paragraph styles per level, literal numbers from the model."""

from __future__ import annotations

import io
from collections.abc import Iterable

from docx import Document
from docx.document import Document as DocumentObject
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_COLOR_INDEX
from docx.shared import Cm, Pt
from docx.text.paragraph import Paragraph

from drafting.model import (
    FactText,
    Inline,
    Instrument,
    Provision,
    ProvisionLevel,
    Schedule,
    TableBlock,
)

# (name, size, bold, italic, alignment, left indent cm, first-line indent cm, space after pt)
# Space before is set for headings only, below in _SPACE_BEFORE.
_STYLES = (
    ("Cover Line", 11, True, False, "center", 0, 0, 0),
    ("Number Line", 12, True, False, "center", 0, 0, 12),
    ("Instrument Title", 14, True, False, "center", 0, 0, 6),
    ("Instrument Subtitle", 11, False, True, "center", 0, 0, 12),
    ("Preamble", 11, False, False, "justify", 0, 0, 6),
    ("Preamble Heading", 11, True, False, "left", 0, 0, 6),
    ("Enacting Formula", 11, True, False, "left", 0, 0, 12),
    ("Part Heading", 12, True, False, "center", 0, 0, 12),
    ("Provision Heading", 11, True, False, "left", 0, 0, 3),
    ("Provision Text", 11, False, False, "justify", 0, 0, 6),
    ("Subprovision", 11, False, False, "justify", 0, 0, 6),
    ("Paragraph (a)", 11, False, False, "justify", 1.5, -0.75, 3),
    ("Subparagraph (i)", 11, False, False, "justify", 2.5, -0.75, 3),
    ("Definition", 11, False, False, "justify", 1.0, 0, 3),
    ("Schedule Heading", 12, True, False, "center", 0, 0, 6),
    ("Schedule Text", 11, False, False, "justify", 0, 0, 6),
    ("Signature", 11, False, False, "left", 8, 0, 0),
    ("Explanatory Note", 10, False, True, "justify", 0, 0, 6),
)
_SPACE_BEFORE = {"Part Heading": 12, "Provision Heading": 6, "Schedule Heading": 6}
_ALIGN = {
    "center": WD_ALIGN_PARAGRAPH.CENTER,
    "left": WD_ALIGN_PARAGRAPH.LEFT,
    "justify": WD_ALIGN_PARAGRAPH.JUSTIFY,
}
_LEVEL_STYLE = {
    ProvisionLevel.SUBSECTION: "Subprovision",
    ProvisionLevel.PARAGRAPH: "Paragraph (a)",
    ProvisionLevel.SUBPARAGRAPH: "Subparagraph (i)",
}
_LANGUAGE_TAG = {"en": "en-GB", "es": "es-PY", "fr": "fr-FR"}


def render_docx(instrument: Instrument) -> bytes:
    """The instrument as Word: A4, one named style per level, facts to verify highlighted."""
    document = Document()
    _page_setup(document)
    _add_styles(document)
    props = document.core_properties
    props.title = instrument.title
    props.subject = "Draft e-waste regulation"
    props.language = _LANGUAGE_TAG.get(instrument.language, instrument.language)
    props.keywords = f"country={instrument.country}; library={instrument.library_version}"
    for line in instrument.cover:
        _para(document, "Cover Line", line)
    _para(document, "Number Line", instrument.number_line)
    _para(document, "Instrument Title", instrument.title)
    for line in instrument.subtitle:
        _para(document, "Instrument Subtitle", line)
    for item in instrument.preamble:
        style = {"heading": "Preamble Heading", "formula": "Enacting Formula"}.get(
            item.role, "Preamble"
        )
        _inline_para(document, style, item.content)
    for provision in instrument.body:
        if provision.level is ProvisionLevel.PART:
            _para(document, "Part Heading", provision.label, keep_with_next=True)
            _para(document, "Part Heading", (provision.heading or "").upper(), keep_with_next=True)
            for section in provision.children:
                _section(document, section, instrument.section_layout)
        else:
            _section(document, provision, instrument.section_layout)
    for line in instrument.signature:
        _para(document, "Signature", line)
    for schedule in instrument.schedules:
        _schedule(document, schedule)
    if instrument.explanatory_note:
        _para(document, "Explanatory Note", instrument.explanatory_note)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _page_setup(document: DocumentObject) -> None:
    for section in document.sections:
        section.page_height, section.page_width = Cm(29.7), Cm(21.0)
        section.left_margin = section.right_margin = Cm(2.5)
        section.top_margin = section.bottom_margin = Cm(2.5)


def _add_styles(document: DocumentObject) -> None:
    normal = document.styles["Normal"]
    normal.font.name = "Times New Roman"
    normal.font.size = Pt(11)
    for name, size, bold, italic, align, left, first, after in _STYLES:
        style = document.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
        style.base_style = normal
        style.font.size = Pt(size)
        style.font.bold = bold
        style.font.italic = italic
        fmt = style.paragraph_format
        fmt.alignment = _ALIGN[align]
        fmt.left_indent = Cm(left)
        fmt.first_line_indent = Cm(first)
        fmt.space_after = Pt(after)
        fmt.space_before = Pt(_SPACE_BEFORE.get(name, 0))


def _para(
    document: DocumentObject, style: str, text: str, keep_with_next: bool = False
) -> Paragraph:
    paragraph = document.add_paragraph(text, style=style)
    paragraph.paragraph_format.keep_with_next = keep_with_next
    return paragraph


def _inline_para(
    document: DocumentObject, style: str, content: Iterable[Inline], label: str = ""
) -> Paragraph:
    paragraph = document.add_paragraph(style=style)
    if label:
        paragraph.add_run(label + " ")
    _runs(paragraph, content)
    return paragraph


def _runs(paragraph: Paragraph, content: Iterable[Inline]) -> None:
    for inline in content:
        run = paragraph.add_run(inline.text)
        if isinstance(inline, FactText) and inline.verify:
            # Facts the profile marks "verify" are highlighted for the drafter to confirm.
            run.font.highlight_color = WD_COLOR_INDEX.YELLOW


def _section(document: DocumentObject, section: Provision, layout: str) -> None:
    """A provision in the country's layout; its first sub-provision shares its first line.

    heading-above (Zambia): "Title" on its own line, then "1. (1) These Regulations...";
    label-with-heading (Rwanda): "Article 3: Registration" then the text;
    run-in (Paraguay): "Art. 3°.- Registro. Todo productor deberá..." in one paragraph."""
    first, rest = _first_line(section)
    if layout == "run-in":
        paragraph = document.add_paragraph(style="Provision Text")
        heading = f" {section.heading}." if section.heading else ""
        paragraph.add_run(f"{section.label}{heading} ").bold = True
        if first is not None:
            if first is not section and first.label:
                paragraph.add_run(first.label + " ")
            _runs(paragraph, first.content)
    else:
        if layout == "heading-above":
            heading = section.heading or ""
            lead = section.label
        else:
            heading = f"{section.label} {section.heading}" if section.heading else section.label
            lead = ""
        _para(document, "Provision Heading", heading.strip(), keep_with_next=True)
        if first is not None:
            own = first.label if first is not section else ""
            labels = " ".join(x for x in (lead, own) if x)
            _inline_para(document, "Provision Text", first.content, labels)
        elif lead:
            _para(document, "Provision Text", lead)
    if first is not None and first is not section:
        for child in first.children:
            _child(document, child)
        if first.after:
            _inline_para(document, "Subprovision", first.after)
    for child in rest:
        _child(document, child)
    if section.after:
        _inline_para(document, "Provision Text", section.after)


def _first_line(section: Provision) -> tuple[Provision | None, tuple[Provision, ...]]:
    """What the provision's first line carries, and the children that follow it."""
    if section.content:
        return section, section.children
    if section.children and section.children[0].level is ProvisionLevel.SUBSECTION:
        return section.children[0], section.children[1:]
    return None, section.children


def _child(document: DocumentObject, provision: Provision) -> None:
    style = "Definition" if provision.definition else _LEVEL_STYLE[provision.level]
    _inline_para(document, style, provision.content, provision.label)
    for child in provision.children:
        _child(document, child)
    if provision.after:
        _inline_para(document, style, provision.after)


def _schedule(document: DocumentObject, schedule: Schedule) -> None:
    heading = document.add_paragraph(schedule.label, style="Schedule Heading")
    heading.paragraph_format.page_break_before = True
    heading.paragraph_format.keep_with_next = True
    if schedule.referred_by:
        _para(document, "Schedule Heading", schedule.referred_by, keep_with_next=True)
    _para(document, "Schedule Heading", schedule.heading.upper(), keep_with_next=True)
    for item in schedule.content:
        if isinstance(item, TableBlock):
            _table(document, item)
        else:
            _inline_para(document, "Schedule Text", item.content)
            for child in item.children:
                _child(document, child)


def _table(document: DocumentObject, table: TableBlock) -> None:
    grid = document.add_table(rows=1, cols=len(table.columns))
    grid.style = "Table Grid"
    grid.alignment = WD_TABLE_ALIGNMENT.CENTER
    for cell, text in zip(grid.rows[0].cells, table.columns, strict=True):
        cell.text = text
        for run in cell.paragraphs[0].runs:
            run.font.bold = True
    for row in table.rows:
        cells = grid.add_row().cells
        for cell, text in zip(cells, row, strict=True):
            cell.text = text
