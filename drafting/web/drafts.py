"""Drafts: the list, the draft page (preview, provenance, facts to verify, downloads),
versions and their restoration, and a new draft copied from one (for any country)."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from io import BytesIO
from typing import Any

from flask import Blueprint, abort, redirect, render_template, request, send_file, url_for
from flask.typing import ResponseReturnValue
from flask_babel import gettext as _
from flask_login import current_user, login_required

from drafting.errors import AnswersError
from drafting.library import ClauseLibrary
from drafting.model import Instrument, InstrumentKind, Profile, facts_to_verify
from drafting.render.html import render_html
from drafting.store import operations
from drafting.store.models import Draft, Version
from drafting.web import charts, checks, documents, provenance, questionnaire
from drafting.web.errors import problems_json
from drafting.web.extensions import db
from drafting.web.i18n import ui_language
from drafting.web.wizard import language_choices

bp = Blueprint("drafts", __name__)


@bp.get("/drafts")
@login_required
def index() -> ResponseReturnValue:
    lib = documents.library()
    rows = [
        (d, operations.latest_version(db.session, d))
        for d in operations.drafts_for(db.session, current_user)
    ]
    return render_template("drafts/index.html", rows=rows, profiles=lib.profiles_by_id)


def _version(draft: Draft) -> Version:
    number = request.args.get("version", "")
    if number:
        if not number.isdigit():
            abort(400)
        return operations.version_of(db.session, draft, int(number))
    return operations.latest_version(db.session, draft)


def _downloads(
    draft: Draft, version: Version, profile: Profile, stem: str = "document"
) -> list[tuple[str, str]]:
    """The files of the regulation (`stem` "document") or of its companion bill ("bill"):
    Word per language, clean copies, the languages side by side, Akoma Ntoso, the model,
    a web page."""
    links = []
    common: dict[str, Any] = {"draft_id": draft.id, "version": version.number}
    docx = f"drafts.download_{stem}_docx"
    for lang in draft.language_list:
        suffix = f" ({lang})" if len(draft.language_list) > 1 else ""
        links.append((_("Word (.docx)") + suffix, url_for(docx, lang=lang, **common)))
        links.append(
            (
                _("Word, clean copy without drafting notes") + suffix,
                url_for(docx, lang=lang, clean=1, **common),
            )
        )
    if len(draft.language_list) > 1:
        both = ",".join(draft.language_list)
        links.append((_("Word, languages side by side"), url_for(docx, lang=both, **common)))
    if profile.translator_labels and len(draft.language_list) > 1:
        three = ",".join([profile.translator_labels.language, *draft.language_list])
        links.append(
            (
                _("Word, side by side with a column for the official translator"),
                url_for(docx, lang=three, **common),
            )
        )
    first = draft.language_list[0]
    for label, ext in (
        (_("Akoma Ntoso (.xml)"), "xml"),
        (_("Draft model (.json)"), "json"),
        (_("Web page (.html)"), "html"),
    ):
        links.append((label, url_for(f"drafts.download_{stem}_{ext}", lang=first, **common)))
    return links


_KINDS = {"regulation": InstrumentKind.REGULATION, "bill": InstrumentKind.BILL}


@bp.get("/drafts/<int:draft_id>")
@login_required
def show(draft_id: int) -> ResponseReturnValue:
    """The draft page: the regulation (or `?instrument=bill`, its companion bill) in one of
    the draft's languages, with what the core says about it."""
    lib = documents.library()
    draft = operations.visible_draft(db.session, draft_id, current_user)
    version = _version(draft)
    latest = operations.latest_version(db.session, draft)
    profile = lib.profile(draft.country)
    language = request.args.get("lang") or draft.language_list[0]
    kind = _KINDS.get(request.args.get("instrument") or "regulation")
    if language not in draft.language_list or kind is None:
        abort(404)
    context: dict[str, Any] = {
        "draft": draft,
        "version": version,
        "latest": latest,
        "profile": profile,
        "language": language,
        "kind": kind.value,
        "can_write": operations.can_write(db.session, draft, current_user),
        "choices": language_choices(lib),
        "workspaces": operations.workspaces_of(db.session, current_user, writable=True),
        "resume_step": next(
            (s.id for s in questionnaire.steps(lib) if s.id not in latest.steps_done),
            questionnaire.steps(lib)[0].id,
        ),
    }
    try:
        instrument = documents.instrument(lib, draft.country, version.answers, language)
    except AnswersError as exc:
        return render_template("drafts/show.html", problems=problems_json(exc), **context)
    shown = instrument
    if kind is InstrumentKind.BILL:
        shown = documents.instrument(lib, draft.country, version.answers, language, kind)
    return render_template(
        "drafts/show.html",
        problems=[],
        instrument=shown,
        has_bill=bool(instrument.companion),
        preview=render_html(shown),
        facts=list({f.path: f for f in facts_to_verify(shown)}.values()),
        downloads=_downloads(draft, version, profile),
        bill_downloads=_downloads(draft, version, profile, "bill") if instrument.companion else [],
        check=checks.draft_panel(lib, draft, version, language, kind, compute=False),
        **_about(lib, profile, shown),
        **context,
    )


def _about(lib: ClauseLibrary, profile: Profile, instrument: Instrument) -> dict[str, Any]:
    """What the page shows beside the text: provenance, duties without a sanction, the
    legal basis, what is left out, and the timetable (chart and table)."""
    return {
        "panel": provenance.panel(lib, instrument),
        "unsanctioned": provenance.unsanctioned(instrument),
        "basis": provenance.basis(profile, instrument),
        "displaced": provenance.displaced(instrument),
        "timetable": provenance.timetable_rows(lib, instrument),
        "chart": charts.timetable_svg(instrument.timetable, instrument.language, ui_language()),
        "draft_lang": instrument.language if instrument.language != ui_language() else None,
    }


