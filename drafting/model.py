"""Every type that crosses a module boundary: the library, the answers and the instrument."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import NewType, TypeAlias

ClauseId = NewType("ClauseId", str)
QuestionId = NewType("QuestionId", str)
RuleId = NewType("RuleId", str)
TermId = NewType("TermId", str)
ProfileId = NewType("ProfileId", str)
PartId = NewType("PartId", str)

Multilingual: TypeAlias = Mapping[str, str]
"""A text by language code (en, es, fr)."""

Scalar: TypeAlias = str | int | float | bool
Value: TypeAlias = Scalar | tuple[str, ...] | tuple[Mapping[str, Scalar], ...] | Multilingual | None
"""An answer or fact value: a scalar, a multichoice tuple, table rows, or a text by language."""

LANGUAGES = ("en", "es", "fr")


# --- conditions -----------------------------------------------------------------------


@dataclass(frozen=True, slots=True, kw_only=True)
class AnswerRef:
    question_id: QuestionId


@dataclass(frozen=True, slots=True, kw_only=True)
class FactRef:
    path: str


@dataclass(frozen=True, slots=True, kw_only=True)
class Literal:
    value: Value


Operand: TypeAlias = AnswerRef | FactRef | Literal


class Operator(StrEnum):
    EQUALS = "equals"
    NOT_EQUALS = "not_equals"
    IN = "in"
    CONTAINS = "contains"
    GT = "gt"
    GTE = "gte"
    LT = "lt"
    LTE = "lte"
    IS_SET = "is_set"


@dataclass(frozen=True, slots=True, kw_only=True)
class Compare:
    subject: AnswerRef | FactRef
    operator: Operator
    operand: Operand


@dataclass(frozen=True, slots=True, kw_only=True)
class AllOf:
    conditions: tuple[Condition, ...]


@dataclass(frozen=True, slots=True, kw_only=True)
class AnyOf:
    conditions: tuple[Condition, ...]


@dataclass(frozen=True, slots=True, kw_only=True)
class Not:
    condition: Condition


@dataclass(frozen=True, slots=True, kw_only=True)
class RuleRef:
    rule_id: RuleId


@dataclass(frozen=True, slots=True, kw_only=True)
class Always:
    value: bool = True


Condition: TypeAlias = AllOf | AnyOf | Not | RuleRef | Always | Compare
ALWAYS = Always()


# --- the library --------------------------------------------------------------------------


@dataclass(frozen=True, slots=True, kw_only=True)
class Origin:
    """The library file and JSON path an object was read from."""

    file: str
    json_path: str

    def __str__(self) -> str:
        return f"{self.file} {self.json_path}"


class ParameterType(StrEnum):
    PERCENT = "percent"
    DAYS = "days"
    MONTHS = "months"
    YEARS = "years"
    YEAR = "year"
    INTEGER = "integer"
    NUMBER = "number"
    MONEY = "money"
    TEXT = "text"
    CHOICE = "choice"
    LIST = "list"
    DATE = "date"
    TABLE = "table"


@dataclass(frozen=True, slots=True, kw_only=True)
class Parameter:
    name: str
    type: ParameterType
    source: AnswerRef | FactRef | Literal
    unit: str | None = None  # money: "currency" or "penalty_units"


@dataclass(frozen=True, slots=True, kw_only=True)
class Block:
    """A unit of clause text: the provision's own text, a sub-provision or a paragraph."""

    key: str | None = None
    include_when: Condition = ALWAYS
    text: Multilingual = field(default_factory=dict)
    items: tuple[Block, ...] = ()
    after: Multilingual = field(default_factory=dict)
    is_definitions: bool = False
    origin: Origin


@dataclass(frozen=True, slots=True, kw_only=True)
class Variant:
    id: str
    when: Condition = ALWAYS
    heading: Multilingual | None = None
    sources: tuple[str, ...] = ()
    body: tuple[Block, ...]
    origin: Origin


