"""A provision's text as the diff compares it, with the references and parameters in it
marked, and the keys that say which provision each reference names in the new numbering."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field

from drafting.checker.xrefs import Target, number_value, references
from drafting.model import (
    CrossRef,
    Inline,
    Instrument,
    ParamText,
    Provision,
    Schedule,
)


@dataclass(frozen=True, slots=True, kw_only=True)
class Span:
    """A reference ("ref", keyed by the provision it names) or a parameter ("param", keyed
    by its name) at start:end of a rendered text."""

    start: int
    end: int
    kind: str
    key: str
    text: str


@dataclass(slots=True, kw_only=True)
class Rendered:
    text: str = ""
    spans: list[Span] = field(default_factory=list)


@dataclass(slots=True, kw_only=True)
class Numbering:
    """One draft's provisions and schedules as the other draft numbers them: for the new
    draft its own numbers, for the old one the numbers of their partners in the new."""

    language: str
    modelled: bool  # cross-references are in the model (CrossRef) rather than plain text
    path_of: dict[str, tuple[str, tuple[str, ...]]] = field(default_factory=dict)
    section: dict[str, str] = field(default_factory=dict)  # top-level eid -> number in new
    eid_of_number: dict[str, str] = field(default_factory=dict)
    schedule: dict[str, str] = field(default_factory=dict)  # schedule eid -> key in new
    schedule_of_value: dict[int, str] = field(default_factory=dict)

    def provision_key(self, eid: str) -> str | None:
        if eid in self.schedule:
            return "s:" + self.schedule[eid]
        if eid not in self.path_of:
            return None
        top, path = self.path_of[eid]
        return "p:" + "/".join((self.section.get(top, "gone:" + top), *path))

    def target_key(self, target: Target, own: str) -> str:
        if target.kind == "schedule":
            value = number_value(target.number)
            mapped = self.schedule_of_value.get(value) if value is not None else None
            return "s:" + (mapped or "gone:" + target.number)
        if target.kind == "part":
            return "part:" + target.number
        number = own if target.relative or not target.section else target.section
        top = self.eid_of_number.get(number, "")
        rest = tuple(x for x in (target.sub, target.para, target.subpara) if x)
        return "p:" + "/".join((self.section.get(top, "gone:" + number), *rest))


def modelled(instrument: Instrument) -> bool:
    """Whether the draft's cross-references are in its model (ours) or only in its words."""
    return any(isinstance(i, CrossRef) for p in instrument.sections() for i in _inlines(p))


def numbering(
    instrument: Instrument,
    section: dict[str, str],
    schedule: dict[str, str],
    *,
    use_model: bool,
) -> Numbering:
    """The numbering of `instrument`, its sections and schedules keyed as `section` and
    `schedule` say (eid -> the number the new draft gives them). Without `use_model`
    references are read from the words, as they must be when only one side has them
    in its model, so that both sides delimit them alike."""
    out = Numbering(
        language=instrument.language,
        modelled=use_model,
        section=section,
        schedule=schedule,
    )
    for top in instrument.sections():
        out.eid_of_number.setdefault(top.num, top.eid)
        for eid, path in _paths(top, ()):
            out.path_of[eid] = (top.eid, path)
    for n, s in enumerate(instrument.schedules, 1):
        value = number_value(s.num) or n
        if s.eid in schedule:
            out.schedule_of_value[value] = schedule[s.eid]
    return out


def _paths(p: Provision, path: tuple[str, ...]) -> Iterator[tuple[str, tuple[str, ...]]]:
    yield p.eid, path
    for c in p.children:
        yield from _paths(c, (*path, c.num.strip("()")) if c.num else path)


def _inlines(p: Provision) -> Iterator[Inline]:
    yield from p.content
    yield from p.after
    for c in p.children:
        yield from _inlines(c)


class Writer:
    """Builds a Rendered text line by line, marking references and parameters."""

    def __init__(self, numbering: Numbering, own: str) -> None:
        self.numbering = numbering
        self.own = own  # the number of the top-level provision the text belongs to
        self.out = Rendered()
        self._params: dict[str, int] = defaultdict(int)

    def line(
        self, content: tuple[Inline, ...] | str, prefix: str = "", *, as_text: bool = False
    ) -> None:
        """Appends a line; with `as_text` (or in a draft without modelled references) its
        references are read from the words."""
        if not content:
            return
        if self.out.text:
            self.out.text += "\n"
        if prefix:
            self.out.text += prefix + " "
        start = len(self.out.text)
        if isinstance(content, str):
            self.out.text += content
            if as_text or not self.numbering.modelled:
                self._text_references(start, content)
            return
        for inline in content:
            begin = len(self.out.text)
            self.out.text += inline.text
            if isinstance(inline, ParamText):
                n = self._params[inline.name]
                self._params[inline.name] += 1
                key = f"{inline.name}#{n}"
                self._span(begin, "param", key, inline.text)
            elif isinstance(inline, CrossRef) and self.numbering.modelled:
                key = self.numbering.provision_key(inline.eid) or "x:" + inline.text
                if inline.instrument:
                    key = f"x:{inline.instrument}:{inline.target}"
                self._span(begin, "ref", key, inline.text)
        if not self.numbering.modelled:
            self._text_references(start, self.out.text[start:])

    def _span(self, start: int, kind: str, key: str, text: str) -> None:
        self.out.spans.append(
            Span(start=start, end=start + len(text), kind=kind, key=key, text=text)
        )

    def _text_references(self, offset: int, text: str) -> None:
        for ref in references(text, self.numbering.language or "en"):
            if ref.external or not ref.targets:
                continue
            key = "|".join(self.numbering.target_key(t, self.own) for t in ref.targets)
            self._span(offset + ref.start, "ref", key, ref.text)


def provision_text(p: Provision, numbering: Numbering, *, heading: bool = True) -> Rendered:
    """Heading, own words, then each sub-provision on its own line after its label;
    definitions left out (they are compared on their own)."""
    writer = Writer(numbering, p.num)
    if heading and p.heading:
        writer.line(p.heading)
    _body(writer, p, top=True)
    return writer.out


def _body(writer: Writer, p: Provision, *, top: bool) -> None:
    writer.line(p.content, "" if top else p.label)
    for c in p.children:
        if c.definition is None:
            _body(writer, c, top=False)
    writer.line(p.after)


def definition_text(p: Provision, numbering: Numbering, own: str) -> Rendered:
    """A definition with its limbs."""
    writer = Writer(numbering, own)
    writer.line(p.content)
    for c in p.children:
        _body(writer, c, top=False)
    writer.line(p.after)
    return writer.out


def schedule_text(s: Schedule, numbering: Numbering) -> Rendered:
    """A schedule's heading, the provisions it is made under, and its text (its tables are
    compared cell by cell)."""
    writer = Writer(numbering, "")
    writer.line(s.heading)
    if s.referred_by:
        # a plain string even in the model: read its references as text
        writer.line(s.referred_by, as_text=True)
    for block in s.content:
        if isinstance(block, Provision):
            _body(writer, block, top=False)
    return writer.out
