"""Drafts of different countries side by side: provisions matched by clause, and the
matrix of their main parameters."""

from __future__ import annotations

import re

import pytest

from tests.web.test_compare import PY, RW, ZM, draft_with


@pytest.fixture
def three(app, create_user, make_browser) -> tuple[list[int], object]:
    """The examples of Zambia, Rwanda and Paraguay, in one workspace."""
    create_user("team@example.org", workspaces={"Regional team": "drafter"})
    browser = make_browser()
    browser.login("team@example.org")
    ids = [
        draft_with(app, browser, "ZM:en", ZM, title="Zambia"),
        draft_with(app, browser, "RW:en", RW, title="Rwanda"),
        draft_with(app, browser, "PY:es", PY, title="Paraguay"),
    ]
    return ids, browser


def _row(page: str, label: str) -> list[str]:
    """The cells of the matrix row whose header is `label`, as text."""
    match = re.search(rf"<tr><th scope=\"row\"[^>]*>{re.escape(label)}</th>(.*?)</tr>", page, re.S)
    assert match, label
    cells = re.findall(r"<td>(.*?)</td>", match.group(1), re.S)
    return [re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", c)).strip() for c in cells]


def _provision_row(page: str, clause_id: str) -> list[str]:
    match = re.search(
        rf'<code class="small">{re.escape(clause_id)}</code></th>(.*?)</tr>', page, re.S
    )
    assert match, clause_id
    cells = re.findall(r"<td>(.*?)</td>", match.group(1), re.S)
    return [re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", c)).strip() for c in cells]


def _page(three) -> str:
    ids, browser = three
    response = browser.get(f"/compare?drafts={','.join(map(str, ids))}")
    assert response.status_code == 200
    return response.get_data(as_text=True)


def test_the_matrix_compares_collection_targets(three):
    page = _page(three)

    assert _row(page, "Minimum collection rates by year") == [
        "2029: 10 %; 2031: 20 %; 2033: 30 % A power another authority holds",
        "2029: 25 %; 2031: 35 %; 2033: 45 %",
        "2030: 5 %; 2032: 12 %; 2034: 20 %; 2036: 30 %",
    ]


def test_the_matrix_compares_deadlines_from_each_timetable(three):
    page = _page(three)

    assert _row(page, "Existing producers must have applied for registration") == [
        "6 months",
        "6 months",
        "9 months",
    ]
    assert _row(page, "First collection target year") == [
        "—",
        "calendar year 2029",
        "calendar year 2030",
    ]


def test_the_matrix_compares_fines_and_says_where_they_are_set(three):
    page = _page(three)

    assert _row(
        page, "Maximum fine for a serious offence (in penalty units where the law uses them)"
    ) == [
        "200000 penalty units",
        "5000000 penalty units In the companion bill",
        "10000 penalty units In the companion bill",
    ]


def test_the_matrix_compares_the_epr_model(three):
    page = _page(three)

    assert _row(page, "How do producers meet their EPR obligations?") == [
        "Membership of an authorised producer responsibility organisation",
        "Either, at the producer&#39;s choice",
        "Membership of an authorised producer responsibility organisation",
    ]


def test_provisions_are_matched_by_clause_across_countries(three):
    ids, _browser = three

    page = _page(three)

    assert _provision_row(page, "interpretation") == [
        "2 Interpretation",
        "2 Definitions",
        "2° Definiciones",
    ]
    assert _provision_row(page, "advisory-committee") == [
        "— absent",
        "6 Advisory committee",
        "6° Comité Consultivo",
    ]
    assert _provision_row(page, "offences") == [
        "36 Offences and penalties",
        "— absent In the companion bill",
        "— absent In the companion bill",
    ]
    assert f'<a href="/drafts/{ids[2]}#art_2">2°</a> <span lang="es">Definiciones</span>' in page


def test_the_form_lists_the_drafts_of_the_workspaces_and_keeps_the_choice(three):
    ids, browser = three

    page = browser.get(f"/compare?drafts={ids[0]}&drafts={ids[1]}").get_data(as_text=True)

    assert re.findall(r'name="drafts" value="(\d+)" checked', page) == [str(ids[1]), str(ids[0])]
    assert f'name="drafts" value="{ids[2]}" >' in page


def test_a_draft_of_another_workspace_cannot_be_compared(three, drafter):
    ids, _browser = three

    response = drafter.get(f"/compare?drafts={ids[0]},{ids[1]}")

    assert response.status_code == 404


@pytest.mark.parametrize("query", ["drafts=1,x", "drafts=1,2,3,4,5,6,7"])
def test_a_malformed_list_of_drafts_is_refused(drafter, query):
    response = drafter.get(f"/compare?{query}")

    assert response.status_code == 400


def test_the_main_navigation_leads_to_the_comparison_of_countries(drafter):
    page = drafter.get("/drafts").get_data(as_text=True)

    nav = page[page.index('<nav aria-label="Main">') : page.index("</nav>")]
    assert '<a href="/compare">Compare countries</a>' in nav
