"""What a draft says about its legal basis: the recital of the powers it uses with their
conditions, the power of each provision, what it does not contain and why, and the notes
the questionnaire shows where an answer asks for something outside the powers."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import replace
from typing import Any

from drafting.formats import contract, join_list, yes_no
from drafting.library import ClauseLibrary
from drafting.model import (
    ClauseId,
    Displaced,
    Instrument,
    Law,
    Matter,
    Power,
    PowerUse,
    Profile,
    Question,
    QuestionId,
    Value,
)
from drafting.powers import (
    BILL_POWER,
    OUTSIDE_QUESTION,
    LeftOut,
    Outside,
    Placement,
    Route,
    held_elsewhere,
    is_delegable,
    maker_powers,
    matter_of,
    route_of,
)
from drafting.rules import answers_read

# --- the recital of powers --------------------------------------------------------------------


def recite(uses: tuple[PowerUse, ...], profile: Profile, language: str, law: str = "") -> str:
    """The powers used, for an enacting formula or a preamble line: law by law, the
    provisions cited, then the conditions of their exercise, each naming the provisions it
    attaches to when they differ ("sections 43, 55 and 63 of the Environmental Management
    Act, 2011, on the advice of the Agency ... (sections 43 and 63) and on the
    recommendation of the Agency (section 55)"). `law` restricts to one law's powers."""
    by_law: dict[str, list[PowerUse]] = {}
    for use in uses:
        if not law or use.law == law:
            by_law.setdefault(use.law, []).append(use)
    texts = []
    for law_key, members in by_law.items():
        law_def = profile.bill.law if law_key == "bill" else profile.laws[law_key]
        text = law_def.recital[language].replace(
            "{provisions}", _provisions(law_def, [m.cite for m in members], language)
        )
        conditions: dict[str, list[str]] = {}
        for member in members:
            if member.conditions:
                conditions.setdefault(member.conditions, []).append(member.cite)
        if len(conditions) == 1:
            text += ", " + next(iter(conditions))
        elif conditions:
            attached = [
                f"{words} ({_provisions(law_def, cites, language)})"
                for words, cites in sorted(conditions.items(), key=lambda c: _cite_order(c[1][0]))
            ]
            text += ", " + join_list(attached, language)
        texts.append(text)
    return profile.form.powers_join[language].join(texts)


def _provisions(law: Law, cites: list[str], language: str) -> str:
    ordered = sorted(dict.fromkeys(cites), key=_cite_order)
    phrase = law.provision["one" if len(ordered) == 1 else "many"][language]
    return phrase.replace("{list}", join_list(ordered, language))


def _cite_order(cite: str) -> tuple[int, str]:
    digits = re.match(r"\d+", cite)
    return (int(digits.group()) if digits else 0, cite)


# --- the powers an instrument uses, and what it leaves to others -------------------------------


def power_uses(
    instrument: Instrument,
    placement: Placement,
    profile: Profile,
    bill: Instrument | None,
    language: str,
) -> tuple[PowerUse, ...]:
    """Every power the regulation's provisions rest on, in order of first use, with the
    provisions resting on each. A provision made under the companion bill rests on the
    bill's power to make regulations."""
    found: dict[str, PowerUse] = {}
    for section in instrument.sections():
        basis = placement.regulation.get(ClauseId(section.source or ""))
        if basis is None or (basis.power is None and not basis.delegated):
            continue
        use = _bill_use(profile, bill, language) if basis.delegated else None
        if basis.power is not None:
            use = _use(basis.power, profile, language)
        if use is None:
            continue
        known = found.get(use.key, use)
        found[use.key] = replace(known, provisions=(*known.provisions, section.eid))
    return tuple(found.values())


def cite_provision(law: Law, cite: str, language: str) -> str:
    """One provision of a law, cited on its own: "section 63 of the ... Act, 2011"."""
    return law.cited[language].replace("{cite}", cite)


def _use(power: Power, profile: Profile, language: str) -> PowerUse:
    law = profile.laws[power.law]
    text = cite_provision(law, power.cite, language)
    return PowerUse(
        key=power.key,
        law=power.law,
        cite=power.cite,
        text=text,
        holder=power.holder,
        conditions=power.conditions[language] if power.conditions else "",
        source=power.source,
        verify=power.verify or law.verify,
        provisions=(),
    )


def _bill_use(profile: Profile, bill: Instrument | None, language: str) -> PowerUse | None:
    section = next((s for s in bill.sections() if s.source == BILL_POWER), None) if bill else None
    if section is None:
        return None
    law = profile.bill.law
    power = profile.bill.regulation_power
    year = str(bill.answers.get("year_made") or "20__") if bill else "20__"
    text = cite_provision(law, section.num, language)
    return PowerUse(
        key=BILL_POWER,
        law="bill",
        cite=section.num,
        text=text.replace("{year}", year),
        holder=profile.instrument.maker,
        conditions=power.conditions[language] if power.conditions else "",
        source=power.source,
        verify=False,
        provisions=(),
    )


_REASONS = {
    "en": {
        Outside.BILL: "{Matter}: no power of {laws} lets {maker} provide for this; "
        "the companion bill does, in {label}.",
        Outside.PRIMARY: "{Matter}: no power of {laws} lets {maker} provide for this; "
        "needs primary legislation.",
        Outside.HELD_BY: "{Matter}: the power ({power}) is held by {holder}, not by {maker}; "
        "for {holder} to exercise.",
        Outside.ELSEWHERE: "{Matter}: belongs to {elsewhere}.",
        Outside.DEPENDS: "Refers to \u201c{other}\u201d, which is left out.",
    },
    "es": {
        Outside.BILL: "{Matter}: ninguna disposición de {laws} faculta a {maker} a "
        "establecerlo; lo establece el proyecto de ley complementario, en {label}.",
        Outside.PRIMARY: "{Matter}: ninguna disposición de {laws} faculta a {maker} a "
        "establecerlo; requiere una ley.",
        Outside.HELD_BY: "{Matter}: la atribución ({power}) corresponde a {holder}, no a "
        "{maker}; debe ejercerla {holder}.",
        Outside.ELSEWHERE: "{Matter}: corresponde a {elsewhere}.",
        Outside.DEPENDS: "Remite a «{other}», que queda fuera.",
    },
    "fr": {
        Outside.BILL: "{Matter} : aucune disposition de {laws} n'habilite {maker} à le "
        "prévoir ; le projet de loi complémentaire le prévoit, à {label}.",
        Outside.PRIMARY: "{Matter} : aucune disposition de {laws} n'habilite {maker} à le "
        "prévoir ; une loi est nécessaire.",
        Outside.HELD_BY: "{Matter} : le pouvoir ({power}) appartient à {holder}, non à "
        "{maker} ; il revient à {holder} de l'exercer.",
        Outside.ELSEWHERE: "{Matter} : relève de {elsewhere}.",
        Outside.DEPENDS: "Renvoie à « {other} », qui est écarté.",
    },
}


def displaced_entries(
    library: ClauseLibrary,
    profile: Profile,
    placement: Placement,
    bill: Instrument | None,
    language: str,
) -> tuple[Displaced, ...]:
    """What the regulation does not contain and why: in the companion bill, or left out
    (needs primary legislation, a power someone else holds, another instrument, or text
    that depends on something left out), with the answers that asked for it."""
    labels = {s.source: s for s in bill.sections()} if bill else {}
    entries = [
        _displaced(library, profile, placement, cid, Outside.BILL, language, labels)
        for cid in placement.bill
    ]
    entries += [
        _displaced(
            library, profile, placement, left.clause_id, left.outside, language, labels, left
        )
        for left in placement.left_out
    ]
    return tuple(entries)


def _displaced(
    library: ClauseLibrary,
    profile: Profile,
    placement: Placement,
    clause_id: ClauseId,
    outside: Outside,
    language: str,
    labels: Mapping[ClauseId | None, Any],
    left: LeftOut | None = None,
) -> Displaced:
    clause = library.clauses_by_id[clause_id]
    matter = library.matters_by_id[left.matter if left else clause.power]
    section = labels.get(clause_id)
    label = ""
    if section is not None:
        bill_refs = profile.bill.form.references[language]
        label = bill_refs["section"].format(section=section.num)
    values = {
        "matter": matter.label[language],
        "laws": join_list([law.title[language] for law in profile.laws.values()], language),
        "maker": profile.holders.get(profile.instrument.maker, {}).get(
            language, profile.instrument.maker
        ),
        "label": label,
        "elsewhere": matter.elsewhere[language] if matter.elsewhere else "",
        "power": "",
        "holder": "",
        "other": "",
    }
    if left is not None and left.power is not None:
        use = _use(left.power, profile, language)
        values["power"] = use.text
        values["holder"] = profile.holders.get(left.power.holder, {}).get(
            language, left.power.holder
        )
    if left is not None and left.depends_on is not None:
        other = library.clauses_by_id[left.depends_on]
        values["other"] = (other.heading or {}).get(language, other.id)
    reason = _REASONS[language][outside]
    for key, value in values.items():
        reason = reason.replace("{" + key + "}", value)
        reason = reason.replace("{" + key.capitalize() + "}", value[:1].upper() + value[1:])
    reason = contract(reason, language)
    return Displaced(
        clause_id=clause_id,
        heading=(clause.heading or {}).get(language, clause.id),
        matter=matter.id,
        placement=outside.value,
        reason=reason,
        answers=dict(left.answers) if left else dict(placement.asked.get(clause_id, {})),
        label=label,
    )


# --- what the questionnaire says about answers outside the powers ------------------------------

_OUTCOMES = {
    "en": {
        "bill": "the companion bill will provide for it",
        "delegated": "the companion bill will empower {maker} to provide for it in the regulation",
        "list": "it will be left out and listed as needing primary legislation (to draft it in a "
        "companion bill, choose the bill at the question on matters the regulation has no power "
        "to provide for)",
        "held-by": "the power belongs to {holder} ({power}): it will be left out and listed "
        "for {holder} to exercise",
        "elsewhere": "it belongs to {elsewhere}: it will be listed, not drafted",
        "note": "{maker} has no power under {laws} for {matters}: {outcome}.",
    },
    "es": {
        "bill": "el proyecto de ley complementario lo establecerá",
        "delegated": "el proyecto de ley complementario facultará a {maker} a establecerlo en "
        "el reglamento",
        "list": "quedará fuera del texto y se listará como materia que requiere una ley (para "
        "redactarlo en un proyecto de ley complementario, elija el proyecto de ley en la pregunta "
        "sobre las materias que el reglamento no puede establecer)",
        "held-by": "la atribución corresponde a {holder} ({power}): quedará fuera y se listará "
        "para que la ejerza {holder}",
        "elsewhere": "corresponde a {elsewhere}: se listará, no se redactará",
        "note": "{maker} no tiene atribución conforme a {laws} para {matters}: {outcome}.",
    },
    "fr": {
        "bill": "le projet de loi complémentaire le prévoira",
        "delegated": "le projet de loi complémentaire habilitera {maker} à le prévoir dans le "
        "texte d'application",
        "list": "il sera écarté et signalé comme relevant de la loi (pour le rédiger dans un "
        "projet de loi complémentaire, choisissez le projet de loi à la question sur les "
        "matières que le texte d'application ne peut pas régler)",
        "held-by": "le pouvoir appartient à {holder} ({power}) : il sera écarté et signalé pour "
        "que {holder} l'exerce",
        "elsewhere": "il relève de {elsewhere} : il sera signalé, non rédigé",
        "note": "{maker} n'a aucun pouvoir en vertu de {laws} pour {matters} : {outcome}.",
    },
}


def question_notes(
    library: ClauseLibrary,
    profile: Profile,
    values: Mapping[QuestionId, Value],
    language: str,
) -> dict[QuestionId, str]:
    """For each question whose answers can ask for a provision the regulation has no power
    for, what will happen to it on the route answered (bill or list): shown next to the
    question's help."""
    if language not in profile.languages:
        language = profile.languages[0]  # the laws' titles exist in the country's languages
    covered = maker_powers(profile)
    route = route_of(values)
    found: dict[QuestionId, dict[str, dict[str, None]]] = {}
    for clause in library.clauses:
        for variant in clause.variants:
            matter = library.matters_by_id[matter_of(clause, variant)]
            if matter.incidental or matter.id in covered:
                continue
            outcome = _outcome(matter, profile, route)
            asking = [
                *answers_read(clause.include_when, library.rules_by_id),
                *answers_read(variant.when, library.rules_by_id),
            ]
            for qid in asking:
                if qid != OUTSIDE_QUESTION:
                    found.setdefault(qid, {}).setdefault(outcome, {})[matter.id] = None
    return {
        qid: " ".join(
            _note(outcome, tuple(matters), library, profile, language)
            for outcome, matters in outcomes.items()
        )
        for qid, outcomes in found.items()
    }


def _outcome(matter: Matter, profile: Profile, route: Route) -> str:
    if matter.elsewhere is not None:
        return "elsewhere"
    if route is Route.BILL:
        return "delegated" if is_delegable(matter, profile) else "bill"
    return "held-by" if held_elsewhere(profile, matter.id) else "list"


def _note(
    outcome: str,
    matters: tuple[str, ...],
    library: ClauseLibrary,
    profile: Profile,
    language: str,
) -> str:
    words = _OUTCOMES[language]
    maker = profile.holders.get(profile.instrument.maker, {}).get(
        language, profile.instrument.maker
    )
    first = library.matters_by_id[matters[0]]
    held = held_elsewhere(profile, first.id)
    values = {
        "maker": maker,
        "laws": join_list([law.title[language] for law in profile.laws.values()], language),
        "matters": join_list([library.matters_by_id[m].label[language] for m in matters], language),
        "elsewhere": first.elsewhere[language] if first.elsewhere else "",
        "holder": profile.holders.get(held.holder, {}).get(language, held.holder) if held else "",
        "power": _use(held, profile, language).text if held else "",
    }
    text = words["note"].replace("{outcome}", words[outcome])
    for key, value in values.items():
        text = text.replace("{" + key + "}", value)
    text = contract(text, language)
    return text[:1].upper() + text[1:]


# --- answers in words ---------------------------------------------------------------------------


def answers_shown(
    library: ClauseLibrary, values: Mapping[QuestionId, Value], language: str
) -> dict[str, str]:
    """Each answer as the drafter gave it, in words: "question: answer", with the question's
    label and the option's label in `language` (the drafting notes show no internal ids)."""

    def label(text: Mapping[str, str], fallback: str) -> str:
        return text.get(language) or text.get("en") or fallback

    def show(question: Question, value: object) -> str:
        if isinstance(value, bool):
            return yes_no(value, language)
        if isinstance(value, str) and question.options:
            option = question.option(value)
            return label(option.label, value) if option else value
        if isinstance(value, tuple):
            if value and isinstance(value[0], Mapping):
                return "; ".join(
                    ", ".join(str(v) for v in row.values())
                    for row in value
                    if isinstance(row, Mapping)
                )
            return ", ".join(show(question, v) for v in value)
        return "" if value is None else str(value)

    out = {}
    for qid, value in values.items():
        question = library.questions_by_id.get(qid)
        if question is not None:
            shown = show(question, value)
            asked = label(question.label, qid)
            out[str(qid)] = f"{asked}{' ' if asked.endswith('?') else ': '}{shown}".rstrip(": ")
    return out
