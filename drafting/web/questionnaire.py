"""The wizard's questions: which a step shows, their values, and answers read from a form.

Answers are stored as given, in JSON ({question_id: value}); which questions are asked and
what the defaults are come from the core (rules.evaluate, answers.default_for), so the
wizard follows whatever steps, questions and types the library has."""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from flask_babel import gettext as _
from werkzeug.datastructures import MultiDict

from drafting.answers import default_for
from drafting.basis import question_notes
from drafting.library import ClauseLibrary
from drafting.model import Column, Profile, Question, QuestionId, QuestionType, Step, Value
from drafting.rules import evaluate
from drafting.web.i18n import ui_language

WHOLE = {
    QuestionType.INTEGER,
    QuestionType.DAYS,
    QuestionType.MONTHS,
    QuestionType.YEARS,
    QuestionType.YEAR,
}
NUMERIC = WHOLE | {QuestionType.NUMBER, QuestionType.PERCENT, QuestionType.MONEY}


def steps(lib: ClauseLibrary) -> list[Step]:
    return sorted(lib.steps, key=lambda s: s.order)


def step_by_id(lib: ClauseLibrary, step_id: str) -> Step | None:
    return next((s for s in lib.steps if s.id == step_id), None)


def typed(question: Question, raw: Any) -> Value:
    """A stored JSON answer as the core's value (lists become tuples)."""
    if question.type is QuestionType.MULTICHOICE and isinstance(raw, list):
        return tuple(raw)
    if question.type is QuestionType.TABLE and isinstance(raw, list):
        return tuple(raw)
    return raw


def as_json(value: Value) -> Any:
    """A core value as JSON (tuples become lists)."""
    if isinstance(value, tuple):
        return [as_json(v) for v in value]  # type: ignore[arg-type]
    if isinstance(value, Mapping):
        return {k: as_json(v) for k, v in value.items()}
    return value


def effective_values(
    lib: ClauseLibrary, profile: Profile, given: Mapping[str, Any]
) -> tuple[dict[QuestionId, Value], list[QuestionId]]:
    """The value of every asked question (the answer given, else the country's default),
    and the ids of the questions asked, in catalogue order."""
    values: dict[QuestionId, Value] = {}
    asked: list[QuestionId] = []
    for question in lib.questions:
        if not evaluate(question.ask_when, values, profile, lib.rules_by_id):
            continue
        asked.append(question.id)
        if question.id in given:
            values[question.id] = typed(question, given[question.id])
        else:
            has_default, default = default_for(lib, profile, question, values)
            if has_default:
                values[question.id] = default
    return values, asked


def asked_in_step(
    lib: ClauseLibrary, profile: Profile, given: Mapping[str, Any], step_id: str
) -> list[Question]:
    _, asked = effective_values(lib, profile, given)
    return [lib.questions_by_id[qid] for qid in asked if lib.questions_by_id[qid].step == step_id]


@dataclass
class FieldState:
    """A question as a step page shows it: the value to show and any error."""

    question: Question
    shown: Any  # display form: str for numbers and texts, list for multichoice, rows for tables
    error: str = ""
    is_default: bool = False
    note: str = ""  # what happens to an answer outside the regulation's powers
    note_lang: str | None = None  # the note's language, when it is not the UI's


@dataclass(frozen=True, slots=True)
class PowerNotes:
    """The core's notes on answers outside the regulation's powers, by question, and the
    language they are in when it is not the UI's (None: the UI's)."""

    by_question: Mapping[QuestionId, str]
    lang: str | None


def power_notes(
    lib: ClauseLibrary, profile: Profile, values: Mapping[QuestionId, Value], draft_language: str
) -> PowerNotes:
    """What the answers of each question outside the regulation's powers lead to, on the
    route answered (`outside_powers`): in the UI's language when the country is drafted in
    it (the notes cite its laws, whose titles exist only in those languages), else in the
    draft's."""
    ui = ui_language()
    language = ui if ui in profile.languages else draft_language
    notes = question_notes(lib, profile, values, language)
    return PowerNotes(notes, None if language == ui else language)


@dataclass
class StepForm:
    """What a submitted step form said: answers read, errors found, values to show again."""

    answers: dict[str, Any] = field(default_factory=dict)
    errors: dict[str, str] = field(default_factory=dict)
    shown: dict[str, Any] = field(default_factory=dict)


def display(question: Question, value: Value) -> Any:
    """A value as the form shows it."""
    if value is None:
        return [] if question.type in (QuestionType.MULTICHOICE, QuestionType.TABLE) else ""
    if question.type is QuestionType.TABLE:
        return [{c.id: _number_text(row.get(c.id)) for c in question.columns} for row in value]  # type: ignore[union-attr]
    if question.type is QuestionType.MULTICHOICE:
        return list(value)  # type: ignore[arg-type]
    if question.type in NUMERIC:
        return _number_text(value)
    return value


