"""The wizard without JavaScript: steps from the library, saving, errors, rules, tables."""

from __future__ import annotations

import re

import pytest

from drafting.store import operations
from drafting.store.models import Draft
from drafting.web.extensions import db
from tests.web.conftest import form_fields, start_draft

INSTRUMENT = {"year_made": "2026", "commencement": "publication", "outside_powers": "list"}
PRODUCERS = {
    "epr_mandatory": "true",
    "producer_registration": "true",
    "registration_deadline_months": "6",
    "registration_decision_days": "30",
    "authorised_representative": "true",
    "epr_model": "collective",
}


def _versions(app, draft_id):
    with app.app_context():
        draft = db.session.get(Draft, draft_id)
        return [
            (v.number, v.answers, v.steps_done)
            for v in reversed(operations.versions_of(db.session, draft))
        ]


def submit(browser, draft_id, step, answers, action="next", page=None, extra=()):
    """Post a step as the browser would: the hidden fields of the page, then the answers."""
    page = page or browser.get(f"/drafts/{draft_id}/steps/{step}").get_data(as_text=True)
    shown = re.findall(r'name="_shown" value="([^"]+)"', page)
    hidden = {
        k: v for k, v in form_fields(page).items() if k not in ("_shown", "csrf_token", *answers)
    }
    data = [*hidden.items(), *(("_shown", q) for q in shown), ("_action", action)]
    for key, value in answers.items():
        for v in value if isinstance(value, list) else [value]:
            data.append((key, v))
    data.extend(extra)
    return browser.post(f"/drafts/{draft_id}/steps/{step}", data)


def test_starting_a_draft_opens_the_first_step_and_saves_version_1(drafter, app):
    draft_id = start_draft(drafter)

    page = drafter.get(f"/drafts/{draft_id}/steps/instrument")

    assert page.status_code == 200
    assert _versions(app, draft_id) == [(1, {}, [])]


def test_a_new_draft_needs_a_title_and_a_country(drafter):
    response = drafter.post("/drafts/new", {"title": " ", "country": "XX:en"})

    page = response.get_data(as_text=True)
    assert response.status_code == 422
    assert 'href="#title"' in page
    assert 'href="#country"' in page


def test_the_progress_bar_names_every_step_of_the_library(drafter, library):
    draft_id = start_draft(drafter)

    page = drafter.get(f"/drafts/{draft_id}/steps/instrument").get_data(as_text=True)

    steps = sorted(library.steps, key=lambda s: s.order)
    named = re.findall(r'<a href="/drafts/\d+/steps/([a-z_-]+)"', page)
    assert named == [s.id for s in steps]
    assert f"Step 1 of {len(steps)}" in page


def test_a_step_shows_its_asked_questions_with_help_and_defaults(drafter, library):
    draft_id = start_draft(drafter)

    page = drafter.get(f"/drafts/{draft_id}/steps/producers").get_data(as_text=True)

    shown = re.findall(r'name="_shown" value="([^"]+)"', page)
    assert shown == [q.id for q in library.questions if q.step == "producers"]
    question = library.questions_by_id["epr_mandatory"]
    assert question.help["en"][:60].replace("'", "&#39;") in page
    assert (
        'id="q-registration_deadline_months" name="registration_deadline_months" value="6"' in page
    )


def test_saving_a_step_makes_a_version_and_goes_to_the_next_step(drafter, app):
    draft_id = start_draft(drafter)

    response = submit(drafter, draft_id, "instrument", {**INSTRUMENT, "year_made": "2027"})

    assert response.headers["Location"] == f"/drafts/{draft_id}/steps/scope"
    assert _versions(app, draft_id)[-1] == (
        2,
        {"year_made": 2027, "commencement": "publication", "outside_powers": "list"},
        ["instrument"],
    )
    page = drafter.get(f"/drafts/{draft_id}/steps/scope").get_data(as_text=True)
    assert re.search(r'class="done">\s*<a href="/drafts/\d+/steps/instrument"', page)


