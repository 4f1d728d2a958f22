"""The corpus generator: the base documents, the edits that plant one defect in a base, and
the scoring of a check report against a case's expected findings.

Bases (`BASES`): the four example drafts (Zambia in English, Rwanda in English and in
French, Paraguay in Spanish) as draft models and as their Word renderings, and three
plainly typed regulations (`plain.py`) written with python-docx in Normal style only, two of
them also with Word's automatic numbering (`w:numPr` resolved through `numbering.xml`).

A defect is a short sequence of edits (`Replace`, `Remove`, `InsertAfter`, `Swap`), each of
which works on a draft model and on a Word file: text is found by an anchor (words that
occur in exactly one provision, or one paragraph), so a defect fails loudly when the base
changes under it instead of planting nothing.

Scoring (`evaluate`): an expected pair (rule, provision) is found when a finding has that
rule and sits at that provision or inside it ("8" is matched by a finding at "8(4)";
"14|12" accepts either; "" is the whole instrument)."""

from __future__ import annotations

import copy
import io
import json
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from typing import Any

import docx
from docx.document import Document as DocxDocument
from docx.oxml.ns import qn
from lxml import etree

from drafting.checker import check
from drafting.checker.report import Finding, Report, Severity
from drafting.importer.docx import import_docx
from drafting.library import ClauseLibrary
from drafting.model import (
    CrossRef,
    Definition,
    Fact,
    Inline,
    Instrument,
    Profile,
    Provision,
    TableBlock,
    TermId,
    TermRef,
    Text,
    plain_text,
)
from drafting.render.docx import render_docx
from drafting.serialize import dumps, instrument_from_json
from tests.checker.corpus import plain
from tests.factories import make_example

# --- the case ---------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Case:
    """One document of the corpus.

    `kind` is "model" (the draft model, through its JSON form) or "docx" (the Word file,
    through the importer); `base` names the document the defect is planted in (`BASES`);
    `defect` is None for a clean control; `expected` holds the (rule, provision) pairs the
    checker must report. `allowed` are rule codes that the defect may rightly cause
    elsewhere too (removing the offences provision leaves every duty without a sanction):
    they are neither required nor counted as false alarms. `other` is the base of the same
    instrument in another language (the language-alignment checks); `country` the profile
    given explicitly, as `check --country` does, with `facts` overriding its facts."""

    id: str
    kind: str
    base: str
    defect: Defect | None
    expected: frozenset[tuple[str, str]] = frozenset()
    allowed: frozenset[str] = frozenset()
    other: str | None = None
    country: str | None = None
    facts: tuple[tuple[str, Any], ...] = ()

    @property
    def control(self) -> bool:
        return self.defect is None

    @property
    def language(self) -> str:
        return BASES[self.base].language

    @property
    def form(self) -> str:
        return BASES[self.base].form


@dataclass(frozen=True, slots=True)
class Base:
    language: str
    form: str  # "ZM", "RW", "PY" (the country forms) or "plain"
    country: str = ""  # the example draft's profile
    auto: bool = False  # Word's automatic numbering (plain documents)

    @property
    def example(self) -> bool:
        return bool(self.country)


BASES: dict[str, Base] = {
    "ZM": Base("en", "ZM", "ZM"),
    "RW-en": Base("en", "RW", "RW"),
    "RW-fr": Base("fr", "RW", "RW"),
    "PY": Base("es", "PY", "PY"),
    "plain-en": Base("en", "plain"),
    "plain-en-auto": Base("en", "plain", auto=True),
    "plain-fr": Base("fr", "plain"),
    "plain-fr-auto": Base("fr", "plain", auto=True),
    "plain-es": Base("es", "plain"),
}


# --- edits ------------------------------------------------------------------------------


class Op:
    def model(self, instrument: Instrument) -> Instrument:
        raise NotImplementedError

    def docx(self, document: DocxDocument) -> None:
        raise NotImplementedError


@dataclass(frozen=True, slots=True)
class Defect:
    """What is planted, in words, and the edits that plant it."""

    what: str
    ops: tuple[Op, ...]

    def apply_model(self, instrument: Instrument) -> Instrument:
        for op in self.ops:
            instrument = op.model(instrument)
        return instrument

    def apply_docx(self, document: DocxDocument) -> None:
        for op in self.ops:
            op.docx(document)


