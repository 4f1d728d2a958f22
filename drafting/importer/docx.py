"""Word -> Instrument: our own output exactly (by its named styles), any other regulation
by its printed numbering ("12. (1)", "Regulation 5", "Article 5:", "Art. 9°.-", "(a)",
"1°", "a)"), whether typed or produced by Word's automatic numbering.

The file is first checked by `drafting.importer.safety` (size, zip bombs, DTDs and
entities, encryption), then read as Word displays it by `drafting.importer.ooxml`
(tracked changes accepted, numbering resolved), then its lines are sorted into the
instrument's structure: the title and preamble, parts, provisions and their levels,
definitions and schedules."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field, replace

from drafting.errors import DocxImportError
from drafting.formats import roman
from drafting.importer.ooxml import EditableDocument, Grid, Para, read_document, read_editable
from drafting.importer.safety import open_package
from drafting.model import (
    Definition,
    Instrument,
    PreambleItem,
    ProfileId,
    Provision,
    ProvisionLevel,
    Schedule,
    TableBlock,
    TermId,
    Text,
)

__all__ = [
    "DocxImportError",
    "DocxOutline",
    "OutlineUnit",
    "guess_language",
    "import_docx",
    "outline_docx",
]

# --- the lines of a document -------------------------------------------------------------------

_WORD_NUMBERS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
    "twenty": 20, "premier": 1, "première": 1, "premiere": 1, "1er": 1, "1re": 1,
    "primero": 1, "primera": 1, "único": 1, "unico": 1, "única": 1, "unique": 1,
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
    "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10,
}  # fmt: skip
_ORDINALS = "FIRST|SECOND|THIRD|FOURTH|FIFTH|SIXTH|SEVENTH|EIGHTH|NINTH|TENTH|ELEVENTH|TWELFTH"
_DIVISION_RANK = {
    "book": 0, "livre": 0, "libro": 0,
    "title": 1, "titre": 1, "título": 1, "titulo": 1,
    "part": 2, "partie": 2, "parte": 2,
    "chapter": 3, "chapitre": 3, "capítulo": 3, "capitulo": 3,
    "division": 4, "sección": 4, "seccion": 4, "sous-section": 4,
}  # fmt: skip
_PART = re.compile(
    r"^(?P<kw>BOOK|LIVRE|LIBRO|TITLE|TITRE|T[IÍ]TULO|PART|PARTIE|PARTE|CHAPTER|CHAPITRE|"
    r"CAP[IÍ]TULO|DIVISION|SECCI[OÓ]N)\s+(?P<num>[IVXLC]+|\d+|[A-Za-zéèíú]+|1er|1re)\b\.?"
    r"(?:\s*(?P<sep>[—\u2013:.\-])\s*|\s+|$)(?P<rest>.*)$",
    re.I | re.S,
)
_SCHEDULE = re.compile(
    rf"^(?P<label>(?:{_ORDINALS})\s+SCHEDULE|THE\s+SCHEDULE|SCHEDULE(?:\s+(?:\d+|[IVXLC]+|[A-Z]))?"
    r"|ANNEX(?:E|URE)?(?:\s+(?:\d+|[IVXLC]+|[A-Z]|UNIQUE))?|ANEXO(?:\s+(?:\d+|[IVXLC]+|[A-Z]|[ÚU]NICO))?"
    r"|APPENDIX(?:\s+(?:\d+|[IVXLC]+|[A-Z]))?)"
    r"\s*(?:[—\u2013:.\-]\s*(?P<rest>\S.*))?$",
    re.I | re.S,
)
_SECTION_PATTERNS = (
    # Paraguay: "Art. 5°.-", "Art. 10.-"; the ordinal sign on 1 to 9 only.
    ("art", re.compile(
        r"^(?P<label>Art\.\s*(?P<num>\d+)\s*[°º]?\s*\.?\s*[-\u2013—])\s*(?P<rest>.*)$", re.S | re.I
    )),
    ("art", re.compile(
        r"^(?P<label>Art\.\s*(?P<num>\d+)\s*[°º]?[.:]?)(?:\s+|$)(?P<rest>.*)$", re.S | re.I
    )),
    ("art", re.compile(
        r"^(?P<label>(?:Article|Artículo|Articulo)\s+(?P<num>\d+|premier|1er|one|primero|[úu]nico)"
        r"\s*[°º]?(?:\s*[.:]\s*[-\u2013—]?|\s*[-\u2013—])?)(?:\s+|$)(?P<rest>.*)$",
        re.S | re.I,
    )),
    ("sec", re.compile(
        r"^(?P<label>(?:Regulation|Section|Rule|Clause|Reg\.|Sec\.)\s+(?P<num>\d+[A-Z]?)"
        r"(?:\s*[.:]\s*[-\u2013—]?|\s*[-\u2013—])?)(?:\s+|$)(?P<rest>.*)$",
        re.S | re.I,
    )),
    ("sec", re.compile(r"^(?P<label>(?P<num>\d+[A-Z]?)\.)(?:\s+|$)(?P<rest>.*)$", re.S)),
)  # fmt: skip
_SUBSECTION = re.compile(r"^\((\d+[A-Z]?)\)(?:\s+(.*)|$)", re.S)
_PARAGRAPH = re.compile(r"^(?:\(([a-z]{1,3})\)|([a-z]{1,2})\)|(\d+)\s?[°º])\s*(.*)$", re.S)
_SUBPARAGRAPH = re.compile(r"^\(([ivxlc]+)\)\s*(.*)$", re.S)
_LIST_ITEM = re.compile(r"^(\d+)\.\s+(.*)$", re.S)
_NOTES = re.compile(
    r"^(EXPLANATORY NOTE|EXPLANATORY MEMORANDUM|DRAFTING NOTES|NOTE EXPLICATIVE"
    r"|EXPOSÉ DES MOTIFS|NOTES DE RÉDACTION|EXPOSICIÓN DE MOTIVOS|NOTAS DE REDACCIÓN)$"
)
_TOC_HEADING = re.compile(
    r"^(ARRANGEMENT OF (?:REGULATIONS|SECTIONS|PROVISIONS|RULES|ARTICLES|PARAGRAPHS|CLAUSES)"
    r"|(?:TABLE OF )?CONTENTS|TABLE DES MATIÈRES|SOMMAIRE|ÍNDICE|INDICE|TABLA DE CONTENIDO)$",
    re.I,
)

# Our own renderer's styles (drafting/render/docx.py): structure by style alone.
_OWN_STYLES = {
    "Cover Line", "Number Line", "Instrument Title", "Instrument Subtitle",
    "Arrangement Heading", "Arrangement Part", "Arrangement Entry", "Preamble",
    "Preamble Heading", "Enacting Formula", "Proclamation", "Part Heading", "Part Title",
    "Provision Heading", "Provision Text", "Subprovision", "Paragraph (a)",
    "Subparagraph (i)", "Definition", "Continuation", "Schedule Heading",
    "Schedule Reference", "Schedule Title", "Schedule Text", "Table Text", "Figure",
    "Signature", "Note Heading", "Explanatory Note", "Drafting Note", "Drafting Note Heading",
}  # fmt: skip
_FRONT_STYLES = {
    "Cover Line", "Number Line", "Instrument Title", "Instrument Subtitle", "Preamble",
    "Preamble Heading", "Enacting Formula", "Proclamation", "Title", "Subtitle",
}  # fmt: skip
_ARRANGEMENT_STYLES = {"Arrangement Heading", "Arrangement Part", "Arrangement Entry"}
_SUB_STYLES = {"Subprovision", "Paragraph (a)", "Subparagraph (i)", "Definition", "Continuation"}


@dataclass(frozen=True, slots=True)
class _Line:
    style: str
    text: str
    bold: str = ""
    outline: int | None = None  # a heading style's level
    block: int = -1  # the index of its paragraph in the document's blocks

    @property
    def own(self) -> bool:
        return self.style in _OWN_STYLES

    @property
    def heading_style(self) -> bool:
        return self.outline is not None or self.style in ("Title", "Subtitle")


def _lines(blocks: Sequence[Para | Grid], *, cells: bool = False) -> Iterator[_Line | Grid]:
    """Paragraphs as lines; a line break typed inside a paragraph of any other style than
    ours (Shift+Enter) separates two lines, as a reader sees them. With `cells`, the
    paragraphs of each table cell, row by row, are lines too."""
    for n, block in enumerate(blocks):
        if isinstance(block, Grid):
            if not cells:
                yield block
                continue
            for row in block.rows:
                for cell in dict.fromkeys(row):  # a merged cell is repeated across columns
                    yield from (_Line("Normal", t.strip()) for t in cell.split("\n") if t.strip())
            continue
        pieces = [block.text] if block.style in _OWN_STYLES else block.text.split("\n")
        for i, piece in enumerate(pieces):
            text = piece.strip()
            if text:
                yield _Line(block.style, text, block.bold if i == 0 else "", block.outline, n)


# --- the structure being built -----------------------------------------------------------------


@dataclass
class _Node:
    level: ProvisionLevel
    num: str
    label: str
    heading: str | None = None
    text: str = ""
    after: str = ""
    children: list[_Node] = field(default_factory=list)
    term: str | None = None
    colon: bool = False  # a definition written "term: meaning" (Rwanda, Paraguay)
    line: int = -1  # the index of the line that opened it (`outline_docx`)


@dataclass
class _State:
    parts: list[_Node] = field(default_factory=list)
    loose: list[_Node] = field(default_factory=list)  # sections outside any part
    section: _Node | None = None
    subsection: _Node | None = None
    paragraph: _Node | None = None
    definition: _Node | None = None  # the definition whose limbs may follow
    pending_heading: str | None = None
    schedules: list[Schedule] = field(default_factory=list)
    prefix: str = "sec"
    front: list[_Line] = field(default_factory=list)
    arrangement_heading: str = ""
    in_body: bool = False
    toc: bool = False
    toc_nums: set[str] = field(default_factory=set)
    toc_buffer: list[tuple[int, _Line]] = field(default_factory=list)
    division: str | None = None  # the keyword of the divisions taken as parts
    part_open: bool = False  # a part line without its heading, which may follow
    last_num: int = 0
    section_nums: set[int] = field(default_factory=set)  # the provisions' numbers read so far
    last_text: str = ""  # the line before, in the body
    list_next: int | None = None  # the next number of a list "1.", "2." inside a provision
    list_item: bool = False  # the line being read is an item of that list
    bare_label: bool = False  # the line before was a provision's number alone ("12.")
    layouts: dict[str, int] = field(default_factory=dict)
    stopped: bool = False
    line: int = -1  # the index of the line being placed


def import_docx(data: bytes, *, country: str = "", language: str = "") -> Instrument:
    """The instrument in a Word file: title and preamble, parts, provisions,
    sub-provisions, paragraphs, definitions and schedules, with the numbers as printed.

    `language` and `country` are set when given; the language is otherwise guessed from
    the text (`guess_language`) or, failing that, read from the document's properties.

    Raises DocxImportError I601 (not a readable .docx), I602 (too large, zip bomb),
    I603 (hostile XML), I604 (password-protected), I605 (another kind of file)."""
    document = read_document(open_package(data))
    items = list(_lines(document.blocks))
    importer = _Importer(items)
    importer.run()
    if not importer.found_anything() and any(isinstance(i, Grid) for i in items):
        # The whole text laid out in a table: read its cells, row by row, as lines.
        items = list(_lines(document.blocks, cells=True))
        importer = _Importer(items)
        importer.run()
    state = importer.state
    front = _front_matter(state.front, document.title)
    body = _body(state)
    schedules = tuple(state.schedules)
    lines = [line.text for line in items if isinstance(line, _Line)][:400]
    text = " ".join([front.title, *(t for item in front.preamble for t in _texts(item)), *lines])
    props_language = document.language[:2].lower()
    return Instrument(
        country=ProfileId(country),
        language=language or guess_language(text) or props_language,
        instrument_type=_instrument_type(front),
        section_layout=_layout(state),
        cover=tuple(front.cover),
        number_line=front.number_line,
        title=front.title,
        subtitle=tuple(front.subtitle),
        above_title=tuple(front.above_title),
        arrangement_heading=state.arrangement_heading,
        preamble=tuple(front.preamble),
        body=body,
        schedules=schedules,
    )


def _texts(item: PreambleItem) -> Iterator[str]:
    return (i.text for i in item.content)


class _Importer:
    """Sorts the lines into the structure, one line at a time, looking one line ahead
    where a heading stands alone before its provision."""

    def __init__(self, items: list[_Line | Grid]) -> None:
        self.items = items
        self.state = _State()

    def run(self) -> None:
        for index, item in enumerate(self.items):
            if self.state.stopped:
                break
            if isinstance(item, Grid):
                if self.state.in_body:
                    self._table(item)
                continue
            self._line(index, item)

    def found_anything(self) -> bool:
        state = self.state
        return bool(state.parts or state.loose or state.schedules)

    def _next(self, index: int) -> _Line | None:
        for i in range(index + 1, len(self.items)):
            item = self.items[i]
            if isinstance(item, _Line):
                return item
        return None

    # --- one line ------------------------------------------------------------------------

    def _line(self, index: int, line: _Line) -> None:
        state, style, text = self.state, line.style, line.text
        if style.lower().startswith("toc"):
            return  # Word's table of contents
        if style == "Note Heading" or (not line.own and state.in_body and _NOTES.match(text)):
            state.stopped = True  # the explanatory and drafting notes are not the instrument
            return
        if style == "Signature":
            state.section = None  # the signature closes the provisions, or (Zambia) a schedule
            return
        if style in _ARRANGEMENT_STYLES:
            if style == "Arrangement Heading":
                state.arrangement_heading = text
            return
        if state.toc and self._toc(index, line):
            return
        if not state.in_body and self._front(index, line):
            return
        self._body_line(index, line)

    def _front(self, index: int, line: _Line) -> bool:
        """Whether the line belongs to the title and preamble; False when the body starts."""
        state = self.state
        if line.style in _FRONT_STYLES:
            state.front.append(line)
            return True
        if not line.own and _TOC_HEADING.match(line.text):
            state.toc, state.arrangement_heading = True, line.text
            return True
        if self._starts_body(index, line):
            state.in_body = True
            return False
        state.front.append(line)
        return True

    def _starts_body(self, index: int, line: _Line) -> bool:
        if line.own:
            return line.style not in _FRONT_STYLES
        text = line.text
        if _part_match(line) or _schedule_match(line) or _section_start(text):
            return True
        following = self._next(index)
        # A heading standing alone before the first provision ("Citation" / "1. These...").
        return bool(
            self.state.front
            and _heading_like(text)
            and following is not None
            and _section_start(following.text)
            and _role(text, False) == "text"
        )

    def _toc(self, index: int, line: _Line) -> bool:
        """Skips an arrangement of provisions typed as text; False when the body (or the
        preamble) begins: at a formula or recital, or where the numbering starts again."""
        state, text = self.state, line.text
        found = _section_start(text)
        sentence = len(text.split()) > 8 and text[-1:] in ".;:\u2014"
        repeated = found is not None and found[1].group("num").lower() in state.toc_nums
        if _role(text, False) != "text" or len(text) > 250 or sentence or repeated:
            # The arrangement has ended: the lines since its last entry are the body's.
            state.toc, buffered = False, state.toc_buffer
            state.toc_buffer = []
            for i, earlier in _after_listed_parts(buffered):
                self._line(i, earlier)
            return False
        if found is not None:
            state.toc_nums.add(found[1].group("num").lower())
            state.toc_buffer = []
            return True
        if _schedule_match(line) or text.upper() in ("SCHEDULES", "ANNEXES", "ANEXOS"):
            state.toc_buffer = []
            return True
        state.toc_buffer.append((index, line))
        return True

    def _body_line(self, index: int, line: _Line) -> None:
        state = self.state
        state.line = index
        state.in_body, state.list_item = True, False
        self._place(index, line)
        if not state.list_item:
            state.list_next = None
        state.last_text = line.text

    def _place(self, index: int, line: _Line) -> None:
        state, style, text = self.state, line.style, line.text
        part_open, state.part_open = state.part_open, False
        bare_label, state.bare_label = state.bare_label, False
        if state.schedules and not style.startswith(("Part", "Provision")):
            self._schedule_text(line)
            return
        schedule = _schedule_match(line)
        if style == "Schedule Heading" or schedule is not None:
            state.section = None
            label = text if schedule is None else schedule.group("label")
            _new_schedule(state, label)
            if schedule is not None and schedule.group("rest"):
                state.schedules[-1] = replace(state.schedules[-1], heading=schedule.group("rest"))
            return
        part = _part_match(line)
        if style == "Part Heading" or part is not None:
            self._part(line, part)
            return
        if style == "Part Title" and state.parts and state.section is None:
            state.parts[-1].heading = text
            return
        if part_open and not line.own and _heading_like(text, 20) and not _section_start(text):
            state.parts[-1].heading = text
            return
        if style == "Provision Heading" and not _section_start(text):
            state.pending_heading = text
            return
        following = self._next(index)
        if bare_label and self._rest_of_label(line, following):
            return
        if _division_above_articles(line, following):
            return  # "Section 1 : Dispositions générales" groups articles (not kept)
        if self._section(index, line):
            return
        if (
            not line.own
            and _heading_like(text)
            and following is not None
            and _section_start(following.text) is not None
            and self._starts_section(following)
        ):
            state.pending_heading = text  # a heading above its provision
            return
        if state.section is not None:
            self._inside(line)

    def _part(self, line: _Line, part: re.Match[str] | None) -> None:
        state, text = self.state, line.text
        num, label, heading = text, text, None
        if part is not None:
            keyword = part.group("kw").lower()
            rank = _DIVISION_RANK.get(keyword, 2)
            if state.division is None:
                state.division = keyword
            elif _DIVISION_RANK.get(state.division, 2) != rank:
                return  # a division above or below the parts (a Title, a Section): not kept
            num = _part_num(part.group("num"))
            rest = part.group("rest").strip()
            if rest:
                label = re.sub(r"[\s:.\-\u2013\u2014]+$", "", text[: part.start("rest")])
                heading = rest
        state.parts.append(_Node(ProvisionLevel.PART, num, label, heading, line=state.line))
        state.section = state.subsection = state.paragraph = state.definition = None
        state.part_open = heading is None and not line.own

    # --- provisions --------------------------------------------------------------------------

    def _starts_section(self, line: _Line) -> bool:
        """Whether a line that opens with a provision's number would be read as one."""
        found = _section_start(line.text)
        if found is None or line.style in _SUB_STYLES:
            return False
        return self._in_sequence(found)

    def _in_sequence(self, found: tuple[str, re.Match[str]]) -> bool:
        """A bare number ("3.") lower than the provision before it, or "1." after a
        lead-in ending with a colon or dash and the numbers that follow it, are the items of
        a list inside the provision, not provisions; other numbers that repeat or skip are
        kept as provisions (the checker reports them)."""
        prefix, match = found
        state = self.state
        if prefix != "sec" or not match.group("label")[:1].isdigit() or state.section is None:
            return True
        number = _int_num(match.group("num"))
        if number == state.list_next:
            return False  # the list goes on
        lead_in = state.last_text.rstrip().endswith((":", "\u2014", "\u2013"))
        if number == 1 and lead_in:
            return False  # "The following are exempt:" / "1. ..."
        return number >= state.last_num or (
            # A provision moved before a lower number ("2. Application" after "4."): a
            # number no provision has printed, opening a heading, where no list runs.
            number not in state.section_nums
            and state.list_next is None
            and not lead_in
            and _heading_like(match.group("rest"))
        )

    def _section(self, index: int, line: _Line) -> bool:
        state, style, text = self.state, line.style, line.text
        found = _section_start(text)
        if found is None or style in _SUB_STYLES:
            return False
        # In our own output a provision's number opens its "Provision Text" paragraph: a
        # provision moved by an editor out of sequence is still one, not a list item.
        if style != "Provision Text" and not self._in_sequence(found):
            return False
        prefix, match = found
        label, raw_num = match.group("label").strip(), match.group("num")
        rest = match.group("rest").strip()
        number = _WORD_NUMBERS.get(raw_num.lower())
        num = str(number) if number is not None else raw_num
        heading = state.pending_heading
        from_above = heading is not None
        state.pending_heading = None
        bold = None if line.own or heading is not None else _bold_heading(line, label, rest)
        if style == "Provision Heading":  # "Article 3: Registration"
            heading, rest = rest or None, ""
        elif bold is not None:
            heading, rest = bold  # "5. Registration. (1) Every producer ...", its heading bold
        elif prefix == "art" and label.lower().startswith("art."):
            heading, rest = _run_in_heading(line, label, rest, heading)
        elif (
            heading is None
            and not line.own
            and _heading_like(rest, 18 if line.heading_style else 16)
            and self._next(index) is not None
        ):
            heading, rest = rest, ""  # "5. Registration of producers", text below
        node = _Node(
            ProvisionLevel.SECTION, _clean_num(num, label), label, heading, line=state.line
        )
        state.prefix = prefix
        (state.parts[-1].children if state.parts else state.loose).append(node)
        state.section, state.subsection, state.paragraph, state.definition = node, None, None, None
        state.last_num = max(state.last_num, _int_num(num))
        state.section_nums.add(_int_num(num))
        if label.lower().startswith("art."):
            layout = "run-in"
        elif from_above:
            layout = "heading-above"
        else:
            layout = "label-with-heading"
        state.layouts[layout] = state.layouts.get(layout, 0) + 1
        if rest:
            sub = _SUBSECTION.match(rest)
            if sub:
                self._subsection(sub, line)
            else:
                node.text = rest
        else:
            state.bare_label = heading is None and style != "Provision Heading"
        return True

    def _rest_of_label(self, line: _Line, following: _Line | None) -> bool:
        """The line after a number standing alone ("12." in a cell or a line of its own):
        the provision's heading, or its first words."""
        section = self.state.section
        text = line.text
        if section is None or line.own or _section_start(text) or _schedule_match(line):
            return False
        if _part_match(line) or _SUBSECTION.match(text) or _PARAGRAPH.match(text):
            return False
        if section.heading is None and following is not None and _heading_like(text):
            section.heading = text
        else:
            section.text = text
        return True

    def _subsection(self, match: re.Match[str], line: _Line) -> None:
        """A numbered sub-provision; "(5) (a) If..." opens its first paragraph too."""
        state = self.state
        text = (match.group(2) or "").strip()
        _add_subsection(state, match.group(1), f"({match.group(1)})", "")
        para = _PARAGRAPH.match(text) if text and not line.own else None
        if para is not None and state.subsection is not None and para.group(1):
            node = _Node(
                ProvisionLevel.PARAGRAPH,
                para.group(1),
                f"({para.group(1)})",
                text=para.group(4),
                line=state.line,
            )
            state.subsection.children.append(node)
            state.paragraph = node
        elif state.subsection is not None:
            state.subsection.text = text

    def _inside(self, line: _Line) -> None:
        state, style, text = self.state, line.style, line.text
        section = state.section
        assert section is not None
        if style == "Continuation":
            owner = state.subsection if state.subsection is not None else section
            owner.after = text
            return
        owner = state.subsection if state.subsection is not None else section
        if self._is_definition(line, owner):
            _definition(state, owner, text, colon=_COLON_DEFINITION.match(text) is not None)
            return
        sub = _SUBSECTION.match(text)
        if sub and style not in ("Paragraph (a)", "Definition"):
            state.definition = None
            self._subsection(sub, line)
            return
        subpara = _SUBPARAGRAPH.match(text)
        if subpara and (style == "Subparagraph (i)" or _continues_roman(state, subpara.group(1))):
            parent = state.paragraph
            if parent is not None:
                parent.children.append(
                    _Node(
                        ProvisionLevel.SUBPARAGRAPH,
                        subpara.group(1),
                        f"({subpara.group(1)})",
                        text=subpara.group(2),
                        line=state.line,
                    )
                )
                return
        para = _PARAGRAPH.match(text)
        if para and style != "Subprovision" and not self._ends_definitions(para):
            num = para.group(1) or para.group(2) or f"{para.group(3)}°"
            label = text[: len(text) - len(para.group(4))].strip()
            limb_of = state.definition
            parent = limb_of if limb_of is not None else owner
            node = _Node(ProvisionLevel.PARAGRAPH, num, label, text=para.group(4), line=state.line)
            parent.children.append(node)
            state.paragraph = node
            return
        if style.startswith("Paragraph") and state.paragraph is not None:
            state.paragraph.after = text
            return
        item = _LIST_ITEM.match(text)
        if item is not None and not line.own:
            number = int(item.group(1))
            node = _Node(
                ProvisionLevel.PARAGRAPH,
                str(number),
                f"{number}.",
                text=item.group(2),
                line=state.line,
            )
            (state.definition if state.definition is not None else owner).children.append(node)
            state.paragraph, state.list_item, state.list_next = node, True, number + 1
            return
        if not line.own and _closing_words(text):
            self._closing(text, owner)
            return
        numbered = any(c.level is ProvisionLevel.SUBSECTION and c.label for c in section.children)
        if not line.own and numbered and state.subsection is not None:
            # A second paragraph of a numbered sub-provision.
            _continue(state.subsection, text)
            return
        state.definition = None
        if section.children or section.text or style == "Subprovision":
            # An unnumbered paragraph: a sub-provision where they are unnumbered (Rwanda, Paraguay).
            if section.text and not any(
                c.level is ProvisionLevel.SUBSECTION for c in section.children
            ):
                # What looked like the provision's own text was its first sub-provision.
                first = _Node(
                    ProvisionLevel.SUBSECTION,
                    "1",
                    "",
                    text=section.text,
                    children=section.children,
                    line=section.line,
                )
                first.after, section.text, section.after = section.after, "", ""
                section.children = [first]
            _add_subsection(state, str(len(section.children) + 1), "", text)
            return
        section.text = text

    def _closing(self, text: str, owner: _Node) -> None:
        """Words after a list that close its lead-in ("is guilty of an offence and—"),
        or that continue a sentence broken across two paragraphs."""
        state = self.state
        target = state.definition if state.definition is not None else owner
        if target.children:
            target.after = f"{target.after} {text}".strip()
            state.paragraph = None  # "(i)" after closing words opens a new paragraph
        else:
            _continue(target, text)

    def _is_definition(self, line: _Line, owner: _Node) -> bool:
        state, text = self.state, line.text
        if line.style == "Definition":
            return True
        if line.own:
            return _looks_like_definition(state.section, text)
        if _QUOTED_DEFINITION.match(text):
            return True
        if state.definition is not None and not state.definition.colon and _QUOTED_TERM.match(text):
            return True  # '"prescribed" in relation to...' inside a definitions list
        colon = _COLON_DEFINITION.match(text)
        if colon is None:
            return False
        if state.definition is not None and state.definition.colon:
            return True
        lead = owner.text.rstrip()
        section = state.section
        cue = " ".join([lead, (section.heading or "") if section is not None else ""])
        return lead.endswith(("—", ":", "\u2013", "-")) and bool(_DEFINITION_CUE.search(cue))

    def _ends_definitions(self, para: re.Match[str]) -> bool:
        """In a list of definitions numbered "1°" or "a)", an item of the same numbering
        that is not a definition is not a limb of the one before."""
        definition = self.state.definition
        if definition is None or not definition.colon:
            return False
        same = bool(para.group(3)) == definition.label.endswith(("°", "º"))
        if same:
            self.state.definition = None
        return same

    # --- schedules and tables ----------------------------------------------------------------

    def _schedule_text(self, line: _Line) -> None:
        state, style, text = self.state, line.style, line.text
        schedule = state.schedules[-1]
        label = None if line.own else _schedule_match(line)
        if label is not None:
            _new_schedule(state, label.group("label"))
            if label.group("rest"):
                state.schedules[-1] = replace(state.schedules[-1], heading=label.group("rest"))
        elif style == "Schedule Reference" or (
            not schedule.referred_by
            and not schedule.heading
            and text.startswith("(")
            and (line.own or (text.endswith(")") and len(text) < 120))
        ):
            state.schedules[-1] = replace(schedule, referred_by=text)
        elif style == "Schedule Title" or (
            not schedule.heading
            and not schedule.content
            and style != "Schedule Text"
            and (line.own or _heading_like(text, 25))
        ):
            state.schedules[-1] = replace(schedule, heading=text)
        elif style == "Schedule Heading":
            _new_schedule(state, text)
        else:
            n = sum(1 for c in schedule.content if isinstance(c, Provision)) + 1
            block = Provision(
                eid=f"{schedule.eid}__subsec_{n}",
                level=ProvisionLevel.SUBSECTION,
                num=str(n),
                label="",
                content=(Text(text=text),),
            )
            state.schedules[-1] = replace(schedule, content=(*schedule.content, block))

    def _table(self, grid: Grid) -> None:
        state = self.state
        if not state.schedules:
            return  # a table among the provisions: its cells are not provisions
        rows = [tuple(cell.strip() for cell in row) for row in grid.rows]
        if not rows:
            return
        block = TableBlock(columns=rows[0], rows=tuple(rows[1:]))
        schedule = state.schedules[-1]
        state.schedules[-1] = replace(schedule, content=(*schedule.content, block))


