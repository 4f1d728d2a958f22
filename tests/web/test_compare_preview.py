"""The wizard's "Preview the effect": what the answers on a step would add, remove or
alter in the draft, before anything is saved."""

from __future__ import annotations

import re

import pytest

from tests.web.test_compare import ZM, draft_with, renumbered  # noqa: F401 - a fixture
from tests.web.test_wizard import _versions, submit

OVERSIGHT = {
    "appeal_days": "30",
    "review_years": "3",
    "advisory_committee": "false",
    "delegate_functions": "false",
    "fees_schedule": "false",
    "administrative_fines": "false",
    "publish_non_compliance": "true",
    "amend_existing": "true",
}


@pytest.fixture
def zambia(app, drafter) -> int:
    """Zambia's example answers saved as version 2."""
    return draft_with(app, drafter, "ZM:en", ZM)


def _preview(page: str) -> str:
    match = re.search(r'<section class="preview-effect".*?</section>', page, re.S)
    return match.group(0) if match else ""


def test_the_preview_lists_the_provision_an_answer_adds(app, drafter, zambia, renumbered):  # noqa: F811
    response = submit(
        drafter, zambia, "oversight", {**OVERSIGHT, "advisory_committee": "true"}, "preview"
    )

    preview = _preview(response.get_data(as_text=True))
    assert response.status_code == 200
    items = re.findall(
        r'<li class="preview-([a-z-]+)"><strong>([^<]+)</strong> ([^<]*)<span', preview
    )
    assert items == [("added", "Added:", "6 "), ("modified", "Modified:", "37 → 38 ")]
    assert '<span lang="en">Advisory committee</span>' in preview
    assert '<span lang="en">Periodic review</span>' in preview
    assert f"{renumbered} other provisions would only be renumbered." in preview


def test_the_preview_keeps_the_answers_entered_and_saves_nothing(app, drafter, zambia):
    before = _versions(app, zambia)

    response = submit(
        drafter, zambia, "oversight", {**OVERSIGHT, "advisory_committee": "true"}, "preview"
    )

    page = response.get_data(as_text=True)
    assert _versions(app, zambia) == before
    assert re.search(
        r'id="q-advisory_committee-0" name="advisory_committee" value="true" checked', page
    )
    assert re.search(r'name="base_version" value="2"', page)


def test_a_preview_without_a_change_says_so(drafter, zambia):
    response = submit(drafter, zambia, "oversight", OVERSIGHT, "preview")

    preview = _preview(response.get_data(as_text=True))
    assert "No provision of the draft would change." in preview


def test_invalid_answers_give_the_usual_errors_and_no_preview(drafter, zambia):
    response = submit(drafter, zambia, "oversight", {**OVERSIGHT, "appeal_days": "soon"}, "preview")

    page = response.get_data(as_text=True)
    assert response.status_code == 422
    assert '<a href="#q-appeal_days">' in page
    assert _preview(page) == ""


def test_saving_after_a_preview_saves_the_answers_previewed(app, drafter, zambia):
    answers = {**OVERSIGHT, "advisory_committee": "true"}
    page = submit(drafter, zambia, "oversight", answers, "preview").get_data(as_text=True)

    response = submit(drafter, zambia, "oversight", answers, page=page)

    assert response.status_code == 302
    assert _versions(app, zambia)[-1][1]["advisory_committee"] is True
