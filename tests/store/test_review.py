"""The review workflow in the store, on SQLite and PostgreSQL: status moves and who may make
them, comments and their threads, consultations, and the audit trail every write leaves."""

from __future__ import annotations

from datetime import date

import pytest

from drafting.store import operations, review
from drafting.store.models import DraftStatus


@pytest.fixture
def team(session, create_user, create_workspace):
    """A drafter (who creates the draft), a second drafter, a reviewer and an outsider."""
    ana = create_user("ana@example.org")
    ben = create_user("ben@example.org")
    rita = create_user("rita@example.org")
    olga = create_user("olga@example.org")
    workspace = create_workspace(drafters=[ana, ben], reviewers=[rita])
    draft = operations.create_draft(
        session,
        ana,
        workspace=workspace,
        country="ZM",
        title="E-waste regulations",
        languages=["en"],
        answers={"a": 1},
        library_version="lib1",
    )
    return {"ana": ana, "ben": ben, "rita": rita, "olga": olga, "draft": draft}


def _kinds(session, draft):
    return [e.kind for e in operations.events_of(session, draft)]


def test_a_new_draft_is_drafting_and_its_creation_is_in_the_audit_trail(session, team):
    draft = team["draft"]

    events = operations.events_of(session, draft)

    assert draft.status == "drafting"
    assert [(e.kind, e.user.email, e.details["version"]) for e in events] == [
        ("draft-created", "ana@example.org", 1)
    ]


def test_submit_request_changes_resubmit_approve_records_who_and_when(session, team):
    draft, ana, ben, rita = team["draft"], team["ana"], team["ben"], team["rita"]
    review.change_status(session, draft, ana, "in-review")
    review.change_status(session, draft, rita, "changes-requested", note="see regulation 7")
    operations.save_version(session, draft, ben, base=1, answers={"a": 2}, library_version="l")
    review.change_status(session, draft, ben, "in-review")
    review.change_status(session, draft, rita, "approved")

    moves = [
        (
            e.user.email,
            e.details["old"],
            e.details["new"],
            e.details["version"],
            e.details["reason"],
        )
        for e in operations.events_of(session, draft)
        if e.kind == "status-changed"
    ]
    assert moves == [
        ("ana@example.org", "drafting", "in-review", 1, ""),
        ("rita@example.org", "in-review", "changes-requested", 1, "see regulation 7"),
        ("ben@example.org", "changes-requested", "in-review", 2, ""),
        ("rita@example.org", "in-review", "approved", 2, ""),
    ]
    assert (draft.status, draft.status_by.email) == ("approved", "rita@example.org")
    assert draft.status_at is not None


@pytest.mark.parametrize(
    ("who", "status"),
    [
        pytest.param("rita", "in-review", id="reviewer-submits"),
        pytest.param("ben", "approved", id="drafter-approves"),
        pytest.param("ben", "changes-requested", id="drafter-requests-changes"),
    ],
)
def test_a_move_outside_ones_role_is_forbidden(session, team, who, status):
    draft = team["draft"]
    if status != "in-review":
        review.change_status(session, draft, team["ana"], "in-review")
    before = draft.status

    with pytest.raises(operations.Forbidden):
        review.change_status(session, draft, team[who], status)

    assert draft.status == before


def test_an_admin_reviewer_cannot_approve_the_draft_they_created(session, team, create_user):
    boss = create_user("boss@example.org", role="admin")
    operations.add_member(session, team["draft"].workspace, boss, "drafter")
    draft = operations.create_draft(
        session,
        boss,
        workspace=team["draft"].workspace,
        country="ZM",
        title="Boss's own",
        languages=["en"],
        answers={},
        library_version="l",
    )
    review.change_status(session, draft, boss, "in-review")

    with pytest.raises(operations.Forbidden):
        review.change_status(session, draft, boss, "approved")
    review.change_status(session, draft, team["rita"], "approved")

    assert draft.status == "approved"


