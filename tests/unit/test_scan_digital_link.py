"""GS1 Digital Link URIs: GTIN and qualifiers in the path, data attributes in the query."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal

import pytest

from clienteling.scan import DigitalLink, Gs1Element, Measure, RejectCode, Rejected, interpret

NOW = datetime(2026, 5, 1, 12, 0, tzinfo=UTC)


def link(uri: str) -> DigitalLink:
    result = interpret(uri, now=NOW)
    assert isinstance(result, DigitalLink), result
    return result


def rejected(uri: str, code: RejectCode) -> str:
    result = interpret(uri, now=NOW)
    assert isinstance(result, Rejected) and result.code == code, result
    return result.reason


def test_gs1_example_with_lot_and_expiry():
    uri = "https://id.gs1.org/01/09506000134352/10/ABC123?17=261231"
    assert link(uri) == DigitalLink(
        gtin="09506000134352",
        cpv=None,
        lot="ABC123",
        serial=None,
        attributes=(Gs1Element("17", "expiry date", "261231", date(2026, 12, 31)),),
        uri=uri,
    )
    assert link(uri).expiry == date(2026, 12, 31)


def test_gs1_example_short_gtin_13_with_a_net_weight():
    result = link("https://example.com/01/9506000134352?3103=000195")
    assert result.gtin == "09506000134352"
    assert result.weight == Measure(Decimal("0.195"), "kg")


@pytest.mark.parametrize(
    ("path_gtin", "gtin"),
    [
        ("96385074", "00000096385074"),  # GTIN-8
        ("036000291452", "00036000291452"),  # GTIN-12
        ("4006381333931", "04006381333931"),  # GTIN-13
        ("10614141000415", "10614141000415"),  # GTIN-14
    ],
)
def test_short_gtins_are_padded_to_14_digits(path_gtin, gtin):
    assert link(f"https://id.example.com/01/{path_gtin}").gtin == gtin


def test_all_qualifiers_in_order_after_a_path_prefix_percent_decoded():
    result = link(
        "https://id.example.com/some/prefix/01/09506000134352/22/2A/10/ABC%2F1%2B2/21/X%259"
    )
    assert (result.gtin, result.cpv, result.lot, result.serial) == (
        "09506000134352",
        "2A",
        "ABC/1+2",
        "X%9",
    )


def test_a_01_segment_in_the_prefix_does_not_hide_the_real_gtin():
    assert link("https://example.com/01/x/01/09506000134352/21/7").serial == "7"


def test_upper_case_uri_from_a_qr_in_alphanumeric_mode():
    result = link("HTTPS://ID.GS1.ORG/01/09506000134352/10/ABC123")
    assert (result.gtin, result.lot) == ("09506000134352", "ABC123")


def test_trailing_slash_fragment_and_http_are_accepted():
    assert link("http://example.com/01/09506000134352/21/S1/#top").serial == "S1"


def test_query_keys_that_are_not_ais_this_app_reads_are_ignored():
    result = link(
        "https://id.gs1.org/01/09506000134352?linkType=gs1:pip&17=261231&utm_source=qr&99=x"
        "&15=270100&3922=1999"
    )
    assert result.values == {
        "17": date(2026, 12, 31),
        "15": date(2027, 1, 31),
        "3922": Decimal("19.99"),
    }


@pytest.mark.parametrize(
    ("uri", "code", "message"),
    [
        ("https://id.gs1.org/01/09506000134353", RejectCode.CHECK_DIGIT, "expected 2, got 3"),
        ("https://id.gs1.org/01/950600013435", RejectCode.CHECK_DIGIT, "check digit wrong"),
        ("https://id.gs1.org/01/123", RejectCode.BAD_LENGTH, "8, 12, 13 or 14 digits"),
        ("https://id.gs1.org/01/0950600013435A", RejectCode.BAD_LENGTH, "8, 12, 13 or 14"),
        ("https://id.gs1.org/01/09506000134352/21/S/10/L", RejectCode.BAD_VALUE, "in that order"),
        ("https://id.gs1.org/01/09506000134352/10/L/10/M", RejectCode.BAD_VALUE, "in that order"),
        ("https://id.gs1.org/01/09506000134352/99/L", RejectCode.BAD_VALUE, "/22/, /10/ and /21/"),
        ("https://id.gs1.org/01/09506000134352/10", RejectCode.BAD_VALUE, "no value"),
        ("https://id.gs1.org/01/09506000134352/10/A%20B", RejectCode.BAD_CHARACTERS, "' '"),
        ("https://id.gs1.org/01/09506000134352/10/" + "L" * 21, RejectCode.BAD_LENGTH, "got 21"),
        ("https://id.gs1.org/01/09506000134352?17=261340", RejectCode.BAD_DATE, "261340"),
        ("https://id.gs1.org/01/09506000134352?10=ABC", RejectCode.BAD_VALUE, "(10) belongs"),
        ("https://id.gs1.org/01/09506000134352?17=261231&17=261231", RejectCode.DUPLICATE_AI, ""),
        ("https://id.gs1.org/01/09506000134352?3103=5", RejectCode.BAD_LENGTH, "(3103)"),
    ],
)
def test_broken_links_are_rejected_with_the_reason(uri, code, message):
    assert message in rejected(uri, code)


@pytest.mark.parametrize(
    "uri", ["https://example.com/", "https://example.com/01", "https://example.com/gtin/123"]
)
def test_web_addresses_without_a_gtin_are_not_codes_of_the_store(uri):
    assert rejected(uri, RejectCode.UNKNOWN_FORMAT) == (
        "a link to example.com, not a code this store uses"
    )


def test_broken_web_addresses_are_refused_not_raised():
    assert rejected("https://[::1/01/09506000134352", RejectCode.BAD_VALUE)
    assert rejected("https://example.com:99999/01/09506000134352", RejectCode.BAD_VALUE)


def test_the_host_in_a_reason_is_short_and_printable():
    reason = rejected("https://" + "a" * 100 + ".example.com/x", RejectCode.UNKNOWN_FORMAT)
    assert reason == f"a link to {'a' * 57}..., not a code this store uses"
    reason = rejected("https://b\ud800\u00e9.example.com/", RejectCode.UNKNOWN_FORMAT)
    assert reason == "a link to b\\ud800\\xe9.example.com, not a code this store uses"
    assert reason.isascii()
