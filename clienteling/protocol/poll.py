"""One request per poll: the cursors a terminal sends to `GET /v1/changes` (docs/api.md).

The query carries one cursor per collection the terminal asks about, as
`cursors=stores:12,products:340,...`: each collection's name, a colon and the
change-sequence value its last page ended at, in the order of COLLECTIONS (so
no collection can come twice). The same text both ways: the
terminal writes it with `format_cursors`, HQ reads it with `parse_cursors`.
"""

from __future__ import annotations

from .sync import COLLECTIONS

CHANGES_PATH = "/changes"
MAX_WAIT = 25  # seconds a request may wait for a change (`wait=`)
DEFAULT_CHANGES = 1000  # changes in one answer, over every collection (`limit=`)


def _pattern() -> str:
    """`cursors` as the OpenAPI document states it: some of the collections, each once, in
    the order of COLLECTIONS, each with a cursor of at most 15 digits."""
    one = [f"{name}:[0-9]{{1,15}}" for name in COLLECTIONS]
    starts = [one[i] + "".join(f"(,{later})?" for later in one[i + 1 :]) for i in range(len(one))]
    return f"^({'|'.join(starts)})$"


CURSORS_PATTERN = _pattern()


def format_cursors(cursors: dict[str, int]) -> str:
    return ",".join(f"{name}:{after}" for name, after in cursors.items())


def parse_cursors(text: str) -> dict[str, int]:
    """The cursors, in the order given; ValueError saying what is wrong and what to send."""
    out: dict[str, int] = {}
    if not text.strip():
        raise ValueError(
            "cursors is empty: send name:cursor for each collection, e.g. stores:0,products:12"
        )
    for part in text.split(","):
        name, colon, value = part.strip().partition(":")
        if not colon:
            raise ValueError(f"{part!r} is not name:cursor (e.g. products:12)")
        if name not in COLLECTIONS:
            raise ValueError(f"unknown collection {name!r} (known: {', '.join(COLLECTIONS)})")
        if name in out:
            raise ValueError(f"{name} is given twice; send each collection's cursor once")
        if out and COLLECTIONS.index(name) < COLLECTIONS.index(list(out)[-1]):
            raise ValueError(
                f"{name} comes after {list(out)[-1]}: send the collections in the order "
                + ",".join(COLLECTIONS)
            )
        if not value.isascii() or not value.isdigit() or len(value) > 15:
            raise ValueError(
                f"{name}'s cursor {value!r} is not a whole number of at most 15 digits"
            )
        out[name] = int(value)
    return out
