"""Policy checks: the substantive conflicts POL01-POL30 of `../shared/domain.md` section 3.

Each rule reads "flag when ... unless ...". The "flag when" is a mechanism the document
sets up in an operative provision (a duty, a permission, a target, a fee); the finding sits
at that provision. The "unless" is the safeguard the mechanism needs, looked for wherever
the document mentions it, including by reference to another instrument (a register kept
under the parent law, reports made under the companion law): a finding means the document
really lacks it. A document without the mechanism (a waste by-law with no producers, no
targets, no fees) gets no finding from the rule.

The document is read once into sentences (headings included); each sentence carries the
concepts of `policy_patterns` it contains, phrases matched on the language layer's lemmas
("producers" is "producer", "productores" is "productor") and patterns on the lower-cased
words, and the rules ask which sentences carry which concepts. A concept is computed on
first use, from a word index, so a long document stays cheap."""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from functools import cache
from itertools import pairwise

from drafting.checker.context import Context
from drafting.checker.document import Unit
from drafting.checker.policy_patterns import CONCEPTS
from drafting.checker.report import Finding
from drafting.model import ProvisionLevel, TableBlock
from drafting.nlp import Layer, language_of

# --- the document's sentences and their concepts ----------------------------------------


@dataclass(frozen=True, slots=True)
class Sentence:
    """One sentence of a unit (or a section's heading), in the document's own words."""

    id: int
    unit: Unit
    text: str  # as printed
    low: str  # lower-cased
    heading: bool = False
    delegated: bool = False  # an item of a list of what regulations made under a law may do

    @property
    def operative(self) -> bool:
        """A provision's own words: not a heading, not a definition, not a matter left to
        regulations."""
        return not self.heading and not self.unit.definition and not self.delegated

    @property
    def section_key(self) -> str:
        """The top-level provision or schedule the sentence belongs to."""
        if self.unit.section is not None:
            return self.unit.section.eid
        if self.unit.schedule is not None:
            return self.unit.schedule.eid
        return self.unit.eid


_SEPARATOR = "\n.\n"  # between sentences in the joined text: no pattern crosses a full stop


class Index:
    """The sentences of a document and, concept by concept, the sentences that carry it."""

    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx
        self.language = language_of(ctx.language)
        self.sentences: list[Sentence] = []
        self._memo: dict[str, frozenset[int]] = {}
        self._build()
        self._joined, self._starts = self._join(s.low for s in self.sentences)
        self._lemmas: dict[int, str] = {}
        self._words = _WordIndex(self.sentences)
        self._sections: dict[str, list[Sentence]] = {}
        for s in self.sentences:
            self._sections.setdefault(s.section_key, []).append(s)

    # building

    def _build(self) -> None:
        units = self.ctx.doc.units
        by_path = {(u.section.eid, u.path): u for u in units if u.section is not None}
        enabling = _ENABLING[self.language]
        for unit in units:
            heading = _heading(unit)
            if heading:
                self._add(unit, heading, heading=True)
            parent = (
                by_path.get((unit.section.eid, unit.path[:-1]))
                if unit.section is not None and len(unit.path) > 1
                else None
            )
            delegated = parent is not None and enabling.search(parent.text.lower()) is not None
            for words in split_sentences(unit.text):
                self._add(unit, words, delegated=delegated)

    def _add(
        self, unit: Unit, words: str, *, heading: bool = False, delegated: bool = False
    ) -> None:
        words = " ".join(words.split())
        if words:
            self.sentences.append(
                Sentence(
                    id=len(self.sentences),
                    unit=unit,
                    text=words,
                    low=words.lower(),
                    heading=heading,
                    delegated=delegated,
                )
            )

    @staticmethod
    def _join(texts: Iterable[str]) -> tuple[str, list[int]]:
        starts: list[int] = []
        parts: list[str] = []
        offset = 0
        for text in texts:
            starts.append(offset)
            parts.append(text)
            offset += len(text) + len(_SEPARATOR)
        return _SEPARATOR.join(parts), starts

    @property
    def layer(self) -> Layer:
        """The language layer, built on first use (a document whose sentences never need a
        lemma costs no pipeline)."""
        return self.ctx.layer

    def lemma_line(self, sentence: Sentence) -> str:
        """The sentence as lemmas, space-separated and padded: " the producer place on ... "."""
        line = self._lemmas.get(sentence.id)
        if line is None:
            line = self._lemmas[sentence.id] = lemma_line(self.layer, sentence.low)
        return line

    # queries

    def ids(self, concept: str) -> frozenset[int]:
        """The sentences that carry `concept`: one of its lemma phrases, or one of its
        patterns."""
        found = self._memo.get(concept)
        if found is None:
            hits: set[int] = set()
            for phrase in _lemma_phrases(self.language, concept):
                # only the sentences with a word whose lemma opens the phrase are read whole
                for i in self._words.with_lemma(self.layer, phrase.split()[0]):
                    if phrase in self.lemma_line(self.sentences[i]):
                        hits.add(i)
            for pattern in _patterns(self.language, concept):
                hits.update(self._search(pattern))
            found = frozenset(hits)
            self._memo[concept] = found
        return found

    def _search(self, pattern: _Pattern) -> Iterator[int]:
        """The sentences a pattern matches in. A pattern that opens with a literal word is
        tried only on the sentences that contain a word starting with it (the word index);
        others scan the whole text once."""
        if pattern.prefixes:
            for i in self._words.starting(pattern.prefixes):
                low = self.sentences[i].low
                for m in pattern.regex.finditer(low):
                    if not pattern.bounded or _at_boundary(low, m.start()):
                        yield i
                        break
            return
        joined = self._joined
        for m in pattern.regex.finditer(joined):
            if not pattern.bounded or _at_boundary(joined, m.start()):
                yield bisect.bisect_right(self._starts, m.start()) - 1

    def has(self, sentence: Sentence, *concepts: str) -> bool:
        return all(sentence.id in self.ids(c) for c in concepts)

    def lacks(self, sentence: Sentence, *concepts: str) -> bool:
        return not any(sentence.id in self.ids(c) for c in concepts)

    def find(self, *concepts: str, operative: bool = True) -> list[Sentence]:
        """The sentences that carry every concept, in document order."""
        if not concepts:
            return []
        ids = set(self.ids(concepts[0]))
        for c in concepts[1:]:
            ids &= self.ids(c)
        found = [self.sentences[i] for i in sorted(ids)]
        return [s for s in found if s.operative] if operative else found

    def anywhere(self, *concepts: str) -> bool:
        """Whether some sentence, definitions and headings included, carries every concept."""
        return bool(self.find(*concepts, operative=False))

    def section(self, sentence: Sentence) -> list[Sentence]:
        """Every sentence of the top-level provision (or schedule) the sentence is in."""
        return self._sections.get(sentence.section_key, [])

    def in_section(self, sentence: Sentence, *concepts: str) -> bool:
        return any(self.has(s, *concepts) for s in self.section(sentence))

    def cites_other_law(self, sentence: Sentence) -> bool:
        """Whether the sentence refers to a provision of another instrument (the parent law,
        the companion law): what it speaks of is then set up there."""
        return bool(_OTHER_LAW[self.language].search(sentence.low))


def _at_boundary(text: str, start: int) -> bool:
    return start == 0 or not (text[start - 1].isalnum() or text[start - 1] == "_")


class _WordIndex:
    """Which sentences contain a word starting with a given prefix."""

    def __init__(self, sentences: list[Sentence]) -> None:
        by_word: dict[str, set[int]] = {}
        for s in sentences:
            for word in {*_WORD.findall(s.low), *_TOKEN.findall(s.low)}:
                by_word.setdefault(word, set()).add(s.id)
        self._by_word = by_word
        self._vocabulary = sorted(by_word)
        self._by_lemma: dict[str, set[int]] | None = None

    def with_lemma(self, layer: Layer, lemma: str) -> set[int]:
        """The sentences with a word whose lemma is `lemma` ("producers" for "producer")."""
        if self._by_lemma is None:
            self._by_lemma = {}
            for word, ids in self._by_word.items():
                self._by_lemma.setdefault(layer.lemma(word), set()).update(ids)
        return self._by_lemma.get(lemma, set())

    def starting(self, prefixes: tuple[str, ...]) -> list[int]:
        found: set[int] = set()
        for prefix in prefixes:
            i = bisect.bisect_left(self._vocabulary, prefix)
            while i < len(self._vocabulary) and self._vocabulary[i].startswith(prefix):
                found |= self._by_word[self._vocabulary[i]]
                i += 1
        return sorted(found)


