"""Enabling-law checks (`ultra-vires`): a regulation may only do what its parent law allows.

With the country's profile known (`--country`, or recognised from the document), and the
document a subordinate instrument (not the companion bill, which is primary legislation):

- VIR001 a fine above the ceiling the law sets for offences created by regulations;
- VIR002 a prison term above that ceiling (any prison term where the law allows none);
- VIR003 a decree (Paraguay) that sets fines, prison terms or offences of its own instead
  of referring to the sanctions regime of the law;
- VIR004 an enabling provision cited that the profile's powers do not list, or that
  belongs to another holder than the instrument's maker;
- VIR005 a power recited without the conditions of its exercise;
- VIR006 a provision on a matter that none of the powers the document cites covers;
- VIR007 administrative fines set by an order (Rwanda) that the law does not authorise.

The powers and sanctions are the profile's, as assembly uses them (`drafting.powers`):
`maker_powers`, the matters of `clauses/matters.json` and the clause library's headings.
The powers a document relies on are read from its preamble (and from a sentence that says
under which powers it is made): each law the profile knows, named by its title, its number
("48/2018") or a term the document defines as it ("the Act"), with the provisions cited
with it. Citing the companion law covers what it would delegate: the matters no power of
the maker covers. Amounts are read in figures and in words ("nine hundred thousand (900
000) penalty units", "seven (7) years"); a penalty that a provision attributes to the law
("provided for by Article 50 of Law n° 48/2018") is the law's, not the instrument's."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass

from drafting.checker.context import Context
from drafting.checker.document import Unit
from drafting.checker.policy import Sentence, index
from drafting.checker.report import Finding
from drafting.library import ClauseLibrary
from drafting.model import InstrumentKind, Law, Power, Profile, ProvisionLevel, SanctionType
from drafting.nlp import language_of
from drafting.powers import is_delegable, maker_powers

# --- is this a subordinate instrument of the profile's country? -----------------------------


def _subordinate(ctx: Context) -> Profile | None:
    """The profile, when the document is a regulation, order or decree made under its laws
    (the companion bill sets its own penalties and needs no power)."""
    return ctx.memo("subordinate", lambda: _find_subordinate(ctx))


def _find_subordinate(ctx: Context) -> Profile | None:
    profile = ctx.profile
    if profile is None or ctx.doc.instrument.kind is InstrumentKind.BILL:
        return None
    lang = ctx.language
    text = ctx.doc.text().lower()
    own = profile.instrument.self_name.get(lang, "").lower()
    bill = profile.bill.instrument.self_name.get(lang, "").lower()
    if bill and own and text.count(bill) > text.count(own):
        return None
    return profile


def _is_decree(ctx: Context, profile: Profile) -> bool:
    """Whether the document is a decree of a country whose instruments are decrees."""
    return ctx.memo("decree", lambda: _find_decree(ctx, profile))


def _find_decree(ctx: Context, profile: Profile) -> bool:
    if profile.instrument.type != "decree":
        return False
    if ctx.doc.instrument.instrument_type == "decree":
        return True
    head = " ".join([ctx.doc.title, *ctx.doc.instrument.cover, ctx.doc.instrument.number_line])
    own = profile.instrument.self_name.get(ctx.language, "").lower()
    return "decreto" in head.lower() or (bool(own) and own in ctx.doc.text().lower())


def _fact(profile: Profile, path: str) -> object:
    fact = profile.fact(path)
    return fact.value if fact is not None else None


# --- numbers in words and figures -----------------------------------------------------------

_UNITS_EN = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90,
}  # fmt: skip
_SCALES_EN = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000}
_NUMBER_WORDS = {
    "en": "|".join([*_UNITS_EN, *_SCALES_EN, "and", "a"]),
    "fr": "un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|"
    "quinze|seize|vingt|trente|quarante|cinquante|soixante|cent|cents|mille|million|millions|"
    "milliard|milliards|et",
    "es": "un|uno|una|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce|trece|catorce|"
    "quince|dieciséis|diecisiete|dieciocho|diecinueve|veinte|veinti\\w+|treinta|cuarenta|"
    "cincuenta|sesenta|setenta|ochenta|noventa|cien|ciento|doscientos|trescientos|"
    "cuatrocientos|quinientos|seiscientos|setecientos|ochocientos|novecientos|mil|millón|"
    "millones|y",
}
_FIGURE = r"\d{1,3}(?:[ ,.\u00a0\u202f]\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?"


def _words_value(words: str) -> float | None:
    """An English number in words: "five hundred thousand" -> 500000."""
    total = 0
    current = 0
    seen = False
    for word in re.split(r"[\s-]+", words.strip().lower()):
        if word in ("and", "a", ""):
            continue
        if word in _UNITS_EN:
            current += _UNITS_EN[word]
            seen = True
        elif word == "hundred":
            current = max(current, 1) * 100
            seen = True
        elif word in _SCALES_EN:
            total += max(current, 1) * _SCALES_EN[word]
            current = 0
            seen = True
        else:
            return None
    return float(total + current) if seen else None


def _figure_value(figure: str) -> float | None:
    digits = re.sub(r"[ ,.\u00a0\u202f](?=\d{3}\b)", "", figure.strip())
    try:
        return float(digits.replace(",", "."))
    except ValueError:
        return None


@dataclass(frozen=True, slots=True)
class Amount:
    text: str  # as written
    value: float | None  # None when written in words of a language we do not count in
    unit: str  # "penalty units", "kwacha", "francs", "jornales", "guaraníes", "years", "months"


def _amounts(text: str, language: str, units: str) -> list[Amount]:
    """Amounts followed (or, for a currency sign, preceded) by one of `units`, in figures,
    in words, or both ("seven (7) years")."""
    words = _NUMBER_WORDS[language]
    pattern = re.compile(
        rf"(?P<num>(?:{_FIGURE})|(?:\b(?:{words})\b(?:[\s-]+(?:{words})\b)*))"
        rf"(?:\s*\((?P<fig>{_FIGURE})\))?\s*(?P<unit>{units})\b",
        re.IGNORECASE,
    )
    out = []
    for m in pattern.finditer(text):
        num = m.group("num").strip()
        if re.fullmatch(r"(and|a|y|et|un|une)", num, re.IGNORECASE):
            continue
        figure = m.group("fig")
        value = _figure_value(figure) if figure else None
        if value is None:
            value = _figure_value(num) if num[:1].isdigit() else None
        if value is None and language == "en":
            value = _words_value(num)
        out.append(Amount(m.group(0).strip(), value, m.group("unit").lower()))
    return out


# --- penalties ---------------------------------------------------------------------------

_FINE = {
    "en": re.compile(r"\bfines?\b(?!-)"),
    "fr": re.compile(r"\bamendes?\b"),
    "es": re.compile(r"\bmultas?\b"),
}
_PRISON = {
    "en": re.compile(r"\bimprison(ment|ed)\b|\bcustodial sentence\b"),
    "fr": re.compile(r"\bemprisonnement\b|\bprison\b|\bpeine privative de liberté\b"),
    "es": re.compile(r"\bpena privativa de (la )?libertad\b|\bprisión\b|\bpenitenciaría\b"),
}
_OFFENCE = {
    "en": re.compile(r"\bcommits? an offence\b|\bis guilty of an offence\b"),
    "fr": re.compile(r"\bcommet une infraction (pénale)?\b|\bcoupable d'une infraction\b"),
    "es": re.compile(r"\bcomete(n)? (un|el) delito\b|\bconstituye(n)? (un )?delito\b"),
}
_MONEY_UNITS = {
    "en": r"penalty units?|fee units?|kwacha|francs?|frw|rwf",
    "fr": r"francs? rwandais|francs?|frw|rwf|unités? de pénalité",
    "es": r"jornales(?: mínimos)?|jornal|guaraníes|guaranies|salarios mínimos",
}
_CURRENCY_FIRST = {
    "en": re.compile(rf"\b(?P<unit>k|zmw|frw|rwf)\s?(?P<num>{_FIGURE})", re.IGNORECASE),
    "fr": re.compile(rf"\b(?P<unit>frw|rwf)\s?(?P<num>{_FIGURE})", re.IGNORECASE),
    "es": re.compile(rf"(?P<unit>\bG\.|₲|\bPYG)\s?(?P<num>{_FIGURE})"),
}
_TIME_UNITS = {"en": r"years?|months?", "fr": r"ans?|années?|mois", "es": r"años?|meses|mes"}
_ATTRIBUTED = {
    "en": re.compile(
        r"\b(under|provided (for )?(in|by)|set out in|prescribed (in|by)|laid down in)\s+"
        r"(sections?|articles?)\s+\d+[^.;]*\bof\b[^.;]*\b(act|law)\b"
        r"|\bunder the act\b|\bas provided in (section|the act)"
    ),
    "fr": re.compile(
        r"\b(prévue?s?|fixée?s?|visée?s?) (par|à|aux) (l'article|les articles|articles?) "
        r"[^.;]{0,20}\b(de la loi|du code)\b|\bconformément à l'article \S+ de la loi\b"
    ),
    "es": re.compile(
        r"\b(previst|establecid|fijad|dispuest)[oa]s? (en|por) (el|los) artículos? \S+ "
        r"(de|del) (la )?(ley|código)\b|\b(conforme a|según|de acuerdo con) (el|los) artículos? "
        r"\S+ de la ley\b|\brégimen de (infracciones|sanciones)\b"
    ),
}


@dataclass(frozen=True, slots=True)
class Penalty:
    sentence: Sentence
    fines: list[Amount]
    prison: list[Amount]
    offence: bool


def _penalties(ctx: Context) -> list[Penalty]:
    """The sentences that set a fine, a prison term or an offence of the document's own (not
    those that restate the law's)."""
    return ctx.memo("penalties", lambda: _find_penalties(ctx))


