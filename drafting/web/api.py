"""The JSON API under /api/v1, for bearer tokens (see openapi.py for its description)."""

from __future__ import annotations

from functools import wraps
from typing import Any

from flask import Blueprint, Response, g, jsonify, request, url_for
from flask.typing import ResponseReturnValue
from werkzeug.exceptions import RequestEntityTooLarge

from drafting.cli import catalogue_defaults
from drafting.errors import AnswersError, LibraryError
from drafting.library import ClauseLibrary
from drafting.store import operations
from drafting.store.models import Draft, User, Version
from drafting.web import checks, compare, documents, drafts, openapi
from drafting.web.errors import problems_json
from drafting.web.extensions import db
from drafting.web.questionnaire import as_json

bp = Blueprint("api", __name__, url_prefix="/api/v1")
bp.url_value_preprocessor(checks.allow_upload)  # POST /check: the upload limit of a check


def _error(status: int, code: str, message: str, **extra: Any) -> tuple[Response, int]:
    return jsonify(code=code, message=message, **extra), status


def token_required(view: Any) -> Any:
    @wraps(view)
    def wrapped(*args: Any, **kwargs: Any) -> Any:
        scheme, _sep, token = request.headers.get("Authorization", "").partition(" ")
        user = (
            operations.user_for_token(db.session, token.strip())
            if scheme.lower() == "bearer" and token.strip()
            else None
        )
        if user is None:
            body, status = _error(
                401, "401", "A valid API token is needed: Authorization: Bearer <token>."
            )
            return body, status, {"WWW-Authenticate": 'Bearer realm="api"'}
        db.session.commit()  # records when the token was last used
        g.api_user = user
        return view(*args, **kwargs)

    return wrapped


def _user() -> User:
    user: User = g.api_user
    return user


def _body() -> dict[str, Any]:
    body = request.get_json(silent=True)
    if not isinstance(body, dict):
        raise _BadBodyError("The request body must be a JSON object.")
    return body


class _BadBodyError(Exception):
    pass


@bp.errorhandler(_BadBodyError)
def _bad_body(exc: _BadBodyError) -> ResponseReturnValue:
    return _error(400, "400", str(exc))


@bp.errorhandler(RequestEntityTooLarge)
def _too_large(_exc: RequestEntityTooLarge) -> ResponseReturnValue:
    error = checks.too_large()
    return _error(error.status, error.code, error.message, hint=error.hint)


@bp.get("/openapi.json")
def openapi_document() -> ResponseReturnValue:
    return jsonify(openapi.document())


@bp.get("/countries")
@token_required
def countries() -> ResponseReturnValue:
    lib = documents.library()
    return jsonify(
        [
            {
                "code": p.id,
                "name": p.names.get("en", p.id),
                "names": dict(p.names),
                "languages": list(p.languages),
                "instrument_type": p.instrument.type,
                "legal_family": p.legal_family,
            }
            for p in lib.profiles_by_id.values()
        ]
    )


@bp.get("/countries/<code>/questions")
@token_required
def questions(code: str) -> ResponseReturnValue:
    lib = documents.library()
    try:
        profile = lib.profile(code)
    except LibraryError as exc:
        return _error(404, exc.code.value, exc.message, hint=exc.hint)
    lang = request.args.get("lang") or profile.languages[0]
    defaults = catalogue_defaults(lib, profile)
    out = []
    for q in lib.questions:
        asked, has_default, default = defaults[q.id]
        row: dict[str, Any] = {
            "id": q.id,
            "step": q.step,
            "type": q.type.value,
            "label": q.label.get(lang) or q.label.get("en"),
            "help": q.help.get(lang) or q.help.get("en"),
            "asked_by_default": asked,
        }
        if has_default:
            row["default"] = as_json(default)
        if q.options:
            row["options"] = [
                {"value": o.value, "label": o.label.get(lang) or o.label.get("en")}
                for o in q.options
            ]
        for name, value in (("min", q.minimum), ("max", q.maximum), ("unit", q.unit)):
            if value is not None:
                row[name] = value
        if q.columns:
            row["columns"] = [{"id": c.id, "type": c.type.value} for c in q.columns]
        out.append(row)
    return jsonify(out)


