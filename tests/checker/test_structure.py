"""Cross-references, numbering, required and empty provisions, on our drafts with one
defect planted, in the three languages and country forms."""

from __future__ import annotations

from dataclasses import replace

import pytest

from drafting.checker import check
from drafting.checker.document import build
from drafting.checker.xrefs import references, resolve
from drafting.library import ClauseLibrary
from drafting.model import Instrument, Provision, ProvisionLevel, Text
from tests.checker.edits import drop, drop_schedule, find_text, renumber, retext, set_text


def findings(instrument: Instrument, rule: str, library: ClauseLibrary | None = None):
    return check(instrument, library=library).by_rule(rule)


def test_our_drafts_have_no_structural_finding(zm, rw_en, rw_fr, py) -> None:
    for draft in (zm, rw_en, rw_fr, py):
        report = check(draft)
        assert not [f for f in report.findings if f.rule[:3] in ("XRE", "NUM", "REQ", "EMP")]


def test_every_reference_of_our_drafts_is_read(zm) -> None:
    """The parser finds at least as many internal references as assembly resolved."""
    doc = build(zm)
    found = sum(
        len(r.targets) for u in doc.units for r in references(u.text, "en") if not r.external
    )
    assert found >= 90


@pytest.mark.parametrize(
    ("text", "language", "targets"),
    [
        ("under regulation 12(3)(b) and", "en", [("12", "3", "b", None)]),
        ("subsections (2) to (4)", "en", [(None, "2", None, None), (None, "4", None, None)]),
        ("section 7(6)(a)", "en", [("7", "6", "a", None)]),
        ("paragraph (d) of subregulation (1)", "en", [(None, "1", "d", None)]),
        (
            "regulations 12, 13 and 15",
            "en",
            [("12",) + (None,) * 3, ("13",) + (None,) * 3, ("15",) + (None,) * 3],
        ),
        ("subsection (1) (b) or (c) above", "en", [(None, "1", "b", None), (None, "1", "c", None)]),
        ("paragraph 4 of Article 5", "en", [("5", "4", None, None)]),
        ("item 4° of paragraph 2 of Article 29", "en", [("29", "2", "4°", None)]),
        ("el inciso d) del párrafo 2 del artículo 28", "es", [("28", "2", "d", None)]),
        ("los artículos 7° al 9°", "es", [("7°",) + (None,) * 3, ("9°",) + (None,) * 3]),
        ("conforme al Art. 7°", "es", [("7°",) + (None,) * 3]),
        ("l'alinéa 2 de l'article 18", "fr", [("18", "2", None, None)]),
        ("les articles 7 et 8", "fr", [("7",) + (None,) * 3, ("8",) + (None,) * 3]),
    ],
)
def test_reference_forms(text: str, language: str, targets: list[tuple]) -> None:
    (ref,) = list(references(text, language))
    assert not ref.external
    assert [(t.section, t.sub, t.para, t.subpara) for t in ref.targets] == targets


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("section 14(3) of the Act", "en"),
        ("section 59 of the Local Government: Municipal Systems Act, 2000", "en"),
        ("Articles 50 and 52 (fines) and Articles 56 and 57 of Law n° 48/2018", "en"),
        ("el artículo 16 de la Ley N° 3956/2009", "es"),
        ("l'article 61 de la Loi n° 48/2018", "fr"),
    ],
)
def test_references_to_other_laws_are_not_resolved_here(text: str, language: str) -> None:
    refs = references(text, language)
    assert refs
    assert all(r.external for r in refs)


def test_reference_to_a_provision_that_does_not_exist(zm) -> None:
    eid = find_text(zm, "Despite subregulation (1)")
    report = check(retext(zm, eid, "Despite subregulation (1)", "Despite regulation 99"))
    (f,) = report.by_rule("XREF001")
    assert (f.provision, f.severity, f.category) == ("8(2)", "error", "broken-cross-reference")
    assert "regulation 99" in f.message
    assert "numbered 1 to 41" in f.suggestion


def test_reference_to_a_missing_subprovision_and_paragraph(zm) -> None:
    eid = find_text(zm, "Despite subregulation (1)")
    bad = retext(zm, eid, "Despite subregulation (1)", "Despite subregulation (19)")
    assert [f.provision for f in findings(bad, "XREF002")] == ["8(2)"]
    bad = retext(zm, eid, "Despite subregulation (1)", "Despite regulation 25 (2) (z)")
    assert [f.provision for f in findings(bad, "XREF002")] == ["8(2)"]


def test_reference_to_a_missing_schedule_and_part(zm) -> None:
    eid = find_text(zm, "Despite subregulation (1)")
    bad = retext(zm, eid, "Despite subregulation (1)", "Despite the Fifth Schedule")
    assert [f.provision for f in findings(bad, "XREF004")] == ["8(2)"]
    bad = retext(zm, eid, "Despite subregulation (1)", "Despite Part XIV")
    assert [f.provision for f in findings(bad, "XREF003")] == ["8(2)"]


