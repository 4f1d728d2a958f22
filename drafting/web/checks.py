"""The consistency checker in the web app: the report on a draft version (computed once and
kept), what the report panel shows of it, and the "Check a Word file" page.

The core checks (`drafting.checker`); this module only calls it, keeps its reports and
arranges them by category for the page. The API's routes (`api.py`) share the upload
handling below."""

from __future__ import annotations

import json
import os
import threading
from collections import OrderedDict
from concurrent.futures import ThreadPoolExecutor
from contextlib import suppress
from dataclasses import dataclass, replace
from typing import Any

from flask import Blueprint, abort, current_app, render_template, request, url_for
from flask.typing import ResponseReturnValue
from flask_babel import gettext as _
from flask_babel import ngettext
from flask_login import current_user, login_required
from werkzeug.exceptions import RequestEntityTooLarge

from drafting.checker import check
from drafting.checker.files import load_document
from drafting.checker.report import Category, Finding, Report, Severity
from drafting.errors import Code, DraftingError, LibraryError
from drafting.library import ClauseLibrary
from drafting.model import Instrument, InstrumentKind, Profile
from drafting.render.html import render_html
from drafting.store import operations
from drafting.store.models import Draft, Version
from drafting.web import documents
from drafting.web.extensions import db
from drafting.web.i18n import ui_language

bp = Blueprint("checks", __name__)

# An edited regulation with its pictures fits easily; the importer refuses what unpacks to
# more (I602). The rest of the app keeps the smaller MAX_CONTENT_LENGTH.
DEFAULT_UPLOAD_LIMIT = 20 * 1024 * 1024
UPLOAD_ENDPOINTS = {"checks.page", "api.check_upload"}


def upload_limit() -> int:
    return int(current_app.config.get("CHECK_MAX_UPLOAD") or DEFAULT_UPLOAD_LIMIT)


def allow_upload(endpoint: str | None, _values: Any) -> None:
    """Before anything reads the body (CSRF reads the form): the limit of a file to check."""
    if endpoint in UPLOAD_ENDPOINTS:
        request.max_content_length = upload_limit()


def megabytes(size: int) -> str:
    return f"{size / (1024 * 1024):g}"


# --- the report on a draft version -----------------------------------------------------

_CACHE_SIZE = 64
_cache: OrderedDict[tuple[Any, ...], Report] = OrderedDict()
_lock = threading.Lock()
_executor: ThreadPoolExecutor | None = None


def _lower_priority() -> None:
    """Checks run at a lower CPU priority than the requests the server answers meanwhile
    (Linux gives each thread its own nice value)."""
    with suppress(OSError, AttributeError):
        os.setpriority(os.PRIO_PROCESS, threading.get_native_id(), 10)


def _checker() -> ThreadPoolExecutor:
    """One thread runs the checks (of drafts and of uploads), one at a time: the first
    check in a language builds its language pipeline, and a burst of page views cannot
    take every processor from the pages being served."""
    global _executor
    with _lock:
        if _executor is None:
            _executor = ThreadPoolExecutor(
                max_workers=1, thread_name_prefix="checker", initializer=_lower_priority
            )
        return _executor


def _run(instrument: Instrument, **kwargs: Any) -> Report:
    return check(instrument, **kwargs)


def _key(
    lib: ClauseLibrary, draft: Draft, version: Version, language: str, kind: InstrumentKind
) -> tuple[Any, ...]:
    other = next((lang for lang in draft.language_list if lang != language), None)
    return (
        lib.version,
        draft.country,
        json.dumps(version.answers, sort_keys=True),
        language,
        kind.value,
        other,
    )


def _named(
    report: Report, draft: Draft, version: Version, language: str, kind: InstrumentKind
) -> Report:
    name = f"{draft.title}, version {version.number} ({language})"
    if kind is InstrumentKind.BILL:
        name += ", companion bill"
    return replace(report, document=name)


