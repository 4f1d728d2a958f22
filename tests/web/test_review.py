"""The review workflow in the browser's forms: comments that follow their provision, status
moves with their 403 and 409, the audit trail, and what a reviewer may not do."""

from __future__ import annotations

import re

import pytest

from drafting.store import operations
from drafting.store.models import Comment, Draft, User
from drafting.web.extensions import db
from tests.web.conftest import start_draft


@pytest.fixture
def rita(create_user, make_browser):
    """A logged-in reviewer of the "Zambia team" workspace."""
    create_user("rita@example.org", role="reviewer", workspaces={"Zambia team": "reviewer"})
    browser = make_browser()
    browser.login("rita@example.org")
    return browser


def save_answers(app, draft_id, answers, email="drafter@example.org"):
    """A new version with these answers, saved by `email` as the wizard would."""
    with app.app_context():
        draft = db.session.get(Draft, draft_id)
        user = db.session.scalar(db.select(User).where(User.email == email))
        latest = operations.latest_version(db.session, draft)
        operations.save_version(
            db.session, draft, user, base=latest.number, answers=answers, library_version="x"
        )
        db.session.commit()


def comment(browser, draft_id, provision, body, **extra):
    return browser.post(
        f"/drafts/{draft_id}/comments", {"provision": provision, "body": body, **extra}
    )


def _section(page: str, eid: str) -> str:
    """The part of the comments page about one provision."""
    match = re.search(rf'<li id="prov-{eid}".*?</li>\s*(?=<li id="prov-|</ol>)', page, re.S)
    assert match, eid
    return match.group(0)


def _heading(section: str) -> str:
    return re.sub(r"\s+", " ", re.search(r"<h3>(.*?)<", section, re.S).group(1)).strip()


def test_a_reviewer_comments_on_a_provision_and_lands_at_its_anchor(app, drafter, rita):
    draft_id = start_draft(drafter)

    response = comment(rita, draft_id, "sec_8", "Should importers register too?", version="1")

    assert response.status_code == 302
    assert response.headers["Location"] == f"/drafts/{draft_id}/comments?version=1#prov-sec_8"
    section = _section(rita.get(f"/drafts/{draft_id}/comments").get_data(as_text=True), "sec_8")
    assert _heading(section) == "8. Registration of producers"
    assert "Should importers register too?" in section
    assert "on version 1, where it was 8." in section
    with app.app_context():
        row = db.session.scalar(db.select(Comment))
        assert (row.clause_id, row.eid, row.label, row.version_number, row.author_role) == (
            "producer-registration",
            "sec_8",
            "8.",
            1,
            "reviewer",
        )


def test_a_comment_moves_with_its_provision_when_it_is_renumbered(app, drafter, rita):
    draft_id = start_draft(drafter)
    comment(rita, draft_id, "sec_8", "Registration within 6 months is short.")

    # An advisory committee is inserted before the registration of producers: 8 becomes 9.
    save_answers(app, draft_id, {"advisory_committee": True})

    page = rita.get(f"/drafts/{draft_id}/comments").get_data(as_text=True)
    assert _heading(_section(page, "sec_9")) == "9. Registration of producers"
    assert "Registration within 6 months is short." in _section(page, "sec_9")
    assert "Registration within 6 months is short." not in _section(page, "sec_8")
    old = rita.get(f"/drafts/{draft_id}/comments?version=1").get_data(as_text=True)
    assert "Registration within 6 months is short." in _section(old, "sec_8")


def test_a_comment_on_a_provision_that_is_gone_says_so(app, drafter, rita):
    draft_id = start_draft(drafter)
    save_answers(app, draft_id, {"advisory_committee": True})
    page = rita.get(f"/drafts/{draft_id}/comments").get_data(as_text=True)
    eid = re.search(r'<li id="prov-(sec_\d+)"[^>]*>\s*<h3>\S+ Advisory', page).group(1)
    comment(rita, draft_id, eid, "Who sits on it?")

    save_answers(app, draft_id, {"advisory_committee": False})

    page = rita.get(f"/drafts/{draft_id}/comments").get_data(as_text=True)
    gone = page[page.index('id="prov-gone"') :]
    assert "provision no longer in the draft" in gone
    assert "Who sits on it?" in gone


