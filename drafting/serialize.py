"""The draft model as JSON (`build --out x.json`) and back."""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import asdict
from typing import Any

from drafting.errors import Code, DraftingError, Location
from drafting.model import (
    ClauseId,
    CrossRef,
    Definition,
    Displaced,
    FactText,
    Inline,
    Instrument,
    InstrumentKind,
    ParamText,
    PowerUse,
    PreambleItem,
    ProfileId,
    Provenance,
    Provision,
    ProvisionLevel,
    SanctionEntry,
    Schedule,
    TableBlock,
    TermId,
    TermRef,
    Text,
    TimetableEntry,
    Value,
)

FORMAT = "ewaste-draft/1"


def instrument_to_json(instrument: Instrument) -> dict[str, Any]:
    """A JSON-ready dict of the whole draft model, provenance included."""
    return {
        "format": FORMAT,
        "country": instrument.country,
        "language": instrument.language,
        "instrument_type": instrument.instrument_type,
        "kind": instrument.kind.value,
        "companion": instrument.companion,
        "author": instrument.author,
        "answers_shown": dict(instrument.answers_shown),
        "section_layout": instrument.section_layout,
        "library_version": instrument.library_version,
        "cover": list(instrument.cover),
        "number_line": instrument.number_line,
        "title": instrument.title,
        "subtitle": list(instrument.subtitle),
        "above_title": list(instrument.above_title),
        "signature_after_schedules": instrument.signature_after_schedules,
        "arrangement_heading": instrument.arrangement_heading,
        "preamble": [{"role": p.role, "content": _inlines(p.content)} for p in instrument.preamble],
        "body": [_provision(p) for p in instrument.body],
        "schedules": [_schedule(s) for s in instrument.schedules],
        "signature": list(instrument.signature),
        "explanatory_note": instrument.explanatory_note,
        "provenance": [
            {
                "eid": p.eid,
                "clause_id": p.clause_id,
                "variant": p.variant,
                "rule": p.rule,
                "answers": _jsonable(p.answers),
                "sources": list(p.sources),
                "matter": p.matter,
                "power": p.power,
                "power_key": p.power_key,
                "verify": p.verify,
            }
            for p in instrument.provenance
        ],
        "basis": [_jsonable(asdict(u)) for u in instrument.basis],
        "sanctions": [asdict(e) for e in instrument.sanctions],
        "displaced": [_jsonable(asdict(d)) for d in instrument.displaced],
        "timetable": [_jsonable(asdict(t)) for t in instrument.timetable],
        "answers": _jsonable(instrument.answers),
    }


def dumps(instrument: Instrument) -> str:
    return json.dumps(instrument_to_json(instrument), ensure_ascii=False, indent=2) + "\n"


def _jsonable(value: Any) -> Any:
    if isinstance(value, Mapping):
        return {k: _jsonable(v) for k, v in value.items()}
    if isinstance(value, tuple | list):
        return [_jsonable(v) for v in value]
    return value


def _inlines(content: tuple[Inline, ...]) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    for inline in content:
        match inline:
            case Text(text=text):
                out.append({"text": text})
            case TermRef(term=term, text=text):
                out.append({"term": term, "text": text})
            case CrossRef(target=target, eid=eid, text=text, instrument=elsewhere):
                ref = {"ref": target, "eid": eid, "text": text}
                out.append({**ref, "instrument": elsewhere} if elsewhere else ref)
            case FactText(path=path, text=text, source=source, verify=verify):
                out.append({"fact": path, "text": text, "source": source, "verify": verify})
            case ParamText(name=name, type=kind, text=text, value=value):
                out.append({"param": name, "type": kind, "text": text, "value": value})
    return out


def _provision(p: Provision) -> dict[str, Any]:
    out: dict[str, Any] = {"eid": p.eid, "level": p.level.value, "num": p.num, "label": p.label}
    if p.heading is not None:
        out["heading"] = p.heading
    if p.content:
        out["content"] = _inlines(p.content)
    if p.children:
        out["children"] = [_provision(c) for c in p.children]
    if p.after:
        out["after"] = _inlines(p.after)
    if p.definition:
        d = p.definition
        out["definition"] = {"term": d.term, "label": d.label, "relation": d.relation}
    if p.source:
        out["source"] = p.source
    if p.key:
        out["key"] = p.key
    if p.figure:
        out["figure"] = p.figure
    return out


def _schedule(s: Schedule) -> dict[str, Any]:
    content: list[dict[str, Any]] = []
    for item in s.content:
        if isinstance(item, TableBlock):
            content.append(
                {"table": {"columns": list(item.columns), "rows": [list(r) for r in item.rows]}}
            )
        else:
            content.append(_provision(item))
    return {
        "eid": s.eid,
        "num": s.num,
        "label": s.label,
        "heading": s.heading,
        "referred_by": s.referred_by,
        "content": content,
        "source": s.source,
    }


# --- back from JSON ---------------------------------------------------------------------------


