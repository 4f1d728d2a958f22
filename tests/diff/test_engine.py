"""The diff engine on known pairs of drafts: the exact changes each edit makes."""

from __future__ import annotations

from dataclasses import replace

from drafting.diff import Segment, align, diff_instruments
from drafting.library import ClauseLibrary
from drafting.model import Instrument, Provision, ProvisionLevel, Text
from tests.checker.edits import edit_table, retext
from tests.diff.conftest import Build


def _counts(diff_summary: dict[str, int]) -> dict[str, int]:
    return {k: v for k, v in diff_summary.items() if v}


def _move(instrument: Instrument, eid: str, after: str) -> Instrument:
    """The provision `eid` taken out and put back after provision `after`, numbers kept."""
    moving = next(p for p in instrument.sections() if p.eid == eid)
    parts = []
    for part in instrument.body:
        children: list[Provision] = []
        for child in part.children:
            if child.eid != eid:
                children.append(child)
            if child.eid == after:
                children.append(moving)
        parts.append(replace(part, children=tuple(children)))
    return replace(instrument, body=tuple(parts))


def test_identical_drafts_have_no_changes(zm: Instrument, library: ClauseLibrary) -> None:
    diff = diff_instruments(zm, zm, library=library)

    assert diff.changes == ()
    assert diff.answers == ()


def test_a_provision_inserted_near_the_top_is_one_addition_and_renumbering(
    zm: Instrument, build: Build, library: ClauseLibrary
) -> None:
    new = build("ZM", objects_clause="purpose")

    diff = diff_instruments(zm, new, library=library)

    sections = len(zm.sections())
    # every provision after the new regulation 2 moves up one, and both schedules cite
    # regulations by their new numbers
    assert _counts(diff.summary()) == {"added": 1, "renumbered": sections - 1 + 2}
    added = diff.changes[0]
    assert (added.type, added.new_number, added.clause_id) == ("added", "2", "objects")
    assert [a.question for a in added.cause] == ["objects_clause"]
    assert all(not c.substantive for c in diff.changes[1:])
    application = next(c for c in diff.changes if c.clause_id == "scope")
    assert (application.old_number, application.new_number) == ("3", "4")
    assert application.references == (("regulation 4", "regulation 5"),)
    assert [a.question for a in application.cause] == ["objects_clause"]


def test_insertion_read_from_word_files_is_one_addition_and_renumbering(
    zm: Instrument, build: Build
) -> None:
    from drafting.importer.docx import import_docx
    from drafting.render.docx import render_docx

    old = import_docx(render_docx(zm, drafting_notes=False))
    new = import_docx(render_docx(build("ZM", objects_clause="purpose"), drafting_notes=False))

    diff = diff_instruments(old, new)

    counts = _counts(diff.summary())
    assert counts == {"added": 1, "renumbered": counts["renumbered"]}
    assert counts["renumbered"] >= len(zm.sections()) - 1
    application = next(c for c in diff.changes if c.heading == "Application")
    assert application.references == (("regulation 4", "regulation 5"),)
    assert not application.substantive


def test_a_moved_provision_is_one_move(zm: Instrument) -> None:
    new = _move(zm, "sec_30", after="sec_3")

    diff = diff_instruments(zm, new)

    assert _counts(diff.summary()) == {"moved": 1}
    change = diff.changes[0]
    assert (change.type, change.old_number, change.new_number) == ("moved", "30", "30")
    assert change.clause_id == zm.sections()[29].source
    assert change.segments == ()


def test_word_edits_are_one_modification_with_exact_segments(zm: Instrument) -> None:
    new = retext(zm, "sec_8__subsec_1", "shall not place", "must not place")

    diff = diff_instruments(zm, new)

    assert _counts(diff.summary()) == {"modified": 1}
    change = diff.changes[0]
    assert (change.old_number, change.new_number, change.substantive) == ("8", "8", True)
    edits = [s for s in change.segments if s.op != "equal"]
    assert edits == [Segment(op="delete", text="shall"), Segment(op="insert", text="must")]
    assert "".join(s.text for s in change.segments if s.op != "insert").startswith(
        "Registration of producers\n(1) A producer shall not place"
    )


def test_a_parameter_change_names_its_answer(
    zm: Instrument, build: Build, library: ClauseLibrary
) -> None:
    new = build("ZM", registration_deadline_months=9)

    diff = diff_instruments(zm, new, library=library)

    assert _counts(diff.summary()) == {"parameter": 2}
    assert [(c.new_number, c.detail["old"], c.detail["new"]) for c in diff.changes] == [
        ("8", "six months", "nine months"),
        ("9", "six months", "nine months"),
    ]
    change = diff.changes[0]
    assert change.detail["name"] == "registration_months"
    assert change.detail["label"] == (
        "Months within which existing producers must register: six months -> nine months"
    )
    assert [a.question for a in change.cause] == ["registration_deadline_months"]
    assert [(a.old, a.new) for a in diff.answers] == [("6", "9")]


