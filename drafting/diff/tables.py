"""Schedule tables compared cell by cell; a table filled from an answer (the collection
targets) reports its cells as parameter changes."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

from drafting.diff import causes as why
from drafting.diff.align import normal
from drafting.diff.model import Change, Segment
from drafting.library import ClauseLibrary
from drafting.model import AnswerRef, Schedule, Table, TableBlock


def _tables(s: Schedule) -> list[TableBlock]:
    return [b for b in s.content if isinstance(b, TableBlock)]


def _table_question(library: ClauseLibrary | None, source: str, index: int) -> str:
    """The question whose rows fill the schedule's `index`-th table ("" for fixed rows)."""
    if library is None or not source:
        return ""
    definition = next((s for s in library.schedules if s.id == source), None)
    if definition is None:
        return ""
    tables = [b for b in definition.body if isinstance(b, Table)]
    if index >= len(tables) or not tables[index].rows_from:
        return ""
    parameter = next((p for p in definition.parameters if p.name == tables[index].rows_from), None)
    if parameter is not None and isinstance(parameter.source, AnswerRef):
        return str(parameter.source.question_id)
    return ""


def _row_keys(table: TableBlock) -> list[str]:
    return [normal(r[0]) if r else "" for r in table.rows]


def _row_pairs(old: TableBlock, new: TableBlock) -> list[tuple[int | None, int | None]]:
    """Rows paired by their first cell when it is unique on both sides, else by position."""
    a, b = _row_keys(old), _row_keys(new)
    if len(set(a)) == len(a) and len(set(b)) == len(b) and set(a) & set(b):
        out: list[tuple[int | None, int | None]] = []
        where = {k: i for i, k in enumerate(a)}
        for j, k in enumerate(b):
            out.append((where.pop(k, None), j))
        out += [(i, None) for i in sorted(where.values())]
        return out
    length = max(len(a), len(b))
    return [(i if i < len(a) else None, i if i < len(b) else None) for i in range(length)]


def table_changes(
    library: ClauseLibrary | None, base: Change, old: Schedule, new: Schedule, language: str
) -> Iterator[tuple[Change, str]]:
    """(change, the question that fills the table or "") for each cell that differs; a row
    added or removed is one change whose old or new is None."""
    for index, (a, b) in enumerate(zip(_tables(old), _tables(new), strict=False)):
        question = _table_question(library, base.clause_id, index)
        for i, j in _row_pairs(a, b):
            row_old = a.rows[i] if i is not None else None
            row_new = b.rows[j] if j is not None else None
            row = (row_new or row_old or ("",))[0]
            if row_old is None or row_new is None:
                yield _cell(base, new, row, "", row_old, row_new, question, language), question
                continue
            for c in range(max(len(row_old), len(row_new))):
                cell_old = row_old[c] if c < len(row_old) else ""
                cell_new = row_new[c] if c < len(row_new) else ""
                if normal(cell_old) == normal(cell_new):
                    continue
                columns = b.columns or a.columns
                column = columns[c] if c < len(columns) else str(c + 1)
                yield (
                    _cell(base, new, row, column, cell_old, cell_new, question, language),
                    (question),
                )


def _cell(
    base: Change,
    schedule: Schedule,
    row: str,
    column: str,
    old: str | tuple[str, ...] | None,
    new: str | tuple[str, ...] | None,
    question: str,
    language: str,
) -> Change:
    old_text = " | ".join(old) if isinstance(old, tuple) else old
    new_text = " | ".join(new) if isinstance(new, tuple) else new
    detail: dict[str, str | None] = {
        "schedule": schedule.label,
        "row": row,
        "column": column,
        "old": old_text,
        "new": new_text,
    }
    segments = tuple(
        Segment(op=op, text=text)
        for op, text in (("delete", old_text), ("insert", new_text))
        if text
    )
    if not question:
        return replace(base, type="table-cell", segments=segments, detail=detail)
    label = f"{column} {row}".strip() or why.question_label(None, question, language)
    detail |= {
        "name": question,
        "question": question,
        "label": f"{label}: {old_text or '—'} -> {new_text or '—'}",
    }
    return replace(base, type="parameter", segments=segments, detail=detail)
