"""The always-visible status strip and the offline banner."""

from __future__ import annotations

from PySide6.QtCore import QSize, QTimer, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QSizePolicy

from clienteling.domain.enums import Connectivity
from clienteling.services.syncing import TerminalStatus

from . import formats
from .fit import FlowLayout
from .roles import RoleBadge
from .signup import qr_icon
from .theme import set_role

NOTICE_MS = 120_000


class StatusStrip(QFrame):
    """Online / offline / syncing, last sync age, queued writes, who is signed in."""

    sign_out_requested = Signal()
    signup_requested = Signal()  # the sign-up QR for a shopper's phone
    manage_requested = Signal()  # the manager's screen

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("statusStrip")
        # One line when there is room; the words and buttons wrap onto a second when not.
        row = FlowLayout(self, spacing=12)
        row.setContentsMargins(16, 4, 12, 4)
        self.store = QLabel()
        self.connectivity = QLabel()
        self.connectivity.setObjectName("connectivity")
        self.synced = QLabel()
        self.queued = QLabel()
        self.notice = QLabel()
        self.notice.setObjectName("notice")
        self.notice.setWordWrap(True)  # a long notice takes a line of its own, never more width
        self.notice.hide()
        self.notice_timer = QTimer(self)
        self.notice_timer.setSingleShot(True)
        self.notice_timer.setInterval(NOTICE_MS)
        self.notice_timer.timeout.connect(self.notice.hide)
        self.who = QLabel()
        self.role_badge = RoleBadge()  # TRAINEE or MANAGER beside the name; a manager's opens
        self.role_badge.opened.connect(self.manage_requested)  # their screen
        self.sign_out = QPushButton(self.tr("Sign out"))
        self.sign_out.clicked.connect(self.sign_out_requested)
        self.sign_out.hide()
        # An icon: the strip has no room for more words in every language.
        self.signup = QPushButton()
        self.signup.setIconSize(QSize(24, 24))
        self.signup.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.signup.setAccessibleName(self.tr("Sign-up QR"))
        self.signup.setToolTip(self.tr("Sign-up QR for the shopper's phone (Ctrl+J)"))
        self.signup.clicked.connect(self.signup_requested)
        self.signup.hide()
        for w in (self.store, self.connectivity, self.synced, self.queued):
            row.addWidget(w)
        row.addWidget(self.notice)
        row.addWidget(self.who)
        row.addWidget(self.role_badge)
        row.addWidget(self.signup)
        row.addWidget(self.sign_out)
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.state = "unknown"
        self.show_status(None, syncing=False)

    def show_status(self, status: TerminalStatus | None, *, syncing: bool) -> None:
        """Where the terminal stands; None before it has been asked (connecting, never synced):
        nothing says offline before HQ was tried."""
        state = status.connectivity if status else Connectivity.UNKNOWN
        if syncing and state in (Connectivity.ONLINE, Connectivity.UNKNOWN):
            state = "syncing"  # a sync run while HQ is known gone still says offline
        words = {
            "unknown": self.tr("● Connecting…"),
            "online": self.tr("● Online"),
            "offline": self.tr("● Offline"),
            "degraded": self.tr("● HQ having trouble"),
            "syncing": self.tr("● Syncing…"),
        }
        self.state = state
        self.connectivity.setText(words.get(state, state))
        set_role(self.connectivity, state, "state")
        age = status.last_sync_age if status else None
        self.synced.setText(self.tr("Last sync: {age}").format(age=formats.ago(age)))
        queued = self.tr("Queued: {n}").format(n=status.queued if status else 0)
        if status and status.parked:
            queued += "  " + self.tr("Refused: {n}").format(n=status.parked)
        self.queued.setText(queued)

    def notify(self, text: str, kind: str = "good") -> None:
        """A short word for the associate (an order HQ confirmed); fades after a while."""
        self.notice.setText(text)
        set_role(self.notice, kind, "kind")
        self.notice.show()
        self.notice_timer.start()

    def show_store(self, name: str) -> None:
        self.store.setText(name)

    def show_associate(
        self, name: str | None, online: bool = True, role: str | None = None
    ) -> None:
        """Who is signed in (None: nobody), their role's badge and what their role may open."""
        self.role_badge.show_role(role if name is not None else None)
        if name is None:
            self.who.clear()
            self.sign_out.hide()
            self.signup.hide()
            return
        self.who.setText(
            name if online else self.tr("{name} (signed in offline)").format(name=name)
        )
        self.sign_out.show()
        self.signup.ensurePolished()  # the theme's colours are the button's from here on
        self.signup.setIcon(qr_icon(self.signup.palette().color(QPalette.ColorRole.ButtonText)))
        self.signup.show()


class OfflineBanner(QFrame):
    """Shown while HQ cannot be reached: what still works, and what waits."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("offlineBanner")
        row = QHBoxLayout(self)
        row.setContentsMargins(16, 8, 16, 8)
        self.text = QLabel(
            self.tr(
                "Offline: HQ cannot be reached. Search, profiles and the stock last synced "
                "still work. Notes and orders are saved on this terminal and sent when the "
                "connection is back."
            )
        )
        self.text.setWordWrap(True)
        row.addWidget(self.text)
        self.hide()


SCAN_MESSAGE_MS = 15_000


class MessageBanner(QFrame):
    """A message about a scan under the status strip, where the associate looks; fades."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("messageBanner")
        row = QHBoxLayout(self)
        row.setContentsMargins(16, 6, 16, 6)
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.close_button = QPushButton(self.tr("Dismiss"))
        self.close_button.clicked.connect(self.hide)
        row.addWidget(self.text, 1)
        row.addWidget(self.close_button)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(SCAN_MESSAGE_MS)
        self.timer.timeout.connect(self.hide)
        self.hide()

    def show_message(self, text: str, kind: str = "info") -> None:
        """`kind`: "info" or "error" (the QSS colours of QLabel[role=...])."""
        self.text.setText(text)
        set_role(self.text, "error" if kind == "error" else "info")
        self.show()
        self.timer.start()

    @property
    def message(self) -> str:
        return self.text.text() if not self.isHidden() else ""
