"""GS1 element strings: the three forms, each AI's length, characters, check digit and type."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from clienteling.domain.codes import with_check_digit
from clienteling.scan import Gs1Element, Gs1ElementString, Measure, RejectCode, Rejected, interpret

GS = "\x1d"
NOW = datetime(2026, 5, 1, 12, 0, tzinfo=UTC)


def scan(payload: str, now: datetime = NOW):
    return interpret(payload, now=now)


def rejected(payload: str, code: RejectCode, now: datetime = NOW) -> str:
    result = scan(payload, now)
    assert isinstance(result, Rejected), result
    assert result.code == code, result
    return result.reason


EXPECTED = {"01": "09506000134352", "17": date(2026, 12, 31), "10": "ABC", "21": "XYZ"}


@pytest.mark.parametrize(
    "payload",
    [
        "]C1" + "0109506000134352" + "17261231" + "10ABC" + GS + "21XYZ",  # GS1-128
        "]d2" + GS + "0109506000134352" + "10ABC" + GS + "17261231" + "21XYZ",  # DataMatrix
        "]Q3" + "0109506000134352" + GS + "17261231" + "21XYZ" + GS + "10ABC" + GS,  # QR
        "(01)09506000134352(17)261231(10)ABC(21)XYZ",  # bracketed, as printed under the bars
        "(01) 09506000134352 (17) 261231 (10) ABC (21) XYZ",  # typed with blanks
        GS + "0109506000134352" + "17261231" + "10ABC" + GS + "21XYZ",  # FNC1 sent as GS
    ],
)
def test_the_three_forms_give_the_same_elements(payload):
    result = scan(payload)
    assert isinstance(result, Gs1ElementString)
    assert result.values == EXPECTED
    assert (result.gtin, result.lot, result.serial) == ("09506000134352", "ABC", "XYZ")
    assert result.expiry == date(2026, 12, 31)


def test_elements_keep_their_order_title_and_raw_text():
    result = scan("(01)09506000134352(17)261231(10)ABC")
    assert result.elements == (
        Gs1Element("01", "GTIN", "09506000134352", "09506000134352"),
        Gs1Element("17", "expiry date", "261231", date(2026, 12, 31)),
        Gs1Element("10", "batch or lot", "ABC", "ABC"),
    )


def test_databar_identifier_and_a_fixed_measure_need_no_separator():
    result = scan("]e0" + "0109506000134352" + "3103000500" + "15260700")
    assert result.weight == Measure(Decimal("0.500"), "kg")
    assert result.values["15"] == date(2026, 7, 31)  # day 00: end of month
    assert result.expiry is None


def test_gs1_data_sent_without_identifier_is_recognised_from_ai_01():
    result = scan("01095060001343521726123110ABC")
    assert result.values == {"01": "09506000134352", "17": date(2026, 12, 31), "10": "ABC"}


def test_sscc_gln_counts_price_order_number_and_url():
    result = scan("(00)106141411234567897(414)5412345000013(30)12(3922)1234(400)PO-12/A")
    assert result.sscc == "106141411234567897"
    assert result.values["414"] == "5412345000013"
    assert result.quantity == 12
    assert result.values["3922"] == Decimal("12.34")
    assert result.values["400"] == "PO-12/A"
    assert scan("(8200)https://example.com/p?x=1").values["8200"] == "https://example.com/p?x=1"


def test_gtin_of_contained_items_with_their_count():
    result = scan("]C1" + "0210614141000415" + "3724")
    assert (result.gtin, result.quantity) == ("10614141000415", 24)


@pytest.mark.parametrize(
    ("ai", "digits", "amount", "unit"),
    [
        ("3100", "000125", Decimal("125"), "kg"),
        ("3102", "000125", Decimal("1.25"), "kg"),
        ("3105", "123456", Decimal("1.23456"), "kg"),
        ("3111", "000150", Decimal("15.0"), "m"),
        ("3140", "000002", Decimal("2"), "m2"),
        ("3153", "001500", Decimal("1.500"), "l"),
        ("3162", "000075", Decimal("0.75"), "m3"),
    ],
)
def test_measures_take_their_decimals_from_the_last_digit_of_the_ai(ai, digits, amount, unit):
    value = scan(f"({ai}){digits}").values[ai]
    assert value == Measure(amount, unit) and str(value.amount) == str(amount)


@pytest.mark.parametrize(
    ("payload", "expected"),
    [
        ("(17)260200", date(2026, 2, 28)),  # DD=00: last day of the month
        ("(17)280200", date(2028, 2, 29)),  # leap year
        ("(11)240229", date(2024, 2, 29)),
        ("(13)261100", date(2026, 11, 30)),
        ("(16)261231", date(2026, 12, 31)),
        ("(12)270101", date(2027, 1, 1)),
    ],
)
def test_dates(payload, expected):
    assert next(iter(scan(payload).values.values())) == expected


@pytest.mark.parametrize(
    ("raw", "year", "now_year"),
    [
        ("990101", 1999, 2026),  # 73 years ahead is too far: previous century
        ("770101", 1977, 2026),  # 51 ahead: previous century
        ("760101", 2076, 2026),  # 50 ahead: this century
        ("000101", 2000, 2026),
        ("050101", 2105, 2090),  # 85 back: next century
        ("410101", 2041, 2090),  # 49 back: this century
    ],
)
def test_two_digit_years_follow_the_gs1_sliding_window(raw, year, now_year):
    now = NOW.replace(year=now_year)
    assert scan(f"(11){raw}", now).values["11"] == date(year, 1, 1)


@pytest.mark.parametrize("raw", ["261340", "260230", "250229", "260431", "269901", "260001"])
def test_impossible_dates_are_rejected_naming_ai_and_value(raw):
    assert rejected(f"(17){raw}", RejectCode.BAD_DATE) == (
        f"date (17) is not a real date: {raw} (YYMMDD)"
    )


@pytest.mark.parametrize(
    ("payload", "message"),
    [
        ("(01)09506000134353", "(01) GTIN 09506000134353: check digit wrong: expected 2, got 3"),
        ("(00)106141411234567898", "(00) SSCC 106141411234567898: check digit wrong: expected 7"),
        ("(414)5412345000014", "GLN of a physical location 5412345000014: check digit wrong"),
        ("(02)10614141000416", "(02) GTIN of contained items 10614141000416: check digit wrong"),
    ],
)
def test_identification_keys_have_their_check_digit_verified(payload, message):
    assert message in rejected(payload, RejectCode.CHECK_DIGIT)


@pytest.mark.parametrize(
    ("payload", "message"),
    [
        ("(10)" + "A" * 21, "(10) batch or lot has 1 to 20 characters, got 21"),
        ("]C1" + "10" + "A" * 21 + GS + "21X", "(10) batch or lot has 1 to 20 characters, got 21"),
        ("(21)" + "S" * 21, "(21) serial number has 1 to 20 characters, got 21"),
        ("(30)123456789", "(30) count of items has 1 to 8 characters, got 9"),
        ("(37)123456789", "(37) count of trade items contained has 1 to 8 characters, got 9"),
        ("(3922)" + "1" * 16, "(3922) price to pay has 1 to 15 characters, got 16"),
        ("(400)" + "P" * 31, "has 1 to 30 characters, got 31"),
        ("(8200)https://example.com/" + "x" * 60, "(8200) product URL has 1 to 70 characters"),
        ("(01)9506000134352", "(01) GTIN needs 14 characters, got 13"),
        ("]C10109506000134", "(01) GTIN needs 14 characters, got 11"),
        ("]C1" + "01095060001343" + GS + "10A", "(01) GTIN needs 14 characters, got 12"),
        ("(17)26123", "(17) expiry date needs 6 characters, got 5"),
        ("(10)", "(10) batch or lot has 1 to 20 characters, got 0"),
        ("]C1" + "0109506000134352" + "1", "ends in the middle of an AI (1...)"),
    ],
)
def test_lengths_are_checked(payload, message):
    assert message in rejected(payload, RejectCode.BAD_LENGTH)


@pytest.mark.parametrize(
    ("payload", "message"),
    [
        ("(10)AB CD", "(10) batch or lot has a character GS1 forbids: ' '"),
        ("(10)AB#1", "(10) batch or lot has a character GS1 forbids: '#'"),
        ("(21)é", "(21) serial number has a character GS1 forbids: 'é'"),
        ("(30)12A", "(30) count of items has digits only"),
        ("(17)26AB31", "(17) expiry date has digits only"),
        ("]C1" + "0109506000134352" + "X1", "garbled at character 17"),
    ],
)
def test_character_sets_are_checked(payload, message):
    assert message in rejected(payload, RejectCode.BAD_CHARACTERS)


def test_every_character_of_set_82_is_allowed_in_text_fields():
    set_82 = "!\"%&'()*+,-./0123456789:;<=>?ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz"
    assert len(set_82) == 82
    for start in range(0, 82, 20):
        chunk = set_82[start : start + 20]
        assert scan("]C1" + "10" + chunk).lot == chunk
    for ch in " #$@[\\]^`{|}~":
        assert rejected("]C1" + "10A" + ch + "B", RejectCode.BAD_CHARACTERS)


@pytest.mark.parametrize(
    ("payload", "ai"),
    [("(99)123", "99"), ("(235)X", "235"), ("]C1" + "7003" + "1234567890", "7003"),
     ("(3106)000500", "3106"), ("]C1" + "0109506000134352" + "2012", "20")],
)  # fmt: skip
def test_an_unknown_ai_is_rejected_naming_it(payload, ai):
    reason = rejected(payload, RejectCode.UNKNOWN_AI)
    assert reason == f"the code has GS1 data this app does not read: AI ({ai})"


def test_the_same_ai_twice_is_rejected():
    reason = rejected("(10)A(10)B", RejectCode.DUPLICATE_AI)
    assert reason == "(10) batch or lot appears twice in one code"


def test_identifier_with_nothing_after_it_is_empty():
    assert rejected("]C1", RejectCode.EMPTY)
    assert rejected("]C1" + GS + GS, RejectCode.EMPTY)  # trailing GS are trimmed
    assert rejected("]d2" + GS, RejectCode.EMPTY)


def test_separators_then_no_ai_is_garbled_data():
    assert rejected("]Q3" + GS + GS + "X", RejectCode.BAD_CHARACTERS)


# --- property: any valid set of elements reads back in every form -------------------------

_CSET82 = "!\"%&'()*+,-./0123456789:;<=>?ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz"
_text20 = st.text(alphabet=_CSET82.replace("(", "").replace(")", ""), min_size=1, max_size=20)


@st.composite
def element_sets(draw) -> list[tuple[str, str, object]]:
    gtin = with_check_digit(draw(st.from_regex(r"[0-9]{13}", fullmatch=True)))
    day = draw(st.dates(date(2000, 1, 1), date(2075, 12, 31)))
    count = draw(st.integers(0, 99_999_999))
    grams = draw(st.integers(0, 999_999))
    elements = [
        ("01", gtin, gtin),
        ("17", day.strftime("%y%m%d"), day),
        ("10", draw(_text20), None),
        ("3103", f"{grams:06d}", Measure(Decimal(grams).scaleb(-3), "kg")),
        ("30", str(count), count),
        ("21", draw(_text20), None),
    ]
    return draw(st.permutations(elements))


@given(elements=element_sets())
def test_any_valid_elements_read_back_from_gs_separated_and_bracketed_forms(elements):
    expected = {ai: raw if value is None else value for ai, raw, value in elements}
    gs_form = "]C1" + "".join(ai + raw + GS for ai, raw, _ in elements)
    bracketed = "".join(f"({ai}){raw}" for ai, raw, _ in elements)
    for payload in (gs_form, bracketed):
        result = scan(payload)
        assert isinstance(result, Gs1ElementString), result
        assert result.values == expected
        assert [e.ai for e in result.elements] == [ai for ai, _, _ in elements]
