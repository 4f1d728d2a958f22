"""The concrete defects the three drafting offices found (issue 13, item 6), each fixed and
checked on the example drafts: batteries counted once, solar panels out when the answer
leaves them out, no fee where none is prescribed, no Ban Amendment restriction on exports
to States outside Annex VII, and the crossed-out wheeled bin drawn, not only described."""

from __future__ import annotations

import base64
import io
import json
import re

import docx
import pytest
from lxml import etree

from drafting.answers import validate_answers
from drafting.assemble import assemble
from drafting.model import InstrumentKind, TableBlock, plain_text
from drafting.render.akn import render_akn
from drafting.render.docx import render_docx
from drafting.render.figures import alt_text, figure_bytes
from drafting.render.html import render_html
from tests.conftest import CLAUSES


def example(country):
    return json.loads((CLAUSES / "examples" / f"{country.lower()}.json").read_text("utf-8"))


def build(library, country, lang=None, kind=InstrumentKind.REGULATION, **changes):
    profile = library.profile(country)
    answers = validate_answers(library, profile, {**example(country), **changes}, lang)
    return assemble(library, profile, answers, lang, kind)


def text_of(instrument) -> str:
    def walk(provision):
        yield plain_text(provision.content) + " " + plain_text(provision.after)
        for child in provision.children:
            yield from walk(child)

    parts = [t for s in instrument.sections() for t in walk(s)]
    for schedule in instrument.schedules:
        for item in schedule.content:
            if isinstance(item, TableBlock):
                parts += [" ".join(row) for row in item.rows]
            else:
                parts += list(walk(item))
    return " ".join(parts)


def categories(instrument) -> list[str]:
    schedule = instrument.schedules[0]
    table = next(i for i in schedule.content if isinstance(i, TableBlock))
    return [row[1] for row in table.rows]


@pytest.mark.parametrize("country", ["ZM", "RW", "PY"])
def test_batteries_are_counted_once(library, country):
    draft = build(library, country)

    assert not [c for c in categories(draft) if re.search(r"batter|pila|accumul", c, re.I)]
    text = text_of(draft)
    if example(country)["include_batteries"]:
        assert re.search(r"counted with it, in its category|comptés avec lui", text), text[:200]
    else:
        assert "Ley N° 5882/2017" in text


def test_solar_panels_are_out_when_the_answer_leaves_them_out(library):
    without = build(library, "ZM")  # include_solar_pv: false
    with_solar = build(library, "ZM", include_solar_pv=True)

    assert "photovoltaic panels, including the panels of solar home systems" in text_of(without)
    assert not [c for c in categories(without) if "hotovoltaic" in c]
    assert [c for c in categories(with_solar) if "hotovoltaic" in c]
    assert "photovoltaic panels, including the panels" not in text_of(with_solar)


@pytest.mark.parametrize(
    ("country", "lang", "fee"),
    [("ZM", "en", r"\bfees?\b"), ("RW", "fr", r"\bredevances?\b"), ("PY", "es", r"\baranceles?\b")],
)
def test_no_fee_is_charged_where_none_is_prescribed(library, country, lang, fee):
    draft = build(library, country, lang)  # fees_schedule: false in every example

    assert not re.search(fee, text_of(draft), re.I)


def test_a_prescribed_fee_comes_with_its_schedule(library):
    draft = build(library, "ZM", fees_schedule=True)

    assert re.search(r"\bfee\b", text_of(draft))
    assert any("ee" in s.heading.lower() for s in draft.schedules[1:])


@pytest.mark.parametrize("kind", [InstrumentKind.REGULATION, InstrumentKind.BILL])
def test_the_ban_amendment_does_not_restrict_exports_to_states_outside_annex_vii(library, kind):
    # Paraguay is a party to the Ban Amendment, which binds Annex VII parties' exports only.
    draft = build(library, "PY", kind=kind)

    text = text_of(draft)
    assert not re.search(r"Enmienda de Prohibición|Anexo VII\b", text)
    restricted = text_of(build(library, "PY", hazardous_exports="annex-vii-only"))
    assert re.search(r"Anexo VII\b", restricted)


def test_the_symbol_is_drawn_in_word_html_and_akoma_ntoso(library):
    draft = build(library, "ZM")
    alt = alt_text("weee-symbol", "en")

    document = docx.Document(io.BytesIO(render_docx(draft)))
    assert len(document.inline_shapes) == 1
    described = document.element.body.xpath(".//wp:docPr/@descr")
    assert described == [alt]
    svg = base64.b64encode(figure_bytes("weee-symbol", "svg")).decode("ascii")
    html = render_html(draft)
    assert f'<img src="data:image/svg+xml;base64,{svg}" alt="{alt}">' in html
    akn = etree.fromstring(render_akn(draft))
    images = akn.findall(".//{*}img")
    assert [i.get("alt") for i in images] == [alt]


@pytest.mark.parametrize(
    ("country", "lang"), [("ZM", None), ("RW", "en"), ("RW", "fr"), ("PY", None)]
)
def test_the_example_regulations_are_in_proportion(library, country, lang):
    # Issue 13, item 4: what the country needs, in 30 to 45 provisions, every language alike.
    assert 30 <= len(build(library, country, lang).sections()) <= 45
