"""The implementation timetable chart: well-formed SVG, one marker per event, labels
escaped, accessible, in the UI's words with the draft's labels, and built without the
modules the web layer may not use to write document text."""

from __future__ import annotations

import ast
import re
import tomllib
from pathlib import Path

import pytest
from lxml import etree

from drafting.model import TimetableEntry
from drafting.web import charts
from tests.web.conftest import start_draft
from tests.web.test_bill import example
from tests.web.test_drafts import _set_answers

SVG = "{http://www.w3.org/2000/svg}"
ROOT = Path(__file__).resolve().parents[2]


def _entry(id_: str, months: float, **fields) -> TimetableEntry:
    return TimetableEntry(
        id=id_,
        label=fields.pop("label", id_),
        when=fields.pop("when", "then"),
        months=months,
        **fields,
    )


ENTRIES = (
    _entry("publication", -6),
    _entry("commencement", 0),
    _entry("registration", 6, provisions=("sec_12",)),
    _entry("baseline-year", 6, months_latest=18, year=2028),
    _entry("guarantee", 9, elsewhere="section 6 of the Act"),
    _entry("substances", 24, label='<script>alert(1)</script> & "quotes"'),
)


@pytest.fixture
def svg(app):
    with app.test_request_context("/"):
        markup = charts.timetable_svg(ENTRIES, "en", "en")
    return etree.fromstring(str(markup))


def _events(root):
    return root.findall(f".//{SVG}g[@data-event]")


def test_the_chart_is_well_formed_svg_and_an_image_with_a_title(svg):
    assert svg.tag == f"{SVG}svg"
    assert svg.get("role") == "img"
    assert svg.get("aria-labelledby") == "timetable-title timetable-desc"
    assert svg.find(f"{SVG}title").text == "Implementation timetable"
    assert "6 events, from \u22126 to 24 months" in svg.find(f"{SVG}desc").text


def test_one_marker_per_event_a_bar_for_a_calendar_year(svg):
    events = _events(svg)

    assert [e.get("data-event") for e in events] == [
        "publication",
        "commencement",
        "registration",
        "baseline-year",
        "guarantee",
        "substances",
    ]
    assert [len(e.findall(f"{SVG}circle")) + len(e.findall(f"{SVG}rect")) for e in events] == [
        1
    ] * 6
    bar = next(e for e in events if e.get("data-event") == "baseline-year").find(f"{SVG}rect")
    assert float(bar.get("width")) > 100
    assert "elsewhere" in next(e for e in events if e.get("data-event") == "guarantee").get("class")


def test_labels_are_escaped_text(app):
    with app.test_request_context("/"):
        markup = str(charts.timetable_svg(ENTRIES, "en", "en"))

    assert "<script>" not in markup
    assert '&lt;script&gt;alert(1)&lt;/script&gt; &amp; "quotes"' in markup
    texts = "".join(etree.fromstring(markup).itertext())
    assert '<script>alert(1)</script> & "quotes"' in texts


def test_the_axis_runs_from_the_earliest_event_to_the_latest_with_commencement(svg):
    ticks = [t.text for t in svg.findall(f"{SVG}g[@class='tt-axis']/{SVG}text")]
    commencement = svg.find(f"{SVG}g[@class='tt-commencement']")

    assert ticks[0] == "\u22126"  # a minus sign
    assert ticks[-2:] == ["24", "months after commencement"]
    assert commencement.find(f"{SVG}line") is not None
    assert commencement.find(f"{SVG}text").text == "commencement"


def test_a_long_label_wraps_instead_of_leaving_the_chart(app):
    long = _entry("long", 12, label=" ".join(["word"] * 40))

    with app.test_request_context("/"):
        root = etree.fromstring(str(charts.timetable_svg((long,), "en", "en")))

    text = root.find(f".//{SVG}g[@data-event='long']/{SVG}text")
    spans = text.findall(f"{SVG}tspan")
    x, anchor = float(text.get("x")), text.get("text-anchor")
    widths = [len(s.text) * charts.CHAR for s in spans]
    assert 1 < len(spans) <= charts.MAX_LINES
    if anchor == "end":
        assert all(x - w >= 0 for w in widths)
    else:
        assert all(x + w <= charts.WIDTH for w in widths)


def test_no_events_no_chart(app):
    with app.test_request_context("/"):
        assert charts.timetable_svg((), "en", "en") is None


def test_the_labels_carry_the_drafts_language_when_the_page_is_in_another(app):
    with app.test_request_context("/"):
        root = etree.fromstring(str(charts.timetable_svg(ENTRIES, "es", "en")))

    assert root.find(f"{SVG}g[@class='tt-events']").get("lang") == "es"


def test_the_chart_module_uses_nothing_the_web_layer_may_not(app):
    """The import contract "the web layer builds no document text" (lint-imports runs it
    in tests/test_architecture.py); this names what charts.py itself imports."""
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    (contract,) = [
        c
        for c in config["tool"]["importlinter"]["contracts"]
        if c["name"] == "the web layer builds no document text"
    ]
    tree = ast.parse(Path(charts.__file__).read_text(encoding="utf-8"))
    imported = {n.module for n in ast.walk(tree) if isinstance(n, ast.ImportFrom)}
    imported |= {a.name for n in ast.walk(tree) if isinstance(n, ast.Import) for a in n.names}

    forbidden = set(contract["forbidden_modules"])
    assert {m for m in imported if m.split(".")[0] in forbidden or m in forbidden} == set()


# --- on the draft page ------------------------------------------------------------------------


def _chart(page: str) -> etree._Element:
    match = re.search(
        r"<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"timetable-chart\".*?</svg>", page, re.S
    )
    assert match, "no chart on the page"
    return etree.fromstring(match.group(0))


@pytest.mark.parametrize(
    ("ui", "title", "caption"),
    [
        ("en", "Implementation timetable", "months after commencement"),
        ("es", "Calendario de aplicación", "meses después de la entrada en vigor"),
        ("fr", "Calendrier de mise en œuvre", "mois après l'entrée en vigueur"),
    ],
)
def test_the_draft_page_shows_the_chart_in_each_ui_language(
    drafter, app, library, ui, title, caption
):
    draft_id = start_draft(drafter, "PY:es")
    _set_answers(app, draft_id, example("PY"))
    drafter.post("/language", {"language": ui})

    page = drafter.get(f"/drafts/{draft_id}").get_data(as_text=True)

    root = _chart(page)
    events = _events(root)
    assert root.find(f"{SVG}title").text == title
    assert root.findall(f"{SVG}g[@class='tt-axis']/{SVG}text")[-1].text == caption
    assert len(events) == 13
    assert events[0].find(f"{SVG}title").text.startswith("publicación: ")
    assert (root.find(f"{SVG}g[@class='tt-events']").get("lang") or "es") == "es"


def test_the_timetable_table_links_provisions_and_the_questions_that_set_them(drafter, app):
    draft_id = start_draft(drafter, "PY:es")
    _set_answers(app, draft_id, example("PY"))

    page = drafter.get(f"/drafts/{draft_id}").get_data(as_text=True)

    table = page[page.index('<details class="timetable-table">') :]
    table = table[: table.index("</details>")]
    assert table.count("<tr>") == 14  # the header and 13 events
    assert re.search(r'<a href="#art_(\d+)">Art\. \1 ', table), "a provision of this decree, linked"
    assert "el artículo 2° de la Ley N° ___/2026" in table
    assert (
        f'href="/drafts/{draft_id}/steps/producers#q-registration_deadline_months-block"' in table
    )
