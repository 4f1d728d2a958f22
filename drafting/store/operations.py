"""The only place that writes: accounts, workspaces, tokens, drafts and their versions.
(The review workflow's writes are in `drafting.store.review`; both record audit events.)

Every function takes the session and, where it acts for someone, the acting user. None
commits: the caller (a view, a command, a test) commits once. Reads that check access
raise `NotFound` for a draft the user may not see, so that its existence never leaks."""

from __future__ import annotations

import hashlib
import secrets
from collections.abc import Mapping, Sequence
from typing import Any

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, scoped_session

from drafting.store.models import (
    ApiToken,
    Draft,
    DraftStatus,
    Event,
    EventKind,
    Membership,
    Role,
    User,
    Version,
    Workspace,
    utcnow,
)

DbSession = Session | scoped_session[Any]
"""A session, or the web layer's scoped session that stands for one."""

_HASHER = PasswordHasher()
MIN_PASSWORD_LENGTH = 10
FIRST_ADMIN_EMAIL = "admin@localhost"
FIRST_WORKSPACE = "Drafting team"


class StoreError(Exception):
    """A request the store refuses; `message` says what and why, for people."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class NotFound(StoreError):  # noqa: N818 - an HTTP word the web layer maps to 404
    """No such object, or none this user may see."""


class Forbidden(StoreError):  # noqa: N818 - maps to 403
    """The user sees the object but may not change it (a reviewer)."""


class StaleVersion(StoreError):  # noqa: N818 - maps to 409
    """Someone saved a newer version since the writer read theirs."""

    def __init__(self, message: str, *, current: int) -> None:
        super().__init__(message)
        self.current = current


# --- accounts -------------------------------------------------------------------------------


def hash_password(password: str) -> str:
    return _HASHER.hash(password)


def check_password_rules(password: str) -> None:
    """Raises StoreError when a new password is too weak to accept."""
    if len(password) < MIN_PASSWORD_LENGTH:
        raise StoreError(f"The password must have at least {MIN_PASSWORD_LENGTH} characters.")


def create_user(
    session: DbSession,
    *,
    email: str,
    password: str,
    role: str = Role.DRAFTER.value,
    name: str = "",
    must_change_password: bool = False,
) -> User:
    email = email.strip().lower()
    if role not in {r.value for r in Role}:
        raise StoreError(f"Unknown role {role!r}: use drafter, reviewer or admin.")
    if "@" not in email:
        raise StoreError(f"{email!r} is not an e-mail address.")
    if session.scalar(select(User).where(User.email == email)) is not None:
        raise StoreError(f"A user {email} already exists.")
    check_password_rules(password)
    user = User(
        email=email,
        name=name,
        role=role,
        password_hash=hash_password(password),
        must_change_password=must_change_password,
    )
    session.add(user)
    session.flush()
    return user


def user_by_email(session: DbSession, email: str) -> User:
    user = session.scalar(select(User).where(User.email == email.strip().lower()))
    if user is None:
        raise NotFound(f"There is no user {email}.")
    return user


def authenticate(session: DbSession, email: str, password: str) -> User | None:
    """The active user with this e-mail and password, else None."""
    user = session.scalar(select(User).where(User.email == email.strip().lower()))
    if user is None:
        # Spend the same time as a real check, so timing does not reveal accounts.
        _HASHER.hash(password)
        return None
    try:
        _HASHER.verify(user.password_hash, password)
    except (VerificationError, InvalidHashError):
        return None
    return user if user.is_active else None


def change_password(session: DbSession, user: User, new_password: str) -> None:
    check_password_rules(new_password)
    user.password_hash = hash_password(new_password)
    user.must_change_password = False
    session.flush()


def set_role(session: DbSession, user: User, role: str) -> None:
    if role not in {r.value for r in Role}:
        raise StoreError(f"Unknown role {role!r}: use drafter, reviewer or admin.")
    user.role = role
    session.flush()


def disable_user(session: DbSession, user: User) -> None:
    user.is_active = False
    for token in user_tokens(session, user):
        token.revoked_at = token.revoked_at or utcnow()
    session.flush()


def set_ui_language(session: DbSession, user: User, language: str | None) -> None:
    user.ui_language = language
    session.flush()


def list_users(session: DbSession) -> Sequence[User]:
    return session.scalars(select(User).order_by(User.email)).all()


def one_time_password() -> str:
    return secrets.token_urlsafe(12)


def ensure_first_admin(session: DbSession) -> tuple[str, str] | None:
    """On an empty database: an admin with a random one-time password, and a workspace.

    Returns (e-mail, password) when it created them, None when there are users already.
    The password must be changed at first login; it is printed once and stored hashed."""
    if session.scalar(select(func.count()).select_from(User)):
        return None
    password = one_time_password()
    admin = create_user(
        session,
        email=FIRST_ADMIN_EMAIL,
        password=password,
        role=Role.ADMIN.value,
        name="Administrator",
        must_change_password=True,
    )
    workspace = session.scalar(select(Workspace).where(Workspace.name == FIRST_WORKSPACE))
    if workspace is None:
        workspace = create_workspace(session, FIRST_WORKSPACE)
    add_member(session, workspace, admin, Role.DRAFTER.value)
    return admin.email, password


# --- workspaces -----------------------------------------------------------------------------


def create_workspace(session: DbSession, name: str) -> Workspace:
    name = name.strip()
    if not name:
        raise StoreError("A workspace needs a name.")
    if session.scalar(select(Workspace).where(Workspace.name == name)) is not None:
        raise StoreError(f"A workspace {name!r} already exists.")
    workspace = Workspace(name=name)
    session.add(workspace)
    session.flush()
    return workspace


def workspace_by_name(session: DbSession, name: str) -> Workspace:
    workspace = session.scalar(select(Workspace).where(Workspace.name == name.strip()))
    if workspace is None:
        raise NotFound(f"There is no workspace {name!r}.")
    return workspace


def list_workspaces(session: DbSession) -> Sequence[Workspace]:
    return session.scalars(select(Workspace).order_by(Workspace.name)).all()


def add_member(session: DbSession, workspace: Workspace, user: User, role: str) -> Membership:
    """Adds the user to the workspace, or changes their role there."""
    if role not in (Role.DRAFTER.value, Role.REVIEWER.value):
        raise StoreError(f"A member is a drafter or a reviewer, not {role!r}.")
    membership = session.scalar(
        select(Membership).where(
            Membership.user_id == user.id, Membership.workspace_id == workspace.id
        )
    )
    if membership is None:
        membership = Membership(user=user, workspace=workspace, role=role)
        session.add(membership)
    else:
        membership.role = role
    session.flush()
    return membership


def workspaces_of(session: DbSession, user: User, *, writable: bool = False) -> Sequence[Workspace]:
    query = select(Workspace).join(Membership).where(Membership.user_id == user.id)
    if writable:
        query = query.where(Membership.role == Role.DRAFTER.value)
    return session.scalars(query.order_by(Workspace.name)).all()


def member_role(session: DbSession, user: User, workspace_id: int) -> str | None:
    if not user.is_active:
        return None
    return session.scalar(
        select(Membership.role).where(
            Membership.user_id == user.id, Membership.workspace_id == workspace_id
        )
    )


# --- tokens ---------------------------------------------------------------------------------


def _token_digest(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def create_token(session: DbSession, user: User, name: str) -> tuple[ApiToken, str]:
    """A new bearer token: the row, and the token itself, which is shown once only."""
    plain = "ewd_" + secrets.token_urlsafe(32)
    token = ApiToken(
        user_id=user.id,
        name=name.strip() or "API token",
        token_hash=_token_digest(plain),
        prefix=plain[:10],
    )
    session.add(token)
    session.flush()
    return token, plain


def user_tokens(session: DbSession, user: User) -> Sequence[ApiToken]:
    return session.scalars(
        select(ApiToken).where(ApiToken.user_id == user.id).order_by(ApiToken.created_at)
    ).all()


def revoke_token(session: DbSession, user: User, token_id: int) -> None:
    token = session.get(ApiToken, token_id)
    if token is None or token.user_id != user.id:
        raise NotFound("There is no such token.")
    token.revoked_at = token.revoked_at or utcnow()
    session.flush()


def user_for_token(session: DbSession, plain: str) -> User | None:
    """The active user a live token belongs to; records when it was last used."""
    token = session.scalar(select(ApiToken).where(ApiToken.token_hash == _token_digest(plain)))
    if token is None or token.revoked_at is not None or not token.user.is_active:
        return None
    token.last_used_at = utcnow()
    session.flush()
    return token.user


# --- drafts and versions ----------------------------------------------------------------------


def visible_draft(session: DbSession, draft_id: int, user: User, *, write: bool = False) -> Draft:
    """The draft, if the user is a member of its workspace; for `write`, as a drafter.

    Raises NotFound when the user is no member (the draft's existence does not leak),
    Forbidden when a reviewer asks to write."""
    draft = session.get(Draft, draft_id)
    role = None if draft is None else member_role(session, user, draft.workspace_id)
    if draft is None or role is None:
        raise NotFound(f"There is no draft {draft_id}.")
    if write and role != Role.DRAFTER.value:
        raise Forbidden("Reviewers read drafts; only a drafter of the workspace changes them.")
    return draft


def can_write(session: DbSession, draft: Draft, user: User) -> bool:
    return member_role(session, user, draft.workspace_id) == Role.DRAFTER.value


def drafts_for(session: DbSession, user: User) -> Sequence[Draft]:
    """The drafts of the user's workspaces, the most recently changed first."""
    last = (
        select(Version.draft_id, func.max(Version.created_at).label("changed"))
        .group_by(Version.draft_id)
        .subquery()
    )
    query = (
        select(Draft)
        .join(Membership, Membership.workspace_id == Draft.workspace_id)
        .join(last, last.c.draft_id == Draft.id)
        .where(Membership.user_id == user.id)
        .order_by(last.c.changed.desc(), Draft.id.desc())
    )
    return session.scalars(query).all()


def latest_version(session: DbSession, draft: Draft) -> Version:
    version = session.scalar(
        select(Version).where(Version.draft_id == draft.id).order_by(Version.number.desc())
    )
    if version is None:  # every draft is created with its first version
        raise NotFound(f"Draft {draft.id} has no version.")
    return version


def version_of(session: DbSession, draft: Draft, number: int) -> Version:
    version = session.scalar(
        select(Version).where(Version.draft_id == draft.id, Version.number == number)
    )
    if version is None:
        raise NotFound(f"Draft {draft.id} has no version {number}.")
    return version


def create_draft(
    session: DbSession,
    user: User,
    *,
    workspace: Workspace,
    country: str,
    title: str,
    languages: Sequence[str],
    answers: Mapping[str, Any],
    library_version: str,
    model_hash: str | None = None,
    steps_done: Sequence[str] = (),
    note: str = "",
) -> Draft:
    """A new draft in a workspace where the user drafts, with its version 1."""
    if member_role(session, user, workspace.id) != Role.DRAFTER.value:
        raise NotFound(f"There is no workspace {workspace.id} where you draft.")
    title = title.strip()
    if not title:
        raise StoreError("A draft needs a title.")
    draft = Draft(
        workspace=workspace,
        country=country,
        title=title[:200],
        languages=",".join(languages),
        created_by=user,
    )
    session.add(draft)
    session.flush()
    _insert_version(session, draft, user, 1, answers, steps_done, library_version, model_hash, note)
    record_event(session, draft, user, EventKind.DRAFT_CREATED, version=1, note=note[:200])
    return draft


def save_version(
    session: DbSession,
    draft: Draft,
    user: User,
    *,
    base: int,
    answers: Mapping[str, Any],
    library_version: str,
    model_hash: str | None = None,
    steps_done: Sequence[str] = (),
    note: str = "",
    restored_from: int | None = None,
) -> Version:
    """A new version after version `base`, which must still be the latest; `restored_from`
    names the old version whose answers it restores (the audit trail says so).

    A new version of an approved draft is no longer what was approved: the draft goes back
    to "drafting", and the audit trail records it.
    Raises StaleVersion when someone saved since (checked here, and by the database's
    unique (draft, number) constraint when two saves race)."""
    current = latest_version(session, draft).number
    if base != current:
        raise StaleVersion(
            f"Version {current} was saved after the version {base} you started from.",
            current=current,
        )
    try:
        version = _insert_version(
            session, draft, user, base + 1, answers, steps_done, library_version, model_hash, note
        )
    except IntegrityError as exc:
        # Two saves raced past the check above; the database kept the first.
        session.rollback()
        raise StaleVersion(
            f"Another version {base + 1} was saved at the same moment.", current=base + 1
        ) from exc
    if restored_from is not None:
        record_event(
            session,
            draft,
            user,
            EventKind.VERSION_RESTORED,
            version=version.number,
            restored_from=restored_from,
        )
    else:
        record_event(
            session, draft, user, EventKind.VERSION_SAVED, version=version.number, note=note[:200]
        )
    if draft.status == DraftStatus.APPROVED.value:
        move_status(session, draft, user, DraftStatus.DRAFTING, reason="new version saved")
    return version


def _insert_version(
    session: DbSession,
    draft: Draft,
    user: User,
    number: int,
    answers: Mapping[str, Any],
    steps_done: Sequence[str],
    library_version: str,
    model_hash: str | None,
    note: str,
) -> Version:
    version = Version(
        draft_id=draft.id,
        number=number,
        answers=dict(answers),
        steps_done=list(dict.fromkeys(steps_done)),
        library_version=library_version,
        model_hash=model_hash,
        author_id=user.id,
        note=note[:200],
    )
    session.add(version)
    session.flush()
    return version


def set_status(session: DbSession, draft: Draft, status: str) -> None:
    """Sets the status as given, recording no event: prefer `drafting.store.review`'s
    `change_status`, which checks the workflow's rules and records who and when."""
    draft.status = status
    session.flush()


def move_status(
    session: DbSession, draft: Draft, user: User, status: DraftStatus, *, reason: str = ""
) -> None:
    """Moves the draft to `status` for `user`, recording who, when and why (no rule checked:
    callers check the workflow)."""
    old = draft.status
    draft.status = status.value
    draft.status_by_id = user.id
    draft.status_at = utcnow()
    record_event(
        session,
        draft,
        user,
        EventKind.STATUS_CHANGED,
        old=old,
        new=status.value,
        version=latest_version(session, draft).number,
        reason=reason[:500],
    )


def record_event(
    session: DbSession, draft: Draft, user: User, kind: EventKind, **details: Any
) -> Event:
    """Adds a line to the draft's audit trail; `details` must be JSON values."""
    event = Event(draft_id=draft.id, user_id=user.id, kind=kind.value, details=details)
    session.add(event)
    session.flush()
    return event


def events_of(session: DbSession, draft: Draft) -> Sequence[Event]:
    """The draft's audit trail, oldest first."""
    return session.scalars(
        select(Event).where(Event.draft_id == draft.id).order_by(Event.created_at, Event.id)
    ).all()


def versions_of(session: DbSession, draft: Draft) -> Sequence[Version]:
    return session.scalars(
        select(Version).where(Version.draft_id == draft.id).order_by(Version.number.desc())
    ).all()