def defect(what: str, *ops: Op) -> Defect:
    return Defect(what, ops)


class CorpusError(AssertionError):
    """An edit that does not apply to its base: its anchor is missing or not unique."""


@dataclass(frozen=True, slots=True)
class Replace(Op):
    """`old` becomes `new` in the one provision (paragraph, table cell, preamble line)
    whose words contain it (and `within`, when given). `whole`: the words are the whole
    of the cell or paragraph ("2029" in a table). `nth`: the nth of several places (from
    0) instead of the only one."""

    old: str
    new: str
    within: str = ""
    whole: bool = False
    nth: int | None = None

    def _hit(self, text: str) -> bool:
        if self.whole:
            return text.strip() == self.old
        return self.old in text and self.within in text

    def model(self, instrument: Instrument) -> Instrument:
        hits: list[str] = []

        def chosen(where: str) -> bool:
            hits.append(where)
            return self.nth is None or len(hits) - 1 == self.nth

        def inlines(content: tuple[Inline, ...], where: str) -> tuple[Inline, ...]:
            if self._hit(plain_text(content)) and chosen(where):
                return _replace_inlines(content, self.old, self.new)
            return content

        def plain(text: str, where: str) -> str:
            if self._hit(text) and chosen(where):
                return text.replace(self.old, self.new, 1)
            return text

        def provision(p: Provision) -> list[Provision]:
            return [
                replace(
                    p,
                    content=inlines(p.content, p.eid),
                    after=inlines(p.after, p.eid + " (closing words)"),
                )
            ]

        title = plain(instrument.title, "title")
        preamble = tuple(
            replace(item, content=inlines(item.content, "preamble")) for item in instrument.preamble
        )
        body = _edit(instrument.body, provision)
        schedules = []
        for s in instrument.schedules:
            heading = plain(s.heading, s.eid)
            referred_by = plain(s.referred_by, s.eid)
            content: list[Provision | TableBlock] = []
            for block in s.content:
                if isinstance(block, TableBlock):
                    content.append(
                        TableBlock(
                            columns=tuple(plain(c, s.eid) for c in block.columns),
                            rows=tuple(tuple(plain(c, s.eid) for c in r) for r in block.rows),
                        )
                    )
                else:
                    content.extend(_edit((block,), provision))
            schedules.append(
                replace(s, heading=heading, referred_by=referred_by, content=tuple(content))
            )
        if self.nth is None:
            _one(hits, self.old)
        elif len(hits) <= self.nth:
            raise CorpusError(f"{self.old!r} found {len(hits)} times, not {self.nth + 1}")
        return replace(
            instrument, title=title, preamble=preamble, body=body, schedules=tuple(schedules)
        )

    def docx(self, document: DocxDocument) -> None:
        hits = [p for p in document.element.body.iter(qn("w:p")) if self._hit(_ptext(p))]
        if self.nth is None:
            _one(hits, self.old)
            _replace_in_paragraph(hits[0], self.old, self.new)
        elif len(hits) <= self.nth:
            raise CorpusError(f"{self.old!r} found {len(hits)} times, not {self.nth + 1}")
        else:
            _replace_in_paragraph(hits[self.nth], self.old, self.new)


@dataclass(frozen=True, slots=True)
class SetText(Op):
    """The words of the provision (paragraph) containing `anchor` become `text` (its
    number, in a Word file, is part of `text`; `bold` is a run-in heading in bold);
    `bare` also removes what it contains (its paragraphs, in a Word file)."""

    anchor: str
    text: str
    bold: str = ""
    bare: bool = False

    def model(self, instrument: Instrument) -> Instrument:
        hits: list[str] = []

        def change(p: Provision) -> list[Provision]:
            if not _matches(p, self.anchor):
                return [p]
            hits.append(p.eid)
            return [
                replace(
                    p,
                    content=(Text(text=self.text),) if self.text else (),
                    after=(),
                    children=() if self.bare else p.children,
                )
            ]

        edited = _edit_instrument(instrument, change)
        _one(hits, self.anchor)
        return edited

    def docx(self, document: DocxDocument) -> None:
        p = _anchor_paragraph(document, self.anchor)
        if self.bare:
            for element in _subtree(document, p)[1:]:
                element.getparent().remove(element)
        for child in list(p):
            if child.tag != qn("w:pPr"):
                p.remove(child)
        if self.bold:
            _add_run(p, self.bold + (" " if self.text else ""), bold=True)
        if self.text:
            _add_run(p, self.text)


