"""Clause-aware diff of two drafts (issue 16): `diff_instruments`, `align`, `load_side`."""

from __future__ import annotations

from drafting.diff.align import align
from drafting.diff.engine import diff_instruments
from drafting.diff.load import load_side
from drafting.diff.model import AnswerChange, Change, DraftDiff, Segment

__all__ = [
    "AnswerChange",
    "Change",
    "DraftDiff",
    "Segment",
    "align",
    "diff_instruments",
    "load_side",
]
