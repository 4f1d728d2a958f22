"""Policy checks POL01-POL30: each flags its mechanism without the safeguard, at the
provision that sets up the mechanism, in English (Zambia), French (Rwanda) and Spanish
(Paraguay); our example drafts, as models and as Word re-imports, give no error."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import replace

import pytest

from drafting.checker import check
from drafting.checker.context import Context
from drafting.checker.document import build
from drafting.checker.policy import CHECKS, index, split_sentences
from drafting.checker.report import Finding
from drafting.importer.docx import import_docx
from drafting.library import ClauseLibrary
from drafting.model import (
    Definition,
    Fact,
    Instrument,
    PreambleItem,
    Profile,
    ProfileId,
    Provision,
    ProvisionLevel,
    Schedule,
    TableBlock,
    TermId,
    Text,
    plain_text,
)
from drafting.render.docx import render_docx
from tests.checker.edits import drop, find_text, retext, set_text

# --- helpers shared with test_vires ----------------------------------------------------


def run_checks(
    instrument: Instrument,
    checks: tuple[Callable[[Context], Iterable[Finding]], ...],
    *,
    profile: Profile | None = None,
    library: ClauseLibrary | None = None,
) -> list[Finding]:
    """The findings of `checks` alone on the instrument (the other families left out)."""
    ctx = Context(build(instrument), profile=profile, library=library)
    return [f for run in checks for f in run(ctx)]


def policy(instrument: Instrument, rule: str = "", profile: Profile | None = None) -> list[Finding]:
    found = run_checks(instrument, CHECKS, profile=profile)
    return [f for f in found if not rule or f.rule == rule]


def mini(
    language: str,
    sections: list[tuple[str, str | list[str]]],
    *,
    country: str = "ZM",
    definitions: list[tuple[str, str]] = (),  # type: ignore[assignment]
    table: tuple[str, list[str], list[list[str]]] | None = None,
    preamble: list[str] = (),  # type: ignore[assignment]
) -> Instrument:
    """A small instrument written by hand: numbered sections (one text, or several
    subsections), an optional interpretation section first and a schedule with one table."""
    body: list[Provision] = []
    if definitions:
        body.append(
            Provision(
                eid="sec_1",
                level=ProvisionLevel.SECTION,
                num="1",
                label="1.",
                heading="Interpretation",
                content=(Text(text="In this instrument—"),),
                children=tuple(
                    Provision(
                        eid=f"sec_1__def_{i}",
                        level=ProvisionLevel.PARAGRAPH,
                        num="",
                        label="",
                        content=(Text(text=text),),
                        definition=Definition(term=TermId(term), label=term, relation="means"),
                    )
                    for i, (term, text) in enumerate(definitions, 1)
                ),
            )
        )
    for heading, texts in sections:
        n = len(body) + 1
        eid = f"sec_{n}"
        parts = [texts] if isinstance(texts, str) else texts
        if len(parts) == 1:
            body.append(
                Provision(
                    eid=eid,
                    level=ProvisionLevel.SECTION,
                    num=str(n),
                    label=f"{n}.",
                    heading=heading,
                    content=(Text(text=parts[0]),),
                )
            )
            continue
        children = tuple(
            Provision(
                eid=f"{eid}__subsec_{i}",
                level=ProvisionLevel.SUBSECTION,
                num=str(i),
                label=f"({i})",
                content=(Text(text=t),),
            )
            for i, t in enumerate(parts, 1)
        )
        body.append(
            Provision(
                eid=eid,
                level=ProvisionLevel.SECTION,
                num=str(n),
                label=f"{n}.",
                heading=heading,
                children=children,
            )
        )
    schedules: tuple[Schedule, ...] = ()
    if table is not None:
        heading, columns, rows = table
        schedules = (
            Schedule(
                eid="att_1",
                num="1",
                label="SCHEDULE",
                heading=heading,
                content=(TableBlock(columns=tuple(columns), rows=tuple(tuple(r) for r in rows)),),
            ),
        )
    return Instrument(
        country=ProfileId(country),
        language=language,
        instrument_type="regulation",
        title="Test instrument",
        preamble=tuple(PreambleItem(role="recital", content=(Text(text=p),)) for p in preamble),
        body=tuple(body),
        schedules=schedules,
    )


def with_fact(profile: Profile, path: str, value: object) -> Profile:
    """The profile with one fact changed (a test country, not a real one)."""
    fact = Fact(path=path, value=value, source="test")  # type: ignore[arg-type]
    return replace(profile, facts={**profile.facts, path: fact})


def preamble_replaced(instrument: Instrument, old: str, new: str) -> Instrument:
    items = []
    found = False
    for item in instrument.preamble:
        text = plain_text(item.content)
        if old in text:
            found = True
            item = replace(item, content=(Text(text=text.replace(old, new)),))
        items.append(item)
    assert found, old
    return replace(instrument, preamble=tuple(items))


def cite(instrument: Instrument, words: str) -> str:
    """The provision, as the document numbers it, whose own words contain `words`."""
    return build(instrument).by_eid[find_text(instrument, words)].cite


def drop_text(instrument: Instrument, *words: str) -> Instrument:
    for w in words:
        instrument = drop(instrument, find_text(instrument, w))
    return instrument


def drop_section(instrument: Instrument, heading: str) -> Instrument:
    section = next(s for s in build(instrument).sections if s.heading == heading)
    return drop(instrument, section.eid)


# --- the language layer's sentences --------------------------------------------------


def test_sentences_split_at_a_full_stop_and_a_capital_not_after_an_abbreviation() -> None:
    text = "See Statutory Instrument No. 65 of 2018. The Agency shall act. Art. 7 applies."
    assert split_sentences(text) == [
        "See Statutory Instrument No. 65 of 2018.",
        "The Agency shall act.",
        "Art. 7 applies.",
    ]


def test_concepts_are_matched_on_lemmas(zm) -> None:
    """A lemma phrase ("producer") finds the plural; the index answers per sentence."""
    ix = index(Context(build(zm)))
    producers = ix.find("producer")
    assert any("producers" in s.low and "producer " not in s.low for s in producers)
    assert all(ix.has(s, "producer") for s in producers)


# --- our drafts: no error-severity policy finding ------------------------------------


@pytest.mark.parametrize("name", ["zm", "rw_en", "rw_fr", "py"])
def test_example_drafts_give_no_policy_finding(
    name: str, request: pytest.FixtureRequest, library: ClauseLibrary
) -> None:
    draft: Instrument = request.getfixturevalue(name)
    found = policy(draft, profile=library.profile(str(draft.country)))
    assert found == [], [(f.rule, f.provision, f.message) for f in found]


@pytest.mark.slow
@pytest.mark.parametrize("name", ["zm", "rw_en", "rw_fr", "py"])
def test_word_reimports_of_the_example_drafts_give_no_policy_error(
    name: str, request: pytest.FixtureRequest, library: ClauseLibrary
) -> None:
    draft: Instrument = request.getfixturevalue(name)
    profile = library.profile(str(draft.country))
    reimport = import_docx(render_docx(draft))
    errors = [f for f in policy(reimport, profile=profile) if f.severity == "error"]
    assert errors == [], [(f.rule, f.provision, f.message) for f in errors]


def test_policy_findings_go_through_check_with_category_and_severity(zm, library) -> None:
    planted = drop_text(zm, "evidence that each item is protected against damage")
    report = check(planted, library=library)
    (finding,) = report.by_rule("POL04")
    assert finding.category == "policy-conflict"
    assert finding.severity == "error"
    assert finding.provision == "30(1)"
    assert finding.eid
    assert "packaging" in finding.message
    assert "packaging" in finding.suggestion


def test_a_waste_by_law_without_producers_gets_no_policy_finding() -> None:
    bylaw = mini(
        "en",
        [
            ("Title", "These By-laws may be cited as the Waste Management By-laws."),
            (
                "Collection of waste",
                [
                    "The Council shall collect household refuse from every premises once a week.",
                    "No person shall dump refuse on a road or in a public place.",
                    "An owner of premises shall keep refuse in a closed container.",
                ],
            ),
            (
                "Fees",
                "The Council may charge a fee for the removal of garden refuse, as set by "
                "resolution of the Council.",
            ),
            ("Offences", "A person who contravenes section 2 commits an offence."),
        ],
    )
    assert [f for f in policy(bylaw) if f.severity != "info"] == []


# --- POL01: a Bamako party admitting hazardous e-waste -------------------------------


def test_pol01_flags_hazardous_imports_with_consent_in_a_bamako_party(zm, rw_fr, library) -> None:
    cases = [
        (
            zm,
            "No person shall import hazardous e-waste, and the Agency shall not consent to such "
            "an import.",
            "No person shall import hazardous e-waste without the written consent of the Agency.",
        ),
        (
            rw_fr,
            "il est interdit d'introduire dans le pays des DEEE dangereux",
            "Les DEEE dangereux peuvent être importés en vue de leur valorisation avec le "
            "consentement écrit de l'Office",
        ),
    ]
    for draft, old, new in cases:
        profile = library.profile(str(draft.country))
        party = with_fact(profile, "treaties.bamako.party", True)
        planted = retext(draft, find_text(draft, old), old, new)
        (finding,) = policy(planted, "POL01", party)
        assert finding.provision == cite(planted, new[:40])
        assert "Bamako" in finding.message
        assert finding.severity == "error"
        # controls: the unplanted draft in a Bamako party; the planted one in a non-party,
        # and with no country known
        assert policy(draft, "POL01", party) == []
        assert policy(planted, "POL01", profile) == []
        assert policy(planted, "POL01", None) == []


# --- POL02: Basel prior informed consent -----------------------------------------------


@pytest.mark.parametrize(
    ("language", "entry", "free"),
    [
        (
            "en",
            "Exports of e-waste listed in entry B1110 of Annex IX are not controlled.",
            "Non-hazardous e-waste may be exported without notification or consent.",
        ),
        (
            "fr",
            "Les DEEE de la rubrique A1180 de l'annexe VIII sont soumis à la procédure.",
            "Les DEEE non dangereux peuvent être exportés sans notification ni consentement.",
        ),
        (
            "es",
            "Los RAEE del rubro B1110 del Anexo IX no están sujetos a control.",
            "Los RAEE no peligrosos podrán exportarse sin notificación ni consentimiento.",
        ),
    ],
)
def test_pol02_flags_old_basel_entries_and_movements_without_consent(
    language: str, entry: str, free: str
) -> None:
    doc = mini(language, [("Movements", [entry, free])])
    found = policy(doc, "POL02")
    assert sorted(f.provision for f in found) == ["1(1)", "1(2)"]
    assert any("BC-15/18" in f.message for f in found)
    assert any("prior informed consent" in f.message for f in found)


def test_pol02_is_silent_on_our_basel_provisions(zm, rw_fr, py) -> None:
    for draft in (zm, rw_fr, py):
        assert policy(draft, "POL02") == []


# --- POL03: the Ban Amendment cited for a country outside Annex VII ------------------


@pytest.mark.parametrize(
    ("name", "text"),
    [
        (
            "zm",
            "In accordance with the Ban Amendment to the Basel Convention, no person shall export "
            "hazardous e-waste to a State that is not listed in Annex VII.",
        ),
        (
            "rw_fr",
            "Conformément à l'amendement portant interdiction de la Convention de Bâle, nul ne "
            "peut exporter des DEEE dangereux vers un État non inscrit à l'annexe VII.",
        ),
        (
            "py",
            "De conformidad con la Enmienda de Prohibición del Convenio de Basilea, queda "
            "prohibido exportar RAEE peligrosos a Estados no incluidos en el Anexo VII.",
        ),
    ],
)
def test_pol03_flags_the_ban_amendment_cited_to_restrict_exports(
    name: str, text: str, request: pytest.FixtureRequest, library: ClauseLibrary
) -> None:
    draft: Instrument = request.getfixturevalue(name)
    profile = library.profile(str(draft.country))
    target = find_text(draft, "A1181")
    planted = set_text(draft, target, text)
    (finding,) = policy(planted, "POL03", profile)
    assert finding.provision == cite(planted, text[:30])
    assert policy(draft, "POL03", profile) == []  # Paraguay's recital of its ratification


# --- POL04-POL05: used equipment ---------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "packaging", "where"),
    [
        ("zm", "evidence that each item is protected against damage", "30(1)"),
        ("rw_fr", "la preuve que chaque équipement est protégé contre les dommages", "34(1)"),
        ("py", "prueba de que cada aparato está protegido contra daños", "33(1)"),
    ],
)
def test_pol04_flags_used_equipment_admitted_without_packaging(
    name: str, packaging: str, where: str, request: pytest.FixtureRequest
) -> None:
    draft: Instrument = request.getfixturevalue(name)
    assert policy(draft, "POL04") == []
    (finding,) = policy(drop_text(draft, packaging), "POL04")
    assert finding.provision == where
    assert finding.message.endswith(
        "without protective packaging; without them e-waste can be shipped as second-hand goods."
    )


def test_pol04_lists_every_missing_condition() -> None:
    doc = mini(
        "en",
        [("Used equipment", "Used equipment may be imported as goods that are not waste.")],
    )
    (finding,) = policy(doc, "POL04")
    for missing in ("contract", "functionality test", "record", "declaration", "packaging"):
        assert missing in finding.message


@pytest.mark.parametrize(
    ("name", "old", "new"),
    [
        (
            "zm",
            "the equipment is to be returned after repair or analysis, and the residues of the "
            "repair are to be managed in an environmentally sound manner; and",
            "the equipment is to be returned after repair or analysis; and",
        ),
        (
            "rw_fr",
            "les équipements soient renvoyés après réparation ou analyse et les résidus de la "
            "réparation gérés de manière écologiquement rationnelle ;",
            "les équipements soient renvoyés après réparation ou analyse ;",
        ),
        (
            "py",
            "los aparatos sean devueltos tras la reparación o el análisis y los residuos de la "
            "reparación se gestionen de manera ambientalmente racional; y",
            "los aparatos sean devueltos tras la reparación o el análisis; y",
        ),
    ],
)
def test_pol05_flags_a_repair_exemption_without_residue_management(
    name: str, old: str, new: str, request: pytest.FixtureRequest
) -> None:
    draft: Instrument = request.getfixturevalue(name)
    assert policy(draft, "POL05") == []
    planted = retext(draft, find_text(draft, old), old, new)
    (finding,) = policy(planted, "POL05")
    assert "residues" in finding.message
    assert finding.severity == "warning"
    path = build(planted).by_eid[find_text(planted, new)].path
    assert finding.provision == f"{path[0]}({path[1]})"  # the exemption, not its paragraph


# --- POL06: EPR without a register -----------------------------------------------------


def test_pol06_flags_epr_obligations_once_the_register_is_gone(zm) -> None:
    assert policy(zm, "POL06") == []
    planted = drop_section(zm, "Registration of producers")
    (finding,) = policy(planted, "POL06")
    assert finding.provision == "9(4)"  # the first producer's duty to finance
    assert "a register of producers" in finding.message
    section = build(planted).by_eid[finding.eid].section
    assert section is not None
    assert section.heading == "Extended producer responsibility"


@pytest.mark.parametrize(
    ("name", "reference"),
    [
        (
            "rw_fr",
            " en application de l'article 2 de la Loi n° ___/2026 du ___/___/2026 régissant "
            "les déchets d'équipements électriques et électroniques",
        ),
        ("py", " conforme al artículo 2° de la Ley N° ___/2026"),
    ],
)
def test_pol06_accepts_a_register_kept_under_the_companion_law_and_flags_none(
    name: str, reference: str, request: pytest.FixtureRequest
) -> None:
    """Rwanda's and Paraguay's registers are kept under the companion law: the order and the
    decree refer to it. Without that reference, nothing sets up a register."""
    draft: Instrument = request.getfixturevalue(name)
    assert policy(draft, "POL06") == []
    planted = retext(draft, find_text(draft, reference.strip()), reference, "")
    (finding,) = policy(planted, "POL06")
    assert "register of producers" in finding.message
    ix = index(Context(build(planted)))
    assert finding.eid in {s.unit.eid for s in ix.find("producer", "duty")}


# --- POL07-POL08: targets and their basis ----------------------------------------------

_POM_TARGET = {
    "en": "Every producer shall collect each calendar year at least 30 per cent of the average "
    "weight of electrical and electronic equipment that it placed on the market in the three "
    "preceding years.",
    "fr": "Tout producteur doit collecter chaque année civile au moins 30 % du poids moyen "
    "des EEE qu'il a mis sur le marché au cours des trois années précédentes, taux minimal "
    "de collecte.",
    "es": "Todo productor deberá alcanzar cada año calendario una meta de recolección del 30 % "
    "del peso medio de los AEE que haya introducido en el mercado en los tres años anteriores.",
}


def test_pol07_flags_a_pom_target_without_producer_reporting(zm) -> None:
    heading = "Returns and records of producers"
    no_returns = drop_section(zm, heading)
    target = set_text(
        no_returns,
        find_text(no_returns, "Every producer shall keep records and report"),
        _POM_TARGET["en"],
    )
    (finding,) = policy(target, "POL07")
    assert finding.provision == cite(target, "at least 30 per cent")
    # control: with the producers' returns, the same target is computable
    assert (
        policy(
            set_text(
                zm, find_text(zm, "Every producer shall keep records and report"), _POM_TARGET["en"]
            ),
            "POL07",
        )
        == []
    )


def test_pol07_in_french_and_spanish() -> None:
    for language, report in (
        (
            "fr",
            "Tout producteur doit déclarer chaque trimestre à l'Office le poids des EEE qu'il "
            "a mis sur le marché, par catégorie.",
        ),
        (
            "es",
            "Todo productor deberá informar trimestralmente a la Autoridad de Aplicación las "
            "cantidades de AEE que haya introducido en el mercado, por categoría.",
        ),
    ):
        alone = mini(language, [("Objectifs", _POM_TARGET[language])])
        (finding,) = policy(alone, "POL07")
        assert finding.provision == "1"
        both = mini(language, [("Objectifs", _POM_TARGET[language]), ("Rapports", report)])
        assert policy(both, "POL07") == []


def test_pol07_accepts_the_spanish_example_reporting_under_the_companion_law(py) -> None:
    assert policy(py, "POL07") == []
    planted = drop_text(
        py,
        "Mientras un productor no haya informado las cantidades",
        "Los pesos utilizados para el cálculo de la tasa de recolección serán los declarados",
    )
    # the reports under article 8 of the companion law are still named (as a failure to file)
    assert policy(planted, "POL07") == []
    planted = drop_text(planted, "los productores que no hayan presentado en término")
    found = policy(planted, "POL07")
    assert [f.provision for f in found] == ["16(2)"]


@pytest.mark.parametrize("name", ["rw_en", "rw_fr"])
def test_pol08_flags_a_generated_basis_without_estimation_method(
    name: str, request: pytest.FixtureRequest
) -> None:
    draft: Instrument = request.getfixturevalue(name)
    assert policy(draft, "POL08") == []
    words = "method for estimating" if name == "rw_en" else "méthode d'estimation"
    annex = (
        " as estimated by the method published by the Authority"
        if name == "rw_en"
        else ", tel qu'estimé selon la méthode publiée par l'Office"
    )
    planted = drop(draft, find_text(draft, words))
    assert policy(planted, "POL08") == []  # the annex still names the published method
    planted = retext(planted, find_text(planted, annex.strip(" ,")), annex, "")
    (finding,) = policy(planted, "POL08")
    assert finding.provision == "17(2)"
    assert finding.severity == "warning"


def test_pol08_in_spanish() -> None:
    target = (
        "Todo productor deberá alcanzar una meta de recolección del 40 % del peso de los RAEE "
        "generados en el territorio nacional."
    )
    (finding,) = policy(mini("es", [("Metas", target)]), "POL08")
    assert finding.provision == "1"
    method = "La Autoridad de Aplicación publicará el método de estimación de los RAEE generados."
    assert policy(mini("es", [("Metas", [target, method])]), "POL08") == []


# --- POL09: PROs without safeguards ---------------------------------------------------


@pytest.mark.parametrize(
    ("name", "audit", "where"),
    [
        ("rw_en", "have its financial statements", "10(1)"),
        ("rw_fr", "doit faire vérifier chaque année par un auditeur indépendant", "10(1)"),
        ("py", "deberá someter anualmente a auditoría externa independiente", "9°(1)"),
    ],
)
def test_pol09_flags_pro_authorisation_without_audit(
    name: str, audit: str, where: str, request: pytest.FixtureRequest
) -> None:
    draft: Instrument = request.getfixturevalue(name)
    assert policy(draft, "POL09") == []
    planted = drop_text(draft, audit)
    (finding,) = policy(planted, "POL09")
    assert finding.provision == where
    assert "audit" in finding.message
    assert "governance" not in finding.message


def test_pol09_flags_pros_without_any_authorisation() -> None:
    doc = mini(
        "en",
        [("Schemes", "Every producer shall join a producer responsibility organisation.")],
    )
    (finding,) = policy(doc, "POL09")
    assert finding.provision == "1"
    assert "authorised" in finding.message


def test_pol09_leaves_pros_authorised_under_another_regime_to_that_regime(zm) -> None:
    """Zambia's PROs are authorised by the Agency under section 58 of the Act."""
    assert policy(zm, "POL09") == []


