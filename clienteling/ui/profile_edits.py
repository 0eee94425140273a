"""The profile's edit pages: sizes and preferences, wishlist, follow-ups and the CSAT bar.

Each page runs its edit through the task runner on `services.engagement`,
says where the edit stands ("waiting to send" offline) and emits `changed`
so the profile reloads with the edit applied at once.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
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

from clienteling.services.engagement import Engagement, ItemChoice, ProfileView, Saved

from . import texts
from .tables import ROW_HEIGHT, Column, RowsModel, table
from .tasks import TaskRunner
from .theme import MIN_TOUCH, set_role

SEARCH_DELAY_MS = 200


def edit_state(row: dict[str, Any]) -> str:
    """What the associate reads in a row's state column."""
    if row.get("state") == "refused":
        return QCoreApplication.translate("ProfileEdits", "Refused by HQ: {why}").format(
            why=row.get("refused") or ""
        )
    if row.get("state") == "waiting":
        return QCoreApplication.translate("ProfileEdits", "Waiting to send")
    return ""


class EditPage(QWidget):
    """Shared plumbing: the engagement service, the shopper, a message line, `changed`."""

    changed = Signal(object)  # Saved

    def __init__(self, runner: TaskRunner, parent=None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.engagement: Engagement | None = None
        self.shopper_id: str | None = None
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.hide()

    def set_engagement(self, engagement: Engagement) -> None:
        self.engagement = engagement

    def open(self, shopper_id: str) -> None:
        if shopper_id != self.shopper_id:
            self.message.hide()
        self.shopper_id = shopper_id

    def say(self, text: str, error: bool = False) -> None:
        self.message.setText(text)
        set_role(self.message, "error" if error else "info")
        self.message.show()

    def send(self, key: str, fn, *args, button: QPushButton | None = None, done=None) -> bool:
        """Run the edit; report where it stands. False when there is no shopper open."""
        if self.engagement is None or self.shopper_id is None:
            return False
        if button is not None:
            button.setEnabled(False)

        def finished(saved: Saved) -> None:
            if button is not None:
                button.setEnabled(True)
            if saved.state == "refused":
                self.say(
                    QCoreApplication.translate("ProfileEdits", "HQ refused it: {why}").format(
                        why=saved.reason or ""
                    ),
                    error=True,
                )
            elif saved.state == "waiting":
                self.say(
                    QCoreApplication.translate(
                        "ProfileEdits", "Saved on this terminal; waiting to send to HQ."
                    )
                )
            else:
                self.say(QCoreApplication.translate("ProfileEdits", "Saved."))
            if done is not None:
                done(saved)
            self.changed.emit(saved)

        def failed(why: str) -> None:
            if button is not None:
                button.setEnabled(True)  # whatever was typed stays where it is
            self.say(
                QCoreApplication.translate("ProfileEdits", "Not saved: {why}").format(why=why),
                error=True,
            )

        self.runner.run(fn, self.shopper_id, *args, key=key, done=finished, failed=failed)
        return True


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
        if self.engagement is not None:  # the catalog may have grown since the last profile
            self.runner.run(
                self.engagement.size_choices, key="size-choices", done=self._set_choices
            )

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

    def show_view(self, view: ProfileView) -> None:
        prefs = view.profile.shopper.get("preferences") or {}
        sizes = prefs.get("sizes") or {}
        self._rows(set(sizes))
        for category, box in self.sizes.items():
            box.setCurrentText(sizes.get(category, ""))
        self.fit.setText(prefs.get("fit") or "")
        self.brands.setText(", ".join(prefs.get("brands") or []))
        self.colours.setText(", ".join(prefs.get("colours") or []))
        self.styles.setText(", ".join(prefs.get("styles") or []))
        if view.preferences_state == "waiting":
            self.state.setText(QCoreApplication.translate("ProfileEdits", "Waiting to send"))
            self.state.show()
        elif view.preferences_state == "refused":
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


class WishlistPage(EditPage):
    """The wishlist, a product picker to add to it, and removal."""

    product_requested = Signal(str)  # sku

    def __init__(self, runner: TaskRunner, parent=None) -> None:
        super().__init__(runner, parent)
        self.items = RowsModel(
            [
                Column(
                    QCoreApplication.translate("ProfileEdits", "Item"),
                    lambda w: w.get("name") or w["sku"],
                ),
                Column(
                    QCoreApplication.translate("ProfileEdits", "Size"),
                    lambda w: w.get("size") or "",
                ),
                Column(
                    QCoreApplication.translate("ProfileEdits", "Colour"),
                    lambda w: texts.colour_name(w.get("colour") or ""),
                ),
                Column(
                    QCoreApplication.translate("ProfileEdits", "Here"),
                    lambda w: (
                        QCoreApplication.translate("ProfileEdits", "In stock here")
                        if w["in_stock_here"]
                        else QCoreApplication.translate("ProfileEdits", "Not here")
                    ),
                ),
                Column(
                    QCoreApplication.translate("ProfileEdits", "Added"),
                    lambda w: texts.date(w["added_at"]),
                ),
                Column(
                    QCoreApplication.translate("ProfileEdits", "State"),
                    edit_state,
                    accent=lambda w: bool(w.get("refused")),
                ),
            ],
            self,
        )
        self.view = table(self.items, 0, one_row=True, wrap=True)
        self.view.activated.connect(self._open_item)
        self.remove = QPushButton(
            QCoreApplication.translate("ProfileEdits", "Remove from wishlist")
        )
        self.remove.clicked.connect(self.remove_selected)

        self.search = QLineEdit()
        self.search.setPlaceholderText(
            QCoreApplication.translate("ProfileEdits", "Add an item: name, SKU or barcode")
        )
        self.search.setAccessibleName(
            QCoreApplication.translate("ProfileEdits", "Find an item to add")
        )
        self.search.setClearButtonEnabled(True)
        self.choices = RowsModel(
            [
                Column(QCoreApplication.translate("ProfileEdits", "Item"), lambda c: c.name),
                Column(
                    QCoreApplication.translate("ProfileEdits", "Colour"),
                    lambda c: texts.colour_name(c.colour),
                ),
                Column(QCoreApplication.translate("ProfileEdits", "Size"), lambda c: c.size),
                Column(QCoreApplication.translate("ProfileEdits", "SKU"), lambda c: c.sku),
                Column(
                    QCoreApplication.translate("ProfileEdits", "Here"),
                    lambda c: (
                        QCoreApplication.translate("ProfileEdits", "{n} here").format(
                            n=c.available_here
                        )
                        if c.available_here
                        else QCoreApplication.translate("ProfileEdits", "Not here")
                    ),
                ),
            ],
            self,
        )
        self.picker = table(self.choices, 0, one_row=True, wrap=True)
        self.picker.setMaximumHeight(ROW_HEIGHT * 5)
        self.picker.hide()
        self.picker.activated.connect(lambda _i: self.add_chosen())
        self.add = set_role(
            QPushButton(QCoreApplication.translate("ProfileEdits", "Add to wishlist")), "primary"
        )
        self.add.clicked.connect(self.add_chosen)
        self.add.setEnabled(False)
        self.picker.selectionModel().selectionChanged.connect(
            lambda *_: self.add.setEnabled(bool(self.picker.selectionModel().selectedRows()))
        )
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self._find)
        self.search.textChanged.connect(lambda _text: self._timer.start())
        self.search.returnPressed.connect(self._find)

        row = QHBoxLayout()
        row.addWidget(self.search, 1)
        row.addWidget(self.add)
        bottom = QHBoxLayout()
        bottom.addWidget(self.message, 1)
        bottom.addWidget(self.remove)
        page = QVBoxLayout(self)
        page.addLayout(row)
        page.addWidget(self.picker)
        page.addWidget(self.view, 1)
        page.addLayout(bottom)

    def show_view(self, view: ProfileView) -> None:
        self.items.set_rows(view.profile.wishlist)

    def _open_item(self, index) -> None:
        if index.isValid():
            self.product_requested.emit(self.items.item(index.row())["sku"])

    def _find(self) -> None:
        self._timer.stop()
        text = self.search.text().strip()
        if not text or self.engagement is None:
            self.choices.set_rows([])
            self.picker.hide()
            return
        self.runner.run(self.engagement.find_items, text, key="wish-find", done=self._found)

    def _found(self, choices: list[ItemChoice]) -> None:
        self.choices.set_rows(choices)
        self.picker.setVisible(bool(choices))
        if choices:
            self.picker.selectRow(0)
        else:
            self.say(
                QCoreApplication.translate(
                    "ProfileEdits", "No item matches; try the SKU or scan the barcode."
                ),
                error=True,
            )

    def add_chosen(self) -> None:
        rows = self.picker.selectionModel().selectedRows()
        if not rows or self.engagement is None:
            self.say(
                QCoreApplication.translate(
                    "ProfileEdits", "Find the item and choose its colour and size first."
                ),
                error=True,
            )
            return
        choice: ItemChoice = self.choices.item(rows[0].row())
        self.send(
            "wish-add",
            self.engagement.add_to_wishlist,
            choice.sku,
            button=self.add,
            done=lambda _s: self._picked(),
        )

    def _picked(self) -> None:
        self.search.clear()
        self.choices.set_rows([])
        self.picker.hide()

    def remove_selected(self) -> None:
        rows = self.view.selectionModel().selectedRows()
        if not rows or self.engagement is None:
            self.say(
                QCoreApplication.translate("ProfileEdits", "Choose the item to remove first."),
                error=True,
            )
            return
        item = self.items.item(rows[0].row())
        self.send(
            "wish-remove", self.engagement.remove_from_wishlist, item["item_id"], button=self.remove
        )


