"""The command line: countries, questions, build, check, validate, codes
(`python -m drafting`)."""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from drafting.answers import default_for, validate_answers
from drafting.assemble import assemble
from drafting.basis import question_notes
from drafting.errors import AnswersError, Code, DraftingError, LibraryError, RenderError
from drafting.library import ClauseLibrary, load_library
from drafting.model import (
    Instrument,
    InstrumentKind,
    Profile,
    QuestionId,
    Value,
    facts_to_verify,
)
from drafting.render.akn import render_akn
from drafting.render.docx import render_docx
from drafting.render.html import render_html_page
from drafting.render.parallel import render_docx_parallel
from drafting.rules import evaluate
from drafting.serialize import dumps

EXIT_OK, EXIT_FOUND, EXIT_USAGE = 0, 1, 2


def default_clauses_dir() -> Path:
    """CLAUSES_DIR from the environment, else the repository's clauses/ beside the package."""
    return Path(os.environ.get("CLAUSES_DIR") or Path(__file__).resolve().parent.parent / "clauses")


def main(argv: Sequence[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    try:
        return int(args.handler(args))
    except AnswersError as exc:
        _report(exc)
        return EXIT_USAGE
    except LibraryError as exc:
        _report(exc)
        return EXIT_FOUND if args.command == "validate" else EXIT_USAGE
    except DraftingError as exc:
        _report(exc)
        return EXIT_USAGE
    except OSError as exc:
        print(f"error: {exc.strerror}: {exc.filename}", file=sys.stderr)
        return EXIT_USAGE


_SHOWN_PROBLEMS = 40


def _report(exc: DraftingError) -> None:
    """The error, its first problems and its hint; a long list ends with a count."""
    lines = [f"error: {exc.message} [{exc.code}]"]
    lines += [f"  - {p}" for p in exc.problems[:_SHOWN_PROBLEMS]]
    hidden = len(exc.problems) - _SHOWN_PROBLEMS
    if hidden > 0:
        lines.append(
            f"  ... and {hidden} more (`python -m drafting validate --json` lists them all)"
        )
    if exc.hint:
        lines.append(exc.hint)
    print("\n".join(lines), file=sys.stderr)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="ewaste-draft",
        description="Draft e-waste (WEEE) regulations from the model clause library.",
    )
    parser.add_argument(
        "--clauses",
        type=Path,
        default=None,
        help="the clause library folder (default: CLAUSES_DIR or the repository's clauses/)",
    )
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("countries", help="list the country profiles")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=_countries)

    p = sub.add_parser("questions", help="the question catalogue for a country, with its defaults")
    p.add_argument("--country", required=True)
    p.add_argument("--lang", default=None)
    p.add_argument(
        "--answers",
        type=Path,
        default=None,
        help="answers that decide the notes on powers (outside_powers: bill or list)",
    )
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=_questions)

    p = sub.add_parser("build", help="assemble a draft: .docx, .json (model), .html, .xml (AKN)")
    p.add_argument("--country", required=True)
    p.add_argument(
        "--answers",
        type=Path,
        default=None,
        help="a JSON object {question_id: value}; omitted: all defaults",
    )
    p.add_argument("--out", type=Path, required=True)
    p.add_argument(
        "--lang",
        default=None,
        help="language of the draft; several, comma-separated (en,fr or en,fr,rw): side by side",
    )
    p.add_argument(
        "--clean", action="store_true", help="Word: no drafting-notes annex (the clean copy)"
    )
    p.add_argument(
        "--instrument",
        choices=[k.value for k in InstrumentKind],
        default=InstrumentKind.REGULATION.value,
        help="the regulation (default), or its companion bill for what the regulation has no "
        "power to do (answer outside_powers = bill)",
    )
    p.set_defaults(handler=_build)

    p = sub.add_parser(
        "check",
        help="consistency report on a Word file (.docx) or a draft model (.json): exit 0 no "
        "errors, 1 errors found, 2 unusable input",
    )
    p.add_argument("file", type=Path)
    p.add_argument("--json", action="store_true", help="the report as JSON (design.md)")
    p.add_argument(
        "--country",
        default=None,
        help="the country whose enabling law applies (default: recognised from the document)",
    )
    p.add_argument(
        "--other",
        type=Path,
        default=None,
        help="the same instrument in another language, to check that the versions agree",
    )
    p.set_defaults(handler=_check)

    p = sub.add_parser(
        "diff",
        help="clause-aware diff of two drafts (.json or .docx); --out x.html or x.docx: a redline",
    )
    p.add_argument("old", type=Path)
    p.add_argument("new", type=Path)
    p.add_argument("--json", action="store_true", help="the changes as JSON (docs/diff.md)")
    p.add_argument("--out", type=Path, default=None, help="x.html (redline page) or x.docx")
    p.add_argument("--author", default="ewaste-draft", help="author of the Word tracked changes")
    p.set_defaults(handler=_diff)

    p = sub.add_parser(
        "renumber",
        help="renumber an edited Word draft and repair its cross-references, as tracked "
        "changes: exit 0 all resolved, 1 unresolved references listed, 2 unusable input",
    )
    p.add_argument("edited", type=Path)
    p.add_argument("--out", type=Path, required=True, help="the repaired document (.docx)")
    p.add_argument("--json", action="store_true", help="the report as JSON (docs/renumber.md)")
    p.add_argument(
        "--author", default="Drafting assistant", help="author of the Word tracked changes"
    )
    p.set_defaults(handler=_renumber)

    p = sub.add_parser("validate", help="validate the whole clause library and the profiles")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=_validate)

    p = sub.add_parser("codes", help="the table of error codes (Markdown)")
    p.set_defaults(handler=_codes)
    return parser


