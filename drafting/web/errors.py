"""Error handlers: DraftingError and HTTP errors as JSON bodies with a code, never a traceback."""

from __future__ import annotations

from flask import Flask, jsonify
from flask.typing import ResponseReturnValue
from werkzeug.exceptions import HTTPException

from drafting.errors import AnswersError, DraftingError, LibraryError


def register_error_handlers(app: Flask) -> None:
    @app.errorhandler(DraftingError)
    def drafting_error(exc: DraftingError) -> ResponseReturnValue:
        status = (
            500 if isinstance(exc, LibraryError) else 422 if isinstance(exc, AnswersError) else 400
        )
        body = {
            "code": exc.code.value,
            "message": exc.message,
            "hint": exc.hint,
            "problems": [
                {"code": p.code.value, "message": p.message, "location": str(p.location)}
                for p in exc.problems
            ],
        }
        return jsonify(body), status

    @app.errorhandler(HTTPException)
    def http_error(exc: HTTPException) -> ResponseReturnValue:
        return jsonify(code=str(exc.code), message=exc.description), exc.code or 500