@dataclass(frozen=True, slots=True)
class Retitle(Op):
    """The heading of the provision containing `anchor` becomes `heading` (draft models; in
    a Word file the heading is a paragraph of its own: use `Replace`)."""

    anchor: str
    heading: str

    def model(self, instrument: Instrument) -> Instrument:
        hits: list[str] = []

        def change(p: Provision) -> list[Provision]:
            if not _matches(p, self.anchor):
                return [p]
            hits.append(p.eid)
            return [replace(p, heading=self.heading)]

        edited = _edit_instrument(instrument, change)
        _one(hits, self.anchor)
        return edited

    def docx(self, document: DocxDocument) -> None:
        raise CorpusError("Retitle edits draft models; replace the heading's words in Word")


@dataclass(frozen=True, slots=True)
class Remove(Op):
    """The provision whose own words (or heading) contain `anchor` is removed with all it
    contains; in a Word file, the paragraph and the paragraphs below it in the outline."""

    anchor: str

    def model(self, instrument: Instrument) -> Instrument:
        hits: list[str] = []

        def drop(p: Provision) -> list[Provision]:
            if _matches(p, self.anchor):
                hits.append(p.eid)
                return []
            return [p]

        edited = _edit_instrument(instrument, drop)
        _one(hits, self.anchor)
        return edited

    def docx(self, document: DocxDocument) -> None:
        for element in _subtree(document, _anchor_paragraph(document, self.anchor)):
            element.getparent().remove(element)


@dataclass(frozen=True, slots=True)
class InsertAfter(Op):
    """A new provision after the one containing `anchor` (after all it contains), at the
    same level: numbered `num` (printed `label`), with the words `text`; `term` makes it a
    definition of that term. In a Word file the new paragraph takes the anchor's paragraph
    style and numbering and reads `printed` (default: label and text); `bold` is a run-in
    heading printed in bold before it."""

    anchor: str
    text: str
    num: str = ""
    label: str = ""
    term: str = ""
    printed: str = ""
    bold: str = ""
    style: str = ""

    def model(self, instrument: Instrument) -> Instrument:
        hits: list[str] = []

        def add(p: Provision) -> list[Provision]:
            if not _matches(p, self.anchor):
                return [p]
            hits.append(p.eid)
            new = Provision(
                eid=f"{p.eid}_corpus",
                level=p.level,
                num=self.num,
                label=self.label,
                content=(Text(text=self.text),),
                definition=Definition(
                    term=TermId(_slug(self.term)), label=self.term, relation="means"
                )
                if self.term
                else None,
            )
            return [p, new]

        edited = _edit_instrument(instrument, add)
        _one(hits, self.anchor)
        return edited

    def docx(self, document: DocxDocument) -> None:
        anchor = _anchor_paragraph(document, self.anchor)
        last = _subtree(document, anchor)[-1]
        new = copy.deepcopy(anchor)
        for child in list(new):
            if child.tag != qn("w:pPr"):
                new.remove(child)
        words = self.printed or (f"{self.label} {self.text}" if self.label else self.text)
        if self.style:
            _set_style(document, new, self.style)
        if self.bold:
            _add_run(new, self.bold + " ", bold=True)
        _add_run(new, words)
        last.addnext(new)


@dataclass(frozen=True, slots=True)
class Swap(Op):
    """The provisions containing `first` and `second` (siblings) change places."""

    first: str
    second: str

    def model(self, instrument: Instrument) -> Instrument:
        done: list[str] = []

        def swap_in(items: tuple[Provision, ...]) -> tuple[Provision, ...]:
            a = [i for i, p in enumerate(items) if _matches(p, self.first)]
            b = [i for i, p in enumerate(items) if _matches(p, self.second)]
            if len(a) == 1 and len(b) == 1:
                out = list(items)
                out[a[0]], out[b[0]] = out[b[0]], out[a[0]]
                done.append(items[a[0]].eid)
                return tuple(out)
            return items

        edited = replace(instrument, body=_edit_siblings(instrument.body, swap_in))
        _one(done, f"{self.first} / {self.second}")
        return edited

    def docx(self, document: DocxDocument) -> None:
        a = _subtree(document, _anchor_paragraph(document, self.first))
        b = _subtree(document, _anchor_paragraph(document, self.second))
        body = list(document.element.body.iterchildren())
        if body.index(a[0]) > body.index(b[0]):
            a, b = b, a
        after_b = b[-1].getnext()
        parent = a[0].getparent()
        for element in b:
            a[0].addprevious(element)
        for element in a:
            if after_b is not None:
                after_b.addprevious(element)
            else:
                parent.append(element)


