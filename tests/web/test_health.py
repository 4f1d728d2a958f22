"""The web application starts from the factory and reports its clause library."""

from __future__ import annotations


def test_health_reports_the_library(browser, library):
    response = browser.get("/health")

    assert response.status_code == 200
    assert response.get_json() == {
        "status": "ok",
        "library_version": library.version,
        "countries": ["PY", "RW", "ZM"],
        "clauses": len(library.clauses),
    }


def test_unknown_page_is_an_html_404_for_people(browser):
    response = browser.get("/no-such-page")

    assert response.status_code == 404
    assert response.mimetype == "text/html"
    assert "There is no such page." in response.get_data(as_text=True)


def test_unknown_api_route_is_a_json_404(browser):
    response = browser.get("/api/v1/no-such-route")

    assert response.status_code == 404
    assert response.get_json()["code"] == "404"


def test_home_page_lists_the_countries(browser):
    response = browser.get("/")

    assert response.status_code == 200
    page = response.get_data(as_text=True)
    assert "<td>Paraguay</td>" in page
    assert "<td>Statutory Instrument</td>" in page


def test_the_home_page_sends_a_logged_in_user_to_the_drafts(drafter):
    response = drafter.get("/")

    assert (response.status_code, response.headers["Location"]) == (302, "/drafts")
