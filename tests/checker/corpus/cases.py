"""The corpus: each document with the one defect planted in it and the findings the checker
must report, and the clean controls.

Provisions are cited as the checker's document view numbers them ("5(1)(b)"; Rwanda
"8(1)(2°)"; Paraguay "3°(1)"; schedules by their heading, "Annex II", "ANEXO II"); a
definition's finding may sit at the interpretation provision ("2") or at the definition
("2(5)"), both match "2". Whole-instrument findings (a missing provision, the recital)
are at "". Policy findings sit at the provision that triggers the "flag when" of
`../shared/domain.md` section 3."""

from __future__ import annotations

from tests.checker.corpus.build import (
    Case,
    InsertAfter,
    Op,
    Remove,
    Replace,
    Retitle,
    SetText,
    Swap,
    defect,
)

BAMAKO_PARTY = (("treaties.bamako.party", True),)


def case(
    id: str,
    kind: str,
    base: str,
    what: str,
    *ops: Op,
    expect: tuple[tuple[str, str], ...] = (),
    allow: tuple[str, ...] = (),
    other: str | None = None,
    country: str | None = None,
    facts: tuple[tuple[str, object], ...] = (),
) -> Case:
    return Case(
        id=id,
        kind=kind,
        base=base,
        defect=defect(what, *ops),
        expected=frozenset(expect),
        allowed=frozenset(allow),
        other=other,
        country=country,
        facts=facts,
    )


def control(id: str, kind: str, base: str, *, other: str | None = None) -> Case:
    return Case(id=id, kind=kind, base=base, defect=None, other=other)


CONTROLS = [
    control("ZM-model-clean", "model", "ZM"),
    control("ZM-docx-clean", "docx", "ZM"),
    control("RW-en-model-clean", "model", "RW-en"),
    control("RW-en-docx-clean", "docx", "RW-en"),
    control("RW-fr-model-clean", "model", "RW-fr"),
    control("RW-fr-docx-clean", "docx", "RW-fr"),
    control("PY-model-clean", "model", "PY"),
    control("PY-docx-clean", "docx", "PY"),
    control("plain-en-docx-clean", "docx", "plain-en"),
    control("plain-en-auto-docx-clean", "docx", "plain-en-auto"),
    control("plain-fr-docx-clean", "docx", "plain-fr"),
    control("plain-fr-auto-docx-clean", "docx", "plain-fr-auto"),
    control("plain-es-docx-clean", "docx", "plain-es"),
    control("RW-en-fr-model-aligned", "model", "RW-en", other="RW-fr"),
    control("RW-fr-en-docx-aligned", "docx", "RW-fr", other="RW-en"),
]

