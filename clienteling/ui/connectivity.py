"""Knowing within seconds whether HQ is there: `ConnectivityWatch`.

A light probe (`Syncing.probe`: GET /healthz, one attempt, a couple of
seconds at most) runs every `PROBE_EVERY_MS` on a worker of its own, never
on the UI thread and never queued behind a long sync or search. Each answer
comes back by signal; `changed(Connectivity)` fires when the state differs
from the one before, so the status strip and the offline banner follow HQ
going away (or coming back) within one probe interval instead of waiting for
the next sync run.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal

from clienteling.domain.enums import Connectivity

from .tasks import TaskRunner, Ticket

PROBE_EVERY_MS = 3_000


class ConnectivityWatch(QObject):
    """Probes HQ on a timer; `probed(state)` after each probe, `changed(state)` on a change."""

    probed = Signal(object)
    changed = Signal(object)

    def __init__(
        self, runner: TaskRunner, every_ms: int = PROBE_EVERY_MS, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.runner = runner  # a runner of its own: one worker, only probes
        self.every_ms = every_ms  # 0: never probe (only requests and sync runs see HQ)
        self.state = Connectivity.UNKNOWN
        self._probe: Callable[[], Connectivity] | None = None
        self._asking: Ticket | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(max(every_ms, 1))
        self.timer.timeout.connect(self.probe_now)

    def start(self, probe: Callable[[], Connectivity]) -> None:
        """Probe with `probe` now and every interval from now on."""
        if self.every_ms <= 0:
            return
        self._probe = probe
        self.timer.start()
        self.probe_now()

    def stop(self) -> None:
        self.timer.stop()
        self.runner.cancel("probe")
        self._asking = None

    def probe_now(self) -> None:
        """Probe now, unless a probe is still out (it ends within its timeout)."""
        if self._probe is None or (self._asking is not None and not self._asking.done):
            return
        self._asking = self.runner.run(self._probe, key="probe", done=self._probed)

    def _probed(self, state: Connectivity) -> None:
        before, self.state = self.state, state
        self.probed.emit(state)
        if state != before:
            self.changed.emit(state)
