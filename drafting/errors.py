"""Error hierarchy, error codes and locations of every error a user can cause."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Code(StrEnum):
    """Stable error codes; the letter names the family. Never reuse or renumber."""

    # L1xx library
    FILE_MISSING = "L101"
    BAD_JSON = "L102"
    DUPLICATE_ID = "L103"
    DANGLING_ID = "L104"
    UNKNOWN_PROFILE = "L105"
    BAD_MARKUP = "L106"
    MISSING_FACT = "L107"
    MISSING_POWER = "L108"
    MISSING_LANGUAGE = "L109"
    UNKNOWN_PARAMETER = "L110"
    UNKNOWN_MATTER = "L111"
    UNKNOWN_LAW = "L112"
    BAD_SCOPE_CONDITION = "L113"
    # S2xx schema
    SCHEMA_VIOLATION = "S201"
    # R3xx rules and answers
    UNKNOWN_QUESTION = "R301"
    WRONG_TYPE = "R302"
    NOT_AN_OPTION = "R303"
    OUT_OF_RANGE = "R304"
    MISSING_ANSWER = "R305"
    REFUSED_COMBINATION = "R306"
    UNKNOWN_RULE = "R307"
    RULE_CYCLE = "R308"
    FORWARD_QUESTION = "R309"
    UNKNOWN_LANGUAGE = "R310"
    NO_VARIANT = "R311"
    BAD_ANSWERS_FILE = "R312"
    TIMETABLE_CONFLICT = "R313"
    # A4xx assembly
    UNANSWERED_PARAMETER = "A401"
    DANGLING_REFERENCE = "A402"
    UNKNOWN_TERM = "A403"
    UNKNOWN_FACT = "A404"
    NO_BILL = "A405"
    # I6xx Word import
    UNREADABLE_DOCX = "I601"
    DOCX_TOO_LARGE = "I602"  # the file, or what it unpacks to, exceeds the limits
    HOSTILE_DOCX = "I603"  # XML entities or DTDs, zip bombs, links outside the package
    ENCRYPTED_DOCX = "I604"  # a password-protected Word file
    UNKNOWN_DOCUMENT = "I605"  # neither a .docx nor a draft model (.json)
    # X5xx rendering
    UNSUPPORTED_FORMAT = "X501"
    LANGUAGE_MISMATCH = "X502"


@dataclass(frozen=True, slots=True, kw_only=True)
class Location:
    """Where an error sits: a library file and JSON path, a question, or a provision."""

    file: str | None = None
    json_path: str | None = None
    question_id: str | None = None
    eid: str | None = None
    label: str | None = None

    def __str__(self) -> str:
        parts = [p for p in (self.file, self.json_path) if p]
        if self.question_id:
            parts.append(f"question {self.question_id}")
        if self.label or self.eid:
            parts.append(f"provision {self.label or self.eid}")
        return " ".join(parts)


@dataclass(frozen=True, slots=True, kw_only=True)
class Problem:
    """One problem among several that an error collects (schema failures, bad answers)."""

    code: Code
    message: str
    location: Location

    def __str__(self) -> str:
        where = str(self.location)
        return (
            f"{where}: {self.message} [{self.code}]" if where else f"{self.message} [{self.code}]"
        )


class DraftingError(Exception):
    """Base of every error the core raises for bad data or bad input."""

    def __init__(
        self,
        code: Code,
        message: str,
        *,
        location: Location | None = None,
        hint: str = "",
        detail: str = "",
        problems: tuple[Problem, ...] = (),
    ) -> None:
        super().__init__(message)
        self.code = code
        self.message = message
        self.location = location or Location()
        self.hint = hint
        self.detail = detail
        self.problems = problems

    def __str__(self) -> str:
        lines = [f"{self.message} [{self.code}]"]
        lines.extend(f"  - {p}" for p in self.problems)
        if self.hint:
            lines.append(self.hint)
        return "\n".join(lines)


class LibraryError(DraftingError):
    """The clause library cannot be loaded: missing files, bad JSON, dangling ids."""


class SchemaViolation(LibraryError):  # noqa: N818 - the name style.md gives this family
    """Library files that break their JSON Schema; `problems` holds all of them."""


class RuleError(DraftingError):
    """Answers or rules that cannot be evaluated: unknown questions, refused combinations."""


class AnswersError(RuleError):
    """Invalid answers; `problems` lists every bad answer with its question id."""


class AssemblyError(DraftingError):
    """A selected clause cannot be assembled (unanswered parameter, dangling reference)."""


class RenderError(DraftingError):
    """The instrument cannot be expressed in the requested format."""


class DocxImportError(DraftingError):
    """A Word file that cannot be read (never shadows the builtin ImportError)."""