STRUCTURE = [
    # XREF001: a provision that does not exist
    case(
        "ZM-model-XREF001-regulation-99",
        "model",
        "ZM",
        'cite "regulation 99"',
        Replace("issue licences under regulation 19;", "issue licences under regulation 99;"),
        expect=(("XREF001", "5(1)(b)"),),
    ),
    case(
        "ZM-docx-XREF001-range",
        "docx",
        "ZM",
        'a range "regulations 29 to 43" that runs past the last regulation',
        Replace(
            "exports e-waste in contravention of regulation 29,",
            "exports e-waste in contravention of regulations 29 to 43,",
        ),
        expect=(("XREF001", "36(5)"),),
    ),
    case(
        "RW-fr-docx-XREF001-article-64",
        "docx",
        "RW-fr",
        "cite « l'article 64 »",
        Replace(
            "délivrer les agréments prévus à l'article 24",
            "délivrer les agréments prévus à l'article 64",
        ),
        expect=(("XREF001", "5(1)(4°)"),),
    ),
    case(
        "PY-docx-XREF001-articulo-47",
        "docx",
        "PY",
        'cite "artículo 47"',
        Replace(
            "Sin perjuicio de lo dispuesto en el artículo 4°",
            "Sin perjuicio de lo dispuesto en el artículo 47",
        ),
        expect=(("XREF001", "3°(1)"),),
    ),
    case(
        "plain-en-docx-XREF001-regulation-19",
        "docx",
        "plain-en",
        'cite "regulation 19"',
        Replace("is not registered under regulation 4.", "is not registered under regulation 19."),
        expect=(("XREF001", "5"),),
    ),
    case(
        "plain-es-docx-XREF001-articulo-19",
        "docx",
        "plain-es",
        'a definition cites "artículo 19"',
        Replace("otorgada conforme al artículo 9°.", "otorgada conforme al artículo 19."),
        expect=(("XREF001", "2"),),
    ),
    # XREF002: a sub-provision or paragraph that does not exist
    case(
        "ZM-model-XREF002-paragraph-z",
        "model",
        "ZM",
        'cite "paragraph (z)" of an existing subregulation',
        Replace(
            "as required by paragraph (d) of subregulation (1)",
            "as required by paragraph (z) of subregulation (1)",
        ),
        expect=(("XREF002", "30(4)(c)"),),
    ),
    case(
        "ZM-docx-XREF002-regulation-7-9",
        "docx",
        "ZM",
        'cite "regulation 7 (9)" (regulation 7 has six subregulations)',
        Replace(
            "the annual report required by regulation 7 (5)",
            "the annual report required by regulation 7 (9)",
        ),
        expect=(("XREF002", "5(1)(d)"),),
    ),
    case(
        "RW-en-docx-XREF002-paragraph-9",
        "docx",
        "RW-en",
        'cite "paragraph 9 of Article 7" (Article 7 has seven paragraphs)',
        Replace(
            "confidential under paragraph 4 of Article 7",
            "confidential under paragraph 9 of Article 7",
        ),
        expect=(("XREF002", "8(2)"),),
    ),
    case(
        "PY-model-XREF002-parrafo-14",
        "model",
        "PY",
        'cite "párrafo 14 del artículo 9°" (it has ten)',
        Replace("salvo el párrafo 4 del artículo 9°", "salvo el párrafo 14 del artículo 9°"),
        expect=(("XREF002", "42"),),
    ),
    case(
        "plain-fr-docx-XREF002-alinea-5",
        "docx",
        "plain-fr",
        "cite « l'alinéa 5 de l'article 4 » (il en a quatre)",
        Replace(
            "enregistré conformément à l'article 4.",
            "enregistré conformément à l'alinéa 5 de l'article 4.",
        ),
        expect=(("XREF002", "5"),),
    ),
    # XREF003: a part or chapter that does not exist
    case(
        "ZM-docx-XREF003-part-XIV",
        "docx",
        "ZM",
        'cite "Part XIV" (the Regulations have eleven Parts)',
        Replace(
            "does not contravene these Regulations by reason only",
            "does not contravene Part XIV by reason only",
        ),
        expect=(("XREF003", "7(4)"),),
    ),
    case(
        "PY-model-XREF003-capitulo-XIV",
        "model",
        "PY",
        'cite "Capítulo XIV" (the decree has eleven chapters)',
        Replace(
            "en todo lo no previsto especialmente en el presente Decreto",
            "en todo lo no previsto especialmente en el Capítulo XIV del presente Decreto",
        ),
        expect=(("XREF003", "40(1)"),),
    ),
    case(
        "plain-en-docx-XREF003-part-7",
        "docx",
        "plain-en",
        'cite "Part 7" (there are four Parts)',
        Replace(
            "These Regulations apply to electrical",
            "Subject to Part 7, these Regulations apply to electrical",
        ),
        expect=(("XREF003", "3"),),
    ),
    # XREF004: a schedule or annex that does not exist
    case(
        "ZM-model-XREF004-fourth-schedule",
        "model",
        "ZM",
        'cite "the Fourth Schedule" (there are two)',
        Replace(
            "falls within a category set out in the First Schedule",
            "falls within a category set out in the Fourth Schedule",
        ),
        expect=(("XREF004", "3(1)"),),
    ),
    case(
        "RW-fr-docx-XREF004-annexe-VI",
        "docx",
        "RW-fr",
        "cite « l'annexe VI » (il y en a quatre)",
        Replace(
            "figurant à l'annexe I.",
            "figurant à l'annexe VI.",
            within="L'Office peut publier des lignes directrices",
        ),
        expect=(("XREF004", "3(4)"),),
    ),
    case(
        "PY-docx-XREF004-anexo-V",
        "docx",
        "PY",
        'cite "Anexo V" (there are four)',
        Replace(
            "establecida para ese año en el Anexo II", "establecida para ese año en el Anexo V"
        ),
        expect=(("XREF004", "16(1)"),),
    ),
    case(
        "plain-es-docx-XREF004-anexo-VI",
        "docx",
        "plain-es",
        'cite "Anexo VI" (there are three)',
        Replace(
            "los componentes enumerados en el Anexo III",
            "los componentes enumerados en el Anexo VI",
        ),
        expect=(("XREF004", "10"),),
    ),
    # NUM001: a number skipped
    case(
        "ZM-docx-NUM001-paragraph-deleted",
        "docx",
        "ZM",
        "delete paragraph (c) of regulation 20(1)",
        Remove("\tbatteries;"),
        expect=(("NUM001", "20(1)"),),
    ),
    case(
        "ZM-model-NUM001-subregulation-deleted",
        "model",
        "ZM",
        "delete subregulation 8(4)",
        Remove("Where an application is incomplete, the Agency shall"),
        expect=(("NUM001", "8"),),
    ),
    case(
        "RW-fr-model-NUM001-item-deleted",
        "model",
        "RW-fr",
        "delete item 3° of Article 4",
        Remove("#art_4__para_3"),
        expect=(("NUM001", "4"),),
    ),
    case(
        "PY-docx-NUM001-article-renumbered",
        "docx",
        "PY",
        'the last article numbered "Art. 45" after "Art. 43"',
        Replace("Art. 44.-", "Art. 45.-"),
        expect=(("NUM001", "45"),),
    ),
    case(
        "plain-fr-docx-NUM001-item-deleted",
        "docx",
        "plain-fr",
        "delete the item 2° of Article 6",
        Remove("elle est administrée par un conseil"),
        expect=(("NUM001", "6"),),
    ),
    case(
        "plain-es-docx-NUM001-article-deleted",
        "docx",
        "plain-es",
        "delete Artículo 12 (the review)",
        Remove("La Autoridad de Aplicación evaluará cada tres (3) años"),
        expect=(("NUM001", "13"),),
        allow=("POL25",),
    ),
    # NUM002: a number used twice
    case(
        "ZM-docx-NUM002-subregulation-twice",
        "docx",
        "ZM",
        "a second subregulation (3) in regulation 16",
        InsertAfter(
            "shall manage the stock so that the e-waste received first",
            "Every person to whom subregulation (1) applies shall keep the e-waste in a covered "
            "place.",
            label="(3)",
        ),
        expect=(("NUM002", "16(3)"),),
    ),
    case(
        "PY-model-NUM002-article-twice",
        "model",
        "PY",
        "a second Art. 20",
        InsertAfter(
            "#art_20",
            "Los operadores autorizados deberán mantener actualizado el inventario de los RAEE "
            "almacenados.",
            num="20",
            label="Art. 20.-",
        ),
        expect=(("NUM002", "20"),),
    ),
    case(
        "RW-fr-docx-NUM002-item-twice",
        "docx",
        "RW-fr",
        "a second item 3° in Article 5(1)",
        InsertAfter(
            "d'approuver les systèmes individuels de reprise prévus à l'article 9",
            "de tenir le registre des opérateurs agréés ;",
            printed="3°\tde tenir le registre des opérateurs agréés ;",
        ),
        expect=(("NUM002", "5(1)(3°)"),),
    ),
    case(
        "plain-es-docx-NUM002-article-twice",
        "docx",
        "plain-es",
        "a second Artículo 8°",
        InsertAfter(
            "Todo productor deberá marcar los AEE",
            "Todo distribuidor deberá informar a los usuarios sobre la recolección separada de "
            "los RAEE.",
            printed="Artículo 8°.- Todo distribuidor deberá informar a los usuarios sobre la "
            "recolección separada de los RAEE.",
        ),
        expect=(("NUM002", "8"),),
    ),
    case(
        "plain-en-docx-NUM002-subregulation-twice",
        "docx",
        "plain-en",
        "a second subregulation (2) in regulation 10",
        InsertAfter(
            "A licence is valid for three years",
            "A licence shall state the activities and the site that it covers.",
            label="(2)",
        ),
        expect=(("NUM002", "10(2)"),),
    ),
    # NUM003: numbers out of sequence
    case(
        "ZM-model-NUM003-paragraphs-swapped",
        "model",
        "ZM",
        "paragraphs (b) and (c) of regulation 4 swapped",
        Swap(
            "equipment specifically designed and installed to be sent into space",
            "large-scale stationary industrial tools",
        ),
        expect=(("NUM003", "4"),),
        allow=("NUM001",),
    ),
    case(
        "RW-en-docx-NUM003-items-swapped",
        "docx",
        "RW-en",
        "items 1° and 2° of Article 5(1) swapped",
        Swap(
            "keep the registers provided for in Article 8 and make them available",
            "authorise and supervise producer responsibility organisations under Article 10",
        ),
        expect=(("NUM003", "5(1)"),),
        allow=("NUM001",),
    ),
    case(
        "PY-docx-NUM003-articles-swapped",
        "docx",
        "PY",
        "articles 43 and 44 swapped",
        Swap("El presente Decreto será refrendado", "Comuníquese, publíquese"),
        expect=(("NUM003", "43"),),
        allow=("NUM001",),
    ),
    # REQ001: no citation provision
    case(
        "ZM-model-REQ001-no-citation",
        "model",
        "ZM",
        'regulation 1 keeps the commencement only, headed "Commencement"',
        Retitle("#sec_1", "Commencement"),
        Replace(
            "These Regulations may be cited as the Environmental Management (Electrical and "
            "Electronic Waste) Regulations, 2026, and shall come into operation",
            "These Regulations shall come into operation",
        ),
        expect=(("REQ001", ""),),
    ),
    case(
        "ZM-docx-REQ001-no-citation",
        "docx",
        "ZM",
        'regulation 1 keeps the commencement only, headed "Commencement"',
        Replace("Title and commencement", "Commencement", nth=0),
        Replace("Title and commencement", "Commencement"),
        Replace(
            "These Regulations may be cited as the Environmental Management (Electrical and "
            "Electronic Waste) Regulations, 2026, and shall come into operation",
            "These Regulations shall come into operation",
        ),
        expect=(("REQ001", ""),),
    ),
    case(
        "plain-en-docx-REQ001-no-citation",
        "docx",
        "plain-en",
        'regulation 1 keeps the commencement only, headed "Commencement"',
        Replace("Citation and commencement", "Commencement"),
        Replace(
            "These Regulations may be cited as the Electrical and Electronic Waste (Producer "
            "Responsibility) Regulations, 2027, and come into operation",
            "These Regulations come into operation",
        ),
        expect=(("REQ001", ""),),
    ),
    # REQ002: no commencement provision
    case(
        "plain-en-docx-REQ002-no-commencement",
        "docx",
        "plain-en",
        'regulation 1 keeps the citation only, headed "Citation"',
        Replace("Citation and commencement", "Citation"),
        Replace(", and come into operation on 1 July 2027", ""),
        expect=(("REQ002", ""),),
        allow=("TGT003", "TT001"),
    ),
    case(
        "RW-fr-model-REQ002-no-commencement",
        "model",
        "RW-fr",
        "remove the last article (entrée en vigueur)",
        Remove("#art_44"),
        expect=(("REQ002", ""),),
        allow=("TGT003", "TT001"),
    ),
    case(
        "PY-docx-REQ002-no-commencement",
        "docx",
        "PY",
        "remove Art. 42 (vigencia) and renumber the two after it",
        Remove("El presente Decreto entrará en vigencia"),
        Replace("Art. 43.-", "Art. 42.-"),
        Replace("Art. 44.-", "Art. 43.-"),
        expect=(("REQ002", ""),),
        allow=("TGT003", "TT001"),
    ),
    case(
        "plain-es-docx-REQ002-no-commencement",
        "docx",
        "plain-es",
        "remove Artículo 13 (vigencia) and renumber the last",
        Remove("El presente Decreto entrará en vigencia"),
        Replace("Artículo 14.-", "Artículo 13.-"),
        expect=(("REQ002", ""),),
        allow=("TGT003", "TT001"),
    ),
    # REQ003: no interpretation provision
    case(
        "RW-en-model-REQ003-no-definitions",
        "model",
        "RW-en",
        "remove Article 2 (definitions)",
        Remove("#art_2"),
        expect=(("REQ003", ""), ("NUM001", "3")),
        allow=("DEF004", "DEF005", "OBL002"),
    ),
    case(
        "plain-fr-docx-REQ003-no-definitions",
        "docx",
        "plain-fr",
        "remove Article 2 (définitions)",
        Remove("Article 2 : Définitions"),
        expect=(("REQ003", ""), ("NUM001", "3")),
        allow=("DEF004", "DEF005", "OBL002"),
    ),
    case(
        "plain-fr-auto-docx-REQ003-no-definitions",
        "docx",
        "plain-fr-auto",
        "remove the definitions article (Word renumbers the rest)",
        Remove("Définitions"),
        expect=(("REQ003", ""),),
        allow=("DEF004", "DEF005", "OBL002"),
    ),
    # REQ004: no offences or sanctions provision
    case(
        "plain-es-docx-REQ004-no-sanctions",
        "docx",
        "plain-es",
        "remove Artículo 11 (sanciones)",
        Remove("Las infracciones a lo dispuesto en los artículos 4° a 10"),
        expect=(("REQ004", ""), ("NUM001", "12")),
        allow=("OBL001",),
    ),
    case(
        "plain-en-auto-docx-REQ004-no-offences",
        "docx",
        "plain-en-auto",
        "remove the offences regulation (Word renumbers the rest)",
        Remove("Offences"),
        expect=(("REQ004", ""),),
        allow=("OBL001",),
    ),
    case(
        "plain-fr-docx-REQ004-no-sanctions",
        "docx",
        "plain-fr",
        "remove Article 11 (sanctions)",
        Remove("Article 11 : Sanctions"),
        expect=(("REQ004", ""), ("NUM001", "12")),
        allow=("OBL001",),
    ),
    # EMPTY001: a provision with no words
    case(
        "ZM-docx-EMPTY001-subregulation",
        "docx",
        "ZM",
        "subregulation 16(4) left with its number only",
        SetText("The Agency may, on a written application made before the period", "(4)"),
        expect=(("EMPTY001", "16(4)"),),
    ),
    case(
        "ZM-model-EMPTY001-paragraph",
        "model",
        "ZM",
        "paragraph 4(e) left empty",
        SetText("#sec_4__para_e", ""),
        expect=(("EMPTY001", "4(e)"),),
    ),
    case(
        "RW-fr-model-EMPTY001-article",
        "model",
        "RW-fr",
        "Article 43 left empty",
        SetText("#art_43", ""),
        expect=(("EMPTY001", "43"),),
    ),
    case(
        "PY-docx-EMPTY001-article",
        "docx",
        "PY",
        "Art. 41 left with its heading only",
        SetText("Quedan derogadas todas las disposiciones", "", bold="Art. 41.- Derogación."),
        expect=(("EMPTY001", "41"),),
    ),
    case(
        "plain-es-docx-EMPTY001-article",
        "docx",
        "plain-es",
        "Artículo 14 left with its number only",
        SetText("Comuníquese, publíquese", "Artículo 14.-"),
        expect=(("EMPTY001", "14"),),
    ),
]

