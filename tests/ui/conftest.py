"""UI fixtures: a real HQ on loopback (SQLite), a real enrolled terminal cache in tmp_path."""

from __future__ import annotations

import pytest

from clienteling.api.client import Policy
from clienteling.hq import migrate
from clienteling.hq.db import Database
from tests.hq_live import World, add_purchase, add_shopper, set_stock, small_chain

# Give up on a stopped HQ quickly: the tests stop it on purpose.
FAST = Policy(deadline=2, attempt_timeout=1, connect_timeout=0.3, attempts=1)
STORE = "BR-SP-01"
ASSOCIATE = f"{STORE}-associate"
PIN = "2468"


@pytest.fixture
def world(tmp_path):
    db = Database(f"sqlite:///{tmp_path / 'hq.db'}")
    migrate.upgrade(db)
    small_chain(db)
    add_shopper(
        db,
        "sh3",
        STORE,
        last_name="Gonçalves",
        preferences={"sizes": {"tops": "M"}},
        segments=["vip"],
    )
    add_purchase(db, "p1", "sh1", STORE, "ST1-BLK-S")
    add_purchase(db, "p2", "sh1", None, "ST1-BLK-S", channel="web")
    set_stock(db, STORE, "ST1-BLK-M", 2)
    w = World(db)
    w.start_hq()
    w.enroll_terminal(tmp_path / "terminal", STORE, policy=FAST)
    yield w
    w.stop_hq()
    w.services.close()
    db.dispose()


@pytest.fixture
def runner(qtbot):
    """The screens' task runner in tests: each task runs at once on the UI thread."""
    from tests.ui.sync_runner import SyncRunner

    r = SyncRunner()
    yield r
    assert r.shutdown(10000)


@pytest.fixture
def window(qtbot, world, runner):
    from clienteling.ui.main_window import MainWindow

    win = MainWindow(runner, sync_every_ms=3_600_000)
    qtbot.addWidget(win)
    win.show()
    win.open_terminal(world.services)
    qtbot.waitUntil(lambda: win.current == "signin", timeout=15000)
    qtbot.waitUntil(lambda: len(win.signin.associate_buttons()) == 3, timeout=5000)
    yield win
    win.close()


def follow_settled(qtbot, win, timeout: int = 15000) -> None:
    """The window's follow of HQ is open and caught up (its first fetch may bring the
    settings), and what that brought has reached the window: nothing from before comes
    later to look like a sync run."""
    from PySide6.QtWidgets import QApplication

    follower = win.services.syncing.follower
    qtbot.waitUntil(lambda: follower.listening, timeout=timeout)
    QApplication.processEvents()  # its `changed`, sent before it listened
