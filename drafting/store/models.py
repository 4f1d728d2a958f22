"""SQLAlchemy 2 models: users, workspaces and their members, drafts and their versions, tokens;
the review workflow's comments, audit events and consultations.

ORM rows are not the domain model: `drafting.store.operations` converts between them and
the core's objects. Versions are insert-only; a unique (draft, number) constraint makes a
lost update impossible."""

from __future__ import annotations

from datetime import UTC, date, datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import JSON, Date, ForeignKey, MetaData, String, Text, UniqueConstraint
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def utcnow() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class Role(StrEnum):
    """A user's role: drafters write, reviewers read, admins also manage accounts."""

    DRAFTER = "drafter"
    REVIEWER = "reviewer"
    ADMIN = "admin"


class DraftStatus(StrEnum):
    """Where a draft is in review: drafting -> in review -> changes requested | approved."""

    DRAFTING = "drafting"
    IN_REVIEW = "in-review"
    CHANGES_REQUESTED = "changes-requested"
    APPROVED = "approved"


class EventKind(StrEnum):
    """What an audit event records."""

    DRAFT_CREATED = "draft-created"
    VERSION_SAVED = "version-saved"
    VERSION_RESTORED = "version-restored"
    STATUS_CHANGED = "status-changed"
    COMMENT_ADDED = "comment-added"
    COMMENT_REPLIED = "comment-replied"
    COMMENT_RESOLVED = "comment-resolved"
    COMMENT_REOPENED = "comment-reopened"
    CONSULTATION_OPENED = "consultation-opened"


class User(Base):
    __tablename__ = "users"
    id: Mapped[int] = mapped_column(primary_key=True)
    email: Mapped[str] = mapped_column(String(254), unique=True)
    name: Mapped[str] = mapped_column(String(200), default="")
    password_hash: Mapped[str] = mapped_column(String(255))
    role: Mapped[str] = mapped_column(String(20), default=Role.DRAFTER.value)
    is_active: Mapped[bool] = mapped_column(default=True)
    must_change_password: Mapped[bool] = mapped_column(default=False)
    ui_language: Mapped[str | None] = mapped_column(String(8), default=None)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    memberships: Mapped[list[Membership]] = relationship(
        back_populates="user", cascade="all, delete-orphan"
    )

    # Flask-Login's user protocol, written out so that the store needs no Flask.
    @property
    def is_authenticated(self) -> bool:
        return True

    @property
    def is_anonymous(self) -> bool:
        return False

    def get_id(self) -> str:
        return str(self.id)

    @property
    def is_admin(self) -> bool:
        return self.role == Role.ADMIN.value


class Workspace(Base):
    """A country team: its members and their drafts."""

    __tablename__ = "workspaces"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    memberships: Mapped[list[Membership]] = relationship(
        back_populates="workspace", cascade="all, delete-orphan"
    )
    drafts: Mapped[list[Draft]] = relationship(back_populates="workspace")


class Membership(Base):
    """A user in a workspace, as drafter (reads and writes) or reviewer (reads)."""

    __tablename__ = "memberships"
    __table_args__ = (UniqueConstraint("user_id", "workspace_id"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    workspace_id: Mapped[int] = mapped_column(ForeignKey("workspaces.id"))
    role: Mapped[str] = mapped_column(String(20), default=Role.DRAFTER.value)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    user: Mapped[User] = relationship(back_populates="memberships")
    workspace: Mapped[Workspace] = relationship(back_populates="memberships")


class Draft(Base):
    """One regulation being prepared; its content lives in its versions."""

    __tablename__ = "drafts"
    id: Mapped[int] = mapped_column(primary_key=True)
    workspace_id: Mapped[int] = mapped_column(ForeignKey("workspaces.id"), index=True)
    country: Mapped[str] = mapped_column(String(2))  # ISO 3166-1 alpha-2
    title: Mapped[str] = mapped_column(String(200))
    languages: Mapped[str] = mapped_column(String(40))  # comma-separated, e.g. "en,fr"
    status: Mapped[str] = mapped_column(String(20), default=DraftStatus.DRAFTING.value)
    # Who moved the draft to its status, and when (None: never moved since it was created).
    status_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), default=None)
    status_at: Mapped[datetime | None] = mapped_column(default=None)
    created_by_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    workspace: Mapped[Workspace] = relationship(back_populates="drafts")
    created_by: Mapped[User] = relationship(foreign_keys=[created_by_id])
    status_by: Mapped[User | None] = relationship(foreign_keys=[status_by_id])
    versions: Mapped[list[Version]] = relationship(
        back_populates="draft", order_by="Version.number"
    )

    @property
    def language_list(self) -> list[str]:
        return [x for x in self.languages.split(",") if x]


