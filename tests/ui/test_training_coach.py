"""The trainee's coach on a real embedded training HQ (a small chain): every guided scenario
driven from start to finish through the UI as a trainee would, each step passing only once
the real state changed (the outbox, the cache, the training HQ's database), the summary at the
end; and with a deliberately wrong action, noticed, explained and left not done."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from clienteling.hq import tables as t
from tests.ui.coach_drive import (
    WAIT_MS,
    add_note,
    answer,
    begin,
    click,
    first_of,
    mistakes_shown,
    not_done,
    open_shopper,
    order_form,
    place,
    right_answer,
    search,
    sign_in,
    stock_of,
    summary_shown,
    training,  # noqa: F401 - the module's practice chain
    training_window,
    wait_done,
)


@pytest.fixture
def window(qtbot, training, runner):  # noqa: F811
    win = training_window(qtbot, training, runner)
    yield win
    win.sign_out()
    win.close()


def test_the_coach_lists_the_scenarios_of_the_signed_in_role(qtbot, training, window):  # noqa: F811
    panel = window.coach
    assert panel.isVisible() and not panel.body.isVisible()  # signed out: nothing to pick yet
    assert "Sign in" in panel.now.text()
    every = [s.id for s in panel.every]
    managers = [s.id for s in panel.every if s.role == "manager"]
    assert len(every) >= 8 and managers

    sign_in(qtbot, window, training, first_of(training, "associate"))
    listed = [s.id for s in panel.picker.model.rows]
    assert listed == [s for s in every if s not in managers]
    assert panel.picker.absent.isVisible() and "manager" in panel.picker.absent.text()

    window.sign_out()
    sign_in(qtbot, window, training, first_of(training, "manager"))
    assert [s.id for s in panel.picker.model.rows] == every
    assert not panel.picker.absent.isVisible()


def _hq_has_note(training, shopper_id: str) -> bool:
    with training.hq.db.read() as conn:
        return (
            conn.execute(select(t.notes).where(t.notes.c.shopper_id == shopper_id)).first()
            is not None
        )


@pytest.mark.parametrize("wrong", [False, True], ids=["right", "wrong"])
def test_find_a_returning_shopper_by_phone(qtbot, training, window, wrong):  # noqa: F811
    win, panel = window, window.coach
    v = begin(qtbot, win, training, "find-by-phone")
    assert v["phone_fragment"] in panel.now.text()  # the step with its placeholder filled
    found = search(qtbot, win, v["phone_fragment"])
    assert found == 1 and win.lookup.model.data(win.lookup.model.index(0, 0)) == v["shopper_name"]
    if wrong:  # the decoy's name: noticed, explained, the step stays to do
        answer(qtbot, panel, 0)
        assert "masked" in mistakes_shown(qtbot, panel, 1)
        not_done(panel, "search")
    right_answer(qtbot, panel, "search")
    assert "Right:" in panel.run_page.feedback.text()

    # The reason for the visit: nothing yet, then the note on the right profile.
    not_done(panel, "reason")
    click(qtbot, panel.hint_button)
    assert panel.run_page.hint.isVisible() and v["shopper_name"] in panel.run_page.hint.text()
    if wrong:  # the note on another shopper's profile
        open_shopper(qtbot, win, v["decoy_name_1"], v["decoy_name_1"])
        add_note(qtbot, win, "Looking for a gift", "gift")
        assert "another shopper" in mistakes_shown(qtbot, panel, 2)
        not_done(panel, "reason")
    open_shopper(qtbot, win, v["phone_fragment"], v["shopper_name"])
    add_note(qtbot, win, "Came back for the blue shirt", "gift")
    assert _hq_has_note(training, v["shopper_id"])
    figures = summary_shown(qtbot, panel, 2 if wrong else 0)
    assert "Hints used: 1" in figures