def cached_report(
    lib: ClauseLibrary,
    draft: Draft,
    version: Version,
    language: str,
    kind: InstrumentKind = InstrumentKind.REGULATION,
) -> Report | None:
    """The report if it has been computed already, else None (nothing is computed)."""
    key = _key(lib, draft, version, language, kind)
    with _lock:
        found = _cache.get(key)
        if found is not None:
            _cache.move_to_end(key)
    return _named(found, draft, version, language, kind) if found is not None else None


def draft_report(
    lib: ClauseLibrary,
    draft: Draft,
    version: Version,
    language: str,
    kind: InstrumentKind = InstrumentKind.REGULATION,
) -> Report:
    """The report on a draft version's instrument in `language`, as the draft page shows it
    (with the draft's other language, when it has one, for the alignment checks).

    Computed once per library version, answers, language and instrument: versions are
    never changed, so their report cannot go stale. Raises AnswersError while the answers
    cannot make a draft, and AssemblyError A405 for a bill the answers do not call for."""
    found = cached_report(lib, draft, version, language, kind)
    if found is not None:
        return found
    key = _key(lib, draft, version, language, kind)
    other_language = key[-1]
    instrument = documents.instrument(lib, draft.country, version.answers, language, kind)
    other = (
        documents.instrument(lib, draft.country, version.answers, other_language, kind)
        if other_language
        else None
    )
    report = (
        _checker()
        .submit(_run, instrument, library=lib, profile=lib.profile(draft.country), other=other)
        .result()
    )
    with _lock:
        _cache[key] = report
        if len(_cache) > _CACHE_SIZE:
            _cache.popitem(last=False)
    return _named(report, draft, version, language, kind)


# --- what the pages show of a report ---------------------------------------------------


def category_labels() -> dict[str, str]:
    """The categories' names in the UI's language, in the order the report lists them."""
    return {
        Category.BROKEN_CROSS_REFERENCE: _("Broken cross-references"),
        Category.NUMBERING: _("Numbering"),
        Category.MISSING_PROVISION: _("Missing provisions"),
        Category.EMPTY_PROVISION: _("Empty provisions"),
        Category.UNUSED_DEFINITION: _("Definitions never used"),
        Category.DUPLICATE_DEFINITION: _("Terms defined twice"),
        Category.UNDEFINED_ACRONYM: _("Acronyms never defined"),
        Category.UNDEFINED_TERM: _("Terms used but never defined"),
        Category.CIRCULAR_DEFINITION: _("Definitions that refer to themselves"),
        Category.TARGET_INCONSISTENCY: _("Targets"),
        Category.PERIOD_INCONSISTENCY: _("Periods"),
        Category.CURRENCY: _("Currency"),
        Category.TIMETABLE: _("Timetable"),
        Category.OBLIGATION_WITHOUT_SANCTION: _("Duties without a sanction"),
        Category.UNDEFINED_ADDRESSEE: _("Duties on persons the instrument does not define"),
        Category.POLICY_CONFLICT: _("Policy conflicts"),
        Category.ULTRA_VIRES: _("Beyond the enabling law"),
        Category.LANGUAGE_ALIGNMENT: _("Language versions that differ"),
        Category.STYLE: _("Style"),
    }


_SEVERITY_RANK = {Severity.ERROR: 0, Severity.WARNING: 1, Severity.INFO: 2}


def severity_label(severity: Severity | str) -> str:
    labels = {
        Severity.ERROR: _("Error"),
        Severity.WARNING: _("Warning"),
        Severity.INFO: _("Note"),
    }
    return labels.get(Severity(severity), str(severity))


def language_name(code: str) -> str:
    names = {
        "en": _("English"),
        "fr": _("French"),
        "es": _("Spanish"),
        "rw": _("Kinyarwanda"),
    }
    return names.get(code, code)


@dataclass(frozen=True, slots=True)
class Group:
    """The findings of one category, in document order."""

    category: str
    label: str
    findings: tuple[Finding, ...]

    @property
    def errors(self) -> int:
        return sum(1 for f in self.findings if f.severity is Severity.ERROR)

    @property
    def worst(self) -> str:
        return str(min((f.severity for f in self.findings), key=_SEVERITY_RANK.__getitem__))