TERMS = [
    # DEF001: a definition nobody uses
    case(
        "ZM-model-DEF001-unused",
        "model",
        "ZM",
        "a definition of “e-waste dealer”, a term used nowhere",
        InsertAfter(
            "#sec_2__def_distributor",
            "“e-waste dealer” means a person who buys and sells e-waste in the course of a "
            "business;",
            num="10A",
            term="e-waste dealer",
        ),
        expect=(("DEF001", "2"),),
    ),
    case(
        "RW-fr-docx-DEF001-unused",
        "docx",
        "RW-fr",
        "une définition de « négociant en DEEE », terme employé nulle part",
        InsertAfter(
            "équipements électriques et électroniques usagés : EEE ayant déjà été utilisés",
            "",
            printed="34°\tnégociant en DEEE : toute personne qui achète et revend des DEEE dans "
            "le cadre d'une activité commerciale.",
        ),
        expect=(("DEF001", "2"),),
    ),
    case(
        "PY-docx-DEF001-unused",
        "docx",
        "PY",
        "una definición de «Chatarrero», término que no se usa",
        InsertAfter(
            "Vendedor a distancia: el productor o distribuidor que vende AEE",
            "",
            printed="ii) Chatarrero: persona que compra y vende RAEE o sus partes en el "
            "ejercicio de una actividad comercial.",
        ),
        expect=(("DEF001", "2°"),),
    ),
    case(
        "plain-en-docx-DEF001-unused",
        "docx",
        "plain-en",
        "a definition of “take-back point”, a term used nowhere",
        InsertAfter(
            "“scheme” means a body corporate",
            "",
            printed="“take-back point” means a place at which a distributor accepts e-waste "
            "from users;",
        ),
        expect=(("DEF001", "2"),),
    ),
    # DEF002: a term defined twice, differently
    case(
        "ZM-docx-DEF002-distributor-twice",
        "docx",
        "ZM",
        "“distributor” defined a second time, differently",
        InsertAfter(
            "means a person in the supply chain, including a producer",
            "",
            printed="“distributor” means a person who sells electrical and electronic "
            "equipment by retail to users in Zambia;",
        ),
        expect=(("DEF002", "2"),),
    ),
    case(
        "RW-en-model-DEF002-producer-twice",
        "model",
        "RW-en",
        "“producer” defined a second time, differently",
        InsertAfter(
            "#art_2__def_used-eee",
            "producer: a person who manufactures electrical and electronic equipment in Rwanda.",
            num="34°",
            label="34°",
            term="producer",
        ),
        expect=(("DEF002", "2"),),
        allow=("POL18",),
    ),
    case(
        "PY-model-DEF002-distribuidor-twice",
        "model",
        "PY",
        "«Distribuidor» definido dos veces, de distinto modo",
        InsertAfter(
            "#art_2__def_distance-seller",
            "Distribuidor: persona que vende AEE al por menor.",
            num="ii",
            label="ii)",
            term="Distribuidor",
        ),
        expect=(("DEF002", "2°"),),
    ),
    case(
        "plain-fr-docx-DEF002-distributeur-twice",
        "docx",
        "plain-fr",
        "« distributeur » défini deux fois, différemment",
        InsertAfter(
            "producteur : toute personne qui, quelle que soit la technique",
            "",
            printed="11° distributeur : le commerçant qui vend des EEE au détail.",
        ),
        expect=(("DEF002", "2"),),
    ),
    # DEF003: a term defined twice with the same meaning
    case(
        "ZM-model-DEF003-recycling-twice",
        "model",
        "ZM",
        "“recycling” defined twice in the same words",
        InsertAfter(
            "#sec_2__def_recycling",
            "“recycling” means a recovery operation by which materials obtained from e-waste "
            "are reprocessed into products, materials or substances, whether for their "
            "original or another purpose, but not energy recovery, reprocessing into fuels or "
            "use as backfill;",
            num="26A",
            term="recycling",
        ),
        expect=(("DEF003", "2"),),
    ),
    case(
        "PY-docx-DEF003-hogar-twice",
        "docx",
        "PY",
        "«Hogar» definido dos veces con las mismas palabras",
        InsertAfter(
            "Vendedor a distancia: el productor o distribuidor que vende AEE",
            "",
            printed="ii) Hogar: vivienda particular, así como todo establecimiento comercial, "
            "industrial, institucional o de otra índole que genere RAEE de naturaleza y "
            "cantidad similares a los generados en las viviendas particulares.",
        ),
        expect=(("DEF003", "2°"),),
    ),
    case(
        "plain-es-docx-DEF003-distribuidor-twice",
        "docx",
        "plain-es",
        "«Distribuidor» definido dos veces con las mismas palabras",
        InsertAfter(
            "Sistema colectivo: persona jurídica sin fines de lucro",
            "",
            printed="j) Distribuidor: toda persona que, en el ejercicio de una actividad "
            "comercial, pone AEE a disposición de los usuarios.",
        ),
        expect=(("DEF003", "2°"),),
    ),
    # DEF004: a term used as defined but never defined
    case(
        "ZM-model-DEF004-quoted-term",
        "model",
        "ZM",
        "a quoted term “consignment note” that is never defined",
        Replace(
            "shall be accompanied by a tracking document in the form",
            "shall be accompanied by a “consignment note” in the form",
        ),
        expect=(("DEF004", "17(1)"),),
    ),
    case(
        "ZM-docx-DEF004-the-Board",
        "docx",
        "ZM",
        '"the Board", capitalised like the defined "the Agency", never defined',
        Replace(
            "sixty days for written comments by producers",
            "sixty days for written comments by the Board, producers",
        ),
        expect=(("DEF004", "37(3)"),),
    ),
    case(
        "plain-fr-docx-DEF004-Comite-Technique",
        "docx",
        "plain-fr",
        "« Comité Technique », employé comme terme défini, jamais défini",
        Replace(
            "et en fait rapport au Ministre.",
            "et en fait rapport au Ministre après avis du Comité Technique.",
        ),
        expect=(("DEF004", "12"),),
    ),
    case(
        "plain-es-docx-DEF004-Consejo-Consultivo",
        "docx",
        "plain-es",
        "«Consejo Consultivo», usado como término definido, nunca definido",
        Replace(
            "en particular las metas establecidas en el Anexo II.",
            "en particular las metas establecidas en el Anexo II, previo dictamen del Consejo "
            "Consultivo.",
        ),
        expect=(("DEF004", "12"),),
    ),
    # DEF005: an acronym never expanded
    case(
        "ZM-docx-DEF005-ZICTA",
        "docx",
        "ZM",
        '"ZICTA" for the Zambia Information and Communications Technology Authority, never expanded',
        Replace(
            "the Zambia Information and Communications Technology Authority, on matters concerning",
            "ZICTA, on matters concerning",
        ),
        expect=(("DEF005", "5(2)(a)"),),
    ),
    case(
        "RW-fr-model-DEF005-REMA",
        "model",
        "RW-fr",
        "« le REMA », sigle jamais développé",
        Replace(
            "L'Office transmet le rapport au Ministre", "Le REMA transmet le rapport au Ministre"
        ),
        expect=(("DEF005", "8(6)"),),
    ),
    case(
        "PY-model-DEF005-PNUMA",
        "model",
        "PY",
        "«PNUMA», sigla nunca desarrollada",
        Replace(
            "exigido por el artículo 13 del Convenio de Basilea.",
            "exigido por el artículo 13 del Convenio de Basilea, conforme a las directrices del PNUMA.",
        ),
        expect=(("DEF005", "32(7)"),),
    ),
    case(
        "plain-en-docx-DEF005-EEE",
        "docx",
        "plain-en",
        '"EEE" used without being expanded',
        Replace(
            "every invoice for the supply of electrical and electronic equipment",
            "every invoice for the supply of EEE",
        ),
        expect=(("DEF005", "4(5)"),),
    ),
    # DEF006: a definition that refers to itself
    case(
        "ZM-model-DEF006-collection-point",
        "model",
        "ZM",
        "“collection point” means a collection point…",
        Replace(
            "“collection point” means a place, whether fixed or mobile",
            "“collection point” means a collection point, whether fixed or mobile",
        ),
        expect=(("DEF006", "2"),),
    ),
    case(
        "RW-fr-docx-DEF006-point-de-collecte",
        "docx",
        "RW-fr",
        "« point de collecte : tout point de collecte… »",
        Replace(
            "point de collecte : lieu, fixe ou mobile",
            "point de collecte : tout point de collecte, fixe ou mobile",
        ),
        expect=(("DEF006", "2"),),
    ),
    case(
        "PY-docx-DEF006-reciclaje",
        "docx",
        "PY",
        "«Reciclaje: operación de reciclaje…»",
        Replace(
            "Reciclaje: operación de valorización mediante la cual",
            "Reciclaje: operación de reciclaje mediante la cual",
        ),
        expect=(("DEF006", "2°"),),
    ),
    case(
        "plain-en-docx-DEF006-distributor",
        "docx",
        "plain-en",
        "“distributor” means a distributor who…",
        Replace(
            "“distributor” means a person who, in the course",
            "“distributor” means a distributor who, in the course",
        ),
        expect=(("DEF006", "2"),),
    ),
]