def _find_penalties(ctx: Context) -> list[Penalty]:
    ix = index(ctx)
    lang = ix.language
    out = []
    for s in ix.sentences:
        if not s.operative:
            continue
        low = s.low
        fine = _FINE[lang].search(low)
        prison = _PRISON[lang].search(low)
        offence = _OFFENCE[lang].search(low)
        if not (fine or prison or offence):
            continue
        if _ATTRIBUTED[lang].search(low):
            continue
        fines = _amounts(s.text, lang, _MONEY_UNITS[lang]) if fine else []
        if fine:
            fines += [
                Amount(m.group(0), _figure_value(m.group("num")), m.group("unit").lower())
                for m in _CURRENCY_FIRST[lang].finditer(s.text)
            ]
        terms = _amounts(s.text, lang, _TIME_UNITS[lang]) if prison else []
        if fines or terms or offence:
            out.append(Penalty(s, fines, terms, bool(offence)))
    return out


def _years(amount: Amount) -> float | None:
    if amount.value is None:
        return None
    return amount.value / 12 if amount.unit.startswith(("month", "mois", "mes")) else amount.value


def _penalty_units(amount: Amount, profile: Profile) -> float | None:
    """A fine in the profile's penalty units (Zambia: kwacha converted at the penalty unit's
    value in ngwee); None when the unit cannot be compared."""
    if amount.value is None:
        return None
    unit = amount.unit
    if "penalty unit" in unit:
        return amount.value
    ngwee = _fact(profile, "currency.penalty_unit_ngwee")
    if unit in ("kwacha", "k", "zmw") and isinstance(ngwee, int | float) and ngwee > 0:
        return amount.value * 100 / ngwee
    return None


