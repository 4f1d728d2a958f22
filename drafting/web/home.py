"""The home page: what the service drafts, for which countries; drafters go to their drafts."""

from __future__ import annotations

from flask import Blueprint, current_app, redirect, render_template, url_for
from flask.typing import ResponseReturnValue
from flask_login import current_user

bp = Blueprint("home", __name__)


@bp.get("/")
def index() -> ResponseReturnValue:
    if current_user.is_authenticated:
        return redirect(url_for("drafts.index"))
    library = current_app.extensions["clause_library"]
    profiles = sorted(library.profiles_by_id.values(), key=lambda p: p.names.get("en", p.id))
    return render_template("home/index.html", library=library, profiles=profiles)