# --- recognising lines -------------------------------------------------------------------------


def _section_start(text: str) -> tuple[str, re.Match[str]] | None:
    """The provision a line opens ("12.", "Regulation 5", "Article 5:", "Art. 5°.-"), or
    None. A keyword followed by a lower-case word is a citation in a sentence
    ("Article 7 of the Law applies"), not a provision."""
    for prefix, pattern in _SECTION_PATTERNS:
        match = pattern.match(text)
        if match:
            rest = match.group("rest")
            label = match.group("label")
            if (
                not label[:1].isdigit()
                and rest[:1].islower()
                and label.rstrip()[-1:] not in ":.-\u2013—"
            ):
                return None
            return prefix, match
    return None


def _after_listed_parts(lines: list[tuple[int, _Line]]) -> list[tuple[int, _Line]]:
    """The lines after an arrangement that lists parts: from the part that is named a
    second time (the body's own heading) on."""
    start, seen = 0, set[tuple[str, str]]()
    for k, (_, line) in enumerate(lines):
        match = _part_match(line)
        if match is None:
            continue
        key = (match.group("kw").lower(), _part_num(match.group("num")))
        if key in seen:
            start, seen = k, set[tuple[str, str]]()
        seen.add(key)
    return lines[start:]


def _division_above_articles(line: _Line, following: _Line | None) -> bool:
    """A "Section" line followed by an article is a division of a chapter, as French and
    Spanish instruments number them, not a provision."""
    if line.own or following is None or not re.match(r"section\b", line.text, re.I):
        return False
    after = _section_start(following.text)
    return after is not None and after[0] == "art"


