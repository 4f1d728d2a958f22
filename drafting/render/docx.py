"""Instrument -> .docx: the country's legal form in named Word styles, numbers from the model.

Numbers are literal text written from the model ("12. (1)", "Art. 9°.-", "Article 12:"),
not Word list numbering: they must survive pasting into a ministry's own template and
stay stable for diffs between versions. Each level has its own named paragraph style, so
a drafter restyles the whole instrument from Word's style pane."""

from __future__ import annotations

import io
import re
from collections.abc import Iterable, Sequence
from copy import deepcopy
from typing import Any

from docx import Document
from docx.document import Document as DocumentObject
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_COLOR_INDEX
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt
from docx.text.paragraph import Paragraph
from docx.text.run import Run

from drafting.model import (
    FactText,
    Inline,
    Instrument,
    InstrumentKind,
    Provenance,
    Provision,
    ProvisionLevel,
    Schedule,
    TableBlock,
    facts_to_verify,
    plain_text,
)
from drafting.render._ooxml import (
    add_field,
    frame_in_left_margin,
    keep_row_together,
    repeat_as_header,
    set_style_language,
    shade,
)
from drafting.render.figures import FIGURES, alt_text, figure_bytes

FONT = "Times New Roman"
# (name, size pt, bold, italic, alignment, left indent cm, first-line indent cm,
#  space before pt, space after pt, keep with next)
_STYLES = (
    ("Cover Line", 11, True, False, "center", 0, 0, 0, 2, True),
    ("Number Line", 12, True, False, "center", 0, 0, 6, 12, True),
    ("Instrument Title", 14, True, False, "center", 0, 0, 6, 6, True),
    ("Instrument Subtitle", 11, False, True, "center", 0, 0, 0, 12, False),
    ("Arrangement Heading", 11, True, False, "center", 0, 0, 12, 6, True),
    ("Arrangement Part", 10, True, False, "center", 0, 0, 6, 2, True),
    ("Arrangement Entry", 10, False, False, "left", 1.2, -1.2, 0, 1, False),
    ("Preamble", 11, False, False, "justify", 0, 0, 0, 6, False),
    ("Preamble Heading", 11, True, False, "left", 0, 0, 6, 6, True),
    ("Enacting Formula", 11, True, False, "left", 0, 0, 6, 12, True),
    ("Proclamation", 11, True, False, "center", 0, 0, 6, 12, True),
    ("Part Heading", 12, True, False, "center", 0, 0, 12, 0, True),
    ("Part Title", 12, True, False, "center", 0, 0, 0, 12, True),
    ("Provision Heading", 11, True, False, "left", 0, 0, 9, 3, True),
    ("Provision Text", 11, False, False, "justify", 0, 0, 0, 6, False),
    ("Subprovision", 11, False, False, "justify", 0, 0, 0, 6, False),
    ("Paragraph (a)", 11, False, False, "justify", 1.5, -0.75, 0, 3, False),
    ("Subparagraph (i)", 11, False, False, "justify", 2.5, -0.75, 0, 3, False),
    ("Definition", 11, False, False, "justify", 0.75, 0, 0, 3, False),
    ("Continuation", 11, False, False, "justify", 0, 0, 0, 6, False),
    ("Schedule Heading", 12, True, False, "center", 0, 0, 0, 2, True),
    ("Schedule Reference", 10, False, True, "center", 0, 0, 0, 2, True),
    ("Schedule Title", 11, True, False, "center", 0, 0, 4, 10, True),
    ("Schedule Text", 10, False, False, "justify", 0, 0, 6, 6, False),
    ("Table Text", 10, False, False, "left", 0, 0, 0, 0, False),
    ("Figure", 10, False, False, "center", 0, 0, 6, 6, False),
    ("Signature", 11, False, False, "left", 8.5, 0, 0, 0, False),
    ("Note Heading", 11, True, False, "center", 0, 0, 12, 6, True),
    ("Explanatory Note", 10, False, False, "justify", 0, 0, 0, 6, False),
    ("Drafting Note", 9, False, False, "left", 0, 0, 0, 4, False),
    ("Drafting Note Heading", 9, True, False, "left", 0, 0, 6, 2, True),
)
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
LANGUAGE_TAGS = {"en": "en-GB", "es": "es-PY", "fr": "fr-FR"}
_WORDS: dict[str, dict[str, Any]] = {
    "en": {
        "explanatory": "EXPLANATORY NOTE",
        "notes": "DRAFTING NOTES",
        "notes_intro": "For the drafter and reviewers; not part of the instrument. "
        "Delete before publication.",
        "verify": "Facts to confirm",
        "verify_intro": "Highlighted in the text: each was taken from the country profile, "
        "which marks it unconfirmed.",
        "why": "Included because",
        "always": "every draft contains it",
        "country": "the country profile calls for it",
        "sources": "Model sources",
        "source": "Source",
        "schedules": "SCHEDULES",
        "power": "Power",
        "incidental": "incidental to the instrument: rests on the powers recited",
        "primary": "primary legislation: needs no enabling power",
        "basis": "Legal basis",
        "basis_intro": "Each power the instrument recites, who holds it, the conditions of "
        "its exercise "
        "and the provisions that rest on it.",
        "basis_columns": ("Power", "Holder and conditions", "Provisions", "Source"),
        "sanctions": "Sanctions map",
        "sanctions_intro": "Each duty of the instrument and the sanction the law allows for it. "
        "A duty without a sanction is marked: give it one the law allows, make it a condition of a "
        "licence or registration, or delete it.",
        "sanctions_columns": ("Duty", "On", "Sanction", "Source"),
        "unsanctioned": "NO SANCTION",
        "displaced": "Not in this instrument",
        "displaced_intro": "Provisions the answers asked for that this instrument does not "
        "contain, "
        "and why.",
        "displaced_columns": ("Provision", "Why", "Answers"),
        "timetable": "Timetable",
        "timetable_intro": "When each period of the draft runs out, counted from commencement, "
        "and the answers that set it. A calendar year is shown with the range of its start, as "
        "the date of publication is not yet known. The answers have been checked for an order "
        "that can be complied with.",
        "timetable_columns": ("When", "What", "Provision", "Set by"),
    },
    "es": {
        "explanatory": "EXPOSICIÓN DE MOTIVOS",
        "notes": "NOTAS DE REDACCIÓN",
        "notes_intro": "Para quien redacta y revisa; no forman parte del texto. "
        "Suprímanse antes de la publicación.",
        "verify": "Datos por confirmar",
        "verify_intro": "Resaltados en el texto: provienen del perfil del país, "
        "que los señala como no confirmados.",
        "why": "Se incluye porque",
        "always": "todo proyecto la contiene",
        "country": "lo requiere el perfil del país",
        "sources": "Fuentes modelo",
        "source": "Fuente",
        "schedules": "ANEXOS",
        "power": "Atribución",
        "incidental": "accesoria al instrumento: se funda en las atribuciones invocadas",
        "primary": "ley: no requiere atribución habilitante",
        "basis": "Fundamento legal",
        "basis_intro": "Cada atribución que invoca el instrumento, quién la ejerce, sus "
        "condiciones y "
        "las disposiciones que se fundan en ella.",
        "basis_columns": ("Atribución", "Titular y condiciones", "Disposiciones", "Fuente"),
        "sanctions": "Cuadro de correspondencia de sanciones",
        "sanctions_intro": "Cada deber del instrumento y la sanción que la ley permite. Un deber "
        "sin "
        "sanción se señala: asígnesele una que la ley permita, conviértase en condición de una "
        "autorización o inscripción, o suprímase.",
        "sanctions_columns": ("Deber", "Sujeto", "Sanción", "Fuente"),
        "unsanctioned": "SIN SANCIÓN",
        "displaced": "Materias que no contiene este instrumento",
        "displaced_intro": "Disposiciones que las respuestas solicitan y que este instrumento no "
        "contiene, y el motivo.",
        "displaced_columns": ("Disposición", "Motivo", "Respuestas"),
        "timetable": "Calendario de aplicación",
        "timetable_intro": "El vencimiento de cada plazo del proyecto, contado desde la entrada "
        "en vigencia, y las respuestas que lo fijan. Un año calendario se indica con el margen de "
        "su comienzo, pues la fecha de publicación aún no se conoce. Se ha comprobado que el "
        "orden de los plazos permite su cumplimiento.",
        "timetable_columns": ("Cuándo", "Qué", "Disposición", "Fijado por"),
    },
    "fr": {
        "explanatory": "NOTE EXPLICATIVE",
        "notes": "NOTES DE RÉDACTION",
        "notes_intro": "À l'intention des rédacteurs et des relecteurs ; ne font pas partie du "
        "texte. À supprimer avant publication.",
        "verify": "Données à confirmer",
        "verify_intro": "Surlignées dans le texte : elles proviennent du profil du pays, "
        "qui les indique comme non confirmées.",
        "why": "Motif d'inclusion",
        "always": "tout projet la contient",
        "country": "le profil du pays la requiert",
        "sources": "Sources",
        "source": "Source",
        "schedules": "ANNEXES",
        "power": "Fondement",
        "incidental": "accessoire à l'instrument : repose sur les pouvoirs visés",
        "primary": "loi : ne requiert aucune habilitation",
        "basis": "Fondement juridique",
        "basis_intro": "Chaque pouvoir visé par l'instrument, son titulaire, les conditions de son "
        "exercice et les dispositions qui en relèvent.",
        "basis_columns": ("Pouvoir", "Titulaire et conditions", "Dispositions", "Source"),
        "sanctions": "Tableau de concordance des sanctions",
        "sanctions_intro": "Chaque obligation de l'instrument et la sanction que la loi "
        "permet. Une obligation sans sanction est signalée : lui donner une sanction que la "
        "loi permet, en faire une condition d'un agrément ou d'un enregistrement, ou la "
        "supprimer.",
        "sanctions_columns": ("Obligation", "Sujet", "Sanction", "Source"),
        "unsanctioned": "SANS SANCTION",
        "displaced": "Matières que l'instrument ne contient pas",
        "displaced_intro": "Dispositions demandées par les réponses que l'instrument ne "
        "contient pas, et pourquoi.",
        "displaced_columns": ("Disposition", "Motif", "Réponses"),
        "timetable": "Calendrier de mise en œuvre",
        "timetable_intro": "L'échéance de chaque délai du projet, comptée à partir de l'entrée "
        "en vigueur, et les réponses qui la fixent. Une année civile est indiquée avec la marge "
        "de son début, la date de publication n'étant pas encore connue. L'ordre des délais a "
        "été vérifié : il permet de s'y conformer.",
        "timetable_columns": ("Quand", "Quoi", "Disposition", "Fixé par"),
    },
}


