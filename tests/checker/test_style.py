"""Drafting style (STY001-STY004): one duty word, no "and/or", no vague terms, no
gendered pronouns for persons; in English (Zambia, Rwanda), French (Rwanda) and Spanish
(Paraguay)."""

from __future__ import annotations

import pytest

from drafting.checker.context import Context
from drafting.checker.document import build
from drafting.checker.report import Finding
from drafting.checker.style import CHECKS
from drafting.model import Instrument
from tests.checker.edits import retext, set_text


def _run(instrument: Instrument) -> list[Finding]:
    ctx = Context(build(instrument))
    return [f for check in CHECKS for f in check(ctx)]


def _found(instrument: Instrument, rule: str) -> list[str]:
    return [f.provision for f in _run(instrument) if f.rule == rule]


# --- our drafts ------------------------------------------------------------------------------


@pytest.mark.slow
def test_our_drafts_keep_the_house_style(
    zm: Instrument, rw_en: Instrument, rw_fr: Instrument, py: Instrument
) -> None:
    """Our drafts measure what they require (a difference in the tracking document of more
    than a stated percentage, packaging that prevents breakage and leakage) and name
    persons without a pronoun of one gender."""
    found = {
        name: sorted((f.rule, f.provision) for f in _run(draft))
        for name, draft in (("zm", zm), ("rw_en", rw_en), ("rw_fr", rw_fr), ("py", py))
    }

    assert found == {"zm": [], "rw_en": [], "rw_fr": [], "py": []}


@pytest.mark.parametrize(
    ("draft", "eid", "old", "new", "cite", "rule"),
    [
        pytest.param("zm", "sec_17__subsec_4", "finds that the weight or the number of items "
                     "received differs by more than 5 per cent from that stated in",
                     "finds a significant difference between the consignment and", "17(4)",
                     "STY003", id="en-significant"),
        pytest.param("py", "art_20__subsec_4", "presenta una diferencia superior al 5\u00a0% "
                     "respecto de lo indicado", "presenta una diferencia significativa respecto "
                     "de lo indicado", "20(4)", "STY003", id="es-significativa"),
        pytest.param("rw_fr", "art_41__subsec_3", "de les faire traiter par un opérateur agréé",
                     "de les faire traiter par lui", "41(3)", "STY004", id="fr-lui"),
        pytest.param("py", "art_39__subsec_3", "hacerlos tratar por un operador autorizado",
                     "hacerlos tratar por él", "39(3)", "STY004", id="es-el"),
    ],
)  # fmt: skip
def test_the_old_words_of_our_drafts_would_be_reported(
    request: pytest.FixtureRequest,
    draft: str,
    eid: str,
    old: str,
    new: str,
    cite: str,
    rule: str,
) -> None:
    """What the library wrote before (a "significant difference", "por él") is reported."""
    edited = retext(request.getfixturevalue(draft), eid, old, new)

    assert _found(edited, rule) == [cite]


# --- STY001: shall, must and will ------------------------------------------------------------


def test_must_among_shall_is_reported_where_it_is(zm: Instrument) -> None:
    edited = retext(
        zm, "sec_13__subsec_3", "A distributor shall inform", "A distributor must inform"
    )

    found = [f for f in _run(edited) if f.rule == "STY001"]

    assert [f.provision for f in found] == ["13(3)"]
    assert '"must"' in found[0].message
    assert '"shall"' in found[0].message


def test_shall_among_must_is_reported_where_it_is(rw_en: Instrument) -> None:
    edited = retext(rw_en, "art_11__subsec_1", "Every producer must", "Every producer shall")

    assert _found(edited, "STY001") == ["11(1)"]


def test_will_as_a_duty_word_is_reported(zm: Instrument) -> None:
    edited = retext(
        zm, "sec_13__subsec_3", "A distributor shall inform", "A distributor will inform"
    )

    assert _found(edited, "STY001") == ["13(3)"]


def test_will_of_the_future_is_no_duty_word(zm: Instrument) -> None:
    """9(3) asks for "a plan setting out how the producer will finance ...": a future."""
    assert _found(zm, "STY001") == []


def test_a_document_requirement_keeps_its_own_word(rw_en: Instrument) -> None:
    """8(5): "a report ..., which shall include—" in an order that says "must"."""
    assert "shall include" in build(rw_en).by_eid["art_8__subsec_5"].text
    assert _found(rw_en, "STY001") == []


def test_duty_words_are_compared_in_english_only(rw_fr: Instrument) -> None:
    assert _found(rw_fr, "STY001") == []


