"""A Word document's text as Word displays it: paragraphs in order with their style names,
tracked changes accepted, automatic numbers resolved to the labels Word shows.

Read from the raw WordprocessingML (ECMA-376 Part 1, section 17) of a package that
`drafting.importer.safety` has checked, with a parser that loads no DTD and resolves no
entity. What a reader of the printed page sees is kept: text inside insertions (`w:ins`,
`w:moveTo`), hyperlinks, fields' results, smart tags, custom XML and content controls
(`w:sdt`); what they do not see is dropped: deletions (`w:del`, `w:moveFrom`), field
instructions, hidden text, placeholders of empty content controls, and the marks of
comments and footnotes. Text boxes, drawings and footnote text are not part of the
paragraph they are anchored in and are left out."""

from __future__ import annotations

import posixpath
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from lxml import etree
from num2words import num2words

from drafting.errors import Code, DocxImportError
from drafting.formats import roman
from drafting.importer.safety import Package

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_REL = "http://schemas.openxmlformats.org/package/2006/relationships"
_DC = "http://purl.org/dc/elements/1.1/"
_OFFICE_DOCUMENT = "/officeDocument"
_CORE = "/metadata/core-properties"

Element = Any  # an lxml element (lxml ships no type information)


def _w(tag: str) -> str:
    return f"{{{W}}}{tag}"


_P, _R, _T, _TBL, _TR, _TC = _w("p"), _w("r"), _w("t"), _w("tbl"), _w("tr"), _w("tc")
_PPR, _RPR, _VAL = _w("pPr"), _w("rPr"), _w("val")
# Containers whose children are displayed as if they stood in the parent.
_TRANSPARENT = {
    _w(t)
    for t in ("ins", "moveTo", "hyperlink", "smartTag", "customXml", "fldSimple", "dir", "bdo")
}
_DROPPED = {_w(t) for t in ("del", "moveFrom", "pPr", "rPr", "sdtPr", "sdtEndPr")}


@dataclass(frozen=True, slots=True)
class Para:
    """One paragraph as displayed.

    `text` starts with `label` when Word numbers the paragraph automatically; `bold` is
    the text of the leading run(s) set in bold directly (a run-in heading), without the
    label; `outline` is the outline level of a heading style (0 for Heading 1), None for
    body text."""

    style: str
    text: str
    label: str = ""
    bold: str = ""
    outline: int | None = None


@dataclass(frozen=True, slots=True)
class Grid:
    """A table: each row's cells as text, a cell's paragraphs joined by line breaks."""

    rows: tuple[tuple[str, ...], ...]


Block = Para | Grid


@dataclass(frozen=True, slots=True)
class WordDocument:
    blocks: tuple[Block, ...]
    title: str = ""  # the document properties' title
    language: str = ""  # the document properties' language tag ("en-GB")


def read_document(package: Package) -> WordDocument:
    """The body of the package's main document, in order.

    Raises DocxImportError I605 when the package is not a Word document, I601 when its
    XML is not well formed, I603 when a part declares a DTD despite the package checks."""
    return read_editable(package).document


@dataclass(frozen=True, slots=True)
class EditableDocument:
    """The main document as `read_document` reads it, with what is needed to change it in
    place: the part's name, its parsed root, and the `w:p` element of each block (None for
    a table, or for text carried over from a paragraph whose mark is deleted)."""

    document: WordDocument
    part: str
    root: Element
    elements: tuple[Element | None, ...]


def read_editable(package: Package) -> EditableDocument:
    """`read_document`, keeping the parsed main part and each block's element; the same
    errors."""
    main = _main_part(package)
    root = parse(package, main)
    if root.tag != _w("document"):
        raise DocxImportError(
            Code.UNKNOWN_DOCUMENT,
            "The file is an Office file but not a Word document.",
            hint="Check the regulation's Word file (.docx).",
        )
    rels = _relationships(package, main)
    styles = Styles(_optional(package, rels.get("/styles")))
    numbering = Numbering(_optional(package, rels.get("/numbering")), styles)
    body = root.find(_w("body"))
    reader = _Reader(styles, numbering)
    blocks = tuple(reader.blocks(body)) if body is not None else ()
    title, language = _core(package)
    document = WordDocument(blocks=blocks, title=title, language=language)
    return EditableDocument(
        document=document, part=main, root=root, elements=tuple(reader.elements)
    )


