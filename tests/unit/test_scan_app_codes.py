"""The app's own codes (clienteling:// URIs, https tracking): reading, writing, round trips."""

from __future__ import annotations

import uuid

import pytest
from hypothesis import given
from hypothesis import strategies as st

from clienteling.domain.errors import InvalidField
from clienteling.scan import (
    Enrollment,
    OrderTracking,
    RejectCode,
    Rejected,
    ScanConfig,
    ShopperSignUp,
    encode_enrollment,
    encode_order_tracking,
    encode_signup,
    interpret,
)

ORDER = "0b8f1c2e-3f4a-4b5c-8d9e-0f1a2b3c4d5e"
TRACKING = ScanConfig(tracking_url_prefix="https://track.example.com/o")


def rejected(payload: str, code: RejectCode, config: ScanConfig | None = None) -> str:
    result = interpret(payload, config)
    assert isinstance(result, Rejected) and result.code == code, result
    return result.reason


# --- order tracking --------------------------------------------------------------------------


def test_order_code_format_and_reading():
    assert encode_order_tracking(ORDER) == f"clienteling://order/{ORDER}"
    assert encode_order_tracking(uuid.UUID(ORDER)) == f"clienteling://order/{ORDER}"
    assert interpret(f"clienteling://order/{ORDER}") == OrderTracking(ORDER)


def test_order_codes_read_in_upper_case_give_the_canonical_uuid():
    assert interpret(f"CLIENTELING://ORDER/{ORDER.upper()}") == OrderTracking(ORDER)


def test_https_tracking_form_when_configured():
    payload = encode_order_tracking(ORDER, "https://track.example.com/o")
    assert payload == f"https://track.example.com/o/{ORDER}"
    assert interpret(payload, TRACKING) == OrderTracking(ORDER)
    assert rejected(payload, RejectCode.UNKNOWN_FORMAT) == (
        "a link to track.example.com, not a code this store uses"
    )


@pytest.mark.parametrize(
    "payload",
    [
        "clienteling://order/",
        "clienteling://order/12345",
        f"clienteling://order/{ORDER}/x",
        f"clienteling://order/{{{ORDER}}}",
        f"clienteling://order/urn:uuid:{ORDER}",
        "https://track.example.com/o/not-an-order",
    ],
)
def test_order_codes_without_a_valid_uuid_are_bad_values(payload):
    assert "order number" in rejected(payload, RejectCode.BAD_VALUE, TRACKING)


# --- enrollment ------------------------------------------------------------------------------


def test_enrollment_code_format_and_reading():
    payload = encode_enrollment("https://hq.example.com:8443/api", "abcd-efgh-jklm-npqr")
    assert payload == (
        "clienteling://enroll?hq=https%3A%2F%2Fhq.example.com%3A8443%2Fapi&code=ABCD-EFGH-JKLM-NPQR"
    )
    assert interpret(payload) == Enrollment(
        "https://hq.example.com:8443/api", "ABCD-EFGH-JKLM-NPQR"
    )


def test_enrollment_with_the_demo_hq_on_loopback_over_http():
    payload = encode_enrollment("http://127.0.0.1:8765", "WXYZ-2345")
    assert interpret(payload) == Enrollment("http://127.0.0.1:8765", "WXYZ-2345")


def test_unknown_parameters_are_ignored_for_newer_apps():
    payload = "clienteling://enroll?hq=https%3A%2F%2Fhq.example.com&code=ABCD-EFGH&v=2"
    assert interpret(payload) == Enrollment("https://hq.example.com", "ABCD-EFGH")


@pytest.mark.parametrize(
    "payload",
    [
        "clienteling://enroll?hq=http%3A%2F%2Fhq.example.com&code=ABCD-EFGH",  # plain http
        "clienteling://enroll?hq=https%3A%2F%2Fhq.example.com",  # no code
        "clienteling://enroll?code=ABCD-EFGH",  # no HQ
        "clienteling://enroll?hq=ftp%3A%2F%2Fhq.example.com&code=ABCD-EFGH",
        "clienteling://enroll?hq=https%3A%2F%2Fhq.example.com%40evil.example&code=ABCD-EFGH",
        "clienteling://enroll?hq=https%3A%2F%2Fhq.example.com%3Fx%3D1&code=ABCD-EFGH",
        "clienteling://enroll?hq=https%3A%2F%2Fhq.example.com&code=AB",  # too short
        "clienteling://enroll?hq=https%3A%2F%2Fhq.example.com&code=AB--CD",
        "clienteling://enroll?hq=https%3A%2F%2F%5B%3A%3A1&code=ABCD-EFGH",  # broken IPv6 host
        "clienteling://enroll?hq=https%3A%2F%2Fh%C3%A9.example&code=ABCD-EFGH",  # not punycode
        "clienteling://enroll?hq=https%3A%2F%2Fhq.example.com%2Fa%20b&code=ABCD-EFGH",
        "clienteling://enroll?hq=&code=ABCD-EFGH",
    ],
)
def test_enrollment_codes_with_a_bad_hq_or_code_are_bad_values(payload):
    assert "HQ address or one-time code" in rejected(payload, RejectCode.BAD_VALUE)


def test_a_parameter_given_twice_is_refused():
    payload = encode_enrollment("https://hq.example.com", "ABCD-EFGH") + "&code=WXYZ-2345"
    assert "twice" in rejected(payload, RejectCode.BAD_VALUE)


# --- shopper sign-up -------------------------------------------------------------------------


