"""`python -m bench`: the Word renderer against bare python-docx writing the same paragraphs,
and a download of the largest example draft through the web application; then the
consistency checker's cost as a draft grows (`bench/checker_cost.py`) and its precision and
recall on its quality corpus (`bench/checker_quality.py`); then the clause-aware diff of two
300-regulation drafts against difflib's word diff (`bench/diff_cost.py`).

Every figure is the best of several runs, and each ratio compares two timings of this same
run on this same machine, so the ratios travel between machines where seconds do not."""

from __future__ import annotations

import io
import json
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import docx

from bench import checker_cost, checker_quality, diff_cost
from drafting.answers import validate_answers
from drafting.assemble import assemble
from drafting.library import ClauseLibrary, load_library
from drafting.model import Instrument
from drafting.render.docx import render_docx

ROOT = Path(__file__).resolve().parent.parent
CLAUSES = ROOT / "clauses"
TARGET_RATIO = 1.5
TARGET_DOWNLOAD_SECONDS = 1.0


def best_of(runs: int, work: Callable[[], object]) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return min(times)


def largest_example(lib: ClauseLibrary) -> tuple[str, dict[str, object], Instrument]:
    """The example answers whose draft has the most paragraphs."""
    best: tuple[int, str, dict[str, object], Instrument] | None = None
    for path in sorted((CLAUSES / "examples").glob("*.json")):
        raw = json.loads(path.read_text(encoding="utf-8"))
        profile = lib.profile(path.stem)
        instrument = assemble(lib, profile, validate_answers(lib, profile, raw))
        size = len(docx.Document(io.BytesIO(render_docx(instrument))).paragraphs)
        if best is None or size > best[0]:
            best = (size, profile.id, raw, instrument)
    assert best is not None
    return best[1], best[2], best[3]


def paragraphs_of(payload: bytes) -> list[list[str]]:
    """The text of each run of each body paragraph of a Word file."""
    document = docx.Document(io.BytesIO(payload))
    return [[run.text for run in p.runs] for p in document.paragraphs]


def write_bare(paragraphs: list[list[str]]) -> bytes:
    """The baseline: python-docx writing the same paragraphs and runs, nothing more."""
    document = docx.Document()
    for runs in paragraphs:
        paragraph = document.add_paragraph()
        for text in runs:
            paragraph.add_run(text)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def lib_languages(app: object, country: str) -> tuple[str, ...]:
    """The first language of the country: the download a drafter gets by default."""
    return app.extensions["clause_library"].profile(country).languages[:1]  # type: ignore[attr-defined,no-any-return]


def download_seconds(country: str, answers: dict[str, object]) -> float:
    """A first (uncached) GET of the draft's .docx through the web application."""
    from app import create_app
    from drafting.store import operations
    from drafting.web import documents
    from drafting.web.extensions import db

    with tempfile.TemporaryDirectory() as folder:
        app = create_app(
            {"DATABASE_URL": f"sqlite:///{folder}/bench.sqlite", "SECRET_KEY": "bench"}
        )
        with app.app_context():
            import flask_migrate

            flask_migrate.upgrade()
            user = operations.create_user(
                db.session, email="b@example.org", password="bench password"
            )
            workspace = operations.create_workspace(db.session, "Bench")
            operations.add_member(db.session, workspace, user, "drafter")
            _token, plain = operations.create_token(db.session, user, "bench")
            draft = operations.create_draft(
                db.session,
                user,
                workspace=workspace,
                country=country,
                title="Bench",
                languages=list(lib_languages(app, country)),
                answers=answers,
                library_version="bench",
            )
            db.session.commit()
            draft_id = draft.id
        client = app.test_client()
        headers = {"Authorization": f"Bearer {plain}"}
        times = []
        for _ in range(3):
            documents._cache.clear()  # measure the rendering, not the cache
            start = time.perf_counter()
            response = client.get(f"/api/v1/drafts/{draft_id}/document.docx", headers=headers)
            times.append(time.perf_counter() - start)
            assert response.status_code == 200, response.status_code
        with app.app_context():
            db.engine.dispose()
        return min(times)


def main() -> int:
    start = time.perf_counter()
    lib = load_library(CLAUSES)
    first_load = time.perf_counter() - start
    again = best_of(3, lambda: load_library(CLAUSES))
    country, answers, instrument = largest_example(lib)
    payload = render_docx(instrument)
    paragraphs = paragraphs_of(payload)
    ours = best_of(5, lambda: render_docx(instrument))
    bare = best_of(5, lambda: write_bare(paragraphs))
    ratio = ours / bare
    download = download_seconds(country, answers)
    runs = sum(map(len, paragraphs))
    print(f"largest example: {country}, {len(paragraphs)} paragraphs, {runs} runs")
    print(f"library load:          first {first_load:6.3f} s, unchanged again {again:6.3f} s")
    print(f"render_docx:           {ours:6.3f} s")
    print(f"bare python-docx:      {bare:6.3f} s")
    print(f"ratio:                 {ratio:6.2f}x   (target <= {TARGET_RATIO}x)")
    print(f"web download (.docx):  {download:6.3f} s  (target < {TARGET_DOWNLOAD_SECONDS} s)")
    ok = ratio <= TARGET_RATIO and download < TARGET_DOWNLOAD_SECONDS
    print("OK" if ok else "SLOWER THAN THE TARGET")
    print()
    print("consistency checker: cost (bench/checker_cost.py)")
    checker_cost.measure(lib)
    print()
    print("consistency checker: quality (bench/checker_quality.py)")
    quality = checker_quality.main(lib)
    print()
    print("clause-aware diff against difflib's word diff (bench/diff_cost.py)")
    diff_cost.measure(lib)
    return 0 if ok and quality == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
