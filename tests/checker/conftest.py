"""Fixtures of the checker tests: the example drafts, built once per session."""

from __future__ import annotations

import pytest

from drafting.library import ClauseLibrary
from drafting.model import Instrument
from tests.factories import make_example


@pytest.fixture(scope="session")
def zm(library: ClauseLibrary) -> Instrument:
    return make_example(library, "ZM")


@pytest.fixture(scope="session")
def rw_en(library: ClauseLibrary) -> Instrument:
    return make_example(library, "RW", "en")


@pytest.fixture(scope="session")
def rw_fr(library: ClauseLibrary) -> Instrument:
    return make_example(library, "RW", "fr")


@pytest.fixture(scope="session")
def py(library: ClauseLibrary) -> Instrument:
    return make_example(library, "PY")
