"""Drafts of different countries side by side: their provisions matched by clause, and a
matrix of the main parameters (targets, deadlines, fines, the EPR model).

Provisions are matched by the core (`drafting.diff.align`, by clause id across countries);
the matrix reads each draft's answers with the library's question labels, and its
deadlines from the draft's own timetable."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from flask_babel import gettext as _
from flask_babel import ngettext

from drafting.diff import align
from drafting.errors import AnswersError
from drafting.library import ClauseLibrary
from drafting.model import Instrument, Profile, Provision, Question, QuestionType, TermId
from drafting.store.models import Draft, Version
from drafting.web import documents, questionnaire
from drafting.web.i18n import in_ui_language, ui_language
from drafting.web.provenance import _placement as placement_text


@dataclass(frozen=True, slots=True)
class Side:
    """A draft compared: its latest version's regulation, or why there is none."""

    draft: Draft
    version: Version
    profile: Profile
    instrument: Instrument | None
    problem: str = ""


def side(lib: ClauseLibrary, draft: Draft, version: Version) -> Side:
    profile = lib.profile(draft.country)
    try:
        built = documents.instrument(lib, draft.country, version.answers, draft.language_list[0])
    except AnswersError as exc:
        return Side(draft, version, profile, None, exc.message)
    return Side(draft, version, profile, built)


# --- provisions matched by clause ------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Cell:
    """A draft's provision in a row ("" number: absent, with where it went instead)."""

    number: str = ""
    heading: str = ""
    eid: str = ""
    elsewhere: str = ""  # absent: in the companion bill, needs primary legislation...


@dataclass(slots=True)
class Row:
    key: str
    topic: str
    clause_id: str
    cells: list[Cell] = field(default_factory=list)


def _key(provision: Provision, index: int) -> str:
    return provision.source or f"{index}:{provision.eid}"


_PLACEHOLDER = re.compile(r"\{term:([a-z0-9-]+)\}")


def _topic(lib: ClauseLibrary, heading: str) -> str:
    """A clause's heading with its terms named in the UI's language ("{term:authority}")."""

    def term(match: re.Match[str]) -> str:
        found = lib.terms_by_id.get(TermId(match.group(1)))
        return in_ui_language(found.label) if found else match.group(1)

    return _PLACEHOLDER.sub(term, heading)


def provision_rows(lib: ClauseLibrary, sides: Sequence[Side]) -> list[Row]:
    """One row per clause (or unmatched provision) in the first draft's order, those only
    other drafts have where they stand there; a cell per draft, empty where it is absent."""
    instruments = [s.instrument for s in sides if s.instrument is not None]
    base = instruments[0]
    order: list[str] = []
    found: dict[str, dict[int, Provision]] = {}
    for index, other in enumerate(instruments[1:], start=1):
        last = -1
        for old, new in align(base, other):
            key = _key(old, 0) if old is not None else _key(new, index)  # type: ignore[arg-type]
            if key not in found:
                found[key] = {}
                order.insert(last + 1, key)
            last = order.index(key)
            if old is not None:
                found[key][0] = old
            if new is not None:
                found[key][index] = new
    rows = []
    for key in order:
        by_side = found[key]
        first = next(iter(by_side.values()))
        clause = lib.clauses_by_id.get(first.source) if first.source else None
        topic = _topic(lib, in_ui_language(clause.heading)) if clause and clause.heading else ""
        cells = []
        for i, instrument in enumerate(instruments):
            p = by_side.get(i)
            if p is not None:
                cells.append(Cell(number=p.num, heading=p.heading or "", eid=p.eid))
                continue
            gone = next(
                (d for d in instrument.displaced if first.source and d.clause_id == first.source),
                None,
            )
            cells.append(Cell(elsewhere=placement_text(gone.placement, "") if gone else ""))
        rows.append(
            Row(
                key=key,
                topic=topic or first.heading or first.label,
                clause_id=first.source or "",
                cells=cells,
            )
        )
    return rows


# --- the matrix of main parameters ---------------------------------------------------------


@dataclass(frozen=True, slots=True)
class MatrixRow:
    group: str
    label: str
    values: tuple[str, ...]
    note: tuple[str, ...] = ()  # per draft: where the provision went instead, if it is not in it
    lang: str | None = None  # the label's language, when not the UI's


