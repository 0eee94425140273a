"""Feed and search reads on a PostgreSQL streaming replica (`serve --read-db URL`).

Writes, and every read that must see the caller's own writes (sign-in, orders,
idempotency, the waker's watermark), stay on the primary. Reads of the change feed
(`GET /v1/sync/...`, `GET /v1/changes`, estimates) and of shopper search may go to
the replica. Search only needs a database that works; the feed needs more.

Why the replica cannot make its own watermark: the feed serves values up to a
watermark (hq/db.py `feed_watermark`), made from the claims running writers hold as
advisory locks. Those locks live in the primary's memory; a standby's `pg_locks`
shows none of them, and its copy of the sequence runs up to 32 values ahead of what
was taken (sequences log ahead). So the watermark is always read on the primary,
and a replica page serves only up to a watermark the replica is known to hold:

1. On the primary, one statement reads a mark (W, L): the watermark W, then the
   primary's WAL insert position L. Each value at or below W belongs to a writer
   that had committed (or aborted) before the claims were read, and a commit record
   is in the WAL before the commit is visible, so every such commit record ends at
   or before L. (The position is read by the outer query after the subquery that
   makes W produced its row: the same fencing as `UNCLAIMED`.)
2. On the replica, the transaction's first statement reads how far it has replayed,
   R (`pg_last_wal_replay_lsn`). Statements after it take snapshots that see every
   commit replayed up to R (READ COMMITTED: each statement its own, later, snapshot).
3. The replica's watermark is the highest W of a mark whose L <= R: the latest mark
   when the replica has caught up with it, else one of the recent marks this process
   kept (`MARKS` of them, one per `MARK_EVERY` seconds at most, the newest one always
   kept), else none.

A page then comes from the replica, up to the replica's watermark, when that holds
something after the terminal's cursor or is the primary's own; otherwise (a replica
behind the cursor, one that is not a standby, one that fails) from the primary, up
to W. A page never ends above the watermark it was read under and never below the
cursor it was asked from (`next_cursor` = max(top, after)), so a terminal that has
seen N from a fresh primary and then reads a lagging replica is given nothing rather
than a gap, and never a change twice. A page a lagging replica answers ends lower than
the primary's would have; the next poll goes on from there.
"""

from __future__ import annotations

import logging
import threading
import time
from collections import deque
from collections.abc import Callable
from typing import TypeVar

from sqlalchemy import Connection, create_engine, text
from sqlalchemy.exc import DBAPIError

from .db import (
    CLAIM_PREFIX,
    NO_ROWS,
    POOL_EXTRA,
    REQUEST_THREADS,
    UNCLAIMED_SQL,
    Database,
    normalise_url,
    redacted,
    watch_disconnects,
)
from .feed import WATERMARK

log = logging.getLogger("clienteling.hq.replica")

T = TypeVar("T")

MARKS = 1024  # marks kept for a lagging replica
MARK_EVERY = 0.01  # seconds: one mark kept per this at most, so the marks cover >= 10 s
RETRY_AFTER = 5.0  # seconds the replica is left alone after it failed
APPLICATION_NAME = "clienteling-hq-read"  # how the replica's connections show in pg_stat_activity

# The primary's mark (W, L); see the module's docstring, point 1.
_POSITION = "pg_wal_lsn_diff(pg_current_wal_insert_lsn(), '0/0')::bigint"
_MARK_SQL = f"SELECT m.w - 1, {_POSITION} FROM ({UNCLAIMED_SQL} OFFSET 0) m(w)"  # noqa: S608
MARK = text(_MARK_SQL).bindparams(prefix=CLAIM_PREFIX)  # (constants only, no input)
# The replica's state, before anything else in its transaction (point 2), and whether it
# holds the caller's store (a scope read on a replica without it would serve too little).
REPLAYED = text(
    "SELECT pg_is_in_recovery(),"
    " pg_wal_lsn_diff(pg_last_wal_replay_lsn(), '0/0')::bigint,"
    " EXISTS (SELECT 1 FROM stores WHERE store_id = :store)"
)


