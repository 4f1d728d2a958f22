"""The declarative rule engine: conditions over answers and a country profile, without eval."""

from __future__ import annotations

from collections.abc import Iterator, Mapping

from drafting.errors import Code, Location, Problem, RuleError
from drafting.model import (
    AllOf,
    Always,
    AnswerRef,
    AnyOf,
    Compare,
    Condition,
    FactRef,
    InstrumentCheck,
    InstrumentKind,
    Literal,
    Not,
    Operand,
    Operator,
    PowerCheck,
    Profile,
    QuestionId,
    Rule,
    RuleId,
    RuleKind,
    RuleRef,
    Scope,
    Value,
)

_MISSING = object()


def evaluate(
    condition: Condition,
    values: Mapping[QuestionId, Value],
    profile: Profile,
    rules_by_id: Mapping[RuleId, Rule],
    scope: Scope | None = None,
) -> bool:
    """Whether `condition` holds for these answer values and this profile.

    An answer that is not set (question not asked) fails every comparison except
    `is_set: false`; a profile fact that is absent likewise. `scope` is the instrument
    being assembled: without one, `power` conditions fail and `instrument` conditions
    see the regulation. Raises RuleError R307 for an unknown rule id."""
    match condition:
        case Always(value=value):
            return value
        case AllOf(conditions=items):
            return all(evaluate(c, values, profile, rules_by_id, scope) for c in items)
        case AnyOf(conditions=items):
            return any(evaluate(c, values, profile, rules_by_id, scope) for c in items)
        case Not(condition=inner):
            return not evaluate(inner, values, profile, rules_by_id, scope)
        case RuleRef(rule_id=rule_id):
            return evaluate(_rule(rule_id, rules_by_id).when, values, profile, rules_by_id, scope)
        case Compare():
            return _compare(condition, values, profile)
        case PowerCheck(matter=matter):
            return scope is not None and matter in scope.matters
        case InstrumentCheck(kind=kind):
            return kind == (scope.kind if scope else InstrumentKind.REGULATION)
    raise TypeError(f"not a condition: {condition!r}")


def _rule(rule_id: RuleId, rules_by_id: Mapping[RuleId, Rule]) -> Rule:
    rule = rules_by_id.get(rule_id)
    if rule is None:
        raise RuleError(
            Code.UNKNOWN_RULE,
            f"A condition refers to rule {rule_id!r}, which does not exist.",
            hint=f"Known rules: {', '.join(sorted(rules_by_id))}.",
        )
    return rule


def _read(ref: Operand, values: Mapping[QuestionId, Value], profile: Profile) -> object:
    match ref:
        case AnswerRef(question_id=qid):
            return values.get(qid, _MISSING)
        case FactRef(path=path):
            fact = profile.fact(path)
            return _MISSING if fact is None else fact.value
        case Literal(value=value):
            return value
    raise TypeError(f"not an operand: {ref!r}")


def _compare(condition: Compare, values: Mapping[QuestionId, Value], profile: Profile) -> bool:
    subject = _read(condition.subject, values, profile)
    if condition.operator is Operator.IS_SET:
        return (subject is not _MISSING and subject is not None) == _read(
            condition.operand, values, profile
        )
    operand = _read(condition.operand, values, profile)
    if subject is _MISSING or subject is None or operand is _MISSING:
        return False
    match condition.operator:
        case Operator.EQUALS:
            return _same(subject, operand)
        case Operator.NOT_EQUALS:
            return not _same(subject, operand)
        case Operator.IN:
            return isinstance(operand, tuple) and any(_same(subject, o) for o in operand)
        case Operator.CONTAINS:
            return isinstance(subject, tuple) and any(_same(s, operand) for s in subject)
    if not (_is_number(subject) and _is_number(operand)):
        return False
    left, right = float(subject), float(operand)  # type: ignore[arg-type]
    match condition.operator:
        case Operator.GT:
            return left > right
        case Operator.GTE:
            return left >= right
        case Operator.LT:
            return left < right
        case Operator.LTE:
            return left <= right
    raise TypeError(f"unknown operator {condition.operator!r}")


def _is_number(value: object) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def _same(a: object, b: object) -> bool:
    # JSON true is not 1: a boolean only equals a boolean.
    if isinstance(a, bool) != isinstance(b, bool):
        return False
    return a == b


def _nodes(condition: Condition, rules_by_id: Mapping[RuleId, Rule]) -> Iterator[Condition]:
    """Every node of a condition, depth first; through the named rules in `rules_by_id`."""
    yield condition
    match condition:
        case AllOf(conditions=items) | AnyOf(conditions=items):
            for item in items:
                yield from _nodes(item, rules_by_id)
        case Not(condition=inner):
            yield from _nodes(inner, rules_by_id)
        case RuleRef(rule_id=rule_id) if rule_id in rules_by_id:
            yield from _nodes(rules_by_id[rule_id].when, rules_by_id)


def _refs(condition: Condition, rules_by_id: Mapping[RuleId, Rule]) -> Iterator[Operand]:
    for node in _nodes(condition, rules_by_id):
        if isinstance(node, Compare):
            yield node.subject
            yield node.operand


def answers_read(condition: Condition, rules_by_id: Mapping[RuleId, Rule]) -> Iterator[QuestionId]:
    """The question ids a condition reads, in order of appearance.

    Named rules are followed when they are in `rules_by_id`; pass {} to stay local."""
    for ref in _refs(condition, rules_by_id):
        if isinstance(ref, AnswerRef):
            yield ref.question_id


def rules_named(condition: Condition) -> Iterator[RuleId]:
    """The named rules a condition refers to directly."""
    for node in _nodes(condition, {}):
        if isinstance(node, RuleRef):
            yield node.rule_id


def scope_read(condition: Condition, rules_by_id: Mapping[RuleId, Rule]) -> Iterator[str]:
    """The `power` and `instrument` conditions inside a condition, as "power:x" / "instrument:x"."""
    for node in _nodes(condition, rules_by_id):
        if isinstance(node, PowerCheck):
            yield f"power:{node.matter}"
        elif isinstance(node, InstrumentCheck):
            yield f"instrument:{node.kind}"


def facts_read(condition: Condition) -> Iterator[str]:
    """The profile fact paths a condition reads."""
    for ref in _refs(condition, {}):
        if isinstance(ref, FactRef):
            yield ref.path


def refusals(
    rules_by_id: Mapping[RuleId, Rule],
    values: Mapping[QuestionId, Value],
    profile: Profile,
    language: str,
) -> tuple[Problem, ...]:
    """One problem per refuse rule that holds, with its message in `language`."""
    problems = []
    for rule in rules_by_id.values():
        if rule.kind is RuleKind.REFUSE and evaluate(rule.when, values, profile, rules_by_id):
            message = rule.message.get(language) or rule.message.get("en") or rule.rationale
            problems.append(
                Problem(
                    code=Code.REFUSED_COMBINATION,
                    message=f"{message} (rule {rule.id})",
                    location=Location(question_id=", ".join(rule.questions)),
                )
            )
    return tuple(problems)
