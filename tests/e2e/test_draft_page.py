"""The draft page in Chromium: the timetable chart, the legal basis, the sanctions of each
provision and the companion bill (preview and Word), audited by axe, and the same page
without JavaScript."""

from __future__ import annotations

import io
import json

import docx
from playwright.sync_api import Page, expect

from drafting.store import operations
from drafting.store.models import User, Workspace
from drafting.web.extensions import db
from tests.conftest import CLAUSES
from tests.e2e.conftest import ARTIFACTS, check_page, log_in


def _draft(live_app, email: str, country: str, languages: str, **changes) -> int:
    """A draft with the country's example answers, as its owner would have saved them."""
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
            answers={**answers, **changes},
            library_version="e2e",
            note="e2e",
        )
        db.session.commit()
        return draft.id


def _open(page: Page, summary: str) -> None:
    page.locator("summary", has_text=summary).first.click()


def test_the_draft_page_charts_the_timetable_and_offers_the_bill(page, create_user, live_app):
    create_user("ana@example.org", workspaces={"Rwanda team": "drafter"})
    draft_id = _draft(live_app, "ana@example.org", "RW", "en,fr")
    log_in(page, "ana@example.org")

    page.goto(f"/drafts/{draft_id}")

    chart = page.get_by_role("img", name="Implementation timetable")
    expect(chart).to_be_visible()
    expect(chart.locator("g.event")).to_have_count(13)
    check_page(page, "draft-01-timetable")
    page.locator("section.timetable").screenshot(path=str(ARTIFACTS / "draft-01-chart.png"))
    _open(page, "The timetable as a table")
    _open(page, "powers this instrument uses")
    _open(page, "provisions the answers ask for are not in this instrument")
    expect(page.locator("section.legal-basis table")).to_contain_text("Article 20 of Law n° 48")
    check_page(page, "draft-02-basis-and-left-out")
    for name in ("legal-basis", "displaced"):
        shot = ARTIFACTS / f"draft-02-{name}.png"
        page.locator(f"section.{name}").screenshot(path=str(shot))

    first_gap = page.locator("ul.unsanctioned a").first
    target = first_gap.get_attribute("href")
    first_gap.click()
    warned = page.locator(f"details{target}")
    expect(warned).to_have_attribute("open", "")
    expect(warned.locator("li.missing").first).to_contain_text("no sanction")
    expect(warned).to_contain_text("Power relied on")
    warned.scroll_into_view_if_needed()
    check_page(page, "draft-03-provenance")
    page.locator("aside.side-panel").screenshot(path=str(ARTIFACTS / "draft-03-side-panel.png"))

    page.get_by_role("link", name="Companion bill", exact=True).click()
    expect(page.locator("article.instrument")).to_contain_text("LAW N° ___/2026")
    check_page(page, "draft-04-bill")
    with page.expect_download() as info:
        page.get_by_role("link", name="Word (.docx) (fr) (companion bill)", exact=True).click()
    document = docx.Document(io.BytesIO(info.value.path().read_bytes()))
    assert "LOI N° ___/2026" in "\n".join(p.text for p in document.paragraphs)


def test_the_chart_and_tables_in_spanish_without_javascript(new_context, create_user, live_app):
    create_user("lucia@example.org", workspaces={"Equipo Paraguay": "drafter"}, ui_language="es")
    draft_id = _draft(live_app, "lucia@example.org", "PY", "es")
    page = new_context(java_script_enabled=False).new_page()
    log_in(page, "lucia@example.org")

    page.goto(f"/drafts/{draft_id}")

    chart = page.get_by_role("img", name="Calendario de aplicación")
    expect(chart).to_be_visible()
    expect(chart).to_contain_text("meses después de la entrada en vigor")
    expect(chart).to_contain_text("rige la prohibición de disposición de RAEE")
    _open(page, "El calendario en una tabla")
    expect(page.locator("details.timetable-table table")).to_be_visible()
    _open(page, "atribuciones que usa este instrumento")
    check_page(page, "draft-05-spanish-nojs", audit=False)
    page.locator("section.timetable").screenshot(path=str(ARTIFACTS / "draft-05-spanish-chart.png"))


def test_the_wizard_shows_where_an_answer_outside_the_powers_goes(page, create_user, live_app):
    create_user("ana@example.org", workspaces={"Zambia team": "drafter"})
    draft_id = _draft(live_app, "ana@example.org", "ZM", "en")
    log_in(page, "ana@example.org")

    page.goto(f"/drafts/{draft_id}/steps/producers")

    note = page.locator("#q-epr_model-help .power-note")
    expect(note).to_contain_text("section 58 of the Environmental Management Act, 2011")
    check_page(page, "wizard-power-note")
    page.locator("#q-epr_model-block").screenshot(path=str(ARTIFACTS / "wizard-power-note-q.png"))
