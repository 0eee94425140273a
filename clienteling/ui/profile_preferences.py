"""The profile's sizes and preferences page: a size per catalog category, fit, brands, colours."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from clienteling.domain.enums import WriteState
from clienteling.services.profiles import Profile

from .profile_edits import EditPage
from .tasks import TaskRunner
from .theme import set_role


class PreferencesPage(EditPage):
    """Sizes per catalog category and the shopper's fit, brands, colours and styles."""

    def __init__(self, runner: TaskRunner, parent=None) -> None:
        super().__init__(runner, parent)
        self.sizes: dict[str, QComboBox] = {}
        self.form = QFormLayout()
        self.form.setVerticalSpacing(10)
        self.fit = QLineEdit()
        self.fit.setMaxLength(40)
        self.brands = QLineEdit()
        self.colours = QLineEdit()
        self.styles = QLineEdit()
        for edit, hint in (
            (self.fit, QCoreApplication.translate("ProfileEdits", "e.g. slim, regular, relaxed")),
            (self.brands, QCoreApplication.translate("ProfileEdits", "Separate with commas")),
            (self.colours, QCoreApplication.translate("ProfileEdits", "Separate with commas")),
            (self.styles, QCoreApplication.translate("ProfileEdits", "Separate with commas")),
        ):
            edit.setPlaceholderText(hint)
        self.extra = QFormLayout()
        self.extra.setVerticalSpacing(10)
        self.extra.addRow(QCoreApplication.translate("ProfileEdits", "Fit"), self.fit)
        self.extra.addRow(QCoreApplication.translate("ProfileEdits", "Brands"), self.brands)
        self.extra.addRow(QCoreApplication.translate("ProfileEdits", "Colours"), self.colours)
        self.extra.addRow(QCoreApplication.translate("ProfileEdits", "Styles"), self.styles)
        self.state = set_role(QLabel(), "queued")
        self.state.hide()
        self.save = set_role(
            QPushButton(QCoreApplication.translate("ProfileEdits", "Save sizes and preferences")),
            "primary",
        )
        self.save.clicked.connect(self.submit)
        # A catalog with many categories scrolls here rather than growing the window.
        fields = QWidget()
        columns = QHBoxLayout(fields)
        columns.setContentsMargins(0, 0, 8, 0)
        columns.addLayout(self.form, 1)
        columns.addSpacing(24)
        columns.addLayout(self.extra, 1)
        columns.setAlignment(self.form, Qt.AlignmentFlag.AlignTop)
        columns.setAlignment(self.extra, Qt.AlignmentFlag.AlignTop)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(fields)
        bottom = QHBoxLayout()
        bottom.addWidget(self.state)
        bottom.addWidget(self.message, 1)
        bottom.addWidget(self.save)
        page = QVBoxLayout(self)
        page.addWidget(scroll, 1)
        page.addLayout(bottom)
        self._choices: dict[str, list[str]] = {}

    def open(self, shopper_id: str) -> None:
        super().open(shopper_id)
        if self.catalog is not None:  # the catalog may have grown since the last profile
            self.runner.run(self.catalog.size_choices, key="size-choices", done=self._set_choices)

    def _set_choices(self, choices: dict[str, list[str]]) -> None:
        self._choices = choices
        self._rows(set(choices))
        for category, box in self.sizes.items():
            typed = box.currentText()
            box.clear()
            box.addItems(["", *choices.get(category, [])])
            box.setCurrentText(typed)

    def _rows(self, categories: set[str]) -> None:
        for category in sorted(categories - set(self.sizes)):
            box = QComboBox()
            box.setEditable(True)
            box.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
            box.lineEdit().setMaxLength(16)
            box.setAccessibleName(
                QCoreApplication.translate("ProfileEdits", "Size: {category}").format(
                    category=category
                )
            )
            box.addItem("")
            box.addItems(self._choices.get(category, []))
            self.sizes[category] = box
            self.form.addRow(
                QCoreApplication.translate("ProfileEdits", "Size: {category}").format(
                    category=category
                ),
                box,
            )

    def show_view(self, view: Profile) -> None:
        prefs = view.shopper.preferences
        sizes = prefs.sizes
        self._rows(set(sizes))
        for category, box in self.sizes.items():
            box.setCurrentText(sizes.get(category, ""))
        self.fit.setText(prefs.fit)
        self.brands.setText(", ".join(prefs.brands))
        self.colours.setText(", ".join(prefs.colours))
        self.styles.setText(", ".join(prefs.styles))
        if view.preferences_state == WriteState.WAITING:
            self.state.setText(QCoreApplication.translate("ProfileEdits", "Waiting to send"))
            self.state.show()
        elif view.preferences_state == WriteState.REFUSED:
            self.state.setText(
                QCoreApplication.translate("ProfileEdits", "Refused by HQ: {why}").format(
                    why=view.preferences_refused
                )
            )
            self.state.show()
        else:
            self.state.hide()

    def submit(self) -> None:
        sizes = {c: box.currentText().strip() for c, box in self.sizes.items()}
        if self.engagement is None:
            return
        self.send(
            "preferences",
            self.engagement.save_preferences,
            sizes,
            self.fit.text(),
            self.brands.text(),
            self.colours.text(),
            self.styles.text(),
            button=self.save,
        )