def _part_match(line: _Line) -> re.Match[str] | None:
    if line.own and line.style != "Part Heading":
        return None
    match = _PART.match(line.text)
    if match is None:
        return None
    keyword, num, rest = match.group("kw"), match.group("num"), match.group("rest").strip()
    if not _is_division_number(num):
        return None
    if line.own or line.heading_style or keyword.isupper():
        return match if not rest or _heading_like(rest, 25) or keyword.isupper() else None
    # "Part 2 — Registration" typed in lower case: the separator and a heading, or nothing.
    return match if not rest or (match.group("sep") and _heading_like(rest, 20)) else None


def _is_division_number(num: str) -> bool:
    if re.fullmatch(r"[IVXLC]+|\d+|1er|1re|[A-Z]", num, re.I):
        return True
    return num.lower() in _WORD_NUMBERS


def _part_num(raw: str) -> str:
    """A part's number as cited: roman or arabic as printed; in words, in roman."""
    number = _WORD_NUMBERS.get(raw.lower())
    if number is not None:
        return roman(number)
    return raw.upper() if re.fullmatch(r"[ivxlc]+", raw, re.I) else raw


def _schedule_match(line: _Line) -> re.Match[str] | None:
    if line.own:
        match = _SCHEDULE.match(line.text)
        return match if match is not None and match.group("rest") is None else None
    match = _SCHEDULE.match(line.text)
    if match is None:
        return None
    label = match.group("label")
    bare = not re.search(r"\s", label.strip())
    if bare and not (label.isupper() or line.heading_style):
        return None  # "Schedule" alone in a sentence's line
    rest = match.group("rest")
    if rest is not None and not _heading_like(rest, 25):
        return None
    return match


