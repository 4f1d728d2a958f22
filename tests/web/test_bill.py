"""The companion bill: its downloads in the browser and through the API, its preview on
the draft page, and a 404 (code A405), never a 500, when the answers call for no bill."""

from __future__ import annotations

import io
import json

import docx
import pytest
from lxml import etree

from tests.conftest import CLAUSES
from tests.web.conftest import start_draft
from tests.web.test_drafts import _set_answers

DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def example(country: str, **changes: object) -> dict[str, object]:
    answers = json.loads((CLAUSES / "examples" / f"{country.lower()}.json").read_text("utf-8"))
    return {**answers, **changes}


def _docx_text(payload: bytes) -> str:
    document = docx.Document(io.BytesIO(payload))
    cells = [c.text for t in document.tables for row in t.rows for c in row.cells]
    return "\n".join([p.text for p in document.paragraphs] + cells)


@pytest.fixture
def draft_with(drafter, app):
    """A draft of `choice` ("RW:en,fr") with the country's example answers, changed."""

    def make(choice: str, **changes: object) -> int:
        draft_id = start_draft(drafter, choice)
        _set_answers(app, draft_id, example(choice[:2], **changes))
        return draft_id

    return make


@pytest.mark.parametrize(
    ("choice", "title"),
    [
        pytest.param("ZM:en", "A BILL", id="zambia"),
        pytest.param("RW:en", "LAW N° ___/2026", id="rwanda"),
        pytest.param("PY:es", "LEY N° ___", id="paraguay"),
    ],
)
def test_the_bill_downloads_as_word_in_the_countrys_form(drafter, draft_with, choice, title):
    draft_id = draft_with(choice, outside_powers="bill")

    response = drafter.get(f"/drafts/{draft_id}/bill.docx")

    assert response.status_code == 200
    assert response.mimetype == DOCX
    assert response.headers["Content-Disposition"].endswith(f"-{choice[3:]}-bill.docx")
    assert title in _docx_text(response.data).upper()


def test_the_clean_bill_has_no_drafting_notes(drafter, draft_with):
    draft_id = draft_with("PY:es")

    notes = drafter.get(f"/drafts/{draft_id}/bill.docx")
    clean = drafter.get(f"/drafts/{draft_id}/bill.docx?clean=1")

    assert "NOTAS DE REDACCIÓN" in _docx_text(notes.data).upper()
    assert "NOTAS DE REDACCIÓN" not in _docx_text(clean.data).upper()
    assert clean.headers["Content-Disposition"].endswith("-es-clean-bill.docx")


def test_the_rwandan_bill_in_each_language_and_side_by_side(drafter, draft_with):
    draft_id = draft_with("RW:en,fr")

    french = drafter.get(f"/drafts/{draft_id}/bill.docx?lang=fr")
    both = drafter.get(f"/drafts/{draft_id}/bill.docx?lang=rw,en,fr")

    assert "LOI N° ___/2026" in _docx_text(french.data).upper()
    table = docx.Document(io.BytesIO(both.data)).tables[0]
    assert [c.text for c in table.rows[0].cells] == ["IKINYARWANDA", "ENGLISH", "FRANÇAIS"]


def test_the_bill_as_akoma_ntoso_json_and_html(drafter, draft_with):
    draft_id = draft_with("PY:es")

    xml = drafter.get(f"/drafts/{draft_id}/bill.xml")
    model = drafter.get(f"/drafts/{draft_id}/bill.json")
    page = drafter.get(f"/drafts/{draft_id}/bill.html")

    assert (xml.status_code, model.status_code, page.status_code) == (200, 200, 200)
    assert xml.mimetype == "application/akn+xml"
    assert etree.fromstring(xml.data).find("{*}bill") is not None
    assert json.loads(model.data)["kind"] == "bill"
    assert page.mimetype == "text/html"
    assert "LEY N° ___" in page.get_data(as_text=True)


@pytest.mark.parametrize("name", ["bill.docx", "bill.json", "bill.xml", "bill.html"])
def test_a_draft_without_a_bill_answers_404_with_its_reason(drafter, draft_with, name):
    draft_id = draft_with("ZM:en")  # outside_powers = list: nothing goes to a bill

    response = drafter.get(f"/drafts/{draft_id}/{name}")

    page = response.get_data(as_text=True)
    assert response.status_code == 404
    assert response.mimetype == "text/html"
    assert "This draft has no companion bill" in page
    assert "Put them in a companion bill" in page
    assert "A405" in page


