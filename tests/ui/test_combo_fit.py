"""A combo box never clips its current text: it elides it; the layout check flags one that clips."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSize
from PySide6.QtWidgets import QApplication, QComboBox, QHBoxLayout, QWidget

from clienteling.ui.combo import Combo
from clienteling.ui.layout_check import problems, settle
from clienteling.ui.theme import apply_theme

LONG = "Store Campinas (suggested) — 3 available · 84 km"


@pytest.fixture(autouse=True)
def light_theme():
    """The theme's paddings take room; the app's look is put back afterwards."""
    app = QApplication.instance()
    sheet, font, palette = app.styleSheet(), app.font(), app.palette()
    apply_theme(app, "light")
    yield
    app.setStyleSheet(sheet)
    app.setFont(font)
    app.setPalette(palette)


def boxed(qtbot, combo: QComboBox, width: int = 220) -> QWidget:
    window = QWidget()
    row = QHBoxLayout(window)
    row.addWidget(combo)
    combo.addItem(LONG)
    combo.setMinimumWidth(0)
    qtbot.addWidget(window)
    window.setFixedWidth(width)
    window.show()
    settle(QApplication.instance())
    return window


def test_the_layout_check_flags_a_combo_whose_current_text_is_cut_off(qtbot):
    plain = QComboBox()
    plain.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    plain.setMinimumContentsLength(4)
    window = boxed(qtbot, plain)
    found = problems(window, QSize(1024, 768), "en")
    assert any("QComboBox" in p and "current text" in p for p in found), found


def test_a_combo_elides_its_current_text_and_tells_it_whole(qtbot):
    combo = Combo()
    window = boxed(qtbot, combo)
    assert combo.width() < combo.fontMetrics().horizontalAdvance(LONG)  # it cannot show it all
    shown = combo.shown_text()
    assert shown.endswith("…") and LONG.startswith(shown[:-1])  # elided, not cut off
    assert combo.toolTip() == LONG  # the whole text, a hover away
    assert problems(window, QSize(1024, 768), "en") == []
    window.setFixedWidth(900)  # room enough: the whole text, no tooltip needed
    settle(QApplication.instance())
    assert combo.shown_text() == LONG and combo.toolTip() == ""
