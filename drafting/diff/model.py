"""The result of comparing two drafts: changes, their word segments and the answers behind them."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

FORMAT = "ewaste-diff/1"
CHANGE_TYPES = (
    "added",
    "removed",
    "moved",
    "renumbered",
    "modified",
    "parameter",
    "definition",
    "table-cell",
    "title",
)


@dataclass(frozen=True, slots=True, kw_only=True)
class Segment:
    """A run of words that is the same on both sides ("equal"), or only in the new
    ("insert") or only in the old ("delete")."""

    op: str
    text: str


@dataclass(frozen=True, slots=True, kw_only=True)
class AnswerChange:
    """An answer that differs between the two drafts, as display strings ("" when unset)."""

    question: str
    label: str
    old: str
    new: str

    def to_json(self) -> dict[str, str]:
        return {"question": self.question, "label": self.label, "old": self.old, "new": self.new}


@dataclass(frozen=True, slots=True, kw_only=True)
class Change:
    """One change between two drafts; numbers are as cited ("7"), "" where a side has none."""

    id: str
    type: str
    unit: str
    old_number: str = ""
    new_number: str = ""
    clause_id: str = ""
    old_eid: str = ""
    new_eid: str = ""
    heading: str = ""
    substantive: bool = True
    segments: tuple[Segment, ...] = ()
    references: tuple[tuple[str, str], ...] = ()
    cause: tuple[AnswerChange, ...] = ()
    detail: Mapping[str, str | None] = field(default_factory=dict)

    @property
    def references_only(self) -> bool:
        """A provision that kept its number and whose references alone follow new numbers."""
        return self.type == "renumbered" and self.old_number == self.new_number

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "type": self.type,
            "unit": self.unit,
            "old_number": self.old_number,
            "new_number": self.new_number,
            "clause_id": self.clause_id,
            "old_eid": self.old_eid,
            "new_eid": self.new_eid,
            "heading": self.heading,
            "substantive": self.substantive,
            "segments": [{"op": s.op, "text": s.text} for s in self.segments],
            "references": [{"old": o, "new": n} for o, n in self.references],
            "cause": [a.to_json() for a in self.cause],
            "detail": {k: self.detail[k] for k in sorted(self.detail)},
        }


@dataclass(frozen=True, slots=True, kw_only=True)
class Side:
    """What the JSON says of each draft compared."""

    name: str = ""
    title: str = ""
    country: str = ""
    language: str = ""
    word: str = ""  # what the instrument calls a provision: "Regulation", "Artículo"

    def to_json(self) -> dict[str, str]:
        return {
            "name": self.name,
            "title": self.title,
            "country": self.country,
            "language": self.language,
            "word": self.word,
        }


@dataclass(frozen=True, slots=True, kw_only=True)
class DraftDiff:
    """The changes from `old` to `new`, in the new document's order (a removed provision
    stands where it was), and the answers that differ."""

    old_name: str = ""
    new_name: str = ""
    old: Side = Side()
    new: Side = Side()
    changes: tuple[Change, ...] = ()
    answers: tuple[AnswerChange, ...] = ()

    def summary(self) -> dict[str, int]:
        """Counts by change type; every type is present, zero when absent."""
        counts = Counter(c.type for c in self.changes)
        return {t: counts.get(t, 0) for t in CHANGE_TYPES}

    @property
    def substantive(self) -> tuple[Change, ...]:
        return tuple(c for c in self.changes if c.substantive)

    def to_json(self) -> dict[str, Any]:
        return {
            "format": FORMAT,
            "old": self.old.to_json(),
            "new": self.new.to_json(),
            "summary": self.summary(),
            "answers": [a.to_json() for a in self.answers],
            "changes": [c.to_json() for c in self.changes],
        }
