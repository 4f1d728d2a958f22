"""Numbering of provisions and schedules in a country's style, and their AKN eIds."""

from __future__ import annotations

from dataclasses import replace

from drafting.formats import alpha, fill_label, format_number, roman
from drafting.model import Form, Instrument, Provision, ProvisionLevel, Schedule, TableBlock


def number_provisions(instrument: Instrument, form: Form) -> Instrument:
    """A new instrument whose parts, provisions and schedules carry numbers, labels, eIds.

    Sections are numbered through the whole instrument, across parts, as all three legal
    forms do; sub-provisions and paragraphs restart in each parent. A definition keeps
    its term in its eId (`sec_2__def_producer`), so eIds of definitions survive reordering."""
    language = instrument.language
    counter = _Counter()
    body = []
    part_number = 0
    for item in instrument.body:
        if item.level is ProvisionLevel.PART:
            part_number += 1
            num, label, eid = _names(form, "part", part_number, language, "")
            children = tuple(_number_section(s, form, language, counter) for s in item.children)
            body.append(replace(item, num=num, label=label, eid=eid, children=children))
        else:
            body.append(_number_section(item, form, language, counter))
    schedules = tuple(
        _number_schedule(s, i, form, language) for i, s in enumerate(instrument.schedules, start=1)
    )
    return replace(instrument, body=tuple(body), schedules=schedules)


class _Counter:
    def __init__(self) -> None:
        self.sections = 0


def _names(form: Form, level: str, n: int, language: str, parent_eid: str) -> tuple[str, str, str]:
    """(num as cited, label as printed, eId) of the n-th unit of `level`."""
    level_form = form.levels[level]
    num = format_number(n, level_form.numbering, language)
    if level_form.numbering == "none":
        label = ""
    elif n == 1 and level_form.first_label and language in level_form.first_label:
        label = level_form.first_label[language]
    else:
        label = fill_label(level_form.label[language], num)
    eid = f"{level_form.eid_prefix}_{_eid_num(n, level_form.numbering)}"
    return num, label, f"{parent_eid}__{eid}" if parent_eid else eid


def _eid_num(n: int, numbering: str) -> str:
    # AKN eIds carry the number without decoration: para_a, subpara_ii, sec_9 (not 9°).
    if numbering == "alpha":
        return alpha(n)
    if numbering == "roman-lower":
        return roman(n).lower()
    return str(n)


def _number_section(section: Provision, form: Form, language: str, counter: _Counter) -> Provision:
    counter.sections += 1
    num, label, eid = _names(form, "section", counter.sections, language, "")
    children = _number_children(section.children, eid, form, language)
    return replace(section, num=num, label=label, eid=eid, children=children)


def _number_children(
    children: tuple[Provision, ...], parent_eid: str, form: Form, language: str
) -> tuple[Provision, ...]:
    out: list[Provision] = []
    n = 0
    for child in children:
        if child.definition is not None:
            defined = sum(1 for c in out if c.definition is not None)
            out.append(_number_definition(child, defined + 1, parent_eid, form, language))
            continue
        # Children carry their level from assembly: a section whose body is a list of
        # paragraphs has no sub-provisions ("regulation 5 (a)", "Article 5, 1°").
        n += 1
        num, label, eid = _names(form, child.level.value, n, language, parent_eid)
        grandchildren = _number_children(child.children, eid, form, language)
        out.append(replace(child, num=num, label=label, eid=eid, children=grandchildren))
    return tuple(out)


def _number_definition(
    definition: Provision, n: int, parent_eid: str, form: Form, language: str
) -> Provision:
    numbering = form.definition.numbering
    num = format_number(n, numbering, language)
    label = "" if numbering == "none" else fill_label(form.definition.label[language], num)
    assert definition.definition is not None
    eid = f"{parent_eid}__def_{definition.definition.term}"
    return replace(definition, num=num, label=label, eid=eid)


def _number_schedule(schedule: Schedule, n: int, form: Form, language: str) -> Schedule:
    num, label, eid = _names(form, "schedule", n, language, "")
    content: list[Provision | TableBlock] = []
    block_number = 0
    for item in schedule.content:
        if isinstance(item, TableBlock):
            content.append(item)
            continue
        block_number += 1
        block_eid = f"{eid}__subsec_{block_number}"
        children = _number_children(item.children, block_eid, form, language)
        content.append(
            replace(item, num=str(block_number), label="", eid=block_eid, children=children)
        )
    return replace(schedule, num=num, label=label, eid=eid, content=tuple(content))
