"""The web application starts from the factory and reports its clause library."""

from __future__ import annotations

import pytest

from app import create_app


@pytest.fixture
def client(mini, tmp_path):
    app = create_app(
        {
            "TESTING": True,
            "CLAUSES_DIR": str(mini.root),
            "DATABASE_URL": f"sqlite:///{tmp_path / 'test.sqlite'}",
        }
    )
    return app.test_client()


def test_health_reports_the_library(client, mini):
    response = client.get("/health")

    assert response.status_code == 200
    assert response.get_json() == {
        "status": "ok",
        "library_version": mini.version,
        "countries": ["PY", "RW", "ZM"],
        "clauses": 5,
    }


def test_unknown_page_is_a_json_404(client):
    response = client.get("/no-such-page")

    assert response.status_code == 404
    assert response.get_json()["code"] == "404"


def test_home_page_lists_the_countries(client):
    response = client.get("/")

    assert response.status_code == 200
    page = response.get_data(as_text=True)
    assert "<td>Paraguay</td>" in page
    assert "<td>Statutory Instrument</td>" in page
    assert "python -m drafting build --country ZM" in page
