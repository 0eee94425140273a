"""Changes pushed within seconds: one long poll kept open on HQ (`Follower`).

While it runs, the follower keeps one `GET /v1/changes?wait=25` open with
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
from collections.abc import Callable
from dataclasses import dataclass

from clienteling.api.errors import HQAnswered, HQError, UpgradeRequired
from clienteling.api.longpoll import LongPollClient
from clienteling.protocol.poll import MAX_WAIT

from .engine import Followed, SyncEngine

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
    ) -> None:
        self.engine, self.client, self.wait = engine, client, wait
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

    def _failed(self, run: Following, exc: HQError) -> None:
        if run.stopped.is_set():
            return  # cancelled on purpose
        self.failures += 1
        pause = self._backoff()
        if self.failures == 1:  # once per outage, not every try
            log.info("live sync: %s; trying again with growing pauses", type(exc).__name__)
        run.stopped.wait(pause)
