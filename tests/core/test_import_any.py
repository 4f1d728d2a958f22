"""Any regulation in Word imports: plainly typed or styled, numbered by hand or by Word's
automatic numbering, with tracked changes, comments, text boxes, footnotes, fields and
content controls; hostile, corrupt and foreign files are refused with a coded error."""

from __future__ import annotations

import io
import zipfile

import pytest
from docx import Document
from docx.opc.constants import CONTENT_TYPE as CT
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from hypothesis import given, settings
from hypothesis import strategies as st

from drafting.checker.document import build
from drafting.errors import Code, DocxImportError
from drafting.importer import safety
from drafting.importer.docx import guess_language, import_docx
from drafting.model import Instrument, Provision, TableBlock, plain_text

W = nsdecls("w")
_MC = (
    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
    'xmlns:v="urn:schemas-microsoft-com:vml" '
    'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"'
)


# --- building documents ------------------------------------------------------------------------


def word(*blocks: str | tuple[str, str], numbering: str = "", styles: str = "") -> bytes:
    """A .docx whose body holds `blocks` in order: a string is a Normal paragraph, a
    (style, text) pair a paragraph in that style, and a string starting with "<" raw
    WordprocessingML (a w:p or w:tbl declaring its namespaces). `numbering` holds
    w:abstractNum and w:num elements, `styles` w:style elements, added to the parts."""
    document = Document()
    if styles:
        part = document.styles.element
        for element in parse_xml(f"<w:styles {W}>{styles}</w:styles>"):
            part.append(element)
    body = document.element.body
    end = body.find(qn("w:sectPr"))
    for block in blocks:
        if isinstance(block, tuple):
            document.add_paragraph(block[1], style=block[0])
        elif block.startswith("<"):
            end.addprevious(parse_xml(block))
        else:
            document.add_paragraph(block)
    if numbering:
        part = document.part.numbering_part.element
        for element in parse_xml(f"<w:numbering {W}>{numbering}</w:numbering>"):
            if element.tag == qn("w:abstractNum"):
                first = part.find(qn("w:num"))
                if first is not None:
                    first.addprevious(element)
                else:
                    part.append(element)
            else:
                part.append(element)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def p(inner: str, ppr: str = "") -> str:
    """A raw paragraph: `inner` runs and their containers, `ppr` its properties."""
    return f"<w:p {W} {_MC}><w:pPr>{ppr}</w:pPr>{inner}</w:p>"


def r(text: str, rpr: str = "") -> str:
    return f'<w:r><w:rPr>{rpr}</w:rPr><w:t xml:space="preserve">{text}</w:t></w:r>'


def numbered(text: str, num_id: int, ilvl: int = 0, style: str = "") -> str:
    style_el = f'<w:pStyle w:val="{style}"/>' if style else ""
    return p(
        r(text),
        f'{style_el}<w:numPr><w:ilvl w:val="{ilvl}"/><w:numId w:val="{num_id}"/></w:numPr>',
    )


def abstract(abstract_id: int, *levels: tuple[str, str], extra: str = "") -> str:
    """A w:abstractNum: one (w:numFmt, w:lvlText) per level, each starting at 1."""
    body = "".join(
        f'<w:lvl w:ilvl="{i}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/>'
        f'<w:lvlText w:val="{text}"/>{extra if i == 0 else ""}</w:lvl>'
        for i, (fmt, text) in enumerate(levels)
    )
    return f'<w:abstractNum w:abstractNumId="{abstract_id}">{body}</w:abstractNum>'


def num(num_id: int, abstract_id: int, overrides: str = "") -> str:
    return f'<w:num w:numId="{num_id}"><w:abstractNumId w:val="{abstract_id}"/>{overrides}</w:num>'


def rezip(data: bytes, replace: dict[str, bytes] | None = None, **add: bytes) -> bytes:
    """The package `data` with some parts replaced and others added (by name)."""
    replace = replace or {}
    out = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(data)) as src,
        zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst,
    ):
        for info in src.infolist():
            dst.writestr(info.filename, replace.get(info.filename, src.read(info.filename)))
        for name, blob in add.items():
            dst.writestr(name.replace("__", "/"), blob)
    return out.getvalue()


def sections(instrument: Instrument) -> list[tuple[str, str | None, str]]:
    return [(s.num, s.heading, plain_text(s.content)) for s in instrument.sections()]


def children(provision: Provision) -> list[tuple[str, str, str]]:
    return [(c.level.value, c.label, plain_text(c.content)) for c in provision.children]


def terms(instrument: Instrument) -> list[str]:
    return [d.term for d in build(instrument).definitions]


def paragraphs_text(data: bytes) -> list[str]:
    """The texts the importer reads, through a document whose lines are all schedule
    lines (so each paragraph is kept as it is)."""
    instrument = import_docx(data)
    return [plain_text(c.content) for s in instrument.schedules for c in s.content]  # type: ignore[union-attr]


def as_schedule(*blocks: str | tuple[str, str], numbering: str = "") -> bytes:
    """A document whose only content is a schedule of `blocks`: each line is kept whole."""
    return word("SCHEDULE 1", "Lines", *blocks, numbering=numbering)


# --- refused files -----------------------------------------------------------------------------


def refused(data: bytes) -> DocxImportError:
    with pytest.raises(DocxImportError) as exc:
        import_docx(data)
    assert exc.value.message, "every refusal says what is wrong"
    assert exc.value.hint, "and what to do"
    return exc.value


def test_empty_file_is_unreadable():
    error = refused(b"")

    assert error.code is Code.UNREADABLE_DOCX
    assert "empty" in error.message


def test_random_bytes_are_unreadable():
    error = refused(bytes(range(256)) * 40)

    assert error.code is Code.UNREADABLE_DOCX
    assert "not a Word document" in error.message


