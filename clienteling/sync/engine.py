"""Pulls HQ's changes into the cache and pushes the outbox to HQ."""

from __future__ import annotations

import gc
import logging
import random
import threading
import time
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

from clienteling.api.client import HQClient, read_page
from clienteling.api.errors import (
    HQAnswered,
    HQBusy,
    HQError,
    HQFailed,
    HQUnreachable,
    SignInNeeded,
    UpgradeRequired,
)
from clienteling.cache import outbox
from clienteling.cache.apply import (
    apply_page,
    apply_rows,
    confirm_current,
    cursor_of,
    delete_rows,
    finish_bulk,
    in_bulk,
    position_of,
    start_bulk,
)
from clienteling.cache.store import Cache, transaction
from clienteling.domain.enums import Connectivity
from clienteling.domain.said import Said
from clienteling.protocol.errors import ErrorCode
from clienteling.protocol.sync import (
    COLLECTIONS,
    KEY_ORDER,
    MAX_PAGE,
    Position,
    next_position,
    page_size,
)

Progress = Callable[["PullProgress"], None]
log = logging.getLogger(__name__)
CHECKPOINT_PAGES = 20  # the WAL is copied into the file this often during a pull
# Server errors (500) on the same entry before it is set aside with the reason: HQ answers,
# so retrying a write HQ cannot store would only hold the shopper's later writes back.
SERVER_ERROR_TRIES = 5


@dataclass
class PullProgress:
    """Where a pull stands: this collection's rows and the whole sync's."""

    collection: str
    rows_done: int  # in this collection, this pull
    total_done: int  # in every collection, this pull
    total_estimate: int | None  # what HQ expects to send in all (None: not known)
    rows_per_second: float
    cursor: int
    high_water: int

    @property
    def seconds_left(self) -> float | None:
        if not self.total_estimate or self.rows_per_second <= 0:
            return None
        return max(0.0, self.total_estimate - self.total_done) / self.rows_per_second


@dataclass
class PushReport:
    delivered: int = 0
    parked: int = 0
    waiting: int = 0
    held: int = 0  # due, but nobody who may send them now (their author is not signed in)
    errors: list[str] = field(default_factory=list)


@dataclass
class Followed:
    """What one catch-up brought: changes applied, the collections they were in, and
    whether HQ waited on its first request (None: an HQ that does not say, so cannot)."""

    applied: int = 0
    brought: int = 0  # changes in HQ's answers, applied here or (by a sync beside) not
    collections: set[str] = field(default_factory=set)
    waited: bool | None = None
    # HQ's settings token when it differs from the one the request said this terminal
    # had (a settings change to fetch); None when it did not, or HQ gives none.
    settings_news: str | None = None


SenderFor = Callable[[outbox.Record], HQClient | None]


@contextmanager
def _objects_frozen() -> Iterator[None]:
    """Keep the collector's full passes off the objects that were there before the pull.

    A page decodes into thousands of lists, and every so often the cyclic
    collector walked all of the process's objects because of them: 10% of a
    first sync's time. Frozen objects are left alone until the pull ends, and
    then go back to the oldest generation, garbage included, to be collected
    as usual. Freezing and thawing only move lists; no collection is forced,
    which would hold the interpreter lock while the screen waits.
    """
    gc.freeze()
    try:
        yield
    finally:
        gc.unfreeze()


