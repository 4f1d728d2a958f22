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


@dataclass(frozen=True, slots=True, kw_only=True)
class PowerCheck:
    """Holds when the instrument being assembled has a power for `matter`."""

    matter: str


@dataclass(frozen=True, slots=True, kw_only=True)
class InstrumentCheck:
    """Holds when the instrument being assembled is of this kind (regulation or bill)."""

    kind: str


Condition: TypeAlias = (
    AllOf | AnyOf | Not | RuleRef | Always | Compare | PowerCheck | InstrumentCheck
)
ALWAYS = Always()


class InstrumentKind(StrEnum):
    """The regulation, or its companion bill for what the regulation has no power to do."""

    REGULATION = "regulation"
    BILL = "bill"


@dataclass(frozen=True, slots=True, kw_only=True)
class Scope:
    """What a condition may ask about the instrument being assembled: its kind, and the
    matters it has a power for."""

    kind: InstrumentKind = InstrumentKind.REGULATION
    matters: frozenset[str] = frozenset()


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
    figure: str | None = None  # a figure printed after the text (drafting/render/figures)
    suspends: tuple[str, ...] = ()  # terms whose licence or registration it may suspend
    origin: Origin


@dataclass(frozen=True, slots=True, kw_only=True)
class Variant:
    id: str
    when: Condition = ALWAYS
    power: str | None = None  # the matter it rests on, when it differs from the clause's
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
    power: str  # the matter (clauses/matters.json) whose power it rests on
    instruments: tuple[InstrumentKind, ...] = (InstrumentKind.REGULATION,)  # incidental only
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
    power: str  # the matter it rests on
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
    party: str | None = None  # person, administration, household: who may bear a duty
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
    # (question, year): the default rows' year columns are written for that answer and move
    # with it (the target years follow the year the instrument is made).
    shift_years_with: tuple[QuestionId, int] | None = None
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
class Matter:
    """A matter a power may cover; every clause rests on one."""

    id: str
    label: Multilingual
    delegation: Multilingual | None = None  # as an item of a bill's power to make regulations
    incidental: bool = False
    elsewhere: Multilingual | None = None  # the other instrument it belongs to
    description: str = ""


@dataclass(frozen=True, slots=True, kw_only=True)
class Law:
    """A law whose powers an instrument uses, and how a recital of powers names it."""

    key: str
    title: Multilingual
    recital: Multilingual  # "{provisions} of the Environmental Management Act, 2011"
    provision: Mapping[str, Multilingual]  # one / many: "section {list}" / "sections {list}"
    cited: Multilingual  # one provision on its own: "section {cite} of the ... Act, 2011"
    source: str
    verify: bool = False


@dataclass(frozen=True, slots=True, kw_only=True)
class Power:
    """A power of an enabling law: who holds it, on what conditions, over which matters."""

    key: str
    law: str
    cite: str
    holder: str
    conditions: Multilingual | None = None
    matters: tuple[str, ...] = ()
    description: str
    source: str
    verify: bool = False


class SanctionType(StrEnum):
    OFFENCE = "offence"
    REGULATION_OFFENCES = "regulation-offences"
    ADMINISTRATIVE_FINE = "administrative-fine"
    SUSPENSION = "suspension"
    COMPLIANCE_ORDER = "compliance-order"
    REFERRAL = "referral"


@dataclass(frozen=True, slots=True, kw_only=True)
class Sanction:
    """A sanction the law makes available, and the duties it can answer."""

    key: str
    type: SanctionType
    law: str  # a key of the profile's laws; "" when `cite` stands on its own
    cite: str
    description: Multilingual
    covers: tuple[str, ...] = ()  # matters whose duties it answers
    clauses: tuple[str, ...] = ()  # clauses whose duties it answers, where narrower than a matter
    holders: tuple[str, ...] = ()  # suspension, compliance order: terms whose holders it reaches
    general: bool = False  # a general penalty: answers any duty nothing else answers
    max_fine: float | None = None
    max_imprisonment_years: float | None = None
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
    # The language whose alphabetical order every language version follows, so that 1° is
    # the same term in each column of a multilingual instrument (Rwanda); None: each its own.
    order_language: str | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class Form:
    """How a country numbers, labels and cites the provisions of its instruments."""

    levels: Mapping[str, LevelForm]  # part, section, subsection, paragraph, subparagraph, schedule
    definition: DefinitionForm
    references: Mapping[str, Mapping[str, str]]  # language -> kind -> template
    powers_join: Multilingual  # between groups of a recital of powers
    money: Mapping[str, Multilingual]  # currency / penalty_units
    thousands_separator: Multilingual
    section_layout: str = "label-with-heading"  # or heading-above, marginal (ZM), run-in (PY)
    figures_after_words: tuple[str, ...] | None = None  # None: every language but English
    working_days: bool = False  # periods in days are set and written in working days

    def figures(self, language: str) -> bool:
        """Whether a period or count is written "thirty (30) days" in this language."""
        if self.figures_after_words is None:
            return language != "en"
        return language in self.figures_after_words


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
    number_line: Multilingual = field(default_factory=dict)  # none: the title carries it
    title: Multilingual
    subtitle: tuple[Multilingual, ...] = ()
    above_title: tuple[Multilingual, ...] = ()  # between the number line and the title
    signature_after_schedules: bool = False
    self_name: Multilingual
    arrangement_heading: Multilingual | None = None
    preamble: tuple[PreambleLine, ...] = ()
    signature: tuple[Multilingual, ...] = ()
    explanatory_note: Multilingual | None = None
    maker: str = ""  # the holder whose powers the instrument uses


