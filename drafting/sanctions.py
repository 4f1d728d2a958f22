"""The sanctions map: each duty of an instrument and the sanction its law allows for it.

A duty is a provision (a section without sub-provisions, or a sub-provision) that tells a
person other than the administration what it shall or must do, or must not do. Each is
answered, in this order of preference, by: an offence of the instrument itself that
names the provision; an offence or administrative fine of the enabling law that covers
the provision's matter; the suspension or cancellation of a licence or registration its
addressee holds; a compliance order whose breach the law punishes. A duty that none of
these answers is reported to the drafter as unsanctioned."""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass

from drafting.formats import contract
from drafting.model import (
    CrossRef,
    Inline,
    Instrument,
    InstrumentKind,
    Profile,
    Provision,
    ProvisionLevel,
    Sanction,
    SanctionEntry,
    SanctionType,
    Term,
    TermId,
    TermRef,
    plain_text,
)
from drafting.references import references_in

OFFENCES_CLAUSE = "offences"

_DUTY = {
    "en": re.compile(
        r"\b(shall|must)\b(?! be (?:deemed|taken|construed|cited))"
        # Rwanda's English: "No person may ..." is the prohibition "No person shall ..."
        r"|^\s*no\b(?! later| more| less| fewer)[^.;:]*?\b(may)\b",
        re.IGNORECASE,
    ),
    "es": re.compile(
        r"\b(deber[áa]n?|queda(?:n)? prohibid[oa]s?|no podr[áa]n?|estar[áa]n? obligad[oa]s?)\b",
        re.IGNORECASE,
    ),
    "fr": re.compile(
        r"\b(doi(?:t|vent)|(?:est|sont) tenue?s?|(?:il )?est interdit|nul ne peut|"
        r"ne peu(?:t|vent))\b",
        re.IGNORECASE,
    ),
}
_ANYONE = {
    "en": re.compile(r"\b(no person|a person|every person|any person)\b", re.IGNORECASE),
    "es": re.compile(r"\b(nadie|toda persona|ninguna persona|queda(?:n)? prohibid)", re.IGNORECASE),
    "fr": re.compile(r"\b(nul|toute personne|il est interdit)\b", re.IGNORECASE),
}

_WORDS = {
    "en": {
        "offence": "offence under {item}; penalty under {penalty}",
        "title": "suspension or cancellation of the licence, registration or authorisation "
        "under {provision}",
        "law": "{description} ({cite})",
        "household": "none: households are not made liable",
        "person": "any person",
    },
    "es": {
        "offence": "infracción prevista en {item}; sanción prevista en {penalty}",
        "title": "suspensión o cancelación de la autorización o inscripción conforme a {provision}",
        "law": "{description} ({cite})",
        "household": "ninguna: los hogares no son sancionados",
        "person": "toda persona",
    },
    "fr": {
        "offence": "infraction prévue à {item} ; peine prévue à {penalty}",
        "title": "suspension ou retrait de l'agrément, de l'enregistrement ou de "
        "l'autorisation en application de {provision}",
        "law": "{description} ({cite})",
        "household": "aucune : les ménages ne sont pas sanctionnés",
        "person": "toute personne",
    },
}


@dataclass(frozen=True, slots=True, kw_only=True)
class Duty:
    """A provision that imposes a duty, its addressee (a term id, or "person"), its matter
    and the clause it comes from."""

    eid: str
    section: Provision
    unit: Provision
    addressee: str
    addressee_label: str
    matter: str
    clause: str

    @property
    def targets(self) -> tuple[str, ...]:
        """The symbolic targets by which an offence may name this duty."""
        if self.unit is self.section or not self.unit.key:
            return (self.clause,)
        return (f"{self.clause}/{self.unit.key}", self.clause)


def duties(
    instrument: Instrument, matters: Mapping[str, str], terms: Mapping[TermId, Term]
) -> tuple[Duty, ...]:
    """Every duty in the instrument, in document order; `matters` gives the matter of each
    section by eId (from the provenance), `terms` who each defined term names."""
    found = []
    for section in instrument.sections():
        if section.source == OFFENCES_CLAUSE:
            continue  # an offence provision punishes duties, it imposes none
        units = [c for c in section.children if c.level is ProvisionLevel.SUBSECTION]
        for unit in units or [section]:
            duty = _duty(section, unit, instrument.language, matters.get(section.eid, ""), terms)
            if duty is not None:
                found.append(duty)
    return tuple(found)


