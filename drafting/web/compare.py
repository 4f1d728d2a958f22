"""Comparing drafts in the web app: two versions of a draft, a version and an edited Word
file, the Word redline of either, and drafts of different countries side by side.

The core compares (`drafting.diff`) and writes the redline (`drafting.redline`); this
module only chooses what to compare, keeps the diffs of versions (versions never change)
and wraps the core's HTML in pages. The matrix of parameters is in `comparison.py`."""

from __future__ import annotations

import json
import re
import secrets
import threading
from collections import OrderedDict
from dataclasses import dataclass
from datetime import UTC, datetime
from io import BytesIO
from typing import Any
from urllib.parse import urlencode

from flask import Blueprint, abort, redirect, render_template, request, send_file, url_for
from flask.typing import ResponseReturnValue
from flask_babel import gettext as _
from flask_login import current_user, login_required
from markupsafe import Markup
from werkzeug.exceptions import RequestEntityTooLarge
from werkzeug.utils import secure_filename

from drafting.diff import Change, DraftDiff, diff_instruments
from drafting.diff.html import render_html
from drafting.errors import AnswersError
from drafting.library import ClauseLibrary
from drafting.model import Instrument
from drafting.store import operations
from drafting.store.models import Draft, Version
from drafting.web import checks, comparison, documents
from drafting.web.extensions import db

bp = Blueprint("compare", __name__)

UPLOAD_ENDPOINT = "compare.upload"
MODES = ("side", "inline")


def _allow_upload(endpoint: str | None, _values: Any) -> None:
    """Before CSRF reads the form: an edited Word file may be as large as one to check."""
    if endpoint == UPLOAD_ENDPOINT:
        request.max_content_length = checks.upload_limit()


bp.url_value_preprocessor(_allow_upload)


def change_labels() -> dict[str, str]:
    """The types of change in the UI's language, in the order the summary lists them."""
    return {
        "added": _("Added"),
        "removed": _("Removed"),
        "moved": _("Moved"),
        "modified": _("Modified"),
        "parameter": _("Parameters changed"),
        "definition": _("Definitions changed"),
        "table-cell": _("Table cells changed"),
        "title": _("Title changed"),
        "renumbered": _("Renumbered only"),
    }


def diff_words() -> dict[str, str]:
    """The words of the core's diff HTML around the drafts' text, in the UI's language."""
    return {
        "added": _("Added"),
        "removed": _("Removed"),
        "moved": _("Moved"),
        "renumbered": _("Renumbered"),
        "references-only": _("References renumbered"),
        "modified": _("Modified"),
        "parameter": _("Parameter"),
        "definition": _("Definition"),
        "table-cell": _("Table cell"),
        "title": _("Title"),
        "unit-provision": _("Provision"),
        "unit-part": _("Part"),
        "unit-definition": _("Definition"),
        "unit-schedule": _("Schedule"),
        "unit-preamble": _("Preamble"),
        "unit-title": _("Title"),
        "old": _("Before"),
        "new": _("After"),
        "clause": _("Clause"),
        "references": _("References that follow the new numbering:"),
        "cause": _("Because of the answers:"),
    }


# --- the diff of two versions ----------------------------------------------------------

_CACHE_SIZE = 32
_cache: OrderedDict[tuple[Any, ...], DraftDiff] = OrderedDict()
_lock = threading.Lock()


def _language(draft: Draft) -> str:
    language = request.args.get("lang") or draft.language_list[0]
    if language not in draft.language_list:
        abort(404)
    return language


def version_pair(draft: Draft) -> tuple[Version, Version]:
    """The versions `?from=N&to=M` names: by default the latest and the one before it.

    400 for a number that is not a whole number or for a version compared with itself;
    404 (NotFound) for a version the draft does not have."""
    raw_from, raw_to = request.args.get("from", ""), request.args.get("to", "")
    for name, raw in (("from", raw_from), ("to", raw_to)):
        if raw and not raw.isdigit():
            abort(
                400,
                _(
                    "“%(name)s” must be a version number, such as %(name)s=2, not “%(value)s”.",
                    name=name,
                    value=raw[:20],
                ),
            )
    new = (
        operations.version_of(db.session, draft, int(raw_to))
        if raw_to
        else operations.latest_version(db.session, draft)
    )
    number = int(raw_from) if raw_from else new.number - 1
    if number == new.number or number < 1:
        abort(
            400,
            _(
                "Choose two different versions to compare: both are version %(n)d.",
                n=new.number,
            ),
        )
    return operations.version_of(db.session, draft, number), new


def version_name(version: Version) -> str:
    return _("Version %(n)d", n=version.number)


