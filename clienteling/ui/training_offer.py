"""At sign-in on a store terminal: the associate's finished training scenarios that wait on
this machine (left by training mode under their employee id) are shown, and go to their
manager only when they say the results are theirs. Training cannot check who typed an
employee id, so the associate, who just proved who they are with their PIN, decides:
send them (queued as their own writes), say they are not theirs (kept aside, never sent),
or decide later (they wait, and are asked again at the next sign-in).

`TrainingOffer.ask(window, runner, service)` reads the waiting results on the task runner
and opens the dialog only when there are some; nothing is shown on a training terminal
(it has no service for this).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QDialog, QLabel, QPushButton, QVBoxLayout, QWidget

from clienteling.services.training_results import TrainingResults, Waiting, scenario_titles

from . import formats
from .fit import flow_row, wrapped
from .tasks import TaskRunner
from .theme import set_role


class TrainingOffer(QDialog):
    """Emits `settled(str)`: "sent", "discarded" or "later"."""

    settled = Signal(str)

    def __init__(
        self,
        waiting: list[Waiting],
        runner: TaskRunner,
        service: TrainingResults,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.runner, self.service = runner, service
        self.setWindowTitle(self.tr("Your training results"))
        title = wrapped(set_role(QLabel(self.tr("Your training results")), "title"))
        intro = wrapped(
            QLabel(
                self.tr(
                    "Training mode on this machine left these finished scenarios under your "
                    "employee ID. Are they yours? Only yours go to your manager."
                )
            )
        )
        titles = scenario_titles()
        lines = [self._line(w, titles) for w in waiting]
        self.items = wrapped(QLabel("\n".join(lines)))
        self.message = wrapped(set_role(QLabel(), "error"))
        self.message.hide()
        self.send = set_role(QPushButton(self.tr("Yes, send them to my manager")), "primary")
        self.discard = QPushButton(self.tr("Not mine: never send them"))
        self.later = QPushButton(self.tr("Decide later"))
        self.send.clicked.connect(lambda: self._act(self.service.collect, "sent"))
        self.discard.clicked.connect(lambda: self._act(self.service.discard, "discarded"))
        self.later.clicked.connect(lambda: self._done("later"))
        column = QVBoxLayout(self)
        column.setSpacing(12)
        for widget in (title, intro, self.items, self.message):
            column.addWidget(widget)
        column.addWidget(flow_row(self.send, self.discard, self.later, spacing=8))

    def _line(self, w: Waiting, titles: dict[str, str]) -> str:
        title = titles.get(w.scenario_id)
        name = QCoreApplication.translate("TrainingScenario", title) if title else w.scenario_id
        return self.tr("• {scenario}, {date}: {time}, hints {hints}, mistakes {mistakes}").format(
            scenario=name,
            date=formats.date(w.finished_at),
            time=formats.duration(w.seconds),
            hints=w.hints,
            mistakes=w.mistakes,
        )

    def _act(self, job, outcome: str) -> None:
        for button in (self.send, self.discard, self.later):
            button.setEnabled(False)
        self.runner.run(
            job, key="training-offer", done=lambda _r: self._done(outcome), failed=self._failed
        )

    def _failed(self, why: str) -> None:
        for button in (self.send, self.discard, self.later):
            button.setEnabled(True)
        self.message.setText(self.tr("That did not work: {why}").format(why=why))
        self.message.show()

    def _done(self, outcome: str) -> None:
        self.settled.emit(outcome)
        self.accept()

    @classmethod
    def ask(
        cls,
        window: QWidget,
        runner: TaskRunner,
        service: TrainingResults | None,
        *,
        settled=None,
    ) -> None:
        """Look for the signed-in associate's waiting results; ask only if there are some.
        `settled(outcome)` runs once they answered (sent, discarded, later)."""
        if service is None:
            return

        def found(waiting: list[Waiting]) -> None:
            if waiting and getattr(window, "session", None) is not None:
                dialog = cls(waiting, runner, service, window)
                window.training_offer = dialog
                dialog.finished.connect(lambda _r: setattr(window, "training_offer", None))
                if settled is not None:
                    dialog.settled.connect(settled)
                dialog.open()

        runner.run(service.waiting, key="training-offer", done=found)
