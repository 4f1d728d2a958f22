"""Factories shared by the tests: drafts built from the example answer sets."""

from __future__ import annotations

import json

from drafting.answers import validate_answers
from drafting.assemble import assemble
from drafting.library import ClauseLibrary
from drafting.model import Instrument
from tests.conftest import CLAUSES


def make_example(library: ClauseLibrary, country: str, lang: str | None = None) -> Instrument:
    """The draft for clauses/examples/<country>.json, in `lang` (default: the country's first)."""
    profile = library.profile(country)
    raw = json.loads((CLAUSES / "examples" / f"{country.lower()}.json").read_text(encoding="utf-8"))
    return assemble(library, profile, validate_answers(library, profile, raw, lang), lang)