def test_back_and_next_keep_every_answer(drafter):
    draft_id = start_draft(drafter)
    submit(drafter, draft_id, "instrument", {**INSTRUMENT, "year_made": "2029"})
    submit(
        drafter,
        draft_id,
        "producers",
        {**PRODUCERS, "registration_deadline_months": "9"},
        action="back",
    )

    instrument = drafter.get(f"/drafts/{draft_id}/steps/instrument").get_data(as_text=True)
    producers = drafter.get(f"/drafts/{draft_id}/steps/producers").get_data(as_text=True)

    assert 'name="year_made" value="2029"' in instrument
    assert 'name="registration_deadline_months" value="9"' in producers


@pytest.mark.parametrize(
    ("value", "message"),
    [
        pytest.param("twelve", "Enter a number, like 12 or 2030, not “twelve”.", id="not-a-number"),
        pytest.param("6.5", "Enter a whole number, not 6.5.", id="not-whole"),
        pytest.param("", "Enter a number.", id="empty"),
    ],
)
def test_a_bad_number_is_explained_next_to_its_field_and_nothing_is_saved(
    drafter, app, value, message
):
    draft_id = start_draft(drafter)

    response = submit(
        drafter, draft_id, "producers", {**PRODUCERS, "registration_deadline_months": value}
    )

    page = response.get_data(as_text=True)
    assert response.status_code == 422
    assert '<div class="error-summary" role="alert"' in page
    assert 'href="#q-registration_deadline_months">' in page
    assert (
        f'<p class="field-error" id="q-registration_deadline_months-error"><span class="visually-hidden">Error:</span> {message}</p>'
        in page
    )
    assert f'name="registration_deadline_months" value="{value}"' in page
    assert len(_versions(app, draft_id)) == 1


def test_a_value_out_of_range_gets_the_cores_message_at_the_field(drafter):
    draft_id = start_draft(drafter)

    response = submit(drafter, draft_id, "instrument", {**INSTRUMENT, "year_made": "1800"})

    page = response.get_data(as_text=True)
    assert response.status_code == 422
    assert re.search(r'id="q-year_made-error">.*must be between \d+ and \d+, not 1800', page)


def test_a_refused_combination_is_explained_next_to_its_fields(drafter, app):
    draft_id = start_draft(drafter)

    response = submit(
        drafter, draft_id, "producers", {**PRODUCERS, "producer_registration": "false"}
    )

    page = response.get_data(as_text=True)
    assert response.status_code == 422
    assert 'id="q-epr_mandatory-error"' in page
    assert 'id="q-producer_registration-error"' in page
    assert "(rule epr-without-register)" in page
    assert len(_versions(app, draft_id)) == 1


def test_a_fine_above_the_enabling_acts_ceiling_is_refused(drafter):
    draft_id = start_draft(drafter)
    page = drafter.get(f"/drafts/{draft_id}/steps/enforcement").get_data(as_text=True)
    answers = {"max_fine": "900000", "max_fine_minor": "50000", "max_imprisonment_years": "2"}

    response = submit(drafter, draft_id, "enforcement", answers, page=page)

    assert response.status_code == 422
    assert "(rule fine-above-ceiling)" in response.get_data(as_text=True)


def test_a_conditional_question_appears_when_its_answer_in_the_same_step_changes(drafter, app):
    draft_id = start_draft(drafter)
    before = drafter.get(f"/drafts/{draft_id}/steps/instrument").get_data(as_text=True)

    response = submit(
        drafter, draft_id, "instrument", {**INSTRUMENT, "commencement": "fixed-delay"}, page=before
    )

    page = response.get_data(as_text=True)
    assert 'name="_shown" value="commencement_delay_months"' not in before
    assert response.status_code == 200
    assert "bring up more questions" in page
    assert 'name="commencement_delay_months" value="6"' in page
    assert len(_versions(app, draft_id)) == 1
    saved = submit(
        drafter,
        draft_id,
        "instrument",
        {**INSTRUMENT, "commencement": "fixed-delay", "commencement_delay_months": "4"},
        page=page,
    )
    assert saved.status_code == 302
    assert _versions(app, draft_id)[-1][1]["commencement_delay_months"] == 4