_WORD = re.compile(r"\w+")

_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[\"\u201c\u00ab(]?[A-ZÁÉÍÓÚÑÀÂÇÈÊËÎÏÔÛÙÜ])")
_ABBREVIATION = re.compile(
    r"(?:\b(?:no|nos|art|arts|s|ss|reg|regs|sec|para|cap|e\.g|i\.e|etc|mr|dr|st|n[°º])\.)$",
    re.IGNORECASE,
)


def split_sentences(text: str) -> list[str]:
    """The sentences of a provision's text: a full stop (or ! ?) followed by a capital,
    except after an abbreviation ("No.", "Art.", "s.")."""
    out: list[str] = []
    for piece in _SENTENCE_END.split(text):
        if out and _ABBREVIATION.search(out[-1]):
            out[-1] = f"{out[-1]} {piece}"
        else:
            out.append(piece)
    return [p for p in (x.strip() for x in out) if p]


_TOKEN = re.compile(r"\w+(?:-\w+)*|[^\w\s]")


def lemma_line(layer: Layer, text: str) -> str:
    """A text as its lemmas through the language layer, space-separated and padded, so that
    a phrase's lemma line is found in it by plain substring search."""
    return " " + " ".join(layer.lemma(t) for t in _TOKEN.findall(text.lower())) + " "


_ENABLING = {
    "en": re.compile(
        r"\b(regulations|orders?|rules)\b[^.]*\bmay (provide|prescribe|make provision)\b"
        r"|\bmay make regulations\b|\b(order|regulations?)\b[^.]*\bdetermines? in particular\b"
    ),
    "fr": re.compile(
        r"\b(arrêtés?|règlements?|textes d'application)\b[^.]*\b(peu(t|vent) (prévoir|fixer|"
        r"déterminer|régler)|(détermine|fixe|précise)(nt)?[^.]*\bnotamment)\b"
    ),
    "es": re.compile(
        r"\breglament\w*\b[^.]*\b(establecerá|determinará|podrá (establecer|regular|prever))\b"
    ),
}


def _heading(unit: Unit) -> str:
    if unit.level is ProvisionLevel.SECTION and unit.provision is not None:
        return (unit.provision.heading or "").strip()
    return ""


_OTHER_LAW = {
    "en": re.compile(
        r"\b(section|article|regulation)s? \d+\w*(\s*\(\w+\))*\s+of the [a-z ,()]*?\b(act|law)\b"
        r"|\bof law n"
        r"|\bunder the act\b",
    ),
    "fr": re.compile(r"\barticles? \d+\w*°?\s+(de la|du) (loi|décret|code)\b|\bde la loi n"),
    "es": re.compile(r"\bart[íi]culos? \d+\w*°?\s+de la (ley|constitución)\b|\bde la ley n"),
}


def index(ctx: Context) -> Index:
    """The document's sentence index, built once per check run."""
    return ctx.memo("policy_index", lambda: Index(ctx))


@cache
def _lemma_phrases(language: str, concept: str) -> tuple[str, ...]:
    from drafting.nlp import layer

    lay = layer(language)
    return tuple(
        lemma_line(lay, p) for p in CONCEPTS[concept].get(language, ()) if not p.startswith("re:")
    )


@dataclass(frozen=True, slots=True)
class _Pattern:
    regex: re.Pattern[str]
    bounded: bool  # must start at a word boundary (checked after the match)
    prefixes: tuple[str, ...]  # every match starts with one of these letters (() when unknown)


@cache
def _patterns(language: str, concept: str) -> tuple[_Pattern, ...]:
    """The concept's patterns. A leading \\b is checked after the match rather than by the
    engine, and a pattern that opens with literal letters is tried only on the sentences
    with a word starting with them: both keep a long document cheap."""
    out = []
    for phrase in CONCEPTS[concept].get(language, ()):
        if phrase.startswith("re:"):
            pattern = phrase[3:]
            bounded = pattern.startswith("\\b")
            body = pattern[2:] if bounded else pattern
            out.append(_Pattern(re.compile(body), bounded, _literal_prefixes(body)))
    return tuple(out)


def _literal_prefixes(pattern: str) -> tuple[str, ...]:
    """Letters that every match of `pattern` starts with one of; () when unknown."""
    return _prefixes(pattern) or ()


def _prefixes(pattern: str) -> tuple[str, ...] | None:
    """The possible literal openings of a pattern: its leading run of letters (less the
    last one when a quantifier makes it optional); for alternatives, each one's; for an
    opening group, the group's (and, when the group is optional, what follows it too).
    None when some match could open otherwise."""
    pattern = pattern.removeprefix("\\b")
    branches = _split_top(pattern)
    if len(branches) > 1:
        found: list[str] = []
        for branch in branches:
            some = _prefixes(branch)
            if some is None:
                return None
            found += some
        return tuple(found)
    if pattern.startswith("("):
        end = _closing(pattern)
        if end is None:
            return None
        inner = pattern[1:end]
        inner = inner[2:] if inner.startswith("?:") else inner
        rest = pattern[end + 1 :]
        if rest[:1] in ("*", "{"):
            return None
        if rest[:1] == "?":
            first, then = _prefixes(inner), _prefixes(rest[1:])
            return None if first is None or then is None else (*first, *then)
        return _prefixes(inner)
    run = re.match(r"[^\W_]+", pattern)
    if run is None:
        return None
    prefix = run.group(0)
    if pattern[len(prefix) : len(prefix) + 1] in ("?", "*", "{"):
        prefix = prefix[:-1]
    return (prefix,) if prefix else None


def _closing(pattern: str) -> int | None:
    """The index of the parenthesis closing the one that opens `pattern`."""
    depth = 0
    escaped = False
    in_class = False
    for i, ch in enumerate(pattern):
        if escaped:
            escaped = False
        elif ch == "\\":
            escaped = True
        elif in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
            if depth == 0:
                return i
    return None


def _split_top(pattern: str) -> list[str]:
    """The pattern's alternatives at the top level."""
    parts: list[str] = []
    depth = 0
    escaped = False
    in_class = False
    start = 0
    for i, ch in enumerate(pattern):
        if escaped:
            escaped = False
        elif ch == "\\":
            escaped = True
        elif in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "|" and depth == 0:
            parts.append(pattern[start:i])
            start = i + 1
    parts.append(pattern[start:])
    return parts


# --- helpers for the rules ---------------------------------------------------------------


def _first(sentences: Iterable[Sentence]) -> Sentence | None:
    return next(iter(sentences), None)


def _fact(ctx: Context, path: str) -> object:
    if ctx.profile is None:
        return None
    fact = ctx.profile.fact(path)
    return fact.value if fact is not None else None


def _country(ctx: Context) -> str:
    if ctx.profile is None:
        return "the country"
    return ctx.profile.names.get("en") or str(ctx.profile.id)


def _list(items: list[str]) -> str:
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " and " + items[-1]


Rule = Callable[[Context], Iterator[Finding]]


# --- POL01-POL03: treaties ----------------------------------------------------------------


def pol01_bamako_imports(ctx: Context) -> Iterator[Finding]:
    """A Bamako party permits imports of hazardous e-waste, for any purpose."""
    if _fact(ctx, "treaties.bamako.party") is not True:
        return
    ix = index(ctx)
    for s in ix.find("import", "hazardous"):
        permits = ix.has(s, "permit_import") and ix.lacks(s, "prohibit")
        excepts = ix.has(s, "prohibit", "exception")
        if permits or excepts:
            yield ctx.finding(
                "POL01",
                s.unit,
                f"{_country(ctx)} is a party to the Bamako Convention, whose article 4(1) "
                "bans every import of hazardous waste into Africa, yet this provision lets "
                "hazardous e-waste be imported.",
                evidence=s.text,
                suggestion="Prohibit the import of hazardous e-waste outright, for any purpose "
                "(recovery and recycling included), with no exception by consent or licence.",
            )


