"""Drafting style: one duty word throughout, no "and/or", no vague terms, no gendered
pronouns for persons. All warnings: a drafting office's house rules, not errors of law."""

from __future__ import annotations

import re
from collections.abc import Iterator

from drafting.checker.alignment import figures
from drafting.checker.context import Context
from drafting.checker.obligations import Duty, duties, names_person, term_keys
from drafting.checker.report import Finding

# --- STY001: shall, must and will ------------------------------------------------------------

_FORMS = {"shall": "shall", "must": "must", "will": "will"}
# Duties whose word is a matter of the sentence's grammar, not of the house's choice: a
# requirement on a document ("which shall include"), a future ("how the producer will").
_NOT_DUTIES = {"document", "relative", "future"}


def check_duty_words(ctx: Context) -> Iterator[Finding]:
    """STY001: an English instrument that imposes duties with more than one of "shall",
    "must" and "will"; each provision using a less frequent word is reported once."""
    if ctx.doc.language != "en":
        return
    used: dict[str, list[Duty]] = {}
    for duty in duties(ctx):
        form = _FORMS.get(duty.word.lower())
        if form is not None and duty.kind not in _NOT_DUTIES:
            used.setdefault(form, []).append(duty)
    if len(used) < 2:
        return
    # the house word: the most used; on a tie, the first used
    house = max(used, key=lambda f: (len(used[f]), -used[f][0].unit.index))
    counts = ", ".join(f'"{f}" {len(d)} times' for f, d in used.items())
    seen: set[str] = set()
    for form, found in used.items():
        if form == house:
            continue
        for duty in found:
            if duty.unit.eid in seen:
                continue
            seen.add(duty.unit.eid)
            yield ctx.finding(
                "STY001",
                duty.unit,
                f'{duty.unit.cite} imposes a duty with "{form}" where the instrument uses '
                f'"{house}" for its duties ({counts}).',
                evidence=_around(duty.unit.text, duty.start, duty.start + len(duty.word)),
                suggestion=f'Use "{house}" for every duty, as the rest of the instrument does.',
            )


# --- STY002: and/or --------------------------------------------------------------------------

_AND_OR = re.compile(
    r"\b(?:and\s*/\s*or|or\s*/\s*and|y\s*/\s*o|o\s*/\s*y|et\s*/\s*ou|ou\s*/\s*et)\b",
    re.IGNORECASE,
)
_INSTEAD = {
    "en": '"A or B, or both", or "A or B" (which includes both)',
    "es": '"A o B, o ambos"',
    "fr": '"A ou B, ou les deux"',
}


def check_and_or(ctx: Context) -> Iterator[Finding]:
    """STY002: "and/or", "y/o", "et/ou": the reader cannot tell which is meant."""
    for unit in ctx.doc.units:
        m = _AND_OR.search(unit.text) if "/" in unit.text else None
        if m is not None:
            yield ctx.finding(
                "STY002",
                unit,
                f'{unit.cite} uses "{m.group(0)}", which leaves unclear whether both '
                "alternatives may apply together.",
                evidence=_around(unit.text, m.start(), m.end()),
                suggestion=f"Say {_INSTEAD.get(ctx.layer.language, _INSTEAD['en'])}.",
            )


# --- STY003: vague terms ---------------------------------------------------------------------

