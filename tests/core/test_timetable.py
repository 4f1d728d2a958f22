"""The implementation timetable: every period of a draft counted from commencement, in an
order that can be complied with; answers that break the order are refused by name."""

from __future__ import annotations

import io
import json

import docx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from drafting.answers import validate_answers
from drafting.assemble import assemble
from drafting.errors import AnswersError, Code
from drafting.model import InstrumentKind
from drafting.render.docx import render_docx
from drafting.serialize import dumps, instrument_from_json
from drafting.timetable import Event, describe, timetable
from tests.conftest import CLAUSES


def example(country):
    return json.loads((CLAUSES / "examples" / f"{country.lower()}.json").read_text("utf-8"))


def refused(library, country, lang=None, **changes) -> AnswersError:
    profile = library.profile(country)
    with pytest.raises(AnswersError) as caught:
        validate_answers(library, profile, {**example(country), **changes}, lang)
    return caught.value


def events_of(library, country, lang=None, **changes):
    profile = library.profile(country)
    answers = validate_answers(library, profile, {**example(country), **changes}, lang)
    table = timetable(library, profile, answers.values, lang or profile.languages[0])
    assert not table.conflicts
    return {e.id: e for e in table.events}


def assert_workable(events) -> None:
    """The order compliance needs, on any accepted answers."""
    if "pro-membership" in events and "pro-authorisation" in events:
        assert events["pro-membership"].months >= events["pro-authorisation"].months + 3, (
            "producers get three months to join after the first organisation can be authorised"
        )
    if "guarantee" in events and "producer-registration" in events:
        assert events["guarantee"].months >= events["producer-registration"].months
    if "first-target" in events and "baseline-year" in events:
        assert events["first-target"].year > events["baseline-year"].year, (
            "a target year follows a full year of producers' returns"
        )
    if "disposal-ban" in events:
        for before in ("operators-licensed", "pro-membership"):
            if before in events:
                assert events["disposal-ban"].months >= events[before].months, before
    months = [e.months for e in events.values()]
    assert events["publication"].months <= 0 == events["commencement"].months
    assert min(months) == events["publication"].months


@pytest.mark.parametrize("country", ["ZM", "RW", "PY"])
def test_the_examples_make_a_workable_timetable(library, country):
    events = events_of(library, country)

    assert_workable(events)
    assert "producer-registration" in events
    assert "disposal-ban" in events


def test_rwanda_target_follows_a_full_year_of_returns(library):
    events = events_of(library, "RW")

    # Made in 2026, on publication, six months to register: the first full year of
    # returns is 2028 at the earliest, so the first target year is 2029.
    assert events["baseline-year"].year == 2028
    assert events["first-target"].year == 2029
    assert events["first-target"].months_latest == 36
    assert events["pro-membership"].months == 6
    assert events["pro-authorisation"].months == 3


def test_a_target_before_the_baseline_is_refused_naming_both_answers(library):
    targets = [{"year": 2027, "percent": 10}, {"year": 2030, "percent": 30}]

    error = refused(library, "RW", collection_targets=targets)

    assert [p.code for p in error.problems] == [Code.TIMETABLE_CONFLICT]
    problem = error.problems[0]
    assert problem.location.question_id == "collection_targets, registration_deadline_months"
    assert "(2027)" in problem.message
    assert "2029 or later" in problem.message
    french = refused(library, "RW", "fr", collection_targets=targets).problems[0].message
    assert "Fixez la première année d'objectif à 2029 ou après" in french


def test_the_registration_window_moves_the_earliest_target(library):
    targets = [{"year": 2029, "percent": 10}]

    assert events_of(library, "RW", collection_targets=targets)["first-target"].year == 2029
    # Eighteen months to register from the end of 2026 reaches mid-2028: 2029 is the
    # first full year of returns, so 2029 can no longer be a target year.
    message = (
        refused(library, "RW", collection_targets=targets, registration_deadline_months=18)
        .problems[0]
        .message
    )
    assert "the whole of 2029" in message
    assert "2030 or later" in message


def test_a_ban_before_operators_are_licensed_is_refused(library):
    error = refused(library, "PY", landfill_ban_delay_months=6)

    messages = {p.message for p in error.problems}
    assert any("Difiera la prohibición a 18 meses como mínimo" in m for m in messages), messages
    located = {p.location.question_id for p in error.problems}
    assert "landfill_ban_delay_months, transition_months" in located


def test_a_ban_before_producers_have_joined_a_scheme_is_refused(library):
    error = refused(
        library,
        "RW",
        landfill_ban_delay_months=3,
        transition_months=0,
        registration_deadline_months=9,
        collection_targets=[{"year": 2030, "percent": 10}],
    )

    assert [p.location.question_id for p in error.problems] == [
        "landfill_ban_delay_months, registration_deadline_months"
    ]
    assert "before producers must have organised collection (9 months)" in (
        error.problems[0].message
    )


def test_no_ban_means_no_ban_in_the_timetable(library):
    events = events_of(library, "PY", landfill_ban=False)

    assert "disposal-ban" not in events


