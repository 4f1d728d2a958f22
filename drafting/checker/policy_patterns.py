"""The words by which the policy and enabling-law checks recognise a mechanism, per language.

Each concept maps a language to phrases. A plain phrase is matched on lemmas (the language
layer's PhraseMatcher: "producers" and "producer", "productores" and "productor" alike); a
phrase that starts with "re:" is a regular expression searched in the lower-cased
sentence, for stems and markers that lemmas do not join ("authoris-", "audit-", "shall
not"). A sentence carries every concept one of whose phrases it contains.

The lists are deliberately narrow for what makes a check fire (a mechanism the document
sets up) and wide for what satisfies it (the safeguard, wherever the document mentions
it): a finding must mean a real gap."""

from __future__ import annotations

Phrases = dict[str, tuple[str, ...]]

# e-waste and equipment ------------------------------------------------------------------

EWASTE: Phrases = {
    "en": (
        "e-waste",
        "electrical and electronic waste",
        "waste electrical and electronic equipment",
        "re:\\bweee\\b",
        "re:\\be-waste\\b",
    ),
    "fr": (
        "re:\\bdeee\\b",
        "déchets d'équipements électriques et électroniques",
        "re:déchets? d'équipements? électriques et électroniques",
    ),
    "es": (
        "re:\\braee\\b",
        "re:residuos de aparatos eléctricos y electrónicos",
    ),
}

USED_EEE: Phrases = {
    "en": ("re:\\bused (electrical and electronic )?equipment\\b", "re:\\bused eee\\b"),
    "fr": (
        "re:équipements? électriques et électroniques usagés?",
        "re:\\beee usagés?\\b",
        "re:équipements? usagés?",
    ),
    "es": (
        "re:aparatos? eléctricos y electrónicos usados?",
        "re:\\baee usados?\\b",
        "re:aparatos? usados?",
    ),
}

HAZARDOUS: Phrases = {
    "en": ("re:\\bhazardous\\b", "re:\\btoxic\\b", "re:\\ba1181\\b"),
    "fr": ("re:\\bdangereu(x|se|ses)\\b", "re:\\btoxiques?\\b", "re:\\ba1181\\b"),
    "es": ("re:\\bpeligros[oa]s?\\b", "re:\\btóxic[oa]s?\\b", "re:\\ba1181\\b"),
}

NON_HAZARDOUS: Phrases = {
    "en": ("re:\\bnon-hazardous\\b", "re:\\bnot hazardous\\b"),
    "fr": ("re:\\bnon dangereu", "re:\\bne sont pas dangereu", "re:\\bn'est pas dangereu"),
    "es": ("re:\\bno peligros",),
}

# movements --------------------------------------------------------------------------------

IMPORT: Phrases = {
    "en": (
        "re:\\bimport(s|ed|ing|ation)?\\b",
        "re:\\b(bring|brings|brought)\\b[^.;]{0,60}\\binto (the country|zambia|rwanda|paraguay)",
    ),
    "fr": ("re:\\bimport(er|é|ée|és|ées|e|ent|ation|ations)\\b", "re:\\bintrodui\\w* dans le pays"),
    "es": (
        "re:\\bimport(ar|arse|e|en|a|an|ado|ados|ada|adas|ación|aciones|ador|adores)\\b",
        "re:\\bintroduc\\w* (al|en el) país",
        "re:\\bintroducción (al|en el) país",
    ),
}

EXPORT: Phrases = {
    "en": ("re:\\bexport(s|ed|ing|ation|er|ers)?\\b",),
    "fr": ("re:\\bexport(er|é|ée|és|ées|e|ent|ation|ations|ateur|ateurs)\\b",),
    "es": ("re:\\bexport(ar|arse|e|en|a|an|ado|ados|ada|adas|ación|aciones|ador|adores)\\b",),
}

TRANSBOUNDARY: Phrases = {
    "en": ("transboundary movement", "re:\\btransboundary\\b", "re:\\bin transit\\b"),
    "fr": ("re:\\btransfronti",),
    "es": ("re:\\btransfronteriz",),
}

NON_WASTE: Phrases = {
    "en": (
        "re:\\bnot waste\\b",
        "re:\\bnon-waste\\b",
        "re:\\bare not waste\\b",
        "re:\\bnot (to be )?(treated as|considered) waste",
    ),
    "fr": ("re:ne sont pas des déchets", "re:n'est pas un déchet", "re:non-déchets?"),
    "es": ("re:no constituyen? residuos?", "re:no son residuos", "re:no residuos"),
}

# actors --------------------------------------------------------------------------------

PRODUCER: Phrases = {
    "en": ("producer", "producers", "re:\\bproducers?\\b"),
    "fr": ("producteur", "producteurs", "re:\\bproducteurs?\\b"),
    "es": ("productor", "productores", "re:\\bproductor(es)?\\b"),
}

PRO: Phrases = {
    "en": (
        "producer responsibility organisation",
        "producer responsibility organization",
        "re:producer responsibility organi[sz]ations?",
        "re:\\bpros?\\b(?! rata)",
        "re:\\bcollective (take-back |compliance )?schemes?\\b",
        "re:\\bcompliance schemes?\\b",
    ),
    "fr": (
        "re:organismes? de responsabilité des producteurs",
        "re:éco-organismes?",
        "re:systèmes? collectifs?",
    ),
    "es": (
        "re:sistemas? colectivos? de gestión",
        "re:organizaci(ón|ones) de responsabilidad (extendida )?del productor",
        "re:sistemas? colectivos?",
    ),
}

DISTRIBUTOR: Phrases = {
    "en": ("distributor", "distributors", "re:\\bdistributors?\\b", "re:\\bretailers?\\b"),
    "fr": ("distributeur", "distributeurs", "re:\\bdistributeurs?\\b"),
    "es": ("distribuidor", "distribuidores", "re:\\bdistribuidor(es)?\\b"),
}

MARKETPLACE: Phrases = {
    "en": ("re:online marketplace", "re:\\bdistance sellers?\\b"),
    "fr": ("re:place de marché en ligne", "re:plateformes? en ligne", "re:vendeurs? à distance"),
    "es": (
        "re:plataformas? (digital|en línea|electrónica|de comercio electrónico)",
        "re:vendedor(es)? a distancia",
    ),
}

INFORMAL: Phrases = {
    "en": (
        "re:\\binformal(ly)?\\b",
        "re:\\bwaste pickers?\\b",
        "re:collectors' organisations?",
    ),
    "fr": (
        "re:\\binformel(le|s|les)?\\b",
        "re:\\bde manière informelle\\b",
        "re:organisations? de récupérateurs",
    ),
    "es": ("re:recicladores? de base", "re:\\binformal(es|mente)?\\b"),
}

# duties, permissions, prohibitions -------------------------------------------------------

DUTY: Phrases = {
    "en": ("re:\\b(shall|must)\\b",),
    "fr": ("re:\\bdoi(t|vent)\\b", "re:\\b(est|sont) tenue?s?\\b"),
    "es": ("re:\\bdeber[áa]n?\\b", "re:\\b(está|están|estará|estarán) obligad"),
}

PROHIBIT: Phrases = {
    "en": (
        "re:\\bno (person|one|producer(?! responsibility)|distributor|operator|consignment)\\b",
        "re:\\b(shall|must|may) not\\b",
        "re:\\bprohibit(ed|s|ion)?\\b",
        "re:\\bbanned\\b",
    ),
    "fr": (
        "re:\\bnul ne\\b",
        "re:\\bne (peut|peuvent|doit|doivent)\\b",
        "re:\\b(est|sont) interdite?s?\\b",
        "re:\\bil est interdit\\b",
        "re:\\binterdiction\\b",
        "re:\\baucun(e)? [^.;]{0,80}\\bne (peut|peuvent)\\b",
    ),
    "es": (
        "re:\\bqueda(n)? prohibid",
        "re:\\bse prohíbe\\b",
        "re:\\bno (podrá|podrán|deberá|deberán)\\b",
        "re:\\bprohibid[oa]s?\\b",
        "re:\\bprohibición\\b",
    ),
}

