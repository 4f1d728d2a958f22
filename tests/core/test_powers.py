"""Legal basis: every provision on a power of its maker; what no power covers goes to the
companion bill or is left out and listed, as answered; the recital cites what is used."""

from __future__ import annotations

import pytest

from drafting.answers import validate_answers
from drafting.assemble import assemble
from drafting.basis import question_notes, recite
from drafting.library import load_library
from drafting.model import InstrumentKind, PowerUse, plain_text
from drafting.powers import BILL_POWER, Outside, Route, place
from tests.conftest import edit_json


def build(library, country, kind=InstrumentKind.REGULATION, **raw):
    profile = library.profile(country)
    answers = validate_answers(library, profile, raw)
    return assemble(library, profile, answers, None, kind)


def without_licensing_power(root, reserved=False):
    """The Rwandan profile of a copy, with no power over the licensing of operators."""

    def change(profile):
        for power in profile["powers"].values():
            if "waste-licensing" in power["matters"]:
                power["matters"].remove("waste-licensing")
        if reserved:
            profile["bill"]["reserved"].append("waste-licensing")

    edit_json(root / "profiles" / "rw.json", change)
    return load_library(root)


def test_every_provision_of_the_examples_rests_on_a_power_of_its_maker(library):
    for country in ("ZM", "RW", "PY"):
        profile = library.profile(country)
        instrument = build(library, country, **_example(country))

        for provenance in instrument.provenance:
            matter = library.matters_by_id[provenance.matter]
            if matter.incidental:
                assert provenance.power == ""
                continue
            if provenance.power_key == BILL_POWER:
                continue
            power = profile.powers[provenance.power_key]
            assert power.holder == profile.instrument.maker, provenance.clause_id
            assert provenance.matter in power.matters, provenance.clause_id


def test_a_provision_without_a_power_is_listed_when_the_answer_is_list(mini_copy):
    mini = without_licensing_power(mini_copy())

    instrument = build(mini, "RW", outside_powers="list", has_register=True)

    assert "c-register" not in {p.clause_id for p in instrument.provenance}
    (entry,) = [d for d in instrument.displaced if d.clause_id == "c-register"]
    assert (entry.placement, entry.matter) == (Outside.PRIMARY.value, "waste-licensing")
    assert entry.answers == {"has_register": True}
    assert not instrument.companion


def test_text_that_refers_to_a_left_out_provision_goes_with_it(mini_copy):
    mini = without_licensing_power(mini_copy())

    instrument = build(mini, "RW", outside_powers="list", has_register=True, model="a")

    model = next(s for s in instrument.sections() if s.source == "c-model")
    assert "categories" not in plain_text(model.content)
    assert not model.children  # the block that cited the register is dropped, not left dangling


def test_a_delegable_matter_stays_in_the_regulation_under_the_bill(mini_copy):
    mini = without_licensing_power(mini_copy())

    regulation = build(mini, "RW", outside_powers="bill", has_register=True)
    bill = build(mini, "RW", InstrumentKind.BILL, outside_powers="bill", has_register=True)

    register = next(p for p in regulation.provenance if p.clause_id == "c-register")
    assert register.power_key == BILL_POWER
    power = next(s for s in bill.sections() if s.source == BILL_POWER)
    assert [plain_text(p.content) for p in power.children[1].children] == [
        "the licensing of persons who collect, store, transport, dismantle, refurbish or "
        "recycle e-waste, storage, tracking and the returns they make."
    ]
    (use,) = [u for u in regulation.basis if u.key == BILL_POWER]
    assert (use.cite, use.provisions) == (power.num, (register_eid(regulation),))
    assert regulation.companion.startswith("Law n° ___/2026")


def test_a_reserved_matter_is_provided_for_by_the_bill_itself(mini_copy):
    mini = without_licensing_power(mini_copy(), reserved=True)

    regulation = build(mini, "RW", outside_powers="bill", has_register=True)
    bill = build(mini, "RW", InstrumentKind.BILL, outside_powers="bill", has_register=True)

    assert "c-register" in {s.source for s in bill.sections()}
    assert "c-register" not in {s.source for s in regulation.sections()}
    (entry,) = [d for d in regulation.displaced if d.clause_id == "c-register"]
    number = next(s.num for s in bill.sections() if s.source == "c-register")
    assert (entry.placement, entry.label) == ("bill", f"Article {number}")


