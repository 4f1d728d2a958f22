"""The clause library: read the clauses/ tree, validate it, and turn it into typed objects."""

from __future__ import annotations

import functools
import hashlib
import json
import unicodedata
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

from drafting.errors import Code, LibraryError, Location, Problem, SchemaViolation
from drafting.model import (
    ALWAYS,
    AllOf,
    Always,
    AnswerRef,
    AnyOf,
    BillForm,
    Block,
    Clause,
    ClauseId,
    Column,
    Compare,
    Condition,
    ConditionalDefault,
    DefinitionForm,
    Fact,
    FactRef,
    Form,
    InstrumentCheck,
    InstrumentForm,
    InstrumentKind,
    Law,
    LevelForm,
    Literal,
    Matter,
    Not,
    Operand,
    Operator,
    Option,
    Origin,
    Parameter,
    ParameterType,
    Part,
    PartId,
    Power,
    PowerCheck,
    PreambleLine,
    Profile,
    ProfileId,
    Question,
    QuestionId,
    QuestionType,
    RegulationPower,
    Rule,
    RuleId,
    RuleKind,
    RuleRef,
    Sanction,
    SanctionType,
    ScheduleDef,
    Step,
    Table,
    Term,
    TermId,
    TranslatorLabels,
    Value,
    Variant,
)
from drafting.schema import JSONValue, validate

_T = TypeVar("_T")

# The kinds of file in the library: folder or file, schema, and whether it is one file.
_KINDS = (
    ("parts.json", "part"),
    ("matters.json", "matter"),
    ("clauses", "clause"),
    ("schedules", "schedule"),
    ("terms", "term"),
    ("questions", "question"),
    ("rules", "rule"),
    ("profiles", "profile"),
)


@dataclass(frozen=True, slots=True, kw_only=True)
class ClauseLibrary:
    """The whole library, validated and cross-checked; `version` is a content hash."""

    root: Path
    version: str
    parts: tuple[Part, ...]
    clauses: tuple[Clause, ...]
    schedules: tuple[ScheduleDef, ...]
    terms_by_id: Mapping[TermId, Term]
    steps: tuple[Step, ...]
    questions: tuple[Question, ...]
    rules_by_id: Mapping[RuleId, Rule]
    profiles_by_id: Mapping[ProfileId, Profile]
    matters_by_id: Mapping[str, Matter] = field(default_factory=dict)
    clauses_by_id: Mapping[ClauseId, Clause] = field(default_factory=dict)
    questions_by_id: Mapping[QuestionId, Question] = field(default_factory=dict)

    def profile(self, name_or_code: str) -> Profile:
        """The profile for an ISO code or a country name, case-insensitive.

        Raises LibraryError L105 listing the known countries."""
        wanted = _fold(name_or_code)
        for profile in self.profiles_by_id.values():
            names = {profile.id, *profile.names.values(), *profile.aliases}
            if wanted in {_fold(n) for n in names}:
                return profile
        known = ", ".join(f"{p.id} ({p.names.get('en', '')})" for p in self.profiles_by_id.values())
        raise LibraryError(
            Code.UNKNOWN_PROFILE,
            f"There is no country profile for {name_or_code!r}.",
            hint=f"Known countries: {known}.",
        )

    @property
    def rules(self) -> tuple[Rule, ...]:
        return tuple(self.rules_by_id.values())


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.strip().casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def load_library(root: Path) -> ClauseLibrary:
    """Read, validate and cross-check the library under `root` (the clauses/ folder).

    Collects every problem in every file, then raises once: SchemaViolation (S201) for
    schema failures, LibraryError for bad JSON or broken cross-references."""
    root = Path(root)
    files = tuple(_read_files(root))
    version = hashlib.sha256(
        b"".join(rel.encode() + b"\0" + text.encode() + b"\0" for rel, _, text in files)
    ).hexdigest()[:16]
    return _load_unchanged(root, version, files)


