"""Two Word documents merged into one redline: NEW's package with real tracked changes.

The result is NEW's package (styles, numbering, sections, headers and footers, the
country's layout) whose body shows both versions: text only in OLD as tracked deletions,
text only in NEW as tracked insertions, moved blocks as tracked moves. Accept All gives
NEW's text, Reject All gives OLD's (both after their own tracked changes, if any, are
accepted: the redline compares what each document displays).

Body blocks are aligned in two passes. First a SequenceMatcher over the paragraphs' texts
with digits, Roman numerals and paragraph letters masked, so that a paragraph whose only
change is its number, or a cross-reference following a new number, pairs with its old
self; then, inside each replaced stretch, paragraphs are paired by rapidfuzz similarity
(monotonic, best total score). Paired paragraphs are word-diffed in NEW's formatting."""

from __future__ import annotations

import copy
import io
import re
import zipfile
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from difflib import SequenceMatcher

from lxml import etree
from rapidfuzz import fuzz
from rapidfuzz.process import cdist

from drafting.importer.ooxml import W, parse
from drafting.importer.safety import Package, open_package
from drafting.redline.review import accept_all, main_part
from drafting.redline.tracked import (
    Element,
    Revision,
    mark_changed,
    mark_deleted,
    mark_inserted,
    mark_moved,
    revision_ids,
    visible_text,
)

_R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"


def _w(tag: str) -> str:
    return f"{{{W}}}{tag}"


_P, _TBL, _TR, _TC, _PPR, _SECT = _w("p"), _w("tbl"), _w("tr"), _w("tc"), _w("pPr"), _w("sectPr")
_SIMILAR = 60  # rapidfuzz ratio from which two paragraphs are one paragraph edited
_MOVE_MIN_CHARACTERS = 12  # a moved block shorter than this is shown as deleted + inserted
_MAX_CELLS = 4_000_000  # similarity matrix size beyond which pairing goes greedy
_TOKEN = re.compile(r"\w+|\s+|[^\w\s]")


def redline_docx(old: bytes, new: bytes, *, author: str, date: datetime) -> bytes:
    """A .docx in NEW's layout whose tracked changes turn OLD's text into NEW's.

    Every `w:ins`, `w:del` and move mark carries `author` and `date` (naive means UTC);
    revision ids are unique in the document. Revision tracking is switched on in the
    result's settings, so further edits in Word are tracked too.
    Raises DocxImportError (I6xx) when either file is not a readable Word document."""
    old_package, new_package = open_package(old), open_package(new)
    old_root = accept_all(parse(old_package, main_part(old_package)))
    new_name = main_part(new_package)
    new_root = accept_all(parse(new_package, new_name))
    old_body, new_body = old_root.find(_w("body")), new_root.find(_w("body"))
    if old_body is None or new_body is None:
        old_body = old_body if old_body is not None else etree.Element(_w("body"))
        new_body = new_body if new_body is not None else etree.SubElement(new_root, _w("body"))
    merger = _Merger(Revision(author, date, revision_ids(new_root)))
    section = new_body.find(_SECT)
    merged = merger.merge(_blocks(old_body), _blocks(new_body))
    for child in list(new_body):
        new_body.remove(child)
    new_body.extend(merged)
    if section is not None:
        new_body.append(section)  # a body's last child is its final section's properties
    replaced = {new_name: _xml(new_root)}
    styles = _style_part(new_package, new_name)
    if styles is not None and merger.style_ids:
        old_styles = _style_part(old_package, main_part(old_package))
        if old_styles is not None:
            replaced[styles] = _with_missing_styles(
                parse(new_package, styles), parse(old_package, old_styles), merger.style_ids
            )
    settings = _settings_part(new_package, new_name)
    if settings is not None:
        replaced[settings] = _tracking_on(parse(new_package, settings))
    return _repack(new, replaced)


# --- alignment ------------------------------------------------------------------------------


@dataclass(slots=True)
class _Op:
    kind: str  # "same", "deleted", "inserted"
    old: Element = None  # None for an insertion
    new: Element = None  # None for a deletion
    move: str = ""  # the move's name when the deletion or insertion is half of a move


