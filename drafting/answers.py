"""Answers: validate a flat {question_id: value} object against the questions for a country."""

from __future__ import annotations

import difflib
from collections.abc import Mapping
from typing import Any

from drafting.errors import AnswersError, Code, Location, Problem
from drafting.library import ClauseLibrary
from drafting.model import (
    Answers,
    Column,
    Profile,
    Question,
    QuestionId,
    QuestionType,
    Scalar,
    Value,
)
from drafting.rules import answers_read, evaluate, refusals
from drafting.timetable import conflicts_as_problems, timetable

_WHOLE = {
    QuestionType.INTEGER,
    QuestionType.DAYS,
    QuestionType.MONTHS,
    QuestionType.YEARS,
    QuestionType.YEAR,
}
_NUMERIC = _WHOLE | {QuestionType.NUMBER, QuestionType.PERCENT, QuestionType.MONEY}


def asked_questions(
    library: ClauseLibrary, profile: Profile, answers: Answers
) -> tuple[Question, ...]:
    """The questions asked for these answers, in catalogue order."""
    return tuple(q for q in library.questions if _is_asked(library, profile, q, answers.values))


def _is_asked(
    library: ClauseLibrary, profile: Profile, question: Question, values: Mapping[QuestionId, Value]
) -> bool:
    return evaluate(question.ask_when, values, profile, library.rules_by_id)


def default_for(
    library: ClauseLibrary, profile: Profile, question: Question, values: Mapping[QuestionId, Value]
) -> tuple[bool, Value]:
    """(has a default, the default) of a question for this country and earlier answers.

    A profile's answer_defaults win over the question's conditional defaults, which win
    over its plain default."""
    if question.id in profile.answer_defaults:
        return True, _shifted(question, profile.answer_defaults[question.id], values)
    for conditional in question.defaults:
        if evaluate(conditional.when, values, profile, library.rules_by_id):
            return True, _shifted(question, conditional.value, values)
    return question.has_default, _shifted(question, question.default, values)


def _shifted(question: Question, default: Value, values: Mapping[QuestionId, Value]) -> Value:
    """A table default whose years move with the year the instrument is made."""
    if question.shift_years_with is None or not isinstance(default, tuple):
        return default
    source, base = question.shift_years_with
    made = values.get(source)
    if not isinstance(made, int) or isinstance(made, bool) or made == base:
        return default
    years = {c.id for c in question.columns if c.type is QuestionType.YEAR}
    rows: list[Mapping[str, Scalar]] = []
    for row in default:
        if not isinstance(row, Mapping):
            return default
        rows.append(
            {k: v + made - base if k in years and isinstance(v, int) else v for k, v in row.items()}
        )
    return tuple(rows)


def validate_answers(
    library: ClauseLibrary, profile: Profile, raw: object, language: str | None = None
) -> Answers:
    """Check every answer, fill the defaults of unanswered questions, apply the refusals.

    Questions are taken in catalogue order, so a question's `ask_when` sees the answers
    before it. Raises AnswersError (R3xx) listing every problem with its question id:
    unknown ids, wrong types, values outside options or ranges, missing answers without a
    default, and refused combinations (with their reason in `language`)."""
    language = language or profile.languages[0]
    if not isinstance(raw, Mapping):
        raise AnswersError(
            Code.BAD_ANSWERS_FILE,
            "The answers must be a JSON object mapping question ids to values.",
            hint='For example {"epr_mandatory": true, "epr_model": "collective"}.',
        )
    problems: list[Problem] = [
        _unknown(qid, library) for qid in raw if QuestionId(str(qid)) not in library.questions_by_id
    ]
    values: dict[QuestionId, Value] = {}
    given: set[QuestionId] = set()
    ignored: list[QuestionId] = []
    invalid: set[QuestionId] = set()
    for question in library.questions:
        asked = _is_asked(library, profile, question, values)
        # When the answer this question depends on is itself wrong, whether it is asked
        # cannot be known: check its answer anyway, so no problem hides behind another.
        if not asked and invalid & set(answers_read(question.ask_when, library.rules_by_id)):
            asked = question.id in raw
        if question.id in raw:
            if not asked:
                ignored.append(question.id)
                continue
            value, found = _check(question, raw[question.id])
            problems.extend(found)
            if found:
                invalid.add(question.id)
            else:
                values[question.id] = value
                given.add(question.id)
        elif asked:
            has_default, default = default_for(library, profile, question, values)
            if has_default:
                values[question.id] = default
            else:
                problems.append(
                    _problem(
                        question.id,
                        Code.MISSING_ANSWER,
                        "needs an answer: it has no default for this country",
                    )
                )
    if not problems:
        problems.extend(refusals(library.rules_by_id, values, profile, language))
    if not problems:
        # Only answers without other problems can be placed and timed.
        problems.extend(conflicts_as_problems(timetable(library, profile, values, language)))
    if problems:
        raise AnswersError(
            # One code for the whole error: the problems' own, when they share one.
            problems[0].code if len({p.code for p in problems}) == 1 else Code.WRONG_TYPE,
            f"The answers for {profile.names.get('en', profile.id)} have "
            f"{len(problems)} problem(s).",
            problems=tuple(problems),
            hint="Each problem names its question; `questions --country "
            f"{profile.id}` lists the questions, their types and defaults.",
        )
    return Answers(
        country=profile.id, values=values, given=frozenset(given), ignored=tuple(ignored)
    )


