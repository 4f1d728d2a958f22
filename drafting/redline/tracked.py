"""Word tracked changes (ECMA-376 Part 1, 17.13.5) written into WordprocessingML paragraphs.

The primitives here edit lxml elements of `word/document.xml` in place: replace text at
offsets of a paragraph's visible text as a tracked deletion plus insertion (`substitute`),
and mark whole paragraphs inserted, deleted or moved, paragraph mark included, so that
Word's (and LibreOffice's) Accept All / Reject All gives back exactly one side.

"Visible text" is the paragraph's text as `drafting.importer.ooxml` reads it, without an
automatic-numbering label: `w:t`, tabs, breaks and non-breaking hyphens of the runs, looking
through `w:ins`, `w:moveTo`, hyperlinks, smart tags, custom XML, simple fields, content
controls and ruby bases; never `w:del`, `w:moveFrom`, hidden runs or field instructions.
"""

from __future__ import annotations

import copy
import itertools
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from lxml import etree

from drafting.importer.ooxml import W

Element = Any  # an lxml element (lxml ships no type information)

_XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"


def _w(tag: str) -> str:
    return f"{{{W}}}{tag}"


_P, _R, _T, _PPR, _RPR, _VAL = _w("p"), _w("r"), _w("t"), _w("pPr"), _w("rPr"), _w("val")
_ID, _AUTHOR, _DATE, _NAME = _w("id"), _w("author"), _w("date"), _w("name")
_INS, _DEL, _MOVE_FROM, _MOVE_TO = _w("ins"), _w("del"), _w("moveFrom"), _w("moveTo")
_DEL_TEXT, _INSTR, _DEL_INSTR = _w("delText"), _w("instrText"), _w("delInstrText")
_TAB, _BR = _w("tab"), _w("br")
_TRANSPARENT = {
    _w(t)
    for t in ("ins", "moveTo", "hyperlink", "smartTag", "customXml", "fldSimple", "dir", "bdo")
}
_ONE_CHARACTER = {_TAB: "\t", _w("ptab"): "\t", _w("cr"): "\n", _w("noBreakHyphen"): "-"}
# Paragraph-mark and run-property children that record earlier revisions: never copied
# onto new runs, which carry only formatting.
_REVISION_PROPERTIES = {_INS, _DEL, _MOVE_FROM, _MOVE_TO, _w("rPrChange")}


def iso_date(date: datetime) -> str:
    """A revision date as Word writes it ("2026-11-29T12:00:00Z"); naive dates are UTC."""
    if date.tzinfo is not None:
        date = date.astimezone(UTC)
    return date.replace(microsecond=0, tzinfo=None).isoformat() + "Z"


def revision_ids(*roots: Element) -> Iterator[int]:
    """Fresh `w:id` values for revisions, above every id already used in `roots`.

    Comments, bookmarks and revisions share one id space in a document (Word repairs a file
    whose ids collide), so the count starts above the largest of any of them."""
    highest = 0
    for root in roots:
        for element in root.iter():
            value = element.get(_ID) if isinstance(element.tag, str) else None
            if value is not None and value.lstrip("-").isdigit():
                highest = max(highest, int(value))
    return itertools.count(highest + 1)


@dataclass(frozen=True, slots=True)
class Revision:
    """Who made the changes and when: every `w:ins`/`w:del`/move mark carries both."""

    author: str
    date: datetime
    ids: Iterator[int]

    def mark(self, tag: str, **extra: str) -> Element:
        element = etree.Element(_w(tag))
        element.set(_ID, str(next(self.ids)))
        element.set(_AUTHOR, self.author)
        element.set(_DATE, iso_date(self.date))
        for key, value in extra.items():
            element.set(_w(key), value)
        return element


# --- visible text ----------------------------------------------------------------------------


def visible_runs(container: Element) -> Iterator[Element]:
    """The runs whose text is displayed, in document order."""
    for child in container:
        tag = child.tag
        if tag == _R:
            if not _hidden(child):
                yield child
        elif tag in _TRANSPARENT:
            yield from visible_runs(child)
        elif tag == _w("sdt"):
            content = child.find(_w("sdtContent"))
            properties = child.find(_w("sdtPr"))
            placeholder = (
                properties is not None and properties.find(_w("showingPlcHdr")) is not None
            )
            if content is not None and not placeholder:
                yield from visible_runs(content)
        elif tag == _w("ruby"):
            base = child.find(_w("rubyBase"))
            if base is not None:
                yield from visible_runs(base)


