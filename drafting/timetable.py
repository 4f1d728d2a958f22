"""The implementation timetable: every period of a draft as an event counted from its
commencement, and the order that compliance needs.

Events are placed in months after commencement (negative before it). A calendar year
(a target year) is placed in the window of its possible distances from commencement,
since the month of publication is not known: an instrument made in 2026 with a delay of
six months commences between July 2026 and June 2027. Only the events of provisions the
draft contains (in the regulation or its companion bill) are counted.

The order checked: a producer responsibility organisation can be authorised before
producers must join one; guarantees fall due after registration; the first target year
follows a full calendar year of producers' returns (the baseline); the ban on disposal
follows the licensing of the operators who will treat the waste instead. A conflict
refuses the answers that cause it, naming them, in the drafter's language."""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass

from drafting.errors import Code, Location, Problem
from drafting.library import ClauseLibrary
from drafting.model import ClauseId, Literal, ParameterType, Profile, QuestionId, Value
from drafting.powers import Placement, place

_LABELS = {
    "en": {
        "publication": "publication",
        "commencement": "commencement",
        "pro-authorisation": "first producer responsibility organisation can be authorised",
        "producer-registration": "existing producers must have applied for registration",
        "pro-membership": "producers must have joined a producer responsibility organisation",
        "guarantee": "first financial guarantees fall due",
        "first-return": "first quarterly returns of producers",
        "baseline-year": "first full calendar year of producers' returns (baseline)",
        "first-target": "first collection target year",
        "operators-licensed": "existing operators must hold a licence",
        "disposal-ban": "ban on disposal of e-waste applies",
        "informal-registration": "registration of informal collectors opens",
        "marking": "new equipment must bear the marking",
        "substances": "restriction of hazardous substances applies",
    },
    "es": {
        "publication": "publicación",
        "commencement": "entrada en vigencia",
        "pro-authorisation": "primera autorización posible de un sistema colectivo de gestión",
        "producer-registration": "plazo de los productores existentes para solicitar "
        "la inscripción",
        "pro-membership": "plazo para adherirse a un sistema colectivo de gestión",
        "guarantee": "vencimiento de las primeras garantías financieras",
        "first-return": "primeros informes trimestrales de los productores",
        "baseline-year": "primer año calendario completo de informes (línea de base)",
        "first-target": "primer año de meta de recolección",
        "operators-licensed": "los operadores existentes deben contar con autorización",
        "disposal-ban": "rige la prohibición de disposición de RAEE",
        "informal-registration": "apertura de la inscripción de los recicladores",
        "marking": "los aparatos nuevos deben llevar el marcado",
        "substances": "rige la restricción de sustancias peligrosas",
    },
    "fr": {
        "publication": "publication",
        "commencement": "entrée en vigueur",
        "pro-authorisation": "premier agrément possible d'un organisme de responsabilité",
        "producer-registration": "délai des producteurs existants pour demander l'enregistrement",
        "pro-membership": "délai d'adhésion à un organisme de responsabilité des producteurs",
        "guarantee": "échéance des premières garanties financières",
        "first-return": "premières déclarations trimestrielles des producteurs",
        "baseline-year": "première année civile complète de déclarations (référence)",
        "first-target": "première année d'objectif de collecte",
        "operators-licensed": "les opérateurs existants doivent être agréés",
        "disposal-ban": "l'interdiction d'élimination des DEEE s'applique",
        "informal-registration": "ouverture de l'enregistrement des collecteurs informels",
        "marking": "les équipements neufs doivent porter le marquage",
        "substances": "la limitation des substances dangereuses s'applique",
    },
}

