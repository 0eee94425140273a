"""Pulls HQ's changes into the cache and pushes the outbox to HQ."""

from __future__ import annotations

import random
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from enum import StrEnum

from clienteling.api.client import HQClient
from clienteling.api.errors import HQAnswered, HQBusy, HQError, HQUnreachable, SignInNeeded
from clienteling.cache import outbox
from clienteling.cache.apply import apply_page, apply_rows, cursor_of
from clienteling.cache.store import Cache, transaction
from clienteling.protocol.sync import COLLECTIONS

Progress = Callable[["PullProgress"], None]


class Connectivity(StrEnum):
    ONLINE = "online"
    DEGRADED = "degraded"  # HQ answers, but slowly or with errors
    OFFLINE = "offline"


@dataclass
class PullProgress:
    collection: str
    rows_done: int
    high_water: int
    cursor: int
    rows_per_second: float


@dataclass
class PushReport:
    delivered: int = 0
    parked: int = 0
    waiting: int = 0
    errors: list[str] = field(default_factory=list)


class SyncEngine:
    """One per terminal. Thread-safe: the cache writer is guarded by the cache lock."""

    def __init__(self, cache: Cache, client: HQClient, *, page_size: int = 2000) -> None:
        self.cache, self.client, self.page_size = cache, client, page_size
        self.connectivity = Connectivity.OFFLINE
        self._lock = threading.Lock()

    def _note(self, error: HQError | None) -> None:
        if error is None:
            self.connectivity = Connectivity.ONLINE
        elif isinstance(error, HQUnreachable):
            self.connectivity = Connectivity.OFFLINE
        elif isinstance(error, HQBusy):
            self.connectivity = Connectivity.DEGRADED

    def pull(self, collections=COLLECTIONS, progress: Progress | None = None) -> int:
        """Fetch and apply pages until every collection is current; returns rows applied."""
        total = 0
        for name in collections:
            started, done = time.monotonic(), 0
            while True:
                with self.cache.lock:
                    after = cursor_of(self.cache.writer, name)
                try:
                    page = self.client.sync_page(name, after, self.page_size)
                except HQError as exc:
                    self._note(exc)
                    raise
                self._note(None)
                with self.cache.lock:
                    apply_page(self.cache.writer, page, after)
                done += len(page["upserts"]) + len(page["tombstones"])
                if progress:
                    rate = done / max(time.monotonic() - started, 1e-6)
                    progress(
                        PullProgress(name, done, page["high_water"], page["next_cursor"], rate)
                    )
                if not page["has_more"]:
                    break
            total += done
        return total

    def push(self, now: datetime | None = None) -> PushReport:
        """Deliver what is due in the outbox, once each, keeping per-shopper order."""
        report = PushReport()
        with self._lock:
            while True:
                now = now or datetime.now(UTC)
                with self.cache.lock:
                    batch = outbox.due(self.cache.writer, now)
                if not batch:
                    break
                progressed = False
                for entry in batch:
                    progressed |= self._deliver(entry, report)
                if not progressed:
                    break
                now = None
        with self.cache.lock:
            report.waiting = outbox.depth(self.cache.writer)[outbox.PENDING]
        return report

    def _deliver(self, entry: outbox.Entry, report: PushReport) -> bool:
        try:
            status, answer = self.client.send_json(entry.method, entry.path, entry.body)
        except SignInNeeded as exc:
            self._note(exc)
            report.errors.append(exc.message)
            return False  # kept pending; delivered after the associate signs in again
        except HQAnswered as exc:
            self._note(None)
            answer = {"error": {"code": exc.code, "message": exc.message, "details": exc.details}}
            with self.cache.lock:
                outbox.park(self.cache.writer, entry.n, exc.status, exc.message, answer)
            report.parked += 1
            return True
        except HQError as exc:
            self._note(exc)
            pause = min(300.0, 2.0 * 2 ** min(entry.attempts, 8)) * (0.5 + random.random())
            if isinstance(exc, HQBusy) and exc.retry_after:
                pause = max(pause, exc.retry_after)
            with self.cache.lock:
                outbox.retry_later(
                    self.cache.writer,
                    entry.n,
                    exc.message,
                    datetime.now(UTC) + timedelta(seconds=pause),
                )
            report.errors.append(exc.message)
            return False
        self._note(None)
        with self.cache.lock:
            with transaction(self.cache.writer) as conn:
                outbox.delivered(conn, entry.n, status, answer)
                if entry.kind == "order" and isinstance(answer, dict):
                    apply_rows(conn, "orders", [answer], [])
        report.delivered += 1
        return True
