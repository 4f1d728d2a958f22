"""Migrations: upgrade from an empty database, then down to nothing and up again."""

from __future__ import annotations

import flask_migrate
import pytest
from sqlalchemy import create_engine, inspect

from app import create_app
from tests.dbs import dispose_engines, postgres_database

TABLES = {
    "users",
    "workspaces",
    "memberships",
    "drafts",
    "versions",
    "api_tokens",
    "comments",
    "events",
    "consultations",
}


@pytest.fixture(params=["sqlite", "postgresql"])
def empty_database(request, tmp_path):
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'empty.sqlite'}"
    else:
        with postgres_database() as url:
            yield url


def _tables(url: str) -> set[str]:
    engine = create_engine(url)
    try:
        return set(inspect(engine).get_table_names()) - {"alembic_version"}
    finally:
        engine.dispose()


@pytest.fixture
def app_for(mini):
    apps = []

    def make(url):
        app = create_app(
            {"TESTING": True, "DATABASE_URL": url, "SECRET_KEY": "t", "CLAUSES_DIR": str(mini.root)}
        )
        apps.append(app)
        return app

    yield make
    for app in apps:
        dispose_engines(app)


def test_upgrade_from_empty_then_downgrade_and_upgrade_again(empty_database, app_for):
    app = app_for(empty_database)

    with app.app_context():
        flask_migrate.upgrade()
        after_upgrade = _tables(empty_database)
        flask_migrate.downgrade(revision="base")
        after_downgrade = _tables(empty_database)
        flask_migrate.upgrade()
        after_second_upgrade = _tables(empty_database)

    assert after_upgrade == TABLES
    assert after_downgrade == set()
    assert after_second_upgrade == TABLES


def test_the_app_refuses_a_database_behind_the_migrations(empty_database, app_for):
    app = app_for(empty_database)

    page = app.test_client().get("/login")
    api = app.test_client().get("/api/v1/countries")

    assert page.status_code == 503
    assert "flask --app app db upgrade" in page.get_data(as_text=True)
    assert api.status_code == 503
    assert "flask --app app db upgrade" in api.get_json()["message"]


def test_models_and_migrations_agree(empty_database, app_for):
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    from drafting.store.models import Base

    app = app_for(empty_database)
    with app.app_context():
        flask_migrate.upgrade()
    engine = create_engine(empty_database)

    with engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    engine.dispose()

    assert diff == []
