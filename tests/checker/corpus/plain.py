"""The three plainly typed regulations of the corpus, as a drafter would type them in Word:
a short English one numbered "Regulation N", a French "Article N :" arrêté and a Spanish
"Artículo N°" decreto. None names a country, so the checker reads them with no profile.

Each is a list of lines `(kind, number, text)`, written out by `build.write_plain`:
- "title", "preamble": the front, as typed;
- "part": a part or chapter heading; "section": a top-level provision (`text`: its heading,
  or for the Spanish form its first words, which run on after the number);
- "sub": a numbered sub-provision "(1)"; "para": a paragraph "(a)" / "a)"; "item": a
  French item "1°"; "text": an unnumbered paragraph (a provision's words, an alinéa, a
  definition);
- "schedule": a schedule's heading line, "schedule-title" its title; "table": rows of a
  table (`text` is a tuple of rows, each a tuple of cells); "line": a paragraph of a
  schedule.

They are consistent by design: every defined term is used, every cross-reference
resolves, every duty falls under the offences provision, the policy checks' conditions are
met (producer register with numbers and a ban on unregistered sellers, targets as a share
of what was placed on the market with returns by category, authorised and audited
schemes, selective treatment by licensed operators, a review clause)."""

from __future__ import annotations

Line = tuple[str, str, object]