def pol02_basel_consent(ctx: Context) -> Iterator[Finding]:
    """Movements of e-waste without notification and consent, or entries B1110/A1180 cited
    as current (decision BC-15/18: all e-waste is under prior informed consent from 2025)."""
    if _fact(ctx, "treaties.basel.party") is False:
        return
    ix = index(ctx)
    for s in ix.sentences:
        if not s.operative:
            continue
        entry = re.search(r"\b(b\s?1110|a\s?1180)\b", s.low)
        if entry and ix.lacks(s, "deleted_entry"):
            yield ctx.finding(
                "POL02",
                s.unit,
                f"Cites Basel entry {entry.group(0).upper().replace(' ', '')} as current; "
                "decision BC-15/18 deleted B1110 and replaced A1180 with A1181 and Y49 "
                "from 1 January 2025.",
                evidence=s.text,
                suggestion="Cite entry A1181 (hazardous e-waste) and entry Y49 "
                "(non-hazardous e-waste), both subject to prior informed consent.",
            )
    moving = set(ix.ids("transboundary")) | ix.ids("export") | ix.ids("import")
    for s in ix.find("ewaste", "no_consent"):
        if s.id in moving:
            yield ctx.finding(
                "POL02",
                s.unit,
                "Lets e-waste cross borders without notification and written consent; since "
                "1 January 2025 every transboundary movement of e-waste, hazardous or not, "
                "needs prior informed consent under the Basel Convention.",
                evidence=s.text,
                suggestion="Subject every transboundary movement of e-waste (entries A1181 and "
                "Y49) to notification and the written consent of the States concerned.",
            )


def pol03_ban_amendment(ctx: Context) -> Iterator[Finding]:
    """The Ban Amendment cited to restrict the exports of a country outside Annex VII."""
    if ctx.profile is None or _fact(ctx, "treaties.annex_vii.party") is True:
        return
    ix = index(ctx)
    for s in ix.find("ban_amendment", "export", "prohibit"):
        yield ctx.finding(
            "POL03",
            s.unit,
            f"Cites the Basel Ban Amendment to restrict exports, but the Amendment binds only "
            f"the parties listed in Annex VII (OECD, EU, Liechtenstein); {_country(ctx)} is not "
            "one of them, so it does not restrict its exports.",
            evidence=s.text,
            suggestion="Base an export restriction on article 4(11) of the Basel Convention "
            "(stricter national measures) or on national law, not on the Ban Amendment.",
        )


# --- POL04-POL05: used equipment --------------------------------------------------------

_POL04_ELEMENTS: dict[str, dict[str, tuple[str, ...]]] = {
    "a contract for direct re-use": {
        "en": (r"\bcontracts?\b", r"\bre-?use\b"),
        "fr": (r"\bcontrats?\b", r"\bréemploi\b|\bréutilis"),
        "es": (r"\bcontratos?\b", r"\breutiliz"),
    },
    "a functionality test of every item": {
        "en": (r"\btest(ed|s|ing)?\b", r"\bfunction"),
        "fr": (r"\btest[ée]|\bessai", r"\bfonctionn"),
        "es": (r"\bensay", r"\bfuncional|\bfuncionamiento"),
    },
    "a record of the test fixed to each item": {
        "en": (r"\brecord\b", r"\b(each|every) item\b|\bfixed\b|\battached\b"),
        "fr": (r"\brelevé|\bfiche\b|\bétiquette", r"\bchaque\b|\bfixé|\bapposé"),
        "es": (r"\bregistro\b|\bconstancia\b|\betiqueta", r"\badherid|\bcada\b|\bfijad"),
    },
    "a declaration that nothing in the consignment is waste": {
        "en": (r"\bdeclaration\b", r"(?<![-\w])waste\b"),
        "fr": (r"\bdéclaration\b", r"\bdéchets?\b"),
        "es": (r"\bdeclaración\b", r"\bresiduos?\b"),
    },
    "protective packaging": {
        "en": (r"\bpackaging\b",),
        "fr": (r"\bemballage",),
        "es": (r"\bembalaje",),
    },
}


def pol04_used_eee(ctx: Context) -> Iterator[Finding]:
    """Used equipment crossing borders as goods, not waste, without the WEEE Annex VI
    conditions."""
    ix = index(ctx)
    seen: set[str] = set()
    for s in ix.find("used_eee"):
        crossing = ix.has(s, "import") or ix.has(s, "export")
        permitted = ix.has(s, "permit_import") or ix.has(s, "permit_export")
        as_goods = (
            ix.has(s, "non_waste") and (ix.has(s, "prohibit", "exception") or permitted)
        ) or (permitted and ix.lacks(s, "prohibit"))
        if not (crossing and as_goods) or s.section_key in seen:
            continue
        seen.add(s.section_key)
        section = ix.section(s)
        missing = [
            name
            for name, by_lang in _POL04_ELEMENTS.items()
            if not any(all(re.search(p, t.low) for p in by_lang[ix.language]) for t in section)
        ]
        if missing:
            yield ctx.finding(
                "POL04",
                s.unit,
                "Used equipment may cross the border as goods that are not waste without "
                f"{_list(missing)}; without them e-waste can be shipped as second-hand goods.",
                evidence=s.text,
                suggestion="Admit used equipment as non-waste only with a contract for direct "
                "re-use, a functionality test of every item with a record fixed to it, a "
                "declaration that nothing in the consignment is waste and protective "
                "packaging (WEEE Directive, Annex VI).",
            )


def pol05_repair_exemption(ctx: Context) -> Iterator[Finding]:
    """Used equipment sent for repair exempt from waste controls without contract,
    documentation and the management of repair residues."""
    ix = index(ctx)
    for s in ix.find("used_eee", "repair", "exempt"):
        section = ix.section(s)
        needs = {
            "a contract": "contract",
            "documents accompanying the consignment": "documentation",
            "the management of the repair residues": "residues",
        }
        missing = [name for name, c in needs.items() if not any(ix.has(t, c) for t in section)]
        if missing:
            yield ctx.finding(
                "POL05",
                s.unit,
                "Used equipment sent for repair or refurbishment is exempted from the controls "
                f"on waste without {_list(missing)}.",
                evidence=s.text,
                suggestion="Grant the exemption only under a valid contract, with documents "
                "accompanying the consignment, and with a duty to manage the residues of the "
                "repair in an environmentally sound manner.",
            )


# --- POL06-POL10: EPR machinery --------------------------------------------------------


def _epr_obligations(ix: Index) -> list[Sentence]:
    """Producers' duties to meet targets, finance or pay: mandatory EPR."""
    return [
        s
        for s in ix.find("producer")
        if _obliges(ix, s, "producer")
        and (
            ix.has(s, "target")
            or ix.has(s, "finance")
            or ix.has(s, "epr")
            or (ix.has(s, "collection") and ix.has(s, "percent"))
        )
    ]


def _subject(ix: Index, s: Sentence, who: str, verb: str) -> bool:
    """Whether `who` opens the sentence, before its first `verb`:
    "Every producer shall", "Le producteur doit", "Todo productor deberá"."""
    first_who = _first_match(ix, s, who)
    first_verb = _first_match(ix, s, verb)
    if first_who is None or first_verb is None:
        return False
    return first_who <= 40 and first_who < first_verb


_GENERIC_SUBJECT = re.compile(r"(tout|toute|tous|toutes|chaque|le|la|les|l')\b")


def _obliges(ix: Index, s: Sentence, who: str) -> bool:
    """Whether the sentence puts a duty on `who`: "Every producer shall", "Todo productor
    deberá"; in French also the present tense that states duties ("Tout producteur
    déclare", "Le distributeur reprend"), when no "peut" or "ne ... pas" says otherwise."""
    if _subject(ix, s, who, "duty"):
        return True
    if ix.language != "fr" or ix.has(s, "permit") or ix.has(s, "prohibit"):
        return False
    first = _first_match(ix, s, who)
    return first is not None and first <= 20 and _GENERIC_SUBJECT.match(s.low) is not None


def _duty_to(ix: Index, s: Sentence, who: str, act: str, within: int = 80) -> bool:
    """Whether the sentence obliges `who` to do `act` ("shall ... take back")."""
    if ix.has(s, "duty"):
        return _subject(ix, s, who, "duty") and _followed(ix, s, "duty", act, within)
    return _obliges(ix, s, who) and _followed(ix, s, who, act, within + 40)


def _followed(ix: Index, s: Sentence, first: str, then: str, within: int = 80) -> bool:
    """Whether some mention of `then` follows a mention of `first` closely: "shall, on
    supplying it, accept from the customer", not "required to take back ... shall state"."""
    starts = _starts(ix, s, first)
    return any(0 < b - a <= within for a in starts for b in _starts(ix, s, then))


