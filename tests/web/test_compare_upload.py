"""An edited Word file compared with a version: the diff page, the redline, upload errors."""

from __future__ import annotations

import io
import re
import zipfile

import pytest

from tests.web.test_compare import ZM, draft_with


@pytest.fixture
def edited(app, drafter) -> tuple[int, bytes]:
    """A Zambian draft (version 2: the example) and the Word file of version 3, which adds
    an advisory committee: as if the ministry had inserted regulation 6 in Word."""
    draft_id = draft_with(app, drafter, "ZM:en", ZM, {**ZM, "advisory_committee": True})
    docx = drafter.get(f"/drafts/{draft_id}/document.docx?version=3&clean=1").data
    return draft_id, docx


def _upload(browser, draft_id: int, data: bytes, name: str = "edited.docx", version: str = "2"):
    return browser.post(
        f"/drafts/{draft_id}/compare-file",
        {"version": version, "file": (io.BytesIO(data), name)},
        content_type="multipart/form-data",
    )


def test_the_upload_page_offers_every_version(drafter, edited):
    draft_id, _docx = edited

    page = drafter.get(f"/drafts/{draft_id}/compare-file?version=2").get_data(as_text=True)

    assert 'enctype="multipart/form-data"' in page
    assert re.findall(r'<option value="(\d+)"', page) == ["3", "2", "1"]
    assert '<option value="2" selected>' in page


def test_an_uploaded_file_opens_its_diff_with_the_version(drafter, edited):
    draft_id, docx = edited

    response = _upload(drafter, draft_id, docx)
    page = drafter.get(response.headers["Location"]).get_data(as_text=True)

    assert response.status_code == 302
    assert re.fullmatch(rf"/drafts/{draft_id}/compare-file/[\w-]+", response.headers["Location"])
    assert "Changes from Version 2 to edited.docx" in page
    assert "The file edited.docx compared with version 2 of the draft." in page
    added = re.findall(r'<li class="step-added"><a href="#change-c\d+">([^<]*)', page)
    assert added == ["Added 6: "]
    assert 'lang="en">Advisory committee</span></a></li>' in page


def test_the_redline_of_an_uploaded_file_tracks_its_changes(drafter, edited):
    draft_id, docx = edited
    location = _upload(drafter, draft_id, docx).headers["Location"]

    response = drafter.get(f"{location}/redline.docx")

    with zipfile.ZipFile(io.BytesIO(response.data)) as z:
        xml = z.read("word/document.xml").decode()
    assert response.status_code == 200
    assert response.headers["Content-Disposition"] == (
        "attachment; filename=edited-v2-redline.docx"
    )
    assert "<w:ins " in xml


def test_hiding_renumbering_works_on_an_uploaded_file(drafter, edited):
    draft_id, docx = edited
    location = _upload(drafter, draft_id, docx).headers["Location"]

    page = drafter.get(f"{location}?hide=renumbering").get_data(as_text=True)

    assert 'data-substantive="false"' not in page
    assert re.search(r"\d+ changes that are only renumbering are hidden\.", page)


def test_another_user_cannot_open_an_uploaded_comparison(
    drafter, edited, create_user, make_browser
):
    draft_id, docx = edited
    location = _upload(drafter, draft_id, docx).headers["Location"]
    create_user("colleague@example.org", workspaces={"Zambia team": "reviewer"})
    colleague = make_browser()
    colleague.login("colleague@example.org")

    response = colleague.get(location)

    assert response.status_code == 404
    assert "upload the file again" in response.get_data(as_text=True)


@pytest.mark.parametrize(
    ("data", "name", "status", "message"),
    [
        pytest.param(None, "", 400, "Choose the edited Word file to compare.", id="no-file"),
        pytest.param(b"", "empty.docx", 400, "The file is empty.", id="empty"),
        pytest.param(b"not a zip at all", "notes.docx", 400, "I60", id="not-a-docx"),
    ],
)
def test_a_file_that_cannot_be_compared_is_refused_with_its_reason(
    drafter, edited, data, name, status, message
):
    draft_id, _docx = edited
    form = {"version": "2"}
    if data is not None:
        form["file"] = (io.BytesIO(data), name)

    response = drafter.post(
        f"/drafts/{draft_id}/compare-file", form, content_type="multipart/form-data"
    )

    page = response.get_data(as_text=True)
    assert response.status_code == status
    assert message in page
    assert '<div class="error-summary" role="alert"' in page


def test_a_file_over_the_limit_is_refused_with_413(app, drafter, edited, monkeypatch):
    draft_id, docx = edited
    monkeypatch.setitem(app.config, "CHECK_MAX_UPLOAD", 1000)

    response = _upload(drafter, draft_id, docx)

    assert response.status_code == 413
    assert "The file is larger than" in response.get_data(as_text=True)


def test_a_version_the_draft_does_not_have_is_not_found(drafter, edited):
    draft_id, docx = edited

    response = _upload(drafter, draft_id, docx, version="8")

    assert response.status_code == 404