EN: list[Line] = [
    (
        "title",
        "",
        "THE ELECTRICAL AND ELECTRONIC WASTE (PRODUCER RESPONSIBILITY) REGULATIONS, 2027",
    ),
    (
        "preamble",
        "",
        "IN EXERCISE of the powers conferred by section 40 of the Waste Management Act, 2019, "
        "the Minister makes the following Regulations:",
    ),
    ("part", "", "PART 1 — PRELIMINARY"),
    ("section", "1", "Citation and commencement"),
    (
        "text",
        "",
        "These Regulations may be cited as the Electrical and Electronic Waste (Producer "
        "Responsibility) Regulations, 2027, and come into operation on 1 July 2027.",
    ),
    ("section", "2", "Interpretation"),
    ("text", "", "In these Regulations, unless the context otherwise requires—"),
    ("text", "", "“Act” means the Waste Management Act, 2019;"),
    ("text", "", "“Agency” means the Environment Agency established by section 5 of the Act;"),
    (
        "text",
        "",
        "“authorised representative” means a person established in the country whom a "
        "producer established abroad appoints, by written mandate, to perform the producer's "
        "obligations under these Regulations;",
    ),
    (
        "text",
        "",
        "“distributor” means a person who, in the course of a business, makes electrical and "
        "electronic equipment available to users;",
    ),
    (
        "text",
        "",
        "“electrical and electronic equipment” means equipment that depends on electric "
        "currents or electromagnetic fields to work properly and that is designed for use at "
        "a voltage not exceeding 1 000 volts alternating current or 1 500 volts direct "
        "current;",
    ),
    (
        "text",
        "",
        "“e-waste” means electrical and electronic equipment that its holder discards, "
        "intends to discard or is required to discard, including its components;",
    ),
    (
        "text",
        "",
        "“licensed operator” means a person who holds a licence issued under regulation 10;",
    ),
    ("text", "", "“Minister” means the Minister responsible for the environment;"),
    (
        "text",
        "",
        "“place on the market” means to supply electrical and electronic equipment for the "
        "first time in the country in the course of a business, including by import or by "
        "distance communication;",
    ),
    (
        "text",
        "",
        "“producer” means a person who, whatever the selling technique used, manufactures "
        "electrical and electronic equipment under the person's own name or trade mark, "
        "resells under the person's own name or trade mark equipment made by others, is the "
        "first to place on the market equipment imported from another country, or sells "
        "equipment by distance communication directly to users in the country while "
        "established abroad;",
    ),
    (
        "text",
        "",
        "“scheme” means a body corporate authorised under regulation 6 to meet the "
        "obligations of its member producers.",
    ),
    ("section", "3", "Application"),
    (
        "text",
        "",
        "These Regulations apply to electrical and electronic equipment of the categories set "
        "out in the First Schedule that is placed on the market, and to the e-waste arising "
        "from it.",
    ),
    ("part", "", "PART 2 — PRODUCERS AND DISTRIBUTORS"),
    ("section", "4", "Registration of producers"),
    (
        "sub",
        "1",
        "A producer shall not place electrical and electronic equipment on the market unless "
        "the producer is registered with the Agency.",
    ),
    (
        "sub",
        "2",
        "An application for registration shall state the name and address of the producer, "
        "the brand names and categories of the equipment and the weight of equipment that "
        "the producer placed on the market in the preceding calendar year.",
    ),
    (
        "sub",
        "3",
        "The Agency shall register a producer who makes a complete application, assign a "
        "registration number to the producer and enter the producer in the public register "
        "of producers.",
    ),
    (
        "sub",
        "4",
        "A producer established abroad who sells electrical and electronic equipment by "
        "distance communication directly to users shall appoint an authorised "
        "representative, who shall apply for registration in the producer's name.",
    ),
    (
        "sub",
        "5",
        "A registered producer shall show the producer's registration number on every "
        "invoice for the supply of electrical and electronic equipment.",
    ),
    ("section", "5", "Duties of distributors"),
    (
        "text",
        "",
        "A distributor shall not sell electrical and electronic equipment of a producer who "
        "is not registered under regulation 4.",
    ),
    ("section", "6", "Producer responsibility schemes"),
    (
        "sub",
        "1",
        "Every producer shall meet the obligations imposed by regulations 7 and 8 as a "
        "member of a scheme.",
    ),
    ("sub", "2", "The Agency shall authorise a body corporate as a scheme where—"),
    ("para", "a", "it does not operate for profit;"),
    (
        "para",
        "b",
        "it is governed by a board on which its members are fairly represented and which no "
        "single member controls; and",
    ),
    (
        "para",
        "c",
        "its membership is open, on non-discriminatory terms, to every registered producer.",
    ),
    (
        "sub",
        "3",
        "A scheme shall have its accounts and its records of the e-waste collected audited "
        "every year by an independent auditor and shall submit the audit report to the "
        "Agency within six months after the end of the year.",
    ),
    (
        "sub",
        "4",
        "The Agency may withdraw the authorisation of a scheme that fails to comply with "
        "subregulation (3).",
    ),
    ("section", "7", "Collection targets and returns"),
    (
        "sub",
        "1",
        "Every producer shall, through the scheme of which the producer is a member, collect "
        "in each calendar year at least the percentage set out in the Second Schedule of the "
        "weight of electrical and electronic equipment that the producer placed on the "
        "market in the preceding calendar year.",
    ),
    (
        "sub",
        "2",
        "Every producer shall submit to the Agency, not later than 31 March of each year, a "
        "return of the weight of electrical and electronic equipment that the producer "
        "placed on the market in the preceding calendar year, by category set out in the "
        "First Schedule.",
    ),
    ("section", "8", "Marking of equipment"),
    (
        "text",
        "",
        "Every producer shall mark the electrical and electronic equipment that the producer "
        "places on the market with the symbol of a crossed-out wheeled bin.",
    ),
    ("part", "", "PART 3 — TREATMENT"),
    ("section", "9", "Treatment of e-waste"),
    (
        "sub",
        "1",
        "A licensed operator shall, before any other treatment of e-waste, remove from it the "
        "components listed in the Third Schedule.",
    ),
    (
        "sub",
        "2",
        "With effect from 1 January 2029, no person shall dispose of e-waste at a landfill "
        "unless it has first been treated by a licensed operator.",
    ),
    ("section", "10", "Licensing of operators"),
    (
        "sub",
        "1",
        "No person shall collect, store, treat or recycle e-waste except under a licence "
        "issued by the Agency under this regulation.",
    ),
    ("sub", "2", "A licence is valid for three years and may be renewed."),
    (
        "sub",
        "3",
        "A licensed operator shall keep records of the e-waste received and treated for five "
        "years and shall submit a return of them to the Agency not later than 31 March of "
        "each year.",
    ),
    ("part", "", "PART 4 — ENFORCEMENT AND FINAL PROVISIONS"),
    ("section", "11", "Offences"),
    (
        "text",
        "",
        "A person who contravenes regulation 4, 5, 6, 7, 8, 9 or 10 commits an offence and is "
        "liable, on conviction, to a fine not exceeding one hundred thousand penalty units "
        "or to imprisonment for a period not exceeding one year, or to both, without "
        "prejudice to any penalty under the Act.",
    ),
    ("section", "12", "Review"),
    (
        "text",
        "",
        "The Agency shall review the operation of these Regulations, including the targets "
        "set out in the Second Schedule, not later than three years after their commencement "
        "and every three years afterwards, and shall report its conclusions to the Minister.",
    ),
    ("schedule", "", "FIRST SCHEDULE"),
    ("schedule-title", "", "Categories of electrical and electronic equipment"),
    (
        "table",
        "",
        (
            ("No.", "Category"),
            ("1", "Temperature exchange equipment"),
            ("2", "Screens and monitors"),
            ("3", "Lamps"),
            ("4", "Large equipment"),
            ("5", "Small equipment"),
            ("6", "Small information technology and telecommunication equipment"),
        ),
    ),
    ("schedule", "", "SECOND SCHEDULE"),
    ("schedule-title", "", "Minimum collection rates"),
    (
        "table",
        "",
        (
            ("Calendar year", "Minimum collection rate"),
            ("2029", "30 per cent"),
            ("2031", "40 per cent"),
            ("2033", "50 per cent"),
        ),
    ),
    ("schedule", "", "THIRD SCHEDULE"),
    ("schedule-title", "", "Components to be removed from e-waste"),
    ("line", "", "Capacitors containing polychlorinated biphenyls."),
    ("line", "", "Components containing mercury."),
    ("line", "", "Batteries."),
    ("line", "", "Printed circuit boards."),
    ("line", "", "Cathode ray tubes."),
    ("line", "", "Refrigerants and other ozone-depleting gases."),
]

