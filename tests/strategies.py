"""Hypothesis strategies: random valid answer sets drawn from a library's question catalogue."""

from __future__ import annotations

from typing import Any

from hypothesis import strategies as st

from drafting.library import ClauseLibrary
from drafting.model import Column, Question, QuestionType

_NUMBER_TYPES = {
    QuestionType.INTEGER,
    QuestionType.NUMBER,
    QuestionType.PERCENT,
    QuestionType.DAYS,
    QuestionType.MONTHS,
    QuestionType.YEARS,
    QuestionType.YEAR,
    QuestionType.MONEY,
}


def _number(
    kind: QuestionType, minimum: float | None, maximum: float | None
) -> st.SearchStrategy[int]:
    low = int(minimum) if minimum is not None else 0
    if maximum is not None:
        high = int(maximum)
    elif kind is QuestionType.PERCENT:
        high = 100
    else:
        high = low + 1_000_000
    return st.integers(low, high)


def _column(column: Column) -> st.SearchStrategy[Any]:
    if column.type in _NUMBER_TYPES:
        return _number(column.type, column.minimum, column.maximum)
    return st.text("abcdefgh ", min_size=1, max_size=12).filter(str.strip)


def answer_values(question: Question) -> st.SearchStrategy[Any]:
    """Valid values for one question, within its options and ranges."""
    match question.type:
        case QuestionType.BOOLEAN:
            return st.booleans()
        case QuestionType.CHOICE:
            return st.sampled_from([o.value for o in question.options])
        case QuestionType.MULTICHOICE:
            return st.lists(st.sampled_from([o.value for o in question.options]), unique=True)
        case QuestionType.TEXT:
            return st.text("abcdefgh ", min_size=1, max_size=20).filter(str.strip)
        case QuestionType.TABLE:
            row = st.fixed_dictionaries({c.id: _column(c) for c in question.columns})
            return st.lists(
                row, min_size=max(question.min_rows, 1), max_size=question.max_rows or 5
            )
    return _number(question.type, question.minimum, question.maximum)


@st.composite
def answer_sets(draw: st.DrawFn, library: ClauseLibrary) -> dict[str, Any]:
    """A random answer set: each question answered or left to its default."""
    answers: dict[str, Any] = {}
    for question in library.questions:
        if draw(st.booleans()):
            answers[question.id] = draw(answer_values(question))
    return answers
