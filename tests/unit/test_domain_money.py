"""Money: exact parsing from text, canonical printing, currencies that do not mix."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from clienteling.domain.errors import InvalidField
from clienteling.domain.money import CURRENCY_DIGITS, Money, check_currency

CURRENCIES = sorted(CURRENCY_DIGITS)


@st.composite
def canonical_amounts(draw) -> tuple[str, str]:
    """(text, currency) where text is exactly what to_decimal_string prints."""
    currency = draw(st.sampled_from(CURRENCIES))
    digits = CURRENCY_DIGITS[currency]
    whole = draw(st.integers(0, 10**15 - 1))
    frac = draw(st.integers(0, 10**digits - 1))
    negative = draw(st.booleans()) and (whole or frac)
    text = f"{'-' if negative else ''}{whole}" + (f".{frac:0{digits}d}" if digits else "")
    return text, currency


@given(canonical_amounts())
def test_canonical_text_round_trips(amount):
    text, currency = amount
    assert Money.parse(text, currency).to_decimal_string() == text


@given(canonical_amounts(), st.integers(0, 3), st.integers(0, 2))
def test_padded_text_means_the_same_amount(amount, leading_zeros, trailing_zeros):
    text, currency = amount
    sign, body = ("-", text[1:]) if text.startswith("-") else ("", text)
    if "." not in body and trailing_zeros:
        body += "."
    padded = sign + "0" * leading_zeros + body + "0" * trailing_zeros
    # Beyond what parse accepts by design: more than 4 decimals or 15 whole digits.
    assume(len(padded.partition(".")[2]) <= 4)
    assume(len(padded.lstrip("-").partition(".")[0]) <= 15)
    assert Money.parse(padded, currency) == Money.parse(text, currency)


@given(st.decimals(min_value=-(10**12), max_value=10**12, places=2, allow_nan=False))
def test_parse_agrees_with_decimal_arithmetic(value):
    text = f"{value:.2f}"
    assert Money.parse(text, "EUR").amount_minor == int(Decimal(text) * 100)


def test_no_float_drift():
    # 0.1 + 0.2 is 0.30000000000000004 in floats; in minor units it is 30 cents.
    total = Money.parse("0.1", "EUR") + Money.parse("0.2", "EUR")
    assert total == Money(30, "EUR") and total.to_decimal_string() == "0.30"
    # A float round trip of this amount loses the last cent.
    assert Money.parse("90071992547409.93", "USD").amount_minor == 9007199254740993
    assert Money.parse("19.99", "BRL").times(3).to_decimal_string() == "59.97"


def test_zero_decimal_currencies():
    assert Money.parse("1500", "JPY") == Money(1500, "JPY")
    assert Money(1500, "CLP").to_decimal_string() == "1500"
    assert Money.parse("1500.00", "JPY").amount_minor == 1500  # zeros only, so harmless
    with pytest.raises(InvalidField, match=r"price: .*more decimals than JPY allows \(0\)"):
        Money.parse("1500.5", "JPY")


def test_negative_amounts_and_negative_zero():
    assert Money.parse("-5.50", "BRL").amount_minor == -550
    assert Money(-5, "EUR").to_decimal_string() == "-0.05"
    assert Money.parse("-0.00", "EUR").to_decimal_string() == "0.00"


@pytest.mark.parametrize(
    "text",
    ["", " ", "1,00", "1.", ".5", "+1.00", "1e3", "1 000.00", "12.34.56", "abc", "1.00001"],
)
def test_malformed_amounts_are_refused(text):
    with pytest.raises(InvalidField, match=r"^price: "):
        Money.parse(text, "EUR")


@pytest.mark.parametrize("text", ["١٢.٥٠", "１２", "1" * 16])
def test_only_ascii_digits_and_at_most_15_whole_digits(text):
    with pytest.raises(InvalidField, match=r"price"):
        Money.parse(text, "EUR")


def test_surrounding_spaces_are_ignored():
    assert Money.parse(" 12.50\n", "EUR") == Money(1250, "EUR")


def test_parse_names_the_field_it_reads():
    with pytest.raises(InvalidField) as info:
        Money.parse("x", "EUR", field="unit_price")
    assert info.value.field == "unit_price" and str(info.value).startswith("unit_price: ")


def test_currencies():
    assert check_currency(" eur ") == "EUR"
    assert Money(1, "brl").currency == "BRL"
    for bad in ("XXX", "EURO", "", None):
        with pytest.raises(InvalidField, match=r"currency"):
            check_currency(bad)
    with pytest.raises(InvalidField, match=r"currency"):
        Money.parse("1.00", "XXX")


def test_amounts_in_different_currencies_do_not_add():
    with pytest.raises(InvalidField, match=r"currency: cannot add amounts in different"):
        Money(100, "EUR") + Money(100, "USD")
    assert Money(100, "EUR") + Money(-30, "EUR") == Money(70, "EUR")


@pytest.mark.parametrize("minor", [1.5, True, "100", None])
def test_minor_units_are_whole_numbers(minor):
    with pytest.raises(InvalidField, match=r"amount"):
        Money(minor, "EUR")
