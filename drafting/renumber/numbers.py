"""Numbers as printed in labels and references: their value, and the same style for another
value ("(b)" -> "(c)", "Art. 9°.-" -> "Art. 10.-", "PART IV" -> "PART V")."""

from __future__ import annotations

import re
from dataclasses import dataclass

from drafting.checker.xrefs import number_value
from drafting.formats import alpha, roman
from drafting.model import ProvisionLevel

# Words that print the number one in a first article or chapter ("Article One",
# "CHAPTER ONE", "Article premier", "Artículo único").
_ONE_WORDS = {"one", "premier", "première", "premiere", "1er", "1re", "primero", "primera"}
_LETTERS = re.compile(r"^([a-z])\1*$")
_ROMAN = re.compile(r"^[ivxlc]+$")


def letter_value(token: str) -> int | None:
    """(a) = 1 ... (z) = 26, (aa) = 27, (bb) = 28: the drafting convention past (z)."""
    low = token.lower()
    if not _LETTERS.match(low):
        return None
    return (ord(low[0]) - 96) + 26 * (len(low) - 1)


def roman_value(token: str) -> int | None:
    return number_value(token) if _ROMAN.match(token.lower()) else None


def value_of(token: str, kind: str) -> int | None:
    """The value of a number token of a kind ("digit", "letter", "roman", "word")."""
    bare = token.strip().rstrip("°º")
    if kind == "digit":
        return int(bare) if bare.isdigit() else None
    if kind == "letter":
        return letter_value(bare)
    if kind == "roman":
        return roman_value(bare)
    return number_value(bare)


def kind_of(token: str, level: ProvisionLevel) -> str:
    """How a token writes its number, read at a level: sub-paragraphs are roman, paragraphs
    letters ("(i)" in a list of paragraphs is the ninth letter), parts roman or words."""
    bare = token.strip().rstrip("°º")
    if bare.isdigit():
        return "digit"
    if level is ProvisionLevel.SUBPARAGRAPH and _ROMAN.match(bare.lower()):
        return "roman"
    if level is ProvisionLevel.PART and re.fullmatch(r"[IVXLC]+", bare):
        return "roman"
    if level in (ProvisionLevel.PARAGRAPH, ProvisionLevel.SUBSECTION) and _LETTERS.match(
        bare.lower()
    ):
        return "letter"
    if _ROMAN.match(bare.lower()):
        return "roman"
    return "word"


def render(value: int, token: str, kind: str) -> str:
    """`value` written as `token` writes its own: case, roman or letter, the word for one."""
    bare = token.strip()
    sign = bare[-1] if bare[-1:] in "°º" else ""
    bare = bare.rstrip("°º")
    if kind == "letter":
        text = alpha(value)
    elif kind == "roman":
        text = roman(value).lower()
    elif kind == "word":
        # Only the first article or chapter is written in words ("Article One", "Article 2").
        text = bare if value == 1 else (roman(value) if bare.isupper() else str(value))
        return text
    else:
        text = str(value)
    if bare.isupper() and kind != "digit":
        text = text.upper()
    return text + sign


@dataclass(frozen=True, slots=True)
class Token:
    """Where a label's number stands in it, and how it is written."""

    start: int
    end: int
    kind: str

    def value(self, label: str) -> int | None:
        return value_of(label[self.start : self.end], self.kind)


_SECTION_NUMBER = re.compile(r"\d+[°º]?")
_WORD = re.compile(r"[A-Za-zÀ-ÿ0-9]+[°º]?")


def token(label: str, level: ProvisionLevel) -> Token | None:
    """The number in a label: "12." -> "12", "Art. 9°.-" -> "9°", "Article One:" -> "One",
    "PART II" -> "II", "(b)" -> "b", "1°" -> "1°"."""
    found: re.Match[str] | None
    if level is ProvisionLevel.PART:
        words = list(_WORD.finditer(label))
        if len(words) < 2:
            return None
        found = words[1]
    elif level is ProvisionLevel.SECTION:
        found = _SECTION_NUMBER.search(label)
        if found is None:
            words = list(_WORD.finditer(label))
            if len(words) < 2 or words[1].group().lower() not in _ONE_WORDS | {"único", "unico"}:
                return None
            found = words[1]
    else:
        found = _WORD.search(label)
    if found is None:
        return None
    text = found.group()
    return Token(found.start(), found.end(), kind_of(text, level))


def section_token(value: int, old: str, *, ordinal_sign: bool) -> str:
    """A provision's number in a label or a reference: Paraguay's "9°" carries the ordinal
    sign on 1 to 9 only, "10" none; elsewhere the sign is kept as printed."""
    if ordinal_sign:
        return f"{value}°" if value <= 9 else str(value)
    kind = "digit" if old.rstrip("°º").isdigit() else "word"
    return render(value, old, kind)
