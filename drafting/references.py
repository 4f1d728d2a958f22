"""Cross-references: from symbolic clause targets to numbers in the country's citation style."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, replace

from drafting.errors import AssemblyError, Code, Location, Problem
from drafting.formats import contract_join
from drafting.model import (
    CrossRef,
    Form,
    Inline,
    Instrument,
    Provision,
    ProvisionLevel,
    Schedule,
    TableBlock,
    Text,
)


@dataclass(frozen=True, slots=True)
class _Target:
    eid: str
    kind: str  # section, subsection, paragraph, schedule
    section: Provision | None
    subsection: Provision | None = None
    paragraph: Provision | None = None
    schedule: Schedule | None = None


def target_index(instrument: Instrument) -> dict[str, _Target]:
    """Every symbolic target ("clause-id", "clause-id/key", "clause-id/key/key") by name."""
    index: dict[str, _Target] = {}
    for section in instrument.sections():
        if section.source is None:
            continue
        index[section.source] = _Target(section.eid, "section", section)
        if section.key:
            index[f"{section.source}/{section.key}"] = index[section.source]
        for child in section.children:
            if child.key is None or child.definition is not None:
                continue
            if child.level is ProvisionLevel.SUBSECTION:
                index[f"{section.source}/{child.key}"] = _Target(
                    child.eid, "subsection", section, child
                )
                for para in child.children:
                    if para.key:
                        target = _Target(para.eid, "paragraph", section, child, para)
                        index[f"{section.source}/{child.key}/{para.key}"] = target
            else:
                index[f"{section.source}/{child.key}"] = _Target(
                    child.eid, "paragraph", section, None, child
                )
    for schedule in instrument.schedules:
        if schedule.source:
            index[schedule.source] = _Target(schedule.eid, "schedule", None, schedule=schedule)
    return index


def resolve_references(
    instrument: Instrument,
    form: Form,
    elsewhere: Callable[[str], CrossRef | None] | None = None,
) -> Instrument:
    """A new instrument whose cross-references carry the eId and text of their target.

    A reference to a provision of the same section is written in the local form
    ("sub-regulation (2)", "this Article"). `elsewhere` resolves a target that is in the
    companion instrument. Raises AssemblyError A402 listing every reference whose target
    is in neither."""
    index = target_index(instrument)
    templates = form.references[instrument.language]
    problems: list[Problem] = []

    def fix(
        provision: Provision, section: Provision | None, unit: Provision | None = None
    ) -> Provision:
        here = section or provision
        if provision.level is ProvisionLevel.SUBSECTION:
            unit = provision
        opens = provision.level in (ProvisionLevel.SECTION, ProvisionLevel.SUBSECTION)
        content = _resolve(
            provision.content,
            index,
            templates,
            here,
            instrument.language,
            problems,
            opens,
            elsewhere,
            unit,
        )
        after = _resolve(
            provision.after,
            index,
            templates,
            here,
            instrument.language,
            problems,
            False,
            elsewhere,
            unit,
        )
        children = tuple(
            fix(
                c,
                section or (provision if provision.level is ProvisionLevel.SECTION else None),
                unit,
            )
            for c in provision.children
        )
        return replace(provision, content=content, after=after, children=children)

    body = []
    for item in instrument.body:
        if item.level is ProvisionLevel.PART:
            body.append(replace(item, children=tuple(fix(s, None) for s in item.children)))
        else:
            body.append(fix(item, None))
    schedules = tuple(
        replace(s, content=tuple(c if isinstance(c, TableBlock) else fix(c, c) for c in s.content))
        for s in instrument.schedules
    )
    if problems:
        raise AssemblyError(
            Code.DANGLING_REFERENCE,
            f"{len(problems)} cross-reference(s) point to provisions that are not in this draft.",
            problems=tuple(problems),
            hint="Guard the referring text with the same include_when as its target.",
        )
    return replace(instrument, body=tuple(body), schedules=schedules)


def _resolve(
    content: tuple[Inline, ...],
    index: dict[str, _Target],
    templates: Mapping[str, str],
    here: Provision,
    language: str,
    problems: list[Problem],
    opens_sentence: bool = False,
    elsewhere: Callable[[str], CrossRef | None] | None = None,
    unit: Provision | None = None,
) -> tuple[Inline, ...]:
    out: list[Inline] = []
    for inline in content:
        if not isinstance(inline, CrossRef):
            out.append(inline)
            continue
        target = index.get(inline.target)
        external = elsewhere(inline.target) if target is None and elsewhere else None
        if external is not None:
            text = external.text
            if _starts_sentence(out, opens_sentence):
                text = text[:1].upper() + text[1:]
            out.append(replace(external, text=text))
            _contract_with_previous(out, language)
            continue
        if target is None:
            problems.append(
                Problem(
                    code=Code.DANGLING_REFERENCE,
                    message=f"refers to {inline.target!r}, which is not in this draft",
                    location=Location(eid=here.eid, label=here.label or here.eid),
                )
            )
            out.append(inline)
            continue
        text = cite_target(target, templates, here, unit)
        if _starts_sentence(out, opens_sentence):
            text = text[:1].upper() + text[1:]
        out.append(replace(inline, eid=target.eid, text=text))
        _contract_with_previous(out, language)
    return _coalesce(out, language)


_PLURALS = {
    "en": {
        "paragraph": "paragraphs",
        "subregulation": "subregulations",
        "subsection": "subsections",
        "regulation": "regulations",
        "section": "sections",
        "item": "items",
        "Article": "Articles",
    },
    "fr": {"l'alinéa": "les alinéas", "l'article": "les articles", "le point": "les points"},
    "es": {
        "el párrafo": "los párrafos",
        "el artículo": "los artículos",
        "el inciso": "los incisos",
    },
}
_CONJUNCTIONS = {"and", "or", "y", "o", "e", "u", "et", "ou"}


def _coalesce(out: list[Inline], language: str) -> tuple[Inline, ...]:
    """Two references that differ only in their number, joined by "and" or "or", are cited
    once: "paragraphs 1 and 4 of this Article", not "paragraph 1 of this Article and
    paragraph 4 of this Article" (Rwanda review m2). Both stay links to their targets."""
    plurals = _PLURALS.get(language, {})
    i = 0
    while i + 2 < len(out):
        first, between, second = out[i], out[i + 1], out[i + 2]
        if (
            isinstance(first, CrossRef)
            and isinstance(second, CrossRef)
            and isinstance(between, Text)
            and between.text.strip() in _CONJUNCTIONS
            and between.text.startswith(" ")
            and not first.instrument
            and not second.instrument
        ):
            merged = _merge(first.text, second.text, plurals)
            if merged is not None:
                out[i] = replace(first, text=merged[0])
                out[i + 2] = replace(second, text=merged[1])
        i += 1
    return tuple(out)


