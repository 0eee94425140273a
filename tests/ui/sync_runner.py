"""A task runner for UI tests: the work runs at once on the calling (UI) thread.

`SyncRunner` is the app's `TaskRunner` with its thread pool swapped for one
that runs each job where it is submitted. Everything else is the real
runner: the same `Ticket` and its signals, the same error words, tokens,
progress and latest-wins bookkeeping. So a screen gets its `done`, `failed`
and `progress` callbacks through the very signals it gets in the app, only
before `run()` returns: a test clicks and the answer is on screen when the
click returns, with no waiting for a worker.

Tests of the threaded runner itself (answers on the UI thread, cancellation
while running, a late answer after its screen closed) keep `TaskRunner`.
"""

from __future__ import annotations

from PySide6.QtCore import QRunnable

from clienteling.ui.tasks import TaskRunner


class CallingThreadPool:
    """Stands in for QThreadPool: `start(job)` runs the job right away, on this thread."""

    def setExpiryTimeout(self, _ms: int) -> None:
        pass

    def start(self, job: QRunnable) -> None:
        job.run()

    def clear(self) -> None:
        pass

    def waitForDone(self, _timeout_ms: int = -1) -> bool:
        return True  # nothing can still be running


class SyncRunner(TaskRunner):
    """`TaskRunner` without threads (see the module docstring)."""

    def __init__(self, parent=None) -> None:
        super().__init__(pool=CallingThreadPool(), parent=parent)

    def own_worker(self) -> SyncRunner:
        """The probe's runner: in tests it runs on the calling thread too."""
        worker = SyncRunner(parent=self)
        self._workers.append(worker)
        return worker
