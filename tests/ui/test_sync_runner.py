"""The tests' synchronous runner answers like the app's runner, before `run()` returns."""

from __future__ import annotations

import threading

from tests.ui.sync_runner import SyncRunner


def test_done_progress_and_failure_come_through_the_ticket_before_run_returns(qtbot):
    runner = SyncRunner()
    seen = []

    def work(n, token):
        seen.append(threading.current_thread() is threading.main_thread())
        for i in range(n):
            token.progress(i)
        return n * 2

    progress, done = [], []
    ticket = runner.run(work, 3, key="k", done=done.append, progress=progress.append)
    assert seen == [True] and progress == [0, 1, 2] and done == [6]
    assert ticket.done and runner.busy == 0

    def refuse():
        raise PermissionError("the PIN is wrong")

    failed = []
    runner.run(lambda: {}["missing"], failed=failed.append)
    runner.run(refuse, failed=failed.append)
    assert failed == ["Something went wrong (KeyError); try again", "the PIN is wrong"]
    assert runner.busy == 0 and runner.shutdown(0)
