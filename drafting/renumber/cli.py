"""`python -m drafting renumber EDITED.docx --out FIXED.docx [--json] [--author NAME]`."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

from drafting.errors import Code, DocxImportError, Location, RenderError
from drafting.renumber import RenumberResult, renumber_docx

EXIT_UNRESOLVED = 1


def run_renumber(
    edited: Path, out: Path, *, author: str, json_out: bool = False, date: datetime | None = None
) -> int:
    """Writes the repaired document to `out` and prints the report; returns 0 when every
    internal cross-reference was resolved, 1 when some were not (they are listed). Raises
    RenderError X501 when `out` is not a .docx, DocxImportError I605 when the input is not
    one, I601-I604 when it cannot be read; OSError for a missing file."""
    if out.suffix.lower() != ".docx":
        raise RenderError(
            Code.UNSUPPORTED_FORMAT,
            f"Cannot write {out.name}: the repaired document is a Word file.",
            location=Location(file=str(out)),
            hint="Use --out FIXED.docx.",
        )
    data = edited.read_bytes()
    if edited.suffix.lower() != ".docx" and data[:2] != b"PK":
        raise DocxImportError(
            Code.UNKNOWN_DOCUMENT,
            f"{edited.name} is not a Word .docx file.",
            location=Location(file=str(edited)),
            hint="Save it from Word or LibreOffice as .docx and run renumber again.",
        )
    result = renumber_docx(data, author=author, date=date or datetime.now(UTC))
    out.write_bytes(result.docx)
    if json_out:
        print(json.dumps(result.to_json(), ensure_ascii=False, indent=2))
    else:
        print(to_text(result, out))
    return EXIT_UNRESOLVED if result.unresolved else 0


def to_text(result: RenumberResult, out: Path) -> str:
    summary = result.to_json()["summary"]
    assert isinstance(summary, dict)
    lines = [
        f"Renumbered {summary['renumbered']} provisions and parts; updated "
        f"{summary['references']} cross-references and {summary['arrangement']} entries of "
        f"the arrangement, as tracked changes in {out}."
    ]
    moved = [f"  {old} -> {new}" for old, new in result.renumbered]
    if moved:
        lines += ["Numbers changed:", *moved]
    if result.unresolved:
        lines.append(f"{len(result.unresolved)} cross-references could not be resolved:")
        lines += [
            f"  in {u.where or 'the preamble'}: “{u.text}” ({u.reason})" for u in result.unresolved
        ]
    else:
        lines.append("Every internal cross-reference resolved.")
    return "\n".join(lines)


__all__ = ["run_renumber", "to_text"]
