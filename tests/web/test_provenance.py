"""The draft page's account of each provision: the power it rests on, in words, the
sanctions that answer its duties (and the duties none answers), the answers by their
question, the legal basis and what the instrument leaves out."""

from __future__ import annotations

import re

import pytest
from markupsafe import escape

from drafting.web import documents
from tests.web.conftest import start_draft
from tests.web.test_bill import example
from tests.web.test_drafts import _set_answers


@pytest.fixture
def zambia(drafter, app):
    draft_id = start_draft(drafter, "ZM:en")
    _set_answers(app, draft_id, example("ZM"))
    return draft_id


@pytest.fixture
def zambian_instrument(app, library):
    with app.app_context():
        return documents.instrument(library, "ZM", example("ZM"), "en")


def _panel(page: str, eid: str) -> str:
    start = page.index(f'<details class="provenance" id="why-{eid}">')
    return page[start : page.index("</details>", start)]


def _section_with(instrument, clause: str) -> str:
    return next(s.eid for s in instrument.sections() if s.source == clause)


def test_the_panel_names_the_power_a_provision_rests_on(drafter, zambia, zambian_instrument):
    provenance = next(p for p in zambian_instrument.provenance if p.power)

    page = drafter.get(f"/drafts/{zambia}").get_data(as_text=True)

    panel = _panel(page, provenance.eid)
    assert "<dt>Power relied on</dt>" in panel
    assert escape(provenance.power) in panel
    assert "power_key" not in panel


def test_an_incidental_provision_says_it_needs_no_power_of_its_own(drafter, zambia):
    page = drafter.get(f"/drafts/{zambia}").get_data(as_text=True)

    panel = _panel(page, "sec_1")  # the citation
    assert "None of its own: a provision on the form of the instrument" in panel


def test_the_sanction_of_each_duty_and_a_missing_one_stands_out(drafter, app, library):
    draft_id = start_draft(drafter, "PY:es")
    _set_answers(app, draft_id, example("PY"))
    with app.app_context():
        decree = documents.instrument(library, "PY", example("PY"), "es")
    missing = next(s for s in decree.sanctions if not s.key)
    punished = next(s for s in decree.sanctions if s.key == "offences")
    section = missing.eid.split("__")[0]

    page = drafter.get(f"/drafts/{draft_id}").get_data(as_text=True)

    panel = _panel(page, section)
    assert re.search(r"<summary>[^<]+<span class=\"tag warn\">\d+ ", panel)
    assert re.search(
        rf'<li class="missing"><span[^>]*>{re.escape(str(escape(missing.label)))} \([^)]+\):</span>\s*'
        r'<strong class="tag warn">',
        panel,
    )
    punished_panel = _panel(page, punished.eid.split("__")[0])
    assert escape(punished.sanction) in punished_panel
    side = page[page.index('id="sanctions-heading"') : page.index('id="verify-heading"')]
    assert re.search(
        rf'<a href="#why-{section}"[^>]*>{re.escape(str(escape(missing.label)))}</a>', side
    )


def test_households_are_exempt_not_a_gap(drafter, zambia, zambian_instrument):
    household = next(s for s in zambian_instrument.sanctions if s.key == "household")
    section = household.eid.split("__")[0]

    page = drafter.get(f"/drafts/{zambia}").get_data(as_text=True)

    panel = _panel(page, section)
    assert escape(household.sanction) in panel
    assert not re.search(
        rf'<li class="missing"><span[^>]*>{re.escape(household.label)} \(household\)', panel
    )


def test_answers_are_shown_by_their_question(drafter, zambia, zambian_instrument):
    eid = _section_with(zambian_instrument, "epr-obligation")

    page = drafter.get(f"/drafts/{zambia}").get_data(as_text=True)

    panel = _panel(page, eid)
    assert "<li>Make extended producer responsibility (EPR) mandatory? yes</li>" in panel
    assert "epr_mandatory =" not in panel


def test_the_legal_basis_lists_each_power_and_links_its_provisions(
    drafter, zambia, zambian_instrument
):
    first = zambian_instrument.basis[0]

    page = drafter.get(f"/drafts/{zambia}").get_data(as_text=True)

    basis = page[page.index('id="basis-heading"') : page.index('id="displaced-heading"')]
    assert f"The {len(zambian_instrument.basis)} powers this instrument uses" in basis
    assert basis.count("<tr>") == len(zambian_instrument.basis) + 1
    assert f"<span>{first.text}</span>" in basis
    assert f'<a href="#{first.provisions[0]}">' in basis


def test_what_the_instrument_leaves_out_and_why(drafter, zambia, zambian_instrument):
    held = next(d for d in zambian_instrument.displaced if d.placement == "held-by")

    page = drafter.get(f"/drafts/{zambia}").get_data(as_text=True)

    left = page[page.index('id="displaced-heading"') : page.index('id="preview-heading"')]
    assert left.count("<tr>") == len(zambian_instrument.displaced) + 1
    assert f"<td>{escape(held.heading)}</td>" in left
    assert "A power another authority holds" in left
    assert escape(held.reason) in left


def test_the_regulations_list_names_what_went_to_the_bill_and_the_bill_does_not(drafter, app):
    draft_id = start_draft(drafter, "PY:es")
    _set_answers(app, draft_id, example("PY"))

    regulation = drafter.get(f"/drafts/{draft_id}").get_data(as_text=True)
    bill = drafter.get(f"/drafts/{draft_id}?instrument=bill").get_data(as_text=True)

    assert "In the companion bill: el artículo" in regulation
    assert "In the companion bill" not in bill
    assert "None needed: a provision of the companion bill" in bill


def test_the_panel_speaks_the_ui_language_and_keeps_the_drafts(drafter, zambia):
    drafter.post("/language", {"language": "fr"})

    page = drafter.get(f"/drafts/{zambia}").get_data(as_text=True)

    panel = _panel(page, "sec_1")
    assert "Aucun pouvoir propre" in panel
    assert '<ul class="duties">' not in panel
    assert re.search(r'<span lang="en">regulation \d+ \(\d+\) \(household\):</span>', page)
