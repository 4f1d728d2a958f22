"""The real clause library: it validates, and the three example answer sets give drafts
whose text, numbering and cross-references are those of each country's legal form."""

from __future__ import annotations

import json
import re
import shutil

import pytest

from drafting.answers import validate_answers
from drafting.assemble import assemble
from drafting.errors import AnswersError
from drafting.library import load_library
from drafting.model import Instrument, InstrumentKind, plain_text
from drafting.powers import BILL_POWER
from drafting.references import references_in
from tests.conftest import CLAUSES
from tests.factories import make_example
from tests.test_library_coverage import _all_text as all_text

TOPICS_OF_ISSUE_2 = {
    "citation-commencement",
    "interpretation",
    "scope-categories",
    "producer-registration",
    "epr-model",
    "collection-takeback",
    "collection-targets",
    "treatment-licensing",
    "transboundary",
    "offences-penalties",
    "transitional",
}


example = make_example


def example_bill(library, country, lang=None):
    profile = library.profile(country)
    raw = json.loads((CLAUSES / "examples" / f"{country.lower()}.json").read_text("utf-8"))
    answers = validate_answers(library, profile, raw, lang)
    return assemble(library, profile, answers, lang, InstrumentKind.BILL)


def section(instrument: Instrument, heading: str):
    return next(s for s in instrument.sections() if s.heading == heading)


def text(provision) -> str:
    return plain_text(provision.content)


def test_library_covers_the_first_topics_with_sources(library):
    topics = {c.topic for c in library.clauses}

    assert topics >= TOPICS_OF_ISSUE_2
    assert all(c.sources for c in library.clauses)


@pytest.mark.parametrize(
    ("country", "lang"), [("ZM", "en"), ("RW", "en"), ("RW", "fr"), ("PY", "es")]
)
def test_examples_build_with_every_reference_resolved(library, country, lang):
    instrument = example(library, country, lang)

    provided = {p.clause_id for p in instrument.provenance} | {
        d.clause_id for d in instrument.displaced
    }
    topics = {library.clauses_by_id[c].topic for c in provided}
    assert topics >= TOPICS_OF_ISSUE_2 - {"citation-commencement"} or country == "ZM"
    eids = {s.eid for s in instrument.sections()} | {sch.eid for sch in instrument.schedules}
    for provision in instrument.sections():
        for ref in references_in(provision):
            assert ref.text
            if not ref.instrument:  # a provision of the companion bill is cited by its number
                assert ref.eid.split("__")[0] in eids


def test_zambian_statutory_instrument(library):
    instrument = example(library, "ZM")

    assert instrument.number_line == "STATUTORY INSTRUMENT No. ___ of 2026"
    assert (
        instrument.title
        == "The Environmental Management (Electrical and Electronic Waste) Regulations, 2026"
    )
    # No restriction of hazardous substances in the example (a product regulation under the
    # standards legislation): section 43 is not used, so it is not recited.
    assert plain_text(instrument.preamble[0].content) == (
        "IN EXERCISE of the powers contained in sections 55, 63, 98 and 134 of the Environmental "
        "Management Act, 2011, on the advice of the Agency after consultation with the relevant "
        "appropriate authorities (section 63) and on the recommendation of the Agency (sections 55 and "
        "134), the following Regulations are made:"
    )
    assert [(p.label, p.heading) for p in instrument.body[:2]] == [
        ("PART I", "PRELIMINARY PROVISIONS"),
        ("PART II", "ADMINISTRATION"),
    ]
    first = instrument.sections()[0]
    assert (first.label, first.heading, text(first)) == (
        "1.",
        "Title and commencement",
        "These Regulations may be cited as the Environmental Management (Electrical and Electronic "
        "Waste) Regulations, 2026, and shall come into operation on the expiry of six months after "
        "the date of publication in the Gazette.",
    )
    interpretation = section(instrument, "Interpretation")
    assert text(interpretation) == "In these Regulations, unless the context otherwise requires—"
    assert text(interpretation.children[0]) == "“Act” means the Environmental Management Act, 2011;"
    offences = section(instrument, "Offences and penalties")
    registration = section(instrument, "Registration of producers")
    assert text(offences.children[0].children[0]) == (
        "places on the market any electrical and electronic equipment without being registered under "
        f"regulation {registration.num};"
    )
    assert text(offences.children[1]) == (
        "A person who commits an offence under subregulation (1) is liable, on conviction, to a fine not "
        "exceeding two hundred thousand penalty units or to imprisonment for a period not exceeding two "
        "years, or to both."
    )
    # Categories and the symbol; the schedule of restricted substances comes only with the
    # optional restriction of hazardous substances.
    assert [s.label for s in instrument.schedules[:2]] == [
        "FIRST SCHEDULE",
        "SECOND SCHEDULE",
    ]
    for schedule in instrument.schedules:
        citing = [
            s.num
            for s in instrument.sections()
            if any(r.eid == schedule.eid for r in references_in(s))
        ]
        word = "Regulations" if len(citing) > 1 else "Regulation"
        listed = ", ".join(citing[:-1]) + " and " + citing[-1] if len(citing) > 1 else citing[0]
        assert schedule.referred_by == f"({word} {listed})"
    # Targets and financing arrangements are the Agency's to set under section 58 (3) of the
    # Act: the Minister's instrument lists them for the Agency instead of fixing them.
    assert "schedule-collection-targets" not in {s.source for s in instrument.schedules}
    held = {d.clause_id: d for d in instrument.displaced if d.placement == "held-by"}
    assert {"collection-targets", "recovery-targets", "producer-financing"} <= set(held)
    assert held["collection-targets"].reason == (
        "Collection and recovery targets for producers: the power (section 58 of the "
        "Environmental Management Act, 2011) is held by the Agency, not by the Minister; "
        "for the Agency to exercise."
    )
    assert held["collection-targets"].answers == {"collection_target_basis": "placed-on-market"}


