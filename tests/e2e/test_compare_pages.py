"""Comparing in Chromium: the diff of two versions side by side and inline, renumbering
hidden, an edited Word file, drafts of three countries, and the wizard's preview; each
page audited by axe and kept as a screenshot."""

from __future__ import annotations

import json
import re

from playwright.sync_api import Page, expect

from drafting.store import operations
from drafting.store.models import Draft, User, Workspace
from drafting.web.extensions import db
from tests.conftest import CLAUSES
from tests.e2e.conftest import check_page, log_in

EMAIL = "compare@example.org"


def _example(country: str) -> dict:
    return json.loads((CLAUSES / "examples" / f"{country.lower()}.json").read_text("utf-8"))


def _draft(live_app, country: str, languages: str, *later: dict) -> int:
    """A draft with the country's example answers (version 1), then versions with `later`."""
    with live_app.app_context():
        user = db.session.scalar(db.select(User).where(User.email == EMAIL))
        workspace = db.session.scalar(db.select(Workspace))
        draft = operations.create_draft(
            db.session,
            user,
            workspace=workspace,
            country=country,
            title=f"{country} e-waste draft",
            languages=languages.split(","),
            answers=_example(country),
            library_version="e2e",
            note="e2e",
        )
        for number, answers in enumerate(later, start=1):
            operations.save_version(
                db.session,
                draft,
                user,
                base=number,
                answers=answers,
                library_version="e2e",
                steps_done=[],
            )
        db.session.commit()
        return draft.id


def _login(page: Page, create_user) -> None:
    create_user(EMAIL, workspaces={"Regional team": "drafter"})
    log_in(page, EMAIL)


def test_a_reviewer_reads_the_diff_of_two_versions(page, create_user, live_app):
    _login(page, create_user)
    zm = _example("ZM")
    draft_id = _draft(live_app, "ZM", "en", {**zm, "advisory_committee": True})

    page.goto(f"/drafts/{draft_id}/versions")
    page.get_by_role("button", name="Compare the versions").click()

    expect(page).to_have_url(re.compile(rf"/drafts/{draft_id}/diff\?to=2&from=1$"))
    expect(page.get_by_role("heading", name="Changes from Version 1 to Version 2")).to_be_visible()
    expect(page.locator(".compare-summary .count-added")).to_have_text("1 Added")
    check_page(page, "compare-01-side-by-side")
    page.get_by_role("link", name=re.compile(r"^Added 6: Advisory committee")).click()
    expect(page).to_have_url(re.compile(r"#change-c\d+$"))
    page.get_by_role("link", name="Inline").click()
    expect(page.locator(".diff-body.diff-inline")).to_be_visible()
    check_page(page, "compare-02-inline")
    page.get_by_label("Hide changes that are only renumbering").check()
    page.get_by_role("button", name="Apply").click()
    expect(page).to_have_url(re.compile(r"hide=renumbering"))
    expect(page.locator('.diff-body section[data-substantive="false"]')).to_have_count(0)
    expect(page.locator(".diff-body section.change")).to_have_count(2)
    check_page(page, "compare-03-renumbering-hidden")


def test_drafts_of_three_countries_side_by_side(page, create_user, live_app):
    _login(page, create_user)
    ids = [_draft(live_app, c, lang) for c, lang in (("ZM", "en"), ("RW", "en"), ("PY", "es"))]

    page.goto(f"/compare?drafts={ids[0]}")
    for draft_id in ids[1:]:
        page.locator(f"#draft-{draft_id}").check()
    page.get_by_role("button", name="Compare").click()

    # The columns in the form's order: the most recently changed draft (Paraguay's) first.
    expect(page).to_have_url(re.compile(rf"drafts={ids[2]}&drafts={ids[1]}&drafts={ids[0]}$"))
    row = page.get_by_role("row", name=re.compile(r"^Existing producers must have applied"))
    expect(row.get_by_role("cell")).to_have_text(["9 months", "6 months", "6 months"])
    expect(page.get_by_role("heading", name="Provisions, matched by clause")).to_be_visible()
    check_page(page, "compare-04-countries")


def test_the_wizard_previews_the_effect_of_an_answer(page, create_user, live_app):
    _login(page, create_user)
    draft_id = _draft(live_app, "ZM", "en")

    page.goto(f"/drafts/{draft_id}/steps/oversight")
    page.locator("#q-advisory_committee-0").check()
    page.get_by_role("button", name="Preview the effect").click()

    preview = page.locator(".preview-effect")
    expect(preview.get_by_role("heading")).to_have_text("The effect of your answers on this page")
    expect(preview.locator(".preview-added")).to_have_text("Added: 6 Advisory committee")
    expect(page.locator("#q-advisory_committee-0")).to_be_checked()
    check_page(page, "compare-05-wizard-preview")
    with live_app.app_context():
        assert len(db.session.get(Draft, draft_id).versions) == 1
