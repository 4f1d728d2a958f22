"""The plain Word rendering: named styles, literal numbers, layouts per country, flags."""

from __future__ import annotations

import io

import docx
from docx.enum.text import WD_COLOR_INDEX
from docx.oxml.ns import qn

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
        ("Subprovision", "(2) An application under subregulation (1) shall state—"),
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
        "Art. 3°.- Registro. Todo productor deberá registrarse dentro de veinte (20) días hábiles.",
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
    assert got[start + 1 : start + 5] == [
        ("Arrangement Part", "PART I"),
        ("Arrangement Part", "PRELIMINARY PROVISIONS"),
        ("Arrangement Entry", "1.\tTitle"),
        ("Arrangement Entry", "2.\tInterpretation"),
    ]
    assert ("Arrangement Entry", "FIRST SCHEDULE—Targets") in got


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
    register = annotated.index(("Drafting Note Heading", "3 Register"))
    assert annotated[register + 1 : register + 4] == [
        ("Drafting Note", "Included because: Register? yes"),
        ("Drafting Note", f"Power: {instrument.provenance[2].power}"),
        ("Drafting Note", "Model sources: Directive 2012/19/EU art. 16"),
    ]
    # No internal ids: neither the model clause's nor the rule's nor the question's.
    notes = " ".join(text for style, text in annotated if style.startswith("Drafting"))
    assert "register-on" not in notes
    assert "has_register" not in notes
    assert not [
        line for line in clean if line[0].startswith("Drafting") or line[1] == "DRAFTING NOTES"
    ]
    # Zambian SIs carry no explanatory note (Zambia review M18).
    assert ("Note Heading", "EXPLANATORY NOTE") not in clean


def test_zambian_form_act_line_above_title_signature_after_the_last_schedule(mini):
    got = lines(render(mini, "ZM", model="b"))

    assert [style for style, _ in got[:4]] == [
        "Cover Line",
        "Number Line",
        "Instrument Subtitle",
        "Instrument Title",
    ]
    assert got[2][1] == "The Environmental Management Act, 2011 (Act No. 12 of 2011)"
    signature = [i for i, (style, _) in enumerate(got) if style == "Signature"]
    schedule = max(i for i, (style, _) in enumerate(got) if style.startswith("Schedule"))
    assert signature
    assert min(signature) > schedule, "the signature closes the last schedule"
    assert [got[i][1] for i in signature][-2:] == [
        "Minister of Green Economy and Environment",
        "[___/___/___]",
    ]


def test_word_properties_name_the_ministry_not_the_tool(mini):
    properties = render(mini, "RW", "fr").core_properties

    assert properties.author == properties.last_modified_by == "Ministère de l'Environnement"
    assert properties.comments == properties.keywords == ""
    assert properties.language.startswith("fr")
    values = [getattr(properties, name) for name in dir(properties) if not name.startswith("_")]
    assert not [
        v for v in values if isinstance(v, str) and ("python-docx" in v or "generated" in v)
    ]


def test_what_follows_a_closing_table_starts_on_a_new_page(mini):
    # Rwanda: the signature precedes the schedules, so the last schedule's table is followed
    # by the drafting notes, which open a new page.
    document = render(mini, "RW", "en", model="b")

    body = list(document.element.body.iterchildren())
    table = next(i for i, e in enumerate(body) if e.tag.endswith("}tbl"))
    following = body[table + 1]
    assert following.tag.endswith("}p")
    assert 'w:type="page"' in following.xml, "the break after the table opens the next page"
    # The columns share the width by what they hold: the year column is the narrow one.
    grid = document.tables[0]
    assert grid.columns[0].cells[0].width < grid.columns[1].cells[0].width


def test_zambian_headings_are_marginal_notes_beside_their_provisions(mini):
    document = render(mini, "ZM")

    heading = next(p for p in document.paragraphs if p.style.name == "Provision Heading")
    frame = heading._p.pPr.find(qn("w:framePr"))
    assert frame is not None
    assert (frame.get(qn("w:hAnchor")), frame.get(qn("w:vAnchor"))) == ("page", "text")
    # The frame sits in the widened left margin, clear of the text column.
    section = document.sections[0]
    right_edge = int(frame.get(qn("w:x"))) + int(frame.get(qn("w:w")))
    assert right_edge * 635 < section.left_margin  # twips to EMU
    # Rwanda keeps its headings in the text column.
    rwanda = render(mini, "RW", "en")
    assert all(
        p._p.pPr.find(qn("w:framePr")) is None
        for p in rwanda.paragraphs
        if p.style.name == "Provision Heading"
    )