def test_signup_code_format_and_reading():
    assert encode_signup("BR-SP-01", "E123") == "clienteling://signup?store=BR-SP-01&associate=E123"
    assert encode_signup("BR-SP-01") == "clienteling://signup?store=BR-SP-01"
    assert interpret("clienteling://signup?store=BR-SP-01&associate=E123") == ShopperSignUp(
        "BR-SP-01", "E123"
    )
    assert interpret("clienteling://signup?store=BR-SP-01") == ShopperSignUp("BR-SP-01", None)


@pytest.mark.parametrize(
    "payload",
    [
        "clienteling://signup",
        "clienteling://signup?associate=E123",
        "clienteling://signup?store=BR%20SP",
        "clienteling://signup?store=BR-SP-01&associate=",
        "clienteling://signup?store=" + "S" * 65,
    ],
)
def test_signup_codes_without_a_valid_store_or_employee_are_bad_values(payload):
    assert "store or employee id" in rejected(payload, RejectCode.BAD_VALUE)


SIGNUP_PAGE = ScanConfig(signup_url="https://join.example.com/signup")


def test_signup_code_opens_the_chains_signup_page_when_it_has_one():
    url = encode_signup("BR-SP-01", "E123", url=SIGNUP_PAGE.signup_url)
    assert url == "https://join.example.com/signup?store=BR-SP-01&associate=E123"
    assert interpret(url, SIGNUP_PAGE) == ShopperSignUp("BR-SP-01", "E123")
    shouted = url.replace("https://join.example.com", "HTTPS://JOIN.EXAMPLE.COM")
    assert interpret(shouted, SIGNUP_PAGE) == ShopperSignUp("BR-SP-01", "E123")
    assert interpret(
        "https://join.example.com/signup/?store=BR-SP-01&utm_source=qr", SIGNUP_PAGE
    ) == ShopperSignUp("BR-SP-01", None)
    # Without the setting, or another page of the same site: not a sign-up code.
    assert interpret(url).kind == "rejected"
    assert interpret("https://join.example.com/signups?store=BR-SP-01", SIGNUP_PAGE).kind == (
        "rejected"
    )
    assert "store or employee id" in rejected(
        "https://join.example.com/signup", RejectCode.BAD_VALUE, SIGNUP_PAGE
    )


@pytest.mark.parametrize(
    "url",
    [
        "http://join.example.com/signup",  # a phone must not open a plain http page
        "join.example.com/signup",
        "https:///signup",
        "https://join.example.com/signup?ref=qr",
        "https://join.example.com/signup#top",
        "https://join.example.com/signup?",
        "https://user@join.example.com/signup",
        "https://join.exämple.com/signup",
        "https://join.example.com/" + "x" * 500,
    ],
)
def test_a_signup_page_that_phones_cannot_open_is_refused_when_set(url):
    with pytest.raises(InvalidField, match="signup_url"):
        ScanConfig(signup_url=url)
    with pytest.raises(InvalidField, match="signup_url"):
        encode_signup("BR-SP-01", url=url)


def test_an_app_code_of_an_unknown_kind_asks_for_an_update():
    assert "update the app" in rejected("clienteling://pay?amount=1", RejectCode.UNKNOWN_FORMAT)


# --- writing refuses what no code can carry --------------------------------------------------


@pytest.mark.parametrize(
    "call",
    [
        lambda: encode_order_tracking("12345"),
        lambda: encode_order_tracking(f"{{{ORDER}}}"),
        lambda: encode_enrollment("http://hq.example.com", "ABCD-EFGH"),
        lambda: encode_enrollment("https://hq.example.com", "AB CD"),
        lambda: encode_signup("BR SP"),
        lambda: encode_signup("BR-SP-01", "E 1"),
    ],
)
def test_encoders_refuse_invalid_values(call):
    with pytest.raises(InvalidField):
        call()


# --- round trips: what the QR generator writes, the scanner reads back -----------------------

_ids = st.from_regex(r"[A-Za-z0-9_-]{1,64}", fullmatch=True)
_codes = st.from_regex(r"[A-Z0-9]{1,8}(-[A-Z0-9]{1,8}){0,6}", fullmatch=True).filter(
    lambda c: 4 <= len(c) <= 64
)
_hosts = st.from_regex(r"[a-z0-9]([a-z0-9-]{0,20}[a-z0-9])?(\.[a-z]{2,6}){1,2}", fullmatch=True)
_paths = st.from_regex(r"(/[A-Za-z0-9._~!$'()*+,;=:@%-]{0,12}){0,3}", fullmatch=True)


@st.composite
def hq_urls(draw) -> str:
    port = draw(st.one_of(st.none(), st.integers(1, 65535)))
    return f"https://{draw(_hosts)}{'' if port is None else f':{port}'}{draw(_paths)}"


@given(order=st.uuids())
def test_order_codes_round_trip(order):
    assert interpret(encode_order_tracking(order)) == OrderTracking(str(order))
    tracking = encode_order_tracking(str(order).upper(), TRACKING.tracking_url_prefix)
    assert interpret(tracking, TRACKING) == OrderTracking(str(order))


@given(hq_url=hq_urls(), code=_codes)
def test_enrollment_codes_round_trip(hq_url, code):
    assert interpret(encode_enrollment(hq_url, code)) == Enrollment(hq_url, code)


@given(store=_ids, associate=st.one_of(st.none(), _ids))
def test_signup_codes_round_trip(store, associate):
    assert interpret(encode_signup(store, associate)) == ShopperSignUp(store, associate)


@given(store=_ids, associate=st.one_of(st.none(), _ids), host=_hosts, path=_paths)
def test_signup_page_codes_round_trip(store, associate, host, path):
    config = ScanConfig(signup_url=f"https://{host}{path}")
    payload = encode_signup(store, associate, url=config.signup_url)
    assert payload.startswith(config.signup_url + "?")
    assert interpret(payload, config) == ShopperSignUp(store, associate)
