"""The checker in the web app: the API's report on a draft and on an upload, the report
panel of the draft page and the "Check a Word file" page, with their errors."""

from __future__ import annotations

import html
import io
import json
import re
import zipfile

import docx
import pytest
from werkzeug.datastructures import FileStorage
from werkzeug.test import encode_multipart

from drafting.checker.files import load_document
from drafting.checker.report import Category, Finding, Outline, Report, Severity
from drafting.errors import DraftingError
from drafting.model import Instrument, ProvisionLevel
from drafting.render.docx import render_docx
from drafting.serialize import dumps
from drafting.store import operations
from drafting.store.models import User, Workspace
from drafting.web import checks
from drafting.web.extensions import db
from tests.conftest import CLAUSES
from tests.factories import make_example

EXAMPLE = {
    c: json.loads((CLAUSES / "examples" / f"{c.lower()}.json").read_text("utf-8"))
    for c in ("ZM", "RW", "PY")
}


# --- fixtures and helpers ----------------------------------------------------------------


@pytest.fixture
def token_for(app, create_user):
    def make(email: str, *, workspaces=None) -> dict[str, str]:
        create_user(email, workspaces=workspaces)
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


def _draft(app, email: str, country: str = "ZM", languages: str = "en", answers=None) -> int:
    """A draft with the country's example answers, saved by `email` in their workspace."""
    with app.app_context():
        user = db.session.scalar(db.select(User).where(User.email == email))
        workspace = db.session.scalar(db.select(Workspace))
        draft = operations.create_draft(
            db.session,
            user,
            workspace=workspace,
            country=country,
            title=f"{country} e-waste draft",
            languages=languages.split(","),
            answers=EXAMPLE[country] if answers is None else answers,
            library_version="tests",
            note="tests",
        )
        db.session.commit()
        return draft.id


def _expected_outline(instrument: Instrument) -> dict[str, int]:
    """The counts of the design's outline, from the draft model itself."""

    def definitions(provisions) -> int:
        return sum(
            (p.definition is not None) + definitions(p.children)
            for p in provisions
            if hasattr(p, "children")
        )

    return {
        "parts": sum(1 for p in instrument.body if p.level is ProvisionLevel.PART),
        "provisions": len(instrument.sections()),
        "definitions": definitions(instrument.body),
        "schedules": len(instrument.schedules),
    }


def _docx_with_a_broken_reference(instrument: Instrument) -> tuple[bytes, str, str]:
    """Our Word file with the first cross-reference "regulation N" changed to "regulation
    99" (there are 41): the bytes, the provision as the document prints it ("5(1)(b)")
    and the edited paragraph's text."""
    document = docx.Document(io.BytesIO(render_docx(instrument)))
    section = subsection = ""
    for paragraph in document.paragraphs:
        text, style = paragraph.text, paragraph.style.name
        if style == "Provision Text" and (m := re.match(r"(\d+)\.\s*(?:\((\d+)\))?", text)):
            section, subsection, letter = m.group(1), m.group(2) or "", ""
        elif style == "Subprovision" and (m := re.match(r"\((\d+)\)", text)):
            subsection, letter = m.group(1), ""
        elif style == "Paragraph (a)" and (m := re.match(r"\(([a-z]+)\)", text)):
            letter = m.group(1)
        else:
            letter = ""
        run = next((r for r in paragraph.runs if re.fullmatch(r"regulation \d+", r.text)), None)
        if run is not None and section:
            run.text = "regulation 99"
            cite = section + "".join(f"({n})" for n in (subsection, letter) if n)
            out = io.BytesIO()
            document.save(out)
            return out.getvalue(), cite, paragraph.text
    raise AssertionError("no cross-reference in the example")


def _upload(data: bytes | None, name: str = "", **fields: str) -> dict:
    """A multipart form with the file `data` named `name` and `fields`, encoded in memory
    (the test client would spool a large one to a temporary file it never closes)."""
    values: dict = dict(fields)
    if data is not None:
        values["file"] = FileStorage(io.BytesIO(data), filename=name)
    boundary, body = encode_multipart(values)
    return {"data": body, "content_type": f"multipart/form-data; boundary={boundary}"}