# --- POL10: fees, levies and funds --------------------------------------------------------

_FUND = {
    "en": (
        "There is established the E-waste Fund, into which every producer shall pay an "
        "advance recycling fee for each item placed on the market.",
        [
            "The fees shall be paid into an account of the Agency held for that purpose alone.",
            "The Fund shall be used only to finance the collection and treatment of e-waste.",
            "The Agency shall keep separate accounts of the Fund, have them audited every year "
            "and publish an annual report on the Fund.",
        ],
    ),
    "fr": (
        "Il est créé un fonds de gestion des DEEE, alimenté par une redevance de recyclage due "
        "par chaque producteur.",
        [
            "La redevance est versée sur un compte de l'Office ouvert à cette seule fin.",
            "Les ressources du fonds sont affectées exclusivement à la collecte et au traitement.",
            "L'Office tient une comptabilité séparée du fonds, la fait auditer chaque année et "
            "publie un rapport annuel.",
        ],
    ),
    "es": (
        "Créase el Fondo de Gestión de RAEE, financiado con una tasa de reciclaje que "
        "abonarán los productores.",
        [
            "La tasa se depositará en una cuenta de la Autoridad de Aplicación abierta al efecto.",
            "Los recursos del Fondo solo podrán destinarse a la recolección y el tratamiento.",
            "La Autoridad de Aplicación llevará contabilidad separada del Fondo, la someterá a "
            "auditoría anual y publicará un informe anual.",
        ],
    ),
}


