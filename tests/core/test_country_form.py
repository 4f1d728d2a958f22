"""Each country's current form (issue 13, item 5): what its drafting office expects to see."""

from __future__ import annotations

import re

import pytest

from drafting.formats import normalise_periods, working_days
from drafting.model import ParamText, plain_text
from drafting.references import _PLURALS, _merge, references_in
from drafting.text import _collation_key, to_must
from tests.factories import make_example


def definitions(instrument):
    interpretation = next(s for s in instrument.sections() if s.source == "interpretation")
    return [c for c in interpretation.children if c.definition is not None]


def test_rwandan_definitions_share_one_order_across_languages(library):
    english = definitions(make_example(library, "RW", "en"))
    french = definitions(make_example(library, "RW", "fr"))

    assert [d.definition.term for d in english] == [d.definition.term for d in french]
    assert [d.label for d in english] == [d.label for d in french]
    # English alphabetical order; the French labels follow it, not their own alphabet.
    labels = [d.definition.label for d in english]
    assert labels == sorted(labels, key=_collation_key)
    french_labels = [d.definition.label for d in french]
    assert french_labels != sorted(french_labels, key=_collation_key)


def test_rwandan_english_uses_must_and_figures_after_words(library):
    order = make_example(library, "RW", "en")
    text = " ".join(plain_text(p.content) for s in order.sections() for p in (s, *s.children))

    assert text.count(" must ") > 50
    assert " must not " in text
    assert " shall register" not in text
    assert "(30) days" in text or "(14) days" in text


@pytest.mark.parametrize(
    ("written", "rwandan"),
    [
        ("A producer shall register.", "A producer must register."),
        ("No person shall burn e-waste.", "No person may burn e-waste."),
        ("no operator shall accept it", "no operator may accept it"),
        (
            "No person who collects e-waste shall keep it for longer than the period.",
            "No person who collects e-waste may keep it for longer than the period.",
        ),
        (
            "(b) no producer of the category shall refuse",
            "(b) no producer of the category may refuse",
        ),
        (
            "No later than 31 March, the Authority shall publish it.",
            "No later than 31 March, the Authority must publish it.",
        ),
        (
            "An applicant shall register; no fee shall be charged.",
            "An applicant must register; no fee may be charged.",
        ),
        ("The operator shall not export it.", "The operator must not export it."),
        ("The licence shall be deemed granted.", "The licence shall be deemed granted."),
        (
            "This Article shall not apply to households.",
            "This Article shall not apply to households.",
        ),
        (
            "A person who contravenes it shall be liable",
            "A person who contravenes it shall be liable",
        ),
    ],
)
def test_duties_become_must_and_statuses_keep_shall(written, rwandan):
    assert to_must(written) == rwandan


def test_rwandan_title_line_carries_the_number(library):
    order = make_example(library, "RW", "en")

    assert order.number_line == ""
    assert order.title.startswith("MINISTERIAL ORDER N° ___/MoE/2026 OF ___/___/2026 GOVERNING")


def test_zambian_regulations_write_subregulation(library):
    regulations = make_example(library, "ZM")
    text = " ".join(plain_text(p.content) for s in regulations.sections() for p in (s, *s.children))

    assert "subregulation (" in text
    assert "sub-regulation" not in text
    assert regulations.explanatory_note == ""
    assert regulations.signature_after_schedules
    assert regulations.above_title == (
        "The Environmental Management Act, 2011 (Act No. 12 of 2011)",
    )


@pytest.mark.parametrize(
    ("days", "working"), [(30, 20), (14, 10), (90, 60), (7, 5), (180, 120), (60, 45)]
)
def test_calendar_days_become_the_usual_working_day_steps(days, working):
    assert working_days(days) == working


def test_paraguayan_periods_are_working_days(library):
    decree = make_example(library, "PY")
    periods = [
        inline.text
        for s in decree.sections()
        for p in _walk(s)
        for inline in (*p.content, *p.after)
        if isinstance(inline, ParamText) and "días" in inline.text
    ]

    assert periods, "the decree sets periods in days"
    assert all(text.endswith("días hábiles") or text.endswith("día hábil") for text in periods)
    assert "veinte (20) días hábiles" in periods


