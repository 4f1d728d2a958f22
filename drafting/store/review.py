"""The review workflow's writes: comments on provisions, the draft's status, consultations.

Like `operations`, nothing here commits, and every write records an audit event. Access:
any member of the draft's workspace (drafter or reviewer) may comment, reply, resolve and
reopen; a drafter submits the draft and sends a version for consultation; a reviewer (or
an admin who is a member) requests changes or approves, and never on a draft they created
or whose version under review they wrote."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from sqlalchemy import select

from drafting.store.models import (
    Comment,
    Consultation,
    Draft,
    DraftStatus,
    EventKind,
    Role,
    User,
    utcnow,
)
from drafting.store.operations import (
    DbSession,
    Forbidden,
    NotFound,
    StoreError,
    latest_version,
    member_role,
    move_status,
    record_event,
    version_of,
)

MAX_COMMENT_LENGTH = 10_000


class WrongTransition(StoreError):  # noqa: N818 - maps to 409, like StaleVersion
    """The draft's status does not allow this move now (HTTP 409)."""

    def __init__(self, message: str, *, status: str) -> None:
        super().__init__(message)
        self.status = status


# --- status ---------------------------------------------------------------------------------

# (from, to) -> who may make the move: "drafter" or "reviewer".
TRANSITIONS: dict[tuple[DraftStatus, DraftStatus], str] = {
    (DraftStatus.DRAFTING, DraftStatus.IN_REVIEW): "drafter",
    (DraftStatus.CHANGES_REQUESTED, DraftStatus.IN_REVIEW): "drafter",
    (DraftStatus.IN_REVIEW, DraftStatus.CHANGES_REQUESTED): "reviewer",
    (DraftStatus.IN_REVIEW, DraftStatus.APPROVED): "reviewer",
}


def status_of(draft: Draft) -> DraftStatus:
    """The draft's status; a status from before the workflow ("in-progress", "complete")
    counts as drafting."""
    try:
        return DraftStatus(draft.status)
    except ValueError:
        return DraftStatus.DRAFTING


def _role(session: DbSession, draft: Draft, user: User) -> str:
    role = member_role(session, user, draft.workspace_id)
    if role is None:
        raise NotFound(f"There is no draft {draft.id}.")
    return role


def is_reviewer(session: DbSession, draft: Draft, user: User) -> bool:
    """A reviewer of the draft's workspace, or an admin who is a member of it."""
    role = member_role(session, user, draft.workspace_id)
    return role == Role.REVIEWER.value or (role is not None and user.is_admin)


def is_own_draft(session: DbSession, draft: Draft, user: User) -> bool:
    """The user created the draft or wrote the version under review (the latest)."""
    return user.id in (draft.created_by_id, latest_version(session, draft).author_id)


def allowed_moves(session: DbSession, draft: Draft, user: User) -> list[DraftStatus]:
    """The statuses this user may move the draft to now, in the workflow's order."""
    current = status_of(draft)
    out = []
    for (old, new), who in TRANSITIONS.items():
        if old is current and _may(session, draft, user, who, new):
            out.append(new)
    return out


def _may(session: DbSession, draft: Draft, user: User, who: str, new: DraftStatus) -> bool:
    if who == "drafter":
        return member_role(session, user, draft.workspace_id) == Role.DRAFTER.value
    if not is_reviewer(session, draft, user):
        return False
    return new is not DraftStatus.APPROVED or not is_own_draft(session, draft, user)


def change_status(
    session: DbSession, draft: Draft, user: User, status: str, *, note: str = ""
) -> None:
    """Moves the draft to `status` by the workflow's rules, recording who, when and why.

    Raises StoreError for an unknown status, Forbidden when the user's role may not make
    this move (a reviewer submitting, a drafter approving, anyone approving their own
    draft), WrongTransition when the draft's current status does not allow it."""
    try:
        new = DraftStatus(status)
    except ValueError:
        known = ", ".join(s.value for s in DraftStatus)
        raise StoreError(f"There is no status {status[:40]!r}; the statuses: {known}.") from None
    role = _role(session, draft, user)
    current = status_of(draft)
    movers = {who for (_old, target), who in TRANSITIONS.items() if target is new}
    if not movers:
        raise WrongTransition(
            f"A draft returns to {new.value!r} only when a new version is saved after approval.",
            status=current.value,
        )
    if "drafter" in movers and role != Role.DRAFTER.value:
        raise Forbidden("Only a drafter of the workspace submits a draft for review.")
    if "reviewer" in movers and not is_reviewer(session, draft, user):
        raise Forbidden("Only a reviewer of the workspace requests changes or approves a draft.")
    if new is DraftStatus.APPROVED and is_own_draft(session, draft, user):
        raise Forbidden(
            "You created this draft or wrote the version under review: another reviewer "
            "approves it."
        )
    if (current, new) not in TRANSITIONS:
        sources = [old.value for (old, target) in TRANSITIONS if target is new]
        raise WrongTransition(
            f"The draft is {current.value!r}: it moves to {new.value!r} only from "
            f"{' or '.join(repr(s) for s in sources)}.",
            status=current.value,
        )
    move_status(session, draft, user, new, reason=note.strip())


# --- comments -------------------------------------------------------------------------------


def _body(text: str) -> str:
    body = text.strip()
    if not body:
        raise StoreError("A comment needs some text.")
    if len(body) > MAX_COMMENT_LENGTH:
        raise StoreError(f"A comment has at most {MAX_COMMENT_LENGTH} characters.")
    return body


