"""The checker in Chromium: a reviewer reads the report beside a draft's text, uploads an
edited Word file with a broken cross-reference, follows the finding to its provision;
audited by axe, and the upload page in French without JavaScript."""

from __future__ import annotations

import io
import json
import re

import docx
from playwright.sync_api import Page, expect

from drafting.library import load_library
from drafting.render.docx import render_docx
from drafting.serialize import dumps
from drafting.store import operations
from drafting.store.models import User, Workspace
from drafting.web.extensions import db
from tests.conftest import CLAUSES
from tests.e2e.conftest import ARTIFACTS, check_page, log_in
from tests.factories import make_example

DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def _draft(live_app, email: str, country: str = "ZM", languages: str = "en") -> int:
    """A draft with the country's example answers, as its drafter would have saved them."""
    answers = json.loads((CLAUSES / "examples" / f"{country.lower()}.json").read_text("utf-8"))
    with live_app.app_context():
        user = db.session.scalar(db.select(User).where(User.email == email))
        workspace = db.session.scalar(db.select(Workspace))
        draft = operations.create_draft(
            db.session,
            user,
            workspace=workspace,
            country=country,
            title=f"{country} e-waste draft",
            languages=languages.split(","),
            answers=answers,
            library_version="e2e",
            note="e2e",
        )
        db.session.commit()
        return draft.id


def _edited_docx() -> bytes:
    """The Zambian example in Word, as a drafter might leave it: the first reference to a
    regulation changed to regulation 99, which does not exist."""
    document = docx.Document(io.BytesIO(render_docx(make_example(load_library(CLAUSES), "ZM"))))
    for paragraph in document.paragraphs:
        run = next((r for r in paragraph.runs if re.fullmatch(r"regulation \d+", r.text)), None)
        if run is not None:
            run.text = "regulation 99"
            break
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def test_a_reviewer_reads_the_report_and_checks_an_edited_word_file(
    page: Page, create_user, live_app
):
    create_user("ana@example.org", workspaces={"Zambia team": "drafter"})
    create_user("rita@example.org", workspaces={"Zambia team": "reviewer"})
    draft_id = _draft(live_app, "ana@example.org")
    log_in(page, "rita@example.org")

    # The report beside the draft's text: nothing wrong with a draft as assembled.
    page.goto(f"/drafts/{draft_id}")
    panel = page.locator("#check-report")
    expect(panel.get_by_role("heading", name="Consistency check")).to_be_visible()
    # Loaded after the page (the first check of a language builds its language pipeline).
    expect(panel.locator(".check-summary")).to_have_text(
        re.compile(r"^No errors found: "), timeout=90_000
    )
    expect(panel.locator("[hx-get]")).to_have_count(0)
    expect(panel).to_contain_text(re.compile(r"Read \d+ provisions in \d+ parts"))
    check_page(page, "checker-01-draft-panel")
    panel.screenshot(path=str(ARTIFACTS / "checker-01-panel.png"))

    # The same report on a page of its own (to print, or without JavaScript).
    panel.get_by_role("link", name="The report on a page of its own").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Consistency check: ZM e-waste draft")
    expect(page.locator(".check-summary")).to_have_text(re.compile(r"^No errors found: "))
    check_page(page, "checker-01-report-page")
    page.go_back()

    # The edited Word file, on the check page the navigation offers.
    panel.get_by_role("link", name="Check the Word file after editing it").click()
    expect(page.get_by_role("heading", name="Check a Word file", level=1)).to_be_visible()
    expect(page.get_by_role("navigation", name="Main")).to_contain_text("Check a Word file")
    check_page(page, "checker-02-upload-form")
    page.get_by_label("Word document or draft model").set_input_files(
        files=[{"name": "zambia-edited.docx", "mimeType": DOCX, "buffer": _edited_docx()}]
    )
    page.get_by_role("button", name="Check the file").click(timeout=90_000)

    expect(page.get_by_role("heading", name="Report on zambia-edited.docx")).to_be_visible(
        timeout=90_000
    )
    expect(page.locator("dl.outline")).to_contain_text("Zambia (recognised from the document)")
    expect(page.locator("dl.outline")).to_contain_text(re.compile(r"Read 4\d provisions in"))
    summary = page.locator(".side-panel .check-summary")
    expect(summary).to_have_text(re.compile(r"^\d+ errors?, "))
    broken = page.locator("li.finding", has=page.locator("code", has_text="XREF001"))
    expect(broken).to_have_count(1)
    expect(broken).to_contain_text("regulation 99")
    expect(broken.locator(".tag")).to_have_text("Error")
    check_page(page, "checker-03-upload-findings")
    page.locator("aside.side-panel").screenshot(path=str(ARTIFACTS / "checker-03-findings.png"))

    # The finding's link leads to its provision in the document as read, marked there.
    link = broken.locator("a.finding-link")
    target = link.get_attribute("href")
    assert target
    assert target.startswith("#")
    link.click()
    expect(page).to_have_url(re.compile(re.escape(target) + "$"))
    provision = page.locator(f"[id='{target[1:]}']")
    expect(provision).to_be_in_viewport()
    expect(provision).to_contain_text("regulation 99")
    expect(provision).to_have_css("background-color", "rgb(255, 241, 168)")
    check_page(page, "checker-04-finding-in-the-text")

    # A file the checker cannot read: said on the page, the form kept.
    page.get_by_label("Word document or draft model").set_input_files(
        files=[{"name": "notes.docx", "mimeType": DOCX, "buffer": b"not a zip at all" * 20}]
    )
    with page.expect_response(lambda r: r.request.method == "POST") as answer:
        page.get_by_role("button", name="Check another file").click()
    assert answer.value.status == 400
    summary = page.locator("#error-summary")
    expect(summary).to_be_focused()
    expect(summary).to_contain_text("File: notes.docx · Error code: I601")
    check_page(page, "checker-05-unreadable-file")


def test_the_check_page_in_french_without_javascript(new_context, create_user, live_app):
    create_user("eric@example.org", workspaces={"Rwanda team": "reviewer"}, ui_language="fr")
    model = make_example(load_library(CLAUSES), "RW", "fr")

    page = new_context(java_script_enabled=False).new_page()
    log_in(page, "eric@example.org")

    page.goto("/check")
    page.get_by_label("Document Word ou modèle de projet").set_input_files(
        files=[
            {"name": "arrete.json", "mimeType": "application/json", "buffer": dumps(model).encode()}
        ]
    )
    page.get_by_label("Pays").select_option(label="Rwanda")
    # The first French check builds the French pipeline: seconds, not milliseconds.
    page.get_by_role("button", name="Vérifier le fichier").click(timeout=120_000)

    expect(page.get_by_role("heading", name="Rapport sur arrete.json")).to_be_visible()
    expect(page.locator("dl.outline")).to_contain_text("Rwanda (selon votre choix)")
    expect(page.locator("dl.outline")).to_contain_text("français")
    expect(page.locator(".side-panel .check-summary")).to_have_text(
        re.compile(r"^Aucune erreur : \d+ avertissements?, \d+ remarques?\.$")
    )
    expect(page.locator(".paper article.instrument")).to_have_attribute("lang", "fr")
    check_page(page, "checker-06-french-nojs", audit=False)
