"""Word -> Instrument: our own output exactly (by its named styles), other regulations by
their printed numbering ("12. (1)", "Article 5:", "Art. 9°.-", "(a)", "1°", "a)")."""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field, replace

from docx import Document
from docx.opc.exceptions import PackageNotFoundError
from docx.table import Table
from docx.text.paragraph import Paragraph

from drafting.errors import Code, DocxImportError
from drafting.formats import roman
from drafting.model import (
    Definition,
    Instrument,
    ProfileId,
    Provision,
    ProvisionLevel,
    Schedule,
    TableBlock,
    TermId,
    Text,
)

_PART = re.compile(
    r"^(PART|CHAPTER|CHAPITRE|CAPÍTULO|CAPITULO)\s+([IVXLC]+|ONE|PREMIER|\d+)\b[:.]?\s*(.*)$", re.I
)
_SCHEDULE = re.compile(
    r"^((?:FIRST|SECOND|THIRD|FOURTH|FIFTH|SIXTH|SEVENTH|EIGHTH|NINTH|TENTH)\s+SCHEDULE"
    r"|SCHEDULE\s+\d+|ANNEXE?\s+[IVXLC]+|ANEXO\s+[IVXLC]+)$",
    re.I,
)
_SECTION_PATTERNS = (
    ("art", re.compile(r"^(Art\.\s*(\d+)°?\s*\.-)\s*(.*)$", re.S)),
    ("art", re.compile(r"^(Article\s+(One|premier|\d+)\s*:)\s*(.*)$", re.S | re.I)),
    ("art", re.compile(r"^(Artículo\s+(\d+)°?\s*\.?-?)\s*(.*)$", re.S)),
    ("sec", re.compile(r"^((\d+)\.)\s+(.*)$", re.S)),
)
_SUBSECTION = re.compile(r"^\((\d+)\)\s+(.*)$", re.S)
_PARAGRAPH = re.compile(r"^(?:\(([a-z]{1,3})\)|([a-z]{1,2})\)|(\d+)°)\s*(.*)$", re.S)
_SUBPARAGRAPH = re.compile(r"^\(([ivxlc]+)\)\s*(.*)$", re.S)
_STOP_STYLES = {"Note Heading", "Signature"}


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


@dataclass
class _State:
    parts: list[_Node] = field(default_factory=list)
    loose: list[_Node] = field(default_factory=list)  # sections outside any part
    section: _Node | None = None
    subsection: _Node | None = None
    paragraph: _Node | None = None
    pending_heading: str | None = None
    schedules: list[Schedule] = field(default_factory=list)
    prefix: str = "sec"


def import_docx(data: bytes, *, country: str = "", language: str = "") -> Instrument:
    """The instrument in a Word file: parts, provisions, sub-provisions, paragraphs,
    definitions and schedules, with the numbers as printed.

    Raises DocxImportError I601 when the file is not a readable .docx."""
    try:
        document = Document(io.BytesIO(data))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError) as exc:
        raise DocxImportError(
            Code.UNREADABLE_DOCX,
            "The file is not a readable Word document (.docx).",
            hint="Save it from Word as .docx (not .doc or .pdf) and try again.",
            detail=str(exc),
        ) from exc
    state = _State()
    for block in _blocks(document):
        if isinstance(block, Table):
            _table(state, block)
            continue
        style = block.style.name if block.style is not None else ""
        text = block.text.strip()
        if not text:
            continue
        if style == "Signature" or (style in _STOP_STYLES and not state.schedules):
            # The signature closes the provisions, or (Zambia) the last schedule.
            state.section = None
            continue
        if style == "Note Heading":
            break
        _paragraph(state, block, style, text)
    props = document.core_properties
    return Instrument(
        country=ProfileId(country),
        language=language or (props.language or "")[:2],
        instrument_type="",
        title=props.title or "",
        body=_body(state),
        schedules=tuple(state.schedules),
    )


def _blocks(document: object) -> Iterator[Paragraph | Table]:
    body = document.element.body  # type: ignore[attr-defined]
    for child in body.iterchildren():
        tag = child.tag.rsplit("}", 1)[-1]
        if tag == "p":
            yield Paragraph(child, document)  # type: ignore[arg-type]
        elif tag == "tbl":
            yield Table(child, document)  # type: ignore[arg-type]


