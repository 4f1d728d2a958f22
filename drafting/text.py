"""Library text rendered for one instrument: markup, terms, facts, parameters, definitions.

Clause texts carry markup ({term:x}, {param:x}, {fact:path}, {ref:x}, {self}, {powers});
rendering turns them into inlines in the instrument's language and form, and records
the terms used, from which the interpretation provision is built."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass, field, replace

from drafting.basis import recite
from drafting.errors import AssemblyError, Code, Location
from drafting.formats import (
    contract_join,
    duration,
    group_digits,
    join_list,
    normalise_periods,
    percent,
    words,
    working_days,
    yes_no,
)
from drafting.inline import tokenize
from drafting.library import ClauseLibrary
from drafting.model import (
    Answers,
    Block,
    Clause,
    Condition,
    CrossRef,
    Definition,
    FactRef,
    FactText,
    Form,
    Inline,
    InstrumentForm,
    Literal,
    Multilingual,
    Parameter,
    ParameterType,
    ParamText,
    PowerUse,
    Profile,
    Provision,
    ProvisionLevel,
    ScheduleDef,
    Scope,
    TermId,
    TermRef,
    Text,
    Value,
    plain_text,
)
from drafting.powers import Placement
from drafting.rules import evaluate

DEFINITIONS_KEY = "~definitions"


@dataclass
class TextContext:
    """What the assembly of one instrument reads: the library, the answers, the form of the
    instrument (the regulation's or the bill's) and the scope its conditions see."""

    library: ClauseLibrary
    profile: Profile
    answers: Answers
    language: str
    scope: Scope
    inst: InstrumentForm
    form: Form
    term_labels: Mapping[str, Multilingual]
    term_meanings: Mapping[str, Multilingual]
    placement: Placement
    term_adopted: Mapping[str, Multilingual] = field(default_factory=dict)
    uses: tuple[PowerUse, ...] = ()  # the powers the instrument recites
    terms_used: dict[TermId, None] = field(default_factory=dict)
    in_table: bool = False  # figures only: a table cell does not spell numbers out

    def holds(self, condition: Condition) -> bool:
        return evaluate(
            condition, self.answers.values, self.profile, self.library.rules_by_id, self.scope
        )

    def keeps(self, block: Block) -> bool:
        return block.origin not in self.placement.dropped and self.holds(block.include_when)


# --- text -----------------------------------------------------------------------------------------


def plain(text: Multilingual, ctx: TextContext) -> str:
    return plain_text(render_text(text, ctx, None))


def line(text: Multilingual | None, ctx: TextContext) -> str:
    return plain(text, ctx) if text else ""


def render_text(
    text: Multilingual, ctx: TextContext, owner: Clause | ScheduleDef | None
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
                out.append(_param_inline(parameter(owner, token.key), owner, ctx))
            case "ref":
                out.append(CrossRef(target=_absolute(token.key, owner), eid="", text=""))
            case "fact":
                fact = _fact(token.key, ctx)
                if out and isinstance(out[-1], Text):
                    # "à" + "le Rwanda" -> "au Rwanda", "de" + "el Paraguay" -> "del Paraguay"
                    before, joined = contract_join(out[-1].text, fact.text, ctx.language)
                    out[-1] = Text(text=before)
                    fact = replace(fact, text=joined)
                out.append(fact)
            case "self" | "Self":
                name = ctx.inst.self_name[ctx.language]
                if token.kind == "Self":
                    name = name[0].upper() + name[1:]
                elif out and isinstance(out[-1], Text):
                    before, name = contract_join(out[-1].text, name, ctx.language)
                    out[-1] = Text(text=before)
                out.append(Text(text=name))
            case "title":
                title = plain(ctx.inst.title, ctx)
                out.append(Text(text=_title_in_sentence(title, out)))
            case "year":
                out.append(Text(text=str(ctx.answers.get("year_made") or "20__")))
            case "powers":
                out.append(_powers(token.key, ctx))
    merged = merge_texts(out)
    figures, working = ctx.form.figures(ctx.language), ctx.form.working_days
    if (figures and ctx.language == "en") or working:
        merged = tuple(
            Text(text=normalise_periods(i.text, ctx.language, figures, working))
            if isinstance(i, Text)
            else i
            for i in merged
        )
    if ctx.language == "en" and _duty_word(ctx) == "must":
        return _must_inlines(merged)
    return merged


# "shall" of a status or an effect ("shall be deemed", "shall apply") is not a duty: it
# stays, where "must" would misstate it and the present tense would need the subject's number.
_STATUS = re.compile(
    r"\s+(?:not\s+)?(?:be\s+(?:deemed|liable|entitled|valid|void|construed|taken|treated|"
    r"regarded|guilty)|come\s+into|cease|lapse|remain|continue|apply|have\s+effect|mean|"
    r"include|expire)\b"
)
# A prohibition opens its clause with "No ...": "No person who collects e-waste shall keep
# it" -> "No person who collects e-waste may keep it".
_PROHIBITION = re.compile(
    r"^\s*(?:\([a-z0-9]+\)\s*)?[Nn]o\s+(?!later\b|more\b|less\b|fewer\b|sooner\b)\w"
)
_CLAUSE_END = re.compile(r"[.;:—]")


def to_must(text: str) -> str:
    """English duties in "must" (Rwanda's English): "shall register" -> "must register",
    "shall not burn" -> "must not burn", "No person shall" -> "No person may"; statuses and
    effects keep "shall"."""
    return "".join(t.text for t in _must_inlines((Text(text=text),)))


def _must_inlines(inlines: tuple[Inline, ...]) -> tuple[Inline, ...]:
    """to_must across the inlines of a text: the clause that decides between "must" and
    "may" ("No {term:operator} shall ...") runs through terms and references."""
    full = "".join(i.text for i in inlines)
    out: list[Inline] = []
    offset = 0
    for inline in inlines:
        if isinstance(inline, Text) and "shall" in inline.text:
            out.append(Text(text=_replace_shall(inline.text, full, offset)))
        else:
            out.append(inline)
        offset += len(inline.text)
    return tuple(out)


def _replace_shall(text: str, full: str, offset: int) -> str:
    pieces: list[str] = []
    last = 0
    for match in re.finditer(r"\bshall\b", text):
        where = offset + match.start()
        if _STATUS.match(full, where + len("shall")):
            continue
        before = full[:where]
        ends = [m.end() for m in _CLAUSE_END.finditer(before)]
        clause = before[ends[-1] if ends else 0 :]
        # "No person shall", or after an opening phrase: "As a stricter measure ..., no
        # person shall export"
        segment = clause[clause.rfind(",") + 1 :]
        word = "may" if _PROHIBITION.match(clause) or _PROHIBITION.match(segment) else "must"
        pieces.append(text[last : match.start()] + word)
        last = match.end()
    return "".join(pieces) + text[last:]


def _duty_word(ctx: TextContext) -> str:
    fact = ctx.profile.fact("drafting.duty_word")
    value = fact.value if fact else None
    return str(value.get(ctx.language, "")) if isinstance(value, Mapping) else ""


def _title_in_sentence(title: str, before: list[Inline]) -> str:
    # "may be cited as the Environmental Management (...) Regulations, 2026": the
    # title's leading article is lower case inside a sentence.
    starts_sentence = not before or plain_text(tuple(before)).rstrip().endswith((".", ":"))
    if not starts_sentence and title.startswith("The "):
        return "the " + title[4:]
    return title


def merge_texts(inlines: list[Inline]) -> tuple[Inline, ...]:
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


def _term(term_id: TermId, surface: str | None, ctx: TextContext) -> TermRef:
    ctx.terms_used.setdefault(term_id, None)
    return TermRef(term=term_id, text=surface if surface is not None else _term_label(term_id, ctx))


def _term_label(term_id: TermId, ctx: TextContext) -> str:
    label = ctx.term_labels.get(term_id) or ctx.library.terms_by_id[term_id].label
    return label[ctx.language]


def _fact(path: str, ctx: TextContext) -> FactText:
    fact = ctx.profile.fact(path)
    if fact is None:
        raise AssemblyError(
            Code.UNKNOWN_FACT,
            f"The profile of {ctx.profile.id} has no fact {path!r}.",
            location=Location(file=ctx.profile.origin.file, json_path="$.facts"),
        )
    return FactText(
        path=path, text=fact_text(fact.value, ctx), source=fact.source, verify=fact.verify
    )


def fact_text(value: Value, ctx: TextContext) -> str:
    """A fact's value as text in the context's language."""
    if isinstance(value, Mapping):
        return str(value.get(ctx.language) or next(iter(value.values())))
    if isinstance(value, tuple):
        return join_list([str(v) for v in value], ctx.language)
    if isinstance(value, bool):
        return yes_no(value, ctx.language)
    if isinstance(value, int | float):
        return group_digits(value, ctx.form.thousands_separator[ctx.language])
    return str(value)


def _powers(law: str, ctx: TextContext) -> FactText:
    """The powers the instrument's provisions rest on, with the conditions of their exercise."""
    uses = tuple(u for u in ctx.uses if not law or u.law == law)
    return FactText(
        path=f"powers:{law}" if law else "powers",
        text=recite(uses, ctx.profile, ctx.language).replace(
            "{year}", str(ctx.answers.get("year_made") or "20__")
        ),
        source="; ".join(dict.fromkeys(u.source for u in uses)),
        verify=any(u.verify for u in uses),
    )


# --- parameters ----------------------------------------------------------------------


def parameter(owner: Clause | ScheduleDef, name: str) -> Parameter:
    for parameter in owner.parameters:
        if parameter.name == name:
            return parameter
    raise AssemblyError(
        Code.UNANSWERED_PARAMETER,
        f"{owner.id!r} uses parameter {name!r}, which it does not declare.",
        location=Location(file=owner.origin.file, json_path=owner.origin.json_path),
    )


def parameter_value(parameter: Parameter, owner: Clause | ScheduleDef, ctx: TextContext) -> Value:
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


def _param_inline(parameter: Parameter, owner: Clause | ScheduleDef, ctx: TextContext) -> Inline:
    value = parameter_value(parameter, owner, ctx)
    if isinstance(parameter.source, FactRef):
        # A parameter read from the profile keeps the fact's source and verify flag.
        fact = _fact(parameter.source.path, ctx)
        return replace(fact, text=_format_value(value, parameter, ctx))
    text = _format_value(value, parameter, ctx)
    scalar = value if isinstance(value, str | int | float) else None
    return ParamText(name=parameter.name, type=parameter.type.value, text=text, value=scalar)


def _format_value(value: Value, parameter: Parameter, ctx: TextContext) -> str:
    if parameter.type in (ParameterType.CHOICE, ParameterType.LIST):
        question = ctx.library.questions_by_id[parameter.source.question_id]  # type: ignore[union-attr]
        chosen = value if isinstance(value, tuple) else (value,)
        texts = []
        for v in chosen:
            option = question.option(str(v))
            if option is not None:
                texts.append((option.text or option.label)[ctx.language])
        return join_list(texts, ctx.language)
    return format_scalar(value, parameter.type.value, ctx, parameter)


def format_scalar(value: Value, kind: str, ctx: TextContext, parameter: Parameter | None) -> str:
    language = ctx.language
    separator = ctx.form.thousands_separator[language]
    if isinstance(value, Mapping):
        return str(value.get(language, ""))
    if not isinstance(value, int | float) or isinstance(value, bool):
        return str(value)
    match kind:
        case "percent":
            return percent(value, language)
        case "days" if ctx.form.working_days:
            # Periods in days are counted in working days (Paraguay, Ley N° 6715/2021).
            days = working_days(int(value))
            return duration(days, "working-days", language, ctx.form.figures(language))
        case "days" | "months" | "years":
            return duration(int(value), kind, language, ctx.form.figures(language))
        case "year":
            return str(int(value))
        case "money":
            return _money(value, parameter.unit if parameter else "currency", ctx)
        case "integer" if ctx.form.figures(language) and not ctx.in_table and is_count(value):
            # Spanish, French and Rwandan legal style writes a count in words, then figures.
            return f"{words(value, language)} ({group_digits(value, separator)})"
    return group_digits(value, separator)


def _money(amount: int | float, unit: str | None, ctx: TextContext) -> str:
    language = ctx.language
    templates = ctx.form.money
    template = (templates.get(unit or "currency") or templates["currency"])[language]
    spelled = words(amount, language)
    if language in ("es", "fr") and re.search(r"(millions?|millones|millón|milliards?)$", spelled):
        spelled += " de"  # "cinq millions de francs", "cinco millones de guaraníes"
    amount_text = group_digits(amount, ctx.form.thousands_separator[language])
    return template.replace("{words}", spelled).replace("{amount}", amount_text)


# --- definitions ----------------------------------------------------------------------------------


def definitions(ctx: TextContext) -> tuple[Provision, ...]:
    """The interpretation list: every term used, and every term their meanings use."""
    rendered: dict[TermId, Provision] = {}
    while len(rendered) < len(ctx.terms_used):
        for term_id in list(ctx.terms_used):
            if term_id not in rendered:
                rendered[term_id] = _definition(term_id, ctx)
    form = ctx.form.definition
    by = form.order_language or ctx.language

    def order(p: Provision) -> str:
        assert p.definition is not None
        if by == ctx.language:
            return _collation_key(p.definition.label)
        term_id = p.definition.term
        labels = ctx.term_labels.get(term_id) or ctx.library.terms_by_id[term_id].label
        return _collation_key(labels.get(by) or p.definition.label)

    ordered = sorted(rendered.values(), key=order)
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


def _definition(term_id: TermId, ctx: TextContext) -> Provision:
    term = ctx.library.terms_by_id[term_id]
    form = ctx.form.definition
    label = _term_label(term_id, ctx)
    if form.capitalize:
        label = label[0].upper() + label[1:]
    adopted = ctx.term_adopted.get(term_id)
    relation_key = "adopted" if adopted else term.relation
    meaning = render_text(adopted or ctx.term_meanings.get(term_id) or term.meaning, ctx, None)
    relation = form.relations[relation_key][ctx.language]
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
        content=merge_texts(content),
        definition=Definition(term=term_id, label=label, relation=relation_key),
    )


def _collation_key(label: str) -> str:
    # Alphabetical order of the document's language: accents ignored, ñ after n.
    folded = label.casefold().replace("ñ", "n~")
    decomposed = unicodedata.normalize("NFKD", folded)
    return "".join(
        c for c in decomposed if (not unicodedata.combining(c) and c.isalnum()) or c in " ~"
    )


def is_count(value: int | float) -> bool:
    return isinstance(value, int) and 1 < value < 1_000_000