@pytest.mark.parametrize("language", ["en", "fr", "es"])
def test_pol10_flags_a_fund_without_rules_and_accepts_one_with_them(language: str) -> None:
    fund, rules = _FUND[language]
    (finding,) = policy(mini(language, [("Fund", fund)]), "POL10")
    assert finding.provision == "1"
    for part in ("who holds", "used for", "accounts", "audit", "annual report"):
        assert part in finding.message
    assert policy(mini(language, [("Fund", [fund, *rules])]), "POL10") == []


# --- POL11: the informal sector -------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "practices"),
    [
        ("zm", "Without limiting regulation 20 (4), no informal collector"),
        ("rw_fr", "il est interdit à tout récupérateur informel"),
        ("py", "queda prohibido a todo reciclador de base"),
    ],
)
def test_pol11_flags_informal_integration_without_the_ban_on_burning_and_leaching(
    name: str, practices: str, request: pytest.FixtureRequest
) -> None:
    draft: Instrument = request.getfixturevalue(name)
    assert policy(draft, "POL11") == []
    planted = drop_text(draft, practices)
    (finding,) = policy(planted, "POL11")
    assert "open burning and acid leaching" in finding.message
    assert finding.severity == "warning"
    section = build(planted).by_eid[finding.eid].section
    assert section is not None
    assert section.heading is not None