def test_rwandan_ministerial_order_in_english(library):
    instrument = example(library, "RW", "en")

    assert (instrument.body[0].label, instrument.body[0].heading) == (
        "CHAPTER ONE",
        "GENERAL PROVISIONS",
    )
    assert instrument.sections()[0].label == "Article One:"
    assert instrument.sections()[1].label == "Article 2:"
    assert plain_text(instrument.preamble[-1].content) == "ORDERS:"
    assert (
        text(section(instrument, "Definitions"))
        == "In this Order, the following terms have the following meanings:"
    )
    definitions = section(instrument, "Definitions").children
    assert definitions[0].label == "1°"
    assert (
        text(section(instrument, "Repealing provision"))
        == "All prior provisions contrary to this Order are repealed."
    )


def test_rwandan_ministerial_order_in_french(library):
    instrument = example(library, "RW", "fr")

    assert (instrument.body[0].label, instrument.body[0].heading) == (
        "CHAPITRE PREMIER",
        "DISPOSITIONS GÉNÉRALES",
    )
    assert instrument.sections()[0].label == "Article premier :"
    assert plain_text(instrument.preamble[-1].content) == "ARRÊTE :"
    epr = section(instrument, "Responsabilité élargie du producteur")
    authorisation = next(s for s in instrument.sections() if s.source == "pro-authorisation")
    assert text(epr.children[0].children[0]) == (
        "soit en adhérant à un organisme de responsabilité des producteurs agréé conformément à "
        f"l'article {authorisation.num} ;"
    )
    assert text(section(instrument, "Disposition abrogatoire")) == (
        "Toutes les dispositions antérieures contraires au présent arrêté sont abrogées."
    )


def test_paraguayan_decree_in_spanish(library):
    instrument = example(library, "PY")

    assert instrument.cover == ("PRESIDENCIA DE LA REPÚBLICA DEL PARAGUAY",)
    assert instrument.number_line == "DECRETO N° ___"
    assert [plain_text(p.content) for p in instrument.preamble if p.role == "heading"] == [
        "VISTO:",
        "CONSIDERANDO:",
    ]
    assert plain_text(instrument.preamble[-1].content) == "D E C R E T A:"
    labels = [s.label for s in instrument.sections()]
    assert labels[:2] == ["Art. 1°.-", "Art. 2°.-"]
    assert labels[8:10] == ["Art. 9°.-", "Art. 10.-"]
    assert (
        text(section(instrument, "Definiciones"))
        == "A los efectos del presente Decreto, se entenderá por:"
    )
    first_definition = section(instrument, "Definiciones").children[0]
    assert first_definition.label == "a)"
    assert text(first_definition)[0].isupper()
    # The registration of producers is a matter for the companion Ley, not for the decree.
    registration = next(d for d in instrument.displaced if d.clause_id == "producer-registration")
    assert registration.placement == "bill"
    assert registration.label.startswith("el artículo ")
    closing = [text(s) for s in instrument.sections()[-2:]]
    assert closing == [
        "El presente Decreto será refrendado por el Ministro del Ambiente y Desarrollo Sostenible.",
        "Comuníquese, publíquese e insértese en el Registro Oficial.",
    ]
    english = [s.heading for s in instrument.sections() if s.heading and " of " in s.heading]
    assert english == []