def groups(report: Report) -> list[Group]:
    """The findings by category: those with errors first, then warnings, then notes; the
    report's family order within each."""
    labels = category_labels()
    order = {str(c): i for i, c in enumerate(labels)}
    by_category: dict[str, list[Finding]] = {}
    for finding in report.findings:
        by_category.setdefault(str(finding.category), []).append(finding)
    out = [
        Group(category=category, label=labels.get(category, category), findings=tuple(found))
        for category, found in by_category.items()
    ]
    return sorted(
        out,
        key=lambda g: (
            _SEVERITY_RANK[Severity(g.worst)],
            order.get(g.category, len(order)),
            g.category,
        ),
    )


def summary_text(report: Report) -> str:
    """ "No errors found: 2 warnings, 1 note", or "3 errors, 2 warnings, 1 note"."""
    warnings = ngettext("%(num)d warning", "%(num)d warnings", report.count(Severity.WARNING))
    notes = ngettext("%(num)d note", "%(num)d notes", report.count(Severity.INFO))
    if not report.errors:
        return _("No errors found: %(warnings)s, %(notes)s.", warnings=warnings, notes=notes)
    errors = ngettext("%(num)d error", "%(num)d errors", report.errors)
    return _("%(errors)s, %(warnings)s, %(notes)s.", errors=errors, warnings=warnings, notes=notes)


def outline_text(report: Report) -> str:
    """What the checker read: "Read 41 provisions in 11 parts, 31 definitions and 2
    schedules." """
    o = report.outline
    provisions = ngettext("%(num)d provision", "%(num)d provisions", o.provisions)
    definitions = ngettext("%(num)d definition", "%(num)d definitions", o.definitions)
    schedules = ngettext("%(num)d schedule", "%(num)d schedules", o.schedules)
    if o.parts:
        parts = ngettext("%(num)d part", "%(num)d parts", o.parts)
        return _(
            "Read %(provisions)s in %(parts)s, %(definitions)s and %(schedules)s.",
            provisions=provisions,
            parts=parts,
            definitions=definitions,
            schedules=schedules,
        )
    return _(
        "Read %(provisions)s (not divided into parts), %(definitions)s and %(schedules)s.",
        provisions=provisions,
        definitions=definitions,
        schedules=schedules,
    )


def panel(report: Report, link_base: str = "", *, open_all: bool = False) -> dict[str, Any]:
    """What a template needs to show a report (templates/checks/_report.html); a finding
    links to `link_base` + "#eid" (the text on the same page by default). The categories
    with an error are open, or all of them (`open_all`)."""
    return {
        "report": report,
        "link_base": link_base,
        "open_all": open_all,
        "groups": groups(report),
        "summary": summary_text(report),
        "outline": outline_text(report),
        "counts": [
            (str(s), severity_label(s), report.count(s))
            for s in (Severity.ERROR, Severity.WARNING, Severity.INFO)
        ],
        "severity_label": severity_label,
        # The findings are in English: marked so when the UI is not.
        "findings_lang": "en" if ui_language() != "en" else None,
        "document_lang": report.outline.language
        if report.outline.language and report.outline.language != ui_language()
        else None,
    }


def draft_panel(
    lib: ClauseLibrary,
    draft: Draft,
    version: Version,
    language: str,
    kind: InstrumentKind = InstrumentKind.REGULATION,
    *,
    compute: bool = True,
) -> dict[str, Any]:
    """The draft page's report panel. `state` is "ready" (with the panel's contents),
    "pending" (not computed yet and `compute` is False: the page loads it afterwards from
    `url`) or "failed" (the error logged: a fault in a check never takes the draft page
    down with it)."""
    view: dict[str, Any] = {"instrument": kind.value} if kind is InstrumentKind.BILL else {}
    args: dict[str, Any] = {
        "draft_id": draft.id,
        "version": version.number,
        "lang": language,
        **view,
    }
    out: dict[str, Any] = {
        "url": url_for("checks.draft_check", **args),
        "panel_url": url_for("checks.draft_check_panel", **args),
        "state": "pending",
    }
    try:
        report = (draft_report if compute else cached_report)(lib, draft, version, language, kind)
    except Exception:  # the page says that the check could not run
        current_app.logger.exception("checking draft %s version %s", draft.id, version.number)
        return {**out, "state": "failed"}
    if report is None:
        return out
    return {**out, **panel(report), "state": "ready"}