def test_questions_whose_condition_fails_are_not_shown(drafter):
    draft_id = start_draft(drafter)
    submit(drafter, draft_id, "producers", {**PRODUCERS, "epr_mandatory": "false"})

    page = drafter.get(f"/drafts/{draft_id}/steps/targets").get_data(as_text=True)

    assert "collection_target_basis" not in re.findall(r'name="_shown" value="([^"]+)"', page)


def test_table_rows_are_added_and_removed_without_javascript(drafter, app):
    draft_id = start_draft(drafter)
    page = drafter.get(f"/drafts/{draft_id}/steps/targets").get_data(as_text=True)
    rows = {
        "collection_target_basis": "placed-on-market",
        "recovery_targets": "true",
        "collection_targets.rows": "3",
        "collection_targets.0.year": "2028",
        "collection_targets.0.percent": "10",
        "collection_targets.1.year": "2030",
        "collection_targets.1.percent": "20",
        "collection_targets.2.year": "2032",
        "collection_targets.2.percent": "30",
    }

    added = submit(
        drafter, draft_id, "targets", rows, action="add-row:collection_targets", page=page
    )
    added_page = added.get_data(as_text=True)
    removed = submit(
        drafter, draft_id, "targets", rows, action="remove-row:collection_targets:1", page=page
    )
    removed_page = removed.get_data(as_text=True)

    assert 'name="collection_targets.rows" value="4"' in added_page
    assert 'name="collection_targets.3.year" value=""' in added_page
    assert 'name="collection_targets.rows" value="2"' in removed_page
    assert 'name="collection_targets.1.year" value="2032"' in removed_page
    assert len(_versions(app, draft_id)) == 1


def test_a_table_is_saved_as_rows_of_numbers(drafter, app):
    draft_id = start_draft(drafter)
    answers = {
        "collection_target_basis": "placed-on-market",
        "recovery_targets": "true",
        "collection_targets.rows": "2",
        "collection_targets.0.year": "2029",
        "collection_targets.0.percent": "15",
        "collection_targets.1.year": "2031",
        "collection_targets.1.percent": "25.5",
    }

    response = submit(drafter, draft_id, "targets", answers)

    assert response.status_code == 302
    assert _versions(app, draft_id)[-1][1]["collection_targets"] == [
        {"year": 2029, "percent": 15},
        {"year": 2031, "percent": 25.5},
    ]


def test_a_bad_table_cell_names_its_row_and_column(drafter):
    draft_id = start_draft(drafter)
    answers = {
        "collection_target_basis": "placed-on-market",
        "recovery_targets": "true",
        "collection_targets.rows": "1",
        "collection_targets.0.year": "soon",
        "collection_targets.0.percent": "15",
    }

    response = submit(drafter, draft_id, "targets", answers)

    assert response.status_code == 422
    assert "Row 1, year: Enter a number" in response.get_data(as_text=True)


def test_a_stale_save_is_a_409_and_keeps_the_writers_answers(
    drafter, make_browser, create_user, app
):
    create_user("colleague@example.org", workspaces={"Zambia team": "drafter"})
    colleague = make_browser()
    colleague.login("colleague@example.org")
    draft_id = start_draft(drafter)
    mine = drafter.get(f"/drafts/{draft_id}/steps/producers").get_data(as_text=True)
    submit(colleague, draft_id, "producers", {**PRODUCERS, "registration_deadline_months": "12"})

    response = submit(
        drafter,
        draft_id,
        "producers",
        {**PRODUCERS, "registration_deadline_months": "3"},
        page=mine,
    )

    page = response.get_data(as_text=True)
    assert response.status_code == 409
    assert "colleague@example.org saved version 2" in page
    assert 'name="registration_deadline_months" value="3"' in page
    assert 'name="base_version" value="2"' in page
    assert _versions(app, draft_id)[-1][1]["registration_deadline_months"] == 12
    again = submit(
        drafter,
        draft_id,
        "producers",
        {**PRODUCERS, "registration_deadline_months": "3"},
        page=page,
    )
    assert again.status_code == 302
    assert _versions(app, draft_id)[-1][1]["registration_deadline_months"] == 3


