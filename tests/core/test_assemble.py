"""Assembly on the miniature library: numbering, references, definitions, parameters."""

from __future__ import annotations

import pytest

from drafting.answers import validate_answers
from drafting.assemble import assemble
from drafting.library import load_library
from drafting.model import CrossRef, FactText, ParamText, plain_text
from drafting.references import references_in
from tests.conftest import edit_json


def build(mini, country="ZM", lang=None, **raw):
    profile = mini.profile(country)
    return assemble(mini, profile, validate_answers(mini, profile, raw, lang), lang)


def outline(instrument):
    """(label, heading) of every section, through the parts."""
    return [(s.label, s.heading) for s in instrument.sections()]


def text(provision):
    return plain_text(provision.content)


def test_zambian_numbering_and_parts(mini):
    instrument = build(mini)

    assert [(p.label, p.heading) for p in instrument.body] == [
        ("PART I", "PRELIMINARY PROVISIONS"),  # the Zambian profile's heading (SI 3 of 2026)
        ("PART II", "Producers"),
        ("PART III", "Enforcement"),
    ]
    assert outline(instrument) == [
        ("1.", "Title"),
        ("2.", "Interpretation"),
        ("3.", "Register"),
        ("4.", "Model"),
        ("5.", "Offences"),
    ]
    register = instrument.sections()[2]
    assert [(c.label, c.eid) for c in register.children] == [
        ("(1)", "sec_3__subsec_1"),
        ("(2)", "sec_3__subsec_2"),
    ]
    assert [(p.label, p.eid) for p in register.children[1].children] == [
        ("(a)", "sec_3__subsec_2__para_a"),
        ("(b)", "sec_3__subsec_2__para_b"),
    ]


def test_cross_references_are_rendered_in_the_country_style(mini):
    instrument = build(mini)
    register, model, offences = instrument.sections()[2:5]

    assert text(register.children[1]) == "An application under subregulation (1) shall state—"
    assert (
        text(model.children[1]) == "The categories are those declared under regulation 3 (2) (b)."
    )
    assert text(offences) == (
        "A person who contravenes regulation 4 is liable to a fine not exceeding "
        "one thousand penalty units."
    )
    refs = [r.eid for s in instrument.sections() for r in references_in(s)]
    assert refs == ["sec_3__subsec_1", "sec_3__subsec_2__para_b", "sec_4"]


def test_switching_a_clause_off_renumbers_and_updates_references(mini):
    instrument = build(mini, has_register=False)

    assert outline(instrument) == [
        ("1.", "Title"),
        ("2.", "Interpretation"),
        ("3.", "Model"),
        ("4.", "Offences"),
    ]
    model, offences = instrument.sections()[2:4]
    # The block that referred to the register is switched off with it: the provision
    # keeps one block, its own unnumbered text.
    assert model.children == ()
    assert text(model) == "Each producer shall act individually and recover 50 per cent with ex."
    assert text(offences).startswith("A person who contravenes regulation 3 is liable")


def test_variant_switch_changes_text_and_schedule_reference(mini):
    instrument = build(mini, model="b")

    model = instrument.sections()[3]
    assert text(model) == "Producers shall act collectively, as set out in the First Schedule."
    (schedule,) = instrument.schedules
    assert (schedule.label, schedule.referred_by, schedule.heading) == (
        "FIRST SCHEDULE",
        "(Regulation 4)",
        "Targets",
    )
    assert schedule.content[0].rows == (("2028", "10 per cent"), ("2030", "20 per cent"))


def test_interpretation_lists_exactly_the_terms_used_alphabetically(mini):
    instrument = build(mini)

    interpretation = instrument.sections()[1]
    assert text(interpretation) == "In these Regulations, unless the context otherwise requires—"
    assert [text(d) for d in interpretation.children] == [
        "“EEE” means equipment that depends on electric current to work properly;",
        "“electric current” includes an electromagnetic field;",
        "“producer” means a person who places EEE on the market.",
    ]
    assert [d.eid for d in interpretation.children] == [
        "sec_2__def_eee",
        "sec_2__def_electric-current",
        "sec_2__def_producer",
    ]


def test_interpretation_is_left_out_when_no_term_is_used(mini_copy):
    root = mini_copy()
    edit_json(root / "rules" / "mini.json", lambda d: d["rules"].pop(1))
    instrument = build(load_library(root), has_register=False, model="b")

    headings = [h for _, h in outline(instrument)]
    assert "Interpretation" not in headings
    assert headings == ["Title", "Model", "Offences"]


def test_paraguayan_form(mini):
    instrument = build(mini, "PY")

    assert [s.label for s in instrument.sections()] == [
        "Art. 1°.-",
        "Art. 2°.-",
        "Art. 3°.-",
        "Art. 4°.-",
    ]
    register, model = instrument.sections()[2:4]
    assert [c.label for c in register.children] == ["", ""]
    assert [p.label for p in register.children[1].children] == ["a)", "b)"]
    assert (
        text(register.children[0])
        == "Todo productor deberá registrarse dentro de veinte (20) días hábiles."
    )
    # "conforme a" + "el inciso" contracts to "conforme al inciso".
    assert text(model.children[1]) == (
        "Las categorías son las declaradas conforme al inciso b) del párrafo 2 del artículo 3°."
    )
    definitions = instrument.sections()[1].children
    assert [(d.label, text(d)) for d in definitions] == [
        ("a)", "AEE: aparatos que necesitan corriente eléctrica para funcionar."),
        ("b)", "Corriente eléctrica: los campos electromagnéticos."),
        ("c)", "Productor: persona que introduce AEE en el mercado."),
    ]


