"""The trainer's controls in the training band: cut the training HQ off and bring it back
(the trainee lives through a real outage: banner, queued orders, delivery on reconnect), and
reset the practice store to its starting state without restarting the app.

Only a training window gets them; they act on the embedded HQ through a Qt-free control.
Training does not start, nor reset, where HQ switched it off for the store (`said_off`)."""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QPushButton, QSizePolicy, QWidget

from clienteling.services.fleet_settings import TrainingOff
from clienteling.services.terminal import TerminalServices

from .fit import FlowLayout


def said_off(exc: TrainingOff) -> TrainingOff:
    """`exc` in the trainee's language: HQ switched training off for the store (fleet setting
    `training`); the start screen shows it. Safe on a worker (translate is thread-safe)."""
    exc.message = QCoreApplication.translate(
        "TrainingControls",
        "Training mode is switched off for {store} at HQ. Ask your manager to have it switched on.",
    ).format(store=exc.store_name or exc.store_id)
    return exc


class Control(Protocol):
    """The training terminal (clienteling.app.TrainingTerminal)."""

    @property
    def online(self) -> bool: ...

    def cut_off(self) -> None: ...

    def restore(self) -> None: ...

    def reset(self) -> TerminalServices: ...

    @property
    def services(self) -> TerminalServices | None: ...


class TrainingControls(QWidget):
    """Two buttons: the network (cut off / back) and reset."""

    changed = Signal()  # the HQ was cut off or brought back
    was_reset = Signal()  # the new terminal is open (its first sync and sign-in follow)

    def __init__(self, window, control: Control, pins) -> None:
        super().__init__()
        self.window = window
        self.control = control
        self.pins = pins
        row = FlowLayout(self, 8)  # narrow (portrait, a long language): one under the other
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.network = QPushButton()
        self.reset_button = QPushButton(self.tr("Reset the practice store"))
        for button in (self.network, self.reset_button):
            button.setObjectName("trainingControl")
            row.addWidget(button)
        self.network.clicked.connect(self.toggle_network)
        self.reset_button.clicked.connect(lambda: self.reset())
        self._paint()

    @classmethod
    def install(cls, window, control: Control, pins) -> TrainingControls:
        controls = cls(window, control, pins)
        window.training_band.layout().addWidget(controls)
        return controls

    def _paint(self) -> None:
        online = self.control.online
        self.network.setText(self.tr("Cut the network") if online else self.tr("Network back"))
        self.network.setProperty("outage", not online)
        self.network.style().unpolish(self.network)
        self.network.style().polish(self.network)

    def _busy(self, busy: bool) -> None:
        self.network.setEnabled(not busy)
        self.reset_button.setEnabled(not busy)

    def toggle_network(self) -> None:
        """Cut the training HQ off, or bring it back; the app's own probe notices either."""
        self._busy(True)
        work = self.control.restore if not self.control.online else self.control.cut_off
        self.window.runner.run(work, done=self._toggled, failed=self._toggled)

    def _toggled(self, _=None) -> None:
        self._busy(False)
        self._paint()
        self.changed.emit()

    def reset(self, start=None, then=None, stage: str = "") -> None:
        """Sign out, then the practice store as it was made; the app opens it again.

        `start()`, when given, runs on the worker instead of the control's plain reset (a
        scenario's start, which resets the store itself, then sets it up); `then(its answer)`
        runs on the UI thread once the terminal is open again; `stage` is what the start-up
        screen says meanwhile."""
        w = self.window
        self._busy(True)
        w.watch.stop()
        w.sync_timer.stop()
        w.live.stop()  # before the old terminal closes under it
        old, held = w.services, w.orders.take_held()
        w.services = None  # nothing more runs on the old terminal
        w.sign_out()
        w.last_status = None
        w.show_screen("startup")
        w.startup.show_stage(stage or self.tr("Resetting the practice store"), 0, 0)

        def work():
            if old is not None and held:
                old.orders.cancel_held(held)
            try:
                if start is None:
                    return self.control.reset(), None
                answer = start()
            except TrainingOff as exc:  # switched off at HQ since training started
                raise said_off(exc) from None
            return self.control.services, answer

        w.runner.run(
            work, done=lambda answer: self._reopened(*answer, then), failed=w.startup.show_failure
        )

    def _reopened(self, services: TerminalServices, answer=None, then=None) -> None:
        self._busy(False)
        self._paint()
        self.window.open_terminal(services, self.pins())
        self.was_reset.emit()
        if then is not None:
            then(answer)