# --- edits on the model --------------------------------------------------------------------


def _one(hits: list[Any], anchor: str) -> None:
    if len(hits) != 1:
        raise CorpusError(f"{anchor!r} found {len(hits)} times, expected once: {hits[:5]}")


def _own(p: Provision) -> str:
    return " ".join(t for t in (plain_text(p.content), plain_text(p.after)) if t)


def _matches(p: Provision, anchor: str) -> bool:
    if anchor.startswith("#"):
        return p.eid == anchor[1:]
    return anchor in _own(p) or (p.heading is not None and anchor == p.heading)


def _edit(
    items: tuple[Provision, ...], change: Callable[[Provision], list[Provision]]
) -> tuple[Provision, ...]:
    """Each provision (children first) replaced by what `change` makes of it."""
    out: list[Provision] = []
    for p in items:
        p = replace(p, children=_edit(p.children, change))
        out.extend(change(p))
    return tuple(out)


def _edit_siblings(
    items: tuple[Provision, ...], change: Callable[[tuple[Provision, ...]], tuple[Provision, ...]]
) -> tuple[Provision, ...]:
    items = tuple(replace(p, children=_edit_siblings(p.children, change)) for p in items)
    return change(items)


def _edit_instrument(
    instrument: Instrument, change: Callable[[Provision], list[Provision]]
) -> Instrument:
    schedules = []
    for s in instrument.schedules:
        content: list[Provision | TableBlock] = []
        for block in s.content:
            content.extend(_edit((block,), change) if isinstance(block, Provision) else (block,))
        schedules.append(replace(s, content=tuple(content)))
    return replace(instrument, body=_edit(instrument.body, change), schedules=tuple(schedules))


def _replace_inlines(content: tuple[Inline, ...], old: str, new: str) -> tuple[Inline, ...]:
    """`old` replaced by `new` once; the inline that holds it becomes plain text (a changed
    cross-reference or term no longer points where it did), or all of them when `old`
    runs across several."""
    text = plain_text(content)
    start = text.index(old)
    end = start + len(old)
    pos = 0
    for i, item in enumerate(content):
        a, b = pos, pos + len(item.text)
        if a <= start and end <= b:
            changed = item.text[: start - a] + new + item.text[end - a :]
            keep: Inline = (
                replace(item, text=changed)
                if not isinstance(item, CrossRef | TermRef)
                else Text(text=changed)
            )
            return (*content[:i], keep, *content[i + 1 :])
        pos = b
    return (Text(text=text.replace(old, new, 1)),)