NUMBERS = [
    # TGT001: a percentage outside 0-100 (POL15 says the same of a target: allowed)
    case(
        "RW-en-model-TGT001-120-per-cent",
        "model",
        "RW-en",
        "a collection rate of 120 per cent",
        Replace("45 per cent", "120 per cent", whole=True),
        expect=(("TGT001", "Annex II"),),
        allow=("POL15",),
    ),
    case(
        "PY-docx-TGT001-130",
        "docx",
        "PY",
        "una meta de recolección del 130 %",
        Replace("30\u00a0%", "130\u00a0%", whole=True),
        expect=(("TGT001", "ANEXO II"),),
        allow=("POL15",),
    ),
    case(
        "plain-en-docx-TGT001-120-per-cent",
        "docx",
        "plain-en",
        "a collection rate of 120 per cent",
        Replace("50 per cent", "120 per cent", whole=True),
        expect=(("TGT001", "SECOND SCHEDULE"),),
        allow=("POL15",),
    ),
    case(
        "plain-es-docx-TGT001-140",
        "docx",
        "plain-es",
        "una meta de recolección del 140 %",
        Replace("40 %", "140 %", whole=True),
        expect=(("TGT001", "ANEXO II"),),
        allow=("POL15",),
    ),
    # TGT002 and POL14: a target that decreases over time
    case(
        "RW-fr-docx-TGT002-decreasing",
        "docx",
        "RW-fr",
        "le taux de 2033 ramené à 30 % (35 % en 2031)",
        Replace("45\u00a0%", "30\u00a0%", whole=True),
        expect=(("TGT002", "Annexe II"), ("POL14", "Annexe II")),
    ),
    case(
        "PY-model-TGT002-decreasing",
        "model",
        "PY",
        "la meta de 2036 reducida al 10 % (20 % en 2034)",
        Replace("30\u00a0%", "10\u00a0%", whole=True),
        expect=(("TGT002", "ANEXO II"), ("POL14", "ANEXO II")),
    ),
    case(
        "plain-en-docx-TGT002-years-swapped",
        "docx",
        "plain-en",
        "target years 2029 and 2033 swapped",
        Replace("2029", "2034", whole=True),
        Replace("2033", "2029", whole=True),
        Replace("2034", "2033", whole=True),
        expect=(("TGT002", "SECOND SCHEDULE"), ("POL14", "SECOND SCHEDULE")),
        allow=("TT001",),
    ),
    # TGT003: a target or deadline year before commencement
    case(
        "ZM-docx-TGT003-deadline-2024",
        "docx",
        "ZM",
        "the register of informal collectors due by 31 December 2024 (the Regulations are of 2026)",
        Replace(
            "The Agency shall, within twelve months after the commencement of these Regulations, "
            "establish a register",
            "The Agency shall, not later than 31 December 2024, establish a register",
        ),
        expect=(("TGT003", "25(2)"),),
    ),
    case(
        "PY-docx-TGT003-target-2025",
        "docx",
        "PY",
        "la primera meta fijada para 2025 (el decreto es de 2026)",
        Replace("2030", "2025", whole=True),
        expect=(("TGT003", "ANEXO II"),),
        allow=("TT001",),
    ),
    case(
        "RW-en-model-TGT003-target-2024",
        "model",
        "RW-en",
        "the first collection rate set for 2024 (the Order is of 2026)",
        Replace("2029", "2024", whole=True),
        expect=(("TGT003", "Annex II"),),
        allow=("TT001",),
    ),
    case(
        "plain-fr-docx-TGT003-target-2027",
        "docx",
        "plain-fr",
        "le premier taux fixé pour 2027 (entrée en vigueur le 1er janvier 2028)",
        Replace("2030", "2027", whole=True),
        expect=(("TGT003", "ANNEXE II"),),
        allow=("TT001",),
    ),
    # PER001: a period whose words and figures differ
    case(
        "RW-en-docx-PER001-thirty-45",
        "docx",
        "RW-en",
        '"thirty (45) days"',
        Replace(
            "not less than thirty (30) days for comments",
            "not less than thirty (45) days for comments",
        ),
        expect=(("PER001", "5(5)"),),
    ),
    case(
        "PY-model-PER001-dieciocho-16",
        "model",
        "PY",
        "«dieciocho (16) meses»",
        Replace(
            "durante un plazo de dieciocho (18) meses contados desde esa fecha y, si solicitan su autorización",
            "durante un plazo de dieciocho (16) meses contados desde esa fecha y, si solicitan su autorización",
        ),
        expect=(("PER001", "39(4)"),),
    ),
    case(
        "RW-fr-model-PER001-trente-20",
        "model",
        "RW-fr",
        "« trente (20) jours »",
        Replace("un délai d'au moins trente (30) jours", "un délai d'au moins trente (20) jours"),
        expect=(("PER001", "5(5)"),),
    ),
    case(
        "plain-fr-docx-PER001-six-8",
        "docx",
        "plain-fr",
        "« six (8) mois »",
        Replace("dans les six (6) mois qui suivent", "dans les six (8) mois qui suivent"),
        expect=(("PER001", "6"),),
    ),
    # PER002: the same period stated differently in two places
    case(
        "ZM-model-PER002-storage-period",
        "model",
        "ZM",
        'the storage period of 16(1) (one hundred and eighty days) restated in 16(4) as "ninety days"',
        Replace(
            "made before the period referred to in subregulation (1) expires",
            "made before the period of ninety days referred to in subregulation (1) expires",
        ),
        expect=(("PER002", "16(4)"),),
    ),
    case(
        "RW-en-docx-PER002-storage-period",
        "docx",
        "RW-en",
        'the storage period of Article 21(1) (180 days) restated in 21(2) as "ninety (90) days"',
        Replace(
            "or the period referred to in paragraph 1 of this Article is about to expire",
            "or the period of ninety (90) days referred to in paragraph 1 of this Article is about to expire",
        ),
        expect=(("PER002", "21(2)"),),
    ),
    case(
        "PY-model-PER002-storage-period",
        "model",
        "PY",
        "el plazo del artículo 19(1) (120 días hábiles) repetido en 19(4) como «noventa (90) días»",
        Replace(
            "antes del vencimiento del plazo previsto en el párrafo 1 del presente artículo",
            "antes del vencimiento del plazo de noventa (90) días previsto en el párrafo 1 del presente artículo",
        ),
        expect=(("PER002", "19(4)"),),
    ),
    # CUR001: money in another currency than the country's
    case(
        "ZM-docx-CUR001-US-dollars",
        "docx",
        "ZM",
        "a licence fee of 500 US dollars in a Zambian instrument",
        Replace(
            "An application for a licence shall be made to the Agency in the form that it determines and",
            "An application for a licence shall be made to the Agency in the form that it determines, "
            "with a fee of 500 US dollars, and",
        ),
        expect=(("CUR001", "19(3)"),),
        allow=("POL10",),
    ),
    case(
        "PY-model-CUR001-USD",
        "model",
        "PY",
        "una tasa de USD 200 en un decreto paraguayo",
        Replace(
            "La solicitud de inscripción se presentará en el formulario simplificado",
            "La solicitud de inscripción, acompañada del pago de una tasa de USD 200, se presentará "
            "en el formulario simplificado",
        ),
        expect=(("CUR001", "26(4)"),),
        allow=("POL10",),
    ),
    case(
        "RW-fr-docx-CUR001-euros",
        "docx",
        "RW-fr",
        "une redevance de 500 euros dans un arrêté rwandais",
        Replace(
            "La demande d'agrément est présentée à l'Office",
            "La demande d'agrément, assortie d'une redevance de 500 euros, est présentée à l'Office",
        ),
        expect=(("CUR001", "10(2)"),),
        allow=("POL10",),
    ),
    # TT001: deadlines in an order that makes compliance impossible
    case(
        "ZM-model-TT001-ban-before-licensing",
        "model",
        "ZM",
        "the disposal ban at six months, before existing operators need a licence (twelve months)",
        Replace(
            "With effect from the expiry of twelve months after the commencement",
            "With effect from the expiry of six months after the commencement",
        ),
        expect=(("TT001", "21(1)|38(1)"),),
    ),
    case(
        "ZM-docx-TT001-guarantee-before-registration",
        "docx",
        "ZM",
        "the first guarantee due thirty days after commencement, before producers must register "
        "(six months)",
        Replace(
            "The first guarantee shall be provided within thirty days after the producer is "
            "registered under regulation 8",
            "The first guarantee shall be provided within thirty days after the commencement of "
            "these Regulations",
        ),
        expect=(("TT001", "12(1)|8(2)"),),
    ),
    case(
        "PY-docx-TT001-ban-before-licensing",
        "docx",
        "PY",
        "la prohibición de disposición a los doce meses, antes de que los operadores deban estar "
        "autorizados (dieciocho meses)",
        Replace(
            "Transcurrido el plazo de veinticuatro (24) meses desde la entrada en vigencia",
            "Transcurrido el plazo de doce (12) meses desde la entrada en vigencia",
        ),
        expect=(("TT001", "24(1)|39(1)"),),
    ),
]

OBLIGATIONS = [
    # OBL001: a duty with no sanction in the instrument
    case(
        "plain-fr-docx-OBL001-duties-without-sanction",
        "docx",
        "plain-fr",
        "les sanctions ne visent plus que les articles 4 à 7 : les obligations des articles 8 à "
        "10 n'ont pas de sanction",
        Replace("aux dispositions des articles 4 à 10", "aux dispositions des articles 4 à 7"),
        expect=(("OBL001", "8"), ("OBL001", "9"), ("OBL001", "10")),
    ),
    case(
        "plain-en-docx-OBL001-duties-without-sanction",
        "docx",
        "plain-en",
        "the offence no longer covers regulations 9 and 10",
        Replace("regulation 4, 5, 6, 7, 8, 9 or 10 commits", "regulation 4, 5, 6, 7 or 8 commits"),
        expect=(("OBL001", "9"), ("OBL001", "10")),
    ),
    case(
        "plain-es-docx-OBL001-duties-without-sanction",
        "docx",
        "plain-es",
        "las sanciones solo alcanzan los artículos 4° a 7°",
        Replace(
            "en los artículos 4° a 10 serán sancionadas",
            "en los artículos 4° a 7° serán sancionadas",
        ),
        expect=(("OBL001", "8"), ("OBL001", "9"), ("OBL001", "10")),
    ),
    # OBL002: a duty whose addressee is not a defined actor
    case(
        "ZM-docx-OBL002-importer",
        "docx",
        "ZM",
        'a duty on "every importer", a term the Regulations do not define',
        Replace(
            "Every registered producer shall, within thirty days",
            "Every importer shall, within thirty days",
        ),
        expect=(("OBL002", "14(1)"),),
    ),
    case(
        "PY-docx-OBL002-importador",
        "docx",
        "PY",
        "una obligación de «todo importador», término no definido",
        Replace(
            "Todo productor deberá, en la forma dispuesta en el artículo 3° de la Ley N° ___/2026, habilitar",
            "Todo importador deberá, en la forma dispuesta en el artículo 3° de la Ley N° ___/2026, habilitar",
        ),
        expect=(("OBL002", "15(1)"),),
    ),
    case(
        "RW-fr-model-OBL002-commercant",
        "model",
        "RW-fr",
        "une obligation du « commerçant », terme non défini",
        Replace(
            "Le distributeur doit informer ses clients", "Le commerçant doit informer ses clients"
        ),
        expect=(("OBL002", "15(3)"),),
    ),
    case(
        "plain-en-docx-OBL002-retailer",
        "docx",
        "plain-en",
        'a duty on "a retailer", a term the Regulations do not define',
        Replace("A distributor shall not sell electrical", "A retailer shall not sell electrical"),
        expect=(("OBL002", "5"),),
        allow=("DEF001",),
    ),
]