# --- an uploaded file --------------------------------------------------------------------


class UploadError(Exception):
    """A file the checker cannot read, or a request without one: 400, or 413 (too large)."""

    def __init__(
        self,
        status: int,
        code: str,
        message: str,
        hint: str = "",
        field: str = "file",
        filename: str = "",
    ) -> None:
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message
        self.hint = hint
        self.field = field
        self.filename = filename


def too_large() -> UploadError:
    return UploadError(
        413,
        Code.DOCX_TOO_LARGE.value,
        _("The file is larger than %(mb)s MB.", mb=megabytes(upload_limit())),
        _("Check a smaller file: save the document without pictures or embedded files."),
    )


def chosen_profile(lib: ClauseLibrary, country: str) -> Profile | None:
    """The profile of the country asked for ("" or "auto": recognise it from the
    document). Raises UploadError 400 naming the known countries."""
    country = country.strip()
    if not country or country == "auto":
        return None
    try:
        return lib.profile(country)
    except LibraryError:
        known = ", ".join(
            f"{p.id} ({p.names.get('en', p.id)})" for p in lib.profiles_by_id.values()
        )
        raise UploadError(
            400,
            Code.UNKNOWN_PROFILE.value,
            _(
                "There is no country profile for “%(country)s”. Known countries: %(known)s.",
                country=country[:60],
                known=known,
            ),
            _("Leave the country out to recognise it from the document."),
            field="country",
        ) from None


@dataclass(frozen=True, slots=True)
class Checked:
    report: Report
    instrument: Instrument
    filename: str
    chosen: Profile | None  # the country asked for; None: recognised (or not) from the text


@dataclass(frozen=True, slots=True)
class Read:
    """An uploaded file and the document read from it."""

    data: bytes
    filename: str
    instrument: Instrument


def read_upload() -> Read:
    """The request's file (field `file`) read as a document (.docx or draft model). Raises
    UploadError for a missing, unreadable, hostile, encrypted or too large file. Shared by
    the pages that take an edited file (this one, and comparing with a version)."""
    try:
        upload = request.files.get("file")
    except RequestEntityTooLarge:
        raise too_large() from None
    if upload is None or not upload.filename:
        raise UploadError(
            400,
            "400",
            _("Choose a file to check: a Word document (.docx) or a draft model (.json)."),
        )
    filename = upload.filename.replace("\\", "/").rsplit("/", 1)[-1][:200]
    data = upload.read(upload_limit() + 1)
    if len(data) > upload_limit():
        raise too_large()
    if not data:
        raise UploadError(
            400, Code.UNREADABLE_DOCX.value, _("The file is empty."), filename=filename
        )
    try:
        instrument = load_document(data, filename)
    except DraftingError as exc:
        if exc.code is Code.DOCX_TOO_LARGE:
            raise UploadError(
                413, exc.code.value, exc.message, exc.hint, filename=filename
            ) from None
        raise UploadError(400, exc.code.value, exc.message, exc.hint, filename=filename) from None
    except Exception:  # a file nobody foresaw is the file's problem: a 400, not a 500
        current_app.logger.exception("reading an uploaded file")
        raise UploadError(
            400,
            Code.UNREADABLE_DOCX.value,
            _("%(name)s could not be read as a Word document or a draft model.", name=filename),
            _("Save it from Word as .docx and check it again."),
            filename=filename,
        ) from None
    return Read(data=data, filename=filename, instrument=instrument)