def version_diff(
    lib: ClauseLibrary, draft: Draft, old: Version, new: Version, language: str
) -> DraftDiff:
    """The diff of two versions' regulations in `language`, computed once (by content:
    assembly is pure). Raises AnswersError when a version's answers cannot make a draft."""
    key = (
        lib.version,
        draft.country,
        json.dumps(old.answers, sort_keys=True),
        json.dumps(new.answers, sort_keys=True),
        language,
        version_name(old),
        version_name(new),
    )
    with _lock:
        found = _cache.get(key)
        if found is not None:
            _cache.move_to_end(key)
            return found
    diff = diff_instruments(
        documents.instrument(lib, draft.country, old.answers, language),
        documents.instrument(lib, draft.country, new.answers, language),
        library=lib,
        old_name=version_name(old),
        new_name=version_name(new),
    )
    with _lock:
        _cache[key] = diff
        if len(_cache) > _CACHE_SIZE:
            _cache.popitem(last=False)
    return diff


# --- what the diff page shows ----------------------------------------------------------


def cited(change: Change) -> str:
    old, new = change.old_number or "", change.new_number or ""
    if old and new and old != new:
        return f"{old} → {new}"
    return new or old


def comment_url(draft: Draft, change: Change) -> str:
    """The review page's form to comment on the change's provision (by its eId)."""
    eid = change.new_eid or change.old_eid
    query = urlencode({"provision": eid}) if eid else ""
    return f"{url_for('drafts.show', draft_id=draft.id)}/comments" + (f"?{query}" if query else "")


@dataclass(frozen=True, slots=True)
class Step:
    """A change as the navigation lists it, with the changes before and after it."""

    change: Change
    label: str
    cited: str
    comment_url: str
    previous: str  # the change id before it; "" for the first
    next: str


_SECTION = re.compile(r'(<section\b[^>]*\bid="change-(c\d+)"[^>]*>)')


def _with_navigation(fragment: str, steps: dict[str, Step]) -> str:
    """The core's HTML with, at the top of each change, links to the changes before and
    after it and to the comments on its provision (navigation is the page's, not the
    document's)."""

    def nav(match: re.Match[str]) -> str:
        step = steps.get(match.group(2))
        if step is None:
            return match.group(1)
        previous, following = Markup.escape(_("Previous change")), Markup.escape(_("Next change"))
        links = [
            f'<a href="#change-{step.previous}" class="prev">{previous}</a>'
            if step.previous
            else "",
            f'<a href="#change-{step.next}" class="next">{following}</a>' if step.next else "",
            f'<a href="{Markup.escape(step.comment_url)}" class="comment">'
            f"{Markup.escape(_('Comment on this provision'))}"
            f'<span class="visually-hidden"> {Markup.escape(step.cited)}</span></a>'
            if step.comment_url
            else "",
        ]
        inner = " ".join(x for x in links if x)
        label = Markup.escape(_("Change %(id)s", id=step.change.id))
        return f'{match.group(1)}<nav class="change-nav" aria-label="{label}">{inner}</nav>'

    return _SECTION.sub(nav, fragment)


def diff_view(
    draft: Draft, diff: DraftDiff, *, language: str, mode: str, hide: bool
) -> dict[str, Any]:
    """What templates/compare/_diff.html needs: the summary, the answers changed, the
    navigation and the core's HTML of the changes shown."""
    labels = change_labels()
    counts = diff.summary()
    shown = [c for c in diff.changes if not (hide and not c.substantive)]
    steps: dict[str, Step] = {}
    for i, change in enumerate(shown):
        steps[change.id] = Step(
            change=change,
            label=_("References renumbered")
            if change.references_only
            else labels.get(change.type, change.type),
            cited=cited(change),
            comment_url=comment_url(draft, change) if (change.new_eid or change.old_eid) else "",
            previous=shown[i - 1].id if i > 0 else "",
            next=shown[i + 1].id if i + 1 < len(shown) else "",
        )
    fragment = render_html(
        diff, mode=mode, hide_renumbering=hide, summary=False, words=diff_words()
    )
    return {
        "diff": diff,
        "summary": [(t, label, counts.get(t, 0)) for t, label in labels.items() if counts.get(t)],
        "total": len(diff.changes),
        "hidden": len(diff.changes) - len(shown),
        "steps": list(steps.values()),
        "fragment": Markup(_with_navigation(fragment, steps)),
        "mode": mode,
        "hide": hide,
        "diff_lang": language,
    }


def _mode() -> str:
    mode = request.args.get("mode", "side")
    return mode if mode in MODES else "side"


def _hide() -> bool:
    return request.args.get("hide") == "renumbering"


def _unbuildable(draft: Draft, exc: AnswersError, status: int = 422) -> ResponseReturnValue:
    from drafting.web.errors import problems_json

    return render_template(
        "compare/unbuildable.html", draft=draft, problems=problems_json(exc)
    ), status


