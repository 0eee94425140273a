"""Idle lock: back to sign-in after a while without a touch or key, then back to where it was.

An application event filter notes every key, mouse, wheel and touch event
(security.pins.IdleLock keeps the time); a timer checks it. On lock the
window signs the associate out (the PIN pad is shown, shortcuts stop working),
remembering the screen, and the sign-in screen has that associate chosen, so
they only type their PIN. When the same associate signs in again, the screen,
its way back and the shopper being served come back; anyone else (who taps
their own name) starts at search.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, Signal

from clienteling.security.pins import IdleLock

_INPUT = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.KeyRelease,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonRelease,
        QEvent.Type.MouseButtonDblClick,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.TouchUpdate,
        QEvent.Type.TouchEnd,
        QEvent.Type.TabletPress,
        QEvent.Type.TabletMove,
    }
)
_NO_RESUME = ("signin", "startup", "home")


@dataclass
class _Place:
    """Where the associate was when the terminal locked."""

    employee_id: str
    screen: str
    history: list[str]
    shopper: tuple[str, str] | None
    search: str


class IdleWatcher(QObject):
    """Locks `window` (a MainWindow) after the terminal config's idle time; emits `locked`.

    `minutes` overrides the terminal's setting (`idle_lock_minutes`, default 5).
    """

    locked = Signal()

    def __init__(self, window, minutes: float | None = None) -> None:
        super().__init__(window)
        self.window = window
        self.minutes = minutes
        self.idle = IdleLock(self._minutes())
        self.armed = False
        self.place: _Place | None = None
        self.timer = QTimer(self)
        self.timer.timeout.connect(self._check)
        window.signin.signed_in.connect(self._signed_in)  # after the window's own handler
        window.screen_changed.connect(self._screen_changed)
        app = QCoreApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    def _minutes(self) -> float:
        if self.minutes is not None:
            return self.minutes
        services = self.window.services
        if services is None:
            return 5.0
        if services.fleet is not None and services.fleet.delivered:  # the store's, from HQ
            return float(services.fleet.value("idle_lock_minutes"))
        return services.terminal.idle_lock_minutes

    # --- watching ------------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self.armed and event.type() in _INPUT:
            self.idle.touched()
        return False

    def arm(self) -> None:
        self.idle.minutes = self._minutes()
        self.idle.touched()
        self.armed = True
        # Check a few times per lock period, at most once a second.
        self.timer.start(int(max(50, min(1000, self.idle.minutes * 60_000 / 5))))

    def disarm(self) -> None:
        self.armed = False
        self.timer.stop()

    def stop(self) -> None:
        """Stop watching for good (the window is closing)."""
        self.disarm()
        app = QCoreApplication.instance()
        if app is not None:
            app.removeEventFilter(self)

    def _check(self) -> None:
        self.idle.minutes = self._minutes()  # a new value from HQ applies at once
        if self.armed and self.idle.locked():
            self.lock()

    # --- locking and coming back ---------------------------------------------------------------

    def lock(self) -> None:
        """Sign out to the PIN pad now, remembering where the associate was."""
        w = self.window
        if w.session is None:
            self.disarm()
            return
        self.place = _Place(
            w.session.employee_id,
            w.current,
            list(w.history),
            w.stock.shopper,
            w.lookup.search.text(),
        )
        self.disarm()
        w.sign_out()
        w.signin.preselect(self.place.employee_id)
        minutes = self.idle.minutes
        w.strip.notify(
            self.tr("Locked after {minutes} min without use; sign in to carry on.").format(
                minutes=f"{minutes:g}"
            )
        )
        self.locked.emit()

    def _signed_in(self, session) -> None:
        place, self.place = self.place, None
        self.arm()
        if place is None or place.employee_id != session.employee_id:
            return  # a new session, or someone else: they start at search
        w = self.window
        if place.search:
            w.lookup.search.setText(place.search)
        w.stock.set_shopper(place.shopper)
        if place.screen not in _NO_RESUME:
            w.navigate(place.screen)
            w.history = place.history

    def _screen_changed(self, name: str) -> None:
        if name in ("signin", "startup"):
            self.disarm()


__all__ = ["IdleWatcher"]
