"""Browser journeys: the app on a live server in a thread, Debian's Chromium through
Playwright (never a downloaded browser), screenshots kept under tests/artifacts/e2e/."""

from __future__ import annotations

import re
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import flask_migrate
import pytest
from axe_playwright_python.sync_playwright import Axe
from flask import Flask
from playwright.sync_api import Browser, BrowserContext, Page, expect, sync_playwright
from sqlalchemy import text
from werkzeug.serving import make_server

from app import create_app
from drafting.store import operations
from drafting.store.models import Base, Workspace
from drafting.web.extensions import db
from tests.conftest import CLAUSES
from tests.dbs import dispose_engines
from tests.web.conftest import PASSWORD, compile_translations

ARTIFACTS = Path(__file__).resolve().parents[1] / "artifacts" / "e2e"
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-gpu",
    "--no-first-run",
    "--disable-sync",
]


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if item.path.is_relative_to(Path(__file__).parent):
            item.add_marker(pytest.mark.e2e)


@pytest.fixture(scope="session")
def live_app(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Flask]:
    compile_translations()
    app = create_app(
        {
            "DATABASE_URL": f"sqlite:///{tmp_path_factory.mktemp('e2e') / 'e2e.sqlite'}",
            "SECRET_KEY": "e2e secret",
            "CLAUSES_DIR": str(CLAUSES),
        }
    )
    with app.app_context():
        flask_migrate.upgrade()
    yield app
    dispose_engines(app)


@pytest.fixture(scope="session")
def base_url(live_app: Flask) -> Iterator[str]:
    server = make_server("127.0.0.1", 0, live_app, threaded=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}"
    server.shutdown()
    thread.join(timeout=10)


@pytest.fixture(autouse=True)
def _empty_tables(live_app: Flask) -> Iterator[None]:
    yield
    with live_app.app_context():
        db.session.remove()
        with db.engine.begin() as conn:
            for table in reversed(Base.metadata.sorted_tables):
                conn.execute(text(f"DELETE FROM {table.name}"))


@pytest.fixture(scope="session")
def chromium() -> Iterator[Browser]:
    if not Path(CHROMIUM).exists():
        pytest.fail(f"Debian's Chromium is needed at {CHROMIUM} (apt-get install chromium)")
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def new_context(chromium: Browser, base_url: str) -> Iterator[Callable[..., BrowserContext]]:
    contexts: list[BrowserContext] = []

    def make(**options) -> BrowserContext:
        options = {"viewport": {"width": 1280, "height": 900}, **options}
        context = chromium.new_context(base_url=base_url, accept_downloads=True, **options)
        context.set_default_timeout(15_000)
        contexts.append(context)
        return context

    yield make
    for context in contexts:
        context.close()


@pytest.fixture
def page(new_context) -> Page:
    return new_context().new_page()


@pytest.fixture
def create_user(live_app: Flask) -> Callable[..., None]:
    def make(
        email: str,
        *,
        workspaces: dict[str, str] | None = None,
        role: str = "drafter",
        ui_language: str | None = None,
    ) -> None:
        with live_app.app_context():
            user = operations.create_user(db.session, email=email, password=PASSWORD, role=role)
            user.ui_language = ui_language
            for name, member_role in (workspaces or {}).items():
                workspace = db.session.scalar(
                    db.select(Workspace).where(Workspace.name == name)
                ) or operations.create_workspace(db.session, name)
                operations.add_member(db.session, workspace, user, member_role)
            db.session.commit()

    return make


@pytest.fixture
def first_admin(live_app: Flask) -> tuple[str, str]:
    with live_app.app_context():
        created = operations.ensure_first_admin(db.session)
        db.session.commit()
    assert created is not None
    return created


_axe = Axe()


def check_page(page: Page, name: str, *, audit: bool = True) -> None:
    """A screenshot for people to look at, and axe-core's audit: no serious or critical
    violation of WCAG 2.1 A/AA. (axe runs as a script: pages without JavaScript are the
    same templates, audited in the journeys with JavaScript.)"""
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    # Whole pages, but a long preview only as far as the screen shows it.
    page.wait_for_load_state()
    tall = page.evaluate("document.documentElement.scrollHeight") > 4000
    page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=not tall)
    if not audit:
        return
    results = _axe.run(
        page,
        options={
            "runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]}
        },
    )
    bad = [
        (v["id"], v["impact"], [n["target"] for n in v["nodes"]][:3])
        for v in results.response["violations"]
        if v["impact"] in ("serious", "critical")
    ]
    assert bad == [], f"{name}: {bad}"


def log_in(page: Page, email: str, password: str = PASSWORD) -> None:
    page.goto("/login")
    page.get_by_label("E-mail address").fill(email)
    page.get_by_label("Password").fill(password)
    page.get_by_role("button", name="Log in").click()
    expect(page).not_to_have_url(re.compile(r"/login"))