def _hidden(run: Element) -> bool:
    rpr = run.find(_RPR)
    if rpr is None:
        return False
    for tag in ("vanish", "specVanish"):
        element = rpr.find(_w(tag))
        if element is not None and element.get(_VAL, "true") not in ("0", "false", "off"):
            return True
    return False


def _piece_text(child: Element) -> str:
    """The displayed text of one child of a run ("" for what is not displayed)."""
    tag = child.tag
    if tag == _T:
        return str(child.text or "")
    if tag in _ONE_CHARACTER:
        return _ONE_CHARACTER[tag]
    if tag == _BR:
        return "" if child.get(_w("type")) in ("page", "column") else "\n"
    return ""


def run_text(run: Element) -> str:
    """A run's displayed text."""
    return "".join(_piece_text(child) for child in run)


def visible_text(paragraph: Element) -> str:
    """The paragraph's displayed text, the string `substitute` offsets count in."""
    return "".join(run_text(run) for run in visible_runs(paragraph))


# --- editing ---------------------------------------------------------------------------------


def substitute(
    paragraph: Element,
    edits: Sequence[tuple[int, int, str]],
    *,
    author: str,
    date: datetime,
    ids: Iterator[int],
) -> None:
    """Replace spans of the paragraph's visible text as tracked changes, in place.

    Each edit `(start, end, replacement)` counts in `visible_text(paragraph)` as it was
    before any edit: the old text `[start, end)` is wrapped in `w:del` (its `w:t` turned into
    `w:delText`), the replacement is inserted right after it in a `w:ins` run carrying a copy
    of the run properties of the run where the edit starts (for a pure insertion, the run
    holding the character at `start`, else the paragraph's last run). `start == end` inserts,
    an empty replacement deletes; tabs and line breaks in the replacement become `w:tab` and
    `w:br`. Runs are split at the offsets; text outside the edits keeps its runs.

    `ids` yields the revision ids (see `revision_ids`); `date` naive means UTC.
    Raises ValueError when edits overlap or fall outside the text: a programming error."""
    _edit(paragraph, edits, Revision(author, date, ids), reverse=False)


def mark_changed(
    paragraph: Element,
    edits: Sequence[tuple[int, int, str]],
    *,
    author: str,
    date: datetime,
    ids: Iterator[int],
) -> None:
    """Show a paragraph that holds the NEW text as a tracked edit of an older text, in place.

    The reverse of `substitute`: each edit `(start, end, previous)` says that `[start, end)`
    of the paragraph's visible text replaced `previous`. That span is wrapped in `w:ins`
    (keeping its runs and their formatting) and `previous` is put back before it as a `w:del`
    run formatted like the run where the edit starts. Accept All then shows the paragraph's
    text, Reject All the older one. Raises ValueError like `substitute`."""
    _edit(paragraph, edits, Revision(author, date, ids), reverse=True)


def _edit(
    paragraph: Element,
    edits: Sequence[tuple[int, int, str]],
    revision: Revision,
    *,
    reverse: bool,
) -> None:
    text = visible_text(paragraph)
    ordered = sorted(edits, key=lambda e: (e[0], e[1]))
    previous_end = 0
    for start, end, _ in ordered:
        if not 0 <= start <= end <= len(text) or start < previous_end:
            raise ValueError(
                f"edit ({start}, {end}) overlaps another or lies outside the paragraph's "
                f"{len(text)} characters"
            )
        previous_end = end
    # Last edit first: splitting runs at later offsets leaves earlier offsets valid.
    for start, end, replacement in reversed(ordered):
        if start == end and not replacement:
            continue
        _edit_one(paragraph, start, end, replacement, revision, reverse=reverse)