class SyncEngine:
    """One per terminal: pulls with `client` (the terminal's credential), pushes the
    outbox with the client it is given. Thread-safe: writes go through `cache.write()`."""

    def __init__(self, cache: Cache, client: HQClient, *, page_size: int = MAX_PAGE) -> None:
        self.cache, self.client, self.page_size = cache, client, page_size
        self._lock = threading.Lock()
        # Whether HQ answers GET /v1/changes (None: not asked yet; False: an older HQ,
        # every collection is pulled on its own).
        self.one_request: bool | None = None
        # HQ's settings token from its last answer of GET /v1/changes (None: none yet in
        # this run, or an HQ that gives none); `Syncing` compares it with the one applied.
        self.settings_token: str | None = None
        # The token of the settings this terminal applied, sent with each long poll.
        self.settings_applied: str | None = None

    @property
    def connectivity(self) -> Connectivity:
        return self.client.connectivity.state

    def _note(self, error: HQError) -> None:
        """A page that came back unreadable: HQ is there but struggling."""
        self.client.connectivity.note(error)

    def estimate(self, collections=COLLECTIONS) -> dict[str, int] | None:
        """What HQ expects to send after our cursors; None when HQ cannot tell."""
        try:
            out = {}
            for name in collections:
                with self.cache.read() as conn:
                    after = cursor_of(conn, name)
                out[name] = self.client.sync_estimate(name, after)
        except HQAnswered:
            return None  # an older HQ without estimates: progress shows rows and rate only
        return out

    def pull(self, collections=COLLECTIONS, progress: Progress | None = None) -> int:
        """Fetch and apply pages until every collection is current; returns rows applied.

        The next page is fetched while the current one is applied. An empty
        collection that was never synced loads in bulk mode (cache.apply). HQ
        answered, so writes that waited only for it to be reachable are due now.
        """
        done = self._pull(collections, progress)
        self.hq_answered()
        return done

    def _pull(self, collections, progress: Progress | None) -> int:
        started, done = time.monotonic(), 0
        self.settings_token = None  # this run's answer says (an older HQ: never)
        caught_up = self._caught_up(collections)
        if caught_up:
            try:
                done = self.catch_up(caught_up, progress=progress)
            except HQAnswered as exc:
                if exc.status != 404:
                    raise
                log.info("sync: HQ has no /changes; each collection is pulled on its own")
                self.one_request = False
            else:
                collections = [n for n in collections if n not in caught_up]
        if not collections:
            return done
        estimate = self.estimate(collections) if progress else None
        total = sum(estimate.values()) if estimate else None
        with _objects_frozen(), ThreadPoolExecutor(1, thread_name_prefix="sync-fetch") as fetcher:
            for name in collections:
                with self.cache.write() as conn:
                    start_bulk(conn, name)
                collection_done = 0
                for n, (page, applied) in enumerate(self._pages(fetcher, name), 1):
                    done += applied
                    collection_done += applied
                    if n % CHECKPOINT_PAGES == 0:
                        self.cache.checkpoint()
                    if progress:
                        rate = done / max(time.monotonic() - started, 1e-6)
                        progress(
                            PullProgress(
                                name,
                                collection_done,
                                done,
                                total,
                                rate,
                                page["next_cursor"],
                                page["high_water"],
                            )
                        )
                with self.cache.write() as conn:
                    finish_bulk(conn, name)
                self.cache.checkpoint()
                if collection_done:
                    log.info("sync: %s, %d change(s) applied", name, collection_done)
        return done

    def caught_up(self, collections=COLLECTIONS) -> list[str]:
        """The collections a long poll follows (see `_caught_up`)."""
        return self._caught_up(collections)

    def _caught_up(self, collections) -> list[str]:
        """The collections that follow HQ's changes in one request for all (GET /v1/changes):
        synced before, not in a first load (bulk mode, or a load in key order under way).
        None when HQ is known not to answer it."""
        if self.one_request is False:
            return []
        with self.cache.read() as conn:
            return [
                n
                for n in collections
                if (at := position_of(conn, n)).after > 0
                and at.snapshot is None
                and not in_bulk(conn, n)
            ]

    def catch_up(self, collections, *, wait: int = 0, progress: Progress | None = None) -> int:
        """Apply every collection's changes after its cursor, one request per round for
        all of them, until none says more remain; returns changes applied. `wait`: the
        first request may wait that many seconds on HQ for a change (a long poll).

        Each collection's part is applied as its own page would be (`apply_page`): only
        over the position it was asked from, so nothing is applied twice.
        """
        return self.follow(collections, wait=wait, progress=progress).applied

    def follow(
        self,
        collections,
        *,
        wait: int = 0,
        progress: Progress | None = None,
        client: HQClient | None = None,
    ) -> Followed:
        """`catch_up`, with `client` for the requests (a long poll's own, which can be
        cancelled: api/longpoll.py), saying also whether HQ waited on the first request."""
        client = client or self.client
        followed = Followed()
        first = True
        while True:
            with self.cache.read() as conn:
                at = {n: position_of(conn, n) for n in collections}
            cursors = {n: p.after for n, p in at.items() if p.snapshot is None}
            if not cursors:
                return followed
            known = self.settings_token or self.settings_applied
            pages, waited, token = client.changes_polled(cursors, self.page_size, wait, known)
            if token is not None and token != known:
                followed.settings_news = token
            self.settings_token = token
            if first:
                followed.waited, first = waited, False
            self.one_request, wait, more = True, 0, False
            current = []
            for name, page in pages.items():
                more |= page["has_more"]  # also a part the answer's budget did not reach
                if page_size(page) == 0 and page["next_cursor"] == cursors[name]:
                    if not page["has_more"]:
                        current.append(name)
                    continue  # nothing to apply, nowhere to move
                followed.brought += page_size(page)
                with self.cache.write() as conn:
                    applied = apply_page(conn, page, cursors[name])
                more |= not applied
                if applied and page_size(page):
                    followed.applied += page_size(page)
                    followed.collections.add(name)
                    log.info("sync: %s, %d change(s) applied", name, page_size(page))
                    if progress:
                        high = page.get("high_water", page["next_cursor"])
                        progress(
                            PullProgress(
                                name,
                                page_size(page),
                                followed.applied,
                                None,
                                0.0,
                                page["next_cursor"],
                                high,
                            )
                        )
            if current:
                with self.cache.write() as conn:
                    confirm_current(conn, current)
            if not more:
                return followed

    def _fetch(self, name: str, at: Position) -> tuple[Position, bytes, Position | None]:
        """The raw page at `at`, and where the next one starts when more follow.

        The fetch thread only waits on the network. A collection's first load
        is asked for in key order where HQ has one (protocol KEY_ORDER): rows
        in the order of the cache's key are written several times faster than
        rows in change order, and HQ reads them from its index in that order.
        """
        raw, ahead = self.client.sync_page_bytes(
            name, at, self.page_size, key_order=name in KEY_ORDER and at == Position()
        )
        return at, raw, ahead

    def _decode(self, name: str, raw: bytes, ahead: Position | None) -> dict:
        try:
            return read_page(name, raw, ahead)
        except HQBusy as exc:
            self._note(exc)
            raise

    def _pages(self, fetcher: ThreadPoolExecutor, name: str) -> Iterator[tuple[dict, int]]:
        """Apply the collection's pages in turn, fetching each next one meanwhile.

        A page is decoded here, on the applying thread, after the next fetch
        is sent: decoding holds the interpreter lock, and on the fetch thread
        it stalled the writer beside it.
        """
        with self.cache.read() as conn:
            at = position_of(conn, name)
        pending = fetcher.submit(self._fetch, name, at)
        while pending is not None:
            at, raw, ahead = pending.result()
            pending = fetcher.submit(self._fetch, name, ahead) if ahead is not None else None
            page = self._decode(name, raw, ahead)
            if ahead is None and (ahead := next_position(page)):  # HQ did not say ahead
                pending = fetcher.submit(self._fetch, name, ahead)
            with self.cache.write() as conn:
                applied = apply_page(conn, page, at.after, at.snapshot)
            if not applied:  # someone else moved the position: start again from it
                if pending is not None:
                    pending.cancel()
                with self.cache.write() as conn:
                    at = position_of(conn, name)
                pending = fetcher.submit(self._fetch, name, at)
                continue
            yield page, page_size(page)

    def hq_answered(self) -> int:
        """HQ answered this terminal (a pull went through): writes that waited only because
        HQ could not be reached are due now, not at the end of their back-off. Returns how
        many. Looks first without the cache's write lock: most pulls find none."""
        with self.cache.read() as conn:
            if not outbox.waits_for_hq(conn):
                return 0
        with self.cache.write() as conn:
            woken = outbox.hq_answers(conn)
        if woken:
            log.info("outbox: HQ answers again; %d waiting writes are due now", woken)
        return woken

    def push(self, sender: HQClient | SenderFor, now: datetime | None = None) -> PushReport:
        """Deliver what is due in the outbox, once each, keeping per-shopper order.

        `sender` is the client to send every entry with, or a function giving the client
        that may send a given entry (its author's), or None when nobody may now: that
        entry, and its shopper's later ones, wait.
        """
        sender_for = (lambda _entry: sender) if isinstance(sender, HQClient) else sender
        report, held = PushReport(), set()
        with self._lock:
            while True:
                now = now or datetime.now(UTC)
                with self.cache.write() as conn:
                    batch = outbox.due(conn, now)
                if not batch:
                    break
                progressed = False
                for entry in batch:
                    client = sender_for(entry)
                    if client is None:
                        held.add(entry.id)
                        continue
                    progressed |= self._deliver(client, entry, report)
                if not progressed:
                    break
                now = None
        report.held = len(held)
        with self.cache.read() as conn:
            report.waiting = outbox.depth(conn)[outbox.PENDING]
        if report.delivered or report.parked:
            self.cache.checkpoint()
            log.info(
                "outbox: %d delivered, %d set aside by HQ, %d waiting",
                report.delivered, report.parked, report.waiting,
            )  # fmt: skip
        return report

    def _park(
        self, entry: outbox.Record, status: int, reason: str, answer: dict, report: PushReport
    ) -> None:
        with self.cache.write() as conn:
            dependents = outbox.park(conn, entry.n, status, reason, answer)
        report.parked += 1 + len(dependents)

    def _erased(self, entry: outbox.Record, status: int, answer: dict, report: PushReport) -> None:
        """HQ erased the entry's shopper: the shopper leaves the cache (search terms and
        orders too) and every pending entry of theirs is set aside with the reason, as when
        the feed's tombstone comes first."""
        with self.cache.write() as conn, transaction(conn):
            parked = outbox.set_aside_erased(conn, [entry.shopper_id])
            outbox.answered(conn, entry.n, status, answer)
            delete_rows(conn, "shoppers", [entry.shopper_id])
        report.parked += parked

    def _retry(
        self, entry: outbox.Record, exc: HQError, report: PushReport, *, server_error: bool = False
    ) -> None:
        """Keep it pending and try again later, waiting longer each time (HQ's Retry-After
        when it gives one)."""
        pause = min(300.0, 2.0 * 2 ** min(entry.attempts, 8)) * (0.5 + random.random())
        if isinstance(exc, HQBusy) and exc.retry_after:
            pause = max(pause, exc.retry_after)
        with self.cache.write() as conn:
            outbox.retry_later(
                conn,
                entry.n,
                exc.message,
                datetime.now(UTC) + timedelta(seconds=pause),
                server_error=server_error,
                unreachable=isinstance(exc, HQUnreachable),
            )
        report.errors.append(exc.message)

    def _deliver(self, sender: HQClient, entry: outbox.Record, report: PushReport) -> bool:
        try:
            status, answer = sender.send_json(entry.method, entry.path, entry.body)
        except SignInNeeded as exc:
            report.errors.append(exc.message)
            return False  # kept pending; delivered after the associate signs in again
        except UpgradeRequired:
            raise  # HQ refuses this version, not this write: it waits for the new version
        except HQAnswered as exc:
            answer = {"error": {"code": exc.code, "message": exc.message, "details": exc.details}}
            if exc.code == ErrorCode.SHOPPER_ERASED and entry.shopper_id is not None:
                self._erased(entry, exc.status, answer, report)
            else:
                self._park(entry, exc.status, exc.message, answer, report)
            return True
        except HQFailed as exc:
            if entry.server_errors + 1 >= SERVER_ERROR_TRIES:  # it fails HQ every time
                reason = Said(
                    f"HQ failed on this write {SERVER_ERROR_TRIES} times, so it was set aside; "
                    "the shopper's other writes go on (support: clienteling status)",
                    "failed_too_often",
                    tries=SERVER_ERROR_TRIES,
                )
                self._park(entry, 500, reason, {"error": {"message": exc.message}}, report)
                return True
            self._retry(entry, exc, report, server_error=True)
            return False
        except HQError as exc:
            self._retry(entry, exc, report)
            return False
        with self.cache.write() as conn, transaction(conn):
            outbox.delivered(conn, entry.n, status, answer)
            if entry.kind == "order" and isinstance(answer, dict):
                apply_rows(conn, "orders", [answer], [])
        report.delivered += 1
        return True
