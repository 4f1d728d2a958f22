"""Persistence fixtures: each backend migrated once with `alembic upgrade head`, and a
session per test inside a transaction that is rolled back."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import flask_migrate
import pytest
from sqlalchemy import create_engine
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session

from app import create_app
from drafting.store import operations
from drafting.store.models import User, Workspace
from tests.dbs import dispose_engines, postgres_database, savepoint_ready


@pytest.fixture(scope="session", params=["sqlite", "postgresql"])
def database_url(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[str]:
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path_factory.mktemp('store') / 'store.sqlite'}"
    else:
        with postgres_database() as url:
            yield url


@pytest.fixture(scope="session")
def migrated_app(database_url: str, mini, tmp_path_factory: pytest.TempPathFactory):
    app = create_app(
        {
            "TESTING": True,
            "DATABASE_URL": database_url,
            "SECRET_KEY": "test",
            "CLAUSES_DIR": str(mini.root),
        }
    )
    with app.app_context():
        flask_migrate.upgrade()
    yield app
    dispose_engines(app)


@pytest.fixture(scope="session")
def engine(migrated_app, database_url: str) -> Iterator[Engine]:
    engine = savepoint_ready(create_engine(database_url))
    yield engine
    engine.dispose()


@pytest.fixture
def session(engine: Engine) -> Iterator[Session]:
    with engine.connect() as conn:
        transaction = conn.begin()
        with Session(bind=conn, join_transaction_mode="create_savepoint") as s:
            yield s
        transaction.rollback()


@pytest.fixture
def create_user(session: Session) -> Callable[..., User]:
    counter = iter(range(1, 10_000))

    def make(
        email: str | None = None, role: str = "drafter", password: str = "a long password"
    ) -> User:
        return operations.create_user(
            session, email=email or f"user{next(counter)}@example.org", password=password, role=role
        )

    return make


@pytest.fixture
def create_workspace(session: Session, create_user) -> Callable[..., Workspace]:
    counter = iter(range(1, 10_000))

    def make(name: str | None = None, drafters=(), reviewers=()) -> Workspace:
        workspace = operations.create_workspace(session, name or f"Team {next(counter)}")
        for user in drafters:
            operations.add_member(session, workspace, user, "drafter")
        for user in reviewers:
            operations.add_member(session, workspace, user, "reviewer")
        return workspace

    return make


@pytest.fixture
def backend(database_url: str) -> str:
    return database_url.split(":", 1)[0].split("+", 1)[0]