EXCEPTION: Phrases = {
    "en": (
        "re:\\bunless\\b",
        "re:\\bexcept\\b",
        "re:\\bsave (where|with|as)\\b",
        "re:\\bwithout the (prior )?(written )?(consent|authori[sz]ation|permission|licence)",
        "re:\\bother than with\\b",
    ),
    "fr": (
        "re:\\bsauf\\b",
        "re:\\bsans que\\b",
        "re:\\bà moins\\b",
        "re:\\bexcepté\\b",
        "re:\\bsans (le|l'|son|leur) (consentement|autorisation|agrément|accord)",
    ),
    "es": (
        "re:\\bsalvo\\b",
        "re:\\bsin que\\b",
        "re:\\bexcepto\\b",
        "re:\\ba menos que\\b",
        "re:\\bsin (el|la|su) (consentimiento|autorización|permiso)",
    ),
}

PERMIT_IMPORT: Phrases = {
    "en": (
        "re:\\bmay (be )?import(ed)?\\b",
        "re:\\bmay (be )?(brought|bring)\\b[^.;]{0,60}\\binto\\b",
        "re:\\bmay (\\w+ )?consent to (an |the )?import",
        "re:\\b(is|are) (permitted|allowed|authori[sz]ed) to (be )?import",
        "re:\\bimport\\w* (of [^.;]{0,60})?(is|are) (permitted|allowed)\\b",
    ),
    "fr": (
        "re:\\bpeu(t|vent) (être )?(importée?s?|importer|introdui\\w*)",
        "re:\\bpeu(t|vent) consentir à (l'|une )?importation",
        "re:\\b(importation|introduction)\\b[^.;]{0,60}\\b(est|sont) (autorisée?s?|permise?s?)",
    ),
    "es": (
        "re:\\bpodr(á|án) (importar(se)?|ser importad|introducir(se)?)",
        "re:\\bpodr(á|án) (autorizar|consentir) (la )?importación",
        "re:\\bse (permite|autoriza) (la )?(importación|introducción)",
    ),
}

PERMIT_EXPORT: Phrases = {
    "en": (
        "re:\\bmay (be )?export(ed)?\\b",
        "re:\\b(is|are) (permitted|allowed|authori[sz]ed) to (be )?export",
        "re:\\bexport\\w* (of [^.;]{0,60})?(is|are) (permitted|allowed)\\b",
    ),
    "fr": (
        "re:\\bpeu(t|vent) (être )?(exportée?s?|exporter)",
        "re:\\bexportation\\b[^.;]{0,60}\\b(est|sont) (autorisée?s?|permise?s?)",
    ),
    "es": (
        "re:\\bpodr(á|án) (exportar(se)?|ser exportad)",
        "re:\\bse (permite|autoriza) (la )?exportación",
    ),
}

UNAUTHORISED: Phrases = {
    "en": (
        "re:\\b(unless|except|without( being| having been)?) (\\w+ ){0,4}authori[sz]ed\\b",
        "re:\\bwithout (an |the |its )?authori[sz]ation\\b",
    ),
    "fr": (
        "re:\\bsans (avoir été |être )?(agréée?s?|autorisée?s?)\\b",
        "re:\\bsans (l'|un |son |une )?(agrément|autorisation)\\b",
    ),
    "es": (
        "re:\\bsin (contar con |haber obtenido |estar |haber sido )?(la |una |su )?"
        "autoriza(ción|do|da)\\b",
    ),
}

NO_CONSENT: Phrases = {
    "en": (
        "re:\\bwithout (any |prior |the )?(notification|consent|prior informed consent)",
        "re:\\bnot (be )?subject to (the )?(notification|consent|prior informed consent)",
        "re:\\b(does|do|shall) not require (any |a )?(notification|consent)",
        "re:\\b(is|are) exempt(ed)? from (the )?(notification|consent|prior informed consent)",
    ),
    "fr": (
        "re:\\bsans (notification|consentement)",
        "re:\\bn(e|')\\s?(est|sont) pas soumise?s? (à la|au) (notification|consentement|procédure)",
        "re:\\bdispensée?s? (de la|du) (notification|consentement|procédure)",
    ),
    "es": (
        "re:\\bsin (previa )?(notificación|consentimiento)",
        "re:\\bno (está|están|estará|estarán) sujet[oa]s? (a la|al) "
        "(notificación|consentimiento|procedimiento)",
        "re:\\bexent[oa]s? (de la|del) (notificación|consentimiento|procedimiento)",
    ),
}

DELETED_ENTRY: Phrases = {
    "en": ("re:\\b(deleted|repealed|replaced|former(ly)?|no longer)\\b",),
    "fr": ("re:\\b(supprimée?s?|remplacée?s?|ancienne?s?|abrogée?s?)\\b",),
    "es": ("re:\\b(suprimid|reemplazad|sustituid|derogad|antigu)",),
}

BAN_AMENDMENT: Phrases = {
    "en": ("re:\\bban amendment\\b", "re:\\barticle 4 ?a\\b", "re:\\bart\\. 4 ?a\\b"),
    "fr": (
        "re:amendement portant interdiction",
        "re:amendement d'interdiction",
        "re:\\barticle 4 ?a\\b",
    ),
    "es": ("re:enmienda de prohibición", "re:\\bartículo 4 ?a\\b"),
}

# registration ----------------------------------------------------------------------------

REGISTER: Phrases = {
    "en": ("re:\\bregist(er|ered|ers|ering|ration|rations)\\b",),
    "fr": ("re:\\benregistr\\w*", "re:\\binscri(t|te|ts|tes|re|ption|ptions)\\b"),
    "es": ("re:\\binscri(to|ta|tos|tas|bir|birse|pción|pciones|pto|ptos)\\b", "re:\\bregistro\\b"),
}

REG_NUMBER: Phrases = {
    "en": ("re:\\bregistration numbers?\\b",),
    "fr": ("re:\\bnuméros? d'(enregistrement|inscription)",),
    "es": ("re:\\bnúmeros? de (registro|inscripción)",),
}

UNREGISTERED: Phrases = {
    "en": (
        "re:\\bunregistered\\b",
        "re:\\bwithout being registered\\b",
        "re:\\b(neither|not) registered\\b",
        "re:\\bunless (the \\w+ |it |he |she |they )?(is |are )?registered\\b",
    ),
    "fr": (
        "re:\\bnon (enregistrée?s?|inscrite?s?)\\b",
        "re:\\bsans (être|avoir été) (enregistrée?s?|inscrite?s?)",
        "re:\\bn'(est|a) pas (été )?(enregistrée?s?|inscrite?s?)",
        "re:\\bni enregistrée?s?\\b",
    ),
    "es": (
        "re:\\bno inscrit[oa]s?\\b",
        "re:\\bsin (estar|haber sido) inscrit",
        "re:\\bno (esté|estén|se encuentre|se encuentren) inscrit",
        "re:\\bsin (su |la )?inscripción\\b",
    ),
}

PLACE_MARKET: Phrases = {
    "en": ("place on the market", "re:\\bplac(e|es|ed|ing) (it |them )?on the market\\b"),
    "fr": ("re:\\b(mis|mise|mises|met|mettent|mettre|mettra|mettront)e?s? sur le marché",),
    "es": (
        "re:\\b(introduc|introduj|introduz|coloc|pues)\\w* en el mercado",
        "re:\\b(introducción|puesta|colocación) en el mercado",
    ),
}

SELL: Phrases = {
    "en": (
        "re:\\b(sell|sells|selling|sold|supply|supplies|supplied|offer|offers|offered)\\b",
        "re:\\bmak(e|es|ing) (it |them )?available\\b",
    ),
    "fr": (
        "re:\\b(vend\\w*|fourni\\w*|propos\\w*|offr\\w*)\\b",
        "re:\\bmet\\w* à (la )?disposition",
    ),
    "es": ("re:\\b(vend\\w*|comercializ\\w*|suministr\\w*|ofrec\\w*|ofert\\w*)\\b",),
}