def test_a_power_held_by_someone_else_is_listed_for_its_holder(mini_copy):
    root = mini_copy()

    def change(profile):
        for power in profile["powers"].values():
            if "waste-licensing" in power["matters"]:
                power["matters"].remove("waste-licensing")
        profile["powers"]["agency-licences"] = {
            "law": "ema",
            "cite": "55",
            "holder": "agency",
            "matters": ["waste-licensing"],
            "description": "Licences issued by the Agency.",
            "source": "Test",
        }

    edit_json(root / "profiles" / "zm.json", change)
    mini = load_library(root)

    instrument = build(mini, "ZM", outside_powers="list", has_register=True)

    (entry,) = [d for d in instrument.displaced if d.clause_id == "c-register"]
    assert entry.placement == Outside.HELD_BY.value
    assert "the Agency" in entry.reason
    assert "section 55 of the Environmental Management Act, 2011" in entry.reason


def test_a_matter_of_another_instrument_is_listed_even_on_the_bill_route(library):
    raw = {**_example("PY"), "eco_design": True, "outside_powers": "bill"}

    regulation = build(library, "PY", **raw)
    bill = build(library, "PY", InstrumentKind.BILL, **raw)

    eco = [d for d in regulation.displaced if d.clause_id == "eco-design"]
    assert [d.placement for d in eco] == [Outside.ELSEWHERE.value]
    assert "eco-design" not in {s.source for s in bill.sections()}


def test_a_bill_is_refused_when_nothing_goes_in_one(library):
    from drafting.errors import AssemblyError, Code

    with pytest.raises(AssemblyError) as exc:
        build(library, "ZM", InstrumentKind.BILL, **_example("ZM"))

    assert exc.value.code is Code.NO_BILL
    assert exc.value.location.question_id == "outside_powers"


def test_the_recital_groups_powers_by_law_and_by_the_conditions_of_their_exercise(library):
    profile = library.profile("ZM")
    advice = "on the advice of the Agency after consultation with the appropriate authorities"
    uses = tuple(
        PowerUse(
            key=key,
            law="ema",
            cite=cite,
            text="",
            holder="minister",
            conditions=conditions,
            source="",
            verify=False,
            provisions=(),
        )
        for key, cite, conditions in (
            ("a", "63", advice),
            ("b", "134", "on the recommendation of the Agency"),
            ("c", "43", advice),
        )
    )

    text = recite(uses, profile, "en")

    assert text == (
        "sections 43, 63 and 134 of the Environmental Management Act, 2011, "
        f"{advice} (sections 43 and 63) and on the recommendation of the Agency (section 134)"
    )


def test_questions_say_what_happens_to_answers_outside_the_powers(library):
    profile = library.profile("RW")

    on_bill = question_notes(library, profile, {"outside_powers": "bill"}, "en")
    on_list = question_notes(library, profile, {"outside_powers": "list"}, "fr")

    assert "the companion bill will provide for it" in on_bill["fees_schedule"]
    assert "relevant de la loi" in on_list["fees_schedule"]
    assert "standards legislation" in on_bill["rohs_restriction"]
    assert "year_made" not in on_bill


def test_placement_takes_the_route_from_the_answer(library):
    profile = library.profile("PY")

    listed = place(library, profile, {**_raw_values(library, "PY"), "outside_powers": "list"})
    billed = place(library, profile, {**_raw_values(library, "PY"), "outside_powers": "bill"})

    assert (listed.route, billed.route) == (Route.LIST, Route.BILL)
    assert not listed.has_bill
    assert "producer-registration" in billed.bill
    assert "producer-registration" in {e.clause_id for e in listed.left_out}


def register_eid(instrument):
    return next(s.eid for s in instrument.sections() if s.source == "c-register")


def _example(country):
    import json

    from tests.conftest import CLAUSES

    return json.loads((CLAUSES / "examples" / f"{country.lower()}.json").read_text("utf-8"))


def _raw_values(library, country):
    profile = library.profile(country)
    return validate_answers(library, profile, _example(country)).values


def test_question_notes_name_no_question_id_and_fall_back_to_the_countrys_language(library):
    profile = library.profile("ZM")

    notes = question_notes(library, profile, {}, "es")

    assert notes, "Zambia lists matters outside the Minister's powers"
    text = " ".join(notes.values())
    assert "outside_powers" not in text
    assert "Act" in text, "a language the country is not drafted in falls back to English"
