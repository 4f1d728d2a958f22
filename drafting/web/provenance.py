"""What the draft page says about where each provision comes from and what it rests on:
the provenance panel (clause, rule, answers, power, sanctions), the legal basis, what
the instrument leaves out, and the timetable as a table. All of it is the core's
(`Instrument.provenance`, `basis`, `sanctions`, `displaced`, `timetable`,
`answers_shown`), arranged for the page; texts in the draft's language carry its `lang`."""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from flask_babel import gettext as _

from drafting.library import ClauseLibrary
from drafting.model import (
    Instrument,
    InstrumentKind,
    Profile,
    Provenance,
    Provision,
    SanctionEntry,
)
from drafting.web.i18n import in_ui_language, ui_language


@dataclass(frozen=True, slots=True)
class Row:
    """One line of a provision's panel: a label and its value(s); `lang` is the draft's
    language when the value is in it and the page is not."""

    name: str
    label: str
    values: tuple[str, ...]
    lang: str | None = None
    flag: str = ""  # a warning in the UI's language, shown after the values


@dataclass(frozen=True, slots=True)
class Duty:
    """A duty of the instrument and the sanction that answers it (`missing`: none does)."""

    eid: str
    label: str
    addressee: str
    sanction: str
    verify: bool
    missing: bool


@dataclass(frozen=True, slots=True)
class PanelItem:
    eid: str
    title: str
    rows: tuple[Row, ...]
    duties: tuple[Duty, ...]

    @property
    def unsanctioned(self) -> int:
        return sum(d.missing for d in self.duties)


@dataclass(frozen=True, slots=True)
class Cited:
    """A provision of this instrument, as a link into the preview."""

    eid: str
    text: str


def provision_title(section: Provision) -> str:
    """ "12 Registration of producers", "Article 12 ...", "Art. 12 ...": label and heading."""
    return f"{_short(section)} {section.heading or ''}".strip()


def _short(section: Provision) -> str:
    return section.label.rstrip(" :.-") or section.num


def _draft_lang(instrument: Instrument) -> str | None:
    return instrument.language if instrument.language != ui_language() else None


def _sections_by_eid(instrument: Instrument) -> dict[str, Provision]:
    return {s.eid: s for s in instrument.sections()}


def _section_of(eid: str, sections: Mapping[str, Provision]) -> Provision | None:
    """The top-level provision an eId belongs to (`sec_12__subsec_3` -> `sec_12`)."""
    return sections.get(eid) or sections.get(eid.split("__")[0])


# --- the panel of each provision -----------------------------------------------------------


_LABELS = {
    "clause_id": lambda: _("Model clause"),
    "variant": lambda: _("Variant"),
    "rule": lambda: _("Included by"),
    "answers": lambda: _("Answers it depends on"),
    "matter": lambda: _("Matter"),
    "power": lambda: _("Power relied on"),
    "sources": lambda: _("Model sources"),
}
# Why first, then on what power, then where from; fields the core adds later follow.
_ORDER = ("rule", "answers", "power", "matter", "clause_id", "variant", "sources")
# Folded into another row, or an internal key.
_HIDDEN = {"eid", "power_key", "verify"}


def label_of(name: str) -> str:
    """The heading of a provenance field; a field the core adds later shows by its name."""
    known = _LABELS.get(name)
    return known() if known else name.replace("_", " ").capitalize()


def panel(lib: ClauseLibrary, instrument: Instrument) -> list[PanelItem]:
    """For every provision with a provenance, why it is there and what answers its duties."""
    sections = _sections_by_eid(instrument)
    duties = duties_by_section(instrument)
    out = []
    for provenance in instrument.provenance:
        section = sections.get(provenance.eid)
        if section is None:
            continue
        out.append(
            PanelItem(
                eid=provenance.eid,
                title=provision_title(section),
                rows=tuple(_rows(lib, instrument, provenance)),
                duties=tuple(duties.get(provenance.eid, ())),
            )
        )
    return out


def _rows(lib: ClauseLibrary, instrument: Instrument, provenance: Provenance) -> list[Row]:
    """Every field the core gives, the known ones in words."""
    draft = _draft_lang(instrument)
    rows = []
    names = [f.name for f in dataclasses.fields(provenance)]
    for name in sorted(names, key=lambda n: _ORDER.index(n) if n in _ORDER else len(_ORDER)):
        if name in _HIDDEN:
            continue
        value = getattr(provenance, name)
        lang, flag = None, ""
        if name == "power":
            values = _power(lib, instrument, provenance)
            lang = draft if provenance.power else None
            flag = _("to confirm") if provenance.verify else ""
        elif value is None or value == () or value == {} or value == "":
            continue
        elif name == "answers":
            shown = instrument.answers_shown
            values = tuple(shown.get(str(q)) or f"{q} = {_show(v)}" for q, v in value.items())
            lang = draft
        elif name == "matter" and value in lib.matters_by_id:
            values = (in_ui_language(lib.matters_by_id[value].label),)
        elif isinstance(value, Mapping):
            values = tuple(f"{k} = {_show(v)}" for k, v in value.items())
        elif isinstance(value, tuple | list):
            values = tuple(_show(v) for v in value)
        else:
            values = (_show(value),)
        rows.append(Row(name, label_of(name), values, lang, flag))
    return rows