def render_docx(instrument: Instrument, *, drafting_notes: bool = True) -> bytes:
    """The instrument as a Word document in its country's form.

    `drafting_notes` adds the annex that gives, per provision, why it is in the draft and
    its model sources, and lists the facts to confirm; False gives the clean copy."""
    writer = WordWriter(instrument)
    writer.write(drafting_notes)
    buffer = io.BytesIO()
    writer.document.save(buffer)
    return buffer.getvalue()


class WordWriter:
    """Writes one instrument; `target` is where paragraphs go (the body, or a table cell
    when languages stand side by side)."""

    def __init__(self, instrument: Instrument, document: DocumentObject | None = None) -> None:
        self.instrument = instrument
        self.tag = LANGUAGE_TAGS.get(instrument.language, instrument.language)
        self.words = _WORDS[instrument.language]
        self.document: DocumentObject = document or Document()
        self.target: Any = self.document
        self._style_ids: dict[str, str] = {}
        self._paragraph_properties: dict[str, Any] = {}
        self._run_properties = _language_properties(self.tag)

    # --- document ------------------------------------------------------------------------

    def write(self, drafting_notes: bool) -> None:
        self.setup()
        self.cover()
        self._arrangement()
        self.preamble()
        for item in self.instrument.body:
            if item.level is ProvisionLevel.PART:
                self._part(item)
            else:
                self.section(item)
        if not self.instrument.signature_after_schedules:
            self.signature()
        for schedule in self.instrument.schedules:
            self._schedule(schedule)
        if self.instrument.signature_after_schedules:
            self.signature()
        if self.instrument.explanatory_note:
            self._page_break()
            self._para("Note Heading", self.words["explanatory"])
            self._para("Explanatory Note", self.instrument.explanatory_note)
        if drafting_notes:
            self._page_break()
            self.drafting_notes_annex()

    def setup(self) -> None:
        document = self.document
        section = document.sections[0]
        section.page_height, section.page_width = Cm(29.7), Cm(21.0)
        section.left_margin = section.right_margin = Cm(2.5)
        section.top_margin, section.bottom_margin = Cm(2.5), Cm(2.2)
        section.header_distance = section.footer_distance = Cm(1.2)
        normal = document.styles["Normal"]
        normal.font.name = FONT
        normal.font.size = Pt(11)
        set_style_language(normal, self.tag)
        for name, size, bold, italic, align, left, first, before, after, keep in _STYLES:
            style = document.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
            style.base_style = normal
            style.quick_style = True
            style.font.size = Pt(size)
            style.font.bold = bold
            style.font.italic = italic
            fmt = style.paragraph_format
            fmt.alignment = _ALIGN[align]
            fmt.left_indent = Cm(left)
            fmt.first_line_indent = Cm(first)
            fmt.space_before = Pt(before)
            fmt.space_after = Pt(after)
            fmt.keep_with_next = keep
            fmt.widow_control = True
        document.styles["Arrangement Entry"].paragraph_format.tab_stops.add_tab_stop(Cm(1.2))
        if self.instrument.section_layout == "marginal":
            # Headings as marginal notes (Zambia): a wide left margin holds them, level with
            # the first line of their provision.
            section.left_margin, section.right_margin = Cm(5.0), Cm(2.0)
            heading = document.styles["Provision Heading"]
            heading.font.size, heading.font.bold = Pt(8.5), False
            fmt = heading.paragraph_format
            fmt.space_before = fmt.space_after = Pt(0)
            fmt.keep_with_next = True
        self._header_footer()
        # The properties a ministry's file carries: its title, language and office, nothing
        # that names this tool.
        props = document.core_properties
        props.title = self.instrument.title
        props.subject = self.instrument.number_line
        props.language = self.tag
        props.author = self.instrument.author
        props.last_modified_by = self.instrument.author
        props.keywords = ""
        props.comments = ""

    def _header_footer(self) -> None:
        section = self.document.sections[0]
        header = section.header.paragraphs[0]
        title = self.instrument.title
        header.text = (
            title
            if len(title) <= 90 or not self.instrument.number_line
            else (self.instrument.number_line)
        )
        header.alignment = WD_ALIGN_PARAGRAPH.CENTER
        for run in header.runs:
            run.font.size = Pt(8)
            run.font.italic = True
        footer = section.footer.paragraphs[0]
        footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
        add_field(footer, "PAGE")

    # --- parts of the instrument ---------------------------------------------------------

    def cover(self) -> None:
        for line in self.instrument.cover:
            self._para("Cover Line", line)
        if self.instrument.number_line:  # Rwanda: the number is part of the title line
            self._para("Number Line", self.instrument.number_line)
        for line in self.instrument.above_title:
            self._para("Instrument Subtitle", line)
        self._para("Instrument Title", self.instrument.title)
        for line in self.instrument.subtitle:
            self._para("Instrument Subtitle", line)

    def _arrangement(self) -> None:
        """The arrangement of provisions (table of contents) that these instruments print."""
        instrument = self.instrument
        if not instrument.arrangement_heading:
            return
        self._para("Arrangement Heading", instrument.arrangement_heading)
        self._fit_arrangement_labels()
        for item in instrument.body:
            sections = item.children if item.level is ProvisionLevel.PART else (item,)
            if item.level is ProvisionLevel.PART:
                # As the instruments print it: the Part's number, its heading beneath.
                self._para("Arrangement Part", item.label).paragraph_format.space_after = Pt(0)
                if item.heading:
                    self._para("Arrangement Part", item.heading).paragraph_format.space_before = Pt(
                        0
                    )
            for section in sections:
                if section.heading:
                    label = _entry_label(section.label)
                    self._para("Arrangement Entry", f"{label}\t{section.heading}")
        if instrument.schedules:
            self._para("Arrangement Part", self.words["schedules"])
            for schedule in instrument.schedules:
                # A schedule's label is longer than a provision's number: it runs into its
                # title rather than pushing every entry's tab stop to the right.
                self._para("Arrangement Entry", f"{schedule.label}—{schedule.heading}")
        self._page_break()

    def _fit_arrangement_labels(self) -> None:
        """Indent the entries past the longest label, so "Article 12" and "SECOND SCHEDULE"
        are followed by their heading at one tab stop, not run into it."""
        labels = [_entry_label(s.label) for s in self.instrument.sections()]
        # Times New Roman 10 pt: about 0.2 cm a character, plus a gap.
        width = Cm(max(1.2, 0.2 * max(map(len, labels), default=0) + 0.4))
        fmt = self.document.styles["Arrangement Entry"].paragraph_format
        fmt.left_indent, fmt.first_line_indent = width, -width
        fmt.tab_stops.clear_all()
        fmt.tab_stops.add_tab_stop(width)

    def preamble(self) -> None:
        for item in self.instrument.preamble:
            style = {
                "heading": "Preamble Heading",
                "formula": "Enacting Formula",
                "proclamation": "Proclamation",
            }.get(item.role, "Preamble")
            paragraph = self._inline_para(style, item.content)
            if style == "Enacting Formula" and len(plain_text(item.content)) > 60:
                # A formula that recites the powers ("IN EXERCISE of the powers ...") is a
                # sentence, printed in roman; a word of command ("ORDERS:") stands in bold.
                for run in paragraph.runs:
                    run.bold = False

    def _part(self, part: Provision) -> None:
        self.part_heading(part)
        for section in part.children:
            self.section(section)

    def part_heading(self, part: Provision) -> None:
        self._para("Part Heading", part.label)
        if part.heading:
            self._para("Part Title", part.heading.upper())

    def section(self, section: Provision) -> None:
        """A provision in the country's layout; its first sub-provision shares its first line.

        heading-above: "Title" on its own line, then "1. (1) These Regulations...";
        marginal (Zambia): the same, the heading printed as a marginal note beside the text;
        label-with-heading (Rwanda): "Article 3: Registration" then the text;
        run-in (Paraguay): "Art. 3°.- Registro. Todo productor deberá..." in one paragraph."""
        layout = self.instrument.section_layout
        first, rest = _first_line(section)
        if layout == "run-in":
            paragraph = self._paragraph("Provision Text")
            heading = f" {section.heading}." if section.heading else ""
            self._run(paragraph, f"{section.label}{heading} ").bold = True
            if first is not None:
                if first is not section and first.label:
                    self._run(paragraph, first.label + " ")
                self._runs(paragraph, first.content)
        else:
            if layout in ("heading-above", "marginal"):
                heading, lead = section.heading or "", section.label
            else:
                heading = f"{section.label} {section.heading}" if section.heading else section.label
                lead = ""
            if heading.strip():
                note = self._para("Provision Heading", heading.strip())
                if layout == "marginal" and self.target is self.document:
                    frame_in_left_margin(note, width_cm=3.0, from_page_edge_cm=1.6)
            if first is not None:
                own = first.label if first is not section else ""
                self._inline_para(
                    "Provision Text", first.content, " ".join(x for x in (lead, own) if x)
                )
            elif lead:
                self._para("Provision Text", lead)
        if first is not None and first is not section:
            for child in first.children:
                self._child(child)
            if first.after:
                self._inline_para("Continuation", first.after)
        for child in rest:
            self._child(child)
        if section.after:
            self._inline_para("Continuation", section.after)

    def _child(self, provision: Provision) -> None:
        style = "Definition" if provision.definition else _LEVEL_STYLE[provision.level]
        self._inline_para(style, provision.content, provision.label)
        self._figure(provision.figure)
        for child in provision.children:
            self._child(child)
        if provision.after:
            self._inline_para(
                "Continuation" if provision.level is ProvisionLevel.SUBSECTION else style,
                provision.after,
            )

    def signature(self) -> None:
        lines = self.instrument.signature
        for i, line in enumerate(lines):
            paragraph = self._para("Signature", line)
            if i == 0:
                paragraph.paragraph_format.space_before = Pt(24)
            paragraph.paragraph_format.keep_with_next = i < len(lines) - 1

    def _schedule(self, schedule: Schedule) -> None:
        self._page_break()
        self.schedule_body(schedule)

    def schedule_body(self, schedule: Schedule) -> None:
        self._para("Schedule Heading", schedule.label)
        if schedule.referred_by:
            self._para("Schedule Reference", schedule.referred_by)
        self._para("Schedule Title", schedule.heading.upper())
        for item in schedule.content:
            if isinstance(item, TableBlock):
                self._table(item)
            else:
                self._inline_para("Schedule Text", item.content)
                self._figure(item.figure)
                for child in item.children:
                    self._child(child)
                if item.after:
                    self._inline_para("Schedule Text", item.after)

    def _figure(self, figure_id: str) -> None:
        """The figure a provision prints after its text, centred, with its description as
        the picture's alternative text."""
        if not figure_id:
            return
        run = self._para("Figure", "").add_run()
        width = Cm(FIGURES[figure_id].width_cm)
        run.add_picture(io.BytesIO(figure_bytes(figure_id, "png")), width=width)
        properties = run._r.xpath(".//wp:docPr")
        for element in properties:
            element.set("descr", alt_text(figure_id, self.instrument.language))

    def _table(self, table: TableBlock) -> None:
        grid = self.target.add_table(rows=1, cols=len(table.columns))
        grid.style = "Table Grid"
        grid.alignment = WD_TABLE_ALIGNMENT.CENTER
        header = grid.rows[0]
        repeat_as_header(header)
        for cell, text in zip(header.cells, table.columns, strict=True):
            shade(cell, "D9D9D9")
            self._cell(cell, text, bold=True)
        for row in table.rows:
            added = grid.add_row()
            keep_row_together(added)
            for cell, text in zip(added.cells, row, strict=True):
                self._cell(cell, text)
        if self.target is self.document:
            self._fit_columns(grid, table)

    def _fit_columns(self, grid: Any, table: TableBlock) -> None:
        """Share the text width among the columns by how much they hold, so a "No." column
        stays narrow and the descriptions get the room."""
        section = self.document.sections[-1]
        width = (section.page_width or 0) - (section.left_margin or 0) - (section.right_margin or 0)
        if width <= 0:
            return
        weights = []
        for i, column in enumerate(table.columns):
            longest = max([len(column), *(len(row[i]) for row in table.rows)])
            weights.append(min(max(longest, 4), 60))
        grid.autofit = False
        for i, weight in enumerate(weights):
            share = int(width * weight / sum(weights))
            grid.columns[i].width = share  # the grid LibreOffice lays out by
            for cell in grid.columns[i].cells:
                cell.width = share  # the cell widths Word lays out by

    def _cell(self, cell: object, text: str, bold: bool = False) -> None:
        paragraph = cell.paragraphs[0]  # type: ignore[attr-defined]
        paragraph._p.get_or_add_pPr().style = self._style_id("Table Text")
        self._run(paragraph, text).bold = bold or None

    def drafting_notes_annex(self) -> None:
        words = self.words
        self._para("Note Heading", words["notes"])
        self._para("Drafting Note", words["notes_intro"]).runs[0].italic = True
        facts = {f.path: f for f in facts_to_verify(self.instrument)}
        if facts:
            self._para("Drafting Note Heading", words["verify"])
            self._para("Drafting Note", words["verify_intro"])
            for fact in facts.values():
                paragraph = self._para("Drafting Note", "")
                self._run(paragraph, fact.text).font.highlight_color = WD_COLOR_INDEX.YELLOW
                self._run(paragraph, f" — {words['source']}: {fact.source}")
        self._basis_table()
        self._sanctions_table()
        self._timetable_table()
        self._displaced_table()
        labels = {s.eid: s for s in self.instrument.sections()}
        for provenance in self.instrument.provenance:
            section = labels.get(provenance.eid)
            if section is not None:
                self._provenance_note(section, provenance)

    def _notes_table(self, key: str, rows: Sequence[tuple[str, ...]]) -> None:
        words = self.words
        self._para("Drafting Note Heading", words[key])
        self._para("Drafting Note", words[f"{key}_intro"])
        self._table(TableBlock(columns=words[f"{key}_columns"], rows=tuple(rows)))

    def _basis_table(self) -> None:
        """The powers recited, their holders and conditions, and what rests on each."""
        labels = {s.eid: _bare(s.label) for s in self.instrument.sections()}
        holder = {p.power_key: p.power for p in self.instrument.provenance if p.power_key}
        rows = [
            (
                use.text,
                (holder.get(use.key, "") or use.holder).removeprefix(use.text).strip(", "),
                ", ".join(labels.get(e, e) for e in use.provisions),
                use.source + (" [verify]" if use.verify else ""),
            )
            for use in self.instrument.basis
        ]
        if rows:
            self._notes_table("basis", rows)

    def _sanctions_table(self) -> None:
        """Every duty and its sanction, the unsanctioned ones marked."""
        rows = [
            (
                entry.label,
                entry.addressee,
                entry.sanction or self.words["unsanctioned"],
                entry.source + (" [verify]" if entry.verify else ""),
            )
            for entry in self.instrument.sanctions
        ]
        if rows:
            self._notes_table("sanctions", rows)

    def _timetable_table(self) -> None:
        """The dates of the draft, in order, with the provisions and answers that set them."""
        labels = {s.eid: _bare(s.label) for s in self.instrument.sections()}
        rows = [
            (
                entry.when,
                entry.label,
                "; ".join(
                    filter(
                        None,
                        (", ".join(labels.get(e, e) for e in entry.provisions), entry.elsewhere),
                    )
                ),
                "; ".join(self._answer(q) for q in entry.questions),
            )
            for entry in self.instrument.timetable
            if entry.id != "commencement"
        ]
        if rows:
            self._notes_table("timetable", rows)

    def _displaced_table(self) -> None:
        """What the answers asked for and this instrument does not contain, and why."""
        rows = [
            (
                entry.heading,
                entry.reason,
                "; ".join(self._answer(k, v) for k, v in entry.answers.items()),
            )
            for entry in self.instrument.displaced
        ]
        if rows:
            self._notes_table("displaced", rows)

    def _provenance_note(self, section: Provision, provenance: Provenance) -> None:
        words = self.words
        title = f"{_bare(section.label)} {section.heading or ''}".strip()
        self._para("Drafting Note Heading", title)
        if provenance.rule == "always":
            why = words["always"]
        elif provenance.answers:
            why = "; ".join(self._answer(k, v) for k, v in provenance.answers.items())
        else:
            why = words["country"]
        lines = [
            f"{words['why']}: {why}",
            f"{words['power']}: {self._power_of(provenance)}",
            f"{words['sources']}: {'; '.join(provenance.sources)}",
        ]
        for line in lines:
            self._para("Drafting Note", line)

    def _answer(self, question: str, value: object = None) -> str:
        """An answer as the drafter gave it, in words (the question's label, not its id)."""
        shown = self.instrument.answers_shown.get(question)
        if shown:
            return shown
        return question if value is None else f"{question} = {_show(value)}"

    def _power_of(self, provenance: Provenance) -> str:
        if self.instrument.kind is InstrumentKind.BILL:
            return str(self.words["primary"])
        return provenance.power or str(self.words["incidental"])

    # --- paragraphs and runs ---------------------------------------------------------------

    def _page_break(self) -> None:
        """A page break after the last block; after a table, in a paragraph of its own (a
        break in the paragraph before the table would fall before it)."""
        body = self.document.element.body
        blocks = [e for e in body.iterchildren() if e.tag.rsplit("}", 1)[-1] in ("p", "tbl")]
        if not blocks:
            return
        if blocks[-1].tag.endswith("}tbl"):
            self.document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        else:
            self.document.paragraphs[-1].add_run().add_break(WD_BREAK.PAGE)

    def _paragraph(self, style: str) -> Paragraph:
        """A new paragraph in a named style.

        python-docx resolves a style given by name or object by scanning every style of the
        document for the default one, for each paragraph (most of the rendering time); the
        style id is looked up once per style here and written as the paragraph's pStyle."""
        paragraph: Paragraph = self.target.add_paragraph()
        if style not in self._paragraph_properties:
            properties = OxmlElement("w:pPr")
            properties.style = self._style_id(style)
            self._paragraph_properties[style] = properties
        paragraph._p.insert(0, deepcopy(self._paragraph_properties[style]))
        return paragraph

    def _style_id(self, style: str) -> str:
        if style not in self._style_ids:
            self._style_ids[style] = self.document.styles[style].style_id
        return self._style_ids[style]

    def _para(self, style: str, text: str) -> Paragraph:
        paragraph = self._paragraph(style)
        if text:
            self._run(paragraph, text)
        return paragraph

    def _inline_para(self, style: str, content: Iterable[Inline], label: str = "") -> Paragraph:
        paragraph = self._paragraph(style)
        if label:
            self._run(
                paragraph,
                label + ("\t" if style.startswith(("Paragraph", "Subparagraph")) else " "),
            )
        self._runs(paragraph, content)
        return paragraph

    def _runs(self, paragraph: Paragraph, content: Iterable[Inline]) -> None:
        for inline in content:
            run = self._run(paragraph, inline.text)
            if isinstance(inline, FactText) and inline.verify:
                # Facts the profile marks "verify" are highlighted for the drafter to confirm.
                run.font.highlight_color = WD_COLOR_INDEX.YELLOW

    def _run(self, paragraph: Paragraph, text: str) -> Run:
        run = paragraph.add_run()
        # A copy of one w:rPr holding the language tag (what set_run_language writes):
        # building it element by element for each of thousands of runs is slow.
        run._r.insert(0, deepcopy(self._run_properties))
        if "\t" in text or "\n" in text or "\r" in text:
            run.text = text  # python-docx turns these into w:tab and w:br
        elif text:
            # The same w:t that python-docx writes, without its character-by-character
            # scan for tabs and breaks (a third of the rendering time).
            run._r.add_t(text)
        return run


