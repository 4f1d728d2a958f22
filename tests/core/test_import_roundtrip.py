"""Our own Word output imported back gives the structure and text it was built from."""

from __future__ import annotations

import pytest

from drafting.answers import validate_answers
from drafting.assemble import assemble
from drafting.errors import Code, DocxImportError
from drafting.importer.docx import import_docx
from drafting.model import Instrument, Provision, TableBlock, plain_text
from drafting.render.docx import render_docx
from tests.factories import make_example


def outline(instrument: Instrument):
    """Everything a reader sees of the structure and text, as plain values."""

    def provision(p: Provision):
        definition = p.definition.label if p.definition else None
        return (
            p.level.value,
            p.num if p.definition is None else p.label,
            p.label,
            p.heading,
            definition,
            plain_text(p.content),
            plain_text(p.after),
            tuple(provision(c) for c in p.children),
        )

    parts = tuple(
        (p.label, (p.heading or "").casefold(), tuple(provision(s) for s in p.children))
        for p in instrument.body
    )
    schedules = tuple(
        (
            s.label,
            s.referred_by,
            s.heading.casefold(),
            tuple(
                (c.columns, c.rows) if isinstance(c, TableBlock) else plain_text(c.content)
                for c in s.content
            ),
        )
        for s in instrument.schedules
    )
    return parts, schedules


_example = make_example


@pytest.mark.parametrize(
    ("country", "lang"), [("ZM", "en"), ("RW", "en"), ("RW", "fr"), ("PY", "es")]
)
def test_own_output_round_trips(library, country, lang):
    instrument = _example(library, country, lang)

    imported = import_docx(render_docx(instrument))

    expected_parts, expected_schedules = outline(instrument)
    got_parts, got_schedules = outline(imported)
    for expected, got in zip(expected_parts, got_parts, strict=True):
        assert got[:2] == expected[:2]
        for want, have in zip(expected[2], got[2], strict=True):
            assert have == want
    assert got_schedules == expected_schedules
    assert [s.eid for s in imported.sections()] == [s.eid for s in instrument.sections()]


@pytest.mark.parametrize(("country", "lang"), [("ZM", "en"), ("RW", "fr"), ("PY", "es")])
def test_mini_round_trips_with_every_level(mini, country, lang):
    profile = mini.profile(country)
    instrument = assemble(
        mini, profile, validate_answers(mini, profile, {"model": "b"}, lang), lang
    )

    imported = import_docx(render_docx(instrument))

    assert outline(imported) == outline(instrument)


def test_unreadable_file():
    with pytest.raises(DocxImportError) as exc:
        import_docx(b"%PDF-1.7 not a Word file")

    assert exc.value.code is Code.UNREADABLE_DOCX