def _library(args: argparse.Namespace) -> ClauseLibrary:
    return load_library(args.clauses or default_clauses_dir())


def _check(args: argparse.Namespace) -> int:
    from drafting.checker.files import check_files

    library = _library(args)
    profile = library.profile(args.country) if args.country else None
    report = check_files(
        args.file.read_bytes(),
        args.file.name,
        library=library,
        profile=profile,
        other=(args.other.read_bytes(), args.other.name) if args.other else None,
    )
    if args.json:
        print(json.dumps(report.to_json(), ensure_ascii=False, indent=2))
    else:
        print(report.to_text())
    return report.exit_code


def _diff(args: argparse.Namespace) -> int:
    from drafting.diff.cli import run_diff

    return run_diff(
        args.old,
        args.new,
        library=_library(args),
        json_out=args.json,
        out=args.out,
        author=args.author,
    )


def _renumber(args: argparse.Namespace) -> int:
    from drafting.renumber.cli import run_renumber

    return run_renumber(args.edited, args.out, author=args.author, json_out=args.json)


def _countries(args: argparse.Namespace) -> int:
    library = _library(args)
    rows = [
        {
            "code": p.id,
            "name": p.names.get("en", p.id),
            "names": dict(p.names),
            "languages": list(p.languages),
            "instrument_type": p.instrument.type,
            "legal_family": p.legal_family,
        }
        for p in library.profiles_by_id.values()
    ]
    if args.json:
        print(json.dumps(rows, ensure_ascii=False, indent=2))
    else:
        for r in rows:
            print(
                f"{r['code']}  {r['name']:<12} {r['instrument_type']:<22} "
                f"{', '.join(r['languages'])}"
            )
    return EXIT_OK


def catalogue_defaults(
    library: ClauseLibrary, profile: Profile
) -> dict[QuestionId, tuple[bool, bool, Value]]:
    """For each question: (asked when every answer is its default, has a default, default)."""
    values: dict[QuestionId, Value] = {}
    out: dict[QuestionId, tuple[bool, bool, Value]] = {}
    for question in library.questions:
        asked = evaluate(question.ask_when, values, profile, library.rules_by_id)
        has_default, default = default_for(library, profile, question, values)
        if asked and has_default:
            values[question.id] = default
        out[question.id] = (asked, has_default, default)
    return out


