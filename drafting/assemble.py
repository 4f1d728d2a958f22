"""Assembly: validated answers + the library -> a numbered, cross-referenced instrument."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass, field, replace

from drafting.errors import AssemblyError, Code, Location, RuleError
from drafting.formats import contract_join, duration, group_digits, join_list, percent, words
from drafting.inline import tokenize
from drafting.library import ClauseLibrary
from drafting.model import (
    ALWAYS,
    Answers,
    Block,
    Clause,
    ClauseId,
    CrossRef,
    Definition,
    FactRef,
    FactText,
    Inline,
    Instrument,
    Literal,
    Multilingual,
    Parameter,
    ParameterType,
    ParamText,
    PreambleItem,
    Profile,
    Provenance,
    Provision,
    ProvisionLevel,
    Schedule,
    ScheduleDef,
    Table,
    TableBlock,
    TermId,
    TermRef,
    Text,
    Value,
    Variant,
    plain_text,
)
from drafting.numbering import number_provisions
from drafting.references import references_in, resolve_references
from drafting.rules import answers_read, evaluate, rules_named

_DEFINITIONS_KEY = "~definitions"


@dataclass
class _Context:
    library: ClauseLibrary
    profile: Profile
    answers: Answers
    language: str
    terms_used: dict[TermId, None] = field(default_factory=dict)
    in_table: bool = False  # figures only: a table cell does not spell numbers out

    def holds(self, condition: object) -> bool:
        return evaluate(condition, self.answers.values, self.profile, self.library.rules_by_id)  # type: ignore[arg-type]


def assemble(
    library: ClauseLibrary, profile: Profile, answers: Answers, language: str | None = None
) -> Instrument:
    """The complete draft for validated answers, in `language` (default: the country's first).

    Numbering is computed, cross-references resolved, and the interpretation provision
    lists exactly the terms the included provisions use. Raises RuleError R310 for a
    language the country is not drafted in, R311 when no variant of a clause applies, and
    AssemblyError (A4xx) for an unanswered parameter or a dangling reference."""
    language = language or profile.languages[0]
    if language not in profile.languages:
        raise RuleError(
            Code.UNKNOWN_LANGUAGE,
            f"{profile.names.get('en', profile.id)} drafts are not written in {language!r}.",
            hint=f"Languages for {profile.id}: {', '.join(profile.languages)}.",
        )
    ctx = _Context(library, profile, answers, language)
    selected = [(c, _variant(c, ctx)) for c in library.clauses if ctx.holds(c.include_when)]
    sections = {c.id: _section(c, v, ctx) for c, v in selected}
    schedules = tuple(_schedule(s, ctx) for s in library.schedules if ctx.holds(s.include_when))
    definitions = _definitions(ctx)
    body = _parts(selected, sections, definitions, ctx)
    instrument = Instrument(
        country=profile.id,
        language=language,
        instrument_type=profile.instrument.type,
        section_layout=profile.form.section_layout,
        cover=tuple(_line(t, ctx) for t in profile.instrument.cover),
        number_line=_line(profile.instrument.number_line, ctx),
        title=_line(profile.instrument.title, ctx),
        subtitle=tuple(_line(t, ctx) for t in profile.instrument.subtitle),
        arrangement_heading=_line(profile.instrument.arrangement_heading, ctx),
        preamble=_preamble(selected, ctx),
        body=body,
        schedules=schedules,
        signature=tuple(_line(t, ctx) for t in profile.instrument.signature),
        explanatory_note=_line(profile.instrument.explanatory_note, ctx),
        library_version=library.version,
        answers={str(k): v for k, v in answers.values.items()},
    )
    numbered = resolve_references(number_provisions(instrument, profile.form), profile.form)
    return replace(
        numbered,
        schedules=_referred_by(numbered, profile, language),
        provenance=_provenance(numbered, selected, ctx),
    )


# --- selection ------------------------------------------------------------------------------


def _variant(clause: Clause, ctx: _Context) -> Variant:
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
    ctx: _Context,
) -> tuple[Provision, ...]:
    by_part: dict[str, list[Provision]] = {}
    for clause, _ in selected:
        section = sections[clause.id]
        if section.key == _DEFINITIONS_KEY and not definitions:
            continue  # no provision uses a defined term: an empty interpretation is left out
        by_part.setdefault(clause.part, []).append(_with_definitions(section, definitions))
    return tuple(
        Provision(
            eid="",
            level=ProvisionLevel.PART,
            num="",
            label="",
            heading=_text(ctx.profile.part_headings.get(part.id) or part.heading, ctx),
            children=tuple(by_part[part.id]),
        )
        for part in ctx.library.parts
        if part.id in by_part
    )


def _with_definitions(provision: Provision, definitions: tuple[Provision, ...]) -> Provision:
    if provision.key == _DEFINITIONS_KEY:
        return replace(provision, key=None, children=definitions)
    if any(c.key == _DEFINITIONS_KEY for c in provision.children):
        return replace(
            provision, children=tuple(_with_definitions(c, definitions) for c in provision.children)
        )
    return provision


# --- provisions -------------------------------------------------------------------------------


def _section(clause: Clause, variant: Variant, ctx: _Context) -> Provision:
    blocks = [b for b in variant.body if ctx.holds(b.include_when)]
    heading_text = variant.heading or clause.heading
    heading = _text(heading_text, ctx) if heading_text else None
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
    ctx: _Context,
    item_level: ProvisionLevel,
) -> Provision:
    if block.is_definitions:
        intro = _render(ctx.profile.form.definition.intro, ctx, owner)
        return replace(provision, content=intro, key=_DEFINITIONS_KEY)
    items = [b for b in block.items if ctx.holds(b.include_when)]
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
        content=_render(block.text, ctx, owner),
        after=_render(block.after, ctx, owner) if block.after else (),
        children=children,
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


def _schedule(schedule: ScheduleDef, ctx: _Context) -> Schedule:
    content: list[Provision | TableBlock] = []
    for item in schedule.body:
        if isinstance(item, Table):
            content.append(_table(item, schedule, ctx))
        elif ctx.holds(item.include_when):
            blank = Provision(eid="", level=ProvisionLevel.SUBSECTION, num="", label="")
            content.append(_fill(blank, item, schedule, ctx, ProvisionLevel.PARAGRAPH))
    return Schedule(
        eid="",
        num="",
        label="",
        heading=_text(schedule.heading, ctx),
        content=tuple(content),
        source=schedule.id,
    )


def _table(table: Table, owner: ScheduleDef, ctx: _Context) -> TableBlock:
    ctx.in_table = True
    try:
        return _table_rows(table, owner, ctx)
    finally:
        ctx.in_table = False


def _table_rows(table: Table, owner: ScheduleDef, ctx: _Context) -> TableBlock:
    columns = tuple(plain_text(_render(c, ctx, owner)) for c in table.columns)
    if table.rows_from is None:
        rows = tuple(
            tuple(plain_text(_render(cell, ctx, owner)) for cell in cells)
            for condition, cells in table.rows
            if ctx.holds(condition)
        )
        return TableBlock(columns=columns, rows=rows)
    parameter = _parameter(owner, table.rows_from)
    value = _parameter_value(parameter, owner, ctx)
    question = ctx.library.questions_by_id[parameter.source.question_id]  # type: ignore[union-attr]
    types = {c.id: c.type.value for c in question.columns}
    table_rows = value if isinstance(value, tuple) else ()
    rows = tuple(
        tuple(_format_scalar(row[f], types.get(f, "text"), ctx, None) for f in table.fields)
        for row in table_rows
        if isinstance(row, Mapping)
    )
    return TableBlock(columns=columns, rows=rows)


# --- text -----------------------------------------------------------------------------------------


def _text(text: Multilingual, ctx: _Context) -> str:
    return plain_text(_render(text, ctx, None))


def _line(text: Multilingual | None, ctx: _Context) -> str:
    return _text(text, ctx) if text else ""


def _render(
    text: Multilingual, ctx: _Context, owner: Clause | ScheduleDef | None
) -> tuple[Inline, ...]:
    """Marked-up text in the context's language -> inlines, recording the terms used."""
    source = text.get(ctx.language)
    if source is None:
        where = f" of {owner.id}" if owner else ""
        raise AssemblyError(
            Code.MISSING_LANGUAGE,
            f"A text{where} has no {ctx.language!r} version.",
            location=Location(file=owner.origin.file, json_path=owner.origin.json_path)
            if owner
            else None,
        )
    out: list[Inline] = []
    for token in tokenize(source):
        match token.kind:
            case "text":
                out.append(Text(text=token.key))
            case "term":
                out.append(_term(TermId(token.key), token.surface, ctx))
            case "param":
                assert owner is not None
                out.append(_param_inline(_parameter(owner, token.key), owner, ctx))
            case "ref":
                out.append(CrossRef(target=_absolute(token.key, owner), eid="", text=""))
            case "fact":
                out.append(_fact(token.key, ctx))
            case "self" | "Self":
                name = ctx.profile.instrument.self_name[ctx.language]
                if token.kind == "Self":
                    name = name[0].upper() + name[1:]
                elif out and isinstance(out[-1], Text):
                    before, name = contract_join(out[-1].text, name, ctx.language)
                    out[-1] = Text(text=before)
                out.append(Text(text=name))
            case "title":
                title = _text(ctx.profile.instrument.title, ctx)
                out.append(Text(text=_title_in_sentence(title, out)))
            case "year":
                out.append(Text(text=str(ctx.answers.get("year_made") or "20__")))
            case "powers":
                out.append(_powers(ctx))
    return _merge_texts(out)


def _title_in_sentence(title: str, before: list[Inline]) -> str:
    # "may be cited as the Environmental Management (...) Regulations, 2026": the
    # title's leading article is lower case inside a sentence.
    starts_sentence = not before or plain_text(tuple(before)).rstrip().endswith((".", ":"))
    if not starts_sentence and title.startswith("The "):
        return "the " + title[4:]
    return title


def _merge_texts(inlines: list[Inline]) -> tuple[Inline, ...]:
    """Join adjacent texts."""
    merged: list[Inline] = []
    for inline in inlines:
        if isinstance(inline, Text) and merged and isinstance(merged[-1], Text):
            merged[-1] = Text(text=merged[-1].text + inline.text)
        else:
            merged.append(inline)
    return tuple(merged)


def _absolute(target: str, owner: Clause | ScheduleDef | None) -> str:
    if owner is not None and target == ".":
        return owner.id
    if owner is not None and target.startswith("/"):
        return f"{owner.id}{target}"
    return target


def _term(term_id: TermId, surface: str | None, ctx: _Context) -> TermRef:
    ctx.terms_used.setdefault(term_id, None)
    return TermRef(term=term_id, text=surface if surface is not None else _term_label(term_id, ctx))


def _term_label(term_id: TermId, ctx: _Context) -> str:
    label = ctx.profile.term_labels.get(term_id) or ctx.library.terms_by_id[term_id].label
    return label[ctx.language]


def _fact(path: str, ctx: _Context) -> FactText:
    fact = ctx.profile.fact(path)
    if fact is None:
        raise AssemblyError(
            Code.UNKNOWN_FACT,
            f"The profile of {ctx.profile.id} has no fact {path!r}.",
            location=Location(file=ctx.profile.origin.file, json_path="$.facts"),
        )
    return FactText(
        path=path, text=_fact_text(fact.value, ctx), source=fact.source, verify=fact.verify
    )


def _fact_text(value: Value, ctx: _Context) -> str:
    if isinstance(value, Mapping):
        return str(value.get(ctx.language) or next(iter(value.values())))
    if isinstance(value, tuple):
        return join_list([str(v) for v in value], ctx.language)
    if isinstance(value, bool):
        return {"en": ("yes", "no"), "es": ("sí", "no"), "fr": ("oui", "non")}[ctx.language][
            not value
        ]
    if isinstance(value, int | float):
        return group_digits(value, ctx.profile.form.thousands_separator[ctx.language])
    return str(value)


def _powers(ctx: _Context) -> FactText:
    """The enabling provisions the included clauses rely on: "sections 58, 63 and 134"."""
    keys: dict[str, None] = {}
    for clause in ctx.library.clauses:
        if ctx.holds(clause.include_when):
            keys.update(dict.fromkeys(clause.powers))
    powers = sorted(
        {ctx.profile.powers[k].cite: ctx.profile.powers[k] for k in keys}.values(), key=_cite_key
    )
    listed = join_list([p.cite for p in powers], ctx.language)
    phrase = ctx.profile.form.powers_phrase["one" if len(powers) == 1 else "many"][ctx.language]
    return FactText(
        path="powers",
        text=phrase.replace("{list}", listed),
        source="; ".join(f"{p.key}: {p.source}" for p in powers),
        verify=any(p.verify for p in powers),
    )


def _cite_key(power: object) -> tuple[int, str]:
    cite = power.cite  # type: ignore[attr-defined]
    digits = re.match(r"\d+", cite)
    return (int(digits.group()) if digits else 0, cite)


# --- parameters ----------------------------------------------------------------------


def _parameter(owner: Clause | ScheduleDef, name: str) -> Parameter:
    for parameter in owner.parameters:
        if parameter.name == name:
            return parameter
    raise AssemblyError(
        Code.UNANSWERED_PARAMETER,
        f"{owner.id!r} uses parameter {name!r}, which it does not declare.",
        location=Location(file=owner.origin.file, json_path=owner.origin.json_path),
    )


def _parameter_value(parameter: Parameter, owner: Clause | ScheduleDef, ctx: _Context) -> Value:
    source = parameter.source
    if isinstance(source, Literal):
        return source.value
    if isinstance(source, FactRef):
        fact = ctx.profile.fact(source.path)
        return None if fact is None else fact.value
    if not ctx.answers.is_set(source.question_id):
        raise AssemblyError(
            Code.UNANSWERED_PARAMETER,
            f"Clause {owner.id!r} needs the answer to {source.question_id!r}, which is not asked "
            "for these answers.",
            location=Location(
                file=owner.origin.file,
                json_path=owner.origin.json_path,
                question_id=source.question_id,
            ),
            hint="Make the clause's include_when imply the question's ask_when.",
        )
    return ctx.answers.get(source.question_id)


def _param_inline(parameter: Parameter, owner: Clause | ScheduleDef, ctx: _Context) -> Inline:
    value = _parameter_value(parameter, owner, ctx)
    if isinstance(parameter.source, FactRef):
        # A parameter read from the profile keeps the fact's source and verify flag.
        fact = _fact(parameter.source.path, ctx)
        return replace(fact, text=_format_value(value, parameter, ctx))
    text = _format_value(value, parameter, ctx)
    scalar = value if isinstance(value, str | int | float) else None
    return ParamText(name=parameter.name, type=parameter.type.value, text=text, value=scalar)


def _format_value(value: Value, parameter: Parameter, ctx: _Context) -> str:
    if parameter.type in (ParameterType.CHOICE, ParameterType.LIST):
        question = ctx.library.questions_by_id[parameter.source.question_id]  # type: ignore[union-attr]
        chosen = value if isinstance(value, tuple) else (value,)
        texts = []
        for v in chosen:
            option = question.option(str(v))
            if option is not None:
                texts.append((option.text or option.label)[ctx.language])
        return join_list(texts, ctx.language)
    return _format_scalar(value, parameter.type.value, ctx, parameter)


def _format_scalar(value: Value, kind: str, ctx: _Context, parameter: Parameter | None) -> str:
    language = ctx.language
    separator = ctx.profile.form.thousands_separator[language]
    if isinstance(value, Mapping):
        return str(value.get(language, ""))
    if not isinstance(value, int | float) or isinstance(value, bool):
        return str(value)
    match kind:
        case "percent":
            return percent(value, language)
        case "days" | "months" | "years":
            return duration(int(value), kind, language)
        case "year":
            return str(int(value))
        case "money":
            return _money(value, parameter.unit if parameter else "currency", ctx)
        case "integer" if language != "en" and not ctx.in_table and _is_count(value):
            # Spanish and French legal style writes a count in words, then in figures.
            return f"{words(value, language)} ({group_digits(value, separator)})"
    return group_digits(value, separator)


def _money(amount: int | float, unit: str | None, ctx: _Context) -> str:
    language = ctx.language
    templates = ctx.profile.form.money
    template = (templates.get(unit or "currency") or templates["currency"])[language]
    spelled = words(amount, language)
    if language in ("es", "fr") and re.search(r"(millions?|millones|millón|milliards?)$", spelled):
        spelled += " de"  # "cinq millions de francs", "cinco millones de guaraníes"
    amount_text = group_digits(amount, ctx.profile.form.thousands_separator[language])
    return template.replace("{words}", spelled).replace("{amount}", amount_text)


# --- definitions ----------------------------------------------------------------------------------


def _definitions(ctx: _Context) -> tuple[Provision, ...]:
    """The interpretation list: every term used, and every term their meanings use."""
    rendered: dict[TermId, Provision] = {}
    while len(rendered) < len(ctx.terms_used):
        for term_id in list(ctx.terms_used):
            if term_id not in rendered:
                rendered[term_id] = _definition(term_id, ctx)
    ordered = sorted(rendered.values(), key=lambda p: _collation_key(p.definition.label))  # type: ignore[union-attr]
    form = ctx.profile.form.definition
    last = len(ordered) - 1
    return tuple(
        replace(
            p,
            content=(
                *p.content,
                Text(text=(form.end if i == last else form.separator)[ctx.language]),
            ),
        )
        for i, p in enumerate(ordered)
    )


def _definition(term_id: TermId, ctx: _Context) -> Provision:
    term = ctx.library.terms_by_id[term_id]
    form = ctx.profile.form.definition
    label = _term_label(term_id, ctx)
    if form.capitalize:
        label = label[0].upper() + label[1:]
    meaning = _render(ctx.profile.term_meanings.get(term_id) or term.meaning, ctx, None)
    relation = form.relations[term.relation][ctx.language]
    content: list[Inline] = []
    for piece in re.split(r"(\{term\}|\{relation\}|\{meaning\})", form.entry[ctx.language]):
        if piece == "{term}":
            content.append(TermRef(term=term_id, text=label))
        elif piece == "{relation}":
            content.append(Text(text=relation))
        elif piece == "{meaning}":
            content.extend(meaning)
        elif piece:
            content.append(Text(text=piece))
    return Provision(
        eid="",
        level=ProvisionLevel.PARAGRAPH,
        num="",
        label="",
        content=_merge_texts(content),
        definition=Definition(term=term_id, label=label, relation=term.relation),
    )


def _collation_key(label: str) -> str:
    # Alphabetical order of the document's language: accents ignored, ñ after n.
    folded = label.casefold().replace("ñ", "n~")
    decomposed = unicodedata.normalize("NFKD", folded)
    return "".join(
        c for c in decomposed if (not unicodedata.combining(c) and c.isalnum()) or c in " ~"
    )


# --- preamble, schedules' references, provenance --------------------------------------------------


def _preamble(selected: list[tuple[Clause, Variant]], ctx: _Context) -> tuple[PreambleItem, ...]:
    return tuple(
        PreambleItem(role=line.role, content=_render(line.text, ctx, None))
        for line in ctx.profile.instrument.preamble
        if ctx.holds(line.include_when)
    )


def _referred_by(instrument: Instrument, profile: Profile, language: str) -> tuple[Schedule, ...]:
    template = profile.form.levels["schedule"].referred_by
    if not template:
        return instrument.schedules
    out = []
    for schedule in instrument.schedules:
        nums = [
            s.num
            for s in instrument.sections()
            if any(r.eid == schedule.eid for r in references_in(s))
        ]
        if not nums:
            out.append(schedule)
            continue
        text = template[language]
        if len(nums) > 1:
            text = re.sub(r"(\w+) \{refs\}", r"\1s {refs}", text)
        out.append(replace(schedule, referred_by=text.replace("{refs}", join_list(nums, language))))
    return tuple(out)


def _provenance(
    instrument: Instrument, selected: list[tuple[Clause, Variant]], ctx: _Context
) -> tuple[Provenance, ...]:
    by_clause = {c.id: (c, v) for c, v in selected}
    rules = ctx.library.rules_by_id
    out = []
    for section in instrument.sections():
        clause, variant = by_clause[section.source]  # type: ignore[index]
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
        out.append(
            Provenance(
                eid=section.eid,
                clause_id=clause.id,
                variant=variant.id,
                rule=rule,
                answers={q: ctx.answers.get(q) for q in read if ctx.answers.is_set(q)},
                sources=tuple(dict.fromkeys([*clause.sources, *variant.sources])),
            )
        )
    return tuple(out)


def _is_count(value: int | float) -> bool:
    return isinstance(value, int) and 1 < value < 1_000_000