_CONFLICTS = {
    "en": {
        "targets-before-baseline": "The first collection target ({target}) comes before a full "
        "calendar year of producers' returns: producers registered by month {registration} "
        "after commencement report for the whole of {baseline} at the earliest. Set the first "
        "target year to {earliest} or later, or shorten the registration period or the delay "
        "before commencement.",
        "ban-before-licensing": "The ban on disposal ({ban} months after commencement) would "
        "apply before existing operators must hold a licence ({licensed} months): the e-waste "
        "would have nowhere lawful to go. Delay the ban to at least {licensed} months, or "
        "shorten the transitional period.",
        "ban-before-collection": "The ban on disposal ({ban} months after commencement) would "
        "apply before producers must have organised collection ({membership} months). Delay "
        "the ban to at least {membership} months.",
    },
    "es": {
        "targets-before-baseline": "La primera meta de recolección ({target}) es anterior a un "
        "año calendario completo de informes de los productores: inscritos a los {registration} "
        "meses de la entrada en vigencia, informan por todo el año {baseline} como pronto. "
        "Fije el primer año de meta en {earliest} o después, o acorte el plazo de inscripción "
        "o el de entrada en vigencia.",
        "ban-before-licensing": "La prohibición de disposición ({ban} meses después de la "
        "entrada en vigencia) regiría antes de que los operadores existentes deban contar con "
        "autorización ({licensed} meses): los RAEE no tendrían destino lícito. Difiera la "
        "prohibición a {licensed} meses como mínimo, o acorte el período transitorio.",
        "ban-before-collection": "La prohibición de disposición ({ban} meses después de la "
        "entrada en vigencia) regiría antes de que los productores deban haber organizado la "
        "recolección ({membership} meses). Difiérala a {membership} meses como mínimo.",
    },
    "fr": {
        "targets-before-baseline": "Le premier objectif de collecte ({target}) précède une "
        "année civile complète de déclarations des producteurs : enregistrés au plus tard "
        "{registration} mois après l'entrée en vigueur, ils déclarent au mieux pour toute "
        "l'année {baseline}. Fixez la première année d'objectif à {earliest} ou après, ou "
        "raccourcissez le délai d'enregistrement ou le délai d'entrée en vigueur.",
        "ban-before-licensing": "L'interdiction d'élimination ({ban} mois après l'entrée en "
        "vigueur) s'appliquerait avant que les opérateurs existants doivent être agréés "
        "({licensed} mois) : les DEEE n'auraient aucune destination licite. Reportez "
        "l'interdiction à {licensed} mois au moins, ou raccourcissez la période transitoire.",
        "ban-before-collection": "L'interdiction d'élimination ({ban} mois après l'entrée en "
        "vigueur) s'appliquerait avant que les producteurs doivent avoir organisé la collecte "
        "({membership} mois). Reportez-la à {membership} mois au moins.",
    },
}

_JOIN_MONTHS = 3  # epr-obligation: joining within three months of the first authorisation
_MARKING_MONTHS = 12  # marking: the symbol on equipment placed on the market after 12 months

_MONTH = {"en": ("month", "months"), "es": ("mes", "meses"), "fr": ("mois", "mois")}

_WHEN = {
    "en": {
        "on": "on commencement",
        "after": "{n} after commencement",
        "before": "{n} before commencement",
        "between_after": "between {a} and {b} after commencement",
        "between_before": "between {a} and {b} before commencement",
        "between_across": "between {a} before and {b} after commencement",
        "year": "calendar year {year}, which begins {span}",
    },
    "es": {
        "on": "a la entrada en vigencia",
        "after": "{n} después de la entrada en vigencia",
        "before": "{n} antes de la entrada en vigencia",
        "between_after": "entre {a} y {b} después de la entrada en vigencia",
        "between_before": "entre {a} y {b} antes de la entrada en vigencia",
        "between_across": "entre {a} antes y {b} después de la entrada en vigencia",
        "year": "año calendario {year}, que comienza {span}",
    },
    "fr": {
        "on": "à l'entrée en vigueur",
        "after": "{n} après l'entrée en vigueur",
        "before": "{n} avant l'entrée en vigueur",
        "between_after": "entre {a} et {b} après l'entrée en vigueur",
        "between_before": "entre {a} et {b} avant l'entrée en vigueur",
        "between_across": "entre {a} avant et {b} après l'entrée en vigueur",
        "year": "année civile {year}, qui commence {span}",
    },
}


@dataclass(frozen=True, slots=True, kw_only=True)
class Event:
    """A date of the timetable. `months` is counted from commencement; a calendar year
    (`year`) lies between `months` and `months_latest`, as publication falls early or late
    in the year the instrument is made."""

    id: str
    label: str
    months: float
    months_latest: float | None = None
    year: int | None = None
    questions: tuple[str, ...] = ()
    clauses: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True, kw_only=True)
class Conflict:
    """Two events in the wrong order, and the answers that put them there."""

    rule: str
    first: str
    then: str
    questions: tuple[str, ...]
    message: str


@dataclass(frozen=True, slots=True, kw_only=True)
class Timetable:
    events: tuple[Event, ...]
    conflicts: tuple[Conflict, ...]

    def event(self, event_id: str) -> Event | None:
        return next((e for e in self.events if e.id == event_id), None)


