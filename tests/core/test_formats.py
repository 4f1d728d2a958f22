"""Numbers, quantities and contractions in each language and numbering style."""

from __future__ import annotations

import pytest

from drafting.formats import contract, duration, format_number, join_list, percent


@pytest.mark.parametrize(
    ("n", "style", "lang", "expected"),
    [
        (9, "ordinal-sign", "es", "9°"),
        (10, "ordinal-sign", "es", "10"),
        (3, "degree", "fr", "3°"),
        (4, "roman", "en", "IV"),
        (14, "roman-lower", "en", "xiv"),
        (2, "alpha", "en", "b"),
        (27, "alpha", "en", "aa"),
        (1, "ordinal-words", "en", "First"),
        (3, "ordinal-words", "en", "Third"),
    ],
)
def test_number_styles(n, style, lang, expected):
    assert format_number(n, style, lang) == expected


@pytest.mark.parametrize(
    ("n", "unit", "lang", "expected"),
    [
        (30, "days", "en", "thirty days"),
        (1, "months", "en", "one month"),
        (30, "days", "es", "treinta (30) días"),
        (1, "months", "es", "un (1) mes"),
        (3, "years", "fr", "trois (3) ans"),
    ],
)
def test_durations(n, unit, lang, expected):
    assert duration(n, unit, lang) == expected


def test_percent_per_language():
    assert percent(45, "en") == "45 per cent"
    assert percent(45, "es") == "45\u00a0%"
    assert percent(12.5, "fr") == "12,5\u00a0%"


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("conforme a el artículo 7°", "es", "conforme al artículo 7°"),
        ("dentro de el plazo", "es", "dentro del plazo"),
        ("en application de le présent arrêté", "fr", "en application du présent arrêté"),
        ("conformément à le point 1°", "fr", "conformément au point 1°"),
        ("de l'article 4", "fr", "de l'article 4"),
    ],
)
def test_contractions(text, lang, expected):
    assert contract(text, lang) == expected


def test_lists_join_with_the_language_conjunction():
    assert join_list(["58", "63", "134"], "en") == "58, 63 and 134"
    assert join_list(["3", "27"], "fr") == "3 et 27"
    assert join_list(["madera", "hilo"], "es") == "madera e hilo"
    assert join_list(["agua", "hielo"], "es") == "agua y hielo"


def test_french_elides_de_before_un_and_une():
    assert contract("il relève de un règlement et de une loi", "fr") == (
        "il relève d'un règlement et d'une loi"
    )