class FollowUpsPage(EditPage):
    """Follow-up tasks for this shopper: create with a due date, mark done."""

    def __init__(self, runner: TaskRunner, parent=None) -> None:
        super().__init__(runner, parent)
        self.tasks = RowsModel(
            [
                Column(
                    QCoreApplication.translate("ProfileEdits", "Due"),
                    lambda t: texts.date(t.get("due_at")),
                ),
                Column(
                    QCoreApplication.translate("ProfileEdits", "Follow-up"), lambda t: t["title"]
                ),
                Column(
                    QCoreApplication.translate("ProfileEdits", "Status"),
                    lambda t: (
                        QCoreApplication.translate("ProfileEdits", "Done")
                        if t["status"] == "done"
                        else QCoreApplication.translate("ProfileEdits", "Open")
                    ),
                ),
                Column(
                    QCoreApplication.translate("ProfileEdits", "State"),
                    edit_state,
                    accent=lambda t: bool(t.get("refused")),
                ),
            ],
            self,
        )
        self.view = table(self.tasks, 1, one_row=True, wrap=True)
        self.title = QLineEdit()
        self.title.setMaxLength(200)
        self.title.setPlaceholderText(
            QCoreApplication.translate("ProfileEdits", "What to do, e.g. call when size M is back")
        )
        self.title.setAccessibleName(QCoreApplication.translate("ProfileEdits", "Follow-up"))
        self.title.returnPressed.connect(self.create)
        self.due = QDateEdit()
        self.due.setCalendarPopup(True)
        self.due.setMinimumHeight(MIN_TOUCH)
        self.due.setMinimumDate(QDate.currentDate())
        self.due.setDate(QDate.currentDate().addDays(3))
        self.due.setAccessibleName(QCoreApplication.translate("ProfileEdits", "Due on"))
        self.add = set_role(
            QPushButton(QCoreApplication.translate("ProfileEdits", "Add follow-up")), "primary"
        )
        self.add.clicked.connect(self.create)
        self.done_button = QPushButton(QCoreApplication.translate("ProfileEdits", "Mark done"))
        self.done_button.clicked.connect(self.complete_selected)
        row = QHBoxLayout()
        row.addWidget(self.title, 1)
        row.addWidget(QLabel(QCoreApplication.translate("ProfileEdits", "Due on")))
        row.addWidget(self.due)
        row.addWidget(self.add)
        bottom = QHBoxLayout()
        bottom.addWidget(self.message, 1)
        bottom.addWidget(self.done_button)
        page = QVBoxLayout(self)
        page.addLayout(row)
        page.addWidget(self.view, 1)
        page.addLayout(bottom)

    def show_view(self, view: ProfileView) -> None:
        self.tasks.set_rows(view.profile.tasks)

    def create(self) -> None:
        title = self.title.text().strip()
        if not title:
            self.say(
                QCoreApplication.translate("ProfileEdits", "Write what to follow up first."),
                error=True,
            )
            self.title.setFocus()
            return
        if self.engagement is None:
            return
        due: date = self.due.date().toPython()
        self.send(
            "task-add",
            self.engagement.add_task,
            title,
            due,
            button=self.add,
            done=lambda _s: self.title.clear(),
        )

    def complete_selected(self) -> None:
        rows = self.view.selectionModel().selectedRows()
        task = self.tasks.item(rows[0].row()) if rows else None
        if task is None or self.engagement is None:
            self.say(
                QCoreApplication.translate(
                    "ProfileEdits", "Choose the follow-up to mark done first."
                ),
                error=True,
            )
            return
        if task["status"] == "done":
            self.say(QCoreApplication.translate("ProfileEdits", "This follow-up is already done."))
            return
        self.send(
            "task-done", self.engagement.complete_task, task["task_id"], button=self.done_button
        )