def table_elements(editable: EditableDocument) -> dict[int, Element]:
    """The `w:tbl` element of each table among the document's blocks, by block index: the
    tables of the body (through content controls and custom XML), in the order
    `read_editable` yields them (a table inside a cell is part of its table)."""
    found: list[Element] = []

    def walk(container: Element) -> None:
        for child in container:
            if child.tag == _TBL:
                found.append(child)
            elif child.tag == _w("sdt"):
                content = child.find(_w("sdtContent"))
                if content is not None and not _placeholder(child):
                    walk(content)
            elif child.tag == _w("customXml"):
                walk(child)

    body = editable.root.find(_w("body"))
    if body is not None:
        walk(body)
    grids = [n for n, block in enumerate(editable.document.blocks) if isinstance(block, Grid)]
    return dict(zip(grids, found, strict=False))


def parse(package: Package, name: str) -> Element:
    """A part's root element, parsed without DTDs, entities or network access."""
    data = package.get(name)
    if data is None:
        raise DocxImportError(
            Code.UNREADABLE_DOCX,
            f"The file is damaged: its part {name} is missing.",
            hint="Save the document again from Word as .docx and try again.",
        )
    parser = etree.XMLParser(
        resolve_entities=False,
        no_network=True,
        load_dtd=False,
        dtd_validation=False,
        huge_tree=False,
        remove_comments=True,
        remove_pis=True,
    )
    try:
        root = etree.fromstring(data, parser)
    except etree.XMLSyntaxError as exc:
        raise DocxImportError(
            Code.UNREADABLE_DOCX,
            f"The file is damaged: its part {name} is not well-formed XML.",
            hint="Save the document again from Word as .docx and try again.",
            detail=str(exc),
        ) from exc
    if root.getroottree().docinfo.doctype:
        raise DocxImportError(
            Code.HOSTILE_DOCX,
            f"The file's part {name} declares a DTD, which a Word document never contains.",
            hint="Do not upload this file; save the document again from Word as .docx.",
        )
    return root


def _main_part(package: Package) -> str:
    rels = package.get("_rels/.rels")
    if rels is not None:
        for rel in parse(package, "_rels/.rels").iter(f"{{{_REL}}}Relationship"):
            if rel.get("Type", "").endswith(_OFFICE_DOCUMENT):
                if rel.get("TargetMode") == "External":
                    raise DocxImportError(
                        Code.HOSTILE_DOCX,
                        "The file's main document points outside the file.",
                        hint="Do not upload this file; save the document again from Word.",
                    )
                return posixpath.normpath(str(rel.get("Target", "")).lstrip("/"))
    if package.get("word/document.xml") is not None:
        return "word/document.xml"
    raise DocxImportError(
        Code.UNKNOWN_DOCUMENT,
        "The file is an Office package without a Word document in it.",
        hint="Check the regulation's Word file (.docx).",
    )


def _relationships(package: Package, part: str) -> dict[str, str]:
    """The internal targets of a part's relationships, by the end of their type URI."""
    folder, name = posixpath.split(part)
    rels_name = posixpath.join(folder, "_rels", f"{name}.rels")
    if package.get(rels_name) is None:
        return {}
    out: dict[str, str] = {}
    for rel in parse(package, rels_name).iter(f"{{{_REL}}}Relationship"):
        if rel.get("TargetMode") == "External":
            continue  # links to the web or to files: never followed
        kind = "/" + rel.get("Type", "").rsplit("/", 1)[-1]
        target = rel.get("Target", "")
        path = target.lstrip("/") if target.startswith("/") else posixpath.join(folder, target)
        out.setdefault(kind, posixpath.normpath(path))
    return out


def _optional(package: Package, name: str | None) -> Element | None:
    if name is None or package.get(name) is None:
        return None
    return parse(package, name)


def _core(package: Package) -> tuple[str, str]:
    rels = _relationships(package, "")
    name = rels.get(_CORE, "docProps/core.xml")
    root = _optional(package, name)
    if root is None:
        return "", ""
    title = root.find(f"{{{_DC}}}title")
    language = root.find(f"{{{_DC}}}language")
    return (
        (title.text or "").strip() if title is not None else "",
        (language.text or "").strip() if language is not None else "",
    )


# --- styles ----------------------------------------------------------------------------------


@dataclass(slots=True)
class _Style:
    id: str
    name: str
    based_on: str | None
    num_id: str | None
    ilvl: int | None
    outline: int | None
    bold: bool