# authorisation, audit, governance ------------------------------------------------------

AUTHORISE: Phrases = {
    "en": ("re:\\bauthori[sz](e|es|ed|ing|ation|ations)\\b", "re:\\bapprov(e|ed|al)\\b"),
    "fr": ("re:\\bagré(é|ée|és|ées|er|ment|ments|e)\\b", "re:\\bagr[ée]\\w*", "re:\\bautoris\\w*"),
    "es": ("re:\\bautoriz\\w*", "re:\\bhabilit\\w*"),
}

AUDIT: Phrases = {
    "en": ("re:\\baudit\\w*",),
    "fr": ("re:\\baudit\\w*", "re:commissaires? aux comptes"),
    "es": ("re:\\baudit\\w*",),
}

AUDIT_REGULAR: Phrases = {
    "en": ("re:\\b(independent|external|every year|each year|annual(ly)?|yearly)\\b",),
    "fr": ("re:\\b(indépendante?s?|externes?|chaque année|annuel\\w*)\\b",),
    "es": ("re:\\b(independientes?|extern[oa]s?|anual\\w*|cada año)\\b",),
}

GOVERNANCE: Phrases = {
    "en": (
        "re:\\bboard\\b",
        "re:conflicts? of interests?",
        "re:not (operating )?for profit",
        "re:\\bnon-profit\\b",
        "re:\\bopen to (all|every|any)\\b",
        "re:\\bnon-discriminatory\\b",
        "re:register of (its )?members",
        "re:administrative costs",
        "re:\\bsurplus(es)?\\b",
        "re:\\bgovernance\\b",
        "re:articles of association",
        "re:\\bconfidential",
    ),
    "fr": (
        "re:conseil d'administration",
        "re:organe de direction",
        "re:conflits? d'intérêts?",
        "re:(sans )?but non lucratif",
        "re:\\bsans but lucratif",
        "re:non discriminatoires?",
        "re:registre de ses (membres|adhérents)",
        "re:frais (de gestion|administratifs|d'administration)",
        "re:\\bexcédents?\\b",
        "re:\\bgouvernance\\b",
        "re:\\bstatuts\\b",
        "re:\\bconfidentiel",
        "re:\\bouverte?s? à tout",
    ),
    "es": (
        "re:órgano de (administración|dirección)",
        "re:conflictos? de intereses?",
        "re:sin fines de lucro",
        "re:no discriminatori",
        "re:registro (actualizado )?de sus (adherentes|miembros)",
        "re:gastos de administración",
        "re:\\bexcedentes?\\b",
        "re:\\bgobernanza\\b",
        "re:\\bestatutos\\b",
        "re:\\breserva\\b",
        "re:\\bconfidencial",
        "re:\\babierta?s? a todo",
    ),
}

# EPR, targets, reporting, financing ----------------------------------------------------

TARGET: Phrases = {
    "en": ("re:\\btargets?\\b", "re:\\b(minimum|collection|recovery|recycling) rates?\\b"),
    "fr": (
        "re:\\bobjectifs?\\b",
        "re:\\btaux (minima(l|ux)|de collecte|de valorisation|de recyclage)",
    ),
    "es": (
        "re:\\bmetas?\\b",
        "re:\\btasas? (mínimas?|de recolección|de valorización|de reciclaje)",
    ),
}

COLLECTION: Phrases = {
    "en": ("re:\\bcollect(s|ed|ion|ing)?\\b",),
    "fr": ("re:\\bcollect(e|es|és|ées|er|ent|é)\\b",),
    "es": ("re:\\brecole(cción|ctad\\w*|ctar|ctará|ctarán|cte|cten)\\b", "re:\\brecolección\\b"),
}

PERCENT: Phrases = {
    "en": ("re:\\d\\s?(%|per ?cent)", "re:\\bpercentage\\b", "re:\\bper cent\\b"),
    "fr": ("re:\\d\\s?(%|pour ?cent)", "re:\\bpourcentage\\b"),
    "es": ("re:\\d\\s?(%|por ?ciento)", "re:\\bporcentaje\\b"),
}

GENERATED: Phrases = {
    "en": ("re:\\b(waste|e-waste|weee) (generated|arising)\\b", "re:\\bgenerated\\b"),
    "fr": ("re:\\b(deee|déchets) (produits|générés)\\b", "re:\\bgénérés\\b"),
    "es": ("re:\\b(raee|residuos) generad", "re:\\bgenerad[oa]s\\b"),
}

ESTIMATION: Phrases = {
    "en": ("re:\\bestimat(e|es|ed|ion|ing)\\b",),
    "fr": ("re:\\bestim(ation|ations|er|é|ée|és|ées)\\b",),
    "es": ("re:\\bestima(ción|ciones|r|do|da|dos|das)\\b",),
}

METHOD: Phrases = {
    "en": ("re:\\bmethod(s|ology)?\\b",),
    "fr": ("re:\\bméthod(e|es|ologie)\\b",),
    "es": ("re:\\bmétodos?\\b", "re:\\bmetodología\\b"),
}

REPORT: Phrases = {
    "en": (
        "re:\\breport(s|ed|ing)?\\b",
        "re:\\breturns?\\b",
        "re:\\bdeclar(e|es|ed|ation|ations)\\b",
        "re:\\bsubmit\\w*",
    ),
    "fr": ("re:\\bdéclar\\w*", "re:\\brapports?\\b", "re:\\btransmet\\w*", "re:\\bcommuniqu\\w*"),
    "es": (
        "re:\\binform(e|es|ar|ado|ados|ará|arán)\\b",
        "re:\\bdeclar\\w*",
        "re:\\bpresent(ar|ará|arán|ado|ados|ada|adas|ación)\\b",
    ),
}

QUANTITY: Phrases = {
    "en": ("re:\\bquantit(y|ies)\\b", "re:\\bweights?\\b", "re:\\b(number of )?units\\b"),
    "fr": ("re:\\bquantités?\\b", "re:\\bpoids\\b", "re:\\bunités\\b"),
    "es": ("re:\\bcantidad(es)?\\b", "re:\\bpeso\\b", "re:\\bunidades\\b"),
}

FINANCE: Phrases = {
    "en": (
        "re:\\bfinanc(e|es|ed|ing)\\b",
        "re:\\bcontributions?\\b",
        "re:\\b(bear|borne)\\b[^.;]{0,30}\\bcosts?\\b",
        "re:\\bcosts?\\b[^.;]{0,40}\\b(bear|borne)\\b",
        "re:\\bpay\\b",
    ),
    "fr": (
        "re:\\bfinanc\\w*",
        "re:\\bcontributions?\\b",
        "re:\\bprend\\w* en charge",
        "re:\\bà la charge\\b",
        "re:\\bvers(er|ent|e)\\b",
    ),
    "es": (
        "re:\\bfinanci\\w*",
        "re:\\bcontribuci(ón|ones)\\b",
        "re:\\ba (su )?cargo\\b",
        "re:\\bcostea\\w*",
    ),
}

EPR: Phrases = {
    "en": ("extended producer responsibility",),
    "fr": ("re:responsabilité élargie du producteur", "re:responsabilité élargie des producteurs"),
    "es": ("re:responsabilidad extendida del productor",),
}

LEVY_FUND: Phrases = {
    "en": (
        "re:\\bfees?\\b",
        "re:\\blev(y|ies)\\b",
        "re:\\bfund\\b",
        "re:\\brecycling fee\\b",
        "re:\\bcharges?\\b",
    ),
    "fr": ("re:\\bredevances?\\b", "re:\\bfonds\\b", "re:\\bprélèvements?\\b", "re:\\btaxes?\\b"),
    "es": (
        "re:\\baranceles?\\b",
        "re:\\btasas?\\b(?! (mínima|de recolección|de valorización|de reciclaje))",
        "re:\\bfondo\\b",
        "re:\\bgravámen(es)?\\b",
        "re:\\btributos?\\b",
        "re:\\bcánones?\\b",
    ),
}

