"""GS1 Digital Link URIs: https://<domain>[/<prefix>]/01/<gtin>[/22/<cpv>][/10/<lot>][/21/<serial>]

Data attributes come from the query (?17=261231&3103=000500). Query keys that
are not AIs this app reads (linkType, utm_source, ...) are ignored; a key
that belongs in the path (01, 22, 10, 21) is refused, as GS1 Digital Link
allows it only there.
"""

from __future__ import annotations

from datetime import date
from urllib.parse import SplitResult, parse_qsl, unquote

from .checks import is_digits
from .gs1 import require_unique
from .gs1_ai import element, is_known_ai
from .rejections import Reject, RejectCode
from .results import DigitalLink, Gs1Element

_QUALIFIERS = ("22", "10", "21")  # the order GS1 Digital Link requires after the GTIN
_PATH_AIS = ("01", *_QUALIFIERS)
_GTIN_LENGTHS = (8, 12, 13, 14)


def parse_digital_link(uri: str, parts: SplitResult, today: date) -> DigitalLink | None:
    """The Digital Link `uri` is, None if its path has no "/01/" segment at all."""
    segments = [unquote(s) for s in parts.path.split("/")]
    starts = [i for i, s in enumerate(segments) if s == "01" and i + 1 < len(segments)]
    first_error: Reject | None = None
    for start in starts:  # "/01/" may also appear in the path prefix before the real one
        try:
            return _link(uri, segments[start + 1 :], parts.query, today)
        except Reject as reject:
            first_error = first_error or reject
    if first_error is not None:
        raise first_error
    return None


def _link(uri: str, after_01: list[str], query: str, today: date) -> DigitalLink:
    gtin = _gtin(after_01[0], today)
    qualifiers = _qualifiers(after_01[1:], today)
    attributes = _attributes(query, today)
    return DigitalLink(
        gtin=gtin,
        cpv=qualifiers.get("22"),
        lot=qualifiers.get("10"),
        serial=qualifiers.get("21"),
        attributes=attributes,
        uri=uri,
    )


def _gtin(text: str, today: date) -> str:
    """GTIN-8, -12 and -13 may be written in the short form; the result has 14 digits."""
    if not is_digits(text) or len(text) not in _GTIN_LENGTHS:
        raise Reject(
            RejectCode.BAD_LENGTH,
            "the GTIN in a Digital Link has 8, 12, 13 or 14 digits "
            f"(this one has {len(text)} characters)",
        )
    return str(element("01", text.zfill(14), today).value)


def _qualifiers(segments: list[str], today: date) -> dict[str, str]:
    if segments and segments[-1] == "":
        segments = segments[:-1]  # a trailing "/"
    if len(segments) % 2:
        raise Reject(RejectCode.BAD_VALUE, "Digital Link path ends in an AI with no value")
    found: dict[str, str] = {}
    allowed = _QUALIFIERS
    for key, value in zip(segments[0::2], segments[1::2], strict=True):
        if key not in allowed:
            raise Reject(
                RejectCode.BAD_VALUE,
                "after the GTIN a Digital Link path may have /22/, /10/ and /21/, in that order",
            )
        allowed = _QUALIFIERS[_QUALIFIERS.index(key) + 1 :]
        found[key] = str(element(key, value, today).value)
    return found


def _attributes(query: str, today: date) -> tuple[Gs1Element, ...]:
    elements: list[Gs1Element] = []
    for key, value in parse_qsl(query, keep_blank_values=True):
        if key in _PATH_AIS:
            raise Reject(
                RejectCode.BAD_VALUE, f"({key}) belongs in a Digital Link's path, not after ?"
            )
        if is_digits(key) and is_known_ai(key):
            elements.append(element(key, value, today))
    require_unique(elements)
    return tuple(elements)
