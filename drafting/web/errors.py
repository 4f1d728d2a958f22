"""Error handlers: a 4xx page or JSON body with message, hint and code; never a traceback."""

from __future__ import annotations

from typing import Any

from flask import Flask, current_app, render_template, request
from flask.typing import ResponseReturnValue
from flask_babel import gettext as _
from werkzeug.exceptions import HTTPException

from drafting.errors import AnswersError, Code, DraftingError, LibraryError
from drafting.powers import OUTSIDE_QUESTION, Route
from drafting.store.operations import Forbidden, NotFound, StaleVersion, StoreError
from drafting.web.i18n import in_ui_language


def wants_json() -> bool:
    if request.path.startswith(("/api/", "/health")):
        return True
    best = request.accept_mimetypes.best_match(["text/html", "application/json"])
    return best == "application/json"


def problems_json(exc: DraftingError) -> list[dict[str, Any]]:
    """Each problem with the question it concerns (a refusal may concern several)."""
    out = []
    for p in exc.problems:
        item: dict[str, Any] = {"code": p.code.value, "message": p.message}
        if p.location.question_id:
            ids = [q.strip() for q in p.location.question_id.split(",") if q.strip()]
            item["question"] = ids[0]
            item["questions"] = ids
        else:
            item["location"] = str(p.location)
        out.append(item)
    return out


def _respond(status: int, code: str, message: str, hint: str = "", **extra: Any) -> Any:
    if wants_json():
        body: dict[str, Any] = {"code": code, "message": message}
        if hint:
            body["hint"] = hint
        body.update(extra)
        return body, status
    page = render_template(
        "errors/error.html", status=status, code=code, message=message, hint=hint, extra=extra
    )
    return page, status


def _no_bill() -> tuple[str, str]:
    """The message and hint of a 404 for a companion bill the answers do not call for."""
    message = _(
        "This draft has no companion bill: every provision its answers select rests on a "
        "power of the regulation's enabling law, or is left out and listed."
    )
    question = current_app.extensions["clause_library"].questions_by_id.get(OUTSIDE_QUESTION)
    option = question.option(Route.BILL.value) if question else None
    if question is None or option is None:
        return message, ""
    hint = _(
        "To draft what the regulation has no power for in a companion bill, answer "
        "“%(option)s” to “%(question)s”.",
        option=in_ui_language(option.label),
        question=in_ui_language(question.label),
    )
    return message, hint


def register_error_handlers(app: Flask) -> None:
    @app.errorhandler(DraftingError)
    def drafting_error(exc: DraftingError) -> ResponseReturnValue:
        if exc.code is Code.NO_BILL:
            # The core's hint speaks to the command line; say it in the UI's words.
            return _respond(404, exc.code.value, *_no_bill())
        if isinstance(exc, LibraryError):
            current_app.logger.error("clause library: %s", exc)
            status = 500
        else:
            status = 422 if isinstance(exc, AnswersError) else 400
        return _respond(status, exc.code.value, exc.message, exc.hint, problems=problems_json(exc))

    @app.errorhandler(NotFound)
    def not_found(exc: NotFound) -> ResponseReturnValue:
        return _respond(404, "404", exc.message)

    @app.errorhandler(Forbidden)
    def forbidden(exc: Forbidden) -> ResponseReturnValue:
        return _respond(403, "403", exc.message)

    @app.errorhandler(StaleVersion)
    def stale(exc: StaleVersion) -> ResponseReturnValue:
        return _respond(409, "409", exc.message, current_version=exc.current)

    @app.errorhandler(StoreError)
    def refused(exc: StoreError) -> ResponseReturnValue:
        return _respond(400, "400", exc.message)

    @app.errorhandler(HTTPException)
    def http_error(exc: HTTPException) -> ResponseReturnValue:
        status = exc.code or 500
        messages = {
            404: _("There is no such page."),
            403: _("You may not do this."),
            413: _("The file is too large."),
        }
        return _respond(status, str(status), messages.get(status, exc.description or ""))

    @app.errorhandler(Exception)
    def unexpected(exc: Exception) -> ResponseReturnValue:
        current_app.logger.exception("unexpected error")
        return _respond(500, "500", _("Something went wrong on our side; it has been logged."))
