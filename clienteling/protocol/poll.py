"""One request per poll: the cursors a terminal sends to `GET /v1/changes` (docs/api.md).

The query carries one cursor per collection the terminal asks about, as
`cursors=stores:12,products:340,...`: each collection's name, a colon and the
change-sequence value its last page ended at, in the order of COLLECTIONS (so
no collection can come twice). The same text both ways: the
terminal writes it with `format_cursors`, HQ reads it with `parse_cursors`.
"""

from __future__ import annotations

from typing import Any

import orjson

from .sync import COLLECTIONS

CHANGES_PATH = "/changes"
# Server-sent notices of changes (docs/api.md, "Change notices"): the terminal fetches
# what a notice names with GET CHANGES_PATH.
CHANGES_STREAM_PATH = "/changes/stream"
MAX_WAIT = 25  # seconds a request may wait for a change (`wait=`)
DEFAULT_CHANGES = 1000  # changes in one answer, over every collection (`limit=`)
# The answer's `settings`, and the `settings=` a terminal sends back: the revision of the
# scan and fleet settings of its store (opaque; equal when nothing changed).
SETTINGS_REVISION_PATTERN = "^[0-9A-Za-z._-]{1,40}$"


def _pattern() -> str:
    """`cursors` as the OpenAPI document states it: some of the collections, each once, in
    the order of COLLECTIONS, each with a cursor of at most 15 digits."""
    one = [f"{name}:[0-9]{{1,15}}" for name in COLLECTIONS]
    starts = [one[i] + "".join(f"(,{later})?" for later in one[i + 1 :]) for i in range(len(one))]
    return f"^({'|'.join(starts)})$"


CURSORS_PATTERN = _pattern()


def format_cursors(cursors: dict[str, int]) -> str:
    """The `cursors` text, the collections in the order HQ wants them."""
    return ",".join(f"{name}:{cursors[name]}" for name in COLLECTIONS if name in cursors)


def decode_changes(raw: bytes, asked: dict[str, int]) -> dict[str, dict[str, Any]]:
    """An answer of `GET /v1/changes` -> each asked collection's page; ValueError when it
    is not a whole answer (not JSON, a collection missing, a part that is not a page)."""
    return decode_answer(raw, asked)[0]


def decode_answer(raw: bytes, asked: dict[str, int]) -> tuple[dict[str, dict[str, Any]], Any]:
    """`decode_changes`, and the answer's `waited` (None from an HQ that does not say: one
    that does not wait, which answers `wait=` at once)."""
    pages, waited, _settings = decode_poll(raw, asked)
    return pages, waited


def decode_poll(raw: bytes, asked: dict[str, int]) -> tuple[dict[str, dict[str, Any]], Any, Any]:
    """`decode_answer`, and the answer's settings token (None from an HQ that gives none:
    the terminal then fetches its settings at every sync run)."""
    answer = orjson.loads(raw)
    if not isinstance(answer, dict) or not isinstance(answer.get("collections"), dict):
        raise ValueError("not an answer of /changes")
    pages = answer["collections"]
    if set(pages) != set(asked):
        raise ValueError("the answer's collections are not the ones asked about")
    for name, page in pages.items():
        if not is_page(name, page):
            raise ValueError(f"{name}: not a page")
    settings = answer.get("settings")
    return pages, answer.get("waited"), settings if isinstance(settings, str) else None


def is_page(name: str, page: Any) -> bool:
    """Whether `page` is a page of collection `name` as /changes (and a change notice)
    gives it."""
    return (
        isinstance(page, dict)
        and page.get("collection") == name
        and all(isinstance(page.get(k), list) for k in ("rows", "tombstones", "columns"))
        and isinstance(page.get("next_cursor"), int)
        and isinstance(page.get("has_more"), bool)
    )


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
