"""The diff's outputs: the CLI's exit codes, text and JSON, and the HTML redline."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from drafting.cli import main
from drafting.diff import diff_instruments
from drafting.diff.html import page_html, render_html
from drafting.model import Instrument
from drafting.serialize import dumps
from tests.checker.edits import retext
from tests.diff.conftest import Build


@pytest.fixture(scope="module")
def pair(
    tmp_path_factory: pytest.TempPathFactory, zm: Instrument, build: Build
) -> tuple[Path, Path]:
    folder = tmp_path_factory.mktemp("diff")
    old, new = folder / "old.json", folder / "new.json"
    old.write_text(dumps(zm), encoding="utf-8")
    new.write_text(dumps(build("ZM", objects_clause="purpose")), encoding="utf-8")
    return old, new


def test_cli_json_has_the_contract_shape(
    pair: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    code = main(["diff", str(pair[0]), str(pair[1]), "--json"])

    data = json.loads(capsys.readouterr().out)
    assert code == 0
    assert sorted(data) == ["answers", "changes", "format", "new", "old", "summary"]
    assert data["format"] == "ewaste-diff/1"
    assert data["old"] == {
        "name": "old.json",
        "title": "The Environmental Management (Electrical and Electronic Waste) Regulations, 2026",
        "country": "ZM",
        "language": "en",
        "word": "Regulation",
    }
    assert data["answers"] == [
        {
            "question": "objects_clause",
            "label": "Opening provision on the purpose of the instrument",
            "old": "none",
            "new": "purpose",
        }
    ]
    first = data["changes"][0]
    assert list(first) == [
        "id", "type", "unit", "old_number", "new_number", "clause_id", "old_eid", "new_eid",
        "heading", "substantive", "segments", "references", "cause", "detail",
    ]  # fmt: skip
    assert (first["id"], first["type"], first["new_number"]) == ("c1", "added", "2")
    assert data["summary"]["added"] == 1
    assert [c["id"] for c in data["changes"]] == [
        f"c{n}" for n in range(1, len(data["changes"]) + 1)
    ]


def test_cli_text_summary_and_html_page(
    pair: tuple[Path, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "changes.html"

    code = main(["diff", str(pair[0]), str(pair[1]), "--out", str(out)])

    text = capsys.readouterr().out
    assert code == 0
    assert text.splitlines()[0] == (
        "old.json -> new.json: 43 changes, 1 of substance (1 added, 42 renumbered)"
    )
    assert (
        "  c1 added      Regulation 2: Purpose of these Regulations -- because of objects_clause"
        in text
    )
    page = out.read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>")
    assert page.count('<section class="change ') == 43
    assert "http" not in page.split("<body>")[0]  # nothing fetched from elsewhere


def test_cli_unreadable_input_exits_2_naming_the_file(
    pair: tuple[Path, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    broken = tmp_path / "broken.json"
    broken.write_text("{not json", encoding="utf-8")
    missing = tmp_path / "missing.docx"

    codes = [
        main(["diff", str(broken), str(pair[1])]),
        main(["diff", str(pair[0]), str(missing)]),
        main(["diff", str(pair[0]), str(pair[1]), "--out", str(tmp_path / "x.pdf")]),
    ]

    errors = capsys.readouterr().err
    assert codes == [2, 2, 2]
    assert "broken.json" in errors
    assert "missing.docx" in errors
    assert "x.pdf" in errors
    assert "Traceback" not in errors


def test_cli_word_redline_is_written(
    pair: tuple[Path, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pytest.importorskip("drafting.redline")
    from drafting.redline import accepted_paragraphs

    out = tmp_path / "changes.docx"

    code = main(["diff", str(pair[0]), str(pair[1]), "--out", str(out)])

    assert code == 0
    assert out.read_bytes()[:2] == b"PK"
    assert any("Purpose of these Regulations" in p for p in accepted_paragraphs(out.read_bytes()))


def test_html_escapes_the_text(zm: Instrument) -> None:
    new = retext(zm, "sec_8__subsec_1", "shall not place", "shall <script>alert(1)</script> place")
    diff = diff_instruments(zm, new)

    html = render_html(diff, mode="inline")

    assert "<script>" not in html
    assert "<ins>&lt;script&gt;alert(1)&lt;/script&gt;</ins>" in html
    assert (
        '<section class="change change-modified" id="change-c1" data-type="modified" '
        'data-substantive="true">' in html
    )


def test_html_hides_renumbering_on_request(zm: Instrument, build: Build) -> None:
    diff = diff_instruments(zm, build("ZM", objects_clause="purpose"))

    shown = render_html(diff, hide_renumbering=True)
    everything = render_html(diff, mode="side")

    assert shown.count("<section ") == 1
    assert everything.count("<section ") == len(diff.changes)
    assert "Regulation 3 → 4: Application" in everything
    assert '<div class="sides"><div class="old">' in everything
    assert "<title>Changes: old → new</title>" in page_html(
        diff_instruments(zm, zm, old_name="old", new_name="new")
    )


def test_load_side_reads_word_and_names_a_bad_file(zm: Instrument) -> None:
    from drafting.diff import load_side
    from drafting.errors import Code, DocxImportError
    from drafting.render.docx import render_docx

    side = load_side(render_docx(zm), "draft.docx")

    assert [s.num for s in side.sections()] == [s.num for s in zm.sections()]
    with pytest.raises(DocxImportError) as exc:
        load_side(b"plain words", "notes.txt")
    assert (exc.value.code, exc.value.location.file) == (Code.UNKNOWN_DOCUMENT, "notes.txt")