@dataclass(frozen=True, slots=True, kw_only=True)
class Clause:
    id: ClauseId
    topic: str
    part: PartId
    order: int
    include_when: Condition = ALWAYS
    powers: tuple[str, ...] = ()
    sources: tuple[str, ...]
    heading: Multilingual | None = None  # closing formulas have none
    parameters: tuple[Parameter, ...] = ()
    variants: tuple[Variant, ...]
    origin: Origin


@dataclass(frozen=True, slots=True, kw_only=True)
class Table:
    columns: tuple[Multilingual, ...]
    rows: tuple[tuple[Condition, tuple[Multilingual, ...]], ...] = ()
    rows_from: str | None = None  # a table parameter's name
    fields: tuple[str, ...] = ()
    origin: Origin


@dataclass(frozen=True, slots=True, kw_only=True)
class ScheduleDef:
    id: ClauseId
    topic: str
    order: int
    include_when: Condition = ALWAYS
    sources: tuple[str, ...]
    heading: Multilingual
    parameters: tuple[Parameter, ...] = ()
    body: tuple[Block | Table, ...]
    origin: Origin


@dataclass(frozen=True, slots=True, kw_only=True)
class Part:
    id: PartId
    order: int
    heading: Multilingual


@dataclass(frozen=True, slots=True, kw_only=True)
class Term:
    id: TermId
    label: Multilingual
    relation: str  # "means" or "includes"
    meaning: Multilingual
    sources: tuple[str, ...]
    origin: Origin


class QuestionType(StrEnum):
    BOOLEAN = "boolean"
    CHOICE = "choice"
    MULTICHOICE = "multichoice"
    INTEGER = "integer"
    NUMBER = "number"
    PERCENT = "percent"
    DAYS = "days"
    MONTHS = "months"
    YEARS = "years"
    YEAR = "year"
    MONEY = "money"
    TEXT = "text"
    TABLE = "table"


@dataclass(frozen=True, slots=True, kw_only=True)
class Option:
    value: str
    label: Multilingual
    text: Multilingual | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class Column:
    id: str
    type: QuestionType
    label: Multilingual
    minimum: float | None = None
    maximum: float | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class ConditionalDefault:
    when: Condition
    value: Value


@dataclass(frozen=True, slots=True, kw_only=True)
class Question:
    id: QuestionId
    step: str
    type: QuestionType
    label: Multilingual
    help: Multilingual
    ask_when: Condition = ALWAYS
    has_default: bool = False
    default: Value = None
    defaults: tuple[ConditionalDefault, ...] = ()
    options: tuple[Option, ...] = ()
    minimum: float | None = None
    maximum: float | None = None
    unit: str | None = None
    columns: tuple[Column, ...] = ()
    min_rows: int = 0
    max_rows: int | None = None
    origin: Origin

    def option(self, value: str) -> Option | None:
        return next((o for o in self.options if o.value == value), None)


@dataclass(frozen=True, slots=True, kw_only=True)
class Step:
    id: str
    order: int
    title: Multilingual


class RuleKind(StrEnum):
    CONDITION = "condition"
    REFUSE = "refuse"


@dataclass(frozen=True, slots=True, kw_only=True)
class Rule:
    id: RuleId
    kind: RuleKind
    when: Condition
    rationale: str
    message: Multilingual = field(default_factory=dict)
    questions: tuple[QuestionId, ...] = ()
    sources: tuple[str, ...] = ()
    origin: Origin


@dataclass(frozen=True, slots=True, kw_only=True)
class Fact:
    """A country fact with its source; `verify` means the drafter must confirm it."""

    path: str
    value: Value
    source: str
    verify: bool = False
    note: str = ""


@dataclass(frozen=True, slots=True, kw_only=True)
class Power:
    key: str
    cite: str
    description: str
    source: str
    verify: bool = False


