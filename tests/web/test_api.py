"""The JSON API: every route's success and error codes, and its OpenAPI description."""

from __future__ import annotations

import io
import re

import docx
import pytest

from drafting.store import operations
from drafting.store.models import User
from drafting.web.extensions import db


@pytest.fixture
def token_for(app, create_user):
    def make(email: str, *, workspaces=None, role: str = "drafter") -> dict[str, str]:
        create_user(email, role=role, workspaces=workspaces)
        with app.app_context():
            user = db.session.scalar(db.select(User).where(User.email == email))
            _token, plain = operations.create_token(db.session, user, "tests")
            db.session.commit()
        return {"Authorization": f"Bearer {plain}"}

    return make


@pytest.fixture
def ana(token_for):
    return token_for("ana@example.org", workspaces={"Zambia team": "drafter"})


@pytest.fixture
def client(app):
    return app.test_client()


def _create(client, headers, **body):
    return client.post("/api/v1/drafts", json={"country": "ZM", **body}, headers=headers)


def test_countries(client, ana):
    response = client.get("/api/v1/countries", headers=ana)

    assert response.status_code == 200
    assert sorted(c["code"] for c in response.get_json()) == ["PY", "RW", "ZM"]


def test_questions_of_a_country_in_a_language(client, ana, library):
    response = client.get("/api/v1/countries/py/questions?lang=es", headers=ana)

    rows = response.get_json()
    assert response.status_code == 200
    assert [r["id"] for r in rows] == [q.id for q in library.questions]
    epr = next(r for r in rows if r["id"] == "epr_mandatory")
    assert epr["label"] == library.questions_by_id["epr_mandatory"].label["es"]
    assert epr["default"] is True


def test_questions_of_an_unknown_country_are_a_404(client, ana):
    response = client.get("/api/v1/countries/XX/questions", headers=ana)

    assert response.status_code == 404
    assert response.get_json()["code"] == "L105"


@pytest.mark.parametrize(
    ("method", "url"),
    [
        ("get", "/api/v1/countries"),
        ("get", "/api/v1/countries/ZM/questions"),
        ("get", "/api/v1/drafts"),
        ("post", "/api/v1/drafts"),
        ("get", "/api/v1/drafts/1"),
        ("put", "/api/v1/drafts/1"),
        ("get", "/api/v1/drafts/1/versions"),
        ("get", "/api/v1/drafts/1/document.docx"),
        ("get", "/api/v1/drafts/1/document.json"),
        ("get", "/api/v1/drafts/1/document.xml"),
        ("get", "/api/v1/drafts/1/document.html"),
    ],
)
def test_every_route_needs_a_token(client, method, url):
    response = getattr(client, method)(url, headers={"Authorization": "Bearer ewd_wrong"})
    bare = getattr(client, method)(url)

    assert response.status_code == 401
    assert bare.status_code == 401
    assert bare.headers["WWW-Authenticate"].startswith("Bearer")


def test_a_session_cookie_is_not_an_api_credential(drafter):
    assert drafter.get("/api/v1/countries").status_code == 401


def test_create_a_draft(client, ana):
    response = _create(client, ana, answers={"year_made": 2027}, title="SI on e-waste")

    body = response.get_json()
    assert response.status_code == 201
    assert response.headers["Location"] == f"/api/v1/drafts/{body['id']}"
    assert (body["version"], body["country"], body["title"], body["languages"]) == (
        1,
        "ZM",
        "SI on e-waste",
        ["en"],
    )
    assert body["answers"] == {"year_made": 2027}
    assert re.fullmatch(r"[0-9a-f]{64}", body["model_hash"])


def test_invalid_answers_are_a_422_naming_each_question(client, ana):
    response = _create(
        client,
        ana,
        answers={"year_made": "soon", "epr_model": "lonely", "no_such_question": 1},
    )

    body = response.get_json()
    assert response.status_code == 422
    assert sorted((p["question"], p["code"]) for p in body["problems"]) == [
        ("epr_model", "R303"),
        ("no_such_question", "R301"),
        ("year_made", "R302"),
    ]
    assert all(p["message"] for p in body["problems"])


def test_a_refused_combination_is_a_422_naming_its_questions(client, ana):
    response = _create(client, ana, answers={"epr_mandatory": True, "producer_registration": False})

    (problem,) = response.get_json()["problems"]
    assert response.status_code == 422
    assert problem["code"] == "R306"
    assert problem["questions"] == ["epr_mandatory", "producer_registration"]


def test_an_unknown_country_is_a_422(client, ana):
    response = client.post("/api/v1/drafts", json={"country": "Atlantis"}, headers=ana)

    assert response.status_code == 422
    assert response.get_json()["problems"][0]["field"] == "country"


def test_a_body_that_is_not_json_is_a_400(client, ana):
    response = client.post("/api/v1/drafts", data="country=ZM", headers=ana)

    assert response.status_code == 400


def test_a_reviewer_cannot_create_drafts(client, token_for):
    rita = token_for("rita@example.org", role="reviewer", workspaces={"Zambia team": "reviewer"})

    response = _create(client, rita)

    assert response.status_code == 422
    assert response.get_json()["problems"][0]["field"] == "workspace"


