"""Who is signed in, as the screens show it: the role badge, and a gate that keeps an
action its role may not do from being tapped, with the reason in words.

The rules are domain.roles' (the services refuse with the same ones). The gate
disables a guarded button while its action is refused, whatever the screen that
owns it asks later, and gives it the reason as tooltip and accessible
description; `RoleNotice` says it on screen, under the status strip, before any
tap. What only managers may do is not offered to the others at all: the manager's
badge is the way to their screen.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QWidget

from clienteling.domain.enums import Role
from clienteling.domain.roles import Action, Decision, Why, decide, may

from .theme import set_role


def refusal_text(decision: Decision) -> str:
    """Why the signed-in associate may not do this, in the associate's language; "" if they may."""
    if decision.allowed:
        return ""
    if decision.why == Why.TRAINEE:
        return QCoreApplication.translate(
            "Roles",
            "Trainees look and learn: this changes the store's real data, so it is for "
            "associates. Practise it in training mode, or ask an associate.",
        )
    if decision.why == Why.SIGNED_OUT:
        return QCoreApplication.translate("Roles", "Sign in first.")
    what = {
        Action.SCANNER_SETTINGS: QCoreApplication.translate(
            "Roles", "Only a manager can change the scanner settings."
        ),
        Action.MANAGE: QCoreApplication.translate(
            "Roles", "Only a manager can open the manager's screen."
        ),
        Action.ERASE_SHOPPER: QCoreApplication.translate(
            "Roles", "Only a manager can erase a shopper."
        ),
        Action.REVOKE_TERMINAL: QCoreApplication.translate(
            "Roles", "Only a manager can list or revoke the store's terminals."
        ),
        Action.UNLOCK_OFFLINE: QCoreApplication.translate(
            "Roles", "Only a manager can unlock an associate's offline sign-in."
        ),
        Action.LEAVE_KIOSK: QCoreApplication.translate(
            "Roles", "Only a manager can leave kiosk mode."
        ),
    }
    return what.get(
        decision.action, QCoreApplication.translate("Roles", "Only a manager can do this.")
    )


class RoleBadge(QPushButton):
    """TRAINEE or MANAGER beside the associate's name in the status strip; hidden otherwise.

    A manager's badge is also the way to their screen (`opened`), so the strip
    needs no other button for it.
    """

    opened = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("roleBadge")
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.role: str | None = None
        self.clicked.connect(self._clicked)
        self.show_role(None)

    def show_role(self, role: str | None) -> None:
        self.role = role
        words = {
            Role.TRAINEE: QCoreApplication.translate("Roles", "TRAINEE"),
            Role.MANAGER: QCoreApplication.translate("Roles", "MANAGER ›"),
        }
        text = words.get(role or "", "")
        opens = may(role, Action.MANAGE)
        self.setText(text)
        set_role(self, str(role) if text else "", "badge")
        self.setAccessibleName(
            QCoreApplication.translate("Roles", "Role: {role}").format(role=text) if text else ""
        )
        self.setToolTip(
            QCoreApplication.translate(
                "Roles",
                "Your screen: terminals, erasure, offline locks, refused writes, scanner "
                "settings (Ctrl+M)",
            )
            if opens
            else ""
        )
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus if opens else Qt.FocusPolicy.NoFocus)
        cursor = Qt.CursorShape.PointingHandCursor if opens else Qt.CursorShape.ArrowCursor
        self.setCursor(cursor)
        self.setVisible(bool(text))

    def _clicked(self) -> None:
        if may(self.role, Action.MANAGE):
            self.opened.emit()


class RoleNotice(QFrame):
    """What a trainee may not do here and why, shown the whole time they are signed in."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("roleNotice")
        row = QHBoxLayout(self)
        row.setContentsMargins(16, 6, 16, 6)
        self.text = QLabel()
        self.text.setWordWrap(True)
        set_role(self.text, "hint")
        row.addWidget(self.text, 1)
        self.show_role(None)

    def show_role(self, role: str | None) -> None:
        if role == Role.TRAINEE:
            self.text.setText(
                QCoreApplication.translate(
                    "Roles",
                    "Trainee: you can find shoppers and look at their profiles, stock and "
                    "orders. Notes, edits and orders change the store's real data, so their "
                    "buttons are off for trainees; practise them in training mode.",
                )
            )
            self.show()
        else:
            self.text.clear()
            self.hide()


@dataclass
class _Guarded:
    widget: QWidget
    action: Action
    wanted: bool = True  # enabled, as its screen last asked
    tip: str = ""  # its tooltip, as its screen last set it


class RoleGate(QObject):
    """Guards buttons by action for the signed-in role (None: nobody)."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.role: str | None = None
        self.guarded: dict[QWidget, _Guarded] = {}
        self._busy = False

    def decide(self, action: Action) -> Decision:
        return decide(self.role, action)

    def may(self, action: Action) -> bool:
        return self.decide(action).allowed

    def guard(self, widget: QWidget, action: Action) -> None:
        """Keep `widget` off, with the reason, while the signed-in role may not do `action`."""
        self.guarded[widget] = _Guarded(
            widget, Action(action), widget.isEnabled(), widget.toolTip()
        )
        widget.installEventFilter(self)
        widget.destroyed.connect(lambda *_a, w=widget: self.guarded.pop(w, None))
        self._apply(self.guarded[widget])

    def set_role(self, role: str | None) -> None:
        self.role = role
        for guarded in list(self.guarded.values()):
            self._apply(guarded)

    def reason(self, widget: QWidget) -> str:
        """Why `widget` is off for this role ("" when the role may use it)."""
        guarded = self.guarded.get(widget)
        return refusal_text(self.decide(guarded.action)) if guarded else ""

    def _apply(self, g: _Guarded) -> None:
        decision = self.decide(g.action)
        # Nobody signed in: the screens are not shown; keep them as they are.
        allowed = decision.allowed or decision.why == Why.SIGNED_OUT
        why = "" if allowed else refusal_text(decision)
        self._busy = True
        try:
            g.widget.setEnabled(g.wanted and allowed)
            g.widget.setProperty("refused", why)
            set_role(g.widget, "true" if why else "false", "roleRefused")
            g.widget.setAccessibleDescription(why)
            g.widget.setToolTip(why or g.tip)
        finally:
            self._busy = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        g = self.guarded.get(watched) if isinstance(watched, QWidget) else None
        if g is None or self._busy:
            return False
        kind = event.type()
        if kind == QEvent.Type.EnabledChange:
            if watched.isEnabled():
                g.wanted = True
                decision = self.decide(g.action)
                if not decision.allowed and decision.why != Why.SIGNED_OUT:
                    self._apply(g)  # the screen asked; the role says no
            else:
                g.wanted = False
        elif kind == QEvent.Type.ToolTipChange:
            why = watched.property("refused")
            if watched.toolTip() != why:
                g.tip = watched.toolTip()  # the screen's; the refusal goes first while it holds
                if why:
                    self._busy = True
                    watched.setToolTip(why)
                    self._busy = False
        return False