# --- POL12: bans at commencement ------------------------------------------------------------


def test_pol12_flags_an_immediate_landfill_ban_without_capacity_or_storage(zm) -> None:
    ban = find_text(zm, "With effect from the expiry of twelve months after the commencement")
    planted = set_text(
        zm,
        ban,
        "No person shall dispose of e-waste at a landfill, dumpsite or other site for the final "
        "disposal of waste, or incinerate it.",
    )
    assert policy(planted, "POL12") == []  # the capacity assessment and interim storage remain
    planted = drop_text(
        planted,
        "the Agency shall assess and publish the capacity",
        "the Agency may authorise the interim storage",
        "does not apply to interim storage authorised",
    )
    (finding,) = policy(planted, "POL12")
    assert finding.provision == "21(1)"
    assert policy(zm, "POL12") == []


@pytest.mark.parametrize(
    ("language", "ban"),
    [
        ("fr", "Il est interdit d'éliminer des DEEE dans une décharge."),
        ("es", "Queda prohibido disponer RAEE en rellenos sanitarios o vertederos."),
    ],
)
def test_pol12_in_french_and_spanish(language: str, ban: str) -> None:
    (finding,) = policy(mini(language, [("Interdiction", ban)]), "POL12")
    assert finding.provision == "1"
    later = {
        "fr": "À compter de l'expiration d'un délai de vingt-quatre mois, "
        + ban[0].lower()
        + ban[1:],
        "es": "Transcurrido el plazo de veinticuatro meses, " + ban[0].lower() + ban[1:],
    }[language]
    assert policy(mini(language, [("Interdiction", later)]), "POL12") == []