class Version(Base):
    """An immutable saved state of a draft: answers, library version, model hash."""

    __tablename__ = "versions"
    __table_args__ = (UniqueConstraint("draft_id", "number"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    draft_id: Mapped[int] = mapped_column(ForeignKey("drafts.id"), index=True)
    number: Mapped[int]
    answers: Mapped[dict[str, Any]] = mapped_column(JSON)
    steps_done: Mapped[list[str]] = mapped_column(JSON, default=list)
    library_version: Mapped[str] = mapped_column(String(80))
    model_hash: Mapped[str | None] = mapped_column(String(64), default=None)
    note: Mapped[str] = mapped_column(String(200), default="")
    author_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    draft: Mapped[Draft] = relationship(back_populates="versions")
    author: Mapped[User] = relationship()


class ApiToken(Base):
    """A personal bearer token for the API; only its SHA-256 is stored."""

    __tablename__ = "api_tokens"
    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"), index=True)
    name: Mapped[str] = mapped_column(String(100))
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    prefix: Mapped[str] = mapped_column(String(12))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    last_used_at: Mapped[datetime | None] = mapped_column(default=None)
    revoked_at: Mapped[datetime | None] = mapped_column(default=None)
    user: Mapped[User] = relationship()


class Comment(Base):
    """A comment on a provision, or a reply to one (`parent_id`).

    Anchored by the provision's clause id, stable across versions, so that a comment follows
    its provision when it is renumbered; `eid` and `label` record where it was when written
    (`clause_id` is None only for a provision that no clause made). A reply shares its
    thread's anchor; only a thread (a comment without parent) is resolved or reopened.
    `author_role` is the author's role in the workspace when writing: a drafter's reply is
    the drafter's response that the consultation matrix shows."""

    __tablename__ = "comments"
    id: Mapped[int] = mapped_column(primary_key=True)
    draft_id: Mapped[int] = mapped_column(ForeignKey("drafts.id"), index=True)
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("comments.id"), default=None)
    clause_id: Mapped[str | None] = mapped_column(String(120), default=None)
    eid: Mapped[str] = mapped_column(String(120))
    label: Mapped[str] = mapped_column(String(120), default="")
    heading: Mapped[str] = mapped_column(String(300), default="")
    version_number: Mapped[int]
    body: Mapped[str] = mapped_column(Text)
    author_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    author_role: Mapped[str] = mapped_column(String(20))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    resolved_at: Mapped[datetime | None] = mapped_column(default=None)
    resolved_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), default=None)
    author: Mapped[User] = relationship(foreign_keys=[author_id])
    resolved_by: Mapped[User | None] = relationship(foreign_keys=[resolved_by_id])
    replies: Mapped[list[Comment]] = relationship(order_by="Comment.id")

    @property
    def is_resolved(self) -> bool:
        return self.resolved_at is not None


class Event(Base):
    """One line of a draft's audit trail: who did what, when; insert-only."""

    __tablename__ = "events"
    id: Mapped[int] = mapped_column(primary_key=True)
    draft_id: Mapped[int] = mapped_column(ForeignKey("drafts.id"), index=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    kind: Mapped[str] = mapped_column(String(40))
    details: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    user: Mapped[User] = relationship()


class Consultation(Base):
    """A version of a draft sent to stakeholders for consultation, on a date, with a note."""

    __tablename__ = "consultations"
    id: Mapped[int] = mapped_column(primary_key=True)
    draft_id: Mapped[int] = mapped_column(ForeignKey("drafts.id"), index=True)
    version_number: Mapped[int]
    sent_on: Mapped[date] = mapped_column(Date)
    note: Mapped[str] = mapped_column(String(500), default="")
    created_by_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    created_by: Mapped[User] = relationship()
