"""Instrument -> HTML preview, built with lxml (escaped by construction), anchored by eId."""

from __future__ import annotations

import base64
from collections.abc import Iterable

from lxml import etree
from lxml.html import builder as E  # noqa: N812 - lxml's conventional name

from drafting.model import (
    CrossRef,
    FactText,
    Inline,
    Instrument,
    ParamText,
    Provision,
    ProvisionLevel,
    Schedule,
    TableBlock,
    TermRef,
)
from drafting.render.figures import alt_text, figure_bytes

_STYLE = "\n".join(
    (
        ".instrument{font-family:Georgia,'Times New Roman',serif;max-width:46rem;margin:auto}",
        ".instrument{line-height:1.45;color:#1d2733}",
        ".instrument header{text-align:center}",
        ".instrument .cover,.instrument .number{font-weight:bold;margin:.2rem}",
        ".instrument h1{font-size:1.3rem}",
        ".instrument .subtitle{font-style:italic}",
        ".instrument .part>h2{text-align:center;font-size:1.05rem}",
        ".instrument .part>h2 .heading{display:block}",
        ".instrument .provision>h3{font-size:1rem;margin:1rem 0 .3rem}",
        ".instrument .provision p{margin:.3rem 0;text-align:justify}",
        ".instrument .level-paragraph,.instrument .definition{margin-left:2.2rem}",
        ".instrument .level-subparagraph{margin-left:4rem}",
        ".instrument .num{font-weight:normal;margin-right:.4rem}",
        ".instrument mark.verify{background:#fff1a8}",
        ".instrument a.ref{color:#1a4f8b}",
        ".instrument .schedule{border-top:1px solid #99a;margin-top:2rem}",
        ".instrument figure.figure{text-align:center;margin:.6rem 0}",
        ".instrument figure.figure img{width:5rem;height:auto}",
        ".instrument table{border-collapse:collapse;width:100%}",
        ".instrument td,.instrument th{border:1px solid #99a;padding:.25rem .4rem;text-align:left}",
        ".instrument .signature{margin:2rem 0 0 55%}",
        ".instrument :target{background:#eef5ff}",
        ".instrument .preamble-heading,.instrument .preamble-formula{font-weight:bold}",
        ".instrument .preamble-proclamation{font-weight:bold;text-align:center}",
    )
)


def render_html(instrument: Instrument) -> str:
    """The instrument as an HTML fragment (an <article>), every provision anchored by its eId."""
    return str(etree.tostring(_article(instrument), encoding="unicode", method="html"))


def render_html_page(instrument: Instrument) -> str:
    """A standalone HTML page of the instrument, with its own style sheet."""
    page = E.HTML(
        E.HEAD(E.META(charset="utf-8"), E.TITLE(instrument.title), E.STYLE(_STYLE)),
        E.BODY(_article(instrument)),
        lang=instrument.language,
    )
    return "<!doctype html>\n" + str(etree.tostring(page, encoding="unicode", method="html"))


def _article(instrument: Instrument) -> etree._Element:
    article = E.ARTICLE(
        {"class": "instrument", "lang": instrument.language, "data-country": instrument.country}
    )
    header = etree.SubElement(article, "header")
    for line in instrument.cover:
        header.append(E.P(line, {"class": "cover"}))
    if instrument.number_line:
        header.append(E.P(instrument.number_line, {"class": "number"}))
    for line in instrument.above_title:
        header.append(E.P(line, {"class": "subtitle"}))
    header.append(E.H1(instrument.title))
    for line in instrument.subtitle:
        header.append(E.P(line, {"class": "subtitle"}))
    if instrument.preamble:
        preamble = etree.SubElement(article, "section", {"class": "preamble", "id": "preamble"})
        for recital in instrument.preamble:
            preamble.append(_p(recital.content, f"preamble-{recital.role}"))
    for item in instrument.body:
        if item.level is ProvisionLevel.PART:
            article.append(_part(item))
        else:
            article.append(_provision(item))
    signature = E.DIV({"class": "signature"}, *(E.P(line) for line in instrument.signature))
    if instrument.signature and not instrument.signature_after_schedules:
        article.append(signature)
    for schedule in instrument.schedules:
        article.append(_schedule(schedule))
    if instrument.signature and instrument.signature_after_schedules:
        article.append(signature)
    for figure in article.iter("figure"):
        figure_id = figure.get("data-figure", "")
        source = base64.b64encode(figure_bytes(figure_id, "svg")).decode("ascii")
        alt = alt_text(figure_id, instrument.language)
        figure.append(E.IMG({"src": f"data:image/svg+xml;base64,{source}", "alt": alt}))
    return article