def _ceilings(profile: Profile) -> tuple[float | None, float | None, str]:
    """The fine (in penalty units) and prison ceilings for offences created by regulations,
    and where the law sets them."""
    for sanction in profile.sanctions.values():
        if sanction.type is SanctionType.REGULATION_OFFENCES:
            law = profile.laws.get(sanction.law)
            where = (
                law.cited["en"].replace("{cite}", sanction.cite)
                if law and "en" in law.cited
                else sanction.cite
            )
            return sanction.max_fine, sanction.max_imprisonment_years, where
    fine = _fact(profile, "limits.max_fine")
    prison = _fact(profile, "limits.max_imprisonment_years")
    return (
        float(fine) if isinstance(fine, int | float) else None,
        float(prison) if isinstance(prison, int | float) else None,
        "the enabling law",
    )


def vir001_fine_ceiling(ctx: Context) -> Iterator[Finding]:
    profile = _subordinate(ctx)
    if profile is None or _fact(profile, "limits.may_create_offences") is not True:
        return
    ceiling, _, where = _ceilings(profile)
    if ceiling is None:
        return
    for p in _penalties(ctx):
        for amount in p.fines:
            units = _penalty_units(amount, profile)
            if units is not None and units > ceiling:
                yield ctx.finding(
                    "VIR001",
                    p.sentence.unit,
                    f"Sets a fine of {amount.text} ({units:,.0f} penalty units), above the "
                    f"ceiling of {ceiling:,.0f} penalty units that {where} allows for offences "
                    "created by regulations.",
                    evidence=p.sentence.text,
                    suggestion=f"Lower the fine to at most {ceiling:,.0f} penalty units, or "
                    "leave the conduct to an offence of the Act itself.",
                )
                break