def _duty(
    section: Provision,
    unit: Provision,
    language: str,
    matter: str,
    terms: Mapping[TermId, Term],
) -> Duty | None:
    """The duty a unit imposes: on the first party its subject names (a producer, an
    operator...), or on any person when the subject is a thing ("E-waste shall not be
    burned") or "No person"; None for the administration's duties and for requirements
    on documents ("An application shall contain")."""
    if unit is section and any(c.definition for c in section.children):
        return None
    lead = _lead(unit)
    text = plain_text(lead)
    match = _DUTY[language].search(text)
    if match is None:
        return None
    before = [i for i in _before(lead, match.start()) if isinstance(i, TermRef)]
    party = next((t for t in before if terms[t.term].party), None)
    anyone = _ANYONE[language].search(text[: match.end()])
    if party is not None:
        kind = terms[party.term].party
        if kind == "administration":
            return None
        addressee, label = (HOUSEHOLD if kind == "household" else party.term), party.text
        if label[1:2].islower():  # "Producers shall ..." opens a sentence; the map lists it
            label = label[0].lower() + label[1:]
    elif before or anyone:
        addressee, label = "person", _WORDS[language]["person"]
    else:
        return None
    return Duty(
        eid=unit.eid,
        section=section,
        unit=unit,
        addressee=addressee,
        addressee_label=label,
        matter=matter,
        clause=section.source or "",
    )


def _lead(unit: Provision) -> tuple[Inline, ...]:
    """The unit's own words: its text, or for a list its lead-in and closing words."""
    return (*unit.content, *unit.after)


def _before(content: tuple[Inline, ...], offset: int) -> list[Inline]:
    out: list[Inline] = []
    seen = 0
    for inline in content:
        if seen >= offset:
            break
        out.append(inline)
        seen += len(inline.text)
    return out


HOUSEHOLD = "household"  # never made liable to a sanction


def sanction_map(
    instrument: Instrument,
    profile: Profile,
    terms: Mapping[TermId, Term],
    companion: Instrument | None = None,
    titles: Mapping[str, str] | None = None,
) -> tuple[SanctionEntry, ...]:
    """Each duty of the instrument with the sanction that answers it ("" when none does).

    `companion` is the bill a regulation is made under: its offences, which name the
    regulation's provisions by their clause, answer the regulation's duties too. `titles`
    gives, for the holders of a licence, registration or authorisation (by term), the
    provision that lets the authority suspend or cancel it."""
    language = instrument.language
    form = profile.bill.form if instrument.kind is InstrumentKind.BILL else profile.form
    templates = form.references[language]
    matters = {p.eid: p.matter for p in instrument.provenance}
    offences = _offences(instrument, templates)
    if companion is not None:
        bill_templates = profile.bill.form.references[language]
        title = profile.bill.law.title[language].replace(
            "{year}", str(companion.answers.get("year_made") or "20__")
        )
        for target, (item, penalty) in _offences(companion, bill_templates).items():
            offences.setdefault(
                target,
                tuple(  # type: ignore[arg-type]
                    templates["external"].format(ref=cited, instrument=title)
                    for cited in (item, penalty)
                ),
            )
    entries = []
    for duty in duties(instrument, matters, terms):
        label = _label(duty, templates)
        sanction, source, key, verify = _answer(duty, offences, profile, language, titles or {})
        sanction = contract(sanction, language)
        entries.append(
            SanctionEntry(
                eid=duty.eid,
                label=label,
                addressee=duty.addressee_label,
                sanction=sanction,
                source=source,
                key=key,
                verify=verify,
            )
        )
    return tuple(entries)


