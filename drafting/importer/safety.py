"""The first look at an uploaded Word file: its size, its zip container and its XML parts,
checked before any parser builds a tree from them.

A .docx is a zip of XML parts. A hostile one can unpack to gigabytes (a zip bomb), hide
entity definitions that expand exponentially ("billion laughs") or point an entity at a
file on the server (external entities). Here every limit is checked on the zip's own
directory before anything is unpacked, each part is unpacked in bounded chunks, and a part
holding a DTD or an entity declaration is refused: a Word document never needs one."""

from __future__ import annotations

import io
import zipfile
import zlib
from dataclasses import dataclass

from drafting.errors import Code, DocxImportError

MAX_FILE_BYTES = 20 * 1024 * 1024  # an upload: a 1 000-page regulation is about 2 MB
MAX_ENTRIES = 5_000  # parts in the package
MAX_UNPACKED_BYTES = 200 * 1024 * 1024  # all parts together, as the zip declares them
MAX_XML_PART_BYTES = 64 * 1024 * 1024  # one XML part, unpacked
MAX_RATIO = 100  # unpacked : packed, for a part large enough to matter
_RATIO_FLOOR = 1024 * 1024  # smaller parts may compress well (a page of spaces) and harm no one
_CHUNK = 64 * 1024

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # the compound file of Office 97-2003
_XML_SUFFIXES = (".xml", ".rels", ".vml")
_DECLARATIONS = tuple(
    word.encode(encoding)
    for word in ("<!DOCTYPE", "<!ENTITY", "<!doctype", "<!entity")
    for encoding in ("utf-8", "utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be")
)
_OVERLAP = max(len(d) for d in _DECLARATIONS)

_SAVE_AS_DOCX = "Open it in Word or LibreOffice, save it as a Word document (.docx) and try again."


@dataclass(frozen=True, slots=True)
class Package:
    """The XML parts of a checked package, by part name ("word/document.xml").

    Media and other binary parts are listed in `names` but never unpacked."""

    parts: dict[str, bytes]
    names: frozenset[str]

    def get(self, name: str) -> bytes | None:
        """A part by name; part names are case-insensitive (ECMA-376 Part 2, 9.1.1)."""
        name = name.lstrip("/")
        found = self.parts.get(name)
        if found is None:
            folded = name.casefold()
            found = next((v for k, v in self.parts.items() if k.casefold() == folded), None)
        return found


def open_package(data: bytes) -> Package:
    """The package in `data`, after every check on size, container and XML declarations.

    Raises DocxImportError: I601 empty, not a zip or corrupt; I602 too large or unpacking
    to too much (zip bomb); I603 a DTD or entity declaration in an XML part; I604 a
    password-protected file; I605 another kind of file (a .doc, .odt or plain zip)."""
    if not data:
        raise _error(Code.UNREADABLE_DOCX, "The file is empty.", "Choose the saved .docx file.")
    if len(data) > MAX_FILE_BYTES:
        raise _error(
            Code.DOCX_TOO_LARGE,
            f"The file is {_mb(len(data))}, more than the {_mb(MAX_FILE_BYTES)} accepted.",
            "Remove large pictures or embedded files from the document, or check it in parts.",
        )
    if data.startswith(OLE_MAGIC):
        raise _compound_file(data)
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, EOFError) as exc:
        raise _not_a_zip(data, exc) from exc
    with archive:
        infos = archive.infolist()
        _check_directory(infos)
        parts = {info.filename: _read_xml(archive, info) for info in infos if _is_xml(info)}
    names = frozenset(info.filename for info in infos)
    if "[Content_Types].xml" not in names:
        kind = "an OpenDocument file (.odt)" if "mimetype" in names else "a zip archive"
        raise _error(
            Code.UNKNOWN_DOCUMENT, f"The file is {kind}, not a Word document.", _SAVE_AS_DOCX
        )
    return Package(parts=parts, names=names)


def _check_directory(infos: list[zipfile.ZipInfo]) -> None:
    """Limits read from the zip's central directory, before anything is unpacked."""
    if len(infos) > MAX_ENTRIES:
        raise _error(
            Code.DOCX_TOO_LARGE,
            f"The file packs {len(infos)} parts; a Word document has a few dozen.",
            "Save the document again from Word as .docx; if it is a real document, split it.",
        )
    seen: set[str] = set()
    total = 0
    for info in infos:
        if info.filename in seen:
            raise _error(
                Code.UNREADABLE_DOCX,
                f"The file is damaged: it holds the part {info.filename} twice.",
                _SAVE_AS_DOCX,
            )
        seen.add(info.filename)
        if info.flag_bits & 0x1:
            raise _error(
                Code.ENCRYPTED_DOCX,
                "The file is password-protected: its parts are encrypted.",
                "Remove the password in Word (File > Info > Protect Document) and save again.",
            )
        total += info.file_size
        if total > MAX_UNPACKED_BYTES:
            raise _bomb(f"its parts unpack to more than {_mb(MAX_UNPACKED_BYTES)}")
        if info.file_size > _RATIO_FLOOR and (
            info.compress_size == 0 or info.file_size / info.compress_size > MAX_RATIO
        ):
            raise _bomb(
                f"the part {info.filename} unpacks from {_mb(info.compress_size)} to "
                f"{_mb(info.file_size)}"
            )