@dataclass(slots=True)
class _Merger:
    revision: Revision
    style_ids: set[str] = field(default_factory=set)  # OLD styles used by copied paragraphs
    moves: int = 0

    def merge(self, old: Sequence[Element], new: Sequence[Element]) -> list[Element]:
        """The merged blocks of a body or table cell, in order."""
        ops = self._find_moves(list(_align(old, new)))
        out: list[Element] = []
        index = 0
        while index < len(ops):
            op = ops[index]
            if op.move:  # a whole move block is marked at once, sharing one range
                end = index
                while end < len(ops) and ops[end].move == op.move and ops[end].kind == op.kind:
                    end += 1
                out.extend(self._moved(ops[index:end]))
                index = end
                continue
            out.extend(self._emit(op))
            index += 1
        return out

    def _emit(self, op: _Op) -> list[Element]:
        r = self.revision
        if op.kind == "deleted":
            element = self._copy_old(op.old)
            if element.tag == _P:
                mark_deleted(element, author=r.author, date=r.date, ids=r.ids)
            elif element.tag == _TBL:
                _mark_table(element, "del", self.revision)
            else:
                return []  # an opaque block (content control) only OLD has: not shown
            return [element]
        if op.kind == "inserted":
            if op.new.tag == _P:
                mark_inserted(op.new, author=r.author, date=r.date, ids=r.ids)
            elif op.new.tag == _TBL:
                _mark_table(op.new, "ins", self.revision)
            return [op.new]
        if op.new.tag == _P and op.old.tag == _P:
            _track_words(op.new, visible_text(op.old), self.revision)
        elif op.new.tag == _TBL and op.old.tag == _TBL:
            self._merge_table(op.old, op.new)
        return [op.new]

    def _moved(self, ops: Sequence[_Op]) -> list[Element]:
        r = self.revision
        if ops[0].kind == "deleted":
            elements = [self._copy_old(op.old) for op in ops]
            mark_moved(
                elements,
                direction="from",
                name=ops[0].move,
                author=r.author,
                date=r.date,
                ids=r.ids,
            )
            return elements
        for op in ops:
            # Words changed on the way (a new number) are plain insertions beside the moved
            # text, not changes nested in it: LibreOffice drops nested changes. What the
            # destination lost is already shown at the source.
            spans = _word_edits(visible_text(op.old), visible_text(op.new))
            inserted = [(start, end, "") for start, end, _ in spans if end > start]
            mark_changed(op.new, inserted, author=r.author, date=r.date, ids=r.ids)
        elements = [op.new for op in ops]
        mark_moved(
            elements, direction="to", name=ops[0].move, author=r.author, date=r.date, ids=r.ids
        )
        return elements

    def _merge_table(self, old: Element, new: Element) -> None:
        for old_row, new_row in zip(old.findall(_TR), new.findall(_TR), strict=True):
            for old_cell, new_cell in zip(old_row.findall(_TC), new_row.findall(_TC), strict=True):
                merged = self.merge(_blocks(old_cell), _blocks(new_cell))
                for child in _blocks(new_cell):
                    new_cell.remove(child)
                new_cell.extend(merged)

    def _kw(self) -> dict[str, object]:
        return {
            "author": self.revision.author,
            "date": self.revision.date,
            "ids": self.revision.ids,
        }

    def _copy_old(self, element: Element) -> Element:
        """OLD's block, made safe to stand in NEW's package: what points into OLD's other
        parts (relationships, footnotes, comments, bookmarks, sections) is taken out."""
        copied = copy.deepcopy(element)
        for node in list(copied.iter()):
            if not isinstance(node.tag, str) or node.getparent() is None:
                continue
            local = etree.QName(node).localname
            if local in _UNSAFE or (local == "sectPr" and node.getparent().tag == _PPR):
                node.getparent().remove(node)
            elif local == "hyperlink":
                _unwrap(node)
        for node in copied.iter(_w("pStyle"), _w("rStyle"), _w("tblStyle")):
            if node.get(_w("val")):
                self.style_ids.add(node.get(_w("val")))
        for node in copied.iter():
            for name in [n for n in node.attrib if n.startswith(f"{{{_R_NS}}}")]:
                del node.attrib[name]
        return copied

    def _find_moves(self, ops: list[_Op]) -> list[_Op]:
        """Pair a stretch of deleted blocks with an identical (masked) stretch inserted
        elsewhere: each such pair becomes a tracked move."""
        while True:
            best: tuple[int, int, int] | None = None
            deleted = _stretches(ops, "deleted")
            inserted = _stretches(ops, "inserted")
            for d_start, d_end in deleted:
                d_keys = [_key(op.old) for op in ops[d_start:d_end]]
                for i_start, i_end in inserted:
                    i_keys = [_key(op.new) for op in ops[i_start:i_end]]
                    match = SequenceMatcher(None, d_keys, i_keys, autojunk=False)
                    a, b, size = match.find_longest_match(0, len(d_keys), 0, len(i_keys))
                    weight = sum(len(k) for k in d_keys[a : a + size])
                    if size and weight >= _MOVE_MIN_CHARACTERS and (best is None or size > best[2]):
                        best = (d_start + a, i_start + b, size)
            if best is None:
                return ops
            self.moves += 1
            name = f"move{self.moves}"
            for offset in range(best[2]):
                ops[best[0] + offset].move = name
                ops[best[1] + offset].move = name
                # The destination remembers its source, for the words changed on the way.
                ops[best[1] + offset].old = ops[best[0] + offset].old


