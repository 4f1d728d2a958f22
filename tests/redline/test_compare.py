"""Word redlines of real pairs: our ZM, PY and RW drafts edited, and a typed by-law."""

from __future__ import annotations

import copy
import io
import zipfile

import docx as python_docx
import pytest

from drafting.model import Instrument, TableBlock
from drafting.redline import accepted_paragraphs, redline_docx, rejected_paragraphs
from tests.checker.edits import edit_table, find_text, retext
from tests.checker.typist import load_bylaw, type_docx
from tests.factories import make_example
from tests.redline.conftest import (
    AUTHOR,
    DATE,
    NS,
    NUMBER,
    changed_words,
    document_xml,
    docx,
    new_section,
    paragraphs,
    revisions,
    whole_paragraphs,
    with_move,
    with_section,
)

DEALERS = new_section(
    "Duty of care for dealers",
    "Every dealer in used electrical and electronic equipment shall keep a record of the "
    "equipment it sells.",
)


@pytest.fixture(scope="module")
def zm(library) -> Instrument:
    return make_example(library, "ZM")


@pytest.fixture(scope="module")
def zm_docx(zm) -> bytes:
    return docx(zm)


@pytest.fixture(scope="module")
def inserted(library, zm, zm_docx) -> tuple[bytes, bytes, bytes]:
    new = docx(with_section(zm, library, DEALERS, part=0, at=1))
    return zm_docx, new, redline_docx(zm_docx, new, author=AUTHOR, date=DATE)


@pytest.fixture(scope="module")
def moved(library, zm, zm_docx) -> tuple[bytes, bytes, bytes]:
    part = zm.body[1]
    new = docx(with_move(zm, library, part=1, source=0, target=len(part.children) - 1))
    return zm_docx, new, redline_docx(zm_docx, new, author=AUTHOR, date=DATE)


@pytest.fixture(scope="module")
def worded(zm, zm_docx) -> tuple[bytes, bytes, bytes]:
    eid = find_text(zm, "within thirty days after the")
    new = docx(retext(zm, eid, "within thirty days after the", "within sixty days after the"))
    return zm_docx, new, redline_docx(zm_docx, new, author=AUTHOR, date=DATE)


@pytest.fixture(scope="module")
def table_cell(library) -> tuple[bytes, bytes, bytes]:
    py = make_example(library, "PY")
    old = docx(py)
    new = docx(edit_table(py, 1, 0, 1, "6\xa0%"))
    return old, new, redline_docx(old, new, author=AUTHOR, date=DATE)


@pytest.fixture(scope="module")
def rw_fr(library) -> tuple[bytes, bytes, bytes]:
    rw = make_example(library, "RW", "fr")
    section = new_section("Registre des vendeurs", "Tout vendeur tient un registre des ventes.")
    edited = with_section(rw, library, section, part=1, at=0)
    old, new = docx(rw), docx(edited)
    return old, new, redline_docx(old, new, author=AUTHOR, date=DATE)


@pytest.fixture(scope="module")
def typed() -> tuple[bytes, bytes, bytes]:
    bylaw = load_bylaw("ethekwini-refuse-removal-2002")
    edited = copy.deepcopy(bylaw)
    sections = [s for s in edited["body"] if s["kind"] == "section"]
    sections[3]["content"][0]["text"] = sections[3]["content"][0]["text"].replace("the", "every", 1)
    edited["body"].remove(sections[5])
    old, new = type_docx(bylaw, styled=False), type_docx(edited, styled=False)
    return old, new, redline_docx(old, new, author=AUTHOR, date=DATE)


PAIRS = ["inserted", "moved", "worded", "table_cell", "rw_fr", "typed"]


@pytest.mark.parametrize("pair", PAIRS)
def test_accepting_all_gives_the_new_text_and_rejecting_all_the_old(request, pair):
    old, new, redline = request.getfixturevalue(pair)

    assert accepted_paragraphs(redline) == paragraphs(new)
    assert rejected_paragraphs(redline) == paragraphs(old)


