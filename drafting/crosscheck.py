"""Cross-checks of a loaded library: ids, markup, facts, powers, languages, question order."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import TYPE_CHECKING

from drafting.answers import _check as check_answer
from drafting.errors import Code, LibraryError, Location, Problem
from drafting.inline import MarkupError, tokenize
from drafting.model import (
    AllOf,
    AnswerRef,
    Block,
    Clause,
    Compare,
    Condition,
    FactRef,
    InstrumentKind,
    Literal,
    Multilingual,
    Operator,
    Origin,
    Profile,
    QuestionId,
    RuleId,
    RuleKind,
    ScheduleDef,
    Table,
)
from drafting.rules import answers_read, rules_named, scope_read

if TYPE_CHECKING:
    from drafting.library import ClauseLibrary


def crosscheck_library(library: ClauseLibrary) -> None:
    """Raise one LibraryError listing every broken cross-reference inside the library."""
    problems = [
        *_check_clauses(library),
        *_check_questions(library),
        *_check_rules(library),
        *_check_profiles(library),
    ]
    if problems:
        raise LibraryError(
            problems[0].code,
            f"The clause library has {len(problems)} inconsistency(ies) between its files.",
            problems=tuple(problems),
            hint="Each problem names the file and JSON path to fix.",
        )


def _at(origin: Origin, suffix: str = "") -> Location:
    return Location(file=origin.file, json_path=origin.json_path + suffix)


def _library_languages(library: ClauseLibrary) -> tuple[str, ...]:
    languages = {lang for p in library.profiles_by_id.values() for lang in p.languages}
    return tuple(sorted(languages))


# --- conditions ---------------------------------------------------------------------------------


def _condition_problems(
    condition: Condition,
    library: ClauseLibrary,
    location: Location,
    known: Mapping[QuestionId, object] | None = None,
) -> Iterator[Problem]:
    """Unknown questions and rules in a condition; `known` restricts to earlier questions."""
    questions = library.questions_by_id if known is None else known
    for qid in answers_read(condition, {}):
        if qid not in questions:
            later = known is not None and qid in library.questions_by_id
            yield Problem(
                code=Code.FORWARD_QUESTION if later else Code.UNKNOWN_QUESTION,
                message=(
                    f"reads question {qid!r}, which comes later in the catalogue"
                    if later
                    else f"reads question {qid!r}, which does not exist"
                ),
                location=location,
            )
    for rule_id in rules_named(condition):
        if rule_id not in library.rules_by_id:
            yield Problem(
                code=Code.UNKNOWN_RULE,
                message=f"names rule {rule_id!r}, which does not exist",
                location=location,
            )


def _required_facts(condition: Condition) -> Iterator[str]:
    """Profile facts that must be set for `condition` to hold (is_set: true, through "all")."""
    match condition:
        case AllOf(conditions=items):
            for item in items:
                yield from _required_facts(item)
        case Compare(
            subject=FactRef(path=path), operator=Operator.IS_SET, operand=Literal(value=v)
        ):
            if v is True:
                yield path


# --- texts ----------------------------------------------------------------------------------------


class _TextChecker:
    """Checks the markup and languages of the texts of one clause, schedule or term."""

    def __init__(
        self, library: ClauseLibrary, owner: Clause | ScheduleDef | None, languages: tuple[str, ...]
    ):
        self.library = library
        self.owner = owner
        self.languages = languages
        self.params = {p.name for p in owner.parameters} if owner else set()
        # Facts that the owner's include_when requires to be set may be absent elsewhere:
        # the text that reads them is never assembled for a country that lacks them.
        self.guarded = set(_required_facts(owner.include_when)) if owner else set()

    def check(
        self, text: Multilingual | None, location: Location, guards: frozenset[str] = frozenset()
    ) -> Iterator[Problem]:
        if not text:
            return
        missing = [lang for lang in self.languages if lang not in text]
        if missing:
            yield Problem(
                code=Code.MISSING_LANGUAGE,
                message=f"has no text in {', '.join(missing)}",
                location=location,
            )
        for lang, value in text.items():
            yield from self._markup(value, lang, location, guards)

    def _markup(
        self, value: str, lang: str, location: Location, guards: frozenset[str] = frozenset()
    ) -> Iterator[Problem]:
        try:
            tokens = tokenize(value)
        except MarkupError as exc:
            yield Problem(code=Code.BAD_MARKUP, message=f"[{lang}] {exc}", location=location)
            return
        for token in tokens:
            if token.kind == "fact" and token.key in guards:
                continue  # the text is assembled only where the fact is set
            problem = self._token(token.kind, token.key)
            if problem:
                yield Problem(code=problem[0], message=f"[{lang}] {problem[1]}", location=location)

    def _token(self, kind: str, key: str) -> tuple[Code, str] | None:
        library = self.library
        if kind == "term" and key not in library.terms_by_id:
            return Code.DANGLING_ID, f"uses term {key!r}, which is not defined in terms/"
        if kind == "param" and key not in self.params:
            return (
                Code.UNKNOWN_PARAMETER,
                f"uses parameter {key!r}, which the clause does not declare",
            )
        if kind == "ref":
            return _ref_problem(library, self.owner, key)
        if kind == "fact":
            lacking = [p.id for p in library.profiles_by_id.values() if p.fact(key) is None]
            if lacking and key not in self.guarded:
                return (
                    Code.MISSING_FACT,
                    f"reads fact {key!r}, which the profiles {', '.join(lacking)} lack",
                )
        return None


def _ref_problem(
    library: ClauseLibrary, owner: Clause | ScheduleDef | None, target: str
) -> tuple[Code, str] | None:
    if target == ".":
        return None
    if target.startswith("/"):
        if owner is None:
            return Code.DANGLING_ID, f"a local reference {target!r} outside a clause"
        target = f"{owner.id}{target}"
    clause_id, *keys = target.split("/")
    schedule_ids = {s.id for s in library.schedules}
    if clause_id in schedule_ids and not keys:
        return None
    clause = library.clauses_by_id.get(clause_id)  # type: ignore[call-overload]
    if clause is None:
        return (
            Code.DANGLING_ID,
            f"refers to {clause_id!r}, which is neither a clause nor a schedule",
        )
    if keys and not any(_has_path(v.body, keys) for v in clause.variants):
        return (
            Code.DANGLING_ID,
            f"refers to {target!r}, but clause {clause_id!r} has no block "
            f"with keys {'/'.join(keys)}",
        )
    return None


def _has_path(blocks: tuple[Block, ...], keys: list[str]) -> bool:
    for block in blocks:
        if block.key == keys[0]:
            return len(keys) == 1 or _has_path(block.items, keys[1:])
    return False


def _blocks(blocks: tuple[Block, ...]) -> Iterator[Block]:
    for block in blocks:
        yield block
        yield from _blocks(block.items)


def _guarded_blocks(
    blocks: tuple[Block, ...], guards: frozenset[str] = frozenset()
) -> Iterator[tuple[Block, frozenset[str]]]:
    """Every block with the facts that it and the blocks around it require to be set."""
    for block in blocks:
        own = guards | frozenset(_required_facts(block.include_when))
        yield block, own
        yield from _guarded_blocks(block.items, own)


# --- families -------------------------------------------------------------------------------------


def _check_clauses(library: ClauseLibrary) -> Iterator[Problem]:
    languages = _library_languages(library)
    parts = {p.id for p in library.parts}
    for part in library.parts:
        yield from _TextChecker(library, None, languages).check(
            part.heading, Location(file="parts.json", json_path=f"$.parts[?(@.id=='{part.id}')]")
        )
    for clause in library.clauses:
        texts = _TextChecker(library, clause, languages)
        if clause.part not in parts:
            yield Problem(
                code=Code.DANGLING_ID,
                message=f"is in part {clause.part!r}, which parts.json lacks",
                location=_at(clause.origin, ".part"),
            )
        yield from _condition_problems(
            clause.include_when, library, _at(clause.origin, ".include_when")
        )
        yield from texts.check(clause.heading, _at(clause.origin, ".heading"))
        yield from _parameter_problems(library, clause)
        yield from _matter_problems(library, clause)
        for variant in clause.variants:
            yield from _condition_problems(variant.when, library, _at(variant.origin, ".when"))
            yield from texts.check(variant.heading, _at(variant.origin, ".heading"))
            variant_guards = frozenset(_required_facts(variant.when))
            for block, guards in _guarded_blocks(variant.body, variant_guards):
                yield from _condition_problems(
                    block.include_when, library, _at(block.origin, ".include_when")
                )
                yield from texts.check(block.text, _at(block.origin, ".text"), guards)
                yield from texts.check(block.after, _at(block.origin, ".after"), guards)
    for schedule in library.schedules:
        texts = _TextChecker(library, schedule, languages)
        yield from _condition_problems(
            schedule.include_when, library, _at(schedule.origin, ".include_when")
        )
        yield from texts.check(schedule.heading, _at(schedule.origin, ".heading"))
        yield from _parameter_problems(library, schedule)
        for item in schedule.body:
            if isinstance(item, Table):
                for i, column in enumerate(item.columns):
                    yield from texts.check(column, _at(item.origin, f".table.columns[{i}]"))
                for r, (condition, cells) in enumerate(item.rows):
                    yield from _condition_problems(
                        condition, library, _at(item.origin, f".table.rows[{r}]")
                    )
                    for c, cell in enumerate(cells):
                        location = _at(item.origin, f".table.rows[{r}].cells[{c}]")
                        yield from texts.check(cell, location)
                        if any("{ref:" in value for value in cell.values()):
                            # Table cells are plain text in the model: a reference there
                            # could not follow renumbering.
                            yield Problem(
                                code=Code.BAD_MARKUP,
                                message="a table cell cannot hold a cross-reference",
                                location=location,
                            )
                if item.rows_from and item.rows_from not in texts.params:
                    yield Problem(
                        code=Code.UNKNOWN_PARAMETER,
                        message=f"takes rows from parameter {item.rows_from!r}, "
                        "which is not declared",
                        location=_at(item.origin, ".table.rows_from"),
                    )
            else:
                for block in _blocks((item,)):
                    yield from _condition_problems(
                        block.include_when, library, _at(block.origin, ".include_when")
                    )
                    yield from texts.check(block.text, _at(block.origin, ".text"))
    for term in library.terms_by_id.values():
        texts = _TextChecker(library, None, languages)
        yield from texts.check(term.label, _at(term.origin, ".label"))
        yield from texts.check(term.meaning, _at(term.origin, ".meaning"))


def _matter_problems(library: ClauseLibrary, clause: Clause) -> Iterator[Problem]:
    """Every clause and variant rests on a known matter; only incidental clauses choose
    their instruments."""
    matters = library.matters_by_id
    named = [(clause.power, _at(clause.origin, ".power"))]
    named += [(v.power, _at(v.origin, ".power")) for v in clause.variants if v.power]
    for matter, location in named:
        if matter not in matters:
            yield Problem(
                code=Code.UNKNOWN_MATTER,
                message=f"rests on matter {matter!r}, which matters.json lacks "
                f"(known: {', '.join(sorted(matters))})",
                location=location,
            )
    incidental = clause.power in matters and matters[clause.power].incidental
    if not incidental and clause.instruments != (InstrumentKind.REGULATION,):
        yield Problem(
            code=Code.UNKNOWN_MATTER,
            message="names its instruments, but only a clause of an incidental matter may: "
            "the powers decide where the others go",
            location=_at(clause.origin, ".instruments"),
        )


def _scope_problems(
    condition: Condition, library: ClauseLibrary, location: Location
) -> Iterator[Problem]:
    """Questions and rules cannot ask about the instrument being assembled: they are
    evaluated before there is one."""
    for found in scope_read(condition, library.rules_by_id):
        yield Problem(
            code=Code.BAD_SCOPE_CONDITION,
            message=f"uses the condition {found!r}, which only clause texts may use",
            location=location,
        )


def _parameter_problems(library: ClauseLibrary, owner: Clause | ScheduleDef) -> Iterator[Problem]:
    for i, parameter in enumerate(owner.parameters):
        source = parameter.source
        if isinstance(source, AnswerRef) and source.question_id not in library.questions_by_id:
            yield Problem(
                code=Code.UNKNOWN_QUESTION,
                message=f"parameter {parameter.name!r} reads question "
                f"{source.question_id!r}, which does not exist",
                location=_at(owner.origin, f".parameters[{i}]"),
            )


def _check_questions(library: ClauseLibrary) -> Iterator[Problem]:
    earlier: dict[QuestionId, object] = {}
    for question in library.questions:
        location = _at(question.origin)
        yield from _condition_problems(
            question.ask_when, library, _at(question.origin, ".ask_when"), earlier
        )
        yield from _scope_problems(question.ask_when, library, _at(question.origin, ".ask_when"))
        for i, conditional in enumerate(question.defaults):
            yield from _condition_problems(
                conditional.when, library, _at(question.origin, f".defaults[{i}].when"), earlier
            )
        if question.has_default:
            yield from _default_problems(question, question.default, location)
        if question.shift_years_with and question.shift_years_with[0] not in earlier:
            yield Problem(
                code=Code.FORWARD_QUESTION,
                message=f"shifts its default years with question "
                f"{question.shift_years_with[0]!r}, which is not an earlier question",
                location=_at(question.origin, ".shift_years_with"),
            )
        earlier[question.id] = question


def _default_problems(question: object, value: object, location: Location) -> Iterator[Problem]:
    raw = list(value) if isinstance(value, tuple) else value
    _, found = check_answer(question, raw)  # type: ignore[arg-type]
    for problem in found:
        yield Problem(code=problem.code, message=f"default {problem.message}", location=location)


def _check_rules(library: ClauseLibrary) -> Iterator[Problem]:
    for rule in library.rules_by_id.values():
        yield from _condition_problems(rule.when, library, _at(rule.origin, ".when"))
        for qid in rule.questions:
            if qid not in library.questions_by_id:
                yield Problem(
                    code=Code.UNKNOWN_QUESTION,
                    message=f"concerns question {qid!r}, which does not exist",
                    location=_at(rule.origin, ".questions"),
                )
        if rule.kind is RuleKind.REFUSE:
            yield from _scope_problems(rule.when, library, _at(rule.origin, ".when"))
            yield from _TextChecker(library, None, _library_languages(library)).check(
                rule.message, _at(rule.origin, ".message")
            )
    yield from _rule_cycles(library)


def _rule_cycles(library: ClauseLibrary) -> Iterator[Problem]:
    def visit(rule_id: RuleId, trail: tuple[RuleId, ...]) -> Iterator[tuple[RuleId, ...]]:
        rule = library.rules_by_id.get(rule_id)
        if rule is None:
            return
        for named in rules_named(rule.when):
            if named in trail:
                yield (*trail, named)
            else:
                yield from visit(named, (*trail, named))

    reported: set[frozenset[RuleId]] = set()
    for rule in library.rules_by_id.values():
        for cycle in visit(rule.id, (rule.id,)):
            key = frozenset(cycle)
            if key not in reported:
                reported.add(key)
                yield Problem(
                    code=Code.RULE_CYCLE,
                    message=f"rules refer to each other in a cycle: {' -> '.join(cycle)}",
                    location=_at(rule.origin, ".when"),
                )


def _check_profiles(library: ClauseLibrary) -> Iterator[Problem]:
    for profile in library.profiles_by_id.values():
        yield from _profile_problems(library, profile)


def _profile_problems(library: ClauseLibrary, profile: Profile) -> Iterator[Problem]:
    expected = profile.origin.file.rsplit("/", 1)[-1].removesuffix(".json").upper()
    if expected != profile.id:
        yield Problem(
            code=Code.UNKNOWN_PROFILE,
            message=f"has code {profile.id!r} but is named {expected.lower()}.json",
            location=_at(profile.origin, ".code"),
        )
    for qid, value in profile.answer_defaults.items():
        question = library.questions_by_id.get(QuestionId(qid))
        location = _at(profile.origin, f".answer_defaults.{qid}")
        if question is None:
            yield Problem(
                code=Code.UNKNOWN_QUESTION,
                message=f"gives a default for {qid!r}, which is not a question",
                location=location,
            )
        else:
            yield from _default_problems(question, value, location)
    form = profile.form
    templates = [(f"form.{k}.label", lvl.label) for k, lvl in form.levels.items()]
    templates += [
        ("form.definition.intro", form.definition.intro),
        ("form.definition.entry", form.definition.entry),
    ]
    for path, text in templates:
        missing = [lang for lang in profile.languages if lang not in text]
        if missing:
            yield Problem(
                code=Code.MISSING_LANGUAGE,
                message=f"has no text in {', '.join(missing)}",
                location=_at(profile.origin, f".{path}"),
            )
    for term_id in dict.fromkeys([*profile.term_labels, *profile.term_meanings]):
        if term_id not in library.terms_by_id:
            yield Problem(
                code=Code.DANGLING_ID,
                message=f"overrides term {term_id!r}, which is not defined",
                location=_at(profile.origin, ".term_labels"),
            )
    texts = _ProfileTexts(library, profile)
    inst = profile.instrument
    named: list[tuple[str, Multilingual | None]] = [
        ("names", profile.names),
        ("instrument.name", inst.name),
        ("instrument.number_line", inst.number_line or None),
        ("instrument.title", inst.title),
        ("instrument.self", inst.self_name),
        ("instrument.arrangement_heading", inst.arrangement_heading),
        ("instrument.explanatory_note", inst.explanatory_note),
    ]
    named += [(f"instrument.cover[{i}]", t) for i, t in enumerate(inst.cover)]
    named += [(f"instrument.subtitle[{i}]", t) for i, t in enumerate(inst.subtitle)]
    named += [(f"instrument.above_title[{i}]", t) for i, t in enumerate(inst.above_title)]
    named += [(f"instrument.preamble[{i}].text", line.text) for i, line in enumerate(inst.preamble)]
    named += [(f"instrument.signature[{i}]", t) for i, t in enumerate(inst.signature)]
    named += [(f"term_labels.{k}", t) for k, t in profile.term_labels.items()]
    named += [(f"term_meanings.{k}", t) for k, t in profile.term_meanings.items()]
    named += [(f"part_headings.{k}", t) for k, t in profile.part_headings.items()]
    parts = {p.id for p in library.parts}
    for part_id in profile.part_headings:
        if part_id not in parts:
            yield Problem(
                code=Code.DANGLING_ID,
                message=f"gives a heading to part {part_id!r}, which parts.json lacks",
                location=_at(profile.origin, f".part_headings.{part_id}"),
            )
    for path, maybe in named:
        if maybe is not None:
            yield from texts.check(maybe, _at(profile.origin, f".{path}"))
    for lang in profile.languages:
        if lang not in form.references:
            yield Problem(
                code=Code.MISSING_LANGUAGE,
                message=f"has no reference forms in {lang}",
                location=_at(profile.origin, ".form.references"),
            )
    yield from _basis_problems(library, profile)


def _basis_problems(library: ClauseLibrary, profile: Profile) -> Iterator[Problem]:
    """Powers and sanctions name known laws, holders and matters."""
    matters = library.matters_by_id
    holders = {profile.instrument.maker, *(p.holder for p in profile.powers.values())}
    for holder in sorted(h for h in holders if h not in profile.holders):
        yield Problem(
            code=Code.DANGLING_ID,
            message=f"names the holder {holder!r}, which holders lacks",
            location=_at(profile.origin, ".holders"),
        )
    if not profile.instrument.maker:
        yield Problem(
            code=Code.DANGLING_ID,
            message="has no instrument.maker: the holder whose powers the regulation uses",
            location=_at(profile.origin, ".instrument"),
        )
    named: list[tuple[str, str, tuple[str, ...]]] = [
        (f"powers.{k}", p.law, p.matters) for k, p in profile.powers.items()
    ]
    named += [(f"sanctions.{k}", s.law, s.covers) for k, s in profile.sanctions.items()]
    named.append(("bill.reserved", "", profile.bill.reserved))
    for path, law, covered in named:
        if law and law not in profile.laws:  # a sanction may cite a provision on its own
            yield Problem(
                code=Code.UNKNOWN_LAW,
                message=f"names law {law!r}, which laws lacks "
                f"(known: {', '.join(sorted(profile.laws))})",
                location=_at(profile.origin, f".{path}.law"),
            )
        for matter in covered:
            if matter not in matters:
                yield Problem(
                    code=Code.UNKNOWN_MATTER,
                    message=f"covers matter {matter!r}, which matters.json lacks",
                    location=_at(profile.origin, f".{path}"),
                )
    for key, sanction in profile.sanctions.items():
        for target in sanction.clauses:
            problem = _ref_problem(library, None, target)
            if problem is not None:
                yield Problem(
                    code=problem[0],
                    message=f"sanctions {target!r}: {problem[1]}",
                    location=_at(profile.origin, f".sanctions.{key}.clauses"),
                )
    bill_form = profile.bill.form
    for lang in profile.languages:
        for form, where in ((profile.form, "form"), (bill_form, "bill.form")):
            missing = [k for k in ("external", "regulations") if k not in form.references[lang]]
            if missing:
                yield Problem(
                    code=Code.MISSING_LANGUAGE,
                    message=f"has no {' or '.join(missing)} reference form in {lang}",
                    location=_at(profile.origin, f".{where}.references.{lang}"),
                )


class _ProfileTexts(_TextChecker):
    """A profile's own texts need its own languages and its own facts only."""

    def __init__(self, library: ClauseLibrary, profile: Profile):
        super().__init__(library, None, profile.languages)
        self.profile = profile

    def _token(self, kind: str, key: str) -> tuple[Code, str] | None:
        if kind == "fact":
            if self.profile.fact(key) is None:
                return Code.MISSING_FACT, f"reads fact {key!r}, which this profile lacks"
            return None
        if kind in ("param", "ref"):
            return Code.BAD_MARKUP, f"a profile text cannot use {{{kind}:...}}"
        return super()._token(kind, key)
