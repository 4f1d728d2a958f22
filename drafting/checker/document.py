"""The checker's view of an instrument: every numbered unit in document order with its
text and its number as the document prints it, the defined terms, parts and schedules.

Built from the draft model, whether it came from assembly or from a Word file."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from drafting.model import (
    Instrument,
    Provision,
    ProvisionLevel,
    Schedule,
    TableBlock,
    plain_text,
)

_LEVELS = (ProvisionLevel.SUBSECTION, ProvisionLevel.PARAGRAPH, ProvisionLevel.SUBPARAGRAPH)


@dataclass(frozen=True, slots=True, kw_only=True)
class Unit:
    """One provision at any level, or one block of a schedule."""

    index: int  # document order
    eid: str
    level: ProvisionLevel
    cite: str  # "12(3)(b)"; "Schedule 2" for a schedule's text
    path: tuple[str, ...]  # the numbers from the top-level provision down: ("12", "3", "b")
    text: str  # its own words: text and closing words, not its children's
    provision: Provision | None
    section: Provision | None  # the top-level provision it belongs to (None in a schedule)
    schedule: Schedule | None = None
    definition: str = ""  # the defined term, for a definition


@dataclass(frozen=True, slots=True, kw_only=True)
class DefinedTerm:
    term: str  # as printed, without quotes: "producer"
    text: str  # the whole definition, limbs included
    unit: Unit


@dataclass(slots=True, kw_only=True)
class Doc:
    instrument: Instrument
    name: str  # the file or draft name, for the report
    units: list[Unit] = field(default_factory=list)
    definitions: list[DefinedTerm] = field(default_factory=list)
    sections: list[Provision] = field(default_factory=list)
    parts: list[Provision] = field(default_factory=list)
    schedules: list[Schedule] = field(default_factory=list)
    preamble: str = ""
    by_eid: dict[str, Unit] = field(default_factory=dict)
    memo: dict[str, object] = field(default_factory=dict)  # what the checks read once

    @property
    def language(self) -> str:
        return self.instrument.language or "en"

    @property
    def title(self) -> str:
        return self.instrument.title

    def section_units(self) -> Iterator[Unit]:
        return (u for u in self.units if u.level is ProvisionLevel.SECTION)

    def body_units(self) -> Iterator[Unit]:
        return (u for u in self.units if u.schedule is None)

    def text(self) -> str:
        """The whole instrument's words, title and preamble included, one unit per line."""
        return "\n".join([self.title, self.preamble, *(u.text for u in self.units)])

    def find_section(self, num: str) -> Provision | None:
        wanted = _plain_num(num)
        for section in self.sections:
            if _plain_num(section.num) == wanted:
                return section
        return None

    def section_unit(self, section: Provision) -> Unit:
        return self.by_eid[section.eid]

    def full_text(self, provision: Provision) -> str:
        """A provision's words with all its sub-provisions'."""
        parts = [plain_text(provision.content)]
        parts += [self.full_text(c) for c in provision.children]
        parts.append(plain_text(provision.after))
        return " ".join(p for p in parts if p)


def _plain_num(num: str) -> str:
    return num.strip().rstrip(".°º").lower()


def build(instrument: Instrument, name: str = "") -> Doc:
    """The checker's view of `instrument`."""
    doc = Doc(instrument=instrument, name=name or instrument.title or "document")
    doc.preamble = "\n".join(plain_text(item.content) for item in instrument.preamble)
    for top in instrument.body:
        if top.level is ProvisionLevel.PART:
            doc.parts.append(top)
            for section in top.children:
                _section(doc, section)
        else:
            _section(doc, top)
    for schedule in instrument.schedules:
        doc.schedules.append(schedule)
        _schedule(doc, schedule)
    doc.by_eid = {u.eid: u for u in doc.units}
    return doc


def _add(doc: Doc, **kwargs: object) -> Unit:
    unit = Unit(index=len(doc.units), **kwargs)  # type: ignore[arg-type]
    doc.units.append(unit)
    return unit


def _section(doc: Doc, section: Provision) -> None:
    if section.level is not ProvisionLevel.SECTION:
        return
    doc.sections.append(section)
    _add(
        doc,
        eid=section.eid,
        level=section.level,
        cite=section.num,
        path=(section.num,),
        text=_own(section),
        provision=section,
        section=section,
    )
    for child in section.children:
        _child(doc, child, section, (section.num,))


def _child(doc: Doc, p: Provision, section: Provision, path: tuple[str, ...]) -> None:
    here = (*path, p.num) if p.num else path
    term = p.definition.label if p.definition is not None else ""
    if term:  # a definition is cited by its term, as the interpretation provision prints it
        here = (*path, f"“{_unquote(term)}”")
    cite = path[0] + "".join(n if n.startswith("“") else f"({n})" for n in here[1:])
    cite = cite.replace("“", " “", 1) if term or "“" in cite else cite
    unit = _add(
        doc,
        eid=p.eid,
        level=p.level,
        cite=cite,
        path=here,
        text=_own(p),
        provision=p,
        section=section,
        definition=term,
    )
    if term:
        doc.definitions.append(DefinedTerm(term=_unquote(term), text=doc.full_text(p), unit=unit))
    for child in p.children:
        _child(doc, child, section, here)


def _schedule(doc: Doc, schedule: Schedule) -> None:
    cite = schedule.label or f"Schedule {schedule.num}"
    _add(
        doc,
        eid=schedule.eid,
        level=ProvisionLevel.PART,
        cite=cite,
        path=(),
        text=" ".join(t for t in (schedule.heading, schedule.referred_by) if t),
        provision=None,
        section=None,
        schedule=schedule,
    )
    tables = 0
    for block in schedule.content:
        if isinstance(block, TableBlock):
            rows = [" | ".join(block.columns), *(" | ".join(r) for r in block.rows)]
            text = "\n".join(rows)
            tables += 1
            eid = f"{schedule.eid}__table" + (f"_{tables}" if tables > 1 else "")
            _add(
                doc,
                eid=eid,
                level=ProvisionLevel.SUBSECTION,
                cite=cite,
                path=(),
                text=text,
                provision=None,
                section=None,
                schedule=schedule,
            )
        else:
            for p in _walk(block):
                _add(
                    doc,
                    eid=p.eid,
                    level=p.level,
                    cite=cite,
                    path=(),
                    text=_own(p),
                    provision=p,
                    section=None,
                    schedule=schedule,
                )


def _walk(p: Provision) -> Iterator[Provision]:
    yield p
    for c in p.children:
        yield from _walk(c)


def _own(p: Provision) -> str:
    return " ".join(t for t in (plain_text(p.content), plain_text(p.after)) if t)


_QUOTES = re.compile(
    "^[\"\u201c\u201d\u2018\u2019\u00ab\u00bb\\s']+|[\"\u201c\u201d\u2018\u2019\u00ab\u00bb\\s:']+$"
)


def _unquote(term: str) -> str:
    return _QUOTES.sub("", term)
