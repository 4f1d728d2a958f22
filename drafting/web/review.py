"""The review workflow in the web app: comments on provisions, the draft's status, its audit
trail and the consultation pack (the Word comment matrix and the changes since consultation).

The store decides who may do what (`drafting.store.review`); the core places comments in a
version and writes the matrix (`drafting.render.matrix`); this module joins them to pages."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from io import BytesIO
from typing import Any

from flask import Blueprint, abort, redirect, render_template, request, send_file, url_for
from flask.typing import ResponseReturnValue
from flask_babel import gettext as _
from flask_login import current_user, login_required

from drafting.errors import AnswersError
from drafting.render.matrix import (
    CommentMatrix,
    MatrixEntry,
    MatrixRow,
    Unit,
    commentable_units,
    locate,
    render_matrix_docx,
)
from drafting.store import operations, review
from drafting.store.models import Comment, Draft, Event, Role, Version
from drafting.web import documents
from drafting.web.errors import wants_json
from drafting.web.extensions import db

bp = Blueprint("review", __name__)


@bp.app_errorhandler(review.WrongTransition)
def _wrong_transition(exc: review.WrongTransition) -> ResponseReturnValue:
    message = exc.message
    if wants_json():
        return {"code": "409", "message": message, "status": exc.status}, 409
    page = render_template(
        "errors/error.html", status=409, code="409", message=message, hint="", extra={}
    )
    return page, 409


def status_labels() -> dict[str, str]:
    """The statuses in the UI's language, in the workflow's order."""
    return {
        "drafting": _("drafting"),
        "in-review": _("in review"),
        "changes-requested": _("changes requested"),
        "approved": _("approved"),
    }


def move_labels() -> dict[str, str]:
    """The button that makes each move."""
    return {
        "in-review": _("Submit for review"),
        "changes-requested": _("Request changes"),
        "approved": _("Approve"),
    }


@bp.app_context_processor
def _review_helpers() -> dict[str, Any]:
    return {"review_summary": review_summary, "status_labels": status_labels}


def review_summary(draft: Draft) -> dict[str, Any]:
    """What the draft page shows of the review: status, who and when, the moves the user may
    make, and how many comment threads are open."""
    threads = review.threads_of(db.session, draft)
    return {
        "status": review.status_of(draft).value,
        "by": draft.status_by,
        "at": draft.status_at,
        "moves": [m.value for m in review.allowed_moves(db.session, draft, current_user)],
        "move_labels": move_labels(),
        "open": sum(1 for t in threads if not t.is_resolved),
        "threads": len(threads),
    }


# --- placing comments in a version -------------------------------------------------------------


@dataclass
class Placed:
    """A unit of the version shown, with the threads that are about it."""

    unit: Unit
    threads: list[Comment] = field(default_factory=list)


@dataclass
class Placement:
    """The version's units with their threads, the threads whose provision is gone, and
    whether the version's answers could make a draft at all."""

    units: list[Placed]
    gone: list[Comment]
    buildable: bool


def units_of(draft: Draft, version: Version, language: str) -> tuple[Unit, ...] | None:
    """The commentable units of the version's regulation; None when its answers cannot make
    a draft yet."""
    try:
        instrument = documents.instrument(
            documents.library(), draft.country, version.answers, language
        )
    except AnswersError:
        return None
    return commentable_units(instrument)


def place(draft: Draft, version: Version, language: str) -> Placement:
    found = units_of(draft, version, language)
    units = [Placed(u) for u in found or ()]
    by_eid = {p.unit.eid: p for p in units}
    gone = []
    for thread in review.threads_of(db.session, draft):
        unit = locate([p.unit for p in units], thread.clause_id, thread.eid)
        if unit is None:
            gone.append(thread)
        else:
            by_eid[unit.eid].threads.append(thread)
    return Placement(units, gone, found is not None)


def _version(draft: Draft) -> Version:
    number = request.values.get("version", "")
    if number:
        if not number.isdigit():
            abort(400)
        return operations.version_of(db.session, draft, int(number))
    return operations.latest_version(db.session, draft)


def _language(draft: Draft) -> str:
    language = request.values.get("lang") or draft.language_list[0]
    if language not in draft.language_list:
        abort(404)
    return language


# --- comments --------------------------------------------------------------------------------