FR: list[Line] = [
    (
        "title",
        "",
        "ARRÊTÉ N° 012 DU 3 MARS 2027 RELATIF À LA GESTION DES DÉCHETS D'ÉQUIPEMENTS "
        "ÉLECTRIQUES ET ÉLECTRONIQUES",
    ),
    ("preamble", "", "Le Ministre chargé de l'environnement,"),
    (
        "preamble",
        "",
        "Vu la loi n° 2019-14 du 12 juin 2019 relative à la gestion des déchets, notamment "
        "en son article 30 ;",
    ),
    ("preamble", "", "ARRÊTE :"),
    ("part", "", "CHAPITRE PREMIER : DISPOSITIONS GÉNÉRALES"),
    ("section", "1", "Objet"),
    (
        "text",
        "",
        "Le présent arrêté fixe les modalités de la responsabilité élargie des producteurs "
        "d'équipements électriques et électroniques et de la gestion des déchets qui en sont "
        "issus.",
    ),
    ("section", "2", "Définitions"),
    ("text", "", "Au sens du présent arrêté, on entend par :"),
    (
        "item",
        "1",
        "Agence : l'Agence de l'environnement créée par la loi n° 2019-14 du 12 juin 2019 "
        "relative à la gestion des déchets ;",
    ),
    (
        "item",
        "2",
        "DEEE : les déchets d'équipements électriques et électroniques, à savoir les EEE dont "
        "le détenteur se défait ou a l'intention ou l'obligation de se défaire, avec leurs "
        "composants ;",
    ),
    (
        "item",
        "3",
        "distributeur : toute personne qui, dans le cadre d'une activité commerciale, met des "
        "EEE à la disposition des utilisateurs ;",
    ),
    (
        "item",
        "4",
        "éco-organisme : la personne morale agréée en application de l'article 6 pour "
        "remplir les obligations des producteurs qui y adhèrent ;",
    ),
    (
        "item",
        "5",
        "EEE : les équipements électriques et électroniques, à savoir les équipements qui "
        "fonctionnent grâce à des courants électriques ou à des champs électromagnétiques et "
        "qui sont conçus pour être utilisés à une tension ne dépassant pas 1 000 volts en "
        "courant alternatif et 1 500 volts en courant continu ;",
    ),
    (
        "item",
        "6",
        "mandataire : la personne établie sur le territoire national qu'un producteur établi "
        "à l'étranger désigne, par un mandat écrit, pour remplir ses obligations au titre du "
        "présent arrêté ;",
    ),
    (
        "item",
        "7",
        "mise sur le marché : la première fourniture d'EEE sur le territoire national dans "
        "le cadre d'une activité commerciale, y compris par importation ou par vente à "
        "distance ;",
    ),
    ("item", "8", "Ministre : le ministre chargé de l'environnement ;"),
    (
        "item",
        "9",
        "opérateur agréé : toute personne titulaire d'un agrément délivré en application de "
        "l'article 9 ;",
    ),
    (
        "item",
        "10",
        "producteur : toute personne qui, quelle que soit la technique de vente utilisée, "
        "fabrique des EEE sous son propre nom ou sa propre marque, revend sous son propre nom "
        "ou sa propre marque des EEE fabriqués par d'autres, procède à la première mise sur "
        "le marché d'EEE importés ou vend des EEE à distance directement aux utilisateurs "
        "tout en étant établie à l'étranger.",
    ),
    ("section", "3", "Champ d'application"),
    (
        "text",
        "",
        "Le présent arrêté s'applique aux EEE des catégories figurant à l'annexe I et aux "
        "DEEE qui en sont issus.",
    ),
    ("part", "", "CHAPITRE II : OBLIGATIONS DES PRODUCTEURS ET DES DISTRIBUTEURS"),
    ("section", "4", "Enregistrement des producteurs"),
    (
        "text",
        "",
        "Nul producteur ne peut procéder à la mise sur le marché d'EEE s'il n'est pas "
        "enregistré auprès de l'Agence.",
    ),
    (
        "text",
        "",
        "L'Agence enregistre le producteur qui présente une demande complète, lui attribue "
        "un numéro d'enregistrement et l'inscrit au registre public des producteurs.",
    ),
    (
        "text",
        "",
        "Le producteur établi à l'étranger qui vend des EEE à distance directement aux "
        "utilisateurs désigne un mandataire, qui demande l'enregistrement au nom du "
        "producteur.",
    ),
    (
        "text",
        "",
        "Le producteur enregistré indique son numéro d'enregistrement sur chaque facture de "
        "fourniture d'EEE.",
    ),
    ("section", "5", "Obligations des distributeurs"),
    (
        "text",
        "",
        "Le distributeur ne peut vendre des EEE d'un producteur qui n'est pas enregistré "
        "conformément à l'article 4.",
    ),
    ("section", "6", "Éco-organismes"),
    (
        "text",
        "",
        "Tout producteur remplit les obligations prévues aux articles 7 et 8 en adhérant à un "
        "éco-organisme.",
    ),
    (
        "text",
        "",
        "L'Agence agrée comme éco-organisme la personne morale qui remplit les conditions "
        "suivantes :",
    ),
    ("item", "1", "elle ne poursuit pas de but lucratif ;"),
    (
        "item",
        "2",
        "elle est administrée par un conseil où ses membres sont équitablement représentés "
        "et qu'aucun membre ne contrôle ;",
    ),
    (
        "item",
        "3",
        "son adhésion est ouverte à tout producteur enregistré, à des conditions non "
        "discriminatoires.",
    ),
    (
        "text",
        "",
        "L'éco-organisme fait auditer chaque année ses comptes et ses données de collecte par "
        "un auditeur indépendant et transmet le rapport d'audit à l'Agence dans les six (6) "
        "mois qui suivent la clôture de l'exercice.",
    ),
    ("section", "7", "Objectifs de collecte et de valorisation"),
    (
        "text",
        "",
        "Tout producteur atteint, par l'intermédiaire de son éco-organisme, les taux minimaux "
        "de collecte fixés à l'annexe II, exprimés en pourcentage du poids moyen des EEE "
        "qu'il a mis sur le marché au cours des trois (3) années civiles précédentes.",
    ),
    (
        "text",
        "",
        "Les DEEE collectés sont traités de manière à atteindre les objectifs minimaux de "
        "valorisation et de recyclage fixés à l'annexe III.",
    ),
    (
        "text",
        "",
        "Tout producteur déclare à l'Agence, au plus tard le 31 mars de chaque année, le "
        "poids des EEE qu'il a mis sur le marché au cours de l'année civile précédente, par "
        "catégorie figurant à l'annexe I.",
    ),
    ("section", "8", "Marquage des équipements"),
    (
        "text",
        "",
        "Tout producteur appose sur les EEE dont il procède à la mise sur le marché le "
        "symbole de la poubelle sur roues barrée.",
    ),
    ("part", "", "CHAPITRE III : TRAITEMENT"),
    ("section", "9", "Agrément des opérateurs"),
    (
        "text",
        "",
        "Nul ne peut collecter, entreposer ou traiter des DEEE sans un agrément délivré par "
        "l'Agence.",
    ),
    ("text", "", "L'agrément est valable trois (3) ans et peut être renouvelé."),
    (
        "text",
        "",
        "L'opérateur agréé tient un registre des DEEE reçus et traités, le conserve pendant "
        "cinq (5) ans et adresse à l'Agence une déclaration annuelle au plus tard le 31 mars "
        "de chaque année.",
    ),
    ("section", "10", "Traitement des DEEE"),
    (
        "text",
        "",
        "L'opérateur agréé retire des DEEE, avant tout autre traitement, les composants "
        "énumérés à l'annexe IV.",
    ),
    (
        "text",
        "",
        "À compter du 1er janvier 2029, nul ne peut éliminer des DEEE en décharge s'ils n'ont "
        "pas été traités au préalable par un opérateur agréé.",
    ),
    ("part", "", "CHAPITRE IV : DISPOSITIONS PÉNALES ET FINALES"),
    ("section", "11", "Sanctions"),
    (
        "text",
        "",
        "Est puni d'une amende de cinq cent mille (500 000) à cinq millions (5 000 000) de "
        "francs quiconque contrevient aux dispositions des articles 4 à 10 du présent arrêté.",
    ),
    ("section", "12", "Révision"),
    (
        "text",
        "",
        "L'Agence évalue tous les trois (3) ans l'application du présent arrêté, notamment "
        "les objectifs fixés aux annexes II et III, et en fait rapport au Ministre.",
    ),
    ("section", "13", "Entrée en vigueur"),
    ("text", "", "Le présent arrêté entre en vigueur le 1er janvier 2028."),
    ("schedule", "", "ANNEXE I"),
    ("schedule-title", "", "Catégories d'équipements électriques et électroniques"),
    (
        "table",
        "",
        (
            ("N°", "Catégorie"),
            ("1", "Équipements d'échange thermique"),
            ("2", "Écrans et moniteurs"),
            ("3", "Lampes"),
            ("4", "Gros équipements"),
            ("5", "Petits équipements"),
            ("6", "Petits équipements informatiques et de télécommunications"),
        ),
    ),
    ("schedule", "", "ANNEXE II"),
    ("schedule-title", "", "Taux minimaux de collecte"),
    (
        "table",
        "",
        (
            ("Année civile", "Taux minimal de collecte"),
            ("2030", "30 %"),
            ("2032", "40 %"),
            ("2034", "50 %"),
        ),
    ),
    ("schedule", "", "ANNEXE III"),
    ("schedule-title", "", "Objectifs minimaux de valorisation et de recyclage"),
    (
        "table",
        "",
        (
            ("Catégorie", "Valorisation minimale (%)", "Recyclage minimal (%)"),
            ("1", "85", "80"),
            ("2", "80", "70"),
            ("3", "80", "80"),
            ("4", "85", "80"),
            ("5", "75", "55"),
            ("6", "75", "55"),
        ),
    ),
    ("schedule", "", "ANNEXE IV"),
    ("schedule-title", "", "Composants à retirer des DEEE"),
    ("line", "", "Condensateurs contenant des polychlorobiphényles."),
    ("line", "", "Composants contenant du mercure."),
    ("line", "", "Piles et accumulateurs."),
    ("line", "", "Cartes de circuits imprimés."),
    ("line", "", "Tubes cathodiques."),
    ("line", "", "Fluides frigorigènes et autres gaz appauvrissant la couche d'ozone."),
]

