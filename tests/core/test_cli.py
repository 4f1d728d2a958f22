"""The command line: outputs, files written, exit codes and messages."""

from __future__ import annotations

import json

import docx
import pytest

from drafting.cli import main
from tests.conftest import edit_json


@pytest.fixture
def cli(mini_copy, capsys):
    root = mini_copy()

    def run(*args):
        code = main(["--clauses", str(root), *args])
        out, err = capsys.readouterr()
        return code, out, err

    run.root = root
    return run


def test_countries_json(cli):
    code, out, _ = cli("countries", "--json")

    assert code == 0
    rows = json.loads(out)
    assert [(r["code"], r["instrument_type"], r["languages"]) for r in rows] == [
        ("PY", "decree", ["es"]),
        ("RW", "ministerial-order", ["en", "fr"]),
        ("ZM", "statutory-instrument", ["en"]),
    ]


def test_questions_show_country_defaults(cli):
    code, out, _ = cli("questions", "--country", "paraguay", "--json", "--lang", "es")

    assert code == 0
    rows = {r["id"]: r for r in json.loads(out)}
    assert rows["register_days"]["default"] == 30
    assert rows["register_days"]["label"] == "Días"
    assert rows["fine"]["asked_by_default"] is False
    assert rows["model"]["options"] == [
        {"value": "a", "label": "Individual"},
        {"value": "b", "label": "Colectivo"},
    ]


def test_build_json_and_docx(cli, tmp_path):
    answers = tmp_path / "answers.json"
    answers.write_text(json.dumps({"register_days": 45}), encoding="utf-8")

    code_json, _, err = cli(
        "build", "--country", "ZM", "--answers", str(answers), "--out", str(tmp_path / "d.json")
    )
    code_docx, _, _ = cli(
        "build", "--country", "zambia", "--answers", str(answers), "--out", str(tmp_path / "d.docx")
    )

    assert (code_json, code_docx) == (0, 0)
    assert "5 provisions in 3 parts" in err
    model = json.loads((tmp_path / "d.json").read_text(encoding="utf-8"))
    assert model["format"] == "ewaste-draft/1"
    texts = [p.text for p in docx.Document(str(tmp_path / "d.docx")).paragraphs]
    assert "3. (1) A producer shall register within forty-five days." in texts


def test_bad_answers_exit_2_with_one_line_per_question(cli, tmp_path):
    answers = tmp_path / "answers.json"
    answers.write_text(json.dumps({"rate": "high", "modle": "a", "model": "c"}), encoding="utf-8")

    code, out, err = cli(
        "build", "--country", "ZM", "--answers", str(answers), "--out", str(tmp_path / "d.docx")
    )

    assert code == 2
    assert out == ""
    assert "question modle: is not a question of the catalogue (did you mean model?) [R301]" in err
    assert "question model: must be one of a, b, not 'c' [R303]" in err
    assert "question rate: must be a number, not 'high' [R302]" in err
    assert "Traceback" not in err
    assert not (tmp_path / "d.docx").exists()


def test_refused_combination_exits_2_with_reason(cli, tmp_path):
    answers = tmp_path / "answers.json"
    answers.write_text(json.dumps({"model": "b", "has_register": False}), encoding="utf-8")

    code, _, err = cli(
        "build",
        "--country",
        "RW",
        "--lang",
        "fr",
        "--answers",
        str(answers),
        "--out",
        str(tmp_path / "d.json"),
    )

    assert code == 2
    assert (
        "Un modèle collectif exige un registre des producteurs. "
        "(rule collective-needs-register) [R306]" in err
    )


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        pytest.param(
            ("--country", "Atlantis"),
            "There is no country profile for 'Atlantis'. [L105]",
            id="country",
        ),
        pytest.param(
            ("--country", "ZM", "--out", "x.pdf"),
            "the format comes from the extension",
            id="format",
        ),
        pytest.param(
            ("--country", "ZM", "--answers", "missing.json"), "No such file or directory", id="file"
        ),
        pytest.param(("--country", "PY", "--lang", "fr"), "not written in 'fr'", id="language"),
    ],
)
def test_unusable_input_exits_2(cli, tmp_path, args, expected):
    argv = ["build", *args]
    if "--out" not in args:
        argv += ["--out", str(tmp_path / "d.json")]

    code, _, err = cli(*argv)

    assert code == 2
    assert expected in err


def test_answers_file_that_is_not_json(cli, tmp_path):
    answers = tmp_path / "answers.json"
    answers.write_text("{rate: 5}", encoding="utf-8")

    code, _, err = cli(
        "build", "--country", "ZM", "--answers", str(answers), "--out", str(tmp_path / "d.json")
    )

    assert code == 2
    assert "is not valid JSON" in err


def test_validate_ok_and_broken(cli):
    code, out, _ = cli("validate")
    assert code == 0
    assert out.startswith("The clause library is valid")

    edit_json(cli.root / "clauses" / "mini.json", lambda d: d["clauses"][0].pop("sources"))
    code, out, err = cli("validate")

    assert code == 1
    assert "clauses/mini.json $.clauses[0]: 'sources' is a required property [S201]" in err


def test_validate_json_output_lists_problems(cli):
    edit_json(cli.root / "terms" / "mini.json", lambda d: d["terms"][0]["label"].pop("es"))

    code, out, _ = cli("validate", "--json")

    assert code == 1
    report = json.loads(out)
    assert report["valid"] is False
    assert report["problems"] == [
        {
            "code": "L109",
            "message": "has no text in es",
            "location": "terms/mini.json $.terms[0].label",
        }
    ]


def test_a_long_list_of_problems_is_cut_with_a_count(cli):
    def break_all(data):
        for clause in data["clauses"]:
            clause["topic"] = "not-a-topic"
            clause.pop("sources")
            clause["order"] = -1
            for variant in clause["variants"]:
                variant["id"] = "Bad Id"
                for block in variant["body"]:
                    block["include_when"] = {"answer": "x", "bigger": 1}
                    block["key"] = "Bad Key"
                    block.setdefault("text", {})["de"] = "Deutsch"
                variant["heading"] = {"xx": ""}
            clause["heading"] = {"yy": ""}
            clause["powers"] = ["Bad Power", "Bad Power"]

    edit_json(cli.root / "clauses" / "mini.json", break_all)

    code, _, err = cli("validate")

    assert code == 1
    problem_lines = [line for line in err.splitlines() if line.startswith("  - ")]
    assert len(problem_lines) == 40
    assert "more (`python -m drafting validate --json` lists them all)" in err
