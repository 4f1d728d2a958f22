"""The review journey: a reviewer reads the diff of two versions without the renumbering,
comments on a provision and requests changes; the drafter sees the comment, changes an
answer and resubmits; the reviewer approves. Screenshots in tests/artifacts/e2e/."""

from __future__ import annotations

import re

from playwright.sync_api import expect

from drafting.store import operations
from drafting.store.models import User, Workspace
from drafting.web.extensions import db
from tests.e2e.conftest import check_page, log_in


def _draft_with_two_versions(live_app) -> int:
    """Version 1 with the defaults; version 2 inserts an advisory committee (regulation 8),
    so every later regulation is renumbered."""
    with live_app.app_context():
        dana = db.session.scalar(db.select(User).where(User.email == "dana@example.org"))
        workspace = db.session.scalar(db.select(Workspace).where(Workspace.name == "Zambia team"))
        draft = operations.create_draft(
            db.session,
            dana,
            workspace=workspace,
            country="ZM",
            title="Zambia e-waste regulations",
            languages=["en"],
            answers={},
            library_version="e2e",
        )
        operations.save_version(
            db.session,
            draft,
            dana,
            base=1,
            answers={"advisory_committee": True},
            library_version="e2e",
        )
        db.session.commit()
        return draft.id


def test_review_request_changes_resubmit_approve(live_app, new_context, create_user):
    create_user("dana@example.org", workspaces={"Zambia team": "drafter"})
    create_user("rita@example.org", role="reviewer", workspaces={"Zambia team": "reviewer"})
    draft_id = _draft_with_two_versions(live_app)
    drafter = new_context().new_page()
    reviewer = new_context().new_page()

    # The drafter submits the draft for review from the draft page.
    log_in(drafter, "dana@example.org")
    drafter.goto(f"/drafts/{draft_id}")
    drafter.get_by_role("button", name="Submit for review").click()
    expect(drafter.locator(".review-panel .tag")).to_have_text("in review")

    # The reviewer reads the diff without the renumbering and comments on a change.
    log_in(reviewer, "rita@example.org")
    reviewer.goto(f"/drafts/{draft_id}/diff?from=1&to=2")
    reviewer.get_by_label("Hide changes that are only renumbering").check()
    reviewer.get_by_role("button", name="Apply").click()
    expect(reviewer).to_have_url(re.compile(r"hide=renumbering"))
    check_page(reviewer, "review-01-diff-without-renumbering", audit=False)
    reviewer.get_by_role("link", name="Comment on this provision").first.click()
    expect(reviewer).to_have_url(re.compile(rf"/drafts/{draft_id}/comments\?provision="))
    box = reviewer.get_by_label(re.compile(r"^Your comment on "))
    box.fill("Who appoints the members of the committee, and for how long?")
    reviewer.get_by_role("button", name="Add the comment").click()
    thread = reviewer.locator("article.comment-thread")
    expect(thread).to_contain_text("Who appoints the members of the committee")
    check_page(reviewer, "review-02-comments")

    # ... and requests changes, with a note.
    reviewer.get_by_role("link", name="Status", exact=True).click()
    reviewer.get_by_label("Note (optional)").fill("See my comment on the advisory committee.")
    reviewer.get_by_role("button", name="Request changes").click()
    expect(reviewer.get_by_role("heading", level=1)).to_contain_text("Status")
    expect(reviewer.locator("p.lead .tag")).to_have_text("changes requested")
    check_page(reviewer, "review-03-changes-requested")

    # The drafter sees the comment, answers it, changes an answer and resubmits.
    drafter.goto(f"/drafts/{draft_id}")
    expect(drafter.locator(".review-panel .tag")).to_have_text("changes requested")
    drafter.get_by_role("link", name=re.compile(r"^Comments \(1 open of 1\)")).click()
    expect(drafter.locator("article.comment-thread")).to_contain_text(
        "Who appoints the members of the committee"
    )
    drafter.get_by_label("Reply").fill("The Minister, for three years: now in regulation 8(2).")
    drafter.get_by_role("button", name="Send the reply").click()
    expect(drafter.locator("ul.replies")).to_contain_text("drafter's response")
    check_page(drafter, "review-04-drafter-replies")
    drafter.goto(f"/drafts/{draft_id}")
    drafter.get_by_role("link", name="Edit the answers").click()
    drafter.get_by_label("Year in which the instrument is to be made").fill("2029")
    drafter.get_by_role("button", name="Save and continue").click()
    drafter.goto(f"/drafts/{draft_id}")
    expect(drafter.get_by_text("version 3 of 3")).to_be_visible()
    drafter.get_by_role("button", name="Submit for review").click()
    expect(drafter.locator(".review-panel .tag")).to_have_text("in review")

    # The reviewer approves; the status and the audit trail say who did what.
    reviewer.goto(f"/drafts/{draft_id}")
    reviewer.get_by_role("button", name="Approve").click()
    expect(reviewer.locator(".review-panel .tag")).to_have_text("approved")
    reviewer.get_by_role("link", name="Status and history").click()
    expect(reviewer.locator("p.lead .tag")).to_have_text("approved")
    expect(reviewer.locator("p.lead")).to_contain_text("by rita@example.org")
    check_page(reviewer, "review-05-approved")
    reviewer.get_by_role("link", name="Audit trail").click()
    rows = reviewer.locator("tbody tr")
    expect(rows.first).to_contain_text("rita@example.org")
    expect(rows.first).to_contain_text("moved the draft from “in review” to “approved”")
    expect(rows).to_have_count(9)
    check_page(reviewer, "review-06-audit-trail")
    reviewer.get_by_role("link", name="Consultation", exact=True).click()
    check_page(reviewer, "review-07-consultation")
