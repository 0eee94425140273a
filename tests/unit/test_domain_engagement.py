"""Notes, wishlist items, follow-up tasks, feedback, and the associates who record them.

The rows as the terminal shows them; what a write must hold is the protocol's
to check (tests/unit/test_protocol_writes.py).
"""

from __future__ import annotations

import pytest

from clienteling.domain.associates import Associate
from clienteling.domain.engagement import VISIT_REASONS, Feedback, Note, Task, WishlistItem
from clienteling.domain.enums import Role, TaskStatus, WriteState

AT = "2026-11-01T12:00:00+00:00"


def test_visit_reasons_are_the_agreed_vocabulary():
    assert set(VISIT_REASONS) == {
        "browsing", "gift", "event", "alteration", "return", "pickup", "appointment", "other"
    }  # fmt: skip
    assert len(VISIT_REASONS) == len(set(VISIT_REASONS))


def test_a_row_is_sent_unless_this_terminal_says_otherwise():
    rows = [
        Note("n-1", "sh-1", "gift", "Anniversary", AT),
        WishlistItem("w-1", "sh-1", "ST1-BLK-M", AT),
        Task("t-1", "sh-1", "Call", AT),
        Feedback("f-1", 5, AT),
    ]
    assert all((r.state, r.refused) == (WriteState.SENT, None) for r in rows)
    waiting = Note("n-2", "sh-1", "gift", "x", AT, state=WriteState.WAITING)
    assert waiting.associate_id is None and waiting.state == "waiting"


@pytest.mark.parametrize(("here", "in_stock"), [(0, False), (1, True), (7, True)])
def test_a_wishlist_item_is_in_stock_here_with_a_unit_here(here, in_stock):
    item = WishlistItem("w-1", "sh-1", "ST1-BLK-M", AT, available_here=here)
    assert item.in_stock_here is in_stock


def test_a_wishlist_item_with_no_stock_figure_is_not_in_stock():
    assert not WishlistItem("w-1", "sh-1", "ST1-BLK-M", AT).in_stock_here


@pytest.mark.parametrize(
    ("status", "done"),
    [("open", False), (TaskStatus.OPEN, False), ("done", True), (TaskStatus.DONE, True)],
)
def test_task_done_reads_the_status(status, done):
    task = Task("t-1", "sh-1", "Call", AT, status, done_at=AT if done else None)
    assert task.done is done


def test_a_new_task_is_open():
    task = Task("t-1", "sh-1", "Call when the size 38 arrives", AT)
    assert (task.status, task.done, task.done_at) == (TaskStatus.OPEN, False, None)


@pytest.mark.parametrize(
    ("role", "active", "may"),
    [
        ("associate", True, True),
        (Role.MANAGER, True, True),
        ("manager", True, True),
        ("trainee", True, False),  # trainees look and learn
        (Role.TRAINEE, True, False),
        ("associate", False, False),  # disabled accounts change nothing
        ("manager", False, False),
        ("trainee", False, False),
    ],
)
def test_who_may_change_data(role, active, may):
    assert Associate("E1001", "Ana Souza", role, "BR-SP-01", active).can_change_data is may


def test_associates_are_active_unless_disabled():
    assert Associate("E1001", "Ana Souza", "associate", "BR-SP-01").active