class FeedbackBar(EditPage):
    """Quick CSAT: how the visit went, 1 to 5, with an optional comment."""

    def __init__(self, runner: TaskRunner, parent=None) -> None:
        super().__init__(runner, parent)
        self.setObjectName("card")
        self.score: int | None = None
        self.scores: dict[int, QPushButton] = {}
        row = QHBoxLayout(self)
        row.setContentsMargins(16, 0, 16, 0)
        row.addWidget(
            set_role(QLabel(QCoreApplication.translate("ProfileEdits", "Visit rating")), "hint")
        )
        for n in range(1, 6):
            button = QPushButton(str(n))
            button.setCheckable(True)
            button.setMinimumWidth(MIN_TOUCH)
            button.setAccessibleName(
                QCoreApplication.translate("ProfileEdits", "Rating {n} of 5").format(n=n)
            )
            set_role(button, "segment")
            button.setStyleSheet("min-width: 44px;")
            button.clicked.connect(lambda _=False, n=n: self.choose(n))
            self.scores[n] = button
            row.addWidget(button)
        self.comment = QLineEdit()
        self.comment.setMaxLength(2000)
        self.comment.setPlaceholderText(
            QCoreApplication.translate("ProfileEdits", "Comment (optional)")
        )
        self.comment.setAccessibleName(QCoreApplication.translate("ProfileEdits", "Comment"))
        self.comment.returnPressed.connect(self.submit)
        self.save = QPushButton(QCoreApplication.translate("ProfileEdits", "Save rating"))
        self.save.clicked.connect(self.submit)
        self.last = set_role(QLabel(), "hint")
        row.addWidget(self.comment, 1)
        row.addWidget(self.save)
        row.addWidget(self.last)
        row.addWidget(self.message)

    def choose(self, n: int) -> None:
        self.score = n
        for k, button in self.scores.items():
            button.setChecked(k == n)

    def show_view(self, view: ProfileView) -> None:
        latest = view.feedback[0] if view.feedback else None
        if latest is None:
            self.last.clear()
            return
        text = QCoreApplication.translate("ProfileEdits", "Last rating: {score}/5").format(
            score=latest["score"]
        )
        state = edit_state(latest)
        self.last.setText(f"{text} · {state}" if state else text)

    def submit(self) -> None:
        if self.score is None:
            self.say(
                QCoreApplication.translate("ProfileEdits", "Choose a rating from 1 to 5 first."),
                error=True,
            )
            return
        if self.engagement is None:
            return
        self.send(
            "feedback",
            self.engagement.record_feedback,
            self.score,
            self.comment.text(),
            button=self.save,
            done=lambda _s: self._reset(),
        )

    def _reset(self) -> None:
        self.comment.clear()
        self.choose(0)
        self.score = None


__all__ = ["EditPage", "FeedbackBar", "FollowUpsPage", "PreferencesPage", "WishlistPage"]