def vir002_prison_ceiling(ctx: Context) -> Iterator[Finding]:
    profile = _subordinate(ctx)
    if profile is None or _is_decree(ctx, profile):
        return  # a decree's penalties are VIR003
    may_imprison = _fact(profile, "limits.may_imprison")
    _, ceiling, where = _ceilings(profile)
    if may_imprison is False:
        ceiling = 0
    if ceiling is None:
        return
    for p in _penalties(ctx):
        terms = [(t, _years(t)) for t in p.prison]
        if not terms and ceiling == 0 and _PRISON[index(ctx).language].search(p.sentence.low):
            terms = [(Amount("imprisonment", None, ""), None)]
        for term, years in terms:
            if ceiling == 0 or (years is not None and years > ceiling):
                limit = (
                    "the enabling law gives this instrument no power to impose imprisonment"
                    if ceiling == 0
                    else f"{where} allows at most {ceiling:g} years for offences created by "
                    "regulations"
                )
                yield ctx.finding(
                    "VIR002",
                    p.sentence.unit,
                    f"Provides for imprisonment ({term.text}), but {limit}.",
                    evidence=p.sentence.text,
                    suggestion="Remove the prison term, or bring it within the ceiling of the "
                    "enabling law.",
                )
                break


def vir003_decree_penalties(ctx: Context) -> Iterator[Finding]:
    profile = _subordinate(ctx)
    if profile is None or not _is_decree(ctx, profile):
        return
    if _fact(profile, "limits.may_create_offences") is not False:
        return
    regime = _fact(profile, "limits.sanctions_regime")
    law = regime.get(ctx.language, "") if isinstance(regime, dict) else ""
    for p in _penalties(ctx):
        what = []
        if p.fines:
            what.append(f"a fine ({p.fines[0].text})")
        if p.prison:
            what.append(f"a prison term ({p.prison[0].text})")
        elif _PRISON[index(ctx).language].search(p.sentence.low):
            what.append("imprisonment")
        if p.offence:
            what.append("an offence")
        if not what:
            continue
        yield ctx.finding(
            "VIR003",
            p.sentence.unit,
            f"The decree creates {' and '.join(what)} of its own; by the principle of legality "
            "only a law may create offences and penalties, and a decree may only refer to the "
            "law's sanctions.",
            evidence=p.sentence.text,
            suggestion="Replace the penalty with a reference to the sanctions regime of "
            + (law or "the law")
            + ", applied by the competent authority.",
        )


def vir007_order_fines(ctx: Context) -> Iterator[Finding]:
    profile = _subordinate(ctx)
    if profile is None or _is_decree(ctx, profile):
        return
    if _fact(profile, "limits.may_create_offences") is not False:
        return
    for p in _penalties(ctx):
        if not p.fines:
            continue
        yield ctx.finding(
            "VIR007",
            p.sentence.unit,
            f"Sets a fine ({p.fines[0].text}) that the enabling law does not authorise an order "
            "to impose: the law fixes its own administrative fines.",
            evidence=p.sentence.text,
            suggestion="Refer to the administrative fines of the law (by article) instead of "
            "setting an amount in the order, or obtain the power to set it in a law.",
        )


# --- citations of enabling provisions -----------------------------------------------------


@dataclass(frozen=True, slots=True)
class Citation:
    law: str  # the profile's law key; "bill" for the companion law
    cite: str  # normalised: "63", "2", "20"
    text: str  # as written: "section 63", "artículos 2°"
    line: str  # the recital or sentence it is in
    unit: Unit | None  # None: the preamble


