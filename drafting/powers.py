"""Legal basis: the power each clause rests on, what the companion bill takes, what is left out.

A regulation may only do what a power of its enabling law, held by its maker, allows.
Every clause names the matter it rests on (clauses/matters.json); the profile says which
powers cover which matters, who holds them and on what conditions. A clause whose matter
no power of the maker covers is, as the drafter answers `outside_powers`:

- `bill`: provided for by the companion bill, in its own text when the matter cannot be
  delegated (taxation, offences, import bans, and the profile's `bill.reserved`), or in the
  regulation made under the bill's power to make regulations when it can;
- `list`: left out, and listed in the drafting notes as needing primary legislation (or
  as a power held by someone else, such as an agency).

A matter that belongs to another instrument (`elsewhere`: product standards, labour law,
procurement) is always left out and listed. Text that refers to a left-out provision
goes with it."""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from enum import StrEnum

from drafting.inline import tokenize
from drafting.library import ClauseLibrary
from drafting.model import (
    Block,
    Clause,
    ClauseId,
    InstrumentKind,
    Matter,
    Origin,
    Power,
    Profile,
    QuestionId,
    Scope,
    Value,
    Variant,
)
from drafting.rules import answers_read, evaluate

OUTSIDE_QUESTION = QuestionId("outside_powers")
BILL_POWER = "bill-regulations"  # the key of the bill's power to make regulations


class Route(StrEnum):
    """What happens to matters outside the regulation's powers."""

    BILL = "bill"
    LIST = "list"


class Outside(StrEnum):
    """Why a clause is not in the regulation."""

    BILL = "bill"  # in the companion bill's own text
    PRIMARY = "needs-primary-legislation"
    HELD_BY = "held-by"  # a power exists, but another holder has it
    ELSEWHERE = "elsewhere"  # belongs to another instrument
    DEPENDS = "depends"  # refers to a provision that is left out


@dataclass(frozen=True, slots=True, kw_only=True)
class Basis:
    """The power a clause of the regulation rests on; None for an incidental clause."""

    matter: str
    power: Power | None = None
    delegated: bool = False  # rests on the companion bill's power to make regulations


@dataclass(frozen=True, slots=True, kw_only=True)
class LeftOut:
    clause_id: ClauseId
    matter: str
    outside: Outside
    power: Power | None = None  # HELD_BY: the power someone else holds
    depends_on: ClauseId | None = None  # DEPENDS: the left-out provision it refers to
    answers: Mapping[str, Value] = field(default_factory=dict)


@dataclass(frozen=True, slots=True, kw_only=True)
class Placement:
    """Where every clause the answers select goes."""

    route: Route
    regulation: Mapping[ClauseId, Basis]  # in catalogue order
    bill: tuple[ClauseId, ...]  # provided for by the bill's own text
    delegated: tuple[str, ...]  # matters the bill empowers the regulation maker to provide for
    left_out: tuple[LeftOut, ...]
    dropped: frozenset[Origin]  # blocks that refer to a left-out clause
    schedules: Mapping[ClauseId, InstrumentKind] = field(default_factory=dict)
    asked: Mapping[ClauseId, Mapping[str, Value]] = field(default_factory=dict)  # bill clauses

    @property
    def has_bill(self) -> bool:
        return bool(self.bill or self.delegated)

    def instrument_of(self, clause_id: str) -> InstrumentKind | None:
        """The instrument a clause or schedule is in; None when it is left out."""
        if clause_id in self.regulation:
            return InstrumentKind.REGULATION
        if clause_id in self.bill:
            return InstrumentKind.BILL
        return self.schedules.get(ClauseId(clause_id))


def route_of(values: Mapping[QuestionId, Value]) -> Route:
    """The answer to `outside_powers`; a library without that question lists."""
    return Route.BILL if values.get(OUTSIDE_QUESTION) == Route.BILL else Route.LIST


def maker_powers(profile: Profile) -> dict[str, Power]:
    """For each matter, the first power of the profile (in its order) that the regulation's
    maker holds and that covers it."""
    out: dict[str, Power] = {}
    for power in profile.powers.values():
        if power.holder == profile.instrument.maker:
            for matter in power.matters:
                out.setdefault(matter, power)
    return out


def is_delegable(matter: Matter, profile: Profile) -> bool:
    """Whether a bill may leave this matter to the regulation made under it."""
    return (
        matter.delegation is not None
        and matter.elsewhere is None
        and matter.id not in profile.bill.reserved
    )


