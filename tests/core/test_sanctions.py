"""The sanctions map: every duty answered by a sanction the law allows, or reported; a
closed list of offences within the ceilings, leaving to the Act what it already punishes."""

from __future__ import annotations

import io
import json
import re

import docx
import pytest

from drafting.answers import validate_answers
from drafting.assemble import assemble
from drafting.errors import AnswersError
from drafting.model import InstrumentKind, ParamText, Provision, plain_text
from drafting.references import references_in
from drafting.render.docx import render_docx
from drafting.sanctions import duties
from tests.conftest import CLAUSES

CATCH_ALL = re.compile(
    r"any other (duty|obligation|provision)|contravenes (a|any) provision of (these|this)"
    r"|cualquier otra obligación|infracciones a lo dispuesto en|toute autre obligation"
    r"|enfreint une disposition",
    re.IGNORECASE,
)


def example(country):
    return json.loads((CLAUSES / "examples" / f"{country.lower()}.json").read_text("utf-8"))


def build(library, country, kind=InstrumentKind.REGULATION, lang=None, **changes):
    profile = library.profile(country)
    answers = validate_answers(library, profile, {**example(country), **changes}, lang)
    return assemble(library, profile, answers, lang, kind)


def section(instrument, source) -> Provision:
    return next(s for s in instrument.sections() if s.source == source)


def entry(instrument, eid):
    return next(e for e in instrument.sanctions if e.eid == eid)


def test_a_duty_is_answered_by_the_offence_that_names_it(library):
    instrument = build(library, "ZM")

    registration = section(instrument, "producer-registration")
    offences = section(instrument, "offences")
    duty = entry(instrument, registration.children[0].eid)

    assert duty.addressee == "producer"
    assert duty.key == "offences"
    assert duty.sanction == (
        f"offence under regulation {offences.num} (1) (a); penalty under regulation "
        f"{offences.num} (2)"
    )


def test_conduct_the_act_punishes_is_left_to_the_act(library):
    instrument = build(library, "ZM")

    offences = section(instrument, "offences")
    movement = section(instrument, "transboundary-movement")
    created = [r.target for item in offences.children[0].children for r in references_in(item)]
    assert "transboundary-movement" not in created
    duty = next(e for e in instrument.sanctions if e.eid.startswith(movement.eid))
    assert duty.key == "s121"
    assert "section 121 of the Environmental Management Act, 2011" in duty.sanction
    assert "1 000 000 penalty units" in duty.sanction


@pytest.mark.parametrize(
    ("country", "kind"),
    [
        ("ZM", InstrumentKind.REGULATION),
        ("RW", InstrumentKind.REGULATION),
        ("RW", InstrumentKind.BILL),
        ("PY", InstrumentKind.REGULATION),
        ("PY", InstrumentKind.BILL),
    ],
)
def test_no_offence_is_a_catch_all(library, country, kind):
    instrument = build(library, country, kind)

    for provision in instrument.sections():
        if provision.source in ("offences", "sanctions-referral"):
            assert not CATCH_ALL.search(_text(provision)), provision.label


def test_offences_stay_within_the_ceiling_of_the_enabling_act(library):
    profile = library.profile("ZM")
    instrument = build(library, "ZM")

    fines = [
        i.value
        for i in _inlines(section(instrument, "offences"))
        if isinstance(i, ParamText) and i.type == "money"
    ]
    assert fines == [200000, 50000]
    assert max(fines) <= profile.fact("limits.max_fine").value
    for raw in ({"max_fine": 500001}, {"max_imprisonment_years": 6}):
        with pytest.raises(AnswersError):
            validate_answers(library, profile, {**example("ZM"), **raw})


def test_the_lesser_fine_cannot_exceed_the_greater(library):
    profile = library.profile("ZM")

    with pytest.raises(AnswersError) as exc:
        validate_answers(library, profile, {**example("ZM"), "max_fine_minor": 300000})

    assert [p.location.question_id for p in exc.value.problems] == ["max_fine_minor, max_fine"]


