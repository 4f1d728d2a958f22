"""Log in, log out, the forced change of a one-time password, CSRF, the UI language."""

from __future__ import annotations

import re

from click.testing import Result

from tests.web.conftest import PASSWORD


def test_pages_need_a_login(browser):
    response = browser.get("/drafts")

    assert response.status_code == 302
    assert response.headers["Location"].startswith("/login?next=")


def test_a_user_logs_in_and_out(create_user, browser):
    create_user("ana@example.org", workspaces={"Zambia team": "drafter"})

    login = browser.login("ana@example.org")
    drafts = browser.get("/drafts")
    logout = browser.post("/logout")
    after = browser.get("/drafts")

    assert (login.status_code, login.headers["Location"]) == (302, "/drafts")
    assert drafts.status_code == 200
    assert logout.status_code == 302
    assert after.status_code == 302


def test_a_wrong_password_is_refused_with_a_message(create_user, browser):
    create_user("ana@example.org")

    response = browser.login("ana@example.org", "not the password")

    assert response.status_code == 401
    assert "is not right" in response.get_data(as_text=True)
    assert browser.get("/drafts").status_code == 302


def test_login_redirects_only_to_local_pages(create_user, browser):
    create_user("ana@example.org")

    response = browser.post(
        "/login?next=//evil.example/x", {"email": "ana@example.org", "password": PASSWORD}
    )

    assert response.headers["Location"] == "/drafts"


def test_forms_without_the_csrf_token_are_refused(create_user, app):
    create_user("ana@example.org")
    client = app.test_client()

    response = client.post("/login", data={"email": "ana@example.org", "password": PASSWORD})

    assert response.status_code == 400
    assert client.get("/drafts").status_code == 302


def test_a_one_time_password_must_be_changed_before_anything_else(create_user, browser):
    create_user("ana@example.org", must_change_password=True)

    login = browser.login("ana@example.org")
    blocked = browser.get("/drafts")
    short = browser.post("/account/password", {"new": "short", "confirm": "short"})
    changed = browser.post(
        "/account/password", {"new": "my own long password", "confirm": "my own long password"}
    )
    free = browser.get("/drafts")

    assert login.headers["Location"] == "/account/password"
    assert blocked.headers["Location"] == "/account/password"
    assert short.status_code == 422
    assert "at least 10 characters" in short.get_data(as_text=True)
    assert changed.headers["Location"] == "/drafts"
    assert free.status_code == 200
    browser.post("/logout")
    assert browser.login("ana@example.org", "my own long password").headers["Location"] == "/drafts"


def test_changing_a_password_needs_the_current_one(create_user, browser):
    create_user("ana@example.org")
    browser.login("ana@example.org")

    response = browser.post(
        "/account/password",
        {"current": "wrong", "new": "a new long password", "confirm": "a new long password"},
    )

    assert response.status_code == 422
    assert "not your current password" in response.get_data(as_text=True)


def test_a_user_chooses_the_ui_language(create_user, browser):
    create_user("ana@example.org", workspaces={"Zambia team": "drafter"})
    browser.login("ana@example.org")

    browser.post("/language", {"language": "es", "next": "/drafts"})
    page = browser.get("/drafts").get_data(as_text=True)

    assert '<html lang="es">' in page
    assert "Borradores" in page


def test_an_unknown_ui_language_is_refused(browser):
    response = browser.post("/language", {"language": "xx"})

    assert response.status_code == 400


def test_the_ui_language_follows_the_browser_before_login(browser):
    page = browser.get("/login", headers={"Accept-Language": "fr-FR,fr;q=0.9"}).get_data(
        as_text=True
    )

    assert '<html lang="fr">' in page
    assert "Se connecter" in page


def test_api_tokens_are_shown_once_and_revoked(create_user, browser):
    create_user("ana@example.org")
    browser.login("ana@example.org")

    created = browser.post("/account/tokens", {"name": "laptop"})
    token = re.search(r'id="new-token">([^<]+)<', created.get_data(as_text=True)).group(1)
    listed = browser.get("/account").get_data(as_text=True)
    works = browser.get("/api/v1/countries", headers={"Authorization": f"Bearer {token}"})
    token_id = re.search(r"/account/tokens/(\d+)/revoke", listed).group(1)
    browser.post(f"/account/tokens/{token_id}/revoke")
    revoked = browser.get("/api/v1/countries", headers={"Authorization": f"Bearer {token}"})

    assert created.status_code == 200
    assert token not in listed
    assert "laptop" in listed
    assert works.status_code == 200
    assert revoked.status_code == 401


def _run(app, *args: str) -> Result:
    return app.test_cli_runner().invoke(args=list(args))


def test_cli_creates_users_and_workspaces(app, browser):
    workspace = _run(app, "workspaces", "create", "Rwanda team")
    created = _run(
        app,
        "users",
        "create",
        "rita@example.org",
        "--role",
        "reviewer",
        "--workspace",
        "Rwanda team",
    )
    listed = _run(app, "users", "list")
    password = re.search(
        r"One-time password \(to change at first login\): (\S+)", created.output
    ).group(1)

    login = browser.login("rita@example.org", password)

    assert workspace.exit_code == 0
    assert created.exit_code == 0, created.output
    assert "rita@example.org\treviewer\tactive\tRwanda team (reviewer)" in listed.output
    assert login.headers["Location"] == "/account/password"


def test_cli_sets_roles_and_disables_users(app, create_user, browser):
    create_user("ana@example.org")

    role = _run(app, "users", "set-role", "ana@example.org", "admin")
    disabled = _run(app, "users", "disable", "ana@example.org")
    login = browser.login("ana@example.org")

    assert (role.exit_code, disabled.exit_code) == (0, 0)
    assert login.status_code == 401


def test_cli_reports_errors_without_a_traceback(app):
    missing = _run(app, "users", "disable", "nobody@example.org")
    member = _run(app, "workspaces", "add-member", "No team", "nobody@example.org")

    assert missing.exit_code == 1
    assert "There is no user nobody@example.org." in missing.output
    assert "Traceback" not in missing.output
    assert member.exit_code == 1
    assert "There is no workspace 'No team'." in member.output


def test_cli_first_admin_once_with_a_printed_one_time_password(app, browser):
    first = _run(app, "users", "ensure-admin")
    second = _run(app, "users", "ensure-admin")
    password = re.search(r"one-time password (\S+)", first.output).group(1)

    login = browser.login("admin@localhost", password)

    assert "log in as admin@localhost" in first.output
    assert "one-time password" not in second.output
    assert login.headers["Location"] == "/account/password"


def test_add_member_through_the_cli(app, create_user):
    create_user("ben@example.org", role="reviewer")
    _run(app, "workspaces", "create", "Paraguay team")

    added = _run(app, "workspaces", "add-member", "Paraguay team", "ben@example.org")
    listed = _run(app, "workspaces", "list")

    assert added.exit_code == 0
    assert "Paraguay team\tben@example.org (reviewer)" in listed.output