def _language_properties(tag: str) -> Any:
    """A w:rPr holding w:lang, as set_run_language writes it (ECMA-376 17.3.2.20)."""
    properties = OxmlElement("w:rPr")
    lang = OxmlElement("w:lang")
    lang.set(qn("w:val"), tag)
    properties.append(lang)
    return properties


def _first_line(section: Provision) -> tuple[Provision | None, tuple[Provision, ...]]:
    """What the provision's first line carries, and the children that follow it."""
    if section.content:
        return section, section.children
    if section.children and section.children[0].level is ProvisionLevel.SUBSECTION:
        return section.children[0], section.children[1:]
    return None, section.children


def _entry_label(label: str) -> str:
    """A provision's label in the arrangement: "12." keeps its full stop (as Zambian SIs
    print it); "Article 12:" and "Art. 9°.-" lose their punctuation."""
    return label if re.fullmatch(r"\d+\.", label) else _bare(label)


def _bare(label: str) -> str:
    return label.rstrip(" :.-")


def _show(value: object) -> str:
    if isinstance(value, tuple):
        return ", ".join(_show(v) for v in value)
    if isinstance(value, dict):
        return "/".join(str(v) for v in value.values())
    if isinstance(value, bool):
        return "yes" if value else "no"
    return str(value)
