"""The language layer: one spaCy pipeline per language, built lazily once per process.

`spacy.blank(lang)` with the lookup lemmatizer of `spacy-lookups-data` and a sentencizer;
no downloaded model. Building French takes seconds, so a pipeline is built only when a
document in that language is first checked, and kept. Texts are lower-cased before they
are analysed: the lookup tables are case-sensitive ("Producers" has no lemma)."""

from __future__ import annotations

import threading
from collections.abc import Iterable, Mapping, Sequence
from functools import cache

import spacy
from spacy.language import Language
from spacy.matcher import Matcher, PhraseMatcher
from spacy.tokens import Doc

LANGUAGES = ("en", "es", "fr")
_LOCK = threading.Lock()
_BUILT: list[str] = []


def language_of(language: str) -> str:
    """The pipeline language for a document language ("rw" and others: English)."""
    return language if language in LANGUAGES else "en"


def pipeline(language: str) -> Language:
    """The pipeline for `language`, built on first use and kept for the process."""
    lang = language_of(language)
    with _LOCK:
        return _build(lang)


@cache
def _build(language: str) -> Language:
    nlp = spacy.blank(language)
    nlp.add_pipe("lemmatizer", config={"mode": "lookup"})
    nlp.initialize()
    nlp.add_pipe("sentencizer")
    _BUILT.append(language)
    return nlp


def built() -> tuple[str, ...]:
    """The languages whose pipelines this process has built."""
    return tuple(_BUILT)


class Layer:
    """Lemmas, sentences and phrase matching for one language."""

    def __init__(self, language: str) -> None:
        self.language = language_of(language)
        self.nlp = pipeline(self.language)
        lemmatizer = self.nlp.get_pipe("lemmatizer")
        self._table = lemmatizer.lookups.get_table("lemma_lookup")  # type: ignore[attr-defined]
        self._memo: dict[str, str] = {}
        self._ids: dict[str, int] = {}
        self._sentencizer = self.nlp.get_pipe("sentencizer")

    def analyse(self, text: str) -> Doc:
        """The lower-cased text as a spaCy Doc, with lemmas and sentences.

        The tokenizer and sentencizer are spaCy's; the lemmas are the lookup lemmatizer's
        table, memoised per word (a legal text repeats its words: this is several times
        faster than running the lemmatizer component on every token)."""
        doc = self.nlp.make_doc(text.lower())
        strings = self.nlp.vocab.strings
        memo = self._ids
        for token in doc:
            word = token.text
            found = memo.get(word)
            if found is None:
                found = memo[word] = strings.add(self.lemma(word))
            token.lemma = found
        return self._sentencizer(doc)

    def analyse_many(self, texts: Sequence[str]) -> list[Doc]:
        return [self.analyse(t) for t in texts]

    def lemma(self, word: str) -> str:
        """The lemma of one word, lower-cased ("Producers" -> "producer")."""
        low = word.lower()
        found = self._memo.get(low)
        if found is None:
            found = self._table.get(low, low)
            if isinstance(found, list):  # French lists some lemmas as alternatives
                found = found[0] if found else low
            if found == low and self.language == "en" and _plural_coinage(low):
                found = low[:-1]  # acronyms and coinages the tables lack: "pros", "eees"
            self._memo[low] = found
        return found

    def lemmas(self, text: str) -> tuple[str, ...]:
        """The lemmas of a phrase: "Producers' registers" -> ("producer", "'", "register")."""
        return tuple(self.lemma(t.text) for t in self.nlp.make_doc(text.lower()) if not t.is_space)

    def key(self, text: str) -> str:
        """A phrase's lemma key: the same for "producers" and "producer", "productores" and
        "productor"; punctuation and quotes left out."""
        doc = self.nlp.make_doc(text.lower())
        return " ".join(self.lemma(t.text) for t in doc if not (t.is_punct or t.is_space))

    def phrase_matcher(self, phrases: Mapping[str, Iterable[str]]) -> PhraseMatcher:
        """A matcher on lemmas: `phrases` maps a label to the phrases that mean it."""
        matcher = PhraseMatcher(self.nlp.vocab, attr="LEMMA")
        for label, items in phrases.items():
            patterns = [self.analyse(p) for p in items if p.strip()]
            if patterns:
                matcher.add(label, patterns)
        return matcher

    def matcher(self) -> Matcher:
        return Matcher(self.nlp.vocab)


def _plural_coinage(word: str) -> bool:
    return len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is"))


@cache
def layer(language: str) -> Layer:
    """The language layer for `language`, one per process."""
    return Layer(language_of(language))