def _submit(browser, data: bytes | None, name: str = "", **fields: str):
    """The "Check a Word file" form sent as the browser sends it, CSRF token included."""
    return browser.client.post(
        "/check", **_upload(data, name, csrf_token=browser.token(), **fields)
    )


def _hostile_docx(instrument: Instrument) -> bytes:
    """Our Word file whose main part declares an entity (a billion-laughs seed)."""
    source = zipfile.ZipFile(io.BytesIO(render_docx(instrument)))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            data = source.read(item)
            if item.filename == "word/document.xml":
                head, sep, rest = data.partition(b"?>")
                data = head + sep + b'<!DOCTYPE w [<!ENTITY a "lol">]>' + rest
            target.writestr(item, data)
    return out.getvalue()


# --- GET /api/v1/drafts/<id>/check -------------------------------------------------------


def test_the_api_reports_on_a_draft_with_no_errors_and_its_outline(app, client, ana, library):
    draft_id = _draft(app, "ana@example.org")

    response = client.get(f"/api/v1/drafts/{draft_id}/check", headers=ana)

    body = response.get_json()
    assert response.status_code == 200
    assert response.mimetype == "application/json"
    assert set(body) == {"document", "summary", "outline", "findings"}
    assert body["summary"]["errors"] == 0
    assert [f for f in body["findings"] if f["severity"] == "error"] == []
    expected = _expected_outline(make_example(library, "ZM"))
    assert {k: body["outline"][k] for k in expected} == expected
    assert expected["provisions"] > 30
    assert expected["definitions"] > 20
    assert body["outline"]["country"] == "ZM"
    assert body["outline"]["language"] == "en"
    assert body["document"] == "ZM e-waste draft, version 1 (en)"


def test_the_api_reports_on_a_version_in_a_language(app, client, token_for, library):
    headers = token_for("eric@example.org", workspaces={"Rwanda team": "drafter"})
    draft_id = _draft(app, "eric@example.org", "RW", "en,fr")

    french = client.get(f"/api/v1/drafts/{draft_id}/check?lang=fr&version=1", headers=headers)
    english = client.get(f"/api/v1/drafts/{draft_id}/check", headers=headers)

    assert french.status_code == english.status_code == 200
    assert french.get_json()["outline"]["language"] == "fr"
    assert english.get_json()["outline"]["language"] == "en"
    assert french.get_json()["summary"]["errors"] == 0, french.get_json()["findings"]
    assert french.get_json()["outline"]["title"] == make_example(library, "RW", "fr").title


@pytest.mark.parametrize(
    ("query", "status"),
    [("?version=7", 404), ("?version=one", 400), ("?lang=es", 400)],
)
def test_the_api_refuses_a_version_or_language_the_draft_lacks(app, client, ana, query, status):
    draft_id = _draft(app, "ana@example.org")

    response = client.get(f"/api/v1/drafts/{draft_id}/check{query}", headers=ana)

    assert response.status_code == status
    assert response.get_json()["message"]


def test_the_draft_check_follows_the_api_rules_of_access(app, client, ana, token_for):
    draft_id = _draft(app, "ana@example.org")
    stranger = token_for("sam@example.org", workspaces={"Rwanda team": "drafter"})
    reviewer = token_for("rita@example.org", workspaces={"Zambia team": "reviewer"})

    assert client.get(f"/api/v1/drafts/{draft_id}/check").status_code == 401
    assert client.get(f"/api/v1/drafts/{draft_id}/check", headers=stranger).status_code == 404
    assert client.get(f"/api/v1/drafts/{draft_id + 99}/check", headers=ana).status_code == 404
    assert client.get(f"/api/v1/drafts/{draft_id}/check", headers=reviewer).status_code == 200