def _part(part: Provision) -> etree._Element:
    section = E.SECTION({"class": "part", "id": part.eid})
    section.append(
        E.H2(
            E.SPAN(part.label, {"class": "label"}), E.SPAN(part.heading or "", {"class": "heading"})
        )
    )
    for child in part.children:
        section.append(_provision(child))
    return section


def _provision(provision: Provision) -> etree._Element:
    section = E.SECTION({"class": "provision", "id": provision.eid})
    section.append(E.H3(E.SPAN(provision.label, {"class": "num"}), provision.heading or ""))
    if provision.content:
        section.append(_p(provision.content))
    for child in provision.children:
        section.append(_child(child))
    if provision.after:
        section.append(_p(provision.after))
    return section


def _child(provision: Provision) -> etree._Element:
    kind = "definition" if provision.definition else f"level-{provision.level.value}"
    div = E.DIV({"class": kind, "id": provision.eid})
    paragraph = _p(provision.content)
    if provision.label:
        num = E.SPAN(provision.label, {"class": "num"})
        num.tail = paragraph.text
        paragraph.text = None
        paragraph.insert(0, num)
    div.append(paragraph)
    if provision.figure:
        div.append(E.FIGURE({"class": "figure", "data-figure": provision.figure}))
    for child in provision.children:
        div.append(_child(child))
    if provision.after:
        div.append(_p(provision.after))
    return div


def _schedule(schedule: Schedule) -> etree._Element:
    section = E.SECTION({"class": "schedule", "id": schedule.eid})
    section.append(E.H2(schedule.label))
    if schedule.referred_by:
        section.append(E.P(schedule.referred_by, {"class": "referred-by"}))
    section.append(E.H3(schedule.heading))
    for item in schedule.content:
        if isinstance(item, TableBlock):
            table = E.TABLE(E.THEAD(E.TR(*(E.TH(c) for c in item.columns))))
            table.append(E.TBODY(*(E.TR(*(E.TD(cell) for cell in row)) for row in item.rows)))
            section.append(table)
        else:
            section.append(_child(item))
    return section


def _p(content: Iterable[Inline], css: str | None = None) -> etree._Element:
    paragraph = E.P({"class": css}) if css else E.P()
    last: etree._Element | None = None
    for inline in content:
        element = _inline(inline)
        if element is None:
            if last is None:
                paragraph.text = (paragraph.text or "") + inline.text
            else:
                last.tail = (last.tail or "") + inline.text
            continue
        paragraph.append(element)
        last = element
    return paragraph


def _inline(inline: Inline) -> etree._Element | None:
    match inline:
        case CrossRef(instrument=elsewhere, eid=eid, text=text) if elsewhere:
            return E.SPAN(
                text, {"class": "ref external", "data-instrument": elsewhere, "data-eid": eid}
            )
        case CrossRef(eid=eid, text=text):
            return E.A(text, {"class": "ref", "href": f"#{eid}"})
        case TermRef(term=term, text=text):
            return E.SPAN(text, {"class": "term", "data-term": term})
        case FactText(verify=True, text=text, source=source, path=path):
            return E.MARK(
                text, {"class": "verify", "title": f"To confirm — {source}", "data-fact": path}
            )
        case FactText(text=text, path=path):
            return E.SPAN(text, {"class": "fact", "data-fact": path})
        case ParamText(name=name, text=text):
            return E.SPAN(text, {"class": "param", "data-param": name})
    return None