@bp.get("/drafts/<int:draft_id>/diff")
@login_required
def versions_diff(draft_id: int) -> ResponseReturnValue:
    """Two versions side by side or inline (`?mode=`), renumbering hidden on request
    (`?hide=renumbering`): server side, so that it works without JavaScript."""
    lib = documents.library()
    draft = operations.visible_draft(db.session, draft_id, current_user)
    old, new = version_pair(draft)
    language = _language(draft)
    try:
        diff = version_diff(lib, draft, old, new, language)
    except AnswersError as exc:
        return _unbuildable(draft, exc)
    args: dict[str, Any] = {"from": old.number, "to": new.number}
    if language != draft.language_list[0]:
        args["lang"] = language
    return render_template(
        "compare/diff.html",
        draft=draft,
        old=old,
        new=new,
        language=language,
        page_url=url_for("compare.versions_diff", draft_id=draft.id),
        args=args,
        redline_url=url_for("compare.versions_redline", draft_id=draft.id, **args),
        versions=operations.versions_of(db.session, draft),
        **diff_view(draft, diff, language=language, mode=_mode(), hide=_hide()),
    )


def _docx_of(lib: ClauseLibrary, draft: Draft, version: Version, language: str) -> bytes:
    """The version's regulation in Word as the draft page offers it for download."""
    req = documents.Request(
        country=draft.country,
        answers=version.answers,
        languages=(language,),
        clean=request.args.get("clean") in ("1", "true", "yes"),
    )
    return documents.DOWNLOADS["document.docx"].render(lib, req)


def _redline(old: bytes, new: bytes, name: str) -> ResponseReturnValue:
    from drafting.redline import redline_docx  # written apart: imported where it is used

    payload = redline_docx(
        old,
        new,
        author=current_user.name or current_user.email,
        date=datetime.now(UTC).replace(microsecond=0),
    )
    return send_file(
        BytesIO(payload), mimetype=documents.DOCX, as_attachment=True, download_name=name
    )


def _stem(draft: Draft) -> str:
    return secure_filename(draft.title.lower())[:60] or "draft"


@bp.get("/drafts/<int:draft_id>/diff.docx")
@login_required
def versions_redline(draft_id: int) -> ResponseReturnValue:
    """The Word redline between two versions: the newer one's document with the changes
    since the older one as tracked changes."""
    lib = documents.library()
    draft = operations.visible_draft(db.session, draft_id, current_user)
    old, new = version_pair(draft)
    language = _language(draft)
    name = f"{_stem(draft)}-v{old.number}-v{new.number}-{language}-redline.docx"
    return _redline(_docx_of(lib, draft, old, language), _docx_of(lib, draft, new, language), name)


# --- an edited Word file against a version -----------------------------------------------


@dataclass(frozen=True, slots=True)
class Upload:
    """An uploaded file kept for its diff page and redline (a few, in this process)."""

    user_id: int
    draft_id: int
    version: int
    language: str
    filename: str
    data: bytes
    instrument: Instrument


_UPLOADS_KEPT = 8
_uploads: OrderedDict[str, Upload] = OrderedDict()


def _keep(upload: Upload) -> str:
    token = secrets.token_urlsafe(16)
    with _lock:
        _uploads[token] = upload
        if len(_uploads) > _UPLOADS_KEPT:
            _uploads.popitem(last=False)
    return token


def _kept(draft: Draft, token: str) -> Upload:
    with _lock:
        upload = _uploads.get(token)
    if upload is None or upload.user_id != current_user.id or upload.draft_id != draft.id:
        raise operations.NotFound(
            _("This comparison is no longer kept on the server: upload the file again.")
        )
    return upload


def _upload_page(draft: Draft, status: int = 200, **context: Any) -> ResponseReturnValue:
    context.setdefault("errors", {})
    context.setdefault("chosen", None)
    return render_template(
        "compare/upload.html",
        draft=draft,
        versions=operations.versions_of(db.session, draft),
        limit_mb=checks.megabytes(checks.upload_limit()),
        **context,
    ), status


@bp.errorhandler(RequestEntityTooLarge)
def _too_large(_exc: RequestEntityTooLarge) -> ResponseReturnValue:
    error = checks.too_large()
    draft_id = (request.view_args or {}).get("draft_id", 0)
    draft = operations.visible_draft(db.session, draft_id, current_user)
    return _upload_page(draft, error.status, errors={error.field: error.message}, error=error)