def test_a_report_is_computed_once_per_version(app, client, ana, monkeypatch):
    draft_id = _draft(app, "ana@example.org")
    calls: list[str] = []
    real = checks.check

    def counting(instrument, **kwargs):
        calls.append(instrument.language)
        return real(instrument, **kwargs)

    monkeypatch.setattr(checks, "check", counting)
    checks._cache.clear()

    for _ in range(3):
        assert client.get(f"/api/v1/drafts/{draft_id}/check", headers=ana).status_code == 200
    client.put(
        f"/api/v1/drafts/{draft_id}",
        json={"answers": {**EXAMPLE["ZM"], "year_made": 2027}, "version": 1},
        headers=ana,
    )
    changed = client.get(f"/api/v1/drafts/{draft_id}/check", headers=ana).get_json()

    assert calls == ["en", "en"]
    assert "2027" in changed["outline"]["title"]


# --- POST /api/v1/check --------------------------------------------------------------------


def test_an_uploaded_word_file_with_a_broken_reference_reports_xref001(client, ana, library):
    data, cite, edited = _docx_with_a_broken_reference(make_example(library, "ZM"))

    response = client.post("/api/v1/check", **_upload(data, "edited.docx"), headers=ana)

    body = response.get_json()
    assert response.status_code == 200, body
    assert body["document"] == "edited.docx"
    assert body["outline"]["country"] == "ZM"  # recognised from the document
    broken = [f for f in body["findings"] if f["rule"] == "XREF001"]
    assert [f["provision"] for f in broken] == [cite]
    assert "regulation 99" in broken[0]["message"] + broken[0]["evidence"]
    assert broken[0]["evidence"].rstrip("…")[:40] in edited
    assert body["summary"]["errors"] >= 1


def test_an_uploaded_draft_model_is_checked_for_the_country_given(client, ana, library):
    model = dumps(make_example(library, "PY")).encode()

    response = client.post(
        "/api/v1/check", **_upload(model, "decreto.json", country="Paraguay"), headers=ana
    )

    body = response.get_json()
    assert response.status_code == 200, body
    assert body["summary"]["errors"] == 0
    assert body["outline"]["country"] == "PY"
    assert body["outline"]["language"] == "es"
    assert body["outline"]["provisions"] == len(make_example(library, "PY").sections())


@pytest.mark.parametrize(
    ("data", "name", "code"),
    [
        (bytes(range(256)) * 40, "random.docx", "I601"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(4000), "old.doc", "I605"),
        (b"", "empty.docx", "I601"),
        (b'{"not": "a draft"}', "model.json", "X501"),
    ],
    ids=["random-bytes", "doc", "empty", "json-not-a-model"],
)
def test_a_file_the_checker_cannot_read_is_a_400(client, ana, data, name, code):
    response = client.post("/api/v1/check", **_upload(data, name), headers=ana)

    body = response.get_json()
    assert response.status_code == 400
    assert body["code"] == code
    assert body["message"]
    assert body["problems"] == [{"field": "file", "message": body["message"]}]


def test_a_word_file_declaring_xml_entities_is_refused(client, ana, library):
    hostile = _hostile_docx(make_example(library, "ZM"))

    response = client.post("/api/v1/check", **_upload(hostile, "laughs.docx"), headers=ana)

    assert response.status_code == 400
    assert response.get_json()["code"] == "I603"


def test_a_password_protected_word_file_is_refused(client, ana):
    ole = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(8000)

    response = client.post("/api/v1/check", **_upload(ole, "secret.docx"), headers=ana)

    assert response.status_code == 400
    assert response.get_json()["code"] == "I604"


def test_a_request_without_a_file_is_a_400(client, ana):
    nothing = client.post("/api/v1/check", **_upload(None, country="ZM"), headers=ana)
    unnamed = client.post("/api/v1/check", **_upload(b"x", ""), headers=ana)

    for response in (nothing, unnamed):
        assert response.status_code == 400
        assert "Choose a file" in response.get_json()["message"]