def _heading_like(text: str, limit: int = 16) -> bool:
    """A short line with no sentence punctuation at its end: a heading, not text."""
    text = text.strip()
    if not text or len(text.split()) > limit:
        return False
    if text[-1] in ".;:,—\u2013-" or not (text[0].isupper() or text[0].isdigit()):
        return False
    return not (_SUBSECTION.match(text) or _PARAGRAPH.match(text) or text.startswith("("))


def _closing_words(text: str) -> bool:
    """Words that cannot open a provision: a lower-case start ("shall be guilty of an
    offence"), or a proviso."""
    return text[:1].islower() or text.startswith(("Provided that", "Provided further"))


def _continue(node: _Node, text: str) -> None:
    if node.children:
        node.after = f"{node.after} {text}".strip()
    else:
        node.text = f"{node.text} {text}".strip()


def _bold_heading(line: _Line, label: str, rest: str) -> tuple[str, str] | None:
    """A heading set in bold after the number, the provision's text following in roman
    on the same line: (heading, text). None when the line is not so set (a line in bold
    throughout is a heading line, read as such elsewhere)."""
    bold = line.bold.strip()
    if not bold.startswith(label) or len(bold) >= len(line.text) or len(bold) <= len(label):
        return None
    heading = bold[len(label) :].strip().rstrip(" .:-\u2013\u2014")
    if not heading or not rest.startswith(heading):
        return None
    return heading, rest[len(heading) :].lstrip(" .:-\u2013\u2014\t")


