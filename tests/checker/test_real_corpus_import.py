"""The three real South African by-laws of `../shared/corpus/real`, typed into Word as a
drafter would type them (`tests/checker/typist.py`), import with exactly the sections and
definitions their publisher counts, each section with its heading and its numbered
sub-provisions and paragraphs in the by-law's order."""

from __future__ import annotations

import io
import zipfile
from collections.abc import Mapping
from functools import cache
from typing import Any

import pytest

from drafting.checker.document import build
from drafting.importer.docx import import_docx
from drafting.model import Instrument, Provision, plain_text
from tests.checker.typist import BYLAWS, load_bylaw, sections, type_docx

FORMS = [
    pytest.param(False, False, id="plain"),
    pytest.param(True, False, id="styled"),
    pytest.param(False, True, id="plain-autonumber"),
    pytest.param(True, True, id="styled-autonumber"),
]


def printed_outline(bylaw: Mapping[str, Any]) -> list[tuple[str, str | None, list[str]]]:
    """Each section as the by-law prints it: number, heading, and the numbers of its
    sub-provisions, paragraphs and sub-paragraphs in order (remarks left out)."""

    def labels(nodes: list[Mapping[str, Any]]) -> list[str]:
        out: list[str] = []
        for node in nodes:
            if node["kind"] == "remark":
                continue
            if node.get("num"):
                out.append(node["num"])
            out.extend(labels(node.get("children") or []))
        return out

    return [(s["num"], s["heading"], labels(s["content"])) for s in sections(bylaw)]


def imported_outline(instrument: Instrument) -> list[tuple[str, str | None, list[str]]]:
    def labels(provision: Provision) -> list[str]:
        out: list[str] = []
        for child in provision.children:
            if child.label and child.definition is None:
                out.append(child.label)
            out.extend(labels(child))
        return out

    return [(s.num, s.heading, labels(s)) for s in instrument.sections()]


def defined_terms(bylaw: Mapping[str, Any]) -> list[str]:
    terms: list[str] = []

    def walk(nodes: list[Mapping[str, Any]]) -> None:
        for node in nodes:
            if node.get("definition_term"):
                terms.append(node["definition_term"].strip())
            walk(node.get("children") or [])

    for section in sections(bylaw):
        walk(section["content"])
    return terms


@pytest.fixture(scope="module", params=BYLAWS)
def bylaw(request: pytest.FixtureRequest) -> dict[str, Any]:
    return load_bylaw(request.param)


@cache
def typed(title: str, styled: bool, autonumber: bool) -> Instrument:
    """The by-law titled `title`, typed once per form and imported."""
    bylaw = next(b for b in map(load_bylaw, BYLAWS) if b["title"] == title)
    return import_docx(type_docx(bylaw, styled, autonumber))


@pytest.mark.parametrize(("styled", "autonumber"), FORMS)
def test_sections_and_definitions_as_counted(bylaw, styled, autonumber):
    doc = build(typed(bylaw["title"], styled, autonumber))

    assert len(doc.sections) == bylaw["stats"]["sections"]
    assert len(doc.definitions) == bylaw["stats"]["definitions"]


@pytest.mark.parametrize(("styled", "autonumber"), FORMS)
def test_every_section_keeps_its_heading_and_numbering(bylaw, styled, autonumber):
    imported = typed(bylaw["title"], styled, autonumber)

    assert imported_outline(imported) == printed_outline(bylaw)
    assert [d.term for d in build(imported).definitions] == defined_terms(bylaw)


@pytest.mark.parametrize(("styled", "autonumber"), FORMS)
def test_chapters_schedules_title_and_preface(bylaw, styled, autonumber):
    imported = typed(bylaw["title"], styled, autonumber)

    chapters = [b for b in bylaw["body"] if b["kind"] != "section"]
    parts = [p for p in imported.body if p.level.value == "part"]
    assert [(p.num, (p.heading or "").casefold()) for p in parts] == [
        (c["num"], c["heading"].casefold()) for c in chapters
    ]
    assert [(s.num, s.heading) for s in imported.schedules] == [
        (s["num"], s["heading"]) for s in bylaw["schedules"]
    ]
    assert imported.title == bylaw["title"]
    assert [plain_text(i.content) for i in imported.preamble] == bylaw["preface"]
    assert (imported.language, imported.instrument_type) == ("en", "by-law")


def test_recitals_are_kept_for_the_enabling_law_checks():
    imported = typed(load_bylaw(BYLAWS[2])["title"], False, False)

    (recital,) = imported.preamble
    assert recital.role == "recital"
    assert "section 13(a) of the Local Government" in plain_text(recital.content)


def test_schedule_rows_typed_as_a_table_stay_a_table():
    bylaw = load_bylaw(BYLAWS[0])

    imported = typed(bylaw["title"], True, False)

    fines = imported.schedules[1]
    (table,) = fines.content
    assert table.columns == ("Section", "Offence", "Fine")  # type: ignore[union-attr]
    assert len(table.rows) == len(bylaw["schedules"][1]["text_lines"]) - 1  # type: ignore[union-attr]


@pytest.mark.parametrize("styled", [False, True], ids=["plain", "styled"])
def test_autonumbered_documents_really_use_word_numbering(bylaw, styled):
    data = type_docx(bylaw, styled, autonumber=True)

    with zipfile.ZipFile(io.BytesIO(data)) as package:
        document = package.read("word/document.xml").decode("utf-8")
    assert document.count('<w:numId w:val="90"/>') == bylaw["stats"]["sections"]
    first = next(sections(bylaw))
    assert f">{first['num']}. " not in document, "section numbers are not typed"