def add_comment(
    session: DbSession,
    draft: Draft,
    user: User,
    *,
    version_number: int,
    clause_id: str | None,
    eid: str,
    label: str,
    heading: str,
    body: str,
) -> Comment:
    """A new thread on the provision `clause_id` (or, for one no clause made, `eid`) of the
    given version, as numbered (`label`) and headed there."""
    role = _role(session, draft, user)
    version_of(session, draft, version_number)  # NotFound for a version that does not exist
    if not eid:
        raise StoreError("Choose the provision the comment is about.")
    comment = Comment(
        draft_id=draft.id,
        clause_id=clause_id or None,
        eid=eid[:120],
        label=label[:120],
        heading=heading[:300],
        version_number=version_number,
        body=_body(body),
        author_id=user.id,
        author_role=role,
    )
    session.add(comment)
    session.flush()
    record_event(
        session,
        draft,
        user,
        EventKind.COMMENT_ADDED,
        comment=comment.id,
        provision=label,
        clause_id=clause_id,
        version=version_number,
    )
    return comment


def comment_of(session: DbSession, draft: Draft, comment_id: int) -> Comment:
    comment = session.get(Comment, comment_id)
    if comment is None or comment.draft_id != draft.id:
        raise NotFound(f"Draft {draft.id} has no comment {comment_id}.")
    return comment


def reply(session: DbSession, draft: Draft, user: User, comment_id: int, body: str) -> Comment:
    """A reply in the thread of `comment_id` (a reply to a reply joins the same thread),
    made on the draft's latest version."""
    role = _role(session, draft, user)
    thread = comment_of(session, draft, comment_id)
    if thread.parent_id is not None:
        thread = comment_of(session, draft, thread.parent_id)
    answer = Comment(
        draft_id=draft.id,
        parent_id=thread.id,
        clause_id=thread.clause_id,
        eid=thread.eid,
        label=thread.label,
        heading=thread.heading,
        version_number=latest_version(session, draft).number,
        body=_body(body),
        author_id=user.id,
        author_role=role,
    )
    session.add(answer)
    session.flush()
    record_event(
        session,
        draft,
        user,
        EventKind.COMMENT_REPLIED,
        comment=answer.id,
        thread=thread.id,
        provision=thread.label,
    )
    return answer


def resolve(session: DbSession, draft: Draft, user: User, comment_id: int) -> Comment:
    """Marks a thread resolved by the user, now. Raises WrongTransition when it is already."""
    _role(session, draft, user)
    thread = _thread(session, draft, comment_id)
    if thread.resolved_at is not None:
        raise WrongTransition("This comment is resolved already.", status="resolved")
    thread.resolved_at = utcnow()
    thread.resolved_by_id = user.id
    record_event(
        session, draft, user, EventKind.COMMENT_RESOLVED, comment=thread.id, provision=thread.label
    )
    return thread


def reopen(session: DbSession, draft: Draft, user: User, comment_id: int) -> Comment:
    """Reopens a resolved thread. Raises WrongTransition when it is open."""
    _role(session, draft, user)
    thread = _thread(session, draft, comment_id)
    if thread.resolved_at is None:
        raise WrongTransition("This comment is open already.", status="open")
    thread.resolved_at = None
    thread.resolved_by_id = None
    record_event(
        session, draft, user, EventKind.COMMENT_REOPENED, comment=thread.id, provision=thread.label
    )
    return thread


def _thread(session: DbSession, draft: Draft, comment_id: int) -> Comment:
    comment = comment_of(session, draft, comment_id)
    if comment.parent_id is not None:
        raise StoreError("Only a whole thread is resolved or reopened, not a reply.")
    return comment


def threads_of(session: DbSession, draft: Draft) -> Sequence[Comment]:
    """The draft's threads (comments that are not replies), oldest first; each has its
    replies in `.replies`, oldest first."""
    return session.scalars(
        select(Comment)
        .where(Comment.draft_id == draft.id, Comment.parent_id.is_(None))
        .order_by(Comment.created_at, Comment.id)
    ).all()


# --- consultations --------------------------------------------------------------------------


def open_consultation(
    session: DbSession,
    draft: Draft,
    user: User,
    *,
    version_number: int,
    sent_on: date,
    note: str = "",
) -> Consultation:
    """Records that a drafter sent version `version_number` to stakeholders on `sent_on`."""
    if _role(session, draft, user) != Role.DRAFTER.value:
        raise Forbidden("Only a drafter of the workspace sends a draft for consultation.")
    version_of(session, draft, version_number)
    consultation = Consultation(
        draft_id=draft.id,
        version_number=version_number,
        sent_on=sent_on,
        note=note.strip()[:500],
        created_by_id=user.id,
    )
    session.add(consultation)
    session.flush()
    record_event(
        session,
        draft,
        user,
        EventKind.CONSULTATION_OPENED,
        consultation=consultation.id,
        version=version_number,
        sent_on=sent_on.isoformat(),
        note=consultation.note,
    )
    return consultation


def consultations_of(session: DbSession, draft: Draft) -> Sequence[Consultation]:
    """The draft's consultations, the latest first."""
    return session.scalars(
        select(Consultation)
        .where(Consultation.draft_id == draft.id)
        .order_by(Consultation.created_at.desc(), Consultation.id.desc())
    ).all()