POLICY = [
    # POL01: a Bamako party permits hazardous e-waste imports (with consent included)
    case(
        "RW-en-model-POL01-hazardous-imports",
        "model",
        "RW-en",
        "hazardous e-waste may be brought in for recovery with consent, in a Bamako party",
        Replace(
            "no person may bring hazardous e-waste (entry A1181 of Annex VIII to the Basel "
            "Convention) into the country, whether for treatment, recovery, storage or disposal.",
            "hazardous e-waste (entry A1181 of Annex VIII to the Basel Convention) may be brought "
            "into the country for recovery with the prior written consent of the Authority.",
        ),
        expect=(("POL01", "33(3)"),),
        country="RW",
        facts=BAMAKO_PARTY,
    ),
    case(
        "RW-fr-docx-POL01-hazardous-imports",
        "docx",
        "RW-fr",
        "les DEEE dangereux peuvent être introduits avec consentement, dans un État partie à Bamako",
        Replace(
            "il est interdit d'introduire dans le pays des DEEE dangereux (rubrique A1181 de "
            "l'annexe VIII de la Convention de Bâle), quelle que soit leur destination, y compris "
            "le traitement, la valorisation, l'entreposage ou l'élimination.",
            "les DEEE dangereux (rubrique A1181 de l'annexe VIII de la Convention de Bâle) "
            "peuvent être introduits dans le pays en vue de leur valorisation avec le "
            "consentement écrit préalable de l'Office.",
        ),
        expect=(("POL01", "33(3)"),),
        country="RW",
        facts=BAMAKO_PARTY,
    ),
    case(
        "ZM-model-POL01-not-a-party",
        "model",
        "ZM",
        "hazardous e-waste imports with consent, in Zambia, which is not a Bamako party: no POL01",
        Replace(
            "No person shall import hazardous e-waste, and the Agency shall not consent to such "
            "an import.",
            "No person shall import hazardous e-waste without the prior written consent of the "
            "Agency.",
        ),
    ),
    # POL02: a Basel party cites the old entries as current
    case(
        "ZM-model-POL02-B1110",
        "model",
        "ZM",
        "used equipment exempted under entry B1110 of Annex IX, deleted in 2025",
        Replace(
            "is a transboundary movement of e-waste to which regulation 29 applies.",
            "is a transboundary movement of e-waste to which regulation 29 applies, unless it is "
            "covered by entry B1110 of Annex IX to the Basel Convention.",
        ),
        expect=(("POL02", "30(3)"),),
    ),
    case(
        "PY-docx-POL02-A1180",
        "docx",
        "PY",
        "cita el rubro A1180, suprimido en 2025, como vigente",
        Replace(
            "sean peligrosos (rubro A1181 del Anexo VIII del Convenio de Basilea)",
            "sean peligrosos (rubro A1180 del Anexo VIII del Convenio de Basilea)",
        ),
        expect=(("POL02", "32(1)"),),
    ),
    # POL03: the Ban Amendment cited to restrict the exports of a country outside Annex VII
    case(
        "ZM-model-POL03-ban-amendment",
        "model",
        "ZM",
        "the Ban Amendment cited to forbid Zambia's exports to non-Annex VII States",
        InsertAfter(
            "#sec_29__subsec_7",
            "In accordance with the Ban Amendment to the Basel Convention, no person shall export "
            "hazardous e-waste to a State that is not listed in Annex VII to that Convention.",
            num="8",
            label="(8)",
        ),
        expect=(("POL03", "29(8)"),),
    ),
    case(
        "PY-docx-POL03-enmienda-de-prohibicion",
        "docx",
        "PY",
        "la Enmienda de Prohibición citada para prohibir exportaciones del Paraguay",
        InsertAfter(
            "La Autoridad de Aplicación llevará un registro de los consentimientos",
            "",
            printed="De conformidad con la Enmienda de Prohibición del Convenio de Basilea, queda "
            "prohibida la exportación de RAEE peligrosos a Estados no incluidos en el Anexo VII "
            "de dicho Convenio.",
        ),
        expect=(("POL03", "32(8)"),),
    ),
    # POL04: used EEE imported as non-waste without all the conditions
    case(
        "ZM-model-POL04-no-packaging",
        "model",
        "ZM",
        "used equipment may be imported as non-waste without protective packaging",
        Replace(
            "evidence that each item is protected against damage during transport, loading and "
            "unloading by packaging that prevents breakage, crushing and the leakage of any fluid "
            "or substance, and by a load stacked with the heaviest items at the bottom and "
            "secured against shifting.",
            "evidence that the consignment is insured for its value.",
        ),
        expect=(("POL04", "30(1)"),),
    ),
    case(
        "PY-docx-POL04-no-packaging",
        "docx",
        "PY",
        "aparatos usados importados como no residuos sin embalaje",
        Replace(
            "prueba de que cada aparato está protegido contra daños durante el transporte, la "
            "carga y la descarga mediante un embalaje que impida su rotura, su aplastamiento y el "
            "derrame de cualquier fluido o sustancia, y mediante una carga apilada con los "
            "aparatos más pesados en la base y sujeta de modo que no pueda desplazarse.",
            "prueba de que el envío está asegurado por su valor.",
        ),
        expect=(("POL04", "33(1)"),),
    ),
    case(
        "RW-fr-docx-POL04-no-packaging",
        "docx",
        "RW-fr",
        "équipements usagés importés comme non-déchets sans emballage",
        Replace(
            "la preuve que chaque équipement est protégé contre les dommages pendant le "
            "transport, le chargement et le déchargement par un emballage qui en empêche la "
            "casse, l'écrasement et la fuite de tout fluide ou de toute substance, et par un "
            "chargement gerbé avec les équipements les plus lourds en dessous et arrimé de "
            "manière à ne pas pouvoir se déplacer.",
            "la preuve que l'envoi est assuré pour sa valeur.",
        ),
        expect=(("POL04", "34(1)"),),
    ),
    # POL05: used EEE for repair exempt without contract, documents and residues
    case(
        "ZM-model-POL05-repair-exemption",
        "model",
        "ZM",
        "equipment sent for repair exempt from subregulation (1) with no condition",
        SetText(
            "#sec_30__subsec_4",
            "The requirements of subregulation (1) do not apply to used electrical and electronic "
            "equipment sent for repair or refurbishment.",
            bare=True,
        ),
        expect=(("POL05", "30(4)"),),
    ),
    case(
        "RW-fr-docx-POL05-exemption-reparation",
        "docx",
        "RW-fr",
        "équipements envoyés en réparation exemptés sans condition",
        SetText(
            "Les exigences d'essai et de déclaration prévues à l'alinéa 1",
            "Les exigences prévues à l'alinéa 1 du présent article ne s'appliquent pas aux "
            "équipements électriques et électroniques usagés envoyés pour réparation ou remise à "
            "neuf.",
            bare=True,
        ),
        expect=(("POL05", "34(4)"),),
    ),
    # POL06: mandatory EPR without a producer register with numbers
    case(
        "plain-en-auto-docx-POL06-no-register",
        "docx",
        "plain-en-auto",
        "drop the producer register and registration numbers (Word renumbers)",
        Remove("The Agency shall register a producer who makes a complete application"),
        Remove("A registered producer shall show the producer's registration number"),
        expect=(("POL06", "6|7"),),
    ),
    case(
        "plain-fr-docx-POL06-no-register",
        "docx",
        "plain-fr",
        "supprimer le registre des producteurs et leurs numéros",
        Remove("L'Agence enregistre le producteur qui présente une demande complète"),
        Remove("Le producteur enregistré indique son numéro d'enregistrement"),
        expect=(("POL06", "6|7"),),
    ),
    case(
        "plain-es-docx-POL06-no-register",
        "docx",
        "plain-es",
        "suprimir el registro de productores y sus números",
        Remove("La Autoridad de Aplicación inscribirá al productor"),
        Remove("El productor inscrito deberá consignar su número de registro"),
        expect=(("POL06", "6|7"),),
    ),
    # POL07: a target as a share of what was placed on the market, with no returns of it
    case(
        "plain-en-docx-POL07-no-returns",
        "docx",
        "plain-en",
        "drop the producers' returns of what they placed on the market",
        Remove("Every producer shall submit to the Agency, not later than 31 March of each year"),
        Replace(
            " and the weight of equipment that the producer placed on the market in the preceding "
            "calendar year",
            "",
        ),
        expect=(("POL07", "7"),),
    ),
    case(
        "plain-fr-docx-POL07-no-returns",
        "docx",
        "plain-fr",
        "supprimer la déclaration des quantités mises sur le marché",
        Remove("Tout producteur déclare à l'Agence, au plus tard le 31 mars"),
        expect=(("POL07", "7"),),
    ),
    case(
        "plain-es-docx-POL07-no-returns",
        "docx",
        "plain-es",
        "suprimir el informe de las cantidades introducidas en el mercado",
        Remove("Todo productor deberá informar a la Autoridad de Aplicación, a más tardar"),
        expect=(("POL07", "7"),),
    ),
    # POL08: a target as a share of the e-waste generated, with no estimation method
    case(
        "RW-en-model-POL08-no-estimation-method",
        "model",
        "RW-en",
        "collection rates as a share of the e-waste generated, the estimation method removed",
        SetText(
            "#art_17__subsec_3",
            "The Authority must publish the minimum collection rates in the Official Gazette.",
            bare=True,
        ),
        Replace(" as estimated by the method published by the Authority", ""),
        expect=(("POL08", "17|Annex II"),),
    ),
    case(
        "RW-fr-docx-POL08-sans-methode-d-estimation",
        "docx",
        "RW-fr",
        "taux de collecte en pourcentage des DEEE produits, sans méthode d'estimation",
        SetText(
            "Avant la première année civile pour laquelle un taux de collecte s'applique",
            "L'Office publie les taux minimaux de collecte au Journal officiel.",
            bare=True,
        ),
        Replace(", tel qu'estimé selon la méthode publiée par l'Office", ""),
        expect=(("POL08", "17|Annexe II"),),
    ),
    # POL09: producer responsibility organisations without an audit
    case(
        "RW-en-model-POL09-no-audit",
        "model",
        "RW-en",
        "remove the audit of producer responsibility organisations",
        SetText(
            "#art_10__subsec_5",
            "A producer responsibility organisation must keep proper accounts of its income and "
            "expenditure.",
        ),
        Replace(
            "fails to submit an audit report or to publish an annual report",
            "fails to publish an annual report",
        ),
        Replace(
            "a summary of its audited financial statements.",
            "a summary of its financial statements.",
        ),
        Replace(
            ", and must allow an auditor appointed by the Authority to examine them.",
            ", and must produce them to the Authority on request.",
        ),
        expect=(("POL09", "10|9"),),
    ),
    case(
        "PY-docx-POL09-no-audit",
        "docx",
        "PY",
        "suprimir la auditoría de los sistemas colectivos de gestión",
        SetText(
            "El sistema colectivo de gestión deberá someter anualmente a auditoría",
            "El sistema colectivo de gestión deberá llevar su contabilidad conforme a las normas "
            "contables vigentes.",
        ),
        Replace(
            "no presente los informes de auditoría o no publique el informe anual",
            "no publique el informe anual",
        ),
        Replace(
            ", y permitir su examen por un auditor designado por la Autoridad de Aplicación.", "."
        ),
        expect=(("POL09", "9"),),
    ),
    case(
        "plain-fr-docx-POL09-no-audit",
        "docx",
        "plain-fr",
        "supprimer l'audit des éco-organismes",
        Remove("L'éco-organisme fait auditer chaque année"),
        expect=(("POL09", "6"),),
    ),
    case(
        "plain-es-docx-POL09-no-audit",
        "docx",
        "plain-es",
        "suprimir la auditoría de los sistemas colectivos",
        Remove("El sistema colectivo deberá someter anualmente sus estados financieros"),
        expect=(("POL09", "6"),),
    ),
    # POL10: a fee, levy or fund without rules
    case(
        "ZM-model-POL10-levy-and-fund",
        "model",
        "ZM",
        "an annual levy paid into a fund, with no rules on the fund",
        InsertAfter(
            "#sec_9__subsec_9",
            "Every producer shall pay to the Agency an annual e-waste levy, which shall be paid "
            "into the E-Waste Management Fund.",
            num="10",
            label="(10)",
        ),
        expect=(("POL10", "9(10)"),),
        allow=("DEF004",),
    ),
    case(
        "plain-fr-docx-POL10-redevance-et-fonds",
        "docx",
        "plain-fr",
        "une redevance versée à un fonds, sans règles sur le fonds",
        InsertAfter(
            "L'éco-organisme fait auditer chaque année",
            "",
            printed="Tout producteur verse une redevance annuelle au Fonds national des DEEE.",
        ),
        expect=(("POL10", "6"),),
        allow=("DEF004",),
    ),
    case(
        "PY-docx-POL10-fondo",
        "docx",
        "PY",
        "un fondo integrado con una tasa, sin reglas sobre el fondo",
        InsertAfter(
            "Los gastos de administración del sistema colectivo de gestión",
            "",
            printed="Créase el Fondo Nacional de RAEE, que se integrará con una tasa anual a cargo "
            "de los productores.",
        ),
        expect=(("POL10", "12(5)"),),
        allow=("DEF004",),
    ),
    # POL11: informal-sector integration without its safeguards
    case(
        "plain-en-docx-POL11-informal-sector",
        "docx",
        "plain-en",
        "integration of informal collectors with no health and safety, training or banned practices",
        InsertAfter(
            "The Agency shall review the operation of these Regulations",
            "",
            printed="The Agency shall promote the integration of persons who collect e-waste "
            "informally into the collection system established under these Regulations.",
        ),
        expect=(("POL11", "12"),),
    ),
    case(
        "plain-es-docx-POL11-recicladores",
        "docx",
        "plain-es",
        "integración de los recicladores informales sin salvaguardias",
        InsertAfter(
            "La Autoridad de Aplicación evaluará cada tres (3) años",
            "",
            printed="La Autoridad de Aplicación promoverá la integración de los recicladores "
            "informales en los sistemas de recolección establecidos conforme al presente Decreto.",
        ),
        expect=(("POL11", "12"),),
    ),
    # POL12: a disposal ban at commencement with no transition
    case(
        "plain-en-docx-POL12-ban-at-commencement",
        "docx",
        "plain-en",
        "the landfill ban applies from commencement, and the Regulations on publication",
        Replace(
            "With effect from 1 January 2029, no person",
            "With effect from the commencement of these Regulations, no person",
        ),
        Replace(
            "come into operation on 1 July 2027",
            "come into operation on the date of their publication",
        ),
        expect=(("POL12", "9(2)"),),
    ),
    case(
        "plain-fr-docx-POL12-ban-at-commencement",
        "docx",
        "plain-fr",
        "l'interdiction de mise en décharge dès l'entrée en vigueur, le jour de la publication",
        Replace(
            "À compter du 1er janvier 2029, nul ne peut",
            "À compter de l'entrée en vigueur du présent arrêté, nul ne peut",
        ),
        Replace(
            "entre en vigueur le 1er janvier 2028", "entre en vigueur le jour de sa publication"
        ),
        expect=(("POL12", "10"),),
    ),
    # POL13: re-use promoted with no data sanitisation duty
    case(
        "plain-en-docx-POL13-reuse-without-sanitisation",
        "docx",
        "plain-en",
        "re-use and refurbishment for resale promoted, no data sanitisation",
        InsertAfter(
            "A licensed operator shall keep records of the e-waste received and treated",
            "",
            printed="(4) The Agency shall promote the re-use of electrical and electronic "
            "equipment and the refurbishment of e-waste for resale.",
        ),
        expect=(("POL13", "10(4)"),),
    ),
    case(
        "plain-es-docx-POL13-reutilizacion",
        "docx",
        "plain-es",
        "reutilización y reacondicionamiento promovidos sin borrado de datos",
        InsertAfter(
            "A partir del 1 de enero de 2030, queda prohibido disponer RAEE",
            "",
            printed="La Autoridad de Aplicación promoverá la reutilización y el "
            "reacondicionamiento de los AEE usados para su reventa.",
        ),
        expect=(("POL13", "10"),),
    ),
    # POL15: a recovery target below the recycling target
    case(
        "RW-en-docx-POL15-recovery-below-recycling",
        "docx",
        "RW-en",
        "category 5: recovery 50 %, recycling 55 %",
        Replace("75", "50", whole=True, nth=0),
        expect=(("POL15", "Annex III"),),
    ),
    case(
        "PY-model-POL15-recovery-below-recycling",
        "model",
        "PY",
        "categoría 2: valorización 65 %, reciclaje 70 %",
        Replace("80", "65", whole=True, nth=1),
        expect=(("POL15", "ANEXO III"),),
    ),
    case(
        "plain-fr-docx-POL15-recovery-below-recycling",
        "docx",
        "plain-fr",
        "catégorie 2 : valorisation 65 %, recyclage 70 %",
        Replace("80", "65", whole=True, nth=1),
        expect=(("POL15", "ANNEXE III"),),
    ),
    # POL16: retroactive financing
    case(
        "ZM-model-POL16-retroactive",
        "model",
        "ZM",
        "each producer pays for what it placed on the market before the Regulations",
        SetText(
            "#sec_9__subsec_7",
            "The cost of managing e-waste from electrical and electronic equipment placed on the "
            "market before the commencement of these Regulations shall be borne by each producer "
            "in proportion to the equipment that the producer placed on the market before that "
            "commencement.",
        ),
        expect=(("POL16", "9(7)"),),
    ),
    # POL17: individual financing of new products only, nothing on historical and orphan waste
    case(
        "ZM-model-POL17-new-products-only",
        "model",
        "ZM",
        "each producer finances only its new equipment; no rule for historical or orphan waste",
        SetText(
            "#sec_9__subsec_7",
            "Each producer shall finance individually the management of the e-waste arising from "
            "the electrical and electronic equipment that the producer places on the market after "
            "the commencement of these Regulations.",
        ),
        expect=(("POL17", "9(7)"),),
    ),
    case(
        "plain-es-docx-POL17-solo-productos-nuevos",
        "docx",
        "plain-es",
        "financiación individual de los aparatos nuevos, nada sobre los RAEE históricos",
        InsertAfter(
            "Todo productor deberá alcanzar cada año calendario",
            "",
            printed="Cada productor financiará individualmente la gestión de los RAEE derivados "
            "de los AEE que introduzca en el mercado a partir de la entrada en vigencia del "
            "presente Decreto.",
        ),
        expect=(("POL17", "7"),),
    ),
    # POL18: "producer" leaves out importers and distance sellers
    case(
        "ZM-model-POL18-producer-manufacturers-only",
        "model",
        "ZM",
        "“producer” means only a manufacturer in Zambia",
        SetText(
            "#sec_2__def_producer",
            "“producer” means a person who manufactures electrical and electronic equipment in "
            "Zambia;",
        ),
        expect=(("POL18", "2"),),
    ),
    case(
        "PY-docx-POL18-productor-fabricantes",
        "docx",
        "PY",
        "«Productor» comprende solo a los fabricantes nacionales",
        SetText(
            "Productor: toda persona física o jurídica que, cualquiera sea la técnica",
            "x) Productor: persona física o jurídica que fabrique AEE en el territorio nacional.",
        ),
        expect=(("POL18", "2°"),),
    ),
    # POL19: no selective-treatment list
    case(
        "ZM-model-POL19-no-selective-treatment",
        "model",
        "ZM",
        "regulation 20(1) without its list of components to remove",
        SetText(
            "#sec_20__subsec_1",
            "Every licensed operator shall treat e-waste in an environmentally sound manner.",
            bare=True,
        ),
        expect=(("POL19", "20"),),
    ),
    case(
        "plain-es-docx-POL19-no-selective-treatment",
        "docx",
        "plain-es",
        "sin lista de componentes que deben retirarse (ni su anexo)",
        SetText(
            "El operador autorizado deberá retirar de los RAEE",
            "Artículo 10.- El operador autorizado deberá tratar los RAEE de manera "
            "ambientalmente adecuada.",
        ),
        Remove("ANEXO III"),
        expect=(("POL19", "10"),),
    ),
    # POL20: exported e-waste counted towards targets without proof of equivalent treatment
    case(
        "RW-fr-model-POL20-exportations-comptees",
        "model",
        "RW-fr",
        "les DEEE exportés comptent pour le taux de collecte sans preuve d'un traitement équivalent",
        SetText(
            "#art_17__subsec_7",
            "Les DEEE exportés en vue de leur traitement sont pris en compte dans le calcul du "
            "taux de collecte.",
        ),
        expect=(("POL20", "17(7)"),),
    ),
    case(
        "plain-en-docx-POL20-exports-counted",
        "docx",
        "plain-en",
        "exported e-waste counts towards the target with no proof of equivalent treatment",
        InsertAfter(
            "Every producer shall submit to the Agency, not later than 31 March",
            "",
            printed="(3) E-waste exported for treatment counts towards the percentage required "
            "by subregulation (1).",
        ),
        expect=(("POL20", "7(3)"),),
    ),
    # POL21: distributor take-back with no rule on who collects from distributors and pays
    case(
        "plain-en-docx-POL21-distributor-take-back",
        "docx",
        "plain-en",
        "distributors take back one for one; nobody collects from them",
        InsertAfter(
            "A distributor shall not sell electrical and electronic equipment of a producer",
            "",
            printed="A distributor shall, on supplying new electrical and electronic equipment "
            "to a user, take back free of charge e-waste of an equivalent type on a one-to-one "
            "basis.",
        ),
        expect=(("POL21", "5"),),
    ),
    case(
        "plain-fr-docx-POL21-reprise-distributeur",
        "docx",
        "plain-fr",
        "reprise un pour un par le distributeur, sans enlèvement organisé",
        InsertAfter(
            "Le distributeur ne peut vendre des EEE",
            "",
            printed="Le distributeur reprend gratuitement, lors de la vente d'un EEE neuf, "
            "l'équipement usagé de type équivalent que lui remet l'utilisateur.",
        ),
        expect=(("POL21", "5"),),
    ),
    # POL22: take-back without purchase (0:1) in every shop
    case(
        "plain-en-docx-POL22-zero-to-one",
        "docx",
        "plain-en",
        "every distributor takes back small e-waste without a purchase, whatever its size",
        InsertAfter(
            "A distributor shall not sell electrical and electronic equipment of a producer",
            "",
            printed="A distributor shall take back small e-waste free of charge from any user, "
            "without requiring the user to buy equipment of an equivalent type.",
        ),
        expect=(("POL22", "5"),),
        allow=("POL21",),
    ),
    case(
        "plain-es-docx-POL22-cero-a-uno",
        "docx",
        "plain-es",
        "todo distribuidor recibe RAEE pequeños sin compra, cualquiera sea su tamaño",
        InsertAfter(
            "Los distribuidores no podrán vender AEE de productores",
            "",
            printed="Todo distribuidor deberá recibir gratuitamente de cualquier usuario los RAEE "
            "de pequeño tamaño, sin obligación de compra de un aparato equivalente.",
        ),
        expect=(("POL22", "5"),),
        allow=("POL21",),
    ),
    # POL23: competing organisations without a clearing house
    case(
        "RW-en-model-POL23-competing-pros",
        "model",
        "RW-en",
        "several organisations per category, no clearing house",
        Replace(
            "The Authority must not authorise more than one producer responsibility organisation "
            "for the same category of electrical and electronic equipment. It must invite "
            "applications by a public notice, and where more than one person applies for the "
            "same category it must authorise the applicant that best meets the conditions in "
            "paragraph 3 of this Article and publish the reasons for its choice.",
            "The Authority may authorise more than one producer responsibility organisation for "
            "the same category of electrical and electronic equipment.",
        ),
        # and no organisation need cover the whole country (14(2) would be the coverage duty,
        # 9(4) that of an individual scheme)
        Replace(
            "ensures the collection of the producer's e-waste throughout Rwanda and its treatment",
            "ensures the collection of the producer's e-waste and its treatment",
        ),
        Replace(
            "Every producer responsibility organisation must ensure that the e-waste of the "
            "categories that it covers is collected throughout Rwanda, including rural and remote "
            "areas, and must collect it free of charge from every collection point and every "
            "distributor that so requests; it must not refuse to serve an area or a collection "
            "point on the ground that collection there is more costly.",
            "Every producer responsibility organisation must collect free of charge the e-waste "
            "of the categories that it covers from the collection points that its members "
            "finance.",
        ),
        expect=(("POL23", "10(7)"),),
    ),
    case(
        "plain-fr-docx-POL23-eco-organismes-concurrents",
        "docx",
        "plain-fr",
        "plusieurs éco-organismes par catégorie, sans organisme coordonnateur",
        InsertAfter(
            "L'éco-organisme fait auditer chaque année",
            "",
            printed="Plusieurs éco-organismes peuvent être agréés pour une même catégorie d'EEE.",
        ),
        expect=(("POL23", "6"),),
    ),
    # POL24: tradable recycling certificates without safeguards
    case(
        "plain-en-docx-POL24-tradable-certificates",
        "docx",
        "plain-en",
        "recycling certificates that producers may buy and sell, with no safeguards",
        InsertAfter(
            "Every producer shall submit to the Agency, not later than 31 March",
            "",
            printed="(3) A licensed operator may issue recycling certificates for the e-waste "
            "that it treats, and producers may buy and sell such certificates among themselves "
            "to meet the percentage required by subregulation (1).",
        ),
        expect=(("POL24", "7(3)"),),
    ),
    case(
        "plain-es-docx-POL24-certificados",
        "docx",
        "plain-es",
        "certificados de reciclaje transferibles, sin salvaguardias",
        InsertAfter(
            "Todo productor deberá informar a la Autoridad de Aplicación, a más tardar",
            "",
            printed="Los operadores autorizados podrán emitir certificados de reciclaje por los "
            "RAEE que traten, que los productores podrán adquirir y transferir entre sí para "
            "acreditar el cumplimiento de la meta.",
        ),
        expect=(("POL24", "7"),),
    ),
    # POL25: targets with no review clause
    case(
        "plain-en-auto-docx-POL25-no-review",
        "docx",
        "plain-en-auto",
        "remove the review regulation (the last)",
        Remove("Review"),
        expect=(("POL25", "7|SECOND SCHEDULE|"),),
    ),
    case(
        "plain-fr-docx-POL25-no-review",
        "docx",
        "plain-fr",
        "supprimer l'article 12 (révision)",
        Remove("Article 12 : Révision"),
        expect=(("POL25", "7|ANNEXE II|"), ("NUM001", "13")),
    ),
    # POL26: records kept for less than the reporting period
    case(
        "ZM-model-POL26-records-six-months",
        "model",
        "ZM",
        "records kept for six months only, while returns are annual",
        Replace(
            "for not less than five years after the end of the calendar year to which it relates",
            "for not less than six months after the end of the calendar year to which it relates",
        ),
        expect=(("POL26", "6(3)"),),
    ),
    case(
        "plain-fr-docx-POL26-registre-six-mois",
        "docx",
        "plain-fr",
        "registre conservé six mois, déclaration annuelle",
        Replace("le conserve pendant cinq (5) ans", "le conserve pendant six (6) mois"),
        expect=(("POL26", "9"),),
    ),
    # POL27: municipalities' exclusive right to household waste, producers with targets
    case(
        "plain-fr-docx-POL27-communes-exclusives",
        "docx",
        "plain-fr",
        "les communes collectent à titre exclusif les déchets ménagers, DEEE compris",
        InsertAfter(
            "À compter du 1er janvier 2029, nul ne peut éliminer",
            "",
            printed="Les communes assurent à titre exclusif la collecte des déchets ménagers, y "
            "compris des DEEE provenant des ménages.",
        ),
        expect=(("POL27", "10"),),
    ),
    case(
        "plain-en-docx-POL27-local-authorities-exclusive",
        "docx",
        "plain-en",
        "local authorities have the exclusive right to household e-waste",
        InsertAfter(
            "With effect from 1 January 2029, no person shall dispose",
            "",
            printed="(3) Local authorities have the exclusive right to collect household waste, "
            "including e-waste from households.",
        ),
        expect=(("POL27", "9(3)"),),
    ),
    # POL28: small producers exempt with no numeric threshold
    case(
        "RW-en-model-POL28-no-threshold",
        "model",
        "RW-en",
        "small producers as the Authority determines, no threshold in figures",
        Replace(
            "A producer who placed on the market fewer than one hundred (100) units of electrical "
            "and electronic equipment in a calendar year, all categories taken together, is a "
            "small producer",
            "A producer whose activity is of a small scale, as determined by the Authority, is a "
            "small producer",
        ),
        expect=(("POL28", "13"),),
    ),
]

