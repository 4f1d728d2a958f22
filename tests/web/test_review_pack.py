"""The consultation pack: recording a consultation, the Word comment matrix read back as a
document, and the "changes since consultation" redline."""

from __future__ import annotations

import io
import re
import zipfile

import docx
import pytest
from docx.enum.section import WD_ORIENT

from drafting.redline import accepted_paragraphs, rejected_paragraphs
from drafting.store.models import Comment
from drafting.web.extensions import db
from tests.web.conftest import start_draft
from tests.web.test_review import comment, save_answers


@pytest.fixture
def rita(create_user, make_browser):
    create_user("rita@example.org", role="reviewer", workspaces={"Zambia team": "reviewer"})
    browser = make_browser()
    browser.login("rita@example.org")
    return browser


def _consult(browser, draft_id, version="1", sent_on="2027-01-15", note="Stakeholders, round 1"):
    return browser.post(
        f"/drafts/{draft_id}/consultation", {"version": version, "sent_on": sent_on, "note": note}
    )


def test_a_drafter_records_a_consultation(drafter):
    draft_id = start_draft(drafter)

    response = _consult(drafter, draft_id)

    assert response.status_code == 302
    page = drafter.get(f"/drafts/{draft_id}/consultation").get_data(as_text=True)
    assert "<td>2027-01-15</td><td>1</td><td>Stakeholders, round 1</td>" in page
    assert "Changes since consultation: version 1 to version 1" in page


@pytest.mark.parametrize(
    ("fields", "status", "message"),
    [
        pytest.param({"sent_on": "15/01/2027"}, 422, "as YYYY-MM-DD", id="bad-date"),
        pytest.param({"version": "x"}, 422, "Choose the version", id="bad-version"),
        pytest.param({"version": "7"}, 404, "has no version 7", id="no-such-version"),
    ],
)
def test_a_bad_consultation_is_refused(drafter, fields, status, message):
    draft_id = start_draft(drafter)

    response = _consult(drafter, draft_id, **fields)

    assert response.status_code == status
    assert message in response.get_data(as_text=True)


def test_a_reviewer_cannot_record_a_consultation(drafter, rita):
    draft_id = start_draft(drafter)

    response = _consult(rita, draft_id)
    page = rita.get(f"/drafts/{draft_id}/consultation").get_data(as_text=True)

    assert response.status_code == 403
    assert "Record the consultation" not in page


def _matrix(browser, draft_id):
    response = browser.get(f"/drafts/{draft_id}/consultation/matrix.docx")
    assert response.status_code == 200
    assert response.mimetype.endswith("wordprocessingml.document")
    return docx.Document(io.BytesIO(response.data))


def test_the_comment_matrix_has_a_row_per_provision_with_comments_and_responses(app, drafter, rita):
    draft_id = start_draft(drafter)
    comment(rita, draft_id, "sec_8", "Six months is short.")
    with app.app_context():
        thread_id = db.session.scalar(db.select(Comment.id))
    drafter.post(f"/drafts/{draft_id}/comments/{thread_id}/replies", {"body": "Now 12 months."})
    rita.post(f"/drafts/{draft_id}/comments/{thread_id}/replies", {"body": "Thank you."})
    # The provision becomes 9: the matrix follows the current version's numbers.
    save_answers(app, draft_id, {"advisory_committee": True})

    document = _matrix(rita, draft_id)

    table = document.tables[0]
    rows = [[c.text for c in r.cells] for r in table.rows]
    assert rows[0] == ["Provision", "Heading", "Comments", "Drafter's response"]
    assert len(rows) == 1 + 44  # 41 regulations, 3 schedules in version 2
    day = re.compile(r"\d{4}-\d{2}-\d{2}")
    row = next(r for r in rows if r[0] == "9.")
    assert [row[1], day.sub("D", row[2]), day.sub("D", row[3])] == [
        "Registration of producers",
        "rita@example.org, D\nSix months is short.\nrita@example.org, D\nThank you.",
        "drafter@example.org, D\nNow 12 months.",
    ]
    assert [r[2:] for r in rows[1:] if r[0] != "9."] == [["", ""]] * 43


def test_the_comment_matrix_is_landscape_a4_with_a_repeating_header(drafter):
    draft_id = start_draft(drafter)

    document = _matrix(drafter, draft_id)

    section = document.sections[0]
    assert section.orientation == WD_ORIENT.LANDSCAPE
    assert (round(section.page_width.cm, 1), round(section.page_height.cm, 1)) == (29.7, 21.0)
    assert document.styles["Normal"].font.name == "Times New Roman"
    header = document.tables[0].rows[0]._tr
    assert header.xpath("./w:trPr/w:tblHeader/@w:val") == ["true"]


def test_the_changes_since_consultation_redline(app, drafter):
    draft_id = start_draft(drafter)
    _consult(drafter, draft_id)
    save_answers(app, draft_id, {"advisory_committee": True})

    response = drafter.get(f"/drafts/{draft_id}/consultation/changes.docx")

    assert response.status_code == 200
    assert "v1-v2" in response.headers["Content-Disposition"]
    xml = zipfile.ZipFile(io.BytesIO(response.data)).read("word/document.xml").decode()
    assert "<w:ins " in xml
    old = drafter.get(f"/drafts/{draft_id}/document.docx?version=1&clean=1").data
    new = drafter.get(f"/drafts/{draft_id}/document.docx?version=2&clean=1").data
    # The redline is the current version's text once accepted, the consulted one's rejected.
    assert accepted_paragraphs(response.data) == accepted_paragraphs(new)
    assert rejected_paragraphs(response.data) == accepted_paragraphs(old)
    assert accepted_paragraphs(old) != accepted_paragraphs(new)


def test_no_changes_since_consultation_without_a_consultation(drafter):
    draft_id = start_draft(drafter)

    response = drafter.get(f"/drafts/{draft_id}/consultation/changes.docx")

    assert response.status_code == 404
