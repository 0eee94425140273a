"""Light and dark themes from the QSS files in resources/themes."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtGui import QColor, QFont, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QWidget

from .resources import themes_dir

THEMES = ("light", "dark")
MIN_TOUCH = 44  # px: the smallest hit target the app draws
BASE_FONT_PX = 17  # readable at arm's length


# Colours the code draws with (table cells, placeholders), per theme: at least 4.5:1 on
# the theme's field and table backgrounds (tests/ui/test_contrast.py).
COLOURS = {
    "light": {"muted": "#5c6570", "warning": "#b3261e", "placeholder": "#67707c"},
    "dark": {"muted": "#a3acb8", "warning": "#ff8a80", "placeholder": "#98a2ae"},
}


def colour(role: str) -> QColor:
    """The theme's colour for `role` ("muted", "warning", "placeholder")."""
    app = QApplication.instance()
    name = app.property("clienteling_theme") if app is not None else None
    return QColor(COLOURS.get(name or "light", COLOURS["light"])[role])


def system_theme() -> str:
    """'dark' when the desktop asks for a dark colour scheme, else 'light'."""
    from PySide6.QtCore import Qt

    hints = QGuiApplication.styleHints()
    scheme = getattr(hints, "colorScheme", lambda: Qt.ColorScheme.Unknown)()
    return "dark" if scheme == Qt.ColorScheme.Dark else "light"


def load_sheet(name: str) -> str:
    if name not in THEMES:
        raise ValueError(f"unknown theme {name!r}; choose one of {', '.join(THEMES)}")
    folder = themes_dir()
    # Pictures (the combo box's arrow) by absolute path: Qt resolves url() from the cwd.
    return (
        (folder / f"{name}.qss").read_text(encoding="utf-8").replace("@THEMES@", folder.as_posix())
    )


def apply_theme(app: QApplication, name: str | None = None) -> str:
    """Apply the theme (default: follow the desktop); returns the name applied."""
    name = name or system_theme()
    # The base size lives in the font, not the QSS, so views measure rows with what they paint.
    font = QFont(app.font())
    font.setPixelSize(BASE_FONT_PX)
    app.setFont(font)
    app.setStyle("Fusion")  # the same look on every platform, so the QSS reads the same
    app.setProperty("clienteling_theme", name)
    palette = app.palette()
    palette.setColor(QPalette.ColorRole.PlaceholderText, colour("placeholder"))
    app.setPalette(palette)
    app.setStyleSheet(load_sheet(name))
    return name


def set_role(widget: QWidget, role: str, name: str = "role") -> QWidget:
    """Tag a widget for the QSS (`QLabel[role="title"]`) and re-polish it."""
    widget.setProperty(name, role)
    style = widget.style()
    style.unpolish(widget)
    style.polish(widget)
    # A frame (a label) takes the new role's border and padding only on a style change.
    QApplication.sendEvent(widget, QEvent(QEvent.Type.StyleChange))
    widget.updateGeometry()
    return widget
