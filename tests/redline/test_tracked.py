"""Tracked-change primitives on single paragraphs: exact XML, and both sides read back."""

from __future__ import annotations

import itertools
from datetime import UTC, datetime, timedelta, timezone

import pytest
from lxml import etree

from drafting.importer.ooxml import W
from drafting.redline.review import accept_all, reject_all
from drafting.redline.tracked import (
    iso_date,
    mark_deleted,
    mark_inserted,
    mark_moved,
    revision_ids,
    substitute,
    visible_text,
)

DATE = datetime(2026, 11, 29, 12, 0, tzinfo=UTC)
NS = {"w": W}


def paragraph(body: str) -> etree._Element:
    return etree.fromstring(f'<w:p xmlns:w="{W}">{body}</w:p>')


def sides(p: etree._Element) -> tuple[str, str]:
    """The paragraph's text after Accept All and after Reject All."""
    return visible_text(accept_all(p)), visible_text(reject_all(p))


def texts(p: etree._Element, path: str) -> list[str]:
    return [e.text for e in p.xpath(path, namespaces=NS)]


BOLD_THEN_PLAIN = (
    "<w:pPr><w:pStyle w:val='ProvisionText'/></w:pPr>"
    "<w:r><w:rPr><w:b/></w:rPr><w:t>7. </w:t></w:r>"
    "<w:r><w:t xml:space='preserve'>A producer shall register within 30 days.</w:t></w:r>"
)


def test_a_word_replaced_inside_a_run_is_a_deletion_then_an_insertion():
    p = paragraph(BOLD_THEN_PLAIN)

    substitute(p, [(36, 38, "60")], author="Reviewer", date=DATE, ids=itertools.count(1))

    assert texts(p, "//w:del/w:r/w:delText") == ["30"]
    assert texts(p, "//w:ins/w:r/w:t") == ["60"]
    assert texts(p, "/w:p/w:r/w:t") == ["7. ", "A producer shall register within ", " days."]
    assert [e.tag.split("}")[1] for e in p if e.tag != f"{{{W}}}pPr"] == [
        "r",
        "r",
        "del",
        "ins",
        "r",
    ]
    assert sides(p) == (
        "7. A producer shall register within 60 days.",
        "7. A producer shall register within 30 days.",
    )


def test_revisions_carry_author_date_and_fresh_ids():
    p = paragraph(BOLD_THEN_PLAIN)

    substitute(p, [(0, 1, "8"), (5, 5, "new ")], author="Ana", date=DATE, ids=itertools.count(40))

    marks = p.xpath("//w:ins|//w:del", namespaces=NS)
    assert sorted(int(m.get(f"{{{W}}}id")) for m in marks) == [40, 41, 42]
    assert {(m.get(f"{{{W}}}author"), m.get(f"{{{W}}}date")) for m in marks} == {
        ("Ana", "2026-11-29T12:00:00Z")
    }
    assert sides(p) == (
        "8. A new producer shall register within 30 days.",
        "7. A producer shall register within 30 days.",
    )


def test_the_insertion_copies_the_formatting_of_the_run_where_the_edit_starts():
    p = paragraph(BOLD_THEN_PLAIN)

    substitute(p, [(0, 1, "12")], author="A", date=DATE, ids=itertools.count(1))

    inserted = p.xpath("//w:ins/w:r", namespaces=NS)[0]
    assert etree.tostring(inserted.find(f"{{{W}}}rPr")) == etree.tostring(
        etree.fromstring(f'<w:rPr xmlns:w="{W}"><w:b/></w:rPr>')
    )
    assert sides(p)[0] == "12. A producer shall register within 30 days."


def test_an_edit_across_runs_deletes_pieces_of_both():
    p = paragraph(BOLD_THEN_PLAIN)

    substitute(p, [(1, 5, ".- Un ")], author="A", date=DATE, ids=itertools.count(1))

    assert texts(p, "//w:del/w:r/w:delText") == [". ", "A "]
    assert len(p.xpath("//w:del", namespaces=NS)) == 1  # adjacent runs share one deletion
    assert sides(p) == (
        "7.- Un producer shall register within 30 days.",
        "7. A producer shall register within 30 days.",
    )


def test_insertion_at_the_end_and_at_the_start():
    p = paragraph(BOLD_THEN_PLAIN)
    end = len(visible_text(p))

    substitute(p, [(0, 0, "["), (end, end, "]")], author="A", date=DATE, ids=itertools.count(1))

    assert sides(p)[0] == "[7. A producer shall register within 30 days.]"
    assert p[-1].tag == f"{{{W}}}ins"


def test_text_in_hyperlinks_and_insertions_counts_and_deleted_text_does_not():
    p = paragraph(
        "<w:r><w:t xml:space='preserve'>See </w:t></w:r>"
        "<w:hyperlink w:anchor='sec_4'><w:r><w:t>regulation 4</w:t></w:r></w:hyperlink>"
        "<w:del w:id='3' w:author='X' w:date='2025-01-01T00:00:00Z'>"
        "<w:r><w:delText> (old)</w:delText></w:r></w:del>"
        "<w:r><w:tab/><w:t>and</w:t></w:r>"
    )
    assert visible_text(p) == "See regulation 4\tand"

    substitute(p, [(15, 16, "5"), (16, 17, " ")], author="A", date=DATE, ids=revision_ids(p))

    assert visible_text(accept_all(p)) == "See regulation 5 and"
    assert visible_text(reject_all(p)) == "See regulation 4 (old)\tand"
    assert texts(p, "//w:hyperlink/w:ins/w:r/w:t") == ["5"]
    assert int(p.xpath("//w:ins", namespaces=NS)[0].get(f"{{{W}}}id")) > 3