class Replica:
    """The read replica's connections and what this process knows of its lag."""

    def __init__(self, url: str, *, pool_size: int = REQUEST_THREADS) -> None:
        self.url = normalise_url(url)
        if not self.url.startswith("postgresql"):
            raise ValueError("--read-db takes a PostgreSQL streaming replica's URL")
        self.engine = create_engine(
            self.url,
            pool_size=pool_size + POOL_EXTRA,
            max_overflow=0,  # every connection opened is kept, as on the primary (hq/db.py)
            # A replica that does not answer costs a request 2 s once, then RETRY_AFTER of
            # reads from the primary.
            connect_args={"connect_timeout": 2, "application_name": APPLICATION_NAME},
            hide_parameters=True,  # shoppers' data stays out of logs and errors
            logging_name="hq-read",
        )
        logging.getLogger(self.engine.logger.name).addFilter(NO_ROWS)
        watch_disconnects(self.engine)
        self._marks: deque[tuple[int, int]] = deque(maxlen=MARKS)
        self._last_kept = 0.0
        self._lock = threading.Lock()
        self._failed_at: float | None = None
        self._warned = False
        # Where feed and search reads went, for tests and support: "replica"; or the primary
        # because the replica was "lagging" (nothing after the cursor), "failed", was
        # "not_standby", had no replay position, or not the caller's store yet.
        self.counts: dict[str, int] = {
            "replica": 0,
            "lagging": 0,
            "failed": 0,
            "not_standby": 0,
            "missing_store": 0,
            "no_position": 0,
        }
        # Tests only: serve from the replica up to the primary's watermark, whatever the
        # replica holds (the naive routing, which loses changes).
        self.unsafe_ignore_lag = False

    def dispose(self) -> None:
        self.engine.dispose()

    # --- marks -------------------------------------------------------------------------

    def mark(self, primary: Database) -> tuple[int, int]:
        """Read the primary's mark (W, L) and keep it for a replica that lags."""
        with primary.read() as conn:
            w, lsn = conn.execute(MARK).one()
        now = time.monotonic()
        with self._lock:
            if self._marks and w <= self._marks[-1][0]:
                pass  # a kept mark holds this watermark (or a higher one) at a lower position
            elif self._marks and now - self._last_kept < MARK_EVERY:
                self._marks[-1] = (w, lsn)  # the window's newest mark: the last one stays fresh
            else:
                self._last_kept = now
                self._marks.append((w, lsn))
        return w, lsn

    def watermark_at(self, replayed: int, latest: tuple[int, int]) -> int | None:
        """The highest watermark a replica that replayed up to `replayed` holds (None: no
        mark known is that old)."""
        if self.unsafe_ignore_lag or latest[1] <= replayed:
            return latest[0]
        with self._lock:
            held = [w for w, lsn in self._marks if lsn <= replayed]
        return max(held) if held else None

    # --- reads ---------------------------------------------------------------------------

    def _usable(self) -> bool:
        failed = self._failed_at
        return failed is None or time.monotonic() - failed >= RETRY_AFTER

    def _failed(self, exc: Exception) -> None:
        self.counts["failed"] += 1
        if self._failed_at is None:  # once per outage
            why = type(exc).__name__
            log.warning("read replica %s: %s; reading from the primary", redacted(self.url), why)
        self._failed_at = time.monotonic()

    def feed_read(
        self,
        primary: Database,
        fn: Callable[[Connection], T],
        *,
        after: int,
        needs: int = 0,
        store_id: str | None = None,
    ) -> T:
        """`fn(conn)` on the replica when it can answer (see the module's docstring),
        else on the primary; either way with `feed.high_water(conn)` the watermark the
        answer is served up to. `after`: the lowest cursor asked from; `needs`: a value
        the replica must hold (a first load's snapshot top)."""
        latest = self.mark(primary)
        if self._usable():
            try:
                with self.engine.connect() as conn, conn.begin():
                    top = self._replica_top(conn, latest, after, needs, store_id)
                    if top is not None:
                        conn.execution_options(**{WATERMARK: top})
                        answer = fn(conn)
                        self.counts["replica"] += 1
                        self._failed_at = None
                        return answer
                self._failed_at = None
            except DBAPIError as exc:  # gone, cancelled by replay, not migrated yet: the primary
                self._failed(exc)
        with primary.read() as conn:
            conn.execution_options(**{WATERMARK: latest[0]})
            return fn(conn)

    def _replica_top(
        self,
        conn: Connection,
        latest: tuple[int, int],
        after: int,
        needs: int,
        store_id: str | None,
    ) -> int | None:
        standby, replayed, has_store = conn.execute(REPLAYED, {"store": store_id}).one()
        if not standby:
            # A promoted replica, or the primary itself: nothing says what it holds.
            self.counts["not_standby"] += 1
            if not self._warned:
                self._warned = True
                log.warning("read database %s is not a standby: not used", redacted(self.url))
            return None
        if replayed is None:  # a reader replicated some other way: no position to check
            self.counts["no_position"] += 1
            return None
        if store_id is not None and not has_store:
            self.counts["missing_store"] += 1
            return None
        top = self.watermark_at(replayed, latest)
        if top is None or top < needs or (top < latest[0] and top <= after):
            self.counts["lagging"] += 1
            return None
        return top

    def search_read(self, primary: Database, fn: Callable[[Connection], T]) -> T:
        """`fn(conn)` on the replica when it works and is a standby, else on the primary.
        Search needs no watermark: it may lag the primary by the replica's lag."""
        if self._usable():
            try:
                with self.engine.connect() as conn, conn.begin():
                    if conn.execute(text("SELECT pg_is_in_recovery()")).scalar_one():
                        answer = fn(conn)
                        self.counts["replica"] += 1
                        self._failed_at = None
                        return answer
                    self.counts["not_standby"] += 1
            except DBAPIError as exc:  # gone, cancelled by replay, not migrated yet: the primary
                self._failed(exc)
        with primary.read() as conn:
            return fn(conn)