def _starts(ix: Index, s: Sentence, concept: str) -> list[int]:
    """Where the sentence names `concept`; a producer inside "producer responsibility
    organisation" is the organisation, not a producer."""
    starts = _spans(ix, s, concept)
    if concept == "producer":
        pros = _spans(ix, s, "pro")
        return [a for a, _ in starts if not any(p <= a < q for p, q in pros)]
    return [a for a, _ in starts]


def _spans(ix: Index, s: Sentence, concept: str) -> list[tuple[int, int]]:
    return [
        m.span()
        for p in _patterns(ix.language, concept)
        for m in p.regex.finditer(s.low)
        if not p.bounded or _at_boundary(s.low, m.start())
    ]


def _first_match(ix: Index, s: Sentence, concept: str) -> int | None:
    return min(_starts(ix, s, concept), default=None)


def pol06_register(ctx: Context) -> Iterator[Finding]:
    """Mandatory EPR obligations without a producer register with registration numbers and
    a ban on selling the equipment of unregistered producers."""
    ix = index(ctx)
    trigger = _first(_epr_obligations(ix))
    if trigger is None:
        return
    registered = ix.find("producer", "register", operative=False)
    external = any(ix.cites_other_law(s) for s in registered)
    missing = []
    if not external and not _keeps_register(ix):
        missing.append("a register of producers")
    if not ix.anywhere("reg_number") and not external:
        missing.append("registration numbers")
    if not external and not _sales_ban(ix):
        missing.append(
            "a ban on placing on the market or selling the equipment of unregistered producers"
        )
    if missing:
        yield ctx.finding(
            "POL06",
            trigger.unit,
            "Imposes extended producer responsibility obligations on producers but lacks "
            f"{_list(missing)}: the obligations cannot be enforced against producers nobody "
            "has identified.",
            evidence=trigger.text,
            suggestion="Require every producer to register with the authority before placing "
            "equipment on the market, assign registration numbers to be shown on invoices and "
            "offers, and forbid distributors and online marketplaces to sell the equipment of "
            "unregistered producers.",
        )


def _keeps_register(ix: Index) -> bool:
    """Whether the document itself sets up the register of producers (not only refers to
    registered producers)."""
    pattern = _REGISTER_SET_UP[ix.language]
    return any(
        pattern.search(s.low)
        and (
            ix.has(s, "producer") or any(h.heading and ix.has(h, "producer") for h in ix.section(s))
        )
        for s in ix.find("register", operative=False)
    )


_REGISTER_SET_UP = {
    "en": re.compile(
        r"\bregistered with the (agency|authority|ministry|department)\b"
        r"|\bregister (the applicant|a producer|the producer)\b|\bregistration of producers\b"
        r"|\bregister of producers\b|\bapplication for registration\b"
    ),
    "fr": re.compile(
        r"\benregistrée? auprès (de l'|de la |du )"
        r"|\benregistre(r)? (le|un) (demandeur|producteur)\b|\benregistrement des producteurs\b"
        r"|\bregistre (public )?des producteurs\b|\bdemande d'enregistrement\b"
    ),
    "es": re.compile(
        r"\binscrit[oa]s? (ante la|en el registro)\b"
        r"|\binscribir(á)? al (solicitante|productor)\b|\bregistro (público )?de productores\b"
        r"|\bsolicitud de inscripción\b"
    ),
}


def _sales_ban(ix: Index) -> bool:
    for s in ix.find("register"):
        who = ix.has(s, "producer") or ix.has(s, "distributor") or ix.has(s, "marketplace")
        deals = ix.has(s, "place_market") or ix.has(s, "sell")
        if who and deals and (ix.has(s, "unregistered") or ix.has(s, "prohibit")):
            return True
    return bool(ix.find("unregistered", "producer"))


def _collection_targets(ix: Index) -> list[Sentence]:
    """Collection targets: a percentage to collect, as a target or a producer's duty."""
    return [
        s
        for s in ix.find("collection", "percent")
        if ix.has(s, "target") or _duty_to(ix, s, "producer", "collection")
    ]


def pol07_pom_reporting(ctx: Context) -> Iterator[Finding]:
    """A collection target as a percentage of what is placed on the market, without a duty
    on producers to report those quantities."""
    ix = index(ctx)
    trigger = _first(
        s
        for s in ix.find("place_market", "percent")
        if (ix.has(s, "collection") or ix.in_section(s, "collection"))
        and (ix.has(s, "target") or ix.has(s, "producer", "duty"))
    )
    if trigger is None:
        return
    reports = ix.find("report", "place_market")
    if any(ix.has(s, "producer") or ix.has(s, "quantity") for s in reports):
        return
    if any(_REPORTS_UNDER_LAW[ix.language].search(s.low) for s in ix.find("report")):
        return
    yield ctx.finding(
        "POL07",
        trigger.unit,
        "Sets a collection target as a percentage of the equipment placed on the market, but "
        "no provision requires producers to report the quantities they place on the market: "
        "the target cannot be computed.",
        evidence=trigger.text,
        suggestion="Require every producer to report to the authority, by category and for "
        "each period (quarter or year), the number of units and the weight of equipment it "
        "places on the market.",
    )


_REPORTS_UNDER_LAW = {
    "en": re.compile(
        r"\b(returns?|reports?|declarations?)\b[^.;]{0,40}\b(required|made|submitted|provided)"
        r" (by|under|for in) (section|article)s? \d+\w*(\s*\(\w+\))* of (the )?[a-z ,]*(act|law)\b"
    ),
    "fr": re.compile(
        r"\b(déclarations?|rapports?)\b[^.;]{0,40}\b(prévu|exigé|présenté|transmis)e?s? "
        r"(par|à|en application de) l'article \d+\w*°? de la loi\b"
    ),
    "es": re.compile(
        r"\b(informes?|declaraciones?)\b[^.;]{0,40}\b(previst|presentad|exigid)[oa]s? "
        r"(en|conforme a(l)?|por) (el )?artículo \d+\w*°? de la ley\b"
    ),
}


def pol08_estimation(ctx: Context) -> Iterator[Finding]:
    """A target as a percentage of the e-waste generated, without an estimation method."""
    ix = index(ctx)
    trigger = _first(
        s
        for s in ix.find("target", "generated")
        if ix.has(s, "percent") or ix.in_section(s, "percent")
    )
    if trigger is None:
        return
    if ix.find("estimation", "method", operative=False):
        return
    yield ctx.finding(
        "POL08",
        trigger.unit,
        "Sets a target as a percentage of the e-waste generated without stating how the "
        "quantity generated is estimated.",
        evidence=trigger.text,
        suggestion="State the method by which the authority estimates the e-waste generated, "
        "by category (for example the WEEE calculation tool), and when it publishes the "
        "estimate.",
    )


def pol09_pro_safeguards(ctx: Context) -> Iterator[Finding]:
    """Producer responsibility organisations allowed without authorisation, audit and
    governance rules."""
    ix = index(ctx)
    operative = ix.find("pro")
    if not operative:
        return
    regime = [
        s
        for s in ix.find("pro", "authorise", operative=False)
        if (s.heading and s.unit.level is ProvisionLevel.SECTION)
        or (s.operative and ix.has(s, "prohibit", "unauthorised"))
        or (s.operative and ix.has(s, "grant"))
    ]
    if not regime:
        if ix.anywhere("pro", "authorise"):
            return  # authorised under a regime this document refers to, not its own
        s = operative[0]
        yield ctx.finding(
            "POL09",
            s.unit,
            "Lets producers meet their obligations through producer responsibility "
            "organisations, but nothing requires an organisation to be authorised by the "
            "authority, audited or governed by rules.",
            evidence=s.text,
            suggestion="Require authorisation by the authority before an organisation "
            "operates, an independent audit of its accounts and data every year, and "
            "governance rules (not for profit, open membership, board and conflicts of "
            "interest, confidentiality of members' data).",
        )
        return
    place = next((s for s in regime if s.operative), regime[0])
    sections = {s.section_key for s in regime}
    in_pro = [s for s in ix.sentences if ix.has(s, "pro") or s.section_key in sections]
    missing = []
    audited = re.compile(r"\baudit(ed|ée?s?|ad[oa]s)\b")
    if not any(
        ix.has(s, "audit", "audit_regular")
        and (ix.has(s, "duty") or audited.search(s.low) or _obliges(ix, s, "pro"))
        for s in in_pro
    ):
        missing.append("a regular independent audit")
    if not any(ix.has(s, "governance") for s in in_pro):
        missing.append("governance rules")
    if missing:
        yield ctx.finding(
            "POL09",
            place.unit,
            f"Authorises producer responsibility organisations without {_list(missing)}.",
            evidence=place.text,
            suggestion="Require each organisation to have its accounts and its data on "
            "quantities audited every year by an independent auditor, and lay down its "
            "governance (not for profit, open membership on equal terms, board and conflicts "
            "of interest, confidentiality of members' data, annual public report).",
        )


