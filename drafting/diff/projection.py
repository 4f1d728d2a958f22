"""The old text of a provision rewritten with the new text's reference words and parameter
values, so that references that only follow renumbering stop being differences."""

from __future__ import annotations

from collections import defaultdict

from drafting.diff.model import Segment
from drafting.diff.texts import Rendered
from drafting.diff.words import merge


def project(
    old: Rendered, new: Rendered
) -> tuple[str, list[tuple[str, str]], list[tuple[str, str, str]]]:
    """The old text with each reference and parameter written as the new text writes the
    one with the same key: references that only follow renumbering, and new parameter
    values, stop being differences. Returns that text, the references so rewritten
    (old, new) and the parameters (name, old, new)."""
    edits, refs, params = _edits(old, new)
    projected = old.text
    for start, end, text in sorted(edits, reverse=True):
        projected = projected[:start] + text + projected[end:]
    return projected, refs, params


def _edits(
    old: Rendered, new: Rendered
) -> tuple[list[tuple[int, int, str]], list[tuple[str, str]], list[tuple[str, str, str]]]:
    queues: dict[tuple[str, str], list[str]] = defaultdict(list)
    for span in new.spans:
        queues[(span.kind, span.key)].append(span.text)
    edits: list[tuple[int, int, str]] = []
    refs: list[tuple[str, str]] = []
    params: list[tuple[str, str, str]] = []
    for span in old.spans:
        queue = queues.get((span.kind, span.key))
        if not queue:
            continue
        text = queue.pop(0)
        if text == span.text:
            continue
        edits.append((span.start, span.end, text))
        if span.kind == "ref":
            refs.append((span.text, text))
        else:
            params.append((span.key.split("#")[0], span.text, text))
    return edits, refs, params


def _common_words(a: str, b: str) -> int:
    """The length of the words both texts begin with: "regulation 19", "regulation 20": 11."""
    head = 0
    while head < min(len(a), len(b)) and a[head] == b[head]:
        head += 1

    def inside(text: str) -> bool:
        return head < len(text) and text[head].isalnum()

    while head and a[head - 1].isalnum() and (inside(a) or inside(b)):
        head -= 1
    return head


def edit_segments(old: Rendered, new: Rendered) -> tuple[Segment, ...]:
    """The segments of a text whose only differences are its references: each reference's
    differing words deleted and inserted, found without a general word diff."""
    edits, _, _ = _edits(old, new)
    raw: list[tuple[str, str]] = []
    at = 0
    for start, end, text in sorted(edits):
        was = old.text[start:end]
        head = _common_words(was, text)
        raw.append(("equal", old.text[at : start + head]))
        raw += [("delete", was[head:]), ("insert", text[head:])]
        at = end
    raw.append(("equal", old.text[at:]))
    return merge(raw)