def test_the_provision_link_from_the_diff_page_opens_the_form_there(drafter, rita):
    draft_id = start_draft(drafter)

    page = rita.get(f"/drafts/{draft_id}/comments?provision=sec_8").get_data(as_text=True)

    section = _section(page, "sec_8")
    assert '<input type="hidden" name="provision" value="sec_8">' in section
    assert "Your comment on 8." in section
    assert 'id="comment-provision"' not in page  # no second form with a choice of provision


@pytest.mark.parametrize(
    ("provision", "body", "message"),
    [
        pytest.param("sec_8", "   ", "Write the comment.", id="empty"),
        pytest.param("sec_999", "A comment", "Choose the provision", id="no-such-provision"),
        pytest.param("", "A comment", "Choose the provision", id="no-provision"),
    ],
)
def test_a_bad_comment_is_refused_with_a_message_and_nothing_saved(
    app, drafter, rita, provision, body, message
):
    draft_id = start_draft(drafter)

    response = comment(rita, draft_id, provision, body)

    assert response.status_code == 422
    assert message in response.get_data(as_text=True)
    with app.app_context():
        assert db.session.scalar(db.select(db.func.count()).select_from(Comment)) == 0


def test_a_form_without_the_csrf_token_is_refused(drafter, rita):
    draft_id = start_draft(drafter)

    response = rita.client.post(f"/drafts/{draft_id}/comments", data={"provision": "sec_8"})

    assert response.status_code == 400


def test_reply_resolve_and_reopen_a_thread(app, drafter, rita):
    draft_id = start_draft(drafter)
    comment(rita, draft_id, "sec_8", "Too short.")
    with app.app_context():
        thread_id = db.session.scalar(db.select(Comment.id))

    replied = drafter.post(f"/drafts/{draft_id}/comments/{thread_id}/replies", {"body": "Now 12."})
    resolved = rita.post(f"/drafts/{draft_id}/comments/{thread_id}/resolve")
    page = rita.get(f"/drafts/{draft_id}/comments").get_data(as_text=True)
    twice = rita.post(f"/drafts/{draft_id}/comments/{thread_id}/resolve")
    reopened = drafter.post(f"/drafts/{draft_id}/comments/{thread_id}/reopen")

    assert [replied.status_code, resolved.status_code, reopened.status_code] == [302] * 3
    assert replied.headers["Location"].endswith("#prov-sec_8")
    section = _section(page, "sec_8")
    assert "Now 12." in section
    assert "drafter's response" in section
    assert "resolved by rita@example.org" in section
    assert twice.status_code == 409
    assert "resolved already" in twice.get_data(as_text=True)
    with app.app_context():
        assert db.session.get(Comment, thread_id).resolved_at is None


def _status(browser, draft_id, status, note=""):
    return browser.post(f"/drafts/{draft_id}/status", {"status": status, "note": note})


def test_submit_request_changes_resubmit_and_approve(app, drafter, rita, create_user):
    draft_id = start_draft(drafter)

    submitted = _status(drafter, draft_id, "in-review")
    requested = _status(rita, draft_id, "changes-requested", "See regulation 8.")
    save_answers(app, draft_id, {"advisory_committee": True})
    _status(drafter, draft_id, "in-review")
    approved = _status(rita, draft_id, "approved")

    assert [submitted.status_code, requested.status_code, approved.status_code] == [302] * 3
    assert approved.headers["Location"] == f"/drafts/{draft_id}/status"
    page = rita.get(f"/drafts/{draft_id}/status").get_data(as_text=True)
    assert '<span class="tag status-approved">approved</span>' in page
    assert "by rita@example.org" in page
    assert "See regulation 8." in page
    draft_page = drafter.get(f"/drafts/{draft_id}").get_data(as_text=True)
    assert '<span class="tag status-approved">approved</span>' in draft_page


