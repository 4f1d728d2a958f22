"""Defined terms: unused, defined twice, used but undefined, acronyms, circular; compared
by lemmas in English, French and Spanish."""

from __future__ import annotations

from drafting.checker import check
from drafting.checker.document import build
from drafting.model import Instrument
from tests.checker.edits import add_child, definition, find_text, retext


def _interp(instrument: Instrument) -> str:
    return build(instrument).definitions[0].unit.section.eid  # type: ignore[union-attr]


def test_our_drafts_have_no_term_finding(zm, rw_en, rw_fr, py) -> None:
    for draft in (zm, rw_en, rw_fr, py):
        assert not [f for f in check(draft).findings if f.rule.startswith("DEF")]


def test_unused_definition_in_each_language(zm, rw_fr, py) -> None:
    cases = [
        (
            zm,
            definition(
                "x1",
                "landfill operator",
                "“landfill operator” means a person who operates a landfill;",
            ),
        ),
        (
            rw_fr,
            definition(
                "x1",
                "exploitant de décharge",
                "exploitant de décharge : toute personne qui exploite une décharge ;",
                "31°",
                "31°",
            ),
        ),
        (
            py,
            definition(
                "x1",
                "Operador de relleno",
                "Operador de relleno: persona que opera un relleno sanitario;",
                "ff",
                "ff)",
            ),
        ),
    ]
    for draft, extra in cases:
        report = check(add_child(draft, _interp(draft), extra))
        (f,) = report.by_rule("DEF001")
        assert extra.definition is not None
        assert extra.definition.label in f.message
        assert f.severity == "warning"
        assert f.category == "unused-definition"


def test_a_plural_use_counts_as_use(zm) -> None:
    """“landfill operator” is used as “landfill operators”: lemmas make them one term."""
    extra = definition(
        "x1", "landfill operator", "“landfill operator” means a person who operates a landfill;"
    )
    draft = add_child(zm, _interp(zm), extra)
    eid = find_text(draft, "Despite subregulation (1)")
    used = retext(
        draft,
        eid,
        "Despite subregulation (1)",
        "Despite subregulation (1) and the duties of landfill operators",
    )
    assert not check(used).by_rule("DEF001")


def test_a_term_defined_twice(zm, py) -> None:
    same = definition(
        "x1",
        "Agency",
        "“Agency” means the Zambia Environmental Management Agency established under the Act;",
    )
    report = check(add_child(zm, _interp(zm), same))
    assert report.by_rule("DEF003") or report.by_rule("DEF002")
    other = definition(
        "x1", "Agency", "“Agency” means the Ministry responsible for the environment;"
    )
    (f,) = check(add_child(zm, _interp(zm), other)).by_rule("DEF002")
    assert f.severity == "error"
    assert "different meanings" in f.message
    twice = definition(
        "x1",
        "productores",
        "Productores: las personas que introducen aparatos en el mercado;",
        "ff",
        "ff)",
    )
    assert check(add_child(py, _interp(py), twice)).by_rule("DEF002")


def test_quoted_term_never_defined(zm, rw_fr) -> None:
    eid = find_text(zm, "Despite subregulation (1)")
    bad = retext(
        zm, eid, "Despite subregulation (1)", "Despite subregulation (1) and the “Recycling Fund”"
    )
    (f,) = check(bad).by_rule("DEF004")
    assert f.provision == "8(2)"
    assert "Recycling Fund" in f.message
    # defined where it stands: not a defect
    inline = retext(
        zm,
        eid,
        "Despite subregulation (1)",
        "Despite subregulation (1) and the fund established under the Act (the “Recycling Fund”)",
    )
    assert not check(inline).by_rule("DEF004")
    eid = find_text(rw_fr, "au sens de l'alinéa 4 de l'article 7")
    bad = retext(rw_fr, eid, "Le registre", "Le « fonds de recyclage » et le registre")
    assert [f.provision for f in check(bad).by_rule("DEF004")] == ["8(2)"]


def test_acronym_never_expanded(zm, py) -> None:
    eid = find_text(zm, "Despite subregulation (1)")
    bad = retext(
        zm, eid, "Despite subregulation (1)", "Despite subregulation (1) and the rules of the NWMS"
    )
    (f,) = check(bad).by_rule("DEF005")
    assert "NWMS" in f.message
    assert f.category == "undefined-acronym"
    expanded = retext(
        zm,
        eid,
        "Despite subregulation (1)",
        "Despite subregulation (1) and the rules of the National Waste Management Strategy (NWMS)",
    )
    assert not check(expanded).by_rule("DEF005")
    eid = find_text(py, "establecida para ese año en el Anexo II")
    bad = retext(py, eid, "Todo productor", "Todo productor inscrito en el RNPA")
    assert [f.provision for f in check(bad).by_rule("DEF005")] == ["16(1)"]


def test_circular_definition(zm, rw_fr) -> None:
    circular = definition(
        "x1",
        "treatment facility",
        "“treatment facility” means a treatment facility licensed under these Regulations;",
    )
    (f,) = check(add_child(zm, _interp(zm), circular)).by_rule("DEF006")
    assert f.severity == "error"
    assert "treatment facility" in f.message
    circular = definition(
        "x1",
        "installations de traitement",
        "installations de traitement : les installations de traitement agréées ;",
        "31°",
        "31°",
    )
    assert check(add_child(rw_fr, _interp(rw_fr), circular)).by_rule("DEF006")


def test_capitalised_body_never_defined(zm, py) -> None:
    eid = find_text(zm, "sixty days for written comments by producers")
    bad = retext(zm, eid, "comments by producers", "comments by the Board, producers")
    (f,) = check(bad).by_rule("DEF004")
    assert f.provision == "37(3)"
    assert "“Board”" in f.message
    # named in full, or a body the instrument names itself, is not a defined term
    named = retext(
        zm, eid, "comments by producers", "comments by the Zambia Revenue Authority, producers"
    )
    assert not check(named).by_rule("DEF004")
    eid = find_text(py, "establecida para ese año en el Anexo II")
    bad = retext(
        py, eid, "en el Anexo II.", "en el Anexo II, previo dictamen del Consejo Nacional."
    )
    assert [f.provision for f in check(bad).by_rule("DEF004")] == ["16(1)"]
