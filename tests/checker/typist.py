"""A real by-law of `../shared/corpus/real` typed into Word as a drafter would type it.

`type_docx(bylaw, styled, autonumber)` is the one entry point; the tests of the importer
and of the checker's cross-references on real drafting build their documents with it.
What it writes, line by line (one Word paragraph each):

- the title, then each line of the preface (recitals, enacting words);
- a chapter or part: plain, "CHAPTER 1" then its heading in capitals on the next line;
  styled, one "Heading 1" paragraph "Chapter 1: Definitions and interpretation";
- a section: plain, "12. Heading" on a line of its own, its text below; styled, the heading
  alone in "Heading 2", then the section's first line opening with "12. "; a section
  without a heading opens with "19. " and its first line of text;
- sub-sections "(1) ...", paragraphs "(a) ...", sub-paragraphs "(i) ...", each on its own
  line, as numbered in the by-law; a sub-section with no words of its own runs into its
  first paragraph ("(5) (a) If ..."); lead-ins and closing words on lines of their own;
  definitions as printed (`"litter" means ...`), their limbs below them;
- each schedule: its title ("SCHEDULE 1"; styled, "Schedule 1" in "Heading 1"), its heading
  on the next line (styled, "Heading 2"), then its lines; lines whose cells the corpus
  joins with " | " become the rows of a Word table.

Plain uses the Normal style only; styled uses Title, Heading 1 and 2, and List, List 2 and
List 3 for sub-sections, paragraphs and sub-paragraphs. With `autonumber`, the section
numbers are not typed: Word's automatic list numbering ("%1.", a `w:numPr` on the heading
line, or on the first line of a section without a heading) produces them. Editorial
remarks of the publisher are left out, as they are not part of the enacted text."""

from __future__ import annotations

import io
import json
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any

from docx import Document
from docx.document import Document as DocumentObject
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.text.paragraph import Paragraph

# A copy of `../shared/corpus/real` (its README says where each by-law comes from), kept in
# the repository so that a clean clone tests against the same texts.
REAL = Path(__file__).resolve().parents[1] / "data" / "corpus" / "real"
BYLAWS = (
    "cape-town-integrated-waste-management-2009",
    "ethekwini-refuse-removal-2002",
    "johannesburg-air-pollution-control-2011",
)
_LIST_STYLES = {"subsection": "List", "paragraph": "List 2", "subparagraph": "List 3"}
_NUM_ID = "90"  # the w:num of the sections' automatic numbering


def load_bylaw(name: str) -> dict[str, Any]:
    """One by-law of the real corpus, as its JSON file holds it."""
    data: dict[str, Any] = json.loads((REAL / f"{name}.json").read_text(encoding="utf-8"))
    return data


def sections(bylaw: Mapping[str, Any]) -> Iterator[Mapping[str, Any]]:
    """The by-law's sections in order, through its chapters or parts."""
    for item in bylaw["body"]:
        if item["kind"] == "section":
            yield item
        else:
            yield from (s for s in item["children"] if s["kind"] == "section")


def type_docx(bylaw: Mapping[str, Any], styled: bool, autonumber: bool = False) -> bytes:
    """The by-law as a .docx typed by a drafter: plain (Normal style only) or styled
    (Word's headings and list styles); with `autonumber`, section numbers come from Word's
    automatic numbering instead of being typed."""
    typist = _Typist(styled, autonumber)
    typist.front(bylaw["title"], bylaw.get("preface") or ())
    for item in bylaw["body"]:
        if item["kind"] == "section":
            typist.section(item)
        else:
            typist.division(item)
            for section in item["children"]:
                typist.section(section)
    for schedule in bylaw.get("schedules") or ():
        typist.schedule(schedule)
    buffer = io.BytesIO()
    typist.document.save(buffer)
    return buffer.getvalue()


