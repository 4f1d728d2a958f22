"""Enabling-law checks VIR001-VIR007: penalties above the parent law's ceilings, a decree's
own penalties, enabling provisions the law does not give, powers recited without their
conditions, matters no cited power covers, an order's own fines; only with the country's
profile, and never on the companion bill."""

from __future__ import annotations

import json

import pytest

from drafting.answers import validate_answers
from drafting.assemble import assemble
from drafting.checker import check
from drafting.checker.document import build
from drafting.checker.report import Finding
from drafting.checker.vires import CHECKS
from drafting.importer.docx import import_docx
from drafting.library import ClauseLibrary
from drafting.model import Instrument, InstrumentKind, Profile
from drafting.render.docx import render_docx
from tests.checker.edits import find_text, retext, set_text
from tests.checker.test_policy import preamble_replaced, run_checks
from tests.conftest import CLAUSES


def vires(
    instrument: Instrument,
    library: ClauseLibrary,
    rule: str = "",
    profile: Profile | str | None = "country",
) -> list[Finding]:
    """The enabling-law findings, with the instrument's own country profile by default."""
    if profile == "country":
        profile = library.profile(str(instrument.country))
    found = run_checks(instrument, CHECKS, profile=profile, library=library)  # type: ignore[arg-type]
    return [f for f in found if not rule or f.rule == rule]


_ZM_PENALTY = "to a fine not exceeding two hundred thousand penalty units"


def _zm_penalty(zm: Instrument, old: str, new: str) -> Instrument:
    return retext(zm, find_text(zm, _ZM_PENALTY), old, new)


# --- our drafts ----------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["zm", "rw_en", "rw_fr", "py"])
def test_example_drafts_give_no_vires_finding(
    name: str, request: pytest.FixtureRequest, library: ClauseLibrary
) -> None:
    draft: Instrument = request.getfixturevalue(name)
    found = vires(draft, library)
    assert found == [], [(f.rule, f.provision, f.message) for f in found]


@pytest.mark.slow
@pytest.mark.parametrize("name", ["zm", "rw_en", "rw_fr", "py"])
def test_word_reimports_of_the_example_drafts_give_no_vires_error(
    name: str, request: pytest.FixtureRequest, library: ClauseLibrary
) -> None:
    draft: Instrument = request.getfixturevalue(name)
    reimport = import_docx(render_docx(draft))
    profile = library.profile(str(draft.country))  # the Word file does not carry its country
    errors = [f for f in vires(reimport, library, profile=profile) if f.severity == "error"]
    assert errors == [], [(f.rule, f.provision, f.message) for f in errors]


def test_nothing_is_checked_without_a_country(zm, library) -> None:
    planted = _zm_penalty(zm, "two hundred thousand", "nine hundred thousand")
    assert vires(planted, library, profile=None) == []
    assert vires(planted, library, "VIR001") != []


def test_the_companion_bill_sets_its_own_penalties_and_needs_no_power(library) -> None:
    profile = library.profile("PY")
    raw = json.loads((CLAUSES / "examples" / "py.json").read_text(encoding="utf-8"))
    answers = validate_answers(library, profile, raw, None)
    bill = assemble(library, profile, answers, None, InstrumentKind.BILL)
    assert "multa" in " ".join(u.text for u in build(bill).units)  # the bill has fines
    assert vires(bill, library) == []


# --- VIR001-VIR002: ceilings (Zambia: 500 000 penalty units, five years) ---------------


@pytest.mark.parametrize(
    ("old", "new", "units"),
    [
        ("two hundred thousand penalty units", "nine hundred thousand penalty units", "900,000"),
        ("two hundred thousand penalty units", "900 000 penalty units", "900,000"),
        ("two hundred thousand penalty units", "1,000,000 penalty units", "1,000,000"),
        ("two hundred thousand penalty units", "K200,000", "666,667"),
    ],
)
def test_vir001_flags_a_fine_above_the_ceiling(zm, library, old: str, new: str, units: str) -> None:
    planted = _zm_penalty(zm, old, new)
    (finding,) = vires(planted, library, "VIR001")
    assert finding.provision == "36(2)"
    assert finding.severity == "error"
    assert f"({units} penalty units)" in finding.message
    assert "500,000" in finding.message
    assert "section 134 (2) (b) of the Environmental Management Act, 2011" in finding.message


def test_vir001_accepts_a_fine_at_the_ceiling(zm, library) -> None:
    at_ceiling = _zm_penalty(zm, "two hundred thousand", "five hundred thousand")
    assert vires(at_ceiling, library, "VIR001") == []


