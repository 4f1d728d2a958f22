"""The check report: findings with stable rule codes, and the report's JSON form
(`../shared/design.md`, "Check report")."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"
    INFO = "info"


class Category(StrEnum):
    """The design's vocabulary, and the categories this checker adds to it."""

    UNUSED_DEFINITION = "unused-definition"
    DUPLICATE_DEFINITION = "duplicate-definition"
    UNDEFINED_ACRONYM = "undefined-acronym"
    UNDEFINED_TERM = "undefined-term"
    CIRCULAR_DEFINITION = "circular-definition"
    BROKEN_CROSS_REFERENCE = "broken-cross-reference"
    NUMBERING = "numbering"
    MISSING_PROVISION = "missing-provision"
    EMPTY_PROVISION = "empty-provision"
    TARGET_INCONSISTENCY = "target-inconsistency"
    PERIOD_INCONSISTENCY = "period-inconsistency"
    CURRENCY = "currency"
    TIMETABLE = "timetable"
    OBLIGATION_WITHOUT_SANCTION = "obligation-without-sanction"
    UNDEFINED_ADDRESSEE = "undefined-addressee"
    POLICY_CONFLICT = "policy-conflict"
    ULTRA_VIRES = "ultra-vires"
    LANGUAGE_ALIGNMENT = "language-alignment"
    STYLE = "style"


@dataclass(frozen=True, slots=True, kw_only=True)
class Finding:
    rule: str  # stable code: "XREF001", "POL06"...
    category: Category
    severity: Severity
    provision: str  # as the document numbers it: "12(3)(b)", "Art. 7°", "Schedule 2"; "" whole
    message: str
    evidence: str = ""
    suggestion: str = ""
    eid: str = ""  # the provision's eId in the document model, for links ("" when none)

    def to_json(self) -> dict[str, Any]:
        return {
            "rule": self.rule,
            "category": str(self.category),
            "severity": str(self.severity),
            "provision": self.provision,
            "eid": self.eid,
            "message": self.message,
            "evidence": self.evidence,
            "suggestion": self.suggestion,
        }


@dataclass(frozen=True, slots=True, kw_only=True)
class Outline:
    """What the checker understood of the document."""

    parts: int
    provisions: int
    definitions: int
    schedules: int
    language: str = ""
    country: str = ""  # the profile the enabling-law checks used ("" when none)
    title: str = ""

    def to_json(self) -> dict[str, Any]:
        return {
            "parts": self.parts,
            "provisions": self.provisions,
            "definitions": self.definitions,
            "schedules": self.schedules,
            "language": self.language,
            "country": self.country,
            "title": self.title,
        }


@dataclass(frozen=True, slots=True, kw_only=True)
class Report:
    document: str
    outline: Outline
    findings: tuple[Finding, ...] = field(default_factory=tuple)

    def count(self, severity: Severity) -> int:
        return sum(1 for f in self.findings if f.severity is severity)

    @property
    def errors(self) -> int:
        return self.count(Severity.ERROR)

    @property
    def exit_code(self) -> int:
        """The CLI's exit code: 0 no errors, 1 errors found."""
        return 1 if self.errors else 0

    def by_rule(self, rule: str) -> tuple[Finding, ...]:
        return tuple(f for f in self.findings if f.rule == rule)

    def rules(self) -> set[str]:
        return {f.rule for f in self.findings}

    def to_text(self) -> str:
        """The report for a terminal: what was read, the counts, then each finding."""
        o = self.outline
        country = f"; country: {o.country}" if o.country else "; country: not recognised"
        lines = [
            f"Checked {self.document}: {o.provisions} provisions in {o.parts} parts, "
            f"{o.definitions} definitions, {o.schedules} schedules "
            f"(language: {o.language or '?'}{country})",
            summary_line(self.findings),
        ]
        for f in self.findings:
            where = f.provision or "(whole instrument)"
            lines.append(f"{f.severity.value:<8}{f.rule:<9}{where}: {f.message}")
            if f.evidence:
                lines.append(f"{'':17}evidence: {f.evidence}")
            if f.suggestion:
                lines.append(f"{'':17}suggestion: {f.suggestion}")
        return "\n".join(lines)

    def to_json(self) -> dict[str, Any]:
        return {
            "document": self.document,
            "summary": {
                "errors": self.errors,
                "warnings": self.count(Severity.WARNING),
                "info": self.count(Severity.INFO),
            },
            "outline": self.outline.to_json(),
            "findings": [f.to_json() for f in self.findings],
        }


def summary_line(findings: Iterable[Finding]) -> str:
    found = list(findings)
    counts = {s: sum(1 for f in found if f.severity is s) for s in Severity}
    return (
        f"{counts[Severity.ERROR]} error(s), {counts[Severity.WARNING]} warning(s), "
        f"{counts[Severity.INFO]} note(s)"
    )
