"""A change notice from HQ's stream applied to the cache without a request (`apply_notice`).

A notice (hq/stream.py, docs/api.md "Change notices") says: in this terminal's
scope, the changes after `after` up to `high_water` are exactly `pages` (each a
page as GET /v1/changes gives it; a collection not named has none). Where a
collection's cursor stands at `after`, its page is applied and the cursor moves to
the page's end, through `apply_page`, in one transaction each: the same apply as a
fetch's, which applies a page only over the position it was read after, so a page
a timer sync applied first is not applied again. A notice that cannot be applied
whole (no pages, a cursor elsewhere, settings changed) is answered by a fetch.
"""

from __future__ import annotations

import logging
from typing import Any

from clienteling.cache.apply import apply_page, confirm_current, position_of
from clienteling.protocol.poll import is_page
from clienteling.protocol.sync import Position, page_size

from .engine import Followed, SyncEngine

log = logging.getLogger(__name__)


def _empty(name: str, high: int) -> dict[str, Any]:
    return {
        "collection": name,
        "columns": [],
        "rows": [],
        "tombstones": [],
        "next_cursor": high,
        "has_more": False,
    }


def apply_notice(
    engine: SyncEngine, data: dict[str, Any], collections: list[str]
) -> tuple[Followed, bool]:
    """The notice's pages applied to `collections` (the ones followed); and whether that
    brought them to the notice's end (False: fetch with GET /v1/changes)."""
    followed = Followed(waited=True)
    pages, after, high = data.get("pages"), data.get("after"), data.get("high_water")
    if (
        not isinstance(pages, dict)
        or not isinstance(after, int)
        or not isinstance(high, int)
        or data.get("settings")
        or not all(is_page(name, page) for name, page in pages.items())
    ):
        return followed, False
    with engine.cache.read() as conn:
        if any(position_of(conn, name) != Position(after) for name in collections):
            return followed, False
    whole, current = True, []
    for name in collections:
        page = pages.get(name) or _empty(name, high)
        with engine.cache.write() as conn:
            applied = apply_page(conn, page, after)
        if not applied:  # a sync beside moved it first
            whole = False
            continue
        if page_size(page):
            followed.brought += page_size(page)
            followed.applied += page_size(page)
            followed.collections.add(name)
            log.info("sync: %s, %d change(s) applied from a notice", name, page_size(page))
        else:
            current.append(name)
    if current:
        with engine.cache.write() as conn:
            confirm_current(conn, current)
    return followed, whole