def test_an_unknown_country_is_a_400_naming_the_known_ones(client, ana, library):
    model = dumps(make_example(library, "ZM")).encode()

    response = client.post(
        "/api/v1/check", **_upload(model, "d.json", country="Atlantis"), headers=ana
    )

    body = response.get_json()
    assert response.status_code == 400
    assert body["code"] == "L105"
    assert "Atlantis" in body["message"]
    for known in ("PY (Paraguay)", "RW (Rwanda)", "ZM (Zambia)"):
        assert known in body["message"]
    assert body["problems"][0]["field"] == "country"


def test_a_file_above_the_limit_is_a_413_in_json(client, ana):
    big = b"PK\x03\x04" + bytes(checks.DEFAULT_UPLOAD_LIMIT)

    response = client.post("/api/v1/check", **_upload(big, "huge.docx"), headers=ana)

    body = response.get_json()
    assert response.status_code == 413
    assert response.mimetype == "application/json"
    assert body["code"] == "I602"
    assert "20 MB" in body["message"]


def test_the_upload_limit_of_a_check_is_its_own(app, client, ana, monkeypatch):
    monkeypatch.setitem(app.config, "CHECK_MAX_UPLOAD", 1000)
    # Other requests keep the application's limit.
    assert app.config["MAX_CONTENT_LENGTH"] < checks.DEFAULT_UPLOAD_LIMIT

    response = client.post("/api/v1/check", **_upload(bytes(2000), "a.docx"), headers=ana)

    assert response.status_code == 413
    assert response.get_json()["code"] == "I602"


def test_the_check_routes_need_a_token(client):
    assert client.post("/api/v1/check", **_upload(b"x", "a.docx")).status_code == 401
    assert client.get("/api/v1/drafts/1/check").status_code == 401


def test_the_openapi_document_describes_both_checks(client):
    document = client.get("/api/v1/openapi.json").get_json()

    upload = document["paths"]["/check"]["post"]
    draft = document["paths"]["/drafts/{draft_id}/check"]["get"]
    form = upload["requestBody"]["content"]["multipart/form-data"]["schema"]
    assert form["required"] == ["file"]
    assert {"400", "401", "413"} <= set(upload["responses"])
    assert {"401", "404"} <= set(draft["responses"])
    report = document["components"]["schemas"]["Report"]
    assert report["required"] == ["document", "summary", "outline", "findings"]
    finding = report["properties"]["findings"]["items"]["properties"]
    assert set(finding) == set(Finding.__dataclass_fields__) | {"category"}


# --- the draft page's report panel --------------------------------------------------------


def _panel(page: str) -> str:
    return page[page.index('id="check-report"') : page.index('id="downloads-heading"')]


HTMX = {"HX-Request": "true"}  # what htmx sends; the panel's route needs none of it


def test_the_draft_page_loads_its_report_after_the_page_then_shows_it(app, drafter, client, ana):
    draft_id = _draft(app, "drafter@example.org")
    checks._cache.clear()
    url = f"/drafts/{draft_id}/check?version=1&amp;lang=en"
    panel_url = f"/drafts/{draft_id}/check/panel?version=1&amp;lang=en"

    first = _panel(drafter.get(f"/drafts/{draft_id}").get_data(as_text=True))
    fragment = drafter.get(html.unescape(panel_url), headers=HTMX)
    again = _panel(drafter.get(f"/drafts/{draft_id}").get_data(as_text=True))

    # Not computed yet: htmx loads it, and without JavaScript a link leads to it.
    assert f'hx-get="{panel_url}" hx-trigger="load" hx-swap="outerHTML"' in first
    assert f'<a href="{url}">See the report</a>' in first
    assert "check-summary" not in first
    assert fragment.status_code == 200
    assert fragment.get_data(as_text=True).lstrip().startswith('<div id="check-panel"')
    assert "<html" not in fragment.get_data(as_text=True)
    # Computed once, then part of the page.
    report = client.get(f"/api/v1/drafts/{draft_id}/check", headers=ana).get_json()
    warnings, notes = report["summary"]["warnings"], report["summary"]["info"]
    summary = re.search(r'class="check-summary no-errors">([^<]+)<', again)
    assert summary, again
    assert summary.group(1) == (
        f"No errors found: {warnings} warning{'s' * (warnings != 1)}, "
        f"{notes} note{'s' * (notes != 1)}."
    )
    outline = report["outline"]
    assert (
        f"Read {outline['provisions']} provisions in {outline['parts']} parts, "
        f"{outline['definitions']} definitions and {outline['schedules']} schedules." in again
    )
    assert "hx-get" not in again
    assert 'href="/check"' in again
    assert "could not check" not in again