def _run_in_heading(
    line: _Line, label: str, rest: str, pending: str | None
) -> tuple[str | None, str]:
    """Paraguay's "Art. 3°.- Registro. Todo productor...": the heading runs into the
    text, in bold; typed without bold, a short first sentence that names a subject."""
    bold = line.bold.strip()
    if bold.startswith(label) and len(bold) > len(label):
        heading = bold[len(label) :].strip().rstrip(".")
        if rest.startswith(heading):
            rest = rest[len(heading) + 1 :].strip()
        return heading, rest
    if line.own or pending is not None or line.bold:
        return pending, rest
    first, dot, after = rest.partition(". ")
    words = first.split()
    if dot and after and 0 < len(words) <= 8 and _names_a_subject(words):
        return first.strip(), after.strip()
    if not dot and _heading_like(rest, 10) and _names_a_subject(rest.split()):
        return rest.rstrip(". "), ""
    return None, rest


_SENTENCE_OPENERS = {
    "el", "la", "los", "las", "todo", "toda", "todos", "todas", "cada", "ningún", "ninguna",
    "se", "queda", "quedan", "en", "a", "para", "si", "cuando", "sin",
    "le", "les", "tout", "toute", "tous", "chaque", "aucun", "il", "sont", "est",
    "the", "an", "every", "any", "no", "each", "where", "if", "this", "these",
}  # fmt: skip
_VERBISH = re.compile(
    r"\b(deberá|deberán|podrá|podrán|será|serán|es|son|está|están|tendrá|tendrán|aplica|"
    r"aplican|establece|dispone|shall|must|may|is|are|doit|doivent|peut|peuvent|sont)\b",
    re.I,
)