# (group, question ids, the clauses that carry the answer into the draft)
_QUESTIONS: tuple[tuple[str, tuple[str, ...], tuple[str, ...]], ...] = (
    ("targets", ("collection_target_basis",), ("collection-targets",)),
    ("targets", ("collection_targets",), ("collection-targets", "schedule-collection-targets")),
    ("targets", ("recovery_targets",), ("recovery-targets", "schedule-recovery-targets")),
    ("fines", ("max_fine", "max_fine_minor", "max_imprisonment_years"), ("offences",)),
    ("epr", ("epr_mandatory", "epr_model", "financing_model", "producer_registration"), ()),
)


def group_labels() -> dict[str, str]:
    return {
        "targets": _("Collection and recovery targets"),
        "deadlines": _("Deadlines (after commencement)"),
        "fines": _("Fines and penalties"),
        "epr": _("Extended producer responsibility"),
    }


def _table_text(question: Question, value: Any) -> str:
    """Targets as "2029: 10 %; 2031: 20 %" (the other tables as the review page shows)."""
    ids = [c.id for c in question.columns]
    if ids == ["year", "percent"]:
        return "; ".join(f"{row['year']}: {row['percent']} %" for row in value)
    return ""


def _answer(lib: ClauseLibrary, qid: str, side: Side, values: dict[Any, Any]) -> str:
    question = lib.questions_by_id[qid]  # type: ignore[index]
    value = values.get(qid)
    if value is None:
        return "—"
    if question.type is QuestionType.TABLE and (text := _table_text(question, value)):
        return text
    return questionnaire.answer_text(question, value, side.profile, ui_language())


def _elsewhere(instrument: Instrument, clauses: tuple[str, ...]) -> str:
    """Where the provision carrying an answer went when the draft does not contain it."""
    if not clauses:
        return ""
    present = {p.source for p in instrument.sections()} | {s.source for s in instrument.schedules}
    if present & set(clauses):
        return ""
    gone = next((d for d in instrument.displaced if d.clause_id in clauses), None)
    return placement_text(gone.placement, "") if gone else _("Not in the draft")


def _when(months: float, year: int | None) -> str:
    if year is not None:
        return _("calendar year %(year)d", year=year)
    if months == 0:
        return _("on commencement")
    count = abs(months)
    shown = f"{count:g}"
    if months < 0:
        return ngettext(
            "%(months)s month before", "%(months)s months before", int(count) or 1, months=shown
        )
    return ngettext("%(months)s month", "%(months)s months", int(count) or 1, months=shown)


def _deadlines(sides: Sequence[Side]) -> list[MatrixRow]:
    """The timetables' events, matched by id across drafts, in the order of their dates."""
    order: dict[str, tuple[float, str, str]] = {}
    instruments = [s.instrument for s in sides if s.instrument is not None]
    for instrument in instruments:
        for entry in instrument.timetable:
            if entry.id in ("publication", "commencement"):
                continue
            known = order.get(entry.id)
            # The label in the UI's language when a draft is written in it.
            if known is None or (
                instrument.language == ui_language() and known[2] != ui_language()
            ):
                first = known[0] if known else entry.months
                order[entry.id] = (min(first, entry.months), entry.label, instrument.language)
    rows = []
    for entry_id, (_months, label, lang) in sorted(order.items(), key=lambda x: x[1][0]):
        values = []
        for instrument in instruments:
            dated = next((e for e in instrument.timetable if e.id == entry_id), None)
            values.append(_when(dated.months, dated.year) if dated else "—")
        rows.append(
            MatrixRow(
                group="deadlines",
                label=label[:1].upper() + label[1:],
                values=tuple(values),
                lang=lang if lang != ui_language() else None,
            )
        )
    return rows


def parameter_matrix(
    lib: ClauseLibrary, sides: Sequence[Side]
) -> list[tuple[str, list[MatrixRow]]]:
    """The main parameters of each draft, by group: targets, deadlines, fines, EPR."""
    built = [s for s in sides if s.instrument is not None]
    values = [questionnaire.effective_values(lib, s.profile, s.version.answers)[0] for s in built]
    by_group: dict[str, list[MatrixRow]] = {g: [] for g in group_labels()}
    for group, qids, clauses in _QUESTIONS:
        for qid in qids:
            if qid not in lib.questions_by_id:
                continue
            notes = tuple(_elsewhere(s.instrument, clauses) for s in built)  # type: ignore[arg-type]
            by_group[group].append(
                MatrixRow(
                    group=group,
                    label=in_ui_language(lib.questions_by_id[qid].label),  # type: ignore[index]
                    values=tuple(
                        _answer(lib, qid, s, v) for s, v in zip(built, values, strict=True)
                    ),
                    note=notes if any(notes) else (),
                )
            )
    by_group["deadlines"] = _deadlines(built)
    labels = group_labels()
    return [(labels[g], rows) for g, rows in by_group.items() if rows]
