"""The diff as HTML: a fragment for the web view and a standalone page for `diff --out`."""

from __future__ import annotations

from collections.abc import Mapping
from html import escape

from drafting.diff.model import Change, DraftDiff, Segment

WORDS: dict[str, str] = {
    # the kinds of change
    "added": "Added",
    "removed": "Removed",
    "moved": "Moved",
    "renumbered": "Renumbered",
    "references-only": "References renumbered",
    "modified": "Modified",
    "parameter": "Parameter",
    "definition": "Definition",
    "table-cell": "Table cell",
    "title": "Title",
    # the units, where the instrument gives no word of its own
    "unit-provision": "Provision",
    "unit-definition": "Definition",
    "unit-schedule": "Schedule",
    "unit-part": "Part",
    "unit-preamble": "Preamble",
    "unit-title": "Title",
    # the labels around the text
    "old": "Old",
    "new": "New",
    "clause": "Clause",
    "references": "References that follow the new numbering:",
    "cause": "Because of the answers:",
    "summary": "{changes} changes, {substantive} of substance.",
    "no-changes": "No changes.",
    "answers": "Answers changed:",
}
"""The words of the HTML around the drafts' own text, in English; the web layer passes
them in the user's language."""


def heading(change: Change, *, words: Mapping[str, str] = WORDS, word: str = "") -> str:
    """ "Regulation 7 → 8: Heading" (plain text, not escaped); `word` is what the
    instrument calls a provision."""
    unit = (word if change.unit == "provision" and word else "") or words.get(
        f"unit-{change.unit}", change.unit.capitalize()
    )
    if change.unit in ("preamble", "title"):
        return unit
    numbers = [n for n in (change.old_number, change.new_number) if n]
    if len(numbers) == 2 and numbers[0] != numbers[1]:
        cited = f"{numbers[0]} → {numbers[1]}"
    else:
        cited = numbers[0] if numbers else ""
    head = f"{unit} {cited}".strip()
    return f"{head}: {change.heading}" if change.heading else head


def badge(change: Change, words: Mapping[str, str] = WORDS) -> str:
    """The kind of change as its badge names it."""
    if change.references_only:
        return words.get("references-only", WORDS["references-only"])
    return words.get(change.type, change.type)


def _segments(segments: tuple[Segment, ...], show: tuple[str, ...]) -> str:
    out = []
    for s in segments:
        if s.op not in show:
            continue
        text = escape(s.text).replace("\n", "<br>\n")
        if s.op == "insert":
            out.append(f"<ins>{text}</ins>")
        elif s.op == "delete":
            out.append(f"<del>{text}</del>")
        else:
            out.append(text)
    return "".join(out)


def _change(change: Change, mode: str, words: Mapping[str, str], word: str) -> str:
    kind = escape(change.type)
    parts = [
        f'<section class="change change-{kind}" id="change-{escape(change.id)}" '
        f'data-type="{kind}" data-substantive="{"true" if change.substantive else "false"}">',
        f'<h3><span class="badge">{escape(badge(change, words))}</span> '
        f"{escape(heading(change, words=words, word=word))}</h3>",
    ]
    if change.clause_id:
        parts.append(
            f'<p class="clause">{escape(words["clause"])} '
            f"<code>{escape(change.clause_id)}</code></p>"
        )
    label = change.detail.get("label")
    if label:
        parts.append(f'<p class="detail">{escape(label)}</p>')
    elif change.type == "table-cell":
        where = ", ".join(
            escape(str(change.detail.get(k) or "")) for k in ("schedule", "row", "column")
        )
        parts.append(f'<p class="detail">{where}</p>')
    if change.references:
        items = "".join(f"<li>{escape(old)} → {escape(new)}</li>" for old, new in change.references)
        parts.append(
            f'<div class="references"><p>{escape(words["references"])}</p><ul>{items}</ul></div>'
        )
    if change.segments:
        if mode == "side":
            parts.append(
                f'<div class="sides"><div class="old"><h4>{escape(words["old"])}</h4><p>'
                + _segments(change.segments, ("equal", "delete"))
                + f'</p></div><div class="new"><h4>{escape(words["new"])}</h4><p>'
                + _segments(change.segments, ("equal", "insert"))
                + "</p></div></div>"
            )
        else:
            parts.append(
                '<p class="inline">'
                + _segments(change.segments, ("equal", "delete", "insert"))
                + "</p>"
            )
    if change.cause:
        items = "".join(
            f"<li>{escape(a.label)}: {escape(a.old or '—')} → {escape(a.new or '—')} "
            f"<code>{escape(a.question)}</code></li>"
            for a in change.cause
        )
        parts.append(f'<div class="cause"><p>{escape(words["cause"])}</p><ul>{items}</ul></div>')
    parts.append("</section>")
    return "\n".join(parts)