def _answer(
    duty: Duty,
    offences: Mapping[str, tuple[str, str]],
    profile: Profile,
    language: str,
    titles: Mapping[str, str],
) -> tuple[str, str, str, bool]:
    words = _WORDS[language]
    if duty.addressee == HOUSEHOLD:
        return words["household"], "", HOUSEHOLD, False  # not a gap: households are exempt
    for target in duty.targets:
        if target in offences:
            item, penalty = offences[target]
            return (
                words["offence"].format(item=item, penalty=penalty),
                item,
                OFFENCES_CLAUSE,
                False,
            )
    punishments = (SanctionType.OFFENCE, SanctionType.ADMINISTRATIVE_FINE)
    for sanction in _by_preference(profile):
        if sanction.type in punishments and not sanction.general and _answers(sanction, duty):
            return _law_sanction(sanction, profile, language)
    if duty.addressee in titles:
        cited = titles[duty.addressee]
        return words["title"].format(provision=cited), cited, "title", False
    for sanction in _by_preference(profile):
        if _answers(sanction, duty):
            return _law_sanction(sanction, profile, language)
    return "", "", "", False


def _law_sanction(
    sanction: Sanction, profile: Profile, language: str
) -> tuple[str, str, str, bool]:
    text = _WORDS[language]["law"].format(
        description=sanction.description.get(language, ""),
        cite=_cite(sanction, profile, language),
    )
    return text, sanction.source, sanction.key, sanction.verify


_PREFERENCE = (
    SanctionType.OFFENCE,
    SanctionType.ADMINISTRATIVE_FINE,
    SanctionType.SUSPENSION,
    SanctionType.COMPLIANCE_ORDER,
)


def _by_preference(profile: Profile) -> Iterator[Sanction]:
    """Specific sanctions first, by type; general penalties last."""
    for general in (False, True):
        for kind in _PREFERENCE:
            yield from (
                s for s in profile.sanctions.values() if s.type is kind and s.general is general
            )


def _answers(sanction: Sanction, duty: Duty) -> bool:
    if sanction.general:
        return True
    concerned = duty.matter in sanction.covers or any(t in sanction.clauses for t in duty.targets)
    if sanction.type in (SanctionType.SUSPENSION, SanctionType.COMPLIANCE_ORDER):
        scoped = bool(sanction.covers or sanction.clauses)
        return duty.addressee in sanction.holders and (concerned or not scoped)
    return concerned


def _cite(sanction: Sanction, profile: Profile, language: str) -> str:
    law = profile.laws.get(sanction.law)
    return sanction.cite if law is None else law.cited[language].replace("{cite}", sanction.cite)


def _offences(instrument: Instrument, templates: Mapping[str, str]) -> dict[str, tuple[str, str]]:
    """The provisions the instrument's offences name, by clause target ("clause-id",
    "clause-id/key"): target -> (the offence, its penalty), as cited."""
    section = next((s for s in instrument.sections() if s.source == OFFENCES_CLAUSE), None)
    if section is None:
        return {}
    out: dict[str, tuple[str, str]] = {}
    subsections = [c for c in section.children if c.level is ProvisionLevel.SUBSECTION]
    for i, sub in enumerate(subsections):
        if not sub.children:
            continue
        penalty = _penalty_for(subsections[i + 1 :], sub, section, templates)
        for item in sub.children:
            cited = templates["paragraph"].format(
                section=section.num, subsection=sub.num, paragraph=item.num
            )
            for ref in references_in(item):
                out.setdefault(ref.target, (cited, penalty))
    return out


def _penalty_for(
    later: list[Provision], sub: Provision, section: Provision, templates: Mapping[str, str]
) -> str:
    """The sub-provision that sets the penalty for the offences of `sub`: the first later one
    that refers back to it."""
    for candidate in later:
        if any(r.eid == sub.eid for r in _refs(candidate)):
            return templates["subsection"].format(section=section.num, subsection=candidate.num)
    return templates["subsection"].format(section=section.num, subsection=sub.num)


def _refs(provision: Provision) -> Iterator[CrossRef]:
    yield from references_in(provision)


def _label(duty: Duty, templates: Mapping[str, str]) -> str:
    if duty.unit is duty.section:
        return templates["section"].format(section=duty.section.num)
    return templates["subsection"].format(section=duty.section.num, subsection=duty.unit.num)


def unsanctioned(instrument: Instrument) -> tuple[SanctionEntry, ...]:
    """The duties no sanction answers."""
    return tuple(e for e in instrument.sanctions if not e.sanction)