def _edit_one(
    paragraph: Element,
    start: int,
    end: int,
    replacement: str,
    revision: Revision,
    *,
    reverse: bool,
) -> None:
    _split_at(paragraph, start)
    _split_at(paragraph, end)
    covered: list[Element] = []
    after: Element | None = None  # the first visible run at or after `end`
    model: Element | None = None  # the run whose formatting the new run copies
    position = 0
    last: Element | None = None
    for run in visible_runs(paragraph):
        length = len(run_text(run))
        if start <= position and position + length <= end and length > 0 and start < end:
            covered.append(run)
        if model is None and position + length > start:
            model = run
        if after is None and position >= end and (length > 0 or position > start):
            after = run
        position += length
        last = run
    model = model if model is not None else last
    wrappers = _wrap_runs(covered, revision, "ins" if reverse else "del") if covered else []
    if not replacement:
        return
    added = revision.mark("del" if reverse else "ins")
    added.append(new_run(replacement, model))
    if reverse:
        _to_deleted_text(added[0])
    if wrappers:
        # Word's order: the deletion, then the insertion that replaces it.
        if reverse:
            wrappers[0].addprevious(added)
        else:
            wrappers[-1].addnext(added)
    elif after is not None:
        _anchor(after, before=True).addprevious(added)
    elif last is not None:
        _anchor(last, before=False).addnext(added)
    else:
        paragraph.append(added)


def _anchor(run: Element, *, before: bool) -> Element:
    """Where to put a new sibling before (or after) `run`: the run itself, or the revision
    wrapper it opens (closes), so that revisions sit side by side rather than nested."""
    parent = run.getparent()
    edge = parent[0] if before else parent[-1]
    if parent.tag in (_DEL, _INS) and edge is run:
        return parent
    return run


def _split_at(paragraph: Element, offset: int) -> None:
    """Make `offset` a boundary between visible runs (a no-op when it already is one)."""
    position = 0
    for run in visible_runs(paragraph):
        length = len(run_text(run))
        if position < offset < position + length:
            _split_run(run, offset - position)
            return
        position += length


def _split_run(run: Element, offset: int) -> None:
    """Split a run into two at `offset` in its displayed text, both with its properties."""
    second = copy.deepcopy(run)
    for child in list(second):
        if child.tag != _RPR:
            second.remove(child)
    position = 0
    moving = False
    for child in [c for c in run if c.tag != _RPR]:
        if moving:
            run.remove(child)
            second.append(child)
            continue
        piece = _piece_text(child)
        if position + len(piece) <= offset:
            position += len(piece)
            if position == offset and piece:
                moving = True
            continue
        # A w:t straddling the offset: its tail goes to the second run.
        cut = offset - position
        tail = copy.deepcopy(child)
        child.text, tail.text = piece[:cut], piece[cut:]
        child.set(_XML_SPACE, "preserve")
        tail.set(_XML_SPACE, "preserve")
        second.append(tail)
        moving = True
    run.addnext(second)


def _wrap_runs(runs: list[Element], revision: Revision, tag: str) -> list[Element]:
    """Wrap runs in `tag` (`del` or `ins`), consecutive siblings sharing one wrapper;
    returns the wrappers."""
    wrappers: list[Element] = []
    current: Element | None = None
    for run in runs:
        if current is not None and current.getnext() is run:
            current.append(run)
        else:
            current = revision.mark(tag)
            run.addprevious(current)
            current.append(run)
            wrappers.append(current)
        if tag == "del":
            _to_deleted_text(run)
    return wrappers


def _to_deleted_text(run: Element) -> None:
    """A deleted run's text is `w:delText` (and field codes `w:delInstrText`)."""
    for child in run:
        if child.tag == _T:
            child.tag = _DEL_TEXT
            child.set(_XML_SPACE, "preserve")
        elif child.tag == _INSTR:
            child.tag = _DEL_INSTR


def _to_plain_text(run: Element) -> None:
    for child in run:
        if child.tag == _DEL_TEXT:
            child.tag = _T
        elif child.tag == _DEL_INSTR:
            child.tag = _INSTR


def new_run(text: str, model: Element | None = None) -> Element:
    """A run showing `text`, with a copy of `model`'s run properties (revisions dropped)."""
    run = etree.Element(_R)
    properties = model.find(_RPR) if model is not None and model.tag == _R else model
    if properties is not None:
        copied = copy.deepcopy(properties)
        copied.tag = _RPR
        for child in list(copied):
            if child.tag in _REVISION_PROPERTIES:
                copied.remove(child)
        if len(copied):
            run.append(copied)
    chunk: list[str] = []

    def flush() -> None:
        if chunk:
            t = etree.SubElement(run, _T)
            t.text = "".join(chunk)
            t.set(_XML_SPACE, "preserve")
            chunk.clear()

    for character in text:
        if character in "\t\n":
            flush()
            etree.SubElement(run, _TAB if character == "\t" else _BR)
        else:
            chunk.append(character)
    flush()
    return run