_PROVISIONS = {
    "en": re.compile(
        r"\b(?:sections?|articles?|regulations?|ss?\.)\s+"
        r"(?P<list>\d+[a-z]?(?:\s*\(\w+\))*(?:\s*(?:,|and|or|to)\s*\d+[a-z]?(?:\s*\(\w+\))*)*)",
        re.IGNORECASE,
    ),
    "fr": re.compile(
        r"\b(?:articles?|art\.)\s+(?P<list>(?:\d+|premier)(?:er|°)?(?:\s*(?:,|et|à)\s*\d+(?:er|°)?)*)",
        re.IGNORECASE,
    ),
    "es": re.compile(
        r"\b(?:articulos?|arts?\.)\s+(?P<list>\d+\s*[°º]?(?:\s*(?:,|y|a)\s*\d+\s*[°º]?)*)",
        re.IGNORECASE,
    ),
}
_ENABLING_WORDS = {
    "en": re.compile(
        r"\b(these regulations|this (order|instrument|regulation))\b[^.;]{0,30}\b(are|is) made\b"
        r"|\bin exercise of the powers?\b"
    ),
    "fr": re.compile(
        r"\ble présent (arrêté|décret|règlement)\b[^.;]{0,30}\b(est pris|est adopté)\b"
        r"|\ben vertu des pouvoirs\b"
    ),
    "es": re.compile(
        r"\breglaméntase\b|\bel presente decreto\b[^.;]{0,30}\breglamenta\b"
        r"|\ben ejercicio de las (facultades|atribuciones)\b"
    ),
}


_COMBINING = re.compile("[\u0300-\u036f]")


def _fold(text: str) -> str:
    """Lower case, without accents, one space between words."""
    return " ".join(_COMBINING.sub("", unicodedata.normalize("NFKD", text.casefold())).split())


def _law_patterns(ctx: Context, profile: Profile) -> list[tuple[str, re.Pattern[str]]]:
    """For each law of the profile (and the companion law), how the text names it: its
    title, its number ("48/2018"), and a term the document defines as that law."""
    lang = ctx.language
    out: list[tuple[str, re.Pattern[str]]] = []
    laws: list[tuple[str, Law]] = [*profile.laws.items(), ("bill", profile.bill.law)]
    for key, law in laws:
        for title in set(law.title.values()):
            words = _fold(title)
            words = re.sub(r"^(the|la|el|le|les|los) ", "", words)
            body = re.escape(words).replace(r"\{year\}", r"(?:\d{4}|_+)")
            body = re.sub(r"(?:\\_)+|_+", r"(?:_+|\\d+)", body)
            body = body.replace(r"\ ", r"\s+")
            if key == "bill":
                body = body.replace(r"n\s+°", r"n\s*[°ºo.]")
            out.append((key, re.compile(body)))
            number = re.search(r"\b(\d+/\d{4})\b", title)
            if number and key != "bill":
                out.append((key, re.compile(rf"\b(law|loi|ley)\s+n\s*[°ºo.]*\s*{number.group(1)}")))
    for term in ctx.doc.definitions:
        meaning = _fold(term.text)
        for key, pattern in list(out):
            if pattern.search(meaning) and len(term.term) <= 12:
                name = re.escape(_fold(term.term))
                out.append((key, re.compile(rf"\b(the|la|el|le) {name}\b(?!\s*n\s*[°ºo.])")))
                break
    del lang
    return out


def _normalise(cite: str) -> str:
    cite = cite.strip().lower().replace("premier", "1")
    cite = re.sub(r"\s*\(.*$", "", cite)
    return re.sub(r"[°º.\s]|er$", "", cite)


def _cites(listing: str) -> list[str]:
    parts = re.split(r"\s*(?:,|\band\b|\bor\b|\bet\b|\by\b|\bto\b|\bà\b|\ba\b)\s*", listing)
    return [_normalise(p) for p in parts if p.strip()]


