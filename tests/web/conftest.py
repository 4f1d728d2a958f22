"""Web fixtures: one migrated application per session on the real clause library, a
client that sends the CSRF token like a browser's form, and factories for accounts."""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Iterator
from typing import Any

import flask_migrate
import pytest
from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy import text

from app import create_app
from drafting.store import operations
from drafting.store.models import Base, User, Workspace
from drafting.web.extensions import db
from tests.conftest import CLAUSES
from tests.dbs import dispose_engines

PASSWORD = "correct horse battery"


def compile_translations() -> None:
    """The message catalogues, compiled as `make` does (pybabel compile), when stale."""
    from babel.messages.mofile import write_mo
    from babel.messages.pofile import read_po

    from drafting.web.i18n import TRANSLATIONS

    for po in TRANSLATIONS.glob("*/LC_MESSAGES/messages.po"):
        mo = po.with_suffix(".mo")
        if not mo.exists() or mo.stat().st_mtime < po.stat().st_mtime:
            with po.open("rb") as source, mo.open("wb") as target:
                write_mo(target, read_po(source))


@pytest.fixture(scope="session")
def app(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Flask]:
    compile_translations()
    url = os.environ.get("TEST_WEB_DATABASE_URL") or (
        f"sqlite:///{tmp_path_factory.mktemp('web') / 'web.sqlite'}"
    )
    app = create_app(
        {
            "TESTING": True,
            "DATABASE_URL": url,
            "SECRET_KEY": "test secret",
            "CLAUSES_DIR": str(CLAUSES),
        }
    )
    with app.app_context():
        flask_migrate.upgrade()
    yield app
    dispose_engines(app)


@pytest.fixture(autouse=True)
def _empty_tables(request: pytest.FixtureRequest) -> Iterator[None]:
    yield
    if "app" not in request.fixturenames:
        return
    app = request.getfixturevalue("app")
    with app.app_context():
        db.session.remove()
        with db.engine.begin() as conn:
            for table in reversed(Base.metadata.sorted_tables):
                conn.execute(text(f"DELETE FROM {table.name}"))


class Browser:
    """The test client, posting forms with the CSRF token of its session."""

    def __init__(self, client: FlaskClient) -> None:
        self.client = client
        self._token: str | None = None

    def token(self) -> str:
        if self._token is None:
            page = self.client.get("/", follow_redirects=True).get_data(as_text=True)
            match = re.search(r'name="csrf_token" value="([^"]+)"', page)
            assert match, "no CSRF token on the home page"
            self._token = match.group(1)
        return self._token

    def get(self, url: str, **kwargs: Any):
        return self.client.get(url, **kwargs)

    def post(self, url: str, data: Any = None, **kwargs: Any):
        if isinstance(data, list):
            from werkzeug.datastructures import MultiDict

            data = MultiDict([*data, ("csrf_token", self.token())])
        else:
            data = {**(data or {}), "csrf_token": self.token()}
        return self.client.post(url, data=data, **kwargs)

    def login(self, email: str, password: str = PASSWORD):
        response = self.post("/login", {"email": email, "password": password})
        self._token = None  # the session changes at login
        return response


@pytest.fixture
def browser(app: Flask) -> Browser:
    return Browser(app.test_client())


@pytest.fixture
def make_browser(app: Flask) -> Callable[[], Browser]:
    return lambda: Browser(app.test_client())


@pytest.fixture
def create_user(app: Flask) -> Callable[..., User]:
    """A user (and their workspace memberships); returns the committed row."""
    counter = iter(range(1, 10_000))

    def make(
        email: str | None = None,
        *,
        role: str = "drafter",
        workspaces: dict[str, str] | None = None,
        must_change_password: bool = False,
    ) -> User:
        with app.app_context():
            user = operations.create_user(
                db.session,
                email=email or f"user{next(counter)}@example.org",
                password=PASSWORD,
                role=role,
                must_change_password=must_change_password,
            )
            for name, member_role in (workspaces or {}).items():
                workspace = db.session.scalar(
                    db.select(Workspace).where(Workspace.name == name)
                ) or operations.create_workspace(db.session, name)
                operations.add_member(db.session, workspace, user, member_role)
            db.session.commit()
            db.session.refresh(user)
            db.session.expunge(user)
            return user

    return make


@pytest.fixture
def drafter(create_user, browser) -> Browser:
    """A logged-in drafter of the "Zambia team" workspace."""
    create_user("drafter@example.org", workspaces={"Zambia team": "drafter"})
    browser.login("drafter@example.org")
    return browser


def start_draft(
    browser: Browser, country: str = "ZM:en", title: str = "E-waste regulations"
) -> int:
    response = browser.post("/drafts/new", {"title": title, "country": country})
    assert response.status_code == 302, response.get_data(as_text=True)
    match = re.search(r"/drafts/(\d+)/steps/", response.headers["Location"])
    assert match
    return int(match.group(1))


def form_fields(page: str) -> dict[str, str]:
    """The hidden fields of a step page that a browser sends back."""
    return dict(re.findall(r'<input type="hidden" name="([^"]+)" value="([^"]*)"', page))