# Validating every file against its schema is most of the cost of a load; a library whose
# files have not changed (same content hash) was valid before and is the same library.
@functools.lru_cache(maxsize=8)
def _load_unchanged(
    root: Path, version: str, files: tuple[tuple[str, str, str], ...]
) -> ClauseLibrary:
    problems: list[Problem] = []
    documents: dict[str, list[tuple[str, JSONValue]]] = {schema: [] for _, schema in _KINDS}
    for rel, schema, text in files:
        try:
            data = json.loads(text)
        except json.JSONDecodeError as exc:
            problems.append(
                Problem(
                    code=Code.BAD_JSON,
                    message=f"not valid JSON: {exc.msg} (line {exc.lineno}, column {exc.colno})",
                    location=Location(file=rel),
                )
            )
            continue
        found = validate(data, schema, rel, root / "schemas")
        problems.extend(found)
        if not found:
            documents[schema].append((rel, data))
    if problems:
        raise SchemaViolation(
            Code.SCHEMA_VIOLATION
            if all(p.code is Code.SCHEMA_VIOLATION for p in problems)
            else Code.BAD_JSON,
            f"The clause library has {len(problems)} problem(s) in its files.",
            problems=tuple(problems),
            hint="Fix every problem listed; each names the file and the JSON path.",
        )
    library = _build(root, version, documents)
    from drafting.crosscheck import crosscheck_library

    crosscheck_library(library)
    return library


def _read_files(root: Path) -> list[tuple[str, str, str]]:
    if not (root / "schemas").is_dir():
        raise LibraryError(
            Code.FILE_MISSING,
            f"{root} is not a clause library: it has no schemas/ folder.",
            location=Location(file=str(root)),
            hint="Point to the repository's clauses/ folder (config CLAUSES_DIR).",
        )
    files = []
    for name, schema in _KINDS:
        path = root / name
        paths = [path] if name.endswith(".json") else sorted(path.glob("*.json"))
        if not paths or not paths[0].exists():
            raise LibraryError(
                Code.FILE_MISSING,
                f"The clause library has no {name}.",
                location=Location(file=name),
            )
        for p in paths:
            files.append((p.relative_to(root).as_posix(), schema, p.read_text(encoding="utf-8")))
    return files


def _unique(items: Iterator[Any], kind: str) -> dict[Any, Any]:
    """Index objects by id; a duplicate raises L103 naming both places."""
    out: dict[Any, Any] = {}
    for item in items:
        if item.id in out:
            first = out[item.id]
            raise LibraryError(
                Code.DUPLICATE_ID,
                f"The {kind} id {item.id!r} is used twice.",
                location=Location(file=item.origin.file, json_path=item.origin.json_path),
                hint=f"It is first defined at {first.origin}. Ids are never reused.",
            )
        out[item.id] = item
    return out


def _entries(
    documents: list[tuple[str, JSONValue]], key: str, build: Callable[[JSONValue, Origin], _T]
) -> Iterator[_T]:
    """Build every entry of the list `key` in each file, located by file and JSON path."""
    for rel, data in documents:
        for i, entry in enumerate(data[key]):
            yield build(entry, Origin(file=rel, json_path=f"$.{key}[{i}]"))


