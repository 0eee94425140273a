"""One request per poll: every collection's changes after the terminal's cursors.

`read_changes` answers `GET /v1/changes` (docs/api.md, "One request per poll").
It reads through the feed's own functions (hq/feed.py `read_page`: the same
scope rules, the same watermark), so a collection's part of the answer is the
page `GET /v1/sync/{collection}` would give after the same cursor.

The fast path: the feed's watermark is read first; a collection whose cursor is
at it, or whose table and tombstones hold no value between its cursor and the
watermark (probes of the `seq` indexes, every collection's in one statement, no
scope), is answered without reading it. When no collection needs reading the
answer says `unchanged` and no scope query ran. Only collections with a change
after their cursor are read in scope, in the order asked, sharing one budget of
`limit` changes: a collection the budget did not reach says `has_more` with its
cursor where it was.
"""

from __future__ import annotations

import asyncio
from typing import Any

import orjson
from fastapi.responses import Response
from sqlalchemy import Connection, exists, select

from clienteling.protocol.errors import ErrorCode
from clienteling.protocol.poll import parse_cursors

from . import auth, feed, settings_feed
from . import tables as t
from .errors import ApiError, invalid


def _changed(
    conn: Connection, store_id: str, cursors: dict[str, int], top: int
) -> tuple[set[str], str]:
    """The collections with a value in (cursor, top] in their table or their tombstones, in
    any store's scope (two probes of `seq` indexes each), and the store's settings token
    (hq/settings_feed.py): all in one statement."""
    tomb = t.tombstones.c
    asked = [(name, after) for name, after in cursors.items() if after < top]
    probes = []
    for name, after in asked:
        seq = feed.FEED[name].table.c.seq
        probes.append(
            (
                exists().where(seq > after, seq <= top)
                | exists().where(tomb.collection == name, tomb.seq > after, tomb.seq <= top)
            ).label(f"changed_{name}")
        )
    token, *flags = conn.execute(select(settings_feed.token_of(store_id), *probes)).one()
    changed = {name for (name, _), flag in zip(asked, flags, strict=True) if flag}
    return changed, str(token)


def _unchanged_page(name: str, after: int, top: int) -> dict[str, Any]:
    return {
        "collection": name,
        "columns": [],
        "json_text": [],
        "rows": [],
        "tombstones": [],
        "next_cursor": max(after, top),
        "has_more": False,
        "high_water": top,
    }


def _not_reached(name: str, after: int, top: int) -> dict[str, Any]:
    return {**_unchanged_page(name, after, top), "next_cursor": after, "has_more": True}


def unchanged_answer(cursors: dict[str, int], top: int, settings: str) -> dict[str, Any]:
    """The answer when nothing changed after any cursor up to `top`; `settings`: the
    store's settings token."""
    pages = {name: _unchanged_page(name, after, top) for name, after in cursors.items()}
    return {
        "high_water": top,
        "unchanged": True,
        "changes": 0,
        "has_more": False,
        "collections": pages,
        "settings": settings,
    }


def read_changes(
    conn: Connection, store_id: str, cursors: dict[str, int], limit: int
) -> dict[str, Any]:
    """The answer to one poll: for every collection in `cursors`, a page as the
    per-collection feed gives it (rows, tombstones, next_cursor, has_more)."""
    top = feed.high_water(conn)
    stale, settings = _changed(conn, store_id, cursors, top)
    pages: dict[str, dict[str, Any]] = {}
    left = limit
    scope = feed.scope_of(conn, store_id) if stale else None
    for name, after in cursors.items():
        if name not in stale:
            pages[name] = _unchanged_page(name, after, top)
        elif left <= 0:
            pages[name] = _not_reached(name, after, top)
        else:
            page = feed.read_page(conn, name, scope, after, left)
            left -= len(page["rows"]) + len(page["tombstones"])
            pages[name] = page
    if not stale:
        return unchanged_answer(cursors, top, settings)
    return {
        "high_water": top,
        "unchanged": False,
        "changes": sum(len(p["rows"]) + len(p["tombstones"]) for p in pages.values()),
        "has_more": any(p["has_more"] for p in pages.values()),
        "collections": pages,
        "settings": settings,
    }


def for_terminals(who) -> None:
    """403 unless a terminal asks (its device credential or an associate's session at it):
    the rule of `GET /v1/changes` and of its stream of notices."""
    if who.kind not in (auth.DEVICE, "session"):
        raise ApiError(403, ErrorCode.FORBIDDEN, "the change feed is for terminals")


async def answer(db, signal, who, cursors_text: str, limit: int, wait: int, known: str | None):
    """`GET /v1/changes`: read once; when nothing is new and `wait` > 0, wait for the
    watermark to rise (hq/live.py) and read again, until a change or the end of `wait`.

    No database connection is held while waiting: each read borrows one for its
    own length, in the thread pool. Requests of one store with the same cursors
    share a read under way that began after the watermark's last rise HQ saw
    (`ChangeSignal.shared`): a change that wakes a store's terminals is read once for
    all of them, not once each. Past `max_waiting` waiting requests the answer comes
    at once, as without `wait` (the terminal polls again at its interval).

    `known`: the settings token the terminal has (None: it does not say). An answer whose
    token differs does not wait: a settings change wakes the terminal as a change does.
    """
    for_terminals(who)
    try:
        cursors = parse_cursors(cursors_text)
    except ValueError as exc:
        raise invalid(f"cursors: {exc}") from None

    asked = (who.store_id, tuple(cursors.items()), limit)

    def read() -> dict[str, Any]:
        # On a read replica when it holds a change after the lowest cursor (hq/replica.py).
        return db.feed_read(
            lambda conn: read_changes(conn, who.store_id, cursors, limit),
            after=min(cursors.values()),
            store_id=who.store_id,
        )

    def token() -> str:
        with db.read() as conn:
            return settings_feed.token(conn, who.store_id)

    def quiet(found: dict[str, Any]) -> bool:
        return found["unchanged"] and (known is None or found["settings"] == known)

    ticket = signal.ticket() if wait else None
    if wait and signal.live and min(cursors.values()) >= signal.top:
        # Nothing HQ has heard of is past these cursors, and it hears of every commit
        # from now on: wait at once, with only the settings token read (the terminal's
        # next long poll).
        top = signal.top
        settings = await signal.shared((who.store_id, "settings", top), token)
        found = unchanged_answer(cursors, top, settings)
    else:
        found = await signal.shared((*asked, signal.top), read)
    waited = False
    if wait and quiet(found) and signal.admit():
        waited = True
        try:
            loop = asyncio.get_running_loop()
            deadline = loop.time() + wait
            while quiet(found) and (left := deadline - loop.time()) > 0:
                try:
                    await asyncio.wait_for(ticket.wait(), left)
                except TimeoutError:
                    break
                ticket = signal.ticket()
                found = await signal.shared((*asked, signal.top), read)
        finally:
            signal.leave()
    found = {**found, "waited": waited}
    return Response(orjson.dumps(found), media_type="application/json")