def test_the_report_on_a_page_of_its_own_links_to_the_draft(app, drafter, monkeypatch):
    draft_id = _draft(app, "drafter@example.org")
    finding = Finding(
        rule="DEF001",
        category=Category.UNUSED_DEFINITION,
        severity=Severity.WARNING,
        provision="2",
        eid="sec_2",
        message="“importer” is defined but never used.",
        evidence="“importer” means",
        suggestion="Remove the definition.",
    )
    monkeypatch.setattr(checks, "check", lambda *a, **k: _fake_report(finding))
    checks._cache.clear()

    response = drafter.get(f"/drafts/{draft_id}/check")
    checks._cache.clear()

    page = response.get_data(as_text=True)
    assert response.status_code == 200
    assert "<h1>Consistency check: ZM e-waste draft</h1>" in page
    assert "No errors found: 1 warning, 0 notes." in page
    assert f'href="/drafts/{draft_id}?version=1&amp;lang=en#sec_2"' in page
    assert "Definitions never used" in page
    assert '<details class="check-group sev-warning" open>' in page  # all open on its page


@pytest.mark.parametrize("route", ["check", "check/panel"])
@pytest.mark.parametrize(
    ("query", "status"),
    [("?version=x", 400), ("?version=9", 404), ("?lang=fr", 404), ("?instrument=act", 404)],
)
def test_the_report_page_refuses_what_the_draft_lacks(app, drafter, route, query, status):
    draft_id = _draft(app, "drafter@example.org")

    assert drafter.get(f"/drafts/{draft_id}/{route}{query}").status_code == status


def test_the_report_of_another_workspace_is_a_404(app, drafter, create_user, make_browser):
    draft_id = _draft(app, "drafter@example.org")
    create_user("other@example.org", workspaces={"Rwanda team": "drafter"})
    other = make_browser()
    other.login("other@example.org")

    assert other.get(f"/drafts/{draft_id}/check").status_code == 404
    assert other.get(f"/drafts/{draft_id}/check/panel", headers=HTMX).status_code == 404


def _fake_report(*findings: Finding) -> Report:
    outline = Outline(parts=1, provisions=2, definitions=0, schedules=0, language="en")
    return Report(document="x", outline=outline, findings=findings)


def test_the_panel_groups_findings_links_them_and_escapes_evidence(app, drafter, monkeypatch):
    draft_id = _draft(app, "drafter@example.org")
    findings = (
        Finding(
            rule="STY001",
            category=Category.STYLE,
            severity=Severity.WARNING,
            provision="4(2)",
            eid="sec_4__subsec_2",
            message="“and/or” is ambiguous.",
            evidence="producers <script>alert(1)</script> and/or importers",
            suggestion="Say “or” or “and”.",
        ),
        Finding(
            rule="XREF001",
            category=Category.BROKEN_CROSS_REFERENCE,
            severity=Severity.ERROR,
            provision="7(1)",
            eid="sec_7__subsec_1",
            message="“regulation 99” does not resolve.",
            evidence="under regulation 99",
        ),
        Finding(
            rule="REQ004",
            category=Category.MISSING_PROVISION,
            severity=Severity.INFO,
            provision="",
            message="No offences provision.",
        ),
    )
    monkeypatch.setattr(checks, "check", lambda *a, **k: _fake_report(*findings))
    checks._cache.clear()

    fragment = drafter.get(f"/drafts/{draft_id}/check/panel", headers=HTMX).get_data(as_text=True)
    page = drafter.get(f"/drafts/{draft_id}").get_data(as_text=True)
    checks._cache.clear()

    panel = _panel(page)
    assert fragment.strip() in panel
    assert "1 error, 1 warning, 1 note." in panel
    # Errors first; every finding with its severity in words, code and provision link.
    order = [panel.index(s) for s in ("Broken cross-references", "Style", "Missing provisions")]
    assert order == sorted(order)
    assert re.search(r'<details class="check-group sev-error" open>', panel)
    assert '<details class="check-group sev-warning">' in panel  # closed: no error in it
    assert '<code class="rule">XREF001</code>' in panel
    assert 'href="#sec_7__subsec_1"' in panel
    assert 'id="sec_7__subsec_1"' in page
    assert "the whole instrument" in panel
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in panel
    assert "<script>alert" not in page
    assert "What to do:" in panel
    assert html.escape("Say “or” or “and”.") in panel


