"""The numbers inside one cross-reference, each with where it stands in the text and the
level it names, so that each can be replaced by its target's new number.

`drafting.checker.xrefs.references` finds a reference and says whether it cites another
law; here its text is read again token by token: a keyword opens a component ("regulation",
"subregulation", "paragraph", "artículo", "inciso", "alinéa", "Part"), the numbers after it
are its items ("5, 6 and 8", "5 to 7"), brackets right after a number go one level down
("12(3)(b)"), and the components of a chain run from the narrowest to the broadest
("paragraph (d) of subregulation (1) of regulation 12")."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

# Levels of a provision's path: 0 provision, 1 sub-provision, 2 paragraph, 3 sub-paragraph;
# PART for a part or chapter.
PART = -1

_KEYWORDS = {
    "en": (
        (r"[Ss]ub-?(?:regulations?|sections?|articles?|rules?)\b", 1),
        (r"[Ss]ub-?paragraphs?\b", 3),
        (r"[Rr]egulations?\b|[Ss]ections?\b|[Aa]rticles?\b|[Rr]ules?\b|[Bb]y-laws?\b", 0),
        (r"[Pp]aragraphs?\b", 2),
        (r"[Ii]tems?\b", 2),
        (r"(?:Parts?|PARTS?|Chapters?|CHAPTERS?)\b", PART),
    ),
    "es": (
        (r"(?:[Aa]rt[ií]culos?|Arts?\.)(?!\w)", 0),
        (r"p[aá]rrafos?\b", 1),
        (r"(?:incisos?|literales?)\b", 2),
        (r"(?:numerales?|sub-?incisos?|apartados?)\b", 3),
        (r"(?:[Cc]ap[ií]tulos?|CAP[IÍ]TULOS?)(?!\w)", PART),
    ),
    "fr": (
        (r"[Aa]rticles?\b", 0),
        (r"(?:alinéas?|paragraphes?)(?!\w)", 1),
        (r"points?\b", 2),
        (r"(?:[Cc]hapitres?|CHAPITRES?)\b", PART),
    ),
}
_NUMBER = r"\d+[A-Z]{0,2}[°º]?|premier"
_BRACKET = r"\(\s?(?:\d+[A-Za-z]?|[a-z]{1,3})\s?\)"
_LETTER_PAREN = r"\b[a-z]{1,2}\)"
_ROMAN = r"\b[IVXLC]+\b"
_SCANNERS = {
    lang: re.compile(
        "|".join(f"(?P<k{n}>{pattern})" for n, (pattern, _) in enumerate(keywords))
        + rf"|(?P<num>{_NUMBER})|(?P<bracket>{_BRACKET})|(?P<letter>{_LETTER_PAREN})"
        + rf"|(?P<roman>{_ROMAN})|(?P<other>[A-Za-zÀ-ÿ]+)"
    )
    for lang, keywords in _KEYWORDS.items()
}
_INNER = re.compile(r"[0-9A-Za-z]+[°º]?")


@dataclass(slots=True)
class Slot:
    """One number of a reference: its span in the reference's text (the number alone,
    without brackets), as printed, and the level it names."""

    start: int
    end: int
    text: str
    level: int


@dataclass(slots=True)
class Item:
    """One target of a component: its numbers from its own level down."""

    slots: list[Slot] = field(default_factory=list)


@dataclass(slots=True)
class Component:
    level: int
    items: list[Item] = field(default_factory=list)


def components(text: str, language: str) -> list[Component]:
    """The components of a reference's text, narrowest first."""
    lang = language if language in _SCANNERS else "en"
    levels = [level for _, level in _KEYWORDS[lang]]
    found: list[Component] = []
    last_end = -1
    for m in _SCANNERS[lang].finditer(text):
        kind = m.lastgroup or ""
        if kind.startswith("k"):
            found.append(Component(levels[int(kind[1:])]))
            last_end = m.end()
            continue
        if not found or kind == "other":
            continue
        comp = found[-1]
        gap = text[last_end : m.start()] if last_end >= 0 else ""
        adjacent = comp.items and gap.strip() == "" and len(gap) <= 1
        if kind == "bracket":
            inner = _INNER.search(m.group())
            assert inner is not None
            start, end = m.start() + inner.start(), m.start() + inner.end()
            if adjacent:
                item = comp.items[-1]
                level = item.slots[-1].level + 1
            else:
                item = Item()
                comp.items.append(item)
                level = comp.level
                if comp.level == 0:
                    level = 1  # "regulation 12(3) and (4)": (4) of the same provision
                elif comp.items[:-1] and not inner.group()[0].isdigit() and comp.level == 1:
                    level = 2  # "subregulation (1)(b) or (c)": (c) of (1)
            item.slots.append(Slot(start, end, inner.group(), level))
        elif kind in ("num", "letter", "roman"):
            if kind == "roman" and comp.level != PART:
                continue
            if kind == "num" and comp.level in (PART,) and not m.group().isdigit():
                continue
            value = m.group().rstrip(")") if kind == "letter" else m.group()
            item = Item([Slot(m.start(), m.start() + len(value), value, comp.level)])
            comp.items.append(item)
        last_end = m.end()
    return [c for c in found if c.items]