class _Typist:
    def __init__(self, styled: bool, autonumber: bool) -> None:
        self.styled = styled
        self.autonumber = autonumber
        self.document: DocumentObject = Document()
        self._styles: dict[str, str] = {}
        if autonumber:
            _add_section_numbering(self.document)

    def line(self, text: str, style: str = "Normal", bold: bool = False) -> Paragraph:
        paragraph = self.document.add_paragraph()
        if self.styled and style != "Normal":
            if style not in self._styles:  # python-docx looks names up slowly: once each
                self._styles[style] = self.document.styles[style].style_id
            paragraph._p.style = self._styles[style]
        run = paragraph.add_run(text)
        run.bold = bold or None
        return paragraph

    def front(self, title: str, preface: Sequence[str]) -> None:
        self.line(title, "Title", bold=not self.styled)
        for text in preface:
            self.line(text)

    def division(self, item: Mapping[str, Any]) -> None:
        keyword = item["kind"].capitalize()
        heading = item.get("heading") or ""
        if self.styled:
            self.line(f"{keyword} {item['num']}: {heading}".rstrip(": "), "Heading 1")
            return
        self.line(f"{keyword.upper()} {item['num']}", bold=True)
        if heading:
            self.line(heading.upper(), bold=True)

    def section(self, section: Mapping[str, Any]) -> None:
        num, heading = section["num"], section.get("heading")
        lines = list(_content_lines(section["content"]))
        if heading and (self.autonumber or not self.styled):
            # "12. Heading" on a line of its own (typed, or numbered by Word).
            self.numbered(heading, "Heading 2", num, bold=not self.styled)
        else:
            if heading:
                self.line(heading, "Heading 2")  # the heading above "12. (1) ..."
            kind, text = lines.pop(0) if lines else ("text", "")
            self.numbered(text, _LIST_STYLES.get(kind, "Normal"), num)
        for kind, text in lines:
            self.line(text, _LIST_STYLES.get(kind, "Normal"))

    def numbered(self, text: str, style: str, num: str, bold: bool = False) -> Paragraph:
        """A line opening with the section's number: typed ("12. "), or Word's automatic
        number when `autonumber` is on."""
        if not self.autonumber:
            return self.line(f"{num}. {text}".rstrip(), style, bold)
        paragraph = self.line(text, style, bold)
        paragraph._p.get_or_add_pPr().append(
            parse_xml(
                f'<w:numPr {nsdecls("w")}><w:ilvl w:val="0"/><w:numId w:val="{_NUM_ID}"/></w:numPr>'
            )
        )
        return paragraph

    def schedule(self, schedule: Mapping[str, Any]) -> None:
        title = schedule.get("title") or f"Schedule {schedule['num']}"
        self.line(title if self.styled else title.upper(), "Heading 1", bold=True)
        if schedule.get("heading"):
            self.line(schedule["heading"], "Heading 2", bold=not self.styled)
        rows: list[list[str]] = []
        for text in schedule["text_lines"]:
            if " | " in text or text.endswith(" |"):
                rows.append([cell.strip() for cell in text.split("|")])
                continue
            self._table(rows)
            rows = []
            self.line(text)
        self._table(rows)

    def _table(self, rows: list[list[str]]) -> None:
        if not rows:
            return
        width = max(len(row) for row in rows)
        table = self.document.add_table(rows=0, cols=width)
        table.style = "Table Grid"
        for row in rows:
            cells = table.add_row().cells
            for cell, text in zip(cells, row + [""] * (width - len(row)), strict=True):
                cell.text = text


def _content_lines(nodes: Sequence[Mapping[str, Any]]) -> Iterator[tuple[str, str]]:
    """(kind, text) for each line of a section's content, in document order, numbers
    typed; remarks left out."""
    for node in nodes:
        kind = node["kind"]
        if kind == "remark":
            continue
        children = [c for c in node.get("children") or () if c["kind"] != "remark"]
        num = node.get("num")
        text = node.get("text")
        if text is None and children and num:
            # "(5)" with no words of its own: it runs into its first paragraph.
            first, rest = list(_content_lines(children[:1])), children[1:]
            yield kind, f"{num} {first[0][1]}"
            yield from first[1:]
            yield from _content_lines(rest)
            continue
        yield kind, f"{num} {text}" if num else (text or "")
        yield from _content_lines(children)


def _add_section_numbering(document: DocumentObject) -> None:
    """A list definition whose first level displays "1.", "2.", ... (ECMA-376 17.9)."""
    numbering = document.part.numbering_part.element
    abstract = parse_xml(
        f'<w:abstractNum {nsdecls("w")} w:abstractNumId="90">'
        '<w:multiLevelType w:val="singleLevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
        '<w:lvlText w:val="%1."/><w:lvlJc w:val="left"/>'
        '<w:pPr><w:ind w:left="567" w:hanging="567"/></w:pPr></w:lvl>'
        "</w:abstractNum>"
    )
    num = parse_xml(
        f'<w:num {nsdecls("w")} w:numId="{_NUM_ID}"><w:abstractNumId w:val="90"/></w:num>'
    )
    # Every w:abstractNum comes before the first w:num (the schema's sequence).
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(abstract)
    else:
        numbering.append(abstract)
    numbering.append(num)