def test_replacement_tabs_and_line_breaks_become_elements():
    p = paragraph("<w:r><w:t>ab</w:t></w:r>")

    substitute(p, [(1, 1, "\tx\ny")], author="A", date=DATE, ids=itertools.count(1))

    run = p.xpath("//w:ins/w:r", namespaces=NS)[0]
    assert [c.tag.split("}")[1] for c in run] == ["tab", "t", "br", "t"]
    assert sides(p) == ("a\tx\nyb", "ab")


def test_insertion_into_an_empty_paragraph():
    p = paragraph("<w:pPr><w:pStyle w:val='Normal'/></w:pPr>")

    substitute(p, [(0, 0, "Text")], author="A", date=DATE, ids=itertools.count(1))

    assert sides(p) == ("Text", "")


@pytest.mark.parametrize("edits", [[(0, 5, "x"), (4, 6, "y")], [(3, 2, "")], [(0, 99, "")]])
def test_overlapping_or_out_of_range_edits_are_refused(edits):
    p = paragraph(BOLD_THEN_PLAIN)

    with pytest.raises(ValueError, match="overlaps another or lies outside"):
        substitute(p, edits, author="A", date=DATE, ids=itertools.count(1))


def body(*paragraphs: etree._Element) -> etree._Element:
    root = etree.fromstring(f'<w:body xmlns:w="{W}"/>')
    root.extend(paragraphs)
    return root


def body_texts(root: etree._Element) -> list[str]:
    return [visible_text(p) for p in root.iter(f"{{{W}}}p")]


def test_a_paragraph_marked_inserted_disappears_on_reject_with_its_mark():
    first, added, last = (paragraph(f"<w:r><w:t>{t}</w:t></w:r>") for t in ("One", "Two", "Three"))
    mark_inserted(added, author="A", date=DATE, ids=itertools.count(1))
    root = body(first, added, last)

    assert body_texts(accept_all(root)) == ["One", "Two", "Three"]
    assert body_texts(reject_all(root)) == ["One", "Three"]
    assert added.xpath("w:pPr/w:rPr/w:ins/@w:author", namespaces=NS) == ["A"]


def test_a_paragraph_marked_deleted_disappears_on_accept_with_its_mark():
    first, gone, last = (paragraph(f"<w:r><w:t>{t}</w:t></w:r>") for t in ("One", "Two", "Three"))
    mark_deleted(gone, author="A", date=DATE, ids=itertools.count(1))
    root = body(first, gone, last)

    assert body_texts(accept_all(root)) == ["One", "Three"]
    assert body_texts(reject_all(root)) == ["One", "Two", "Three"]
    assert texts(gone, "//w:delText") == ["Two"]


def test_a_moved_block_shares_its_name_between_source_and_destination():
    a, b, c, d = (paragraph(f"<w:r><w:t>{t}</w:t></w:r>") for t in ("A", "B", "C", "D"))
    b_copy, c_copy = (paragraph(f"<w:r><w:t>{t}</w:t></w:r>") for t in ("B", "C"))
    ids = itertools.count(1)
    mark_moved([b, c], direction="from", name="move1", author="A", date=DATE, ids=ids)
    mark_moved([b_copy, c_copy], direction="to", name="move1", author="A", date=DATE, ids=ids)
    root = body(a, b, c, d, b_copy, c_copy)

    assert body_texts(accept_all(root)) == ["A", "D", "B", "C"]
    assert body_texts(reject_all(root)) == ["A", "B", "C", "D"]
    start = root.xpath("//w:moveFromRangeStart", namespaces=NS)[0]
    end = root.xpath("//w:moveFromRangeEnd", namespaces=NS)[0]
    assert (
        start.get(f"{{{W}}}name")
        == "move1"
        == root.xpath("//w:moveToRangeStart/@w:name", namespaces=NS)[0]
    )
    assert start.get(f"{{{W}}}id") == end.get(f"{{{W}}}id")
    assert end.getparent() is c
    assert texts(root, "//w:moveFrom/w:r/w:t") == ["B", "C"]
    ids_used = root.xpath("//@w:id", namespaces=NS)
    assert len(ids_used) == len(set(ids_used)) + 2  # range ends repeat their start's id


def test_revision_ids_start_above_every_id_in_use():
    root = body(paragraph("<w:bookmarkStart w:id='17' w:name='x'/><w:bookmarkEnd w:id='17'/>"))

    assert next(revision_ids(root)) == 18


def test_dates_are_written_in_utc_without_fractions():
    plus_two = timezone(timedelta(hours=2))

    assert iso_date(datetime(2026, 11, 29, 14, 0, 5, 999, tzinfo=plus_two)) == (
        "2026-11-29T12:00:05Z"
    )
    assert iso_date(datetime(2026, 11, 29, 12, 0)) == "2026-11-29T12:00:00Z"
