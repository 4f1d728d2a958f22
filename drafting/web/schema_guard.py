"""Refuse to serve a database that is behind the migrations, and say which command to run."""

from __future__ import annotations

from pathlib import Path

from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from flask import Flask, current_app, render_template, request
from flask.typing import ResponseReturnValue

from drafting.web.extensions import db

UPGRADE_COMMAND = "flask --app app db upgrade"


def init_app(app: Flask) -> None:
    app.before_request(_guard)


def _heads() -> set[str]:
    directory = Path(current_app.extensions["migrate"].directory)
    return set(ScriptDirectory(str(directory)).get_heads())


def _current() -> set[str]:
    with db.engine.connect() as connection:
        return set(MigrationContext.configure(connection).get_current_heads())


def _guard() -> ResponseReturnValue | None:
    if current_app.extensions.get("schema_is_current") or request.endpoint == "static":
        return None
    heads, current = _heads(), _current()
    if current == heads:
        current_app.extensions["schema_is_current"] = True
        return None
    message = (
        f"The database is behind the migrations (at {', '.join(sorted(current)) or 'nothing'}, "
        f"the code needs {', '.join(sorted(heads))}). Run: {UPGRADE_COMMAND}"
    )
    current_app.logger.error(message)
    if request.path.startswith(("/api/", "/health")):
        return {"code": "503", "message": message}, 503
    return render_template("errors/schema.html", message=message, command=UPGRADE_COMMAND), 503
