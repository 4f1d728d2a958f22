"""Rwanda's parallel layout: languages side by side, one row per article, and a column
left visibly to the official translator for Kinyarwanda."""

from __future__ import annotations

import io
from dataclasses import replace

import docx
import pytest

from drafting.answers import validate_answers
from drafting.assemble import assemble
from drafting.errors import Code, RenderError
from drafting.render.parallel import render_docx_parallel


def both(mini, **raw):
    profile = mini.profile("RW")
    answers = validate_answers(mini, profile, raw)
    return [assemble(mini, profile, answers, lang) for lang in ("en", "fr")], profile


def rows(payload):
    table = docx.Document(io.BytesIO(payload)).tables[0]  # the others are drafting notes
    return [[cell.text for cell in row.cells] for row in table.rows]


def test_english_and_french_side_by_side_one_row_per_article(mini):
    instruments, _ = both(mini)

    got = rows(render_docx_parallel(instruments, drafting_notes=False))

    assert got[0] == ["ENGLISH", "FRANÇAIS"]
    article_one = next(r for r in got if r[0].startswith("Article One:"))
    assert article_one[1].startswith("Article premier : Titre")
    register = next(r for r in got if r[0].startswith("Article 3:"))
    assert "paragraph 1 of this Article" in register[0]
    assert "l'alinéa 1 du présent article" in register[1]
    sections = len(instruments[0].sections())
    parts = len(instruments[0].body)
    # language names, cover, preamble, parts, articles, signature, schedules
    assert len(got) == 1 + 1 + 1 + parts + sections + 1 + len(instruments[0].schedules)


def test_kinyarwanda_column_has_labels_and_is_left_to_the_translator(mini):
    instruments, profile = both(mini)

    got = rows(
        render_docx_parallel(
            instruments, translator=profile.translator_labels, drafting_notes=False
        )
    )

    pending = profile.translator_labels.pending
    assert got[0] == ["IKINYARWANDA", "ENGLISH", "FRANÇAIS"]
    assert "UMUTWE WA MBERE" in got[3][0]
    article_one = next(r for r in got if r[1].startswith("Article One:"))
    assert article_one[0] == f"Ingingo ya mbere:\n{pending}"
    article_three = next(r for r in got if r[1].startswith("Article 3:"))
    assert article_three[0].startswith("Ingingo ya 3:")
    assert all(pending in r[0] for r in got[1:])


def test_versions_that_do_not_align_are_refused(mini):
    instruments, _ = both(mini)
    shorter = replace(instruments[1], body=instruments[1].body[:-1])

    with pytest.raises(RenderError) as exc:
        render_docx_parallel([instruments[0], shorter])

    assert exc.value.code is Code.LANGUAGE_MISMATCH


def test_cli_writes_the_parallel_layout(mini, tmp_path, capsys):
    from drafting.cli import main

    out = tmp_path / "rw.docx"

    code = main(
        [
            "--clauses",
            str(mini.root),
            "build",
            "--country",
            "RW",
            "--lang",
            "rw,en,fr",
            "--out",
            str(out),
        ]
    )

    assert code == 0
    assert rows(out.read_bytes())[0] == ["IKINYARWANDA", "ENGLISH", "FRANÇAIS"]
    section = docx.Document(str(out)).sections[0]
    assert section.page_width > section.page_height
