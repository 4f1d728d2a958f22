"""Pairing the provisions, definitions and schedules of two drafts: by clause id, then by
number, heading and text similarity."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from rapidfuzz import fuzz

from drafting.model import Instrument, Provision, plain_text

# Below this similarity (0-100, of number, heading and text together) two provisions that
# carry no common clause id are an addition and a removal, not one provision edited.
THRESHOLD = 55.0
_SPACE = re.compile(r"\s+")
_QUOTES = str.maketrans({"“": '"', "”": '"', "‘": "'", "’": "'", "\u00a0": " ", "\u202f": " "})


def normal(text: str) -> str:
    """Text as compared: quotes straightened, spaces collapsed, case folded."""
    return _SPACE.sub(" ", text.translate(_QUOTES)).strip().casefold()


@dataclass(frozen=True, slots=True, kw_only=True)
class Key:
    """What pairing looks at: a stable id (clause id, term id), a second id (a defined
    term's label), the number as cited, the heading and the text."""

    ident: str = ""
    label: str = ""
    number: str = ""
    heading: str = ""
    text: str = ""


def pair(
    old: Sequence[Key], new: Sequence[Key], *, ids_only: bool = False
) -> list[tuple[int | None, int | None]]:
    """Indices paired, in the new sequence's order with each unpaired old item placed after
    the old item before it. With `ids_only` (drafts in different languages) only ids pair."""
    matches: dict[int, int] = {}
    _by_field(old, new, matches, "ident")
    _by_field(old, new, matches, "label")
    if not ids_only:
        _by_exact(old, new, matches)
        _by_similarity(old, new, matches)
        _by_place(old, new, matches)
        _splits(old, new, matches)
    return merged(matches, len(old), len(new))


def _free(keys: Sequence[Key], taken: set[int]) -> list[int]:
    return [i for i in range(len(keys)) if i not in taken]


def _by_field(old: Sequence[Key], new: Sequence[Key], matches: dict[int, int], name: str) -> None:
    """Pairs on a field whose value is unique on both sides."""
    olds: dict[str, list[int]] = defaultdict(list)
    news: dict[str, list[int]] = defaultdict(list)
    for i in _free(old, set(matches)):
        if value := getattr(old[i], name):
            olds[value].append(i)
    for j in _free(new, set(matches.values())):
        if value := getattr(new[j], name):
            news[value].append(j)
    for value, found in olds.items():
        if len(found) == 1 and len(news.get(value, ())) == 1:
            matches[found[0]] = news[value][0]


def _comparable(a: Key, b: Key) -> bool:
    # two provisions from the library with different clause ids are different provisions
    return not (a.ident and b.ident)


def _by_exact(old: Sequence[Key], new: Sequence[Key], matches: dict[int, int]) -> None:
    """Pairs the same heading and text, nearest first, whatever the numbers."""
    news: dict[tuple[str, str], list[int]] = defaultdict(list)
    for j in _free(new, set(matches.values())):
        news[(normal(new[j].heading), normal(new[j].text))].append(j)
    for i in _free(old, set(matches)):
        candidates = news.get((normal(old[i].heading), normal(old[i].text)))
        if candidates and _comparable(old[i], new[candidates[0]]):
            matches[i] = candidates.pop(0)


def _by_similarity(old: Sequence[Key], new: Sequence[Key], matches: dict[int, int]) -> None:
    """Pairs the most similar remaining items, best pair first, above THRESHOLD."""
    olds, news = _free(old, set(matches)), _free(new, set(matches.values()))
    if not olds or not news:
        return
    scored: list[tuple[float, int, int]] = []
    for i in olds:
        a = old[i]
        a_text, a_heading = normal(a.text)[:1500], normal(a.heading)
        for j in news:
            b = new[j]
            if not _comparable(a, b):
                continue
            text = fuzz.ratio(a_text, normal(b.text)[:1500])
            heading = fuzz.ratio(a_heading, normal(b.heading)) if a.heading or b.heading else text
            number = 100.0 if a.number and a.number == b.number else 0.0
            score = 0.6 * text + 0.3 * heading + 0.1 * number
            if score >= THRESHOLD:
                scored.append((score, i, j))
    used_new: set[int] = set()
    for _, i, j in sorted(scored, key=lambda s: (-s[0], s[1], s[2])):
        if i not in matches and j not in used_new:
            matches[i] = j
            used_new.add(j)


def _gaps(
    matches: dict[int, int], n_old: int, n_new: int
) -> dict[tuple[int, int], tuple[list[int], list[int]]]:
    """The unpaired items of each side grouped by the gap they stand in: (the new index of
    the pair before them, of the pair after them), -1 and n_new at the ends."""
    back = {j: i for i, j in matches.items()}
    out: dict[tuple[int, int], tuple[list[int], list[int]]] = defaultdict(lambda: ([], []))

    def place(paired: list[int | None], side: int) -> None:
        before = [-1] * len(paired)
        after = [n_new] * len(paired)
        last = -1
        for k, partner in enumerate(paired):
            before[k] = last
            if partner is not None:
                last = partner
        last = n_new
        for k in reversed(range(len(paired))):
            after[k] = last
            partner = paired[k]
            if partner is not None:
                last = partner
        for k, partner in enumerate(paired):
            if partner is None:
                out[(before[k], after[k])][side].append(k)

    place([matches.get(i) for i in range(n_old)], 0)
    place([j if j in back else None for j in range(n_new)], 1)
    return out


_WORD = re.compile(r"\w{4,}")


def _same_subject(a: Key, b: Key) -> bool:
    """The same heading, or the same number and a heading word in common ("Objeto",
    "Objeto y principios"): the provision rewritten where it stood."""
    if a.heading and normal(a.heading) == normal(b.heading):
        return True
    words = set(_WORD.findall(normal(a.heading))) & set(_WORD.findall(normal(b.heading)))
    return bool(a.number and a.number == b.number and words)


def _by_place(old: Sequence[Key], new: Sequence[Key], matches: dict[int, int]) -> None:
    """Pairs, in a gap between the same two pairs with as many unpaired items on each
    side, the items in the same order that are on the same subject: a clause rewritten
    (another variant) whose words are too different to pair by similarity."""
    for olds, news in _gaps(matches, len(old), len(new)).values():
        if len(olds) != len(news):
            continue
        for i, j in zip(olds, news, strict=True):
            if _comparable(old[i], new[j]) and _same_subject(old[i], new[j]):
                matches[i] = j


# A part of a provision this similar (0-100) to a provision of the other draft is that
# provision: a provision split in two, or two merged.
HALF = 80.0


def _halves(whole: str, first: str, second: str) -> bool:
    """Whether `whole` is `first` followed by `second`."""
    w, f, s = normal(whole), normal(first), normal(second)
    if not f or not s or len(f) >= len(w):
        return False
    cut = len(f)
    return fuzz.ratio(w[:cut], f) >= HALF and fuzz.ratio(w[cut:].strip(), s) >= HALF


def _splits(old: Sequence[Key], new: Sequence[Key], matches: dict[int, int]) -> None:
    """A provision split in two pairs with its first half, the second being the addition
    (and two merged pair the first with the whole), whichever half is more similar."""
    back = {j: i for i, j in matches.items()}
    for j in range(len(new) - 1):
        i = back.get(j + 1)
        if j in back or i is None or not _comparable(old[i], new[j]):
            continue
        if _halves(old[i].text, new[j].text, new[j + 1].text):
            matches[i] = j
            back = {j: i for i, j in matches.items()}
    for i in range(len(old) - 1):
        whole = matches.get(i + 1)
        if i in matches or whole is None or not _comparable(old[i], new[whole]):
            continue
        if _halves(new[whole].text, old[i].text, old[i + 1].text):
            del matches[i + 1]
            matches[i] = whole


def merged(matches: dict[int, int], n_old: int, n_new: int) -> list[tuple[int | None, int | None]]:
    """Pairs and unpaired items in the new order; an unpaired old item comes right after
    the new partner of the nearest paired old item before it (first when there is none)."""
    placed: list[tuple[tuple[int, int, int], tuple[int | None, int | None]]] = []
    back = {j: i for i, j in matches.items()}
    for j in range(n_new):
        placed.append(((j, 1, 0), (back.get(j), j)))
    anchor = -1
    for i in range(n_old):
        if i in matches:
            anchor = matches[i]
        else:
            placed.append(((anchor, 2, i), (i, None)))
    placed.sort(key=lambda p: p[0])
    return [p[1] for p in placed]


def moved(pairs: Sequence[tuple[int | None, int | None]]) -> set[int]:
    """Old indices of paired items whose order changed: those outside a longest run of
    pairs that keep their relative order (a longest increasing subsequence)."""
    sequence = [(j, i) for i, j in pairs if i is not None and j is not None]
    sequence.sort()
    olds = [i for _, i in sequence]
    tails: list[int] = []
    tail_index: list[int] = []
    previous: list[int] = [-1] * len(olds)
    for n, value in enumerate(olds):
        k = bisect_left(tails, value)
        if k == len(tails):
            tails.append(value)
            tail_index.append(n)
        else:
            tails[k] = value
            tail_index[k] = n
        previous[n] = tail_index[k - 1] if k else -1
    keep: set[int] = set()
    n = tail_index[-1] if tail_index else -1
    while n >= 0:
        keep.add(olds[n])
        n = previous[n]
    return {i for i in olds if i not in keep}


def provision_key(p: Provision) -> Key:
    return Key(
        ident=p.source or "",
        number=p.num,
        heading=p.heading or "",
        text=" ".join(_texts(p)),
    )


def _texts(p: Provision) -> list[str]:
    out = [plain_text(p.content)]
    for c in p.children:
        if c.definition is None:
            out.extend(_texts(c))
    out.append(plain_text(p.after))
    return [t for t in out if t]


def align(old: Instrument, new: Instrument) -> list[tuple[Provision | None, Provision | None]]:
    """The top-level provisions of both drafts paired, in the new draft's order with each
    removed provision where it stood. By clause id when both carry one, else by number,
    heading and text; drafts in different languages pair by clause id only."""
    a, b = old.sections(), new.sections()
    pairs = pair(
        [provision_key(p) for p in a],
        [provision_key(p) for p in b],
        ids_only=bool(old.language and new.language and old.language != new.language),
    )
    return [(None if i is None else a[i], None if j is None else b[j]) for i, j in pairs]
