"""The profile's CSAT bar: how the visit went, 1 to 5, with an optional comment; hidden, with
the reason, where the chain switched feedback capture off for the store (fleet setting)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton

from clienteling.services.profiles import Profile

from .fit import FlowLayout
from .profile_edits import EditPage, edit_state
from .tasks import TaskRunner
from .theme import MIN_TOUCH, set_role


class FeedbackBar(EditPage):
    """Quick CSAT: how the visit went, 1 to 5, with an optional comment."""

    def __init__(self, runner: TaskRunner, parent=None) -> None:
        super().__init__(runner, parent)
        self.setObjectName("card")
        self.score: int | None = None
        self.scores: dict[int, QPushButton] = {}
        row = FlowLayout(self, spacing=8)  # wraps onto a second line when narrow
        row.setContentsMargins(16, 6, 16, 6)
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
        self.comment.setMinimumWidth(220)
        self.comment.setAccessibleName(QCoreApplication.translate("ProfileEdits", "Comment"))
        self.comment.returnPressed.connect(self.submit)
        self.save = QPushButton(QCoreApplication.translate("ProfileEdits", "Save rating"))
        self.save.clicked.connect(self.submit)
        self.last = set_role(QLabel(), "hint")
        # Why there is nothing to tap when the chain switched feedback capture off for the store.
        self.switched_off = set_role(
            QLabel(
                QCoreApplication.translate(
                    "ProfileEdits", "This store does not record feedback (switched off at HQ)."
                )
            ),
            "hint",
        )
        self.switched_off.setWordWrap(True)
        self.switched_off.hide()
        self.allowed = True
        row.addWidget(self.comment)
        row.addWidget(self.save)
        row.addWidget(self.switched_off)
        row.addWidget(self.last)
        row.addWidget(self.message)

    def allow(self, allowed: bool) -> None:
        """Whether this store records feedback (HQ's fleet setting feedback_capture): when
        not, the rating, comment and Save are hidden and the bar says why."""
        self.allowed = allowed
        for widget in (*self.scores.values(), self.comment, self.save):
            widget.setVisible(allowed)
        self.switched_off.setVisible(not allowed)
        if not allowed:
            self.message.hide()

    def choose(self, n: int) -> None:
        self.score = n
        for k, button in self.scores.items():
            button.setChecked(k == n)

    def show_view(self, view: Profile) -> None:
        latest = view.feedback[0] if view.feedback else None
        if latest is None:
            self.last.clear()
            return
        text = QCoreApplication.translate("ProfileEdits", "Last rating: {score}/5").format(
            score=latest.score
        )
        state = edit_state(latest)
        self.last.setText(f"{text} · {state}" if state else text)

    def submit(self) -> None:
        if not self.allowed:
            return
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
