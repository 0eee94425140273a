"""How this terminal reaches HQ, as the outcome of its latest request or probe says.

Every request goes through `HQClient`, and the client notes each outcome here,
as does its light probe (`HQClient.probe`, GET /healthz every few seconds);
nothing else decides whether the terminal is online. Before anything was
tried the state is UNKNOWN (connecting), never OFFLINE.
"""

from __future__ import annotations

import logging
import threading
import time

from clienteling.domain.enums import Connectivity

from .errors import HQBusy, HQFailed, HQUnreachable

log = logging.getLogger(__name__)


class ConnectivityTracker:
    """One per terminal, shared by its HQ client and whoever shows the state. Thread-safe."""

    def __init__(self) -> None:
        self._state = Connectivity.UNKNOWN  # until a request or a probe has been tried
        self._since = time.monotonic()
        self._lock = threading.Lock()

    @property
    def state(self) -> Connectivity:
        return self._state

    @property
    def since(self) -> float:
        """When (time.monotonic()) the state last changed."""
        return self._since

    def note(self, error: BaseException | None) -> None:
        """Record an outcome: None (HQ answered), or the error a request ended with.

        An error HQ answered with (a refusal, or a server error on one request) still
        means HQ is there; busy or unreadable answers mean it is there but struggling.
        """
        if error is None or isinstance(error, HQFailed):
            state = Connectivity.ONLINE
        elif isinstance(error, HQUnreachable):
            state = Connectivity.OFFLINE
        elif isinstance(error, HQBusy):
            state = Connectivity.DEGRADED
        else:
            state = Connectivity.ONLINE
        self._set(state)

    def note_probe(self, error: BaseException | None) -> Connectivity:
        """Record the probe's outcome; any server error on the health check is DEGRADED
        (HQ is there but cannot serve), unlike a 500 on one request."""
        if error is None:
            state = Connectivity.ONLINE
        elif isinstance(error, HQUnreachable):
            state = Connectivity.OFFLINE
        else:
            state = Connectivity.DEGRADED
        self._set(state)
        return state

    def _set(self, state: Connectivity) -> None:
        with self._lock:
            if state != self._state:
                self._since = time.monotonic()
                log.info("HQ connectivity: %s -> %s", self._state, state)
            self._state = state
