"""Renumber and repair: edited drafts (a provision inserted, deleted, moved) in Zambia's,
Paraguay's and Rwanda's forms and a plainly typed by-law, renumbered as tracked changes."""

from __future__ import annotations

import io
import json
import zipfile
from datetime import datetime
from pathlib import Path

import pytest

from drafting.checker.files import check_bytes
from drafting.cli import main
from drafting.library import ClauseLibrary
from drafting.redline.review import accepted_paragraphs, rejected_paragraphs
from drafting.render.docx import render_docx
from drafting.renumber import RenumberResult, renumber_docx
from drafting.renumber.refs import components
from tests.checker.typist import load_bylaw, type_docx
from tests.factories import make_example
from tests.renumber import edits

DATE = datetime(2026, 11, 29, 12, 0)


@pytest.fixture(scope="session")
def zm_docx(library: ClauseLibrary) -> bytes:
    return render_docx(make_example(library, "ZM"))


@pytest.fixture(scope="session")
def py_docx(library: ClauseLibrary) -> bytes:
    return render_docx(make_example(library, "PY"))


@pytest.fixture(scope="session")
def rw_docx(library: ClauseLibrary) -> bytes:
    return render_docx(make_example(library, "RW", "en"))


@pytest.fixture(scope="session")
def rw_fr_docx(library: ClauseLibrary) -> bytes:
    return render_docx(make_example(library, "RW", "fr"))


@pytest.fixture(scope="session")
def typed_docx() -> bytes:
    return type_docx(load_bylaw("ethekwini-refuse-removal-2002"), styled=False)


def renumber(data: bytes) -> RenumberResult:
    return renumber_docx(data, author="Reviewer", date=DATE)


def structural_errors(docx: bytes) -> list[tuple[str, str]]:
    """(rule, provision) of the checker's numbering and cross-reference findings on the
    document after Accept All."""
    report = check_bytes(edits.resolved(docx, accept=True), "fixed.docx")
    return [(f.rule, f.provision) for f in report.findings if f.rule.startswith(("NUM", "XREF"))]


def starting(paragraphs: list[str], prefix: str) -> list[str]:
    return [p for p in paragraphs if p.startswith(prefix)]


# --- Zambia: regulations "12." -----------------------------------------------------------


def test_insertion_near_the_top_renumbers_what_follows_and_its_references(zm_docx: bytes) -> None:
    edited = edits.insert_copy(zm_docx, 2)  # regulation 3 copied after itself: two "3."

    result = renumber(edited)

    assert result.renumbered[:2] == (("3", "4"), ("4", "5"))  # the copy, then the original 4
    assert result.renumbered[-1] == ("41", "42")
    assert len(result.renumbered) == 39
    assert result.unresolved == ()
    accepted = accepted_paragraphs(result.docx)
    # the original 3 and its copy (now 4) both cite the exclusions, once 4, now 5
    assert len(starting(accepted, "3. (1) Subject to regulation 5, the provisions")) == 1
    assert len(starting(accepted, "4. (1) Subject to regulation 5, the provisions")) == 1
    assert (
        "(a)\tkeep the registers provided for in regulation 8 and make them available to the public;"
        in accepted
    )
    assert "(Regulations 3, 5, 9 and 15)" in accepted  # the First Schedule's reference line
    assert structural_errors(result.docx) == []


def test_rejecting_every_change_gives_back_the_edited_document(zm_docx: bytes) -> None:
    edited = edits.insert_copy(zm_docx, 2)

    result = renumber(edited)

    assert rejected_paragraphs(result.docx) == accepted_paragraphs(edited)
    assert accepted_paragraphs(result.docx) != accepted_paragraphs(edited)


def test_every_part_but_the_main_document_is_unchanged(zm_docx: bytes) -> None:
    edited = edits.insert_copy(zm_docx, 2)

    result = renumber(edited)

    with (
        zipfile.ZipFile(io.BytesIO(edited)) as before,
        zipfile.ZipFile(io.BytesIO(result.docx)) as after,
    ):
        assert before.namelist() == after.namelist()
        changed = [n for n in before.namelist() if before.read(n) != after.read(n)]
    assert changed == ["word/document.xml"]


