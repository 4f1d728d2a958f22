"""Languages side by side in Word: one table row per article, as Rwanda's Official Gazette
prints its laws and orders in parallel columns.

An optional column for a language we do not write (Kinyarwanda) carries its structural
labels from the profile ("UMUTWE WA MBERE", "Ingingo ya 2") and leaves every text cell
visibly to the official translator."""

from __future__ import annotations

import io
from collections.abc import Sequence
from typing import Any

from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_COLOR_INDEX
from docx.shared import Cm

from drafting.errors import Code, RenderError
from drafting.formats import fill_label, roman
from drafting.model import Instrument, Provision, ProvisionLevel, TranslatorLabels
from drafting.render._ooxml import repeat_as_header, set_run_language
from drafting.render.docx import WordWriter


def render_docx_parallel(
    instruments: Sequence[Instrument],
    *,
    translator: TranslatorLabels | None = None,
    drafting_notes: bool = True,
) -> bytes:
    """The same draft in several languages, in parallel columns, one row per unit.

    The instruments must have the same structure (the same eIds in the same order);
    `translator` adds a first column for the language left to the official translator.
    Raises RenderError X502 when the language versions do not align."""
    _check_alignment(instruments)
    first = WordWriter(instruments[0])
    first.setup()
    columns = len(instruments) + (1 if translator else 0)
    if columns > 2:
        _landscape(first)
    for style in first.document.styles:
        # Justified text in narrow columns opens wide gaps between words.
        fmt = getattr(style, "paragraph_format", None)
        if fmt is not None and fmt.alignment == WD_ALIGN_PARAGRAPH.JUSTIFY:
            fmt.alignment = WD_ALIGN_PARAGRAPH.LEFT
    writers = [first, *(WordWriter(i, first.document) for i in instruments[1:])]
    table = first.document.add_table(rows=0, cols=columns)
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    row = _Rows(table, writers, translator)
    row.headings([_LANGUAGE_NAMES.get(i.language, i.language) for i in instruments])
    row.fill(lambda w: w.cover(), lambda t: [t.pending])
    row.fill(lambda w: w.preamble(), lambda t: [t.pending])
    part_number = 0
    for index, item in enumerate(instruments[0].body):
        if item.level is ProvisionLevel.PART:
            part_number += 1
            row.fill(
                lambda w, i=index: w.part_heading(w.instrument.body[i]),
                lambda t, n=part_number: [_label(t.part, t.first_part, n, roman(n)), t.pending],
            )
        sections = item.children if item.level is ProvisionLevel.PART else (item,)
        for s_index, _ in enumerate(sections):
            row.fill(
                lambda w, i=index, j=s_index: w.section(_sections_of(w.instrument.body[i])[j]),
                lambda t, j=s_index, i=index: [_section_label(t, instruments[0], i, j), t.pending],
            )
    last = instruments[0].signature_after_schedules
    if not last:
        row.fill(lambda w: w.signature(), lambda t: [t.pending])
    for k, _ in enumerate(instruments[0].schedules):
        row.fill(lambda w, k=k: w.schedule_body(w.instrument.schedules[k]), lambda t: [t.pending])
    if last:
        row.fill(lambda w: w.signature(), lambda t: [t.pending])
    if drafting_notes:
        first.target = first.document
        first._page_break()
        first.drafting_notes_annex()
    buffer = io.BytesIO()
    first.document.save(buffer)
    return buffer.getvalue()


def _sections_of(item: Provision) -> tuple[Provision, ...]:
    return item.children if item.level is ProvisionLevel.PART else (item,)


def _section_label(
    labels: TranslatorLabels, instrument: Instrument, part_index: int, j: int
) -> str:
    section = _sections_of(instrument.body[part_index])[j]
    n = int(section.eid.rsplit("_", 1)[1])
    return _label(labels.section, labels.first_section, n, str(n))


def _label(template: str, first: str, n: int, num: str) -> str:
    return first if n == 1 and first else fill_label(template, num)


def _check_alignment(instruments: Sequence[Instrument]) -> None:
    def outline(i: Instrument) -> list[str]:
        return [s.eid for s in i.sections()] + [s.eid for s in i.schedules]

    if len(instruments) < 2:
        raise RenderError(
            Code.UNSUPPORTED_FORMAT, "A parallel layout needs at least two languages."
        )
    reference = outline(instruments[0])
    for other in instruments[1:]:
        if outline(other) != reference or other.country != instruments[0].country:
            raise RenderError(
                Code.LANGUAGE_MISMATCH,
                f"The {other.language!r} version does not have the same provisions as the "
                f"{instruments[0].language!r} version, so they cannot stand side by side.",
                hint="Build both languages from the same answers and library version.",
            )


def _landscape(writer: WordWriter) -> None:
    section = writer.document.sections[0]
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = Cm(29.7), Cm(21.0)
    section.left_margin = section.right_margin = Cm(1.8)


_LANGUAGE_NAMES = {"en": "ENGLISH", "fr": "FRANÇAIS", "es": "ESPAÑOL"}


class _Rows:
    """Adds a row and lets each language's writer fill its own cell."""

    def __init__(self, table: Any, writers: list[WordWriter], translator: TranslatorLabels | None):
        self.table = table
        self.writers = writers
        self.translator = translator

    def headings(self, names: list[str]) -> None:
        """The row of language names, repeated at the top of every page."""
        row = self.table.add_row()
        repeat_as_header(row)
        cells = list(row.cells)
        if self.translator is not None:
            names = [self.translator.column_heading, *names]
        for cell, name, writer in zip(cells, names, [self.writers[0], *self.writers], strict=False):
            paragraph = cell.paragraphs[0]
            paragraph.style = writer.document.styles["Table Text"]
            paragraph.add_run(name).bold = True

    def fill(self, write: Any, pending: Any) -> None:
        # Rows may split across pages: an article can be longer than a page, and a row
        # that must not split but cannot fit makes word processors loop on layout.
        row = self.table.add_row()
        cells = list(row.cells)
        if self.translator is not None:
            self._translator_cell(cells.pop(0), pending(self.translator))
        for writer, cell in zip(self.writers, cells, strict=True):
            writer.target = cell
            write(writer)
            _drop_leading_empty_paragraph(cell)

    def _translator_cell(self, cell: Any, lines: list[str]) -> None:
        assert self.translator is not None
        for i, line in enumerate(lines):
            paragraph = cell.add_paragraph(
                style="Provision Heading" if i < len(lines) - 1 else "Provision Text"
            )
            run = paragraph.add_run(line)
            set_run_language(run, self.translator.language_tag)
            if line == self.translator.pending:
                run.italic = True
                run.font.highlight_color = WD_COLOR_INDEX.GRAY_25
        _drop_leading_empty_paragraph(cell)


def _drop_leading_empty_paragraph(cell: Any) -> None:
    """A new cell starts with an empty paragraph; no empty paragraph is left for spacing."""
    paragraphs = cell.paragraphs
    if len(paragraphs) > 1 and not paragraphs[0].text:
        element = paragraphs[0]._element
        element.getparent().remove(element)