def draft_json(draft: Draft, version: Version) -> dict[str, Any]:
    return {
        "id": draft.id,
        "title": draft.title,
        "country": draft.country,
        "languages": draft.language_list,
        "status": draft.status,
        "workspace": draft.workspace.name,
        "version": version.number,
        "answers": version.answers,
        "library_version": version.library_version,
        "model_hash": version.model_hash,
        "author": version.author.email,
        "saved_at": version.created_at.isoformat() + "Z",
        "created_at": draft.created_at.isoformat() + "Z",
        "links": {
            "self": url_for("api.get_draft", draft_id=draft.id),
            "document": url_for("api.download_document_docx", draft_id=draft.id),
            "versions": url_for("api.versions", draft_id=draft.id),
        },
    }


def _invalid(exc: AnswersError) -> ResponseReturnValue:
    return _error(422, exc.code.value, exc.message, hint=exc.hint, problems=problems_json(exc))


def _check_answers(lib: ClauseLibrary, country: str, answers: Any) -> None:
    """Raises AnswersError (422) with every problem, by question id."""
    documents.validated(lib, lib.profile(country), answers)


@bp.get("/drafts")
@token_required
def list_drafts() -> ResponseReturnValue:
    found = operations.drafts_for(db.session, _user())
    return jsonify([draft_json(d, operations.latest_version(db.session, d)) for d in found])


@bp.post("/drafts")
@token_required
def create_draft() -> ResponseReturnValue:
    lib = documents.library()
    body = _body()
    try:
        profile = lib.profile(str(body.get("country", "")))
    except LibraryError as exc:
        return _error(
            422,
            exc.code.value,
            exc.message,
            hint=exc.hint,
            problems=[{"field": "country", "message": exc.message}],
        )
    answers = body.get("answers", {})
    try:
        _check_answers(lib, profile.id, answers)
    except AnswersError as exc:
        return _invalid(exc)
    languages = body.get("languages") or list(profile.languages)
    if not isinstance(languages, list) or not set(languages) <= set(profile.languages):
        return _error(
            422,
            "422",
            f"languages must be among {', '.join(profile.languages)}.",
            problems=[{"field": "languages", "message": "not a language of the country"}],
        )
    workspaces = operations.workspaces_of(db.session, _user(), writable=True)
    wanted = body.get("workspace")
    matching = [w for w in workspaces if wanted in (None, w.id, w.name)]
    if len(matching) != 1:
        names = ", ".join(w.name for w in workspaces) or "none"
        return _error(
            422,
            "422",
            f"Name the workspace of the draft; yours: {names}.",
            problems=[{"field": "workspace", "message": "unknown or ambiguous"}],
        )
    title = str(body.get("title") or f"{profile.instrument.name.get('en', 'Draft')} on e-waste")
    draft = operations.create_draft(
        db.session,
        _user(),
        workspace=matching[0],
        country=profile.id,
        title=title,
        languages=languages,
        answers=answers,
        library_version=lib.version,
        model_hash=documents.model_hash(lib, profile.id, answers),
        note="created through the API",
    )
    db.session.commit()
    body_out = draft_json(draft, operations.latest_version(db.session, draft))
    return jsonify(body_out), 201, {"Location": body_out["links"]["self"]}


@bp.get("/drafts/<int:draft_id>")
@token_required
def get_draft(draft_id: int) -> ResponseReturnValue:
    draft = operations.visible_draft(db.session, draft_id, _user())
    return jsonify(draft_json(draft, operations.latest_version(db.session, draft)))


