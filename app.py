"""Flask application factory and entry point: configuration, extensions, blueprints."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from flask import Flask

from drafting.library import load_library
from drafting.web.errors import register_error_handlers
from drafting.web.extensions import db, migrate
from drafting.web.health import bp as health_bp
from drafting.web.home import bp as home_bp

ROOT = Path(__file__).resolve().parent


def create_app(config: dict[str, Any] | None = None) -> Flask:
    """The web application; `config` overrides the defaults and the environment."""
    app = Flask(
        __name__,
        instance_path=str(ROOT / "instance"),
        template_folder=str(ROOT / "templates"),
        static_folder=str(ROOT / "static"),
    )
    app.config.update(
        CLAUSES_DIR=os.environ.get("CLAUSES_DIR", str(ROOT / "clauses")),
        DATABASE_URL=os.environ.get(
            "DATABASE_URL", f"sqlite:///{ROOT / 'instance' / 'drafting.sqlite'}"
        ),
    )
    app.config.update(config or {})
    app.config["SQLALCHEMY_DATABASE_URI"] = app.config["DATABASE_URL"]
    Path(app.instance_path).mkdir(exist_ok=True)
    db.init_app(app)
    migrate.init_app(app, db, directory=str(ROOT / "migrations"))
    app.extensions["clause_library"] = load_library(Path(app.config["CLAUSES_DIR"]))
    register_error_handlers(app)
    app.register_blueprint(health_bp)
    app.register_blueprint(home_bp)
    return app