class Styles:
    """Paragraph and character styles by id, with what a paragraph inherits from them:
    the name Word shows, numbering and outline level (through `w:basedOn`)."""

    def __init__(self, root: Element | None) -> None:
        self.by_id: dict[str, _Style] = {}
        self.default_paragraph = ""
        if root is None:
            return
        for element in root.iter(_w("style")):
            style_id = element.get(_w("styleId"), "")
            name_el = element.find(_w("name"))
            name = name_el.get(_VAL, style_id) if name_el is not None else style_id
            based = element.find(_w("basedOn"))
            ppr = element.find(_PPR)
            num_id, ilvl, outline = _numbering_properties(ppr)
            self.by_id[style_id] = _Style(
                id=style_id,
                name=_ui_name(name),
                based_on=based.get(_VAL) if based is not None else None,
                num_id=num_id,
                ilvl=ilvl,
                outline=outline,
                bold=_on(element.find(_RPR), "b"),
            )
            if element.get(_w("type")) == "paragraph" and _true(element.get(_w("default"))):
                self.default_paragraph = style_id

    def name(self, style_id: str | None) -> str:
        style = self.by_id.get(style_id or self.default_paragraph)
        return style.name if style is not None else "Normal"

    def chain(self, style_id: str | None) -> Iterator[_Style]:
        """The style and those it is based on, nearest first (a cycle is cut)."""
        seen: set[str] = set()
        current = style_id or self.default_paragraph
        while current and current not in seen and current in self.by_id:
            seen.add(current)
            style = self.by_id[current]
            yield style
            current = style.based_on or ""

    def numbering(self, style_id: str | None) -> tuple[str | None, int | None]:
        for style in self.chain(style_id):
            if style.num_id is not None:
                return style.num_id, style.ilvl
        return None, None

    def outline(self, style_id: str | None) -> int | None:
        for style in self.chain(style_id):
            if style.outline is not None:
                return style.outline
            match = re.fullmatch(r"[Hh]eading ([1-9])", style.name)
            if match:
                return int(match.group(1)) - 1
        return None

    def bold(self, style_id: str | None) -> bool:
        return any(s.bold for s in self.chain(style_id))


def _ui_name(name: str) -> str:
    """Word stores its built-in names in lower case ("heading 1") and shows them
    capitalised, as python-docx does."""
    return name[:1].upper() + name[1:] if name[:1].islower() else name


def _numbering_properties(ppr: Element | None) -> tuple[str | None, int | None, int | None]:
    if ppr is None:
        return None, None, None
    num_id = ilvl = outline = None
    num_pr = ppr.find(_w("numPr"))
    if num_pr is not None:
        num = num_pr.find(_w("numId"))
        level = num_pr.find(_w("ilvl"))
        num_id = num.get(_VAL) if num is not None else None
        ilvl = _int(level.get(_VAL)) if level is not None else None
    outline_el = ppr.find(_w("outlineLvl"))
    if outline_el is not None:
        value = _int(outline_el.get(_VAL))
        outline = value if value is not None and value < 9 else None
    return num_id, ilvl, outline


def _true(value: str | None) -> bool:
    return value in ("1", "true", "on")


def _on(rpr: Element | None, tag: str) -> bool:
    """A toggle property (bold, hidden) set on: present, and not val="0"/"false"/"off".
    `tag` is the property's qualified name."""
    if rpr is None:
        return False
    element = rpr.find(tag if tag.startswith("{") else _w(tag))
    return element is not None and element.get(_VAL, "true") not in ("0", "false", "off")


def _int(value: str | None) -> int | None:
    try:
        return int(value) if value is not None else None
    except ValueError:
        return None


# --- numbering -------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Level:
    start: int = 0  # ECMA-376 17.9.26: zero when w:start is absent
    fmt: str = "decimal"
    text: str = ""
    restart: int | None = None  # w:lvlRestart: restart after this (1-based) level; 0 never
    legal: bool = False  # w:isLgl: every level's number in decimal
    suffix: str = "tab"
    style: str | None = None  # w:pStyle: the paragraph style linked to this level


@dataclass(slots=True)
class _Num:
    abstract: str
    starts: dict[int, int] = field(default_factory=dict)  # w:startOverride by level
    levels: dict[int, _Level] = field(default_factory=dict)  # w:lvl inside w:lvlOverride