def _citations(ctx: Context, profile: Profile) -> list[Citation]:
    """The enabling provisions the document cites: in its preamble, and in sentences that
    say under which powers it is made."""
    lang = language_of(ctx.language)
    laws = _law_patterns(ctx, profile)
    lines: list[tuple[str, Unit | None]] = [
        (line, None) for line in ctx.doc.preamble.split("\n") if line.strip()
    ]
    enabling = _ENABLING_WORDS[lang]
    for s in index(ctx).sentences:
        if s.operative and enabling.search(s.low):
            lines.append((s.text, s.unit))
    out = []
    for line, unit in lines:
        for segment in re.split(r";", line):
            folded = _fold(segment)
            found = [(m.start(), m.end(), key) for key, p in laws for m in p.finditer(folded)]
            mentions = [  # the companion law's title can be generic ("Ley N° ___/2026")
                m
                for m in found
                if m[2] != "bill"
                or not any(o[2] != "bill" and o[0] < m[1] and m[0] < o[1] for o in found)
            ]
            if not mentions:
                continue
            for m in _PROVISIONS[lang].finditer(folded):
                key = _law_of(m.start(), m.end(), mentions, folded)
                if key is None:
                    continue
                for cite in _cites(m.group("list")):
                    out.append(Citation(key, cite, m.group(0), line.strip(), unit))
    return out


def _law_of(start: int, end: int, mentions: list[tuple[int, int, str]], text: str) -> str | None:
    """The law a list of provisions belongs to: the one named right after it ("sections 55
    and 63 of the ... Act"), else the nearest one named before it ("Law n° 48/2018 ...,
    especially in Articles 19 and 20")."""
    after = [
        m
        for m in mentions
        if 0 <= m[0] - end <= 12 and re.match(r"\s*(of|de|del|de la)\b", text[end:])
    ]
    if after:
        return min(after)[2]
    before = [m for m in mentions if m[1] <= start]
    if before:
        return max(before)[2]
    return None


def _powers_cited(
    ctx: Context, profile: Profile
) -> tuple[list[tuple[Citation, Power | None]], bool]:
    """Each citation with the power it names (None: the law gives none there), and whether
    the companion law is cited."""
    return ctx.memo("powers", lambda: _find_powers_cited(ctx, profile))


def _find_powers_cited(
    ctx: Context, profile: Profile
) -> tuple[list[tuple[Citation, Power | None]], bool]:
    found = []
    bill = False
    for c in _citations(ctx, profile):
        if c.law == "bill":
            bill = True
            continue
        power = next(
            (p for p in profile.powers.values() if p.law == c.law and _normalise(p.cite) == c.cite),
            None,
        )
        found.append((c, power))
    return found, bill


def vir004_unknown_power(ctx: Context) -> Iterator[Finding]:
    profile = _subordinate(ctx)
    if profile is None:
        return
    maker = profile.instrument.maker
    holders = profile.holders
    seen = set()
    for c, power in _powers_cited(ctx, profile)[0]:
        key = (c.law, c.cite)
        if key in seen:
            continue
        seen.add(key)
        name = _provision_name(profile, c.law, c.cite, ctx.language)
        title = _law_title(profile.laws[c.law], ctx.language)
        listed = sorted(
            {p.cite for p in profile.powers.values() if p.law == c.law and p.holder == maker},
            key=_order,
        )
        if power is None:
            yield ctx.finding(
                "VIR004",
                c.unit,
                f"Cites {name} as a source of its powers, but that law gives no power to make "
                "this instrument there.",
                evidence=c.line,
                suggestion=f"Cite the provisions of {title} that confer the power"
                + (f" (here: {', '.join(listed)})" if listed else "")
                + ", or confirm the power and add it to the country profile.",
            )
        elif power.holder != maker:
            holder = holders.get(power.holder, {}).get("en", power.holder)
            yield ctx.finding(
                "VIR004",
                c.unit,
                f"Cites {name}, a power that the law gives to {holder}, not to the maker of "
                "this instrument.",
                evidence=c.line,
                suggestion=f"Leave the matter to {holder} to exercise under that provision, or "
                "cite a power the maker holds.",
            )


def _law_title(law: Law, language: str) -> str:
    title = law.title.get(language) or law.title.get("en") or next(iter(law.title.values()))
    return re.sub(r"^(the|la|el|le|les) ", "", title)


def _provision_name(profile: Profile, law_key: str, cite: str, language: str) -> str:
    """A provision of a law in English words: "section 63 of the Environmental Management
    Act, 2011", "article 12 of Ley N° 3956/2009 ..."."""
    law = profile.laws[law_key]
    if "en" in law.cited:
        return law.cited["en"].replace("{cite}", cite)
    return f"article {cite} of {_law_title(law, language)}"


