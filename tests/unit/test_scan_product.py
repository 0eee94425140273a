"""Product barcodes: EAN-13, EAN-8, UPC-A, UPC-E (expanded) and GTIN-14, check digits verified."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from clienteling.domain.codes import is_valid_gtin, with_check_digit
from clienteling.scan import (
    ProductCode,
    RejectCode,
    Rejected,
    Symbology,
    expand_upc_e,
    interpret,
)
from clienteling.scan.rejections import Reject


@pytest.mark.parametrize(
    ("scanned", "gtin", "symbology"),
    [
        ("4006381333931", "04006381333931", Symbology.EAN_13),
        ("5901234123457", "05901234123457", Symbology.EAN_13),
        ("96385074", "00000096385074", Symbology.EAN_8),
        ("036000291452", "00036000291452", Symbology.UPC_A),
        ("0036000291452", "00036000291452", Symbology.UPC_A),  # UPC-A read as EAN-13
        ("04252614", "00042100005264", Symbology.UPC_E),
        ("01234565", "00012345000065", Symbology.UPC_E),
        ("10614141000415", "10614141000415", Symbology.GTIN_14),
    ],
)
def test_real_product_codes_are_recognised_as_14_digit_gtins(scanned, gtin, symbology):
    assert interpret(scanned) == ProductCode(gtin=gtin, symbology=symbology, scanned=scanned)


# UPC-E "N abcdeX C" -> UPC-A, one case per last digit X (GS1 General Specifications):
# 0-2: ab X 0000 cde; 3: abc 00000 de; 4: abcd 00000 e; 5-9: abcde 0000 X.
UPC_E_CASES = [
    ("0123450", "01200000345"),
    ("0123451", "01210000345"),
    ("0123452", "01220000345"),
    ("0123453", "01230000045"),
    ("0123454", "01234000005"),
    ("0123455", "01234500005"),
    ("0123456", "01234500006"),
    ("0123457", "01234500007"),
    ("0123458", "01234500008"),
    ("0123459", "01234500009"),
    ("1987651", "19810000765"),  # number system 1
    ("1987659", "19876500009"),
]


@pytest.mark.parametrize(("upc_e_body", "upc_a_body"), UPC_E_CASES)
def test_upc_e_expands_by_its_last_digit(upc_e_body, upc_a_body):
    upc_a = with_check_digit(upc_a_body)
    upc_e = upc_e_body + upc_a[-1]  # a UPC-E carries the check digit of its UPC-A
    assert expand_upc_e(upc_e) == upc_a
    result = interpret(upc_e)
    assert result == ProductCode(gtin="00" + upc_a, symbology=Symbology.UPC_E, scanned=upc_e)


def test_upc_e_with_a_wrong_check_digit_is_rejected_naming_the_upc_e():
    result = interpret("04252613")  # 04252614 is right
    assert result.code == RejectCode.CHECK_DIGIT
    assert "UPC-E 04252613: check digit wrong: expected 4, got 3" in result.reason


def test_eight_digits_are_an_ean_8_when_only_that_reading_checks():
    # 0 and 1 start both UPC-Es and (in-store) EAN-8s; the check digit decides.
    code = next(
        c
        for c in (f"0{n:06d}" for n in range(10_000))
        if not is_valid_gtin(expand_upc_e(with_check_digit(c)))
    )
    ean_8 = with_check_digit(code)
    assert interpret(ean_8) == ProductCode("000000" + ean_8, Symbology.EAN_8, ean_8)


def test_a_symbology_identifier_settles_ean_8_against_upc_e():
    both = next(
        c
        for c in (with_check_digit(f"0{n:06d}") for n in range(10_000))
        if is_valid_gtin(expand_upc_e(c))
    )
    assert interpret(both).symbology == Symbology.UPC_E
    assert interpret("]E4" + both) == ProductCode("000000" + both, Symbology.EAN_8, both)
    assert interpret("]E0" + both).symbology == Symbology.UPC_E


@pytest.mark.parametrize(
    ("scanned", "message"),
    [
        ("4006381333932", "EAN-13 4006381333932: check digit wrong: expected 1, got 2"),
        ("96385075", "EAN-8 96385075: check digit wrong: expected 4, got 5"),
        ("036000291453", "UPC-A 036000291453: check digit wrong: expected 2, got 3"),
        ("10614141000416", "GTIN-14 10614141000416: check digit wrong: expected 5, got 6"),
    ],
)
def test_a_wrong_check_digit_is_rejected_with_expected_and_got(scanned, message):
    result = interpret(scanned)
    assert isinstance(result, Rejected)
    assert result.code == RejectCode.CHECK_DIGIT
    assert message in result.reason


@pytest.mark.parametrize("scanned", ["1234567", "123456789", "12345678901", "123"])
def test_digits_of_no_barcode_length_are_rejected_saying_the_lengths(scanned):
    result = interpret(scanned)
    assert result.code == RejectCode.BAD_LENGTH
    assert f"{len(scanned)} digits" in result.reason and "8, 12, 13 or 14" in result.reason


def test_ean_identifier_with_letters_is_refused_as_bad_characters():
    assert interpret("]E0ABC").code == RejectCode.BAD_CHARACTERS


def test_expand_upc_e_refuses_what_is_not_a_upc_e():
    for bad in ("24252614", "0425261", "0425261A"):
        with pytest.raises(Reject, match="not a UPC-E"):
            expand_upc_e(bad)
    # Told it is EAN/UPC, eight digits starting with 2 can only be an EAN-8.
    assert interpret("]E0" + with_check_digit("2000000")).symbology == Symbology.EAN_8


@given(body=st.from_regex(r"[0-9]{12,13}", fullmatch=True))
def test_any_body_with_its_check_digit_is_a_product_and_a_flipped_digit_is_not(body):
    code = with_check_digit(body)
    result = interpret(code)
    assert isinstance(result, ProductCode)
    assert result.gtin == code.zfill(14) and result.scanned == code
    for wrong in {str((int(code[-1]) + k) % 10) for k in range(1, 10)}:
        flipped = interpret(code[:-1] + wrong)
        assert isinstance(flipped, Rejected) and flipped.code == RejectCode.CHECK_DIGIT
        assert f"expected {code[-1]}, got {wrong}" in flipped.reason


@given(system=st.sampled_from("01"), digits=st.from_regex(r"[0-9]{6}", fullmatch=True))
def test_every_upc_e_reads_as_a_upc_a_with_its_digits_in_order_and_only_zeros_added(system, digits):
    last = digits[5]
    if last in "012":
        kept = digits[:2] + last + digits[2:5]
    else:
        kept = digits[:5] + (last if last >= "5" else "")
    upc_a_body = expand_upc_e(system + digits + "0")[:-1]
    upc_e = system + digits + with_check_digit(upc_a_body)[-1]
    result = interpret(upc_e)
    assert result.symbology == Symbology.UPC_E and is_valid_gtin(result.gtin)
    assert result.gtin[:3] == "00" + system
    middle = result.gtin[3:13]
    remaining = iter(middle)
    assert all(ch in remaining for ch in kept)
    assert middle.replace("0", "") == kept.replace("0", "")
