"""Health and status: is the service up, and which clause library does it serve."""

from __future__ import annotations

from flask import Blueprint, current_app, jsonify
from flask.typing import ResponseReturnValue

bp = Blueprint("health", __name__)


@bp.get("/health")
def health() -> ResponseReturnValue:
    library = current_app.extensions["clause_library"]
    return jsonify(
        status="ok",
        library_version=library.version,
        countries=sorted(library.profiles_by_id),
        clauses=len(library.clauses),
    )