# --- whole paragraphs ------------------------------------------------------------------------


def _mark_paragraph_mark(paragraph: Element, mark: Element) -> None:
    """Record a revision on the paragraph mark (`w:pPr/w:rPr`), replacing an earlier one."""
    ppr = paragraph.find(_PPR)
    if ppr is None:
        ppr = etree.Element(_PPR)
        paragraph.insert(0, ppr)
    rpr = ppr.find(_RPR)
    if rpr is None:
        rpr = etree.Element(_RPR)
        # w:rPr comes after the other paragraph properties except w:sectPr and w:pPrChange.
        tail = ppr.find(_w("sectPr"))
        tail = tail if tail is not None else ppr.find(_w("pPrChange"))
        if tail is not None:
            tail.addprevious(rpr)
        else:
            ppr.append(rpr)
    for child in list(rpr):
        if child.tag in (_INS, _DEL, _MOVE_FROM, _MOVE_TO):
            rpr.remove(child)
    rpr.insert(0, mark)


def _wrap_visible(paragraph: Element, revision: Revision, tag: str) -> None:
    """Wrap every visible run not already in a `w:ins`/`w:moveTo` of the paragraph in `tag`."""
    runs = list(visible_runs(paragraph))
    groups: list[list[Element]] = []
    for run in runs:
        parent = run.getparent()
        if tag == "ins" and parent is not None and parent.tag in (_INS, _MOVE_TO):
            continue  # already an insertion: rejecting removes it with the paragraph
        if tag.startswith("move") and parent is not None and parent.tag in (_INS, _DEL):
            continue  # a change beside the moved text, not nested in it
        if groups and groups[-1][-1].getnext() is run:
            groups[-1].append(run)
        else:
            groups.append([run])
    for group in groups:
        wrapper = revision.mark(tag)
        group[0].addprevious(wrapper)
        for run in group:
            wrapper.append(run)
            if tag == "del":
                _to_deleted_text(run)
            elif tag == "moveFrom":
                _to_plain_text(run)


def mark_inserted(paragraph: Element, *, author: str, date: datetime, ids: Iterator[int]) -> None:
    """Mark a whole paragraph, its mark included, as a tracked insertion, in place."""
    revision = Revision(author, date, ids)
    _wrap_visible(paragraph, revision, "ins")
    _mark_paragraph_mark(paragraph, revision.mark("ins"))


def mark_deleted(paragraph: Element, *, author: str, date: datetime, ids: Iterator[int]) -> None:
    """Mark a whole paragraph, its mark included, as a tracked deletion, in place."""
    revision = Revision(author, date, ids)
    _wrap_visible(paragraph, revision, "del")
    _mark_paragraph_mark(paragraph, revision.mark("del"))


def mark_moved(
    paragraphs: Iterable[Element],
    *,
    direction: str,
    name: str,
    author: str,
    date: datetime,
    ids: Iterator[int],
) -> None:
    """Mark consecutive paragraphs as the source (`direction="from"`) or the destination
    (`"to"`) of a tracked move, in place.

    The range `w:moveFromRangeStart`/`End` (or `w:moveToRangeStart`/`End`) spans them,
    named `name`: the source and destination of one move share the name, which is how
    Word pairs them. Runs are wrapped in `w:moveFrom`/`w:moveTo` (moved text stays `w:t`),
    and each paragraph mark is marked moved too."""
    if direction not in ("from", "to"):
        raise ValueError(f"direction must be 'from' or 'to', not {direction!r}")
    block = list(paragraphs)
    if not block:
        return
    revision = Revision(author, date, ids)
    kind = "moveFrom" if direction == "from" else "moveTo"
    range_start = revision.mark(f"{kind}RangeStart", name=name)
    range_id = range_start.get(_ID)
    for paragraph in block:
        _wrap_visible(paragraph, revision, kind)
        _mark_paragraph_mark(paragraph, revision.mark(kind))
    first = block[0]
    ppr = first.find(_PPR)
    if ppr is not None:
        ppr.addnext(range_start)
    else:
        first.insert(0, range_start)
    range_end = etree.SubElement(block[-1], _w(f"{kind}RangeEnd"))
    range_end.set(_ID, str(range_id))
