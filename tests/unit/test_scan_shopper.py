"""Shopper codes: loyalty card numbers per the chain's format, and signed shopper QR codes."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from clienteling.domain.errors import InvalidField
from clienteling.scan import (
    DEMO_LOYALTY,
    CheckAlgorithm,
    LoyaltyCode,
    LoyaltyFormat,
    ProductCode,
    RejectCode,
    Rejected,
    ScanConfig,
    SignedShopperCode,
    Symbology,
    encode_signed_shopper_code,
    interpret,
)

NOW = datetime(2026, 5, 1, 12, 0, tzinfo=UTC)
KEY = b"test-shopper-code-key-0123456789"
OLD_KEY = b"old-shopper-code-key-9876543210"


def rejected(payload: str, config: ScanConfig, code: RejectCode) -> str:
    result = interpret(payload, config, now=NOW)
    assert isinstance(result, Rejected) and result.code == code, result
    return result.reason


# --- loyalty card numbers ------------------------------------------------------------------

LUHN = ScanConfig(loyalty_formats=(DEMO_LOYALTY,))  # LY + ten digits + Luhn


@pytest.mark.parametrize(
    ("loyalty", "valid", "wrong"),
    [
        # 79927398713 is the textbook Luhn number.
        (LoyaltyFormat("LY", 13, CheckAlgorithm.MOD10), "LY79927398713", "LY79927398710"),
        # GS1 mod 10 (weights 3/1), the EAN-8 96385074 behind a prefix.
        (LoyaltyFormat("GC", 10, CheckAlgorithm.GS1), "GC96385074", "GC96385075"),
        # mod 11, weights 2..7 from the right: 6*2 = 12, 12 % 11 = 1, 11 - 1 = 10 -> "X".
        (LoyaltyFormat("M", 9, CheckAlgorithm.MOD11), "M0000006X", "M00000060"),
        # 6*2+5*3+4*4+3*5+2*6+1*7 = 77, 77 % 11 = 0 -> check 0.
        (LoyaltyFormat("M", 8, CheckAlgorithm.MOD11), "M1234560", "M1234561"),
        (LoyaltyFormat("CARD", 10, CheckAlgorithm.NONE), "CARD123456", None),
    ],
)
def test_each_check_algorithm(loyalty, valid, wrong):
    config = ScanConfig(loyalty_formats=(loyalty,))
    assert interpret(valid, config) == LoyaltyCode(valid)
    assert interpret(valid.lower(), config) == LoyaltyCode(valid)  # typed in lower case
    if wrong is not None:
        reason = rejected(wrong, config, RejectCode.CHECK_DIGIT)
        assert reason.startswith(f"loyalty card number {wrong}: check digit wrong: expected")


def test_mod11_check_x_only_where_mod11_is_used():
    config = ScanConfig(loyalty_formats=(LoyaltyFormat("LY", 13, CheckAlgorithm.MOD10),))
    assert "digits only" in rejected("LY7992739871X", config, RejectCode.BAD_CHARACTERS)


def test_a_prefixed_number_of_the_wrong_length_is_rejected_as_loyalty():
    reason = rejected("LY7992739871", LUHN, RejectCode.BAD_LENGTH)
    assert reason == "a loyalty card number (LY...) has 13 characters, this one 12"


def test_the_demo_chains_cards_are_recognised():
    from clienteling.hq.seed.people import card_number, loyalty_id

    for n in (0, 1, 42, 999_999):
        number = loyalty_id(card_number(n))
        assert interpret(number, LUHN) == LoyaltyCode(number)


def test_without_a_prefix_a_number_that_fails_the_loyalty_check_is_tried_as_a_product():
    config = ScanConfig(loyalty_formats=(LoyaltyFormat("", 13, CheckAlgorithm.MOD10),))
    luhn_13 = "4222222222222"  # a Luhn-valid card test number, not an EAN-13 (check 0)
    assert interpret(luhn_13, config) == LoyaltyCode(luhn_13)
    assert isinstance(interpret("4006381333931", config), ProductCode)


def test_configured_loyalty_numbers_win_over_product_codes():
    # An in-store card numbered like an EAN-13 (prefix 2): the check covers the prefix digit.
    config = ScanConfig(loyalty_formats=(LoyaltyFormat("2", 13, CheckAlgorithm.GS1),))
    assert interpret("2000000000008", config) == LoyaltyCode("2000000000008")
    assert isinstance(interpret("2000000000008"), ProductCode)
    # A prefix of digits does not make every number starting with it a card number.
    assert "EAN-13 2000000000007: check digit wrong: expected 8, got 7" in rejected(
        "2000000000007", config, RejectCode.CHECK_DIGIT
    )
    assert interpret("20000004", config) == ProductCode(
        "00000020000004", Symbology.EAN_8, "20000004"
    )


def test_several_formats_while_old_cards_are_in_use():
    config = ScanConfig(
        loyalty_formats=(DEMO_LOYALTY, LoyaltyFormat("OLD", 9, CheckAlgorithm.NONE))
    )
    assert interpret("LY79927398713", config) == LoyaltyCode("LY79927398713")
    assert interpret("OLD123456", config) == LoyaltyCode("OLD123456")


def test_loyalty_numbers_are_unknown_without_configuration():
    assert interpret("LY79927398713").code == RejectCode.UNKNOWN_FORMAT


@pytest.mark.parametrize(
    "kwargs",
    [
        {"prefix": "L Y", "length": 13},
        {"prefix": "LY", "length": 2},
        {"prefix": "LY", "length": 3, "check": "mod10"},  # only room for the check digit
        {"prefix": "LY", "length": 65},
        {"prefix": "LY", "length": 13, "check": "luhn"},
        {"prefix": "LY", "length": True},
    ],
)
def test_impossible_loyalty_formats_fail_when_configured(kwargs):
    with pytest.raises(InvalidField):
        LoyaltyFormat(**kwargs)


def test_loyalty_format_takes_the_check_by_name_and_the_prefix_in_any_case():
    assert LoyaltyFormat("ly", 13, "mod10") == DEMO_LOYALTY


# --- signed shopper codes ------------------------------------------------------------------

SIGNED = ScanConfig(shopper_code_keys=(KEY, OLD_KEY))
TOMORROW = datetime(2026, 5, 2, 12, 0, tzinfo=UTC)


def test_a_signed_code_is_verified_and_gives_the_loyalty_id_and_expiry():
    payload = encode_signed_shopper_code("LY79927398713", TOMORROW, KEY)
    assert payload.startswith("CLT1.S.LY79927398713.1777723200.")
    assert len(payload.rsplit(".", 1)[1]) == 43
    result = interpret(payload, SIGNED, now=NOW)
    assert result == SignedShopperCode(loyalty_id="LY79927398713", expires_at=TOMORROW)


def test_a_code_signed_with_the_previous_key_still_verifies():
    payload = encode_signed_shopper_code("LY79927398713", TOMORROW, OLD_KEY)
    assert isinstance(interpret(payload, SIGNED, now=NOW), SignedShopperCode)


@pytest.mark.parametrize(
    "tamper",
    [
        lambda p: p.replace("LY79927398713", "LY79927398721"),  # another shopper
        lambda p: p.replace(".1777723200.", ".1877723200."),  # a later expiry
        lambda p: p[:-1] + ("A" if p[-1] != "A" else "B"),  # a changed signature
    ],
)
def test_a_tampered_code_has_a_bad_signature(tamper):
    payload = tamper(encode_signed_shopper_code("LY79927398713", TOMORROW, KEY))
    assert "altered" in rejected(payload, SIGNED, RejectCode.BAD_SIGNATURE)


def test_a_code_signed_with_another_key_has_a_bad_signature():
    payload = encode_signed_shopper_code("LY79927398713", TOMORROW, b"x" * 32)
    assert rejected(payload, SIGNED, RejectCode.BAD_SIGNATURE)


def test_an_expired_code_is_rejected_with_its_expiry():
    payload = encode_signed_shopper_code("LY79927398713", NOW - timedelta(minutes=5), KEY)
    reason = rejected(payload, SIGNED, RejectCode.EXPIRED)
    assert reason.startswith("this shopper code expired at 2026-05-01 11:55 UTC")
    at_expiry = encode_signed_shopper_code("LY79927398713", NOW, KEY)
    assert rejected(at_expiry, SIGNED, RejectCode.EXPIRED)


def test_a_forged_expired_code_is_a_bad_signature_not_expired():
    payload = encode_signed_shopper_code("LY79927398713", NOW - timedelta(days=1), b"y" * 32)
    assert rejected(payload, SIGNED, RejectCode.BAD_SIGNATURE)


def test_without_a_key_signed_codes_are_refused_as_not_configured():
    payload = encode_signed_shopper_code("LY79927398713", TOMORROW, KEY)
    assert "no key" in rejected(payload, ScanConfig(), RejectCode.NOT_CONFIGURED)


@pytest.mark.parametrize(
    "payload",
    [
        "CLT1.S.",
        "CLT1.S.LY1.1777723200",
        "CLT1.S.LY1.1777723200.abc",
        "CLT1.S.LY1.-5." + "A" * 43,
        "CLT1.S.LY1.99999999999." + "A" * 43,  # past what a date can hold
        "CLT1.S.L Y1.1777723200." + "A" * 43,
        "CLT1.S.LY1.1777723200." + "A" * 43 + ".x",
    ],
)
def test_garbled_signed_codes_are_bad_values(payload):
    assert "garbled" in rejected(payload, SIGNED, RejectCode.BAD_VALUE)


@pytest.mark.parametrize(
    ("loyalty_id", "expires_at", "key"),
    [
        ("LY.1", TOMORROW, KEY),
        ("", TOMORROW, KEY),
        ("LY1", datetime(2026, 5, 2), KEY),  # no time zone
        ("LY1", datetime(1969, 1, 1, tzinfo=UTC), KEY),
        ("LY1", TOMORROW, b""),
    ],
)
def test_encoding_refuses_what_no_code_can_carry(loyalty_id, expires_at, key):
    with pytest.raises(InvalidField):
        encode_signed_shopper_code(loyalty_id, expires_at, key)


@given(
    loyalty_id=st.from_regex(r"[A-Za-z0-9_-]{1,64}", fullmatch=True),
    seconds=st.integers(int(NOW.timestamp()) + 1, 9_999_999_999),
)
def test_signed_codes_round_trip(loyalty_id, seconds):
    expires_at = datetime.fromtimestamp(seconds, UTC)
    payload = encode_signed_shopper_code(loyalty_id, expires_at, KEY)
    assert interpret(payload, SIGNED, now=NOW) == SignedShopperCode(loyalty_id, expires_at)