def _order(cite: str) -> tuple[int, str]:
    digits = re.match(r"\d+", cite)
    return (int(digits.group()) if digits else 0, cite)


_CONDITION_KINDS = {
    "advice": r"\badvi[cs]e\b",
    "recommendation": r"\brecommend\w*",
    "consultation": r"\bconsult\w*",
    "approval": r"\bapprov\w*",
    "concurrence": r"\bconcurr\w*",
    "avis": r"\bavis\b",
    "proposition": r"\bproposition\b",
    "recommandation": r"\brecommand\w*",
    "propuesta": r"\bpropuesta\b",
    "dictamen": r"\bdictamen\b",
    "consulta": r"\bconsulta\w*",
    "recomendación": r"\brecomend\w*",
}
_BODY = re.compile(
    r"\b(?:of|with|by|de|del|de la|du|avec|con)\s+(?:the |la |le |l'|el )?"
    r"(?:relevant |appropriate |other |competent )*"
    r"(?P<body>agency|authorit(?:y|ies)|minister|ministers|board|council|office|autorité|"
    r"office|conseil|ministre|autoridad|consejo|ministerio|ministro)\b"
)


def vir005_conditions(ctx: Context) -> Iterator[Finding]:
    profile = _subordinate(ctx)
    if profile is None:
        return
    cited, _ = _powers_cited(ctx, profile)
    preamble = _fold(ctx.doc.preamble)
    seen = set()
    for c, power in cited:
        if power is None or power.key in seen or not power.conditions:
            continue
        seen.add(power.key)
        condition = power.conditions.get(ctx.language) or next(iter(power.conditions.values()))
        folded = _fold(condition)
        kinds = [k for k, p in _CONDITION_KINDS.items() if re.search(p, folded)]
        bodies = {m.group("body") for m in _BODY.finditer(folded)}
        if not kinds or not bodies:
            continue
        if _honoured(preamble, kinds, bodies) or _honoured(
            ctx.memo("folded", lambda: _fold(ctx.doc.text())), kinds, bodies
        ):
            continue
        yield ctx.finding(
            "VIR005",
            c.unit,
            f"Relies on {_provision_name(profile, c.law, c.cite, ctx.language)} without the "
            f"condition of its exercise: {condition}.",
            evidence=c.line,
            suggestion="State in the enacting words that the condition was met (for example "
            f"\u201c{condition}\u201d), and make sure it was.",
        )


def _honoured(text: str, kinds: list[str], bodies: set[str]) -> bool:
    """Whether the text says the condition was met: each kind of step (advice,
    recommendation, consultation) next to one of the bodies it names."""
    return all(
        any(
            re.search(rf"{_CONDITION_KINDS[k]}[^.;]{{0,80}}\b{b}", text)
            or re.search(rf"\b{b}\b[^.;]{{0,80}}{_CONDITION_KINDS[k]}", text)
            for b in bodies
        )
        for k in kinds
    )


# --- matters no cited power covers ------------------------------------------------------------


_HEADINGS: dict[tuple[int, str], tuple[tuple[re.Pattern[str], frozenset[str]], ...]] = {}


def _heading_matters(
    library: ClauseLibrary, language: str
) -> tuple[tuple[re.Pattern[str], frozenset[str]], ...]:
    """Each heading the clause library gives a provision, as a pattern, with the matters its
    variants rest on (kept per library)."""
    key = (id(library), language)
    if key not in _HEADINGS:
        _HEADINGS[key] = _build_headings(library, language)
    return _HEADINGS[key]


def _build_headings(
    library: ClauseLibrary, language: str
) -> tuple[tuple[re.Pattern[str], frozenset[str]], ...]:
    by_heading: dict[str, set[str]] = {}
    for clause in library.clauses:
        matters = {clause.power} | {v.power for v in clause.variants if v.power}
        headings = [clause.heading, *(v.heading for v in clause.variants if v.heading)]
        for heading in headings:
            text = (heading or {}).get(language)
            if text:
                by_heading.setdefault(text, set()).update(matters)
    out = []
    for text, matters in by_heading.items():
        parts = re.split(r"\{[^}]*\}", _fold(text))
        body = r"\S.{0,60}?".join(re.escape(p) for p in parts)
        out.append((re.compile(rf"^{body}$"), frozenset(matters)))
    return tuple(out)