def test_the_review_page_lists_every_answer_by_step_with_change_links(drafter, library):
    draft_id = start_draft(drafter)
    submit(drafter, draft_id, "instrument", {**INSTRUMENT, "year_made": "2027"})

    page = drafter.get(f"/drafts/{draft_id}/review").get_data(as_text=True)

    for step in library.steps:
        assert f"<h2>{step.title['en']}</h2>" in page
    assert re.search(
        r'id="answer-year_made">\s*<dt>Year in which the instrument is to be made</dt>\s*<dd>2027</dd>',
        page,
    )
    assert f'href="/drafts/{draft_id}/steps/instrument?return=review#q-year_made-block"' in page


def test_creating_the_draft_from_the_review_page_opens_the_draft(drafter, app):
    draft_id = start_draft(drafter)

    response = drafter.post(f"/drafts/{draft_id}/review")

    assert response.headers["Location"] == f"/drafts/{draft_id}"
    with app.app_context():
        assert db.session.get(Draft, draft_id).status == "drafting"  # review is a separate step


def test_the_htmx_refresh_shows_a_conditional_question_without_saving(drafter, app):
    draft_id = start_draft(drafter)
    page = drafter.get(f"/drafts/{draft_id}/steps/instrument").get_data(as_text=True)
    data = [("_shown", q) for q in re.findall(r'name="_shown" value="([^"]+)"', page)]
    data += [("year_made", "2026"), ("commencement", "fixed-delay")]

    response = drafter.post(
        f"/drafts/{draft_id}/steps/instrument/questions", data, headers={"HX-Request": "true"}
    )

    fragment = response.get_data(as_text=True)
    assert response.status_code == 200
    assert fragment.startswith('<div id="questions"')
    assert 'name="commencement_delay_months"' in fragment
    assert len(_versions(app, draft_id)) == 1


def test_a_reviewer_cannot_save_a_step(drafter, create_user, make_browser):
    draft_id = start_draft(drafter)
    create_user("rita@example.org", role="reviewer", workspaces={"Zambia team": "reviewer"})
    rita = make_browser()
    rita.login("rita@example.org")

    response = rita.post(f"/drafts/{draft_id}/steps/instrument", {"base_version": "1"})

    assert response.status_code == 403
    assert rita.get(f"/drafts/{draft_id}/review").status_code == 200


def test_another_workspace_gets_404_for_every_page_of_a_draft(drafter, create_user, make_browser):
    draft_id = start_draft(drafter)
    create_user("other@example.org", workspaces={"Rwanda team": "drafter"})
    other = make_browser()
    other.login("other@example.org")

    statuses = [
        other.get(f"/drafts/{draft_id}").status_code,
        other.get(f"/drafts/{draft_id}/steps/instrument").status_code,
        other.get(f"/drafts/{draft_id}/review").status_code,
        other.get(f"/drafts/{draft_id}/versions").status_code,
        other.get(f"/drafts/{draft_id}/document.docx").status_code,
        other.post(f"/drafts/{draft_id}/steps/instrument", {"base_version": "1"}).status_code,
        other.post(f"/drafts/{draft_id}/copy", {"country": "ZM:en"}).status_code,
        other.get("/drafts/999999").status_code,
    ]

    assert statuses == [404] * 8


JUNK = ["", "abc", "-1", "1e999", "99999999999999999999", "<script>", "true", "nan"]


@pytest.mark.parametrize("junk", JUNK)
def test_junk_in_every_field_of_every_step_is_a_4xx_never_a_500(drafter, library, junk):
    draft_id = start_draft(drafter)
    statuses = set()

    for step in library.steps:
        page = drafter.get(f"/drafts/{draft_id}/steps/{step.id}").get_data(as_text=True)
        shown = re.findall(r'name="_shown" value="([^"]+)"', page)
        answers = dict.fromkeys(shown, junk)
        answers.update({f"{qid}.rows": junk for qid in shown})
        response = submit(drafter, draft_id, step.id, answers, page=page)
        statuses.add(response.status_code)

    assert statuses <= {200, 302, 409, 422}, statuses
    assert "<script>" not in drafter.get(f"/drafts/{draft_id}/review").get_data(as_text=True)