# --- POL13: re-use without data sanitisation --------------------------------------------

_REUSE = {
    "en": (
        "The Agency shall promote the re-use of electrical and electronic equipment.",
        "Every refurbisher shall erase the data on every data-bearing device.",
    ),
    "fr": (
        "L'Office promeut le réemploi des équipements électriques et électroniques.",
        "Tout reconditionneur doit procéder à l'effacement des données de chaque appareil.",
    ),
    "es": (
        "La Autoridad de Aplicación promoverá la reutilización de los AEE.",
        "Todo reacondicionador deberá realizar el borrado seguro de datos de cada aparato.",
    ),
}


@pytest.mark.parametrize("language", ["en", "fr", "es"])
def test_pol13_flags_reuse_promoted_without_data_erasure(language: str) -> None:
    promote, erase = _REUSE[language]
    (finding,) = policy(mini(language, [("Re-use", promote)]), "POL13")
    assert finding.provision == "1"
    assert policy(mini(language, [("Re-use", [promote, erase])]), "POL13") == []


# --- POL14-POL15: target tables -----------------------------------------------------------


def test_pol14_flags_a_target_that_falls_and_accepts_one_that_rises() -> None:
    falling = (
        "Collection targets",
        ["Year", "Minimum collection rate"],
        [["2028", "20 %"], ["2030", "30 %"], ["2032", "25 %"]],
    )
    doc = mini(
        "en", [("Targets", "Producers shall meet the targets in the Schedule.")], table=falling
    )
    (finding,) = policy(doc, "POL14")
    assert finding.provision == "SCHEDULE"
    assert "30 % in 2030 to 25 % in 2032" in finding.message
    rising = (falling[0], falling[1], [["2028", "20 %"], ["2030", "30 %"], ["2032", "35 %"]])
    doc = mini(
        "en", [("Targets", "Producers shall meet the targets in the Schedule.")], table=rising
    )
    assert policy(doc, "POL14") == []


def test_pol14_in_the_spanish_example(py) -> None:
    assert policy(py, "POL14") == []
    from tests.checker.edits import edit_table

    planted = edit_table(py, 1, 3, 1, "10 %")  # 2036: 30 % -> 10 %
    (finding,) = policy(planted, "POL14")
    assert finding.provision == "ANEXO II"
    assert "2036" in finding.message


@pytest.mark.parametrize(("name", "schedule"), [("rw_fr", 2), ("py", 2)])
def test_pol15_flags_a_recovery_target_below_recycling(
    name: str, schedule: int, request: pytest.FixtureRequest
) -> None:
    from tests.checker.edits import edit_table

    draft: Instrument = request.getfixturevalue(name)
    assert policy(draft, "POL15") == []
    planted = edit_table(draft, schedule, 0, 1, "70")  # category 1: recovery 85 -> 70 < 80
    (finding,) = policy(planted, "POL15")
    assert "(70 %) is below the recycling target (80 %)" in finding.message
    assert finding.provision == build(planted).schedules[schedule].label


def test_pol15_flags_a_target_above_100_percent() -> None:
    table = ("Targets", ["Year", "Minimum collection rate"], [["2028", "120 %"]])
    doc = mini("en", [("Targets", "Producers shall meet the targets.")], table=table)
    (finding,) = policy(doc, "POL15")
    assert "120 %" in finding.message
    assert finding.severity == "error"


# --- POL16-POL18: financing and the producer -----------------------------------------------


