"""`python -m drafting check`: the report on a Word file or a draft model, its JSON form and
the exit codes of the design (0 no errors, 1 errors found, 2 unusable input)."""

from __future__ import annotations

import io
import json
from pathlib import Path

import docx
import pytest

from drafting.cli import main
from drafting.render.docx import render_docx
from drafting.serialize import dumps


def _run(capsys, *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture(scope="module")
def zm_docx(zm) -> bytes:
    return render_docx(zm)


def _edited(data: bytes, old: str, new: str) -> bytes:
    """The Word file with `old` replaced by `new` in the first paragraph that has it, as a
    drafter edits it in Word (the paragraph's runs rewritten)."""
    document = docx.Document(io.BytesIO(data))
    for paragraph in document.paragraphs:
        if old in paragraph.text:
            text = paragraph.text.replace(old, new, 1)
            for run in paragraph.runs[1:]:
                run._element.getparent().remove(run._element)
            paragraph.runs[0].text = text
            break
    else:
        raise AssertionError(old)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def test_check_a_clean_draft(capsys, tmp_path: Path, zm_docx: bytes) -> None:
    path = tmp_path / "zm.docx"
    path.write_bytes(zm_docx)
    code, out, _ = _run(capsys, "check", str(path))
    assert code == 0
    assert out.startswith("Checked zm.docx: 41 provisions in 11 parts, 34 definitions, 2 schedules")
    assert "country: ZM" in out
    assert "0 error(s)" in out


def test_check_an_edited_word_file(capsys, tmp_path: Path, zm_docx: bytes) -> None:
    path = tmp_path / "edited.docx"
    path.write_bytes(_edited(zm_docx, "Despite subregulation (1)", "Despite regulation 99"))
    code, out, _ = _run(capsys, "check", str(path), "--json")
    assert code == 1
    report = json.loads(out)
    assert report["summary"]["errors"] == 1
    assert report["outline"]["provisions"] == 41
    assert report["outline"]["country"] == "ZM"
    (finding,) = [f for f in report["findings"] if f["severity"] == "error"]
    assert finding["rule"] == "XREF001"
    assert finding["provision"] == "8(2)"
    assert finding["category"] == "broken-cross-reference"
    assert set(finding) >= {
        "rule",
        "category",
        "severity",
        "provision",
        "message",
        "evidence",
        "suggestion",
    }


def test_check_a_draft_model(capsys, tmp_path: Path, py) -> None:
    path = tmp_path / "py.json"
    path.write_text(dumps(py), encoding="utf-8")
    code, out, _ = _run(capsys, "check", str(path), "--json")
    assert code == 0
    report = json.loads(out)
    assert report["outline"] == {
        "parts": 11, "provisions": 44, "definitions": 34, "schedules": 4, "language": "es",
        "country": "PY", "title": py.title,
    }  # fmt: skip


def test_the_country_can_be_given(capsys, tmp_path: Path, zm_docx: bytes) -> None:
    path = tmp_path / "x.docx"
    path.write_bytes(
        _edited(
            zm_docx, "two hundred thousand penalty units", "nine hundred thousand penalty units"
        )
    )
    code, out, _ = _run(capsys, "check", str(path), "--country", "Zambia", "--json")
    report = json.loads(out)
    assert report["outline"]["country"] == "ZM"
    assert code == 1
    assert "VIR001" in {f["rule"] for f in report["findings"]}


@pytest.mark.parametrize(
    ("name", "data", "code_in_message"),
    [
        ("notes.docx", b"just some text", "I601"),
        ("old.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600, "I60"),
        ("draft.json", b'{"format": "something else"}', "X501"),
        ("broken.json", b"{not json", "I605"),
        ("empty.docx", b"", "I60"),
    ],
)
def test_unusable_input_exits_2(
    capsys, tmp_path: Path, name: str, data: bytes, code_in_message: str
) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    code, out, err = _run(capsys, "check", str(path))
    assert code == 2
    assert out == ""
    assert err.startswith("error: ")
    assert code_in_message in err
    assert "Traceback" not in err


def test_missing_file_and_unknown_country(capsys, tmp_path: Path, zm_docx: bytes) -> None:
    code, _, err = _run(capsys, "check", str(tmp_path / "nope.docx"))
    assert code == 2
    assert "nope.docx" in err
    path = tmp_path / "zm.docx"
    path.write_bytes(zm_docx)
    code, _, err = _run(capsys, "check", str(path), "--country", "Atlantis")
    assert code == 2
    assert "Atlantis" in err
    assert "ZM (Zambia)" in err