def _slug(term: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", term.lower()).strip("-") or "term"


# --- edits on a Word file ------------------------------------------------------------------

_W_T = qn("w:t")
_W_TAB = qn("w:tab")
_W_DEL_TEXT = qn("w:delText")


def _ptext(p: etree._Element) -> str:
    """A paragraph's words as Word shows them (tabs kept as tabs)."""
    out = []
    for node in p.iter(_W_T, _W_TAB):
        out.append("\t" if node.tag == _W_TAB else (node.text or ""))
    return "".join(out)


def _replace_in_paragraph(p: etree._Element, old: str, new: str) -> None:
    """`old` replaced by `new` in the paragraph's runs: the first run that holds part of
    it takes the new words (and its formatting), the others lose their part."""
    segments: list[tuple[etree._Element | None, int, int]] = []
    pos = 0
    for node in p.iter(_W_T, _W_TAB):
        length = 1 if node.tag == _W_TAB else len(node.text or "")
        segments.append((node if node.tag == _W_T else None, pos, pos + length))
        pos += length
    text = _ptext(p)
    start = text.index(old)
    end = start + len(old)
    placed = False
    for node, a, b in segments:
        if b <= start or a >= end or (a == b):
            continue
        if node is None:
            raise CorpusError(f"{old!r} runs across a tab")
        value = node.text or ""
        lo, hi = max(start, a) - a, min(end, b) - a
        node.text = value[:lo] + (new if not placed else "") + value[hi:]
        node.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
        placed = True
    if not placed:  # `old` is empty: insert at the start
        raise CorpusError("nothing to replace")


def _add_run(p: etree._Element, text: str, *, bold: bool = False) -> None:
    run = etree.SubElement(p, qn("w:r"))
    if bold:
        rpr = etree.SubElement(run, qn("w:rPr"))
        etree.SubElement(rpr, qn("w:b"))
    t = etree.SubElement(run, _W_T)
    t.text = text
    t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")


def _set_style(document: DocxDocument, p: etree._Element, name: str) -> None:
    style_id = document.styles[name].style_id
    ppr = p.find(qn("w:pPr"))
    if ppr is None:
        ppr = etree.Element(qn("w:pPr"))
        p.insert(0, ppr)
    found = ppr.find(qn("w:pStyle"))
    if found is None:
        found = etree.Element(qn("w:pStyle"))
        ppr.insert(0, found)
    found.set(qn("w:val"), style_id)


def _anchor_paragraph(document: DocxDocument, anchor: str) -> etree._Element:
    hits = [p for p in document.element.body.iter(qn("w:p")) if anchor in _ptext(p)]
    hits = [p for p in hits if p.getparent() is document.element.body] or hits
    _one(hits, anchor)
    return hits[0]


_STYLE_LEVEL = {
    "Part Heading": 0.0,
    "Part Title": 0.5,
    "Schedule Heading": 0.0,
    "Schedule Reference": 0.6,
    "Schedule Title": 0.6,
    "Schedule Text": 0.7,
    "Provision Text": 1.0,
    "Subprovision": 2.0,
    "Definition": 3.0,
    "Paragraph (a)": 3.0,
    "Continuation": 3.5,
    "Subparagraph (i)": 4.0,
}
_PLAIN_LEVELS = (
    (0.0, re.compile(r"^(PART|CHAPTER|CHAPITRE|CAP[IÍ]TULO|TITLE|TITRE)\b")),
    (
        0.0,
        re.compile(
            r"^((FIRST|SECOND|THIRD|FOURTH|FIFTH)\s+SCHEDULE|SCHEDULE\s+\d+|ANNEXE?\s+[IVX]+"
            r"|ANEXO\s+[IVX]+)\b"
        ),
    ),
    (1.0, re.compile(r"^(Regulation|Section|Article|Art\.|Artículo)\s+\w+|^\d+\.\s")),
    (2.0, re.compile(r"^\(\d+\)")),
    (3.0, re.compile(r"^(\([a-z]{1,2}\)|[a-z]{1,2}\)|\d+°)")),
)
_SECTION_LABEL = re.compile(r"^(Regulation|Section|Article|Art\.|Artículo)\s+\w+|^\d+\.")


def _level(document: DocxDocument, element: etree._Element) -> float:
    """Where a body block sits in the outline: parts 0, provisions 1, sub-provisions 2,
    paragraphs 3 (tables belong to what precedes them)."""
    if element.tag != qn("w:p"):
        return 5.0
    style_id = element.find(f"{qn('w:pPr')}/{qn('w:pStyle')}")
    style = ""
    if style_id is not None:
        found = document.styles.element.get_by_id(style_id.get(qn("w:val")))
        style = found.name_val if found is not None else ""
    text = _ptext(element).strip()
    if style == "Provision Heading":
        return 1.0 if _SECTION_LABEL.match(text) else 0.9
    if style in _STYLE_LEVEL:
        return _STYLE_LEVEL[style]
    if style and style != "Normal":
        return 0.0  # front matter, signature, notes
    numbered = _numbered_level(document, element)
    if numbered is not None:
        return numbered
    for level, pattern in _PLAIN_LEVELS:
        if pattern.match(text):
            return level
    return 2.0


def _numbered_level(document: DocxDocument, element: etree._Element) -> float | None:
    """The outline level of a paragraph Word numbers: its list level, read through
    `numbering.xml` (the first level is a provision; "(%2)" a sub-provision; letters and
    "°" items are paragraphs)."""
    num_pr = element.find(f"{qn('w:pPr')}/{qn('w:numPr')}")
    if num_pr is None:
        return None
    ilvl_el, num_el = num_pr.find(qn("w:ilvl")), num_pr.find(qn("w:numId"))
    ilvl = ilvl_el.get(qn("w:val")) if ilvl_el is not None else "0"
    if num_el is None or ilvl == "0":
        return 1.0
    numbering = document.part.numbering_part.element
    abstract_id = None
    for num in numbering.iterchildren(qn("w:num")):
        if num.get(qn("w:numId")) == num_el.get(qn("w:val")):
            ref = num.find(qn("w:abstractNumId"))
            abstract_id = ref.get(qn("w:val")) if ref is not None else None
    for abstract in numbering.iterchildren(qn("w:abstractNum")):
        if abstract.get(qn("w:abstractNumId")) != abstract_id:
            continue
        for lvl in abstract.iterchildren(qn("w:lvl")):
            if lvl.get(qn("w:ilvl")) == ilvl:
                text = lvl.find(qn("w:lvlText"))
                fmt = lvl.find(qn("w:numFmt"))
                shown = text.get(qn("w:val")) if text is not None else ""
                letters = fmt is not None and fmt.get(qn("w:val")) == "lowerLetter"
                return 3.0 if "°" in shown or letters else 2.0
    return 1.0 + int(ilvl)


def _subtree(document: DocxDocument, p: etree._Element) -> list[etree._Element]:
    """The paragraph and the blocks after it that sit below it in the outline."""
    body = document.element.body
    if p.getparent() is not body:
        return [p]
    blocks = [e for e in body.iterchildren() if e.tag in (qn("w:p"), qn("w:tbl"))]
    start = blocks.index(p)
    mine = _level(document, p)
    out = [p]
    for element in blocks[start + 1 :]:
        if element.tag == qn("w:p") and not _ptext(element).strip():
            out.append(element)
            continue
        if _level(document, element) <= mine:
            break
        out.append(element)
    while len(out) > 1 and not _ptext(out[-1]).strip() and out[-1].tag == qn("w:p"):
        out.pop()
    return out


# --- the plainly typed documents ----------------------------------------------------------

_AUTO_NUM_ID = "90"
_AUTO_LEVELS = {
    # language: the levels of the list Word numbers (numFmt, lvlText)
    "en": (("decimal", "Regulation %1."), ("decimal", "(%2)"), ("lowerLetter", "(%3)")),
    "fr": (("decimal", "Article %1 :"), ("decimal", "%2°")),
}
_AUTO_KINDS = {"en": {"section": 0, "sub": 1, "para": 2}, "fr": {"section": 0, "item": 1}}


def write_plain(language: str, *, auto: bool = False) -> bytes:
    """The plain regulation in `language` (`plain.DOCUMENTS`) typed into Word in Normal
    style: numbers typed, or (`auto`) produced by Word's automatic list numbering."""
    document = docx.Document()
    if auto:
        _add_numbering(document, language)
    for kind, num, text in plain.DOCUMENTS[language]:
        if kind == "table":
            rows = text
            assert isinstance(rows, tuple)
            table = document.add_table(rows=len(rows), cols=len(rows[0]))
            for r, row in enumerate(rows):
                for c, cell in enumerate(row):
                    table.cell(r, c).text = cell
            continue
        assert isinstance(text, str)
        level = _AUTO_KINDS.get(language, {}).get(kind) if auto else None
        if level is not None:
            paragraph = document.add_paragraph(text)
            _number(paragraph._p, level)
            continue
        typed = _typed(language, kind, num, text)
        paragraph = document.add_paragraph()
        run = paragraph.add_run(typed)
        if kind in ("title", "part", "schedule", "schedule-title"):
            run.bold = True
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _typed(language: str, kind: str, num: str, text: str) -> str:
    if kind == "section":
        if language == "en":
            return f"Regulation {num}. {text}"
        if language == "fr":
            return f"Article {'premier' if num == '1' else num} : {text}"
        return f"Artículo {num}°.- {text}" if int(num) < 10 else f"Artículo {num}.- {text}"
    if kind == "sub":
        return f"({num}) {text}"
    if kind == "para":
        return f"({num}) {text}" if language == "en" else f"{num}) {text}"
    if kind == "item":
        return f"{num}° {text}"
    return text


def _add_numbering(document: DocxDocument, language: str) -> None:
    numbering = document.part.numbering_part.element
    abstract = etree.Element(qn("w:abstractNum"))
    abstract.set(qn("w:abstractNumId"), _AUTO_NUM_ID)
    kind = etree.SubElement(abstract, qn("w:multiLevelType"))
    kind.set(qn("w:val"), "multilevel")
    for ilvl, (fmt, text) in enumerate(_AUTO_LEVELS[language]):
        lvl = etree.SubElement(abstract, qn("w:lvl"))
        lvl.set(qn("w:ilvl"), str(ilvl))
        for tag, value in (
            ("w:start", "1"),
            ("w:numFmt", fmt),
            ("w:suff", "space"),
            ("w:lvlText", text),
            ("w:lvlJc", "left"),
        ):
            etree.SubElement(lvl, qn(tag)).set(qn("w:val"), value)
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(abstract)
    else:
        numbering.append(abstract)
    num = etree.SubElement(numbering, qn("w:num"))
    num.set(qn("w:numId"), _AUTO_NUM_ID)
    etree.SubElement(num, qn("w:abstractNumId")).set(qn("w:val"), _AUTO_NUM_ID)


def _number(p: etree._Element, level: int) -> None:
    ppr = p.find(qn("w:pPr"))
    if ppr is None:
        ppr = etree.Element(qn("w:pPr"))
        p.insert(0, ppr)
    num_pr = etree.SubElement(ppr, qn("w:numPr"))
    etree.SubElement(num_pr, qn("w:ilvl")).set(qn("w:val"), str(level))
    etree.SubElement(num_pr, qn("w:numId")).set(qn("w:val"), _AUTO_NUM_ID)


# --- the corpus ---------------------------------------------------------------------------


@dataclass
class Corpus:
    """The bases, built once, and each case's document as the checker reads it."""

    library: ClauseLibrary = field(repr=False)
    _models: dict[str, Instrument] = field(default_factory=dict, repr=False)
    _words: dict[str, bytes] = field(default_factory=dict, repr=False)
    _clean: dict[str, Instrument] = field(default_factory=dict, repr=False)

    def model(self, base: str) -> Instrument:
        """The clean draft model of an example base."""
        if base not in self._models:
            spec = BASES[base]
            if not spec.example:
                raise CorpusError(f"{base} is a Word document only")
            lang = spec.language if spec.country == "RW" else None
            self._models[base] = make_example(self.library, spec.country, lang)
        return self._models[base]

    def word(self, base: str) -> bytes:
        """The clean Word file of a base: our rendering, or the typed plain document."""
        if base not in self._words:
            spec = BASES[base]
            if spec.example:
                self._words[base] = render_docx(self.model(base), drafting_notes=False)
            else:
                self._words[base] = write_plain(spec.language, auto=spec.auto)
        return self._words[base]

    def word_file(self, case: Case) -> bytes:
        """The case's Word file, its defect planted."""
        data = self.word(case.base)
        if case.defect is None:
            return data
        document = docx.Document(io.BytesIO(data))
        case.defect.apply_docx(document)
        buffer = io.BytesIO()
        document.save(buffer)
        return buffer.getvalue()

    def document(self, case: Case) -> Instrument:
        """The instrument the checker reads: the model through its JSON form, or the Word
        file through the importer."""
        if case.kind == "model":
            instrument = self.model(case.base)
            if case.defect is not None:
                instrument = case.defect.apply_model(instrument)
            return instrument_from_json(json.loads(dumps(instrument)), case.id)
        return import_docx(self.word_file(case))

    def clean(self, case: Case) -> Instrument:
        """The case's base, read the same way, without the defect."""
        key = f"{case.kind}:{case.base}"
        if key not in self._clean:
            self._clean[key] = self.document(Case(case.id, case.kind, case.base, None))
        return self._clean[key]

    def other(self, case: Case) -> Instrument | None:
        if case.other is None:
            return None
        if case.kind == "model":
            return self.model(case.other)
        return import_docx(self.word(case.other))

    def profile(self, case: Case) -> Profile | None:
        if case.country is None:
            return None
        profile = self.library.profile(case.country)
        if case.facts:
            facts = dict(profile.facts)
            for path, value in case.facts:
                old = facts.get(path)
                facts[path] = (
                    replace(old, value=value)
                    if old is not None
                    else Fact(path=path, value=value, source="corpus")
                )
            profile = replace(profile, facts=facts)
        return profile

    def report(self, case: Case) -> Report:
        return check(
            self.document(case),
            name=case.id,
            library=self.library,
            profile=self.profile(case),
            other=self.other(case),
        )


# --- scoring ------------------------------------------------------------------------------


def _norm(cite: str) -> str:
    return re.sub(r"[\s°º]", "", cite).lower()


def cite_matches(expected: str, found: str) -> bool:
    """Whether a finding at `found` is at the provision `expected` or inside it ("2"
    holds "2(5)" and the definition cited "2 “producer”"); `expected` may list
    alternatives separated by "|" ("" is the whole instrument)."""
    have = _norm(found)
    for alternative in expected.split("|"):
        want = _norm(alternative)
        if not want:
            if not have:
                return True
            continue
        if have == want or have.startswith((want + "(", want + "\u201c", want + '"')):
            return True
    return False


def _counted(finding: Finding) -> bool:
    return finding.severity in (Severity.ERROR, Severity.WARNING)


@dataclass(frozen=True, slots=True)
class Outcome:
    """A case's report scored against its expected findings."""

    case: Case
    report: Report
    found: frozenset[tuple[str, str]]  # expected pairs reported
    missing: frozenset[tuple[str, str]]  # expected pairs not reported
    unexpected: tuple[Finding, ...]  # errors and warnings neither expected nor allowed

    @property
    def unexpected_errors(self) -> tuple[Finding, ...]:
        return tuple(f for f in self.unexpected if f.severity is Severity.ERROR)

    @property
    def false_alarms(self) -> frozenset[tuple[str, str]]:
        """The distinct (rule, provision) of the unexpected findings."""
        return frozenset((f.rule, f.provision) for f in self.unexpected)

    def explain(self) -> str:
        lines = [f"case {self.case.id} ({self.case.kind}, {self.case.base})"]
        if self.case.defect is not None:
            lines.append(f"  defect: {self.case.defect.what}")
        lines.append(f"  expected: {sorted(self.case.expected) or 'no error'}")
        for rule, provision in sorted(self.missing):
            lines.append(f"  MISSING {rule} at {provision or '(whole instrument)'}")
        for f in self.unexpected_errors:
            lines.append(f"  UNEXPECTED {f.rule} {f.severity} at {f.provision!r}: {f.message}")
        got = [f"{f.rule}@{f.provision}" for f in self.report.findings if _counted(f)]
        lines.append(f"  got (errors and warnings): {', '.join(got) or 'none'}")
        return "\n".join(lines)


def evaluate(case: Case, report: Report) -> Outcome:
    found = frozenset(
        pair
        for pair in case.expected
        if any(f.rule == pair[0] and cite_matches(pair[1], f.provision) for f in report.findings)
    )
    unexpected = tuple(
        f
        for f in report.findings
        if _counted(f)
        and f.rule not in case.allowed
        and not any(
            f.rule == rule and cite_matches(cite, f.provision) for rule, cite in case.expected
        )
    )
    return Outcome(
        case=case,
        report=report,
        found=found,
        missing=case.expected - found,
        unexpected=unexpected,
    )


def planted(corpus: Corpus, case: Case) -> Iterator[str]:
    """The words the defect changed, for the corpus's own tests: the units whose text
    differs from the clean base's (by eId), and units added or removed."""
    from drafting.checker.document import build

    before = build(corpus.clean(case))
    after = build(corpus.document(case))
    old = {u.eid: u.text for u in before.units}
    new = {u.eid: u.text for u in after.units}
    for eid in sorted(old.keys() | new.keys()):
        if old.get(eid) != new.get(eid):
            yield eid
    if [u.eid for u in before.units] != [u.eid for u in after.units] and old == new:
        yield "(order)"
    if before.preamble != after.preamble or before.title != after.title:
        yield "(preamble)"


__all__ = [
    "BASES",
    "Case",
    "Corpus",
    "CorpusError",
    "Defect",
    "InsertAfter",
    "Outcome",
    "Remove",
    "Replace",
    "Retitle",
    "SetText",
    "Swap",
    "cite_matches",
    "defect",
    "evaluate",
    "write_plain",
]