def _build(root: Path, version: str, docs: dict[str, list[tuple[str, JSONValue]]]) -> ClauseLibrary:
    parts = tuple(
        sorted(
            (
                Part(id=PartId(p["id"]), order=p["order"], heading=p["heading"])
                for _, data in docs["part"]
                for p in data["parts"]
            ),
            key=lambda p: p.order,
        )
    )
    clauses = list(_entries(docs["clause"], "clauses", _clause))
    schedules = list(_entries(docs["schedule"], "schedules", _schedule))
    _unique(iter([*clauses, *schedules]), "clause or schedule")
    terms = _unique(_entries(docs["term"], "terms", _term), "term")
    steps = sorted(
        ((d["step"]["order"], rel, d) for rel, d in docs["question"]), key=lambda t: (t[0], t[1])
    )
    questions = [
        _question(q, d["step"]["id"], Origin(file=rel, json_path=f"$.questions[{i}]"))
        for _, rel, d in steps
        for i, q in enumerate(d["questions"])
    ]
    rules = _unique(_entries(docs["rule"], "rules", _rule), "rule")
    profiles = _unique(
        (_profile(p, Origin(file=rel, json_path="$")) for rel, p in docs["profile"]), "profile"
    )
    matters = _unique(_entries(docs["matter"], "matters", _matter), "matter")
    clauses.sort(key=lambda c: c.order)
    schedules.sort(key=lambda s: s.order)
    return ClauseLibrary(
        root=root,
        version=version,
        parts=parts,
        clauses=tuple(clauses),
        schedules=tuple(schedules),
        terms_by_id=terms,
        steps=tuple(
            Step(id=d["step"]["id"], order=o, title=d["step"]["title"]) for o, _, d in steps
        ),
        questions=tuple(questions),
        rules_by_id=rules,
        profiles_by_id=profiles,
        matters_by_id=matters,
        clauses_by_id={c.id: c for c in clauses},
        questions_by_id=_unique(iter(questions), "question"),
    )


# --- JSON -> objects, after schema validation ---------------------------------------------


def condition_from_json(obj: JSONValue | None) -> Condition:
    """A condition from its JSON form (already schema-valid); None means always."""
    if obj is None:
        return ALWAYS
    if "all" in obj:
        return AllOf(conditions=tuple(condition_from_json(c) for c in obj["all"]))
    if "any" in obj:
        return AnyOf(conditions=tuple(condition_from_json(c) for c in obj["any"]))
    if "not" in obj:
        return Not(condition=condition_from_json(obj["not"]))
    if "rule" in obj:
        return RuleRef(rule_id=RuleId(obj["rule"]))
    if "always" in obj:
        return Always(value=obj["always"])
    if "power" in obj:
        return PowerCheck(matter=obj["power"])
    if "instrument" in obj:
        return InstrumentCheck(kind=obj["instrument"])
    subject: AnswerRef | FactRef = (
        AnswerRef(question_id=QuestionId(obj["answer"]))
        if "answer" in obj
        else FactRef(path=obj["profile"])
    )
    (op_name,) = (k for k in obj if k not in ("answer", "profile"))
    return Compare(subject=subject, operator=Operator(op_name), operand=_operand(obj[op_name]))


def _operand(obj: JSONValue) -> Operand:
    if isinstance(obj, dict):
        if "answer" in obj:
            return AnswerRef(question_id=QuestionId(obj["answer"]))
        return FactRef(path=obj["profile"])
    return Literal(value=tuple(obj) if isinstance(obj, list) else obj)


def _parameter(obj: JSONValue) -> Parameter:
    source: AnswerRef | FactRef | Literal
    if "answer" in obj:
        source = AnswerRef(question_id=QuestionId(obj["answer"]))
    elif "profile" in obj:
        source = FactRef(path=obj["profile"])
    else:
        source = Literal(value=obj["value"])
    return Parameter(
        name=obj["name"], type=ParameterType(obj["type"]), source=source, unit=obj.get("unit")
    )


def _block(obj: JSONValue, origin: Origin) -> Block:
    return Block(
        key=obj.get("key"),
        include_when=condition_from_json(obj.get("include_when")),
        text=obj.get("text", {}),
        items=tuple(
            _block(item, Origin(file=origin.file, json_path=f"{origin.json_path}.items[{i}]"))
            for i, item in enumerate(obj.get("items", ()))
        ),
        after=obj.get("after", {}),
        is_definitions=obj.get("definitions", False),
        figure=obj.get("figure"),
        suspends=tuple(obj.get("suspends", ())),
        origin=origin,
    )