def pol10_fund_rules(ctx: Context) -> Iterator[Finding]:
    """A fee, levy or fund without rules on who holds it, its uses, accounts, audit and an
    annual report."""
    ix = index(ctx)
    trigger = _first(
        s
        for s in ix.find("levy_fund")
        if ix.has(s, "impose") and ix.lacks(s, "free") and not ix.cites_other_law(s)
    )
    if trigger is None:
        return
    headed = {h.section_key for h in ix.find("levy_fund", operative=False) if h.heading}
    money = [s for s in ix.sentences if ix.has(s, "levy_fund") or s.section_key in headed]
    needs = {
        "who holds the money": "holder",
        "what it may be used for": "uses",
        "accounts": "accounts",
        "an audit": "audit",
        "an annual report": "annual_report",
    }
    missing = [name for name, c in needs.items() if not any(ix.has(s, c) for s in money)]
    if missing:
        yield ctx.finding(
            "POL10",
            trigger.unit,
            f"Sets up a fee, levy or fund without rules on {_list(missing)}.",
            evidence=trigger.text,
            suggestion="State who holds the money and in which account, the only purposes "
            "for which it may be used, separate accounts, an annual independent audit and a "
            "public annual report.",
        )


# --- POL11-POL13 -------------------------------------------------------------------------


def pol11_informal_sector(ctx: Context) -> Iterator[Finding]:
    """Informal-sector integration without health and safety, training, banned practices
    and hand-over of hazardous fractions to licensed treatment."""
    ix = index(ctx)
    trigger = _first(
        s
        for s in ix.find("informal", "integrate")
        if ix.has(s, "duty") or ix.has(s, "permit") or ix.has(s, "promote")
    )
    if trigger is None:
        return
    sections = {s.section_key for s in ix.find("informal", operative=False)}
    context = [s for s in ix.sentences if s.section_key in sections or ix.has(s, "informal")]

    def some(*concepts: str) -> bool:
        return any(ix.has(s, *concepts) for s in context)

    missing = []
    if not some("health_safety"):
        missing.append("health and safety measures")
    if not some("training"):
        missing.append("training")
    if not (some("open_burning") and some("acid")):
        missing.append("a ban on open burning and acid leaching")
    if not (some("hazardous_fraction", "licensed") or some("hazardous_fraction", "deliver")):
        missing.append("the hand-over of hazardous fractions to licensed treatment")
    if missing:
        yield ctx.finding(
            "POL11",
            trigger.unit,
            f"Integrates the informal sector without {_list(missing)}.",
            evidence=trigger.text,
            suggestion="Pair the recognition of informal collectors with health and safety "
            "measures (protective equipment), training, a ban on open burning and acid "
            "leaching, and a duty to hand hazardous components over to licensed treatment.",
        )


def pol12_ban_at_commencement(ctx: Context) -> Iterator[Finding]:
    """A landfill ban or a used-equipment import ban effective at commencement, without a
    transition, a capacity assessment or interim storage."""
    ix = index(ctx)
    bans = [
        s
        for s in ix.find("prohibit", "landfill_site")
        if (ix.has(s, "ewaste") or ix.in_section(s, "ewaste"))
        and ix.lacks(s, "open_burning", "delayed")
    ]
    bans += [
        s
        for s in ix.find("prohibit", "used_eee", "import")
        if ix.lacks(s, "non_waste", "exception", "delayed")
    ]
    trigger = _first(sorted(bans, key=lambda s: s.id))
    if trigger is None:
        return
    if ix.anywhere("capacity", "assess") or ix.anywhere("interim_storage"):
        return
    yield ctx.finding(
        "POL12",
        trigger.unit,
        "A ban takes effect on commencement with no transitional period, capacity assessment "
        "or interim storage rules: holders may have nowhere lawful to take e-waste.",
        evidence=trigger.text,
        suggestion="Phase the ban in (a date some months after commencement), require the "
        "authority to assess and publish the treatment capacity first, and allow interim "
        "storage where capacity is short.",
    )


def pol13_reuse_data(ctx: Context) -> Iterator[Finding]:
    """Re-use, refurbishment or resale promoted without a data sanitisation duty."""
    ix = index(ctx)
    trigger = _first(ix.find("reuse", "promote"))
    if trigger is None or ix.find("data_sanitisation"):
        return
    yield ctx.finding(
        "POL13",
        trigger.unit,
        "Promotes the re-use or resale of equipment without any duty to erase the data on "
        "devices that store it.",
        evidence=trigger.text,
        suggestion="Require data sanitisation (certified erasure or destruction of the storage "
        "medium) before a data-bearing device is re-used, resold, exported or dismantled.",
    )


# --- POL14-POL15: target tables ---------------------------------------------------------

_YEAR = re.compile(r"^\s*((19|20)\d\d)\s*$")
_PERCENT = re.compile(r"(-?\d+(?:[.,]\d+)?)\s*(?:%|per ?cent|pour ?cent|por ?ciento)?\s*$")
_JUSTIFY = {
    "en": re.compile(r"\b(because|justif\w*|reason\w*|owing to|in view of)\b"),
    "fr": re.compile(r"\b(parce que|justifi\w*|motif\w*|en raison)\b"),
    "es": re.compile(r"\b(porque|justific\w*|motiv\w*|debido a|en razón)\b"),
}
_RECOVERY_COL = {
    "en": re.compile(r"recover"),
    "fr": re.compile(r"valoris"),
    "es": re.compile(r"valoriz"),
}
_RECYCLING_COL = {
    "en": re.compile(r"recycl"),
    "fr": re.compile(r"recycl"),
    "es": re.compile(r"recicl"),
}


@dataclass(frozen=True, slots=True)
class _Table:
    unit: Unit
    block: TableBlock


def _tables(ctx: Context) -> list[_Table]:
    out = []
    for unit in ctx.doc.units:
        if unit.schedule is None or not unit.eid.endswith("__table"):
            continue
        for block in unit.schedule.content:
            if isinstance(block, TableBlock):
                out.append(_Table(unit, block))
                break
    return out


def _percent(cell: str) -> float | None:
    m = _PERCENT.search(cell.strip())
    if m is None or not cell.strip():
        return None
    try:
        return float(m.group(1).replace(",", "."))
    except ValueError:  # pragma: no cover - the pattern admits only numbers
        return None


def _target_table(ix: Index, table: _Table) -> bool:
    head = " ".join(table.block.columns).lower()
    return any(p.regex.search(head) for p in _patterns(ix.language, "target"))


def pol14_decreasing_targets(ctx: Context) -> Iterator[Finding]:
    """A target for the same category and basis that decreases in a later year."""
    ix = index(ctx)
    for table in _tables(ctx):
        rows = [r for r in table.block.rows if r and _YEAR.match(r[0])]
        if len(rows) < 2:
            continue
        for col in range(1, len(table.block.columns)):
            series = sorted(
                (int(r[0].strip()), v)
                for r in rows
                if col < len(r) and (v := _percent(r[col])) is not None
            )
            for (y1, v1), (y2, v2) in pairwise(series):
                if v2 < v1 and y2 > y1:
                    around = " ".join(s.low for s in ix.section(_table_sentence(ix, table)))
                    if _JUSTIFY[ix.language].search(around):
                        break
                    yield ctx.finding(
                        "POL14",
                        table.unit,
                        f"The target in column \u201c{table.block.columns[col]}\u201d falls from "
                        f"{v1:g} % in {y1} to {v2:g} % in {y2} with no stated justification.",
                        evidence=f"{y1}: {v1:g} %; {y2}: {v2:g} %",
                        suggestion="Keep targets constant or rising, or state why the target "
                        "for a later year is lower.",
                    )
                    break


def _table_sentence(ix: Index, table: _Table) -> Sentence:
    return next(
        (s for s in ix.sentences if s.unit.eid == table.unit.eid),
        ix.sentences[0],
    )


