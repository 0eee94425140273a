"""The look at store quality: readable contrast, disabled buttons that look it and say why,
the flow layout, framed dialogs without a window manager."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QPushButton, QWidget

from clienteling.ui.fit import FlowLayout, Reason, flow_row
from clienteling.ui.kiosk import Kiosk
from clienteling.ui.tables import share
from clienteling.ui.theme import COLOURS, THEMES, apply_theme, load_sheet, set_role
from tests.ui.test_screens import sign_in

AA = 4.5  # WCAG 2 AA for normal text


def luminance(colour: str) -> float:
    c = QColor(colour)
    channels = []
    for v in (c.redF(), c.greenF(), c.blueF()):
        channels.append(v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4)
    r, g, b = channels
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(a: str, b: str) -> float:
    hi, lo = sorted((luminance(a), luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def rules(sheet: str) -> dict[str, dict[str, str]]:
    """selector -> properties, later rules winning, as Qt applies them."""
    found: dict[str, dict[str, str]] = {}
    sheet = re.sub(r"/\*.*?\*/", "", sheet, flags=re.DOTALL)
    for selectors, body in re.findall(r"([^{}]+)\{([^}]*)\}", sheet):
        props = dict(
            (k.strip(), v.strip())
            for k, _, v in (p.partition(":") for p in body.split(";"))
            if k.strip()
        )
        for selector in selectors.split(","):
            found.setdefault(" ".join(selector.split()), {}).update(props)
    return found


def test_contrast_formula_matches_wcag():
    assert contrast("#000000", "#ffffff") == pytest.approx(21)
    assert contrast("#767676", "#ffffff") == pytest.approx(4.54, abs=0.01)


@pytest.mark.parametrize("theme", THEMES)
def test_text_is_at_least_4_5_to_1_in_both_themes(theme):
    r = rules(load_sheet(theme))
    window = r["QMainWindow"]["background"]
    card = r["QFrame#card"]["background"]
    field = r["QLineEdit"]["background"]
    table = r["QTableView"]["background"]
    alternate = r["QTableView"]["alternate-background-color"]
    strip = r["QFrame#statusStrip"]["background"]
    colours = COLOURS[theme]

    def own(selector: str) -> tuple[str, str]:
        return r[selector]["color"], r[selector]["background"]

    pairs = {
        "white on the primary colour": own('QPushButton[role="primary"]'),
        "buttons": own("QPushButton"),
        "text": (r["QLabel"]["color"], window),
        "hints": (r['QLabel[role="hint"]']["color"], window),
        "hints on a card": (r['QLabel[role="hint"]']["color"], card),
        "why a button is disabled": (r['QLabel[role="reason"]']["color"], card),
        "subtitles": (r['QLabel[role="subtitle"]']["color"], window),
        "errors": own('QLabel[role="error"]'),
        "infos": own('QLabel[role="info"]'),
        "queued": own('QLabel[role="queued"]'),
        "field errors": (r['QLabel[role="field-error"]']["color"], card),
        "grid headers": own("QHeaderView::section"),
        "tabs": own("QTabBar::tab"),
        "tier badge": own('QLabel[badge="tier"]'),
        "consent given": own('QLabel[badge="yes"]'),
        "no consent": own('QLabel[badge="no"]'),
        "status strip": (r["QFrame#statusStrip QLabel"]["color"], strip),
        "online": (r['QLabel#connectivity[state="online"]']["color"], strip),
        "offline": (r['QLabel#connectivity[state="offline"]']["color"], strip),
        "offline banner": (
            r["QFrame#offlineBanner QLabel"]["color"],
            r["QFrame#offlineBanner"]["background"],
        ),
        "muted cells (zeros, codes)": (colours["muted"], table),
        "muted cells on alternate rows": (colours["muted"], alternate),
        "warning cells": (colours["warning"], table),
        "placeholders": (colours["placeholder"], field),
    }
    low = {
        what: round(contrast(fg, bg), 2)
        for what, (fg, bg) in pairs.items()
        if contrast(fg, bg) < AA
    }
    assert low == {}, f"{theme}: below {AA}:1: {low}"


@pytest.mark.parametrize("theme", THEMES)
def test_the_grid_header_is_painted_in_the_theme_everywhere(theme):
    r = rules(load_sheet(theme))
    section = r["QHeaderView::section"]["background"]
    assert r["QHeaderView"]["background"] == section  # not the style's white behind sections
    assert r["QTableCornerButton::section"]["background"] == section
    drop = r["QComboBox::drop-down"]
    assert drop["border"] == "none" and "border-left" in drop  # one frame: the box's own
    assert "arrow-" in r["QComboBox::down-arrow"]["image"]


@pytest.fixture
def themed(qapp):
    sheet, font, palette = qapp.styleSheet(), qapp.font(), qapp.palette()
    yield qapp
    qapp.setStyleSheet(sheet)
    qapp.setFont(font)
    qapp.setPalette(palette)


def background(button: QPushButton) -> QColor:
    image = button.grab().toImage()
    return image.pixelColor(8, image.height() // 2)


@pytest.mark.parametrize("theme", THEMES)
def test_a_disabled_primary_button_looks_disabled(qtbot, themed, theme):
    apply_theme(themed, theme)
    primary = set_role(QPushButton("Place order"), "primary")
    plain = QPushButton("Refresh")
    for b in (primary, plain):
        qtbot.addWidget(b)
        b.resize(200, 60)
        b.setEnabled(False)
    r = rules(load_sheet(theme))
    disabled = QColor(r["QPushButton:disabled"]["background"])
    assert background(primary) == disabled == background(plain)  # the primary's look is gone
    primary.setEnabled(True)
    assert background(primary) == QColor(r['QPushButton[role="primary"]']["background"])


def test_the_reason_shows_in_words_while_the_button_is_disabled(qtbot):
    button = QPushButton("Enroll")
    reason = Reason(button)
    holder = flow_row(button, reason)
    qtbot.addWidget(holder)
    holder.show()
    reason.set_reason("Type all 16 letters of the code to enroll.")
    assert not button.isEnabled() and reason.isVisible()
    assert reason.text() == button.toolTip() == "Type all 16 letters of the code to enroll."
    reason.set_reason("")
    assert button.isEnabled() and not reason.isVisible()


def test_ordering_without_a_shopper_says_why_under_the_button(qtbot, window):
    win = window
    sign_in(qtbot, win)
    qtbot.waitUntil(lambda: win.current == "home", timeout=5000)
    win.open_products(None, "ST1-BLK-S")  # no shopper chosen
    qtbot.waitUntil(lambda: win.stock.current is not None, timeout=5000)
    s = win.stock
    assert not s.order_button.isEnabled()
    assert s.order_reason.isVisible()
    assert "shopper" in s.order_reason.text()


def test_columns_that_do_not_fit_share_the_width_short_ones_first():
    widths = share({0: 160, 1: 90, 2: 400, 3: 300}, 700)
    assert widths[1] == 90 and widths[0] == 160  # short columns keep what they need
    assert widths[2] == widths[3] == 225  # the long ones share the rest
    assert sum(widths.values()) <= 700


def test_a_flow_row_wraps_instead_of_widening(qtbot):
    buttons = [QPushButton(f"A rather long button {i}") for i in range(6)]
    row = flow_row(*buttons)
    holder = QWidget()
    qtbot.addWidget(holder)
    from PySide6.QtWidgets import QVBoxLayout

    QVBoxLayout(holder).addWidget(row)
    holder.resize(420, 600)
    holder.show()
    QApplication.processEvents()
    assert all(b.geometry().right() <= row.width() for b in buttons)
    assert len({b.y() for b in buttons}) > 1  # more than one line
    assert isinstance(row.layout(), FlowLayout)
    assert row.layout().heightForWidth(420) > row.layout().heightForWidth(4000)


def test_a_modal_dialog_without_a_window_manager_is_framed_over_a_dimmed_window(qtbot, qapp):
    kiosk = Kiosk.install(qapp, force=True)
    try:
        main = QWidget()
        qtbot.addWidget(main)
        main.resize(QSize(1024, 768))
        main.show()
        dialog = QDialog(main)
        QLabel("Scanner settings", dialog)
        dialog.open()  # modal
        qtbot.waitUntil(dialog.isVisible)
        assert dialog.property("kiosk") == "true"
        assert kiosk.dimmed(main)
        centre = main.mapToGlobal(main.rect().center())
        assert dialog.frameGeometry().contains(centre)
        dialog.close()
        qtbot.waitUntil(lambda: not kiosk.dimmed(main))
    finally:
        qapp.removeEventFilter(kiosk)