def _number_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def read_form(questions: list[Question], form: MultiDict[str, str]) -> StepForm:
    """The answers a step form gives for `questions`, and what is wrong with them."""
    out = StepForm()
    for question in questions:
        shown, value, error = _read(question, form)
        out.shown[question.id] = shown
        if error:
            out.errors[question.id] = error
        else:
            out.answers[question.id] = value
    return out


def _read(question: Question, form: MultiDict[str, str]) -> tuple[Any, Any, str]:
    name = question.id
    kind = question.type
    if kind is QuestionType.BOOLEAN:
        raw = form.get(name)
        if raw not in ("true", "false"):
            return None, None, _("Choose yes or no.")
        return raw == "true", raw == "true", ""
    if kind is QuestionType.CHOICE:
        raw = form.get(name, "")
        if not raw:
            return "", None, _("Choose one of the options.")
        return raw, raw, ""
    if kind is QuestionType.MULTICHOICE:
        chosen = form.getlist(name)
        return chosen, chosen, ""
    if kind is QuestionType.TEXT:
        raw = form.get(name, "").strip()
        return raw, raw, "" if raw else _("Enter a text.")
    if kind is QuestionType.TABLE:
        return _read_table(question, form)
    raw = form.get(name, "").strip()
    number, error = parse_number(raw, kind)
    return raw, number, error


def parse_number(raw: str, kind: QuestionType) -> tuple[int | float | None, str]:
    if not raw:
        return None, _("Enter a number.")
    try:
        number = float(raw.replace(" ", "").replace("\u00a0", ""))
    except ValueError:
        return None, _("Enter a number, like 12 or 2030, not “%(raw)s”.", raw=raw)
    if not math.isfinite(number):
        return None, _("Enter a number, like 12 or 2030, not “%(raw)s”.", raw=raw)
    if kind in WHOLE:
        if not number.is_integer():
            return None, _("Enter a whole number, not %(raw)s.", raw=raw)
        return int(number), ""
    return (int(number) if number.is_integer() else number), ""


def table_row_count(question: Question, form: MultiDict[str, str]) -> int:
    try:
        return max(0, min(int(form.get(f"{question.id}.rows", "0")), 200))
    except ValueError:
        return 0


def _read_table(question: Question, form: MultiDict[str, str]) -> tuple[Any, Any, str]:
    shown_rows: list[dict[str, str]] = []
    rows: list[dict[str, Any]] = []
    errors: list[str] = []
    for i in range(table_row_count(question, form)):
        shown = {c.id: form.get(f"{question.id}.{i}.{c.id}", "").strip() for c in question.columns}
        shown_rows.append(shown)
        row: dict[str, Any] = {}
        for column in question.columns:
            value, error = _cell(column, shown[column.id])
            if error:
                errors.append(
                    _("Row %(n)d, %(column)s: %(error)s", n=i + 1, column=column.id, error=error)
                )
            row[column.id] = value
        rows.append(row)
    return shown_rows, rows, " ".join(errors)


def _cell(column: Column, raw: str) -> tuple[Any, str]:
    if column.type is QuestionType.TEXT:
        return raw, "" if raw else _("Enter a text.")
    return parse_number(raw, column.type)


def blank_row(question: Question) -> dict[str, str]:
    return {c.id: "" for c in question.columns}


def unit_text(question: Question | Column, profile: Profile) -> str:
    """What the number counts, as shown after the field."""
    kind = question.type
    if kind is QuestionType.MONEY:
        if getattr(question, "unit", None) == "penalty_units":
            return _("penalty units")
        fact = profile.fact("currency.code")
        return str(fact.value) if fact is not None else ""
    return {
        QuestionType.PERCENT: "%",
        QuestionType.DAYS: _("days"),
        QuestionType.MONTHS: _("months"),
        QuestionType.YEARS: _("years"),
    }.get(kind, "")


def answer_text(question: Question, value: Value, profile: Profile, language: str) -> str:
    """An answer as the review page prints it."""
    if value is None:
        return _("(no answer)")
    if question.type is QuestionType.BOOLEAN:
        return _("Yes") if value else _("No")
    if question.type is QuestionType.CHOICE:
        option = question.option(str(value))
        return _label(option.label, language) if option else str(value)
    if question.type is QuestionType.MULTICHOICE:
        labels = [
            _label(o.label, language)
            for o in question.options
            if o.value in tuple(value)  # type: ignore[arg-type]
        ]
        return "; ".join(labels) if labels else _("(none)")
    if question.type is QuestionType.TABLE:
        rows = [
            ", ".join(_number_text(v) for v in row.values())  # type: ignore[union-attr]
            for row in value  # type: ignore[union-attr]
        ]
        return " | ".join(rows) if rows else _("(no rows)")
    unit = unit_text(question, profile)
    return f"{_number_text(value)} {unit}".strip()


def _label(text: Mapping[str, str], language: str) -> str:
    return text.get(language) or text.get("en") or next(iter(text.values()), "")