def test_the_draft_page_offers_the_bill_only_when_there_is_one(drafter, draft_with):
    with_bill = draft_with("RW:en,fr")
    without = draft_with("ZM:en")

    page = drafter.get(f"/drafts/{with_bill}").get_data(as_text=True)
    other = drafter.get(f"/drafts/{without}").get_data(as_text=True)

    for lang in ("en", "fr", "en,fr", "rw,en,fr"):
        assert f'href="/drafts/{with_bill}/bill.docx?lang={lang}&amp;version=2"' in page
    assert f'href="/drafts/{with_bill}/bill.docx?lang=en&amp;clean=1&amp;version=2"' in page
    assert f'href="/drafts/{with_bill}/bill.xml?lang=en&amp;version=2"' in page
    assert "Law n° ___/2026 of ___/___/2026 governing electrical and electronic waste" in page
    assert "bill.docx" not in other
    assert "Companion bill" not in other


def test_the_draft_page_previews_the_bill(drafter, draft_with):
    draft_id = draft_with("RW:en,fr")

    response = drafter.get(f"/drafts/{draft_id}?instrument=bill&lang=fr")

    page = response.get_data(as_text=True)
    assert response.status_code == 200
    assert '<article class="instrument" lang="fr" data-country="RW">' in page
    assert "LOI N° ___/2026" in page
    assert f'href="/drafts/{draft_id}?lang=en&amp;version=2&amp;instrument=bill"' in page
    assert "primary legislation: it rests on no delegated power" in page


def test_a_bill_preview_without_a_bill_is_a_404_page(drafter, draft_with):
    draft_id = draft_with("ZM:en")

    response = drafter.get(f"/drafts/{draft_id}?instrument=bill")

    assert response.status_code == 404
    assert "This draft has no companion bill" in response.get_data(as_text=True)


def test_another_workspaces_bill_is_a_404(drafter, draft_with, create_user, make_browser):
    draft_id = draft_with("PY:es")
    create_user("other@example.org", workspaces={"Rwanda team": "drafter"})
    other = make_browser()
    other.login("other@example.org")

    response = other.get(f"/drafts/{draft_id}/bill.docx")

    assert response.status_code == 404
    assert "no companion bill" not in response.get_data(as_text=True)


# --- the API ------------------------------------------------------------------------------


@pytest.fixture
def api(app, create_user):
    from drafting.store import operations
    from drafting.store.models import User
    from drafting.web.extensions import db

    def token(email: str, workspace: str) -> dict[str, str]:
        create_user(email, workspaces={workspace: "drafter"})
        with app.app_context():
            user = db.session.scalar(db.select(User).where(User.email == email))
            _row, plain = operations.create_token(db.session, user, "tests")
            db.session.commit()
        return {"Authorization": f"Bearer {plain}"}

    return app.test_client(), token


def test_the_api_serves_the_bill_and_a_json_404_without_one(api):
    client, token = api
    ana = token("ana@example.org", "Paraguay team")
    created = client.post(
        "/api/v1/drafts", json={"country": "PY", "answers": example("PY")}, headers=ana
    ).get_json()
    listed = client.post(
        "/api/v1/drafts",
        json={"country": "PY", "answers": example("PY", outside_powers="list")},
        headers=ana,
    ).get_json()

    bill = client.get(f"/api/v1/drafts/{created['id']}/bill.docx", headers=ana)
    missing = client.get(f"/api/v1/drafts/{listed['id']}/bill.docx", headers=ana)

    assert bill.status_code == 200
    assert bill.mimetype == DOCX
    assert "LEY N° ___" in _docx_text(bill.data)
    assert missing.status_code == 404
    assert missing.get_json()["code"] == "A405"
    assert set(missing.get_json()) == {"code", "message", "hint"}


def test_the_api_hides_another_workspaces_bill(api):
    client, token = api
    ana = token("ana@example.org", "Paraguay team")
    bob = token("bob@example.org", "Zambia team")
    created = client.post(
        "/api/v1/drafts", json={"country": "PY", "answers": example("PY")}, headers=ana
    ).get_json()

    response = client.get(f"/api/v1/drafts/{created['id']}/bill.docx", headers=bob)

    assert response.status_code == 404
    assert response.get_json()["code"] == "404"


def test_the_openapi_document_describes_the_bill(api):
    client, _token = api

    document = client.get("/api/v1/openapi.json").get_json()

    operation = document["paths"]["/drafts/{draft_id}/bill.docx"]["get"]
    assert "companion bill" in operation["summary"]
    assert "A405" in operation["responses"]["404"]["description"]
    assert DOCX in operation["responses"]["200"]["content"]
