"""Change notices pushed to open terminals: `GET /v1/changes/stream` (server-sent events).

A long poll answers every waiting terminal with a request of its own: a chain-wide
change (stock, catalog) wakes every waiter, and each reads the feed and answers
on its own. The stream instead keeps one response open per terminal and, when
the feed's watermark rises (hq/live.py: this process's commits, NOTIFY from the
others), `StreamHub` works out ONCE per store present which collections hold a
change in that store's scope (hq/feed.py's scope rules: stores, products and
stock are chain-wide, the others per store), reads those changes once (a
chain-wide collection's once for all stores) and writes the same encoded bytes
to every open stream of that store. A terminal whose cursors stand where the
notice starts applies it as a page of GET /v1/changes; any other fetches with
GET /v1/changes (docs/api.md, "Change notices").

One hub per HQ process. Its work for a rise runs on the change signal's thread
(after the long polls were woken); the bytes are handed to the event loop, where
each stream's response sends what it was given. A hub-wide tick every
`heartbeat` seconds writes a comment line to every stream (a write to a client
that went away fails, and its stream is dropped; proxies see traffic) and ends the
streams whose credential ended at HQ (terminal revoked, session ended or expired),
with one query for all of them.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import threading
from collections import deque
from collections.abc import AsyncIterator
from datetime import UTC, datetime
from typing import Any

import orjson
from sqlalchemy import Connection, exists, or_, select

from clienteling.protocol.sync import COLLECTIONS

from . import auth, feed, settings_feed
from . import tables as t
from .db import Database
from .live import ChangeSignal

log = logging.getLogger("clienteling.hq.stream")

NOTICE_CHANGES = 200  # a collection's changes a notice carries at most; more: fetched
BACKLOG = 64  # notices a stream may have unsent; past it the client is too slow: dropped
HEARTBEAT = b": keep-alive\n\n"
READY_WAIT = 5.0  # seconds an opening stream waits for the change signal's first read

# Why HQ ended a stream (the `ended` event's `reason`).
REVOKED = "credential_ended"  # the terminal was revoked or the session ended or expired
SLOW = "too_slow"  # notices piled up unsent
CLOSED = "closing"  # HQ is stopping


def event(name: str, data: dict[str, Any], event_id: int | None = None) -> bytes:
    """One server-sent event, encoded."""
    head = f"id: {event_id}\n" if event_id is not None else ""
    return f"{head}event: {name}\ndata: ".encode() + orjson.dumps(data) + b"\n\n"


class Stream:
    """One open stream: what its terminal may see, and what waits to be sent to it."""

    __slots__ = ("device_id", "ended", "expires_at", "pending", "session", "store_id", "wake")

    def __init__(self, who: auth.Principal) -> None:
        self.store_id: str = who.store_id or ""
        self.device_id = who.device_id
        # A session's stream ends with the session (revoked, expired), a device's with it.
        self.session = who.row.token_hash if who.kind == "session" else None
        self.pending: deque[bytes] = deque()
        self.wake = asyncio.Event()
        self.ended: str | None = None

    def push(self, data: bytes) -> None:
        if self.ended:
            return
        if len(self.pending) >= BACKLOG:
            self.end(SLOW)
            return
        self.pending.append(data)
        self.wake.set()

    def end(self, reason: str) -> None:
        if self.ended is None:
            self.ended = reason
            self.wake.set()


def _changed_everywhere(conn: Connection, lo: int, hi: int) -> tuple[set[str], set[str], set]:
    """The collections with a row value in (lo, hi], those with a tombstone there (a
    tombstone reaches every terminal: the row it deleted cannot be scoped), and the
    settings scopes that changed there; two statements."""
    tomb = t.tombstones.c
    probes = []
    for name in COLLECTIONS:
        seq = feed.FEED[name].table.c.seq
        probes.append(exists().where(seq > lo, seq <= hi).label(f"r_{name}"))
        probes.append(
            exists()
            .where(tomb.collection == name, tomb.seq > lo, tomb.seq <= hi)
            .label(f"t_{name}")
        )
    flags = conn.execute(select(*probes)).one()
    rows = {n for i, n in enumerate(COLLECTIONS) if flags[2 * i]}
    tombs = {n for i, n in enumerate(COLLECTIONS) if flags[2 * i + 1]}
    r = t.settings_revisions.c
    scopes = set(conn.execute(select(r.scope).where(r.seq > lo, r.seq <= hi)).scalars())
    return rows, tombs, scopes


def notices(conn: Connection, lo: int, hi: int, stores: set[str]) -> dict[str, bytes]:
    """For each store in `stores` that has something new in (lo, hi] in its scope, the
    notice its streams get: `after` lo, `high_water` hi, the `collections` changed, and
    `pages`: each changed collection's page after lo up to hi, as GET /v1/changes
    gives it (hq/feed.py `read_page`: the same scope rules; None when a page would not
    hold them all: the terminal fetches). Notices with the same content are the same
    bytes object: a chain-wide change is read and encoded once for every store.

    Statements: two for the whole chain and one read per chain-wide collection
    changed; only when a store-scoped collection changed, one for the stores' regions
    and, per store, one probe and one read per collection with a change in its scope."""
    rows, tombs, scopes = _changed_everywhere(conn, lo, hi)
    conn = conn.execution_options(**{feed.WATERMARK: hi})  # the pages end at hi
    anyone = feed.Scope("", "")
    # A chain-wide collection's page is the same for every store; so is a store-scoped
    # collection's with tombstones only (a tombstone reaches every terminal).
    shared: dict[str, dict[str, Any] | None] = {}
    for name in COLLECTIONS:
        unscoped = feed.FEED[name].scoped is None
        if (unscoped and (name in rows or name in tombs)) or (name in tombs and name not in rows):
            shared[name] = _page(conn, name, anyone, lo)
    scoped = [n for n in COLLECTIONS if n in rows and feed.FEED[n].scoped is not None]
    settings_all = bool(scopes & {settings_feed.SCAN, settings_feed.CHAIN})
    mine: dict[str, dict[str, dict[str, Any] | None]] = {s: {} for s in stores}
    if scoped and stores:
        st = t.stores.c
        regions = dict(
            conn.execute(select(st.store_id, st.region).where(st.store_id.in_(stores))).all()
        )
        dialect = conn.dialect.name
        for store in stores:
            scope = feed.Scope(store, regions.get(store) or "")
            probes = []
            for name in scoped:
                coll = feed.FEED[name]
                seq = coll.table.c.seq
                probes.append(exists().where(seq > lo, seq <= hi, coll.where(scope, dialect)))
            flags = conn.execute(select(*probes)).one()
            for name, flag in zip(scoped, flags, strict=True):
                if flag or name in tombs:
                    mine[store][name] = _page(conn, name, scope, lo)
    out: dict[str, bytes] = {}
    encoded: dict[tuple, bytes] = {}
    for store in stores:
        pages = {**shared, **mine[store]}
        names = tuple(n for n in COLLECTIONS if n in pages)
        settings = settings_all or store in scopes
        if not names and not settings:
            continue
        key = (tuple(id(pages[n]) for n in names), settings)
        if key not in encoded:
            whole = all(pages[n] is not None for n in names)
            data = {
                "after": lo,
                "high_water": hi,
                "collections": list(names),
                "settings": settings,
                "pages": {n: pages[n] for n in names} if whole else None,
            }
            encoded[key] = event("changes", data, hi)
        out[store] = encoded[key]
    return out


def _page(conn: Connection, name: str, scope: feed.Scope, lo: int) -> dict[str, Any] | None:
    page = feed.read_page(conn, name, scope, lo, NOTICE_CHANGES)
    return None if page["has_more"] else page


class StreamHub:
    """The process's open streams, by store; see the module's docstring."""

    def __init__(
        self, db: Database, signal: ChangeSignal, max_streams: int, heartbeat: float
    ) -> None:
        self.db, self.signal = db, signal
        self.max_streams, self.heartbeat = max_streams, heartbeat
        self.by_store: dict[str, set[Stream]] = {}
        self.count = 0
        self.notices = 0  # rises worked out (for tests and support)
        self._loop: asyncio.AbstractEventLoop | None = None
        self._tick: asyncio.Task | None = None
        self._lock = threading.Lock()  # `by_store` is read on the signal's thread
        # The watermark notices were worked out up to (the signal's thread only): a rise
        # whose work failed is covered by the next one.
        self._upto: int | None = None
        signal.on_rise.append(self._rose)

    # --- the event loop's side -------------------------------------------------------

    @property
    def full(self) -> bool:
        return self.count >= self.max_streams

    async def open(self, who: auth.Principal) -> Stream | None:
        """A new stream for `who` (it joins the hub when its response starts: `body`);
        None when the change signal cannot tell of changes now (its database is out of
        reach)."""
        self.signal.ticket()  # starts the signal's thread
        loop = asyncio.get_running_loop()
        deadline = loop.time() + READY_WAIT
        while not self.signal.live:
            if loop.time() > deadline:
                return None
            await asyncio.sleep(0.02)
        self._loop = loop
        return Stream(who)

    def _join(self, stream: Stream) -> int:
        """Add the stream; the watermark its notices start after."""
        with self._lock:
            self.by_store.setdefault(stream.store_id, set()).add(stream)
            self.count += 1
            self.signal.streams = self.count
        if self._tick is None or self._tick.done():
            self._tick = asyncio.get_running_loop().create_task(self._ticking())
        # Added before `top` is read, with no await between, and the signal sets `top`
        # before it tells the hub of a rise: a rise past `top` reaches the stream.
        return self.signal.top

    def close(self, stream: Stream) -> None:
        with self._lock:
            streams = self.by_store.get(stream.store_id)
            if streams is not None and stream in streams:
                streams.discard(stream)
                self.count -= 1
                self.signal.streams = self.count
                if not streams:
                    del self.by_store[stream.store_id]

    async def body(self, stream: Stream) -> AsyncIterator[bytes]:
        """What the response sends: `ready`, then notices and heartbeats, until the
        stream ends (its client went away, HQ ended it). The stream is in the hub while
        this runs (a response that never starts leaves nothing behind)."""
        try:
            top = self._join(stream)
            yield b"retry: 5000\n" + event(
                "ready", {"high_water": top, "heartbeat": self.heartbeat}, top
            )
            while True:
                await stream.wake.wait()
                stream.wake.clear()
                if stream.pending:  # all that waits in one write: a slow client catches up
                    waiting = b"".join(stream.pending)
                    stream.pending.clear()
                    yield waiting
                if stream.ended:
                    yield event("ended", {"reason": stream.ended})
                    return
        finally:
            self.close(stream)

    def _publish(self, found: dict[str, bytes]) -> None:
        for store, data in found.items():
            for stream in list(self.by_store.get(store, ())):
                stream.push(data)

    def end_all(self, reason: str = CLOSED) -> None:
        for streams in list(self.by_store.values()):
            for stream in list(streams):
                stream.end(reason)

    async def _ticking(self) -> None:
        from starlette.concurrency import run_in_threadpool

        while self.count:
            await asyncio.sleep(self.heartbeat)
            open_now = [s for streams in self.by_store.values() for s in streams]
            try:
                ended = await run_in_threadpool(self._ended, open_now)
            except Exception as exc:  # the database out of reach: check again next tick
                log.warning("stream check: %s", type(exc).__name__)
                ended = set()
            for stream in open_now:
                if id(stream) in ended:
                    stream.end(REVOKED)
                else:
                    stream.push(HEARTBEAT)

    def _ended(self, streams: list[Stream]) -> set[int]:
        """The streams (by id()) whose credential HQ no longer accepts: one query for the
        terminals, one for the sessions."""
        now = datetime.now(UTC)
        devices = {s.device_id for s in streams if s.session is None and s.device_id}
        sessions = {s.session for s in streams if s.session is not None}
        gone_devices: set[str] = set()
        gone_sessions: set[str] = set()
        with self.db.read() as conn:
            if devices:
                d = t.devices.c
                gone_devices = set(
                    conn.execute(
                        select(d.device_id).where(
                            d.device_id.in_(devices), d.revoked_at.is_not(None)
                        )
                    ).scalars()
                )
            if sessions:
                s, a, d = t.sessions.c, t.associates.c, t.devices.c
                gone_sessions = set(
                    conn.execute(
                        select(s.token_hash)
                        .join(t.associates, a.associate_id == s.associate_id)
                        .join(t.devices, d.device_id == s.device_id)
                        .where(
                            s.token_hash.in_(sessions),
                            or_(
                                s.revoked_at.is_not(None),
                                s.expires_at <= now,
                                a.active.is_(False),
                                d.revoked_at.is_not(None),
                            ),
                        )
                    ).scalars()
                )
        out = set()
        for stream in streams:
            if stream.session is not None:
                gone = stream.session in gone_sessions
            else:
                gone = stream.device_id in gone_devices
            if gone:
                out.add(id(stream))
        return out

    # --- the change signal's thread ----------------------------------------------------

    def _rose(self, lo: int, hi: int) -> None:
        """The watermark rose from `lo` to `hi` (a rise the signal saw while it was live)."""
        loop = self._loop
        with self._lock:
            stores = set(self.by_store)
        if loop is None or not stores:
            self._upto = hi
            return
        lo = lo if self._upto is None else min(lo, self._upto)
        with self.db.read() as conn:
            found = notices(conn, lo, hi, stores)
        self._upto = hi
        self.notices += 1
        if found:
            with contextlib.suppress(RuntimeError):  # a loop that has closed
                loop.call_soon_threadsafe(self._publish, found)