def test_a_decree_creates_no_offence(library):
    instrument = example(library, "PY")

    sanctions = section(instrument, "Régimen de sanciones")
    body = " ".join(plain_text(c.content) for c in sanctions.children) + text(sanctions)
    assert "Ley N° 3956/2009" in body
    assert "prisión" not in body
    assert "offences" not in {p.clause_id for p in instrument.provenance}
    assert "Las infracciones a lo dispuesto en el presente Decreto" not in body


def test_bamako_and_national_bans_refuse_hazardous_imports(library):
    profile = library.profile("PY")

    with pytest.raises(AnswersError) as exc:
        validate_answers(library, profile, {"allow_hazardous_imports": True}, "es")

    (problem,) = exc.value.problems
    assert problem.location.question_id == "allow_hazardous_imports"
    assert problem.message.startswith(
        "La legislación nacional prohíbe introducir residuos peligrosos"
    )
    assert problem.message.endswith("(rule national-hazardous-import-ban)")


def test_fine_above_the_zambian_ceiling_is_refused(library):
    with pytest.raises(AnswersError) as exc:
        validate_answers(library, library.profile("ZM"), {"max_fine": 600000})

    (problem,) = exc.value.problems
    assert problem.location.question_id == "max_fine"
    assert "(rule fine-above-ceiling)" in problem.message


def test_a_fourth_country_needs_only_a_profile(tmp_path):
    root = tmp_path / "clauses"
    shutil.copytree(CLAUSES, root)
    profile = json.loads((root / "profiles" / "zm.json").read_text(encoding="utf-8"))
    profile["code"] = "GH"
    profile["names"] = {"en": "Ghana", "es": "Ghana", "fr": "Ghana"}
    profile["aliases"] = ["Republic of Ghana"]
    profile["instrument"]["number_line"] = {"en": "LEGISLATIVE INSTRUMENT No. ___ of {year}"}
    profile["instrument"]["title"] = {
        "en": "The Electronic Waste Control and Management Regulations, {year}"
    }
    profile["facts"]["authority"]["name"] = {
        "value": {"en": "Environmental Protection Authority"},
        "source": "Act 1124 of 2025",
        "verify": True,
    }
    profile["facts"].pop("existing_instruments")
    profile["term_labels"]["authority"] = {"en": "Authority"}
    profile["term_meanings"]["authority"] = {"en": "the Environmental Protection Authority"}
    (root / "profiles" / "gh.json").write_text(
        json.dumps(profile, ensure_ascii=False), encoding="utf-8"
    )
    library = load_library(root)

    instrument = assemble(
        library, library.profile("Ghana"), validate_answers(library, library.profile("GH"), {})
    )

    assert instrument.country == "GH"
    assert instrument.number_line == "LEGISLATIVE INSTRUMENT No. ___ of 2026"
    assert len(instrument.sections()) > 20
    registration = section(instrument, "Registration of producers")
    assert "registered with the Authority" in text(registration.children[0])


@pytest.mark.parametrize(
    ("country", "lang", "expected"),
    [
        (
            "ZM",
            None,
            "1. These Regulations may be cited as the Environmental Management (Electrical and Electronic Waste) Regulations, 2026, and shall come into operation on the expiry of six months after the date of publication in the Gazette.",
        ),
        (
            "RW",
            "fr",
            "Toutes les dispositions antérieures contraires au présent arrêté sont abrogées.",
        ),
        ("PY", None, "Comuníquese, publíquese e insértese en el Registro Oficial."),
    ],
)
def test_the_cli_builds_the_examples_as_word(tmp_path, capsys, country, lang, expected):
    import docx

    from drafting.cli import main

    out = tmp_path / f"{country.lower()}.docx"
    argv = [
        "build",
        "--country",
        country,
        "--answers",
        str(CLAUSES / "examples" / f"{country.lower()}.json"),
        "--out",
        str(out),
    ]

    code = main([*argv, "--lang", lang] if lang else argv)

    assert code == 0
    assert "Wrote" in capsys.readouterr().err
    texts = [p.text for p in docx.Document(str(out)).paragraphs]
    assert any(t == expected or t.endswith(f".- {expected}") for t in texts)


