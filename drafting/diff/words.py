"""Word-level comparison of two texts: tokens are words, runs of spaces and single marks."""

from __future__ import annotations

import re
from difflib import SequenceMatcher

from drafting.diff.model import Segment

_TOKEN = re.compile(r"\w+|\s+|[^\w\s]")


def tokens(text: str) -> list[str]:
    return _TOKEN.findall(text)


def word_segments(old: str, new: str) -> tuple[Segment, ...]:
    """The segments that turn `old` into `new`, a replacement as its deletion then its
    insertion, adjacent segments of the same kind merged. Lines are matched first and
    words only within lines that differ, which keeps long provisions fast."""
    a, b = old.splitlines(keepends=True), new.splitlines(keepends=True)
    raw: list[tuple[str, str]] = []
    for op, i1, i2, j1, j2 in SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if op == "equal":
            raw.append(("equal", "".join(a[i1:i2])))
        else:
            raw += _words("".join(a[i1:i2]), "".join(b[j1:j2]))
    return merge(_absorb_spaces(raw))


def _words(old: str, new: str) -> list[tuple[str, str]]:
    a, b = tokens(old), tokens(new)
    raw: list[tuple[str, str]] = []
    for op, i1, i2, j1, j2 in SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if op == "equal":
            raw.append(("equal", "".join(a[i1:i2])))
            continue
        if op in ("delete", "replace"):
            raw.append(("delete", "".join(a[i1:i2])))
        if op in ("insert", "replace"):
            raw.append(("insert", "".join(b[j1:j2])))
    return raw


def _absorb_spaces(raw: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """A lone space kept between two edits joins both edits, so that "20 % -> 30 %" reads
    as one replacement, not a patchwork."""
    out: list[tuple[str, str]] = []
    for n, (op, text) in enumerate(raw):
        between = 0 < n < len(raw) - 1 and raw[n - 1][0] != "equal" and raw[n + 1][0] != "equal"
        if op == "equal" and between and text.isspace():
            out += [("delete", text), ("insert", text)]
        else:
            out.append((op, text))
    return out


def merge(raw: list[tuple[str, str]]) -> tuple[Segment, ...]:
    """Each run of edits between two equal runs as one deletion then one insertion."""
    out: list[Segment] = []
    deleted: list[str] = []
    inserted: list[str] = []

    def flush() -> None:
        if deleted:
            out.append(Segment(op="delete", text="".join(deleted)))
        if inserted:
            out.append(Segment(op="insert", text="".join(inserted)))
        deleted.clear()
        inserted.clear()

    for op, text in raw:
        if not text:
            continue
        if op == "delete":
            deleted.append(text)
        elif op == "insert":
            inserted.append(text)
        else:
            flush()
            if out and out[-1].op == "equal":
                out[-1] = Segment(op="equal", text=out[-1].text + text)
            else:
                out.append(Segment(op="equal", text=text))
    flush()
    return tuple(out)


def is_equal(segments: tuple[Segment, ...]) -> bool:
    return all(s.op == "equal" for s in segments)