FREE: Phrases = {
    "en": ("re:\\bfree of charge\\b", "re:\\bno fee\\b", "re:\\bwaive\\b"),
    "fr": ("re:\\bgratuit\\w*",),
    "es": ("re:\\bgratuit\\w*", "re:\\bsin costo\\b"),
}

IMPOSE: Phrases = {
    "en": (
        "re:\\bpayable\\b",
        "re:\\bshall (be )?(pay|paid|charged|levied|accompanied)\\b",
        "re:\\b(is|are|be) (hereby )?(established|charged|levied)\\b",
        "re:\\bestablished by (these|this)\\b",
    ),
    "fr": (
        "re:\\b(est|sont) (dus?|dues?|exigibles?|perçue?s?)\\b",
        "re:\\b(il est )?(créé|institué)\\b",
        "re:\\bacquitt\\w*",
        "re:\\b(verse|versent|paie|paient)\\b",
        "re:\\baccompagnée? (du paiement|de la redevance)",
    ),
    "es": (
        "re:\\b(se )?(abonar|pagar)(á|án)?\\b",
        "re:\\bcréase\\b",
        "re:\\b(se )?crea\\b",
        "re:\\bacompañad[oa] del (pago|comprobante)",
    ),
}

HOLDER: Phrases = {
    "en": (
        "re:\\bpaid into\\b",
        "re:\\baccount of\\b",
        "re:\\bheld (by|in)\\b",
        "re:\\badminister(ed|s)? (by|the fund)",
        "re:\\bmanaged by\\b",
        "re:\\bvested in\\b",
    ),
    "fr": (
        "re:\\bversée?s? (sur|au|à|dans)",
        "re:\\bcompte\\b",
        "re:\\bgérée? par\\b",
        "re:\\bgestion du fonds",
    ),
    "es": (
        "re:\\b(depositad|ingresad|acreditad)[oa]s? en\\b",
        "re:\\bcuenta\\b",
        "re:\\badministrad[oa] por\\b",
        "re:\\badministración del fondo",
    ),
}

USES: Phrases = {
    "en": (
        "re:\\bused (only )?(for|to)\\b",
        "re:\\buse of\\b",
        "re:\\bpurposes?\\b",
        "re:\\bapplied (only )?(to|for)\\b",
    ),
    "fr": (
        "re:\\baffect\\w*",
        "re:\\butilisée?s? (pour|qu'|à)",
        "re:\\bdestinée?s? à\\b",
        "re:\\bemploi\\b",
    ),
    "es": (
        "re:\\bdestin\\w*",
        "re:\\butilizar\\w*",
        "re:\\baplicar\\w*",
        "re:\\bsolo podrán? (utilizarse|destinarse)",
    ),
}

ACCOUNTS: Phrases = {
    "en": ("re:\\baccounts\\b", "re:\\bfinancial statements\\b", "re:\\bbooks of account\\b"),
    "fr": ("re:\\bcomptab\\w*", "re:\\bcomptes\\b", "re:\\bétats financiers\\b"),
    "es": ("re:\\bcontab\\w*", "re:\\bcuentas\\b", "re:\\bestados financieros\\b"),
}

ANNUAL_REPORT: Phrases = {
    "en": ("re:\\b(annual )?report\\b", "re:\\bpublish\\w*"),
    "fr": ("re:\\brapport\\b", "re:\\bpubli\\w*"),
    "es": ("re:\\binforme\\b", "re:\\bpublica\\w*"),
}

# informal sector -----------------------------------------------------------------------

INTEGRATE: Phrases = {
    "en": ("re:\\b(integrat|recogni[sz]|register|registration|include)\\w*",),
    "fr": ("re:\\b(intégr|reconn|enregistr|inscri)\\w*",),
    "es": ("re:\\b(integr|reconoc|inscri|registr)\\w*",),
}

HEALTH_SAFETY: Phrases = {
    "en": ("re:\\bhealth\\b", "re:\\bsafety\\b", "re:protective equipment"),
    "fr": ("re:\\bsanté\\b", "re:\\bsécurité\\b", "re:équipements? de protection"),
    "es": ("re:\\bsalud\\b", "re:\\bseguridad\\b", "re:equipos? de protección"),
}

TRAINING: Phrases = {
    "en": ("re:\\btrain(ing|ed)?\\b",),
    "fr": ("re:\\bformation\\b", "re:\\bformé\\w*"),
    "es": ("re:\\bcapacita\\w*", "re:\\bformación\\b"),
}

OPEN_BURNING: Phrases = {
    "en": ("re:\\bburn(s|ing|ed|t)?\\b",),
    "fr": ("re:\\bbrûl\\w*", "re:\\bincinér\\w* à l'air libre"),
    "es": ("re:\\bquem\\w*",),
}

ACID: Phrases = {
    "en": ("re:\\bacid\\b", "re:\\bleach\\w*", "re:\\bcyanide\\b"),
    "fr": ("re:\\bacides?\\b", "re:\\blixivi\\w*", "re:\\bcyanure\\b"),
    "es": ("re:\\bácidos?\\b", "re:\\blixivi\\w*", "re:\\bcianuro\\b"),
}

HAZARDOUS_FRACTION: Phrases = {
    "en": ("re:\\bhazardous (components?|fractions?|residues?|parts?)\\b",),
    "fr": (
        "re:\\bcomposants? dangereux",
        "re:\\bfractions? dangereuses?",
        "re:\\brésidus? dangereux",
    ),
    "es": (
        "re:\\bcomponentes? peligrosos?",
        "re:\\bfracciones? peligrosas?",
        "re:\\bresiduos peligrosos",
    ),
}

LICENSED: Phrases = {
    "en": ("re:\\blicen[cs](e|ed|es|ing)\\b", "re:\\bauthori[sz]ed\\b", "re:\\bpermit\\b"),
    "fr": ("re:\\bagré(é|ée|és|ées|ment)\\b", "re:\\bautorisée?s?\\b", "re:\\bautorisation\\b"),
    "es": ("re:\\bautorizad[oa]s?\\b", "re:\\bautorización\\b", "re:\\bhabilitad[oa]s?\\b"),
}

DELIVER: Phrases = {
    "en": ("re:\\b(deliver|hand|handed|transfer|sent|send|taken)\\w*",),
    "fr": ("re:\\b(remi|remettre|remis|livr|transf|envoy|conf|apport)\\w*",),
    "es": ("re:\\b(entreg|remit|transfer|envi|llev)\\w*",),
}

# disposal, treatment, commencement --------------------------------------------------------

LANDFILL: Phrases = {
    "en": (
        "re:\\blandfill\\w*",
        "re:\\bdumpsites?\\b",
        "re:\\bdisposal sites?\\b",
        "re:\\bfinal disposal\\b",
        "re:\\bincinerat\\w*",
    ),
    "fr": (
        "re:\\bdécharges?\\b",
        "re:centres? d'enfouissement",
        "re:\\benfouiss\\w*",
        "re:\\bélimination finale\\b",
        "re:\\bincinér\\w*",
    ),
    "es": (
        "re:rellenos? sanitarios?",
        "re:\\bvertederos?\\b",
        "re:\\bdisposición final\\b",
        "re:\\bincinera\\w*",
    ),
}

