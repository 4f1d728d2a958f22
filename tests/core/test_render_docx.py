"""The plain Word rendering: named styles, literal numbers, layouts per country, flags."""

from __future__ import annotations

import io

import docx
from docx.enum.text import WD_COLOR_INDEX

from drafting.answers import validate_answers
from drafting.assemble import assemble
from drafting.render.docx import render_docx


def render(mini, country, lang=None, **raw):
    profile = mini.profile(country)
    instrument = assemble(mini, profile, validate_answers(mini, profile, raw, lang), lang)
    return docx.Document(io.BytesIO(render_docx(instrument)))


def lines(document):
    return [(p.style.name, p.text) for p in document.paragraphs]


def test_zambian_layout_heading_above_number_with_first_subprovision(mini):
    document = render(mini, "ZM")

    got = lines(document)
    assert ("Number Line", "STATUTORY INSTRUMENT No. ___ of 2026") in got
    start = got.index(("Provision Heading", "Register"))
    assert got[start : start + 5] == [
        ("Provision Heading", "Register"),
        ("Provision Text", "3. (1) A producer shall register within thirty days."),
        ("Subprovision", "(2) An application under sub-regulation (1) shall state—"),
        ("Paragraph (a)", "(a)\tthe applicant's name; and"),
        ("Paragraph (a)", "(b)\tthe categories of EEE."),
    ]
    assert ("Definition", "“producer” means a person who places EEE on the market.") in got
    assert ("Part Heading", "PART II") in got
    assert (
        "Provision Text",
        "5. A person who contravenes regulation 4 is liable to a fine not exceeding "
        "one thousand penalty units.",
    ) in got


def test_paraguayan_layout_runs_the_heading_into_the_text(mini):
    document = render(mini, "PY")

    got = lines(document)
    assert (
        "Provision Text",
        "Art. 3°.- Registro. Todo productor deberá registrarse dentro de treinta (30) días.",
    ) in got
    paragraph = next(p for p in document.paragraphs if p.text.startswith("Art. 3°.-"))
    assert paragraph.runs[0].text == "Art. 3°.- Registro. "
    assert paragraph.runs[0].bold is True
    assert (
        "Definition",
        "a) AEE: aparatos que necesitan corriente eléctrica para funcionar.",
    ) in got


def test_rwandan_layout_label_with_heading(mini):
    document = render(mini, "RW", "fr")

    got = lines(document)
    assert ("Provision Heading", "Article 3 : Registre") in got
    assert ("Subprovision", "La demande prévue à l'alinéa 1 du présent article indique :") in got
    assert ("Paragraph (a)", "1°\tle nom du demandeur ; et") in got


def test_schedule_is_a_table(mini):
    document = render(mini, "ZM", model="b")

    table = document.tables[0]  # the others are the drafting notes' tables
    assert [[c.text for c in row.cells] for row in table.rows] == [
        ["Year", "Target"],
        ["2028", "10 per cent"],
        ["2030", "20 per cent"],
    ]
    assert ("Schedule Reference", "(Regulation 4)") in lines(document)


def test_facts_to_verify_are_highlighted(mini):
    document = render(mini, "PY")

    highlighted = [
        r.text
        for p in document.paragraphs
        for r in p.runs
        if r.font.highlight_color == WD_COLOR_INDEX.YELLOW
    ]
    assert highlighted
    assert all(text.strip() for text in highlighted)


def test_properties_and_page(mini):
    document = render(mini, "PY")

    assert document.core_properties.language == "es-PY"
    assert document.core_properties.title.startswith("POR EL CUAL SE REGLAMENTA")
    section = document.sections[0]
    assert (round(section.page_width.cm, 1), round(section.page_height.cm, 1)) == (21.0, 29.7)
    assert not [p for p in document.paragraphs if not p.text.strip()]


def test_every_run_carries_the_document_language(mini):
    document = render(mini, "PY")

    from docx.oxml.ns import qn

    tags = {
        r._r.rPr.find(qn("w:lang")).get(qn("w:val"))
        for p in document.paragraphs
        for r in p.runs
        if r.text.strip()
    }
    assert tags == {"es-PY"}


def test_header_has_the_title_and_footer_a_page_field(mini):
    document = render(mini, "ZM")

    section = document.sections[0]
    assert section.header.paragraphs[0].text == document.core_properties.title
    footer_xml = section.footer.paragraphs[0]._p.xml
    assert 'w:instr="PAGE"' in footer_xml


def test_arrangement_of_provisions_lists_parts_provisions_and_schedules(mini):
    document = render(mini, "ZM", model="b")

    got = lines(document)
    start = got.index(("Arrangement Heading", "ARRANGEMENT OF REGULATIONS"))
    assert got[start + 1 : start + 4] == [
        ("Arrangement Part", "PART I: Preliminary"),
        ("Arrangement Entry", "1\tTitle"),
        ("Arrangement Entry", "2\tInterpretation"),
    ]
    assert ("Arrangement Entry", "FIRST SCHEDULE\tTargets") in got


def test_paraguayan_decree_has_no_arrangement_and_centres_its_proclamation(mini):
    got = lines(render(mini, "PY"))

    assert "Arrangement Heading" not in {style for style, _ in got}
    assert ("Proclamation", "D E C R E T A:") in got
    assert ("Proclamation", "EL PRESIDENTE DE LA REPÚBLICA DEL PARAGUAY") in got


def test_drafting_notes_annex_and_the_clean_copy(mini):
    profile = mini.profile("ZM")
    instrument = assemble(mini, profile, validate_answers(mini, profile, {}))

    annotated = lines(docx.Document(io.BytesIO(render_docx(instrument))))
    clean = lines(docx.Document(io.BytesIO(render_docx(instrument, drafting_notes=False))))

    assert ("Note Heading", "DRAFTING NOTES") in annotated
    assert ("Drafting Note Heading", "3 Register") in annotated
    assert ("Drafting Note", "Included by: register-on") in annotated
    assert ("Drafting Note", "Answers: has_register = yes") in annotated
    assert ("Drafting Note", "Model sources: Directive 2012/19/EU art. 16") in annotated
    assert not [
        line for line in clean if line[0].startswith("Drafting") or line[1] == "DRAFTING NOTES"
    ]
    assert ("Note Heading", "EXPLANATORY NOTE") in clean
