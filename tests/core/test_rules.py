"""The rule engine: every operator, combinators, named rules and profile facts, without eval."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from drafting.errors import Code, RuleError
from drafting.library import condition_from_json
from drafting.model import QuestionId
from drafting.rules import answers_read, evaluate

VALUES = {
    QuestionId("flag"): True,
    QuestionId("model"): "collective",
    QuestionId("count"): 5,
    QuestionId("share"): 12.5,
    QuestionId("extras"): ("x", "y"),
}


def holds(condition, mini, country="ZM", values=VALUES):
    return evaluate(condition_from_json(condition), values, mini.profile(country), mini.rules_by_id)


@pytest.mark.parametrize(
    ("condition", "expected"),
    [
        pytest.param({"answer": "model", "equals": "collective"}, True, id="equals"),
        pytest.param({"answer": "model", "equals": "individual"}, False, id="equals-false"),
        pytest.param({"answer": "flag", "equals": 1}, False, id="true-is-not-1"),
        pytest.param({"answer": "model", "not_equals": "individual"}, True, id="not-equals"),
        pytest.param(
            {"answer": "missing", "not_equals": "individual"}, False, id="not-equals-unset"
        ),
        pytest.param({"answer": "model", "in": ["mixed", "collective"]}, True, id="in"),
        pytest.param({"answer": "model", "in": ["mixed"]}, False, id="in-false"),
        pytest.param({"answer": "extras", "contains": "y"}, True, id="contains"),
        pytest.param({"answer": "extras", "contains": "z"}, False, id="contains-false"),
        pytest.param({"answer": "count", "gt": 4}, True, id="gt"),
        pytest.param({"answer": "count", "gt": 5}, False, id="gt-equal"),
        pytest.param({"answer": "count", "gte": 5}, True, id="gte"),
        pytest.param({"answer": "share", "lt": 12.6}, True, id="lt"),
        pytest.param({"answer": "share", "lt": 12.5}, False, id="lt-equal"),
        pytest.param({"answer": "share", "lte": 12.5}, True, id="lte"),
        pytest.param({"answer": "model", "gt": 3}, False, id="gt-on-text"),
        pytest.param({"answer": "count", "is_set": True}, True, id="is-set"),
        pytest.param({"answer": "missing", "is_set": True}, False, id="is-set-unset"),
        pytest.param({"answer": "missing", "is_set": False}, True, id="is-not-set"),
        pytest.param({"answer": "missing", "equals": None}, False, id="unset-equals-nothing"),
        pytest.param(
            {"all": [{"answer": "flag", "equals": True}, {"answer": "count", "gt": 1}]},
            True,
            id="all",
        ),
        pytest.param(
            {"all": [{"answer": "flag", "equals": True}, {"answer": "count", "gt": 9}]},
            False,
            id="all-false",
        ),
        pytest.param(
            {"any": [{"answer": "flag", "equals": False}, {"answer": "count", "gt": 1}]},
            True,
            id="any",
        ),
        pytest.param(
            {"any": [{"answer": "flag", "equals": False}, {"answer": "count", "gt": 9}]},
            False,
            id="any-false",
        ),
        pytest.param({"not": {"answer": "flag", "equals": True}}, False, id="not"),
        pytest.param({"always": True}, True, id="always"),
        pytest.param({"always": False}, False, id="never"),
        pytest.param({"answer": "count", "lt": {"answer": "share"}}, True, id="answer-operand"),
        pytest.param(
            {"answer": "count", "gt": {"profile": "limits.max_fine"}}, False, id="profile-operand"
        ),
    ],
)
def test_operators(condition, expected, mini):
    assert holds(condition, mini) is expected


@pytest.mark.parametrize(
    ("country", "expected"),
    [("ZM", True), ("PY", False), ("RW", False)],
)
def test_profile_facts(country, expected, mini):
    condition = {"profile": "limits.may_create_offences", "equals": True}

    assert holds(condition, mini, country) is expected


def test_profile_fact_is_set(mini):
    assert holds({"profile": "limits.max_fine", "is_set": True}, mini) is True
    assert holds({"profile": "no.such.fact", "is_set": True}, mini) is False


def test_named_rules_are_evaluated_by_reference(mini):
    on = {QuestionId("has_register"): True}
    off = {QuestionId("has_register"): False}

    assert holds({"rule": "register-on"}, mini, values=on) is True
    assert holds({"rule": "register-on"}, mini, values=off) is False


def test_unknown_rule_is_an_error_with_the_known_ones(mini):
    with pytest.raises(RuleError) as exc:
        holds({"rule": "no-such-rule"}, mini)

    assert exc.value.code is Code.UNKNOWN_RULE
    assert "register-on" in exc.value.hint


def test_answers_read_through_named_rules(mini):
    condition = condition_from_json(
        {"all": [{"rule": "register-on"}, {"not": {"answer": "count", "lt": {"answer": "share"}}}]}
    )

    assert list(answers_read(condition, mini.rules_by_id)) == ["has_register", "count", "share"]


@given(st.permutations(list(VALUES.items())))
def test_evaluation_does_not_depend_on_the_order_of_answers(mini, items):
    condition = {"any": [{"answer": "extras", "contains": "y"}, {"answer": "count", "gt": 9}]}

    assert holds(condition, mini, values=dict(items)) is True