@pytest.mark.parametrize("pair", PAIRS)
def test_every_revision_has_author_date_and_a_unique_id(request, pair):
    _, _, redline = request.getfixturevalue(pair)
    root = document_xml(redline)

    marks = revisions(root)
    ids = root.xpath(
        "//w:ins/@w:id|//w:del/@w:id|//w:moveFrom/@w:id|//w:moveTo/@w:id"
        "|//w:moveFromRangeStart/@w:id|//w:moveToRangeStart/@w:id|//w:bookmarkStart/@w:id",
        namespaces=NS,
    )

    assert marks
    assert {(m.get(f"{{{NS['w']}}}author"), m.get(f"{{{NS['w']}}}date")) for m in marks} == {
        (AUTHOR, "2026-11-29T12:00:00Z")
    }
    assert len(ids) == len(set(ids))


@pytest.mark.parametrize("pair", PAIRS)
def test_the_redline_is_new_package_opened_by_python_docx_with_tracking_on(request, pair):
    _, new, redline = request.getfixturevalue(pair)

    document = python_docx.Document(io.BytesIO(redline))

    assert document.sections  # the section properties survived, last in the body
    with zipfile.ZipFile(io.BytesIO(redline)) as out, zipfile.ZipFile(io.BytesIO(new)) as src:
        assert out.namelist() == src.namelist()
        for name in src.namelist():
            if name not in ("word/document.xml", "word/settings.xml", "word/styles.xml"):
                assert out.read(name) == src.read(name), name
        assert b"<w:trackRevisions/>" in out.read("word/settings.xml")


def test_one_section_inserted_near_the_top_is_one_insertion_plus_number_changes(inserted):
    _, _, redline = inserted
    root = document_xml(redline)

    assert whole_paragraphs(root, "ins") == [
        "2.\tDuty of care for dealers",
        "Duty of care for dealers",
        "2. Every dealer in used electrical and electronic equipment shall keep a record of "
        "the equipment it sells.",
    ]
    assert whole_paragraphs(root, "del") == []
    words = changed_words(root)
    assert words
    assert all(NUMBER.fullmatch(old) and NUMBER.fullmatch(new) for old, new in words), [
        w for w in words if not (NUMBER.fullmatch(w[0]) and NUMBER.fullmatch(w[1]))
    ]
    assert not root.xpath("//w:moveFrom", namespaces=NS)


def test_a_moved_section_is_a_tracked_move(moved, zm):
    old, _, redline = moved
    root = document_xml(redline)

    sources = root.xpath("//w:moveFromRangeStart/@w:name", namespaces=NS)
    destinations = root.xpath("//w:moveToRangeStart/@w:name", namespaces=NS)
    assert sources
    assert sorted(sources) == sorted(destinations)
    moved_from = whole_paragraphs(root, "moveFrom")
    moved_to = whole_paragraphs(root, "moveTo")
    heading = zm.body[1].children[0].heading
    assert heading in moved_from
    assert moved_to[moved_from.index(heading)] == heading
    start = paragraphs(old).index(heading)  # the section's text, moved as one block
    assert moved_from[1:] == paragraphs(old)[start : start + len(moved_from) - 1]
    assert len(moved_from) == len(moved_to) > 20
    assert whole_paragraphs(root, "ins") == whole_paragraphs(root, "del") == []


def test_word_edits_are_tracked_word_by_word(worded):
    _, _, redline = worded
    root = document_xml(redline)

    assert changed_words(root) == [("thirty", "sixty")]
    assert whole_paragraphs(root, "ins") == whole_paragraphs(root, "del") == []


def test_a_table_cell_change_is_tracked_in_its_cell(table_cell):
    _, _, redline = table_cell
    root = document_xml(redline)

    assert changed_words(root) == [("5", "6")]
    cell = root.xpath("//w:tc[.//w:del]", namespaces=NS)
    assert len(cell) == 1
    assert "".join(cell[0].xpath(".//w:t/text()", namespaces=NS)) == "6\xa0%"


def test_a_typed_regulation_shows_the_dropped_section_deleted(typed):
    old, _, redline = typed
    root = document_xml(redline)

    deleted = whole_paragraphs(root, "del")
    assert deleted
    assert all(text in paragraphs(old) for text in deleted)
    assert ("the", "every") in changed_words(root)


def test_tables_fixture_sanity(library):
    py = make_example(library, "PY")
    table = next(b for b in py.schedules[1].content if isinstance(b, TableBlock))

    assert table.rows[0][1] == "5\xa0%"
