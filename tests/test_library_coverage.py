"""Coverage of the complete library: every topic, every language, sources, the question
catalogue, and drafts in the right language with no markup left over."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from drafting.answers import validate_answers
from drafting.model import Instrument, plain_text
from tests.conftest import CLAUSES
from tests.factories import make_example

SCHEMA = json.loads((CLAUSES / "schemas" / "clause.schema.json").read_text(encoding="utf-8"))
TOPICS = SCHEMA["$defs"]["clause"]["properties"]["topic"]["enum"]
LANGUAGES = {"en", "es", "fr"}
CASES = [("ZM", "en"), ("RW", "en"), ("RW", "fr"), ("PY", "es")]


def _texts(node, path="$"):
    """Every language map in a JSON document, with its path."""
    if isinstance(node, dict):
        if node and set(node) <= LANGUAGES and all(isinstance(v, str) for v in node.values()):
            yield path, node
            return
        for key, value in node.items():
            yield from _texts(value, f"{path}.{key}")
    elif isinstance(node, list):
        for i, value in enumerate(node):
            yield from _texts(value, f"{path}[{i}]")


def _library_files():
    for folder in ("clauses", "schedules", "terms", "questions", "rules"):
        yield from sorted((CLAUSES / folder).glob("*.json"))
    yield CLAUSES / "parts.json"


def test_every_topic_has_a_clause(library):
    covered = {c.topic for c in library.clauses}

    assert sorted(set(TOPICS) - covered) == []
    assert len(library.clauses) >= 80


def test_every_clause_has_sources(library):
    assert [c.id for c in library.clauses if not c.sources] == []
    assert [s.id for s in library.schedules if not s.sources] == []


@pytest.mark.parametrize("path", list(_library_files()), ids=lambda p: f"{p.parent.name}/{p.name}")
def test_every_text_is_in_english_spanish_and_french(path: Path):
    document = json.loads(path.read_text(encoding="utf-8"))

    missing = [
        (where, sorted(LANGUAGES - set(text)))
        for where, text in _texts(document)
        if set(text) != LANGUAGES
    ]

    assert missing == []


def test_question_catalogue(library):
    steps = [s.id for s in library.steps]
    assert len(library.questions) >= 35
    assert steps == [
        "instrument",
        "scope",
        "producers",
        "collection",
        "targets",
        "treatment",
        "transboundary",
        "products",
        "financing",
        "informal",
        "enforcement",
        "oversight",
        "transition",
    ]
    for question in library.questions:
        assert set(question.help) == LANGUAGES, question.id
        assert len(question.help["en"]) > 40, question.id
    for profile in library.profiles_by_id.values():
        # Every question asked with the defaults has a default for the country.
        assert validate_answers(library, profile, {}).values


_example = make_example


def _all_text(instrument: Instrument) -> str:
    lines = [instrument.title, instrument.number_line, *instrument.cover, *instrument.subtitle]
    lines += [plain_text(p.content) for p in instrument.preamble]

    def walk(provisions):
        for p in provisions:
            if hasattr(p, "content") and not hasattr(p, "rows"):
                lines.extend([p.heading or "", getattr(p, "label", ""), plain_text(p.content)])
                if hasattr(p, "after"):
                    lines.append(plain_text(p.after))
                walk(getattr(p, "children", ()))

    walk(instrument.body)
    for schedule in instrument.schedules:
        lines += [schedule.label, schedule.heading, schedule.referred_by]
        for item in schedule.content:
            if hasattr(item, "rows"):
                lines += [*item.columns, *(cell for row in item.rows for cell in row)]
            else:
                walk((item,))
    return "\n".join(lines)


@pytest.mark.parametrize(("country", "lang"), CASES)
def test_examples_have_no_markup_left_and_are_in_their_language(library, country, lang):
    text = _all_text(_example(library, country, lang))

    assert not re.search(r"[{}]|\bNone\b|\[\[", text)
    english = len(re.findall(r"\b(shall|the|of)\b", text))
    spanish = len(re.findall(r"\b(deberá|del|los)\b", text))
    french = len(re.findall(r"\b(doit|des|les)\b", text))
    counts = {"en": english, "es": spanish, "fr": french}
    assert max(counts, key=counts.get) == lang
    others = sum(v for k, v in counts.items() if k != lang)
    assert others < counts[lang] / 20


ANSWER_TOPICS = [
    ("epr_mandatory", True, "epr-model"),
    ("producer_registration", True, "producer-registration"),
    ("recovery_targets", True, "recovery-targets"),
    ("landfill_ban", True, "disposal-bans"),
    ("rohs_restriction", True, "hazardous-substances"),
    ("eco_design", True, "eco-design"),
    ("informal_sector_integration", True, "informal-sector"),
]
ALWAYS = [
    "interpretation",
    "scope-categories",
    "authority-functions",
    "treatment-licensing",
    "selective-treatment",
    "transboundary",
    "used-eee-imports",
    "offences-penalties",
    "transitional",
    "inspection",
    "appeals",
    "review",
    "records-reporting",
    "labelling-information",
    "reuse-data-security",
    "worker-safety",
]


@pytest.mark.parametrize(("country", "lang"), CASES)
def test_examples_contain_every_topic_their_answers_call_for(library, country, lang):
    instrument = _example(library, country, lang)
    answers = instrument.answers

    # A topic is provided for in the regulation, in the companion bill, or listed in the
    # drafting notes with the reason it is not in the regulation (outside its powers).
    provided = {p.clause_id for p in instrument.provenance} | {
        d.clause_id for d in instrument.displaced
    }
    topics = {library.clauses_by_id[c].topic for c in provided}

    expected = set(ALWAYS)
    expected |= {topic for qid, value, topic in ANSWER_TOPICS if answers.get(qid) == value}
    if answers.get("collection_target_basis") in ("placed-on-market", "generated"):
        expected.add("collection-targets")
    if answers.get("distributor_takeback") not in (None, "none"):
        expected.add("collection-takeback")
    if answers.get("epr_model") in ("collective", "mixed"):
        expected.add("pro-governance")
    assert sorted(expected - topics) == []