@pytest.mark.parametrize(
    ("language", "retro", "shares"),
    [
        (
            "en",
            "Every producer shall finance the management of e-waste from equipment that it "
            "placed on the market before the commencement of these Regulations.",
            "That cost is shared among the producers present on the market in proportion to "
            "their market shares.",
        ),
        (
            "fr",
            "Tout producteur doit financer la gestion des DEEE issus des équipements qu'il a mis "
            "sur le marché avant l'entrée en vigueur du présent arrêté.",
            "Ce coût est réparti entre les producteurs au prorata de leurs parts de marché.",
        ),
        (
            "es",
            "Todo productor deberá financiar la gestión de los RAEE de los aparatos introducidos "
            "en el mercado antes de la entrada en vigencia del presente Decreto.",
            "Dicho costo se distribuirá entre los productores en proporción a sus cuotas de "
            "mercado.",
        ),
    ],
)
def test_pol16_flags_retroactive_financing_without_a_collective_mechanism(
    language: str, retro: str, shares: str
) -> None:
    (finding,) = policy(mini(language, [("Financing", retro)]), "POL16")
    assert finding.provision == "1"
    assert finding.severity == "error"
    assert policy(mini(language, [("Financing", [retro, shares])]), "POL16") == []


def test_pol16_is_silent_on_our_historical_waste_rule(zm, rw_fr, py) -> None:
    for draft in (zm, rw_fr, py):
        assert policy(draft, "POL16") == []


def test_pol17_flags_financing_of_new_products_only() -> None:
    new_only = (
        "Each producer finances the management of the e-waste from the equipment that the "
        "producer places on the market after the commencement of these Regulations."
    )
    (finding,) = policy(mini("en", [("Financing", new_only)]), "POL17")
    assert finding.provision == "1"
    orphans = "The cost of managing historical e-waste and orphan e-waste is met by the Fund."
    assert policy(mini("en", [("Financing", [new_only, orphans])]), "POL17") == []


@pytest.mark.parametrize(
    ("name", "importer"),
    [
        (
            "zm",
            " (iii) is the first to place on the market electrical and electronic equipment "
            "imported from another country; or",
        ),
        ("rw_fr", " iii) est la première à mettre sur le marché des EEE importés ; ou"),
        ("py", " iii) sea la primera en introducir en el mercado AEE importados; o"),
    ],
)
def test_pol18_flags_a_producer_definition_without_importers(
    name: str, importer: str, request: pytest.FixtureRequest
) -> None:
    draft: Instrument = request.getfixturevalue(name)
    assert policy(draft, "POL18") == []
    unit = next(
        d.unit
        for d in build(draft).definitions
        if d.term.lower() in ("producer", "producteur", "productor")
    )
    planted = retext(draft, unit.eid, importer, "")
    (finding,) = policy(planted, "POL18")
    assert finding.provision == unit.cite
    assert "importers" in finding.message


def test_pol18_flags_foreign_sellers_without_representative_or_marketplace_duty() -> None:
    producer = (
        "producer",
        "“producer” means a person who manufactures equipment under its own brand, imports it, "
        "or sells it by distance communication to users while established outside Zambia;",
    )
    register = (
        "A producer shall not place equipment on the market unless registered with the Agency."
    )
    doc = mini("en", [("Registration", register)], definitions=[producer])
    (finding,) = policy(doc, "POL18")
    assert "authorised representative" in finding.message
    representative = (
        "A producer established outside Zambia shall appoint an authorised representative."
    )
    doc = mini("en", [("Registration", [register, representative])], definitions=[producer])
    assert policy(doc, "POL18") == []


# --- POL19: treatment ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "heading", "removal"),
    [
        ("zm", "Treatment of e-waste", "Every licensed operator shall, before e-waste is shredded"),
        ("rw_fr", "Traitement des déchets", "Tout opérateur agréé doit, avant le broyage"),
        ("py", "Tratamiento de los residuos", "Todo operador autorizado deberá, antes de triturar"),
    ],
)
def test_pol19_flags_treatment_without_a_selective_treatment_list(
    name: str, heading: str, removal: str, request: pytest.FixtureRequest
) -> None:
    draft: Instrument = request.getfixturevalue(name)
    assert policy(draft, "POL19") == []
    planted = drop_text(draft, removal)
    (finding,) = policy(planted, "POL19")
    section = next(s for s in build(planted).sections if s.heading == heading)
    assert finding.eid == section.eid
    assert "removed before shredding" in finding.message


def test_pol19_flags_untreated_e_waste_allowed_in_landfills() -> None:
    doc = mini("en", [("Disposal", "E-waste may be disposed of at a landfill.")])
    (finding,) = policy(doc, "POL19")
    assert finding.provision == "1"
    assert "without treatment" in finding.message


# --- POL20-POL23 -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "old", "new"),
    [
        (
            "py",
            "cuando el exportador acredite documentalmente que el movimiento se ajustó al "
            "artículo 32 y que fueron tratados en condiciones equivalentes a las exigidas en el "
            "presente Decreto",
            "cuando se exporten",
        ),
        (
            "rw_fr",
            "que si l'exportateur prouve, pièces à l'appui, que le mouvement a respecté l'article "
            "33 et que les déchets ont été traités dans des conditions équivalentes à celles "
            "exigées par le présent arrêté",
            "que s'ils ont été exportés",
        ),
    ],
)
def test_pol20_flags_exports_counted_without_proof_of_equivalent_treatment(
    name: str, old: str, new: str, request: pytest.FixtureRequest
) -> None:
    draft: Instrument = request.getfixturevalue(name)
    assert policy(draft, "POL20") == []
    where = find_text(draft, old)
    planted = retext(draft, where, old, new)
    found = policy(planted, "POL20")
    assert build(planted).by_eid[where].cite in [f.provision for f in found]


def test_pol20_in_english() -> None:
    counted = "E-waste exported for treatment counts towards the collection targets."
    (finding,) = policy(mini("en", [("Targets", counted)]), "POL20")
    assert finding.provision == "1"