def _power(lib: ClauseLibrary, instrument: Instrument, provenance: Provenance) -> tuple[str, ...]:
    """The power a provision rests on, as the core cites it; else why it needs none."""
    if provenance.power:
        return (provenance.power,)
    if instrument.kind is InstrumentKind.BILL:
        return (_("None needed: a provision of the companion bill, which is primary legislation."),)
    matter = lib.matters_by_id.get(provenance.matter)
    if matter is not None and matter.incidental:
        return (
            _(
                "None of its own: a provision on %(matter)s rests on the powers the "
                "instrument's other provisions use.",
                matter=in_ui_language(matter.label),
            ),
        )
    return (_("No power found for this provision: check the legal basis below."),)


def _show(value: object) -> str:
    if isinstance(value, bool):
        return _("yes") if value else _("no")
    if isinstance(value, tuple | list):
        return ", ".join(_show(v) for v in value)
    if isinstance(value, Mapping):
        return ", ".join(f"{k}: {_show(v)}" for k, v in value.items())
    return str(value)


# --- sanctions -----------------------------------------------------------------------------


def _duty(entry: SanctionEntry) -> Duty:
    return Duty(
        eid=entry.eid,
        label=entry.label,
        addressee=entry.addressee,
        sanction=entry.sanction,
        verify=entry.verify,
        missing=not entry.key,
    )


def duties_by_section(instrument: Instrument) -> dict[str, list[Duty]]:
    """The instrument's duties, by the top-level provision they are in."""
    sections = _sections_by_eid(instrument)
    out: dict[str, list[Duty]] = {}
    for entry in instrument.sanctions:
        section = _section_of(entry.eid, sections)
        if section is not None:
            out.setdefault(section.eid, []).append(_duty(entry))
    return out


def unsanctioned(instrument: Instrument) -> list[tuple[str, Duty]]:
    """(top-level provision's eId, duty) for every duty no sanction answers."""
    sections = _sections_by_eid(instrument)
    out = []
    for entry in instrument.sanctions:
        section = _section_of(entry.eid, sections)
        if not entry.key:
            out.append((section.eid if section else entry.eid, _duty(entry)))
    return out


# --- the legal basis and what the instrument leaves out ----------------------------------------


@dataclass(frozen=True, slots=True)
class BasisRow:
    power: str
    holder: str
    conditions: str
    source: str
    verify: bool
    provisions: tuple[Cited, ...]


def basis(profile: Profile, instrument: Instrument) -> list[BasisRow]:
    """The powers the instrument recites, each with the provisions resting on it."""
    sections = _sections_by_eid(instrument)
    return [
        BasisRow(
            power=use.text,
            holder=profile.holders.get(use.holder, {}).get(instrument.language, use.holder),
            conditions=use.conditions,
            source=use.source,
            verify=use.verify,
            provisions=tuple(
                Cited(eid, _short(sections[eid])) for eid in use.provisions if eid in sections
            ),
        )
        for use in instrument.basis
    ]


@dataclass(frozen=True, slots=True)
class DisplacedRow:
    heading: str
    placement: str
    reason: str
    answers: tuple[str, ...]


def _placement(code: str, label: str) -> str:
    words = {
        "bill": lambda: _("In the companion bill"),
        "needs-primary-legislation": lambda: _("Needs primary legislation"),
        "held-by": lambda: _("A power another authority holds"),
        "elsewhere": lambda: _("Belongs to other legislation"),
        "depends": lambda: _("Depends on a provision left out"),
    }
    text = words[code]() if code in words else code
    return f"{text}: {label}" if label else text


def displaced(instrument: Instrument) -> list[DisplacedRow]:
    """What the instrument does not contain and why. A bill leaves out what the regulation
    leaves out; the regulation's list also names what went to the bill."""
    rows = []
    for entry in instrument.displaced:
        if instrument.kind is InstrumentKind.BILL and entry.placement == "bill":
            continue  # in this very instrument
        shown = instrument.answers_shown
        rows.append(
            DisplacedRow(
                heading=entry.heading,
                placement=_placement(entry.placement, entry.label),
                reason=entry.reason,
                answers=tuple(
                    shown.get(str(q)) or f"{q} = {_show(v)}" for q, v in entry.answers.items()
                ),
            )
        )
    return rows


# --- the timetable as a table ----------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class TimetableRow:
    when: str
    what: str
    provisions: tuple[Cited, ...]
    elsewhere: str
    questions: tuple[tuple[str, str, str], ...]  # (question id, its step, label in the UI's)


def timetable_rows(lib: ClauseLibrary, instrument: Instrument) -> list[TimetableRow]:
    """The timetable's events in the chart's order, with the provisions that set them and
    the questions whose answers do."""
    sections = _sections_by_eid(instrument)
    ordered = sorted(instrument.timetable, key=lambda e: (e.months, e.months_latest or e.months))
    rows = []
    for entry in ordered:
        cited = [_section_of(eid, sections) for eid in entry.provisions]
        rows.append(
            TimetableRow(
                when=entry.when,
                what=entry.label,
                provisions=tuple(Cited(s.eid, provision_title(s)) for s in cited if s),
                elsewhere=entry.elsewhere,
                questions=_questions(lib, entry.questions),
            )
        )
    return rows


def _questions(lib: ClauseLibrary, ids: Sequence[str]) -> tuple[tuple[str, str, str], ...]:
    out = []
    for qid in ids:
        question = lib.questions_by_id.get(qid)  # type: ignore[call-overload]
        if question is not None:
            out.append((qid, question.step, in_ui_language(question.label)))
    return tuple(out)