_UNSAFE = {
    "bookmarkStart",
    "bookmarkEnd",
    "commentRangeStart",
    "commentRangeEnd",
    "commentReference",
    "footnoteReference",
    "endnoteReference",
    "permStart",
    "permEnd",
    "drawing",
    "pict",
    "object",
    "proofErr",
}


def _stretches(ops: list[_Op], kind: str) -> list[tuple[int, int]]:
    """Maximal runs of unmoved paragraph operations of one kind, as (start, end)."""
    out: list[tuple[int, int]] = []
    start: int | None = None
    for index, op in enumerate([*ops, _Op("end")]):
        usable = op.kind == kind and not op.move and _element(op).tag == _P
        if usable and start is None:
            start = index
        elif not usable and start is not None:
            out.append((start, index))
            start = None
    return out


def _element(op: _Op) -> Element:
    return op.old if op.kind == "deleted" else op.new


def _align(old: Sequence[Element], new: Sequence[Element]) -> Iterator[_Op]:
    old_keys, new_keys = [_key(e) for e in old], [_key(e) for e in new]
    matcher = SequenceMatcher(None, old_keys, new_keys, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            for i, j in zip(range(i1, i2), range(j1, j2), strict=True):
                yield _Op("same", old[i], new[j])
        else:
            yield from _pair_similar(old[i1:i2], new[j1:j2])


def _pair_similar(old: Sequence[Element], new: Sequence[Element]) -> Iterator[_Op]:
    """A replaced stretch: blocks paired by similarity in order, the rest deleted (first)
    or inserted."""
    pairs = _best_pairs(old, new)
    i = j = 0
    for a, b in [*pairs, (len(old), len(new))]:
        while i < a:
            yield _Op("deleted", old[i])
            i += 1
        while j < b:
            yield _Op("inserted", new=new[j])
            j += 1
        if a < len(old):
            yield _Op("same", old[a], new[b])
            i, j = a + 1, b + 1


def _best_pairs(old: Sequence[Element], new: Sequence[Element]) -> list[tuple[int, int]]:
    """Monotonic pairs (i, j) of similar blocks maximising the total similarity."""
    if not old or not new:
        return []
    old_texts, new_texts = [_key(e) for e in old], [_key(e) for e in new]
    scores = cdist(old_texts, new_texts, scorer=fuzz.ratio, workers=1)
    for i, a in enumerate(old):
        for j, b in enumerate(new):
            if not _comparable(a, b) or not old_texts[i].strip() or not new_texts[j].strip():
                scores[i][j] = 0
    if len(old) * len(new) > _MAX_CELLS:
        return _greedy_pairs(scores, len(old), len(new))
    n, m = len(old), len(new)
    best = [[0.0] * (m + 1) for _ in range(n + 1)]
    for i in range(n - 1, -1, -1):
        row, below = best[i], best[i + 1]
        for j in range(m - 1, -1, -1):
            score = float(scores[i][j])
            take = score + below[j + 1] if score >= _SIMILAR else 0.0
            row[j] = max(take, below[j], row[j + 1])
    pairs: list[tuple[int, int]] = []
    i = j = 0
    while i < n and j < m:
        score = float(scores[i][j])
        if score >= _SIMILAR and best[i][j] == score + best[i + 1][j + 1]:
            pairs.append((i, j))
            i, j = i + 1, j + 1
        elif best[i][j] == best[i + 1][j]:
            i += 1
        else:
            j += 1
    return pairs


def _greedy_pairs(scores: object, n: int, m: int) -> list[tuple[int, int]]:
    pairs: list[tuple[int, int]] = []
    j0 = 0
    for i in range(n):
        row = scores[i]  # type: ignore[index]
        for j in range(j0, m):
            if row[j] >= _SIMILAR:
                pairs.append((i, j))
                j0 = j + 1
                break
    return pairs


def _comparable(old: Element, new: Element) -> bool:
    if old.tag != new.tag:
        return False
    return old.tag != _TBL or _shape(old) == _shape(new)


def _blocks(container: Element) -> list[Element]:
    """The block-level children of a body or cell (not its properties)."""
    return [
        child
        for child in container
        if isinstance(child.tag, str) and child.tag not in (_SECT, _w("tcPr"))
    ]


def _key(element: Element) -> str:
    """What alignment compares: the text with numbers masked, tables with their shape."""
    if element.tag == _P:
        return _mask(visible_text(element))
    if element.tag == _TBL:
        text = " | ".join(visible_text(p) for p in element.iter(_P))
        return f"\x00table {_shape(element)} {_mask(text)}"
    return f"\x00{etree.QName(element).localname} " + _mask(
        " ".join(visible_text(p) for p in element.iter(_P))
    )


def _mask(text: str) -> str:
    text = re.sub(r"\d+", "#", " ".join(text.split()))
    text = re.sub(r"\b[IVXLC]+\b", "R", text)  # PART II, ANNEX IV
    return re.sub(r"^\(([a-z]{1,2}|[ivx]{1,5})\)", "(a)", text)  # paragraph letters


def _shape(table: Element) -> tuple[int, ...]:
    return tuple(len(row.findall(_TC)) for row in table.findall(_TR))


# --- marking --------------------------------------------------------------------------------


def _track_words(paragraph: Element, old_text: str, revision: Revision) -> None:
    """Show a paragraph (holding NEW's text) as an edit of `old_text`, word by word."""
    new_text = visible_text(paragraph)
    if new_text == old_text:
        return
    edits = _word_edits(old_text, new_text)
    mark_changed(paragraph, edits, author=revision.author, date=revision.date, ids=revision.ids)


def _word_edits(old_text: str, new_text: str) -> list[tuple[int, int, str]]:
    """Word-level edits turning `old_text` into `new_text`: (start, end) in the new text and
    the old text they replace."""
    old_tokens, new_tokens = _TOKEN.findall(old_text), _TOKEN.findall(new_text)
    old_at, new_at = _offsets(old_tokens), _offsets(new_tokens)
    matcher = SequenceMatcher(None, old_tokens, new_tokens, autojunk=False)
    return [
        (new_at[j1], new_at[j2], old_text[old_at[i1] : old_at[i2]])
        for tag, i1, i2, j1, j2 in matcher.get_opcodes()
        if tag != "equal"
    ]


def _offsets(tokens: list[str]) -> list[int]:
    out = [0]
    for token in tokens:
        out.append(out[-1] + len(token))
    return out


def _mark_table(table: Element, kind: str, revision: Revision) -> None:
    """A whole table inserted or deleted: each row marked, each cell paragraph too."""
    r = revision
    for row in table.findall(_TR):
        properties = row.find(_w("trPr"))
        if properties is None:
            properties = etree.Element(_w("trPr"))
            exceptions = row.find(_w("tblPrEx"))
            if exceptions is not None:
                exceptions.addnext(properties)
            else:
                row.insert(0, properties)
        properties.append(revision.mark(kind))
        for paragraph in row.iter(_P):
            (mark_inserted if kind == "ins" else mark_deleted)(
                paragraph, author=r.author, date=r.date, ids=r.ids
            )


def _unwrap(element: Element) -> None:
    for child in list(element):
        element.addprevious(child)
    element.getparent().remove(element)


# --- the package ----------------------------------------------------------------------------


def _xml(root: Element) -> bytes:
    return bytes(etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True))