def _names_a_subject(words: list[str]) -> bool:
    return (
        bool(words)
        and words[0].lower() not in _SENTENCE_OPENERS
        and not _VERBISH.search(" ".join(words))
        and words[0][:1].isupper()
        and not words[0].lower().endswith(("se", "ase", "ese"))  # Reglaméntase, Prohíbese
    )


def _clean_num(num: str, label: str) -> str:
    if ("°" in label or "º" in label) and num.isdigit() and int(num) < 10:
        return f"{num}°"
    return num


def _int_num(num: str) -> int:
    digits = re.match(r"\d+", num)
    return int(digits.group()) if digits else 0


def _add_subsection(state: _State, num: str, label: str, text: str) -> None:
    assert state.section is not None
    node = _Node(ProvisionLevel.SUBSECTION, num, label, text=text, line=state.line)
    state.section.children.append(node)
    state.subsection, state.paragraph, state.definition = node, None, None


def _continues_roman(state: _State, value: str) -> bool:
    paragraph = state.paragraph
    if paragraph is None:
        return False
    expected = roman(len(paragraph.children) + 1).lower()
    return value == expected and not (value == "i" and paragraph.num == "h")


# --- definitions ---------------------------------------------------------------------------------

_RELATION = (
    r"(?:means|mean|includes|include|has\s+the\s+(?:same\s+)?meaning|is\s+a\s+generic\s+term"
    r"|in\s+relation\s+to|refers\s+to|shall\s+mean|shall\s+include|does\s+not\s+include|excludes"
    r"|signifie|désigne|s['\u2019]entend|comprend|significa|se\s+entiende|se\s+entenderá|comprende"
    r"|incluye|designa)\b"
)
_QUOTED_TERM = re.compile(
    r"^\s*(?:[“\"„«]\s*(?P<d>[^“”\"«»]{1,120}?)\s*[”\"“»]|[\u2018']\s*(?P<s>[^\u2018\u2019']{1,120}?)\s*[\u2019'])"
)
_QUOTED_DEFINITION = re.compile(_QUOTED_TERM.pattern + r"\s*,?\s*" + _RELATION, re.I)
_COLON_DEFINITION = re.compile(
    r"^(?:(?:\d+\s?[°º]|[a-z]{1,3}\)|\([a-z]{1,3}\))\s*)?(?P<term>[^\W\d][^:;.]{0,79}?)\s?:\s+\S",
    re.S,
)
_DEFINITION_CUE = re.compile(
    r"defin|interpret|mean|entender|entiende|signific|sens\b|termes|términos|terms|expressions"
    r"|expresiones|vocabulario",
    re.I,
)
_DEFINITION = re.compile(
    r"^(?:[“\"]([^”\"]+)[”\"]\s+(?:means|includes|has the meaning)\b"
    r"|(?:\d+°|[a-z]{1,3}\))?\s*([^:]{1,80}?)\s?:\s)",
    re.I,
)


def _looks_like_definition(section: _Node | None, text: str) -> bool:
    """Our own output: a definition list follows an interpretation provision's opening
    words."""
    if section is None:
        return False
    opens_list = section.text.rstrip().endswith(("—", ":"))
    numbered = any(c.level is ProvisionLevel.SUBSECTION for c in section.children)
    return opens_list and not numbered and bool(_DEFINITION.match(text))


def _definition(state: _State, owner: _Node, text: str, *, colon: bool) -> None:
    label, body = "", text
    numbered = re.match(r"^(\d+\s?[°º]|[a-z]{1,3}\)|\([a-z]{1,3}\))\s*(.*)$", text, re.S)
    if numbered and not _QUOTED_TERM.match(text):
        label, body = numbered.group(1), numbered.group(2)
    quoted = _QUOTED_TERM.match(body)
    colon_term = _COLON_DEFINITION.match(body)
    if quoted is not None:
        term = quoted.group("d") or quoted.group("s") or ""
    elif colon_term is not None:
        term = colon_term.group("term")
    else:
        match = _DEFINITION.match(body)
        term = (match.group(1) or match.group(2)) if match else body.split(" ", 1)[0]
    term = term.strip()
    num = label.strip("()") if label else ""
    node = _Node(
        ProvisionLevel.PARAGRAPH, num, label, text=body, term=term, colon=colon, line=state.line
    )
    owner.children.append(node)
    state.definition, state.paragraph = node, None


# --- schedules ---------------------------------------------------------------------------------


def _new_schedule(state: _State, label: str) -> None:
    n = len(state.schedules) + 1
    state.schedules.append(
        Schedule(eid=f"att_{n}", num=_schedule_num(label, n), label=label, heading="")
    )


def _schedule_num(label: str, n: int) -> str:
    """The number a schedule is cited by: "First", "2", "II"; its place when unnumbered."""
    words = label.split()
    if len(words) >= 2 and words[1].lower() in ("schedule",):
        return words[0].capitalize()
    last = words[-1] if words else ""
    if len(words) >= 2 and (last.isdigit() or re.fullmatch(r"[IVXLC]+|[A-Z]", last)):
        return last
    return str(n)


