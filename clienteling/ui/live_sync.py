"""Changes from HQ within seconds: the long poll's worker (`LiveSync`).

`Syncing.follow` keeps one long poll open on HQ and blocks for as long as it
does, so it runs on a thread of its own (a one-thread pool of this object),
never on the UI thread and never in the screens' pool, where it would hold a
worker for good. Each answer that brought changes comes back as
`changed(Followed)` on the UI thread, after the cache has them; the window
then repaints its status and the screen shown, as after a sync run.

`stop()` ends the long poll at once (its request is cancelled, not waited
for) and returns once the thread is idle: the window calls it when the probe
says HQ is gone and when the app closes. `start()` again when HQ is back.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QThreadPool, Signal

from clienteling.services.syncing import Syncing

from .tasks import TaskRunner, Ticket

STOP_WAIT_MS = 10_000  # the thread ends within a moment of the cancel; this is a bound


class LiveSync(QObject):
    """`changed(Followed)` after each answer that brought changes; `ended(reason)` when
    following ended (sync/follow.py: stopped, unsupported, refused)."""

    changed = Signal(object)
    ended = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        pool = QThreadPool(self)
        pool.setMaxThreadCount(1)
        self.runner = TaskRunner(pool, parent=self)
        self.syncing: Syncing | None = None
        self.ticket: Ticket | None = None
        self.reason = ""  # why the last run ended

    @property
    def running(self) -> bool:
        return self.ticket is not None and not self.ticket.done

    def start(self, syncing: Syncing) -> bool:
        """Follow HQ's changes from now on; False when HQ cannot push (the timer sync
        alone keeps the terminal current) or it already runs."""
        if syncing is not self.syncing:
            self.reason = ""  # another terminal (training reset): its HQ may push
        if self.running or self.reason in ("unsupported", "refused"):
            return False
        run = syncing.start_following()
        if run is None:
            return False
        self.syncing = syncing
        self.ticket = self.runner.run(
            syncing.follow, run, key="follow", progress=self.changed.emit, done=self._ended
        )
        return True

    def _ended(self, reason: str) -> None:
        self.reason = reason
        self.ended.emit(reason)

    def stop(self) -> bool:
        """End the long poll now; True once its thread is idle."""
        if self.syncing is not None:
            self.syncing.stop_following()
        idle = self.runner.pool.waitForDone(STOP_WAIT_MS)
        self.ticket = None
        return idle