@bp.get("/drafts/<int:draft_id>/comments")
@login_required
def comments(draft_id: int) -> ResponseReturnValue:
    draft = operations.visible_draft(db.session, draft_id, current_user)
    return _comments_page(draft, _version(draft), _language(draft))


def _comments_page(
    draft: Draft,
    version: Version,
    language: str,
    *,
    errors: dict[str, str] | None = None,
    status: int = 200,
) -> ResponseReturnValue:
    placement = place(draft, version, language)
    chosen = request.values.get("provision", "")
    if chosen and chosen not in {p.unit.eid for p in placement.units}:
        chosen = ""
    return render_template(
        "review/comments.html",
        draft=draft,
        version=version,
        latest=operations.latest_version(db.session, draft),
        language=language,
        placement=placement,
        chosen=chosen,
        errors=errors or {},
        body=request.form.get("body", "") if errors else "",
        summary=review_summary(draft),
    ), status


@bp.post("/drafts/<int:draft_id>/comments")
@login_required
def add_comment(draft_id: int) -> ResponseReturnValue:
    draft = operations.visible_draft(db.session, draft_id, current_user)
    version, language = _version(draft), _language(draft)
    eid = request.form.get("provision", "")
    unit = next((u for u in units_of(draft, version, language) or () if u.eid == eid), None)
    errors = {}
    if unit is None:
        errors["provision"] = _("Choose the provision the comment is about.")
    if not request.form.get("body", "").strip():
        errors["body"] = _("Write the comment.")
    if unit is None or errors:
        return _comments_page(draft, version, language, errors=errors, status=422)
    review.add_comment(
        db.session,
        draft,
        current_user,
        version_number=version.number,
        clause_id=unit.clause_id,
        eid=unit.eid,
        label=unit.label,
        heading=unit.heading,
        body=request.form["body"],
    )
    db.session.commit()
    return _back_to(draft, unit.eid)


def _back_to(draft: Draft, eid: str) -> ResponseReturnValue:
    args: dict[str, Any] = {}
    if request.form.get("version"):
        args["version"] = request.form["version"]
    if request.form.get("lang"):
        args["lang"] = request.form["lang"]
    return redirect(url_for("review.comments", draft_id=draft.id, **args) + f"#prov-{eid}")


@bp.post("/drafts/<int:draft_id>/comments/<int:comment_id>/replies")
@login_required
def reply(draft_id: int, comment_id: int) -> ResponseReturnValue:
    draft = operations.visible_draft(db.session, draft_id, current_user)
    answer = review.reply(db.session, draft, current_user, comment_id, request.form.get("body", ""))
    db.session.commit()
    return _back_to(draft, _current_eid(draft, answer))


def _current_eid(draft: Draft, comment: Comment) -> str:
    """Where the comment's provision is in the version the form came from."""
    units = units_of(draft, _version(draft), _language(draft)) or ()
    unit = locate(units, comment.clause_id, comment.eid)
    return unit.eid if unit else "gone"


@bp.post("/drafts/<int:draft_id>/comments/<int:comment_id>/resolve")
@login_required
def resolve(draft_id: int, comment_id: int) -> ResponseReturnValue:
    draft = operations.visible_draft(db.session, draft_id, current_user)
    thread = review.resolve(db.session, draft, current_user, comment_id)
    db.session.commit()
    return _back_to(draft, _current_eid(draft, thread))


@bp.post("/drafts/<int:draft_id>/comments/<int:comment_id>/reopen")
@login_required
def reopen(draft_id: int, comment_id: int) -> ResponseReturnValue:
    draft = operations.visible_draft(db.session, draft_id, current_user)
    thread = review.reopen(db.session, draft, current_user, comment_id)
    db.session.commit()
    return _back_to(draft, _current_eid(draft, thread))


# --- status and audit trail --------------------------------------------------------------------


@bp.get("/drafts/<int:draft_id>/status")
@login_required
def status(draft_id: int) -> ResponseReturnValue:
    draft = operations.visible_draft(db.session, draft_id, current_user)
    moves = [e for e in operations.events_of(db.session, draft) if e.kind == "status-changed"]
    return render_template(
        "review/status.html",
        draft=draft,
        summary=review_summary(draft),
        moves=list(reversed(moves)),
        latest=operations.latest_version(db.session, draft),
    )


