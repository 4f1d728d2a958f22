"""How numbers, quantities, money and lists are written in each language and numbering style."""

from __future__ import annotations

import re
from collections.abc import Sequence

from num2words import num2words

_ROMAN = (
    (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
    (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"),
)  # fmt: skip
NBSP = "\u00a0"
NNBSP = "\u202f"


def roman(n: int) -> str:
    out = []
    for value, letters in _ROMAN:
        count, n = divmod(n, value)
        out.append(letters * count)
    return "".join(out)


def alpha(n: int) -> str:
    """a, b, ... z, aa, bb, ...: the drafting convention for paragraphs past (z)."""
    letter = "abcdefghijklmnopqrstuvwxyz"[(n - 1) % 26]
    return letter * ((n - 1) // 26 + 1)


def format_number(n: int, numbering: str, language: str) -> str:
    """The number `n` (1-based) in a level's numbering style, as it is cited.

    "ordinal-sign" is Paraguay's: 1° to 9°, then 10, 11 without the sign."""
    match numbering:
        case "arabic" | "none":
            return str(n)
        case "roman":
            return roman(n)
        case "roman-lower":
            return roman(n).lower()
        case "alpha":
            return alpha(n)
        case "degree":
            return f"{n}°"
        case "ordinal-sign":
            return f"{n}°" if n < 10 else str(n)
        case "ordinal-words":
            return str(num2words(n, lang=language, to="ordinal")).capitalize()
    raise ValueError(f"unknown numbering style {numbering!r}")


def fill_label(template: str, num: str) -> str:
    return template.replace("{n}", num).replace("{N}", num.upper())


def words(n: int | float, language: str) -> str:
    text = str(num2words(n, lang=language))
    # num2words writes "un" in French and Spanish before a noun; legal texts agree with it.
    return text


def group_digits(n: int | float, separator: str) -> str:
    whole = f"{int(n):,}".replace(",", separator)
    if isinstance(n, float) and not n.is_integer():
        decimal = "," if separator in (".", NNBSP, " ") else "."
        return whole + decimal + f"{n:.2f}".split(".")[1]
    return whole


_UNITS = {
    "en": {"days": ("day", "days"), "months": ("month", "months"), "years": ("year", "years")},
    "es": {"days": ("día", "días"), "months": ("mes", "meses"), "years": ("año", "años")},
    "fr": {"days": ("jour", "jours"), "months": ("mois", "mois"), "years": ("an", "ans")},
}


_WORKING = {
    "en": ("working day", "working days"),
    "es": ("día hábil", "días hábiles"),
    "fr": ("jour ouvrable", "jours ouvrables"),
}
_WORKING_STEPS = (1, 2, 3, 5, 10, 15, 20, 30, 45, 60, 90, 120)


def working_days(calendar_days: int) -> int:
    """A period of calendar days as the working days a country that counts in them would
    set: five in seven, rounded to the usual step (30 days -> 20, 14 -> 10, 90 -> 60)."""
    exact = calendar_days * 5 / 7
    return min(_WORKING_STEPS, key=lambda step: (abs(step - exact), step))


def duration(n: int, unit: str, language: str, figures: bool | None = None) -> str:
    """ "thirty days" (English drafting); "treinta (30) días", "trente (30) jours"; with
    `figures`, "thirty (30) days" (Rwanda's English); unit "working-days": "veinte (20) días
    hábiles" (Paraguay)."""
    singular, plural = _WORKING[language] if unit == "working-days" else _UNITS[language][unit]
    noun = singular if n == 1 else plural
    spelled = words(n, language)
    if language == "es" and n == 1:
        spelled = "un"  # día, mes and año are masculine: "un (1) mes"
    if not (language != "en" if figures is None else figures):
        return f"{spelled} {noun}"
    return f"{spelled} ({n}) {noun}"


def percent(n: int | float, language: str) -> str:
    figure = (
        str(int(n))
        if float(n).is_integer()
        else str(n).replace(".", "," if language != "en" else ".")
    )
    if language == "en":
        return f"{figure} per cent"
    return f"{figure}{NBSP}%"


def integer(n: int | float, language: str, separator: str) -> str:
    return group_digits(n, separator)


_AND = {"en": "and", "es": "y", "fr": "et"}
_OR = {"en": "or", "es": "o", "fr": "ou"}


_YES_NO = {"en": ("yes", "no"), "es": ("sí", "no"), "fr": ("oui", "non")}


def yes_no(value: bool, language: str) -> str:
    """A yes-or-no answer in words."""
    yes, no = _YES_NO.get(language, _YES_NO["en"])
    return yes if value else no


def join_list(items: Sequence[str], language: str, conjunction: str = "and") -> str:
    """ "a, b and c" in the language (no serial comma, as in Commonwealth drafting)."""
    word = (_AND if conjunction == "and" else _OR)[language]
    if len(items) <= 1:
        return "".join(items)
    if language == "es" and word == "y" and re.match(r"(?i)h?i(?![aeou])", items[-1]):
        word = "e"  # "y" becomes "e" before an i- sound
    return f"{', '.join(items[:-1])} {word} {items[-1]}"


# Contractions of a preposition with the article that a reference or `{self}` brings.
_CONTRACTIONS = {
    "es": ((r"\b([Dd])e el\b", r"\1el"), (r"\b([Aa]) el\b", r"\1l")),
    "fr": (
        (r"\b([Àà]) le\b", lambda m: "Au" if m.group(1) == "À" else "au"),
        (r"\b([Àà]) les\b", lambda m: "Aux" if m.group(1) == "À" else "aux"),
        (r"\b([Dd])e le\b", r"\1u"),
        (r"\b([Dd])e les\b", r"\1es"),
        (r"\b([Dd])e (un|une)\b", r"\1'\2"),
    ),
}


_PREPOSITION = re.compile(r"(?:^|(?<=\s))(de|a|à|De|A|À)\s$")


def contract_join(before: str, inserted: str, language: str) -> tuple[str, str]:
    """Contract a preposition ending `before` with the article starting `inserted`.

    Only where our own text meets an inserted reference or self-name ("de" + "el
    artículo 7°" -> "del artículo 7°"): inside a clause's text "de les remettre" is a
    pronoun and stays as written."""
    match = _PREPOSITION.search(before)
    if not match:
        return before, inserted
    joined = contract(f"{match.group(1)} {inserted}", language)
    if joined == f"{match.group(1)} {inserted}":
        return before, inserted
    return before[: match.start(1)], joined


def contract(text: str, language: str) -> str:
    """Apply "de el" -> "del", "a el" -> "al", "à le" -> "au", "de le" -> "du"."""
    for pattern, replacement in _CONTRACTIONS.get(language, ()):
        text = re.sub(pattern, replacement, text)
    return text


_PERIOD_UNITS = {
    "en": r"(?:days?|months?|years?)",
    "es": r"(?:días?|mes(?:es)?|años?)",
    "fr": r"(?:jours?|mois|ans|années?)",
}
_PERIOD_PATTERNS: dict[str, re.Pattern[str]] = {}
_NUMBER_WORDS: dict[str, dict[str, int]] = {}


def _period_pattern(language: str) -> re.Pattern[str]:
    if language not in _PERIOD_PATTERNS:
        numbers = {words(n, language): n for n in range(1, 400)}
        numbers.update({"un": 1, "una": 1, "une": 1} if language != "en" else {})
        _NUMBER_WORDS[language] = numbers
        spelled = "|".join(re.escape(w) for w in sorted(numbers, key=len, reverse=True))
        _PERIOD_PATTERNS[language] = re.compile(
            rf"(?<![\w(])({spelled})(\s+\((\d+)\))?\s+({_PERIOD_UNITS[language]})\b(?!\s+hábil)"
        )
    return _PERIOD_PATTERNS[language]


def normalise_periods(text: str, language: str, figures: bool, working: bool) -> str:
    """Periods written into a clause's text follow the country's form, as the periods of
    parameters do: "thirty days" -> "thirty (30) days" where figures follow words (Rwanda's
    English), "catorce (14) días" -> "diez (10) días hábiles" where periods are working days
    (Paraguay)."""
    if language not in _PERIOD_UNITS or not (figures or working):
        return text
    pattern = _period_pattern(language)
    numbers = _NUMBER_WORDS[language]

    def fix(match: re.Match[str]) -> str:
        spelled, in_figures, figure, unit = match.groups()
        n = int(figure) if figure else numbers[spelled.lower()]
        if working and unit.lower().startswith(("day", "día", "dia", "jour")):
            return duration(working_days(n), "working-days", language, figures)
        if figures and not in_figures:
            return f"{spelled} ({n}) {unit}"
        return match.group(0)

    return pattern.sub(fix, text)
