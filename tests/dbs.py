"""Test databases: a SQLite file, and a fresh PostgreSQL database on the machine's server.

Under CI=true an unreachable PostgreSQL fails the run; elsewhere its tests are skipped."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from contextlib import contextmanager

import pytest
from sqlalchemy import create_engine, event, text
from sqlalchemy.engine import Engine

PG_SERVER = os.environ.get("TEST_POSTGRES_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test")


@contextmanager
def postgres_database() -> Iterator[str]:
    """A new, empty database on the server, dropped afterwards: runs never share tables."""
    admin = create_engine(PG_SERVER, isolation_level="AUTOCOMMIT")
    name = f"drafting_test_{uuid.uuid4().hex[:10]}"
    try:
        with admin.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}"'))
    except Exception as exc:
        admin.dispose()
        message = f"PostgreSQL at {PG_SERVER} is not reachable: {exc.__class__.__name__}: {exc}"
        if os.environ.get("CI") == "true":
            pytest.fail(message)
        pytest.skip(message)
    try:
        yield PG_SERVER.rsplit("/", 1)[0] + f"/{name}"
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


def savepoint_ready(engine: Engine) -> Engine:
    """pysqlite opens transactions itself and breaks SAVEPOINT; let SQLAlchemy do it."""
    if engine.dialect.name == "sqlite":

        @event.listens_for(engine, "connect")
        def _connect(dbapi_connection, _record):  # type: ignore[no-untyped-def]
            dbapi_connection.isolation_level = None

        @event.listens_for(engine, "begin")
        def _begin(conn):  # type: ignore[no-untyped-def]
            conn.exec_driver_sql("BEGIN")

    return engine


def dispose_engines(app) -> None:  # type: ignore[no-untyped-def]
    """Close the application's pooled connections (PostgreSQL warns about open ones)."""
    from drafting.web.extensions import db

    with app.app_context():
        for engine in db.engines.values():
            engine.dispose()
