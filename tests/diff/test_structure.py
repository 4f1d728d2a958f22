"""The diff on structural edits: Parts added, removed, renamed or renumbered; Spanish and
French Word files with an article inserted; a clause variant switched; a provision split."""

from __future__ import annotations

from dataclasses import replace

import pytest

from drafting.diff import Change, DraftDiff, Segment, diff_instruments
from drafting.diff.html import heading
from drafting.importer.docx import import_docx
from drafting.library import ClauseLibrary
from drafting.model import Instrument, Provision, ProvisionLevel, Text, plain_text
from drafting.render.docx import render_docx
from tests.diff.conftest import Build

ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV"]


def _counts(diff: DraftDiff) -> dict[str, int]:
    return {k: v for k, v in diff.summary().items() if v}


def _word(instrument: Instrument) -> Instrument:
    """The draft as a reviewer's Word file reads back: no clause ids, no modelled references."""
    return import_docx(render_docx(instrument, drafting_notes=False))


def _numbered(parts: list[Provision]) -> tuple[Provision, ...]:
    return tuple(
        replace(p, num=ROMAN[n], label=f"PART {ROMAN[n]}", eid=f"part_{n + 1}")
        for n, p in enumerate(parts)
    )


def _parts(diff: DraftDiff) -> list[Change]:
    return [c for c in diff.changes if c.unit == "part"]


# --- Parts ------------------------------------------------------------------------------


def test_a_renamed_part_is_one_modified_part(zm: Instrument) -> None:
    body = list(zm.body)
    body[2] = replace(body[2], heading="REGISTRATION OF PRODUCERS")

    diff = diff_instruments(zm, replace(zm, body=tuple(body)))

    assert _counts(diff) == {"modified": 1}
    change = diff.changes[0]
    assert (change.unit, change.old_number, change.new_number) == ("part", "III", "III")
    assert (change.old_eid, change.new_eid, change.heading) == (
        "part_3",
        "part_3",
        "REGISTRATION OF PRODUCERS",
    )
    assert change.substantive
    assert [s for s in change.segments if s.op != "equal"] == [
        Segment(op="delete", text=" AND RESPONSIBILITIES"),
    ]
    assert heading(change) == "Part III: REGISTRATION OF PRODUCERS"


def test_a_part_inserted_is_added_and_the_later_parts_only_renumbered(zm: Instrument) -> None:
    provision = Provision(
        eid="sec_7A",
        level=ProvisionLevel.SECTION,
        num="7A",
        label="7A.",
        heading="Advisory committee",
        content=(Text(text="The Agency shall appoint an advisory committee on e-waste."),),
    )
    part = Provision(
        eid="part_new",
        level=ProvisionLevel.PART,
        num="III",
        label="PART III",
        heading="ADVISORY COMMITTEE",
        children=(provision,),
    )
    new = replace(zm, body=_numbered([*zm.body[:2], part, *zm.body[2:]]))

    diff = diff_instruments(zm, new)

    later = len(zm.body) - 2
    assert _counts(diff) == {"added": 2, "renumbered": later}
    added_part, added_provision = diff.changes[:2]
    assert (added_part.type, added_part.unit, added_part.new_number) == ("added", "part", "III")
    assert added_part.segments == (Segment(op="insert", text="ADVISORY COMMITTEE"),)
    assert (added_provision.unit, added_provision.new_number) == ("provision", "7A")
    renumbered = _parts(diff)[1:]
    assert [(c.type, c.old_number, c.new_number, c.substantive) for c in renumbered] == [
        ("renumbered", ROMAN[n], ROMAN[n + 1], False) for n in range(2, len(zm.body))
    ]
    assert renumbered[0].heading == "REGISTRATION AND RESPONSIBILITIES OF PRODUCERS"
    # each Part's change comes before its provisions' changes
    assert diff.changes[2].new_eid == "part_4"


