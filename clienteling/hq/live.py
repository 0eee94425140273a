"""Waking long-polling terminals when a change commits (`GET /v1/changes?wait=`).

One `ChangeSignal` per HQ process. Its thread learns that the feed may have
moved and then reads the feed's watermark (hq/db.py `feed_watermark`, through
`feed.high_water`); each time the watermark rises it wakes every waiting
request at once. Waiting requests hold no database connection and no thread:
they await an asyncio event, and read the feed again when it is set.

How the thread learns of a commit:
- this process's writes: `Database.on_commit` calls `committed` after each
  write transaction that took change-sequence values commits;
- other processes on PostgreSQL: a `LISTEN` connection of its own. Each
  process sends, from this thread, one `NOTIFY` for its own commits of the
  last tenth of a second (with the highest value taken), so writers never
  NOTIFY inside their transactions (PostgreSQL serialises the commits of
  transactions that NOTIFY) and a burst of orders costs one notification;
- anything missed (a process that died between commit and NOTIFY, another
  process writing an SQLite file, a listener reconnecting): while requests
  wait or streams of notices are open, the watermark is read again every
  `RECHECK` seconds (HQSettings `changes_recheck`).

On PostgreSQL a commit can be above the watermark while a lower value is
still held by a running writer; the thread then reads the watermark again
every `GAP_CHECK` seconds until it reaches the highest value it was told of
(an aborted writer sends nothing, so it is not waited for).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import threading
import time

from .db import Database

log = logging.getLogger("clienteling.hq.live")

CHANNEL = "clienteling_changes"
RECHECK = 2.0  # seconds between watermark reads while requests wait and nothing is heard
GAP_CHECK = 0.05  # seconds between reads while a committed value is above the watermark
LISTEN_TICK = 0.1  # seconds the PostgreSQL listener waits for a notification at a time


class ChangeSignal:
    """The process's wake-up for waiting requests; see the module's docstring."""

    def __init__(self, db: Database, max_waiting: int, recheck: float = RECHECK) -> None:
        self.db, self.max_waiting, self.recheck = db, max_waiting, recheck
        self.waiting = 0
        self.streams = 0  # open streams of notices (hq/stream.py): they wait as requests do
        self.top = 0  # the highest watermark seen
        self._told = 0  # the highest committed value heard of
        self._local = 0  # the highest value this process committed, not yet NOTIFYed
        self._poke = threading.Event()
        self._lock = threading.Lock()
        self._events: dict[asyncio.AbstractEventLoop, asyncio.Event] = {}
        self._reads: dict = {}  # reads under way, by (store, cursors, limit): `shared`
        self._thread: threading.Thread | None = None
        self._stop = threading.Event()
        self._failing = False
        self._ready = False  # `top` was read from the database by the running thread
        self.heard = 0  # notifications heard from other processes (for tests and support)
        self.commits = 0  # this process's committed writes told of (idem)
        # Called on this signal's thread with (old, new) at each rise it saw while live,
        # after the waiting requests were woken (hq/stream.py).
        self.on_rise: list = []
        db.on_commit.append(self.committed)
        db.on_dispose.append(self.stop)

    # --- the requests' side (on the event loop) -------------------------------

    @property
    def live(self) -> bool:
        """Whether `top` is a watermark read by a running waker that hears of every
        commit from now on (its thread runs, its last read or listen did not fail)."""
        return self._ready and not self._failing and not self._stop.is_set()

    def ticket(self) -> asyncio.Event:
        """The event the next rise of the watermark sets. Take it BEFORE reading the feed:
        a rise after the read then sets it, and no wake-up is lost."""
        loop = asyncio.get_running_loop()
        with self._lock:
            event = self._events.get(loop)
            if event is None:
                event = self._events[loop] = asyncio.Event()
        self._start()
        return event

    async def shared(self, key, read):
        """`read()` in the thread pool, its answer shared with every request of the same
        `key` that asks while it runs (the same store and cursors get the same answer:
        any answer for those cursors is gap-safe, this one is as fresh as a read begun
        a moment earlier). The answer is shared: callers do not change it."""
        from starlette.concurrency import run_in_threadpool

        running = self._reads.get(key)
        if running is not None:
            return await asyncio.shield(running)
        running = asyncio.ensure_future(run_in_threadpool(read))
        self._reads[key] = running
        try:
            return await asyncio.shield(running)
        finally:
            if self._reads.get(key) is running:
                del self._reads[key]

    def admit(self) -> bool:
        """Count one more waiting request; False when `max_waiting` already wait."""
        with self._lock:
            if self.waiting >= self.max_waiting:
                return False
            self.waiting += 1
            return True

    def leave(self) -> None:
        with self._lock:
            self.waiting -= 1

    # --- the thread's side ---------------------------------------------------------

    def committed(self, last_seq: int) -> None:
        """A write of this process committed, its highest value `last_seq`."""
        with self._lock:
            self.commits += 1
            self._told = max(self._told, last_seq)
            self._local = max(self._local, last_seq)
        self._poke.set()
        self._start()  # other processes hear of it even when nobody waits here

    def _wake(self) -> None:
        with self._lock:
            loops = list(self._events.items())
            for loop in self._events:
                self._events[loop] = asyncio.Event()
        for loop, event in loops:
            with contextlib.suppress(RuntimeError):  # a loop that has closed
                loop.call_soon_threadsafe(event.set)

    def _start(self) -> None:
        if self._thread is not None or self._stop.is_set():
            return
        with self._lock:
            if self._thread is not None:
                return
            self._thread = threading.Thread(target=self._run, name="hq-changes", daemon=True)
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        self._poke.set()
        if self._thread is not None and self._thread is not threading.current_thread():
            self._thread.join(5)
        with contextlib.suppress(ValueError):
            self.db.on_commit.remove(self.committed)
        with contextlib.suppress(ValueError):
            self.db.on_dispose.remove(self.stop)

    def _watermark(self) -> int:
        from . import feed

        with self.db.read() as conn:
            return feed.high_water(conn)

    def _check(self) -> None:
        top = self._watermark()
        was_live = self.live
        if top > self.top:
            old, self.top = self.top, top
            self._wake()
            if was_live:
                for listener in list(self.on_rise):
                    try:
                        listener(old, top)
                    except Exception as exc:  # the next rise covers from its own start
                        log.warning("change signal listener: %s", type(exc).__name__)
        self._ready, self._failing = True, False

    def _run(self) -> None:
        while not self._stop.is_set():
            try:
                if self.db.dialect == "postgresql":
                    self._listen()
                else:
                    self._loop(None)
            except Exception as exc:
                self._ready = False
                if not self._failing:  # once per outage, not every second
                    log.warning("change signal: %s; trying again each second", type(exc).__name__)
                self._failing = True
                self._stop.wait(1.0)

    def _loop(self, listener) -> None:
        """Wait for news, read the watermark when there may be some, wake on a rise."""
        self._check()  # anything committed before this thread heard
        last_check = time.monotonic()
        while not self._stop.is_set():
            gap = self._told > self.top
            if listener is None:
                self._poke.wait(GAP_CHECK if gap else self.recheck)
                heard = self._poke.is_set()
            else:
                heard = self._hear(listener, GAP_CHECK if gap else LISTEN_TICK)
                heard |= self._poke.is_set()
                self._notify(listener)
            self._poke.clear()
            now = time.monotonic()
            waited_on = self.waiting or self.streams
            if heard or gap or (waited_on and now - last_check >= self.recheck):
                last_check = now
                self._check()

    def _listen(self) -> None:
        import psycopg
        from sqlalchemy.engine import make_url

        url = make_url(self.db.url).set(drivername="postgresql")
        dsn = url.render_as_string(hide_password=False)
        with psycopg.connect(dsn, autocommit=True) as listener:
            listener.execute(f"LISTEN {CHANNEL}")
            self._loop(listener)

    def _hear(self, listener, timeout: float) -> bool:
        """Notifications from other processes in the next `timeout` seconds."""
        heard = False
        me = listener.info.backend_pid
        for note in listener.notifies(timeout=timeout, stop_after=1):
            if note.pid == me:
                continue
            heard = True
            self.heard += 1
            with self._lock:
                if note.payload.isdigit():
                    self._told = max(self._told, int(note.payload))
        return heard

    def _notify(self, listener) -> None:
        """Tell the other processes of this one's commits since the last time (one NOTIFY)."""
        with self._lock:
            value, self._local = self._local, 0
        if value:
            listener.execute("SELECT pg_notify(%s, %s)", (CHANNEL, str(value)))