@dataclass(frozen=True, slots=True, kw_only=True)
class LevelForm:
    label: Multilingual
    numbering: str
    eid_prefix: str
    first_label: Multilingual | None = None
    referred_by: Multilingual | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class DefinitionForm:
    intro: Multilingual
    entry: Multilingual
    relations: Mapping[str, Multilingual]
    separator: Multilingual
    end: Multilingual
    numbering: str
    label: Multilingual
    capitalize: bool = False


@dataclass(frozen=True, slots=True, kw_only=True)
class Form:
    """How a country numbers, labels and cites the provisions of its instruments."""

    levels: Mapping[str, LevelForm]  # part, section, subsection, paragraph, subparagraph, schedule
    definition: DefinitionForm
    references: Mapping[str, Mapping[str, str]]  # language -> kind -> template
    powers_phrase: Mapping[str, Multilingual]  # one / many
    money: Mapping[str, Multilingual]  # currency / penalty_units
    thousands_separator: Multilingual
    section_layout: str = "label-with-heading"  # or heading-above (ZM), run-in (PY)


@dataclass(frozen=True, slots=True, kw_only=True)
class TranslatorLabels:
    """A column for an official language we do not write: its structural labels only."""

    language: str  # "rw"
    language_tag: str  # "rw-RW"
    column_heading: str
    part: str  # "UMUTWE WA {n}"
    first_part: str
    section: str  # "Ingingo ya {n}:"
    first_section: str
    pending: str  # the visible note left in every text cell


@dataclass(frozen=True, slots=True, kw_only=True)
class PreambleLine:
    role: str
    text: Multilingual
    include_when: Condition = ALWAYS


@dataclass(frozen=True, slots=True, kw_only=True)
class InstrumentForm:
    type: str
    name: Multilingual
    cover: tuple[Multilingual, ...] = ()
    number_line: Multilingual
    title: Multilingual
    subtitle: tuple[Multilingual, ...] = ()
    self_name: Multilingual
    arrangement_heading: Multilingual | None = None
    preamble: tuple[PreambleLine, ...] = ()
    signature: tuple[Multilingual, ...] = ()
    explanatory_note: Multilingual | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class Profile:
    id: ProfileId
    names: Multilingual
    aliases: tuple[str, ...] = ()
    languages: tuple[str, ...]
    official_languages: tuple[str, ...]
    untranslated_languages: tuple[str, ...] = ()
    legal_family: str
    instrument: InstrumentForm
    form: Form
    powers: Mapping[str, Power]
    facts: Mapping[str, Fact]  # by dotted path
    answer_defaults: Mapping[str, Value] = field(default_factory=dict)
    term_labels: Mapping[str, Multilingual] = field(default_factory=dict)
    term_meanings: Mapping[str, Multilingual] = field(default_factory=dict)
    part_headings: Mapping[str, Multilingual] = field(default_factory=dict)
    translator_labels: TranslatorLabels | None = None
    sources: tuple[str, ...] = ()
    origin: Origin

    def fact(self, path: str) -> Fact | None:
        return self.facts.get(path)


# --- answers ------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True, kw_only=True)
class Answers:
    """Validated answers: the values of the questions asked, defaults filled in.

    `given` are the question ids the user answered; the rest of `values` are defaults.
    `ignored` are answers to questions that the other answers leave unasked.
    """

    country: ProfileId
    values: Mapping[QuestionId, Value]
    given: frozenset[QuestionId] = frozenset()
    ignored: tuple[QuestionId, ...] = ()

    def get(self, question_id: str) -> Value:
        return self.values.get(QuestionId(question_id))

    def is_set(self, question_id: str) -> bool:
        return QuestionId(question_id) in self.values


# --- the instrument -----------------------------------------------------------------------


@dataclass(frozen=True, slots=True, kw_only=True)
class Text:
    text: str


@dataclass(frozen=True, slots=True, kw_only=True)
class TermRef:
    term: TermId
    text: str


@dataclass(frozen=True, slots=True, kw_only=True)
class CrossRef:
    """A cross-reference; `target` is symbolic (clause id / key path), `eid` resolved."""

    target: str
    eid: str
    text: str


