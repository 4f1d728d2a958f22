"""Assembly: validated answers + the library -> a numbered, cross-referenced instrument."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import replace

from drafting.basis import answers_shown, displaced_entries, power_uses
from drafting.bill import (
    REGULATION_POWER_CLAUSE,
    RegulationPowerText,
    bill_selection,
    regulation_power_text,
)
from drafting.errors import AssemblyError, Code, Location, RuleError
from drafting.formats import join_list
from drafting.library import ClauseLibrary
from drafting.model import (
    ALWAYS,
    Answers,
    Block,
    Clause,
    ClauseId,
    CrossRef,
    FactText,
    Inline,
    Instrument,
    InstrumentKind,
    PowerUse,
    PreambleItem,
    Profile,
    Provenance,
    Provision,
    ProvisionLevel,
    Schedule,
    ScheduleDef,
    Table,
    TableBlock,
    Text,
    TimetableEntry,
    Variant,
    plain_text,
)
from drafting.numbering import number_provisions
from drafting.powers import (
    OUTSIDE_QUESTION,
    Placement,
    Route,
    bill_scope,
    matter_of,
    place,
    regulation_scope,
)
from drafting.references import cite_target, references_in, resolve_references, target_index
from drafting.rules import answers_read, rules_named
from drafting.sanctions import sanction_map
from drafting.text import (
    DEFINITIONS_KEY,
    TextContext,
    definitions,
    fact_text,
    format_scalar,
    line,
    merge_texts,
    parameter,
    parameter_value,
    plain,
    render_text,
)
from drafting.timetable import describe, timetable


def assemble(
    library: ClauseLibrary,
    profile: Profile,
    answers: Answers,
    language: str | None = None,
    instrument: InstrumentKind = InstrumentKind.REGULATION,
) -> Instrument:
    """The complete draft for validated answers, in `language` (default: the country's first):
    the regulation, or (`instrument=BILL`) its companion bill.

    Every provision rests on a power of its maker (powers.place): what no power covers goes
    to the companion bill or is left out and listed, as the answers say. Numbering is
    computed, cross-references resolved (to the companion instrument too), and the
    interpretation provision lists exactly the terms the included provisions use. Raises
    RuleError R310 for a language the country is not drafted in, R311 when no variant of a
    clause applies, AssemblyError A405 when a bill is asked for and the answers put
    nothing in one, and AssemblyError (A4xx) for an unanswered parameter or a dangling
    reference."""
    language = language or profile.languages[0]
    if language not in profile.languages:
        raise RuleError(
            Code.UNKNOWN_LANGUAGE,
            f"{profile.names.get('en', profile.id)} drafts are not written in {language!r}.",
            hint=f"Languages for {profile.id}: {', '.join(profile.languages)}.",
        )
    placement = place(library, profile, answers.values)
    bill = _bill(library, profile, answers, language, placement) if placement.has_bill else None
    if instrument is InstrumentKind.BILL:
        if bill is None:
            raise AssemblyError(
                Code.NO_BILL,
                f"These answers put nothing in a companion bill for {profile.id}: every "
                "provision they select rests on a power of the regulation's enabling law"
                + (
                    "."
                    if placement.route is Route.BILL
                    else ", or is left out because outside_powers is 'list'."
                ),
                location=Location(question_id=OUTSIDE_QUESTION),
                hint="Answer outside_powers = 'bill' to put what the regulation cannot do "
                "in a companion bill; --instrument regulation builds the regulation.",
            )
        return bill
    return _regulation(library, profile, answers, language, placement, bill)


def _regulation(
    library: ClauseLibrary,
    profile: Profile,
    answers: Answers,
    language: str,
    placement: Placement,
    bill: Instrument | None,
) -> Instrument:
    ctx = TextContext(
        library=library,
        profile=profile,
        answers=answers,
        language=language,
        scope=regulation_scope(library, profile, placement.route),
        inst=profile.instrument,
        form=profile.form,
        term_labels=profile.term_labels,
        term_meanings=profile.term_meanings,
        placement=placement,
        term_adopted=profile.term_adopted,
    )
    selected = [
        (library.clauses_by_id[cid], _variant(library.clauses_by_id[cid], ctx))
        for cid in placement.regulation
    ]
    instrument = _build(ctx, selected, (), bill)
    instrument = replace(
        instrument,
        companion=line(profile.bill.law.title, ctx) if bill else "",
        displaced=displaced_entries(library, profile, placement, bill, language),
    )
    uses = power_uses(instrument, placement, profile, bill, language)
    ctx.uses = uses
    instrument = replace(instrument, basis=uses, preamble=_preamble(ctx))
    return _finish(instrument, ctx, selected, bill)


def _bill(
    library: ClauseLibrary,
    profile: Profile,
    answers: Answers,
    language: str,
    placement: Placement,
) -> Instrument:
    ctx = TextContext(
        library=library,
        profile=replace(profile, facts={**profile.facts, **profile.bill.facts}),
        answers=answers,
        language=language,
        scope=bill_scope(library),
        inst=profile.bill.instrument,
        form=profile.bill.form,
        term_labels={**profile.term_labels, **profile.bill.term_labels},
        term_meanings={**profile.term_meanings, **profile.bill.term_meanings},
        placement=placement,
    )
    selected = bill_selection(library, profile, placement, answers.values)
    power = _regulation_power(regulation_power_text(library, profile, placement), ctx)
    instrument = replace(_build(ctx, selected, (power,), None), kind=InstrumentKind.BILL)
    instrument = replace(
        instrument,
        companion=line(profile.instrument.title, ctx),
        # What neither instrument contains; the bill's own provisions are not "elsewhere".
        displaced=tuple(
            d
            for d in displaced_entries(library, profile, placement, instrument, language)
            if d.placement != "bill"
        ),
        preamble=_preamble(ctx),
    )
    return _finish(instrument, ctx, selected)


_FINAL_PART = "final"  # the part that opens with the bill's power to make regulations


def _build(
    ctx: TextContext,
    selected: list[tuple[Clause, Variant]],
    generated: tuple[Provision, ...],
    companion: Instrument | None,
) -> Instrument:
    """The numbered instrument with its references resolved; `generated` provisions (the
    bill's power to make regulations) open its final part."""
    sections = {c.id: _section(c, v, ctx) for c, v in selected}
    body = _parts(selected, sections, definitions(ctx), generated, ctx)
    cited = {r.target.split("/")[0] for p in sections.values() for r in references_in(p)}
    schedules = tuple(
        _schedule(s, ctx)
        for s in ctx.library.schedules
        if s.id in cited and ctx.placement.schedules.get(s.id) is ctx.scope.kind
    )
    instrument = Instrument(
        country=ctx.profile.id,
        language=ctx.language,
        instrument_type=ctx.inst.type,
        section_layout=ctx.form.section_layout,
        cover=tuple(line(t, ctx) for t in ctx.inst.cover),
        number_line=line(ctx.inst.number_line, ctx) if ctx.inst.number_line else "",
        title=line(ctx.inst.title, ctx),
        subtitle=tuple(line(t, ctx) for t in ctx.inst.subtitle),
        above_title=tuple(line(t, ctx) for t in ctx.inst.above_title),
        arrangement_heading=line(ctx.inst.arrangement_heading, ctx),
        body=body,
        schedules=schedules,
        signature=tuple(line(t, ctx) for t in ctx.inst.signature),
        signature_after_schedules=ctx.inst.signature_after_schedules,
        explanatory_note=line(ctx.inst.explanatory_note, ctx),
        library_version=ctx.library.version,
        answers={str(k): v for k, v in ctx.answers.values.items()},
        author=_author(ctx),
    )
    numbered = number_provisions(instrument, ctx.form)
    elsewhere = _elsewhere(ctx, companion)
    return resolve_references(numbered, ctx.form, elsewhere)


def _author(ctx: TextContext) -> str:
    """The ministry that prepares the instrument, for the Word file's properties."""
    fact = ctx.profile.fact("ministry.name")
    return fact_text(fact.value, ctx) if fact else ""


def _elsewhere(ctx: TextContext, companion: Instrument | None) -> Callable[[str], CrossRef | None]:
    """How a reference to the companion instrument reads.

    The regulation cites a provision of the bill by number ("section 5 of the ... Act,
    2026"); the bill cannot depend on the numbering of an instrument made under it, so it
    names the regulations made under it."""
    templates = ctx.form.references[ctx.language]
    if companion is not None:
        index = target_index(companion)
        bill_templates = ctx.profile.bill.form.references[ctx.language]
        title = line(ctx.profile.bill.law.title, ctx)

        def to_bill(target: str) -> CrossRef | None:
            found = index.get(target)
            if found is None:
                return None
            cited = cite_target(found, bill_templates, None)
            text = templates["external"].format(ref=cited, instrument=title)
            return CrossRef(target=target, eid=found.eid, text=text, instrument="bill")

        return to_bill

    def to_regulation(target: str) -> CrossRef | None:
        if ctx.placement.instrument_of(target.split("/")[0]) is not InstrumentKind.REGULATION:
            return None
        return CrossRef(
            target=target, eid="", text=templates["regulations"], instrument="regulation"
        )

    return to_regulation


def _finish(
    instrument: Instrument,
    ctx: TextContext,
    selected: list[tuple[Clause, Variant]],
    bill: Instrument | None = None,
) -> Instrument:
    finished = replace(
        instrument,
        schedules=_referred_by(instrument, ctx),
        provenance=_provenance(instrument, selected, ctx),
    )
    titles = _titles(finished, selected, ctx, ctx.form.references[ctx.language])
    if bill is not None:
        title = line(ctx.profile.bill.law.title, ctx)
        external = ctx.form.references[ctx.language]["external"]
        for term, cited in _titles(bill, bill_selection_of(ctx, bill), ctx, None).items():
            titles.setdefault(term, external.format(ref=cited, instrument=title))
    sanctions = sanction_map(finished, ctx.profile, ctx.library.terms_by_id, bill, titles)
    return replace(
        finished,
        sanctions=sanctions,
        timetable=_timetable(finished, ctx, bill),
        answers_shown=answers_shown(ctx.library, ctx.answers.values, ctx.language),
    )


def _timetable(
    instrument: Instrument, ctx: TextContext, bill: Instrument | None
) -> tuple[TimetableEntry, ...]:
    """The draft's timetable, each event tied to the provisions of this instrument that set
    it, or citing the companion instrument's provision that does."""
    eids: dict[str, list[str]] = {}
    for section in instrument.sections():
        if section.source is not None:
            eids.setdefault(section.source, []).append(section.eid)
    templates = ctx.form.references[ctx.language]
    index = target_index(bill) if bill is not None else {}
    title = line(ctx.profile.bill.law.title, ctx) if bill is not None else ""

    def elsewhere(clauses: tuple[str, ...]) -> str:
        cited = []
        for clause in clauses:
            if clause in eids:
                continue
            if clause in index:
                ref = cite_target(
                    index[clause], ctx.profile.bill.form.references[ctx.language], None
                )
                cited.append(templates["external"].format(ref=ref, instrument=title))
            elif (
                instrument.kind is InstrumentKind.BILL
                and ctx.placement.instrument_of(clause) is InstrumentKind.REGULATION
            ):
                cited.append(templates["regulations"])
        return "; ".join(dict.fromkeys(cited))

    table = timetable(ctx.library, ctx.profile, ctx.answers.values, ctx.language, ctx.placement)
    return tuple(
        TimetableEntry(
            id=event.id,
            label=event.label,
            when=describe(event, ctx.language),
            months=event.months,
            months_latest=event.months_latest,
            year=event.year,
            questions=event.questions,
            provisions=tuple(e for c in event.clauses for e in eids.get(c, ())),
            elsewhere=elsewhere(event.clauses),
        )
        for event in table.events
    )


def _titles(
    instrument: Instrument,
    selected: list[tuple[Clause, Variant]],
    ctx: TextContext,
    templates: Mapping[str, str] | None,
) -> dict[str, str]:
    """The provisions that let the authority suspend or cancel a licence, registration or
    authorisation, by the term naming its holders: "operator" -> "regulation 32 (7)"."""
    index = target_index(instrument)
    templates = templates or ctx.profile.bill.form.references[ctx.language]
    out: dict[str, str] = {}
    for clause, variant in selected:
        for block in variant.body:
            target = index.get(f"{clause.id}/{block.key}")
            if block.suspends and target is not None:
                for term in block.suspends:
                    out.setdefault(term, cite_target(target, templates, None))
    return out


def bill_selection_of(ctx: TextContext, bill: Instrument) -> list[tuple[Clause, Variant]]:
    """The clauses and variants of an assembled bill, from its provenance."""
    library = ctx.library
    return [
        (
            library.clauses_by_id[p.clause_id],
            next(v for v in library.clauses_by_id[p.clause_id].variants if v.id == p.variant),
        )
        for p in bill.provenance
    ]


# --- selection ------------------------------------------------------------------------------


def _variant(clause: Clause, ctx: TextContext) -> Variant:
    for variant in clause.variants:
        if ctx.holds(variant.when):
            return variant
    raise RuleError(
        Code.NO_VARIANT,
        f"No variant of clause {clause.id!r} applies to these answers.",
        location=Location(file=clause.origin.file, json_path=clause.origin.json_path),
        hint="Give the last variant no `when`, or make the variants' conditions cover every case.",
    )


def _parts(
    selected: list[tuple[Clause, Variant]],
    sections: Mapping[ClauseId, Provision],
    definitions: tuple[Provision, ...],
    generated: tuple[Provision, ...],
    ctx: TextContext,
) -> tuple[Provision, ...]:
    by_part: dict[str, list[Provision]] = {}
    if generated:
        by_part[_FINAL_PART] = list(generated)
    for clause, _ in selected:
        section = sections[clause.id]
        if section.key == DEFINITIONS_KEY and not definitions:
            continue  # no provision uses a defined term: an empty interpretation is left out
        by_part.setdefault(clause.part, []).append(_withdefinitions(section, definitions))
    return tuple(
        Provision(
            eid="",
            level=ProvisionLevel.PART,
            num="",
            label="",
            heading=plain(ctx.profile.part_headings.get(part.id) or part.heading, ctx),
            children=tuple(by_part[part.id]),
        )
        for part in ctx.library.parts
        if part.id in by_part
    )


def _withdefinitions(provision: Provision, definitions: tuple[Provision, ...]) -> Provision:
    if provision.key == DEFINITIONS_KEY:
        return replace(provision, key=None, children=definitions)
    if any(c.key == DEFINITIONS_KEY for c in provision.children):
        return replace(
            provision, children=tuple(_withdefinitions(c, definitions) for c in provision.children)
        )
    return provision


# --- provisions -------------------------------------------------------------------------------


def _section(clause: Clause, variant: Variant, ctx: TextContext) -> Provision:
    blocks = [b for b in variant.body if ctx.keeps(b)]
    heading_text = variant.heading or clause.heading
    heading = plain(heading_text, ctx) if heading_text else None
    base = Provision(
        eid="", level=ProvisionLevel.SECTION, num="", label="", heading=heading, source=clause.id
    )
    if len(blocks) == 1:
        return _fill(base, blocks[0], clause, ctx, ProvisionLevel.PARAGRAPH)
    children = tuple(
        _fill(
            Provision(eid="", level=ProvisionLevel.SUBSECTION, num="", label=""),
            block,
            clause,
            ctx,
            ProvisionLevel.PARAGRAPH,
        )
        for block in blocks
    )
    return replace(base, children=children)


def _fill(
    provision: Provision,
    block: Block,
    owner: Clause | ScheduleDef,
    ctx: TextContext,
    item_level: ProvisionLevel,
) -> Provision:
    if block.is_definitions:
        intro = render_text(ctx.form.definition.intro, ctx, owner)
        return replace(provision, content=intro, key=DEFINITIONS_KEY)
    items = [b for b in block.items if ctx.keeps(b)]
    children = tuple(
        _fill(
            Provision(eid="", level=item_level, num="", label=""),
            item,
            owner,
            ctx,
            ProvisionLevel.SUBPARAGRAPH,
        )
        for item in items
    )
    if len(items) < len(block.items):
        children = _repunctuate(children, block.items, ctx.language)
    return replace(
        provision,
        key=block.key,
        content=render_text(block.text, ctx, owner),
        after=render_text(block.after, ctx, owner) if block.after else (),
        children=children,
        figure=block.figure or "",
    )


_LIST_ENDING = re.compile(r"(?:\s*[;,]\s*(?:and|or|y|o|e|u|et|ou)|\s*[;,.])\s*$")


def _repunctuate(
    children: tuple[Provision, ...], written: tuple[Block, ...], language: str
) -> tuple[Provision, ...]:
    """Give a list whose items were switched off the punctuation of the list as written.

    The last item keeps the ending of the last item written ("."), the one before it the
    ending of the one before the last ("; and"), the others the first item's (";")."""
    found = [_LIST_ENDING.search(b.text.get(language, "")) for b in written]
    endings = [m.group() for m in found if m]
    if not children or len(endings) < len(written):
        return children
    last, before_last, other = endings[-1], endings[-2 if len(endings) > 1 else -1], endings[0]
    out = []
    for i, child in enumerate(children):
        remaining = len(children) - 1 - i
        ending = last if remaining == 0 else before_last if remaining == 1 else other
        out.append(_with_ending(child, ending))
    return tuple(out)


def _with_ending(provision: Provision, ending: str) -> Provision:
    if provision.children or not provision.content or not isinstance(provision.content[-1], Text):
        return provision
    tail = provision.content[-1]
    stripped = _LIST_ENDING.sub("", tail.text)
    return replace(provision, content=(*provision.content[:-1], Text(text=stripped + ending)))


def _schedule(schedule: ScheduleDef, ctx: TextContext) -> Schedule:
    content: list[Provision | TableBlock] = []
    for item in schedule.body:
        if isinstance(item, Table):
            content.append(_table(item, schedule, ctx))
        elif ctx.keeps(item):
            blank = Provision(eid="", level=ProvisionLevel.SUBSECTION, num="", label="")
            content.append(_fill(blank, item, schedule, ctx, ProvisionLevel.PARAGRAPH))
    return Schedule(
        eid="",
        num="",
        label="",
        heading=plain(schedule.heading, ctx),
        content=tuple(content),
        source=schedule.id,
    )


def _table(table: Table, owner: ScheduleDef, ctx: TextContext) -> TableBlock:
    ctx.in_table = True
    try:
        return _table_rows(table, owner, ctx)
    finally:
        ctx.in_table = False


def _table_rows(table: Table, owner: ScheduleDef, ctx: TextContext) -> TableBlock:
    columns = tuple(plain_text(render_text(c, ctx, owner)) for c in table.columns)
    if table.rows_from is None:
        rows = tuple(
            tuple(plain_text(render_text(cell, ctx, owner)) for cell in cells)
            for condition, cells in table.rows
            if ctx.holds(condition)
        )
        return TableBlock(columns=columns, rows=rows)
    rows_parameter = parameter(owner, table.rows_from)
    value = parameter_value(rows_parameter, owner, ctx)
    question = ctx.library.questions_by_id[rows_parameter.source.question_id]  # type: ignore[union-attr]
    types = {c.id: c.type.value for c in question.columns}
    table_rows = value if isinstance(value, tuple) else ()
    rows = tuple(
        tuple(format_scalar(row[f], types.get(f, "text"), ctx, None) for f in table.fields)
        for row in table_rows
        if isinstance(row, Mapping)
    )
    return TableBlock(columns=columns, rows=rows)


# --- preamble, schedules' references, provenance --------------------------------------------------


def _preamble(ctx: TextContext) -> tuple[PreambleItem, ...]:
    """The preamble or enacting formula; a line that recites the powers of a law the
    instrument does not use is left out."""
    out = []
    for preamble_line in ctx.inst.preamble:
        if not ctx.holds(preamble_line.include_when):
            continue
        content = render_text(preamble_line.text, ctx, None)
        recitals = [i for i in content if isinstance(i, FactText) and i.path.startswith("powers")]
        if recitals and not any(i.text for i in recitals):
            continue
        out.append(PreambleItem(role=preamble_line.role, content=_capitalised(content)))
    return tuple(out)


def _capitalised(content: tuple[Inline, ...]) -> tuple[Inline, ...]:
    """A preamble line opens with a capital, also when it opens with a recital of powers."""
    if not content or not content[0].text[:1].islower():
        return content
    first = content[0]
    return (replace(first, text=first.text[:1].upper() + first.text[1:]), *content[1:])


def _regulation_power(texts: RegulationPowerText, ctx: TextContext) -> Provision:
    """The bill's provision that empowers the regulation maker, naming the delegated matters."""
    blank = Provision(eid="", level=ProvisionLevel.SUBSECTION, num="", label="")
    power = replace(blank, content=render_text(texts.text, ctx, None))
    base = Provision(
        eid="",
        level=ProvisionLevel.SECTION,
        num="",
        label="",
        heading=plain(texts.heading, ctx),
        source=REGULATION_POWER_CLAUSE,
    )
    if texts.particular is None:
        return replace(base, content=power.content)
    items = tuple(
        Provision(
            eid="",
            level=ProvisionLevel.PARAGRAPH,
            num="",
            label="",
            content=merge_texts(
                [*render_text(item, ctx, None), Text(text=_ITEM_END[ctx.language][i == last])]
            ),
        )
        for last in (len(texts.items) - 1,)
        for i, item in enumerate(texts.items)
    )
    particular = replace(blank, content=render_text(texts.particular, ctx, None), children=items)
    return replace(base, children=(power, particular))


_ITEM_END = {"en": (";", "."), "es": (";", "."), "fr": (" ;", ".")}


def _referred_by(instrument: Instrument, ctx: TextContext) -> tuple[Schedule, ...]:
    template = ctx.form.levels["schedule"].referred_by
    if not template:
        return instrument.schedules
    out = []
    for schedule in instrument.schedules:
        nums = [
            s.num
            for s in instrument.sections()
            if any(r.eid == schedule.eid and not r.instrument for r in references_in(s))
        ]
        if not nums:
            out.append(schedule)
            continue
        text = template[ctx.language]
        if len(nums) > 1:
            text = re.sub(r"(\w+) \{refs\}", r"\1s {refs}", text)
        out.append(
            replace(schedule, referred_by=text.replace("{refs}", join_list(nums, ctx.language)))
        )
    return tuple(out)


def _provenance(
    instrument: Instrument, selected: list[tuple[Clause, Variant]], ctx: TextContext
) -> tuple[Provenance, ...]:
    by_clause = {c.id: (c, v) for c, v in selected}
    rules = ctx.library.rules_by_id
    uses = {eid: use for use in ctx.uses for eid in use.provisions}
    out = []
    for section in instrument.sections():
        if section.source not in by_clause:
            continue  # the bill's power to make regulations is generated, not a clause
        clause, variant = by_clause[section.source]
        named = [*rules_named(clause.include_when), *rules_named(variant.when)]
        if named:
            rule = ", ".join(dict.fromkeys(named))
        elif clause.include_when == ALWAYS:
            rule = "always"
        else:
            rule = f"{clause.id}.include_when"
        read = dict.fromkeys(
            [*answers_read(clause.include_when, rules), *answers_read(variant.when, rules)]
        )
        use = uses.get(section.eid)
        out.append(
            Provenance(
                eid=section.eid,
                clause_id=clause.id,
                variant=variant.id,
                rule=rule,
                answers={q: ctx.answers.get(q) for q in read if ctx.answers.is_set(q)},
                sources=tuple(dict.fromkeys([*clause.sources, *variant.sources])),
                matter=matter_of(clause, variant),
                power=_power_note(use, ctx) if use else "",
                power_key=use.key if use else "",
                verify=use.verify if use else False,
            )
        )
    return tuple(out)


def _power_note(use: PowerUse, ctx: TextContext) -> str:
    holder = ctx.profile.holders.get(use.holder, {}).get(ctx.language, use.holder)
    return ", ".join(x for x in (use.text, holder, use.conditions) if x)
