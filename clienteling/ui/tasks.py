"""The task runner: blocking work on a QThreadPool, results back on the UI thread by signal.

    ticket = runner.run(lookup.search, "silva", key="search",
                        done=show_rows, failed=show_error)

Each task gets a `Token` as keyword `token` when its function asks for it
(a `token` parameter): `token.cancelled` to stop early, `token.progress(x)`
to report. A new task with the same `key` cancels the one before it and its
late answer is dropped ("latest wins", for search-as-you-type). Exceptions
come back as plain messages for the associate; the log gets their kind and
where they happened, never their words (they may quote a shopper's details).
"""

from __future__ import annotations

import inspect
import itertools
import logging
import os
import threading
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

from . import error_words, texts

log = logging.getLogger(__name__)


class Cancelled(Exception):
    """Raised by `Token.check()` once the task was cancelled."""


class Token:
    """Handed to a running task: cancellation flag and progress channel."""

    def __init__(self, emit_progress: Callable[[object], None]) -> None:
        self._cancelled = threading.Event()
        self._emit = emit_progress

    @property
    def cancelled(self) -> bool:
        return self._cancelled.is_set()

    def cancel(self) -> None:
        self._cancelled.set()

    def check(self) -> None:
        if self._cancelled.is_set():
            raise Cancelled

    def progress(self, value: object) -> None:
        if not self._cancelled.is_set():
            self._emit(value)


def _expected(exc: BaseException) -> bool:
    """Errors our services raise on purpose, with words meant for the associate."""
    message = getattr(exc, "message", None)
    if isinstance(message, str) and message:
        return True
    return type(exc) in (PermissionError, ValueError, RuntimeError) or (
        isinstance(exc, (PermissionError, ValueError, RuntimeError))
        and type(exc).__module__.startswith("clienteling.")
    )


def _kind(exc: BaseException) -> str:
    """An expected error for the log: its type, and the field it names if it names one."""
    field = getattr(exc, "field", None)
    return f"{type(exc).__name__} ({field})" if isinstance(field, str) else type(exc).__name__


# The clienteling package, spelled as its code objects name their files.
_OURS = os.path.dirname(os.path.dirname(os.path.abspath(__file__))) + os.sep


def _where(exc: BaseException) -> str:
    """An unexpected error for the log: the types along its chain and the places in our
    code each passed through, never its message (hq/errors.py does the same for HQ)."""
    parts, seen = [], set()
    while exc is not None and id(exc) not in seen:
        seen.add(id(exc))
        frames = [
            f"{f.filename[len(_OURS) :]}:{f.lineno} {f.name}"
            for f in traceback.extract_tb(exc.__traceback__)
            if f.filename.startswith(_OURS)
        ]
        name = type(exc).__qualname__
        parts.append(f"{name} at {', '.join(frames)}" if frames else name)
        exc = exc.__cause__ or (None if exc.__suppress_context__ else exc.__context__)
    return "; from ".join(parts)


def plain_message(exc: BaseException) -> str:
    """What to show the associate, in their language: an order's problems
    (services.orders.OrderProblem) and every error that carries a code (domain.said.Said:
    HQ's answers, our services' refusals) are worded by ui/texts and ui/error_words; an
    expected error without one shows its own words; others get a generic line."""
    problems = getattr(exc, "problems", None)
    if isinstance(problems, list) and problems:
        return "; ".join(texts.order_problem(p) for p in problems)
    words = error_words.failure_words(exc)
    if words:
        return words
    message = getattr(exc, "message", None)
    if isinstance(message, str) and message:
        return message
    if _expected(exc) and str(exc):
        return str(exc)
    return error_words.something_went_wrong(exc)


class Ticket(QObject):
    """One submitted task. Signals arrive on the UI thread, never after cancel()."""

    started = Signal()
    progress = Signal(object)
    finished = Signal(object)
    failed = Signal(str)
    settled = Signal(int)  # always, once: finished, failed or cancelled
    # Emitted from the worker; relayed by the slots below on the ticket's (UI) thread.
    _progress = Signal(object)
    _finished = Signal(object)
    _failed = Signal(str)
    _started = Signal()

    def __init__(self, number: int, key: str | None) -> None:
        super().__init__()
        self.number, self.key = number, key
        self.token = Token(self._progress.emit)
        self.done = False
        self._started.connect(self._on_started)
        self._progress.connect(self._on_progress)
        self._finished.connect(self._on_finished)
        self._failed.connect(self._on_failed)

    @property
    def cancelled(self) -> bool:
        return self.token.cancelled

    def cancel(self) -> None:
        self.token.cancel()

    @Slot()
    def _on_started(self) -> None:
        if not self.cancelled:
            self.started.emit()

    @Slot(object)
    def _on_progress(self, value: object) -> None:
        if not self.cancelled and not self.done:
            self.progress.emit(value)

    @Slot(object)
    def _on_finished(self, value: object) -> None:
        self.done = True
        if not self.cancelled:
            self.finished.emit(value)
        self.settled.emit(self.number)

    @Slot(str)
    def _on_failed(self, message: str) -> None:
        self.done = True
        if not self.cancelled:
            self.failed.emit(message)
        self.settled.emit(self.number)