@dataclass(frozen=True, slots=True, kw_only=True)
class FactText:
    path: str
    text: str
    source: str
    verify: bool = False


@dataclass(frozen=True, slots=True, kw_only=True)
class ParamText:
    name: str
    type: str
    text: str
    value: Scalar | None = None


Inline: TypeAlias = Text | TermRef | CrossRef | FactText | ParamText


def plain_text(content: tuple[Inline, ...]) -> str:
    return "".join(i.text for i in content)


class ProvisionLevel(StrEnum):
    PART = "part"
    SECTION = "section"
    SUBSECTION = "subsection"
    PARAGRAPH = "paragraph"
    SUBPARAGRAPH = "subparagraph"


@dataclass(frozen=True, slots=True, kw_only=True)
class Definition:
    term: TermId
    label: str
    relation: str


@dataclass(frozen=True, slots=True, kw_only=True)
class Provision:
    eid: str
    level: ProvisionLevel
    num: str  # the number as cited: "4", "2", "b", "1°", "I"
    label: str  # as printed: "4.", "(2)", "(b)", "Art. 1°.-", "PART I"; "" when unnumbered
    heading: str | None = None
    content: tuple[Inline, ...] = ()
    children: tuple[Provision, ...] = ()
    after: tuple[Inline, ...] = ()
    definition: Definition | None = None
    source: ClauseId | None = None
    key: str | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class TableBlock:
    columns: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]


@dataclass(frozen=True, slots=True, kw_only=True)
class Schedule:
    eid: str
    num: str
    label: str  # "FIRST SCHEDULE", "ANEXO I"
    heading: str
    referred_by: str = ""  # "(Regulation 3)"
    content: tuple[Provision | TableBlock, ...] = ()
    source: ClauseId | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class PreambleItem:
    role: str  # heading, recital, formula, text
    content: tuple[Inline, ...]


@dataclass(frozen=True, slots=True, kw_only=True)
class Provenance:
    """Why a provision is in the draft: the clause, variant, rule and answers behind it."""

    eid: str
    clause_id: ClauseId
    variant: str | None
    rule: str
    answers: Mapping[str, Value]
    sources: tuple[str, ...]


@dataclass(frozen=True, slots=True, kw_only=True)
class Instrument:
    country: ProfileId
    language: str
    instrument_type: str
    section_layout: str = "label-with-heading"  # heading-above, label-with-heading, run-in
    cover: tuple[str, ...] = ()
    number_line: str = ""
    title: str = ""
    subtitle: tuple[str, ...] = ()
    arrangement_heading: str = ""
    preamble: tuple[PreambleItem, ...] = ()
    body: tuple[Provision, ...] = ()
    schedules: tuple[Schedule, ...] = ()
    signature: tuple[str, ...] = ()
    explanatory_note: str = ""
    provenance: tuple[Provenance, ...] = ()
    library_version: str = ""
    answers: Mapping[str, Value] = field(default_factory=dict)

    def sections(self) -> tuple[Provision, ...]:
        """Top-level numbered provisions, in document order, through the parts."""
        out: list[Provision] = []
        for p in self.body:
            out.extend(p.children if p.level is ProvisionLevel.PART else (p,))
        return tuple(out)


def facts_to_verify(instrument: Instrument) -> tuple[FactText, ...]:
    """Every fact in the instrument that its profile marks for the drafter to confirm."""

    def walk(provisions: tuple[Provision | TableBlock, ...]) -> Iterator[FactText]:
        for p in provisions:
            if isinstance(p, Provision):
                inlines = (*p.content, *p.after)
                yield from (i for i in inlines if isinstance(i, FactText) and i.verify)
                yield from walk(p.children)

    preamble = (i for item in instrument.preamble for i in item.content)
    found = [i for i in preamble if isinstance(i, FactText) and i.verify]
    found += walk(instrument.body)
    for schedule in instrument.schedules:
        found += walk(schedule.content)
    return tuple(found)
