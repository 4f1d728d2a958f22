"""`python -m drafting diff OLD NEW [--json] [--out FILE]`: the diff as text, JSON, an HTML
page or a Word redline."""

from __future__ import annotations

import json
import sys
from datetime import UTC, datetime
from pathlib import Path

from drafting.diff.engine import diff_instruments
from drafting.diff.html import heading, page_html
from drafting.diff.load import load_side
from drafting.diff.model import DraftDiff
from drafting.errors import Code, RenderError
from drafting.library import ClauseLibrary


def run_diff(
    old: Path,
    new: Path,
    *,
    library: ClauseLibrary | None,
    json_out: bool = False,
    out: Path | None = None,
    author: str = "ewaste-draft",
) -> int:
    """Prints the diff (text or JSON) and writes `out` when given; returns the exit code
    (0). Raises DocxImportError naming a file that cannot be read, RenderError X501 for an
    output format other than .html and .docx."""
    if out is not None and out.suffix.lower() not in (".html", ".docx"):
        raise RenderError(
            Code.UNSUPPORTED_FORMAT,
            f"Cannot write {out.name}: a redline is written to .html or .docx.",
            hint="Use --out changes.html (a page) or --out changes.docx (tracked changes).",
        )
    old_instrument = load_side(old)
    new_instrument = load_side(new)
    diff = diff_instruments(
        old_instrument, new_instrument, library=library, old_name=old.name, new_name=new.name
    )
    if json_out:
        print(json.dumps(diff.to_json(), ensure_ascii=False, indent=2))
    else:
        print(to_text(diff))
    if out is not None:
        if out.suffix.lower() == ".html":
            out.write_text(page_html(diff), encoding="utf-8")
        else:
            out.write_bytes(_redline(old, new, author))
        print(f"Wrote {out}.", file=sys.stderr)
    return 0


def _word(path: Path) -> bytes:
    """The side as Word: the file itself, or a draft model rendered as our output does."""
    data = path.read_bytes()
    if data[:2] == b"PK":
        return data
    from drafting.render.docx import render_docx

    return render_docx(load_side(data, path.name), drafting_notes=False)


def _redline(old: Path, new: Path, author: str) -> bytes:
    from drafting.redline import redline_docx

    return redline_docx(_word(old), _word(new), author=author, date=datetime.now(UTC))


def to_text(diff: DraftDiff) -> str:
    """A readable summary: counts, the answers that changed, then one line per change."""
    counts = ", ".join(f"{n} {t}" for t, n in diff.summary().items() if n)
    lines = [
        f"{diff.old_name or 'old'} -> {diff.new_name or 'new'}: {len(diff.changes)} changes, "
        f"{len(diff.substantive)} of substance" + (f" ({counts})" if counts else "")
    ]
    if diff.answers:
        lines.append("Answers changed:")
        lines += [
            f"  {a.label} [{a.question}]: {a.old or '-'} -> {a.new or '-'}" for a in diff.answers
        ]
    for c in diff.changes:
        line = f"{c.id:>4} {c.type:<10} {heading(c, word=diff.new.word or diff.old.word)}"
        if c.detail.get("label"):
            line += f" -- {c.detail['label']}"
        elif c.type == "table-cell":
            line += f" -- row {c.detail.get('row')}, {c.detail.get('column')}: "
            line += f"{c.detail.get('old') or '-'} -> {c.detail.get('new') or '-'}"
        if c.references:
            line += " -- references follow: " + ", ".join(f"{o} -> {n}" for o, n in c.references)
        if c.cause:
            line += " -- because of " + ", ".join(a.question for a in c.cause)
        lines.append(line)
    return "\n".join(lines)