def render_html(
    diff: DraftDiff,
    *,
    mode: str = "side",
    hide_renumbering: bool = False,
    summary: bool = True,
    words: Mapping[str, str] | None = None,
) -> str:
    """An HTML fragment: the summary (counts by type, the answers that changed; left out
    with `summary=False` where the page gives its own), then each change in a <section>;
    `mode` "side" shows old and new in two columns, "inline" one text with <del> and
    <ins>. `words` replaces the English words around the drafts' text. Every text is
    escaped."""
    if mode not in ("side", "inline"):
        raise ValueError(f"unknown mode {mode!r}: side or inline")
    w = {**WORDS, **(words or {})}
    parts = ['<div class="diff">']
    if summary:
        counts = "".join(
            f'<li data-type="{escape(t)}">{escape(w[t])}: {n}</li>'
            for t, n in diff.summary().items()
            if n
        )
        total = w["summary"].format(changes=len(diff.changes), substantive=len(diff.substantive))
        parts += [
            '<div class="diff-summary">',
            f"<p>{escape(total)}</p>",
            f'<ul class="counts">{counts}</ul>' if counts else f"<p>{escape(w['no-changes'])}</p>",
        ]
        if diff.answers:
            items = "".join(
                f"<li>{escape(a.label)}: {escape(a.old or '—')} → {escape(a.new or '—')}</li>"
                for a in diff.answers
            )
            parts.append(
                f'<div class="answers"><p>{escape(w["answers"])}</p><ul>{items}</ul></div>'
            )
        parts.append("</div>")
    word = diff.new.word or diff.old.word
    for change in diff.changes:
        if hide_renumbering and not change.substantive:
            continue
        parts.append(_change(change, mode, w, word))
    parts.append("</div>")
    return "\n".join(parts)


_CSS = """
body { font-family: Georgia, serif; margin: 2em auto; max-width: 72em; color: #1a1a1a; }
.change { border-top: 1px solid #bbb; padding: .5em 0 1em; }
.change h3 { font-size: 1.05em; margin: .4em 0; }
.badge { font: .75em sans-serif; text-transform: uppercase; background: #e4e4e4;
  padding: .15em .5em; border-radius: .3em; margin-right: .5em; }
.change-added .badge { background: #d4f2d4; } .change-removed .badge { background: #f6d5d5; }
.change-renumbered { color: #555; }
.sides { display: grid; grid-template-columns: 1fr 1fr; gap: 1.5em; }
.sides h4 { font: .8em sans-serif; margin: 0; color: #666; }
ins { background: #d4f2d4; text-decoration: none; }
del { background: #f6d5d5; }
.cause, .references, .clause, .detail { font-size: .9em; }
.counts li { display: inline; margin-right: 1.2em; }
"""


def page_html(diff: DraftDiff) -> str:
    """A standalone page (inline CSS, nothing fetched) of the side-by-side diff."""
    title = f"Changes: {diff.old_name or diff.old.title} → {diff.new_name or diff.new.title}"
    return (
        '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        f"<title>{escape(title)}</title>\n<style>{_CSS}</style>\n</head>\n<body>\n"
        f"<h1>{escape(title)}</h1>\n{render_html(diff)}\n</body>\n</html>\n"
    )