def check_upload(lib: ClauseLibrary) -> Checked:
    """The report on the request's file (field `file`) for its country (field `country`,
    optional). Raises UploadError for a missing, unreadable, hostile, encrypted or too
    large file and for an unknown country."""
    try:
        country = request.form.get("country", "")
    except RequestEntityTooLarge:
        raise too_large() from None
    profile = chosen_profile(lib, country)
    read = read_upload()
    report = _checker().submit(
        _run, read.instrument, name=read.filename, library=lib, profile=profile
    )
    return Checked(
        report=report.result(), instrument=read.instrument, filename=read.filename, chosen=profile
    )


# --- the page ----------------------------------------------------------------------------


bp.url_value_preprocessor(allow_upload)


def _page(status: int = 200, **context: Any) -> ResponseReturnValue:
    lib = documents.library()
    context.setdefault("errors", {})
    context.setdefault("chosen_country", "")
    return (
        render_template(
            "checks/page.html",
            profiles=list(lib.profiles_by_id.values()),
            limit_mb=megabytes(upload_limit()),
            language_name=language_name,
            **context,
        ),
        status,
    )


@bp.errorhandler(RequestEntityTooLarge)
def _too_large(_exc: RequestEntityTooLarge) -> ResponseReturnValue:
    error = too_large()
    return _page(error.status, errors={error.field: error.message}, error=error)


@bp.route("/check", methods=["GET", "POST"])
@login_required
def page() -> ResponseReturnValue:
    """Upload an edited .docx (or a draft .json), choose or let the checker recognise the
    country, and see what it read and the findings on the document's own text."""
    if request.method == "GET":
        return _page()
    lib = documents.library()
    chosen_country = request.form.get("country", "")
    try:
        checked = check_upload(lib)
    except UploadError as error:
        return _page(
            error.status,
            errors={error.field: error.message},
            error=error,
            chosen_country=chosen_country,
        )
    code = checked.report.outline.country
    return _page(
        checked=checked,
        country=next((p for p in lib.profiles_by_id.values() if p.id == code), None),
        preview=render_html(checked.instrument),
        chosen_country=chosen_country,
        check=panel(checked.report),
    )


_KINDS = {"regulation": InstrumentKind.REGULATION, "bill": InstrumentKind.BILL}


def _version_asked(draft_id: int) -> tuple[ClauseLibrary, Draft, Version, str, InstrumentKind]:
    """The draft, version (`?version=`), language (`?lang=`) and instrument
    (`?instrument=bill`) a report is asked for, as the draft page reads them."""
    lib = documents.library()
    found = operations.visible_draft(db.session, draft_id, current_user)
    number = request.args.get("version", "")
    if number and not number.isdigit():
        abort(400)
    version = (
        operations.version_of(db.session, found, int(number))
        if number
        else operations.latest_version(db.session, found)
    )
    language = request.args.get("lang") or found.language_list[0]
    kind = _KINDS.get(request.args.get("instrument") or "regulation")
    if language not in found.language_list or kind is None:
        abort(404)
    return lib, found, version, language, kind


@bp.get("/drafts/<int:draft_id>/check/panel")
@login_required
def draft_check_panel(draft_id: int) -> ResponseReturnValue:
    """The draft page's report panel, which htmx loads after the page when the report was
    not computed yet (a URL of its own: a browser caches it apart from the page)."""
    check_panel = draft_panel(*_version_asked(draft_id))
    return render_template("checks/_panel.html", check=check_panel)


@bp.get("/drafts/<int:draft_id>/check")
@login_required
def draft_check(draft_id: int) -> ResponseReturnValue:
    """The report on a version on a page of its own (without JavaScript, and to print),
    whose findings link to the draft page's text."""
    lib, found, version, language, kind = _version_asked(draft_id)
    view: dict[str, Any] = {"instrument": kind.value} if kind is InstrumentKind.BILL else {}
    text = url_for("drafts.show", draft_id=found.id, version=version.number, lang=language, **view)
    report = draft_report(lib, found, version, language, kind)
    return render_template(
        "checks/draft.html",
        draft=found,
        version=version,
        language=language,
        kind=kind.value,
        profile=lib.profile(found.country),
        text_url=text,
        check=panel(report, link_base=text, open_all=True),
        language_name=language_name,
    )