def test_truncated_zip_is_unreadable():
    data = word("1. These Regulations may be cited as the Test Regulations.")

    error = refused(data[: len(data) // 2])

    assert error.code is Code.UNREADABLE_DOCX
    assert "damaged" in error.message


def test_corrupt_part_is_unreadable():
    data = bytearray(word("1. Text of the provision."))
    start = data.index(b"word/document.xml") + len(b"word/document.xml")  # its local header
    data[start + 10 : start + 40] = b"\x00" * 30  # inside the packed document part

    error = refused(bytes(data))

    assert error.code is Code.UNREADABLE_DOCX


def test_upload_above_the_size_limit_is_too_large():
    error = refused(b"PK" + b"\0" * safety.MAX_FILE_BYTES)

    assert error.code is Code.DOCX_TOO_LARGE
    assert "MB" in error.message


def test_zip_bomb_of_300_mb_is_refused_before_unpacking():
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as archive:
        archive.writestr("[Content_Types].xml", b"<Types/>")
        with archive.open("word/document.xml", "w", force_zip64=True) as member:
            chunk = b"\0" * (1 << 20)
            for _ in range(300):
                member.write(chunk)

    error = refused(buffer.getvalue())

    assert error.code is Code.DOCX_TOO_LARGE
    assert "zip bomb" in error.message


def test_part_packed_beyond_the_ratio_is_refused():
    data = rezip(word("1. Text."), **{"word__media__image1.png": b"\0" * (2 << 20)})

    error = refused(data)

    assert error.code is Code.DOCX_TOO_LARGE
    assert "word/media/image1.png" in error.message


def test_package_of_too_many_parts_is_refused():
    extra = {f"extra__part{i}.bin": b"" for i in range(safety.MAX_ENTRIES + 1)}

    error = refused(rezip(word("1. Text."), **extra))

    assert error.code is Code.DOCX_TOO_LARGE


_BILLION_LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
 <!ENTITY lol9 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
]>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
<w:body><w:p><w:r><w:t>&lol9;</w:t></w:r></w:p></w:body></w:document>"""

_EXTERNAL_ENTITY = b"""<?xml version="1.0"?>
<!DOCTYPE d [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
<w:body><w:p><w:r><w:t>1. &xxe;</w:t></w:r></w:p></w:body></w:document>"""


@pytest.mark.parametrize("part", [_BILLION_LAUGHS, _EXTERNAL_ENTITY], ids=["laughs", "xxe"])
def test_entity_declarations_are_hostile(part):
    error = refused(rezip(word("1. Text."), {"word/document.xml": part}))

    assert error.code is Code.HOSTILE_DOCX
    assert "word/document.xml" in error.message


def test_a_dtd_in_a_part_the_importer_does_not_read_is_hostile():
    data = rezip(word("1. Text."), **{"customXml__item9.xml": _EXTERNAL_ENTITY})

    assert refused(data).code is Code.HOSTILE_DOCX


def test_a_dtd_in_utf16_is_hostile():
    data = rezip(
        word("1. Text."), {"word/document.xml": _EXTERNAL_ENTITY.decode().encode("utf-16")}
    )

    assert refused(data).code is Code.HOSTILE_DOCX


def test_main_document_outside_the_package_is_hostile():
    rels = (
        b'<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/'
        b'2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/'
        b'officeDocument/2006/relationships/officeDocument" Target="file:///etc/passwd" '
        b'TargetMode="External"/></Relationships>'
    )

    assert refused(rezip(word("1. Text."), {"_rels/.rels": rels})).code is Code.HOSTILE_DOCX


def test_encrypted_office_file_is_password_protected():
    header = safety.OLE_MAGIC + b"\0" * 504
    names = "".join(f"{n}\0" for n in ("EncryptionInfo", "EncryptedPackage")).encode("utf-16-le")

    error = refused(header + names + b"\0" * 1024)

    assert error.code is Code.ENCRYPTED_DOCX
    assert "password" in error.message


def test_bare_compound_file_is_taken_as_password_protected():
    assert refused(safety.OLE_MAGIC + b"\0" * 2048).code is Code.ENCRYPTED_DOCX


def test_word_97_document_is_another_kind_of_file():
    data = safety.OLE_MAGIC + b"\0" * 504 + "WordDocument\0".encode("utf-16-le") + b"\0" * 512

    error = refused(data)

    assert error.code is Code.UNKNOWN_DOCUMENT
    assert ".doc" in error.message


def test_encrypted_zip_member_is_password_protected():
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("word/document.xml", b"<w:document/>")
    data = bytearray(buffer.getvalue())
    # zipfile writes no encrypted member: set bit 0 of the flags (the "encrypted" bit) in
    # the local header (offset 6) and in the central directory entry (offset 8).
    data[6] |= 0x1
    data[data.index(b"PK\x01\x02") + 8] |= 0x1

    assert refused(bytes(data)).code is Code.ENCRYPTED_DOCX


@pytest.mark.parametrize(
    ("names", "what"),
    [(("mimetype", "content.xml"), "OpenDocument"), (("notes.txt",), "zip archive")],
)
def test_zip_that_is_not_a_word_package(names, what):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name in names:
            archive.writestr(name, b"x")

    error = refused(buffer.getvalue())

    assert error.code is Code.UNKNOWN_DOCUMENT
    assert what in error.message


def test_office_package_without_a_word_document():
    workbook = b'<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"/>'

    error = refused(rezip(word("x"), {"word/document.xml": workbook}))

    assert error.code is Code.UNKNOWN_DOCUMENT


def test_malformed_xml_is_unreadable():
    data = rezip(word("1. Text."), {"word/document.xml": b"<w:document><w:body>"})

    assert refused(data).code is Code.UNREADABLE_DOCX


# --- text as Word displays it -------------------------------------------------------------------


def test_tracked_changes_read_as_accepted():
    data = as_schedule(
        p(
            r("The producer shall ")
            + f'<w:ins w:id="1" w:author="A" w:date="2026-01-01T00:00:00Z">{r("promptly ")}</w:ins>'
            + '<w:del w:id="2" w:author="A" w:date="2026-01-01T00:00:00Z"><w:r><w:delText>'
            "never </w:delText></w:r></w:del>"
            + r("register")
            + f'<w:moveTo w:id="3" w:author="A" w:date="2026-01-01T00:00:00Z">{r(" within 30 days")}</w:moveTo>'
            + '<w:moveFrom w:id="4" w:author="A" w:date="2026-01-01T00:00:00Z">'
            + r(" at once")
            + "</w:moveFrom>"
            + r(".")
        )
    )

    assert paragraphs_text(data) == ["The producer shall promptly register within 30 days."]


def test_paragraph_whose_mark_is_deleted_joins_the_next():
    mark = '<w:rPr><w:del w:id="9" w:author="A" w:date="2026-01-01T00:00:00Z"/></w:rPr>'
    data = as_schedule(p(r("The first half "), mark), "and the second half.", "Another line.")

    assert paragraphs_text(data) == ["The first half and the second half.", "Another line."]


def test_paragraph_deleted_entirely_is_gone():
    mark = '<w:rPr><w:del w:id="9" w:author="A" w:date="2026-01-01T00:00:00Z"/></w:rPr>'
    deleted = '<w:del w:id="8" w:author="A" w:date="2026-01-01T00:00:00Z"><w:r><w:delText>Gone.</w:delText></w:r></w:del>'
    data = as_schedule("Kept.", p(deleted, mark), "Also kept.")

    assert paragraphs_text(data) == ["Kept.", "Also kept."]


def test_text_box_is_not_mixed_into_its_paragraph():
    box = (
        '<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:anchor>'
        "<a:graphic><a:graphicData><wps:wsp><wps:txbx><w:txbxContent><w:p><w:r><w:t>"
        "BOX TEXT</w:t></w:r></w:p></w:txbxContent></wps:txbx></wps:wsp></a:graphicData>"
        "</a:graphic></wp:anchor></w:drawing></mc:Choice><mc:Fallback><w:pict><v:shape>"
        "<v:textbox><w:txbxContent><w:p><w:r><w:t>BOX TEXT</w:t></w:r></w:p></w:txbxContent>"
        "</v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>"
    )
    data = as_schedule(p(r("Before the box, ") + box + r("after it.")))

    assert paragraphs_text(data) == ["Before the box, after it."]


def test_comments_and_footnote_marks_are_not_text():
    document = Document()
    paragraph = document.add_paragraph("1. Every producer shall register")
    document.add_comment(paragraph.runs, text="Check the period", author="Reviewer")
    paragraph._p.append(
        parse_xml(
            f'<w:r {W}><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteReference w:id="1"/></w:r>'
        )
    )
    paragraph.add_run(" with the Agency.")
    footnotes = (
        f'<w:footnotes {W}><w:footnote w:id="1"><w:p><w:r><w:t>A footnote that must not '
        "appear.</w:t></w:r></w:p></w:footnote></w:footnotes>"
    ).encode()
    part = Part(PackURI("/word/footnotes.xml"), CT.WML_FOOTNOTES, footnotes, document.part.package)
    document.part.relate_to(part, RT.FOOTNOTES)
    buffer = io.BytesIO()
    document.save(buffer)

    imported = import_docx(buffer.getvalue())

    assert sections(imported) == [("1", None, "Every producer shall register with the Agency.")]


def test_fields_hyperlinks_smart_tags_and_content_controls_show_their_text():
    field = (
        '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve">'
        ' REF _Ref1 \\h </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>'
        + r("regulation 4")
        + '<w:r><w:fldChar w:fldCharType="end"/></w:r>'
    )
    link = f'<w:hyperlink w:anchor="x">{r("the Agency")}</w:hyperlink>'
    simple = f'<w:fldSimple w:instr=" DOCPROPERTY Minister ">{r("the Minister")}</w:fldSimple>'
    tag = f'<w:smartTag w:uri="u" w:element="place">{r("Lusaka")}</w:smartTag>'
    control = f'<w:sdt><w:sdtPr><w:alias w:val="Days"/></w:sdtPr><w:sdtContent>{r("thirty")}</w:sdtContent></w:sdt>'
    placeholder = (
        "<w:sdt><w:sdtPr><w:showingPlcHdr/></w:sdtPr><w:sdtContent>"
        + r("Click here to enter text.")
        + "</w:sdtContent></w:sdt>"
    )
    hidden = r("HIDDEN", "<w:vanish/>")
    block_control = (
        f"<w:sdt {W}><w:sdtPr/><w:sdtContent>"
        + p(r("In a block content control."))
        + "</w:sdtContent></w:sdt>"
    )
    data = as_schedule(
        p(
            r("Under ")
            + field
            + r(", ")
            + link
            + r(" tells ")
            + simple
            + r(" in ")
            + tag
            + r(" within ")
            + control
            + placeholder
            + hidden
            + r(" days.")
        ),
        block_control,
    )

    assert paragraphs_text(data) == [
        "Under regulation 4, the Agency tells the Minister in Lusaka within thirty days.",
        "In a block content control.",
    ]


def test_line_breaks_typed_in_a_paragraph_separate_lines():
    data = word(
        "The Test Regulations, 2026",
        p(r("PART II") + "<w:r><w:br/></w:r>" + r("REGISTRATION")),
        "1. Every producer shall register.",
    )

    imported = import_docx(data)

    assert [(part.label, part.heading) for part in imported.body] == [("PART II", "REGISTRATION")]


def test_tables_among_provisions_do_not_break_the_import():
    document = Document()
    document.add_paragraph("The Fees Regulations, 2026")
    document.add_paragraph("1. Fees")
    document.add_paragraph("(1) The fees are set out below.")
    table = document.add_table(rows=2, cols=2)
    table.cell(0, 0).text, table.cell(0, 1).text = "Item", "Fee"
    table.cell(1, 0).text, table.cell(1, 1).text = "2. Registration", "100"
    document.add_paragraph("(2) Fees are paid to the Agency.")
    document.add_paragraph("2. Commencement")
    document.add_paragraph("These Regulations come into force on 1 July 2026.")
    buffer = io.BytesIO()
    document.save(buffer)

    imported = import_docx(buffer.getvalue())

    first = imported.sections()[0]
    assert [c.label for c in first.children] == ["(1)", "(2)"]
    assert sections(imported)[1] == (
        "2",
        "Commencement",
        "These Regulations come into force on 1 July 2026.",
    )


def test_a_regulation_laid_out_in_a_table_is_read_from_its_cells():
    document = Document()
    document.add_paragraph("The Test Regulations, 2026")
    table = document.add_table(rows=3, cols=2)
    for row, (number, text) in enumerate(
        [("1.", "Citation"), ("", "These are the Test Regulations."), ("2.", "Producers register.")]
    ):
        table.cell(row, 0).text, table.cell(row, 1).text = number, text
    buffer = io.BytesIO()
    document.save(buffer)

    imported = import_docx(buffer.getvalue())

    assert sections(imported) == [
        ("1", "Citation", "These are the Test Regulations."),
        ("2", None, "Producers register."),
    ]


def test_tables_in_a_schedule_are_kept():
    document = Document()
    document.add_paragraph("1. Fees are set out in the Schedule.")
    document.add_paragraph("SCHEDULE")
    document.add_paragraph("FEES")
    table = document.add_table(rows=2, cols=2)
    table.cell(0, 0).text, table.cell(0, 1).text = "Item", "Fee"
    table.cell(1, 0).text, table.cell(1, 1).text = "Registration", "100"
    buffer = io.BytesIO()
    document.save(buffer)

    (schedule,) = import_docx(buffer.getvalue()).schedules

    assert (schedule.label, schedule.heading) == ("SCHEDULE", "FEES")
    assert schedule.content == (
        TableBlock(columns=("Item", "Fee"), rows=(("Registration", "100"),)),
    )


# --- Word's automatic numbering -----------------------------------------------------------------


def test_automatic_numbers_count_like_typed_ones():
    numbering = abstract(1, ("decimal", "%1."), ("decimal", "(%2)"), ("lowerLetter", "(%3)")) + num(
        7, 1
    )
    data = word(
        "The Test Regulations, 2026",
        numbered("Interpretation", 7),
        "In these Regulations—",
        "“Agency” means the Environment Agency;",
        numbered("Registration of producers", 7),
        numbered("Every producer shall register with the Agency.", 7, 1),
        numbered("An application shall state—", 7, 1),
        numbered("the producer's name;", 7, 2),
        numbered("the categories of equipment.", 7, 2),
        numbered("Returns", 7),
        numbered("Every producer shall submit a return—", 7, 1),
        numbered("each quarter; and", 7, 2),
        numbering=numbering,
    )

    imported = import_docx(data)

    assert [(s.num, s.label, s.heading) for s in imported.sections()] == [
        ("1", "1.", "Interpretation"),
        ("2", "2.", "Registration of producers"),
        ("3", "3.", "Returns"),
    ]
    registration, returns = imported.sections()[1:]
    assert [c.label for c in registration.children] == ["(1)", "(2)"]
    assert children(registration.children[1]) == [
        ("paragraph", "(a)", "the producer's name;"),
        ("paragraph", "(b)", "the categories of equipment."),
    ]
    # Deeper levels start again under each new provision.
    assert [c.label for c in returns.children] == ["(1)"]
    assert [c.label for c in returns.children[0].children] == ["(a)"]
    assert terms(imported) == ["Agency"]


def test_numbering_inherited_from_a_paragraph_style():
    styles = (
        '<w:style w:type="paragraph" w:styleId="ProvisionNo"><w:name w:val="Provision No"/>'
        '<w:pPr><w:numPr><w:numId w:val="3"/></w:numPr></w:pPr></w:style>'
    )
    data = word(
        "The Test Regulations, 2026",
        ("Provision No", "Citation"),
        "These Regulations may be cited as the Test Regulations, 2026.",
        ("Provision No", "Commencement"),
        "These Regulations come into operation on 1 July 2026.",
        numbering=abstract(2, ("decimal", "%1.")) + num(3, 2),
        styles=styles,
    )

    assert [(n, h) for n, h, _ in sections(import_docx(data))] == [
        ("1", "Citation"),
        ("2", "Commencement"),
    ]


def test_headings_numbered_by_a_list_linked_to_their_styles():
    """Word's usual multilevel list: Heading 1 numbers the parts, Heading 2 the sections,
    which run on from part to part (w:lvlRestart 0)."""
    document = Document()
    levels = (
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="upperRoman"/>'
        '<w:pStyle w:val="Heading1"/><w:lvlText w:val="PART %1"/></w:lvl>'
        '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:lvlRestart w:val="0"/>'
        '<w:numFmt w:val="decimal"/><w:pStyle w:val="Heading2"/><w:isLgl/>'
        '<w:lvlText w:val="%2."/></w:lvl>'
    )
    numbering = document.part.numbering_part.element
    numbering.find(qn("w:num")).addprevious(
        parse_xml(f'<w:abstractNum {W} w:abstractNumId="50">{levels}</w:abstractNum>')
    )
    numbering.append(parse_xml(f'<w:num {W} w:numId="50"><w:abstractNumId w:val="50"/></w:num>'))
    for style_id, level in (("Heading1", 0), ("Heading2", 1)):
        style = document.styles.element.get_by_id(style_id)
        style.get_or_add_pPr().append(
            parse_xml(f'<w:numPr {W}><w:ilvl w:val="{level}"/><w:numId w:val="50"/></w:numPr>')
        )
    document.add_paragraph("The Test Regulations, 2026", style="Title")
    document.add_paragraph("PRELIMINARY", style="Heading 1")
    document.add_paragraph("Citation", style="Heading 2")
    document.add_paragraph("These are the Test Regulations, 2026.")
    document.add_paragraph("REGISTRATION", style="Heading 1")
    document.add_paragraph("Registration of producers", style="Heading 2")
    document.add_paragraph("(1) Every producer shall register.")
    document.add_paragraph("Register", style="Heading 2")
    document.add_paragraph("The Agency keeps a register.")
    buffer = io.BytesIO()
    document.save(buffer)

    imported = import_docx(buffer.getvalue())

    assert [(p.label, p.heading) for p in imported.body] == [
        ("PART I", "PRELIMINARY"),
        ("PART II", "REGISTRATION"),
    ]
    assert [(n, h) for n, h, _ in sections(imported)] == [
        ("1", "Citation"),
        ("2", "Registration of producers"),
        ("3", "Register"),
    ]


def test_start_override_and_formats():
    numbering = (
        abstract(1, ("upperRoman", "PART %1"))
        + num(1, 1, '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="2"/></w:lvlOverride>')
        + abstract(2, ("decimal", "Article %1:"))
        + num(2, 2)
        + abstract(3, ("decimal", "%1°"))
        + num(3, 3)
    )
    data = word(
        "MINISTERIAL ORDER GOVERNING E-WASTE",
        numbered("— REGISTRATION", 1),
        numbered("Registration", 2),
        "The following are registered:",
        numbered("producers;", 3),
        numbered("importers.", 3),
        numbered("— PENALTIES", 1),
        numbered("Fines", 2),
        "A fine is paid to the Authority.",
        numbering=numbering,
    )

    imported = import_docx(data)

    assert [(part.label, part.heading) for part in imported.body] == [
        ("PART II", "REGISTRATION"),
        ("PART III", "PENALTIES"),
    ]
    assert [(s.num, s.label, s.heading) for s in imported.sections()] == [
        ("1", "Article 1:", "Registration"),
        ("2", "Article 2:", "Fines"),
    ]
    assert children(imported.sections()[0]) == [
        ("paragraph", "1°", "producers;"),
        ("paragraph", "2°", "importers."),
    ]


@pytest.mark.parametrize(
    ("fmt", "text", "labels"),
    [
        ("lowerRoman", "(%1)", ["(i)", "(ii)", "(iii)"]),
        ("upperLetter", "%1.", ["A.", "B.", "C."]),
        ("ordinal", "%1", ["1st", "2nd", "3rd"]),
        ("cardinalText", "%1", ["One", "Two", "Three"]),
        ("decimalZero", "%1.", ["01.", "02.", "03."]),
        ("bullet", "\u2022", ["", "", ""]),
    ],
)
def test_numbering_formats(fmt, text, labels):
    data = as_schedule(
        numbered("x", 5),
        numbered("y", 5),
        numbered("z", 5),
        numbering=abstract(4, (fmt, text)) + num(5, 4),
    )

    lines = paragraphs_text(data)

    assert lines == [f"{label}\t{t}".lstrip("\t") for label, t in zip(labels, "xyz", strict=True)]


def test_two_lists_of_one_definition_continue_unless_restarted():
    numbering = (
        abstract(1, ("decimal", "%1."))
        + num(1, 1)
        + num(2, 1)
        + num(3, 1, '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride>')
    )
    data = as_schedule(
        numbered("a", 1), numbered("b", 1), numbered("c", 2), numbered("d", 3), numbering=numbering
    )

    assert paragraphs_text(data) == ["1.\ta", "2.\tb", "3.\tc", "1.\td"]


def test_level_restart_zero_keeps_counting():
    numbering = (
        '<w:abstractNum w:abstractNumId="1">'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl>'
        '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:lvlRestart w:val="0"/><w:numFmt w:val="lowerLetter"/>'
        '<w:lvlText w:val="(%2)"/></w:lvl></w:abstractNum>' + num(1, 1)
    )
    data = as_schedule(
        numbered("a", 1),
        numbered("b", 1, 1),
        numbered("c", 1),
        numbered("d", 1, 1),
        numbering=numbering,
    )

    assert paragraphs_text(data) == ["1.\ta", "(a)\tb", "2.\tc", "(b)\td"]


def test_numbered_paragraph_deleted_in_a_tracked_change_is_not_counted():
    mark = '<w:rPr><w:del w:id="9" w:author="A" w:date="2026-01-01T00:00:00Z"/></w:rPr>'
    gone = '<w:del w:id="8" w:author="A" w:date="2026-01-01T00:00:00Z"><w:r><w:delText>Old.</w:delText></w:r></w:del>'
    data = word(
        "The Test Regulations, 2026",
        numbered("Citation", 1),
        "These are the Test Regulations.",
        p(gone, f'<w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr>{mark}'),
        numbered("Commencement", 1),
        "They come into force on 1 July 2026.",
        numbering=abstract(1, ("decimal", "%1.")) + num(1, 1),
    )

    assert [(n, h) for n, h, _ in sections(import_docx(data))] == [
        ("1", "Citation"),
        ("2", "Commencement"),
    ]


# --- country forms and plainly typed documents --------------------------------------------------

_ZAMBIA = (
    "GOVERNMENT OF ZAMBIA",
    "STATUTORY INSTRUMENT No. 12 of 2026",
    "The Environmental Management Act, 2011 (Act No. 12 of 2011)",
    "The Environmental Management (Electrical and Electronic Waste) Regulations, 2026",
    "ARRANGEMENT OF REGULATIONS",
    "PART I",
    "PRELIMINARY PROVISIONS",
    "1.\tTitle and commencement",
    "2.\tInterpretation",
    "PART II",
    "REGISTRATION",
    "3.\tRegistration of producers",
    "SCHEDULE",
    "FIRST SCHEDULE—Application for registration",
    "IN EXERCISE of the powers conferred by section 63 of the Environmental Management Act, "
    "2011, the following Regulations are made:",
    "PART I",
    "PRELIMINARY PROVISIONS",
    "Title and commencement",
    "1. These Regulations may be cited as the Environmental Management (Electrical and "
    "Electronic Waste) Regulations, 2026.",
    "Interpretation",
    "2. In these Regulations, unless the context otherwise requires—",
    "“Agency” has the meaning assigned to the word in the Act;",
    '"producer" means a person who—',
    "(a) manufactures equipment in Zambia; or",
    "(b) imports equipment into Zambia;",
    "‘treatment facility’ includes a dismantling site;",
    "PART II — REGISTRATION",
    "Registration of producers",
    "3. (1) Every producer shall register with the Agency in the form set out in the First "
    "Schedule.",
    "(2) An application under subregulation (1) shall state—",
    "(a) the producer's name;",
    "(b) the categories of equipment, being—",
    "(i) large equipment; or",
    "(ii) small equipment,",
    "placed on the market.",
    "(3) In this regulation, “category” is a generic term for a class of equipment.",
    "FIRST SCHEDULE",
    "(Regulation 3)",
    "APPLICATION FOR REGISTRATION",
    "1. Name of the producer.",
    "2. Address.",
)


def test_zambian_statutory_instrument_typed_plainly():
    imported = import_docx(word(*_ZAMBIA))

    assert imported.title.startswith("The Environmental Management (Electrical")
    assert imported.number_line == "STATUTORY INSTRUMENT No. 12 of 2026"
    assert imported.cover == (
        "GOVERNMENT OF ZAMBIA",
        "The Environmental Management Act, 2011 (Act No. 12 of 2011)",
    )
    assert imported.arrangement_heading == "ARRANGEMENT OF REGULATIONS"
    assert [(i.role, plain_text(i.content)[:12]) for i in imported.preamble] == [
        ("formula", "IN EXERCISE ")
    ]
    assert (imported.instrument_type, imported.language) == ("statutory-instrument", "en")
    assert [(p.label, p.heading) for p in imported.body] == [
        ("PART I", "PRELIMINARY PROVISIONS"),
        ("PART II", "REGISTRATION"),
    ]
    assert [(n, h) for n, h, _ in sections(imported)] == [
        ("1", "Title and commencement"),
        ("2", "Interpretation"),
        ("3", "Registration of producers"),
    ]
    interpretation, registration = imported.sections()[1:]
    assert terms(imported) == ["Agency", "producer", "treatment facility"]
    producer = interpretation.children[1]
    assert [c.label for c in producer.children] == ["(a)", "(b)"], "limbs of the definition"
    assert [c.label for c in registration.children] == ["(1)", "(2)", "(3)"]
    application = registration.children[1]
    assert children(application)[1] == ("paragraph", "(b)", "the categories of equipment, being—")
    assert [c.label for c in application.children[1].children] == ["(i)", "(ii)"]
    assert plain_text(application.after) == "placed on the market."
    (schedule,) = imported.schedules
    assert (schedule.label, schedule.num, schedule.referred_by, schedule.heading) == (
        "FIRST SCHEDULE",
        "First",
        "(Regulation 3)",
        "APPLICATION FOR REGISTRATION",
    )
    assert len(schedule.content) == 2, "numbered lines in a schedule are its text, not provisions"


def test_contents_listing_only_parts_end_where_the_text_begins():
    imported = import_docx(
        word(
            "The Test Regulations, 2026",
            "CONTENTS",
            "PART I",
            "PART II",
            "PART I",
            "GENERAL",
            "1. These Regulations may be cited as the Test Regulations, 2026.",
            "PART II",
            "DUTIES",
            "2. Every producer shall register with the Agency.",
        )
    )

    assert [(p.label, p.heading, len(p.children)) for p in imported.body] == [
        ("PART I", "GENERAL", 1),
        ("PART II", "DUTIES", 1),
    ]


def test_a_term_quoted_inside_a_sentence_is_not_a_definition():
    imported = import_docx(word(*_ZAMBIA))

    # "(3) In this regulation, “category” is a generic term..." opens with its number.
    assert "category" not in terms(imported)


def test_definitions_in_a_later_provision_are_found():
    imported = import_docx(
        word(
            "The Air Quality By-law, 2026",
            "1. Definitions",
            "In this By-law—",
            "“Council” means the municipal council;",
            "2. Open burning",
            "(1) For the purposes of this section—",
            "“open burning” means burning in the open air;",
            "(2) No person may carry out open burning.",
        )
    )

    assert terms(imported) == ["Council", "open burning"]
    burning = imported.sections()[1]
    assert [c.label for c in burning.children] == ["(1)", "(2)"]
    assert burning.children[0].children[0].definition is not None


_RWANDA_EN = (
    "MINISTERIAL ORDER N° 001/MoE/2026 OF 12/03/2026 GOVERNING THE MANAGEMENT OF E-WASTE",
    "The Minister of Environment;",
    "Pursuant to Law n° 48/2018 of 13/08/2018 on environment, especially in Article 19;",
    "After consideration and approval by the Cabinet, in its meeting of 10/03/2026;",
    "ORDERS:",
    "CHAPTER ONE: GENERAL PROVISIONS",
    "Article One: Purpose of this Order",
    "This Order determines the modalities for the management of e-waste.",
    "Article 2: Definitions",
    "In this Order, the following terms have the following meanings:",
    "1° Authority: the Rwanda Environment Management Authority;",
    "2° producer: a person who places equipment on the market;",
    "CHAPTER II",
    "REGISTRATION",
    "Article 3: Registration of producers",
    "A producer registers with the Authority before placing equipment on the market.",
    "The Authority keeps a register of producers.",
    "Article 4: Content of the application",
    "An application indicates:",
    "1° the name of the producer;",
    "2° the categories of equipment.",
)


def test_rwandan_order_in_english():
    imported = import_docx(word(*_RWANDA_EN))

    assert imported.title.startswith("MINISTERIAL ORDER N° 001/MoE/2026")
    assert [i.role for i in imported.preamble] == ["text", "recital", "recital", "formula"]
    assert (imported.instrument_type, imported.language) == ("ministerial-order", "en")
    assert [(p.num, p.label, p.heading) for p in imported.body] == [
        ("I", "CHAPTER ONE", "GENERAL PROVISIONS"),
        ("II", "CHAPTER II", "REGISTRATION"),
    ]
    assert [(s.num, s.label, s.heading) for s in imported.sections()] == [
        ("1", "Article One:", "Purpose of this Order"),
        ("2", "Article 2:", "Definitions"),
        ("3", "Article 3:", "Registration of producers"),
        ("4", "Article 4:", "Content of the application"),
    ]
    assert terms(imported) == ["Authority", "producer"]
    registration, application = imported.sections()[2:]
    assert [(c.level.value, c.label) for c in registration.children] == [
        ("subsection", ""),
        ("subsection", ""),
    ], "unnumbered paragraphs are the article's sub-provisions"
    assert children(application) == [
        ("paragraph", "1°", "the name of the producer;"),
        ("paragraph", "2°", "the categories of equipment."),
    ]


_RWANDA_FR = (
    "ARRÊTÉ MINISTÉRIEL N° 001/MoE/2026 DU 12/03/2026 RÉGISSANT LA GESTION DES DÉCHETS",
    "Le Ministre de l'Environnement ;",
    "Vu la Loi n° 48/2018 du 13/08/2018 sur l'environnement, spécialement en son article 19 ;",
    "ARRÊTE :",
    "CHAPITRE PREMIER",
    "DISPOSITIONS GÉNÉRALES",
    "Article premier : Objet du présent arrêté",
    "Le présent arrêté détermine les modalités de gestion des déchets.",
    "Article 2 : Définitions",
    "Au sens du présent arrêté, les termes suivants ont les significations suivantes :",
    "1° Office : l'Office rwandais de gestion de l'environnement ;",
    "2° producteur : toute personne qui met des équipements sur le marché ;",
    "CHAPITRE II",
    "ENREGISTREMENT",
    "Article 3 : Enregistrement des producteurs",
    "Tout producteur s'enregistre auprès de l'Office.",
    "ANNEXE I",
    "CATÉGORIES D'ÉQUIPEMENTS",
    "Gros équipements.",
)


def test_rwandan_order_in_french():
    imported = import_docx(word(*_RWANDA_FR))

    assert (imported.instrument_type, imported.language) == ("ministerial-order", "fr")
    assert [i.role for i in imported.preamble] == ["text", "recital", "formula"]
    assert [(p.num, p.heading) for p in imported.body] == [
        ("I", "DISPOSITIONS GÉNÉRALES"),
        ("II", "ENREGISTREMENT"),
    ]
    assert [(s.num, s.heading) for s in imported.sections()] == [
        ("1", "Objet du présent arrêté"),
        ("2", "Définitions"),
        ("3", "Enregistrement des producteurs"),
    ]
    assert terms(imported) == ["Office", "producteur"]
    assert [(s.label, s.num, s.heading) for s in imported.schedules] == [
        ("ANNEXE I", "I", "CATÉGORIES D'ÉQUIPEMENTS")
    ]


_PARAGUAY = (
    "PRESIDENCIA DE LA REPÚBLICA DEL PARAGUAY",
    "DECRETO N° 1234",
    "POR EL CUAL SE REGLAMENTA LA LEY N° 3956/2009 EN MATERIA DE RESIDUOS DE APARATOS "
    "ELÉCTRICOS Y ELECTRÓNICOS",
    "VISTO:",
    "La Ley N° 3956/2009 «Gestión integral de los residuos sólidos», en especial su artículo 27;",
    "CONSIDERANDO:",
    "Que el artículo 238 de la Constitución Nacional faculta a reglamentar las leyes.",
    "POR TANTO, en ejercicio de sus atribuciones constitucionales,",
    "EL PRESIDENTE DE LA REPÚBLICA DEL PARAGUAY",
    "D E C R E T A:",
    "CAPÍTULO I",
    "DISPOSICIONES GENERALES",
    "Art. 1°.- Objeto. Reglaméntase la Ley N° 3956/2009 en lo relativo a los RAEE.",
    "Art. 2°.- Definiciones. A los efectos del presente Decreto, se entenderá por:",
    "a) Productor: toda persona que introduce aparatos en el mercado;",
    "b) RAEE: residuos de aparatos eléctricos y electrónicos.",
    "Art. 3°.- Reglaméntase la gestión de los RAEE conforme al presente Decreto.",
    "CAPÍTULO II",
    "DEL REGISTRO",
    "Art. 9°.- Registro de productores. Todo productor deberá inscribirse en el registro.",
    "La inscripción será pública.",
    "Art. 10.- Obligaciones. Todo productor deberá:",
    "a) informar las cantidades introducidas en el mercado;",
    "b) financiar la gestión de los RAEE.",
    "Artículo 11°.- Vigencia",
    "El presente Decreto entrará en vigencia al día siguiente de su publicación.",
    "ANEXO I",
    "CATEGORÍAS DE APARATOS",
    "1. Grandes aparatos.",
)


def test_paraguayan_decree():
    imported = import_docx(word(*_PARAGUAY))

    assert imported.number_line == "DECRETO N° 1234"
    assert imported.title.startswith("POR EL CUAL SE REGLAMENTA")
    assert [i.role for i in imported.preamble] == [
        "heading",
        "recital",
        "heading",
        "recital",
        "formula",
        "proclamation",
        "proclamation",
    ]
    assert (imported.instrument_type, imported.language) == ("decree", "es")
    assert [(s.num, s.label, s.heading) for s in imported.sections()] == [
        ("1°", "Art. 1°.-", "Objeto"),
        ("2°", "Art. 2°.-", "Definiciones"),
        ("3°", "Art. 3°.-", None),
        ("9°", "Art. 9°.-", "Registro de productores"),
        ("10", "Art. 10.-", "Obligaciones"),
        ("11", "Artículo 11°.-", "Vigencia"),
    ]
    assert terms(imported) == ["Productor", "RAEE"]
    registration, obligations = imported.sections()[3:5]
    assert [c.level.value for c in registration.children] == ["subsection", "subsection"]
    assert [c.label for c in obligations.children] == ["a)", "b)"]
    assert [s.label for s in imported.schedules] == ["ANEXO I"]


def test_section_keywords_and_headings_on_the_provision_line():
    imported = import_docx(
        word(
            "THE PLASTICS BY-LAW, 2026",
            "Section 1. Short title",
            "This By-law is the Plastics By-law, 2026.",
            "Section 2 — Definitions",
            'In this By-law "retailer" means a shop.',
            "SECTION 3",
            "Section 2 of the Act applies to retailers.",
            "Regulation 4: Offences",
            "A person who contravenes section 3 commits an offence.",
        )
    )

    assert [(n, h) for n, h, _ in sections(imported)] == [
        ("1", "Short title"),
        ("2", "Definitions"),
        ("3", None),
        ("4", "Offences"),
    ]
    assert (
        plain_text(imported.sections()[2].content) == "Section 2 of the Act applies to retailers."
    )
    assert imported.instrument_type == "by-law"


def test_divisions_below_the_parts_are_not_parts():
    imported = import_docx(
        word(
            "The Test Regulations, 2026",
            "PART 1 — GENERAL",
            "Chapter 1: Scope",
            "1. Scope",
            "These Regulations apply everywhere.",
            "Part 2 — Duties",
            "2. Duties",
            "Producers register.",
        )
    )

    assert [(p.label, p.heading, len(p.children)) for p in imported.body] == [
        ("PART 1", "GENERAL", 1),
        ("Part 2", "Duties", 1),
    ]


@pytest.mark.parametrize(
    ("line", "label", "heading"),
    [
        ("SCHEDULE 2", "SCHEDULE 2", ""),
        ("SECOND SCHEDULE", "SECOND SCHEDULE", ""),
        ("Schedule 1 — Repealed laws", "Schedule 1", "Repealed laws"),
        ("ANNEX I", "ANNEX I", ""),
        ("ANEXO II: Metas", "ANEXO II", "Metas"),
        ("ANNEXE III", "ANNEXE III", ""),
    ],
)
def test_schedule_labels(line, label, heading):
    (schedule,) = import_docx(word("1. Text of the only provision.", line)).schedules

    assert (schedule.label, schedule.heading) == (label, heading)


def test_definition_forms():
    imported = import_docx(
        word(
            "1. Interpretation",
            "For the purposes of these By-laws, unless the context otherwise indicates",
            '"builder’s refuse" means refuse generated by building activities;',
            "“Council” includes a committee of the Council;",
            "“mobile source” has the meaning assigned to it in section 1 of the Act;",
            "“general waste” is a generic term for waste that poses no risk;",
            '"prescribed" in relation to—',
            "(a) a fee, means a fee set by the Council; and",
            "(b) any other matter, means set by the Council;",
            "2. Application",
            "This By-law applies in the City.",
        )
    )

    assert terms(imported) == [
        "builder’s refuse",
        "Council",
        "mobile source",
        "general waste",
        "prescribed",
    ]
    prescribed = imported.sections()[0].children[-1]
    assert [c.label for c in prescribed.children] == ["(a)", "(b)"]


def test_duplicate_numbers_keep_distinct_eids():
    imported = import_docx(word("1. First.", "2. Second.", "2. Second again.", "3. Third."))

    eids = [s.eid for s in imported.sections()]
    assert [s.num for s in imported.sections()] == ["1", "2", "2", "3"]
    assert len(set(eids)) == 4


def test_numbers_after_a_lead_in_are_a_list_inside_the_provision():
    imported = import_docx(
        word(
            "1. Exemptions",
            "The following are exempt:",
            "1. military equipment;",
            "2. equipment sent into space;",
            "3. large fixed installations.",
            "2. Offences",
            "A person who fails to register commits an offence.",
        )
    )

    assert [(s.num, s.heading) for s in imported.sections()] == [
        ("1", "Exemptions"),
        ("2", "Offences"),
    ]
    assert children(imported.sections()[0]) == [
        ("paragraph", "1.", "military equipment;"),
        ("paragraph", "2.", "equipment sent into space;"),
        ("paragraph", "3.", "large fixed installations."),
    ]


def test_a_heading_in_bold_runs_into_the_text():
    bold_heading = p(r("5. Registration.", "<w:b/>") + r(" (1) Every producer shall register."))
    imported = import_docx(word("The Test Regulations, 2026", bold_heading, "(2) Forms are free."))

    (section,) = imported.sections()
    assert (section.num, section.heading) == ("5", "Registration")
    assert children(section) == [
        ("subsection", "(1)", "Every producer shall register."),
        ("subsection", "(2)", "Forms are free."),
    ]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Every producer shall register with the Agency within thirty days of the notice.", "en"),
        (
            "Todo productor deberá inscribirse en el registro y presentar los informes por escrito.",
            "es",
        ),
        ("Tout producteur doit s'enregistrer auprès de l'Office dans les trente jours.", "fr"),
        ("1 2 3", ""),
    ],
)
def test_language_is_guessed_from_the_text(text, language):
    assert guess_language(text) == language


def test_language_given_by_the_caller_wins():
    imported = import_docx(word("1. Every producer shall register."), language="fr", country="RW")

    assert (imported.language, imported.country) == ("fr", "RW")


def test_a_section_above_articles_is_a_division():
    imported = import_docx(
        word(
            "ARRÊTÉ RELATIF AUX DÉCHETS",
            "CHAPITRE PREMIER : DISPOSITIONS GÉNÉRALES",
            "Section première : Objet",
            "Article premier : Objet",
            "Le présent arrêté régit les déchets.",
            "Section 2 : Définitions",
            "Article 2 : Définitions",
            "Au sens du présent arrêté, on entend par :",
            "1° Office : l'Office de l'environnement ;",
        )
    )

    assert [(s.num, s.heading) for s in imported.sections()] == [
        ("1", "Objet"),
        ("2", "Définitions"),
    ]
    assert terms(imported) == ["Office"]


_LINES = st.sampled_from(
    [
        "PART I",
        "CHAPTER 2 — Scope",
        "Citation",
        "1. Citation",
        "2. These Regulations apply to producers.",
        "Regulation 3",
        "Article 4: Registration",
        "Art. 5°.- Registro. Todo productor deberá inscribirse.",
        "(1) A producer shall register.",
        "(2)",
        "(a) its name;",
        "(i) first;",
        "a) Término: significado;",
        "1° term: meaning;",
        "“producer” means a person;",
        "closing words;",
        "The Agency keeps a register.",
        "SCHEDULE 1",
        "(Regulation 3)",
        "IN EXERCISE of the powers conferred by section 3 of the Act:",
        "ARRANGEMENT OF REGULATIONS",
    ]
)


@pytest.mark.slow
@settings(max_examples=25, deadline=None)
@given(lines=st.lists(_LINES, max_size=25))
def test_any_sequence_of_typed_lines_imports(lines):
    imported = import_docx(word("The Test Regulations, 2026", *lines))

    doc = build(imported)
    assert len({u.eid for u in doc.units}) == len(doc.units), "every unit has its own eId"
    typed = {line.split(".")[0] for line in lines if line[:1].isdigit()}
    assert {s.num for s in imported.sections() if s.label[:1].isdigit()} <= typed