@dataclass(frozen=True, slots=True, kw_only=True)
class RegulationPower:
    """The bill's provision that empowers the regulation maker."""

    heading: Multilingual
    text: Multilingual  # the power, as one sentence
    particular: Multilingual  # lead-in of the delegated matters
    conditions: Multilingual | None = None
    source: str


@dataclass(frozen=True, slots=True, kw_only=True)
class BillForm:
    """The companion bill: its form, and how the regulation made under it cites it."""

    instrument: InstrumentForm
    form: Form
    law: Law
    regulation_power: RegulationPower
    reserved: tuple[str, ...] = ()
    facts: Mapping[str, Fact] = field(default_factory=dict)  # over the profile's, in the bill
    term_labels: Mapping[str, Multilingual] = field(default_factory=dict)
    term_meanings: Mapping[str, Multilingual] = field(default_factory=dict)
    sources: tuple[str, ...] = ()


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
    laws: Mapping[str, Law]
    holders: Mapping[str, Multilingual]
    powers: Mapping[str, Power]
    sanctions: Mapping[str, Sanction] = field(default_factory=dict)
    bill: BillForm
    facts: Mapping[str, Fact]  # by dotted path
    answer_defaults: Mapping[str, Value] = field(default_factory=dict)
    term_labels: Mapping[str, Multilingual] = field(default_factory=dict)
    term_meanings: Mapping[str, Multilingual] = field(default_factory=dict)
    term_adopted: Mapping[str, Multilingual] = field(default_factory=dict)  # meaning in the Act
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
    """A cross-reference; `target` is symbolic (clause id / key path), `eid` resolved.

    `instrument` names the companion instrument the target is in ("bill", "regulation");
    empty for a target in the same instrument."""

    target: str
    eid: str
    text: str
    instrument: str = ""


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
    figure: str = ""  # a figure printed after the text, by id (drafting/render/figures)


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
    matter: str = ""
    power: str = ""  # the power it rests on, as cited; "" for an incidental provision
    power_key: str = ""
    verify: bool = False  # the power is not confirmed


@dataclass(frozen=True, slots=True, kw_only=True)
class PowerUse:
    """A power the instrument recites, and the provisions that rest on it."""

    key: str
    law: str
    cite: str
    text: str  # as cited: "section 63 of the Environmental Management Act, 2011"
    holder: str
    conditions: str
    source: str
    verify: bool
    provisions: tuple[str, ...]  # eIds


@dataclass(frozen=True, slots=True, kw_only=True)
class Displaced:
    """A provision the regulation has no power for: in the companion bill, or left out."""

    clause_id: ClauseId
    heading: str
    matter: str
    placement: str  # "bill", "needs-primary-legislation", "held-by", "elsewhere", "depends"
    reason: str  # in the instrument's language
    answers: Mapping[str, Value] = field(default_factory=dict)
    label: str = ""  # its number in the companion bill, when it is there


@dataclass(frozen=True, slots=True, kw_only=True)
class SanctionEntry:
    """One duty of the instrument and the sanction that answers it ("" when none)."""

    eid: str
    label: str  # the duty's provision as cited
    addressee: str
    sanction: str  # as the map names it; "" when the duty has no sanction
    source: str
    key: str = ""  # the profile's sanction key, or "offences" for the instrument's own
    verify: bool = False


@dataclass(frozen=True, slots=True, kw_only=True)
class TimetableEntry:
    """One date of the draft's implementation timetable, counted from commencement."""

    id: str
    label: str  # what happens, in the instrument's language
    when: str  # when, in words, relative to commencement
    months: float  # after commencement (negative before it); a year: its earliest start
    months_latest: float | None = None  # a calendar year: its latest start
    year: int | None = None
    questions: tuple[str, ...] = ()  # the answers that set it
    provisions: tuple[str, ...] = ()  # eids of the provisions of this instrument that set it
    elsewhere: str = ""  # the companion instrument's provision that sets it, as cited


@dataclass(frozen=True, slots=True, kw_only=True)
class Instrument:
    country: ProfileId
    language: str
    instrument_type: str
    kind: InstrumentKind = InstrumentKind.REGULATION
    section_layout: str = "label-with-heading"  # or heading-above, marginal, run-in
    cover: tuple[str, ...] = ()
    number_line: str = ""
    title: str = ""
    subtitle: tuple[str, ...] = ()
    above_title: tuple[str, ...] = ()  # between the number line and the title
    arrangement_heading: str = ""
    preamble: tuple[PreambleItem, ...] = ()
    body: tuple[Provision, ...] = ()
    schedules: tuple[Schedule, ...] = ()
    signature: tuple[str, ...] = ()
    signature_after_schedules: bool = False
    explanatory_note: str = ""
    provenance: tuple[Provenance, ...] = ()
    library_version: str = ""
    answers: Mapping[str, Value] = field(default_factory=dict)
    basis: tuple[PowerUse, ...] = ()
    sanctions: tuple[SanctionEntry, ...] = ()
    displaced: tuple[Displaced, ...] = ()
    timetable: tuple[TimetableEntry, ...] = ()
    companion: str = ""  # the title of the companion instrument, when there is one
    author: str = ""  # the ministry preparing it (Word's document properties)
    answers_shown: Mapping[str, str] = field(default_factory=dict)  # id -> "question: answer"

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