def _walk(provision):
    yield provision
    for child in provision.children:
        yield from _walk(child)


@pytest.mark.parametrize(
    ("country", "lang", "own"),
    [
        ("ZM", "en", "subregulation ({n})"),
        ("RW", "en", "paragraph {n} of this Article"),
        ("RW", "fr", "l'alinéa {n} du présent article"),
    ],
)
def test_a_sub_provision_cites_its_own_parts_without_naming_itself(library, country, lang, own):
    draft = make_example(library, country, lang)

    found = 0
    for section in draft.sections():
        for unit in section.children:
            if unit.level.value != "subsection":
                continue
            for reference in references_in(unit):
                assert own.format(n=unit.num) not in reference.text, (unit.eid, reference.text)
                found += reference.eid.startswith(unit.eid)
    assert found, "the example has references within a sub-provision"


@pytest.mark.parametrize(
    ("lang", "first", "second", "merged"),
    [
        (
            "en",
            "paragraph 1 of this Article",
            "paragraph 4 of this Article",
            ("paragraphs 1", "4 of this Article"),
        ),
        ("en", "regulation 30", "regulation 31", ("regulations 30", "31")),
        ("en", "Subregulation (1)", "subregulation (4)", ("Subregulations (1)", "(4)")),
        (
            "fr",
            "l'alinéa 2 de l'article 47",
            "l'alinéa 3 de l'article 47",
            ("les alinéas 2", "3 de l'article 47"),
        ),
        ("es", "el artículo 5°", "el artículo 9°", ("los artículos 5°", "9°")),
        ("en", "paragraph 2 of Article 25", "Article 32", None),
        ("en", "paragraph 1 of Article 4", "paragraph 1 of Article 5", None),
    ],
)
def test_two_references_differing_in_their_number_are_cited_once(lang, first, second, merged):
    assert _merge(first, second, _PLURALS[lang]) == merged


def test_rwanda_cites_two_paragraphs_of_one_article_once(library):
    order = make_example(library, "RW", "en")

    texts = [plain_text(p.content) for s in order.sections() for p in (s, *s.children)]
    assert any("paragraphs 1 and 4 of this Article" in t for t in texts)
    assert not any("of this Article and paragraph" in t for t in texts)


@pytest.mark.parametrize(
    ("text", "lang", "figures", "working", "expected"),
    [
        (
            "within thirty days, for two years",
            "en",
            True,
            False,
            "within thirty (30) days, for two (2) years",
        ),
        ("within thirty days", "en", False, False, "within thirty days"),
        (
            "dentro de los catorce (14) días",
            "es",
            True,
            True,
            "dentro de los diez (10) días hábiles",
        ),
        ("ciento ochenta días", "es", True, True, "ciento veinte (120) días hábiles"),
        ("veinte (20) días hábiles", "es", True, True, "veinte (20) días hábiles"),
        ("doce (12) meses", "es", True, True, "doce (12) meses"),
    ],
)
def test_periods_written_in_the_text_follow_the_countrys_form(
    text, lang, figures, working, expected
):
    assert normalise_periods(text, lang, figures, working) == expected


def test_no_calendar_days_remain_in_paraguay(library):
    decree = make_example(library, "PY")
    text = " ".join(plain_text(p.content) for s in decree.sections() for p in _walk(s))

    assert not re.search(r"\(\d+\) días(?! hábiles)", text)


def test_rwanda_prohibition_after_an_opening_phrase_reads_may() -> None:
    from drafting.text import to_must

    assert to_must("As a stricter measure, no person shall export hazardous e-waste.") == (
        "As a stricter measure, no person may export hazardous e-waste."
    )
    assert to_must("A producer shall register, and no later than 30 days shall notify.") == (
        "A producer must register, and no later than 30 days must notify."
    )