@pytest.mark.parametrize(
    ("name", "old", "new"),
    [
        (
            "zm",
            "and shall make it available free of charge to the producers responsible under "
            "regulation 9, who shall collect it at their own cost, directly or through a "
            "licensed operator.",
            ".",
        ),
    ],
)
def test_pol21_flags_take_back_without_onward_collection(
    name: str, old: str, new: str, request: pytest.FixtureRequest
) -> None:
    draft: Instrument = request.getfixturevalue(name)
    assert policy(draft, "POL21") == []
    planted = retext(draft, find_text(draft, old), old, new)
    # the producers still remove what distributors keep when the storage is full
    assert policy(planted, "POL21") == []
    planted = drop_text(planted, "or the place where a distributor keeps the e-waste taken back")
    (finding,) = policy(planted, "POL21")
    assert finding.provision == cite(planted, "on a one-to-one basis")


@pytest.mark.parametrize(
    ("language", "duty", "onward"),
    [
        (
            "fr",
            "Tout distributeur doit reprendre gratuitement les DEEE de type équivalent.",
            "Les producteurs collectent à leurs frais les DEEE repris par les distributeurs.",
        ),
        (
            "es",
            "Todo distribuidor deberá recibir del comprador, sin costo alguno, los RAEE de tipo "
            "equivalente.",
            "Los productores deberán retirar a su costo los RAEE recibidos por los distribuidores.",
        ),
    ],
)
def test_pol21_in_french_and_spanish(language: str, duty: str, onward: str) -> None:
    (finding,) = policy(mini(language, [("Reprise", duty)]), "POL21")
    assert finding.provision == "1"
    assert policy(mini(language, [("Reprise", [duty, onward])]), "POL21") == []


def test_pol22_flags_zero_to_one_take_back_in_every_shop(rw_fr) -> None:
    assert policy(rw_fr, "POL22") == []
    duty = "Every distributor shall take back very small e-waste without any obligation to buy."
    (finding,) = policy(mini("en", [("Take-back", duty)]), "POL22")
    assert finding.severity == "info"
    assert finding.provision == "1"
    limited = duty + " This applies to shops with a sales area of at least 400 square metres."
    assert policy(mini("en", [("Take-back", limited)]), "POL22") == []


@pytest.mark.parametrize(
    ("language", "competing", "clearing"),
    [
        (
            "en",
            "The Agency may authorise more than one producer responsibility organisation for "
            "the same category.",
            "The organisations shall establish a clearing house.",
        ),
        (
            "es",
            "La Autoridad de Aplicación podrá autorizar más de un sistema colectivo de gestión "
            "para una misma categoría.",
            "Los sistemas constituirán una cámara de compensación.",
        ),
    ],
)
def test_pol23_flags_competing_pros_without_a_clearing_house(
    language: str, competing: str, clearing: str
) -> None:
    (finding,) = policy(mini(language, [("PROs", competing)]), "POL23")
    assert finding.provision == "1"
    assert policy(mini(language, [("PROs", [competing, clearing])]), "POL23") == []


def test_pol23_accepts_a_single_pro_per_category(rw_fr, py) -> None:
    assert policy(rw_fr, "POL23") == []
    assert policy(py, "POL23") == []


# --- POL24-POL30 -----------------------------------------------------------------------------


def test_pol24_flags_tradable_certificates_without_safeguards() -> None:
    trade = "Producers may buy and sell recycling certificates to meet their targets."
    (finding,) = policy(mini("en", [("Certificates", trade)]), "POL24")
    for part in ("registration of issuers", "verification", "audit", "false data"):
        assert part in finding.message
    safeguards = [
        trade,
        "Only a registered operator may issue a recycling certificate.",
        "The Agency shall verify and audit every certificate issued.",
        "A person who issues a false certificate commits an offence.",
    ]
    assert policy(mini("en", [("Certificates", safeguards)]), "POL24") == []


def test_pol25_notes_targets_without_a_review_clause(rw_fr) -> None:
    assert policy(rw_fr, "POL25") == []
    (finding,) = policy(mini("fr", [("Objectifs", _POM_TARGET["fr"])]), "POL25")
    assert finding.severity == "info"
    review = "L'Office révise les taux minimaux tous les trois ans."
    assert policy(mini("fr", [("Objectifs", [_POM_TARGET["fr"], review])]), "POL25") == []


def test_pol26_notes_records_kept_less_long_than_the_audit_period() -> None:
    keep = "Every operator shall keep records for two years."
    audit = "The Agency shall audit every operator every five years."
    (finding,) = policy(mini("en", [("Records", [keep, audit])]), "POL26")
    assert finding.provision == "1(1)"
    assert "kept for 2 years, less than the 5 years period" in finding.message
    longer = "Every operator shall keep records for five years."
    assert policy(mini("en", [("Records", [longer, audit])]), "POL26") == []


def test_pol27_flags_exclusive_municipal_waste_and_producer_targets() -> None:
    exclusive = "Municipalities have the exclusive right to collect household waste."
    target = _POM_TARGET["en"]
    (finding,) = policy(mini("en", [("Municipalities", [exclusive, target])]), "POL27")
    assert finding.provision == "1(1)"
    reimburse = "Producers shall reimburse municipalities for the separate collection of e-waste."
    assert policy(mini("en", [("Municipalities", [exclusive, target, reimburse])]), "POL27") == []


@pytest.mark.parametrize(
    ("language", "exempt", "threshold"),
    [
        (
            "en",
            "Small producers are exempt from the obligations of this Part.",
            "A small producer is one that places fewer than 100 units on the market a year.",
        ),
        (
            "fr",
            "Les petits producteurs sont exemptés des obligations du présent chapitre.",
            "Est un petit producteur celui qui met sur le marché moins de cent unités par an.",
        ),
    ],
)
def test_pol28_notes_small_producers_exempt_without_a_threshold(
    language: str, exempt: str, threshold: str
) -> None:
    (finding,) = policy(mini(language, [("Small producers", exempt)]), "POL28")
    assert finding.severity == "info"
    assert policy(mini(language, [("Small producers", [exempt, threshold])]), "POL28") == []