def test_vir002_flags_a_prison_term_above_the_ceiling(zm, library) -> None:
    planted = _zm_penalty(zm, "two years", "seven (7) years")
    (finding,) = vires(planted, library, "VIR002")
    assert finding.provision == "36(2)"
    assert "seven (7) years" in finding.message
    assert vires(_zm_penalty(zm, "two years", "five years"), library, "VIR002") == []
    months = _zm_penalty(zm, "two years", "eighty-four months")
    assert [f.provision for f in vires(months, library, "VIR002")] == ["36(2)"]


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("rw_en", "A person who dumps e-waste is liable to imprisonment of two (2) years."),
        ("rw_fr", "Quiconque abandonne des DEEE est passible d'un emprisonnement de deux (2) ans."),
    ],
)
def test_vir002_flags_any_prison_term_in_a_rwandan_order(
    name: str, text: str, request: pytest.FixtureRequest, library: ClauseLibrary
) -> None:
    draft: Instrument = request.getfixturevalue(name)
    target = find_text(
        draft, "National Public Prosecution" if name == "rw_en" else "Organe national"
    )
    planted = set_text(draft, target, text)
    (finding,) = vires(planted, library, "VIR002")
    assert "no power to impose imprisonment" in finding.message
    assert finding.provision == build(planted).by_eid[target].cite


# --- VIR003: a Paraguayan decree's own penalties ---------------------------------------------

_PY_REFERRAL = (
    "Cuando los hechos pudieran constituir un hecho punible, la Autoridad de Aplicación deberá "
    "formular la denuncia correspondiente ante el Ministerio Público."
)


@pytest.mark.parametrize(
    ("text", "what"),
    [
        (
            "Quien infrinja el artículo 23 será sancionado con multa de quinientos (500) jornales.",
            "a fine",
        ),
        ("La infracción del artículo 23 se sancionará con multa de G. 5.000.000.", "a fine"),
        (
            "Quien infrinja el artículo 23 será castigado con pena privativa de libertad de hasta "
            "dos (2) años.",
            "a prison term",
        ),
        ("Quien queme RAEE a cielo abierto comete un delito.", "an offence"),
    ],
)
def test_vir003_flags_a_decree_that_sets_penalties_of_its_own(
    py, library, text: str, what: str
) -> None:
    planted = set_text(py, find_text(py, _PY_REFERRAL), text)
    (finding,) = vires(planted, library, "VIR003")
    assert finding.provision == "37(5)"
    assert what in finding.message
    assert "Ley N° 3956/2009" in finding.suggestion
    assert finding.severity == "error"


def test_vir003_accepts_a_reference_to_the_penalties_of_a_law(py, library) -> None:
    referral = (
        "La quema de RAEE a cielo abierto será sancionada con la multa de 100 a 1.000 jornales "
        "prevista en el artículo 12 de la Ley N° 716/1996."
    )
    planted = set_text(py, find_text(py, _PY_REFERRAL), referral)
    assert vires(planted, library, "VIR003") == []
    assert vires(py, library, "VIR003") == []


# --- VIR004-VIR005: the powers cited ------------------------------------------------------------

_ZM_POWERS = "sections 55, 63, 98 and 134"


def test_vir004_flags_an_enabling_section_the_act_does_not_give(zm, library) -> None:
    planted = preamble_replaced(zm, _ZM_POWERS, "sections 55, 63, 98, 99 and 134")
    (finding,) = vires(planted, library, "VIR004")
    assert finding.provision == ""
    assert "section 99 of the Environmental Management Act" in finding.message
    assert "55, 63, 98, 134" in finding.suggestion
    assert finding.evidence.startswith("IN EXERCISE of the powers")


def test_vir004_flags_a_power_held_by_the_agency(zm, library) -> None:
    planted = preamble_replaced(zm, _ZM_POWERS, "sections 55, 58, 63, 98 and 134")
    (finding,) = vires(planted, library, "VIR004")
    assert "given to the Agency" in finding.message or "gives to the Agency" in finding.message


def test_vir004_reads_a_citation_in_the_body_through_the_defined_act(zm, library) -> None:
    target = find_text(zm, "These Regulations may be cited as")
    planted = retext(
        zm,
        target,
        "These Regulations may be cited as",
        "These Regulations are made under section 99 of the Act and may be cited as",
    )
    (finding,) = vires(planted, library, "VIR004")
    assert finding.provision == "1"
    assert "section 99" in finding.message


@pytest.mark.parametrize(
    ("name", "old", "new"),
    [
        ("rw_en", "Articles 19 and 20", "Articles 7, 19 and 20"),
        ("rw_fr", "ses articles 19 et 20", "ses articles 7, 19 et 20"),
        ("py", "sus artículos 2° y 27", "sus artículos 2°, 12 y 27"),
    ],
)
def test_vir004_in_rwanda_and_paraguay(
    name: str, old: str, new: str, request: pytest.FixtureRequest, library: ClauseLibrary
) -> None:
    draft: Instrument = request.getfixturevalue(name)
    planted = preamble_replaced(draft, old, new)
    (finding,) = vires(planted, library, "VIR004")
    assert ("rticle 7 of Law" in finding.message) or (
        "article 12 of Ley N° 3956/2009" in finding.message
    )


