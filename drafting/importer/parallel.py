"""Parallel Word documents: one instrument per written language, read from a table whose
columns are the language versions, one row per article.

Reads what `drafting.render.parallel` writes for Rwanda (a heading row of language names,
an optional Kinyarwanda column left to the official translator) and what a drafter types:
a table of two or three columns whose cells start with the provisions' numbers
("Article 5:", "Art. 5°.-", "5.", "CHAPTER II"). Each written column is handed, as a Word
body of its own, to the Word importer, so both versions are read by the same rules."""

from __future__ import annotations

import io
import re
import zipfile
from collections import Counter
from copy import deepcopy
from dataclasses import replace
from typing import Any

from docx import Document
from docx.opc.exceptions import PackageNotFoundError
from docx.oxml.ns import qn

from drafting.importer.docx import import_docx
from drafting.model import Instrument

WRITTEN = ("en", "fr", "es")

_HEADINGS = {
    "english": "en",
    "anglais": "en",
    "inglés": "en",
    "français": "fr",
    "francais": "fr",
    "french": "fr",
    "francés": "fr",
    "español": "es",
    "espanol": "es",
    "spanish": "es",
    "espagnol": "es",
    "ikinyarwanda": "rw",
    "kinyarwanda": "rw",
    "kiswahili": "sw",
}
_STARTS = re.compile(
    r"^\s*(?:(?:Article|Art\.|Artículo|Regulation|Section|Ingingo)\s+(?:\d+|One|premier|mbere)\b"
    r"|\d+\.\s|(?:PART|CHAPTER|CHAPITRE|CAPÍTULO|UMUTWE)\s)",
    re.IGNORECASE,
)
# Words frequent in legislation in one language and rare in the others.
_MARKERS = {
    "en": {"the", "of", "and", "shall", "must", "to", "a", "is", "by", "or", "under", "any"},
    "fr": {"le", "la", "les", "des", "du", "et", "est", "doit", "au", "aux", "par", "une"},
    "es": {"el", "los", "las", "del", "y", "deberá", "por", "con", "una", "se", "al", "que"},
    "rw": {"na", "ya", "mu", "ku", "cyangwa", "iri", "uru", "iteka", "ingingo", "bya", "by"},
}
_MAX_UNPACKED = 200 * 1024 * 1024  # a larger body is no regulation: leave it to the importer


def import_parallel(data: bytes) -> tuple[Instrument, ...] | None:
    """One instrument per written language (English, French, Spanish) of a parallel
    document, in column order; None when `data` is not a parallel document (or not a
    readable Word file: `import_docx` then says why). A column in a language we do not
    write (Kinyarwanda, the translator's) is skipped."""
    if not _safe(data):
        return None
    try:
        document = Document(io.BytesIO(data))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError):
        return None
    tables = _top_tables(document)
    for index, table in enumerate(tables):
        grid = _grid(table)
        columns = _columns(grid)
        if columns is not None:
            header, languages = columns
            return tuple(
                _instrument(data, index, col, lang, header) for col, lang in languages.items()
            )
    return None


def _safe(data: bytes) -> bool:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            return sum(i.file_size for i in archive.infolist()) <= _MAX_UNPACKED
    except (zipfile.BadZipFile, ValueError):
        return False


def _top_tables(document: Any) -> list[Any]:
    body = document.element.body
    return [child for child in body.iterchildren() if child.tag == qn("w:tbl")]


def _grid(table: Any) -> list[dict[int, Any]]:
    """The table's rows, each a map from grid column to the cell (w:tc) covering it; a
    cell merged across columns covers each of them, a vertically merged one none."""
    rows = []
    for tr in table.iterchildren(qn("w:tr")):
        row: dict[int, Any] = {}
        col = 0
        for tc in tr.iterchildren(qn("w:tc")):
            props = tc.find(qn("w:tcPr"))
            span, merged = 1, False
            if props is not None:
                grid_span = props.find(qn("w:gridSpan"))
                if grid_span is not None:
                    span = int(grid_span.get(qn("w:val"), "1") or 1)
                v_merge = props.find(qn("w:vMerge"))
                merged = v_merge is not None and v_merge.get(qn("w:val")) != "restart"
            if not merged:
                for c in range(col, col + span):
                    row[c] = tc
            col += span
        rows.append(row)
    return rows


def _text(tc: Any) -> str:
    return "\n".join(
        "".join(t.text or "" for t in p.iter(qn("w:t"))) for p in tc.iterchildren(qn("w:p"))
    ).strip()


def _columns(grid: list[dict[int, Any]]) -> tuple[bool, dict[int, str]] | None:
    """(whether the first row is a heading row, the written columns and their languages),
    or None when the table is not a parallel text."""
    if not grid or max((len(r) for r in grid), default=0) < 2:
        return None
    width = max(max(r) for r in grid if r) + 1
    heading = {c: _HEADINGS.get(_text(tc).strip().lower().rstrip(":")) for c, tc in grid[0].items()}
    if all(heading.values()) and len({v for v in heading.values() if v in WRITTEN}) >= 2:
        return True, {c: lang for c, lang in sorted(heading.items()) if lang in WRITTEN}
    starts = Counter(
        c for row in grid for c, tc in row.items() if _STARTS.match(_text(tc).split("\n", 1)[0])
    )
    numbered = [c for c in range(width) if starts[c] >= 3]
    if len(numbered) < 2:
        return None
    # per language, the column that numbers the most provisions: a translator's column of
    # notes in English ("[text to be supplied]") must not pass for the English version
    best: dict[str, int] = {}
    for c in numbered:
        lang = _language(" ".join(_text(row[c]) for row in grid if c in row))
        if lang in WRITTEN and (lang not in best or starts[c] > starts[best[lang]]):
            best[lang] = c
    languages = {c: lang for lang, c in sorted(best.items(), key=lambda item: item[1])}
    return (False, languages) if len(languages) >= 2 else None


def _language(text: str) -> str:
    words = Counter(re.findall(r"[^\W\d_]+", text.lower()))
    scores = {lang: sum(words[w] for w in markers) for lang, markers in _MARKERS.items()}
    best = max(scores, key=lambda k: scores[k])
    return best if scores[best] else ""


def _instrument(data: bytes, index: int, col: int, language: str, header: bool) -> Instrument:
    """The instrument in column `col` of the `index`-th table: its cells' paragraphs and
    tables, in row order, as the body of a Word document of their own."""
    document = Document(io.BytesIO(data))
    body = document.element.body
    table = _top_tables(document)[index]
    grid = _grid(table)[1 if header else 0 :]
    blocks = [
        deepcopy(child)
        for row in grid
        if col in row
        for child in row[col].iterchildren()
        if child.tag in (qn("w:p"), qn("w:tbl"))
    ]
    for child in list(body.iterchildren()):
        if child.tag != qn("w:sectPr"):
            body.remove(child)
    section_properties = body.find(qn("w:sectPr"))
    for block in blocks:
        if section_properties is not None:
            section_properties.addprevious(block)
        else:
            body.append(block)
    title = next(
        (p.text.strip() for p in document.paragraphs if _style(p) == "Instrument Title"), ""
    )
    document.core_properties.title = title
    document.core_properties.language = language
    buffer = io.BytesIO()
    document.save(buffer)
    instrument = import_docx(buffer.getvalue())
    return replace(instrument, language=language, title=title or instrument.title)


def _style(paragraph: Any) -> str:
    style = paragraph.style
    return style.name if style is not None else ""
