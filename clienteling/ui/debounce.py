"""Search as you type: a short debounce, the query on the task runner, the latest answer wins.

    searcher = SearchAsYouType(field, runner, key="search", delay_ms=15, parent=screen)
    searcher.set_work(lookup.search, 50)       # run as lookup.search(text, 50) off the UI thread
    searcher.answered.connect(show)            # show(query, result, open_first)
    searcher.failed.connect(say_why)
    searcher.cleared.connect(show_nothing)     # the field was emptied

Typing restarts the timer; when it fires, the text is searched with the
runner's `key`, so an older search still running is cancelled and its answer
dropped. Enter before the answer is in (`ready_to_open()` is False) makes the
answer carry `open_first=True`, so the screen opens the first row once it is
there.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QLineEdit

from .tasks import TaskRunner
from .theme import set_role


class SearchAsYouType(QObject):
    """Debounced search of what `field` holds; emits `answered(query, result, open_first)`."""

    answered = Signal(str, object, bool)
    failed = Signal(str)
    cleared = Signal()

    def __init__(
        self,
        field: QLineEdit,
        runner: TaskRunner,
        *,
        key: str,
        delay_ms: int,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.field, self.runner, self.key = field, runner, key
        self.query = ""  # the text of the search shown or on its way
        self.pending = False  # a search is on its way
        self.open_when_ready = False
        self._work: tuple[Callable[..., Any], tuple[Any, ...]] | None = None
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(delay_ms)
        self.timer.timeout.connect(self.run)
        field.textChanged.connect(self._typed)

    @classmethod
    def with_field(
        cls,
        runner: TaskRunner,
        *,
        key: str,
        delay_ms: int,
        placeholder: str,
        accessible_name: str,
        parent: QObject,
    ) -> SearchAsYouType:
        """A search field of the app's look (role "search", clear button) and its searcher."""
        field = QLineEdit()
        set_role(field, "search")
        field.setPlaceholderText(placeholder)
        field.setAccessibleName(accessible_name)
        field.setClearButtonEnabled(True)
        return cls(field, runner, key=key, delay_ms=delay_ms, parent=parent)

    def set_work(self, fn: Callable[..., Any], *args: Any) -> None:
        """Search with `fn(text, *args)` (blocking; it runs on a worker)."""
        self._work = (fn, args)

    def _typed(self, text: str) -> None:
        if not text.strip():
            self.timer.stop()
            self.runner.cancel(self.key)
            self.pending = False
            self.query = ""
            self.cleared.emit()
            return
        self.timer.start()

    def run(self) -> None:
        """Search what the field holds now, without waiting for the timer."""
        self.timer.stop()
        text = self.field.text().strip()
        if not text or self._work is None:
            return
        fn, args = self._work
        self.query = text
        self.pending = True
        self.runner.run(
            fn,
            text,
            *args,
            key=self.key,
            done=lambda result, q=text: self._answered(q, result),
            failed=self._failed,
        )

    def ready_to_open(self) -> bool:
        """True when the answer shown is for the text typed now.

        Otherwise the answer for it (searched now if it was not yet) comes with
        `open_first=True`.
        """
        if self.timer.isActive() or self.query != self.field.text().strip():
            self.open_when_ready = True
            self.run()
            return False
        if self.pending:
            self.open_when_ready = True
            return False
        return True

    def _answered(self, query: str, result: object) -> None:
        if not shiboken6.isValid(self):  # the screen closed while the search ran
            return
        self.pending = False
        open_first, self.open_when_ready = self.open_when_ready, False
        self.answered.emit(query, result, open_first)

    def _failed(self, message: str) -> None:
        if not shiboken6.isValid(self):
            return
        self.pending = False
        self.open_when_ready = False
        self.failed.emit(message)


__all__ = ["SearchAsYouType"]
