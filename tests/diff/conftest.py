"""Fixtures of the diff tests: the example drafts, and drafts from changed answers."""

from __future__ import annotations

import json
from collections.abc import Callable

import pytest

from drafting.answers import validate_answers
from drafting.assemble import assemble
from drafting.library import ClauseLibrary
from drafting.model import Instrument
from tests.conftest import CLAUSES
from tests.factories import make_example

Build = Callable[..., Instrument]


@pytest.fixture(scope="session")
def zm(library: ClauseLibrary) -> Instrument:
    return make_example(library, "ZM")


@pytest.fixture(scope="session")
def rw_en(library: ClauseLibrary) -> Instrument:
    return make_example(library, "RW", "en")


@pytest.fixture(scope="session")
def py(library: ClauseLibrary) -> Instrument:
    return make_example(library, "PY")


@pytest.fixture(scope="session")
def build(library: ClauseLibrary) -> Build:
    """The example draft of `country` with some answers changed."""

    def make(country: str, lang: str | None = None, **changes: object) -> Instrument:
        raw = json.loads((CLAUSES / "examples" / f"{country.lower()}.json").read_text("utf-8"))
        raw.update(changes)
        profile = library.profile(country)
        return assemble(library, profile, validate_answers(library, profile, raw, lang), lang)

    return make