def test_get_update_and_list_versions(client, ana):
    draft = _create(client, ana).get_json()

    got = client.get(f"/api/v1/drafts/{draft['id']}", headers=ana)
    put = client.put(
        f"/api/v1/drafts/{draft['id']}",
        json={"answers": {"year_made": 2030}, "version": 1},
        headers=ana,
    )
    versions = client.get(f"/api/v1/drafts/{draft['id']}/versions", headers=ana)
    listed = client.get("/api/v1/drafts", headers=ana)

    assert got.status_code == 200
    assert (put.status_code, put.get_json()["version"]) == (200, 2)
    assert [(v["version"], v["answers"]) for v in versions.get_json()] == [
        (2, {"year_made": 2030}),
        (1, {}),
    ]
    assert [d["id"] for d in listed.get_json()] == [draft["id"]]


def test_a_stale_version_is_a_409_that_returns_your_answers(client, ana):
    draft = _create(client, ana).get_json()
    url = f"/api/v1/drafts/{draft['id']}"
    client.put(url, json={"answers": {"year_made": 2030}, "version": 1}, headers=ana)

    response = client.put(url, json={"answers": {"year_made": 2031}, "version": 1}, headers=ana)

    body = response.get_json()
    assert response.status_code == 409
    assert (body["current_version"], body["your_answers"]) == (2, {"year_made": 2031})
    assert client.get(url, headers=ana).get_json()["answers"] == {"year_made": 2030}


def test_put_with_invalid_answers_or_version_is_a_422(client, ana):
    draft = _create(client, ana).get_json()
    url = f"/api/v1/drafts/{draft['id']}"

    bad_answers = client.put(url, json={"answers": {"year_made": -5}, "version": 1}, headers=ana)
    bad_version = client.put(url, json={"answers": {}, "version": "one"}, headers=ana)

    assert bad_answers.status_code == 422
    assert bad_answers.get_json()["problems"][0]["question"] == "year_made"
    assert bad_version.status_code == 422


def test_a_reviewer_reads_but_cannot_put(client, ana, token_for):
    draft = _create(client, ana).get_json()
    rita = token_for("rita@example.org", role="reviewer", workspaces={"Zambia team": "reviewer"})
    url = f"/api/v1/drafts/{draft['id']}"

    read = client.get(url, headers=rita)
    write = client.put(url, json={"answers": {}, "version": 1}, headers=rita)

    assert read.status_code == 200
    assert write.status_code == 403


def test_a_draft_of_another_workspace_is_a_404_everywhere(client, ana, token_for):
    draft = _create(client, ana).get_json()
    ben = token_for("ben@example.org", workspaces={"Paraguay team": "drafter"})
    base = f"/api/v1/drafts/{draft['id']}"

    statuses = [
        client.get(base, headers=ben).status_code,
        client.put(base, json={"answers": {}, "version": 1}, headers=ben).status_code,
        client.get(f"{base}/versions", headers=ben).status_code,
        client.get(f"{base}/document.docx", headers=ben).status_code,
        client.get("/api/v1/drafts/424242", headers=ben).status_code,
    ]

    assert statuses == [404] * 5
    assert client.get(base, headers=ben).get_json()["message"] == client.get(
        "/api/v1/drafts/424242", headers=ben
    ).get_json()["message"].replace("424242", str(draft["id"]))


def test_document_download_through_the_api(client, ana):
    draft = _create(client, ana, answers={"year_made": 2028}).get_json()

    response = client.get(f"/api/v1/drafts/{draft['id']}/document.docx?clean=1", headers=ana)

    text = "\n".join(p.text for p in docx.Document(io.BytesIO(response.data)).paragraphs)
    assert response.status_code == 200
    assert "2028" in text
    assert "DRAFTING NOTES" not in text


def _openapi_path(rule: str) -> str:
    return re.sub(r"<(?:[a-z]+:)?([a-z_]+)>", r"{\1}", rule.removeprefix("/api/v1"))


def test_the_openapi_document_matches_the_routes_exactly(app, client):
    document = client.get("/api/v1/openapi.json").get_json()

    routes = {
        (_openapi_path(rule.rule), method.lower())
        for rule in app.url_map.iter_rules()
        if rule.rule.startswith("/api/v1/")
        for method in rule.methods - {"HEAD", "OPTIONS"}
    }
    described = {
        (path, method)
        for path, operations_ in document["paths"].items()
        for method in operations_
        if method in {"get", "put", "post", "delete", "patch"}
    }
    assert document["openapi"] == "3.1.0"
    assert described == routes


def test_the_openapi_document_names_each_path_parameter(client):
    document = client.get("/api/v1/openapi.json").get_json()

    for path, operations_ in document["paths"].items():
        names = set(re.findall(r"{([a-z_]+)}", path))
        for operation in operations_.values():
            declared = {p["name"] for p in operation.get("parameters", []) if p["in"] == "path"}
            assert declared == names, path
            assert operation["responses"], path