def _clause(obj: JSONValue, origin: Origin) -> Clause:
    variants = []
    for i, v in enumerate(obj["variants"]):
        vpath = f"{origin.json_path}.variants[{i}]"
        variants.append(_variant(v, Origin(file=origin.file, json_path=vpath)))
    return Clause(
        id=ClauseId(obj["id"]),
        topic=obj["topic"],
        part=PartId(obj["part"]),
        order=obj["order"],
        include_when=condition_from_json(obj.get("include_when")),
        power=obj["power"],
        instruments=tuple(InstrumentKind(k) for k in obj.get("instruments", ("regulation",))),
        sources=tuple(obj["sources"]),
        heading=obj.get("heading"),
        parameters=tuple(_parameter(p) for p in obj.get("parameters", ())),
        variants=tuple(variants),
        origin=origin,
    )


def _variant(obj: JSONValue, origin: Origin) -> Variant:
    return Variant(
        id=obj["id"],
        when=condition_from_json(obj.get("when")),
        power=obj.get("power"),
        heading=obj.get("heading"),
        sources=tuple(obj.get("sources", ())),
        body=tuple(
            _block(b, Origin(file=origin.file, json_path=f"{origin.json_path}.body[{i}]"))
            for i, b in enumerate(obj["body"])
        ),
        origin=origin,
    )


def _schedule(obj: JSONValue, origin: Origin) -> ScheduleDef:
    body: list[Block | Table] = []
    for i, item in enumerate(obj["body"]):
        item_origin = Origin(file=origin.file, json_path=f"{origin.json_path}.body[{i}]")
        if "table" in item:
            table = item["table"]
            body.append(
                Table(
                    columns=tuple(table["columns"]),
                    rows=tuple(
                        (condition_from_json(r.get("include_when")), tuple(r["cells"]))
                        for r in table.get("rows", ())
                    ),
                    rows_from=table.get("rows_from", {}).get("param"),
                    fields=tuple(table.get("rows_from", {}).get("fields", ())),
                    origin=item_origin,
                )
            )
        else:
            body.append(_block(item, item_origin))
    return ScheduleDef(
        id=ClauseId(obj["id"]),
        topic=obj["topic"],
        order=obj["order"],
        include_when=condition_from_json(obj.get("include_when")),
        power=obj["power"],
        sources=tuple(obj["sources"]),
        heading=obj["heading"],
        parameters=tuple(_parameter(p) for p in obj.get("parameters", ())),
        body=tuple(body),
        origin=origin,
    )


def _term(obj: JSONValue, origin: Origin) -> Term:
    return Term(
        id=TermId(obj["id"]),
        label=obj["label"],
        relation=obj.get("relation", "means"),
        meaning=obj["meaning"],
        sources=tuple(obj["sources"]),
        party=obj.get("party"),
        origin=origin,
    )


def _question(obj: JSONValue, step: str, origin: Origin) -> Question:
    return Question(
        id=QuestionId(obj["id"]),
        step=step,
        type=QuestionType(obj["type"]),
        label=obj["label"],
        help=obj["help"],
        ask_when=condition_from_json(obj.get("ask_when")),
        has_default="default" in obj,
        default=_value(obj.get("default")),
        defaults=tuple(
            ConditionalDefault(when=condition_from_json(d["when"]), value=_value(d["value"]))
            for d in obj.get("defaults", ())
        ),
        options=tuple(
            Option(value=o["value"], label=o["label"], text=o.get("text"))
            for o in obj.get("options", ())
        ),
        minimum=obj.get("min"),
        maximum=obj.get("max"),
        unit=obj.get("unit"),
        columns=tuple(
            Column(
                id=c["id"],
                type=QuestionType(c["type"]),
                label=c["label"],
                minimum=c.get("min"),
                maximum=c.get("max"),
            )
            for c in obj.get("columns", ())
        ),
        min_rows=obj.get("min_rows", 0),
        max_rows=obj.get("max_rows"),
        shift_years_with=(
            (QuestionId(obj["shift_years_with"]["question"]), obj["shift_years_with"]["from"])
            if "shift_years_with" in obj
            else None
        ),
        origin=origin,
    )


