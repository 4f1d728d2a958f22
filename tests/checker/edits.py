"""Edits that plant one defect in a draft model: change a provision's words, drop or add a
provision, renumber one. Each returns a new Instrument; the original is left as it was."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from drafting.checker.document import build
from drafting.model import Instrument, Provision, ProvisionLevel, Schedule, Text, plain_text


def cite_of(instrument: Instrument, eid: str) -> str:
    return build(instrument).by_eid[eid].cite


def eid_of(instrument: Instrument, cite: str, contains: str = "") -> str:
    """The eId of the unit numbered `cite` ("12(3)(b)") whose text contains `contains`."""
    for unit in build(instrument).units:
        if unit.cite == cite and contains in unit.text:
            return unit.eid
    raise KeyError(f"no unit {cite} containing {contains!r}")


def find_text(instrument: Instrument, words: str) -> str:
    """The eId of the first unit whose own text contains `words`."""
    for unit in build(instrument).units:
        if words in unit.text:
            return unit.eid
    raise KeyError(words)


def _map(
    provisions: tuple[Provision, ...], eid: str, change: Callable[[Provision], Provision | None]
) -> tuple[Provision, ...]:
    out: list[Provision] = []
    for p in provisions:
        if p.eid == eid:
            changed = change(p)
            if changed is not None:
                out.append(changed)
            continue
        out.append(replace(p, children=_map(p.children, eid, change)))
    return tuple(out)


def change(
    instrument: Instrument, eid: str, how: Callable[[Provision], Provision | None]
) -> Instrument:
    body = _map(instrument.body, eid, how)
    schedules = tuple(
        replace(
            s,
            content=tuple(
                b
                for c in s.content
                for b in ((_map((c,), eid, how)) if isinstance(c, Provision) else (c,))
            ),
        )
        for s in instrument.schedules
    )
    return replace(instrument, body=body, schedules=schedules)


def retext(instrument: Instrument, eid: str, old: str, new: str) -> Instrument:
    """The provision's own words with `old` replaced by `new` (the words flattened to text)."""

    def how(p: Provision) -> Provision:
        text = plain_text(p.content)
        assert old in text, f"{old!r} not in {text!r}"
        return replace(p, content=(Text(text=text.replace(old, new, 1)),))

    return change(instrument, eid, how)


def set_text(instrument: Instrument, eid: str, text: str) -> Instrument:
    return change(instrument, eid, lambda p: replace(p, content=(Text(text=text),)))


def drop(instrument: Instrument, eid: str) -> Instrument:
    return change(instrument, eid, lambda p: None)


def renumber(instrument: Instrument, eid: str, num: str, label: str) -> Instrument:
    return change(instrument, eid, lambda p: replace(p, num=num, label=label))


def add_child(instrument: Instrument, eid: str, child: Provision) -> Instrument:
    return change(instrument, eid, lambda p: replace(p, children=(*p.children, child)))


def definition(eid: str, term: str, text: str, num: str = "", label: str = "") -> Provision:
    from drafting.model import Definition, TermId

    return Provision(
        eid=eid,
        level=ProvisionLevel.PARAGRAPH,
        num=num,
        label=label,
        content=(Text(text=text),),
        definition=Definition(term=TermId(term), label=term, relation="means"),
    )


def drop_schedule(instrument: Instrument, index: int) -> Instrument:
    schedules: list[Schedule] = list(instrument.schedules)
    del schedules[index]
    return replace(instrument, schedules=tuple(schedules))


def edit_table(
    instrument: Instrument, schedule_index: int, row: int, column: int, value: str
) -> Instrument:
    """The schedule's first table with one cell changed (row 0 is the first body row)."""
    from drafting.model import TableBlock

    schedule = instrument.schedules[schedule_index]
    content = list(schedule.content)
    for i, block in enumerate(content):
        if isinstance(block, TableBlock):
            rows = [list(r) for r in block.rows]
            rows[row][column] = value
            content[i] = replace(block, rows=tuple(tuple(r) for r in rows))
            break
    else:
        raise KeyError("no table")
    schedules = list(instrument.schedules)
    schedules[schedule_index] = replace(schedule, content=tuple(content))
    return replace(instrument, schedules=tuple(schedules))