def _problem(qid: str, code: Code, message: str) -> Problem:
    return Problem(code=code, message=message, location=Location(question_id=qid))


def _unknown(qid: object, library: ClauseLibrary) -> Problem:
    close = difflib.get_close_matches(str(qid), list(library.questions_by_id), n=3)
    hint = f" (did you mean {', '.join(close)}?)" if close else ""
    return _problem(str(qid), Code.UNKNOWN_QUESTION, f"is not a question of the catalogue{hint}")


def _check(question: Question, raw: Any) -> tuple[Value, list[Problem]]:
    """The typed value of one answer, or the problems with it."""
    qid = question.id
    kind = question.type
    if kind is QuestionType.BOOLEAN:
        if not isinstance(raw, bool):
            return None, [_problem(qid, Code.WRONG_TYPE, f"must be true or false, not {raw!r}")]
        return raw, []
    if kind is QuestionType.CHOICE:
        return _check_choice(question, raw)
    if kind is QuestionType.MULTICHOICE:
        return _check_multichoice(question, raw)
    if kind is QuestionType.TEXT:
        if not isinstance(raw, str) or not raw.strip():
            return None, [_problem(qid, Code.WRONG_TYPE, "must be a non-empty text")]
        return raw.strip(), []
    if kind is QuestionType.TABLE:
        return _check_table(question, raw)
    return _check_number(qid, kind, raw, question.minimum, question.maximum)


def _check_number(
    qid: str, kind: QuestionType, raw: Any, minimum: float | None, maximum: float | None
) -> tuple[Value, list[Problem]]:
    whole = kind in _WHOLE
    if isinstance(raw, bool) or not isinstance(raw, int | float) or (whole and raw != int(raw)):
        expected = "a whole number" if whole else "a number"
        return None, [_problem(qid, Code.WRONG_TYPE, f"must be {expected}, not {raw!r}")]
    value: int | float = int(raw) if whole else raw
    if kind is QuestionType.PERCENT:
        minimum = 0 if minimum is None else minimum
        maximum = 100 if maximum is None else maximum
    if (minimum is not None and value < minimum) or (maximum is not None and value > maximum):
        bounds = (
            f"between {_fmt(minimum)} and {_fmt(maximum)}"
            if maximum is not None
            else f"at least {_fmt(minimum)}"
        )
        return None, [_problem(qid, Code.OUT_OF_RANGE, f"must be {bounds}, not {_fmt(value)}")]
    return value, []


def _fmt(number: float | None) -> str:
    if number is None:
        return "?"
    return str(int(number)) if float(number).is_integer() else str(number)


def _check_choice(question: Question, raw: Any) -> tuple[Value, list[Problem]]:
    allowed = [o.value for o in question.options]
    if not isinstance(raw, str) or raw not in allowed:
        message = f"must be one of {', '.join(allowed)}, not {raw!r}"
        return None, [_problem(question.id, Code.NOT_AN_OPTION, message)]
    return raw, []


def _check_multichoice(question: Question, raw: Any) -> tuple[Value, list[Problem]]:
    allowed = [o.value for o in question.options]
    if not isinstance(raw, list) or not all(isinstance(v, str) for v in raw):
        return None, [_problem(question.id, Code.WRONG_TYPE, "must be a list of options")]
    bad = [v for v in raw if v not in allowed]
    if bad:
        message = f"has {', '.join(map(repr, bad))}, not among {', '.join(allowed)}"
        return None, [_problem(question.id, Code.NOT_AN_OPTION, message)]
    # Keep the catalogue's order so that equal choices give equal drafts.
    return tuple(v for v in allowed if v in raw), []


def _check_table(question: Question, raw: Any) -> tuple[Value, list[Problem]]:
    qid = question.id
    if not isinstance(raw, list) or not all(isinstance(r, Mapping) for r in raw):
        return None, [_problem(qid, Code.WRONG_TYPE, "must be a list of rows (objects)")]
    problems: list[Problem] = []
    if len(raw) < question.min_rows or (
        question.max_rows is not None and len(raw) > question.max_rows
    ):
        problems.append(
            _problem(
                qid,
                Code.OUT_OF_RANGE,
                f"must have {question.min_rows} to {question.max_rows} rows, not {len(raw)}",
            )
        )
    rows = []
    for i, row in enumerate(raw, start=1):
        names = {c.id for c in question.columns}
        extra = sorted(set(row) - names)
        if extra:
            problems.append(
                _problem(qid, Code.WRONG_TYPE, f"row {i} has unknown columns {', '.join(extra)}")
            )
        cells: dict[str, Any] = {}
        for column in question.columns:
            value, found = _check_cell(qid, i, column, row.get(column.id))
            problems.extend(found)
            cells[column.id] = value
        rows.append(cells)
    return tuple(rows), problems


def _check_cell(qid: str, row: int, column: Column, raw: Any) -> tuple[Value, list[Problem]]:
    if raw is None:
        return None, [_problem(qid, Code.MISSING_ANSWER, f"row {row} has no {column.id}")]
    if column.type is QuestionType.TEXT:
        if isinstance(raw, str) and raw.strip():
            return raw.strip(), []
        return None, [_problem(qid, Code.WRONG_TYPE, f"row {row}: {column.id} must be a text")]
    value, found = _check_number(qid, column.type, raw, column.minimum, column.maximum)
    return value, [
        Problem(code=p.code, message=f"row {row}: {column.id} {p.message}", location=p.location)
        for p in found
    ]
