"""Obligations: duties with no sanction (OBL001) and duties addressed to a party the
instrument does not define (OBL002), in English (Zambia), French (Rwanda) and Spanish
(Paraguay)."""

from __future__ import annotations

import pytest

from drafting.checker.context import Context
from drafting.checker.document import build
from drafting.checker.obligations import CHECKS, duties
from drafting.checker.report import Finding
from drafting.library import ClauseLibrary
from drafting.model import Instrument, Profile
from tests.checker.edits import drop, set_text


def _run(instrument: Instrument, profile: Profile | None = None) -> list[Finding]:
    ctx = Context(build(instrument), profile=profile)
    return [f for check in CHECKS for f in check(ctx)]


def _at(findings: list[Finding], rule: str) -> list[str]:
    return [f.provision for f in findings if f.rule == rule]


# --- our drafts ------------------------------------------------------------------------------


@pytest.mark.slow
def test_our_drafts_have_every_duty_sanctioned(
    library: ClauseLibrary, zm: Instrument, rw_en: Instrument, rw_fr: Instrument, py: Instrument
) -> None:
    for draft, country in ((zm, "ZM"), (rw_en, "RW"), (rw_fr, "RW"), (py, "PY")):
        found = _run(draft, library.profile(country))

        assert _at(found, "OBL001") == [], country


@pytest.mark.slow
def test_our_drafts_define_every_party_they_bind(
    library: ClauseLibrary, zm: Instrument, rw_en: Instrument, rw_fr: Instrument, py: Instrument
) -> None:
    """The tracking-document provision binds the consignor, the carrier and the consignee,
    which the interpretation provision defines with it."""
    for draft in (zm, rw_en, rw_fr, py):
        found = _run(draft, library.profile(draft.country))

        assert _at(found, "OBL002") == [], (draft.country, draft.language)


@pytest.mark.parametrize(
    ("draft", "found"),
    [
        pytest.param(
            "zm",
            [("17(3)", "consignor"), ("17(3)", "carrier"), ("17(3)", "consignee")],
            id="en",
        ),
        # 22(3) and 20(3) impose their duties in the present and the future ("remplit",
        # "completará"), not read as duty words; "ne peut", "no podrá" bind the consignor
        pytest.param("rw_fr", [("22(4)", "expéditeur")], id="fr"),
        pytest.param("py", [("20(4)", "remitente")], id="es"),
    ],
)
def test_our_tracking_parties_are_named_once_their_definitions_go(
    request: pytest.FixtureRequest, draft: str, found: list[tuple[str, str]]
) -> None:
    """Without their definitions, the parties of the tracking-document provision are
    reported once each, where first bound."""
    instrument: Instrument = request.getfixturevalue(draft)
    edited = instrument
    for term in ("consignor", "carrier", "consignee"):
        eid = f"{'sec' if draft == 'zm' else 'art'}_2__def_{term}"
        assert eid in build(instrument).by_eid
        edited = drop(edited, eid)

    reported = [f for f in _run(edited) if f.rule == "OBL002"]

    assert [(f.provision, f.message.split('"')[1]) for f in reported] == found


# --- OBL001: duties with no sanction ---------------------------------------------------------


def test_without_the_enabling_law_a_duty_no_offence_names_is_reported(zm: Instrument) -> None:
    """21(1) is named by the offences of regulation 36, 21(3) is not; the Act's general
    penalty answers both only when the country is known."""
    found = _at(_run(zm), "OBL001")

    assert "21(3)" in found
    assert "21(1)" not in found
    assert "8(1)" not in found


def test_the_enabling_laws_general_penalty_answers_every_duty(
    library: ClauseLibrary, zm: Instrument
) -> None:
    assert _at(_run(zm, library.profile("ZM")), "OBL001") == []


def test_a_general_offence_answers_every_duty(zm: Instrument) -> None:
    edited = set_text(
        zm,
        "sec_36__subsec_7",
        "A person who contravenes any provision of these Regulations commits an offence.",
    )

    assert _at(_run(edited), "OBL001") == []


def test_an_instrument_with_no_sanction_at_all_is_reported_once(zm: Instrument) -> None:
    found = [f for f in _run(drop(zm, "sec_36")) if f.rule == "OBL001"]

    assert [f.provision for f in found] == ["6(3)"]
    assert "has no offences or sanctions provision" in found[0].message


def _without_general(instrument: Instrument, section: str) -> Instrument:
    """The instrument without the sanctions that answer every duty: the general one and
    the one applying the enabling law's sanctions to conduct under the instrument."""
    return drop(drop(instrument, f"{section}__subsec_1"), f"{section}__subsec_2")


def test_french_duties_without_the_general_sanction(rw_fr: Instrument) -> None:
    found = _at(_run(_without_general(rw_fr, "art_39")), "OBL001")

    assert "11(1)" in found  # "Tout producteur doit veiller à ce que ..."
    assert "24(1)" not in found  # named by Article 39 (suspension of a licence)
    assert "5(1)" not in found  # "L'Office doit ...": the administration