@bp.post("/drafts/<int:draft_id>/status")
@login_required
def change_status(draft_id: int) -> ResponseReturnValue:
    draft = operations.visible_draft(db.session, draft_id, current_user)
    review.change_status(
        db.session,
        draft,
        current_user,
        request.form.get("status", ""),
        note=request.form.get("note", ""),
    )
    db.session.commit()
    back = request.form.get("next", "")
    if back.startswith(f"/drafts/{draft.id}") and "\\" not in back:
        return redirect(back)  # the draft page the move was made from
    return redirect(url_for("review.status", draft_id=draft.id))


def event_text(event: Event) -> str:
    """One line of the audit trail in the UI's language."""
    d = event.details
    labels = status_labels()
    texts = {
        "draft-created": lambda: _("created the draft (version %(n)s)", n=d.get("version")),
        "version-saved": lambda: _("saved version %(n)s", n=d.get("version")),
        "version-restored": lambda: _(
            "restored version %(old)s as version %(n)s",
            old=d.get("restored_from"),
            n=d.get("version"),
        ),
        "status-changed": lambda: _(
            "moved the draft from “%(old)s” to “%(new)s” (version %(n)s)",
            old=labels.get(d.get("old", ""), d.get("old", "")),
            new=labels.get(d.get("new", ""), d.get("new", "")),
            n=d.get("version"),
        ),
        "comment-added": lambda: _(
            "commented on %(provision)s (version %(n)s)",
            provision=d.get("provision"),
            n=d.get("version"),
        ),
        "comment-replied": lambda: _("replied on %(provision)s", provision=d.get("provision")),
        "comment-resolved": lambda: _(
            "resolved a comment on %(provision)s", provision=d.get("provision")
        ),
        "comment-reopened": lambda: _(
            "reopened a comment on %(provision)s", provision=d.get("provision")
        ),
        "consultation-opened": lambda: _(
            "sent version %(n)s for consultation on %(date)s",
            n=d.get("version"),
            date=d.get("sent_on"),
        ),
    }
    make = texts.get(event.kind)
    return make() if make else event.kind


def event_detail(event: Event) -> str:
    """The free text an event carries: a version's note, a reason, a consultation's note."""
    d = event.details
    return str(d.get("reason") or d.get("note") or "")


@bp.get("/drafts/<int:draft_id>/audit")
@login_required
def audit(draft_id: int) -> ResponseReturnValue:
    draft = operations.visible_draft(db.session, draft_id, current_user)
    events = list(reversed(operations.events_of(db.session, draft)))
    return render_template(
        "review/audit.html",
        draft=draft,
        rows=[(e, event_text(e), event_detail(e)) for e in events],
    )


# --- consultation pack ------------------------------------------------------------------------


@bp.get("/drafts/<int:draft_id>/consultation")
@login_required
def consultation(draft_id: int) -> ResponseReturnValue:
    draft = operations.visible_draft(db.session, draft_id, current_user)
    return _consultation_page(draft)


def _consultation_page(
    draft: Draft, errors: dict[str, str] | None = None, status: int = 200
) -> ResponseReturnValue:
    return render_template(
        "review/consultation.html",
        draft=draft,
        consultations=review.consultations_of(db.session, draft),
        versions=operations.versions_of(db.session, draft),
        latest=operations.latest_version(db.session, draft),
        can_send=operations.can_write(db.session, draft, current_user),
        errors=errors or {},
        today=date.today().isoformat(),
    ), status


@bp.post("/drafts/<int:draft_id>/consultation")
@login_required
def open_consultation(draft_id: int) -> ResponseReturnValue:
    draft = operations.visible_draft(db.session, draft_id, current_user)
    errors = {}
    try:
        sent_on = date.fromisoformat(request.form.get("sent_on", ""))
    except ValueError:
        errors["sent_on"] = _("Give the date it was sent, as YYYY-MM-DD.")
    number = request.form.get("version", "")
    if not number.isdigit():
        errors["version"] = _("Choose the version that was sent.")
    if errors:
        return _consultation_page(draft, errors, 422)
    review.open_consultation(
        db.session,
        draft,
        current_user,
        version_number=int(number),
        sent_on=sent_on,
        note=request.form.get("note", ""),
    )
    db.session.commit()
    return redirect(url_for("review.consultation", draft_id=draft.id))