_MATTER_WORDS: dict[str, dict[str, str]] = {
    "levy-fund": {
        "en": r"\b(levy|levies|fund)\b",
        "fr": r"\b(fonds|prélèvement|redevance de recyclage)\b",
        "es": r"\b(fondo|tasa de reciclaje|gravamen)\b",
    },
    "epr-targets": {
        "en": r"\btargets?\b",
        "fr": r"\bobjectifs?\b",
        "es": r"\bmetas?\b",
    },
    "product-substances": {
        "en": r"\bhazardous substances\b",
        "fr": r"\bsubstances dangereuses\b",
        "es": r"\bsustancias peligrosas\b",
    },
    "pro-authorisation": {
        "en": r"\bproducer responsibility organi[sz]ations?\b",
        "fr": r"\borganismes? de responsabilité des producteurs\b",
        "es": r"\bsistemas? colectivos? de gestión\b",
    },
    "producer-registration": {
        "en": r"\bregist\w* of producers\b",
        "fr": r"\benregistrement des producteurs\b",
        "es": r"\bregistro de productores\b",
    },
    "offences": {
        "en": r"\boffences?\b",
        "fr": r"\binfractions?\b",
        "es": r"\binfracciones\b|\bdelitos?\b",
    },
    "fees": {
        "en": r"^fees\b",
        "fr": r"^redevances\b",
        "es": r"^aranceles\b",
    },
}


def _matters_of(heading: str, library: ClauseLibrary, language: str) -> frozenset[str]:
    folded = _fold(heading).rstrip(".:")
    found: set[str] = set()
    for pattern, matters in _heading_matters(library, language):
        if pattern.match(folded):
            found |= matters
    if found:
        return frozenset(found)
    for matter, words in _MATTER_WORDS.items():
        if re.search(_fold(words.get(language, "$^")), folded):
            found.add(matter)
    return frozenset(found)


def vir006_uncovered_matter(ctx: Context) -> Iterator[Finding]:
    profile = _subordinate(ctx)
    library = ctx.library
    if profile is None or library is None:
        return
    cited, bill = _powers_cited(ctx, profile)
    maker = profile.instrument.maker
    powers = [p for _, p in cited if p is not None and p.holder == maker]
    if not powers and not bill:
        return  # the document cites no power of its maker: nothing to measure against
    covered = {m for p in powers for m in p.matters}
    covered |= {m.id for m in library.matters_by_id.values() if m.incidental}
    held = maker_powers(profile)
    if bill:
        # the companion law empowers the maker for what its own powers do not cover
        covered |= {
            m.id
            for m in library.matters_by_id.values()
            if is_delegable(m, profile) and m.id not in held
        }
    lang = language_of(ctx.language)
    for unit in ctx.doc.section_units():
        provision = unit.provision
        if provision is None or not provision.heading or unit.level is not ProvisionLevel.SECTION:
            continue
        matters = _matters_of(provision.heading, library, lang)
        if not matters or matters & covered:
            continue
        matter = sorted(matters)[0]
        label = (
            library.matters_by_id[matter].label.get("en", matter)
            if matter in library.matters_by_id
            else matter
        )
        other = held.get(matter)
        power = _provision_name(profile, other.law, other.cite, ctx.language) if other else ""
        hint = (
            f"; the power for it is {power}, which the document does not cite"
            if other is not None
            else ""
        )
        yield ctx.finding(
            "VIR006",
            unit,
            f"The provision \u201c{provision.heading}\u201d deals with {label}, which none of the "
            f"powers the document cites covers{hint}.",
            evidence=provision.heading,
            suggestion="Cite the power that covers this matter in the enacting words, or move "
            "the provision to an instrument that has the power (the companion bill, or the "
            "holder of the power).",
        )


CHECKS = (
    vir001_fine_ceiling,
    vir002_prison_ceiling,
    vir003_decree_penalties,
    vir004_unknown_power,
    vir005_conditions,
    vir006_uncovered_matter,
    vir007_order_fines,
)
