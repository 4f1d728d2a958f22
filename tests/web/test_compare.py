"""The diff of two versions: summary, layouts, the renumbering filter, navigation, comments
links, the Word redline, errors and permissions, and the API's JSON."""

from __future__ import annotations

import io
import json
import re
import zipfile

import pytest

from drafting.answers import validate_answers
from drafting.assemble import assemble
from drafting.diff import diff_instruments
from drafting.store import operations
from drafting.store.models import Draft, User
from drafting.web.extensions import db
from tests.conftest import CLAUSES
from tests.web.conftest import start_draft

ZM = json.loads((CLAUSES / "examples" / "zm.json").read_text(encoding="utf-8"))
RW = json.loads((CLAUSES / "examples" / "rw.json").read_text(encoding="utf-8"))
PY = json.loads((CLAUSES / "examples" / "py.json").read_text(encoding="utf-8"))
RW_TARGETS_RAISED = {
    **RW,
    "collection_targets": [
        {"year": 2029, "percent": 30},
        {"year": 2031, "percent": 35},
        {"year": 2033, "percent": 45},
    ],
}


def save(app, draft_id: int, answers: dict) -> int:
    """A new version of the draft with these answers; returns its number."""
    with app.app_context():
        draft = db.session.get(Draft, draft_id)
        latest = operations.latest_version(db.session, draft)
        version = operations.save_version(
            db.session,
            draft,
            latest.author,
            base=latest.number,
            answers=answers,
            library_version="test",
        )
        db.session.commit()
        return version.number


def draft_with(app, browser, country: str, *answer_sets: dict, title: str = "E-waste") -> int:
    """A draft whose versions 2, 3... have these answers (version 1: none given)."""
    draft_id = start_draft(browser, country, title)
    for answers in answer_sets:
        save(app, draft_id, answers)
    return draft_id


def _engine_diff(library, country: str, old: dict, new: dict, language: str = "en"):
    """What the core says of two sets of answers (the pages show it; tests/diff test it)."""
    profile = library.profile(country)

    def build(answers):
        return assemble(library, profile, validate_answers(library, profile, answers), language)

    return diff_instruments(build(old), build(new), library=library)


@pytest.fixture(scope="module")
def renumbered(library) -> int:
    """How many changes adding an advisory committee to Zambia's example only renumbers."""
    diff = _engine_diff(library, "ZM", ZM, {**ZM, "advisory_committee": True})
    count = sum(1 for c in diff.changes if not c.substantive)
    assert count > 30  # every regulation after the 5th
    return count


@pytest.fixture
def committee(app, drafter) -> int:
    """Zambia's example (version 2), then with an advisory committee (version 3): one
    regulation added near the top, every later one renumbered."""
    return draft_with(app, drafter, "ZM:en", ZM, {**ZM, "advisory_committee": True})


def _ids(page: str, **attrs: str) -> list[str]:
    found = re.findall(r'<section class="change[^"]*" id="change-(c\d+)"([^>]*)>', page)
    return [cid for cid, rest in found if all(f'data-{k}="{v}"' in rest for k, v in attrs.items())]


def test_the_versions_page_offers_to_compare_any_two_versions(drafter, committee):
    page = drafter.get(f"/drafts/{committee}/versions").get_data(as_text=True)

    assert f'<form id="compare-versions" method="get" action="/drafts/{committee}/diff">' in page
    assert re.findall(r'form="compare-versions" name="from" value="(\d+)"', page) == ["3", "2", "1"]
    assert re.search(r'name="from" value="2" id="from-2" checked', page)
    assert re.search(r'name="to" value="3" id="to-3" checked', page)
    assert f'href="/drafts/{committee}/compare-file"' in page


def test_the_diff_page_sums_up_the_changes_and_the_answer_behind_them(
    drafter, committee, renumbered
):
    response = drafter.get(f"/drafts/{committee}/diff?from=2&to=3")

    page = response.get_data(as_text=True)
    assert response.status_code == 200
    counts = re.findall(r'<li class="count count-([a-z-]+)"><span class="n">(\d+)</span>', page)
    assert counts == [("added", "1"), ("modified", "1"), ("renumbered", str(renumbered))]
    assert re.search(
        r'<th scope="row">Establish an advisory committee of stakeholders\?</th>'
        r"<td>no</td><td>yes</td>",
        page,
    )
    assert '<a href="#change-c2">Added 6: <span lang="en">Advisory committee</span></a>' in page


def test_hiding_renumbering_leaves_the_substantive_changes(drafter, committee, renumbered):
    shown = drafter.get(f"/drafts/{committee}/diff?from=2&to=3").get_data(as_text=True)

    hidden = drafter.get(f"/drafts/{committee}/diff?from=2&to=3&hide=renumbering")

    page = hidden.get_data(as_text=True)
    assert len(_ids(shown, substantive="false")) == renumbered
    assert _ids(page, substantive="false") == []
    assert _ids(page) == ["c2", "c34"]
    assert f"{renumbered} changes that are only renumbering are hidden." in page
    assert 'id="hide-renumbering" name="hide" value="renumbering" checked' in page