def test_arrangement_entries_follow_the_new_numbers(zm_docx: bytes) -> None:
    edited = edits.insert_copy(zm_docx, 2)

    result = renumber(edited)

    accepted = accepted_paragraphs(result.docx)
    assert "5.\tExclusions" in accepted
    assert "42.\tApplication of licensing regulations" in accepted


def test_inserted_provision_gets_an_entry_in_the_arrangement(zm_docx: bytes) -> None:
    edited = edits.insert_copy(zm_docx, 2)

    result = renumber(edited)

    assert accepted_paragraphs(result.docx)[7:12] == [
        "1.\tTitle and commencement",
        "2.\tInterpretation",
        "3.\tApplication",
        "4.\tApplication",  # the copy's entry, a tracked insertion
        "5.\tExclusions",
    ]
    added = [(c.where, c.old, c.new) for c in result.changes if c.whole]
    assert added == [("4", "", "4.\tApplication")]
    with zipfile.ZipFile(io.BytesIO(result.docx)) as package:
        xml = package.read("word/document.xml").decode()
    entry = xml[xml.rindex("<w:p>", 0, xml.index(">Application<", xml.index(">4.<"))) :]
    entry = entry[: entry.index("</w:p>")]
    # the neighbouring entry's style and run formatting; the paragraph and its text inserted
    assert '<w:pStyle w:val="ArrangementEntry"/><w:rPr><w:ins ' in entry
    assert '<w:ins w:id="' in entry
    assert 'w:author="Reviewer"' in entry
    assert '<w:rPr><w:lang w:val="en-GB"/></w:rPr>' in entry
    assert rejected_paragraphs(result.docx) == accepted_paragraphs(edited)


def test_deleted_provision_loses_its_entry_in_the_arrangement(zm_docx: bytes) -> None:
    edited = edits.delete(zm_docx, 6)  # regulation 7, "Registers and annual report"

    result = renumber(edited)

    accepted = accepted_paragraphs(result.docx)
    assert "7.\tRegisters and annual report" not in accepted
    assert (
        accepted[accepted.index("6.\tInformation, records and confidentiality") + 1] == "PART III"
    )
    assert accepted[accepted.index("PART III") + 2] == "7.\tRegistration of producers"
    assert "7.\tRegisters and annual report" in rejected_paragraphs(result.docx)
    deleted = [(c.old, c.new) for c in result.changes if c.whole]
    assert deleted == [("7.\tRegisters and annual report", "")]


def test_deleted_part_renumbers_the_parts_and_their_entries(zm_docx: bytes) -> None:
    edited = edits.delete_part(zm_docx, 1)  # PART II, Administration (regulations 5 to 7)

    result = renumber(edited)

    accepted = accepted_paragraphs(result.docx)
    start = accepted.index("ARRANGEMENT OF REGULATIONS")
    assert accepted[start + 1 : start + 13] == [
        "PART I",
        "PRELIMINARY PROVISIONS",
        "1.\tTitle and commencement",
        "2.\tInterpretation",
        "3.\tApplication",
        "4.\tExclusions",
        "PART II",
        "REGISTRATION AND RESPONSIBILITIES OF PRODUCERS",
        "5.\tRegistration of producers",
        "6.\tExtended producer responsibility",
        "PART III",
        "PRODUCT REQUIREMENTS",
    ]
    assert "ADMINISTRATION" not in accepted
    body = accepted[accepted.index("PART I", start + 2) :]  # after the arrangement
    assert [p for p in body if p.startswith("PART ")][:3] == ["PART I", "PART II", "PART III"]
    assert rejected_paragraphs(result.docx) == accepted_paragraphs(edited)


