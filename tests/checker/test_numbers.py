"""Numbers and the timetable: percentages, targets over time, years before commencement,
periods in words and figures, periods restated, currencies, impossible deadlines."""

from __future__ import annotations

from drafting.checker import check
from drafting.checker.context import Context
from drafting.checker.document import build
from drafting.checker.numbers import commencement_year, timetable_events, value_of
from drafting.library import ClauseLibrary
from tests.checker.edits import edit_table, find_text, retext


def test_our_drafts_have_no_numeric_error(zm, rw_en, rw_fr, py, library) -> None:
    for draft in (zm, rw_en, rw_fr, py):
        report = check(draft, library=library)
        numeric = [f for f in report.findings if f.rule[:3] in ("TGT", "PER", "CUR", "TT0")]
        assert not numeric, numeric


def test_number_words_in_three_languages() -> None:
    assert value_of("one hundred and eighty", "en") == 180
    assert value_of("within thirty", "en") == 30
    assert value_of("veinticuatro", "es") == 24
    assert value_of("dix-huit", "fr") == 18


def test_percentage_outside_range(rw_fr, py) -> None:
    eid = find_text(rw_fr, "ne peuvent excéder 20")
    (f,) = check(retext(rw_fr, eid, "excéder 20", "excéder 120")).by_rule("TGT001")
    assert f.provision == "14(5)"
    assert "120" in f.message
    bad = edit_table(py, 1, 1, 1, "112 %")  # ANEXO II, 2032
    (f,) = check(bad).by_rule("TGT001")
    assert f.provision == "ANEXO II"
    assert f.category == "target-inconsistency"


def test_target_that_falls_over_time(py, rw_en) -> None:
    bad = edit_table(py, 1, 2, 1, "10 %")  # 2034: 20 % -> 10 %, below 2032's 12 %
    (f,) = check(bad).by_rule("TGT002")
    assert "12 % in 2032 to 10 % in 2034" in f.message
    assert f.severity == "warning"
    assert not check(edit_table(py, 1, 2, 1, "25 %")).by_rule("TGT002")
    eid = find_text(rw_en, "Every producer must meet the producer's obligations")
    sentence = retext(
        rw_en,
        eid,
        "Every producer must",
        "Every producer must collect 40 % by 2029 and 30 % by 2031, and every producer must",
    )
    assert [f.provision for f in check(sentence).by_rule("TGT002")] == ["9(1)"]


def test_year_before_commencement(zm, rw_en) -> None:
    assert commencement_year(build(zm)) == 2026
    eid = find_text(zm, "Despite subregulation (1)")
    bad = retext(
        zm,
        eid,
        "Despite subregulation (1)",
        "Not later than 31 December 2025 and despite subregulation (1)",
    )
    (f,) = check(bad).by_rule("TGT003")
    assert f.provision == "8(2)"
    assert "2026" in f.message
    table = edit_table(rw_en, 1, 0, 0, "2024")  # Annex II's first target year
    assert [f.provision for f in check(table).by_rule("TGT003")] == ["Annex II"]
    # the years of other instruments are not deadlines
    cited = retext(
        zm,
        eid,
        "Despite subregulation (1)",
        "Despite the Public Health Act, 2019 and subregulation (1)",
    )
    assert not check(cited).by_rule("TGT003")


def test_words_and_figures_that_differ(rw_en, py) -> None:
    eid = find_text(rw_en, "not less than thirty (30) days")
    (f,) = check(retext(rw_en, eid, "thirty (30) days", "thirty (60) days")).by_rule("PER001")
    assert f.provision == "5(5)"
    assert "30" in f.message
    assert "60" in f.message
    eid = find_text(py, "dentro de los sesenta (60) días hábiles")
    bad = retext(py, eid, "sesenta (60)", "sesenta (90)")
    assert [f.eid for f in check(bad).by_rule("PER001")] == [eid]


def test_period_restated_differently(rw_en) -> None:
    eid = find_text(rw_en, "every member of the organisation must, within ninety (90) days")
    bad = retext(
        rw_en,
        eid,
        "Where an authorisation",
        "Within the period of sixty days referred to in "
        "paragraph 3 of this Article, the Authority must decide; where an authorisation",
    )
    (f,) = check(bad).by_rule("PER002")
    assert f.provision == "10(9)"
    assert "ninety (90) days" in f.message


def test_same_step_with_two_periods(zm) -> None:
    eid = find_text(zm, "who applies for registration within six months after that commencement")
    other = find_text(
        zm,
        "A person who, immediately before the commencement of these "
        "Regulations, was carrying on business as a refurbisher",
    )
    assert eid != other
    bad = retext(
        zm,
        other,
        "applies for registration within six months after that commencement",
        "applies for registration within three months after that commencement",
    )
    assert not check(bad).by_rule("PER002")  # a refurbisher's registration is another step
    doubled = retext(
        zm,
        other,
        "A person who, immediately",
        "A producer shall apply for "
        "registration within three months after that commencement. A person who, "
        "immediately",
    )
    (f,) = check(doubled).by_rule("PER002")
    assert f.provision == "23(3)"
    assert "8(2)" in f.message


def test_foreign_currency(zm, py, library: ClauseLibrary) -> None:
    eid = find_text(zm, "Despite subregulation (1)")
    bad = retext(
        zm,
        eid,
        "Despite subregulation (1)",
        "On payment of a fee of US$ 500 and despite subregulation (1)",
    )
    (f,) = check(bad, library=library).by_rule("CUR001")
    assert f.provision == "8(2)"
    assert "USD" in f.message
    assert "kwacha" in f.suggestion
    assert not check(bad).by_rule("CUR001")  # no country: no currency to hold it to
    eid = find_text(py, "establecida para ese año en el Anexo II")
    bad = retext(py, eid, "Todo productor", "Todo productor, bajo pena de multa de 1.000 euros,")
    assert [f.provision for f in check(bad, library=library).by_rule("CUR001")] == ["16(1)"]


def test_impossible_order_of_deadlines(zm, rw_fr, library: ClauseLibrary) -> None:
    events = timetable_events(Context(build(zm)))
    assert {e: round(v.months) for e, v in events.items()} == {
        "producer-registration": 6, "pro-membership": 6, "guarantee": 7,
        "disposal-ban": 12, "operators-licensed": 12,
    }  # fmt: skip
    eid = find_text(zm, "With effect from the expiry of twelve months after the commencement")
    early = retext(zm, eid, "expiry of twelve months", "expiry of three months")
    (found,) = check(early).by_rule("TT001")  # Zambia authorises no organisation itself
    assert found.provision == "21(1)"
    assert "before existing operators must hold a licence (12 months)" in found.message
    eid = find_text(rw_fr, "il est interdit d'éliminer des DEEE")
    early = retext(rw_fr, eid, "douze (12) mois", "deux (2) mois")
    assert [f.provision for f in check(early).by_rule("TT001")] == ["26(1)", "26(1)"]
    eid = find_text(
        zm,
        "The first guarantee shall be provided within thirty days after the producer is registered",
    )
    early = retext(
        zm,
        eid,
        "within thirty days after the producer is registered under regulation 8",
        "within two months after the commencement of these Regulations",
    )
    (f,) = check(early).by_rule("TT001")
    assert f.provision == "12(1)"
    assert "before producers must have registered" in f.message
