"""Light and dark themes from the QSS files in resources/themes."""

from __future__ import annotations

from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtWidgets import QApplication, QWidget

from .resources import themes_dir

THEMES = ("light", "dark")
MIN_TOUCH = 44  # px: the smallest hit target the app draws
BASE_FONT_PX = 17  # readable at arm's length


def system_theme() -> str:
    """'dark' when the desktop asks for a dark colour scheme, else 'light'."""
    from PySide6.QtCore import Qt

    hints = QGuiApplication.styleHints()
    scheme = getattr(hints, "colorScheme", lambda: Qt.ColorScheme.Unknown)()
    return "dark" if scheme == Qt.ColorScheme.Dark else "light"


def load_sheet(name: str) -> str:
    if name not in THEMES:
        raise ValueError(f"unknown theme {name!r}; choose one of {', '.join(THEMES)}")
    return (themes_dir() / f"{name}.qss").read_text(encoding="utf-8")


def apply_theme(app: QApplication, name: str | None = None) -> str:
    """Apply the theme (default: follow the desktop); returns the name applied."""
    name = name or system_theme()
    # The base size lives in the font, not the QSS, so views measure rows with what they paint.
    font = QFont(app.font())
    font.setPixelSize(BASE_FONT_PX)
    app.setFont(font)
    app.setStyle("Fusion")  # the same look on every platform, so the QSS reads the same
    app.setStyleSheet(load_sheet(name))
    app.setProperty("clienteling_theme", name)
    return name


def set_role(widget: QWidget, role: str, name: str = "role") -> QWidget:
    """Tag a widget for the QSS (`QLabel[role="title"]`) and re-polish it."""
    widget.setProperty(name, role)
    style = widget.style()
    style.unpolish(widget)
    style.polish(widget)
    widget.updateGeometry()
    return widget
