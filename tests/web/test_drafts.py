"""Drafts: the list, the draft page, downloads opened as documents, versions, copies."""

from __future__ import annotations

import io
import json
import re

import docx
import pytest
from lxml import etree

from drafting.store import operations
from drafting.store.models import Draft
from drafting.web.extensions import db
from tests.web.conftest import start_draft
from tests.web.test_wizard import INSTRUMENT, PRODUCERS, submit


def _set_answers(app, draft_id, answers):
    with app.app_context():
        draft = db.session.get(Draft, draft_id)
        latest = operations.latest_version(db.session, draft)
        user = latest.author
        operations.save_version(
            db.session, draft, user, base=latest.number, answers=answers, library_version="x"
        )
        db.session.commit()


def test_the_list_shows_country_title_status_change_and_author(drafter):
    start_draft(drafter, "PY:es", "Decreto RAEE")

    page = drafter.get("/drafts").get_data(as_text=True)

    assert ">Decreto RAEE</a>" in page
    assert "<td>Paraguay</td>" in page
    assert '<span class="status status-drafting">drafting</span>' in page
    assert "(version 1)" in page
    assert "drafter@example.org" in page


def test_the_list_leaves_out_other_workspaces(drafter, create_user, make_browser):
    start_draft(drafter, title="Zambian draft")
    create_user("other@example.org", workspaces={"Rwanda team": "drafter"})
    other = make_browser()
    other.login("other@example.org")

    page = other.get("/drafts").get_data(as_text=True)

    assert "Zambian draft" not in page


def test_the_draft_page_shows_the_preview_provenance_facts_and_downloads(drafter, library):
    draft_id = start_draft(drafter)

    response = drafter.get(f"/drafts/{draft_id}")

    page = response.get_data(as_text=True)
    assert response.status_code == 200
    assert '<article class="instrument" lang="en" data-country="ZM">' in page
    assert re.search(r'<section class="provision" id="sec_\d+"', page)
    assert re.search(
        r'<details class="provenance" id="why-sec_1">\s*<summary>[^<]+</summary>\s*<p class="small"><a href="#sec_1">',
        page,
    )
    assert "<dt>Model sources</dt>" in page
    assert "<dt>Included by</dt>" in page
    assert f'href="/drafts/{draft_id}/document.docx?lang=en&amp;version=1"' in page
    assert f'href="/drafts/{draft_id}/document.docx?lang=en&amp;clean=1&amp;version=1"' in page
    assert "Facts to confirm" in page


def test_rwanda_offers_each_language_and_the_parallel_layouts(drafter):
    draft_id = start_draft(drafter, "RW:en,fr", "Ministerial order")

    page = drafter.get(f"/drafts/{draft_id}").get_data(as_text=True)
    french = drafter.get(f"/drafts/{draft_id}?lang=fr").get_data(as_text=True)

    assert f'href="/drafts/{draft_id}/document.docx?lang=en,fr&amp;version=1"' in page
    assert f'href="/drafts/{draft_id}/document.docx?lang=rw,en,fr&amp;version=1"' in page
    assert '<article class="instrument" lang="fr" data-country="RW">' in french


def _docx_text(payload: bytes) -> str:
    return "\n".join(p.text for p in docx.Document(io.BytesIO(payload)).paragraphs)


def test_the_word_download_is_the_draft(drafter, app):
    draft_id = start_draft(drafter, title="Zambia SI")
    submit(drafter, draft_id, "instrument", {**INSTRUMENT, "year_made": "2027"})

    response = drafter.get(f"/drafts/{draft_id}/document.docx")

    assert response.status_code == 200
    assert response.mimetype.endswith("wordprocessingml.document")
    assert "filename=zambia-si-v2-en.docx" in response.headers["Content-Disposition"]
    text = _docx_text(response.data)
    assert "STATUTORY INSTRUMENT" in text.upper()
    assert "2027" in text
    assert "DRAFTING NOTES" in text


def test_the_clean_copy_has_no_drafting_notes(drafter):
    draft_id = start_draft(drafter)

    response = drafter.get(f"/drafts/{draft_id}/document.docx?clean=1")

    assert response.status_code == 200
    assert "DRAFTING NOTES" not in _docx_text(response.data)


def test_an_old_version_downloads_as_it_was(drafter):
    draft_id = start_draft(drafter)
    submit(drafter, draft_id, "instrument", {**INSTRUMENT, "year_made": "2031"})

    old = drafter.get(f"/drafts/{draft_id}/document.json?version=1")
    new = drafter.get(f"/drafts/{draft_id}/document.json")

    assert json.loads(old.data)["answers"]["year_made"] == 2026
    assert json.loads(new.data)["answers"]["year_made"] == 2031