def test_a_part_removed_with_its_provisions_kept_is_one_removal(zm: Instrument) -> None:
    body = list(zm.body)
    financing = body.pop(4)
    body[3] = replace(body[3], children=(*body[3].children, *financing.children))

    diff = diff_instruments(zm, replace(zm, body=_numbered(body)))

    assert _counts(diff) == {"removed": 1, "renumbered": len(zm.body) - 5}
    removed = diff.changes[0]
    assert (removed.type, removed.unit, removed.old_number, removed.new_number) == (
        "removed",
        "part",
        "V",
        "",
    )
    assert removed.segments == (Segment(op="delete", text="FINANCING"),)
    assert [(c.old_number, c.new_number) for c in diff.changes[1:]] == [
        (ROMAN[n], ROMAN[n - 1]) for n in range(5, len(zm.body))
    ]


def test_a_part_removed_with_its_provisions_comes_right_before_them(
    zm: Instrument, library: ClauseLibrary
) -> None:
    part = zm.body[3]
    assert part.heading == "PRODUCT REQUIREMENTS"
    body = list(zm.body)
    del body[3]
    new = replace(zm, body=_numbered(body))

    diff = diff_instruments(zm, new, library=library)

    removed = [c for c in diff.changes if c.type == "removed"]
    assert [(c.unit, c.old_number) for c in removed] == [
        ("part", "IV"),
        *[("provision", p.num) for p in part.children],
    ]
    # the Part's removal comes right before its provisions'
    assert diff.changes.index(removed[0]) + 1 == diff.changes.index(removed[1])


def test_an_answer_that_removes_a_part_is_its_cause(
    zm: Instrument, build: Build, library: ClauseLibrary
) -> None:
    new = build("ZM", financial_guarantee=False)

    diff = diff_instruments(zm, new, library=library)

    parts = _parts(diff)
    assert [(c.type, c.old_number, c.new_number, c.heading, c.substantive) for c in parts] == [
        ("removed", "V", "", "FINANCING", True),
        *[
            ("renumbered", ROMAN[n], ROMAN[n - 1], zm.body[n].heading, False)
            for n in range(5, len(zm.body))
        ],
    ]
    assert all([a.question for a in c.cause] == ["financial_guarantee"] for c in parts)
    removed = diff.changes.index(parts[0])
    assert (diff.changes[removed + 1].type, diff.changes[removed + 1].unit) == (
        "removed",
        "provision",
    )


def test_parts_read_from_word_files_are_compared(zm: Instrument) -> None:
    body = list(zm.body)
    body[5] = replace(body[5], heading="COLLECTION AND TARGETS")

    diff = diff_instruments(_word(zm), _word(replace(zm, body=tuple(body))))

    assert [(c.type, c.unit, c.old_number, c.heading) for c in diff.changes] == [
        ("modified", "part", "VI", "COLLECTION AND TARGETS")
    ]


# --- Spanish and French Word files ------------------------------------------------------


@pytest.mark.parametrize(
    ("country", "lang", "heading", "number", "reference"),
    [
        ("PY", None, "Objeto", "1°", ("Artículo 9°", "Artículo 10")),
        ("RW", "fr", "Objet du présent arrêté", "1", ("article 9", "article 10")),
    ],
)
def test_an_article_inserted_in_a_word_file_is_one_addition_and_renumbering(
    build: Build,
    country: str,
    lang: str | None,
    heading: str,
    number: str,
    reference: tuple[str, str],
) -> None:
    old, new = build(country, lang, objects_clause="none"), build(country, lang)

    diff = diff_instruments(_word(old), _word(new))

    counts = _counts(diff)
    assert counts == {"added": 1, "renumbered": counts["renumbered"]}
    assert counts["renumbered"] >= len(old.sections())
    added = diff.changes[0]
    assert (added.type, added.new_number, added.heading) == ("added", number, heading)
    assert [c.id for c in diff.substantive] == [added.id]
    references = {r for c in diff.changes for r in c.references}
    assert reference in references
    following = diff.changes[1]
    assert (following.type, following.substantive) == ("renumbered", False)
    assert (following.old_number, following.new_number) == (
        old.sections()[0].num,
        new.sections()[1].num,
    )


def test_a_french_reference_follows_the_renumbering_after_l_article(build: Build) -> None:
    old, new = build("RW", "fr", objects_clause="none"), build("RW", "fr")

    diff = diff_instruments(_word(old), _word(new))

    followed = [
        c
        for c in diff.changes
        for n in range(len(c.segments) - 2)
        if c.segments[n].text.endswith("de l'article ")
        and c.segments[n + 1 : n + 3]
        == (Segment(op="delete", text="9"), Segment(op="insert", text="10"))
    ]
    assert followed
    assert all(c.type == "renumbered" and not c.substantive for c in followed)