ES: list[Line] = [
    (
        "title",
        "",
        "DECRETO N° 245 POR EL CUAL SE REGLAMENTA LA GESTIÓN DE LOS RESIDUOS DE APARATOS "
        "ELÉCTRICOS Y ELECTRÓNICOS",
    ),
    ("preamble", "", "VISTO:"),
    (
        "preamble",
        "",
        "La Ley N° 1234/2020 «De gestión integral de los residuos», en especial su artículo 40; y",
    ),
    ("preamble", "", "CONSIDERANDO:"),
    (
        "preamble",
        "",
        "Que es necesario reglamentar la responsabilidad extendida de los productores de "
        "aparatos eléctricos y electrónicos.",
    ),
    ("preamble", "", "POR TANTO, en ejercicio de sus atribuciones,"),
    ("preamble", "", "DECRETA:"),
    ("part", "", "CAPÍTULO I - DISPOSICIONES GENERALES"),
    (
        "section",
        "1",
        "El presente Decreto reglamenta la gestión de los residuos de aparatos eléctricos y "
        "electrónicos y la responsabilidad extendida de sus productores.",
    ),
    ("section", "2", "A los efectos del presente Decreto, se entenderá por:"),
    (
        "para",
        "a",
        "AEE: aparatos eléctricos y electrónicos, es decir, los aparatos que necesitan "
        "corriente eléctrica o campos electromagnéticos para funcionar correctamente, "
        "diseñados para una tensión nominal no superior a 1.000 voltios en corriente alterna "
        "y 1.500 voltios en corriente continua.",
    ),
    (
        "para",
        "b",
        "Autoridad de Aplicación: el Ministerio del Ambiente, que ejerce las funciones "
        "previstas en el presente Decreto.",
    ),
    (
        "para",
        "c",
        "Distribuidor: toda persona que, en el ejercicio de una actividad comercial, pone AEE "
        "a disposición de los usuarios.",
    ),
    (
        "para",
        "d",
        "Introducir en el mercado: suministrar por primera vez AEE en el territorio nacional "
        "en el ejercicio de una actividad comercial, incluso mediante su importación o su "
        "venta a distancia.",
    ),
    (
        "para",
        "e",
        "Operador autorizado: persona física o jurídica titular de una autorización otorgada "
        "conforme al artículo 9°.",
    ),
    (
        "para",
        "f",
        "Productor: toda persona física o jurídica que, cualquiera sea la técnica de venta "
        "utilizada, fabrique AEE con su propio nombre o marca, revenda con su propio nombre o "
        "marca AEE fabricados por terceros, sea la primera en introducir en el mercado AEE "
        "importados o venda AEE a distancia directamente a usuarios del territorio nacional "
        "estando establecida en el extranjero.",
    ),
    (
        "para",
        "g",
        "RAEE: residuos de aparatos eléctricos y electrónicos, es decir, los AEE de los que "
        "su poseedor se desprende o tiene la intención o la obligación de desprenderse, con "
        "sus componentes.",
    ),
    (
        "para",
        "h",
        "Representante autorizado: persona establecida en el territorio nacional a quien un "
        "productor establecido en el extranjero designa, mediante mandato escrito, para "
        "cumplir en su nombre las obligaciones del presente Decreto.",
    ),
    (
        "para",
        "i",
        "Sistema colectivo: persona jurídica sin fines de lucro autorizada conforme al "
        "artículo 6° para cumplir las obligaciones de los productores adheridos.",
    ),
    (
        "section",
        "3",
        "El presente Decreto se aplica a los AEE de las categorías establecidas en el "
        "Anexo I y a los RAEE derivados de ellos.",
    ),
    ("part", "", "CAPÍTULO II - OBLIGACIONES DE LOS PRODUCTORES Y DISTRIBUIDORES"),
    (
        "section",
        "4",
        "Ningún productor podrá introducir en el mercado AEE sin estar inscrito ante la "
        "Autoridad de Aplicación.",
    ),
    (
        "text",
        "",
        "La Autoridad de Aplicación inscribirá al productor que presente una solicitud "
        "completa, le asignará un número de registro y lo incorporará al registro público de "
        "productores.",
    ),
    (
        "text",
        "",
        "El productor establecido en el extranjero que venda AEE a distancia directamente a "
        "los usuarios deberá designar un representante autorizado, que solicitará la "
        "inscripción en nombre del productor.",
    ),
    (
        "text",
        "",
        "El productor inscrito deberá consignar su número de registro en cada factura de "
        "venta de AEE.",
    ),
    (
        "section",
        "5",
        "Los distribuidores no podrán vender AEE de productores que no estén inscritos "
        "conforme al artículo 4°.",
    ),
    (
        "section",
        "6",
        "Todo productor deberá cumplir las obligaciones previstas en los artículos 7° y 8° "
        "mediante su adhesión a un sistema colectivo.",
    ),
    (
        "text",
        "",
        "La Autoridad de Aplicación autorizará como sistema colectivo a la persona jurídica "
        "que reúna los siguientes requisitos:",
    ),
    ("para", "a", "no perseguir fines de lucro;"),
    (
        "para",
        "b",
        "estar administrada por un directorio en el que sus adherentes estén representados "
        "en forma equitativa y que ningún adherente controle; y",
    ),
    (
        "para",
        "c",
        "admitir la adhesión de todo productor inscrito, en condiciones no discriminatorias.",
    ),
    (
        "text",
        "",
        "El sistema colectivo deberá someter anualmente sus estados financieros y sus "
        "registros de recolección a una auditoría externa independiente y presentar el "
        "informe de auditoría a la Autoridad de Aplicación dentro de los seis (6) meses "
        "siguientes al cierre del ejercicio.",
    ),
    (
        "section",
        "7",
        "Todo productor deberá alcanzar cada año calendario, por medio de su sistema "
        "colectivo, la meta mínima de recolección establecida en el Anexo II, expresada como "
        "porcentaje del peso medio de los AEE que haya introducido en el mercado durante los "
        "tres (3) años calendario anteriores.",
    ),
    (
        "text",
        "",
        "Todo productor deberá informar a la Autoridad de Aplicación, a más tardar el 31 de "
        "marzo de cada año, el peso de los AEE que haya introducido en el mercado durante el "
        "año calendario anterior, por categoría del Anexo I.",
    ),
    (
        "section",
        "8",
        "Todo productor deberá marcar los AEE que introduzca en el mercado con el símbolo del "
        "contenedor de basura tachado.",
    ),
    ("part", "", "CAPÍTULO III - TRATAMIENTO"),
    (
        "section",
        "9",
        "Queda prohibido recolectar, almacenar o tratar RAEE sin una autorización otorgada "
        "por la Autoridad de Aplicación.",
    ),
    ("text", "", "La autorización tendrá una vigencia de tres (3) años y podrá renovarse."),
    (
        "text",
        "",
        "El operador autorizado deberá llevar registros de los RAEE recibidos y tratados, "
        "conservarlos durante cinco (5) años y presentar un informe anual a la Autoridad de "
        "Aplicación a más tardar el 31 de marzo de cada año.",
    ),
    (
        "section",
        "10",
        "El operador autorizado deberá retirar de los RAEE, antes de cualquier otro "
        "tratamiento, los componentes enumerados en el Anexo III.",
    ),
    (
        "text",
        "",
        "A partir del 1 de enero de 2030, queda prohibido disponer RAEE en rellenos "
        "sanitarios sin que hayan sido tratados previamente por un operador autorizado.",
    ),
    ("part", "", "CAPÍTULO IV - DISPOSICIONES FINALES"),
    (
        "section",
        "11",
        "Las infracciones a lo dispuesto en los artículos 4° a 10 serán sancionadas por la "
        "Autoridad de Aplicación conforme al régimen de infracciones y sanciones de la "
        "Ley N° 1234/2020.",
    ),
    (
        "section",
        "12",
        "La Autoridad de Aplicación evaluará cada tres (3) años la aplicación del presente "
        "Decreto, en particular las metas establecidas en el Anexo II.",
    ),
    ("section", "13", "El presente Decreto entrará en vigencia el 1 de enero de 2028."),
    ("section", "14", "Comuníquese, publíquese e insértese en el Registro Oficial."),
    ("schedule", "", "ANEXO I"),
    ("schedule-title", "", "Categorías de aparatos eléctricos y electrónicos"),
    (
        "table",
        "",
        (
            ("N°", "Categoría"),
            ("1", "Aparatos de intercambio de temperatura"),
            ("2", "Pantallas y monitores"),
            ("3", "Lámparas"),
            ("4", "Grandes aparatos"),
            ("5", "Pequeños aparatos"),
            ("6", "Pequeños equipos de informática y telecomunicaciones"),
        ),
    ),
    ("schedule", "", "ANEXO II"),
    ("schedule-title", "", "Metas mínimas de recolección"),
    (
        "table",
        "",
        (
            ("Año calendario", "Meta mínima de recolección"),
            ("2030", "20 %"),
            ("2032", "30 %"),
            ("2034", "40 %"),
        ),
    ),
    ("schedule", "", "ANEXO III"),
    ("schedule-title", "", "Componentes que deben retirarse de los RAEE"),
    ("line", "", "Condensadores que contengan policlorobifenilos."),
    ("line", "", "Componentes que contengan mercurio."),
    ("line", "", "Pilas y baterías."),
    ("line", "", "Tarjetas de circuitos impresos."),
    ("line", "", "Tubos de rayos catódicos."),
    ("line", "", "Gases refrigerantes y otros gases que agotan la capa de ozono."),
]

DOCUMENTS: dict[str, list[Line]] = {"en": EN, "fr": FR, "es": ES}
