"""The wizard's notes on answers outside the regulation's powers (the core's
basis.question_notes): beside the question's help and on the review page, in the UI's
language where the country is drafted in it, else the draft's."""

from __future__ import annotations

import re

from markupsafe import escape

from drafting.basis import question_notes
from drafting.web import questionnaire
from tests.web.conftest import start_draft
from tests.web.test_drafts import _set_answers


def _help(page: str, qid: str) -> str:
    start = page.index(f'<div class="question-help" id="q-{qid}-help">')
    return page[start : page.index("</div>", start)]


def _note(library, country: str, answers: dict, qid: str, language: str) -> str:
    profile = library.profile(country)
    values, _asked = questionnaire.effective_values(library, profile, answers)
    return question_notes(library, profile, values, language)[qid]


def test_a_zambian_producers_question_says_the_agency_holds_the_power(drafter, library):
    draft_id = start_draft(drafter, "ZM:en")

    page = drafter.get(f"/drafts/{draft_id}/steps/producers").get_data(as_text=True)

    note = _note(library, "ZM", {}, "epr_model", "en")
    assert "section 58" in note
    assert "the Agency" in note
    assert f"<span>{escape(note)}</span>" in _help(page, "epr_model")
    assert "Outside the regulation's powers:" in _help(page, "epr_model")


def test_a_question_within_the_powers_has_no_note(drafter):
    draft_id = start_draft(drafter, "ZM:en")

    page = drafter.get(f"/drafts/{draft_id}/steps/producers").get_data(as_text=True)

    assert "power-note" not in _help(page, "registration_deadline_months")


def test_with_a_companion_bill_the_paraguayan_note_says_the_bill_provides(drafter, app, library):
    draft_id = start_draft(drafter, "PY:es")
    _set_answers(app, draft_id, {"outside_powers": "bill"})

    page = drafter.get(f"/drafts/{draft_id}/steps/producers").get_data(as_text=True)

    note = _note(library, "PY", {"outside_powers": "bill"}, "producer_registration", "es")
    assert "el proyecto de ley complementario lo establecerá" in note
    # The UI is English, the country drafts in Spanish only: the note stays Spanish.
    assert f'<span lang="es">{escape(note)}</span>' in _help(page, "producer_registration")


def test_the_note_follows_the_ui_language_when_the_country_has_it(drafter, app, library):
    draft_id = start_draft(drafter, "RW:en,fr")
    drafter.post("/language", {"language": "fr"})

    page = drafter.get(f"/drafts/{draft_id}/steps/producers").get_data(as_text=True)

    french = _note(library, "RW", {}, "epr_model", "fr")
    assert f"<span>{escape(french)}</span>" in _help(page, "epr_model")


def test_a_zambian_note_stays_english_in_a_spanish_ui(drafter, library):
    draft_id = start_draft(drafter, "ZM:en")
    drafter.post("/language", {"language": "es"})

    page = drafter.get(f"/drafts/{draft_id}/steps/producers").get_data(as_text=True)

    note = _note(library, "ZM", {}, "epr_model", "en")
    assert f'<span lang="en">{escape(note)}</span>' in _help(page, "epr_model")


def test_the_review_page_shows_the_note_next_to_the_answer(drafter, app, library):
    draft_id = start_draft(drafter, "PY:es")
    _set_answers(app, draft_id, {"outside_powers": "bill"})

    page = drafter.get(f"/drafts/{draft_id}/review").get_data(as_text=True)

    note = _note(library, "PY", {"outside_powers": "bill"}, "epr_model", "es")
    row = page[page.index('id="answer-epr_model"') :]
    row = row[: row.index("</div>")]
    assert re.search(r"<dd>[^<]+<p class=\"power-note small\">", row)
    assert escape(note) in row