def _value(obj: JSONValue) -> Value:
    """JSON answer or fact value -> Value: lists become tuples (of strings or of rows)."""
    if isinstance(obj, list):
        return tuple(dict(v) if isinstance(v, dict) else v for v in obj)
    return obj  # type: ignore[no-any-return]


def _rule(obj: JSONValue, origin: Origin) -> Rule:
    return Rule(
        id=RuleId(obj["id"]),
        kind=RuleKind(obj["kind"]),
        when=condition_from_json(obj["when"]),
        rationale=obj["rationale"],
        message=obj.get("message", {}),
        questions=tuple(QuestionId(q) for q in obj.get("questions", ())),
        sources=tuple(obj.get("sources", ())),
        origin=origin,
    )


def _facts(tree: Mapping[str, JSONValue], prefix: str = "") -> Iterator[Fact]:
    for name, node in tree.items():
        path = f"{prefix}{name}"
        if "value" in node and "source" in node:
            yield Fact(
                path=path,
                value=_value(node["value"]),
                source=node["source"],
                verify=node.get("verify", False),
                note=node.get("note", ""),
            )
        else:
            yield from _facts(node, f"{path}.")


def _level(obj: JSONValue) -> LevelForm:
    return LevelForm(
        label=obj["label"],
        numbering=obj["numbering"],
        eid_prefix=obj["eid_prefix"],
        first_label=obj.get("first_label"),
        referred_by=obj.get("referred_by"),
    )


def _instrument_form(inst: JSONValue) -> InstrumentForm:
    return InstrumentForm(
        type=inst["type"],
        name=inst["name"],
        cover=tuple(inst.get("cover", ())),
        number_line=inst.get("number_line", {}),
        title=inst["title"],
        subtitle=tuple(inst.get("subtitle", ())),
        above_title=tuple(inst.get("above_title", ())),
        signature_after_schedules=inst.get("signature_after_schedules", False),
        self_name=inst["self"],
        arrangement_heading=inst.get("arrangement_heading"),
        preamble=tuple(
            PreambleLine(
                role=line["role"],
                text=line["text"],
                include_when=condition_from_json(line.get("include_when")),
            )
            for line in inst["preamble"]
        ),
        signature=tuple(inst["signature"]),
        explanatory_note=inst.get("explanatory_note"),
        maker=inst.get("maker", ""),
    )


_LEVELS = ("part", "section", "subsection", "paragraph", "subparagraph", "schedule")


def _form(form: JSONValue) -> Form:
    definition = form["definition"]
    return Form(
        levels={name: _level(form[name]) for name in _LEVELS},
        definition=DefinitionForm(
            intro=definition["intro"],
            entry=definition["entry"],
            relations=definition["relations"],
            separator=definition["separator"],
            end=definition["end"],
            numbering=definition["numbering"],
            label=definition["label"],
            capitalize=definition.get("capitalize", False),
            order_language=definition.get("order_language"),
        ),
        references=form["references"],
        powers_join=form["powers_join"],
        money=form["money"],
        thousands_separator=form["thousands_separator"],
        section_layout=form.get("section_layout", "label-with-heading"),
        working_days=form.get("working_days", False),
        figures_after_words=(
            tuple(form["figures_after_words"]) if "figures_after_words" in form else None
        ),
    )


def _bill_form(form: JSONValue, override: JSONValue) -> Form:
    """The bill's form: the regulation's, with the levels, references and layout it changes."""
    merged = dict(form)
    for key, value in override.items():
        if key == "references":
            merged[key] = {
                lang: {**form["references"].get(lang, {}), **templates}
                for lang, templates in {**form["references"], **value}.items()
            }
        else:
            merged[key] = value
    return _form(merged)


