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

What a poll costs HQ: one trip to the thread pool and one connection for the
credential and the first read (`_first_read`), on PostgreSQL outside a transaction.
The credential's statement brings the watermark and the store's region; the next one
the settings token and the probes (it must come after the watermark's: each statement
has a later snapshot, which sees every value up to the watermark). A poll that finds
nothing new makes these two statements; a long poll at the waker's watermark
one (the token rides with the credential). Their statements are built once.
"""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Callable
from concurrent.futures import Future
from typing import Any

import orjson
from fastapi.responses import Response
from sqlalchemy import BigInteger, Connection, bindparam, column, exists, select, text

from clienteling.protocol.errors import ErrorCode
from clienteling.protocol.poll import parse_cursors

from . import auth, feed, settings_feed
from . import tables as t
from .callers import Callers, Presented
from .db import CLAIM_PREFIX, UNCLAIMED_SQL
from .errors import ApiError, invalid
from .ring import Ring

_STORE = bindparam("store", type_=t.settings_revisions.c.scope.type)
_TOP = bindparam("top", type_=BigInteger)
_PROBES: dict[tuple[str, ...], Any] = {}  # `_changed`'s statements, by collections probed


def _probes(names: tuple[str, ...]):
    """The statement of `_changed` for these collections, built once (building it anew
    each poll cost more CPU than the database's work for it)."""
    built = _PROBES.get(names)
    if built is None:
        tomb = t.tombstones.c
        probes = []
        for name in names:
            seq, after = feed.FEED[name].table.c.seq, bindparam(f"after_{name}", type_=BigInteger)
            probes.append(
                (
                    exists().where(seq > after, seq <= _TOP)
                    | exists().where(tomb.collection == name, tomb.seq > after, tomb.seq <= _TOP)
                ).label(f"changed_{name}")
            )
        built = _PROBES[names] = select(settings_feed.token_of(_STORE), *probes)
    return built


def _changed(
    conn: Connection, store_id: str, cursors: dict[str, int], top: int
) -> tuple[set[str], str]:
    """The collections with a value in (cursor, top] in their table or their tombstones, in
    any store's scope (two probes of `seq` indexes each), and the store's settings token
    (hq/settings_feed.py): all in one statement."""
    asked = tuple(name for name, after in cursors.items() if after < top)
    values = {f"after_{name}": cursors[name] for name in asked}
    token, *flags = conn.execute(_probes(asked), {"store": store_id, "top": top, **values}).one()
    changed = {name for name, flag in zip(asked, flags, strict=True) if flag}
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
    conn: Connection,
    store_id: str,
    cursors: dict[str, int],
    limit: int,
    top: int | None = None,
    scope: feed.Scope | None = None,
    ring: Ring | None = None,
) -> dict[str, Any]:
    """The answer to one poll: for every collection in `cursors`, a page as the
    per-collection feed gives it (rows, tombstones, next_cursor, has_more).

    `top`: the watermark, when a statement before this one in `conn` read it (it must be
    read before the statement that looks for changes up to it); `scope`: the store's,
    when known; `ring`: the process's recent changes of the unscoped collections
    (hq/ring.py), which answers those it holds from the cursor up to `top`: the probe
    statement asks only about the others."""
    if top is None:
        top = feed.high_water(conn)
    held = ring.take(conn, cursors, top, limit) if ring is not None else {}
    probed = {name: after for name, after in cursors.items() if name not in held}
    stale, settings = _changed(conn, store_id, probed, top)
    from_db = bool(stale)
    stale |= {name for name, (rows, tombs) in held.items() if rows or tombs}
    pages: dict[str, dict[str, Any]] = {}
    left = limit
    if from_db and scope is None:
        scope = feed.scope_of(conn, store_id)
    if from_db:  # every page ends at this answer's watermark, with no read of its own
        conn = conn.execution_options(**{feed.WATERMARK: top})
    for name, after in cursors.items():
        if name not in stale:
            pages[name] = _unchanged_page(name, after, top)
        elif left <= 0:
            pages[name] = _not_reached(name, after, top)
        else:
            if name in held:
                page = feed.cut_page(name, *held[name], after, top, left)
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


# Read with the credential, in its statement (hq/callers.py `identify`, `also`): the feed's
# watermark (hq/db.py `feed_watermark`; the claims are read after the sequence, inside
# the subquery), for the statement after it to look for changes up to.
_WATERMARK = {
    "postgresql": (
        text(UNCLAIMED_SQL)
        .bindparams(prefix=CLAIM_PREFIX)  # a constant: no input in this text
        .columns(column("next_free", BigInteger))
        .scalar_subquery()
        - 1
    ).label("poll_high_water"),
    "sqlite": select(t.change_counter.c.value)
    .where(t.change_counter.c.id == 1)
    .scalar_subquery()
    .label("poll_high_water"),
}


def _beside(store_id) -> dict[str, tuple]:
    """What a poll reads with the credential, `store_id` the column of the credential's
    store: at the waker's watermark, the settings token (read after that watermark, so as
    new as it); else the watermark and the store's region (its scope, hq/feed.py)."""
    region = select(t.stores.c.region).where(t.stores.c.store_id == store_id)
    return {
        "at": (settings_feed.token_of(store_id, "poll_settings"),),
        "postgresql": (_WATERMARK["postgresql"], region.scalar_subquery().label("poll_region")),
        "sqlite": (_WATERMARK["sqlite"], region.scalar_subquery().label("poll_region")),
    }


