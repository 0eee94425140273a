"""The camera in a dialog, and the scanner settings with a test field."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from clienteling.domain.errors import InvalidField
from clienteling.protocol.fleet import SCANNER_SUFFIXES
from clienteling.scan.wedge import WedgeSettings

from .camera import CameraScanner
from .combo import Combo
from .theme import MIN_TOUCH, set_role

# The suffix choices: what the scanner sends after each code (the fleet setting's names).
SUFFIXES = SCANNER_SUFFIXES


class CameraDialog(QDialog):
    """A camera preview; emits `decoded(text)` for the first code it sees, then closes."""

    decoded = Signal(str)

    def __init__(self, parent: QWidget | None = None, scanner: CameraScanner | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Scan with camera"))
        self.resize(640, 560)
        self.scanner = scanner or CameraScanner(self)
        self.scanner.decoded.connect(self._decoded)
        hint = set_role(QLabel(self.tr("Hold the code in front of the camera.")), "hint")
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.reject)
        column = QVBoxLayout(self)
        column.addWidget(hint)
        column.addWidget(self.scanner, 1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(close)
        column.addLayout(row)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.scanner.start()

    def done(self, result: int) -> None:
        self.scanner.stop()
        super().done(result)

    def _decoded(self, text: str) -> None:
        self.decoded.emit(text)
        self.accept()


class ScannerSettingsDialog(QDialog):
    """Prefix, suffix and key gap of the keyboard-wedge scanner, and a field to try a scan.

    Emits `saved(WedgeSettings)` on Save (this terminal's own setup from then on),
    `store_wanted` for "Use the store's settings" (HQ's again) and `test_requested(text)`
    for what is typed in the test field; `show_result(raw, words)` shows what a scan was
    read as. `own`: the settings shown are this terminal's own, not the store's.
    """

    saved = Signal(object)
    store_wanted = Signal()
    test_requested = Signal(str)

    def __init__(
        self, settings: WedgeSettings, parent: QWidget | None = None, *, own: bool = False
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Scanner settings"))
        self.setMinimumWidth(560)
        self.base = settings

        self.prefix = QLineEdit(settings.prefix if settings.prefix.isprintable() else "")
        self.prefix.setMaxLength(1)
        self.prefix.setAccessibleName(self.tr("Prefix"))
        self.prefix.setPlaceholderText(self.tr("none"))
        self.suffix = Combo()
        self.suffix.setAccessibleName(self.tr("Suffix"))
        for key, label in (
            ("any", self.tr("Enter or Tab")),
            ("enter", self.tr("Enter")),
            ("tab", self.tr("Tab")),
            ("none", self.tr("Nothing")),
        ):
            self.suffix.addItem(label, key)
        chosen = next((k for k, v in SUFFIXES.items() if v == settings.suffixes), "any")
        self.suffix.setCurrentIndex(self.suffix.findData(chosen))
        self.gap = QSpinBox()
        self.gap.setAccessibleName(self.tr("Longest gap between a scanner's keys"))
        self.gap.setRange(5, 500)
        self.gap.setSuffix(self.tr(" ms"))
        self.gap.setValue(round(settings.max_median_gap_ms))
        for w in (self.prefix, self.suffix, self.gap):
            w.setMinimumHeight(MIN_TOUCH)

        form = QFormLayout()
        form.addRow(self.tr("Prefix the scanner sends first"), self.prefix)
        form.addRow(self.tr("Suffix after each code"), self.suffix)
        form.addRow(self.tr("Longest gap between its keys"), self.gap)
        help_text = set_role(
            QLabel(
                self.tr(
                    "Scanners type much faster than people. Raise the gap for a slow "
                    "Bluetooth scanner; set a prefix if the scanner sends one."
                )
            ),
            "hint",
        )
        help_text.setWordWrap(True)
        self.source = set_role(
            QLabel(
                self.tr("This terminal uses its own scanner settings, not the store's from HQ.")
                if own
                else self.tr(
                    "These are the store's scanner settings from HQ. Saving makes them this "
                    "terminal's own."
                )
            ),
            "hint",
        )
        self.source.setWordWrap(True)
        self.use_store = QPushButton(self.tr("Use the store's settings"))
        self.use_store.setVisible(own)
        self.use_store.clicked.connect(self._use_store)

        self.test = QLineEdit()
        self.test.setMinimumHeight(MIN_TOUCH)
        self.test.setAccessibleName(self.tr("Test field"))
        self.test.setPlaceholderText(
            self.tr("Scan a code here to test, or type one and press Enter")
        )
        self.test.returnPressed.connect(self._try_typed)
        self.result = set_role(QLabel(self.tr("No scan yet.")), "hint")
        self.result.setWordWrap(True)
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error = set_role(QLabel(), "error")
        self.error.setWordWrap(True)
        self.error.hide()

        save = QPushButton(self.tr("Save"))
        set_role(save, "primary")
        save.clicked.connect(self._save)
        cancel = QPushButton(self.tr("Cancel"))
        cancel.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.use_store)
        buttons.addStretch(1)
        buttons.addWidget(cancel)
        buttons.addWidget(save)

        column = QVBoxLayout(self)
        column.setSpacing(12)
        column.addLayout(form)
        column.addWidget(self.source)
        column.addWidget(help_text)
        column.addWidget(set_role(QLabel(self.tr("Test")), "subtitle"))
        column.addWidget(self.test)
        column.addWidget(self.result)
        column.addWidget(self.error)
        column.addLayout(buttons)
        self.test.setFocus()

    def chosen(self) -> WedgeSettings:
        """The settings as set in the dialog; InvalidField when they do not fit together."""
        gap = float(self.gap.value())
        return WedgeSettings(
            max_median_gap_ms=gap,
            min_length=self.base.min_length,
            timeout_ms=max(self.base.timeout_ms, gap + 50.0),
            prefix=self.prefix.text(),
            suffixes=SUFFIXES[self.suffix.currentData()],
            require_suffix=self.base.require_suffix and bool(SUFFIXES[self.suffix.currentData()]),
            max_length=self.base.max_length,
        )

    def _save(self) -> None:
        try:
            settings = self.chosen()
        except InvalidField:
            self.error.setText(self.tr("The prefix cannot be the same as the suffix."))
            self.error.show()
            return
        self.saved.emit(settings)
        self.accept()

    def _use_store(self) -> None:
        self.store_wanted.emit()
        self.accept()

    def _try_typed(self) -> None:
        text = self.test.text()
        if text.strip():
            self.test_requested.emit(text)

    def show_result(self, raw: str, words: str) -> None:
        """What the last scan was read as; `raw` is the text the scanner sent."""
        self.test.setText(raw)
        self.result.setText(self.tr("Last scan: {words}").format(words=words))
