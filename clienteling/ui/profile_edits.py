"""The profile's edit pages share this: the engagement service, a message line, `changed`.

Each page (sizes and preferences, wishlist, follow-ups, the CSAT bar; one
module each) runs its edit through the task runner on
`services.engagement`, says where the edit stands ("waiting to send"
offline) and emits `changed` so the profile reloads with the edit applied at
once. The pages' words share the translation context "ProfileEdits".
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QLabel, QPushButton, QWidget

from clienteling.domain.engagement import Feedback, Task, WishlistItem
from clienteling.domain.enums import WriteState
from clienteling.services.engagement import Engagement, Saved
from clienteling.services.products import Catalog

from .error_words import reason_words
from .tables import Column
from .tasks import TaskRunner
from .theme import set_role


def edit_state(row: WishlistItem | Task | Feedback) -> str:
    """What the associate reads in a row's state column."""
    if row.state == WriteState.REFUSED:
        return QCoreApplication.translate("ProfileEdits", "Refused by HQ: {why}").format(
            why=reason_words(row.refused)
        )
    if row.state == WriteState.WAITING:
        return QCoreApplication.translate("ProfileEdits", "Waiting to send")
    return ""


def state_column() -> Column:
    """The "State" column of an edit list: waiting to send, or refused (in the warning colour)."""
    return Column(
        QCoreApplication.translate("ProfileEdits", "State"),
        edit_state,
        accent=lambda row: row.state == WriteState.REFUSED,
    )


class EditPage(QWidget):
    """Shared plumbing: the engagement service, the shopper, a message line, `changed`."""

    changed = Signal(object)  # Saved

    def __init__(self, runner: TaskRunner, parent=None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.engagement: Engagement | None = None
        self.catalog: Catalog | None = None
        self.shopper_id: str | None = None
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.hide()

    def set_services(self, engagement: Engagement, catalog: Catalog) -> None:
        self.engagement, self.catalog = engagement, catalog

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
            if saved.state == WriteState.REFUSED:
                self.say(
                    QCoreApplication.translate("ProfileEdits", "HQ refused it: {why}").format(
                        why=reason_words(saved.reason)
                    ),
                    error=True,
                )
            elif saved.state == WriteState.WAITING:
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
