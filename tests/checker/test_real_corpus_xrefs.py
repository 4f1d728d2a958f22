"""The checker on three real South African by-laws typed into Word (tests/checker/typist):
it reads their cross-references, reports those that really dangle in the published text,
and raises no alarm on the ones that resolve or cite other laws."""

from __future__ import annotations

import pytest

from drafting.checker import check
from drafting.checker.document import build
from drafting.checker.structure import document_references
from drafting.importer.docx import import_docx
from tests.checker.typist import BYLAWS, load_bylaw, type_docx

# What dangles in the published text, read by hand against the by-laws' own numbering:
# - Johannesburg: section 7(6) has no paragraphs, yet sections 8(1), 9(1) and 10 cite
#   "section 7(6)(a)" and 7(7)(b) cites "subsection (6)(b)";
# - Cape Town, Schedule 2 (the fines table): "Section 12(b)", where section 12's
#   paragraph (b) sits in subsection (1): the reference should read 12(1)(b).
DANGLING = {
    "cape-town-integrated-waste-management-2009": {("XREF002", "SCHEDULE 2", "Section 12(b)")},
    "ethekwini-refuse-removal-2002": set(),
    "johannesburg-air-pollution-control-2011": {
        ("XREF002", "7(7)(b)", "subsection (6)(b)"),
        ("XREF002", "8(1)", "section 7(6)(a)"),
        ("XREF002", "9(1)", "section 7(6)(a)"),
        ("XREF002", "10", "section 7(6)(a)"),
    },
}
FORMS = [
    pytest.param(False, False, id="plain"),
    pytest.param(True, False, id="styled"),
    pytest.param(False, True, id="plain-autonumber"),
]


@pytest.mark.parametrize("name", BYLAWS)
@pytest.mark.parametrize(("styled", "autonumber"), FORMS)
def test_dangling_references_and_no_false_alarm(name: str, styled: bool, autonumber: bool) -> None:
    instrument = import_docx(type_docx(load_bylaw(name), styled, autonumber))
    report = check(instrument)
    found = {
        (
            f.rule,
            f.provision.upper() if f.provision.lower().startswith("sched") else f.provision,
            f.message.split("”")[0].lstrip("“"),
        )
        for f in report.findings
        if f.category == "broken-cross-reference"
    }
    assert found == DANGLING[name]


@pytest.mark.parametrize("name", BYLAWS)
def test_every_counted_reference_is_read(name: str) -> None:
    """At least as many references as the publisher counts in the body (section,
    subsection and schedule references, those to other laws included)."""
    bylaw = load_bylaw(name)
    doc = build(import_docx(type_docx(bylaw, styled=False)))
    body = [r for u, r in document_references(doc) if u.schedule is None]
    outward = [r for r in body if r.external and r.targets[0].kind == "provision"]
    stats = bylaw["stats"]
    not_counted = sum(stats["other_references_not_counted"].values())
    assert len(body) >= stats["cross_references"]
    assert len(body) <= stats["cross_references"] + not_counted + 8  # "this section" etc.
    assert len(outward) == stats["cross_reference_breakdown"]["to_other_laws"]
