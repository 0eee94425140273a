"""The task runner: answers on the UI thread, progress, plain errors, cancel, latest wins."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import QThread

from clienteling.ui.tasks import TaskRunner


@pytest.fixture
def runner(qtbot):
    r = TaskRunner()
    yield r
    assert r.shutdown(5000)


def test_result_arrives_on_the_ui_thread_with_progress(qtbot, runner):
    ui_thread = QThread.currentThread()
    seen = {}

    def work(n, token):
        seen["worker"] = threading.current_thread() is threading.main_thread()
        for i in range(n):
            token.progress(i)
        return n * 2

    got_progress = []
    ticket = runner.run(work, 3)
    ticket.progress.connect(lambda v: got_progress.append((v, QThread.currentThread())))
    with qtbot.waitSignal(ticket.finished, timeout=5000) as blocker:
        pass
    assert blocker.args == [6]
    assert seen["worker"] is False  # ran off the UI thread
    qtbot.waitUntil(lambda: runner.busy == 0)
    assert all(t is ui_thread for _v, t in got_progress)


def test_errors_come_back_as_plain_messages(qtbot, runner):
    def refuse():
        raise PermissionError("the PIN is wrong")

    def crash():
        return {}["missing"]

    with qtbot.waitSignal(runner.run(refuse).failed, timeout=5000) as blocker:
        pass
    assert blocker.args == ["the PIN is wrong"]
    with qtbot.waitSignal(runner.run(crash).failed, timeout=5000) as blocker:
        pass
    assert blocker.args[0] == "Something went wrong (KeyError); try again"


def test_latest_wins_for_the_same_key(qtbot, runner):
    gate = threading.Event()
    answers = []

    def slow(value):
        gate.wait(5)
        return value

    first = runner.run(slow, "first", key="search", done=answers.append)
    second = runner.run(slow, "second", key="search", done=answers.append)
    assert first.cancelled and not second.cancelled
    gate.set()
    with qtbot.waitSignal(second.finished, timeout=5000):
        pass
    qtbot.waitUntil(lambda: runner.busy == 0)
    assert answers == ["second"]


def test_a_cancelled_task_can_stop_early_and_says_nothing(qtbot, runner):
    started = threading.Event()
    stopped = threading.Event()

    def loop(token):
        started.set()
        while True:
            if token.cancelled:
                stopped.set()
                token.check()

    ticket = runner.run(loop)
    calls = []
    ticket.finished.connect(calls.append)
    ticket.failed.connect(calls.append)
    assert started.wait(5)
    with qtbot.waitSignal(ticket.settled, timeout=5000):
        ticket.cancel()
    assert stopped.is_set() and calls == []