def _merge(a: str, b: str, plurals: Mapping[str, str]) -> tuple[str, str] | None:
    """("paragraphs 1", "4 of this Article") for "paragraph 1 of this Article" and
    "paragraph 4 of this Article"; None when they differ otherwise."""
    for singular, plural in plurals.items():
        for word, words in ((singular, plural), (singular[:1].upper() + singular[1:], plural)):
            if not (a.startswith(word + " ") and b.lower().startswith(singular.lower() + " ")):
                continue
            a_rest, b_rest = a[len(word) + 1 :], b[len(singular) + 1 :]
            a_num, _, a_tail = a_rest.partition(" ")
            b_num, _, b_tail = b_rest.partition(" ")
            if a_tail == b_tail and a_num != b_num and a_num and b_num:
                lead = words if word[:1].islower() else words[:1].upper() + words[1:]
                return f"{lead} {a_num}", f"{b_num} {b_tail}".rstrip()
    return None


def _starts_sentence(before: list[Inline], opens_sentence: bool) -> bool:
    """Whether a reference placed after `before` opens a sentence ("Sub-regulation (1)...").

    A provision's own text and a sub-provision open with a sentence; a paragraph "(a)"
    continues the sentence of its parent, so its first word stays in lower case."""
    text = "".join(i.text for i in before).rstrip()
    return opens_sentence if not text else text.endswith(".")


def cite_target(
    target: _Target,
    templates: Mapping[str, str],
    here: Provision | None,
    unit: Provision | None = None,
) -> str:
    """How a provision cites `target` from `here` (None: from another instrument); from
    within the sub-provision `unit`, its own paragraphs are "paragraph (e)" and itself "this
    subregulation", not "paragraph (e) of subregulation (1)" (where the profile says so)."""
    local = here is not None and target.section is not None and target.section.eid == here.eid
    same_unit = (
        local
        and unit is not None
        and target.subsection is not None
        and target.subsection.eid == unit.eid
    )
    if same_unit and target.kind == "subsection" and "this_subsection" in templates:
        return templates["this_subsection"]
    if same_unit and target.kind == "paragraph" and "paragraph_here" in templates:
        assert target.paragraph is not None
        return templates["paragraph_here"].format(paragraph=target.paragraph.num)
    section = target.section.num if target.section else ""
    if target.kind == "schedule":
        assert target.schedule is not None
        return templates["schedule"].format(schedule=target.schedule.num)
    if target.kind == "section":
        return templates["this_section" if local else "section"].format(section=section)
    subsection = target.subsection.num if target.subsection else ""
    if target.kind == "subsection":
        return templates["local_subsection" if local else "subsection"].format(
            section=section, subsection=subsection
        )
    paragraph = target.paragraph.num if target.paragraph else ""
    if target.subsection is None:
        name = "paragraph_direct"
    else:
        name = "local_paragraph" if local else "paragraph"
    return templates[name].format(section=section, subsection=subsection, paragraph=paragraph)


def _contract_with_previous(out: list[Inline], language: str) -> None:
    """Contract "de" + "el artículo" into "del artículo" across a text/reference boundary."""
    previous, reference = out[-2] if len(out) > 1 else None, out[-1]
    if not isinstance(previous, Text):
        return
    before, text = contract_join(previous.text, reference.text, language)
    out[-2] = Text(text=before)
    out[-1] = replace(reference, text=text)


def references_in(provision: Provision) -> Iterator[CrossRef]:
    """Every cross-reference in a provision and its descendants."""
    for inline in (*provision.content, *provision.after):
        if isinstance(inline, CrossRef):
            yield inline
    for child in provision.children:
        yield from references_in(child)