def regulation_scope(library: ClauseLibrary, profile: Profile, route: Route) -> Scope:
    """The matters the regulation has a power for: its maker's, and on the bill route the
    matters a bill may delegate to it."""
    matters = set(maker_powers(profile))
    matters |= {m.id for m in library.matters_by_id.values() if m.incidental}
    if route is Route.BILL:
        matters |= {m.id for m in library.matters_by_id.values() if is_delegable(m, profile)}
    return Scope(kind=InstrumentKind.REGULATION, matters=frozenset(matters))


def bill_scope(library: ClauseLibrary) -> Scope:
    """A bill is primary legislation: it may provide for every matter."""
    return Scope(kind=InstrumentKind.BILL, matters=frozenset(library.matters_by_id))


def matter_of(clause: Clause, variant: Variant) -> str:
    return variant.power or clause.power


_PLACED: dict[tuple[str, str, str], Placement] = {}
_PLACED_MAX = 32


def place(
    library: ClauseLibrary, profile: Profile, values: Mapping[QuestionId, Value]
) -> Placement:
    """Decide, for every clause the answers select, the instrument it goes in and the power
    it rests on. Text that refers to a left-out clause is dropped with it.

    A draft is placed when its answers are checked (for the timetable) and again when it is
    assembled: the placement of the same library, profile and answers is kept, not redone."""
    key = (library.version, profile.id, json.dumps(values, sort_keys=True, default=list))
    placement = _PLACED.get(key)
    if placement is None:
        placement = _place(library, profile, values)
        if len(_PLACED) >= _PLACED_MAX:
            _PLACED.pop(next(iter(_PLACED)))
        _PLACED[key] = placement
    return placement


def _place(
    library: ClauseLibrary, profile: Profile, values: Mapping[QuestionId, Value]
) -> Placement:
    route = route_of(values)
    covered = maker_powers(profile)
    scope = regulation_scope(library, profile, route)
    regulation: dict[ClauseId, Basis] = {}
    bill: list[ClauseId] = []
    delegated: dict[str, None] = {}
    left_out: list[LeftOut] = []
    asked: dict[ClauseId, Mapping[str, Value]] = {}
    chosen: dict[ClauseId, tuple[Variant, Scope]] = {}
    for clause in library.clauses:
        if not evaluate(clause.include_when, values, profile, library.rules_by_id, scope):
            continue
        variant = _variant(clause, values, profile, library, scope)
        matter = library.matters_by_id[matter_of(clause, variant)]
        if matter.incidental:
            if InstrumentKind.REGULATION in clause.instruments:
                regulation[clause.id] = Basis(matter=matter.id)
                chosen[clause.id] = (variant, scope)
            continue
        if matter.id in covered:
            regulation[clause.id] = Basis(matter=matter.id, power=covered[matter.id])
            chosen[clause.id] = (variant, scope)
        elif matter.elsewhere is not None:
            left_out.append(_left(library, clause, variant, matter.id, Outside.ELSEWHERE, values))
        elif route is Route.BILL and is_delegable(matter, profile):
            regulation[clause.id] = Basis(matter=matter.id, delegated=True)
            delegated[matter.id] = None
            chosen[clause.id] = (variant, scope)
        elif route is Route.BILL:
            bill_variant = _variant(clause, values, profile, library, bill_scope(library))
            bill.append(clause.id)
            chosen[clause.id] = (bill_variant, bill_scope(library))
            asked[clause.id] = _answers_of(library, clause, bill_variant, values)
        else:
            held = held_elsewhere(profile, matter.id)
            outside = Outside.HELD_BY if held else Outside.PRIMARY
            left_out.append(_left(library, clause, variant, matter.id, outside, values, power=held))
    schedules, schedules_out = _place_schedules(library, profile, values, scope, covered, route)
    dropped = _cascade(library, profile, values, chosen, regulation, bill, left_out, schedules_out)
    used = {b.matter for b in regulation.values() if b.delegated}
    return Placement(
        route=route,
        regulation=regulation,
        bill=tuple(bill),
        delegated=tuple(m for m in delegated if m in used),
        left_out=tuple(left_out),
        dropped=frozenset(dropped),
        asked={cid: a for cid, a in asked.items() if cid in bill},
        schedules=schedules,
    )


def _place_schedules(
    library: ClauseLibrary,
    profile: Profile,
    values: Mapping[QuestionId, Value],
    scope: Scope,
    covered: Mapping[str, Power],
    route: Route,
) -> tuple[dict[ClauseId, InstrumentKind], set[ClauseId]]:
    """Schedules go where their matter's power allows, like clauses; those left out take
    with them the text that refers to them."""
    placed: dict[ClauseId, InstrumentKind] = {}
    out: set[ClauseId] = set()
    for schedule in library.schedules:
        if not evaluate(schedule.include_when, values, profile, library.rules_by_id, scope):
            continue
        matter = library.matters_by_id[schedule.power]
        if matter.incidental or matter.id in covered:
            placed[schedule.id] = InstrumentKind.REGULATION
        elif matter.elsewhere is None and route is Route.BILL:
            delegable = is_delegable(matter, profile)
            placed[schedule.id] = InstrumentKind.REGULATION if delegable else InstrumentKind.BILL
        else:
            out.add(schedule.id)
    return placed, out