def test_deleted_provision_leaves_its_references_listed_and_unchanged(zm_docx: bytes) -> None:
    edited = edits.delete(zm_docx, 6)  # regulation 7, "Registers and annual report"

    result = renumber(edited)

    assert [(u.where, u.text) for u in result.unresolved] == [
        ("5(1)(a)", "regulation 7"),
        ("5(1)(d)", "regulation 7 (5)"),
        ("26(6)(f)", "regulation 7 (5)"),
    ]
    assert result.renumbered[0] == ("8", "7")
    accepted = accepted_paragraphs(result.docx)
    # left as written: it now names the provision that took number 7, which is why it is
    # listed (the checker alone cannot tell)
    assert (
        "(a)\tkeep the registers provided for in regulation 7 and make them available to the public;"
        in accepted
    )
    assert structural_errors(result.docx) == []


def test_moved_provision_takes_its_new_place_and_its_references_follow(zm_docx: bytes) -> None:
    edited = edits.move(zm_docx, 9, 11)  # regulation 10 moved after regulation 12

    result = renumber(edited)

    assert list(result.renumbered) == [("11", "10"), ("12", "11"), ("10", "12")]
    followed = [(c.where, c.old, c.new) for c in result.changes if c.kind == "reference"]
    assert ("22(2)(d)", "10", "12") in followed
    assert ("36(1)(d)", "12", "11") in followed
    assert result.unresolved == ()
    assert structural_errors(result.docx) == []


# --- Paraguay: "Art. 9°.-" ----------------------------------------------------------------


def test_paraguayan_articles_keep_the_ordinal_sign_on_one_to_nine_only(py_docx: bytes) -> None:
    edited = edits.insert_copy(py_docx, 2)  # Art. 3°.- copied after itself

    result = renumber(edited)

    accepted = accepted_paragraphs(result.docx)
    assert len(starting(accepted, "Art. 9°.- ")) == 1
    assert len(starting(accepted, "Art. 10.- ")) == 1
    assert starting(
        accepted, "Art. 3°.- Ámbito de aplicación. Sin perjuicio de lo dispuesto en el artículo 5°,"
    )
    assert ("9°", "10") in {(c.old, c.new) for c in result.changes if c.kind == "reference"}
    assert result.unresolved == ()
    assert structural_errors(result.docx) == []


def test_paraguayan_references_el_articulo_follow_an_insertion(py_docx: bytes) -> None:
    edited = edits.insert_copy(py_docx, 2)

    result = renumber(edited)

    accepted = accepted_paragraphs(result.docx)
    assert starting(
        accepted,
        "Art. 14.- Cámara de compensación. El mecanismo de coordinación exigido en el "
        "párrafo 8 del artículo 10 será una cámara de compensación,",
    )
    before = starting(accepted_paragraphs(edited), "Art. 13.- Cámara de compensación.")
    assert "el párrafo 8 del artículo 9° será" in before[0]
    assert starting(accepted, "Art. 43.- Vigencia.")
    assert starting(accepted, "Art. 44.- El presente Decreto será refrendado")
    assert starting(accepted, "Art. 45.- Comuníquese, publíquese")
    assert not starting(accepted, "Art. 46.- ")
    assert rejected_paragraphs(result.docx) == accepted_paragraphs(edited)


# --- Rwanda: "Article 12:" ----------------------------------------------------------------


def test_french_articles_and_l_article_follow_an_insertion(rw_fr_docx: bytes) -> None:
    edited = edits.insert_copy(rw_fr_docx, 2)  # Article 3 copied after itself

    result = renumber(edited)

    assert result.renumbered[:2] == (("3", "4"), ("4", "5"))
    assert result.unresolved == ()
    accepted = accepted_paragraphs(result.docx)
    assert (
        "3°\td'approuver les systèmes individuels de reprise prévus à l'article 10 et d'en contrôler les résultats ;"
        in accepted
    )
    # "l'alinéa 10" names an unnumbered sub-provision: left alone, its article followed
    assert "1°\tles informations exigées par l'alinéa 10 de l'article 10 ;" in accepted
    assert starting(accepted, "Article 10 : Responsabilité élargie du producteur")
    assert starting(accepted, "Article premier : ")
    assert accepted[accepted.index("Article 3\tChamp d'application") + 1] == (
        "Article 4\tChamp d'application"  # the copy's entry in the table of contents
    )
    assert rejected_paragraphs(result.docx) == accepted_paragraphs(edited)
    assert structural_errors(result.docx) == []