def test_a_reviewer_who_wrote_the_version_under_review_cannot_approve_it(session, team):
    draft, rita = team["draft"], team["rita"]
    operations.add_member(session, draft.workspace, rita, "drafter")
    operations.save_version(session, draft, rita, base=1, answers={"b": 1}, library_version="l")
    review.change_status(session, draft, rita, "in-review")
    operations.add_member(session, draft.workspace, rita, "reviewer")

    with pytest.raises(operations.Forbidden):
        review.change_status(session, draft, rita, "approved")


@pytest.mark.parametrize(
    ("start", "who", "status"),
    [
        pytest.param("drafting", "rita", "approved", id="approve-before-review"),
        pytest.param("drafting", "rita", "changes-requested", id="request-before-review"),
        pytest.param("in-review", "ana", "in-review", id="submit-twice"),
        pytest.param("approved", "ben", "in-review", id="submit-approved"),
        pytest.param("in-review", "ana", "drafting", id="back-to-drafting-by-hand"),
    ],
)
def test_a_move_the_status_does_not_allow_is_a_wrong_transition(session, team, start, who, status):
    draft = team["draft"]
    if start != "drafting":
        review.change_status(session, draft, team["ana"], "in-review")
    if start == "approved":
        review.change_status(session, draft, team["rita"], "approved")

    with pytest.raises(review.WrongTransition) as exc:
        review.change_status(session, draft, team[who], status)

    assert (exc.value.status, draft.status) == (start, start)


def test_an_unknown_status_and_an_outsider_are_refused(session, team):
    with pytest.raises(operations.StoreError) as unknown:
        review.change_status(session, team["draft"], team["ana"], "published")
    with pytest.raises(operations.NotFound):
        review.change_status(session, team["draft"], team["olga"], "in-review")

    assert type(unknown.value) is operations.StoreError


def test_saving_a_version_of_an_approved_draft_puts_it_back_to_drafting(session, team):
    draft, ben = team["draft"], team["ben"]
    review.change_status(session, draft, ben, "in-review")
    review.change_status(session, draft, team["rita"], "approved")

    operations.save_version(session, draft, ben, base=1, answers={"a": 3}, library_version="l")

    last = operations.events_of(session, draft)[-1]
    assert (draft.status, draft.status_by.email) == ("drafting", "ben@example.org")
    assert (last.kind, last.details["old"], last.details["new"], last.details["reason"]) == (
        "status-changed",
        "approved",
        "drafting",
        "new version saved",
    )


def test_saving_during_review_keeps_the_status(session, team):
    draft, ben = team["draft"], team["ben"]
    review.change_status(session, draft, ben, "in-review")

    operations.save_version(session, draft, ben, base=1, answers={"a": 3}, library_version="l")

    assert draft.status == "in-review"


def test_statuses_from_before_the_workflow_count_as_drafting(session, team):
    draft = team["draft"]
    operations.set_status(session, draft, "complete")

    moves = review.allowed_moves(session, draft, team["ana"])
    review.change_status(session, draft, team["ana"], "in-review")

    assert moves == [DraftStatus.IN_REVIEW]
    assert draft.status == "in-review"


def test_allowed_moves_depend_on_role_and_status(session, team):
    draft = team["draft"]
    review.change_status(session, draft, team["ben"], "in-review")

    assert review.allowed_moves(session, draft, team["rita"]) == [
        DraftStatus.CHANGES_REQUESTED,
        DraftStatus.APPROVED,
    ]
    assert review.allowed_moves(session, draft, team["ana"]) == []


def test_versions_saved_and_restored_are_in_the_audit_trail(session, team):
    draft, ana = team["draft"], team["ana"]

    operations.save_version(
        session, draft, ana, base=1, answers={"a": 2}, library_version="l", note="step scope"
    )
    operations.save_version(
        session, draft, ana, base=2, answers={"a": 1}, library_version="l", restored_from=1
    )
    operations.save_version(
        session,
        draft,
        ana,
        base=3,
        answers={"a": 2},
        library_version="l",
        note="restored from version 2",
        restored_from=2,
    )

    events = [(e.kind, e.details) for e in operations.events_of(session, draft)][1:]
    assert events == [
        ("version-saved", {"version": 2, "note": "step scope"}),
        ("version-restored", {"version": 3, "restored_from": 1}),
        ("version-restored", {"version": 4, "restored_from": 2}),
    ]