def _slug(text: str) -> str:
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")[:60] or "draft"


def send_document(lib: ClauseLibrary, draft: Draft, version: Version, filename: str) -> Any:
    """A draft's file (docx, json, xml, html) for `?lang=` and `?clean=1`, as an attachment."""
    kind = documents.DOWNLOADS[filename]
    profile = lib.profile(draft.country)
    languages = documents.requested_languages(
        profile, request.args.get("lang"), draft.language_list
    )
    if len(languages) > 1 and not kind.parallel:
        languages = languages[:1]
    req = documents.Request(
        country=draft.country,
        answers=version.answers,
        languages=languages,
        clean=request.args.get("clean") in ("1", "true", "yes"),
        kind=kind.instrument,
    )
    payload = kind.render(lib, req)
    stem = filename.rsplit(".", 1)[0]
    name = f"{_slug(draft.title)}-v{version.number}-{'-'.join(languages)}"
    if req.clean:
        name += "-clean"
    if stem != "document":
        name += f"-{stem}"
    return send_file(
        BytesIO(payload),
        mimetype=kind.mimetype,
        as_attachment=True,
        download_name=f"{name}.{kind.filename}",
    )


def _download_view(filename: str) -> Any:
    @login_required
    def view(draft_id: int) -> ResponseReturnValue:
        draft = operations.visible_draft(db.session, draft_id, current_user)
        return send_document(documents.library(), draft, _version(draft), filename)

    return view


for _filename in documents.DOWNLOADS:
    bp.add_url_rule(
        f"/drafts/<int:draft_id>/{_filename}",
        endpoint=f"download_{_filename.replace('.', '_')}",
        view_func=_download_view(_filename),
    )


@bp.get("/drafts/<int:draft_id>/versions")
@login_required
def versions(draft_id: int) -> ResponseReturnValue:
    draft = operations.visible_draft(db.session, draft_id, current_user)
    return render_template(
        "drafts/versions.html",
        draft=draft,
        versions=operations.versions_of(db.session, draft),
        can_write=operations.can_write(db.session, draft, current_user),
    )


@bp.post("/drafts/<int:draft_id>/versions/<int:number>/restore")
@login_required
def restore(draft_id: int, number: int) -> ResponseReturnValue:
    """A new version with an old version's answers: no version is ever rewritten."""
    lib = documents.library()
    draft = operations.visible_draft(db.session, draft_id, current_user, write=True)
    old = operations.version_of(db.session, draft, number)
    latest = operations.latest_version(db.session, draft)
    operations.save_version(
        db.session,
        draft,
        current_user,
        base=latest.number,
        answers=old.answers,
        steps_done=old.steps_done,
        library_version=lib.version,
        model_hash=documents.model_hash(lib, draft.country, old.answers),
        note=f"restored from version {old.number}",
        restored_from=old.number,
    )
    db.session.commit()
    return redirect(url_for("drafts.show", draft_id=draft.id))


def copy_answers(
    lib: ClauseLibrary, profile: Profile, answers: Mapping[str, Any]
) -> tuple[dict[str, Any], list[str], list[dict[str, Any]]]:
    """The answers to keep for a draft of `profile`, the ids of those not asked there, and
    the problems of those left out (the country's default applies to them instead)."""
    kept = dict(answers)
    dropped: list[dict[str, Any]] = []
    for _round in range(len(kept) + 1):
        try:
            checked = documents.validated(lib, profile, kept, ui_language())
        except AnswersError as exc:
            problems = problems_json(exc)
            bad = {q for p in problems for q in p.get("questions", []) if q in kept}
            if not bad:
                break
            dropped.extend(p for p in problems if set(p.get("questions", [])) & bad)
            kept = {k: v for k, v in kept.items() if k not in bad}
            continue
        return kept, [str(q) for q in checked.ignored], dropped
    return kept, [], dropped


@bp.post("/drafts/<int:draft_id>/copy")
@login_required
def copy(draft_id: int) -> ResponseReturnValue:
    lib = documents.library()
    source = operations.visible_draft(db.session, draft_id, current_user)
    version = operations.latest_version(db.session, source)
    workspaces = operations.workspaces_of(db.session, current_user, writable=True)
    chosen = next((c for c in language_choices(lib) if c[0] == request.form.get("country")), None)
    workspace = next((w for w in workspaces if str(w.id) == request.form.get("workspace")), None)
    if workspace is None and workspaces:
        workspace = workspaces[0]
    if chosen is None or workspace is None:
        abort(400)
    _value, profile, langs = chosen
    kept, not_asked, dropped = copy_answers(lib, profile, version.answers)
    title = request.form.get("title", "").strip() or _("Copy of %(title)s", title=source.title)
    draft = operations.create_draft(
        db.session,
        current_user,
        workspace=workspace,
        country=profile.id,
        title=title,
        languages=langs,
        answers=kept,
        library_version=lib.version,
        model_hash=documents.model_hash(lib, profile.id, kept),
        note=f"copied from draft {source.id} version {version.number}",
    )
    db.session.commit()
    return render_template(
        "drafts/copied.html",
        source=source,
        draft=draft,
        not_asked=[lib.questions_by_id[q] for q in not_asked],  # type: ignore[index]
        dropped=dropped,
        questions=lib.questions_by_id,
    ), 201