def test_rwandan_articles_after_a_deletion(rw_docx: bytes) -> None:
    edited = edits.delete(rw_docx, 5)  # Article 6

    result = renumber(edited)

    accepted = accepted_paragraphs(result.docx)
    assert [(u.where, u.text) for u in result.unresolved] == [("39(4)", "Article 6")]
    assert starting(accepted, "Article One: ")
    assert starting(accepted, "Article 43: ")
    assert not starting(accepted, "Article 44: ")
    assert structural_errors(result.docx) == []


# --- a plainly typed by-law -------------------------------------------------------------


def test_typed_bylaw_insertion(typed_docx: bytes) -> None:
    edited = edits.insert_copy(typed_docx, 1)

    result = renumber(edited)

    assert result.renumbered[:2] == (("2", "3"), ("3", "4"))
    assert result.unresolved == ()
    assert structural_errors(result.docx) == []
    assert rejected_paragraphs(result.docx) == accepted_paragraphs(edited)


def test_typed_bylaw_provision_moved_before_a_lower_number(typed_docx: bytes) -> None:
    edited = edits.move(typed_docx, 1, 3)  # "2." typed after "4.": moved, not a list item

    result = renumber(edited)

    assert list(result.renumbered) == [("3", "2"), ("4", "3"), ("2", "4")]
    followed = [(c.where, c.old, c.new) for c in result.changes if c.kind == "reference"]
    assert ("2(1)", "2", "4") in followed  # in old section 3: "section 2 (1)" follows
    assert ("5(2)", "3", "2") in followed
    assert result.unresolved == ()
    assert structural_errors(result.docx) == []
    assert rejected_paragraphs(result.docx) == accepted_paragraphs(edited)


def test_typed_bylaw_deletion(typed_docx: bytes) -> None:
    edited = edits.delete(typed_docx, 3)

    result = renumber(edited)

    assert result.renumbered[0] == ("5", "4")
    assert structural_errors(result.docx) == []


@pytest.fixture(scope="session")
def cape_town_docx() -> bytes:
    return type_docx(load_bylaw("cape-town-integrated-waste-management-2009"), styled=False)


def test_references_in_a_schedule_table_follow_the_new_numbers(cape_town_docx: bytes) -> None:
    edited = edits.insert_copy(cape_town_docx, 1)  # section 2 copied after itself

    result = renumber(edited)

    in_table = [(c.where, c.old, c.new) for c in result.changes if c.cell >= 0]
    assert in_table == [("schedules", "15", "16"), ("schedules", "12", "13")]
    accepted = accepted_paragraphs(result.docx)
    assert [p for p in accepted if p.startswith("Section 1")] == ["Section 16(1)", "Section 13(b)"]
    assert rejected_paragraphs(result.docx) == accepted_paragraphs(edited)
    assert result.unresolved == ()
    # the by-law's own finding ("Section 12(b)": section 12 has no paragraph (b)), no other
    assert structural_errors(result.docx) == structural_errors(cape_town_docx)
    assert structural_errors(result.docx) == [("XREF002", "SCHEDULE 2")]


def test_untouched_document_needs_no_change(zm_docx: bytes) -> None:
    result = renumber(zm_docx)

    assert (result.changes, result.renumbered, result.unresolved) == ((), (), ())