def test_rwandan_french_form(mini):
    instrument = build(mini, "RW", "fr", model="b")

    assert [s.label for s in instrument.sections()] == [
        "Article premier :",
        "Article 2 :",
        "Article 3 :",
        "Article 4 :",
    ]
    assert instrument.body[0].label == "CHAPITRE PREMIER"
    definitions = instrument.sections()[1].children
    assert [d.label for d in definitions] == ["1°", "2°", "3°"]
    model = instrument.sections()[3]
    assert text(model) == "Les producteurs agissent collectivement, conformément à l'annexe I."
    assert instrument.schedules[0].referred_by == "(Article 4)"


def test_rwandan_english_is_also_available(mini):
    instrument = build(mini, "RW", "en")

    assert instrument.sections()[0].label == "Article One:"
    assert instrument.title.startswith("MINISTERIAL ORDER")


def test_unknown_language_for_the_country(mini):
    from drafting.errors import Code, RuleError

    with pytest.raises(RuleError) as exc:
        build(mini, "PY", "fr")

    assert exc.value.code is Code.UNKNOWN_LANGUAGE
    assert "es" in exc.value.hint


def test_parameters_keep_type_and_value(mini):
    instrument = build(mini, rate=62.5, extras=["x", "y"])

    params = [i for i in instrument.sections()[3].children[0].content if isinstance(i, ParamText)]
    assert [(p.name, p.type, p.text, p.value) for p in params] == [
        ("model", "choice", "individually", "a"),
        ("rate", "percent", "62.5 per cent", 62.5),
        ("extras", "list", "ex and why", None),
    ]


def test_preamble_cites_the_powers_the_included_clauses_rely_on(mini):
    with_register = build(mini)
    without = build(mini, has_register=False)

    reco = "on the recommendation of the Agency"
    advice = (
        "on the advice of the Agency after consultation with the relevant appropriate authorities"
    )
    assert plain_text(with_register.preamble[0].content) == (
        "IN EXERCISE of the powers contained in sections 55, 63 and 134 of the Environmental "
        f"Management Act, 2011, {reco} (sections 55 and 134) and {advice} (section 63), "
        "the following Regulations are made:"
    )
    assert plain_text(without.preamble[0].content) == (
        "IN EXERCISE of the powers contained in sections 63 and 134 of the Environmental "
        f"Management Act, 2011, {advice} (section 63) and {reco} (section 134), "
        "the following Regulations are made:"
    )


def test_provenance_names_clause_variant_rule_answers_and_sources(mini):
    instrument = build(mini, has_register=True)

    by_eid = {p.eid: p for p in instrument.provenance}
    register = by_eid["sec_3"]
    assert (register.clause_id, register.variant, register.rule) == (
        "c-register",
        "only",
        "register-on",
    )
    assert register.answers == {"has_register": True}
    assert register.sources == ("Directive 2012/19/EU art. 16",)
    assert by_eid["sec_1"].rule == "always"
    assert by_eid["sec_4"].answers == {"model": "a"}


def test_verify_facts_are_marked_in_the_model(mini):
    instrument = build(mini, "PY")

    flagged = [
        i
        for item in instrument.preamble
        for i in item.content
        if isinstance(i, FactText) and i.verify
    ]
    assert flagged
    assert all(f.source for f in flagged)


def test_every_reference_resolves(mini):
    for country, lang in (("ZM", "en"), ("RW", "en"), ("RW", "fr"), ("PY", "es")):
        instrument = build(mini, country, lang)
        for section in instrument.sections():
            for ref in references_in(section):
                assert isinstance(ref, CrossRef)
                assert ref.eid
                assert ref.text


def test_a_list_keeps_its_punctuation_when_its_last_item_is_switched_off(mini_copy):
    root = mini_copy()

    def switch(data):
        register, model = data["clauses"][2], data["clauses"][3]
        items = register["variants"][0]["body"][1]["items"]
        items[0]["text"] = {"en": "the applicant's name;", "es": "el nombre;", "fr": "le nom ;"}
        address = {"en": "the address; and", "es": "el domicilio; y", "fr": "l'adresse ; et"}
        items.insert(1, {"text": address})
        items[2]["include_when"] = {"answer": "rate", "gt": 60}
        model["variants"][0]["body"].pop(1)

    edit_json(root / "clauses" / "mini.json", switch)
    library = load_library(root)

    shown = build(library, rate=50).sections()[2].children[1].children
    full = build(library, rate=70).sections()[2].children[1].children

    assert [text(p) for p in shown] == ["the applicant's name; and", "the address."]
    assert [text(p) for p in full] == [
        "the applicant's name;",
        "the address; and",
        "the categories of EEE.",
    ]