_FRONT_STYLES = {
    "Arrangement Heading",
    "Arrangement Part",
    "Arrangement Entry",
    "Cover Line",
    "Number Line",
    "Instrument Title",
    "Instrument Subtitle",
    "Preamble",
    "Preamble Heading",
    "Enacting Formula",
}


def _paragraph(state: _State, paragraph: Paragraph, style: str, text: str) -> None:
    if style in _FRONT_STYLES:
        return
    if state.schedules and not style.startswith(("Part", "Provision")):
        _schedule_text(state, style, text)
        return
    if style == "Schedule Heading" or _SCHEDULE.match(text):
        state.section = None
        _new_schedule(state, text)
        return
    part = _PART.match(text)
    if style == "Part Heading" or (part and style not in ("Provision Text", "Subprovision")):
        num, label, heading = text, text, None
        if part is not None:
            num = part.group(2)
            if part.group(3):
                label, heading = text[: part.start(3)].strip(" :"), part.group(3).strip()
        state.parts.append(_Node(ProvisionLevel.PART, num, label, heading))
        state.section = None
        return
    if style == "Part Title" and state.parts and state.section is None:
        state.parts[-1].heading = text
        return
    if style == "Provision Heading" and not _section_start(text):
        state.pending_heading = text
        return
    if _section(state, paragraph, style, text):
        return
    if state.section is not None:
        _inside(state, style, text)


def _section_start(text: str) -> tuple[str, re.Match[str]] | None:
    for prefix, pattern in _SECTION_PATTERNS:
        match = pattern.match(text)
        if match:
            return prefix, match
    return None


def _section(state: _State, paragraph: Paragraph, style: str, text: str) -> bool:
    found = _section_start(text)
    if found is None or style in (
        "Subprovision",
        "Paragraph (a)",
        "Subparagraph (i)",
        "Definition",
        "Continuation",
    ):
        return False
    prefix, match = found
    label, raw_num, rest = match.group(1), match.group(2), match.group(3).strip()
    num = {"one": "1", "premier": "1"}.get(raw_num.lower(), raw_num)
    heading = state.pending_heading
    state.pending_heading = None
    if style == "Provision Heading":  # "Article 3: Registration"
        heading, rest = rest or None, ""
    elif prefix == "art" and label.startswith(
        "Art."
    ):  # run-in: the bold heading ends at its full stop
        bold = "".join(r.text for r in paragraph.runs if r.bold).strip()
        if bold.startswith(label) and len(bold) > len(label):
            heading = bold[len(label) :].strip().rstrip(".")
            rest = rest[len(heading) + 1 :].strip() if rest.startswith(heading) else rest
    node = _Node(ProvisionLevel.SECTION, _clean_num(num, label), label, heading)
    state.prefix = prefix
    (state.parts[-1].children if state.parts else state.loose).append(node)
    state.section, state.subsection, state.paragraph = node, None, None
    if rest:
        sub = _SUBSECTION.match(rest)
        if sub:
            _add_subsection(state, sub.group(1), f"({sub.group(1)})", sub.group(2))
        else:
            node.text = rest
    return True


def _clean_num(num: str, label: str) -> str:
    return f"{num}°" if "°" in label and int(num) < 10 else num


def _add_subsection(state: _State, num: str, label: str, text: str) -> None:
    assert state.section is not None
    node = _Node(ProvisionLevel.SUBSECTION, num, label, text=text)
    state.section.children.append(node)
    state.subsection, state.paragraph = node, None


def _inside(state: _State, style: str, text: str) -> None:
    section = state.section
    assert section is not None
    if style == "Continuation":
        owner = state.subsection if state.subsection is not None else section
        owner.after = text
        return
    if style == "Definition" or _looks_like_definition(section, text):
        _definition(state, text)
        return
    sub = _SUBSECTION.match(text)
    if sub and style != "Paragraph (a)":
        _add_subsection(state, sub.group(1), f"({sub.group(1)})", sub.group(2))
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
                )
            )
            return
    para = _PARAGRAPH.match(text)
    if para and style != "Subprovision":
        num = para.group(1) or para.group(2) or f"{para.group(3)}°"
        label = text[: len(text) - len(para.group(4))].strip()
        owner = state.subsection if state.subsection is not None else section
        node = _Node(ProvisionLevel.PARAGRAPH, num, label, text=para.group(4))
        owner.children.append(node)
        state.paragraph = node
        return
    if style.startswith("Paragraph") and state.paragraph is not None:
        state.paragraph.after = text
        return
    if section.children or section.text or style == "Subprovision":
        # An unnumbered paragraph: a sub-provision where they are unnumbered (Rwanda, Paraguay).
        if section.text and not any(c.level is ProvisionLevel.SUBSECTION for c in section.children):
            # What looked like the provision's own text was its first sub-provision.
            first = _Node(
                ProvisionLevel.SUBSECTION, "1", "", text=section.text, children=section.children
            )
            first.after, section.text, section.after = section.after, "", ""
            section.children = [first]
        _add_subsection(state, str(len(section.children) + 1), "", text)
        return
    section.text = text