def test_vir004_accepts_any_article_of_the_companion_law(py, library) -> None:
    planted = preamble_replaced(
        py, "en especial su artículo 17;", "en especial sus artículos 17 y 99;"
    )
    assert vires(planted, library, "VIR004") == []


def test_vir005_flags_powers_recited_without_their_conditions(zm, library) -> None:
    conditions = (
        ", on the advice of the Agency after consultation with the relevant appropriate "
        "authorities (section 63) and on the recommendation of the Agency (sections 55 and 134)"
    )
    planted = preamble_replaced(zm, conditions, "")
    found = vires(planted, library, "VIR005")
    assert sorted(f.message.split(" of the")[0] for f in found) == [
        "Relies on section 134",
        "Relies on section 55",
        "Relies on section 63",
    ]
    assert all(f.severity == "warning" and f.provision == "" for f in found)
    # the recommendation alone restored: only section 63's advice and consultation is missing
    partial = preamble_replaced(zm, conditions, ", on the recommendation of the Agency")
    (finding,) = vires(partial, library, "VIR005")
    assert "section 63" in finding.message
    assert "consultation" in finding.message


# --- VIR006: matters no cited power covers ----------------------------------------------------


def test_vir006_flags_a_provision_whose_power_is_not_cited(zm, library) -> None:
    planted = preamble_replaced(zm, _ZM_POWERS, "sections 55, 63 and 134")
    (finding,) = vires(planted, library, "VIR006")
    assert finding.provision == "12"
    assert "Financial guarantees" in finding.message
    assert "section 98 of the Environmental Management Act, 2011" in finding.message


def test_vir006_in_french(rw_fr, library) -> None:
    """Without article 20 of Law n° 48/2018, the licensing of operators rests on no cited
    power; the companion law's power covers only what the Law's own powers do not."""
    planted = preamble_replaced(rw_fr, "ses articles 19 et 20", "son article 19")
    found = vires(planted, library, "VIR006")
    headings = {build(planted).by_eid[f.eid].provision.heading for f in found}  # type: ignore[union-attr]
    assert "Agrément des opérateurs" in headings
    assert "Mouvements transfrontières de déchets" not in headings  # article 19 covers it
    licensing = next(f for f in found if "Agrément des opérateurs" in f.message)
    assert "Article 20 of Law n° 48/2018" in licensing.message


def test_vir006_needs_the_document_to_cite_its_powers(zm, library) -> None:
    from dataclasses import replace

    assert vires(replace(zm, preamble=()), library, "VIR006") == []


# --- VIR007: fines in a Rwandan order --------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "text", "amount"),
    [
        (
            "rw_en",
            "A person who dumps e-waste is liable to an administrative fine of FRW 100,000.",
            "FRW 100,000",
        ),
        (
            "rw_fr",
            "Quiconque abandonne des DEEE est passible d'une amende administrative de cent mille "
            "(100 000) francs rwandais.",
            "cent mille (100 000) francs rwandais",
        ),
    ],
)
def test_vir007_flags_fines_set_by_an_order(
    name: str, text: str, amount: str, request: pytest.FixtureRequest, library: ClauseLibrary
) -> None:
    draft: Instrument = request.getfixturevalue(name)
    assert vires(draft, library, "VIR007") == []
    target = find_text(
        draft, "National Public Prosecution" if name == "rw_en" else "Organe national"
    )
    planted = set_text(draft, target, text)
    (finding,) = vires(planted, library, "VIR007")
    assert amount in finding.message
    assert finding.severity == "warning"
    assert vires(planted, library, "VIR001") == []  # an order's fines are VIR007, not VIR001


def test_vir007_accepts_the_fines_of_the_law_by_article(rw_en, library) -> None:
    target = find_text(rw_en, "National Public Prosecution")
    planted = set_text(
        rw_en,
        target,
        "A person who dumps e-waste is liable to the administrative fine of FRW 50,000 provided "
        "for by Article 50 of Law n° 48/2018 of 13/08/2018 on environment.",
    )
    assert vires(planted, library, "VIR007") == []


# --- through the checker and a Word file --------------------------------------------------------


@pytest.mark.slow
def test_a_fine_above_the_ceiling_is_found_in_the_word_file(zm, library) -> None:
    planted = _zm_penalty(zm, "two hundred thousand", "nine hundred thousand")
    report = check(import_docx(render_docx(planted)), library=library)
    assert report.outline.country == "ZM"
    (finding,) = report.by_rule("VIR001")
    assert finding.provision == "36(2)"
    assert finding.category == "ultra-vires"
