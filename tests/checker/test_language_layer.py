"""The spaCy language layer: lemmas make singular and plural one term in each language,
lower-cased first; pipelines are built once per process, only for the languages checked."""

from __future__ import annotations

import subprocess
import sys

import pytest

from drafting.nlp import language_of, layer


@pytest.mark.parametrize(
    ("language", "a", "b"),
    [
        ("en", "producers", "producer"),
        ("en", "Producers", "producer"),
        ("es", "productores", "productor"),
        ("es", "Productores", "productor"),
        ("fr", "distributeurs", "distributeur"),
        ("fr", "Distributeurs", "distributeur"),
    ],
)
def test_plural_and_singular_are_one_term(language: str, a: str, b: str) -> None:
    assert layer(language).lemma(a) == layer(language).lemma(b)


def test_phrases_match_on_lemmas() -> None:
    es = layer("es")
    matcher = es.phrase_matcher({"sistema": ["sistema colectivo de gestión"]})
    doc = es.analyse("Los Sistemas Colectivos de Gestión deberán informar.")
    assert [doc[s:e].text for _, s, e in matcher(doc)] == ["sistemas colectivos de gestión"]
    en = layer("en")
    assert en.key("Producer Responsibility Organisations") == en.key(
        "producer responsibility organisation"
    )


def test_sentences_and_unknown_languages() -> None:
    doc = layer("fr").analyse("Le producteur doit s'enregistrer. Il tient un registre.")
    assert len(list(doc.sents)) == 2
    assert language_of("rw") == "en"


def test_pipelines_are_built_only_for_the_languages_checked() -> None:
    """A fresh process that checks an English draft builds the English pipeline only, and
    builds it once however many documents it checks."""
    script = (
        "from pathlib import Path\n"
        "from drafting.library import load_library\n"
        "from drafting.checker import check\n"
        "from drafting import nlp\n"
        "from tests.factories import make_example\n"
        "lib = load_library(Path('clauses'))\n"
        "zm = make_example(lib, 'ZM')\n"
        "check(zm, library=lib); check(zm, library=lib)\n"
        "print(','.join(nlp.built()))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True, timeout=120
    )
    assert out.stdout.strip() == "en"
