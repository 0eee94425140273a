"""The chain's scan settings: the one set of rules HQ and the terminal's scanner both apply."""

from __future__ import annotations

import pytest

from clienteling.domain.errors import InvalidField
from clienteling.domain.scan_settings import check_settings
from clienteling.scan import ScanConfig


def test_settings_are_checked_and_normalised():
    assert check_settings(
        {
            "loyalty_formats": [{"prefix": "ly", "length": 13, "check": "mod10"}, {"length": 8}],
            "product_url_prefixes": ["https://shop.example.com/p"],
            "tracking_url_prefix": "https://track.example.com/o",
            "signup_url": "https://join.example.com/signup",
        }
    ) == {
        "loyalty_formats": [
            {"prefix": "LY", "length": 13, "check": "mod10"},
            {"prefix": "", "length": 8, "check": "none"},
        ],
        "product_url_prefixes": ["https://shop.example.com/p/"],
        "tracking_url_prefix": "https://track.example.com/o/",
        "signup_url": "https://join.example.com/signup",
    }
    assert check_settings({}) == {
        "loyalty_formats": [],
        "product_url_prefixes": [],
        "tracking_url_prefix": None,
        "signup_url": None,
    }


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ([], "one JSON object"),
        ({"colour": "red"}, "unknown setting 'colour'"),
        ({"shopper_code_keys": ["abc"]}, "keys are added apart"),
        ({"loyalty_formats": "LY"}, "list of {prefix, length, check}"),
        ({"loyalty_formats": [{"prefix": "L-Y", "length": 13}]}, "loyalty prefix: 'L-Y'"),
        ({"loyalty_formats": [{"prefix": "LY", "length": "13"}]}, "not a whole number"),
        ({"loyalty_formats": [{"prefix": "LY", "length": 2}]}, "no digits after the prefix"),
        ({"loyalty_formats": [{"prefix": "LY", "length": 65}]}, "over 64"),
        ({"loyalty_formats": [{"prefix": "LY", "length": 9, "check": "crc"}]}, "choose one of"),
        ({"loyalty_formats": [{"prefix": "LY", "length": 9, "colour": 1}]}, "each is"),
        ({"product_url_prefixes": "https://shop.example.com/p/"}, "list of web addresses"),
        ({"product_url_prefixes": ["ftp://shop.example.com/p/"]}, "http(s) address"),
        ({"tracking_url_prefix": "https://track.example.com/?o="}, "no query"),
        ({"signup_url": "http://join.example.com/"}, "not an https address"),
    ],
)
def test_wrong_settings_are_refused_with_the_setting_named(data, message):
    with pytest.raises(InvalidField, match=message.replace("(", r"\(").replace(")", r"\)")):
        check_settings(data)


def test_what_hq_accepts_the_terminal_builds_and_the_other_way_round():
    """Same rules: a ScanConfig refuses exactly what check_settings refuses."""
    for url in ("https://join.example.com/x", "http://join.example.com/x", "https://x/?a=1"):
        try:
            check_settings({"signup_url": url})
            accepted = True
        except InvalidField:
            accepted = False
        try:
            ScanConfig(signup_url=url)
            built = True
        except InvalidField:
            built = False
        assert accepted == built, url
