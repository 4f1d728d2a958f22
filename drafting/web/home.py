"""The home page: what the service drafts, for which countries, from which library."""

from __future__ import annotations

from flask import Blueprint, current_app, render_template

bp = Blueprint("home", __name__)


@bp.get("/")
def index() -> str:
    library = current_app.extensions["clause_library"]
    profiles = sorted(library.profiles_by_id.values(), key=lambda p: p.names.get("en", p.id))
    return render_template("home/index.html", library=library, profiles=profiles)