def test_the_enabling_laws_sanctions_applied_to_conduct_under_the_order(rw_fr: Instrument) -> None:
    """Article 39(1): "Les sanctions prévues par les articles 50 ... de la Loi ...
    s'appliquent aux faits ..., y compris lorsqu'ils sont commis dans l'exercice d'une
    activité régie par le présent arrêté"."""
    assert _at(_run(drop(rw_fr, "art_39__subsec_2")), "OBL001") == []
    assert _at(_run(rw_fr), "OBL001") == []


def test_a_french_general_offence(rw_fr: Instrument) -> None:
    edited = set_text(
        rw_fr,
        "art_39__subsec_2",
        "Toute infraction au présent arrêté est punie conformément à l'article 11 de la Loi.",
    )

    assert _at(_run(edited), "OBL001") == []


def test_a_french_duty_in_the_present_indicative(rw_fr: Instrument) -> None:
    text = "Le producteur tient un registre des EEE qu'il met sur le marché."
    edited = set_text(_without_general(rw_fr, "art_39"), "art_13__subsec_5", text)

    ctx = Context(build(edited))
    found = [(d.unit.cite, d.word, d.kind) for d in duties(ctx) if d.unit.cite == "13(5)"]

    assert found == [("13(5)", "tient", "actor")]
    assert "13(5)" in _at(_run(edited), "OBL001")


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("L'Office tient un registre des producteurs.", id="administration"),
        pytest.param("Le présent arrêté s'applique aux producteurs.", id="no-duty"),
        pytest.param("La demande doit contenir le nom du demandeur.", id="document"),
    ],
)
def test_french_sentences_that_bind_no_one(rw_fr: Instrument, text: str) -> None:
    edited = set_text(_without_general(rw_fr, "art_39"), "art_13__subsec_5", text)

    assert "13(5)" not in _at(_run(edited), "OBL001")


def test_spanish_duties_without_the_general_sanction(py: Instrument) -> None:
    found = _at(_run(_without_general(py, "art_37")), "OBL001")

    assert "10(1)" in found  # "Todo productor deberá ..."
    assert "5°(1)" not in found  # "La Autoridad de Aplicación ... deberá": the administration
    assert _at(_run(py), "OBL001") == []


def test_a_spanish_general_sanction(py: Instrument) -> None:
    edited = set_text(
        py,
        "art_37__subsec_2",
        "Las infracciones a este Decreto serán sancionadas conforme a la Ley N° 3956/2009.",
    )

    assert _at(_run(edited), "OBL001") == []


def test_a_document_requirement_is_no_duty(zm: Instrument) -> None:
    found = _at(_run(zm), "OBL001")

    assert "19(3)" not in found  # "An application for a licence shall ... state or include"
    assert "5(1)" not in found  # "The Agency ... shall"


# --- OBL002: duties on parties the instrument does not define ---------------------------------


@pytest.mark.parametrize(
    ("draft", "eid", "text", "party"),
    [
        pytest.param(
            "zm",
            "sec_21__subsec_3",
            "Every landfill operator shall keep a record of the e-waste refused at the landfill.",
            "landfill operator",
            id="en",
        ),
        pytest.param(
            "rw_fr",
            "art_13__subsec_5",
            "Tout recycleur doit tenir un registre des DEEE qu'il reçoit.",
            "recycleur",
            id="fr",
        ),
        pytest.param(
            "py",
            "art_10__subsec_6",
            "Los desmanteladores deberán llevar un registro de los RAEE que reciban.",
            "desmanteladores",
            id="es",
        ),
    ],
)
def test_a_duty_on_an_undefined_party(
    request: pytest.FixtureRequest, draft: str, eid: str, text: str, party: str
) -> None:
    instrument: Instrument = request.getfixturevalue(draft)
    edited = set_text(instrument, eid, text)
    cite = build(edited).by_eid[eid].cite

    found = [f for f in _run(edited) if f.rule == "OBL002" and f.provision == cite]

    assert [f.message.split('"')[1] for f in found] == [party]
    assert found[0].severity == "warning"
    assert found[0].category == "undefined-addressee"


@pytest.mark.parametrize(
    ("draft", "eid", "text"),
    [
        pytest.param("zm", "sec_21__subsec_3", "Every registered producer shall keep a record.",
                     id="en-defined-with-adjective"),
        pytest.param("zm", "sec_21__subsec_3", "No person shall burn e-waste.", id="en-no-person"),
        pytest.param("zm", "sec_21__subsec_3", "Producers shall keep records.", id="en-plural"),
        pytest.param("rw_fr", "art_13__subsec_5", "Les producteurs doivent tenir un registre.",
                     id="fr-plural"),
        pytest.param("rw_fr", "art_13__subsec_5", "Toute personne doit remettre ses DEEE.",
                     id="fr-toute-personne"),
        pytest.param("py", "art_10__subsec_6", "Los productores deberán llevar un registro.",
                     id="es-plural"),
        pytest.param("py", "art_10__subsec_6", "Toda persona deberá entregar sus RAEE.",
                     id="es-toda-persona"),
    ],
)  # fmt: skip
def test_a_duty_on_a_defined_party_or_anyone(
    request: pytest.FixtureRequest, draft: str, eid: str, text: str
) -> None:
    instrument: Instrument = request.getfixturevalue(draft)
    edited = set_text(instrument, eid, text)
    cite = build(edited).by_eid[eid].cite

    assert cite not in _at(_run(edited), "OBL002")
