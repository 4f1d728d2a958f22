"""Obligations: the duties an instrument imposes, whether a sanction answers each, and
whether each is addressed to a defined actor.

A duty is a clause whose verb is a duty word ("shall", "must", "is required to", "No
person may", "deberá", "queda prohibido", "está obligado", "doit", "est tenu de", "il est
interdit", "nul ne peut") or, in French, a present indicative whose subject is a defined
actor ("Le producteur tient un registre"). Duties of the administration (the Agency, the
Minister, la Autoridad de Aplicación, l'Office...) and requirements on documents ("An
application shall contain") are not duties a sanction must answer. The detection follows
`drafting.sanctions` (which maps the duties of our own drafts from their model) on the
text alone, so that it reads any regulation."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from drafting.checker.alignment import number, references
from drafting.checker.context import Context
from drafting.checker.document import Doc, Unit
from drafting.checker.report import Finding
from drafting.model import SanctionType


def _words(spec: dict[str, str]) -> dict[str, frozenset[str]]:
    return {lang: frozenset(text.split()) for lang, text in spec.items()}


# --- duty words ------------------------------------------------------------------------------

_MODAL = {
    "en": re.compile(
        r"\b(?P<w>shall|must|will|(?:is|are) required to)\b"
        r"(?! be (?:deemed|taken|construed|cited|treated as|read as))"
        r"|^(?:\W*)no\b(?! later| more| less| fewer| other| longer)[^.;:,]{0,80}?\b(?P<no>may)\b",
        re.IGNORECASE,
    ),
    "es": re.compile(
        r"\b(?P<w>deber[áa]n?|deben?|queda(?:n)? prohibid[oa]s?|se prohíbe|"
        r"(?:est[áa]n?|estar[áa]n?) obligad[oa]s?|no podr[áa]n?)\b",
        re.IGNORECASE,
    ),
    "fr": re.compile(
        r"\b(?P<w>doi(?:t|vent)|(?:est|sont) tenue?s?|il est interdit|nul ne peut|"
        r"ne peu(?:t|vent)|(?:est|sont) interdite?s?)\b",
        re.IGNORECASE,
    ),
}
# The sentence breaks inside a unit: a full stop before a capital (not after "No.", "Art.",
# "n."), a semicolon, a colon, or a dash that opens a list.
_BREAK = re.compile(r"(?<!\bNo)(?<!\bArt)(?<!\bn)\.\s+(?=[A-ZÀ-Ý«“\"])|;\s*|:\s+|\u2014\s*")
# Clauses joined by ", and": "...; the carrier shall keep it, and the consignee shall check".
_COORDINATE = {
    "en": re.compile(r",\s+(?:and|or|but)\s+(?=(?:the|a|an|every|each|any|no|it|they)\b)", re.I),
    "fr": re.compile(r",\s+(?:et|ou|mais)\s+(?=(?:le|la|les|l'|tout|toute|chaque|il|ils|elle)\b)",
                     re.I),
    "es": re.compile(r",\s+(?:y|o|pero)\s+(?=(?:el|la|los|las|todo|toda|cada|este|esta)\b)",
                     re.I),
}  # fmt: skip
_SUBORDINATE = {
    "en": r"where|if|when|whenever|before|after|unless|until|once|subject|despite|"
    r"notwithstanding|except|in|for|on|within|without|save|from|during|at|by|upon|with|"
    r"while|as|to|from|having|being|whether|prior|following|pending|under|pursuant",
    "fr": r"lorsque|lorsqu|si|s'il|avant|après|dans|en|à|sans|sauf|pour|sous|par|dès|pendant|"
    r"jusqu|au|aux|afin|faute|quand",
    "es": r"cuando|si|antes|después|dentro|en|a|sin|salvo|para|conforme|de|durante|desde|hasta|"
    r"una vez|mientras|por|al|previa|vencid[oa]|revocad[oa]",
}
_MAIN = {
    "en": re.compile(
        r",\s+(?=(?:the|a|an|every|each|any|no|it|they|he|she|such|all|(?-i:[A-Z]))\b)", re.I
    ),
    "fr": re.compile(
        r",\s+(?=(?:le|la|les|l'|tout|toute|tous|toutes|chaque|il|ils|elle|elles|nul|un|une|"
        r"(?-i:[A-ZÀ-Ý])))",
        re.I,
    ),
    "es": re.compile(
        r",\s+(?=(?:el|la|los|las|todo|toda|todos|todas|cada|quien|un|una|ningún|ninguna|"
        r"(?-i:[A-ZÁÉÍÓÚ])))",
        re.I,
    ),
}
_DETERMINERS = {
    "en": "a an the every each any all no such that this those these its their",
    "fr": "le la les l' un une tout toute tous toutes chaque aucun aucune ce cet cette ces "
    "son sa ses leur leurs nul",
    "es": "el la los las un una unos unas todo toda todos todas cada ningún ninguna este esta "
    "estos estas dicho dicha dichos dichas su sus",
}
_STOP = {
    "en": "who which that whose whom where referred required established appointed to of in "
    "on under with by for from at as concerned shall must may will can is are , and or",
    "fr": "qui que dont où visé visée visés visées prévu prévue prévus prévues de du des d' à "
    "au aux en sur par pour avec dans doit doivent peut peuvent est sont , et ou",
    "es": "que quien quienes cuyo cuya donde de del a al en con por para sobre previsto prevista "
    "previstos previstas deberá deberán debe deben podrá podrán es son , y o",
}
_RELATIVES = {
    "en": "who which that whom",
    "fr": "qui que lequel laquelle lesquels lesquelles",
    "es": "que quien quienes cual cuales",
}
_PRONOUN = {
    "en": "it they he she",
    "fr": "il ils elle elles celui-ci celle-ci ceux-ci",
    "es": "este esta éste ésta ellos ellas él ella",
}
# Anyone, or a party every instrument may name without defining it.
_GENERICS = {
    "en": "person anyone everyone nobody one applicant holder owner member",
    "fr": "personne quiconque nul chacun demandeur titulaire propriétaire membre adhérent "
    "exploitant détenteur",
    "es": "persona nadie quien quienes solicitante titular propietario miembro adherente "
    "poseedor tenedor",
}
# The administration: whose duties are the State's, not ones a sanction answers.
_ADMINISTRATION = {
    "en": "agency authority authorities minister ministry director director-general government "
    "board committee council commission inspector officer court registrar secretariat "
    "department district city municipality state office police customs administration bureau "
    "public official manager municipal mayor clerk commissioner",
    "fr": "office ministre ministère autorité agence comité conseil commission inspecteur agent "
    "tribunal district ville administration état gouvernement direction secrétariat organe "
    "commune police douane public publique",
    "es": "autoridad ministerio ministro dirección secretaría municipalidad gobierno consejo "
    "comité comisión inspector funcionario poder tribunal juzgado estado aduana intendencia "
    "público pública",
}
# Requirements on documents and their contents: "An application shall contain".
_DOCUMENTS = {
    "en": "application notice register report return plan licence license permit certificate "
    "document form list statement mandate contract agreement decision refusal request "
    "information declaration record appeal review study programme notification approval "
    "authorisation authorization registration condition guideline standard code fee "
    "contribution budget account summary guarantee copy label",
    "fr": "demande notification registre rapport déclaration plan agrément licence permis "
    "certificat document formulaire liste mandat contrat convention décision refus "
    "information recours étude programme approbation autorisation enregistrement "
    "inscription condition ligne norme code redevance contribution compte synthèse relevé "
    "garantie copie étiquette",
    "es": "solicitud notificación registro informe declaración plan autorización licencia "
    "permiso certificado documento formulario lista mandato contrato convenio resolución "
    "denegación información recurso estudio programa aprobación inscripción condición "
    "directriz norma código tasa contribución cuenta resumen garantía copia etiqueta",
}
_CONTENT_VERBS = {
    "en": "contain include state specify set consist comprise indicate mention apply expire "
    "lapse remain continue cease prevail come",
    "fr": "contenir comprendre comporter indiquer préciser mentionner énoncer appliquer "
    "expirer demeurer rester cesser prévaloir entrer",
    "es": "contener incluir indicar especificar señalar comprender aplicar vencer caducar "
    "permanecer continuar cesar prevalecer entrar",
}
# Nouns of persons, and nouns that look like them but name things.
_PERSON_ENDINGS = {
    "en": ("er", "or", "ee", "ist"),
    "fr": ("eur", "euse", "ant", "aire"),
    "es": ("dor", "dora", "tor", "tora", "sor", "ista", "nte", "ario", "aria"),
}
_PERSONS = {
    "en": "person body organisation organization company association cooperative entity "
    "enterprise undertaking firm household user consumer partnership institution "
    "applicant occupant participant claimant tenant resident agent client",
    "fr": "personne organisme entreprise société ménage titulaire association coopérative "
    "organisation",
    "es": "persona empresa entidad sociedad organización hogar titular asociación cooperativa",
}
_THINGS = {
    "en": "register container paper number order letter matter sector factor monitor charger "
    "computer printer freezer refrigerator dryer cover layer meter filter border water power "
    "other manner chapter calendar",
    "fr": "conteneur moniteur ordinateur réfrigérateur secteur compteur accumulateur indicateur "
    "téléviseur montant composant inventaire formulaire commentaire annuaire salaire horaire "
    "itinéraire dictionnaire vocabulaire",
    "es": "contenedor ordenador refrigerador acumulador indicador monitor computador televisor "
    "calendario formulario inventario horario mercado valor sector motor vector factor "
    "compresor procesador ascensor interior exterior anterior posterior presente",
}
# Adjectives before the noun: the noun is the head ("gros consommateur").
_BEFORE_NOUN = _words(
    {
        "en": "",
        "fr": "gros grosse petit petite nouveau nouvelle seul seule même autre grand grande "
        "premier première dernier dernière ancien ancienne",
        "es": "gran grande pequeño pequeña nuevo nueva mismo misma otro otra primer primero "
        "primera último última único única",
    }
)
# French duties in the present indicative: "Le producteur tient un registre".
_FRENCH_SUBJECT = re.compile(
    r"^\s*(?:(?:le|la|les|tout|toute|tous|toutes|chaque)\s+|l['\u2019])", re.IGNORECASE
)
_PARTICIPLE = ("é", "ée", "és", "ées", "i", "ie", "is", "ies", "u", "ue", "us", "ues", "ant")
_NO_DUTY = {"être", "avoir", "pouvoir"}  # "Le producteur peut": a power, not a duty


_DET = _words(_DETERMINERS)
_RELATIVE = _words(_RELATIVES)
_PRONOUNS = _words(_PRONOUN)
_GENERIC = _words(_GENERICS)
_STOPS = _words(_STOP)
_ADMIN = _words(_ADMINISTRATION)
_DOCS = _words(_DOCUMENTS)
_VERBS = _words(_CONTENT_VERBS)
_PERSON = _words(_PERSONS)
_THING = _words(_THINGS)


@dataclass(frozen=True, slots=True)
class Duty:
    """A duty word in a unit, and whom the duty binds."""

    unit: Unit
    word: str  # the duty words as printed: "shall", "deberán", "doit", "tient"
    start: int  # where they are in the unit's text
    subject: str  # the subject as printed: "A registered producer"; "" when none
    kind: str  # "actor" (a defined term), "person" (anyone), "role" (an undefined party),
    # "thing" (e-waste, equipment), "administration", "document", "relative"


# --- finding the duties ----------------------------------------------------------------------


def duties(ctx: Context) -> list[Duty]:
    """Every duty word of the instrument's body, in document order, with its subject; found
    once per check run, for the obligation and style checks alike."""
    return ctx.memo("duties", lambda: _duties(ctx))


def _duties(ctx: Context) -> list[Duty]:
    lang = ctx.layer.language
    terms = term_keys(ctx)
    excluded = _sanction_sections(ctx, lang) | _interpretation(ctx.doc)
    found: list[Duty] = []
    for unit in ctx.doc.body_units():
        if unit.definition or unit.section is None or unit.section.eid in excluded:
            continue
        found.extend(_in_unit(ctx, unit, lang, terms))
    return found


# Terms a provision defines for itself: "In this regulation, “bulk consumer” means—",
# "(in this Article referred to as “the Committee”)", "(ci-après « le Comité »)".
_INLINE = re.compile(
    r"[“\"«]\s*([^”\"»]{1,60}?)\s*[”\"»]\s*(?:means|includes|has the meaning|désigne|"
    r"s'entend|signifie|significa|se entiende)"
    r"|(?:referred to as|ci-après(?: dénommée?s?)?|en adelante,?(?: denominad[oa]s?)?|entend par"
    r"|entiende por|entenderá por)\s*"
    r"[“\"«]\s*(?:the |le |la |l'|el |los |las )?([^”\"»]{1,60}?)\s*[”\"»]",
    re.IGNORECASE,
)


def names_person(ctx: Context, phrase: str, terms: list[tuple[str, ...]]) -> bool:
    """Whether a noun phrase ("the producer", "toda persona", "l'expéditeur") names a
    person rather than a thing; `terms` from `term_keys`."""
    lang = ctx.layer.language
    kind = _kind(ctx, phrase, "", lang, terms)
    if kind in ("person", "role"):
        return True
    words = [t for t in _tokens(phrase) if t not in _DET[lang]]
    heads = _forms(_head(words, lang), ctx, lang) if words else set()
    return kind == "actor" and any(_is_party(h, lang) for h in heads)


def _is_party(head: str, lang: str) -> bool:
    return (
        head in _PERSON[lang]
        or head in _GENERIC[lang]
        or (head.endswith(_PERSON_ENDINGS[lang]) and head not in _THING[lang])
    )


def term_keys(ctx: Context) -> list[tuple[str, ...]]:
    """The lemma keys of the defined terms, longest first: the interpretation provision's
    and those a provision defines for itself."""
    return ctx.memo("term_keys", lambda: _term_keys(ctx))


def _term_keys(ctx: Context) -> list[tuple[str, ...]]:
    names = [d.term for d in ctx.doc.definitions]
    for unit in ctx.doc.body_units():
        if any(q in unit.text for q in '“"«'):
            names += [a or b for a, b in _INLINE.findall(unit.text)]
    keys = {tuple(_canon(ctx, t) for t in _tokens(name) if t != ",") for name in names}
    return sorted((k for k in keys if k), key=len, reverse=True)


def _interpretation(doc: Doc) -> set[str]:
    return {d.unit.section.eid for d in doc.definitions if d.unit.section is not None}


def _in_unit(ctx: Context, unit: Unit, lang: str, terms: list[tuple[str, ...]]) -> list[Duty]:
    out: list[Duty] = []
    text = unit.text
    if lang != "fr" and not _MODAL[lang].search(text):
        return out
    for start, end in _sentences(text):
        previous: Duty | None = None
        since = start
        for m in _MODAL[lang].finditer(text[start:end]):  # "^" is the sentence's start
            word = m.group("w") or m.group("no")
            at = start + m.start()
            duty = _duty(ctx, unit, word, at, text[since:at], lang, terms, previous)
            out.append(duty)
            previous, since = duty, start + m.end()
        if lang == "fr" and previous is None:
            found = _present_indicative(ctx, unit, text, start, end, terms)
            if found is not None:
                out.append(found)
    return out


def _sentences(text: str) -> Iterator[tuple[int, int]]:
    start = 0
    for m in _BREAK.finditer(text):
        yield start, m.start()
        start = m.end()
    yield start, len(text)


def _duty(
    ctx: Context,
    unit: Unit,
    word: str,
    at: int,
    region: str,
    lang: str,
    terms: list[tuple[str, ...]],
    previous: Duty | None,
) -> Duty:
    """The duty of `word`, whose subject lies in `region` (the sentence up to it)."""
    if word.lower() == "may" or re.match(r"(?i)nul|il est interdit|queda|se prohíbe", word):
        return Duty(unit, word, at, "", "person")  # "No person may", "Nul ne peut"
    if previous is not None and re.search(r"(?i)(?:^|\W)(?:and|or|but|et|ou|y|o)\W*$", region):
        return Duty(unit, word, at, previous.subject, previous.kind)  # "... and shall use it"
    if word.lower() == "will" and (previous is not None or _FUTURE.search(region)):
        return Duty(unit, word, at, "", "future")  # "a plan setting out how the producer will"
    if _RELATIVE_END.search(region):
        return Duty(unit, word, at, region.strip()[-60:], "relative")  # "a report, which shall"
    # "The costs ..., and the gathering of data, must": a list inside the subject
    parts = [region] if region.rstrip().endswith(",") else _COORDINATE[lang].split(region)
    clause = parts[-1].strip(" ,")
    subject = _main_clause(clause, lang)
    words = subject.split()
    if not words:
        if previous is not None:
            return Duty(unit, word, at, previous.subject, previous.kind)
        return Duty(unit, word, at, "", "person")
    last = words[-1].lower()
    if last in _RELATIVE[lang]:
        return Duty(unit, word, at, subject, "relative")
    if last in _PRONOUNS[lang] and len(words) == 1:
        kind = previous.kind if previous is not None else "person"
        return Duty(unit, word, at, subject, kind)
    kind = _kind(ctx, subject, unit.text[at:], lang, terms)
    if word.lower() == "will" and len(words) > 6:
        kind = "future"  # "a plan setting out how the producer will finance": no duty
    return Duty(unit, word, at, subject, kind)


_FUTURE = re.compile(
    r"(?i)\b(?:how|that|whether|what|which|who|if|when|where|why|unless|until|because|whom|whose)\b"
)
_RELATIVE_END = re.compile(
    r"(?i)\b(?:which|who|that|whom|qui|que|dont|lequel|laquelle|quien|quienes|cual|cuales|cuyo"
    r"|cuya|donde)"
    r"(?:\s+(?:it|they|il|ils|elle|elles))?\W*$"
)


def _main_clause(clause: str, lang: str) -> str:
    """The subject part of a clause: after an opening subordinate clause ("Where ..., the
    producer"), with a leading conjunction dropped."""
    opening = re.match(rf"(?i)^\W*(?:{_SUBORDINATE[lang]})\b", clause)
    if opening:
        mains = list(_MAIN[lang].finditer(clause, opening.end()))
        clause = clause[mains[-1].end() :] if mains else ""
    return re.sub(r"(?i)^(?:and|or|but|et|ou|y|o)\s+", "", clause.strip(" ,"))


def _kind(ctx: Context, subject: str, rest: str, lang: str, terms: list[tuple[str, ...]]) -> str:
    raw = _tokens(subject)
    while raw and raw[0] in _DET[lang]:
        raw.pop(0)
    if not raw:
        return "person"
    if _ITSELF.match(subject.strip()):
        return "document"  # "These Regulations ... shall come into operation"
    words = _phrase(raw, lang)
    phrase = [_canon(ctx, t) for t in words]
    tokens = [_canon(ctx, t) for t in raw]
    head = _forms(_head(words, lang), ctx, lang)
    if any(_forms(t, ctx, lang) & _ADMIN[lang] for t in words):
        return "administration"
    if head & _DOCS[lang]:
        return "document"
    if _defined(tokens, phrase, lang, terms):
        return "actor"
    first = subject.split()[0].strip("(),")
    if first.isupper() and len(first) > 1 and first.lower() not in _DET[lang]:
        return "administration"  # an acronym no definition explains: RURA, REMA, ZEMA
    if head & _GENERIC[lang]:
        return "person"
    if any(_is_party(h, lang) for h in head):
        return "role"
    if _verb_after(ctx, rest) in _VERBS[lang]:
        return "document"
    return "thing"


def _canon(ctx: Context, word: str) -> str:
    """A word as terms are compared: its lemma ("producteurs" -> "producteur"), or, where
    the lookup table lacks the plural, the word without its plural ending
    ("recicladores" -> "reciclador")."""
    lemma = ctx.layer.lemma(word)
    if lemma != word or len(word) < 5:
        return lemma
    if ctx.layer.language == "es" and re.search(r"[^aeiou]es$", word):
        return word[:-2]
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


def _forms(word: str, ctx: Context, lang: str) -> set[str]:
    """A word, its lemma and its singular: the lookup tables miss some plurals
    ("recicladores") and read some nouns as verbs ("lignes" -> "ligner")."""
    forms = {word, ctx.layer.lemma(word)}
    if lang == "es" and word.endswith("es") and len(word) > 4:
        forms.add(word[:-2])
    if word.endswith(("s", "x")) and len(word) > 3:
        forms.add(word[:-1])
    return forms


def _head(phrase: Sequence[str], lang: str) -> str:
    """The noun a phrase is about: its last word in English, its first noun in French and
    Spanish ("gros consommateur" -> "consommateur")."""
    if lang == "en":
        return phrase[-1]
    return next((w for w in phrase if w not in _BEFORE_NOUN[lang]), phrase[0])


def _tokens(text: str) -> list[str]:
    # "l'opérateur" -> "l'", "opérateur"
    text = re.sub(r"(?i)\b([ldjmnst]|qu)'", r"\1' ", text.lower().replace("\u2019", "'"))
    return re.findall(r"\b(?:qu|[ldjmnst])'(?=\s)|[^\W\d_]+(?:[-'][^\W\d_]+)*|\d+|,", text)


def _phrase(tokens: list[str], lang: str) -> list[str]:
    """The noun phrase at the start of `tokens`, up to a relative pronoun, a preposition
    or (in English) a participle: "person required by ..." -> "person"."""
    out: list[str] = []
    for t in tokens:
        if out and (t in _STOPS[lang] or (lang == "en" and t.endswith(("ed", "ing")))):
            break
        out.append(t)
    return out


def _defined(tokens: list[str], phrase: list[str], lang: str, terms: list[tuple[str, ...]]) -> bool:
    """Whether the subject names a defined term: at the end of its noun phrase in English
    ("a registered producer"), at its start in French and Spanish ("les producteurs
    inscrits", "el sistema colectivo de gestión"); or, alone, the term's head noun ("the
    operator" for "licensed operator", "los grandes generadores" for "gran generador")."""
    nouns = [w for w in phrase if w not in _BEFORE_NOUN[lang]]
    for term in terms:
        n = len(term)
        if lang == "en" and tuple(phrase[-n:]) == term:
            return True
        if lang != "en" and tuple(tokens[:n]) == term:
            return True
        if len(nouns) == 1 and nouns[0] == _head(term, lang):
            return True
    return False


def _verb_after(ctx: Context, rest: str) -> str:
    """The lemma of the verb that follows the duty word: "shall contain" -> "contain"."""
    words = _tokens(rest)[1:4]
    skip = {"not", "also", "only", "pas", "ne", "en", "y", "se", "lo", "la", "le", "tenu",
            "tenus", "tenue", "tenues", "de", "obligado", "obligada", "obligados", "obligadas",
            "a", "to", "required"}  # fmt: skip
    for w in words:
        if w not in skip:
            return ctx.layer.lemma(w)
    return ""


def _present_indicative(
    ctx: Context, unit: Unit, text: str, start: int, end: int, terms: list[tuple[str, ...]]
) -> Duty | None:
    """A French sentence whose subject is a defined actor and whose verb is in the present
    indicative: "Le producteur tient un registre des EEE mis sur le marché"."""
    sentence = text[start:end]
    opening = _FRENCH_SUBJECT.match(sentence)
    if opening is None:
        return None
    after = sentence[opening.end() :]
    tokens = _tokens(after[:160])[:8]  # a term of at most seven words, then the verb
    lemmas = [_canon(ctx, t) for t in tokens]
    for term in terms:
        n = len(term)
        if tuple(lemmas[:n]) != term or len(tokens) <= n:
            continue
        verb, lemma = tokens[n], lemmas[n]
        is_verb = lemma != verb and lemma.endswith(("er", "ir", "re", "oir"))
        if (
            _is_party(_head(term, "fr"), "fr")
            and is_verb
            and lemma not in _NO_DUTY
            and not verb.endswith(_PARTICIPLE)
        ):
            at = start + opening.end() + after.lower().find(verb, len(" ".join(term)) - 1)
            subject = sentence[: opening.end()] + " ".join(tokens[:n])
            return Duty(unit, text[at : at + len(verb)], at, subject, "actor")
        return None
    return None


# --- sanctions -------------------------------------------------------------------------------

# The offence or penalty itself, as opposed to a mention of sanctions in passing
# ("whether or not proceedings are brought for an offence").
_PUNISHES = {
    "en": re.compile(
        r"\b(?:commits? an offence|guilty of an offence|constitutes? an offence|punishable|"
        r"liable(?:,? on (?:summary )?conviction,?)? to (?:a |an )?(?:fine|imprisonment|penalty)|"
        r"punished|penalt(?:y|ies) (?:provided|prescribed|under)|sanctioned)\b",
        re.IGNORECASE,
    ),
    "fr": re.compile(r"\b(?:est|sont) (?:puni|sanctionné|passible)\w*|\bconstitue une infraction",
                     re.IGNORECASE),
    "es": re.compile(r"\b(?:ser[áa]n?|es|son) (?:sancionad|castigad|punible)\w*|constituy\w+ "
                     r"(?:una )?infracci", re.IGNORECASE),
}  # fmt: skip
_INSTRUMENT = (
    r"(?:these Regulations|this Order|this Regulation|this Decree|this Act|these Rules"
    r"|this By-?law|these By-?laws|this instrument|(?:el |la )?(?:presente|este|esta) "
    r"(?:Decreto|Resolución|Reglamento|Ordenanza|Ley)|(?:le |la )?(?:présente?|cet|cette) "
    r"(?:arrêté|décret|règlement|ordonnance|loi))"
)
_BREACHES = ("contraven", "breach", "comply", "infring", "infraction", "manquement", "violation",
             "inobservation", "incumplimiento", "infracci")  # fmt: skip
_GENERAL = re.compile(
    r"\b(?:contraven\w*|breach\w*|fail\w* to comply with|non-compliance with|infring\w*"
    r"|infraction|manquement|contravention|violation|inobservation|incumplimiento|"
    r"infracci[oó]n\w*|violaci[oó]n|contravenci[oó]n)"
    r"[^.;]{0,40}?\b(?:of|with|under|imposed by|in|to|au|aux|à|du|des|de|a|al|del|en)\s*"
    r"(?:any|a|the|lo dispuesto en|las disposiciones de|les dispositions (?:de|prévues par)"
    r"|dispositions? (?:de|du|prévues par))?\s*(?:provisions?\s+(?:of|in)\s+|requirements?\s+"
    rf"(?:of|under)\s+|obligations?\s+under\s+)?{_INSTRUMENT}",
    re.IGNORECASE,
)


_ITSELF = re.compile(
    rf"(?i)(?:the provisions of\s+|las disposiciones del?\s+|les dispositions du\s+)?{_INSTRUMENT}"
)


@dataclass(frozen=True, slots=True)
class Sanctions:
    """What the instrument punishes: every duty (`general`), or the provisions its
    offences and penalties name."""

    general: str  # the words that make every contravention punishable ("" when none)
    named: frozenset[tuple[str, ...]]
    any_provision: bool  # whether the instrument has an offences or sanctions provision


def sanctions(ctx: Context) -> Sanctions:
    """What the instrument punishes, read from its offences and sanctions provisions; with
    the country known, the enabling law's general penalty answers every duty too."""
    lang = ctx.layer.language
    general = ""
    named: set[tuple[str, ...]] = set()
    sections = _sanction_provisions(ctx, lang)
    texts = {(u.section.eid, u.path): u.text for u in ctx.doc.body_units() if u.section}
    for unit in ctx.doc.body_units():
        low = unit.text.lower()
        if not general and unit.section is not None and any(w in low for w in _BREACHES):
            # "Any person who— (a) contravenes any provision of these By-laws ... shall be
            # guilty of an offence": the paragraph and the words that lead into it
            leads = [
                texts.get((unit.section.eid, unit.path[:n]), "") for n in range(1, len(unit.path))
            ]
            general = _general(unit.text, lang, " ".join(leads))
        if unit.section is not None and unit.section.eid in sections:
            own = number(unit.section.num)
            named.update(r.path for r in references(unit.text, own) if not r.external)
            general = general or _referred(unit.text)
    if not general and ctx.profile is not None:
        general = _general_penalty(ctx)
    return Sanctions(general=general, named=frozenset(named), any_provision=bool(sections))


def _general(text: str, lang: str, lead: str = "") -> str:
    """The sentence of `text` that makes any contravention of the instrument punishable
    ("any person who contravenes these Regulations commits an offence", "toute infraction
    au présent arrêté est punie", "el incumplimiento del presente Decreto será sancionado");
    `lead` is the words of the provisions it is a paragraph of."""
    if not _PUNISHES[lang].search(text + " " + lead):
        return ""
    for start, end in _sentences(text):
        sentence = text[start:end]
        punished = _PUNISHES[lang].search(sentence) or _PUNISHES[lang].search(lead)
        if punished and _GENERAL.search(sentence):
            return sentence
    return ""


# A sanctions provision that applies the enabling law's sanctions to what is done under
# the instrument: "The sanctions provided for in Articles 50 ... of Law n° 48/2018 apply
# to the conduct described in those provisions, including where it occurs in the course of
# an activity governed by this Order"; "aun cuando se cometan en el ejercicio de una
# actividad regulada por el presente Decreto".
_REFERRED = re.compile(
    r"\b(?:sanctions?|penalt(?:y|ies)|offences?|fines?|infracci\w+|sancion\w*|multas?"
    r"|amendes?|infractions?|peines?)\b[^.;]*\b(?:Act|Law|Ley|Loi|Code|Código)\b[^.;]*"
    rf"{_INSTRUMENT}",
    re.IGNORECASE,
)


def _referred(text: str) -> str:
    m = _REFERRED.search(text)
    return text[m.start() : m.end()] if m else ""


def _general_penalty(ctx: Context) -> str:
    """The enabling law's general penalty for contraventions of its regulations, when the
    country is known (Zambia's Environmental Management Act, s. 125)."""
    assert ctx.profile is not None
    for sanction in ctx.profile.sanctions.values():
        punishes = sanction.type in (SanctionType.OFFENCE, SanctionType.ADMINISTRATIVE_FINE)
        if sanction.general and punishes:
            return sanction.description.get("en", "") or sanction.cite
    return ""


_HEADING = re.compile(
    r"\b(?:offen[cs]es?|penalt(?:y|ies)|sanction\w*|sanci[oó]n\w*|infraction\w*|infracci\w+"
    r"|amendes?|multas?|pénal\w*|penal\w*)\b",
    re.IGNORECASE,
)


def _sanction_provisions(ctx: Context, lang: str) -> set[str]:
    """The provisions that create offences or sanctions, or that a heading calls so
    ("Sanctions", "Régimen de sanciones"): the provisions they name are answered."""
    headed = {s.eid for s in ctx.doc.sections if s.heading and _HEADING.search(s.heading)}
    return _sanction_sections(ctx, lang) | headed


def _sanction_sections(ctx: Context, lang: str) -> set[str]:
    """The provisions that create offences or sanctions: they punish duties, impose none."""
    return ctx.memo(
        "punishing",
        lambda: {
            u.section.eid
            for u in ctx.doc.body_units()
            if u.section is not None and _PUNISHES[lang].search(u.text)
        },
    )


def _covered(duty: Duty, named: frozenset[tuple[str, ...]]) -> bool:
    path = tuple(number(p) for p in duty.unit.path)
    for ref in named:
        n = min(len(ref), len(path))
        if ref[:n] == path[:n]:
            return True
    return False


# --- the checks ------------------------------------------------------------------------------

_BOUND = ("actor", "person", "role", "thing")


def check_unsanctioned(ctx: Context) -> Iterator[Finding]:
    """OBL001: duties that no offence or sanction of the instrument (or, with the country
    known, no general penalty of its enabling law) answers."""
    found = [d for d in duties(ctx) if d.kind in _BOUND]
    if not found:
        return
    punished = sanctions(ctx)
    if punished.general:
        return
    open_ = [d for d in found if not _covered(d, punished.named)]
    if not open_:
        return
    if not punished.any_provision:
        first = open_[0]
        yield ctx.finding(
            "OBL001",
            first.unit,
            f"The instrument imposes {len(open_)} duties, the first in {first.unit.cite}, and "
            "has no offences or sanctions provision to answer any of them.",
            evidence=_around(first),
            suggestion="Add an offences provision that names the duties it punishes, or a "
            'general one ("A person who contravenes a provision of these Regulations commits '
            'an offence"), or refer their breach to the sanctions of the enabling law.',
        )
        return
    seen: set[str] = set()
    for duty in open_:
        if duty.unit.eid in seen:
            continue
        seen.add(duty.unit.eid)
        yield ctx.finding(
            "OBL001",
            duty.unit,
            f"The duty in {duty.unit.cite} is not named by any offences or sanctions "
            "provision, and no general provision makes its breach punishable.",
            evidence=_around(duty),
            suggestion=f"Name {duty.unit.cite} in the offences provision, or make the breach of "
            "any provision of the instrument an offence, or say which sanction of the "
            "enabling law applies to it.",
        )


def check_addressees(ctx: Context) -> Iterator[Finding]:
    """OBL002: duties whose addressee is a party the instrument never defines; one finding
    per party, at its first duty, naming the other provisions that bind it."""
    lang = ctx.layer.language
    parties: dict[str, list[Duty]] = {}
    for duty in duties(ctx):
        if duty.kind == "role":
            name = _addressee(duty.subject, lang)
            parties.setdefault(ctx.layer.key(name), []).append(duty)
    for found in parties.values():
        first = found[0]
        name = _addressee(first.subject, lang)
        others = list(dict.fromkeys(d.unit.cite for d in found if d.unit is not first.unit))
        also = f" It is also bound in {', '.join(others)}." if others else ""
        yield ctx.finding(
            "OBL002",
            first.unit,
            f'The duty in {first.unit.cite} binds "{name}", which the instrument does not '
            f"define.{also}",
            evidence=_around(first),
            suggestion=f'Define "{name}" in the interpretation provision, or address the duty '
            "to a defined actor or to any person.",
        )


def _addressee(subject: str, lang: str) -> str:
    """The party a subject names, as printed: "Every bulk consumer that is a public body"
    -> "bulk consumer"."""
    words = re.findall(r"[^\W\d_]+(?:[-'\u2019][^\W\d_]+)*|,", subject)
    while words and words[0].lower() in _DET[lang]:
        words.pop(0)
    if words and re.match(r"(?i)^l['\u2019]", words[0]):
        words[0] = words[0][2:]
    return " ".join(_phrase(words, lang))


def _around(duty: Duty) -> str:
    text = duty.unit.text
    begin = max(0, duty.start - 120)
    begin = text.rfind(" ", 0, begin) + 1 if begin else 0
    return text[begin : duty.start + 120]


CHECKS = (check_unsanctioned, check_addressees)

__all__ = ["CHECKS", "Duty", "Sanctions", "duties", "names_person", "sanctions", "term_keys"]