# --- a clause variant switched ----------------------------------------------------------


@pytest.mark.parametrize("country", ["PY", "RW"])
def test_a_switched_variant_is_one_modified_provision(
    build: Build, library: ClauseLibrary, country: str
) -> None:
    lang = "fr" if country == "RW" else None
    old, new = build(country, lang), build(country, lang, objects_clause="objects-and-principles")

    for diff in (
        diff_instruments(old, new, library=library),
        diff_instruments(_word(old), _word(new)),
    ):
        assert _counts(diff) == {"modified": 1}
        change = diff.changes[0]
        assert change.old_number == change.new_number == old.sections()[0].num
        assert change.heading == new.sections()[0].heading
        assert {s.op for s in change.segments} == {"equal", "delete", "insert"}
        kept = "".join(s.text for s in change.segments if s.op != "insert")
        assert kept.startswith(old.sections()[0].heading or "")

    model = diff_instruments(old, new, library=library).changes[0]
    assert model.clause_id == "objects"
    assert [a.question for a in model.cause] == ["objects_clause"]


def test_a_rewritten_provision_on_another_subject_is_not_paired(zm: Instrument) -> None:
    old = _word(zm)
    target = old.sections()[10]
    fees = replace(
        target,
        heading="Fees",
        content=(Text(text="The fees payable under these Regulations are set out below."),),
        children=(),
    )
    parts = tuple(
        replace(p, children=tuple(fees if c.eid == target.eid else c for c in p.children))
        for p in old.body
    )

    diff = diff_instruments(old, replace(old, body=parts))

    assert [(c.type, c.heading) for c in diff.changes] == [
        ("removed", target.heading),
        ("added", "Fees"),
    ]


# --- a provision split in two -----------------------------------------------------------


def _split(instrument: Instrument, eid: str, at: int, heading: str) -> Instrument:
    """Provision `eid` cut after its `at`-th sub-provision; the rest becomes provision
    "<n>A" with `heading`, its sub-provisions numbered from (1)."""
    parts = []
    for part in instrument.body:
        children: list[Provision] = []
        for p in part.children:
            if p.eid != eid:
                children.append(p)
                continue
            rest = tuple(
                replace(c, num=str(n), label=f"({n})") for n, c in enumerate(p.children[at:], 1)
            )
            children.append(replace(p, children=p.children[:at]))
            children.append(
                replace(
                    p,
                    eid=f"{eid}A",
                    num=f"{p.num}A",
                    label=f"{p.num}A.",
                    heading=heading,
                    children=rest,
                    source=None,
                )
            )
        parts.append(replace(part, children=tuple(children)))
    return replace(instrument, body=tuple(parts))


@pytest.mark.parametrize("heading", ["Registration of producers", "Further provisions"])
def test_a_split_provision_is_modified_and_its_second_half_added(
    zm: Instrument, heading: str
) -> None:
    old = _word(zm)
    original = next(p for p in old.sections() if p.eid == "sec_8")
    new = _split(old, "sec_8", 1, heading)

    diff = diff_instruments(old, new)

    assert _counts(diff) == {"modified": 1, "added": 1}
    modified, added = diff.changes
    assert (modified.type, modified.old_number, modified.new_number) == ("modified", "8", "8")
    assert (added.type, added.new_number, added.heading) == ("added", "8A", heading)
    second = plain_text(original.children[1].content)
    assert second in added.segments[0].text
    assert [s.text for s in modified.segments if s.op == "insert"] == []
    assert second in "".join(s.text for s in modified.segments if s.op == "delete")


def test_two_provisions_merged_keep_the_first_and_remove_the_second(zm: Instrument) -> None:
    whole = _word(zm)
    split = _split(whole, "sec_13", 1, "Take-back by distributors")

    diff = diff_instruments(split, whole)

    assert _counts(diff) == {"modified": 1, "removed": 1}
    modified, removed = diff.changes
    assert (modified.old_number, modified.new_number) == ("13", "13")
    assert (removed.type, removed.old_number) == ("removed", "13A")