def test_python_dash_m_drafting_runs(tmp_path):
    import subprocess
    import sys

    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "drafting",
            "build",
            "--country",
            "paraguay",
            "--out",
            str(tmp_path / "py.json"),
        ],
        capture_output=True,
        text=True,
        check=False,
    )

    assert result.returncode == 0, result.stderr
    model = json.loads((tmp_path / "py.json").read_text(encoding="utf-8"))
    assert (model["country"], model["language"]) == ("PY", "es")


def test_the_rwandan_preamble_recites_exactly_the_articles_used(library):
    english = example(library, "RW", "en")
    french = example(library, "RW", "fr")

    law = next(s.num for s in example_bill(library, "RW").sections() if s.source == BILL_POWER)
    assert [plain_text(p.content) for p in english.preamble[2:4]] == [
        "Pursuant to Law n° 48/2018 of 13/08/2018 on environment, especially in Articles 19 and 20;",
        f"Pursuant to Law n° ___/2026 of ___/___/2026 governing electrical and electronic waste, "
        f"especially in Article {law};",
    ]
    assert [plain_text(p.content) for p in french.preamble[2:4]] == [
        "Vu la Loi n° 48/2018 du 13/08/2018 sur l'environnement, spécialement en ses articles 19 et 20 ;",
        f"Vu la Loi n° ___/2026 du ___/___/2026 régissant les déchets d'équipements électriques et "
        f"électroniques, spécialement en son article {law} ;",
    ]
    assert {u.key for u in english.basis} == {"art-19", "art-20", BILL_POWER}


def test_the_paraguayan_visto_recites_exactly_the_articles_used(library):
    decree = example(library, "PY")

    law = next(s.num for s in example_bill(library, "PY").sections() if s.source == BILL_POWER)
    assert [plain_text(p.content) for p in decree.preamble[1:4]] == [
        "La Ley N° 3956/2009 «Gestión integral de los residuos sólidos en la República del "
        "Paraguay», en especial sus artículos 2° y 27;",
        "La Ley N° ___/2026 «Que establece el régimen de los residuos de aparatos eléctricos y "
        "electrónicos (RAEE) y la responsabilidad extendida del productor», en especial su "
        f"artículo {law};",
        "El Decreto N° 7391/2017 «Por el cual se reglamenta la Ley N° 3956/2009, “Gestión "
        "integral de los residuos sólidos en la República del Paraguay”»; y",
    ]
    considerando = [plain_text(p.content) for p in decree.preamble]
    assert not [c for c in considerando if "co-responsabilidad" in c]


def test_a_recital_of_a_law_the_instrument_does_not_use_is_left_out(library):
    decree = example(library, "PY")
    listed = validate_answers(
        library,
        library.profile("PY"),
        {
            **json.loads((CLAUSES / "examples" / "py.json").read_text("utf-8")),
            "outside_powers": "list",
        },
    )

    alone = assemble(library, library.profile("PY"), listed)

    assert len(alone.preamble) == len(decree.preamble) - 2
    assert not [p for p in alone.preamble if "Ley N° ___" in plain_text(p.content)]


# --- the country's own names, bodies and laws (issue 13, item 2) -----------------------

# The generic words of the names rules, by language. The Basel Convention's own terms
# ("State of export", "the competent authority of the State of export", "States concerned")
# are removed before the search, and Paraguayan Spanish keeps "el territorio nacional" and
# "Organismos y Entidades del Estado".
BASEL_TERMS = {
    "en": r"(?:the )?(?:competent authorit(?:y|ies) of the )?(?:other )?States? (?:of (?:export|import|transit)|concerned)",
    "fr": r"(?:l'autorité compétente de |les autorités compétentes des (?:autres )?)?(?:l')?États? (?:d'(?:exportation|importation)|de transit|concernés)",
    "es": r"(?:la autoridad competente del |las autoridades competentes de los (?:demás )?)?Estados? (?:de (?:exportación|importación|tránsito)|interesados)",
}
GENERIC_WORDS = {
    "en": r"national territory|\bthe State\b|\bthe law on\b|\bwritten law on\b|body responsible for"
    r"|competent court|national statistics office|province or equivalent|official language"
    r"|free circulation|home use",
    "fr": r"territoire national|\bl'État\b|collectivités locales|autorité compétente"
    r"|juridiction compétente|organisme (?:public )?chargé",
    "es": r"autoridad competente|tribunal competente|\bel Estado\b|\bal Estado\b",
}
EXAMPLE_BUILDS = [
    pytest.param("ZM", "en", InstrumentKind.REGULATION, id="ZM-regulation"),
    pytest.param("RW", "en", InstrumentKind.REGULATION, id="RW-regulation-en"),
    pytest.param("RW", "fr", InstrumentKind.REGULATION, id="RW-regulation-fr"),
    pytest.param("RW", "en", InstrumentKind.BILL, id="RW-bill-en"),
    pytest.param("RW", "fr", InstrumentKind.BILL, id="RW-bill-fr"),
    pytest.param("PY", "es", InstrumentKind.REGULATION, id="PY-regulation"),
    pytest.param("PY", "es", InstrumentKind.BILL, id="PY-bill"),
]