def test_each_change_links_to_the_next_and_previous_and_to_its_comments(drafter, committee):
    page = drafter.get(f"/drafts/{committee}/diff?from=2&to=3&hide=renumbering").get_data(
        as_text=True
    )

    navs = re.findall(r'<nav class="change-nav" aria-label="Change (c\d+)">(.*?)</nav>', page)
    assert [cid for cid, _ in navs] == ["c2", "c34"]
    first, last = navs[0][1], navs[1][1]
    assert '<a href="#change-c34" class="next">Next change</a>' in first
    assert "prev" not in first
    assert '<a href="#change-c2" class="prev">Previous change</a>' in last
    assert f'href="/drafts/{committee}/comments?provision=sec_6" class="comment"' in first


def test_side_by_side_and_inline_are_two_layouts_of_the_same_changes(drafter, committee):
    side = drafter.get(f"/drafts/{committee}/diff?from=2&to=3").get_data(as_text=True)
    inline = drafter.get(f"/drafts/{committee}/diff?from=2&to=3&mode=inline").get_data(as_text=True)

    assert _ids(side) == _ids(inline)
    assert re.search(r'mode=side"\s+aria-current="page">Side by side</a>', side)
    assert re.search(r'mode=inline"\s+aria-current="page">Inline</a>', inline)
    assert '<div class="diff-body diff-side" lang="en">' in side
    assert '<div class="diff-body diff-inline" lang="en">' in inline
    assert side != inline


def test_a_changed_collection_target_shows_the_parameter_and_its_question(app, drafter):
    draft_id = draft_with(app, drafter, "RW:en", RW, RW_TARGETS_RAISED)

    page = drafter.get(f"/drafts/{draft_id}/diff?from=2&to=3").get_data(as_text=True)

    counts = re.findall(r'<li class="count count-([a-z-]+)"><span class="n">(\d+)</span>', page)
    assert counts == [("parameter", "1")]
    assert _ids(page, type="parameter") == ["c1"]
    assert re.search(r'<th scope="row">Minimum collection rates by year</th>', page)
    assert "25 per cent" in page
    assert "30 per cent" in page


@pytest.mark.parametrize(
    ("query", "status", "message"),
    [
        pytest.param("from=3&to=3", 400, "both are version 3", id="same-version"),
        pytest.param("from=two&to=3", 400, "must be a version number", id="not-a-number"),
        pytest.param("from=2&to=9", 404, "has no version 9", id="no-such-version"),
        pytest.param("from=2&to=3&lang=fr", 404, "There is no such page", id="not-its-language"),
    ],
)
def test_versions_that_cannot_be_compared(drafter, committee, query, status, message):
    response = drafter.get(f"/drafts/{committee}/diff?{query}")

    assert response.status_code == status
    assert message in response.get_data(as_text=True)


def test_the_diff_of_another_workspace_s_draft_is_not_found(committee, create_user, make_browser):
    create_user("rw@example.org", workspaces={"Rwanda team": "drafter"})
    other = make_browser()
    other.login("rw@example.org")

    pages = [
        other.get(f"/drafts/{committee}/diff?from=2&to=3"),
        other.get(f"/drafts/{committee}/diff.docx?from=2&to=3"),
        other.get(f"/drafts/{committee}/compare-file"),
    ]

    assert [r.status_code for r in pages] == [404, 404, 404]


def _document_xml(payload: bytes) -> str:
    with zipfile.ZipFile(io.BytesIO(payload)) as z:
        return z.read("word/document.xml").decode()


def test_the_word_redline_of_two_versions_has_tracked_changes(drafter, committee):
    response = drafter.get(f"/drafts/{committee}/diff.docx?from=2&to=3")

    xml = _document_xml(response.data)
    assert response.status_code == 200
    assert response.headers["Content-Disposition"] == (
        "attachment; filename=e-waste-v2-v3-en-redline.docx"
    )
    assert "<w:ins " in xml
    assert "Advisory committee" in xml


# --- the API -------------------------------------------------------------------------------


@pytest.fixture
def token(app, create_user):
    with app.app_context():
        user = db.session.scalar(db.select(User).where(User.email == "drafter@example.org"))
        _row, plain = operations.create_token(db.session, user, "tests")
        db.session.commit()
    return {"Authorization": f"Bearer {plain}"}


def test_the_api_gives_the_diff_as_json(app, committee, token, renumbered):
    response = app.test_client().get(f"/api/v1/drafts/{committee}/diff?from=2&to=3", headers=token)

    body = response.get_json()
    assert response.status_code == 200
    assert body["format"] == "ewaste-diff/1"
    assert body["summary"]["added"] == 1
    assert body["summary"]["renumbered"] == renumbered
    assert body["answers"] == [
        {
            "question": "advisory_committee",
            "label": "Establish an advisory committee of stakeholders?",
            "old": "no",
            "new": "yes",
        }
    ]
    added = next(c for c in body["changes"] if c["type"] == "added")
    assert (added["new_number"], added["heading"], added["clause_id"]) == (
        "6",
        "Advisory committee",
        "advisory-committee",
    )


@pytest.mark.parametrize(
    ("query", "status"),
    [("from=3&to=3", 400), ("from=x&to=3", 400), ("from=1&to=7", 404)],
)
def test_the_api_refuses_versions_that_cannot_be_compared(app, committee, token, query, status):
    response = app.test_client().get(f"/api/v1/drafts/{committee}/diff?{query}", headers=token)

    assert response.status_code == status
    assert set(response.get_json()) >= {"code", "message"}


def test_the_api_diff_needs_a_token(app, committee):
    response = app.test_client().get(f"/api/v1/drafts/{committee}/diff?from=2&to=3")

    assert response.status_code == 401