POLICY += [
    # POL29: storage without a time limit while targets are annual
    case(
        "RW-en-model-POL29-storage-unlimited",
        "model",
        "RW-en",
        "the 180-day storage limit removed",
        SetText(
            "#art_21__subsec_1",
            "Every person who collects, takes back, receives or stores e-waste in the course of a "
            "business or of a public function must store it in conditions that prevent breakage "
            "and leakage.",
        ),
        expect=(("POL29", "17|Annex II"),),
    ),
    case(
        "PY-docx-POL29-almacenamiento-sin-plazo",
        "docx",
        "PY",
        "suprimido el plazo de 120 días hábiles de almacenamiento",
        SetText(
            "Queda prohibido a quien recolecte, reciba o almacene RAEE",
            "Quien recolecte, reciba o almacene RAEE en el ejercicio de una actividad comercial, "
            "industrial o de servicio público deberá mantenerlos en condiciones que eviten "
            "roturas y derrames.",
            bold="Art. 19.- Plazo máximo de almacenamiento.",
        ),
        expect=(("POL29", "16|ANEXO II"),),
    ),
    # POL30: a restriction of substances that reaches spare parts
    case(
        "ZM-model-POL30-spare-parts",
        "model",
        "ZM",
        "a substances restriction that reaches spare parts for older equipment",
        InsertAfter(
            "#sec_10__subsec_13",
            "No person shall place on the market electrical and electronic equipment, or spare "
            "parts for it, that contains lead, mercury, cadmium, hexavalent chromium, "
            "polybrominated biphenyls or polybrominated diphenyl ethers above the maximum "
            "concentration values that the Agency publishes.",
            num="14",
            label="(14)",
        ),
        expect=(("POL30", "10(14)"),),
        allow=("VIR006", "OBL001"),
    ),
    case(
        "plain-en-docx-POL30-spare-parts",
        "docx",
        "plain-en",
        "a substances restriction that reaches spare parts for older equipment",
        InsertAfter(
            "Every producer shall mark the electrical and electronic equipment",
            "",
            printed="No producer shall place on the market electrical and electronic equipment, "
            "or spare parts for it, containing lead, mercury, cadmium, hexavalent chromium, "
            "polybrominated biphenyls or polybrominated diphenyl ethers above the maximum "
            "concentration values that the Agency publishes.",
        ),
        expect=(("POL30", "8"),),
    ),
]

