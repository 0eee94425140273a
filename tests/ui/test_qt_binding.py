"""The installed Qt binding keeps Python's reference counts right.

PySide6 6.12.0 dropped one reference to None on every call of a method
returning void; after enough calls Python aborted ("deallocating None").
pyproject.toml excludes that release; this test catches any like it.
"""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QWidget


def test_void_calls_keep_none_alive(qtbot):
    w = QWidget()
    qtbot.addWidget(w)
    before = sys.getrefcount(None)
    for _ in range(200):
        w.update()
        w.setEnabled(True)
    assert abs(sys.getrefcount(None) - before) < 50