def test_a_checker_fault_does_not_take_the_draft_page_down(app, drafter, monkeypatch):
    draft_id = _draft(app, "drafter@example.org")

    def broken(*_args, **_kwargs):
        raise RuntimeError("a check fell over")

    monkeypatch.setattr(checks, "check", broken)
    checks._cache.clear()

    page = drafter.get(f"/drafts/{draft_id}")
    fragment = drafter.get(f"/drafts/{draft_id}/check/panel", headers=HTMX)

    assert page.status_code == fragment.status_code == 200
    assert "The checker could not check this draft" in fragment.get_data(as_text=True)


def test_the_companion_bill_has_its_own_report(app, drafter):
    draft_id = _draft(
        app, "drafter@example.org", answers={**EXAMPLE["ZM"], "outside_powers": "bill"}
    )

    page = _panel(drafter.get(f"/drafts/{draft_id}?instrument=bill").get_data(as_text=True))
    fragment = drafter.get(
        f"/drafts/{draft_id}/check/panel?version=1&lang=en&instrument=bill", headers=HTMX
    ).get_data(as_text=True)

    assert "instrument=bill" in page
    assert re.search(r"Read \d+ provisions", fragment)
    assert "could not check" not in fragment


# --- the "Check a Word file" page ----------------------------------------------------------


def test_the_check_page_is_in_the_nav_and_offers_the_countries(drafter):
    response = drafter.get("/check")

    page = response.get_data(as_text=True)
    assert response.status_code == 200
    assert '<a href="/check">Check a Word file</a>' in page
    assert 'enctype="multipart/form-data"' in page
    assert 'name="csrf_token"' in page
    assert '<option value="">Recognise it from the document</option>' in page
    assert '<option value="ZM"' in page
    assert ">Zambia</option>" in page
    assert "at most 20 MB" in page


def test_the_check_page_needs_a_login(client):
    response = client.get("/check")

    assert response.status_code == 302
    assert "/login" in response.headers["Location"]


def test_a_reviewer_checks_an_edited_word_file(create_user, browser, library):
    create_user("rita@example.org", workspaces={"Zambia team": "reviewer"})
    browser.login("rita@example.org")
    data, cite, _edited = _docx_with_a_broken_reference(make_example(library, "ZM"))

    response = _submit(browser, data, "edited.docx")

    page = response.get_data(as_text=True)
    assert response.status_code == 200
    assert "Report on edited.docx" in page
    expected = _expected_outline(make_example(library, "ZM"))
    assert (
        f"Read {expected['provisions']} provisions in {expected['parts']} parts, "
        f"{expected['definitions']} definitions and {expected['schedules']} schedules." in page
    )
    assert "Zambia" in page
    assert "(recognised from the document)" in page
    assert '<code class="rule">XREF001</code>' in page
    link = re.search(r'<a class="finding-link" href="#([^"]+)">.*?</span>([^<]+)</a>', page)
    assert link, page
    assert link.group(2) == cite
    assert f'id="{link.group(1)}"' in page  # the document as read, on the same page
    assert "regulation 99" in page
    assert re.search(r'class="check-summary has-errors">\d+ errors?,', page)