def instrument_from_json(data: Any, file: str = "") -> Instrument:
    """The draft model from its JSON form; raises DraftingError X501 when it is not one."""
    if not isinstance(data, Mapping) or data.get("format") != FORMAT:
        raise DraftingError(
            Code.UNSUPPORTED_FORMAT,
            f"{file or 'The file'} is not a draft model ({FORMAT}).",
            location=Location(file=file or None),
            hint="Build one with `python -m drafting build ... --out draft.json`.",
        )
    try:
        return Instrument(
            country=ProfileId(data["country"]),
            language=data["language"],
            instrument_type=data["instrument_type"],
            kind=InstrumentKind(data.get("kind", "regulation")),
            companion=data.get("companion", ""),
            author=data.get("author", ""),
            answers_shown=data.get("answers_shown", {}),
            section_layout=data.get("section_layout", "label-with-heading"),
            library_version=data.get("library_version", ""),
            cover=tuple(data.get("cover", ())),
            number_line=data.get("number_line", ""),
            title=data.get("title", ""),
            subtitle=tuple(data.get("subtitle", ())),
            above_title=tuple(data.get("above_title", ())),
            signature_after_schedules=data.get("signature_after_schedules", False),
            arrangement_heading=data.get("arrangement_heading", ""),
            preamble=tuple(
                PreambleItem(role=p["role"], content=_from_inlines(p["content"]))
                for p in data.get("preamble", ())
            ),
            body=tuple(_from_provision(p) for p in data["body"]),
            schedules=tuple(_from_schedule(s) for s in data.get("schedules", ())),
            signature=tuple(data.get("signature", ())),
            explanatory_note=data.get("explanatory_note", ""),
            provenance=tuple(
                Provenance(
                    eid=p["eid"],
                    clause_id=ClauseId(p["clause_id"]),
                    variant=p.get("variant"),
                    rule=p["rule"],
                    answers={k: _value(v) for k, v in p.get("answers", {}).items()},
                    sources=tuple(p.get("sources", ())),
                    matter=p.get("matter", ""),
                    power=p.get("power", ""),
                    power_key=p.get("power_key", ""),
                    verify=p.get("verify", False),
                )
                for p in data.get("provenance", ())
            ),
            basis=tuple(
                PowerUse(**{**u, "provisions": tuple(u["provisions"])})
                for u in data.get("basis", ())
            ),
            sanctions=tuple(SanctionEntry(**e) for e in data.get("sanctions", ())),
            displaced=tuple(
                Displaced(**{**d, "clause_id": ClauseId(d["clause_id"])})
                for d in data.get("displaced", ())
            ),
            timetable=tuple(
                TimetableEntry(
                    **{
                        **t,
                        "questions": tuple(t["questions"]),
                        "provisions": tuple(t["provisions"]),
                    }
                )
                for t in data.get("timetable", ())
            ),
            answers={k: _value(v) for k, v in data.get("answers", {}).items()},
        )
    except (KeyError, TypeError, ValueError) as exc:
        raise DraftingError(
            Code.UNSUPPORTED_FORMAT,
            f"{file or 'The draft model'} is damaged: {exc!s}.",
            location=Location(file=file or None),
        ) from exc


def _value(v: Any) -> Value:
    if isinstance(v, list):
        return tuple(dict(x) if isinstance(x, Mapping) else x for x in v)
    return v  # type: ignore[no-any-return]


def _from_inlines(items: list[dict[str, Any]]) -> tuple[Inline, ...]:
    out: list[Inline] = []
    for item in items:
        if "term" in item:
            out.append(TermRef(term=TermId(item["term"]), text=item["text"]))
        elif "ref" in item:
            out.append(
                CrossRef(
                    target=item["ref"],
                    eid=item.get("eid", ""),
                    text=item["text"],
                    instrument=item.get("instrument", ""),
                )
            )
        elif "fact" in item:
            out.append(
                FactText(
                    path=item["fact"],
                    text=item["text"],
                    source=item.get("source", ""),
                    verify=item.get("verify", False),
                )
            )
        elif "param" in item:
            out.append(
                ParamText(
                    name=item["param"],
                    type=item["type"],
                    text=item["text"],
                    value=item.get("value"),
                )
            )
        else:
            out.append(Text(text=item["text"]))
    return tuple(out)


def _from_provision(p: dict[str, Any]) -> Provision:
    d = p.get("definition")
    return Provision(
        eid=p["eid"],
        level=ProvisionLevel(p["level"]),
        num=p["num"],
        label=p["label"],
        heading=p.get("heading"),
        content=_from_inlines(p.get("content", [])),
        children=tuple(_from_provision(c) for c in p.get("children", ())),
        after=_from_inlines(p.get("after", [])),
        definition=Definition(term=TermId(d["term"]), label=d["label"], relation=d["relation"])
        if d
        else None,
        source=ClauseId(p["source"]) if p.get("source") else None,
        key=p.get("key"),
        figure=p.get("figure", ""),
    )


def _from_schedule(s: dict[str, Any]) -> Schedule:
    content: list[Provision | TableBlock] = []
    for item in s.get("content", ()):
        if "table" in item:
            table = item["table"]
            content.append(
                TableBlock(
                    columns=tuple(table["columns"]), rows=tuple(tuple(r) for r in table["rows"])
                )
            )
        else:
            content.append(_from_provision(item))
    return Schedule(
        eid=s["eid"],
        num=s["num"],
        label=s["label"],
        heading=s["heading"],
        referred_by=s.get("referred_by", ""),
        content=tuple(content),
        source=ClauseId(s["source"]) if s.get("source") else None,
    )