class Numbering:
    """Word's automatic list numbering (ECMA-376 17.9): the label Word displays for each
    numbered paragraph, counted in document order.

    Counters are kept per list: the paragraphs of every `w:num` that points to the same
    `w:abstractNum` share them, as Word continues such lists, unless the `w:num`
    overrides a level (its own list, restarting at `w:startOverride`). Numbering a level
    resets the deeper levels (or those whose `w:lvlRestart` names it)."""

    def __init__(self, root: Element | None, styles: Styles) -> None:
        self.styles = styles
        self.abstracts: dict[str, dict[int, _Level]] = {}
        self.style_links: dict[str, str] = {}  # abstractNum -> numbering style id
        self.nums: dict[str, _Num] = {}
        self.counters: dict[str, dict[int, int]] = {}
        if root is None:
            return
        for element in root.iter(_w("abstractNum")):
            abstract_id = element.get(_w("abstractNumId"), "")
            self.abstracts[abstract_id] = {
                level: value
                for lvl in element.findall(_w("lvl"))
                if (level := _int(lvl.get(_w("ilvl")))) is not None
                for value in (_level(lvl),)
            }
            link = element.find(_w("numStyleLink"))
            if link is not None and link.get(_VAL):
                self.style_links[abstract_id] = link.get(_VAL)
        for element in root.iter(_w("num")):
            abstract = element.find(_w("abstractNumId"))
            if abstract is None:
                continue
            num = _Num(abstract=abstract.get(_VAL, ""))
            for override in element.findall(_w("lvlOverride")):
                level = _int(override.get(_w("ilvl")))
                if level is None:
                    continue
                start = override.find(_w("startOverride"))
                if start is not None and _int(start.get(_VAL)) is not None:
                    num.starts[level] = int(start.get(_VAL))
                lvl = override.find(_w("lvl"))
                if lvl is not None:
                    num.levels[level] = _level(lvl)
            self.nums[element.get(_w("numId"), "")] = num

    def label(self, ppr: Element | None, style_id: str | None) -> tuple[str, str]:
        """The label Word shows for a paragraph and the separator after it ("\\t", " ",
        ""): ("", "") when the paragraph is not numbered or is a bullet. Counts it."""
        num_id, ilvl, _ = _numbering_properties(ppr)
        style_num, style_ilvl = self.styles.numbering(style_id)
        if num_id is None:
            num_id = style_num
        if num_id is None or num_id == "0" or num_id not in self.nums:
            return "", ""
        abstract_id, num = self._abstract(num_id)
        levels = self.abstracts.get(abstract_id, {})
        if ilvl is None:
            ilvl = style_ilvl if style_ilvl is not None else self._linked_level(levels, style_id)
        key = num_id if num.starts or num.levels else f"abstract:{abstract_id}"
        counters = self.counters.setdefault(key, {})

        def level(i: int) -> _Level:
            return num.levels.get(i) or levels.get(i) or _Level(start=1)

        def start(i: int) -> int:
            return num.starts.get(i, level(i).start)

        current = level(ilvl)
        counters[ilvl] = counters[ilvl] + 1 if ilvl in counters else start(ilvl)
        for deeper in [i for i in counters if i > ilvl]:
            restart = level(deeper).restart
            if restart is None or (restart and ilvl < restart):
                del counters[deeper]
        if current.fmt == "bullet":
            return "", ""

        def value(match: re.Match[str]) -> str:
            i = int(match.group(1)) - 1
            n = counters.get(i, start(i))
            return _format(n, "decimal" if current.legal and i < ilvl else level(i).fmt)

        text = re.sub(r"%([1-9])", value, current.text)
        separator = {"space": " ", "nothing": ""}.get(current.suffix, "\t")
        return (text, separator) if text.strip() else ("", "")

    def _abstract(self, num_id: str) -> tuple[str, _Num]:
        """The abstract numbering of a w:num, through a numbering style's link if any."""
        num = self.nums[num_id]
        abstract_id = num.abstract
        for _ in range(4):  # a link leads to a style whose w:num names the real definition
            linked_style = self.style_links.get(abstract_id)
            if linked_style is None:
                break
            linked_num, _ = self.styles.numbering(linked_style)
            if linked_num is None or linked_num not in self.nums:
                break
            abstract_id = self.nums[linked_num].abstract
        return abstract_id, num

    @staticmethod
    def _linked_level(levels: dict[int, _Level], style_id: str | None) -> int:
        for i, lvl in levels.items():
            if style_id and lvl.style == style_id:
                return i
        return 0