VIRES = [
    # VIR001: a fine above the ceiling (500 000 penalty units in Zambia)
    case(
        "ZM-model-VIR001-900000-penalty-units",
        "model",
        "ZM",
        "a fine of nine hundred thousand penalty units",
        Replace(
            "a fine not exceeding two hundred thousand penalty units",
            "a fine not exceeding nine hundred thousand penalty units",
        ),
        expect=(("VIR001", "36(2)"),),
    ),
    case(
        "ZM-docx-VIR001-900-000-in-figures",
        "docx",
        "ZM",
        "a fine of 900 000 penalty units",
        Replace(
            "a fine not exceeding fifty thousand penalty units",
            "a fine not exceeding 900 000 penalty units",
        ),
        expect=(("VIR001", "36(4)"),),
    ),
    # VIR002: a prison term above the ceiling (five years in Zambia)
    case(
        "ZM-docx-VIR002-seven-years",
        "docx",
        "ZM",
        "imprisonment for up to seven years",
        Replace(
            "imprisonment for a period not exceeding two years",
            "imprisonment for a period not exceeding seven years",
        ),
        expect=(("VIR002", "36(2)"),),
    ),
    case(
        "ZM-model-VIR002-ten-years",
        "model",
        "ZM",
        "imprisonment for up to ten (10) years",
        Replace(
            "imprisonment for a period not exceeding two years",
            "imprisonment for a period not exceeding ten (10) years",
        ),
        expect=(("VIR002", "36(2)"),),
    ),
    # VIR003: a Paraguayan decree that sets penalties of its own
    case(
        "PY-model-VIR003-prison",
        "model",
        "PY",
        "el decreto fija una pena privativa de libertad",
        InsertAfter(
            "#art_37__subsec_4",
            "Quien introduzca en el país RAEE peligrosos en infracción del artículo 32 será "
            "castigado con pena privativa de libertad de hasta dos (2) años.",
            num="5",
        ),
        expect=(("VIR003", "37(5)"),),
    ),
    case(
        "PY-docx-VIR003-multa",
        "docx",
        "PY",
        "el decreto fija multas en jornales mínimos",
        InsertAfter(
            "El incumplimiento de lo dispuesto en el presente Decreto que constituya una infracción",
            "",
            printed="Las infracciones a lo dispuesto en los artículos 22 y 24 serán sancionadas "
            "con multa de quinientos (500) a mil (1.000) jornales mínimos.",
        ),
        expect=(("VIR003", "37(3)"),),
    ),
    # VIR004: an enabling provision cited that the profile does not list
    case(
        "ZM-model-VIR004-section-150",
        "model",
        "ZM",
        "the recital cites section 150 of the Act",
        Replace("sections 55, 63, 98 and 134 of the", "sections 55, 63, 98, 134 and 150 of the"),
        expect=(("VIR004", ""),),
    ),
    case(
        "ZM-docx-VIR004-section-150",
        "docx",
        "ZM",
        "the recital cites section 150 of the Act",
        Replace("sections 55, 63, 98 and 134 of", "sections 55, 63, 98, 134 and 150 of"),
        expect=(("VIR004", ""),),
    ),
    case(
        "RW-fr-docx-VIR004-article-95",
        "docx",
        "RW-fr",
        "le préambule vise l'article 95 de la loi n° 48/2018",
        Replace(
            "spécialement en ses articles 19 et 20 ;", "spécialement en ses articles 19, 20 et 95 ;"
        ),
        expect=(("VIR004", ""),),
    ),
    case(
        "PY-docx-VIR004-articulo-99",
        "docx",
        "PY",
        "el VISTO cita el artículo 99 de la Ley N° 3956/2009",
        Replace("sus artículos 2° y 27", "sus artículos 2°, 27 y 99"),
        expect=(("VIR004", ""),),
    ),
    # VIR005: a power recited without the conditions of its exercise
    case(
        "ZM-model-VIR005-no-conditions",
        "model",
        "ZM",
        "the recital drops the Agency's advice and recommendation",
        Replace(
            ", on the advice of the Agency after consultation with the relevant appropriate "
            "authorities (section 63) and on the recommendation of the Agency (sections 55 and "
            "134)",
            "",
        ),
        expect=(("VIR005", ""),),
    ),
    case(
        "ZM-docx-VIR005-no-conditions",
        "docx",
        "ZM",
        "the recital drops the Agency's advice and recommendation",
        Replace(
            ", on the advice of the Agency after consultation with the relevant appropriate "
            "authorities (section 63) and on the recommendation of the Agency (sections 55 and "
            "134)",
            "",
        ),
        expect=(("VIR005", ""),),
    ),
    # VIR006: provisions on a matter no cited power covers
    case(
        "ZM-model-VIR006-guarantees-without-s98",
        "model",
        "ZM",
        "the recital no longer cites section 98, the power for guarantees (regulation 12)",
        Replace("sections 55, 63, 98 and 134 of the", "sections 55, 63 and 134 of the"),
        expect=(("VIR006", "12"),),
    ),
    case(
        "PY-model-VIR006-transboundary-without-art27",
        "model",
        "PY",
        "el VISTO ya no cita el artículo 27 (movimientos transfronterizos, arts. 32 y 33)",
        Replace("en especial sus artículos 2° y 27;", "en especial su artículo 2°;"),
        expect=(("VIR006", "32"), ("VIR006", "33")),
    ),
    case(
        "RW-fr-docx-VIR006-transboundary-without-art19",
        "docx",
        "RW-fr",
        "le préambule ne vise plus l'article 19 (mouvements transfrontières, art. 33 et 34)",
        Replace("spécialement en ses articles 19 et 20 ;", "spécialement en son article 20 ;"),
        expect=(("VIR006", "33"), ("VIR006", "34")),
    ),
    # VIR007: administrative fines in a Rwandan order the law does not authorise
    case(
        "RW-en-model-VIR007-administrative-fine",
        "model",
        "RW-en",
        "the Order sets an administrative fine of FRW 5,000,000",
        InsertAfter(
            "#art_39__subsec_4",
            "A producer who places electrical and electronic equipment on the market without "
            "being registered is liable to an administrative fine of five million Rwandan francs "
            "(FRW 5,000,000).",
            num="5",
        ),
        expect=(("VIR007", "39(5)"),),
    ),
    case(
        "RW-fr-docx-VIR007-amende-administrative",
        "docx",
        "RW-fr",
        "l'arrêté fixe une amende administrative de 2 000 000 FRW",
        InsertAfter(
            "Lorsque les faits sont susceptibles de constituer une infraction pénale",
            "",
            printed="Le producteur qui ne remet pas la déclaration prévue à l'article 18 est "
            "passible d'une amende administrative de deux millions de francs rwandais "
            "(2 000 000 FRW).",
        ),
        expect=(("VIR007", "39(5)"),),
    ),
]