DELAYED: Phrases = {
    "en": (
        "re:\\b(with effect )?from the expiry of\\b",
        "re:\\bafter the (expiry|end) of\\b",
        "re:\\bfrom the same date\\b",
        "re:\\bnot earlier than\\b",
        "re:\\b(months?|years?) after (the )?commencement\\b",
        "re:\\b(with effect )?from \\d{1,2} (january|february|march|april|may|june|july|august|"
        "september|october|november|december) \\d{4}\\b",
    ),
    "fr": (
        "re:\\bà (compter de|partir de) l'expiration\\b",
        "re:\\baprès l'expiration\\b",
        "re:\\bà compter de la même date\\b",
        "re:\\bà partir de la même date\\b",
        "re:\\bmois (à compter de|après) l'entrée en vigueur",
        "re:\\bà (compter|partir) du \\d{1,2}(er)? \\w+ \\d{4}\\b",
    ),
    "es": (
        "re:\\btranscurrido el plazo\\b",
        "re:\\bdesde la misma fecha\\b",
        "re:\\ba partir del vencimiento\\b",
        "re:\\bmeses (desde|contados desde) la entrada en vigencia",
        "re:\\b(a partir del|desde el) \\d{1,2} de \\w+ de \\d{4}\\b",
    ),
}

CAPACITY: Phrases = {
    "en": ("re:\\bcapacity\\b",),
    "fr": ("re:\\bcapacités?\\b",),
    "es": ("re:\\bcapacidad(es)?\\b",),
}

ASSESS: Phrases = {
    "en": ("re:\\b(assess|evaluat|review)\\w*",),
    "fr": ("re:\\b(évalu|apprécie|examin)\\w*",),
    "es": ("re:\\b(evalu|analiz|examin)\\w*",),
}

LANDFILL_SITE: Phrases = {
    "en": (
        "re:\\blandfill\\w*",
        "re:\\bdumpsites?\\b",
        "re:\\bdump(ed|ing)?\\b",
        "re:\\bincinerat\\w*",
    ),
    "fr": ("re:\\bdécharges?\\b", "re:\\benfoui\\w*", "re:\\bincinér\\w*"),
    "es": ("re:rellenos? sanitarios?", "re:\\bvertederos?\\b", "re:\\bincinera\\w*"),
}

INTERIM_STORAGE: Phrases = {
    "en": ("re:\\binterim storage\\b",),
    "fr": ("re:\\bentreposage (provisoire|transitoire)\\b",),
    "es": ("re:\\balmacenamiento (transitorio|provisorio)\\b",),
}

TRANSITION: Phrases = {
    "en": ("re:\\btransitional\\b", "re:\\bgrace period\\b", "re:\\bmay continue\\b"),
    "fr": ("re:\\btransitoires?\\b", "re:\\bdélai de grâce\\b", "re:\\bpeu(t|vent) continuer\\b"),
    "es": (
        "re:\\btransitori[oa]s?\\b",
        "re:\\bperíodo de gracia\\b",
        "re:\\bpodr(á|án) continuar\\b",
    ),
}

TREATMENT: Phrases = {
    "en": ("re:\\btreat(ment|ed|ing|s)?\\b", "re:\\bdismantl\\w*", "re:\\brecycl\\w*"),
    "fr": ("re:\\btrait(ement|er|és|ées|é|ée)\\b", "re:\\bdémont\\w*", "re:\\brecycl\\w*"),
    "es": ("re:\\btrat(amiento|ar|ados|adas|ado|ada)\\b", "re:\\bdesmont\\w*", "re:\\brecicl\\w*"),
}

REMOVE: Phrases = {
    "en": ("re:\\b(remov|extract|separat|depollut)\\w*",),
    "fr": ("re:\\b(retir|extrai|extract|sépar|dépollu|enlev)\\w*",),
    "es": ("re:\\b(retir|extra|separ|descontamin)\\w*",),
}

SELECTIVE_ITEM: Phrases = {
    "en": (
        "re:\\bcapacitors?\\b",
        "re:\\bmercury\\b",
        "re:\\bbatter(y|ies)\\b",
        "re:\\bprinted circuit boards?\\b",
        "re:\\btoner\\b",
        "re:\\bbrominated\\b",
        "re:\\basbestos\\b",
        "re:\\bcathode ray tubes?\\b",
        "re:\\bchlorofluorocarbons?\\b",
        "re:\\bgas discharge lamps?\\b",
        "re:\\bliquid crystal displays?\\b",
        "re:\\bpolychlorinated\\b",
    ),
    "fr": (
        "re:\\bcondensateurs?\\b",
        "re:\\bmercure\\b",
        "re:\\b(piles|batteries|accumulateurs)\\b",
        "re:\\bcartes? de circuits? imprimés?\\b",
        "re:\\btoner\\b",
        "re:\\bbromés\\b",
        "re:\\bamiante\\b",
        "re:\\btubes? cathodiques?\\b",
        "re:\\bchlorofluorocarbures?\\b",
        "re:\\blampes? à décharge\\b",
        "re:\\bcristaux liquides\\b",
        "re:\\bpolychlorobiphényles?\\b",
    ),
    "es": (
        "re:\\bcondensadores?\\b",
        "re:\\bmercurio\\b",
        "re:\\b(pilas|baterías|acumuladores)\\b",
        "re:\\bcircuitos? impresos?\\b",
        "re:\\btóner\\b",
        "re:\\bbromados\\b",
        "re:\\basbesto\\b",
        "re:\\btubos? de rayos catódicos\\b",
        "re:\\bclorofluorocarbonos?\\b",
        "re:\\blámparas? de descarga\\b",
        "re:\\bcristal líquido\\b",
        "re:\\bbifenilos? policlorados?\\b",
    ),
}

PERMIT: Phrases = {
    "en": ("re:\\bmay\\b(?! not)", "re:\\b(is|are) (permitted|allowed)\\b"),
    "fr": ("re:\\bpeu(t|vent)\\b", "re:\\b(est|sont) (autorisée?s?|permise?s?)\\b"),
    "es": ("re:\\bpodr(á|án)\\b", "re:\\bse (permite|autoriza)\\b"),
}

UNTREATED: Phrases = {
    "en": (
        "re:\\buntreated\\b",
        "re:\\bwithout (prior )?treatment\\b",
        "re:\\bbefore (it is )?treated\\b",
    ),
    "fr": ("re:\\bnon traitée?s?\\b", "re:\\bsans traitement (préalable)?"),
    "es": ("re:\\bsin tratamiento\\b", "re:\\bsin (haber sido )?tratad"),
}

# re-use and data --------------------------------------------------------------------------

REUSE: Phrases = {
    "en": (
        "re:\\bre-?use\\b",
        "re:\\brefurbish\\w*",
        "re:\\bpreparing for re-?use\\b",
        "re:\\bresale\\b",
    ),
    "fr": (
        "re:\\bréemploi\\b",
        "re:\\breconditionn\\w*",
        "re:\\bremis\\w* à neuf",
        "re:\\bréutilis\\w*",
    ),
    "es": ("re:\\breutiliz\\w*", "re:\\breacondicion\\w*", "re:\\breúso\\b"),
}

PROMOTE: Phrases = {
    "en": (
        "re:\\b(promot|encourag|priorit|facilitat)\\w*",
        "re:\\bset apart\\b",
        "re:\\bsuitable for\\b",
    ),
    "fr": (
        "re:\\b(promo|promeu|promouv|encourag|priorit|favoris|facilit)\\w*",
        "re:\\bmettre de côté\\b",
        "re:\\bse prêtant\\b",
    ),
    "es": ("re:\\b(promo|fomen|priori|facilit|incentiv)\\w*", "re:\\bseparar\\b"),
}

DATA_SANITISATION: Phrases = {
    "en": (
        "re:\\bdata sanitisation\\b",
        "re:\\bsanitis\\w*",
        "re:\\berase\\w*|\\berasure\\b",
        "re:\\bwip(e|ing)\\b",
    ),
    "fr": ("re:\\beffacement\\b", "re:\\beffac\\w*", "re:\\bdestruction (physique )?des supports"),
    "es": ("re:\\bborrado\\b", "re:\\bborra\\w*", "re:\\bdestrucción (física )?de los soportes"),
}

# take-back and distributors -----------------------------------------------------------

