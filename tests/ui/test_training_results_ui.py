"""A trainee signs in on a store terminal's window (the PIN pad): the scenario they finished in
training waits on home as theirs, in words, and the window's sync delivers it to HQ. A real
HQ on loopback and a real terminal cache; the record made by the training side's hand-off."""

from __future__ import annotations

from PySide6.QtCore import Qt
from sqlalchemy import select

from clienteling import paths
from clienteling.app import TrainingTerminal
from clienteling.hq import tables as t
from tests.ui.test_home_day import column
from tests.ui.test_screens import sign_in

TRAINEE = "BR-SP-01-trainee"


def test_a_trainees_result_waits_on_home_then_the_sync_sends_it(qtbot, window, world, tmp_path):
    win = window
    home = tmp_path / "terminal"  # the world's production terminal
    training = TrainingTerminal(tmp_path / "training")
    summary = {"scenario_id": "no-profiling-consent", "seconds": 75, "hints": 0, "mistakes": 1}
    made = training.record_result(TRAINEE, summary)
    assert made.parent == paths.training_results_dir(home)

    sign_in(qtbot, win, employee_id=TRAINEE)
    qtbot.waitUntil(lambda: win.current == "home", timeout=5000)
    # Asked whether the waiting result is theirs: nothing is queued before they say so.
    qtbot.waitUntil(lambda: win.training_offer is not None, timeout=5000)
    offer = win.training_offer
    assert "Serve a shopper who did not consent to profiling" in offer.items.text()
    assert made.exists()
    qtbot.mouseClick(offer.send, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: win.training_offer is None, timeout=5000)
    day = win.lookup.day
    qtbot.waitUntil(lambda: day.writes.rowCount() == 1, timeout=5000)
    assert column(day.writes, "What") == "Training result"
    assert column(day.writes, "State") == "Waiting to send"
    assert not made.exists()

    with qtbot.waitSignal(win.synced, timeout=10000):
        win.sync_now()
    qtbot.waitUntil(lambda: day.writes.rowCount() == 0, timeout=5000)
    with world.db.read() as conn:
        [row] = conn.execute(select(t.training_results)).all()
    assert (row.result_id, row.associate_id, row.scenario_id) == (
        made.stem,
        TRAINEE,
        "no-profiling-consent",
    )


def test_results_that_are_not_theirs_are_kept_aside_never_sent(qtbot, window, world, tmp_path):
    win = window
    training = TrainingTerminal(tmp_path / "training")
    summary = {"scenario_id": "find-by-phone", "seconds": 30, "hints": 0, "mistakes": 0}
    made = training.record_result(TRAINEE, summary)
    sign_in(qtbot, win, employee_id=TRAINEE)
    qtbot.waitUntil(lambda: win.training_offer is not None, timeout=5000)
    qtbot.mouseClick(win.training_offer.discard, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: win.training_offer is None, timeout=5000)
    assert not made.exists() and (made.parent / "set-aside" / made.name).exists()
    with qtbot.waitSignal(win.synced, timeout=10000):
        win.sync_now()
    with world.db.read() as conn:
        assert conn.execute(select(t.training_results)).all() == []
