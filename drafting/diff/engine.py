"""Clause-aware comparison of two drafts: what was added, removed, moved, renumbered or
reworded, which parameters, definitions and schedule cells changed, and the answers why."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field, replace

from drafting.checker.xrefs import number_value
from drafting.diff import causes as why
from drafting.diff.align import Key, moved, normal, pair, provision_key
from drafting.diff.model import AnswerChange, Change, DraftDiff, Segment, Side
from drafting.diff.parts import part_changes
from drafting.diff.projection import edit_segments, project
from drafting.diff.tables import table_changes
from drafting.diff.texts import (
    Numbering,
    definition_text,
    modelled,
    numbering,
    provision_text,
    schedule_text,
)
from drafting.diff.words import word_segments
from drafting.library import ClauseLibrary
from drafting.model import Instrument, InstrumentKind, Provision, Schedule, TermRef, plain_text


@dataclass(slots=True, kw_only=True)
class Entry:
    """A change being built, with what its causes are worked out from."""

    change: Change
    old_eids: tuple[str, ...] = ()
    new_eids: tuple[str, ...] = ()
    questions: set[str] = field(default_factory=set)  # direct causes found so far
    terms: frozenset[str] = frozenset()  # terms a provision change uses, a definition defines
    uses: frozenset[str] = frozenset()  # terms a definition's own text uses
    source: str = ""


@dataclass(frozen=True, slots=True, kw_only=True)
class Where:
    """The top-level provisions or schedules a change is in, and their clause id."""

    old_eids: tuple[str, ...] = ()
    new_eids: tuple[str, ...] = ()
    source: str = ""


@dataclass(slots=True, kw_only=True)
class _Run:
    old: Instrument
    new: Instrument
    library: ClauseLibrary | None
    ids_only: bool
    old_numbers: Numbering
    new_numbers: Numbering
    entries: list[Entry] = field(default_factory=list)


def diff_instruments(
    old: Instrument,
    new: Instrument,
    *,
    library: ClauseLibrary | None = None,
    old_name: str = "",
    new_name: str = "",
) -> DraftDiff:
    """The changes from `old` to `new`, in the new draft's order (removed provisions where
    they stood), each with the changed answers that explain it when both drafts carry
    their answers; `library` gives question labels and the questions behind parameters."""
    ids_only = bool(old.language and new.language and old.language != new.language)
    a, b = old.sections(), new.sections()
    provision_pairs = pair(
        [provision_key(p) for p in a], [provision_key(p) for p in b], ids_only=ids_only
    )
    schedule_pairs = pair(
        [_schedule_key(s) for s in old.schedules],
        [_schedule_key(s) for s in new.schedules],
        ids_only=ids_only,
    )
    old_sections = {
        a[i].eid: b[j].num for i, j in provision_pairs if i is not None and j is not None
    }
    old_schedules: dict[str, str] = {}
    new_schedules: dict[str, str] = {}
    for position, s in enumerate(new.schedules, 1):
        new_schedules[s.eid] = str(number_value(s.num) or position)
    for si, sj in schedule_pairs:
        if si is not None and sj is not None:
            old_schedules[old.schedules[si].eid] = new_schedules[new.schedules[sj].eid]
    use_model = modelled(old) and modelled(new)
    run = _Run(
        old=old,
        new=new,
        library=library,
        ids_only=ids_only,
        old_numbers=numbering(old, old_sections, old_schedules, use_model=use_model),
        new_numbers=numbering(new, {p.eid: p.num for p in b}, new_schedules, use_model=use_model),
    )
    _title(run)
    _preamble(run)
    _provisions(run, provision_pairs)
    _schedules(run, schedule_pairs)
    answers = why.answer_changes(old, new, library)
    changes = _with_causes(run, answers)
    return DraftDiff(
        old_name=old_name,
        new_name=new_name,
        old=_side(old, old_name),
        new=_side(new, new_name),
        changes=tuple(replace(c, id=f"c{n}") for n, c in enumerate(changes, 1)),
        answers=answers,
    )


def _one_sided(run: _Run, p: Provision, *, new: bool) -> None:
    """A provision only in the new draft ("added") or only in the old ("removed")."""
    text = provision_text(p, run.new_numbers if new else run.old_numbers).text
    change = Change(
        id="",
        type="added" if new else "removed",
        unit="provision",
        old_number="" if new else p.num,
        new_number=p.num if new else "",
        clause_id=p.source or "",
        old_eid="" if new else p.eid,
        new_eid=p.eid if new else "",
        heading=p.heading or "",
        segments=(Segment(op="insert" if new else "delete", text=text),),
    )
    eids = (p.eid,)
    where = (
        Where(new_eids=eids, source=p.source or "")
        if new
        else Where(old_eids=eids, source=p.source or "")
    )
    _add(run, change, where, terms=_terms(p))


def _side(instrument: Instrument, name: str) -> Side:
    return Side(
        name=name,
        title=instrument.title,
        country=instrument.country,
        language=instrument.language,
        word=provision_word(instrument),
    )


def provision_word(instrument: Instrument) -> str:
    """What the instrument calls its top-level provisions, read from their printed labels
    and its title: "Regulation", "Section", "Article", "Artículo"."""
    labels = " ".join(p.label for p in instrument.sections()[:3])
    if instrument.language == "es":
        return "Artículo"
    if instrument.language == "fr" or labels.startswith("Article"):
        return "Article"
    if labels.startswith("Regulation"):
        return "Regulation"
    if instrument.kind is InstrumentKind.BILL or "regulations" not in instrument.title.lower():
        return "Section"
    return "Regulation"


def _schedule_key(s: Schedule) -> Key:
    text = " ".join(
        plain_text(b.content) for b in s.content if isinstance(b, Provision)
    ) or " ".join(" ".join(b.columns) for b in s.content if not isinstance(b, Provision))
    return Key(
        ident=s.source or "", label=normal(s.heading), number=s.num, heading=s.heading, text=text
    )


def _entry(change: Change, where: Where, terms: frozenset[str] = frozenset()) -> Entry:
    return Entry(
        change=change,
        old_eids=where.old_eids,
        new_eids=where.new_eids,
        source=where.source,
        terms=terms,
    )


def _add(run: _Run, change: Change, where: Where = Where(), **kw: frozenset[str]) -> Entry:
    entry = _entry(change, where, kw.get("terms", frozenset()))
    run.entries.append(entry)
    return entry


# --- title and preamble ----------------------------------------------------------------


def _title(run: _Run) -> None:
    old, new = run.old.title, run.new.title
    if normal(old) != normal(new):
        _add(run, Change(id="", type="title", unit="title", segments=word_segments(old, new)))


def _preamble(run: _Run) -> None:
    old = "\n".join(plain_text(i.content) for i in run.old.preamble)
    new = "\n".join(plain_text(i.content) for i in run.new.preamble)
    if old and new and normal(old) != normal(new):
        _add(
            run,
            Change(id="", type="modified", unit="preamble", segments=word_segments(old, new)),
        )


# --- provisions -------------------------------------------------------------------------


def _terms(p: Provision | None) -> frozenset[str]:
    if p is None:
        return frozenset()

    def walk(q: Provision) -> Iterator[str]:
        for i in (*q.content, *q.after):
            if isinstance(i, TermRef):
                yield str(i.term)
        for c in q.children:
            if c.definition is None:
                yield from walk(c)

    return frozenset(walk(p))


def _provisions(run: _Run, pairs: list[tuple[int | None, int | None]]) -> None:
    a, b = run.old.sections(), run.new.sections()
    shifted = moved(pairs)
    definitions = _definitions(run)
    parts = _parts(run, pairs)
    for i, j in pairs:
        o = None if i is None else a[i]
        n = None if j is None else b[j]
        for owner in ([("new", n.eid)] if n else []) + ([("old", o.eid)] if o else []):
            run.entries.extend(parts.pop(owner, []))
        if o is not None and n is not None:
            _pair(run, o, n, moved=i in shifted)
        elif n is not None:
            _one_sided(run, n, new=True)
        elif o is not None:
            _one_sided(run, o, new=False)
        owners = [("new", n.eid)] if n is not None else []
        owners += [("old", o.eid)] if o is not None else []
        for owner in owners:
            for entry in definitions.pop(owner, []):
                run.entries.append(entry)
    for rest in (*parts.values(), *definitions.values()):
        run.entries.extend(rest)


def _parts(
    run: _Run, pairs: list[tuple[int | None, int | None]]
) -> dict[tuple[str, str] | None, list[Entry]]:
    """The Part changes, by the provision they come before (None: after the last)."""
    out: dict[tuple[str, str] | None, list[Entry]] = defaultdict(list)
    for found in part_changes(run.old, run.new, pairs):
        where = Where(old_eids=found.old_eids, new_eids=found.new_eids)
        out[found.before].append(_entry(found.change, where))
    return out


def _pair(run: _Run, o: Provision, n: Provision, *, moved: bool) -> None:
    old_text = provision_text(o, run.old_numbers)
    new_text = provision_text(n, run.new_numbers)
    projected, refs, params = project(old_text, new_text)
    changed = normal(projected) != normal(new_text.text)
    base = Change(
        id="",
        type="modified",
        unit="provision",
        old_number=o.num,
        new_number=n.num,
        clause_id=n.source or o.source or "",
        old_eid=o.eid,
        new_eid=n.eid,
        heading=n.heading or o.heading or "",
        references=tuple(refs),
    )
    source = n.source or o.source or ""
    context = Where(old_eids=(o.eid,), new_eids=(n.eid,), source=source)
    terms = _terms(o) | _terms(n)
    segments = word_segments(projected, new_text.text) if changed else ()
    if moved:
        _add(run, replace(base, type="moved", segments=segments), context, terms=terms)
    elif changed:
        _add(run, replace(base, segments=segments), context, terms=terms)
    elif o.num != n.num or refs:
        renumbered = replace(
            base,
            type="renumbered",
            substantive=False,
            segments=edit_segments(old_text, new_text) if refs else (),
        )
        _add(run, renumbered, context)
    _parameters(run, base, params, context)


def _parameters(
    run: _Run, base: Change, params: list[tuple[str, str, str]], context: Where
) -> None:
    seen: set[str] = set()
    for name, old, new in params:
        if name in seen:
            continue
        seen.add(name)
        source = context.source
        question = why.parameter_question(run.library, source, name)
        label = why.question_label(run.library, question, run.new.language) if question else name
        change = replace(
            base,
            type="parameter",
            references=(),
            segments=(Segment(op="delete", text=old), Segment(op="insert", text=new)),
            detail={
                "name": name,
                "label": f"{label}: {old} -> {new}",
                "old": old,
                "new": new,
                "question": question,
            },
        )
        entry = _add(run, change, context)
        if question:
            entry.questions.add(question)


# --- definitions ------------------------------------------------------------------------


def _all_definitions(instrument: Instrument) -> list[tuple[Provision, Provision]]:
    """(definition, the top-level provision it is in), in document order."""
    out: list[tuple[Provision, Provision]] = []

    def walk(p: Provision, top: Provision) -> None:
        for c in p.children:
            if c.definition is not None:
                out.append((c, top))
            else:
                walk(c, top)

    for top in instrument.sections():
        walk(top, top)
    return out


def _definition_key(d: Provision) -> Key:
    assert d.definition is not None
    return Key(
        ident=str(d.definition.term),
        label=normal(d.definition.label),
        number=d.num if d.label else "",
        text=plain_text(d.content),
    )


def _definitions(run: _Run) -> dict[tuple[str, str], list[Entry]]:
    """The definition changes, by the provision they follow: ("new"|"old", its eid)."""
    old, new = _all_definitions(run.old), _all_definitions(run.new)
    pairs = pair(
        [_definition_key(d) for d, _ in old],
        [_definition_key(d) for d, _ in new],
        ids_only=run.ids_only,
    )
    out: dict[tuple[str, str], list[Entry]] = defaultdict(list)
    for i, j in pairs:
        o = None if i is None else old[i]
        n = None if j is None else new[j]
        entry = _definition(run, o, n)
        if entry is None:
            continue
        entry.uses = frozenset().union(*(_terms(x[0]) for x in (o, n) if x)) - entry.terms
        if n is not None:
            out[("new", n[1].eid)].append(entry)
        elif o is not None:
            out[("old", o[1].eid)].append(entry)
    return out


def _definition(
    run: _Run, o: tuple[Provision, Provision] | None, n: tuple[Provision, Provision] | None
) -> Entry | None:
    either = n or o
    assert either is not None
    d = either[0].definition
    assert d is not None
    term = d.label
    terms = frozenset(str(x[0].definition.term) for x in (o, n) if x and x[0].definition)
    old_text = definition_text(o[0], run.old_numbers, o[1].num) if o else None
    new_text = definition_text(n[0], run.new_numbers, n[1].num) if n else None
    change = Change(
        id="",
        type="definition",
        unit="definition",
        old_number=(o[0].num if o[0].label else "") if o else "",
        new_number=(n[0].num if n[0].label else "") if n else "",
        clause_id=either[1].source or "",
        old_eid=o[0].eid if o else "",
        new_eid=n[0].eid if n else "",
        heading=term,
    )
    where = Where(old_eids=(o[1].eid,) if o else (), new_eids=(n[1].eid,) if n else ())
    segments: tuple[Segment, ...]
    if old_text is None and new_text is not None:
        segments = (Segment(op="insert", text=new_text.text),)
        detail = {"term": term, "change": "added"}
        return _entry(replace(change, segments=segments, detail=detail), where, terms)
    if new_text is None and old_text is not None:
        segments = (Segment(op="delete", text=old_text.text),)
        detail = {"term": term, "change": "removed"}
        return _entry(replace(change, segments=segments, detail=detail), where, terms)
    assert old_text is not None
    assert new_text is not None
    projected, refs, _ = project(old_text, new_text)
    if normal(projected) != normal(new_text.text):
        segments = word_segments(projected, new_text.text)
        detail = {"term": term, "change": "modified"}
        changed = replace(change, segments=segments, references=tuple(refs), detail=detail)
        return _entry(changed, where, terms)
    if change.old_number != change.new_number or refs:
        renumbered = replace(
            change,
            type="renumbered",
            substantive=False,
            references=tuple(refs),
            detail={"term": term},
        )
        return _entry(renumbered, where, terms)
    return None


# --- schedules --------------------------------------------------------------------------


def _schedules(run: _Run, pairs: list[tuple[int | None, int | None]]) -> None:
    for i, j in pairs:
        o = None if i is None else run.old.schedules[i]
        n = None if j is None else run.new.schedules[j]
        base = Change(
            id="",
            type="modified",
            unit="schedule",
            old_number=o.num if o else "",
            new_number=n.num if n else "",
            clause_id=(n.source if n else None) or (o.source if o else None) or "",
            old_eid=o.eid if o else "",
            new_eid=n.eid if n else "",
            heading=n.heading if n else o.heading if o else "",
        )
        context = Where(
            old_eids=(o.eid,) if o else (), new_eids=(n.eid,) if n else (), source=base.clause_id
        )
        if o is None or n is None:
            one = n or o
            assert one is not None
            text = schedule_text(one, run.new_numbers if n else run.old_numbers).text
            kind, op = ("added", "insert") if n else ("removed", "delete")
            change = replace(base, type=kind, segments=(Segment(op=op, text=text),))
            _add(run, change, context)
            continue
        old_text = schedule_text(o, run.old_numbers)
        new_text = schedule_text(n, run.new_numbers)
        projected, refs, _ = project(old_text, new_text)
        if normal(projected) != normal(new_text.text):
            segments = word_segments(projected, new_text.text)
            _add(run, replace(base, segments=segments, references=tuple(refs)), context)
        elif o.num != n.num or refs:
            change = replace(base, type="renumbered", substantive=False, references=tuple(refs))
            _add(run, change, context)
        for change, question in table_changes(run.library, base, o, n, run.new.language):
            entry = _add(run, change, context)
            if question:
                entry.questions.add(question)


# --- causes -----------------------------------------------------------------------------


def _with_causes(run: _Run, answers: tuple[AnswerChange, ...]) -> list[Change]:
    """Each change with the changed answers behind it: its provenance's answers, the
    question of a changed parameter; a definition takes the causes of the provisions that
    use the term; renumbering takes those of the additions and removals before it."""
    changes = [e.change for e in run.entries]
    if not answers:
        return changes
    changed = {a.question for a in answers}
    for entry in run.entries:
        if not entry.change.substantive:
            continue
        found = why.provenance_answers(run.old, entry.old_eids)
        found |= why.provenance_answers(run.new, entry.new_eids)
        entry.questions |= found & changed
        if entry.source:
            entry.questions |= why.clause_questions(run.library, entry.source) & changed
        if entry.change.type == "parameter" and not entry.questions:
            detail = entry.change.detail
            matched = why.by_value(answers, detail.get("old") or "", detail.get("new") or "")
            entry.questions |= {a.question for a in matched}
    structural = [e for e in run.entries if e.change.unit == "provision" and e.change.substantive]
    definitions = [e for e in run.entries if e.change.type == "definition"]
    for _ in range(3):  # a definition may rest on another that uses the term
        for entry in definitions:
            users = [e for e in structural if e.terms & entry.terms]
            users += [e for e in definitions if e.uses & entry.terms]
            entry.questions |= {q for e in users for q in e.questions}
    shifting: set[str] = set()
    for entry in run.entries:
        if entry.change.unit in ("provision", "part") and entry.change.type in ("added", "removed"):
            shifting |= entry.questions
        elif entry.change.type == "renumbered":
            entry.questions |= shifting
    return [replace(e.change, cause=why.select(answers, e.questions)) for e in run.entries]
