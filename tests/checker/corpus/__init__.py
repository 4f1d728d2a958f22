"""The checker's quality corpus: documents with one planted defect each and clean controls
(`cases.CASES`), built from our example drafts and from plainly typed regulations
(`build`). Used by `tests/checker/test_corpus.py` and `bench/checker_quality.py`."""

from tests.checker.corpus.build import BASES, Case, Corpus, Outcome, cite_matches, evaluate
from tests.checker.corpus.cases import CASES

__all__ = ["BASES", "CASES", "Case", "Corpus", "Outcome", "cite_matches", "evaluate"]