def test_the_check_page_uses_the_country_chosen(drafter, library):
    model = dumps(make_example(library, "RW", "fr")).encode()

    response = _submit(drafter, model, "arrete.json", country="RW")

    page = response.get_data(as_text=True)
    assert response.status_code == 200
    assert "Rwanda" in page
    assert "(as you chose)" in page
    assert '<option value="RW" selected>' in page
    assert "<dd>French</dd>" in page
    assert 'class="check-summary no-errors"' in page


def _importer_message(data: bytes, name: str) -> str:
    """What the core says of a file it cannot read."""
    with pytest.raises(DraftingError) as info:
        load_document(data, name)
    return info.value.message


@pytest.mark.parametrize(
    ("data", "name", "country", "code", "field"),
    [
        (None, "", "", "400", "file"),
        (b"\x00\x01garbage" * 50, "x.docx", "", "I601", "file"),
        (b"text", "memo.doc", "", "I605", "file"),
        (b"{}", "d.json", "Narnia", "L105", "country"),
    ],
    ids=["no-file", "random-bytes", "doc", "unknown-country"],
)
def test_the_check_page_shows_what_is_wrong_with_a_file(drafter, data, name, country, code, field):
    expected = {
        "400": "Choose a file to check: a Word document (.docx) or a draft model (.json).",
        "L105": "There is no country profile for “Narnia”. Known countries: PY (Paraguay),",
    }.get(code) or _importer_message(data, name)

    response = _submit(drafter, data, name, country=country)

    page = response.get_data(as_text=True)
    assert response.status_code == 400
    assert f'<li><a href="#{field}">{html.escape(expected, quote=False)}' in page
    assert f"Error code: {code}" in page
    assert f'id="{field}-error">{html.escape(expected, quote=False)}' in page


def test_the_check_page_says_a_file_is_too_large(app, drafter, monkeypatch):
    monkeypatch.setitem(app.config, "CHECK_MAX_UPLOAD", 4096)

    response = _submit(drafter, bytes(10_000), "big.docx")

    page = response.get_data(as_text=True)
    assert response.status_code == 413
    assert "The file is larger than 0.00390625 MB." in page
    assert 'id="file"' in page  # the form again, to choose another file


def test_the_check_page_needs_the_csrf_token(drafter, library):
    data = dumps(make_example(library, "ZM")).encode()

    response = drafter.client.post("/check", **_upload(data, "d.json"))

    assert response.status_code == 400


# --- UI languages ---------------------------------------------------------------------------


def test_the_check_page_and_panel_in_spanish_and_french(app, drafter, library):
    draft_id = _draft(app, "drafter@example.org")
    drafter.post("/language", {"language": "es"})
    form = drafter.get("/check").get_data(as_text=True)
    data, _cite, _edited = _docx_with_a_broken_reference(make_example(library, "ZM"))
    result = _submit(drafter, data, "editado.docx").get_data(as_text=True)
    drafter.post("/language", {"language": "fr"})
    checks._cache.clear()
    loading = drafter.get(f"/drafts/{draft_id}").get_data(as_text=True)
    panel = drafter.get(f"/drafts/{draft_id}/check/panel", headers=HTMX).get_data(as_text=True)

    assert ">Comprobar un archivo de Word</a>" in form
    assert "Reconocerlo a partir del documento" in form
    assert "Informe sobre editado.docx" in result
    assert "Referencias cruzadas rotas" in result
    assert "(reconocido a partir del documento)" in result
    # The findings themselves are in English, and say so.
    assert re.search(r'<p class="finding-message" lang="en">', result)
    assert "Contrôle de cohérence" in loading
    assert "Le vérificateur lit cette version…" in loading
    assert re.search(r"Aucune erreur : \d+ avertissements?, \d+ remarques?\.", panel)
