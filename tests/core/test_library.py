"""Loading the library: schema errors with paths, all at once; cross-checks between files."""

from __future__ import annotations

import pytest

from drafting.errors import Code, LibraryError, SchemaViolation
from drafting.library import load_library
from tests.conftest import edit_json


def _locations(exc: LibraryError) -> list[tuple[str, str | None, str | None]]:
    return [(p.code.value, p.location.file, p.location.json_path) for p in exc.problems]


def test_schema_errors_name_file_and_path_and_are_all_reported(mini_copy):
    root = mini_copy()

    def break_clause(data):
        del data["clauses"][2]["sources"]
        data["clauses"][3]["topic"] = "not-a-topic"

    edit_json(root / "clauses" / "mini.json", break_clause)
    edit_json(root / "questions" / "basics.json", lambda d: d["questions"][1].update(type="yes-no"))

    with pytest.raises(SchemaViolation) as exc:
        load_library(root)

    assert exc.value.code is Code.SCHEMA_VIOLATION
    assert _locations(exc.value) == [
        ("S201", "clauses/mini.json", "$.clauses[2]"),
        ("S201", "clauses/mini.json", "$.clauses[3].topic"),
        ("S201", "questions/basics.json", "$.questions[1].type"),
    ]
    assert "'sources' is a required property" in exc.value.problems[0].message


def test_bad_json_names_the_file_and_line(mini_copy):
    root = mini_copy()
    (root / "rules" / "mini.json").write_text('{"rules": [', encoding="utf-8")

    with pytest.raises(SchemaViolation) as exc:
        load_library(root)

    (problem,) = exc.value.problems
    assert (problem.code, problem.location.file) == (Code.BAD_JSON, "rules/mini.json")
    assert "line 1" in problem.message


def test_a_broken_condition_deep_in_a_block_is_located(mini_copy):
    root = mini_copy()
    edit_json(
        root / "clauses" / "mini.json",
        lambda d: d["clauses"][3]["variants"][0]["body"][1].update(
            include_when={"answer": "model", "bigger": 3}
        ),
    )

    with pytest.raises(SchemaViolation) as exc:
        load_library(root)

    paths = [p.location.json_path for p in exc.value.problems]
    assert paths == ["$.clauses[3].variants[0].body[1].include_when"]


def test_cross_references_between_files_are_checked(mini_copy):
    root = mini_copy()

    def break_texts(data):
        register = data["clauses"][2]
        register["variants"][0]["body"][0]["text"]["en"] = (
            "A {term:importer} shall register within {param:weeks}."
        )
        register["variants"][0]["body"][1]["text"]["es"] = (
            "Según {ref:c-nowhere}, {fact:no.such.fact}."
        )
        register["power"] = "teleportation"

    edit_json(root / "clauses" / "mini.json", break_texts)

    with pytest.raises(LibraryError) as exc:
        load_library(root)

    found = [(p.code, p.location.json_path) for p in exc.value.problems]
    assert found == [
        (Code.UNKNOWN_MATTER, "$.clauses[2].power"),
        (Code.DANGLING_ID, "$.clauses[2].variants[0].body[0].text"),
        (Code.UNKNOWN_PARAMETER, "$.clauses[2].variants[0].body[0].text"),
        (Code.DANGLING_ID, "$.clauses[2].variants[0].body[1].text"),
        (Code.MISSING_FACT, "$.clauses[2].variants[0].body[1].text"),
    ]
    assert all(p.location.file == "clauses/mini.json" for p in exc.value.problems)


def test_duplicate_clause_id_names_both_places(mini_copy):
    root = mini_copy()
    edit_json(root / "clauses" / "mini.json", lambda d: d["clauses"][4].update(id="c-title"))

    with pytest.raises(LibraryError) as exc:
        load_library(root)

    assert exc.value.code is Code.DUPLICATE_ID
    assert exc.value.location.json_path == "$.clauses[4]"
    assert "$.clauses[0]" in exc.value.hint


def test_rule_cycles_and_forward_questions_are_refused(mini_copy):
    root = mini_copy()

    def cycle(data):
        data["rules"][0]["when"] = {"rule": "loop-b"}
        data["rules"].append(
            {
                "id": "loop-b",
                "kind": "condition",
                "when": {"rule": "register-on"},
                "rationale": "a cycle for the test",
            }
        )

    edit_json(root / "rules" / "mini.json", cycle)
    edit_json(
        root / "questions" / "basics.json",
        lambda d: d["questions"][2].update(ask_when={"answer": "rate", "gt": 10}),
    )

    with pytest.raises(LibraryError) as exc:
        load_library(root)

    codes = sorted({p.code for p in exc.value.problems})
    assert codes == [Code.RULE_CYCLE, Code.FORWARD_QUESTION]


def test_missing_language_is_reported(mini_copy):
    root = mini_copy()
    edit_json(root / "terms" / "mini.json", lambda d: d["terms"][0]["meaning"].pop("fr"))

    with pytest.raises(LibraryError) as exc:
        load_library(root)

    (problem,) = exc.value.problems
    assert (problem.code, problem.location.json_path) == (
        Code.MISSING_LANGUAGE,
        "$.terms[0].meaning",
    )


def test_version_is_a_content_hash(mini_copy, mini):
    root = mini_copy()
    same = load_library(root)
    edit_json(
        root / "terms" / "mini.json",
        lambda d: d["terms"][3]["meaning"].update(en="a horse with stripes"),
    )

    changed = load_library(root)

    assert same.version == mini.version
    assert changed.version != mini.version


def test_profile_lookup_by_code_or_name(mini):
    assert mini.profile("zm").id == "ZM"
    assert mini.profile("Paraguay").id == "PY"
    assert mini.profile("rwanda").id == "RW"
    with pytest.raises(LibraryError) as exc:
        mini.profile("Atlantis")
    assert exc.value.code is Code.UNKNOWN_PROFILE
    assert "ZM" in exc.value.hint


def test_powers_and_sanctions_name_known_laws_and_matters(mini_copy):
    root = mini_copy()

    def break_profile(profile):
        profile["powers"]["s63"]["matters"].append("time-travel")
        profile["sanctions"]["s121"]["law"] = "nowhere"

    edit_json(root / "profiles" / "zm.json", break_profile)

    with pytest.raises(LibraryError) as exc:
        load_library(root)

    found = [(p.code, p.location.json_path) for p in exc.value.problems]
    assert found == [
        (Code.UNKNOWN_MATTER, "$.powers.s63"),
        (Code.UNKNOWN_LAW, "$.sanctions.s121.law"),
    ]


def test_questions_cannot_ask_about_the_instrument_being_assembled(mini_copy):
    root = mini_copy()
    edit_json(
        root / "questions" / "basics.json",
        lambda d: d["questions"][2].update(ask_when={"power": "offences"}),
    )

    with pytest.raises(LibraryError) as exc:
        load_library(root)

    assert [(p.code, p.location.json_path) for p in exc.value.problems] == [
        (Code.BAD_SCOPE_CONDITION, "$.questions[2].ask_when")
    ]