TAKE_BACK: Phrases = {
    "en": ("re:\\btake(s|n)? back\\b", "re:\\btake-back\\b", "re:\\baccept\\w* from the customer"),
    "fr": ("re:\\breprend\\w*", "re:\\breprise\\b", "re:\\brepren\\w*"),
    "es": (
        "re:\\brecibir\\b[^.;]{0,60}\\b(comprador|cliente)",
        "re:\\brecepción\\b",
        "re:\\brecib(ir|a|an)\\b",
    ),
}

TAKE_BACK_VERB: Phrases = {
    "en": ("re:\\btake(s)? back\\b", "re:\\baccept\\w* from the customer"),
    "fr": ("re:\\breprend(re|s|ra|ront)?\\b", "re:\\breprennent\\b"),
    "es": ("re:\\brecib(ir|a|an|irá|irán)\\b",),
}

TAKEN_BACK: Phrases = {
    "en": ("re:\\btaken back\\b",),
    "fr": ("re:\\brepris(es)?\\b",),
    "es": ("re:\\brecibid[oa]s (conforme|por|en)\\b",),
}

COST: Phrases = {
    "en": ("re:\\bcosts?\\b", "re:\\bfree of charge\\b", "re:\\bpay\\w*"),
    "fr": ("re:\\bco[uû]ts?\\b", "re:\\bfrais\\b", "re:\\bgratuit\\w*"),
    "es": ("re:\\bcostos?\\b", "re:\\bcargo\\b", "re:\\bgratuit\\w*", "re:\\bsin costo\\b"),
}

ZERO_TO_ONE: Phrases = {
    "en": (
        "re:\\bzero-to-one\\b",
        "re:\\b0:1\\b",
        "re:without (an |any )?obligation to (buy|purchase)",
        "re:without (the|a|any) purchase\\b",
        "re:without requiring [^.;]{0,40}\\b(buy|purchase)",
    ),
    "fr": ("re:sans obligation d'achat", "re:\\b0:1\\b", "re:sans exiger [^.;]{0,40}\\bachat"),
    "es": (
        "re:sin (la )?obligación de compra",
        "re:\\b0:1\\b",
        "re:cero por uno",
        "re:sin exigir [^.;]{0,40}\\bcompra",
    ),
}

SALES_AREA: Phrases = {
    "en": ("re:\\bsales area\\b", "re:\\bsquare met(re|er)s\\b", "re:\\bm²"),
    "fr": ("re:\\bsurface de vente\\b", "re:\\bmètres carrés\\b", "re:\\bm²"),
    "es": ("re:\\bsuperficie de venta\\b", "re:\\bmetros cuadrados\\b", "re:\\bm²"),
}

COMPETING: Phrases = {
    "en": ("re:\\bmore than one\\b", "re:\\bseveral\\b", "re:\\bcompet\\w*"),
    "fr": ("re:\\bplus d'une?\\b", "re:\\bplusieurs\\b", "re:\\bconcurren\\w*"),
    "es": ("re:\\bmás de un[oa]?\\b", "re:\\bvarios\\b", "re:\\bcompeten\\w*"),
}

NEGATED_COMPETING: Phrases = {
    "en": ("re:\\bnot (authori[sz]e|approve) more than one\\b", "re:\\bno more than one\\b"),
    "fr": ("re:\\bn'agrée pas plus d'un", "re:\\bpas plus d'une?\\b"),
    "es": ("re:\\bno (autorizará|podrá autorizar|se autorizará) más de un", "re:\\bno más de un"),
}

CLEARING: Phrases = {
    "en": (
        "re:\\bclearing house\\b",
        "re:\\bcollect\\w*\\b[^.;]{0,120}\\bthroughout (zambia|rwanda|paraguay|the country|"
        "the (national )?territory)",
        "re:\\bcollect\\w*\\b[^.;]{0,120}\\b(whole|entire) (national )?territory\\b",
    ),
    "fr": (
        "re:chambre de compensation",
        "re:l'ensemble du territoire",
        "re:organisme coordonnateur",
    ),
    "es": (
        "re:cámara de compensación",
        "re:mecanismo de coordinación",
        "re:todo el territorio nacional",
    ),
}

CERTIFICATE: Phrases = {
    "en": (
        "re:\\brecycling certificates?\\b",
        "re:\\bextended producer responsibility certificates?\\b",
    ),
    "fr": ("re:\\bcertificats? de recyclage\\b",),
    "es": ("re:\\bcertificados? de reciclaje\\b",),
}

TRADE: Phrases = {
    "en": ("re:\\b(trad(e|ed|able|ing)|transfer\\w*|sell|sold|purchas\\w*|buy|bought)\\b",),
    "fr": (
        "re:\\b(négoci\\w*|cessibles?|céd\\w*|transf[ée]r\\w*|vend\\w*|achet\\w*|acqui\\w*)\\b",
    ),
    "es": ("re:\\b(negoci\\w*|transfer\\w*|transmisibles?|vend\\w*|compr\\w*|ced\\w*)\\b",),
}

VERIFY: Phrases = {
    "en": ("re:\\bverif\\w*",),
    "fr": ("re:\\bvérifi\\w*",),
    "es": ("re:\\bverific\\w*",),
}

FALSE_DATA: Phrases = {
    "en": ("re:\\bfalse\\b", "re:\\bmisleading\\b", "re:\\bfraud\\w*"),
    "fr": ("re:\\bfaux\\b", "re:\\bfausses?\\b", "re:\\btrompeu\\w*", "re:\\bfraud\\w*"),
    "es": ("re:\\bfals[oa]s?\\b", "re:\\bengañ\\w*", "re:\\bfraud\\w*"),
}

ISSUER: Phrases = {
    "en": ("re:\\bissue[dr]?\\b",),
    "fr": ("re:\\bdélivr\\w*", "re:\\bémet\\w*", "re:\\bémis\\w*"),
    "es": ("re:\\bemit\\w*", "re:\\bexpedi\\w*", "re:\\botorg\\w*"),
}

REVIEW: Phrases = {
    "en": ("re:\\breview\\w*", "re:\\brevis\\w*"),
    "fr": ("re:\\brévis\\w*", "re:\\bréexamen\\b", "re:\\bévalu\\w*"),
    "es": ("re:\\brevis\\w*", "re:\\bevalu\\w*"),
}

PERIODIC: Phrases = {
    "en": ("re:\\bevery\\b", "re:\\bintervals?\\b", "re:\\bperiodic\\w*", "re:\\beach\\b"),
    "fr": ("re:\\btous les\\b", "re:\\bintervalles?\\b", "re:\\bpériodique\\w*", "re:\\bchaque\\b"),
    "es": ("re:\\bcada\\b", "re:\\bintervalos?\\b", "re:\\bperiódic\\w*"),
}

SMALL_PRODUCER: Phrases = {
    "en": ("re:\\bsmall producers?\\b", "re:\\bde minimis\\b"),
    "fr": ("re:\\bpetits? producteurs?\\b",),
    "es": ("re:\\bpequeños? productor(es)?\\b",),
}

EXEMPT: Phrases = {
    "en": (
        "re:\\bexempt\\w*",
        "re:\\b(does|do) not apply\\b",
        "re:\\bonly (subject|bound)\\b",
        "re:\\bsubject only to\\b",
        "re:\\bnot required\\b",
    ),
    "fr": (
        "re:\\bexempt\\w*",
        "re:\\bdispens\\w*",
        "re:\\bne s'appliquen?t pas\\b",
        "re:\\bn'est soumis qu'\\b",
    ),
    "es": (
        "re:\\bexent\\w*",
        "re:\\bexim\\w*",
        "re:\\bno se aplica\\w*",
        "re:\\bsolo (está|estará) (sujeto|obligado)",
    ),
}

REPAIR: Phrases = {
    "en": ("re:\\brepair\\w*",),
    "fr": ("re:\\brépar\\w*",),
    "es": ("re:\\brepar\\w*",),
}

CONTRACT: Phrases = {
    "en": ("re:\\bcontracts?\\b",),
    "fr": ("re:\\bcontrats?\\b",),
    "es": ("re:\\bcontratos?\\b",),
}