def test_akoma_ntoso_and_json_downloads(drafter):
    draft_id = start_draft(drafter, "PY:es")

    xml = drafter.get(f"/drafts/{draft_id}/document.xml")
    model = drafter.get(f"/drafts/{draft_id}/document.json")

    root = etree.fromstring(xml.data)
    assert root.tag.endswith("akomaNtoso")
    assert json.loads(model.data)["format"] == "ewaste-draft/1"
    assert json.loads(model.data)["country"] == "PY"


def test_rwanda_side_by_side_in_word(drafter):
    draft_id = start_draft(drafter, "RW:en,fr")

    response = drafter.get(f"/drafts/{draft_id}/document.docx?lang=en,fr")

    document = docx.Document(io.BytesIO(response.data))
    assert response.status_code == 200
    assert len(document.tables[0].columns) == 2


def test_a_language_the_country_does_not_use_is_a_400(drafter):
    draft_id = start_draft(drafter)

    response = drafter.get(f"/drafts/{draft_id}/document.docx?lang=fr")

    assert response.status_code == 400
    assert "not written in fr" in response.get_data(as_text=True)


def test_answers_that_cannot_make_a_draft_are_listed_not_a_500(drafter, app):
    draft_id = start_draft(drafter)
    _set_answers(app, draft_id, {"epr_mandatory": True, "producer_registration": False})

    page = drafter.get(f"/drafts/{draft_id}")
    download = drafter.get(f"/drafts/{draft_id}/document.docx")

    assert page.status_code == 200
    assert "epr-without-register" in page.get_data(as_text=True)
    assert download.status_code == 422


def test_versions_are_listed_and_restoring_makes_a_new_one(drafter, app):
    draft_id = start_draft(drafter)
    submit(drafter, draft_id, "instrument", {**INSTRUMENT, "year_made": "2030"})

    listing = drafter.get(f"/drafts/{draft_id}/versions").get_data(as_text=True)
    restored = drafter.post(f"/drafts/{draft_id}/versions/1/restore")

    assert "step instrument" in listing
    assert restored.status_code == 302
    with app.app_context():
        versions = operations.versions_of(db.session, db.session.get(Draft, draft_id))
        assert [(v.number, v.answers.get("year_made")) for v in versions] == [
            (3, None),
            (2, 2030),
            (1, None),
        ]
        assert versions[0].note == "restored from version 1"


def test_copying_to_another_country_lists_what_does_not_apply(drafter, app):
    draft_id = start_draft(drafter)
    submit(drafter, draft_id, "producers", PRODUCERS)
    page = drafter.get(f"/drafts/{draft_id}/steps/enforcement").get_data(as_text=True)
    submit(
        drafter,
        draft_id,
        "enforcement",
        {"max_fine": "300000", "max_fine_minor": "30000", "max_imprisonment_years": "2"},
        page=page,
    )

    response = drafter.post(f"/drafts/{draft_id}/copy", {"country": "PY:es", "title": "Copia"})

    page = response.get_data(as_text=True)
    assert response.status_code == 201
    assert "Answers that do not apply to this country" in page
    assert "<code>max_fine</code>" in page
    new_id = int(re.search(r"/drafts/(\d+)/review", page).group(1))
    with app.app_context():
        new = db.session.get(Draft, new_id)
        answers = operations.latest_version(db.session, new).answers
        assert (new.country, new.title, new.languages) == ("PY", "Copia", "es")
        assert answers["registration_deadline_months"] == 6
        assert (
            operations.latest_version(db.session, new).note
            == f"copied from draft {draft_id} version 3"
        )


def test_copying_leaves_out_answers_refused_in_the_new_country(drafter, app):
    draft_id = start_draft(drafter)
    _set_answers(app, draft_id, {"allow_hazardous_imports": True, "year_made": 2027})

    response = drafter.post(f"/drafts/{draft_id}/copy", {"country": "PY:es"})

    page = response.get_data(as_text=True)
    assert response.status_code == 201
    assert "Answers not taken over" in page
    assert "<code>allow_hazardous_imports</code>" in page
    new_id = int(re.search(r"/drafts/(\d+)/review", page).group(1))
    with app.app_context():
        answers = operations.latest_version(db.session, db.session.get(Draft, new_id)).answers
        assert answers == {"year_made": 2027}


@pytest.mark.parametrize("page", ["/drafts", "/drafts/new", "/account"])
def test_pages_render_for_a_drafter(drafter, page):
    assert drafter.get(page).status_code == 200
