"""One rule for an HQ address on every way one comes in: https, plain http to this machine."""

from __future__ import annotations

from dataclasses import asdict

import pytest

from clienteling.domain import hq_address
from clienteling.domain.errors import InvalidField
from clienteling.hq.cli import enrollment_uri
from clienteling.scan import app_codes, interpret
from clienteling.services import enrollment
from clienteling.settings import NotEnrolled, SettingsFile, TerminalSettings
from clienteling.ui import enroll as enroll_screen

GOOD = [
    "https://hq.example.com",
    "https://hq.example.com:8443/api",
    "http://127.0.0.1:8400",
    "http://localhost:8400",
    "http://[::1]:8400",
]
BAD = [
    "http://hq.example.com",
    "http://192.168.1.20:8400",
    "http://127.0.0.1.example.com",
    "ftp://hq.example.com",
    "https://",
    "https://u@hq.example.com",
    "https://hq.example.com/?a=1",
    "https://hq.example.com:port",
]


def _accepted_everywhere(url: str) -> dict[str, bool]:
    """Whether each way an HQ address comes in takes `url`."""
    out = {"rule": hq_address.is_hq_url(url)}
    try:
        enrollment_uri(url, "ABCD-EFGH")
        out["hq_qr"] = True
    except ValueError:
        out["hq_qr"] = False
    try:
        app_codes.encode_enrollment(url, "ABCD-EFGH")
        out["terminal_qr"] = True
    except InvalidField:
        out["terminal_qr"] = False
    out["scan"] = interpret(f"clienteling://enroll?hq={url}&code=ABCD-EFGH").kind == "enrollment"
    out["screen"] = enroll_screen.hq_address(url) == url
    try:  # refused before the vault or HQ are touched
        enrollment.enroll(None, None, url, "ABCD-EFGH", "counter-1")
    except ValueError:
        out["cli"] = False
    except AttributeError:
        out["cli"] = True  # got past the rule, to the (absent) vault
    return out


@pytest.mark.parametrize("url", GOOD + BAD)
def test_every_way_in_follows_the_one_rule(url):
    accepted = _accepted_everywhere(url)
    expected = url in GOOD
    assert accepted == dict.fromkeys(accepted, expected), accepted


@pytest.mark.parametrize("url", GOOD + BAD)
def test_the_settings_file_follows_the_rule_too(tmp_path, url):
    """An address put in settings.json by hand (or by an old version) is not used when
    plain http goes to another machine: the terminal asks to be enrolled again."""
    settings = SettingsFile(tmp_path)
    settings.save_terminal(TerminalSettings(url, "BR-SP-01", "Store", "dev-1", "counter-1"))
    if url in GOOD:
        assert asdict(settings.terminal())["hq_url"] == url
    else:
        with pytest.raises(NotEnrolled, match="enroll the terminal again"):
            settings.terminal()


def test_it_is_one_function():
    assert app_codes.is_hq_url is hq_address.is_hq_url
    assert enroll_screen.is_hq_url is hq_address.is_hq_url
    assert enrollment.is_hq_url is hq_address.is_hq_url