@bp.put("/drafts/<int:draft_id>")
@token_required
def update_draft(draft_id: int) -> ResponseReturnValue:
    lib = documents.library()
    draft = operations.visible_draft(db.session, draft_id, _user(), write=True)
    body = _body()
    answers, base = body.get("answers"), body.get("version")
    if not isinstance(base, int) or isinstance(base, bool):
        return _error(
            422,
            "422",
            "version must be the number of the version you changed.",
            problems=[{"field": "version", "message": "must be an integer"}],
        )
    try:
        _check_answers(lib, draft.country, answers)
    except AnswersError as exc:
        return _invalid(exc)
    assert isinstance(answers, dict)  # validated above
    try:
        operations.save_version(
            db.session,
            draft,
            _user(),
            base=base,
            answers=answers,
            library_version=lib.version,
            model_hash=documents.model_hash(lib, draft.country, answers),
            steps_done=operations.latest_version(db.session, draft).steps_done,
            note="saved through the API",
        )
    except operations.StaleVersion as exc:
        db.session.rollback()
        return _error(409, "409", exc.message, current_version=exc.current, your_answers=answers)
    db.session.commit()
    return jsonify(draft_json(draft, operations.latest_version(db.session, draft)))


@bp.get("/drafts/<int:draft_id>/versions")
@token_required
def versions(draft_id: int) -> ResponseReturnValue:
    draft = operations.visible_draft(db.session, draft_id, _user())
    return jsonify(
        [
            {
                "version": v.number,
                "author": v.author.email,
                "saved_at": v.created_at.isoformat() + "Z",
                "library_version": v.library_version,
                "model_hash": v.model_hash,
                "note": v.note,
                "answers": v.answers,
            }
            for v in operations.versions_of(db.session, draft)
        ]
    )


@bp.get("/drafts/<int:draft_id>/diff")
@token_required
def diff(draft_id: int) -> ResponseReturnValue:
    """The clause-aware diff of two versions' regulations (`?from=N&to=M`; default the
    latest and the one before it), in `?lang=` (default the draft's first language)."""
    draft = operations.visible_draft(db.session, draft_id, _user())
    old, new = compare.version_pair(draft)
    language = request.args.get("lang") or draft.language_list[0]
    if language not in draft.language_list:
        return _error(
            400,
            "400",
            f"This draft is in {', '.join(draft.language_list)}, not {language[:20]!r}.",
            problems=[{"field": "lang", "message": "not a language of the draft"}],
        )
    found = compare.version_diff(documents.library(), draft, old, new, language)
    return jsonify(found.to_json())


def _download_view(filename: str) -> Any:
    @token_required
    def view(draft_id: int) -> ResponseReturnValue:
        draft = operations.visible_draft(db.session, draft_id, _user())
        version = operations.latest_version(db.session, draft)
        number = request.args.get("version")
        if number and number.isdigit():
            version = operations.version_of(db.session, draft, int(number))
        return drafts.send_document(documents.library(), draft, version, filename)

    return view


for _filename in documents.DOWNLOADS:
    bp.add_url_rule(
        f"/drafts/<int:draft_id>/{_filename}",
        endpoint=f"download_{_filename.replace('.', '_')}",
        view_func=_download_view(_filename),
    )


@bp.get("/drafts/<int:draft_id>/check")
@token_required
def check_draft(draft_id: int) -> ResponseReturnValue:
    """The check report on a version's regulation (`?version=N`, default the latest), in
    `?lang=` (default the draft's first language), as the draft page shows it."""
    lib = documents.library()
    draft = operations.visible_draft(db.session, draft_id, _user())
    version = operations.latest_version(db.session, draft)
    number = request.args.get("version")
    if number:
        if not number.isdigit():
            return _error(400, "400", "version must be a version number.")
        version = operations.version_of(db.session, draft, int(number))
    language = request.args.get("lang") or draft.language_list[0]
    if language not in draft.language_list:
        return _error(
            400,
            "400",
            f"This draft is in {', '.join(draft.language_list)}, not {language[:20]!r}.",
            problems=[{"field": "lang", "message": "not a language of the draft"}],
        )
    report = checks.draft_report(lib, draft, version, language)
    return jsonify(report.to_json())


@bp.post("/check")
@token_required
def check_upload() -> ResponseReturnValue:
    """The check report on an uploaded .docx or draft model (multipart field `file`), for
    the country in the field `country` (default: recognised from the document)."""
    try:
        checked = checks.check_upload(documents.library())
    except checks.UploadError as error:
        extra: dict[str, Any] = {"problems": [{"field": error.field, "message": error.message}]}
        if error.hint:
            extra["hint"] = error.hint
        return _error(error.status, error.code, error.message, **extra)
    return jsonify(checked.report.to_json())
