"""The markup of clause texts: {param:x} {term:x|surface} {ref:target} {fact:path} {self}.

Preamble lines also take {powers} (every power the instrument uses, with its conditions)
and {powers:law} (those of one law)."""

from __future__ import annotations

import re
from dataclasses import dataclass

_TOKEN = re.compile(
    r"\{(?P<kind>param|term|ref|fact):(?P<key>[^{}|]+)(?:\|(?P<surface>[^{}]*))?\}"
    r"|\{(?P<word>self|Self|title|year)\}"
    r"|\{powers(?::(?P<law>[a-z0-9]+(?:-[a-z0-9]+)*))?\}"
)
_BRACE = re.compile(r"[{}]")
KINDS = ("param", "term", "ref", "fact")


@dataclass(frozen=True, slots=True)
class Token:
    """A piece of marked-up text: kind "text" carries literal text in `key`."""

    kind: str  # text, param, term, ref, fact, self, Self, title, year, powers
    key: str = ""
    surface: str | None = None


class MarkupError(ValueError):
    """Text with a brace that is not one of the known markup forms."""


def tokenize(text: str) -> tuple[Token, ...]:
    """Split `text` into literal text and markup tokens; raises MarkupError on stray braces."""
    tokens: list[Token] = []
    pos = 0
    for match in _TOKEN.finditer(text):
        _literal(text[pos : match.start()], tokens)
        if match.group("word"):
            tokens.append(Token(match.group("word")))
        elif match.group(0).startswith("{powers"):
            tokens.append(Token("powers", match.group("law") or ""))
        else:
            tokens.append(
                Token(match.group("kind"), match.group("key").strip(), match.group("surface"))
            )
        pos = match.end()
    _literal(text[pos:], tokens)
    return tuple(tokens)


def _literal(chunk: str, tokens: list[Token]) -> None:
    if not chunk:
        return
    stray = _BRACE.search(chunk)
    if stray:
        start = max(stray.start() - 20, 0)
        raise MarkupError(f"unknown markup near {chunk[start : stray.start() + 30]!r}")
    tokens.append(Token("text", chunk))