DOCUMENTATION: Phrases = {
    "en": ("re:\\bdeclaration\\b", "re:\\bdocument\\w*", "re:\\brecords?\\b"),
    "fr": ("re:\\bdéclaration\\b", "re:\\bdocument\\w*", "re:\\brelevés?\\b"),
    "es": ("re:\\bdeclaración\\b", "re:\\bdocument\\w*", "re:\\bregistros?\\b"),
}

RESIDUES: Phrases = {
    "en": ("re:\\bresidues?\\b",),
    "fr": ("re:\\brésidus?\\b",),
    "es": ("re:\\bresiduos (de la reparación|resultantes|generados)\\b", "re:\\brestos\\b"),
}

EQUIVALENT: Phrases = {
    "en": ("re:\\bequivalent\\b",),
    "fr": ("re:\\béquivalente?s?\\b",),
    "es": ("re:\\bequivalentes?\\b",),
}

PROOF: Phrases = {
    "en": ("re:\\b(proof|prove[sd]?|evidence|shows?|demonstrat\\w*|documentary)\\b",),
    "fr": ("re:\\b(preuve|prouve\\w*|justifi\\w*|démontr\\w*|pièces à l'appui)\\b",),
    "es": ("re:\\b(prueba|acredit\\w*|demuestr\\w*|documentalmente)\\b",),
}

COUNT_TOWARDS: Phrases = {
    "en": (
        "re:\\bcount(s|ed)? (towards|toward|for)\\b",
        "re:\\btaken into account\\b",
        "re:\\bcredited\\b",
    ),
    "fr": ("re:\\bpris en compte\\b", "re:\\bcomptabilisée?s?\\b", "re:\\bimputée?s?\\b"),
    "es": ("re:\\bcomputar\\w*", "re:\\bse computa\\w*", "re:\\btomad[oa]s? en cuenta\\b"),
}

RETROACTIVE: Phrases = {
    "en": ("re:\\bplaced on the market before\\b",),
    "fr": ("re:\\bmis sur le marché avant\\b",),
    "es": ("re:\\bintroducid[oa]s en el mercado antes\\b",),
}

NOT_CHARGED: Phrases = {
    "en": ("re:\\bnot (be )?charged\\b", "re:\\bdoes not relieve\\b", "re:\\bno producer\\b"),
    "fr": (
        "re:\\bn'est imputé à aucun\\b",
        "re:\\bne dispense pas\\b",
        "re:\\baucun producteur\\b",
    ),
    "es": ("re:\\bno se imputará\\b", "re:\\bno exime\\b", "re:\\bningún productor\\b"),
}

MARKET_SHARE: Phrases = {
    "en": (
        "re:\\bmarket shares?\\b",
        "re:\\bpresent on the market\\b",
        "re:\\bin proportion to their (respective )?(market )?shares\\b",
    ),
    "fr": ("re:\\bparts? de marché\\b", "re:\\bprésents? sur le marché\\b"),
    "es": ("re:\\bcuotas? de mercado\\b", "re:\\bpresentes en el mercado\\b"),
}

ORPHAN: Phrases = {
    "en": ("re:\\borphan\\b", "re:\\bhistorical\\b", "re:\\bcan no longer be identified\\b"),
    "fr": ("re:\\borphelins?\\b", "re:\\bhistoriques?\\b", "re:\\bne peut plus être identifié"),
    "es": (
        "re:\\bhuérfan[oa]s?\\b",
        "re:\\bhistóric[oa]s?\\b",
        "re:\\bno pueda (ya )?ser identificad",
    ),
}

NEW_PRODUCTS_ONLY: Phrases = {
    "en": (
        "re:\\bplaces? on the market after\\b",
        "re:\\bplaced on the market after\\b",
        "re:\\bnew products?\\b",
    ),
    "fr": (
        "re:\\bmet sur le marché après\\b",
        "re:\\bmis sur le marché après\\b",
        "re:\\bnouveaux produits\\b",
    ),
    "es": (
        "re:\\b(introduzca|introduce|introducid[oa]s) en el mercado (después|a partir)\\b",
        "re:\\bproductos nuevos\\b",
    ),
}

INDIVIDUAL: Phrases = {
    "en": ("re:\\beach producer\\b", "re:\\bindividual\\w*", "re:\\bevery producer\\b"),
    "fr": ("re:\\bchaque producteur\\b", "re:\\bindividuel\\w*", "re:\\btout producteur\\b"),
    "es": ("re:\\bcada productor\\b", "re:\\bindividual\\w*", "re:\\btodo productor\\b"),
}

MUNICIPAL_EXCLUSIVE: Phrases = {
    "en": ("re:\\bexclusiv\\w*",),
    "fr": ("re:\\bexclusi\\w*",),
    "es": ("re:\\bexclusiv\\w*",),
}

MUNICIPALITY: Phrases = {
    "en": ("re:\\b(local authorit(y|ies)|municipalit(y|ies)|councils?)\\b",),
    "fr": (
        "re:\\b(communes?|districts?|ville de kigali|collectivités? (territoriales|locales))\\b",
    ),
    "es": ("re:\\bmunicipalidad(es)?\\b", "re:\\bmunicipios?\\b"),
}

HOUSEHOLD_WASTE: Phrases = {
    "en": ("re:\\bhousehold\\w*", "re:\\bmunicipal (solid )?waste\\b"),
    "fr": ("re:\\bménag\\w*", "re:\\bdéchets municipaux\\b"),
    "es": ("re:\\bhogar\\w*", "re:\\bdomicili\\w*", "re:residuos sólidos urbanos"),
}

REIMBURSE: Phrases = {
    "en": ("re:\\breimburs\\w*", "re:\\baccess\\b", "re:\\bdeliver\\w* to (the )?producers?\\b"),
    "fr": ("re:\\brembours\\w*", "re:\\baccès\\b", "re:\\bremis\\w* aux producteurs\\b"),
    "es": ("re:\\breembols\\w*", "re:\\bacceso\\b", "re:\\bentregar\\w* a los productores\\b"),
}

STORAGE: Phrases = {
    "en": ("re:\\bstor(e|ed|es|age|ing)\\b", "re:\\bkeep\\b"),
    "fr": ("re:\\bentrepos\\w*", "re:\\bstock\\w*", "re:\\bconserver\\b"),
    "es": ("re:\\balmacen\\w*",),
}

DAYS_LIMIT: Phrases = {
    "en": ("re:\\b(more than|longer than|beyond|exceeding)\\b[^.;]{0,60}\\b(days|months)\\b",),
    "fr": ("re:\\b(plus de|au-delà de|excédant)\\b[^.;]{0,60}\\b(jours|mois)\\b",),
    "es": ("re:\\b(más de|por más de|superior a|excedan?)\\b[^.;]{0,60}\\b(días|meses)\\b",),
}

ROHS: Phrases = {
    "en": (
        "re:\\brestrict\\w*[^.;]{0,80}\\bhazardous substances\\b",
        "re:\\bhazardous substances\\b[^.;]{0,80}\\b0[.,]1 ?%",
        "re:\\bhexavalent chromium\\b",
        "re:\\bpolybrominated (biphenyls|diphenyl ethers)\\b",
    ),
    "fr": (
        "re:\\blimitation\\b[^.;]{0,80}\\bsubstances dangereuses\\b",
        "re:\\bsubstances dangereuses\\b[^.;]{0,80}\\b0[.,]1 ?%",
        "re:\\bchrome hexavalent\\b",
        "re:\\bpolybromo(biphényles|diphényléthers)\\b",
    ),
    "es": (
        "re:\\brestricción\\b[^.;]{0,80}\\bsustancias peligrosas\\b",
        "re:\\bsustancias peligrosas\\b[^.;]{0,80}\\b0[.,]1 ?%",
        "re:\\bcromo hexavalente\\b",
        "re:\\bpolibromo(bifenilos|difeniléteres)\\b",
    ),
}

