"""Language alignment (ALN001-ALN004): the English and French Rwandan order compared
provision by provision, as models, as our parallel Word document and as a parallel
document a drafter typed; and the parallel importer."""

from __future__ import annotations

import io
from collections.abc import Sequence
from decimal import Decimal

import pytest
from docx import Document

from drafting.checker.alignment import CHECKS, figures, references
from drafting.checker.context import Context
from drafting.checker.document import build
from drafting.importer.parallel import import_parallel
from drafting.library import ClauseLibrary
from drafting.model import Instrument
from drafting.render.docx import render_docx
from drafting.render.parallel import render_docx_parallel
from tests.checker.edits import drop, retext


def _aligned(doc: Instrument, other: Instrument) -> list[tuple[str, str]]:
    ctx = Context(build(doc), other=build(other))
    return [(f.rule, f.provision) for check in CHECKS for f in check(ctx)]


# --- figures and references ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        pytest.param("within thirty (30) days", "en", {30: 1}, id="words-and-digits-once"),
        pytest.param("within thirty days", "en", {30: 1}, id="words"),
        pytest.param("dans les trente jours", "fr", {30: 1}, id="french-words"),
        pytest.param("cent quatre-vingts (180) jours", "fr", {180: 1}, id="french-compound"),
        pytest.param("quatre-vingt-cinq et vingt-cinq", "fr", {85: 1, 25: 1}, id="french-hyphens"),
        pytest.param("twenty-five days", "en", {25: 1}, id="english-hyphen"),
        pytest.param("ciento ochenta (180) días", "es", {180: 1}, id="spanish-compound"),
        pytest.param("two hundred thousand penalty units", "en", {200000: 1}, id="en-thousands"),
        pytest.param("1 000 volts and 25 per cent", "en", {1000: 1, 25: 1}, id="grouped"),
        pytest.param("1.000 voltios y 0,5 %", "es", {1000: 1, Decimal("0.5"): 1}, id="es-grouped"),
        pytest.param("25 pour cent", "fr", {25: 1}, id="pour-cent-is-no-hundred"),
        pytest.param("une personne et un producteur", "fr", {}, id="articles-are-no-figures"),
        pytest.param("under regulation 19 (1) for 90 days", "en", {90: 1}, id="refs-left-out"),
        pytest.param("Article 61 of Law n° 48/2018", "en", {61: 1, 48: 1, 2018: 1}, id="law"),
    ],
)
def test_figures(text: str, language: str, expected: dict[object, int]) -> None:
    found = figures(text, language)

    assert dict(found) == {Decimal(k).normalize(): v for k, v in expected.items()}  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("text", "section", "expected"),
    [
        pytest.param("regulation 21 (1)", "5", [(("21", "1"), False)], id="sub-provision"),
        pytest.param(
            "regulations 8, 9 and 12", "5", [((n,), False) for n in ("8", "9", "12")], id="list"
        ),
        pytest.param("subregulation (2)", "7", [(("7", "2"), False)], id="relative"),
        pytest.param("paragraph 5 of Article 8", "3", [(("8", "5"), False)], id="paragraph-of"),
        pytest.param("l'alinéa 2 du présent article", "9", [(("9", "2"), False)], id="alinea"),
        pytest.param("el párrafo 1 del artículo 23", "4", [(("23", "1"), False)], id="parrafo"),
        pytest.param("section 55 of the Act", "5", [(("55",), True)], id="external"),
        pytest.param(
            "Articles 177 to 179 of Law n° 22/2018",
            "5",
            [((n,), True) for n in ("177", "178", "179")],
            id="external-range",
        ),
        pytest.param(
            "Articles 50 and 52 (fines) and Articles 56 and 57 (offences) of Law n° 48/2018",
            "5",
            [((n,), True) for n in ("50", "52", "56", "57")],
            id="external-chain",
        ),
        pytest.param("Annex II and the First Schedule", "5",
                     [(("schedule", "2"), False), (("schedule", "1"), False)], id="schedules"),
    ],
)  # fmt: skip
def test_references(text: str, section: str, expected: list[tuple[tuple[str, ...], bool]]) -> None:
    found = references(text, section)

    assert [(r.path, r.external) for r in found] == expected


# --- the Rwandan pair ------------------------------------------------------------------------


def test_our_english_and_french_orders_are_aligned(rw_en: Instrument, rw_fr: Instrument) -> None:
    assert _aligned(rw_en, rw_fr) == []
    assert _aligned(rw_fr, rw_en) == []


def test_a_changed_figure_is_reported_where_it_is(rw_en: Instrument, rw_fr: Instrument) -> None:
    edited = retext(rw_en, "art_21__subsec_1", "one hundred and eighty (180) days", "ninety days")

    assert _aligned(edited, rw_fr) == [("ALN002", "21(1)")]


def test_a_figure_in_digits_matches_the_same_in_words(rw_en: Instrument, rw_fr: Instrument) -> None:
    edited = retext(rw_en, "art_21__subsec_1", "one hundred and eighty (180) days", "180 days")

    assert _aligned(edited, rw_fr) == []


def test_a_dropped_provision_is_reported(rw_en: Instrument, rw_fr: Instrument) -> None:
    french = drop(rw_fr, "art_43")

    assert _aligned(rw_en, french) == [("ALN001", "43")]
    assert _aligned(french, rw_en) == [("ALN001", "")]


