"""The answers that differ between two drafts, and which of them explain each change."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping

from drafting.diff.model import AnswerChange
from drafting.library import ClauseLibrary
from drafting.model import (
    AllOf,
    AnswerRef,
    AnyOf,
    Block,
    ClauseId,
    Compare,
    Condition,
    Instrument,
    Not,
    Parameter,
    QuestionId,
    RuleRef,
    Table,
    Value,
)


def display(value: Value) -> str:
    """An answer as a reader sees it: yes/no, lists joined, table rows as "k: v" pairs."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, tuple | list):
        parts = []
        for item in value:
            if isinstance(item, Mapping):
                parts.append(", ".join(f"{k}: {display(v)}" for k, v in item.items()))
            else:
                parts.append(display(item))
        return "; ".join(parts)
    if isinstance(value, Mapping):
        return ", ".join(f"{k}: {display(v)}" for k, v in value.items())
    return str(value)


def question_label(library: ClauseLibrary | None, question: str, language: str) -> str:
    """The question's label in `language` (English, else the id, when unknown)."""
    found = library.questions_by_id.get(QuestionId(question)) if library else None
    if found is None:
        return question
    return found.label.get(language) or found.label.get("en") or question


def answer_changes(
    old: Instrument, new: Instrument, library: ClauseLibrary | None
) -> tuple[AnswerChange, ...]:
    """Every question answered differently, in the library's question order (ids sorted
    after them); empty unless both drafts carry their answers."""
    if not old.answers or not new.answers:
        return ()
    order = {str(q.id): n for n, q in enumerate(library.questions)} if library else {}
    changed = [
        q
        for q in set(old.answers) | set(new.answers)
        if display(old.answers.get(q)) != display(new.answers.get(q))
    ]
    changed.sort(key=lambda q: (order.get(q, len(order)), q))
    language = new.language or "en"
    return tuple(
        AnswerChange(
            question=q,
            label=question_label(library, q, language),
            old=display(old.answers.get(q)),
            new=display(new.answers.get(q)),
        )
        for q in changed
    )


def parameters_of(library: ClauseLibrary | None, source: str) -> dict[str, Parameter]:
    """The parameters of the clause or schedule `source`, by name."""
    if library is None or not source:
        return {}
    clause = library.clauses_by_id.get(ClauseId(source))
    if clause is not None:
        return {p.name: p for p in clause.parameters}
    for schedule in library.schedules:
        if schedule.id == source:
            return {p.name: p for p in schedule.parameters}
    return {}


def parameter_question(library: ClauseLibrary | None, source: str, name: str) -> str:
    """The question whose answer fills parameter `name` of clause `source` ("" if none)."""
    parameter = parameters_of(library, source).get(name)
    if parameter is not None and isinstance(parameter.source, AnswerRef):
        return str(parameter.source.question_id)
    return ""


def provenance_answers(instrument: Instrument, eids: Iterable[str]) -> set[str]:
    """The questions the provenance of these provisions names."""
    wanted = set(eids)
    return {q for p in instrument.provenance if p.eid in wanted for q in p.answers}


def select(changes: tuple[AnswerChange, ...], questions: Iterable[str]) -> tuple[AnswerChange, ...]:
    wanted = set(questions)
    return tuple(a for a in changes if a.question in wanted)


def by_value(changes: tuple[AnswerChange, ...], old: str, new: str) -> tuple[AnswerChange, ...]:
    """Without the library: the answers whose change matches a parameter's figures."""
    digits_old = "".join(c for c in old if c.isdigit())
    digits_new = "".join(c for c in new if c.isdigit())
    if not digits_old or not digits_new:
        return ()
    return tuple(a for a in changes if (a.old, a.new) == (digits_old, digits_new))


def _condition_questions(
    library: ClauseLibrary, condition: Condition, seen: set[str]
) -> Iterator[str]:
    match condition:
        case AllOf(conditions=items) | AnyOf(conditions=items):
            for item in items:
                yield from _condition_questions(library, item, seen)
        case Not(condition=inner):
            yield from _condition_questions(library, inner, seen)
        case Compare(subject=subject, operand=operand):
            for side in (subject, operand):
                if isinstance(side, AnswerRef):
                    yield str(side.question_id)
        case RuleRef(rule_id=rule_id):
            rule = library.rules_by_id.get(rule_id)
            if rule is not None and rule_id not in seen:
                seen.add(rule_id)
                yield from _condition_questions(library, rule.when, seen)


def _block_questions(library: ClauseLibrary, block: Block | Table, seen: set[str]) -> Iterator[str]:
    if isinstance(block, Table):
        for condition, _ in block.rows:
            yield from _condition_questions(library, condition, seen)
        return
    yield from _condition_questions(library, block.include_when, seen)
    for item in block.items:
        yield from _block_questions(library, item, seen)


def clause_questions(library: ClauseLibrary | None, source: str) -> frozenset[str]:
    """Every question that can change the text of clause or schedule `source`: those its
    conditions (clause, variants, blocks, the rules they name) and parameters read."""
    if library is None or not source:
        return frozenset()
    seen: set[str] = set()
    found: set[str] = set()
    clause = library.clauses_by_id.get(ClauseId(source))
    if clause is not None:
        found.update(_condition_questions(library, clause.include_when, seen))
        for variant in clause.variants:
            found.update(_condition_questions(library, variant.when, seen))
            for block in variant.body:
                found.update(_block_questions(library, block, seen))
    for schedule in library.schedules:
        if schedule.id == source:
            found.update(_condition_questions(library, schedule.include_when, seen))
            for item in schedule.body:
                found.update(_block_questions(library, item, seen))
    for parameter in parameters_of(library, source).values():
        if isinstance(parameter.source, AnswerRef):
            found.add(str(parameter.source.question_id))
    return frozenset(found)