@bp.route("/drafts/<int:draft_id>/compare-file", methods=["GET", "POST"], endpoint="upload")
@login_required
def upload(draft_id: int) -> ResponseReturnValue:
    """Upload an edited Word file (or a draft model) to compare with a version of the
    draft; the comparison opens on a page of its own (post, then redirect)."""
    draft = operations.visible_draft(db.session, draft_id, current_user)
    if request.method == "GET":
        return _upload_page(draft, chosen=request.args.get("version", type=int))
    number = request.form.get("version", "")
    if not number.isdigit():
        abort(400, _("Choose the version to compare the file with."))
    version = operations.version_of(db.session, draft, int(number))
    language = request.form.get("lang") or draft.language_list[0]
    if language not in draft.language_list:
        abort(400, _("Choose one of the draft's languages."))
    try:
        if not getattr(request.files.get("file"), "filename", ""):
            raise checks.UploadError(400, "400", _("Choose the edited Word file to compare."))
        read = checks.read_upload()
    except checks.UploadError as error:
        return _upload_page(
            draft,
            error.status,
            errors={error.field: error.message},
            error=error,
            chosen=version.number,
        )
    token = _keep(
        Upload(
            user_id=current_user.id,
            draft_id=draft.id,
            version=version.number,
            language=language,
            filename=read.filename,
            data=read.data,
            instrument=read.instrument,
        )
    )
    return redirect(url_for("compare.upload_diff", draft_id=draft.id, token=token))


@bp.get("/drafts/<int:draft_id>/compare-file/<token>")
@login_required
def upload_diff(draft_id: int, token: str) -> ResponseReturnValue:
    lib = documents.library()
    draft = operations.visible_draft(db.session, draft_id, current_user)
    kept = _kept(draft, token)
    version = operations.version_of(db.session, draft, kept.version)
    try:
        old = documents.instrument(lib, draft.country, version.answers, kept.language)
    except AnswersError as exc:
        return _unbuildable(draft, exc)
    diff = diff_instruments(
        old, kept.instrument, library=lib, old_name=version_name(version), new_name=kept.filename
    )
    return render_template(
        "compare/diff.html",
        draft=draft,
        old=version,
        new=None,
        upload=kept,
        language=kept.language,
        page_url=url_for("compare.upload_diff", draft_id=draft.id, token=token),
        args={},
        redline_url=url_for("compare.upload_redline", draft_id=draft.id, token=token),
        versions=[],
        **diff_view(draft, diff, language=kept.language, mode=_mode(), hide=_hide()),
    )


@bp.get("/drafts/<int:draft_id>/compare-file/<token>/redline.docx")
@login_required
def upload_redline(draft_id: int, token: str) -> ResponseReturnValue:
    """The edited file with what it changed in the version as tracked changes."""
    lib = documents.library()
    draft = operations.visible_draft(db.session, draft_id, current_user)
    kept = _kept(draft, token)
    version = operations.version_of(db.session, draft, kept.version)
    if not kept.filename.lower().endswith(".docx"):
        abort(400, _("A Word redline needs a Word file (.docx); this is a draft model."))
    stem = kept.filename.rsplit(".", 1)[0]
    name = secure_filename(f"{stem}-v{version.number}-redline.docx")
    return _redline(_docx_of(lib, draft, version, kept.language), kept.data, name)


# --- drafts of different countries -------------------------------------------------------

MAX_COMPARED = 6


def _draft_ids() -> list[int]:
    raw = [x for value in request.args.getlist("drafts") for x in value.split(",")]
    ids: list[int] = []
    for x in (v.strip() for v in raw):
        if not x:
            continue
        if not x.isdigit():
            abort(400, _("“drafts” lists draft numbers separated by commas, such as drafts=1,2."))
        if int(x) not in ids:
            ids.append(int(x))
    if len(ids) > MAX_COMPARED:
        abort(400, _("Compare at most %(n)d drafts at a time.", n=MAX_COMPARED))
    return ids


@bp.get("/compare")
@login_required
def countries() -> ResponseReturnValue:
    """Drafts of the workspaces (of any country) provision by provision, matched by clause,
    and a matrix of their main parameters; a form chooses the drafts."""
    lib = documents.library()
    ids = _draft_ids()
    chosen = [operations.visible_draft(db.session, i, current_user) for i in ids]
    available = operations.drafts_for(db.session, current_user)
    sides = [comparison.side(lib, d, operations.latest_version(db.session, d)) for d in chosen]
    built = [s for s in sides if s.instrument is not None]
    context: dict[str, Any] = {
        "available": available,
        "chosen_ids": ids,
        "sides": sides,
        "profiles": lib.profiles_by_id,
        "provisions": comparison.provision_rows(lib, built) if len(built) >= 2 else [],
        "matrix": comparison.parameter_matrix(lib, built) if built else [],
    }
    return render_template("compare/countries.html", **context)