def _law(key: str, obj: JSONValue) -> Law:
    return Law(
        key=key,
        title=obj["title"],
        recital=obj["recital"],
        provision=obj["provision"],
        cited=obj["cited"],
        source=obj["source"],
        verify=obj.get("verify", False),
    )


def _power(key: str, obj: JSONValue) -> Power:
    return Power(
        key=key,
        law=obj["law"],
        cite=obj["cite"],
        holder=obj["holder"],
        conditions=obj.get("conditions"),
        matters=tuple(obj["matters"]),
        description=obj["description"],
        source=obj["source"],
        verify=obj.get("verify", False),
    )


def _sanction(key: str, obj: JSONValue) -> Sanction:
    return Sanction(
        key=key,
        type=SanctionType(obj["type"]),
        law=obj.get("law", ""),
        cite=obj["cite"],
        description=obj["description"],
        covers=tuple(obj.get("covers", ())),
        clauses=tuple(obj.get("clauses", ())),
        holders=tuple(obj.get("holders", ())),
        general=obj.get("general", False),
        max_fine=obj.get("max_fine"),
        max_imprisonment_years=obj.get("max_imprisonment_years"),
        source=obj["source"],
        verify=obj.get("verify", False),
    )


def _bill(obj: JSONValue, form: JSONValue) -> BillForm:
    power = obj["regulation_power"]
    return BillForm(
        instrument=_instrument_form(obj["instrument"]),
        form=_bill_form(form, obj.get("form", {})),
        law=_law("bill", obj["law"]),
        regulation_power=RegulationPower(
            heading=power["heading"],
            text=power["text"],
            particular=power["particular"],
            conditions=power.get("conditions"),
            source=power["source"],
        ),
        reserved=tuple(obj.get("reserved", ())),
        facts={f.path: f for f in _facts(obj.get("facts", {}))},
        term_labels=obj.get("term_labels", {}),
        term_meanings=obj.get("term_meanings", {}),
        sources=tuple(obj["sources"]),
    )


def _matter(obj: JSONValue, origin: Origin) -> Matter:
    return Matter(
        id=obj["id"],
        label=obj["label"],
        delegation=obj.get("delegation"),
        incidental=obj.get("incidental", False),
        elsewhere=obj.get("elsewhere"),
        description=obj["description"],
    )


def _profile(obj: JSONValue, origin: Origin) -> Profile:
    return Profile(
        id=ProfileId(obj["code"]),
        names=obj["names"],
        aliases=tuple(obj.get("aliases", ())),
        languages=tuple(obj["languages"]),
        official_languages=tuple(obj["official_languages"]),
        untranslated_languages=tuple(obj.get("untranslated_languages", ())),
        legal_family=obj["legal_family"],
        instrument=_instrument_form(obj["instrument"]),
        form=_form(obj["form"]),
        laws={key: _law(key, law) for key, law in obj["laws"].items()},
        holders=obj["holders"],
        powers={key: _power(key, p) for key, p in obj["powers"].items()},
        sanctions={key: _sanction(key, s) for key, s in obj["sanctions"].items()},
        bill=_bill(obj["bill"], obj["form"]),
        facts={f.path: f for f in _facts(obj["facts"])},
        answer_defaults={k: _value(v) for k, v in obj.get("answer_defaults", {}).items()},
        term_labels=obj.get("term_labels", {}),
        term_meanings=obj.get("term_meanings", {}),
        term_adopted=obj.get("term_adopted", {}),
        part_headings=obj.get("part_headings", {}),
        translator_labels=TranslatorLabels(**obj["translator_column"])
        if "translator_column" in obj
        else None,
        sources=tuple(obj["sources"]),
        origin=Origin(file=origin.file, json_path="$"),
    )
