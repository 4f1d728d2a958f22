"""Fixtures: the real clause library, a miniature one, and temporary copies to break."""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from drafting.library import ClauseLibrary, load_library

ROOT = Path(__file__).resolve().parent.parent
CLAUSES = ROOT / "clauses"
MINILIB = Path(__file__).resolve().parent / "data" / "minilib"


def _copy_minilib(target: Path) -> Path:
    """The miniature library in `target`, with the real schemas, matters and profiles.

    The profiles lose their answer defaults, term overrides and the clauses their
    sanctions name, which belong to the real library only."""
    shutil.copytree(MINILIB, target)
    shutil.copytree(CLAUSES / "schemas", target / "schemas")
    shutil.copy(CLAUSES / "matters.json", target / "matters.json")
    (target / "profiles").mkdir()
    for path in sorted((CLAUSES / "profiles").glob("*.json")):
        profile = json.loads(path.read_text(encoding="utf-8"))
        for key in ("answer_defaults", "term_labels", "term_meanings", "term_adopted"):
            profile.pop(key, None)
        profile["bill"].pop("term_labels", None)
        profile["bill"].pop("term_meanings", None)
        for sanction in profile["sanctions"].values():
            sanction.pop("clauses", None)
        (target / "profiles" / path.name).write_text(
            json.dumps(profile, ensure_ascii=False), encoding="utf-8"
        )
    return target


@pytest.fixture(scope="session")
def library() -> ClauseLibrary:
    return load_library(CLAUSES)


@pytest.fixture(scope="session")
def mini(tmp_path_factory: pytest.TempPathFactory) -> ClauseLibrary:
    return load_library(_copy_minilib(tmp_path_factory.mktemp("mini") / "clauses"))


@pytest.fixture
def mini_copy(tmp_path: Path) -> Callable[[], Path]:
    """A fresh copy of the miniature library to edit; returns its root."""

    def make() -> Path:
        return _copy_minilib(tmp_path / "clauses")

    return make


def edit_json(path: Path, change: Callable[[dict], None]) -> None:
    data = json.loads(path.read_text(encoding="utf-8"))
    change(data)
    path.write_text(json.dumps(data, ensure_ascii=False, indent=2), encoding="utf-8")