def _variant(
    clause: Clause,
    values: Mapping[QuestionId, Value],
    profile: Profile,
    library: ClauseLibrary,
    scope: Scope,
) -> Variant:
    for variant in clause.variants:
        if evaluate(variant.when, values, profile, library.rules_by_id, scope):
            return variant
    return clause.variants[-1]  # assembly reports R311 when none applies


def held_elsewhere(profile: Profile, matter: str) -> Power | None:
    return next((p for p in profile.powers.values() if matter in p.matters), None)


def _left(
    library: ClauseLibrary,
    clause: Clause,
    variant: Variant,
    matter: str,
    outside: Outside,
    values: Mapping[QuestionId, Value],
    *,
    power: Power | None = None,
    depends_on: ClauseId | None = None,
) -> LeftOut:
    return LeftOut(
        clause_id=clause.id,
        matter=matter,
        outside=outside,
        power=power,
        depends_on=depends_on,
        answers=_answers_of(library, clause, variant, values),
    )


def _answers_of(
    library: ClauseLibrary, clause: Clause, variant: Variant, values: Mapping[QuestionId, Value]
) -> dict[str, Value]:
    """The answers that asked for a clause: those its conditions read."""
    read = dict.fromkeys(
        [
            *answers_read(clause.include_when, library.rules_by_id),
            *answers_read(variant.when, library.rules_by_id),
        ]
    )
    return {q: values[q] for q in read if q in values}


# --- text that refers to left-out provisions ---------------------------------------------


def _cascade(
    library: ClauseLibrary,
    profile: Profile,
    values: Mapping[QuestionId, Value],
    chosen: dict[ClauseId, tuple[Variant, Scope]],
    regulation: dict[ClauseId, Basis],
    bill: list[ClauseId],
    left_out: list[LeftOut],
    schedules_out: set[ClauseId],
) -> set[Origin]:
    """Drop every block that refers to a left-out clause or schedule; a clause left with no
    block goes too, and so on until nothing more refers to anything left out."""
    dropped: set[Origin] = set()
    gone = {entry.clause_id for entry in left_out} | schedules_out
    changed = bool(gone)
    while changed:
        changed = False
        for clause_id, (variant, scope) in list(chosen.items()):
            clause = library.clauses_by_id[clause_id]

            def holds(block: Block, scope: Scope = scope) -> bool:
                return evaluate(block.include_when, values, profile, library.rules_by_id, scope)

            kept = _keep(variant.body, holds, gone, dropped, clause_id)
            if kept:
                continue
            target = next(
                (t for b in variant.body for t in _targets(b, clause_id) if t in gone), None
            )
            del chosen[clause_id]
            regulation.pop(clause_id, None)
            if clause_id in bill:
                bill.remove(clause_id)
            gone.add(clause_id)
            left_out.append(
                _left(
                    library,
                    clause,
                    variant,
                    matter_of(clause, variant),
                    Outside.DEPENDS,
                    values,
                    depends_on=target,
                )
            )
            changed = True
    return dropped


def _keep(
    blocks: tuple[Block, ...],
    holds: object,
    gone: set[ClauseId],
    dropped: set[Origin],
    owner: ClauseId,
) -> bool:
    """Mark the blocks that refer to a left-out clause; whether any block remains."""
    remaining = False
    for block in blocks:
        if block.origin in dropped or not holds(block):  # type: ignore[operator]
            continue
        if any(t in gone for t in _own_targets(block, owner)):
            dropped.add(block.origin)
            continue
        if block.items and not _keep(block.items, holds, gone, dropped, owner):
            dropped.add(block.origin)
            continue
        remaining = True
    return remaining


def _own_targets(block: Block, owner: ClauseId) -> Iterator[ClauseId]:
    """The clauses a block's own text refers to (not its items)."""
    for text in (block.text, block.after):
        for value in text.values():
            for token in tokenize(value):
                if token.kind == "ref" and not token.key.startswith(("/", ".")):
                    target = ClauseId(token.key.split("/")[0])
                    if target != owner:
                        yield target


def _targets(block: Block, owner: ClauseId) -> Iterator[ClauseId]:
    yield from _own_targets(block, owner)
    for item in block.items:
        yield from _targets(item, owner)