def pol15_target_values(ctx: Context) -> Iterator[Finding]:
    """A recovery target below the recycling target for a category, or a target outside
    0-100 %."""
    ix = index(ctx)
    lang = ix.language
    for table in _tables(ctx):
        columns = [c.lower() for c in table.block.columns]
        recovery = next(
            (
                i
                for i, c in enumerate(columns)
                if _RECOVERY_COL[lang].search(c) and not _RECYCLING_COL[lang].search(c)
            ),
            None,
        )
        recycling = next(
            (i for i, c in enumerate(columns) if _RECYCLING_COL[lang].search(c) and i != recovery),
            None,
        )
        target_like = (
            _target_table(ix, table) or recovery is not None or any("%" in c for c in columns)
        )
        for row in table.block.rows:
            for i, cell in enumerate(row):
                if i == 0 or not target_like:
                    continue
                value = _percent(cell)
                if value is not None and "%" in (cell + columns[i]) and not 0 <= value <= 100:
                    yield ctx.finding(
                        "POL15",
                        table.unit,
                        f"A target of {value:g} % is outside 0-100 %.",
                        evidence=" | ".join(row),
                        suggestion="State every target as a percentage between 0 and 100.",
                    )
            if recovery is None or recycling is None:
                continue
            if max(recovery, recycling) >= len(row):
                continue
            rec, cyc = _percent(row[recovery]), _percent(row[recycling])
            if rec is not None and cyc is not None and rec < cyc:
                yield ctx.finding(
                    "POL15",
                    table.unit,
                    f"For \u201c{row[0]}\u201d the recovery target ({rec:g} %) is below the "
                    f"recycling target ({cyc:g} %); recycling is part of recovery, so the "
                    "recovery target can never be the lower one.",
                    evidence=" | ".join(row),
                    suggestion="Set each category's recovery target at or above its target "
                    "for preparing for re-use and recycling (WEEE Directive, Annex V).",
                )
    for s in ix.find("target", "percent"):
        if s.unit.eid.endswith("__table"):
            continue  # read as a table above
        for m in re.finditer(r"(\d+(?:[.,]\d+)?)\s?(%|per ?cent|pour ?cent|por ?ciento)", s.low):
            value = float(m.group(1).replace(",", "."))
            if value > 100:
                yield ctx.finding(
                    "POL15",
                    s.unit,
                    f"A target of {value:g} % is outside 0-100 %.",
                    evidence=s.text,
                    suggestion="State every target as a percentage between 0 and 100.",
                )


# --- POL16-POL18: financing and the producer ----------------------------------------------


def pol16_retroactive(ctx: Context) -> Iterator[Finding]:
    """Producers made to finance equipment placed on the market before the obligation,
    without a prospective collective mechanism."""
    ix = index(ctx)
    for s in ix.find("retroactive", "producer"):
        if not (ix.has(s, "finance") or ix.has(s, "cost")) or ix.has(s, "not_charged"):
            continue
        if ix.in_section(s, "market_share") or ix.in_section(s, "fund"):
            continue
        yield ctx.finding(
            "POL16",
            s.unit,
            "Makes producers finance equipment placed on the market before the obligation "
            "existed, with no collective mechanism that spreads that cost over the producers "
            "present on the market when it arises.",
            evidence=s.text,
            suggestion="Share the cost of historical e-waste among the producers present on "
            "the market in the year the cost arises, in proportion to their market shares.",
        )
        return


def pol17_orphans(ctx: Context) -> Iterator[Finding]:
    """Individual financing of new products only, without a rule for historical and orphan
    e-waste."""
    ix = index(ctx)
    trigger = _first(
        s
        for s in ix.find("new_products_only", "individual")
        if ix.has(s, "finance") or ix.has(s, "cost")
    )
    if trigger is None:
        return
    if any(ix.has(s, "finance") or ix.has(s, "cost") for s in ix.find("orphan")):
        return
    yield ctx.finding(
        "POL17",
        trigger.unit,
        "Makes each producer finance only the equipment it places on the market from now on, "
        "with no rule on who pays for historical and orphan e-waste.",
        evidence=trigger.text,
        suggestion="Provide that historical e-waste and e-waste whose producer no longer "
        "exists are financed collectively by the producers present on the market, by market "
        "share.",
    )


_PRODUCER_PARTS = {
    "importers": {
        "en": r"\bimport",
        "fr": r"\bimport",
        "es": r"\bimport",
    },
    "brand owners": {
        "en": r"\b(brand|trade ?mark|own name)\b",
        "fr": r"\bmarque\b|\bpropre nom\b",
        "es": r"\bmarca\b|\bpropio nombre\b",
    },
    "distance and online sellers": {
        "en": r"\bdistance\b|\bonline\b|\binternet\b",
        "fr": r"\bà distance\b|\ben ligne\b|\binternet\b",
        "es": r"\ba distancia\b|\ben línea\b|\binternet\b",
    },
}


def pol18_producer_definition(ctx: Context) -> Iterator[Finding]:
    """A definition of "producer" that leaves out importers, brand owners or distance
    sellers; foreign sellers without an authorised representative."""
    ix = index(ctx)
    lang = ix.language
    producer = re.compile(_PRODUCER_WORD[lang])
    for term in ctx.doc.definitions:
        if not producer.fullmatch(term.term.strip().lower()):
            continue
        text = term.text.lower()
        missing = [
            name for name, by_lang in _PRODUCER_PARTS.items() if not re.search(by_lang[lang], text)
        ]
        if missing:
            yield ctx.finding(
                "POL18",
                term.unit,
                f"The definition of \u201c{term.term}\u201d leaves out {_list(missing)}: their "
                "equipment would escape producer responsibility.",
                evidence=term.text,
                suggestion="Define the producer to include whoever manufactures or sells "
                "equipment under its own brand, whoever first places imported equipment on "
                "the market, and whoever sells by distance communication directly to users, "
                "including from abroad.",
            )
        abroad = re.search(_ABROAD[lang], text)
        if (
            abroad
            and _registers_producers(ix)
            and not ix.anywhere("authorised_rep")
            and not _marketplace_duty(ix)
        ):
            yield ctx.finding(
                "POL18",
                term.unit,
                "Producers established abroad who sell directly to users are producers, but "
                "nothing makes them appoint an authorised representative in the country, nor "
                "makes marketplaces answer for them.",
                evidence=term.text,
                suggestion="Require a producer established abroad that sells by distance "
                "communication to appoint an authorised representative who performs its "
                "obligations, or make online marketplaces check its registration.",
            )


_PRODUCER_WORD = {"en": r"producers?", "fr": r"producteurs?", "es": r"productor(es)?"}
_ABROAD = {
    "en": r"established outside|established abroad|outside the country",
    "fr": r"établie? (hors|à l'étranger|en dehors)",
    "es": r"establecid[oa] fuera|en el extranjero",
}


def _registers_producers(ix: Index) -> bool:
    """Whether the document itself runs the register of producers (applications to it)."""
    pattern = _REGISTRATION[ix.language]
    return any(pattern.search(s.low) for s in ix.find("producer", "register", operative=False))


_REGISTRATION = {
    "en": re.compile(
        r"\bappl(y|ies|ication) for registration\b|\bregistration of producers\b"
        r"|\bregister(ed)? with the\b"
    ),
    "fr": re.compile(
        r"\bdemande d'enregistrement\b|\benregistrement des producteurs\b|\bs'enregistrer\b"
    ),
    "es": re.compile(r"\bsolicitud de inscripción\b|\bregistro de productores\b|\binscribirse\b"),
}


def _marketplace_duty(ix: Index) -> bool:
    return any(ix.has(s, "register") for s in ix.find("marketplace"))


# --- POL19-POL23 -------------------------------------------------------------------------


