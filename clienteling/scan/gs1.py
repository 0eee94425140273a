"""GS1 element strings: as scanners send them (FNC1 as GS) and in the bracketed human form.

"]C1" + "0109506000134352" "17261231" "10ABC" GS "21XYZ": fixed-length fields
(01, 17, ...) need no separator; a variable-length field (10, 21, ...) ends at
a GS (0x1D) or at the end of the data. The bracketed form writes each AI in
parentheses: "(01)09506000134352(17)261231(10)ABC".
"""

from __future__ import annotations

import re
from datetime import date

from .checks import is_digits
from .gs1_ai import ai_length, ai_spec, element
from .rejections import Reject, RejectCode
from .results import Gs1Element, Gs1ElementString

GS = "\x1d"  # ASCII group separator: how scanners transmit FNC1
_BRACKETED_AI = re.compile(r"\(([0-9]{2,4})\)")


def is_bracketed(text: str) -> bool:
    return _BRACKETED_AI.match(text) is not None


def parse_element_string(data: str, today: date) -> Gs1ElementString:
    """The elements of GS1 data in scanner form (symbology identifier already removed)."""
    elements: list[Gs1Element] = []
    pos = 0
    while pos < len(data):
        if data[pos] == GS:  # FNC1 first, or after a fixed-length field: allowed, ignored
            pos += 1
            continue
        ai = _read_ai(data, pos)
        pos += len(ai)
        raw = _read_value(data, pos, ai)
        pos += len(raw)
        elements.append(element(ai, raw, today))
    return _element_string(elements)


def parse_bracketed(text: str, today: date) -> Gs1ElementString:
    """The elements of "(01)09506000134352(10)ABC"; blanks around a value are ignored.

    A value that itself holds "(" digits ")" cannot be told from the next AI in
    this form; scanners never send it, people type it from labels.
    """
    parts = _BRACKETED_AI.split(text)  # "", ai, value, ai, value...: `text` starts with "(ai)"
    pairs = zip(parts[1::2], parts[2::2], strict=True)
    return _element_string([element(ai, raw.strip(" "), today) for ai, raw in pairs])


def _read_ai(data: str, pos: int) -> str:
    ai = data[pos : pos + ai_length(data[pos : pos + 2])]
    if not is_digits(ai):
        raise Reject(
            RejectCode.BAD_CHARACTERS,
            f"GS1 data is garbled at character {pos + 1}: an AI (digits) belongs there",
        )
    if len(ai) < ai_length(ai[:2]):
        raise Reject(RejectCode.BAD_LENGTH, f"GS1 data ends in the middle of an AI ({ai}...)")
    return ai


def _read_value(data: str, pos: int, ai: str) -> str:
    spec = ai_spec(ai)
    if spec.fixed:
        return data[pos : pos + spec.length].split(GS, 1)[0]
    end = data.find(GS, pos)
    return data[pos : end if end >= 0 else len(data)]


def _element_string(elements: list[Gs1Element]) -> Gs1ElementString:
    if not elements:
        raise Reject(RejectCode.BAD_VALUE, "GS1 code with no data in it; scan it again")
    require_unique(elements)
    return Gs1ElementString(elements=tuple(elements))


def require_unique(elements: list[Gs1Element]) -> None:
    seen: set[str] = set()
    for e in elements:
        if e.ai in seen:
            raise Reject(RejectCode.DUPLICATE_AI, f"({e.ai}) {e.title} appears twice in one code")
        seen.add(e.ai)