def test_every_duty_is_in_the_map_and_the_unsanctioned_are_marked(library):
    instrument = build(library, "PY")
    matters = {p.eid: p.matter for p in instrument.provenance}

    found = duties(instrument, matters, library.terms_by_id)
    notes = docx.Document(io.BytesIO(render_docx(instrument)))
    rows = [[c.text for c in r.cells] for t in notes.tables for r in t.rows]

    assert [d.eid for d in found] == [e.eid for e in instrument.sanctions]
    unsanctioned = [e for e in instrument.sanctions if not e.sanction]
    assert unsanctioned
    marked = [r for r in rows if len(r) == 4 and r[2] == "SIN SANCIÓN"]
    assert [r[0] for r in marked] == [e.label for e in unsanctioned]


def test_households_are_never_liable(library):
    instrument = build(library, "RW")

    household = [e for e in instrument.sanctions if e.addressee.startswith("household")]
    assert household
    assert {e.sanction for e in household} == {"none: households are not made liable"}


def test_the_administration_bears_no_sanctioned_duty(library):
    instrument = build(library, "ZM")

    assert not [e for e in instrument.sanctions if e.addressee in ("Agency", "Minister")]


def test_the_bills_offences_answer_the_duties_of_the_regulation_made_under_it(library):
    regulation = build(library, "RW")
    bill = build(library, "RW", InstrumentKind.BILL)

    epr = section(regulation, "epr-obligation")
    offences = section(bill, "offences")
    answered = [
        e
        for e in regulation.sanctions
        if e.eid.startswith(epr.eid) and e.addressee.startswith("producer")
    ]
    assert answered
    assert all(
        e.sanction.startswith("offence under item ")
        and f"of Article {offences.num} of Law n° ___/2026" in e.sanction
        for e in answered
    )


def test_an_order_that_cannot_create_offences_refers_precisely_to_the_laws(library):
    instrument = build(library, "RW")

    referral = _text(section(instrument, "sanctions-referral"))
    assert "Articles 50, 52 and 54 (administrative fines)" in referral
    assert "National Public Prosecution Authority" in referral
    assert "offences" not in {p.clause_id for p in instrument.provenance}


def test_licence_holders_duties_are_answered_by_suspension_of_their_title(library):
    instrument = build(library, "PY")

    pro = section(instrument, "pro-operations")
    authorisation = section(instrument, "pro-authorisation")
    answered = {e.sanction for e in instrument.sanctions if e.eid.startswith(pro.eid)}
    assert answered == {
        "suspensión o cancelación de la autorización o inscripción conforme al párrafo "
        f"{_withdrawal(authorisation).num} del artículo {authorisation.num}"
    }


def _withdrawal(authorisation: Provision) -> Provision:
    return next(c for c in authorisation.children if c.key == "withdrawal")


def _inlines(provision: Provision):
    yield from (*provision.content, *provision.after)
    for child in provision.children:
        yield from _inlines(child)


def _text(provision: Provision) -> str:
    parts = [plain_text(provision.content), plain_text(provision.after)]
    parts += [_text(c) for c in provision.children]
    return " ".join(p for p in parts if p)


@pytest.mark.parametrize(("country", "lang"), [("PY", "es"), ("RW", "en"), ("RW", "fr")])
def test_the_map_names_whom_a_duty_binds_not_a_fragment_of_its_sentence(library, country, lang):
    regulation = build(library, country, lang=lang)
    anyone = {"es": "toda persona", "en": "any person", "fr": "toute personne"}[lang]

    addressees = {entry.addressee for entry in regulation.sanctions}

    assert anyone in addressees
    assert not [a for a in addressees if a[:1].isupper() or a.lower().startswith("queda")]


def test_rwandan_prohibitions_in_no_person_may_are_duties(library):
    order = build(library, "RW", lang="en")

    prohibitions = [
        e
        for e in order.sanctions
        if e.addressee == "any person" and "No" in _unit_text(order, e.eid)
    ]
    assert prohibitions, "the map lists the prohibitions written 'No person may ...'"


def _unit_text(instrument, eid):
    def walk(provisions):
        for p in provisions:
            if p.eid == eid:
                return plain_text(p.content)
            found = walk(p.children)
            if found:
                return found
        return ""

    return walk(instrument.body)
