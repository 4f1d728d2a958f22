"""The checker's rule catalogue: every rule code with its category, severity and what it
flags. Codes are stable: never reuse or renumber one. The policy rules carry the ids of
`../shared/domain.md` section 3."""

from __future__ import annotations

from dataclasses import dataclass

from drafting.checker.report import Category as C  # noqa: N817
from drafting.checker.report import Severity as S  # noqa: N817


@dataclass(frozen=True, slots=True)
class Rule:
    code: str
    category: C
    severity: S
    title: str


_RULES = (
    # structure: cross-references, numbering, required and empty provisions
    Rule(
        "XREF001", C.BROKEN_CROSS_REFERENCE, S.ERROR, "reference to a provision that does not exist"
    ),
    Rule(
        "XREF002",
        C.BROKEN_CROSS_REFERENCE,
        S.ERROR,
        "reference to a sub-provision or paragraph that does not exist",
    ),
    Rule(
        "XREF003",
        C.BROKEN_CROSS_REFERENCE,
        S.ERROR,
        "reference to a part or chapter that does not exist",
    ),
    Rule(
        "XREF004",
        C.BROKEN_CROSS_REFERENCE,
        S.ERROR,
        "reference to a schedule or annex that does not exist",
    ),
    Rule("NUM001", C.NUMBERING, S.ERROR, "a number is skipped"),
    Rule("NUM002", C.NUMBERING, S.ERROR, "a number is used twice"),
    Rule("NUM003", C.NUMBERING, S.ERROR, "numbers out of sequence"),
    Rule("REQ001", C.MISSING_PROVISION, S.ERROR, "no citation (title) provision"),
    Rule("REQ002", C.MISSING_PROVISION, S.ERROR, "no commencement provision"),
    Rule("REQ003", C.MISSING_PROVISION, S.ERROR, "no interpretation provision"),
    Rule("REQ004", C.MISSING_PROVISION, S.ERROR, "no offences or sanctions provision"),
    Rule("EMPTY001", C.EMPTY_PROVISION, S.ERROR, "a provision with no text"),
    # terms
    Rule("DEF001", C.UNUSED_DEFINITION, S.WARNING, "a defined term that is never used"),
    Rule("DEF002", C.DUPLICATE_DEFINITION, S.ERROR, "a term defined twice with different meanings"),
    Rule("DEF003", C.DUPLICATE_DEFINITION, S.WARNING, "a term defined twice with the same meaning"),
    Rule("DEF004", C.UNDEFINED_TERM, S.WARNING, "a term used as defined but never defined"),
    Rule("DEF005", C.UNDEFINED_ACRONYM, S.WARNING, "an acronym never expanded or defined"),
    Rule("DEF006", C.CIRCULAR_DEFINITION, S.ERROR, "a definition that refers to itself"),
    # numbers and timetable
    Rule("TGT001", C.TARGET_INCONSISTENCY, S.ERROR, "a percentage outside 0 to 100"),
    Rule("TGT002", C.TARGET_INCONSISTENCY, S.WARNING, "a target that decreases over time"),
    Rule(
        "TGT003", C.TARGET_INCONSISTENCY, S.ERROR, "a target or deadline year before commencement"
    ),
    Rule("PER001", C.PERIOD_INCONSISTENCY, S.ERROR, "a period whose words and figures differ"),
    Rule(
        "PER002",
        C.PERIOD_INCONSISTENCY,
        S.WARNING,
        "the same period stated differently in two places",
    ),
    Rule("CUR001", C.CURRENCY, S.WARNING, "money in a currency other than the country's"),
    Rule("TT001", C.TIMETABLE, S.ERROR, "deadlines in an order that makes compliance impossible"),
    # obligations
    Rule(
        "OBL001",
        C.OBLIGATION_WITHOUT_SANCTION,
        S.WARNING,
        "a duty with no sanction in the instrument",
    ),
    Rule(
        "OBL002", C.UNDEFINED_ADDRESSEE, S.WARNING, "a duty whose addressee is not a defined actor"
    ),
    # enabling law
    Rule("VIR001", C.ULTRA_VIRES, S.ERROR, "a fine above the enabling law's ceiling"),
    Rule("VIR002", C.ULTRA_VIRES, S.ERROR, "a prison term above the enabling law's ceiling"),
    Rule("VIR003", C.ULTRA_VIRES, S.ERROR, "a decree that sets penalties of its own"),
    Rule(
        "VIR004", C.ULTRA_VIRES, S.ERROR, "an enabling provision cited that the law does not give"
    ),
    Rule(
        "VIR005", C.ULTRA_VIRES, S.WARNING, "a power recited without the conditions of its exercise"
    ),
    Rule("VIR006", C.ULTRA_VIRES, S.WARNING, "a provision on a matter no cited power covers"),
    Rule("VIR007", C.ULTRA_VIRES, S.WARNING, "administrative fines the law does not authorise"),
    # languages
    Rule(
        "ALN001", C.LANGUAGE_ALIGNMENT, S.ERROR, "provisions that differ between language versions"
    ),
    Rule("ALN002", C.LANGUAGE_ALIGNMENT, S.ERROR, "figures that differ between language versions"),
    Rule(
        "ALN003",
        C.LANGUAGE_ALIGNMENT,
        S.ERROR,
        "cross-references that differ between language versions",
    ),
    Rule(
        "ALN004",
        C.LANGUAGE_ALIGNMENT,
        S.WARNING,
        "sub-provisions or definitions that differ in number",
    ),
    # style
    Rule("STY001", C.STYLE, S.WARNING, "shall, must and will mixed for duties"),
    Rule("STY002", C.STYLE, S.WARNING, '"and/or"'),
    Rule("STY003", C.STYLE, S.WARNING, "a vague term"),
    Rule("STY004", C.STYLE, S.WARNING, "a gendered pronoun for a person"),
)

_POLICY = {
    "POL01": S.ERROR, "POL02": S.ERROR, "POL03": S.ERROR, "POL04": S.ERROR,
    "POL05": S.WARNING, "POL06": S.ERROR, "POL07": S.ERROR, "POL08": S.WARNING,
    "POL09": S.ERROR, "POL10": S.ERROR, "POL11": S.WARNING, "POL12": S.WARNING,
    "POL13": S.WARNING, "POL14": S.WARNING, "POL15": S.ERROR, "POL16": S.ERROR,
    "POL17": S.WARNING, "POL18": S.ERROR, "POL19": S.ERROR, "POL20": S.WARNING,
    "POL21": S.WARNING, "POL22": S.INFO, "POL23": S.WARNING, "POL24": S.ERROR,
    "POL25": S.INFO, "POL26": S.INFO, "POL27": S.WARNING, "POL28": S.INFO,
    "POL29": S.INFO, "POL30": S.INFO,
}  # fmt: skip

RULES: dict[str, Rule] = {r.code: r for r in _RULES} | {
    code: Rule(code, C.POLICY_CONFLICT, severity, "policy check, domain.md section 3")
    for code, severity in _POLICY.items()
}


def rule(code: str) -> Rule:
    return RULES[code]