def _level(element: Element) -> _Level:
    def val(tag: str) -> str | None:
        child = element.find(_w(tag))
        return child.get(_VAL) if child is not None else None

    restart = _int(val("lvlRestart"))
    return _Level(
        start=_int(val("start")) or 0,
        fmt=val("numFmt") or "decimal",
        text=val("lvlText") or "",
        restart=restart,
        legal=element.find(_w("isLgl")) is not None and val("isLgl") not in ("0", "false", "off"),
        suffix=val("suff") or "tab",
        style=val("pStyle"),
    )


def _format(n: int, fmt: str) -> str:
    """A counter in a w:numFmt (ECMA-376 17.18.59); formats Word has for other scripts
    fall back to decimal."""
    if fmt in ("lowerLetter", "upperLetter"):
        letter = "abcdefghijklmnopqrstuvwxyz"[(n - 1) % 26] * ((n - 1) // 26 + 1) if n > 0 else ""
        return letter.upper() if fmt == "upperLetter" else letter
    if fmt in ("lowerRoman", "upperRoman"):
        text = roman(n) if n > 0 else "0"
        return text.lower() if fmt == "lowerRoman" else text
    if fmt == "decimalZero":
        return f"{n:02d}"
    if fmt == "ordinal":
        suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
        return f"{n}{suffix}"
    if fmt in ("cardinalText", "ordinalText"):
        words = str(num2words(n, lang="en", to="ordinal" if fmt == "ordinalText" else "cardinal"))
        return words[:1].upper() + words[1:]
    if fmt == "none":
        return ""
    return str(n)


# --- the body --------------------------------------------------------------------------------


class _Reader:
    """Walks the body: paragraphs, tables and the content controls and custom XML that
    may wrap either, numbering every numbered paragraph in document order."""

    def __init__(self, styles: Styles, numbering: Numbering) -> None:
        self.styles = styles
        self.numbering = numbering
        self.carried: list[tuple[str, str]] = []  # text of paragraphs whose mark is deleted
        self.elements: list[Element | None] = []  # the element of each block yielded

    def blocks(self, container: Element) -> Iterator[Block]:
        """The paragraphs and tables of a body or a table cell, in order."""
        yield from self._walk(container)
        yield from self._flush()

    def _walk(self, container: Element) -> Iterator[Block]:
        for child in container:
            if child.tag == _P:
                carried = bool(self.carried)
                para = self.paragraph(child)
                if para is not None:
                    self.elements.append(None if carried else child)
                    yield para
            elif child.tag == _TBL:
                yield from self._flush()
                self.elements.append(None)
                yield Grid(rows=tuple(self._rows(child)))
            elif child.tag == _w("sdt"):
                content = child.find(_w("sdtContent"))
                if content is not None and not _placeholder(child):
                    yield from self._walk(content)
            elif child.tag == _w("customXml"):
                yield from self._walk(child)

    def paragraph(self, p: Element) -> Para | None:
        """A paragraph as displayed; None when its mark is deleted (its text then opens the
        next paragraph, as Word joins them when the change is accepted)."""
        ppr = p.find(_PPR)
        style_id = _style_id(ppr)
        runs: list[tuple[str, bool]] = []
        _runs(p, runs, self.styles)
        text = "".join(t for t, _ in runs)
        if (
            ppr is not None
            and ppr.find(_RPR) is not None
            and ppr.find(_RPR).find(_w("del")) is not None
        ):
            self.carried.append((text, _bold_prefix(runs)))
            return None
        label, separator = self.numbering.label(ppr, style_id)
        if self.carried:
            text = "".join(t for t, _ in self.carried) + text
            bold = self.carried[0][1]
            self.carried = []
        else:
            bold = _bold_prefix(runs)
        if label:
            text = f"{label}{separator}{text}"
        return Para(
            style=self.styles.name(style_id),
            text=text,
            label=label,
            bold=bold,
            outline=self._outline(ppr, style_id),
        )

    def _outline(self, ppr: Element | None, style_id: str | None) -> int | None:
        _, _, direct = _numbering_properties(ppr)
        return direct if direct is not None else self.styles.outline(style_id)

    def _flush(self) -> Iterator[Para]:
        if self.carried:
            text = "".join(t for t, _ in self.carried)
            self.carried = []
            self.elements.append(None)
            yield Para(style=self.styles.name(None), text=text)

    def _rows(self, table: Element) -> Iterator[tuple[str, ...]]:
        for row in _children(table, _TR):
            trpr = row.find(_w("trPr"))
            if trpr is not None and trpr.find(_w("del")) is not None:
                continue  # a deleted row
            cells: list[str] = []
            for cell in _children(row, _TC):
                texts = [
                    b.text if isinstance(b, Para) else "\n".join(" | ".join(r) for r in b.rows)
                    for b in _Reader(self.styles, self.numbering).blocks(cell)
                ]
                tcpr = cell.find(_w("tcPr"))
                span = tcpr.find(_w("gridSpan")) if tcpr is not None else None
                width = _int(span.get(_VAL)) if span is not None else 1
                cells.extend(["\n".join(texts)] * max(1, width or 1))
            yield tuple(cells)


def _children(parent: Element, tag: str) -> Iterator[Element]:
    """Children with `tag`, looking through content controls and custom XML around them."""
    for child in parent:
        if child.tag == tag:
            yield child
        elif child.tag == _w("sdt"):
            content = child.find(_w("sdtContent"))
            if content is not None:
                yield from _children(content, tag)
        elif child.tag == _w("customXml"):
            yield from _children(child, tag)


def _style_id(ppr: Element | None) -> str | None:
    if ppr is None:
        return None
    style = ppr.find(_w("pStyle"))
    return style.get(_VAL) if style is not None else None


def _placeholder(sdt: Element) -> bool:
    """A content control showing its placeholder ("Click here to enter text"): no content."""
    properties = sdt.find(_w("sdtPr"))
    return properties is not None and properties.find(_w("showingPlcHdr")) is not None


def _runs(container: Element, out: list[tuple[str, bool]], styles: Styles) -> None:
    """The displayed text of the runs in `container`, with whether each is bold."""
    for child in container:
        tag = child.tag
        if tag == _R:
            _run(child, out, styles)
        elif tag in _TRANSPARENT:
            _runs(child, out, styles)
        elif tag == _w("sdt"):
            content = child.find(_w("sdtContent"))
            if content is not None and not _placeholder(child):
                _runs(content, out, styles)
        elif tag == _w("ruby"):
            base = child.find(_w("rubyBase"))
            if base is not None:
                _runs(base, out, styles)
        # w:del, w:moveFrom, comment and bookmark marks, math and the rest: not displayed


_TAB, _PTAB, _BR, _CR, _NB_HYPHEN = (_w(t) for t in ("tab", "ptab", "br", "cr", "noBreakHyphen"))
_B, _VANISH, _SPEC_VANISH, _R_STYLE, _TYPE = (
    _w(t) for t in ("b", "vanish", "specVanish", "rStyle", "type")
)
_CHARACTERS = {_TAB: "\t", _PTAB: "\t", _CR: "\n", _NB_HYPHEN: "-"}


def _run(run: Element, out: list[tuple[str, bool]], styles: Styles) -> None:
    rpr = run.find(_RPR)
    bold = False
    if rpr is not None:
        if _on(rpr, _VANISH) or _on(rpr, _SPEC_VANISH):
            return  # hidden text
        bold = _on(rpr, _B)
        character = rpr.find(_R_STYLE)
        if not bold and character is not None:
            bold = styles.bold(character.get(_VAL))
    parts: list[str] = []
    for child in run:
        tag = child.tag
        if tag == _T:
            parts.append(child.text or "")
        elif tag in _CHARACTERS:
            parts.append(_CHARACTERS[tag])
        elif tag == _BR:
            parts.append("" if child.get(_TYPE) in ("page", "column") else "\n")
        # w:delText, w:instrText (a field's code), w:footnoteReference, w:drawing and
        # w:pict (text boxes), mc:AlternateContent and w:sym are not the paragraph's text.
    if parts:
        out.append(("".join(parts), bold))


def _bold_prefix(runs: list[tuple[str, bool]]) -> str:
    """The text of the paragraph's leading bold runs (spaces between them included)."""
    prefix: list[str] = []
    for text, bold in runs:
        if not bold and text.strip():
            break
        prefix.append(text)
    return "".join(prefix) if any(bold for _, bold in runs[: len(prefix)]) else ""