# By the credential's kind: a terminal's, or an associate's session at one.
_ALSO = {"dev": _beside(t.devices.c.store_id), "ses": _beside(t.sessions.c.store_id)}


class Flights:
    """First reads under way in the thread pool, by what they read: a poll whose read
    (store, cursors, limit, watermark) is under way waits for it instead of making its
    own, as `ChangeSignal.shared` does for reads after a wake. Its answer is the one it
    would have read: the watermark is the same, so every value up to it had committed
    before the read under way looked for changes. One per HQ process (routes_feed)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._running: dict[Any, Future] = {}
        self.shared = 0  # reads a poll did not make (for tests and support)

    def run(self, key, read: Callable[[], dict[str, Any]]) -> dict[str, Any]:
        with self._lock:
            running = self._running.get(key)
            mine = running is None
            if mine:
                running = self._running[key] = Future()
            else:
                self.shared += 1
        if not mine:
            return running.result()
        try:
            found = read()
        except BaseException as exc:
            running.set_exception(exc)
            raise
        else:
            running.set_result(found)
            return found
        finally:
            with self._lock:
                del self._running[key]


def _first_read(
    db,
    callers: Callers,
    flights: Flights,
    p: Presented,
    cursors,
    bad: str | None,
    limit: int,
    at: int | None,
    ring: Ring | None = None,
) -> tuple[Any, dict[str, Any] | None]:
    """The caller's credential and the poll's first answer, in one connection (without a
    replica): one statement for the credential, its chain policy and the watermark (or,
    at the waker's watermark `at`, the settings token), one for the settings token and
    the changes. Refusals in the order of a route with the `Who` dependency: 401, 426,
    403, then 422 for cursors `parse_cursors` refuses (the route's declared parameters
    are checked before this read, without the database)."""
    also: tuple = ()
    beside = _ALSO.get(p.token.split("_", 1)[0])  # None: not a terminal, refused below
    if beside is not None and at is not None:
        also = beside["at"]
    elif beside is not None and db.replica is None:
        also = beside[db.dialect]
    found = refused = None
    # On PostgreSQL outside a transaction (`statements_read`): BEGIN and COMMIT were a
    # round trip each beside the poll's two statements, and READ COMMITTED gave each
    # statement its own snapshot anyway (the order of the statements is what counts).
    with db.statements_read() as conn:
        who, device = callers.identify(conn, p, also)
        try:
            for_terminals(who)
            if bad is not None:
                raise invalid(f"cursors: {bad}")
        except ApiError as exc:
            refused = exc
        if refused is None and also:
            row = device.row
            if at is not None:
                found = unchanged_answer(cursors, at, str(row.poll_settings))
            else:
                scope = feed.Scope(who.store_id, row.poll_region or "")
                top = row.poll_high_water
                found = flights.run(
                    (who.store_id, tuple(cursors.items()), limit, top),
                    lambda: read_changes(conn, who.store_id, cursors, limit, top, scope, ring),
                )
    callers.settle(who, device, p)
    if refused is not None:
        raise refused
    return who, found


async def answer(
    db,
    signal,
    flights: Flights,
    callers: Callers,
    presented: Presented,
    cursors_text: str,
    limit: int,
    wait: int,
    known: str | None,
    ring: Ring | None = None,
):
    """`GET /v1/changes`: read once; when nothing is new and `wait` > 0, wait for the
    watermark to rise (hq/live.py) and read again, until a change or the end of `wait`.

    The first read checks the caller's credential in the same connection and thread
    (`_first_read`): one trip to the thread pool and two statements for a poll that finds
    nothing new (one for a long poll at the waker's watermark).

    No database connection is held while waiting: each read borrows one for its
    own length, in the thread pool. Requests of one store with the same cursors
    share a read under way that began after the watermark's last rise HQ saw
    (`ChangeSignal.shared`): a change that wakes a store's terminals is read once for
    all of them, not once each. Past `max_waiting` waiting requests the answer comes
    at once, as without `wait` (the terminal polls again at its interval).

    `known`: the settings token the terminal has (None: it does not say). An answer whose
    token differs does not wait: a settings change wakes the terminal as a change does.
    """
    from starlette.concurrency import run_in_threadpool

    try:
        cursors, bad = parse_cursors(cursors_text), None
    except ValueError as exc:  # said after the credential's refusals, as before
        cursors, bad = {}, str(exc)

    ticket = signal.ticket() if wait else None
    # Nothing HQ has heard of is past these cursors, and it hears of every commit from now
    # on: wait at once, with only the settings token read (the terminal's next long poll).
    at = (
        signal.top
        if wait and cursors and signal.live and min(cursors.values()) >= signal.top
        else None
    )
    who, found = await run_in_threadpool(
        _first_read, db, callers, flights, presented, cursors, bad, limit, at, ring
    )
    asked = (who.store_id, tuple(cursors.items()), limit)

    def read() -> dict[str, Any]:
        # On a read replica when it holds a change after the lowest cursor (hq/replica.py).
        return db.feed_read(
            lambda conn: read_changes(conn, who.store_id, cursors, limit, ring=ring),
            after=min(cursors.values()),
            store_id=who.store_id,
        )

    def quiet(found: dict[str, Any]) -> bool:
        return found["unchanged"] and (known is None or found["settings"] == known)

    if found is None:  # a read replica: the feed is read apart from the credential
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