# --- reading references -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        pytest.param("regulations 5 to 7", "en", [[[("5", 0)], [("7", 0)]]], id="range"),
        pytest.param(
            "regulations 5, 6 and 8", "en", [[[("5", 0)], [("6", 0)], [("8", 0)]]], id="list"
        ),
        pytest.param("regulation 5(2)(b)", "en", [[[("5", 0), ("2", 1), ("b", 2)]]], id="chain"),
        pytest.param(
            "paragraph (d) of subregulation (1) of regulation 12",
            "en",
            [[[("d", 2)]], [[("1", 1)]], [[("12", 0)]]],
            id="of-chain",
        ),
        pytest.param(
            "regulation 12(3) and (4)", "en", [[[("12", 0), ("3", 1)], [("4", 1)]]], id="same"
        ),
        pytest.param("artículos 7° al 9°", "es", [[[("7°", 0)], [("9°", 0)]]], id="es-range"),
        pytest.param(
            "el inciso b) del artículo 28", "es", [[[("b", 2)]], [[("28", 0)]]], id="es-chain"
        ),
    ],
)
def test_numbers_of_a_reference(
    text: str, language: str, expected: list[list[list[tuple[str, int]]]]
) -> None:
    found = components(text, language)

    assert [[[(s.text, s.level) for s in i.slots] for i in c.items] for c in found] == expected


# --- the command --------------------------------------------------------------------------


def test_command_exit_0_when_every_reference_resolves(
    zm_docx: bytes, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    edited = tmp_path / "edited.docx"
    edited.write_bytes(edits.insert_copy(zm_docx, 2))
    fixed = tmp_path / "fixed.docx"

    code = main(["renumber", str(edited), "--out", str(fixed)])

    out = capsys.readouterr().out
    assert code == 0
    assert "Every internal cross-reference resolved." in out
    assert "  4 -> 5" in out.splitlines()
    assert fixed.read_bytes()[:2] == b"PK"


def test_command_exit_1_lists_unresolved_references(
    zm_docx: bytes, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    edited = tmp_path / "edited.docx"
    edited.write_bytes(edits.delete(zm_docx, 6))

    code = main(["renumber", str(edited), "--out", str(tmp_path / "fixed.docx")])

    lines = capsys.readouterr().out.splitlines()
    assert code == 1
    assert "3 cross-references could not be resolved:" in lines
    assert "  in 5(1)(a): “regulation 7” (provision 7 is not in the document)" in lines


def test_command_json_report(
    zm_docx: bytes, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    edited = tmp_path / "edited.docx"
    edited.write_bytes(edits.delete(zm_docx, 6))

    main(["renumber", str(edited), "--out", str(tmp_path / "f.docx"), "--json"])

    report = json.loads(capsys.readouterr().out)
    assert report["format"] == "ewaste-renumber/1"
    assert report["summary"]["unresolved"] == 3
    assert report["unresolved"][0] == {
        "provision": "5(1)(a)",
        "reference": "regulation 7",
        "reason": "provision 7 is not in the document",
    }


@pytest.mark.parametrize(
    ("name", "content", "out", "code_text"),
    [
        pytest.param("edited.docx", b"PK-not-really", "fixed.docx", "[I601]", id="damaged"),
        pytest.param("edited.txt", b"plain text", "fixed.docx", "[I605]", id="not-docx"),
        pytest.param("edited.docx", None, "fixed.pdf", "[X501]", id="out-not-docx"),
    ],
)
def test_command_exit_2_on_unusable_input(
    zm_docx: bytes,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    name: str,
    content: bytes | None,
    out: str,
    code_text: str,
) -> None:
    edited = tmp_path / name
    edited.write_bytes(zm_docx if content is None else content)

    code = main(["renumber", str(edited), "--out", str(tmp_path / out)])

    err = capsys.readouterr().err
    assert code == 2
    assert code_text in err
    assert "Traceback" not in err


def test_command_exit_2_on_missing_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["renumber", str(tmp_path / "nope.docx"), "--out", str(tmp_path / "f.docx")])

    assert code == 2
    assert "nope.docx" in capsys.readouterr().err