def _questions(args: argparse.Namespace) -> int:
    library = _library(args)
    profile = library.profile(args.country)
    lang = args.lang or profile.languages[0]
    defaults = catalogue_defaults(library, profile)
    given = _read_answers(args.answers)
    values = {q: d for q, (_, has, d) in defaults.items() if has}
    if isinstance(given, dict):
        values.update({QuestionId(k): v for k, v in given.items()})
    notes = question_notes(library, profile, values, lang)
    steps = {s.id: s for s in library.steps}
    rows: list[dict[str, Any]] = []
    for q in library.questions:
        asked, has_default, default = defaults[q.id]
        row: dict[str, Any] = {
            "id": q.id,
            "step": q.step,
            "type": q.type.value,
            "label": q.label.get(lang, q.label.get("en")),
            "help": q.help.get(lang, q.help.get("en")),
            "asked_by_default": asked,
        }
        if q.id in notes:
            row["power_note"] = notes[q.id]
        if has_default:
            row["default"] = json.loads(json.dumps(default, default=list))
        if q.options:
            row["options"] = [
                {"value": o.value, "label": o.label.get(lang, o.label.get("en"))} for o in q.options
            ]
        for name, value in (("min", q.minimum), ("max", q.maximum), ("unit", q.unit)):
            if value is not None:
                row[name] = value
        if q.columns:
            row["columns"] = [
                {"id": c.id, "type": c.type.value, "label": c.label.get(lang, c.label.get("en"))}
                for c in q.columns
            ]
        rows.append(row)
    if args.json:
        print(json.dumps(rows, ensure_ascii=False, indent=2))
        return EXIT_OK
    current = None
    for row in rows:
        if row["step"] != current:
            current = row["step"]
            print(f"\n== {steps[current].title.get(lang, current)}")
        shown = (
            json.dumps(row.get("default"), ensure_ascii=False)
            if "default" in row
            else "(no default)"
        )
        flag = "" if row["asked_by_default"] else "  [asked only for some answers]"
        print(f"  {row['id']} ({row['type']}) = {shown}{flag}\n      {row['label']}")
        if "power_note" in row:
            print(f"      ! {row['power_note']}")
    return EXIT_OK


def _read_answers(path: Path | None) -> object:
    if path is None:
        return {}
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as exc:
        raise AnswersError(
            Code.BAD_ANSWERS_FILE,
            f"{path} is not valid JSON: {exc.msg} (line {exc.lineno}, column {exc.colno}).",
        ) from exc


def _build(args: argparse.Namespace) -> int:
    library = _library(args)
    profile = library.profile(args.country)
    suffix = args.out.suffix.lower()
    if suffix not in (".docx", ".json", ".html", ".xml"):
        raise RenderError(
            Code.UNSUPPORTED_FORMAT,
            f"Cannot write {args.out.name}: the format comes from the extension, "
            ".docx, .json, .html or .xml (Akoma Ntoso).",
        )
    languages = [lang.strip() for lang in (args.lang or "").split(",") if lang.strip()]
    if len(languages) > 1:
        return _build_parallel(args, library, profile, languages)
    answers = validate_answers(library, profile, _read_answers(args.answers), args.lang)
    instrument = assemble(library, profile, answers, args.lang, InstrumentKind(args.instrument))
    if suffix == ".docx":
        args.out.write_bytes(render_docx(instrument, drafting_notes=not args.clean))
    elif suffix == ".xml":
        args.out.write_bytes(render_akn(instrument))
    elif suffix == ".html":
        args.out.write_text(render_html_page(instrument), encoding="utf-8")
    else:
        args.out.write_text(dumps(instrument), encoding="utf-8")
    for qid in answers.ignored:
        print(
            f"note: the answer to {qid} is not used: "
            "the other answers leave that question unasked.",
            file=sys.stderr,
        )
    print(_summary(args.out, instrument), file=sys.stderr)
    return EXIT_OK