# Words a drafting office sends back: a standard with no measure, a list left open. Terms
# of art with a settled meaning are left alone ("where appropriate", "as soon as
# practicable", "reasonable", "le cas échéant", "a la brevedad posible"), and so are the
# administration's undertakings to seek cooperation ("endeavour to", "s'efforce de",
# "procurará"); Spanish "adecuado" is "appropriate", not "adequate".
_VAGUE = {
    "en": r"as soon as possible|as far as possible|where possible|if possible|to the extent "
    r"possible|etc\.?|and so on|and the like|best efforts|reasonable efforts|best endeavours|"
    r"reasonable endeavours|in due course|in a timely manner",
    "fr": r"dans la mesure du possible|si possible|autant que possible|dès que possible|le plus "
    r"tôt possible|etc\.?|et ainsi de suite|meilleurs efforts|efforts raisonnables|"
    r"en temps utile",
    "es": r"en la medida de lo posible|si es posible|siempre que sea posible|lo antes posible|"
    r"cuanto antes|etc\.?|y así sucesivamente|mejores esfuerzos|esfuerzos razonables|"
    r"en su debido momento|a su debido tiempo",
}
# Adjectives of degree are vague only with nothing to measure them by: "a significant
# difference", but not "sufficient to finance", "suffisant compte tenu de", "adecuado al".
_DEGREE = {
    "en": re.compile(
        r"\b(adequate|sufficient|significant|substantial)\s+(?!to\b|for\b|in\b)[a-z]+\b"
        r"(?!\s+(?:to|for|having regard|in relation)\b)",
        re.IGNORECASE,
    ),
    "fr": re.compile(
        r"(?<!écologiquement )\b[a-zà-ÿ]+\s+(adéquate?s?|suffisante?s?|significati(?:f|ve|fs|ves)"
        r"|substantielle?s?)\b(?!\s*(?:pour|à|au|aux|compte tenu|eu égard|par rapport)\b)",
        re.IGNORECASE,
    ),
    "es": re.compile(
        r"\b[a-záéíóúñ]+\s+(suficientes?|significativ[oa]s?|sustancial(?:es)?)\b"
        r"(?!\s*(?:para|a|al|a los|a las|teniendo en cuenta|en relación)\b)",
        re.IGNORECASE,
    ),
}
_DEGREE_ROOTS = ("adequa", "sufficient", "significant", "substantial", "adéqua", "suffisan",
                 "significati", "substanti", "suficiente", "sustancial")  # fmt: skip
_VERBS_BEFORE = re.compile(
    r"(?i)^(?:is|are|be|been|not|remain|make|made|es|son|sea|sean|resulte|resulten|ser|estar|"
    r"hacer|est|sont|soit|soient|ne|pas|no|rendre|rend|rendent|rester|être)$"
)


def check_vague_terms(ctx: Context) -> Iterator[Finding]:
    """STY003: vague terms; one finding per provision, naming the first."""
    lang = ctx.layer.language
    vague = re.compile(rf"(?<![\w-])(?:{_VAGUE.get(lang, _VAGUE['en'])})(?![\w-])", re.I)
    degree = _DEGREE.get(lang, _DEGREE["en"])
    for unit in ctx.doc.body_units():
        found = _vague(unit.text, vague, degree)
        if found is None:
            continue
        words, start, end = found
        yield ctx.finding(
            "STY003",
            unit,
            f'{unit.cite} uses "{words}", which gives no measure a person can comply with or '
            "a court can apply.",
            evidence=_around(unit.text, start, end),
            suggestion="State the measure: a period in days, a quantity, a standard or the "
            "criteria the authority applies; or close the list.",
        )


def _vague(
    text: str, vague: re.Pattern[str], degree: re.Pattern[str]
) -> tuple[str, int, int] | None:
    m = vague.search(text)
    if m is not None:
        return m.group(0), m.start(), m.end()
    low = text.lower()
    if not any(root in low for root in _DEGREE_ROOTS):
        return None
    for d in degree.finditer(text):
        before = text[: d.start()].split()
        word = d.group(0).split()[0]
        # "is not sufficient", "sea adecuado": said of a thing, measured by the sentence
        if _VERBS_BEFORE.match(word) or (before and _VERBS_BEFORE.match(before[-1])):
            continue
        return d.group(0), d.start(), d.end()
    return None


# --- STY004: gendered pronouns ---------------------------------------------------------------