# Rwanda has decentralised entities (the Districts and the City of Kigali), not local
# authorities.
COUNTRY_WORDS = {"RW": r"local authorit"}


def build_example(library, country, lang, kind):
    if kind is InstrumentKind.BILL:
        return example_bill(library, country, lang)
    return example(library, country, lang)


@pytest.mark.parametrize(("country", "lang", "kind"), EXAMPLE_BUILDS)
def test_examples_name_the_country_its_bodies_and_laws(library, country, lang, kind):
    instrument = build_example(library, country, lang, kind)

    lines = [re.sub(BASEL_TERMS[lang], "", line) for line in all_text(instrument).splitlines()]

    words = "|".join(filter(None, (GENERIC_WORDS[lang], COUNTRY_WORDS.get(country))))
    assert [line for line in lines if re.search(words, line)] == []


def test_the_zambian_title_and_commencement_are_regulation_1_and_interpretation_regulation_2(
    library,
):
    instrument = example(library, "ZM")

    assert [(s.label, s.heading) for s in instrument.sections()[:2]] == [
        ("1.", "Title and commencement"),
        ("2.", "Interpretation"),
    ]
    assert "Commencement" not in {s.heading for s in instrument.sections()}


def test_a_zambian_instrument_commencing_on_publication_has_only_its_title(library):
    profile = library.profile("ZM")
    raw = json.loads((CLAUSES / "examples" / "zm.json").read_text("utf-8"))
    answers = validate_answers(library, profile, {**raw, "commencement": "publication"})

    instrument = assemble(library, profile, answers)

    first, second = instrument.sections()[:2]
    assert (first.label, first.heading, text(first)) == (
        "1.",
        "Title",
        "These Regulations may be cited as the Environmental Management (Electrical and Electronic "
        "Waste) Regulations, 2026.",
    )
    assert (second.label, second.heading) == ("2.", "Interpretation")


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        (
            "en",
            [
                ("Article One:", "Purpose of this Order"),
                ("Article 2:", "Definitions"),
                ("Article 3:", "Scope of application"),
            ],
        ),
        (
            "fr",
            [
                ("Article premier :", "Objet du présent arrêté"),
                ("Article 2 :", "Définitions"),
                ("Article 3 :", "Champ d'application"),
            ],
        ),
    ],
)
def test_the_rwandan_order_opens_with_purpose_definitions_and_scope(library, lang, expected):
    instrument = example(library, "RW", lang)

    assert [(s.label, s.heading) for s in instrument.sections()[:3]] == expected


def test_the_authority_cooperates_with_customs_instead_of_ordering_it(library):
    instrument = example(library, "ZM")

    functions = section(instrument, "Functions of the Agency and guidelines")
    cooperation = functions.children[1]
    assert text(cooperation) == (
        "In performing its functions under these Regulations, the Agency shall seek the cooperation "
        "of the following bodies, each acting within its own legal powers—"
    )
    assert text(cooperation.children[1]) == (
        "the Zambia Revenue Authority, on the enforcement, under the customs legislation that it "
        "administers, of the restrictions placed by these Regulations on the import and export of "
        "electrical and electronic equipment and e-waste, and on the exchange of the import data "
        "needed to identify producers;"
    )


@pytest.mark.parametrize(
    ("country", "lang", "customs"),
    [
        ("ZM", "en", "Zambia Revenue Authority"),
        ("RW", "en", "Rwanda Revenue Authority (RRA)"),
        ("RW", "fr", "Office rwandais des recettes (RRA)"),
        ("PY", "es", "Dirección Nacional de Ingresos Tributarios (DNIT)"),
    ],
)
def test_no_provision_gives_customs_an_order(library, country, lang, customs):
    text_of = all_text(example(library, country, lang))

    orders = re.findall(
        rf"{re.escape(customs)},? (?:shall|must|may refuse|doit|deberá|no autorizará|retendrá)\b",
        text_of,
    )
    assert orders == []
