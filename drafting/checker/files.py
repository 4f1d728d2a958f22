"""A file to check: a Word document (through the importer) or a draft model (.json)."""

from __future__ import annotations

import json

from drafting.checker import check
from drafting.checker.report import Report
from drafting.errors import Code, DocxImportError, DraftingError, Location
from drafting.importer.docx import import_docx
from drafting.library import ClauseLibrary
from drafting.model import Instrument, Profile
from drafting.serialize import instrument_from_json


def load_document(data: bytes, filename: str) -> Instrument:
    """The instrument in `data`: a .docx, or a draft model's JSON. Raises DocxImportError
    (I601-I605) or DraftingError X501 with a message naming the file."""
    name = filename.lower()
    if name.endswith(".json") or data[:1] in (b"{", b" ", b"\n"):
        try:
            parsed = json.loads(data.decode("utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise DocxImportError(
                Code.UNKNOWN_DOCUMENT,
                f"{filename} is not valid JSON: {exc}.",
                location=Location(file=filename),
                hint="Check a Word file (.docx) or a draft model written by `build --out x.json`.",
            ) from exc
        return instrument_from_json(parsed, filename)
    if name.endswith((".doc", ".pdf", ".odt", ".rtf", ".txt")):
        raise DocxImportError(
            Code.UNKNOWN_DOCUMENT,
            f"{filename} is not a Word .docx file.",
            location=Location(file=filename),
            hint="Save it from Word or LibreOffice as .docx and check it again.",
        )
    return import_docx(data)


def load_versions(data: bytes, filename: str) -> tuple[Instrument, ...]:
    """The instrument in the file, or each language of a parallel Word document (Rwanda's
    columns side by side), the first language first."""
    if not filename.lower().endswith(".json") and data[:2] == b"PK":
        from drafting.importer.parallel import import_parallel
        from drafting.importer.safety import open_package

        open_package(data)  # size, zip bomb, entities, encryption: before any parser
        versions = import_parallel(data)
        if versions:
            return tuple(versions)
    return (load_document(data, filename),)


def check_bytes(
    data: bytes,
    filename: str,
    *,
    library: ClauseLibrary | None = None,
    profile: Profile | None = None,
) -> Report:
    """The report on one uploaded or named file; a parallel document's language versions
    are checked against each other."""
    return check_files(data, filename, library=library, profile=profile)


def check_files(
    data: bytes,
    filename: str,
    *,
    library: ClauseLibrary | None = None,
    profile: Profile | None = None,
    other: tuple[bytes, str] | None = None,
) -> Report:
    """The report on a file, and on its other language version when given (a second file,
    or the second language of a parallel document)."""
    versions = load_versions(data, filename)
    second: Instrument | None = versions[1] if len(versions) > 1 else None
    if other is not None:
        second = load_versions(*other)[0]
    return check(versions[0], name=filename, library=library, profile=profile, other=second)


__all__ = ["DraftingError", "check_bytes", "check_files", "load_document", "load_versions"]