def _comment(session, team, who="rita", **kwargs):
    args = {
        "version_number": 1,
        "clause_id": "epr-registration",
        "eid": "sec_7",
        "label": "7.",
        "heading": "Registration of producers",
        "body": "Should this cover importers?",
        **kwargs,
    }
    return review.add_comment(session, team["draft"], team[who], **args)


def test_a_thread_with_replies_from_reviewer_and_drafter(session, team):
    thread = _comment(session, team)

    answer = review.reply(session, team["draft"], team["ana"], thread.id, "Yes: see (2).")
    again = review.reply(session, team["draft"], team["rita"], answer.id, "  Thanks.  ")

    threads = review.threads_of(session, team["draft"])
    assert [(t.id, t.clause_id, t.eid, t.label, t.author_role) for t in threads] == [
        (thread.id, "epr-registration", "sec_7", "7.", "reviewer")
    ]
    assert [(r.body, r.author_role, r.parent_id, r.clause_id) for r in threads[0].replies] == [
        ("Yes: see (2).", "drafter", thread.id, "epr-registration"),
        ("Thanks.", "reviewer", thread.id, "epr-registration"),
    ]
    assert again.parent_id == thread.id


def test_resolve_and_reopen_a_thread_record_who_and_when(session, team):
    thread = _comment(session, team)

    review.resolve(session, team["draft"], team["ana"], thread.id)
    resolved = (thread.is_resolved, thread.resolved_by.email)
    with pytest.raises(review.WrongTransition):
        review.resolve(session, team["draft"], team["rita"], thread.id)
    review.reopen(session, team["draft"], team["rita"], thread.id)

    assert resolved == (True, "ana@example.org")
    assert (thread.is_resolved, thread.resolved_by_id) == (False, None)
    assert _kinds(session, team["draft"])[1:] == [
        "comment-added",
        "comment-resolved",
        "comment-reopened",
    ]


@pytest.mark.parametrize(
    ("kwargs", "error"),
    [
        pytest.param({"body": "   "}, operations.StoreError, id="empty"),
        pytest.param({"body": "x" * 10_001}, operations.StoreError, id="too-long"),
        pytest.param({"version_number": 9}, operations.NotFound, id="no-such-version"),
        pytest.param({"eid": ""}, operations.StoreError, id="no-provision"),
        pytest.param({"who": "olga"}, operations.NotFound, id="outsider"),
    ],
)
def test_bad_comments_are_refused_and_leave_no_trace(session, team, kwargs, error):
    with pytest.raises(error):
        _comment(session, team, **kwargs)

    assert review.threads_of(session, team["draft"]) == []
    assert _kinds(session, team["draft"]) == ["draft-created"]


def test_a_comment_of_another_draft_is_not_found(session, team):
    thread = _comment(session, team)
    other = operations.create_draft(
        session,
        team["ana"],
        workspace=team["draft"].workspace,
        country="ZM",
        title="Other",
        languages=["en"],
        answers={},
        library_version="l",
    )

    with pytest.raises(operations.NotFound):
        review.reply(session, other, team["ana"], thread.id, "hello")


def test_a_reply_cannot_be_resolved_on_its_own(session, team):
    thread = _comment(session, team)
    answer = review.reply(session, team["draft"], team["ana"], thread.id, "Done.")

    with pytest.raises(operations.StoreError):
        review.resolve(session, team["draft"], team["ana"], answer.id)


def test_a_drafter_sends_a_version_for_consultation(session, team):
    draft = team["draft"]

    with pytest.raises(operations.Forbidden):
        review.open_consultation(
            session, draft, team["rita"], version_number=1, sent_on=date(2027, 1, 10)
        )
    first = review.open_consultation(
        session, draft, team["ana"], version_number=1, sent_on=date(2027, 1, 10), note=" round 1 "
    )

    assert [
        (c.id, c.version_number, c.sent_on, c.note) for c in review.consultations_of(session, draft)
    ] == [(first.id, 1, date(2027, 1, 10), "round 1")]
    assert operations.events_of(session, draft)[-1].details == {
        "consultation": first.id,
        "version": 1,
        "sent_on": "2027-01-10",
        "note": "round 1",
    }
