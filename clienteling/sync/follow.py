"""Changes pushed within seconds: HQ's stream of notices, or one long poll (`Follower`).

When HQ offers it, the follower keeps HQ's stream of change notices open
(`GET /v1/changes/stream`, api/notices.py). A notice holds the changes of the
terminal's scope after a position; where the cursors stand there, it is applied
as it is (sync/notice.py). Otherwise, and when the stream opens, the follower
fetches with one `GET /v1/changes` (no wait), through the same
`SyncEngine.follow` as below. A stream that breaks is opened again with
the pauses below; an HQ without it (404) is long-polled instead, for good, and
one that holds its most streams (503 with Retry-After) for that long.

Long polling, the follower keeps one `GET /v1/changes?wait=25` open with
the terminal's cursors for every loaded collection (`SyncEngine.follow`, the
same request, apply and cursors as a timer sync's catch-up, so a change that
both bring is applied once: `apply_page` applies a part only over the
position it was asked from). HQ answers as soon as a change in the terminal's
scope commits; the follower applies it and asks again at once.

It never replaces the timer sync, which still runs (outbox, settings, first
loads) and is what is left when following cannot go on:
- HQ unreachable or failing: it waits 1 s, 2 s, 4 s ... up to a minute, each
  pause times 0.5-1.5 at random (terminals that lost HQ together do not come
  back together), and tries again;
- HQ full of waiting requests (`"waited": false`): it asks again after about
  a timer interval;
- an HQ without `/v1/changes` (404), or one that does not wait (no `waited` in
  its answer), or one that refuses this version (426): it ends, for good.

`stop()` ends it from any thread at once: the request under way is cancelled
(api/longpoll.py), and no pause outlives it.
"""

from __future__ import annotations

import logging
import random
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass

from clienteling.api.errors import HQAnswered, HQBusy, HQError, UpgradeRequired
from clienteling.api.longpoll import LongPollClient
from clienteling.api.notices import open_notices
from clienteling.protocol.poll import MAX_WAIT

from .engine import Followed, SyncEngine
from .notice import apply_notice

log = logging.getLogger(__name__)

STOPPED = "stopped"  # stop() was called
UNSUPPORTED = "unsupported"  # HQ cannot push (no /v1/changes, or no wait): timer only
REFUSED = "refused"  # HQ refuses this terminal's version: nothing more is asked


@dataclass(frozen=True)
class Pauses:
    """Seconds between tries (each times 0.5-1.5 at random)."""

    first: float = 1.0  # after the first failure; doubles with each next one
    most: float = 60.0  # the longest pause after failures
    busy: float = 30.0  # HQ answered at once because too many requests wait (a timer poll)
    loading: float = 5.0  # nothing to follow yet: the first load is under way


class Following:
    """One run of the follower, from `start` to `stop`."""

    def __init__(self) -> None:
        self.stopped = threading.Event()


