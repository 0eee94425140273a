"""The profile's follow-ups page: tasks for this shopper, created with a due date, marked done."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import QDateEdit, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout

from clienteling.services.profiles import Profile

from . import formats
from .profile_edits import EditPage, state_column
from .tables import Column, RowsModel, table
from .tasks import TaskRunner
from .theme import MIN_TOUCH, set_role


class FollowUpsPage(EditPage):
    """Follow-up tasks for this shopper: create with a due date, mark done."""

    def __init__(self, runner: TaskRunner, parent=None) -> None:
        super().__init__(runner, parent)
        self.tasks = RowsModel(
            [
                Column(
                    QCoreApplication.translate("ProfileEdits", "Due"),
                    lambda t: formats.date(t.due_at),
                ),
                Column(QCoreApplication.translate("ProfileEdits", "Follow-up"), lambda t: t.title),
                Column(
                    QCoreApplication.translate("ProfileEdits", "Status"),
                    lambda t: (
                        QCoreApplication.translate("ProfileEdits", "Done")
                        if t.done
                        else QCoreApplication.translate("ProfileEdits", "Open")
                    ),
                ),
                state_column(),
            ],
            self,
        )
        self.view = table(
            self.tasks,
            1,
            one_row=True,
            wrap=True,
            empty=QCoreApplication.translate(
                "ProfileEdits",
                "No follow-ups for this shopper. Write what to do and when above, "
                "then Add follow-up; it shows on your home screen on the day.",
            ),
        )
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

    def show_view(self, view: Profile) -> None:
        self.tasks.set_rows(view.tasks)

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
        if task.done:
            self.say(QCoreApplication.translate("ProfileEdits", "This follow-up is already done."))
            return
        self.send("task-done", self.engagement.complete_task, task.task_id, button=self.done_button)