def test_commencement_delay_lets_organisations_be_authorised_before_commencement(library):
    # Paraguay commences twelve months after publication: the first authorisations can be
    # decided in that time, so producers can join from commencement.
    events = events_of(library, "PY")

    assert events["publication"].months == -12
    assert events["pro-authorisation"].months == 0


@pytest.mark.parametrize(
    ("event", "lang", "words"),
    [
        (Event(id="x", label="", months=0), "en", "on commencement"),
        (Event(id="x", label="", months=1), "en", "1 month after commencement"),
        (Event(id="x", label="", months=-6), "es", "6 meses antes de la entrada en vigencia"),
        (
            Event(id="x", label="", months=-6, months_latest=6, year=2027),
            "en",
            "calendar year 2027, which begins between 6 months before and 6 months after "
            "commencement",
        ),
        (
            Event(id="x", label="", months=12, months_latest=24, year=2029),
            "fr",
            "année civile 2029, qui commence entre 12 et 24 mois après l'entrée en vigueur",
        ),
    ],
)
def test_when_in_words(event, lang, words):
    assert describe(event, lang) == words


def test_the_drafting_notes_show_the_timetable_with_its_provisions(library):
    profile = library.profile("PY")
    answers = validate_answers(library, profile, example("PY"))
    regulation = assemble(library, profile, answers)
    bill = assemble(library, profile, answers, None, InstrumentKind.BILL)

    rows = _timetable_rows(render_docx(regulation))
    assert rows[0] == ("Cuándo", "Qué", "Disposición", "Fijado por")
    assert rows[1][:2] == ("12 meses antes de la entrada en vigencia", "publicación")
    by_event = {r[1]: r for r in rows[1:]}
    ban = by_event["rige la prohibición de disposición de RAEE"]
    assert ban[0] == "24 meses después de la entrada en vigencia"
    assert ban[2].startswith("Art. ")
    # Set by the answer, named by its question (not its id) in the drafter's language.
    assert ban[3].endswith("prohibición surta efecto: 24"), ban[3]
    # The registration period is set by the companion bill: cited there.
    registration = by_event["plazo de los productores existentes para solicitar la inscripción"]
    assert registration[2].startswith("el artículo ")
    assert "de la Ley N°" in registration[2]
    # The bill's own table cites the regulation for what the regulation sets.
    bill_rows = {r[1]: r for r in _timetable_rows(render_docx(bill))[1:]}
    assert bill_rows[ban[1]][2] == "la reglamentación de la presente Ley"
    assert bill_rows[registration[1]][2].startswith("Artículo ")


def test_the_timetable_survives_the_model_round_trip(library):
    profile = library.profile("RW")
    regulation = assemble(library, profile, validate_answers(library, profile, example("RW")))

    model = instrument_from_json(json.loads(dumps(regulation)))

    assert model.timetable == regulation.timetable
    assert [e.id for e in model.timetable][:2] == ["publication", "commencement"]


def _timetable_rows(data: bytes) -> list[tuple[str, ...]]:
    document = docx.Document(io.BytesIO(data))
    for table in document.tables:
        rows = [tuple(c.text for c in row.cells) for row in table.rows]
        if rows[0][0] in ("When", "Cuándo", "Quand"):
            return rows
    raise AssertionError("no timetable in the drafting notes")


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    country=st.sampled_from(["RW", "PY"]),
    delay=st.integers(1, 36),
    registration=st.integers(1, 24),
    transition=st.integers(0, 36),
    ban=st.integers(0, 60),
    first_year=st.integers(2026, 2034),
)
def test_accepted_answers_always_make_a_workable_timetable(
    library, country, delay, registration, transition, ban, first_year
):
    changes = {
        "commencement": "fixed-delay",
        "commencement_delay_months": delay,
        "registration_deadline_months": registration,
        "transition_months": transition,
        "landfill_ban_delay_months": ban,
        "collection_targets": [{"year": first_year, "percent": 10}],
    }
    profile = library.profile(country)
    outcome = _validate(library, profile, {**example(country), **changes})
    if isinstance(outcome, AnswersError):
        assert {p.code for p in outcome.problems} == {Code.TIMETABLE_CONFLICT}
        for problem in outcome.problems:
            assert problem.location.question_id, "a refusal names the answers"
        return
    table = timetable(library, profile, outcome.values, profile.languages[0])
    assert_workable({e.id: e for e in table.events})


def _validate(library, profile, raw):
    try:
        return validate_answers(library, profile, raw)
    except AnswersError as error:
        return error


@pytest.mark.parametrize("year", [2026, 2027, 2030])
def test_default_target_years_move_with_the_year_made(library, year):
    profile = library.profile("RW")

    answers = validate_answers(library, profile, {"year_made": year})

    targets = answers.values["collection_targets"]
    assert [row["year"] for row in targets] == [year + 3, year + 5, year + 7]
    table = timetable(library, profile, answers.values, "en")
    assert not table.conflicts


def test_several_timetable_refusals_carry_the_timetable_code(library):
    error = refused(
        library,
        "RW",
        collection_targets=[{"year": 2027, "percent": 10}],
        landfill_ban_delay_months=3,
    )

    assert len(error.problems) == 3
    assert error.code is Code.TIMETABLE_CONFLICT
