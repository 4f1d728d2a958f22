"""One side of a comparison read from a file: a draft model (.json) or a Word file."""

from __future__ import annotations

from pathlib import Path

from drafting.checker.files import load_document
from drafting.errors import Code, DocxImportError, DraftingError, Location
from drafting.model import Instrument


def load_side(source: str | Path | bytes, name: str = "") -> Instrument:
    """The draft in `source` (a path, or the bytes of a .json draft model or a .docx).
    Raises DocxImportError (I601-I605) naming the file when it cannot be read."""
    if isinstance(source, bytes):
        data, name = source, name or "document"
    else:
        path = Path(source)
        name = name or path.name
        try:
            data = path.read_bytes()
        except OSError as exc:
            raise DocxImportError(
                Code.UNREADABLE_DOCX,
                f"Cannot read {name}: {exc.strerror or exc}.",
                location=Location(file=name),
                hint="Give the path of a .docx file or of a draft model (.json).",
            ) from exc
    try:
        return load_document(data, name)
    except DraftingError as exc:
        if name in exc.message:
            raise
        raise type(exc)(
            exc.code,
            f"{name}: {exc.message}",
            location=Location(file=name),
            hint=exc.hint,
            detail=exc.detail,
            problems=exc.problems,
        ) from exc