def pol19_treatment(ctx: Context) -> Iterator[Finding]:
    """Collected e-waste that may be landfilled or incinerated untreated; no selective
    treatment list; treatment without a licence."""
    ix = index(ctx)
    for s in ix.find("ewaste", "landfill_site", "permit"):
        if ix.lacks(s, "prohibit") and (ix.has(s, "untreated") or ix.lacks(s, "treatment")):
            yield ctx.finding(
                "POL19",
                s.unit,
                "Lets collected e-waste be landfilled or incinerated without treatment.",
                evidence=s.text,
                suggestion="Forbid the landfilling and incineration of e-waste that has not "
                "been treated, depolluted and had its recoverable materials removed.",
            )
    place = _first(
        s
        for s in ix.sentences
        if s.heading and all(p.search(s.low) for p in _TREATMENT_HEADING[ix.language])
    )
    if place is None:
        place = _first(
            s
            for s in ix.find("treater", "treatment", "ewaste")
            if _duty_to(ix, s, "treater", "treatment", within=25)
        )
    if place is None:
        return  # no provision on the treatment of e-waste
    if not any(len(_items_listed(ix, s)) >= 4 for s in ix.find("remove")):
        yield ctx.finding(
            "POL19",
            place.unit,
            "Regulates the treatment of e-waste without a list of the components and fluids "
            "to be removed before shredding (batteries, mercury, PCB capacitors, CRTs, "
            "refrigerants).",
            evidence=place.text,
            suggestion="List the components and fluids to be removed selectively before any "
            "shredding (WEEE Directive, Annex VII).",
        )
    if not ix.find("licensed", "treatment", operative=False) and not ix.find("licensed", "ewaste"):
        yield ctx.finding(
            "POL19",
            place.unit,
            "Regulates the treatment of e-waste without requiring a licence to treat it.",
            evidence=place.text,
            suggestion="Require a licence from the authority for every person who stores, "
            "dismantles, recycles or otherwise treats e-waste.",
        )


def _items_listed(ix: Index, sentence: Sentence) -> set[str]:
    """The kinds of component (capacitors, mercury, batteries...) that the sentence's
    provision and its paragraphs name."""
    unit = sentence.unit
    below = [
        s
        for s in ix.section(sentence)
        if s.unit.section is unit.section and s.unit.path[: len(unit.path)] == unit.path
    ]
    found = set()
    for pattern in _patterns(ix.language, "selective_item"):
        if any(pattern.regex.search(s.low) for s in below):
            found.add(pattern.regex.pattern)
    return found


_TREATMENT_HEADING = {
    "en": (re.compile(r"\btreatment\b|\bdismantling\b"), re.compile(r"waste\b|\bweee\b")),
    "fr": (re.compile(r"\btraitement\b|\bdémontage\b"), re.compile(r"\bdéchets?\b|\bdeee\b")),
    "es": (re.compile(r"\btratamiento\b|\bdesmontaje\b"), re.compile(r"\bresiduos?\b|\braee\b")),
}


def pol20_exports_count(ctx: Context) -> Iterator[Finding]:
    """Exported e-waste counted towards national targets without proof of equivalent
    treatment abroad."""
    ix = index(ctx)
    for s in ix.find("export", "count_towards"):
        if not (ix.has(s, "target") or ix.in_section(s, "target")):
            continue
        if ix.has(s, "equivalent") and ix.has(s, "proof"):
            continue
        yield ctx.finding(
            "POL20",
            s.unit,
            "Counts exported e-waste towards the targets without requiring proof that it was "
            "treated abroad in conditions equivalent to those required at home.",
            evidence=s.text,
            suggestion="Count exported e-waste only where the exporter proves, with "
            "documents, that it was treated in conditions equivalent to those of the "
            "instrument.",
        )


def pol21_distributor_takeback(ctx: Context) -> Iterator[Finding]:
    """Distributor take-back mandated without a rule on who collects from distributors and
    who pays."""
    ix = index(ctx)
    trigger = _first(
        s
        for s in ix.find("distributor", "take_back_verb")
        if ix.lacks(s, "prohibit") and _duty_to(ix, s, "distributor", "take_back_verb")
    )
    if trigger is None:
        return
    candidates = [ix.sentences[i] for i in sorted(ix.ids("distributor") | ix.ids("taken_back"))]
    onward = [
        s
        for s in candidates
        if s.operative
        and ix.lacks(s, "prohibit")
        and (ix.has(s, "producer") or ix.has(s, "pro") or ix.has(s, "fund"))
        and (ix.has(s, "collection") or ix.has(s, "deliver") or ix.has(s, "remove"))
    ]
    if onward:
        return
    yield ctx.finding(
        "POL21",
        trigger.unit,
        "Makes distributors take back e-waste without saying who collects it from them and "
        "who pays for that.",
        evidence=trigger.text,
        suggestion="Oblige the producers (or their organisations) to collect the e-waste "
        "taken back by distributors, free of charge for the distributor and at the producers' "
        "cost.",
    )


def pol22_zero_to_one(ctx: Context) -> Iterator[Finding]:
    """0:1 take-back imposed on every shop, without a threshold on the sales area."""
    ix = index(ctx)
    for s in ix.find("zero_to_one"):
        if ix.in_section(s, "sales_area"):
            continue
        yield ctx.finding(
            "POL22",
            s.unit,
            "Imposes take-back without purchase (0:1) on every shop, however small.",
            evidence=s.text,
            suggestion="Limit the 0:1 take-back to shops with a sales area for equipment of "
            "at least a stated size (the WEEE Directive uses 400 m²).",
        )
        return


def pol23_competing_pros(ctx: Context) -> Iterator[Finding]:
    """Competing PROs allowed without a clearing house or a territorial coverage duty."""
    ix = index(ctx)
    for s in ix.find("pro", "competing"):
        if ix.has(s, "negated_competing"):
            continue
        if ix.anywhere("clearing"):
            return
        yield ctx.finding(
            "POL23",
            s.unit,
            "Allows several producer responsibility organisations for the same equipment "
            "without a clearing house or a duty on each to cover the whole territory.",
            evidence=s.text,
            suggestion="Require competing organisations to set up a clearing house that "
            "allocates collection among them, or to cover the whole territory each.",
        )
        return


# --- POL24-POL30 -------------------------------------------------------------------------


def pol24_certificates(ctx: Context) -> Iterator[Finding]:
    """Tradable recycling certificates without registration of issuers, verification,
    audit and sanctions for false data."""
    ix = index(ctx)
    trigger = _first(ix.find("certificate", "trade"))
    if trigger is None:
        return
    section = ix.section(trigger) + ix.find("certificate", operative=False)
    needs = {
        "the registration of issuers": ("register",),
        "verification": ("verify",),
        "an audit": ("audit",),
        "sanctions for false data": ("false_data",),
    }
    missing = [name for name, cs in needs.items() if not any(ix.has(s, *cs) for s in section)]
    if missing:
        yield ctx.finding(
            "POL24",
            trigger.unit,
            f"Makes recycling certificates tradable without {_list(missing)}.",
            evidence=trigger.text,
            suggestion="Let only registered operators issue certificates, verify the "
            "quantities behind each one, audit issuers, and punish false certificates.",
        )


def pol25_review(ctx: Context) -> Iterator[Finding]:
    """Targets or fees imposed without a review clause."""
    ix = index(ctx)
    trigger = _first(
        s
        for s in sorted(
            {
                *ix.find("target", "percent"),
                *_collection_targets(ix),
                *ix.find("levy_fund", "impose"),
            },
            key=lambda s: s.id,
        )
        if ix.lacks(s, "free")
    )
    if trigger is None:
        return
    if any(ix.has(s, "periodic") for s in ix.find("review", operative=False)):
        return
    yield ctx.finding(
        "POL25",
        trigger.unit,
        "Imposes targets or fees but provides for no periodic review of them.",
        evidence=trigger.text,
        suggestion="Require the authority to review the targets and fees at stated intervals "
        "(every three to five years), after consulting those who bear them.",
    )