# --- the title and preamble ----------------------------------------------------------------------

_NUMBER_LINE = re.compile(
    r"^(?:STATUTORY\s+INSTRUMENT|S\.\s?I\.|DECRETO|DECREE|DÉCRET|ARRÊTÉ(?:\s+MINIST[EÉ]RIEL)?|"
    r"MINISTERIAL\s+ORDER|ORDER|GOVERNMENT\s+NOTICE|G\.\s?N\.|RESOLUCI[OÓ]N|LEY|LAW|LOI)"
    r"\s+(?:No\.?|N[°ºo]\.?|Nr\.?|n[°º])\s*[\w_/.\-]*(?:\s+(?:of|de|du|del)\s+\d{4})?\s*$",
    re.I,
)
_TITLE_WORDS = re.compile(
    r"\b(regulations?|rules|by-?laws?|order|arrêté|ordonnance|reglamento|decreto|decree|décret"
    r"|por el cual|por la cual|governing|régissant|relating to|relatif|relativa)\b",
    re.I,
)
_ROLE_HEADING = re.compile(
    r"^(VISTOS?|CONSIDERANDO|CONSID[EÉ]RANT|CONSIDERING|PREAMBLE|PRÉAMBULE|PREÁMBULO|RECITALS)"
    r"\s*:?$",
    re.I,
)
_ROLE_PROCLAMATION = re.compile(
    r"^(EL PRESIDENTE DE LA REP[UÚ]BLICA|LA PRESIDENTA DE LA REP[UÚ]BLICA"
    r"|D\s*E\s*C\s*R\s*E\s*T\s*A\s*:?$)",
)
_ROLE_FORMULA = re.compile(
    r"^(IN EXERCISE|NOW,?\s+THEREFORE|BE IT (?:THEREFORE )?ENACTED|POR TANTO|ORDERS\s*:|"
    r"ARR[ÊE]TE\s*:|ORDONNE\s*:|DECRETA\s*:|RESUELVE\s*:|HEREBY|IT IS HEREBY)",
    re.I,
)
_ROLE_RECITAL = re.compile(
    r"^(Pursuant to|Having regard|Having considered|Considering|Whereas|Vu\b|Considérant|Que\b"
    r"|After consideration|Après examen|Sur proposition|On (?:the )?proposal|Upon\b|In terms of"
    r"|Acting under|Under (?:section|article)|Conforme|Atento|Visto\b|Recalling|Noting)",
    re.I,
)
_CITES_A_LAW = re.compile(
    r"\b(section|sections|article|articles|artículo|artículos|regulation|law|act|ley|loi)\s+"
    r"(?:n[°º]\s*)?\d",
    re.I,
)


@dataclass
class _Front:
    title: str = ""
    cover: list[str] = field(default_factory=list)
    number_line: str = ""
    above_title: list[str] = field(default_factory=list)
    subtitle: list[str] = field(default_factory=list)
    preamble: list[PreambleItem] = field(default_factory=list)


def _front_matter(lines: list[_Line], properties_title: str) -> _Front:
    """The lines before the first provision: cover lines and number, the title, and the
    preamble with each line's role (heading, recital, formula, proclamation, text)."""
    front = _Front()
    title_at = next(
        (i for i, line in enumerate(lines) if line.style in ("Instrument Title", "Title")), None
    )
    if title_at is None:
        title_at = _guess_title(lines)
    after_heading = False
    for i, line in enumerate(lines):
        style, text = line.style, line.text
        if title_at is None or i < title_at:
            if style == "Number Line" or (not line.own and _NUMBER_LINE.match(text)):
                front.number_line = text
            elif style == "Instrument Subtitle":
                front.above_title.append(text)
            else:
                front.cover.append(text)
            continue
        if i == title_at:
            front.title = text
            continue
        if style in ("Instrument Subtitle", "Subtitle"):
            front.subtitle.append(text)
            continue
        role = {
            "Preamble Heading": "heading",
            "Enacting Formula": "formula",
            "Proclamation": "proclamation",
        }.get(style) or _role(text, after_heading)
        if role == "heading":
            after_heading = True
        front.preamble.append(PreambleItem(role=role, content=(Text(text=text),)))
    if not front.title:
        front.title = properties_title
    return front


def _guess_title(lines: list[_Line]) -> int | None:
    """The line most like an instrument's title among the opening lines: one that names
    the kind of instrument, before any recital; else the first line."""
    best: tuple[int, int] | None = None
    for i, line in enumerate(lines):
        text = line.text
        if _role(text, False, citing=False) != "text":
            break  # the preamble has begun
        if _NUMBER_LINE.match(text):
            continue
        score = (
            3
            if _TITLE_WORDS.search(text)
            else 1
            if re.search(r"\b(act|law|ley|loi)\b", text, re.I)
            else 0
        )
        if best is None or score > best[0]:
            best = (score, i)
    if best is not None:
        return best[1]
    return next((i for i, line in enumerate(lines) if not _NUMBER_LINE.match(line.text)), None)


def _role(text: str, after_heading: bool, *, citing: bool = True) -> str:
    """A preamble line's role; a line that cites a provision of a law is a recital when
    `citing` (a title may cite the law it regulates: not in `_guess_title`)."""
    if _ROLE_HEADING.match(text):
        return "heading"
    if _ROLE_PROCLAMATION.match(text):
        return "proclamation"
    if _ROLE_FORMULA.match(text) or text.rstrip(" -:").lower().endswith(
        ("as follows", "are made", "is made", "ordonne", "décrète", "decreta", "resuelve")
    ):
        return "formula"
    if _ROLE_RECITAL.match(text) or after_heading or (citing and _CITES_A_LAW.search(text)):
        return "recital"
    return "text"


def _instrument_type(front: _Front) -> str:
    """The kind of instrument its cover, number line and title name, in the profiles'
    words: statutory-instrument, ministerial-order, decree, by-law, regulations, rules,
    order; "" when none is named."""
    text = " ".join([*front.cover, front.number_line, *front.above_title, front.title])
    for pattern, kind in (
        (r"\bstatutory\s+instrument\b", "statutory-instrument"),
        (r"\bministerial\s+order\b|\barrêté\s+minist[ée]riel\b|\bateka\b", "ministerial-order"),
        (r"\bdecreto\b|\bdecree\b|\bdécret\b", "decree"),
        (r"\bby-?laws?\b", "by-law"),
        (r"\bregulations?\b|\breglamento\b|\brèglement\b", "regulations"),
        (r"\brules\b", "rules"),
        (r"\border\b|\barrêté\b|\bordonnance\b|\bresoluci[óo]n\b", "order"),
    ):
        if re.search(pattern, text, re.I):
            return kind
    return ""