def test_pol29_notes_annual_targets_without_a_storage_limit() -> None:
    target = _POM_TARGET["en"]
    (finding,) = policy(mini("en", [("Targets", target)]), "POL29")
    assert finding.provision == "1"
    limit = "No person shall store e-waste for more than 180 days before treating it."
    assert policy(mini("en", [("Targets", [target, limit])]), "POL29") == []


def test_pol30_notes_a_substance_restriction_reaching_old_spare_parts() -> None:
    rohs = (
        "No producer shall place on the market equipment containing more than 0.1 % of lead; "
        "this restriction of hazardous substances applies to every part."
    )
    (finding,) = policy(mini("en", [("Substances", rohs)]), "POL30")
    assert finding.severity == "info"
    spare = "The restriction does not apply to spare parts for equipment placed on the market before it."
    assert policy(mini("en", [("Substances", [rohs, spare])]), "POL30") == []


def test_every_policy_check_is_registered() -> None:
    codes = {c.__name__[:5].upper() for c in CHECKS}
    assert {"POL01", "POL04", "POL06", "POL07", "POL09", "POL10", "POL11", "POL15"} <= codes
    assert len(codes) >= 16


# --- how the rules read real drafting ----------------------------------------------------


def test_pol01_reads_hazardous_waste_brought_into_the_country(rw_en, library) -> None:
    old = (
        "no person may bring hazardous e-waste (entry A1181 of Annex VIII to the Basel "
        "Convention) into the country, whether for treatment, recovery, storage or disposal."
    )
    new = (
        "hazardous e-waste (entry A1181 of Annex VIII to the Basel Convention) may be brought "
        "into the country for recovery with the prior written consent of the Authority."
    )
    planted = retext(rw_en, find_text(rw_en, old), old, new)
    party = with_fact(library.profile("RW"), "treaties.bamako.party", True)
    assert [f.provision for f in policy(planted, "POL01", party)] == ["33(3)"]
    assert policy(rw_en, "POL01", party) == []


def test_french_duties_stated_in_the_present_tense() -> None:
    """French drafting states duties in the present tense ("Tout producteur déclare"): the
    target is a producer's duty, and so is the return that makes it computable."""
    target = (
        "Tout producteur atteint les taux minimaux de collecte fixés à l'annexe, exprimés en "
        "pourcentage du poids moyen des EEE qu'il a mis sur le marché."
    )
    (finding,) = policy(mini("fr", [("Objectifs", target)]), "POL07")
    assert finding.provision == "1"
    returns = (
        "Tout producteur déclare chaque année à l'Agence le poids des EEE qu'il a mis sur le "
        "marché, par catégorie."
    )
    assert policy(mini("fr", [("Objectifs", [target, returns])]), "POL07") == []
    may = "Le producteur peut déclarer le poids des EEE qu'il a mis sur le marché."
    assert policy(mini("fr", [("Objectifs", [target, may])]), "POL07") == []  # a report named


def test_pol09_reads_an_authorisation_the_authority_grants() -> None:
    grant = (
        "La Autoridad de Aplicación autorizará como sistema colectivo a la persona jurídica sin "
        "fines de lucro que lo solicite."
    )
    (finding,) = policy(mini("es", [("Sistemas colectivos", grant)]), "POL09")
    assert finding.provision == "1"
    assert "audit" in finding.message
    audit = (
        "El sistema colectivo deberá someter anualmente sus estados financieros a una "
        "auditoría externa independiente."
    )
    assert policy(mini("es", [("Sistemas colectivos", [grant, audit])]), "POL09") == []


def test_pol23_accepts_a_duty_on_each_organisation_to_cover_the_territory() -> None:
    competing = (
        "The Agency may authorise more than one producer responsibility organisation for the "
        "same category."
    )
    coverage = (
        "Every producer responsibility organisation shall collect the e-waste of its "
        "categories throughout the national territory."
    )
    assert policy(mini("en", [("PROs", [competing, coverage])]), "POL23") == []


def test_pol26_reads_a_retention_period_in_months_against_annual_returns(zm) -> None:
    old = "for not less than five years after the end of the calendar year to which it relates"
    new = "for not less than six months after the end of the calendar year to which it relates"
    planted = retext(zm, find_text(zm, old), old, new)
    (finding,) = policy(planted, "POL26")
    assert finding.provision == "6(3)"
    assert "6 months" in finding.message
    assert policy(zm, "POL26") == []


def test_pol28_flags_small_producers_left_to_the_authority_to_define(rw_en) -> None:
    old = (
        "A producer who placed on the market fewer than one hundred (100) units of electrical "
        "and electronic equipment in a calendar year, all categories taken together, is a "
        "small producer"
    )
    new = "A producer whose activity is of a small scale, as determined by the Authority, is a small producer"
    assert policy(rw_en, "POL28") == []
    planted = retext(rw_en, find_text(rw_en, old), old, new)
    (finding,) = policy(planted, "POL28")
    assert finding.provision.startswith("13(")


def test_pol29_does_not_count_interim_storage_as_a_storage_limit() -> None:
    target = _POM_TARGET["en"]
    interim = (
        "The Agency may authorise the interim storage of e-waste for periods of not more than "
        "twelve months at a time."
    )
    (finding,) = policy(mini("en", [("Targets", [target, interim])]), "POL29")
    assert finding.provision == "1(1)"


def test_pol30_points_at_a_restriction_that_names_spare_parts() -> None:
    general = "Every producer shall label the equipment that it places on the market."
    rohs = (
        "No person shall place on the market equipment, or spare parts for it, containing "
        "lead, mercury, cadmium or hexavalent chromium above the values the Agency publishes."
    )
    (finding,) = policy(mini("en", [("Products", [general, rohs])]), "POL30")
    assert finding.provision == "1(2)"


def test_pol12_accepts_a_ban_from_a_later_date() -> None:
    ban = "À compter du 1er janvier 2029, nul ne peut éliminer des DEEE en décharge."
    assert policy(mini("fr", [("Interdiction", ban)]), "POL12") == []
