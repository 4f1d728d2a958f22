"""Which country's instrument a document is, when the user does not say: the draft model's
own country, or the names of the country and of its enabling laws in the title, preamble
and opening provisions."""

from __future__ import annotations

import re
import unicodedata

from drafting.checker.document import Doc
from drafting.library import ClauseLibrary
from drafting.model import Profile


def recognise(doc: Doc, library: ClauseLibrary) -> Profile | None:
    """The profile of the document's country, or None when nothing names one."""
    code = str(doc.instrument.country or "")
    if code and code.upper() in {str(p) for p in library.profiles_by_id}:
        return library.profiles_by_id[code.upper()]  # type: ignore[index]
    head = _fold(" ".join([doc.title, doc.preamble, *(u.text for u in doc.units[:40])]))
    best: tuple[int, Profile] | None = None
    for profile in library.profiles_by_id.values():
        score = 0
        for name in {*profile.names.values(), *profile.aliases}:
            if len(name) > 3 and re.search(rf"\b{re.escape(_fold(name))}\b", head):
                score += 2
        for law in profile.laws.values():
            for title in law.title.values():
                words = _fold(title).removeprefix("the ").removeprefix("la ").strip()
                if len(words) > 8 and words in head:
                    score += 3
        if score and (best is None or score > best[0]):
            best = (score, profile)
    return best[1] if best else None


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return " ".join("".join(c for c in decomposed if not unicodedata.combining(c)).split())
