"""Flask application factory and entry point: configuration, extensions, blueprints."""

from __future__ import annotations

import os
import secrets
from pathlib import Path
from typing import Any

from flask import Flask

from drafting.library import load_library
from drafting.web import (
    admin,
    api,
    auth,
    checks,
    compare,
    drafts,
    health,
    home,
    i18n,
    review,
    review_api,
    schema_guard,
    wizard,
)
from drafting.web.commands import users_cli, workspaces_cli
from drafting.web.errors import register_error_handlers
from drafting.web.extensions import csrf, db, login_manager, migrate

ROOT = Path(__file__).resolve().parent


def create_app(config: dict[str, Any] | None = None) -> Flask:
    """The web application; `config` overrides the defaults and the environment."""
    app = Flask(
        __name__,
        instance_path=str(Path(os.environ.get("INSTANCE_PATH") or ROOT / "instance")),
        template_folder=str(ROOT / "templates"),
        static_folder=str(ROOT / "static"),
    )
    Path(app.instance_path).mkdir(parents=True, exist_ok=True)
    app.config.update(
        CLAUSES_DIR=os.environ.get("CLAUSES_DIR", str(ROOT / "clauses")),
        DATABASE_URL=os.environ.get(
            "DATABASE_URL", f"sqlite:///{Path(app.instance_path) / 'drafting.sqlite'}"
        ),
        SECRET_KEY=os.environ.get("SECRET_KEY"),
        SESSION_COOKIE_HTTPONLY=True,
        SESSION_COOKIE_SAMESITE="Lax",
        REMEMBER_COOKIE_SAMESITE="Lax",
        MAX_CONTENT_LENGTH=2 * 1024 * 1024,
        WTF_CSRF_TIME_LIMIT=None,
    )
    app.config.update(config or {})
    if not app.config["SECRET_KEY"]:
        app.config["SECRET_KEY"] = _instance_secret(Path(app.instance_path))
    app.config["SQLALCHEMY_DATABASE_URI"] = app.config["DATABASE_URL"]
    db.init_app(app)
    migrate.init_app(app, db, directory=str(ROOT / "migrations"), render_as_batch=True)
    login_manager.init_app(app)
    csrf.init_app(app)
    i18n.init_app(app)
    # Loaded and validated once per process, never per request.
    app.extensions["clause_library"] = load_library(Path(app.config["CLAUSES_DIR"]))
    register_error_handlers(app)
    schema_guard.init_app(app)
    for module in (health, home, auth, wizard, drafts, checks, compare, review, admin, api):
        app.register_blueprint(module.bp)
    app.register_blueprint(review_api.bp)
    csrf.exempt(api.bp)  # bearer tokens, never cookies: no cross-site request to forge
    csrf.exempt(review_api.bp)
    app.cli.add_command(users_cli)
    app.cli.add_command(workspaces_cli)
    return app


def _instance_secret(instance: Path) -> str:
    """The SECRET_KEY kept under instance/, generated on first use."""
    path = instance / "secret_key"
    if not path.exists():
        path.write_text(secrets.token_hex(32), encoding="utf-8")
        path.chmod(0o600)
    return path.read_text(encoding="utf-8").strip()
