"""The review workflow in the JSON API: comments and status, with their error codes."""

from __future__ import annotations

import pytest

from drafting.store import operations
from drafting.store.models import User
from drafting.web.extensions import db


@pytest.fixture
def token_for(app, create_user):
    def make(email: str, member_role: str) -> dict[str, str]:
        create_user(email, role=member_role, workspaces={"Zambia team": member_role})
        with app.app_context():
            user = db.session.scalar(db.select(User).where(User.email == email))
            _token, plain = operations.create_token(db.session, user, "tests")
            db.session.commit()
        return {"Authorization": f"Bearer {plain}"}

    return make


@pytest.fixture
def client(app):
    return app.test_client()


@pytest.fixture
def ana(token_for):
    return token_for("ana@example.org", "drafter")


@pytest.fixture
def rita(token_for):
    return token_for("rita@example.org", "reviewer")


@pytest.fixture
def draft_id(client, ana):
    response = client.post("/api/v1/drafts", json={"country": "ZM", "answers": {}}, headers=ana)
    assert response.status_code == 201
    return response.get_json()["id"]


def _comment(client, headers, draft_id, **body):
    return client.post(f"/api/v1/drafts/{draft_id}/comments", json=body, headers=headers)


def test_comment_reply_and_list(client, ana, rita, draft_id):
    created = _comment(client, rita, draft_id, provision="sec_8", body="Too short.")
    thread_id = created.get_json()["id"]
    replied = _comment(client, ana, draft_id, reply_to=thread_id, body="Now 12 months.")

    listed = client.get(f"/api/v1/drafts/{draft_id}/comments", headers=rita).get_json()

    assert (created.status_code, replied.status_code) == (201, 201)
    [thread] = listed
    assert {k: thread[k] for k in ("id", "body", "author", "author_role", "version")} == {
        "id": thread_id,
        "body": "Too short.",
        "author": "rita@example.org",
        "author_role": "reviewer",
        "version": 1,
    }
    assert thread["provision"] == {
        "clause_id": "producer-registration",
        "eid": "sec_8",
        "label": "8.",
        "heading": "Registration of producers",
    }
    assert thread["current"] == {"eid": "sec_8", "number": "8", "label": "8."}
    assert (thread["resolved"], thread["resolved_by"]) == (False, None)
    assert [(r["body"], r["author_role"]) for r in thread["replies"]] == [
        ("Now 12 months.", "drafter")
    ]


def test_a_listed_comment_is_at_its_provisions_new_number(client, ana, rita, draft_id):
    _comment(client, rita, draft_id, provision="sec_8", body="Too short.")
    client.put(
        f"/api/v1/drafts/{draft_id}",
        json={"answers": {"advisory_committee": True}, "version": 1},
        headers=ana,
    )

    [thread] = client.get(f"/api/v1/drafts/{draft_id}/comments", headers=rita).get_json()

    assert (thread["provision"]["label"], thread["current"]) == (
        "8.",
        {"eid": "sec_9", "number": "9", "label": "9."},
    )


@pytest.mark.parametrize(
    ("body", "status", "field"),
    [
        pytest.param({"provision": "sec_8"}, 422, "body", id="no-body"),
        pytest.param({"provision": "sec_8", "body": " "}, 422, "body", id="blank-body"),
        pytest.param({"provision": "sec_999", "body": "x"}, 422, "provision", id="no-such-eid"),
        pytest.param({"provision": "sec_8", "body": "x", "version": "1"}, 422, "version", id="v"),
        pytest.param({"reply_to": "1", "body": "x"}, 422, "reply_to", id="bad-reply-to"),
    ],
)
def test_bad_comments_name_the_field(client, rita, draft_id, body, status, field):
    response = _comment(client, rita, draft_id, **body)

    assert response.status_code == status
    assert response.get_json()["problems"][0]["field"] == field


def test_a_comment_needs_a_json_object_and_a_token(client, rita, draft_id):
    not_json = client.post(
        f"/api/v1/drafts/{draft_id}/comments", data="hello", headers=rita
    ).status_code
    no_token = client.get(f"/api/v1/drafts/{draft_id}/comments").status_code
    no_reply_target = _comment(client, rita, draft_id, reply_to=999, body="x").status_code

    assert (not_json, no_token, no_reply_target) == (400, 401, 404)


def _status(client, headers, draft_id, status, note=""):
    return client.post(
        f"/api/v1/drafts/{draft_id}/status", json={"status": status, "note": note}, headers=headers
    )


def test_submit_then_approve(client, ana, rita, draft_id):
    submitted = _status(client, ana, draft_id, "in-review")
    approved = _status(client, rita, draft_id, "approved")

    assert submitted.status_code == 200
    assert submitted.get_json() == {
        "status": "in-review",
        "by": "ana@example.org",
        "at": submitted.get_json()["at"],
        "version": 1,
        "allowed": [],
    }
    assert {k: approved.get_json()[k] for k in ("status", "by", "allowed")} == {
        "status": "approved",
        "by": "rita@example.org",
        "allowed": [],
    }
    draft = client.get(f"/api/v1/drafts/{draft_id}", headers=ana).get_json()
    assert draft["status"] == "approved"


@pytest.mark.parametrize(
    ("who", "status", "code"),
    [
        pytest.param("rita", "in-review", 403, id="reviewer-submits"),
        pytest.param("ana", "approved", 403, id="drafter-approves"),
        pytest.param("rita", "approved", 409, id="approve-before-review"),
        pytest.param("ana", "published", 400, id="unknown-status"),
    ],
)
def test_wrong_moves(client, ana, rita, draft_id, who, status, code):
    headers = {"ana": ana, "rita": rita}[who]

    response = _status(client, headers, draft_id, status)

    body = response.get_json()
    assert (response.status_code, body["code"]) == (code, str(code))
    assert body["message"]


def test_a_reviewer_cannot_change_the_answers_through_the_api(client, rita, draft_id):
    response = client.put(
        f"/api/v1/drafts/{draft_id}", json={"answers": {}, "version": 1}, headers=rita
    )

    assert response.status_code == 403