# --- STY002: and/or --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("draft", "eid", "old", "new", "cite"),
    [
        pytest.param("zm", "sec_13__subsec_3", "by a notice displayed at each point of sale and on",
                     "by a notice displayed at each point of sale and/or on", "13(3)", id="en"),
        pytest.param("rw_fr", "art_13__subsec_5", "appartenant à un", "appartenant et/ou liées à un",
                     "13(5)", id="fr"),
        pytest.param("py", "art_10__subsec_6", "en las instrucciones de uso o,",
                     "en las instrucciones de uso y/o,", "10(6)", id="es"),
    ],
)  # fmt: skip
def test_and_or(
    request: pytest.FixtureRequest, draft: str, eid: str, old: str, new: str, cite: str
) -> None:
    instrument: Instrument = request.getfixturevalue(draft)

    assert _found(instrument, "STY002") == []
    assert _found(retext(instrument, eid, old, new), "STY002") == [cite]


# --- STY003: vague terms ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("draft", "eid", "text", "words"),
    [
        pytest.param("zm", "sec_13__subsec_3",
                     "A distributor shall inform customers as soon as possible.",
                     "as soon as possible", id="en-asap"),
        pytest.param("zm", "sec_13__subsec_3",
                     "A distributor shall display notices, leaflets, posters, etc.", "etc.",
                     id="en-etc"),
        pytest.param("zm", "sec_13__subsec_3",
                     "A distributor shall keep adequate records of the e-waste taken back.",
                     "adequate records", id="en-adequate"),
        pytest.param("rw_fr", "art_13__subsec_5",
                     "Le distributeur informe, dans la mesure du possible, ses clients.",
                     "dans la mesure du possible", id="fr"),
        pytest.param("py", "art_10__subsec_6",
                     "Todo productor deberá informar, en la medida de lo posible, a los usuarios.",
                     "en la medida de lo posible", id="es"),
    ],
)  # fmt: skip
def test_a_vague_term(
    request: pytest.FixtureRequest, draft: str, eid: str, text: str, words: str
) -> None:
    edited = set_text(request.getfixturevalue(draft), eid, text)
    cite = build(edited).by_eid[eid].cite

    found = [f for f in _run(edited) if f.rule == "STY003" and f.provision == cite]

    assert [f.message.split('"')[1] for f in found] == [words]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("The Agency may act where appropriate.", id="where-appropriate"),
        pytest.param("A facility that has sufficient capacity to treat it.", id="measured"),
        pytest.param("The e-waste shall be delivered as soon as practicable.", id="practicable"),
        pytest.param("Where that capacity is not sufficient, the Agency may act.", id="predicate"),
    ],
)
def test_terms_of_art_are_not_vague(zm: Instrument, text: str) -> None:
    edited = set_text(zm, "sec_13__subsec_3", text)

    assert "13(3)" not in _found(edited, "STY003")


# --- STY004: gendered pronouns ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        pytest.param("A distributor shall keep his records for five years.", True, id="his"),
        pytest.param("A distributor shall inform her customers.", True, id="her"),
        pytest.param("A distributor shall keep his or her records.", False, id="his-or-her"),
        pytest.param("A distributor shall keep the distributor's records.", False, id="neutral"),
    ],
)
def test_english_pronouns(zm: Instrument, text: str, flagged: bool) -> None:
    edited = set_text(zm, "sec_13__subsec_3", text)

    assert ("13(3)" in _found(edited, "STY004")) is flagged


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        pytest.param("Todo productor deberá conservar los registros llevados por él.", True,
                     id="el-for-a-producer"),
        pytest.param("Todo productor deberá conservar los registros llevados por él o ella.",
                     False, id="el-o-ella"),
        pytest.param("Toda persona deberá informar a la zona y a quien transite por ella.", False,
                     id="ella-for-a-place"),
    ],
)  # fmt: skip
def test_spanish_pronouns(py: Instrument, text: str, flagged: bool) -> None:
    edited = set_text(py, "art_10__subsec_6", text)

    assert ("10(6)" in _found(edited, "STY004")) is flagged


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        pytest.param("Le distributeur conserve les registres tenus par lui.", True, id="par-lui"),
        pytest.param("Le distributeur conserve les registres tenus par lui ou elle.", False,
                     id="lui-ou-elle"),
        pytest.param("Le producteur doit lui verser les contributions.", False,
                     id="lui-indirect-object"),
        pytest.param("La personne qui les a retirés doit les remettre, sauf si elle est agréée.",
                     False, id="elle-agrees-with-personne"),
    ],
)  # fmt: skip
def test_french_pronouns(rw_fr: Instrument, text: str, flagged: bool) -> None:
    edited = set_text(rw_fr, "art_13__subsec_5", text)

    assert ("13(5)" in _found(edited, "STY004")) is flagged
