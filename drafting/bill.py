"""The companion bill: primary legislation for what the regulation has no power to do.

The bill takes the clauses that `powers.place` puts in its own text, the incidental
clauses written for bills (title, commencement, interpretation, closing formulas), and a
provision that empowers the regulation's maker to make regulations, naming in
particular the matters it delegates: the regulation is then made under the bill too."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from drafting.library import ClauseLibrary
from drafting.model import (
    Clause,
    ClauseId,
    InstrumentKind,
    Multilingual,
    Profile,
    QuestionId,
    Value,
    Variant,
)
from drafting.powers import Placement, bill_scope
from drafting.rules import evaluate

REGULATION_POWER_CLAUSE = ClauseId("bill-regulations")
"""The symbolic id of the bill's provision that empowers the regulation maker."""


@dataclass(frozen=True, slots=True, kw_only=True)
class RegulationPowerText:
    """The texts of the bill's power to make regulations, before rendering."""

    heading: Multilingual
    text: Multilingual
    particular: Multilingual | None  # None when the bill delegates no matter in particular
    items: tuple[Multilingual, ...]


def bill_selection(
    library: ClauseLibrary,
    profile: Profile,
    placement: Placement,
    values: Mapping[QuestionId, Value],
) -> list[tuple[Clause, Variant]]:
    """The clauses of the bill, in catalogue order, each with the variant for a bill."""
    scope = bill_scope(library)
    out: list[tuple[Clause, Variant]] = []
    for clause in library.clauses:
        matter = library.matters_by_id[clause.power]
        is_frame = matter.incidental and InstrumentKind.BILL in clause.instruments
        if not (is_frame or clause.id in placement.bill):
            continue
        if not evaluate(clause.include_when, values, profile, library.rules_by_id, scope):
            continue
        variant = next(
            (
                v
                for v in clause.variants
                if evaluate(v.when, values, profile, library.rules_by_id, scope)
            ),
            None,
        )
        if variant is not None:
            out.append((clause, variant))
    return out


def regulation_power_text(
    library: ClauseLibrary, profile: Profile, placement: Placement
) -> RegulationPowerText:
    """The bill's provision empowering the regulation maker, with the delegated matters."""
    power = profile.bill.regulation_power
    delegations = (library.matters_by_id[m].delegation for m in placement.delegated)
    items = tuple(d for d in delegations if d is not None)
    return RegulationPowerText(
        heading=power.heading,
        text=power.text,
        particular=power.particular if items else None,
        items=items,
    )