def _build_parallel(
    args: argparse.Namespace, library: ClauseLibrary, profile: Profile, languages: list[str]
) -> int:
    """`--lang en,fr[,rw]`: the languages side by side in Word, one row per article."""
    translator = profile.translator_labels
    with_translator = translator is not None and translator.language in languages
    written = [lang for lang in languages if not (translator and lang == translator.language)]
    if args.out.suffix.lower() != ".docx" or (len(written) < 2 and not with_translator):
        raise RenderError(
            Code.UNSUPPORTED_FORMAT,
            "Languages side by side (--lang with a comma) are written to .docx only, "
            "with at least two languages.",
            hint=f"For {profile.id}: --lang {','.join(profile.languages)}.",
        )
    answers = validate_answers(library, profile, _read_answers(args.answers), written[0])
    kind = InstrumentKind(args.instrument)
    instruments = [assemble(library, profile, answers, lang, kind) for lang in written]
    payload = render_docx_parallel(
        instruments,
        translator=translator if with_translator else None,
        drafting_notes=not args.clean,
    )
    args.out.write_bytes(payload)
    print(_summary(args.out, instruments[0]), file=sys.stderr)
    return EXIT_OK


def _summary(out: Path, instrument: Instrument) -> str:
    sections = instrument.sections()
    definitions = sum(1 for s in sections for c in s.children if c.definition)
    verify = len({f.path for f in facts_to_verify(instrument)})
    lines = [
        f"Wrote {out}: {instrument.kind.value}, {len(sections)} provisions in "
        f"{len(instrument.body)} parts, {len(instrument.schedules)} schedules, "
        f"{definitions} definitions; {verify} country facts marked for the drafter to verify."
    ]
    unsanctioned = sum(1 for e in instrument.sanctions if not e.sanction)
    if unsanctioned:
        lines.append(f"note: {unsanctioned} duties have no sanction (see the drafting notes).")
    outside = [d for d in instrument.displaced if d.placement != "bill"]
    if instrument.kind is InstrumentKind.REGULATION and outside:
        lines.append(
            f"note: {len(outside)} provisions are left out (outside the regulation's powers or "
            "belonging to other instruments; listed in the drafting notes)."
        )
    if instrument.companion:
        lines.append(f"note: companion instrument: {instrument.companion}.")
    return "\n".join(lines)


def _validate(args: argparse.Namespace) -> int:
    try:
        library = _library(args)
    except LibraryError as exc:
        if args.json:
            print(
                json.dumps(
                    {
                        "valid": False,
                        "code": exc.code.value,
                        "message": exc.message,
                        "problems": [
                            {
                                "code": p.code.value,
                                "message": p.message,
                                "location": str(p.location),
                            }
                            for p in exc.problems
                        ],
                    },
                    ensure_ascii=False,
                    indent=2,
                )
            )
            return EXIT_FOUND
        raise
    summary: dict[str, Any] = {
        "valid": True,
        "version": library.version,
        "clauses": len(library.clauses),
        "schedules": len(library.schedules),
        "terms": len(library.terms_by_id),
        "questions": len(library.questions),
        "rules": len(library.rules_by_id),
        "profiles": sorted(library.profiles_by_id),
    }
    if args.json:
        print(json.dumps(summary, indent=2))
    else:
        print(
            f"The clause library is valid (version {library.version}): "
            f"{summary['clauses']} clauses, {summary['schedules']} schedules, "
            f"{summary['terms']} terms, {summary['questions']} questions, "
            f"{summary['rules']} rules, profiles {', '.join(summary['profiles'])}."
        )
    return EXIT_OK


def _codes(args: argparse.Namespace) -> int:
    print("# Error codes\n\n| code | name |\n|---|---|")
    for code in Code:
        print(f"| {code.value} | {code.name} |")
    return EXIT_OK
