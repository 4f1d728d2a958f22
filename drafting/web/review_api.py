"""The review workflow in the JSON API: a draft's comments, and its status (bearer tokens)."""

from __future__ import annotations

from typing import Any

from flask import Blueprint, g, jsonify, request
from flask.typing import ResponseReturnValue

from drafting.render.matrix import Unit, locate
from drafting.store import operations, review
from drafting.store.models import Comment, Draft, User
from drafting.web import api
from drafting.web.extensions import db
from drafting.web.review import units_of

bp = Blueprint("review_api", __name__, url_prefix="/api/v1")


def _user() -> User:
    user: User = g.api_user
    return user


def _error(status: int, message: str, field: str) -> ResponseReturnValue:
    return jsonify(
        code=str(status), message=message, problems=[{"field": field, "message": message}]
    ), status


def _stamp(value: Any) -> str | None:
    return None if value is None else value.isoformat() + "Z"


def comment_json(comment: Comment, current: Unit | None = None) -> dict[str, Any]:
    """A comment as written (its provision then), and, for a thread, where its provision is
    in the latest version (`current`: null when it is no longer in the draft)."""
    out: dict[str, Any] = {
        "id": comment.id,
        "body": comment.body,
        "author": comment.author.email,
        "author_role": comment.author_role,
        "created_at": _stamp(comment.created_at),
        "version": comment.version_number,
    }
    if comment.parent_id is not None:
        return out
    out["provision"] = {
        "clause_id": comment.clause_id,
        "eid": comment.eid,
        "label": comment.label,
        "heading": comment.heading,
    }
    out["current"] = (
        None
        if current is None
        else {"eid": current.eid, "number": current.num, "label": current.label}
    )
    out["resolved"] = comment.is_resolved
    out["resolved_by"] = comment.resolved_by.email if comment.resolved_by else None
    out["resolved_at"] = _stamp(comment.resolved_at)
    out["replies"] = [comment_json(r) for r in comment.replies]
    return out


def _latest_units(draft: Draft) -> tuple[Unit, ...]:
    latest = operations.latest_version(db.session, draft)
    return units_of(draft, latest, draft.language_list[0]) or ()


@bp.get("/drafts/<int:draft_id>/comments")
@api.token_required
def comments(draft_id: int) -> ResponseReturnValue:
    draft = operations.visible_draft(db.session, draft_id, _user())
    units = _latest_units(draft)
    return jsonify(
        [
            comment_json(t, locate(units, t.clause_id, t.eid))
            for t in review.threads_of(db.session, draft)
        ]
    )


@bp.post("/drafts/<int:draft_id>/comments")
@api.token_required
def add_comment(draft_id: int) -> ResponseReturnValue:
    """A new thread on `provision` (an eId of `version`, default the latest), or with
    `reply_to`, a reply in that comment's thread."""
    user = _user()
    draft = operations.visible_draft(db.session, draft_id, user)
    body = request.get_json(silent=True)
    if not isinstance(body, dict):
        return _error(400, "The request body must be a JSON object.", "body")
    text = body.get("body")
    if not isinstance(text, str) or not text.strip():
        return _error(422, "body must be the comment's text.", "body")
    reply_to = body.get("reply_to")
    if reply_to is not None:
        if not isinstance(reply_to, int) or isinstance(reply_to, bool):
            return _error(422, "reply_to must be a comment id.", "reply_to")
        comment = review.reply(db.session, draft, user, reply_to, text)
        db.session.commit()
        return jsonify(comment_json(comment)), 201
    number = body.get("version")
    if number is None:
        version = operations.latest_version(db.session, draft)
    elif isinstance(number, int) and not isinstance(number, bool):
        version = operations.version_of(db.session, draft, number)
    else:
        return _error(422, "version must be a version number.", "version")
    eid = body.get("provision")
    units = units_of(draft, version, draft.language_list[0]) or ()
    unit = next((u for u in units if u.eid == eid), None)
    if unit is None:
        known = ", ".join(u.eid for u in units[:8])
        return _error(
            422,
            f"provision must be the eId of a provision or schedule of version "
            f"{version.number}, e.g. {known}.",
            "provision",
        )
    comment = review.add_comment(
        db.session,
        draft,
        user,
        version_number=version.number,
        clause_id=unit.clause_id,
        eid=unit.eid,
        label=unit.label,
        heading=unit.heading,
        body=text,
    )
    db.session.commit()
    return jsonify(
        comment_json(comment, locate(_latest_units(draft), unit.clause_id, unit.eid))
    ), 201


def status_json(draft: Draft) -> dict[str, Any]:
    return {
        "status": review.status_of(draft).value,
        "by": draft.status_by.email if draft.status_by else None,
        "at": _stamp(draft.status_at),
        "version": operations.latest_version(db.session, draft).number,
        "allowed": [m.value for m in review.allowed_moves(db.session, draft, _user())],
    }


@bp.post("/drafts/<int:draft_id>/status")
@api.token_required
def change_status(draft_id: int) -> ResponseReturnValue:
    user = _user()
    draft = operations.visible_draft(db.session, draft_id, user)
    body = request.get_json(silent=True)
    if not isinstance(body, dict):
        return _error(400, "The request body must be a JSON object.", "body")
    wanted, note = body.get("status"), body.get("note", "")
    if not isinstance(wanted, str) or not isinstance(note, str):
        return _error(422, "status must be a status, note a text.", "status")
    review.change_status(db.session, draft, user, wanted, note=note)
    db.session.commit()
    return jsonify(status_json(draft))
