"""Fixtures of the redline tests: Word pairs built from our example drafts and edits."""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, datetime

from lxml import etree

from drafting.importer.ooxml import W, read_document
from drafting.importer.safety import open_package
from drafting.library import ClauseLibrary
from drafting.model import Instrument, Provision, ProvisionLevel, Text
from drafting.numbering import number_provisions
from drafting.redline.review import accept_all, document_paragraphs, reject_all
from drafting.redline.tracked import visible_text
from drafting.references import references_in, resolve_references
from drafting.render.docx import render_docx

DATE = datetime(2026, 11, 29, 12, 0, tzinfo=UTC)
AUTHOR = "Legal counsel"
NS = {"w": W}


def docx(instrument: Instrument) -> bytes:
    # Without the drafting-notes annex: its entries are keyed by eId, which the edits
    # below do not renumber.
    return render_docx(instrument, drafting_notes=False)


def paragraphs(data: bytes) -> list[str]:
    """A document's paragraphs as the importer reads them (tracked changes accepted)."""
    return document_paragraphs(read_document(open_package(data)))


def document_xml(data: bytes) -> etree._Element:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return etree.fromstring(archive.read("word/document.xml"))


def _walk(provisions: tuple[Provision, ...]) -> Iterator[Provision]:
    for p in provisions:
        yield p
        yield from _walk(p.children)


def renumbered(instrument: Instrument, library: ClauseLibrary, body: tuple[Provision, ...]):
    """The instrument with a new body, numbered and its references resolved again, as
    assembly does after the drafter's edit."""
    outside = {r.target: r for p in _walk(instrument.body) for r in references_in(p)}
    form = library.profile(instrument.country).form
    numbered = number_provisions(replace(instrument, body=body), form)
    return resolve_references(numbered, form, outside.get)


def new_section(heading: str, text: str) -> Provision:
    return Provision(
        eid="new",
        level=ProvisionLevel.SECTION,
        num="",
        label="",
        heading=heading,
        content=(Text(text=text),),
    )


def with_section(
    instrument: Instrument, library: ClauseLibrary, section: Provision, part: int, at: int
) -> Instrument:
    """`section` inserted as the `at`-th section of part `part` (0-based)."""
    body = list(instrument.body)
    owner = body[part]
    body[part] = replace(owner, children=(*owner.children[:at], section, *owner.children[at:]))
    return renumbered(instrument, library, tuple(body))


def with_move(
    instrument: Instrument, library: ClauseLibrary, part: int, source: int, target: int
) -> Instrument:
    """The `source`-th section of part `part` moved to position `target` of that part."""
    body = list(instrument.body)
    children = list(body[part].children)
    children.insert(target, children.pop(source))
    body[part] = replace(body[part], children=tuple(children))
    return renumbered(instrument, library, tuple(body))


def revisions(root: etree._Element) -> list[etree._Element]:
    return root.xpath(
        "//w:ins|//w:del|//w:moveFrom|//w:moveTo|//w:moveFromRangeStart|//w:moveToRangeStart",
        namespaces=NS,
    )


def whole_paragraphs(root: etree._Element, mark: str) -> list[str]:
    """Texts of the paragraphs whose own mark is tracked as `mark` ("ins", "del"...)."""
    found = root.xpath(f"//w:body//w:p[w:pPr/w:rPr/w:{mark}]", namespaces=NS)
    side = reject_all if mark in ("del", "moveFrom") else accept_all
    return [visible_text(side(p)) for p in found]


def changed_words(root: etree._Element) -> list[tuple[str, str]]:
    """(deleted, inserted) pairs of the word-level changes inside surviving paragraphs."""
    out: list[tuple[str, str]] = []
    for p in root.xpath(
        "//w:body//w:p[not(w:pPr/w:rPr/w:ins or w:pPr/w:rPr/w:del)]", namespaces=NS
    ):
        for d in p.xpath(".//w:del", namespaces=NS):
            following = d.getnext()
            inserted = (
                "".join(following.xpath(".//w:t/text()", namespaces=NS))
                if following is not None and following.tag == f"{{{W}}}ins"
                else ""
            )
            out.append(("".join(d.xpath(".//w:delText/text()", namespaces=NS)), inserted))
        for i in p.xpath(".//w:ins", namespaces=NS):
            previous = i.getprevious()
            if previous is None or previous.tag != f"{{{W}}}del":
                out.append(("", "".join(i.xpath(".//w:t/text()", namespaces=NS))))
    return out


NUMBER = re.compile(r"\d+°?")