def _related(package: Package, part: str, kind: str) -> str | None:
    folder, _, name = part.rpartition("/")
    rels = f"{folder}/_rels/{name}.rels" if folder else f"_rels/{name}.rels"
    if package.get(rels) is None:
        return None
    for rel in parse(package, rels):
        if rel.get("Type", "").endswith(f"/{kind}") and rel.get("TargetMode") != "External":
            target = str(rel.get("Target", ""))
            path = target.lstrip("/") if target.startswith("/") else f"{folder}/{target}"
            return path if package.get(path) is not None else None
    return None


def _style_part(package: Package, main: str) -> str | None:
    return _related(package, main, "styles")


def _settings_part(package: Package, main: str) -> str | None:
    return _related(package, main, "settings")


def _with_missing_styles(new: Element, old: Element, wanted: set[str]) -> bytes:
    """NEW's styles plus the definitions of OLD's styles that deleted paragraphs use and NEW
    lacks (with the styles they are based on or linked to)."""
    have = {s.get(_w("styleId")) for s in new.iter(_w("style"))}
    old_by_id = {s.get(_w("styleId")): s for s in old.iter(_w("style"))}
    queue = [s for s in wanted if s not in have]
    while queue:
        style_id = queue.pop()
        style = old_by_id.get(style_id)
        if style is None or style_id in have:
            continue
        new.append(copy.deepcopy(style))
        have.add(style_id)
        for link in ("basedOn", "link", "next"):
            reference = style.find(_w(link))
            if reference is not None and reference.get(_w("val")) not in have:
                queue.append(reference.get(_w("val")))
    return _xml(new)