_DURATION = {
    "en": re.compile(
        r"\b(\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|eighteen|"
        r"twenty-four|thirty-six)\b(?:\s*\(\d+\))?\s+(years?|months?)\b"
    ),
    "fr": re.compile(
        r"\b(\d+|un|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|dix-huit|"
        r"vingt-quatre|trente-six)\b(?:\s*\(\d+\))?\s+(ans?|années?|mois)\b"
    ),
    "es": re.compile(
        r"\b(\d+|un|uno|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce|dieciocho|"
        r"veinticuatro|treinta y seis)\b(?:\s*\(\d+\))?\s+(años?|mes(es)?)\b"
    ),
}
_SMALL = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "eighteen": 18, "twenty-four": 24,
    "thirty-six": 36, "un": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "sept": 7,
    "huit": 8, "neuf": 9, "dix": 10, "onze": 11, "douze": 12, "dix-huit": 18,
    "vingt-quatre": 24, "trente-six": 36, "uno": 1, "dos": 2, "tres": 3, "cuatro": 4,
    "cinco": 5, "seis": 6, "siete": 7, "ocho": 8, "nueve": 9, "diez": 10, "once": 11,
    "doce": 12, "dieciocho": 18, "veinticuatro": 24, "treinta y seis": 36,
}  # fmt: skip
_ANNUAL = {
    "en": re.compile(r"\b(each|every) (calendar )?year\b|\bannual\w*|\bquarter"),
    "fr": re.compile(r"\bchaque année\b|\bannuel\w*|\btrimest"),
    "es": re.compile(r"\bcada año\b|\banual\w*|\btrimest"),
}
_KEPT_FOR = {  # the words before a retention period: "for not less than five years"
    "en": re.compile(r"\b(for|during)\b[^,;]*$"),
    "fr": re.compile(r"\b(pendant|durant)\b[^,;]*$"),
    "es": re.compile(r"\b(durante|por)\b[^,;]*$"),
}
_BIENNIAL = {
    "en": re.compile(r"\bevery (two|three|2|3) years\b|\bbiennial"),
    "fr": re.compile(r"\btous les (deux|trois|2|3) ans\b"),
    "es": re.compile(r"\bcada (dos|tres|2|3) años\b"),
}


def _duration(match: re.Match[str], language: str) -> float:
    """A period in years: "five years" 5, "six (6) mois" 0.5."""
    word = match.group(1)
    number = int(word) if word.isdigit() else _SMALL.get(word, 0)
    unit = match.group(2)
    return number / 12 if unit.startswith(("month", "mois", "mes")) else float(number)


def _years_text(years: float) -> str:
    if years < 1:
        return f"{round(years * 12)} months"
    return f"{years:g} year" + ("" if years == 1 else "s")


def pol26_records(ctx: Context) -> Iterator[Finding]:
    """Records kept for less time than the reporting or audit period; reporting less often
    than the targets are assessed."""
    ix = index(ctx)
    lang = ix.language
    period = 0.0  # the longest reporting or audit period, in years
    if ix.find("report", "periodic") or any(_ANNUAL[lang].search(s.low) for s in ix.find("report")):
        period = 1.0
    for s in ix.find("audit", "periodic"):
        period = max([period, *(_duration(m, lang) for m in _DURATION[lang].finditer(s.low))])
    for s in ix.find("retention"):
        if not (ix.has(s, "documentation") or re.search(r"\brecords?\b|\bregistr", s.low)):
            continue
        kept = [
            _duration(m, lang)
            for m in _DURATION[lang].finditer(s.low)
            if _KEPT_FOR[lang].search(s.low[max(0, m.start() - 40) : m.start()])
        ]
        if kept and period and max(kept) < period:
            yield ctx.finding(
                "POL26",
                s.unit,
                f"Records are kept for {_years_text(max(kept))}, less than the "
                f"{_years_text(period)} period over which they are reported or audited.",
                evidence=s.text,
                suggestion="Keep records at least as long as the longest reporting, audit or "
                "review period (several years after the year they concern).",
            )
            break
    if _collection_targets(ix):
        for s in ix.find("producer", "report"):
            if _BIENNIAL[lang].search(s.low):
                yield ctx.finding(
                    "POL26",
                    s.unit,
                    "Producers report less often than every year, but the targets are "
                    "assessed each year.",
                    evidence=s.text,
                    suggestion="Require producers to report at least once a year (quarterly "
                    "for quantities placed on the market).",
                )
                break


def pol27_municipal_access(ctx: Context) -> Iterator[Finding]:
    """Municipalities own household waste exclusively while producers have collection
    targets, without access or cost reimbursement."""
    ix = index(ctx)
    trigger = _first(ix.find("municipality", "municipal_exclusive", "household_waste"))
    if trigger is None or not [s for s in _collection_targets(ix) if ix.has(s, "producer")]:
        return
    if ix.find("municipality", "reimburse") or ix.find("reimburse", "producer"):
        return
    yield ctx.finding(
        "POL27",
        trigger.unit,
        "Gives municipalities exclusive control of household waste while producers must meet "
        "collection targets, with no rule giving producers access to that e-waste or "
        "reimbursing municipalities.",
        evidence=trigger.text,
        suggestion="Require municipalities to hand the e-waste they collect to producers, and "
        "producers to reimburse the reasonable costs of its separate collection.",
    )


def pol28_small_producers(ctx: Context) -> Iterator[Finding]:
    """Small producers exempt without a numeric de-minimis threshold."""
    ix = index(ctx)
    for s in ix.find("small_producer"):
        if not (ix.has(s, "exempt") or ix.in_section(s, "exempt")):
            continue
        defined = [t for t in ix.section(s) if ix.has(t, "small_producer")] + [s]
        if any(
            ix.has(t, "threshold")
            and _COMPARED[ix.language].search(t.low)
            and (re.search(r"\d", t.low) or re.search(_NUMBER_WORD, t.low))
            for t in defined
        ):
            return
        yield ctx.finding(
            "POL28",
            s.unit,
            "Exempts small producers without a numeric threshold saying who is small.",
            evidence=s.text,
            suggestion="Define small producers by a number (units or tonnes placed on the "
            "market a year, or turnover).",
        )
        return


_NUMBER_WORD = r"\b(hundred|thousand|cent|mille|cien|ciento|mil)\b"
_COMPARED = {  # a threshold: "fewer than 100 units", "moins de cent unités"
    "en": re.compile(r"\b(fewer|less|not more|no more|more) than\b|\bnot exceeding\b|\bbelow\b"),
    "fr": re.compile(r"\b(moins|plus) de\b|\binférieure?s? à\b|\bau plus\b|\bn'excédant pas\b"),
    "es": re.compile(r"\b(menos|más) de\b|\binferior(es)? a\b|\bhasta\b|\bno (más|mayor) de\b"),
}


def pol29_storage(ctx: Context) -> Iterator[Finding]:
    """Unlimited storage at facilities while targets are annual."""
    ix = index(ctx)
    trigger = _first(_collection_targets(ix))
    if trigger is None:
        return
    if any(ix.lacks(s, "interim_storage") for s in ix.find("storage", "days_limit")):
        return
    yield ctx.finding(
        "POL29",
        trigger.unit,
        "Sets annual targets but no time limit on storing e-waste at facilities: collected "
        "e-waste can be stockpiled and counted without being treated.",
        evidence=trigger.text,
        suggestion="Limit how long e-waste may be stored before treatment (for example 180 "
        "days, extendable once).",
    )


def pol30_spare_parts(ctx: Context) -> Iterator[Finding]:
    """A RoHS-type restriction that reaches spare parts for equipment placed on the market
    earlier."""
    ix = index(ctx)
    restrictions = [
        s for s in ix.find("rohs") if ix.has(s, "prohibit") or ix.has(s, "place_market")
    ]
    trigger = _first(restrictions)
    if trigger is None:
        return
    exempted = [
        s
        for s in ix.find("spare_parts", operative=False)
        if ix.has(s, "before") or ix.has(s, "exempt")
    ]
    if exempted:
        return
    reaches = _first(s for s in restrictions if ix.has(s, "spare_parts")) or trigger
    yield ctx.finding(
        "POL30",
        reaches.unit,
        "Restricts hazardous substances without exempting spare parts for equipment placed on "
        "the market before the restriction applied: such equipment could no longer be "
        "repaired.",
        evidence=reaches.text,
        suggestion="Exempt spare parts for the repair of equipment placed on the market before "
        "the restriction took effect (RoHS Directive, art. 4(4)).",
    )


CHECKS: tuple[Rule, ...] = (
    pol01_bamako_imports,
    pol02_basel_consent,
    pol03_ban_amendment,
    pol04_used_eee,
    pol05_repair_exemption,
    pol06_register,
    pol07_pom_reporting,
    pol08_estimation,
    pol09_pro_safeguards,
    pol10_fund_rules,
    pol11_informal_sector,
    pol12_ban_at_commencement,
    pol13_reuse_data,
    pol14_decreasing_targets,
    pol15_target_values,
    pol16_retroactive,
    pol17_orphans,
    pol18_producer_definition,
    pol19_treatment,
    pol20_exports_count,
    pol21_distributor_takeback,
    pol22_zero_to_one,
    pol23_competing_pros,
    pol24_certificates,
    pol25_review,
    pol26_records,
    pol27_municipal_access,
    pol28_small_producers,
    pol29_storage,
    pol30_spare_parts,
)