SPARE_PARTS: Phrases = {
    "en": ("re:\\bspare parts\\b",),
    "fr": ("re:\\bpièces détachées\\b", "re:\\bpièces de rechange\\b"),
    "es": ("re:\\bpiezas de repuesto\\b", "re:\\brepuestos\\b"),
}

BEFORE: Phrases = {
    "en": ("re:\\bbefore\\b", "re:\\bearlier\\b", "re:\\bprior to\\b"),
    "fr": ("re:\\bavant\\b", "re:\\bantérieure?s?\\b"),
    "es": ("re:\\bantes\\b", "re:\\banterior\\w*"),
}

RETENTION: Phrases = {
    "en": (
        "re:\\bkeep\\b[^.;]{0,80}\\brecords?\\b",
        "re:\\brecords?\\b[^.;]{0,80}\\bkept\\b",
        "re:\\bretain\\w*",
    ),
    "fr": ("re:\\bconserv\\w*",),
    "es": ("re:\\bconserv\\w*",),
}

AUTHORISED_REP: Phrases = {
    "en": ("re:\\bauthori[sz]ed representatives?\\b",),
    "fr": ("re:\\bmandataires?\\b", "re:\\breprésentants? autorisés?\\b"),
    "es": ("re:\\brepresentantes? autorizados?\\b", "re:\\bmandatari[oa]s?\\b"),
}

GRANT: Phrases = {
    "en": (
        "re:\\b(shall|may)( not)? (authori[sz]e|approve) (a |an |the )?(body corporate|legal "
        "person|more than one|producer responsibility organi[sz]ations?|(collective )?schemes?)\\b",
        "re:\\bapplication for (an? )?authori[sz]ation as an? (producer responsibility|scheme)",
    ),
    "fr": (
        "re:\\bagrée comme (éco-)?organisme\\b",
        "re:\\bagréer? (l'|un |une |les |plusieurs |plus d'un )?(éco-)?organismes?\\b",
        "re:\\bdemande d'agrément (en qualité d'|comme )(éco-)?organisme",
    ),
    "es": (
        "re:\\bautorizará como sistema colectivo\\b",
        "re:\\b(autorizará|podrá autorizar) (a |al |el |la )?(sistema colectivo|persona jurídica|"
        "más de un sistema)",
        "re:\\bsolicitud de autorización (como|de) sistema colectivo",
    ),
}

TREATER: Phrases = {
    "en": ("re:\\boperators?\\b", "re:\\b(treatment )?facilit(y|ies)\\b", "re:\\brecyclers?\\b"),
    "fr": ("re:\\bopérateurs?\\b", "re:\\binstallations?\\b", "re:\\bexploitants?\\b"),
    "es": ("re:\\boperador(es)?\\b", "re:\\bplantas?\\b", "re:\\binstalaci(ón|ones)\\b"),
}

THRESHOLD: Phrases = {
    "en": ("re:\\b(units?|tonnes?|kilograms?|kg|turnover)\\b",),
    "fr": ("re:\\b(unités?|tonnes?|kilogrammes?|kg|chiffre d'affaires)\\b",),
    "es": ("re:\\b(unidades|toneladas?|kilogramos?|kg|facturación)\\b",),
}

FUND: Phrases = {
    "en": ("re:\\bfund\\b",),
    "fr": ("re:\\bfonds\\b",),
    "es": ("re:\\bfondo\\b",),
}

CONCEPTS: dict[str, Phrases] = {
    "fund": FUND,
    "grant": GRANT,
    "treater": TREATER,
    "threshold": THRESHOLD,
    "authorised_rep": AUTHORISED_REP,
    "ewaste": EWASTE,
    "used_eee": USED_EEE,
    "hazardous": HAZARDOUS,
    "non_hazardous": NON_HAZARDOUS,
    "import": IMPORT,
    "export": EXPORT,
    "transboundary": TRANSBOUNDARY,
    "non_waste": NON_WASTE,
    "producer": PRODUCER,
    "pro": PRO,
    "distributor": DISTRIBUTOR,
    "marketplace": MARKETPLACE,
    "informal": INFORMAL,
    "duty": DUTY,
    "prohibit": PROHIBIT,
    "exception": EXCEPTION,
    "permit_import": PERMIT_IMPORT,
    "no_consent": NO_CONSENT,
    "permit_export": PERMIT_EXPORT,
    "unauthorised": UNAUTHORISED,
    "deleted_entry": DELETED_ENTRY,
    "ban_amendment": BAN_AMENDMENT,
    "register": REGISTER,
    "reg_number": REG_NUMBER,
    "unregistered": UNREGISTERED,
    "place_market": PLACE_MARKET,
    "sell": SELL,
    "authorise": AUTHORISE,
    "audit": AUDIT,
    "audit_regular": AUDIT_REGULAR,
    "governance": GOVERNANCE,
    "target": TARGET,
    "collection": COLLECTION,
    "percent": PERCENT,
    "generated": GENERATED,
    "estimation": ESTIMATION,
    "method": METHOD,
    "report": REPORT,
    "quantity": QUANTITY,
    "finance": FINANCE,
    "epr": EPR,
    "levy_fund": LEVY_FUND,
    "free": FREE,
    "impose": IMPOSE,
    "holder": HOLDER,
    "uses": USES,
    "accounts": ACCOUNTS,
    "annual_report": ANNUAL_REPORT,
    "integrate": INTEGRATE,
    "health_safety": HEALTH_SAFETY,
    "training": TRAINING,
    "open_burning": OPEN_BURNING,
    "acid": ACID,
    "hazardous_fraction": HAZARDOUS_FRACTION,
    "licensed": LICENSED,
    "deliver": DELIVER,
    "landfill": LANDFILL,
    "delayed": DELAYED,
    "capacity": CAPACITY,
    "assess": ASSESS,
    "interim_storage": INTERIM_STORAGE,
    "landfill_site": LANDFILL_SITE,
    "transition": TRANSITION,
    "treatment": TREATMENT,
    "remove": REMOVE,
    "selective_item": SELECTIVE_ITEM,
    "permit": PERMIT,
    "untreated": UNTREATED,
    "reuse": REUSE,
    "promote": PROMOTE,
    "data_sanitisation": DATA_SANITISATION,
    "take_back": TAKE_BACK,
    "taken_back": TAKEN_BACK,
    "take_back_verb": TAKE_BACK_VERB,
    "cost": COST,
    "zero_to_one": ZERO_TO_ONE,
    "sales_area": SALES_AREA,
    "competing": COMPETING,
    "negated_competing": NEGATED_COMPETING,
    "clearing": CLEARING,
    "certificate": CERTIFICATE,
    "trade": TRADE,
    "verify": VERIFY,
    "false_data": FALSE_DATA,
    "issuer": ISSUER,
    "review": REVIEW,
    "periodic": PERIODIC,
    "small_producer": SMALL_PRODUCER,
    "exempt": EXEMPT,
    "repair": REPAIR,
    "contract": CONTRACT,
    "documentation": DOCUMENTATION,
    "residues": RESIDUES,
    "equivalent": EQUIVALENT,
    "proof": PROOF,
    "count_towards": COUNT_TOWARDS,
    "retroactive": RETROACTIVE,
    "not_charged": NOT_CHARGED,
    "market_share": MARKET_SHARE,
    "orphan": ORPHAN,
    "new_products_only": NEW_PRODUCTS_ONLY,
    "individual": INDIVIDUAL,
    "municipal_exclusive": MUNICIPAL_EXCLUSIVE,
    "municipality": MUNICIPALITY,
    "household_waste": HOUSEHOLD_WASTE,
    "reimburse": REIMBURSE,
    "storage": STORAGE,
    "days_limit": DAYS_LIMIT,
    "rohs": ROHS,
    "spare_parts": SPARE_PARTS,
    "before": BEFORE,
    "retention": RETENTION,
}
"""Every concept, by name."""