_GENDERED = {
    "en": re.compile(r"\b(he|him|his|himself|she|her|hers|herself)\b", re.IGNORECASE),
    # the stressed pronouns only: "por cuenta de él", "traiter par lui"; "lui verser" (to
    # him or her) and "elle" agreeing with "la personne" say nothing of a gender
    "es": re.compile(r"(?<![\w])(él|ella)(?![\w])", re.IGNORECASE),
    "fr": re.compile(
        r"\b(?:par|pour|avec|sans|envers|contre|chez|de|à|sur|entre)\s+(lui|elle)\b"
        r"(?!\s+seule?\b)",
        re.IGNORECASE,
    ),
}
# "he or she", "his or her", "él o ella", "il ou elle": both genders named
_BOTH = re.compile(
    r"\b(?:he or she|she or he|his or her|her or his|him or her|her or him|himself or herself"
    r"|herself or himself|him or herself|her or himself|he/she|she/he|s/he|his/her|him/her"
    r"|él o ella|ella o él|il ou elle|elle ou il|lui ou elle|elle ou lui)\b",
    re.IGNORECASE,
)
_NOUN_BEFORE = {
    "es": re.compile(
        r"\b(el|la|los|las|un|una|del|al|todo|toda|cada|cualquier|ningún|ninguna|dicho|dicha"
        r"|este|esta|su|sus)\s+(?:(?:presente|mismo|misma|citado|citada)\s+)?([a-záéíóúñ]+)",
        re.IGNORECASE,
    ),
    "fr": re.compile(
        r"\b(le|la|les|un|une|du|au|aux|des|tout|toute|chaque|aucun|aucune|ce|cet|cette|son|sa"
        r"|l['\u2019])\s*(?:(?:présente?|même)\s+)?([a-zà-ÿ]+)",
        re.IGNORECASE,
    ),
}
# The determiners that agree with each pronoun: "él" stands for "el productor", never for
# "los registros" or "la zona".
_AGREES = {
    "él": {"el", "un", "del", "al", "todo", "cada", "cualquier", "ningún", "dicho", "este", "su"},
    "ella": {"la", "una", "toda", "cada", "cualquier", "ninguna", "dicha", "esta", "su"},
    "lui": {"le", "un", "du", "au", "tout", "chaque", "aucun", "ce", "cet", "son", "l'", "l\u2019"},
    "elle": {"la", "une", "toute", "chaque", "aucune", "cette", "sa", "son", "l'", "l\u2019"},
}
# Nouns of one grammatical gender for persons of any: "la persona ... ella" is agreement.
_EPICENE = {"persona", "personas", "personne", "personnes", "víctima", "victime"}


def check_gendered_pronouns(ctx: Context) -> Iterator[Finding]:
    """STY004: a pronoun of one gender for a person ("the producer ... his"); in Spanish and
    French a stressed pronoun ("por cuenta de él", "traité par lui") whose nearest noun is
    a person, since their other pronouns follow the grammatical gender of the noun."""
    lang = ctx.layer.language
    pattern = _GENDERED.get(lang, _GENDERED["en"])
    terms = term_keys(ctx) if lang in _NOUN_BEFORE else []
    for unit in ctx.doc.body_units():
        if not pattern.search(unit.text):
            continue
        text = _BOTH.sub(lambda m: " " * len(m.group(0)), unit.text)
        for m in pattern.finditer(text):
            word = m.group(1) if m.lastindex else m.group(0)
            if lang in _NOUN_BEFORE and not _refers_to_person(
                ctx, text[: m.start()], word.lower(), terms
            ):
                continue
            yield ctx.finding(
                "STY004",
                unit,
                f'{unit.cite} refers to a person as "{word}", a pronoun of one gender.',
                evidence=_around(unit.text, m.start(), m.end()),
                suggestion=_NEUTRAL.get(lang, _NEUTRAL["en"]),
            )
            break


_NEUTRAL = {
    "en": 'Repeat the noun ("the producer\'s"), or write "he or she", "his or her".',
    "es": 'Repeat the noun ("por cuenta del adherente"), or write "él o ella".',
    "fr": 'Repeat the noun ("par cet opérateur"), or write "lui ou elle".',
}


def _refers_to_person(
    ctx: Context, before: str, pronoun: str, terms: list[tuple[str, ...]]
) -> bool:
    """Whether the nearest noun before a pronoun, in its sentence, that agrees with it in
    gender and number names a person of no set gender."""
    lang = ctx.layer.language
    sentence = re.split(r"[.;:]\s", before)[-1]
    for noun in reversed(list(_NOUN_BEFORE[lang].finditer(sentence))):
        if noun.group(1).lower() not in _AGREES.get(pronoun, set()) or figures(noun.group(2), lang):
            continue  # "los registros" for "él"; "los veinte (20) días": a number
        if noun.group(2).lower() in _EPICENE:
            return False
        return names_person(ctx, noun.group(0), terms)
    return False


def _around(text: str, start: int, end: int) -> str:
    begin = max(0, start - 100)
    begin = text.rfind(" ", 0, begin) + 1 if begin else 0
    return text[begin : end + 100]


CHECKS = (check_duty_words, check_and_or, check_vague_terms, check_gendered_pronouns)

__all__ = ["CHECKS"]