class Follower:
    """Keeps one long poll open and applies what it brings; see the module docstring."""

    def __init__(
        self,
        engine: SyncEngine,
        client: LongPollClient,
        *,
        wait: int = MAX_WAIT,
        pauses: Pauses | None = None,
        rng: random.Random | None = None,
        stream: bool = True,
    ) -> None:
        self.engine, self.client, self.wait = engine, client, wait
        # Whether to ask HQ for its stream of notices (False: long-poll only; it turns
        # False for good when HQ has no stream).
        self.stream = stream
        self.notices = 0  # notices received (for the status and tests)
        self.heartbeats = 0  # heartbeats received (idem)
        self.applied_notices = 0  # notices applied without a request (idem)
        # A stream is open and the terminal caught up with it: the next change comes as
        # a notice (for the status and tests).
        self.listening = False
        self._stream_after = 0.0  # monotonic time before which it long-polls (HQ full)
        self.pauses = pauses or Pauses()
        self._rng = rng or random.Random()
        self._lock = threading.Lock()
        self._current: Following | None = None
        self.failures = 0  # failed tries in a row (for the status and tests)
        self.polls = 0  # answers received (idem)

    def start(self) -> Following:
        """A new run to hand to `run` (on a worker thread); any run before it stops."""
        with self._lock:
            if self._current is not None:
                self._current.stopped.set()
            self._current = Following()
            self.client.resume()
            return self._current

    def stop(self) -> None:
        """End the current run now, from any thread: its request is cancelled."""
        with self._lock:
            run, self._current = self._current, None
            if run is not None:
                run.stopped.set()
            self.client.cancel()

    @property
    def running(self) -> bool:
        return self._current is not None

    def close(self) -> None:
        self.stop()
        self.client.close()

    def _pause(self, seconds: float) -> float:
        return seconds * (0.5 + self._rng.random())

    def _backoff(self) -> float:
        p = self.pauses
        return self._pause(min(p.most, p.first * 2 ** min(self.failures - 1, 16)))

    def run(self, run: Following, applied: Callable[[Followed], None]) -> str:
        """Follow HQ until `run` is stopped or HQ cannot push; calls `applied(followed)`
        after each answer that brought changes, and after the first answer once HQ failed
        (it may bring none). Blocks: call it on a worker thread."""
        self.failures = 0
        while not run.stopped.is_set():
            if self.engine.one_request is False:
                return UNSUPPORTED
            if self.stream and time.monotonic() >= self._stream_after:
                ended = self._streamed(run, applied)
                if ended is not None:
                    return ended
                continue
            collections = self.engine.caught_up()
            if not collections:
                run.stopped.wait(self._pause(self.pauses.loading))
                continue
            try:
                followed = self.engine.follow(collections, wait=self.wait, client=self.client)
            except UpgradeRequired:
                return REFUSED
            except HQAnswered as exc:
                if exc.status == 404:
                    log.info("live sync: HQ has no /changes; the timer sync goes on")
                    self.engine.one_request = False
                    return UNSUPPORTED
                self._failed(run, exc)
                continue
            except HQError as exc:
                self._failed(run, exc)
                continue
            recovered, self.failures = self.failures > 0, 0
            self.polls += 1
            # HQ back: the app sends what waits; new settings: it fetches them
            if followed.applied or recovered or followed.settings_news is not None:
                applied(followed)
            if followed.waited is None:
                log.info("live sync: HQ does not wait for changes; the timer sync goes on")
                return UNSUPPORTED
            if followed.waited is False and not followed.brought:
                run.stopped.wait(self._pause(self.pauses.busy))  # HQ holds too many waits
        return STOPPED

    def _streamed(self, run: Following, applied: Callable[[Followed], None]) -> str | None:
        """One stream, from its opening to its end: a fetch when it opens and after each
        notice. None to go on (open it again, or long-poll when HQ has no stream); else
        why following ends."""
        collections = self.engine.caught_up()
        if not collections:
            run.stopped.wait(self._pause(self.pauses.loading))
            return None
        self.listening = False
        try:
            with open_notices(self.client) as events:
                for notice in events:
                    if run.stopped.is_set():
                        return STOPPED
                    if notice is None:
                        self.heartbeats += 1
                        continue
                    if notice.kind == "ended":
                        log.info("live sync: HQ ended the stream (%s)", notice.data.get("reason"))
                        break
                    if notice.kind not in ("ready", "changes"):
                        continue
                    self.notices += 1
                    if not self._fetch(applied, notice.data if notice.kind == "changes" else None):
                        return UNSUPPORTED
                    self.listening = True  # caught up: what comes next, a notice brings
            # The stream ended (HQ stopping, or ended it): open it again after a pause.
            run.stopped.wait(self._pause(self.pauses.first))
        except UpgradeRequired:
            return REFUSED
        except HQAnswered as exc:
            if exc.status == 404:
                log.info("live sync: HQ has no stream of changes; long polls instead")
                self.stream = False
                return None
            self._failed(run, exc)
        except HQBusy as exc:
            if exc.retry_after and not self.listening:  # HQ holds its most streams
                log.info("live sync: HQ's streams are full; long polls for %.0f s", exc.retry_after)
                self._stream_after = time.monotonic() + exc.retry_after
                return None
            self._failed(run, exc)
        except HQError as exc:
            self._failed(run, exc)
        finally:
            self.listening = False
        return STOPPED if run.stopped.is_set() else None

    def _fetch(self, applied: Callable[[Followed], None], notice: dict | None) -> bool:
        """What a notice says is new: applied from the notice itself when the cursors
        stand where it starts (sync/notice.py), else with one GET /v1/changes. False when
        HQ has no /v1/changes."""
        collections = self.engine.caught_up()
        if not collections:
            return True
        followed, whole = Followed(), False
        if notice is not None:
            followed, whole = apply_notice(self.engine, notice, collections)
            self.applied_notices += whole
        if not whole:
            try:
                fetched = self.engine.follow(collections, wait=0, client=self.client)
            except HQAnswered as exc:
                if exc.status == 404:
                    self.engine.one_request = False
                    return False
                raise
            self.polls += 1
            followed.applied += fetched.applied
            followed.brought += fetched.brought
            followed.collections |= fetched.collections
            followed.settings_news = fetched.settings_news
        recovered, self.failures = self.failures > 0, 0
        if followed.applied or recovered or followed.settings_news is not None:
            applied(followed)
        return True

    def _failed(self, run: Following, exc: HQError) -> None:
        if run.stopped.is_set():
            return  # cancelled on purpose
        self.failures += 1
        pause = self._backoff()
        if isinstance(exc, HQBusy) and exc.retry_after:  # e.g. HQ holds its most streams
            pause = max(pause, exc.retry_after)
        if self.failures == 1:  # once per outage, not every try
            log.info("live sync: %s; trying again with growing pauses", type(exc).__name__)
        run.stopped.wait(pause)