def timetable(
    library: ClauseLibrary,
    profile: Profile,
    values: Mapping[QuestionId, Value],
    language: str,
    placement: Placement | None = None,
) -> Timetable:
    """The events of the draft these answers give, in order, and the conflicts between them."""
    placement = placement or place(library, profile, values)
    builder = _Builder(library, values, placement, _LABELS[language])
    builder.build()
    events = tuple(sorted(builder.events.values(), key=lambda e: e.months))  # stable: as built
    return Timetable(events=events, conflicts=tuple(_conflicts(builder, language)))


def conflicts_as_problems(table: Timetable) -> tuple[Problem, ...]:
    """The conflicts as answer problems (R313), located at the answers that cause them."""
    return tuple(
        Problem(
            code=Code.TIMETABLE_CONFLICT,
            message=f"{c.message} (timetable {c.rule})",
            location=Location(question_id=", ".join(c.questions)),
        )
        for c in table.conflicts
    )


def describe(event: Event, language: str) -> str:
    """When an event falls, in words, relative to commencement."""
    words = _WHEN[language]
    months = _MONTH[language]

    def span(n: float) -> str:
        return f"{_fmt(n)} {months[0] if n == 1 else months[1]}"

    if event.year is not None and event.months_latest is not None:
        first, last = event.months, event.months_latest
        if first >= 0:
            between = words["between_after"].format(a=_fmt(first), b=span(last))
        elif last <= 0:
            between = words["between_before"].format(a=_fmt(-last), b=span(-first))
        else:
            between = words["between_across"].format(a=span(-first), b=span(last))
        return words["year"].format(year=event.year, span=between)
    if event.months == 0:
        return words["on"]
    key = "after" if event.months > 0 else "before"
    return words[key].format(n=span(abs(event.months)))