def matrix_of(draft: Draft, version: Version, language: str) -> CommentMatrix:
    """The comment matrix on the version's provisions: each thread's comment and the replies
    of reviewers in "Comments", the replies of drafters in "Response"."""
    placement = place(draft, version, language)
    rows = [_row(p.unit.label or p.unit.num, p.unit.heading, p.threads) for p in placement.units]
    gone = _("no longer in the draft")
    rows += [_row("", f"{t.label} {t.heading} ({gone})".strip(), [t]) for t in placement.gone]
    consulted = review.consultations_of(db.session, draft)
    subtitle = [_("Version %(n)d", n=version.number)]
    if consulted:
        subtitle.append(
            _(
                "Version %(n)d sent for consultation on %(date)s",
                n=consulted[0].version_number,
                date=consulted[0].sent_on.isoformat(),
            )
        )
    return CommentMatrix(
        title=_("Comment matrix: %(title)s", title=draft.title),
        subtitle=tuple(subtitle),
        columns=(_("Provision"), _("Heading"), _("Comments"), _("Drafter's response")),
        resolved_word=_("resolved"),
        language=language,
        rows=tuple(rows),
    )


def _row(number: str, heading: str, threads: Sequence[Comment]) -> MatrixRow:
    said: list[MatrixEntry] = []
    answered: list[MatrixEntry] = []
    for thread in threads:
        said.append(_entry(thread, resolved=thread.is_resolved))
        for answer in thread.replies:
            (answered if answer.author_role == Role.DRAFTER.value else said).append(_entry(answer))
    return MatrixRow(
        number=number, heading=heading, comments=tuple(said), responses=tuple(answered)
    )


def _entry(comment: Comment, *, resolved: bool = False) -> MatrixEntry:
    return MatrixEntry(
        author=comment.author.name or comment.author.email,
        written_at=comment.created_at,
        text=comment.body,
        resolved=resolved,
    )


@bp.get("/drafts/<int:draft_id>/consultation/matrix.docx")
@login_required
def matrix_docx(draft_id: int) -> ResponseReturnValue:
    draft = operations.visible_draft(db.session, draft_id, current_user)
    version, language = operations.latest_version(db.session, draft), _language(draft)
    payload = render_matrix_docx(matrix_of(draft, version, language))
    return send_file(
        BytesIO(payload),
        mimetype=documents.DOCX,
        as_attachment=True,
        download_name=f"comment-matrix-{draft.id}-v{version.number}-{language}.docx",
    )


@bp.get("/drafts/<int:draft_id>/consultation/changes.docx")
@login_required
def changes_docx(draft_id: int) -> ResponseReturnValue:
    """The current version's regulation with the changes since the consulted version as
    tracked changes (the latest consultation unless `?consultation=` names one)."""
    from drafting.redline import redline_docx  # written apart: imported where it is used

    draft = operations.visible_draft(db.session, draft_id, current_user)
    consulted = review.consultations_of(db.session, draft)
    wanted = request.args.get("consultation", "")
    chosen = next((c for c in consulted if str(c.id) == wanted), None) if wanted else None
    if chosen is None and consulted and not wanted:
        chosen = consulted[0]
    if chosen is None:
        abort(404)
    language = _language(draft)
    old = operations.version_of(db.session, draft, chosen.version_number)
    new = operations.latest_version(db.session, draft)
    payload = redline_docx(
        _docx_of(draft, old, language),
        _docx_of(draft, new, language),
        author=current_user.name or current_user.email,
        date=datetime.now(UTC).replace(microsecond=0),
    )
    return send_file(
        BytesIO(payload),
        mimetype=documents.DOCX,
        as_attachment=True,
        download_name=(
            f"changes-since-consultation-{draft.id}-v{old.number}-v{new.number}-{language}.docx"
        ),
    )


def _docx_of(draft: Draft, version: Version, language: str) -> bytes:
    """The version's regulation in Word, the clean copy the stakeholders read."""
    req = documents.Request(
        country=draft.country, answers=version.answers, languages=(language,), clean=True
    )
    return documents.DOWNLOADS["document.docx"].render(documents.library(), req)