# CT_Settings elements that come before w:trackRevisions (ECMA-376 Part 1, 17.15.1.78).
_BEFORE_TRACKING = {
    _w(t)
    for t in [
        "writeProtection",
        "view",
        "zoom",
        "removePersonalInformation",
        "removeDateAndTime",
        "doNotDisplayPageBoundaries",
        "displayBackgroundShape",
        "printPostScriptOverText",
        "printFractionalCharacterWidth",
        "printFormsData",
        "embedTrueTypeFonts",
        "embedSystemFonts",
        "saveSubsetFonts",
        "saveFormsData",
        "mirrorMargins",
        "alignBordersAndEdges",
        "bordersDoNotSurroundHeader",
        "bordersDoNotSurroundFooter",
        "gutterAtTop",
        "hideSpellingErrors",
        "hideGrammaticalErrors",
        "activeWritingStyle",
        "proofState",
        "formsDesign",
        "attachedTemplate",
        "linkStyles",
        "stylePaneFormatFilter",
        "stylePaneSortMethod",
        "documentType",
        "mailMerge",
        "revisionView",
    ]
}


def _tracking_on(settings: Element) -> bytes:
    if settings.find(_w("trackRevisions")) is None:
        tracking = etree.Element(_w("trackRevisions"))
        before = [child for child in settings if child.tag in _BEFORE_TRACKING]
        if before:
            before[-1].addnext(tracking)
        else:
            settings.insert(0, tracking)
    return _xml(settings)


def _repack(original: bytes, replaced: dict[str, bytes]) -> bytes:
    """The original zip with some parts replaced; every other part copied unchanged."""
    out = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(original)) as source,
        zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target,
    ):
        for info in source.infolist():
            data = replaced.get(info.filename)
            target.writestr(info, data if data is not None else source.read(info.filename))
    return out.getvalue()
