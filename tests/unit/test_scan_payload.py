"""What reaches the parsers: size cap, bytes, blanks and controls, symbology identifiers;
the chain's product pages; settings checks; describe and summary."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest

from clienteling.domain.errors import InvalidField
from clienteling.scan import (
    DEMO_LOYALTY,
    DigitalLink,
    Gs1ElementString,
    ProductCode,
    RejectCode,
    Rejected,
    RetailerProductUrl,
    ScanConfig,
    Symbology,
    describe,
    encode_enrollment,
    encode_order_tracking,
    encode_signed_shopper_code,
    encode_signup,
    interpret,
    summary,
)

EAN = ProductCode("04006381333931", Symbology.EAN_13, "4006381333931")
NOW = datetime(2026, 5, 1, 12, 0, tzinfo=UTC)
SHOP = ScanConfig(product_url_prefixes=("https://shop.example.com/p", "https://m.example.com/x/"))


def rejected(payload: object, code: RejectCode, config: ScanConfig | None = None) -> str:
    result = interpret(payload, config)  # type: ignore[arg-type]
    assert isinstance(result, Rejected) and result.code == code, result
    return result.reason


# --- size, encoding, blanks, controls --------------------------------------------------------


def test_longer_than_the_cap_is_refused_before_parsing():
    reason = rejected("4" * 4097, RejectCode.TOO_LONG)
    assert reason == "too long to be a code (4097 characters, at most 4096 characters)"
    assert interpret("4" * 4096).code == RejectCode.BAD_LENGTH  # at the cap: parsed
    assert "100000 bytes" in rejected(b"4" * 100_000, RejectCode.TOO_LONG)
    assert "4097 characters" in rejected(("é" * 4097).encode(), RejectCode.TOO_LONG)
    assert "(65 characters, at most 64" in rejected(
        "4" * 65, RejectCode.TOO_LONG, ScanConfig(max_length=64)
    )


@pytest.mark.parametrize(
    "payload",
    [b"4006381333931", bytearray(b"4006381333931\r\n"), memoryview(b" 4006381333931")],
)
def test_bytes_are_read_as_utf_8(payload):
    assert interpret(payload) == EAN


@pytest.mark.parametrize("payload", [b"\xff\xfe4006381333931", b"400638\xc3", b"\xed\xa0\x80"])
def test_bytes_that_are_not_utf_8_are_refused(payload):
    assert "not UTF-8" in rejected(payload, RejectCode.BAD_ENCODING)


@pytest.mark.parametrize("payload", [None, 4006381333931, ["4006381333931"]])
def test_what_is_not_text_at_all_is_refused_not_raised(payload):
    assert "not text" in rejected(payload, RejectCode.BAD_ENCODING)


@pytest.mark.parametrize(
    "payload",
    [
        "4006381333931\r\n",
        "4006381333931\n",
        "4006381333931\t",
        "  4006381333931  ",
        "\u00a04006381333931\u3000",
        "\ufeff4006381333931",
        "4006381333931\x1d",  # a GS at the end separates nothing
    ],
)
def test_blanks_a_scanner_or_a_paste_adds_are_trimmed(payload):
    assert interpret(payload) == EAN


@pytest.mark.parametrize(
    ("payload", "shown"),
    [
        ("4006381\x00333931", "U+0000"),
        ("4006381333931\x00", "U+0000"),
        ("4006381\n333931", "U+000A"),
        ("4006381\t333931", "U+0009"),
        ("]C1" + "10A\x1eB", "U+001E"),
        ("\x04" + "4006381333931", "U+0004"),
        ("4006381\x7f333931", "U+007F"),
        ("4006381\x9b333931", "U+009B"),
    ],
)
def test_control_characters_inside_are_refused_naming_them(payload, shown):
    assert f"({shown})" in rejected(payload, RejectCode.CONTROL_CHAR)


@pytest.mark.parametrize("payload", ["", "   ", "\r\n", b"", "\x1d\x1d", "]C1", "]Q1"])
def test_nothing_scanned_is_empty(payload):
    assert rejected(payload, RejectCode.EMPTY)


def test_symbology_identifiers_that_are_not_gs1_are_removed():
    assert interpret("]E04006381333931") == EAN
    assert interpret("]I1" + "10614141000415").symbology == Symbology.GTIN_14  # ITF-14
    assert isinstance(interpret("]Q1https://id.gs1.org/01/09506000134352"), DigitalLink)
    assert isinstance(interpret("]d1(01)09506000134352"), Gs1ElementString)
    assert rejected("]A0HELLO", RejectCode.UNKNOWN_FORMAT) == "not a code this store uses"


def test_gs1_identifiers_force_gs1_reading_of_digits():
    # Told it is GS1, the digits of an EAN-13 are AI 400 (a purchase order) and its value.
    assert interpret("]C1" + "4006381333931").values == {"400": "6381333931"}
    assert interpret("]C1" + "0104006381333931").gtin == "04006381333931"


@pytest.mark.parametrize(
    "payload", ["hello", "WIFI:S:shop;T:WPA;P:x;;", "BEGIN:VCARD", "ftp://example.com/01/1"]
)
def test_other_text_is_not_a_code_this_store_uses(payload):
    assert rejected(payload, RejectCode.UNKNOWN_FORMAT) == "not a code this store uses"


# --- the chain's product pages ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("url", "sku", "prefix"),
    [
        ("https://shop.example.com/p/SKU-123", "SKU-123", "https://shop.example.com/p/"),
        ("https://shop.example.com/p/SKU-123?utm=qr#x", "SKU-123", "https://shop.example.com/p/"),
        ("https://shop.example.com/p/SKU-123/red-dress", "SKU-123", "https://shop.example.com/p/"),
        ("HTTPS://SHOP.EXAMPLE.COM/P/SKU_9", "SKU_9", "https://shop.example.com/p/"),
        ("https://shop.example.com/p/SKU%2D1", "SKU-1", "https://shop.example.com/p/"),
        ("https://m.example.com/x/A1", "A1", "https://m.example.com/x/"),
    ],
)
def test_product_pages_give_the_sku(url, sku, prefix):
    assert interpret(url, SHOP) == RetailerProductUrl(sku=sku, prefix=prefix, url=url)


@pytest.mark.parametrize(
    "url",
    [
        "https://shop.example.com/p/",
        "https://shop.example.com/p/?id=1",
        "https://shop.example.com/p/a%20b",
        "https://shop.example.com/p/" + "x" * 65,
    ],
)
def test_product_pages_without_a_valid_sku_are_bad_values(url):
    reason = rejected(url, RejectCode.BAD_VALUE, SHOP)
    assert reason == (
        "a page of the chain's shop (https://shop.example.com/p/) without a product number after it"
    )


def test_a_prefix_matches_whole_path_segments_only():
    assert rejected("https://shop.example.com/products/X", RejectCode.UNKNOWN_FORMAT, SHOP)


def test_product_pages_are_unknown_without_configuration():
    assert rejected("https://shop.example.com/p/SKU-123", RejectCode.UNKNOWN_FORMAT)


# --- settings --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "kwargs",
    [
        {"product_url_prefixes": ("shop.example.com/p/",)},
        {"product_url_prefixes": ("ftp://shop.example.com/p/",)},
        {"product_url_prefixes": ("https://shop.example.com/p/?x=1",)},
        {"product_url_prefixes": ("https:///p/",)},
        {"product_url_prefixes": ("https://shop example.com/p/",)},
        {"product_url_prefixes": ("https://[::1/p/",)},
        {"tracking_url_prefix": "track.example.com"},
        {"shopper_code_keys": (b"short",)},
        {"shopper_code_keys": ("a text key, not bytes",)},
        {"loyalty_formats": ("LY",)},
        {"max_length": 10},
        {"max_length": 5000},
        {"max_length": True},
    ],
)
def test_wrong_settings_fail_when_the_config_is_built(kwargs):
    with pytest.raises(InvalidField):
        ScanConfig(**kwargs)


def test_settings_are_normalised():
    config = ScanConfig(
        loyalty_formats=[DEMO_LOYALTY],  # type: ignore[arg-type]
        product_url_prefixes=["https://shop.example.com/p"],  # type: ignore[arg-type]
        tracking_url_prefix="https://track.example.com/o",
    )
    assert config.loyalty_formats == (DEMO_LOYALTY,)
    assert config.product_url_prefixes == ("https://shop.example.com/p/",)
    assert config.tracking_url_prefix == "https://track.example.com/o/"


# --- describe and summary ---------------------------------------------------------------------

KEY = b"describe-test-key-0123456789abcd"
ALL = ScanConfig(
    loyalty_formats=(DEMO_LOYALTY,),
    product_url_prefixes=("https://shop.example.com/p/",),
    shopper_code_keys=(KEY,),
)
ORDER = "0b8f1c2e-3f4a-4b5c-8d9e-0f1a2b3c4d5e"
EXAMPLES = {
    "product": ("4006381333931", "EAN-13 product, GTIN 04006381333931"),
    "gs1": (
        "(01)09506000134352(3103)000500",
        "GS1 data: (01) GTIN 09506000134352; (3103) net weight 0.500 kg",
    ),
    "digital_link": (
        "https://id.gs1.org/01/09506000134352/22/V/10/L/21/S?17=261200",
        "GS1 Digital Link: GTIN 09506000134352, variant V, lot L, serial S; "
        "(17) expiry date 2026-12-31",
    ),
    "retailer_url": (
        "https://shop.example.com/p/SKU-1",
        "product page of the chain's shop: SKU SKU-1",
    ),
    "loyalty": ("LY79927398713", "loyalty card LY79927398713"),
    "signed_shopper": (
        encode_signed_shopper_code("LY79927398713", datetime(2026, 5, 2, tzinfo=UTC), KEY),
        "shopper LY79927398713 (signed code, valid until 2026-05-02 00:00 UTC)",
    ),
    "order": (encode_order_tracking(ORDER), f"order {ORDER}"),
    "enrollment": (
        encode_enrollment("https://hq.example.com", "ABCD-EFGH"),
        "terminal enrollment with HQ https://hq.example.com",
    ),
    "signup": (
        encode_signup("BR-SP-01", "E123"),
        "shopper sign-up at store BR-SP-01, credited to employee E123",
    ),
    "rejected": ("4006381333932", "not accepted (check_digit): EAN-13 4006381333932: check digit"),
}


@pytest.mark.parametrize("kind", sorted(EXAMPLES))
def test_every_kind_has_a_summary_and_a_json_description(kind):
    payload, line = EXAMPLES[kind]
    result = interpret(payload, ALL, now=NOW)
    assert result.kind == kind
    assert summary(result).startswith(line)
    described = json.loads(json.dumps(describe(result)))
    assert described["kind"] == kind and described["summary"] == summary(result)


def test_description_of_gs1_data_lists_typed_values_as_json():
    described = describe(interpret("(01)09506000134352(17)261231(3103)000500(3922)1999"))
    assert described["fields"] == {
        "elements": [
            {"ai": "01", "title": "GTIN", "raw": "09506000134352", "value": "09506000134352"},
            {"ai": "17", "title": "expiry date", "raw": "261231", "value": "2026-12-31"},
            {"ai": "3103", "title": "net weight", "raw": "000500",
             "value": {"amount": "0.500", "unit": "kg"}},
            {"ai": "3922", "title": "price to pay", "raw": "1999", "value": "19.99"},
        ]
    }  # fmt: skip


def test_description_of_a_product_and_of_a_rejection():
    assert describe(interpret("04252614")) == {
        "kind": "product",
        "summary": "UPC-E product, GTIN 00042100005264",
        "fields": {"gtin": "00042100005264", "symbology": "UPC-E", "scanned": "04252614"},
    }
    result = interpret("(17)261340")
    assert describe(result) == {
        "kind": "rejected",
        "summary": "not accepted (bad_date): date (17) is not a real date: 261340 (YYMMDD)",
        "code": "bad_date",
        "reason": "date (17) is not a real date: 261340 (YYMMDD)",
    }


def test_description_of_a_signed_code_has_no_signature():
    payload, _ = EXAMPLES["signed_shopper"]
    described = describe(interpret(payload, ALL, now=NOW))
    assert described["fields"] == {
        "loyalty_id": "LY79927398713",
        "expires_at": "2026-05-02T00:00:00+00:00",
    }
    assert payload.rsplit(".", 1)[1] not in json.dumps(described)


def test_interpret_takes_a_naive_now_as_utc():
    payload, _ = EXAMPLES["signed_shopper"]
    assert interpret(payload, ALL, now=datetime(2026, 5, 1, 23, 59)).kind == "signed_shopper"
    assert interpret(payload, ALL, now=datetime(2026, 5, 2, 0, 0)).code == RejectCode.EXPIRED


def test_rejection_codes_are_the_documented_ones():
    assert sorted(c.value for c in RejectCode) == sorted(
        [
            "empty", "too_long", "bad_encoding", "control_char", "unknown_format",
            "check_digit", "bad_length", "bad_characters", "bad_date", "unknown_ai",
            "duplicate_ai", "bad_value", "bad_signature", "expired", "not_configured",
        ]
    )  # fmt: skip