def _is_xml(info: zipfile.ZipInfo) -> bool:
    name = info.filename.lower()
    return not info.is_dir() and (name.endswith(_XML_SUFFIXES) or name == "[content_types].xml")


def _read_xml(archive: zipfile.ZipFile, info: zipfile.ZipInfo) -> bytes:
    """An XML part unpacked in chunks: never more than its declared size (zipfile stops
    there and checks the CRC) nor the limit for one part; refused when it declares a DTD
    or an entity, wherever in the part and in whatever encoding."""
    if info.file_size > MAX_XML_PART_BYTES:
        raise _bomb(f"the part {info.filename} unpacks to {_mb(info.file_size)}")
    chunks: list[bytes] = []
    size = 0
    tail = b""
    try:
        with archive.open(info) as member:
            while chunk := member.read(_CHUNK):
                size += len(chunk)
                if size > MAX_XML_PART_BYTES:
                    raise _bomb(f"the part {info.filename} unpacks to more than it declares")
                window = tail + chunk
                if any(d in window for d in _DECLARATIONS):
                    raise _error(
                        Code.HOSTILE_DOCX,
                        f"The file's part {info.filename} declares a DTD or XML entities, "
                        "which a Word document never contains; they can be used to read "
                        "files on the server or exhaust its memory.",
                        "Do not upload this file. If you made it yourself, save the document "
                        "again from Word as .docx.",
                    )
                tail = window[-_OVERLAP:]
                chunks.append(chunk)
    except (zipfile.BadZipFile, zlib.error, EOFError, OSError) as exc:
        raise _error(
            Code.UNREADABLE_DOCX,
            f"The file is damaged: its part {info.filename} cannot be unpacked.",
            _SAVE_AS_DOCX,
            detail=str(exc),
        ) from exc
    except NotImplementedError as exc:
        raise _error(
            Code.UNREADABLE_DOCX,
            f"The file's part {info.filename} is packed with a method Word does not use.",
            _SAVE_AS_DOCX,
            detail=str(exc),
        ) from exc
    return b"".join(chunks)


def _compound_file(data: bytes) -> DocxImportError:
    """An Office 97-2003 compound file: an encrypted .docx (Word wraps a password-protected
    document in one), or a .doc, .xls or .ppt. The stream names are in UTF-16."""

    def has(name: str) -> bool:
        return name.encode("utf-16-le") in data

    if has("WordDocument") and not has("EncryptedPackage"):
        return _error(
            Code.UNKNOWN_DOCUMENT,
            "The file is a Word 97-2003 document (.doc), not a .docx.",
            "Open it in Word or LibreOffice and save it as a Word document (.docx).",
        )
    if has("Workbook") or has("PowerPoint Document"):
        return _error(
            Code.UNKNOWN_DOCUMENT,
            "The file is an Excel or PowerPoint 97-2003 file, not a Word document.",
            "Check the regulation's Word file (.docx).",
        )
    return _error(
        Code.ENCRYPTED_DOCX,
        "The file is password-protected (encrypted), so its text cannot be read.",
        "Remove the password in Word (File > Info > Protect Document > Encrypt with "
        "Password, clear it) and save the document again.",
    )


def _not_a_zip(data: bytes, exc: Exception) -> DocxImportError:
    head = data[:8].lstrip()
    if head.startswith(b"%PDF"):
        what = "a PDF file, not a Word document"
    elif head.startswith(b"{\\rtf"):
        what = "a Rich Text (.rtf) file, not a .docx"
    elif data.startswith(b"PK"):
        what = "damaged: it is an incomplete or corrupt zip package"
    else:
        what = "not a Word document (.docx)"
    return _error(Code.UNREADABLE_DOCX, f"The file is {what}.", _SAVE_AS_DOCX, detail=str(exc))


def _bomb(what: str) -> DocxImportError:
    return _error(
        Code.DOCX_TOO_LARGE,
        f"The file is refused: {what}, beyond what a Word document needs (a zip bomb).",
        "Do not upload this file. If it is a real document, remove embedded files and "
        "pictures and save it again from Word.",
    )


def _error(code: Code, message: str, hint: str, detail: str = "") -> DocxImportError:
    return DocxImportError(code, message, hint=hint, detail=detail)


def _mb(size: int) -> str:
    return f"{size / (1024 * 1024):.1f} MB" if size >= 1024 * 1024 else f"{size} bytes"
