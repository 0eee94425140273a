"""The task runner: answers on the UI thread, progress, plain errors, cancel, latest wins."""

from __future__ import annotations

import logging
import threading

import pytest
from PySide6.QtCore import QThread

from clienteling.domain.errors import InvalidField
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


def test_the_log_gets_the_kind_of_an_error_never_its_words(qtbot, runner, caplog):
    """Words are for the associate and may quote what was typed or stored."""
    phone, email = "+5511966604471", "kanarie.4471@example.com"

    def mistyped():
        raise InvalidField("phone", f"{phone!r} is not a phone number")

    def crash():
        return {}[email]

    caplog.set_level(logging.DEBUG)
    with qtbot.waitSignal(runner.run(mistyped).failed, timeout=5000) as blocker:
        pass
    assert phone in blocker.args[0]  # the associate sees what they typed
    with qtbot.waitSignal(runner.run(crash).failed, timeout=5000) as blocker:
        pass
    assert blocker.args[0] == "Something went wrong (KeyError); try again"
    qtbot.waitUntil(lambda: runner.busy == 0)
    logged = caplog.text
    assert "task mistyped: InvalidField (phone)" in logged
    assert "task crash failed: KeyError at ui/tasks.py:" in logged
    assert phone not in logged and email not in logged
    assert not [r for r in caplog.records if r.exc_info]


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


def test_a_runner_of_its_own_never_waits_behind_the_others_tasks(qtbot):
    """The probe's runner: one thread of its own, shut down with the runner it came from."""
    runner = TaskRunner()
    runner.pool.setMaxThreadCount(1)
    worker = runner.own_worker()
    release = threading.Event()
    runner.run(release.wait, 10)  # the only thread of `runner` is busy
    answers = []
    worker.run(lambda: "probed", done=answers.append)
    qtbot.waitUntil(lambda: answers == ["probed"], timeout=5000)
    release.set()
    assert runner.shutdown(5000)
    assert worker.busy == 0