def test_the_draft_page_offers_each_user_their_own_moves(drafter, rita):
    draft_id = start_draft(drafter)

    for_drafter = drafter.get(f"/drafts/{draft_id}").get_data(as_text=True)
    for_reviewer = rita.get(f"/drafts/{draft_id}").get_data(as_text=True)
    _status(drafter, draft_id, "in-review")
    for_reviewer_later = rita.get(f"/drafts/{draft_id}").get_data(as_text=True)

    def buttons(page):
        return re.findall(r'name="status" value="([a-z-]+)"', page)

    assert buttons(for_drafter) == ["in-review"]
    assert buttons(for_reviewer) == []
    assert buttons(for_reviewer_later) == ["changes-requested", "approved"]
    assert f'href="/drafts/{draft_id}/comments"' in for_drafter


@pytest.mark.parametrize(
    ("who", "status", "code", "message"),
    [
        pytest.param("rita", "in-review", 403, "Only a drafter", id="reviewer-submits"),
        pytest.param("drafter", "approved", 403, "Only a reviewer", id="drafter-approves"),
        pytest.param("rita", "approved", 409, "only from", id="approve-before-review"),
        pytest.param("drafter", "published", 400, "There is no status", id="unknown"),
    ],
)
def test_wrong_moves_are_refused_with_a_clear_page(drafter, rita, who, status, code, message):
    draft_id = start_draft(drafter)
    browser = {"rita": rita, "drafter": drafter}[who]

    response = _status(browser, draft_id, status)

    assert response.status_code == code
    assert message in response.get_data(as_text=True)


def test_a_reviewer_in_a_review_cannot_edit_the_answers(drafter, rita):
    draft_id = start_draft(drafter)
    _status(drafter, draft_id, "in-review")

    response = rita.post(f"/drafts/{draft_id}/steps/instrument", {"base_version": "1"})
    restore = rita.post(f"/drafts/{draft_id}/versions/1/restore")

    assert (response.status_code, restore.status_code) == (403, 403)


def test_a_new_version_of_an_approved_draft_goes_back_to_drafting(drafter, rita):
    draft_id = start_draft(drafter)
    _status(drafter, draft_id, "in-review")
    _status(rita, draft_id, "approved")

    drafter.post(f"/drafts/{draft_id}/versions/1/restore")

    page = drafter.get(f"/drafts/{draft_id}/status").get_data(as_text=True)
    assert '<span class="tag status-drafting">drafting</span>' in page
    assert "by drafter@example.org" in page


def test_the_audit_trail_lists_every_action_latest_first(app, drafter, rita):
    draft_id = start_draft(drafter)
    comment(rita, draft_id, "sec_8", "Too short.")
    _status(drafter, draft_id, "in-review")
    save_answers(app, draft_id, {"advisory_committee": True})
    drafter.post(f"/drafts/{draft_id}/versions/1/restore")

    page = rita.get(f"/drafts/{draft_id}/audit").get_data(as_text=True)

    rows = re.findall(
        r'<tr class="event-([a-z-]+)"><td>[^<]*</td><td>([^<]*)</td><td>([^<]*)</td>', page
    )
    assert rows == [
        ("version-restored", "drafter@example.org", "restored version 1 as version 3"),
        ("version-saved", "drafter@example.org", "saved version 2"),
        (
            "status-changed",
            "drafter@example.org",
            "moved the draft from “drafting” to “in review” (version 1)",
        ),
        ("comment-added", "rita@example.org", "commented on 8. (version 1)"),
        ("draft-created", "drafter@example.org", "created the draft (version 1)"),
    ]


def test_review_pages_of_a_draft_are_404_for_another_workspace(drafter, create_user, make_browser):
    draft_id = start_draft(drafter)
    create_user("other@example.org", workspaces={"Rwanda team": "drafter"})
    other = make_browser()
    other.login("other@example.org")

    statuses = [
        other.get(f"/drafts/{draft_id}/comments").status_code,
        other.get(f"/drafts/{draft_id}/status").status_code,
        other.get(f"/drafts/{draft_id}/audit").status_code,
        other.get(f"/drafts/{draft_id}/consultation").status_code,
        other.get(f"/drafts/{draft_id}/consultation/matrix.docx").status_code,
        comment(other, draft_id, "sec_8", "hello").status_code,
        _status(other, draft_id, "in-review").status_code,
    ]

    assert statuses == [404] * 7