def test_dropping_a_schedule_breaks_the_references_to_it(py) -> None:
    report = check(drop_schedule(py, 3))  # ANEXO IV, the symbol
    assert report.by_rule("XREF004")
    assert all("Anexo IV" in f.message for f in report.by_rule("XREF004"))


def test_french_and_spanish_references(rw_fr, py) -> None:
    eid = find_text(rw_fr, "au sens de l'alinéa 4 de l'article 7")
    bad = retext(rw_fr, eid, "l'alinéa 4 de l'article 7", "l'alinéa 9 de l'article 7")
    assert [f.provision for f in findings(bad, "XREF002")] == ["8(2)"]
    eid = find_text(py, "establecida para ese año en el Anexo II")
    bad = retext(py, eid, "el Anexo II", "el Anexo IX")
    assert [f.rule for f in check(bad).findings if f.rule.startswith("XREF")] == ["XREF004"]


def test_numbering_gap_duplicate_and_disorder(zm, rw_fr) -> None:
    doc = build(zm)
    s12 = doc.find_section("12")
    assert s12 is not None
    gap = renumber(zm, s12.eid, "13", "13.")
    kinds = {(f.rule, f.provision) for f in check(gap).findings if f.rule.startswith("NUM")}
    assert ("NUM002", "13") in kinds  # 13 twice
    s20 = doc.find_section("20")
    assert s20 is not None
    skipped = drop(zm, s20.eid)
    (f,) = [f for f in check(skipped).findings if f.rule == "NUM001"]
    assert f.provision == "21"
    assert "20" in f.message
    # a paragraph out of sequence; a definition number repeated (Rwanda numbers them)
    para = next(u for u in doc.units if u.cite == "25(2)(c)")
    wrong = renumber(zm, para.eid, "e", "(e)")
    found = {(f.rule, f.provision) for f in check(wrong).findings if f.rule.startswith("NUM")}
    assert ("NUM002", "25(2)(e)") in found
    d = build(rw_fr)
    third = d.definitions[2].unit
    wrong = renumber(rw_fr, third.eid, "2°", "2°")
    (f,) = [f for f in check(wrong).findings if f.rule.startswith("NUM")]
    assert f.rule == "NUM002"
    assert "Definition 2°" in f.message


def test_required_provisions(zm, py) -> None:
    doc = build(zm)
    offences = doc.find_section("36")
    assert offences is not None
    assert offences.heading == "Offences and penalties"
    no_offences = drop(zm, offences.eid)
    assert "REQ004" not in check(no_offences).rules()  # 21(3) still creates an offence
    title = doc.find_section("1")
    assert title is not None
    bare = drop(zm, title.eid)
    assert {"REQ001", "REQ002"} <= check(bare).rules()
    interp = doc.find_section("2")
    assert interp is not None
    assert "REQ003" in check(drop(zm, interp.eid)).rules()
    pdoc = build(py)
    vigencia = pdoc.find_section("42")
    assert vigencia is not None
    assert vigencia.heading == "Vigencia"
    assert "REQ002" in check(drop(py, vigencia.eid)).rules()


def test_a_regulation_with_no_offences_at_all() -> None:
    body = tuple(
        Provision(
            eid=f"sec_{n}",
            level=ProvisionLevel.SECTION,
            num=str(n),
            label=f"{n}.",
            heading=h,
            content=(Text(text=t),),
        )
        for n, (h, t) in enumerate(
            [
                ("Citation", "These Regulations may be cited as the Test Regulations."),
                (
                    "Interpretation",
                    "In these Regulations, unless the context otherwise requires, "
                    "words have their ordinary meaning.",
                ),
                ("Duty", "A producer shall register with the Agency."),
                ("Commencement", "These Regulations come into force on publication."),
            ],
            start=1,
        )
    )
    plain = Instrument(country="", language="en", instrument_type="", body=body)
    report = check(plain)
    (f,) = report.by_rule("REQ004")
    assert f.provision == ""
    assert f.severity == "error"


def test_empty_provision(zm) -> None:
    doc = build(zm)
    sub = next(u for u in doc.units if u.cite == "8(2)")
    report = check(set_text(zm, sub.eid, ""))
    (f,) = report.by_rule("EMPTY001")
    assert f.provision == "8(2)"


def test_resolve_reads_relative_references_where_they_stand(zm) -> None:
    doc = build(zm)
    unit = next(u for u in doc.units if u.cite == "8(2)")
    (ref,) = list(references("subregulation (1)", "en"))
    assert resolve(ref.targets[0], doc, unit) == (True, "")
    (ref,) = list(references("subregulation (12)", "en"))
    assert resolve(ref.targets[0], doc, unit) == (False, "sub")


def test_structure_findings_carry_the_provision_eid(zm) -> None:
    eid = find_text(zm, "Despite subregulation (1)")
    report = check(retext(zm, eid, "Despite subregulation (1)", "Despite regulation 99"))
    assert report.by_rule("XREF001")[0].eid == eid
    assert replace(report.by_rule("XREF001")[0], eid="").eid == ""
