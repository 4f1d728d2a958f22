"""Answers: every problem is reported together, with its question id; defaults and refusals."""

from __future__ import annotations

import pytest

from drafting.answers import validate_answers
from drafting.errors import AnswersError, Code


def problems(exc):
    return [(p.location.question_id, p.code) for p in exc.value.problems]


def test_defaults_fill_unanswered_questions(mini):
    answers = validate_answers(mini, mini.profile("ZM"), {"rate": 75})

    assert answers.values["rate"] == 75
    assert answers.values["register_days"] == 30
    assert answers.values["extras"] == ("x",)
    assert answers.given == {"rate"}


def test_all_bad_answers_are_reported_at_once_with_their_question(mini):
    raw = {
        "rate": 140,
        "model": "mixed",
        "has_register": "yes",
        "register_days": 7.5,
        "extras": ["x", "z"],
        "colour": "green",
        "targets": [{"year": 2020, "percent": 10}, {"year": 2030}],
    }

    with pytest.raises(AnswersError) as exc:
        validate_answers(mini, mini.profile("ZM"), raw)

    assert problems(exc) == [
        ("colour", Code.UNKNOWN_QUESTION),
        ("has_register", Code.WRONG_TYPE),
        ("register_days", Code.WRONG_TYPE),
        ("model", Code.NOT_AN_OPTION),
        ("extras", Code.NOT_AN_OPTION),
        ("rate", Code.OUT_OF_RANGE),
        ("targets", Code.OUT_OF_RANGE),
        ("targets", Code.MISSING_ANSWER),
    ]
    messages = {p.location.question_id: p.message for p in exc.value.problems}
    assert messages["rate"] == "must be between 0 and 100, not 140"
    assert messages["model"] == "must be one of a, b, not 'mixed'"


def test_unknown_question_suggests_close_ids(mini):
    with pytest.raises(AnswersError) as exc:
        validate_answers(mini, mini.profile("ZM"), {"register_day": 30})

    assert "did you mean register_days" in exc.value.problems[0].message


def test_answers_to_unasked_questions_are_ignored(mini):
    answers = validate_answers(
        mini, mini.profile("ZM"), {"has_register": False, "register_days": 20}
    )

    assert answers.ignored == ("register_days",)
    assert not answers.is_set("register_days")


def test_questions_follow_the_profile(mini):
    zambia = validate_answers(mini, mini.profile("ZM"), {})
    paraguay = validate_answers(mini, mini.profile("PY"), {})

    assert zambia.values["fine"] == 1000
    assert not paraguay.is_set("fine")


def test_refused_combination_gives_its_reason_in_the_language(mini):
    raw = {"model": "b", "has_register": False}

    with pytest.raises(AnswersError) as exc:
        validate_answers(mini, mini.profile("PY"), raw, "es")

    (problem,) = exc.value.problems
    assert problem.code is Code.REFUSED_COMBINATION
    assert problem.location.question_id == "model, has_register"
    assert (
        problem.message == "Un modelo colectivo requiere un registro de productores. "
        "(rule collective-needs-register)"
    )


def test_answers_must_be_an_object(mini):
    with pytest.raises(AnswersError) as exc:
        validate_answers(mini, mini.profile("ZM"), ["rate", 5])

    assert exc.value.code is Code.BAD_ANSWERS_FILE


def test_multichoice_keeps_catalogue_order(mini):
    answers = validate_answers(mini, mini.profile("ZM"), {"extras": ["y", "x"]})

    assert answers.values["extras"] == ("x", "y")
