"""GTIN check digits, phone numbers in E.164 and e-mail addresses."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from clienteling.domain.codes import (
    check_gtin,
    gtin_check_digit,
    is_valid_gtin,
    normalize_email,
    normalize_phone,
    with_check_digit,
)
from clienteling.domain.errors import InvalidField

# --- GTIN ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "code",
    [
        "4006381333931",  # EAN-13
        "96385074",  # EAN-8
        "036000291452",  # UPC-A
        "10614141000415",  # GTIN-14
        "5901234123457",  # EAN-13 from the GS1 examples
    ],
)
def test_known_valid_gtins(code):
    assert is_valid_gtin(code)
    assert check_gtin(code) == code
    assert gtin_check_digit(code[:-1]) == int(code[-1])


@pytest.mark.parametrize(
    ("code", "reason"),
    [
        ("4006381333932", "wrong check digit"),
        ("96385075", "wrong check digit"),
        ("036000291453", "wrong check digit"),
        ("40063813339", "has 11 digits; a GTIN has 8, 12, 13 or 14"),
        ("400638133393100", "has 15 digits"),
        ("40063813339a", "digits only"),
        ("４００６３８１３３３９３１", "digits only"),  # full-width digits are not ASCII
        ("", "is empty"),
    ],
)
def test_bad_gtins_say_why(code, reason):
    assert not is_valid_gtin(code)
    with pytest.raises(InvalidField, match=r"^gtin: .*" + reason):
        check_gtin(code)


def test_check_gtin_trims_and_uses_the_given_field():
    assert check_gtin(" 4006381333931 ") == "4006381333931"
    with pytest.raises(InvalidField, match=r"^barcode: "):
        check_gtin("123", field="barcode")
    with pytest.raises(InvalidField, match=r"gtin"):
        check_gtin(4006381333931)  # a number lost its leading zeros somewhere; refuse it


BODIES = st.sampled_from([7, 11, 12, 13]).flatmap(
    lambda n: st.text("0123456789", min_size=n, max_size=n)
)


@given(BODIES)
def test_with_check_digit_is_always_valid(body):
    code = with_check_digit(body)
    assert code[:-1] == body and is_valid_gtin(code)
    assert check_gtin(code) == code


@given(BODIES, st.data())
def test_any_single_digit_change_is_caught(body, data):
    code = with_check_digit(body)
    pos = data.draw(st.integers(0, len(code) - 1), label="position")
    new = data.draw(st.sampled_from([d for d in "0123456789" if d != code[pos]]), label="digit")
    changed = code[:pos] + new + code[pos + 1 :]
    assert not is_valid_gtin(changed)
    with pytest.raises(InvalidField, match=r"check digit"):
        check_gtin(changed)


# --- phones --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "region", "e164"),
    [
        ("+55 (11) 98765-4321", None, "+5511987654321"),
        ("+55 (11) 98765-4321", "ES", "+5511987654321"),  # an explicit code wins
        ("(11) 98765-4321", "BR", "+5511987654321"),
        ("11987654321", "BR", "+5511987654321"),
        ("612 34 56 78", "ES", "+34612345678"),
        ("+34 612 34 56 78", None, "+34612345678"),
        ("8 (912) 345-67-89", "RU", "+79123456789"),
        ("+7 912 345-67-89", "RU", "+79123456789"),
        ("(415) 555-0132", "US", "+14155550132"),
        ("912 345 678", "PT", "+351912345678"),
        ("(11) 98765-4321", "br", "+5511987654321"),  # region in lower case
    ],
)
def test_phones_normalise_to_e164(raw, region, e164):
    assert normalize_phone(raw, region) == e164


@pytest.mark.parametrize(
    ("raw", "region"),
    [
        ("", "BR"),
        ("   ", "BR"),
        ("hello", "BR"),
        ("+55 11", None),
        ("+55 11", "BR"),
        ("123", "BR"),
        ("(11) 98765-4321", None),  # no country code and no region to read it with
        ("+55 11 98765-4321-99999", None),  # too many digits
        ("1" * 300, "BR"),
        (None, "BR"),
    ],
)
def test_bad_phones_are_refused(raw, region):
    with pytest.raises(InvalidField, match=r"^phone: "):
        normalize_phone(raw, region)


def test_phone_errors_name_the_callers_field():
    with pytest.raises(InvalidField, match=r"^mobile: "):
        normalize_phone("123", "BR", field="mobile")


@given(st.text(max_size=40))
def test_phone_normalisation_either_gives_e164_or_refuses(raw):
    try:
        e164 = normalize_phone(raw, "BR")
    except InvalidField as exc:
        assert exc.field == "phone"
    else:
        assert e164.startswith("+") and e164[1:].isdigit()
        assert normalize_phone(e164) == e164  # E.164 is a fixed point


# --- e-mail --------------------------------------------------------------------------


def test_emails_trim_and_lower_case_only_the_domain():
    assert normalize_email(" Ana.Lima@Example.COM ") == "Ana.Lima@example.com"
    assert normalize_email("a+tag@mail.example.co.uk") == "a+tag@mail.example.co.uk"


@pytest.mark.parametrize(
    "bad",
    ["", "ana", "ana@", "@x.com", "a b@x.com", "ana@localhost", "a@@x.com", "a@x..com", None],
)
def test_bad_emails_are_refused(bad):
    with pytest.raises(InvalidField, match=r"^email: "):
        normalize_email(bad)


def test_overlong_emails_are_refused():
    with pytest.raises(InvalidField, match=r"email"):
        normalize_email("a" * 65 + "@example.com")  # local part over 64
    with pytest.raises(InvalidField, match=r"email"):
        normalize_email("a@" + "b" * 250 + ".com")  # whole address over 254