def test_a_collection_target_is_a_parameter_change_of_its_schedule(
    rw_en: Instrument, build: Build, library: ClauseLibrary
) -> None:
    targets = [
        {"year": 2029, "percent": 25},
        {"year": 2031, "percent": 40},
        {"year": 2033, "percent": 45},
    ]
    new = build("RW", "en", collection_targets=targets)

    diff = diff_instruments(rw_en, new, library=library)

    assert _counts(diff.summary()) == {"parameter": 1}
    change = diff.changes[0]
    assert change.unit == "schedule"
    assert change.detail["label"] == "Minimum collection rate 2031: 35 per cent -> 40 per cent"
    assert (change.detail["row"], change.detail["column"]) == ("2031", "Minimum collection rate")
    assert [a.question for a in change.cause] == ["collection_targets"]


def test_a_definition_change_is_a_definition_unit(zm: Instrument) -> None:
    definition = next(c for c in zm.sections()[1].children if c.definition is not None)
    assert definition.definition is not None
    words = "".join(i.text for i in definition.content)
    new = retext(zm, definition.eid, words, words.replace(" means ", " includes "))

    diff = diff_instruments(zm, new)

    assert _counts(diff.summary()) == {"definition": 1}
    change = diff.changes[0]
    assert (change.unit, change.old_eid, change.new_eid) == (
        "definition",
        definition.eid,
        definition.eid,
    )
    assert change.detail == {"term": definition.definition.label, "change": "modified"}
    assert [s for s in change.segments if s.op != "equal"] == [
        Segment(op="delete", text="means"),
        Segment(op="insert", text="includes"),
    ]


def test_a_schedule_cell_change_is_one_table_cell(zm: Instrument) -> None:
    new = edit_table(zm, 0, 2, 1, "Lamps and luminaires")

    diff = diff_instruments(zm, new)

    assert _counts(diff.summary()) == {"table-cell": 1}
    assert dict(diff.changes[0].detail) == {
        "schedule": "FIRST SCHEDULE",
        "row": "3",
        "column": "Category",
        "old": "Lamps",
        "new": "Lamps and luminaires",
    }


def test_a_removed_table_row_is_a_cell_change_without_new(zm: Instrument) -> None:
    schedule = zm.schedules[0]
    table = schedule.content[0]
    assert not isinstance(table, Provision)
    shorter = replace(table, rows=table.rows[:-1])
    new = replace(
        zm,
        schedules=(replace(schedule, content=(shorter, *schedule.content[1:])), *zm.schedules[1:]),
    )

    diff = diff_instruments(zm, new)

    assert [(c.type, c.detail["new"]) for c in diff.changes] == [("table-cell", None)]
    assert diff.changes[0].detail["old"] == " | ".join(table.rows[-1])


def test_every_substantive_change_between_our_drafts_names_an_answer(
    zm: Instrument, build: Build, library: ClauseLibrary
) -> None:
    new = build("ZM", refurbisher_registration=False, epr_model="individual")

    diff = diff_instruments(zm, new, library=library)

    assert {"removed", "modified", "definition"} <= {c.type for c in diff.substantive}
    assert [c.id for c in diff.substantive if not c.cause] == []


def test_a_removal_is_the_mirror_of_an_addition(zm: Instrument, build: Build) -> None:
    new = build("ZM", objects_clause="purpose")

    forward, backward = diff_instruments(zm, new), diff_instruments(new, zm)

    assert [c.segments for c in forward.changes if c.type == "added"] == [
        tuple(Segment(op="insert", text=s.text) for s in c.segments)
        for c in backward.changes
        if c.type == "removed"
    ]


def test_our_word_output_reimported_has_no_substantive_change(
    zm: Instrument, py: Instrument, rw_en: Instrument
) -> None:
    from drafting.importer.docx import import_docx
    from drafting.render.docx import render_docx

    for draft in (zm, py, rw_en):
        imported = import_docx(render_docx(draft))

        diff = diff_instruments(draft, imported)

        assert [(c.type, c.heading) for c in diff.substantive] == []


def test_align_pairs_by_clause_id_then_by_text(zm: Instrument) -> None:
    inserted = Provision(
        eid="sec_x",
        level=ProvisionLevel.SECTION,
        num="2",
        label="2.",
        heading="Something new",
        content=(Text(text="An entirely new provision about nothing else."),),
    )
    stripped = tuple(replace(p, source=None) for p in zm.sections())
    part = replace(zm.body[0], children=(stripped[0], inserted, *stripped[1:]))
    new = replace(zm, body=(part,))

    pairs = align(zm, new)

    assert pairs[1] == (None, inserted)
    assert [(o.eid if o else None, n.eid if n else None) for o, n in pairs[:3]] == [
        ("sec_1", "sec_1"),
        (None, "sec_x"),
        ("sec_2", "sec_2"),
    ]
    assert len(pairs) == len(zm.sections()) + 1
