"""The profile's sizes and preferences page: a size per catalog category, fit, brands, colours,
and the history of the shopper's edited fields (who changed what, when, and what it was)."""

from __future__ import annotations

from functools import partial
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QVBoxLayout,
)

from clienteling.domain.enums import WriteState
from clienteling.domain.shoppers import FieldChange, Shopper
from clienteling.services.profiles import Profile

from .error_words import reason_words
from .fit import Panes, flow_row
from .formats import date_time
from .profile_edits import EditPage
from .tasks import TaskRunner
from .theme import set_role

HISTORY_SHOWN = 12  # the newest entries; HQ keeps every change


def field_name(field: str) -> str:
    """A profile field as the associate knows it."""
    if field.startswith("sizes."):
        return QCoreApplication.translate("ProfileEdits", "Size: {category}").format(
            category=field.removeprefix("sizes.")
        )
    names = {
        "fit": QCoreApplication.translate("ProfileEdits", "Fit"),
        "brands": QCoreApplication.translate("ProfileEdits", "Brands"),
        "colours": QCoreApplication.translate("ProfileEdits", "Colours"),
        "styles": QCoreApplication.translate("ProfileEdits", "Styles"),
        "consent.marketing_email": QCoreApplication.translate("ProfileEdits", "E-mail consent"),
        "consent.marketing_sms": QCoreApplication.translate("ProfileEdits", "SMS consent"),
        "consent.profiling": QCoreApplication.translate("ProfileEdits", "Profiling consent"),
        "emails": QCoreApplication.translate("ProfileEdits", "E-mails"),
        "phones": QCoreApplication.translate("ProfileEdits", "Phones"),
        "address": QCoreApplication.translate("ProfileEdits", "Address"),
    }
    return names.get(field, field)


def field_value(value: Any) -> str:
    if value is True:
        return QCoreApplication.translate("ProfileEdits", "given")
    if value is False:
        return QCoreApplication.translate("ProfileEdits", "withdrawn")
    if isinstance(value, dict):
        value = [v for v in value.values() if v]
    if isinstance(value, list | tuple):
        value = ", ".join(str(v) for v in value)
    if value in (None, ""):
        return QCoreApplication.translate("ProfileEdits", "(none)")
    return str(value)


def history_line(change: FieldChange) -> str:
    """One history entry: 'Size: shoes: 40, changed by Ana, 06/12/2026 10:02, was 38', or
    for an edit a later capture outranked, 'Size: shoes: 38 by Rui, ..., not kept: a later
    change won'."""
    words = {
        "field": field_name(change.field),
        "value": field_value(change.value),
        "name": change.by_name,
        "when": date_time(change.at),
    }
    if change.applied:
        return QCoreApplication.translate(
            "ProfileEdits", "{field}: {value}, changed by {name}, {when}, was {was}"
        ).format(**words, was=field_value(change.was))
    return QCoreApplication.translate(
        "ProfileEdits", "{field}: {value} by {name}, {when}, not kept: a later change won"
    ).format(**words)


def history_lines(shopper: Shopper) -> list[str]:
    """The newest edits of the shopper's fields first."""
    newest = sorted(shopper.history, key=lambda c: c.at, reverse=True)[:HISTORY_SHOWN]
    return [history_line(c) for c in newest]


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
        # Sizes beside the rest, stacked in portrait; a catalog with many categories makes
        # the screen's page scroll (fit.scrolling), never the window grow.
        fields = Panes(spacing=24)
        fields.add(self.form, 1)
        fields.add(self.extra, 1)
        fields.box.setAlignment(self.form, Qt.AlignmentFlag.AlignTop)
        fields.box.setAlignment(self.extra, Qt.AlignmentFlag.AlignTop)
        self.history_title = QLabel(QCoreApplication.translate("ProfileEdits", "History"))
        set_role(self.history_title, "subtitle")
        self.history = QListWidget()
        self.history.setAccessibleName(
            QCoreApplication.translate("ProfileEdits", "History of the edited fields")
        )
        self.history.setSelectionMode(QListWidget.SelectionMode.NoSelection)
        self.history.setWordWrap(True)
        self.history.setMaximumHeight(140)
        self.history_title.hide()
        self.history.hide()
        self._shown: Shopper | None = None
        bottom = flow_row(self.state, self.save)
        page = QVBoxLayout(self)
        page.addWidget(fields)
        page.addStretch(1)
        page.addWidget(self.history_title)
        page.addWidget(self.history)
        page.addWidget(self.message)
        page.addWidget(bottom)
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
        self._shown = view.shopper
        lines = history_lines(view.shopper)
        self.history.clear()
        self.history.addItems(lines)
        self.history_title.setVisible(bool(lines))
        self.history.setVisible(bool(lines))
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
                    why=reason_words(view.preferences_refused)
                )
            )
            self.state.show()
        else:
            self.state.hide()

    def submit(self) -> None:
        sizes = {c: box.currentText().strip() for c, box in self.sizes.items()}
        if self.engagement is None:
            return
        # Against what this page showed: a field the associate left alone is not sent, so
        # another terminal's edit of it that a sync brought meanwhile stays.
        self.send(
            "preferences",
            partial(self.engagement.save_preferences, was=self._shown),
            sizes,
            self.fit.text(),
            self.brands.text(),
            self.colours.text(),
            self.styles.text(),
            button=self.save,
        )
