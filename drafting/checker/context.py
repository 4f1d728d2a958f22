"""What every check receives: the document, the country's profile when known, the library,
the language layer, and the same instrument in another language when there is one."""

from __future__ import annotations

from collections.abc import Callable
from functools import cached_property
from typing import Any, TypeVar

from spacy.tokens import Doc as SpacyDoc

from drafting.checker.document import Doc, Unit
from drafting.checker.report import Finding, Severity
from drafting.checker.rules import RULES
from drafting.library import ClauseLibrary
from drafting.model import Profile
from drafting.nlp import Layer, layer

T = TypeVar("T")


class Context:
    def __init__(
        self,
        doc: Doc,
        *,
        profile: Profile | None = None,
        library: ClauseLibrary | None = None,
        other: Doc | None = None,
    ) -> None:
        self.doc = doc
        self.profile = profile
        self.library = library
        self.other = other
        self._memo: dict[str, Any] = {}

    @property
    def language(self) -> str:
        return self.doc.language

    @cached_property
    def layer(self) -> Layer:
        """The language layer; built on first use, so a check that needs no lemmas costs
        no pipeline."""
        return layer(self.doc.language)

    @cached_property
    def _analysed(self) -> dict[int, SpacyDoc]:
        units = [u for u in self.doc.units if u.text]
        return dict(
            zip(
                (u.index for u in units),
                self.layer.analyse_many([u.text for u in units]),
                strict=True,
            )
        )

    def memo(self, key: str, compute: Callable[[], T]) -> T:
        """`compute()` once per check run: the checks share what they read of the document
        (its references, duties, penalties, sentence index)."""
        if key not in self._memo:
            self._memo[key] = compute()
        return self._memo[key]  # type: ignore[no-any-return]

    def analysed(self, unit: Unit) -> SpacyDoc:
        """The unit's text analysed once for every check (lower-cased: lemmas, sentences);
        its characters line up with `unit.text`."""
        found = self._analysed.get(unit.index)
        return found if found is not None else self.layer.analyse(unit.text)

    def finding(
        self,
        rule: str,
        unit: Unit | None,
        message: str,
        *,
        evidence: str = "",
        suggestion: str = "",
        severity: Severity | None = None,
    ) -> Finding:
        """A finding of rule `rule` (drafting/checker/rules.py: its category and severity)
        located at `unit` (None: the whole instrument)."""
        entry = RULES[rule]
        return Finding(
            rule=rule,
            category=entry.category,
            severity=severity or entry.severity,
            provision=unit.cite if unit is not None else "",
            eid=unit.eid if unit is not None else "",
            message=message,
            evidence=_clip(evidence),
            suggestion=suggestion,
        )


def _clip(text: str, limit: int = 240) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"