def _continues_roman(state: _State, value: str) -> bool:
    paragraph = state.paragraph
    if paragraph is None:
        return False
    expected = roman(len(paragraph.children) + 1).lower()
    return value == expected and not (value == "i" and paragraph.num == "h")


_DEFINITION = re.compile(
    r"^(?:[“\"]([^”\"]+)[”\"]\s+(?:means|includes|has the meaning)\b"
    r"|(?:\d+°|[a-z]{1,3}\))?\s*([^:]{1,80}?)\s?:\s)",
    re.I,
)


def _looks_like_definition(section: _Node, text: str) -> bool:
    """A definition list follows an interpretation provision's opening words."""
    opens_list = section.text.rstrip().endswith(("—", ":"))
    numbered = any(c.level is ProvisionLevel.SUBSECTION for c in section.children)
    return opens_list and not numbered and bool(_DEFINITION.match(text))


def _definition(state: _State, text: str) -> None:
    section = state.section
    assert section is not None
    label, body = "", text
    numbered = re.match(r"^(\d+°|[a-z]{1,3}\))\s*(.*)$", text, re.S)
    if numbered:
        label, body = numbered.group(1), numbered.group(2)
    match = _DEFINITION.match(body)
    term = (match.group(1) or match.group(2) if match else body.split(" ", 1)[0]).strip()
    num = label.rstrip(")") if label else ""
    section.children.append(_Node(ProvisionLevel.PARAGRAPH, num, label, text=body, term=term))


def _schedule_text(state: _State, style: str, text: str) -> None:
    schedule = state.schedules[-1]
    if style == "Schedule Reference" or (
        not schedule.referred_by and not schedule.heading and text.startswith("(")
    ):
        state.schedules[-1] = replace(schedule, referred_by=text)
    elif style == "Schedule Title" or (not schedule.heading and style != "Schedule Text"):
        state.schedules[-1] = replace(schedule, heading=text)
    elif style == "Schedule Heading" or _SCHEDULE.match(text):
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


def _new_schedule(state: _State, label: str) -> None:
    n = len(state.schedules) + 1
    state.schedules.append(Schedule(eid=f"att_{n}", num=str(n), label=label, heading=""))


def _table(state: _State, table: Table) -> None:
    if not state.schedules:
        return
    rows = [tuple(cell.text.strip() for cell in row.cells) for row in table.rows]
    if not rows:
        return
    block = TableBlock(columns=rows[0], rows=tuple(rows[1:]))
    schedule = state.schedules[-1]
    state.schedules[-1] = replace(schedule, content=(*schedule.content, block))


# --- nodes -> provisions ----------------------------------------------------------------------


def _body(state: _State) -> tuple[Provision, ...]:
    part_prefix = "chp" if state.prefix == "art" else "part"
    out = [_provision(s, "", state.prefix) for s in state.loose]
    for i, part in enumerate(state.parts, start=1):
        eid = f"{part_prefix}_{i}"
        children = tuple(_provision(s, "", state.prefix) for s in part.children)
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


def _provision(node: _Node, parent: str, prefix: str) -> Provision:
    if node.level is ProvisionLevel.SECTION:
        eid = f"{prefix}_{node.num.rstrip('°')}"
    elif node.term:
        eid = f"{parent}__def_{node.term}"
    else:
        short = {"subsection": "subsec", "paragraph": "para", "subparagraph": "subpara"}[
            node.level.value
        ]
        eid = f"{parent}__{short}_{node.num.rstrip('°')}"
    children = tuple(_provision(c, eid, prefix) for c in node.children)
    return Provision(
        eid=eid,
        level=node.level,
        num=node.num,
        label=node.label,
        heading=node.heading,
        content=(Text(text=node.text),) if node.text else (),
        after=(Text(text=node.after),) if node.after else (),
        children=children,
        definition=Definition(term=TermId(node.term), label=node.term, relation="")
        if node.term
        else None,
    )
