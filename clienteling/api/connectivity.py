"""How this terminal reaches HQ, as the outcome of its latest request says.

Every request goes through `HQClient`, and the client notes each outcome here;
nothing else decides whether the terminal is online.
"""

from __future__ import annotations

import threading

from clienteling.domain.enums import Connectivity

from .errors import HQBusy, HQFailed, HQUnreachable


class ConnectivityTracker:
    """One per terminal, shared by its HQ client and whoever shows the state. Thread-safe."""

    def __init__(self) -> None:
        self._state = Connectivity.OFFLINE  # until HQ has answered once
        self._lock = threading.Lock()

    @property
    def state(self) -> Connectivity:
        return self._state

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
        with self._lock:
            self._state = state