class _Job(QRunnable):
    def __init__(self, ticket: Ticket, fn: Callable, args: tuple, kwargs: dict) -> None:
        super().__init__()
        self.ticket, self.fn, self.args, self.kwargs = ticket, fn, args, kwargs

    def run(self) -> None:
        ticket = self.ticket
        if ticket.cancelled:
            ticket._failed.emit("cancelled")
            return
        ticket._started.emit()
        try:
            result = self.fn(*self.args, **self.kwargs)
        except Cancelled:
            ticket._failed.emit("cancelled")
        except Exception as exc:
            name = getattr(self.fn, "__name__", self.fn)
            # Words are for the associate and may quote what was typed or stored (a phone,
            # an e-mail, a note): the log gets the kind of error and where, never its words.
            if _expected(exc):
                log.info("task %s: %s", name, _kind(exc))
            else:
                log.error("task %s failed: %s", name, _where(exc))
            ticket._failed.emit(plain_message(exc))
        else:
            ticket._finished.emit(result)


def _wants_token(fn: Callable) -> bool:
    try:
        return "token" in inspect.signature(fn).parameters
    except (TypeError, ValueError):
        return False


class TaskRunner(QObject):
    """Runs callables off the UI thread; keeps each ticket alive until it has answered."""

    def __init__(self, pool: QThreadPool | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.pool = pool or QThreadPool(self)
        # Worker threads keep their read connections: do not let idle threads expire.
        self.pool.setExpiryTimeout(-1)
        self._numbers = itertools.count(1)
        self._latest: dict[str, Ticket] = {}
        self._live: dict[int, Ticket] = {}
        self._workers: list[TaskRunner] = []  # own_worker()s: shut down with this one

    def run(
        self,
        fn: Callable[..., Any],
        *args: Any,
        key: str | None = None,
        done: Callable[[Any], None] | None = None,
        failed: Callable[[str], None] | None = None,
        progress: Callable[[object], None] | None = None,
        **kwargs: Any,
    ) -> Ticket:
        """Start `fn(*args, **kwargs)` on a worker; callbacks run on the UI thread."""
        ticket = Ticket(next(self._numbers), key)
        if key is not None:
            previous = self._latest.get(key)
            if previous is not None:
                previous.cancel()
            self._latest[key] = ticket
        if done:
            ticket.finished.connect(done)
        if failed:
            ticket.failed.connect(failed)
        if progress:
            ticket.progress.connect(progress)
        self._live[ticket.number] = ticket
        ticket.settled.connect(self._forget)
        if _wants_token(fn):
            kwargs["token"] = ticket.token
        self.pool.start(_Job(ticket, fn, args, kwargs))
        return ticket

    @Slot(int)
    def _forget(self, number: int) -> None:
        ticket = self._live.pop(number, None)
        if ticket is not None and ticket.key and self._latest.get(ticket.key) is ticket:
            del self._latest[ticket.key]

    def own_worker(self) -> TaskRunner:
        """A runner with one worker thread of its own, for small periodic work (the
        connectivity probe) that must never wait behind this runner's tasks."""
        pool = QThreadPool(self)
        pool.setMaxThreadCount(1)
        worker = TaskRunner(pool, parent=self)
        self._workers.append(worker)
        return worker

    def cancel(self, key: str) -> None:
        ticket = self._latest.pop(key, None)
        if ticket is not None:
            ticket.cancel()

    @property
    def busy(self) -> int:
        """Tasks submitted whose answer has not reached the UI thread yet."""
        return len(self._live)

    def shutdown(self, timeout_ms: int = 15000) -> bool:
        """Cancel what waits, let running tasks end; True when all ended in time."""
        for ticket in list(self._live.values()):
            ticket.cancel()
        self.pool.clear()
        ended = [worker.shutdown(timeout_ms) for worker in self._workers]
        return self.pool.waitForDone(timeout_ms) and all(ended)