class _Builder:
    def __init__(
        self,
        library: ClauseLibrary,
        values: Mapping[QuestionId, Value],
        placement: Placement,
        labels: Mapping[str, str],
    ) -> None:
        self.library = library
        self.values = values
        self.placement = placement
        self.labels = labels
        self.events: dict[str, Event] = {}

    def number(self, question: str, default: float = 0) -> float:
        value = self.values.get(QuestionId(question))
        return (
            float(value)
            if isinstance(value, int | float) and not isinstance(value, bool)
            else default
        )

    def literal(self, clause: str, name: str, default: float) -> float:
        """A fixed period of a clause (its parameter `name`), in months; `default` (in months)
        when the clause sets none."""
        found = self.library.clauses_by_id.get(ClauseId(clause))
        for parameter in found.parameters if found else ():
            if parameter.name == name and isinstance(parameter.source, Literal):
                value = parameter.source.value
                if isinstance(value, int | float) and not isinstance(value, bool):
                    return value / 30 if parameter.type is ParameterType.DAYS else float(value)
        return default

    def has(self, clause: str) -> bool:
        return self.placement.instrument_of(clause) is not None

    def add(
        self, event_id: str, months: float, questions: tuple[str, ...] = (), **more: object
    ) -> None:
        self.events[event_id] = Event(
            id=event_id,
            label=self.labels[event_id],
            months=months,
            questions=questions,
            **more,  # type: ignore[arg-type]
        )

    @property
    def delay(self) -> float:
        fixed = self.values.get(QuestionId("commencement")) == "fixed-delay"
        return self.number("commencement_delay_months") if fixed else 0.0

    def build(self) -> None:
        delay = self.delay
        self.add("publication", -delay, ("commencement", "commencement_delay_months"))
        self.add("commencement", 0)
        registration = self.number("registration_deadline_months")
        if self.has("producer-registration"):
            self.add(
                "producer-registration",
                registration,
                ("registration_deadline_months",),
                clauses=("producer-registration",),
            )
            # Returns are due after the end of each calendar quarter: the first full
            # quarter after registration ends within three months of it.
            self.add(
                "first-return",
                registration + 3 + math.ceil(self.literal("producer-reporting", "return_days", 1)),
                ("registration_deadline_months",),
                clauses=("producer-reporting",),
            )
        if self.has("pro-authorisation"):
            # Applications may be made from publication; a decision takes effect on
            # commencement at the earliest.
            decision = math.ceil(self.literal("pro-authorisation", "pro_decision_days", 3))
            first_pro = max(0.0, decision - delay)
            self.add(
                "pro-authorisation",
                first_pro,
                ("commencement_delay_months",),
                clauses=("pro-authorisation",),
            )
            self.add(
                "pro-membership",
                max(registration, first_pro + _JOIN_MONTHS),
                ("registration_deadline_months",),
                clauses=("epr-obligation",),
            )
        if self.has("financial-guarantee"):
            # Due within thirty days after registration, then every year.
            self.add(
                "guarantee",
                registration + 1,
                ("registration_deadline_months",),
                clauses=("financial-guarantee",),
            )
        self._years(registration)
        self._bans()

    def _years(self, registration: float) -> None:
        made = self.number("year_made", 2026)
        if self.has("producer-registration"):
            # Producers registered by the end of the window report for every following year.
            latest = self.delay + 12 + registration
            baseline = int(made + math.ceil(latest / 12))
            self._year("baseline-year", baseline, ("registration_deadline_months",))
        targets = self.values.get(QuestionId("collection_targets"))
        if self.has("collection-targets") and isinstance(targets, tuple) and targets:
            years = [int(r["year"]) for r in targets if isinstance(r, Mapping) and "year" in r]
            if years:
                self._year(
                    "first-target",
                    min(years),
                    ("collection_targets",),
                    clauses=("collection-targets",),
                )

    def _year(self, event_id: str, year: int, questions: tuple[str, ...], **more: object) -> None:
        made = self.number("year_made", 2026)
        start = (year - made) * 12 - self.delay
        self.add(event_id, start - 12, questions, months_latest=start, year=year, **more)

    def _bans(self) -> None:
        if self.has("transitional"):
            months = self.number("transition_months")
            self.add(
                "operators-licensed", months, ("transition_months",), clauses=("transitional",)
            )
        if self.has("disposal-ban") and self.values.get(QuestionId("landfill_ban")) is True:
            self.add(
                "disposal-ban",
                self.number("landfill_ban_delay_months"),
                ("landfill_ban_delay_months",),
                clauses=("disposal-ban",),
            )
        if self.has("informal-sector-registration"):
            self.add("informal-registration", 0, (), clauses=("informal-sector-registration",))
        if self.has("marking"):
            self.add("marking", _MARKING_MONTHS, (), clauses=("marking",))
        if self.has("hazardous-substances"):
            self.add(
                "substances",
                self.number("rohs_transition_months"),
                ("rohs_transition_months",),
                clauses=("hazardous-substances",),
            )


# rule -> (the event that must come first, the event that follows, the answers that set them)
_ORDER = {
    "targets-before-baseline": (
        "baseline-year",
        "first-target",
        ("collection_targets", "registration_deadline_months"),
    ),
    "ban-before-licensing": (
        "operators-licensed",
        "disposal-ban",
        ("landfill_ban_delay_months", "transition_months"),
    ),
    "ban-before-collection": (
        "pro-membership",
        "disposal-ban",
        ("landfill_ban_delay_months", "registration_deadline_months"),
    ),
}


def _conflicts(builder: _Builder, language: str) -> list[Conflict]:
    events = builder.events
    found: list[Conflict] = []

    def conflict(rule: str, **values: object) -> None:
        first, then, questions = _ORDER[rule]
        message = _CONFLICTS[language][rule].format(**values)
        found.append(
            Conflict(rule=rule, first=first, then=then, questions=questions, message=message)
        )

    baseline, target = events.get("baseline-year"), events.get("first-target")
    registration = events.get("producer-registration")
    if (
        baseline and target and registration and target.year and baseline.year
    ) and target.year <= baseline.year:
        conflict(
            "targets-before-baseline",
            target=target.year,
            registration=_fmt(registration.months),
            baseline=baseline.year,
            earliest=baseline.year + 1,
        )
    ban = events.get("disposal-ban")
    licensed = events.get("operators-licensed")
    if ban and licensed and ban.months < licensed.months:
        conflict("ban-before-licensing", ban=_fmt(ban.months), licensed=_fmt(licensed.months))
    membership = events.get("pro-membership")
    if ban and membership and ban.months < membership.months:
        conflict("ban-before-collection", ban=_fmt(ban.months), membership=_fmt(membership.months))
    return found


def _fmt(months: float) -> str:
    return str(int(months)) if float(months).is_integer() else f"{months:.1f}"
