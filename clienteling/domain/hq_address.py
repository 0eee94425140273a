"""The one rule for an HQ address, wherever one is accepted: typed on the enroll screen,
given to `clienteling enroll`, read from an enrollment QR code, put in one by
`clienteling-hq enrollment-code --hq-url`, or read back from the terminal's settings file.

https with a host; plain http only to this machine (127.0.0.1, localhost, ::1: the
demo's and a developer's HQ), since a PIN, a session and the chain's shopper data
travel over it. No user name, query or fragment; ASCII only (IDN hosts as punycode).
"""

from __future__ import annotations

from urllib.parse import urlsplit

from .said import Said

LOOPBACK = ("127.0.0.1", "localhost", "::1")
RULE = "https://host[:port][/path] (plain http only for 127.0.0.1 or localhost)"


def is_hq_url(value: object) -> bool:
    """Whether `value` is an address a terminal may use for HQ."""
    if not isinstance(value, str) or not value.isascii() or not value.isprintable():
        return False
    if " " in value:
        return False
    try:
        parts = urlsplit(value)
        host, _ = parts.hostname, parts.port  # .port raises for a port that cannot be
    except ValueError:
        return False
    if not host or parts.username is not None or parts.query or parts.fragment:
        return False
    return parts.scheme == "https" or (parts.scheme == "http" and host in LOOPBACK)


TRAINING_HOST = "127.0.0.1"


def is_training_hq_url(value: object) -> bool:
    """Whether `value` is an address a training terminal may use: the embedded training HQ,
    on 127.0.0.1 and nowhere else (not even "localhost", which a hosts file may send away)."""
    if not is_hq_url(value):
        return False
    return urlsplit(str(value)).hostname == TRAINING_HOST


class TrainingAddressRefused(ValueError):
    """A training terminal was given an HQ address other than the embedded training HQ's."""

    def __init__(self, url: str) -> None:
        super().__init__(
            Said(
                f"training talks only to its own HQ on {TRAINING_HOST}, never to {url!r}",
                "training_address",
                address=url,
            )
        )