def test_a_changed_cross_reference_is_reported(rw_en: Instrument, rw_fr: Instrument) -> None:
    french = retext(rw_fr, "art_5__subsec_1__para_4", "l'article 24", "l'article 25")

    assert _aligned(french, rw_en) == [("ALN003", "5(1)(4°)")]


def test_a_dropped_paragraph_changes_the_counts(rw_en: Instrument, rw_fr: Instrument) -> None:
    french = drop(rw_fr, "art_4__para_5")

    assert _aligned(rw_en, french) == [("ALN004", "4")]


def test_no_other_version_no_finding(zm: Instrument) -> None:
    ctx = Context(build(zm))

    assert [f for check in CHECKS for f in check(ctx)] == []


# --- parallel Word documents -----------------------------------------------------------------


@pytest.mark.slow
def test_our_parallel_document_imports_as_two_aligned_versions(
    library: ClauseLibrary, rw_en: Instrument, rw_fr: Instrument
) -> None:
    data = render_docx_parallel([rw_en, rw_fr], translator=library.profile("RW").translator_labels)

    english, french = import_parallel(data) or ()

    assert (english.language, french.language) == ("en", "fr")
    assert english.title.startswith("MINISTERIAL ORDER")
    assert french.title.startswith("ARRÊTÉ")
    for imported, model in ((english, rw_en), (french, rw_fr)):
        got, want = build(imported), build(model)
        assert [u.cite for u in got.units] == [u.cite for u in want.units]
        assert len(got.definitions) == len(want.definitions) == 33
    assert _aligned(english, french) == []


@pytest.mark.slow
def test_a_figure_changed_in_our_parallel_document_is_found(
    rw_en: Instrument, rw_fr: Instrument
) -> None:
    french = retext(rw_fr, "art_21__subsec_1", "(180)", "(120)")
    data = render_docx_parallel([rw_en, french])

    english, imported = import_parallel(data) or ()

    assert _aligned(english, imported) == [("ALN002", "21(1)")]


def test_a_single_language_document_is_not_parallel(zm: Instrument) -> None:
    assert import_parallel(render_docx(zm)) is None


def test_a_file_that_is_not_word_is_not_parallel() -> None:
    assert import_parallel(b"not a zip file") is None


def _typed(rows: Sequence[tuple[str, ...]], heading: tuple[str, ...] | None = None) -> bytes:
    """A parallel document as a drafter types it: a table of one column per language, each
    cell's lines typed as plain paragraphs."""
    document = Document()
    document.add_paragraph("MINISTERIAL ORDER N° 5 / ARRÊTÉ MINISTÉRIEL N° 5")
    table = document.add_table(rows=0, cols=len(rows[0]))
    for texts in [*([heading] if heading else []), *rows]:
        cells = table.add_row().cells
        for cell, text in zip(cells, texts, strict=True):
            lines = text.split("\n")
            cell.paragraphs[0].text = lines[0]
            for line in lines[1:]:
                cell.add_paragraph(line)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


_TYPED = [
    ("CHAPTER ONE: GENERAL PROVISIONS", "CHAPITRE PREMIER : DISPOSITIONS GÉNÉRALES"),
    (
        "Article One: Purpose\nThis Order determines the management of e-waste.",
        "Article premier : Objet\nLe présent arrêté détermine la gestion des DEEE.",
    ),
    (
        "Article 2: Registration\nEvery producer must register with the Authority within "
        "thirty (30) days.\nThe Authority must keep the register under Article 3.",
        "Article 2 : Enregistrement\nTout producteur doit s'enregistrer auprès de l'Office dans "
        "un délai de trente (30) jours.\nL'Office tient le registre prévu à l'article 3.",
    ),
    (
        "Article 3: Register\nThe register is public and kept for five (5) years.",
        "Article 3 : Registre\nLe registre est public et conservé pendant cinq (5) ans.",
    ),
]


def test_a_typed_parallel_document_imports_by_its_numbers() -> None:
    english, french = import_parallel(_typed(_TYPED)) or ()

    assert (english.language, french.language) == ("en", "fr")
    assert (
        [s.num for s in english.sections()]
        == [s.num for s in french.sections()]
        == [
            "1",
            "2",
            "3",
        ]
    )
    assert _aligned(english, french) == []


def test_a_typed_parallel_document_with_language_headings() -> None:
    rows = [*_TYPED[:2], (_TYPED[2][0], _TYPED[2][1].replace("(30)", "(60)")), _TYPED[3]]

    english, french = import_parallel(_typed(rows, ("ENGLISH", "FRANÇAIS"))) or ()

    assert _aligned(english, french) == [("ALN002", "2(1)")]


def test_a_translators_column_of_notes_is_not_the_english_version() -> None:
    """A Kinyarwanda column whose cells still carry the English note left for the official
    translator: the English version is the column that numbers the provisions."""
    note = "[Kinyarwanda text to be supplied by the official translator]"
    rows = [
        (f"UMUTWE WA MBERE\n{note}", *_TYPED[0]),
        *((f"Ingingo ya {n}:\n{note}", *pair) for n, pair in enumerate(_TYPED[1:], start=1)),
    ]

    english, french = import_parallel(_typed(rows)) or ()

    assert (english.language, french.language) == ("en", "fr")
    assert [s.num for s in english.sections()] == ["1", "2", "3"]
    assert _aligned(english, french) == []
