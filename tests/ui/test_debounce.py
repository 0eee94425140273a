"""SearchAsYouType: one search per pause in typing, the latest answer wins, Enter waits for it."""

from __future__ import annotations

import threading

import pytest
import shiboken6
from PySide6.QtWidgets import QLineEdit

from clienteling.ui.debounce import SearchAsYouType
from clienteling.ui.tasks import TaskRunner


@pytest.fixture
def runner(qtbot):
    r = TaskRunner()
    yield r
    assert r.shutdown(5000)


@pytest.fixture
def box(qtbot, runner):
    field = QLineEdit()
    qtbot.addWidget(field)
    searcher = SearchAsYouType(field, runner, key="find", delay_ms=30, parent=field)
    searched: list[str] = []
    answers: list[tuple[str, object, bool]] = []
    searcher.answered.connect(lambda q, r, o: answers.append((q, r, o)))
    searcher.set_work(lambda text, suffix: searched.append(text) or text + suffix, "!")
    return field, searcher, searched, answers


def test_typing_searches_once_after_the_pause(qtbot, box):
    field, searcher, searched, answers = box
    qtbot.keyClicks(field, "silva")  # five keys, well inside the pause
    assert searcher.timer.isActive() and searched == []
    qtbot.waitUntil(lambda: answers != [], timeout=5000)
    assert searched == ["silva"] and answers == [("silva", "silva!", False)]
    assert searcher.query == "silva" and not searcher.pending


def test_the_latest_answer_wins(qtbot, runner, box):
    field, searcher, _searched, answers = box
    release = threading.Event()

    def slow_then_fast(text):
        if text == "ana":
            release.wait(5)  # the first search is slow
        return text

    searcher.set_work(slow_then_fast)
    field.setText("ana")
    searcher.run()
    field.setText("bruno")
    searcher.run()
    qtbot.waitUntil(lambda: answers != [], timeout=5000)
    release.set()
    qtbot.waitUntil(lambda: runner.busy == 0, timeout=5000)
    assert answers == [("bruno", "bruno", False)]


def test_emptying_the_field_cancels_and_clears(qtbot, runner, box):
    field, searcher, searched, answers = box
    cleared = []
    searcher.cleared.connect(lambda: cleared.append(True))
    field.setText("sil")
    field.setText("  ")
    assert cleared == [True] and not searcher.timer.isActive()
    # No timer left to fire and no search handed to the runner: nothing can come later.
    assert runner.busy == 0
    assert searched == [] and answers == [] and searcher.query == ""


def test_enter_before_the_answer_opens_it_when_it_comes(qtbot, box):
    field, searcher, searched, answers = box
    field.setText("silva")
    assert not searcher.ready_to_open()  # the timer was running: searched at once
    assert not searcher.timer.isActive() and searcher.pending
    qtbot.waitUntil(lambda: answers != [], timeout=5000)
    assert answers == [("silva", "silva!", True)]
    assert searcher.ready_to_open()  # the answer shown is for what is typed
    assert searched == ["silva"]  # once


def test_a_failed_search_says_why_and_opens_nothing(qtbot, box):
    field, searcher, _searched, answers = box
    failures = []
    searcher.failed.connect(failures.append)

    def broken(_text):
        raise ValueError("the cache is locked")

    searcher.set_work(broken)
    field.setText("silva")
    assert not searcher.ready_to_open()
    qtbot.waitUntil(lambda: failures != [], timeout=5000)
    assert failures == ["the cache is locked"] and answers == []
    assert not searcher.pending and not searcher.open_when_ready


def test_an_answer_after_the_screen_closed_is_dropped(qtbot, runner):
    """The window went away while its search ran: the late answer reaches no one, no error."""
    field = QLineEdit()
    searcher = SearchAsYouType(field, runner, key="find", delay_ms=30, parent=field)
    release = threading.Event()
    searcher.set_work(lambda text: release.wait(5) and text)
    field.setText("silva")
    searcher.run()
    field.deleteLater()  # the searcher goes with its field
    qtbot.waitUntil(lambda: not shiboken6.isValid(searcher), timeout=5000)
    release.set()
    qtbot.waitUntil(lambda: runner.busy == 0, timeout=5000)  # answered; pytest-qt raises on error