def _layout(state: _State) -> str:
    if not state.layouts:
        return "label-with-heading"
    return max(state.layouts, key=lambda k: state.layouts[k])


# --- language ------------------------------------------------------------------------------------

_FUNCTION_WORDS = {
    lang: frozenset(words.split())
    for lang, words in (
        (
            "en",
            "the of and to shall be any or by with this that which must may is are for an "
            "such under other person",
        ),
        (
            "es",
            "el los las del y por con una para deberá podrá será lo al su sus como sobre "
            "según cuando dicho presente",
        ),
        (
            "fr",
            "le les des du et est aux une sur dans qui doit peut au ou ces cette par pour "
            "présent selon",
        ),
    )
}


def guess_language(text: str) -> str:
    """English, Spanish or French ("en", "es", "fr") by their commonest function words;
    "" when the text has too few words to tell."""
    words = re.findall(r"[a-zà-ÿ]+", text.lower())[:20000]
    counts = {lang: sum(1 for w in words if w in vocab) for lang, vocab in _FUNCTION_WORDS.items()}
    best = max(counts, key=lambda k: counts[k])
    return best if counts[best] >= 3 else ""


# --- nodes -> provisions -----------------------------------------------------------------------


def _body(state: _State) -> tuple[Provision, ...]:
    part_prefix = "chp" if state.prefix == "art" else "part"
    seen: set[str] = set()
    out = [_provision(s, "", state.prefix, seen) for s in state.loose]
    for i, part in enumerate(state.parts, start=1):
        eid = _unique(f"{part_prefix}_{i}", seen)
        children = tuple(_provision(s, "", state.prefix, seen) for s in part.children)
        out.append(
            Provision(
                eid=eid,
                level=ProvisionLevel.PART,
                num=part.num,
                label=part.label,
                heading=part.heading,
                children=children,
            )
        )
    return tuple(out)


def _provision(node: _Node, parent: str, prefix: str, seen: set[str]) -> Provision:
    if node.level is ProvisionLevel.SECTION:
        eid = f"{prefix}_{node.num.rstrip('°')}"
    elif node.term:
        eid = f"{parent}__def_{_slug(node.term)}"
    else:
        short = {"subsection": "subsec", "paragraph": "para", "subparagraph": "subpara"}[
            node.level.value
        ]
        eid = f"{parent}__{short}_{node.num.rstrip('°')}"
    eid = _unique(eid, seen)
    children = tuple(_provision(c, eid, prefix, seen) for c in node.children)
    return Provision(
        eid=eid,
        level=node.level,
        num=node.num,
        label=node.label,
        heading=node.heading,
        content=(Text(text=node.text),) if node.text else (),
        after=(Text(text=node.after),) if node.after else (),
        children=children,
        definition=Definition(term=TermId(_slug(node.term)), label=node.term, relation="")
        if node.term
        else None,
    )


def _slug(term: str) -> str:
    return re.sub(r"[^\w]+", "-", term.casefold()).strip("-") or "term"


def _unique(eid: str, seen: set[str]) -> str:
    """Provisions numbered alike (a duplicate the checker reports) keep distinct eIds."""
    candidate, n = eid, 1
    while candidate in seen:
        n += 1
        candidate = f"{eid}-{n}"
    seen.add(candidate)
    return candidate


# --- the numbered paragraphs of a document (drafting.renumber) ---------------------------------


@dataclass(frozen=True, slots=True, kw_only=True)
class OutlineUnit:
    """A numbered unit of the body as the importer reads it: a part, a provision, a
    sub-provision, a paragraph or sub-paragraph, or a definition (its limbs are its
    children). `block` is the index, in the document's blocks, of the paragraph whose text
    carries its label; `parent` the index of the enclosing unit in the outline (None for a
    part, or a provision outside any part)."""

    level: ProvisionLevel
    label: str  # as printed: "12.", "Art. 9°.-", "(2)", "(b)", "1°", "PART II"; "" unnumbered
    num: str
    block: int
    parent: int | None
    definition: bool = False
    heading: str | None = None  # a provision's or part's heading, as read


@dataclass(frozen=True, slots=True, kw_only=True)
class DocxOutline:
    """What `outline_docx` found: the editable document, the numbered units in document
    order (each parent before its children), and where the body, the schedules and the
    end of the instrument are, as block indices (`body_start` is the block of the first
    part or provision; the arrangement of provisions and the preamble come before it)."""

    editable: EditableDocument
    units: tuple[OutlineUnit, ...]
    body_start: int
    schedules_start: int
    body_end: int
    language: str
    arrangement: tuple[int, ...]  # the blocks of the arrangement's entries ("5.\tHeading")


def outline_docx(data: bytes) -> DocxOutline:
    """The numbered units of a Word file's body, each tied to its paragraph, for tools that
    change the document in place. A document laid out in a table (parallel columns) gives
    no units. Raises DocxImportError I601-I605 as `import_docx` does."""
    editable = read_editable(open_package(data))
    blocks = editable.document.blocks
    items = list(_lines(blocks))
    importer = _Importer(items)
    importer.run()
    state = importer.state
    units: list[OutlineUnit] = []

    def add(node: _Node, parent: int | None) -> None:
        item = items[node.line] if 0 <= node.line < len(items) else None
        block = item.block if isinstance(item, _Line) else -1
        if block >= 0:  # an unnumbered sub-provision is kept: its paragraphs are its own
            units.append(
                OutlineUnit(
                    level=node.level,
                    label=node.label,
                    num=node.num,
                    block=block,
                    parent=parent,
                    definition=node.term is not None,
                    heading=node.heading,
                )
            )
            parent = len(units) - 1
        for child in node.children:
            add(child, parent)

    for node in state.loose:
        add(node, None)
    for part in state.parts:
        add(part, None)
    start = min((u.block for u in units), default=len(blocks))
    end, schedules = len(blocks), None
    for n in range(start, len(blocks)):
        block = blocks[n]
        if not isinstance(block, Para):
            continue
        line = _Line(block.style, block.text.strip(), outline=block.outline)
        if block.style == "Note Heading" or (not line.own and _NOTES.match(line.text)):
            end = n
            break
        if schedules is None and (
            block.style == "Schedule Heading" or (not line.own and _schedule_match(line))
        ):
            schedules = n
    arrangement = tuple(
        n
        for n, block in enumerate(blocks[:start])
        if isinstance(block, Para)
        and (
            block.style == "Arrangement Entry"
            or (block.style not in _OWN_STYLES and _section_start(block.text.strip()))
        )
    )
    text = " ".join(line.text for line in items[:400] if isinstance(line, _Line))
    return DocxOutline(
        editable=editable,
        units=tuple(units),
        body_start=start,
        schedules_start=schedules if schedules is not None else end,
        body_end=end,
        language=guess_language(text) or editable.document.language[:2].lower() or "en",
        arrangement=arrangement,
    )