ALIGNMENT = [
    # ALN001: a provision in one version only
    case(
        "RW-en-model-ALN001-extra-article",
        "model",
        "RW-en",
        "an Article 45 in English only",
        InsertAfter(
            "#art_44",
            "The Minister may issue instructions for the implementation of this Order.",
            num="45",
            label="Article 45",
        ),
        expect=(("ALN001", "45"),),
        other="RW-fr",
    ),
    case(
        "RW-fr-docx-ALN001-extra-article",
        "docx",
        "RW-fr",
        "un article 45 en français seulement",
        InsertAfter(
            "Le présent arrêté entre en vigueur le jour de sa publication",
            "",
            printed="Article 45 : Exécution",
            style="Provision Heading",
        ),
        InsertAfter(
            "Article 45 : Exécution",
            "",
            printed="Le Directeur général de l'Office est chargé de l'exécution du présent arrêté.",
            style="Provision Text",
        ),
        expect=(("ALN001", "45"),),
        other="RW-en",
    ),
    case(
        "RW-fr-model-ALN001-dropped-article",
        "model",
        "RW-fr",
        "l'article 43 manque en français",
        Remove("#art_43"),
        expect=(("ALN001", "43|42|44|"), ("NUM001", "44"), ("XREF001", "42(3)")),
        other="RW-en",
    ),
    # ALN002: figures that differ
    case(
        "RW-fr-model-ALN002-seven-years",
        "model",
        "RW-fr",
        "l'agrément vaut sept (7) ans en français, cinq (5) en anglais",
        Replace("valable pour une durée de cinq (5) ans", "valable pour une durée de sept (7) ans"),
        expect=(("ALN002", "10(4)"),),
        other="RW-en",
    ),
    case(
        "RW-en-docx-ALN002-twenty-one-days",
        "docx",
        "RW-en",
        "twenty-one (21) days in English, fourteen in French",
        Replace(
            "within fourteen (14) days after making it",
            "within twenty-one (21) days after making it",
        ),
        expect=(("ALN002", "8(3)"),),
        other="RW-fr",
    ),
    case(
        "RW-en-model-ALN002-per-cent",
        "model",
        "RW-en",
        "administrative costs capped at 25 per cent in English, 20 % in French",
        Replace(
            "must not exceed 20 per cent of its income", "must not exceed 25 per cent of its income"
        ),
        expect=(("ALN002", "14(5)"),),
        other="RW-fr",
    ),
    # ALN003: cross-references that differ
    case(
        "RW-en-model-ALN003-article-11",
        "model",
        "RW-en",
        "Article 11 cited in English where the French cites Article 10",
        Replace(
            "the producer responsibility organisations authorised under Article 10, with their members",
            "the producer responsibility organisations authorised under Article 11, with their members",
        ),
        expect=(("ALN003", "8(1)(2°)"),),
        other="RW-fr",
    ),
    case(
        "RW-fr-docx-ALN003-article-25",
        "docx",
        "RW-fr",
        "l'article 25 cité en français là où l'anglais cite l'article 24",
        Replace(
            "délivrer les agréments prévus à l'article 24",
            "délivrer les agréments prévus à l'article 25",
        ),
        expect=(("ALN003", "5(1)(4°)"),),
        other="RW-en",
    ),
    # ALN004: sub-provisions that differ in number
    case(
        "RW-en-model-ALN004-paragraph-dropped",
        "model",
        "RW-en",
        "paragraph 4 of Article 41 missing in English",
        Remove("#art_41__subsec_4"),
        expect=(("ALN004", "41"),),
        allow=("ALN001", "ALN003"),
        other="RW-fr",
    ),
    case(
        "RW-fr-docx-ALN004-paragraph-added",
        "docx",
        "RW-fr",
        "un alinéa de plus à l'article premier en français",
        InsertAfter(
            "Le présent arrêté a pour objet de déterminer",
            "",
            printed="Il s'applique sur l'ensemble du territoire de la République du Rwanda.",
            style="Subprovision",
        ),
        expect=(("ALN004", "1"),),
        allow=("ALN001",),
        other="RW-en",
    ),
]

STYLE = [
    # STY001: shall, must and will mixed
    case(
        "ZM-docx-STY001-must",
        "docx",
        "ZM",
        'one "must" among the "shall"s',
        Replace(
            "shall, on supplying it, accept from the customer",
            "must, on supplying it, accept from the customer",
        ),
        expect=(("STY001", "13(1)"),),
    ),
    case(
        "ZM-model-STY001-will",
        "model",
        "ZM",
        'one "will" among the "shall"s',
        Replace(
            "Every licensed operator shall submit to the Agency, not later than 31 March",
            "Every licensed operator will submit to the Agency, not later than 31 March",
        ),
        expect=(("STY001", "18(1)"),),
    ),
    case(
        "plain-en-docx-STY001-must",
        "docx",
        "plain-en",
        'one "must" among the "shall"s',
        Replace("A distributor shall not sell", "A distributor must not sell"),
        expect=(("STY001", "5"),),
    ),
    # STY002: "and/or"
    case(
        "ZM-model-STY002-and-or",
        "model",
        "ZM",
        '"premises and/or facilities"',
        Replace(
            "including by inspecting premises, facilities, vehicles",
            "including by inspecting premises and/or facilities, vehicles",
        ),
        expect=(("STY002", "5(1)(c)"),),
    ),
    case(
        "PY-docx-STY002-y-o",
        "docx",
        "PY",
        "«las municiones y/o el material de guerra»",
        Replace(
            "las municiones y el material de guerra", "las municiones y/o el material de guerra"
        ),
        expect=(("STY002", "4°(a)"),),
    ),
    case(
        "RW-fr-docx-STY002-et-ou",
        "docx",
        "RW-fr",
        "« et/ou dans toute offre faite à distance »",
        Replace(
            "visible de la clientèle ainsi que dans toute offre",
            "visible de la clientèle et/ou dans toute offre",
        ),
        expect=(("STY002", "11(8)"),),
    ),
    case(
        "plain-es-docx-STY002-y-o",
        "docx",
        "plain-es",
        "«almacenar y/o tratar»",
        Replace("recolectar, almacenar o tratar RAEE", "recolectar, almacenar y/o tratar RAEE"),
        expect=(("STY002", "9"),),
    ),
    # STY003: a vague term
    case(
        "ZM-docx-STY003-as-soon-as-possible",
        "docx",
        "ZM",
        '"as soon as possible"',
        Replace(
            "delivered as soon as practicable to a collection point",
            "delivered as soon as possible to a collection point",
        ),
        expect=(("STY003", "26(3)"),),
    ),
    case(
        "PY-model-STY003-en-la-medida-de-lo-posible",
        "model",
        "PY",
        "«en la medida de lo posible»",
        Replace(
            "Toda persona que recolecte RAEE deberá, cuando sea factible, separar",
            "Toda persona que recolecte RAEE deberá, en la medida de lo posible, separar",
        ),
        expect=(("STY003", "25(1)"),),
    ),
    case(
        "plain-fr-docx-STY003-dans-la-mesure-du-possible",
        "docx",
        "plain-fr",
        "« dans la mesure du possible »",
        Replace(
            "L'Agence évalue tous les trois (3) ans",
            "L'Agence évalue, dans la mesure du possible, tous les trois (3) ans",
        ),
        expect=(("STY003", "12"),),
    ),
    # STY004: a gendered pronoun for a person
    case(
        "ZM-model-STY004-he",
        "model",
        "ZM",
        '"if he applies"',
        Replace(
            "may continue to do so if the person applies for registration",
            "may continue to do so if he applies for registration",
        ),
        expect=(("STY004", "23(3)"),),
    ),
    case(
        "plain-en-docx-STY004-his",
        "docx",
        "plain-en",
        '"his registration number"',
        Replace(
            "shall show the producer's registration number", "shall show his registration number"
        ),
        expect=(("STY004", "4(5)"),),
    ),
    case(
        "RW-en-docx-STY004-she",
        "docx",
        "RW-en",
        '"whether or not she then held a licence"',
        Replace(
            "whether or not the person then held a licence",
            "whether or not she then held a licence",
        ),
        expect=(("STY004", "41(1)"),),
    ),
]

CASES: list[Case] = [
    *CONTROLS,
    *STRUCTURE,
    *TERMS,
    *NUMBERS,
    *OBLIGATIONS,
    *POLICY,
    *VIRES,
    *ALIGNMENT,
    *STYLE,
]
