"""Orders: today's orders of this store, or one shopper's, with status and the next action.

Queued orders say they wait for HQ; refused ones say why and offer HQ's
alternatives (placing one sets the refused order aside) or cancelling.
Cancelling asks first, then is held a few seconds with an Undo button before
it is sent; once sent it cannot be undone.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from clienteling.services.cancels import CancelHolds
from clienteling.services.lookup import Lookup
from clienteling.services.orders import OrderResult, OrderRow, Orders

from . import formats, texts
from .error_words import reason_words
from .fit import flow_row
from .tables import AlternativesModel, Column, RowsModel, table
from .tasks import TaskRunner
from .theme import set_role


class OrdersScreen(QWidget):
    """Emits `changed` after an action, `loaded(count)` after each list."""

    back = Signal()
    changed = Signal()
    loaded = Signal(int)

    def __init__(self, runner: TaskRunner, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("screen")
        self.runner = runner
        self.orders: Orders | None = None
        self.lookup: Lookup | None = None
        self.shopper: tuple[str, str] | None = None
        self.names: dict[str, str] = {}
        self.focus: OrderRow | None = None  # a scanned order: select it once the list is in

        back = QPushButton(self.tr("← Back"))
        back.setShortcut(Qt.Key.Key_Escape)
        back.clicked.connect(self.back)
        title = set_role(QLabel(self.tr("Orders")), "title")
        self.today = QPushButton(self.tr("Today at this store"))
        self.theirs = QPushButton()
        self.which = QButtonGroup(self)
        for button in (self.today, self.theirs):
            button.setCheckable(True)
            set_role(button, "segment")
            self.which.addButton(button)
        self.today.setChecked(True)
        self.which.buttonClicked.connect(lambda _b: self.reload())
        refresh = QPushButton(self.tr("Refresh"))
        refresh.clicked.connect(self.reload)
        top = flow_row(back, title, self.today, self.theirs, refresh)

        self.model = RowsModel(
            [
                Column(self.tr("Placed"), lambda r: formats.date_time(r.created_at)),
                Column(self.tr("Shopper"), lambda r: r.shopper_name),
                Column(
                    self.tr("Items"),
                    lambda r: formats.lines_text(r.lines, r.products),
                    tip=lambda r: formats.lines_skus(r.lines, r.products),
                ),
                Column(self.tr("How"), self._how),
                Column(self.tr("From"), self._sources),
                Column(
                    self.tr("Status"),
                    self._status,
                    accent=lambda r: r.state == "rejected",
                ),
            ],
            self,
        )
        self.view = table(self.model, stretch=2)
        self.view.selectionModel().currentRowChanged.connect(self._chosen)
        self.empty = set_role(QLabel(), "hint")

        self.detail = set_role(QLabel(), "hint")
        self.detail.setWordWrap(True)
        self.alternatives = AlternativesModel(lambda s: self.names.get(s, s), self)
        self.alternatives_view = table(self.alternatives, stretch=2)
        self.alternatives_view.setMaximumHeight(220)
        self.alternatives_view.hide()
        self.take = QPushButton(self.tr("Order this alternative"))
        set_role(self.take, "primary")
        self.take.clicked.connect(self.take_alternative)
        self.cancel = QPushButton(self.tr("Cancel order"))
        self.cancel.clicked.connect(self.cancel_order)
        actions = flow_row(self.cancel, self.take)

        # Cancel asks first, then waits out a few seconds with Undo before it is sent.
        self.holds: CancelHolds[OrderRow] = CancelHolds()
        self.ticker = QTimer(self)
        self.ticker.setInterval(250)
        self.ticker.timeout.connect(self.tick)
        self.confirm_text = QLabel()
        self.confirm_text.setWordWrap(True)
        self.confirm_cancel = QPushButton(self.tr("Yes, cancel it"))
        set_role(self.confirm_cancel, "primary")
        self.confirm_cancel.clicked.connect(self.hold_cancel)
        self.keep = QPushButton(self.tr("Keep the order"))
        self.keep.clicked.connect(self._ask_done)
        self.confirm_bar = flow_row(self.confirm_text, self.confirm_cancel, self.keep)
        self.confirm_bar.hide()
        self.asking: OrderRow | None = None
        self.undo_text = set_role(QLabel(), "queued")
        self.undo_text.setWordWrap(True)
        self.undo = QPushButton(self.tr("Undo"))
        self.undo.clicked.connect(self.undo_cancel)
        self.undo_bar = flow_row(self.undo_text, self.undo)
        self.undo_bar.hide()
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.hide()

        page = QVBoxLayout(self)
        page.setContentsMargins(24, 16, 24, 16)
        page.setSpacing(12)
        page.addWidget(top)
        page.addWidget(self.empty)
        page.addWidget(self.view, 1)
        page.addWidget(self.detail)
        page.addWidget(actions)
        page.addWidget(self.confirm_bar)
        page.addWidget(self.undo_bar)
        page.addWidget(self.alternatives_view)
        page.addWidget(self.message)
        self._chosen(QModelIndex())

    def set_services(self, orders: Orders, lookup: Lookup) -> None:
        self.orders, self.lookup = orders, lookup

    def open(self, shopper: tuple[str, str] | None = None) -> None:
        """Today's orders here, or the shopper's when one is given."""
        self.shopper = shopper
        self.theirs.setVisible(shopper is not None)
        if shopper is not None:
            self.theirs.setText(self.tr("Orders of {name}").format(name=shopper[1]))
            self.theirs.setChecked(True)
        else:
            self.today.setChecked(True)
        self.message.hide()
        self.reload()

    def show_order(self, row: OrderRow) -> None:
        """A scanned order: its shopper's orders, with this one chosen and its status said."""
        self.focus = row
        self.open((row.shopper_id, row.shopper_name or row.shopper_id))

    def reload(self) -> None:
        if self.orders is None:
            return
        orders, lookup = self.orders, self.lookup
        shopper_id = self.shopper[0] if self.shopper and self.theirs.isChecked() else None
        self.runner.run(
            lambda: (orders.rows(shopper_id), lookup.store_names()),
            key="orders",
            done=self._show,
            failed=lambda m: self._say(m, "error"),
        )

    def _show(self, answer: tuple[list[OrderRow], dict[str, str]]) -> None:
        rows, self.names = answer
        selected = self.selected()
        self.model.set_rows(rows)
        if not rows:
            self.empty.setText(
                self.tr("No orders yet today at this store.")
                if self.today.isChecked()
                else self.tr("This shopper has no orders.")
            )
        self.empty.setVisible(not rows)
        again = next(
            (i for i, r in enumerate(rows) if selected and r.order_id == selected.order_id), 0
        )
        if rows:
            self.view.selectRow(again)
        focus, self.focus = self.focus, None
        if focus is not None and not self.select(focus.order_id):
            # HQ told us about it, but it is not among the orders on this terminal.
            self._say(
                self.tr("Order {order} ({name}): {status}.").format(
                    order=focus.order_id[:8],
                    name=focus.shopper_name,
                    status=texts.order_state_name(focus.state, focus.status),
                ),
                "info",
            )
        self._chosen(self.view.currentIndex())
        self.loaded.emit(len(rows))

    # --- one order -------------------------------------------------------------------------------

    def selected(self) -> OrderRow | None:
        index = self.view.currentIndex()
        if not index.isValid() or index.row() >= self.model.rowCount():
            return None
        return self.model.item(index.row())

    def select(self, order_id: str) -> bool:
        for i, row in enumerate(self.model.items):
            if row.order_id == order_id:
                self.view.selectRow(i)
                return True
        return False

    def _chosen(self, _index: QModelIndex, _previous: QModelIndex | None = None) -> None:
        row = self.selected()
        actions = row.actions if row else ()
        held = row is not None and self.holds.held(row.order_id)
        self.cancel.setVisible("cancel" in actions and not held)
        if self.asking is not None and (row is None or row.order_id != self.asking.order_id):
            self._ask_done()  # the question was about another order
        self.take.setVisible("alternative" in actions)
        self.alternatives.set_rows(row.alternatives if row and row.state == "rejected" else [])
        self.alternatives_view.setVisible(bool(self.alternatives.rowCount()))
        if self.alternatives.rowCount():
            self.alternatives_view.selectRow(0)
        if row is None:
            self.detail.setText(self.tr("Choose an order to see what can be done next."))
        elif row.state == "rejected":
            why = self.tr("HQ refused it: {why}.").format(why=reason_words(row.reason))
            if row.alternatives:
                nxt = self.tr("Order one of the alternatives below, or cancel it.")
            elif row.code == "out_of_stock":
                nxt = self.tr("Nothing else is available; cancel it and tell the shopper.")
            else:  # refused for another reason: stock says nothing about it
                nxt = self.tr("Cancel it and tell the shopper.")
            self.detail.setText(f"{why} {nxt}")
        elif row.state == "queued":
            why = (
                self.tr("Last try: {why}.").format(why=reason_words(row.reason))
                if row.reason
                else ""
            )
            self.detail.setText(
                " ".join(
                    x
                    for x in (
                        self.tr("Saved on this terminal; it is sent when HQ can be reached."),
                        why,
                        self.tr("You can still cancel it."),
                    )
                    if x
                )
            )
        elif row.cancelling:
            self.detail.setText(self.tr("A cancellation is waiting to be sent to HQ."))
        else:
            self.detail.setText(
                self.tr("Order {order}: {status}.").format(
                    order=row.order_id[:8], status=texts.order_status_name(row.status or "")
                )
            )

    # --- next actions ----------------------------------------------------------------------------

    def take_alternative(self) -> None:
        row = self.selected()
        picked = self.alternatives_view.selectionModel().selectedRows()
        if row is None or not picked or self.orders is None:
            return
        choice = self.alternatives.item(picked[0].row())
        self.take.setEnabled(False)
        self.runner.run(
            self.orders.reorder,
            row.order_id,
            choice,
            key="orders-action",
            done=self._reordered,
            failed=self._action_failed,
        )

    def _reordered(self, result: OrderResult) -> None:
        self.take.setEnabled(True)
        if result.state == "confirmed":
            self._say(self.tr("Placed again with the alternative: confirmed by HQ."), "info")
        elif result.state == "queued":
            self._say(self.tr("Placed again with the alternative: queued for HQ."), "queued")
        else:
            self._say(
                self.tr("HQ refused the alternative too: {why}").format(
                    why=reason_words(result.reason)
                ),
                "error",
            )
        self.changed.emit()
        self.reload()
        self.select(result.order_id)

    def cancel_order(self) -> None:
        """Ask before cancelling the chosen order."""
        row = self.selected()
        if row is None or self.orders is None:
            return
        self.asking = row
        self.confirm_text.setText(
            self.tr("Cancel order {order} of {name}? The shopper will not get it.").format(
                order=row.order_id[:8], name=row.shopper_name
            )
        )
        self.cancel.hide()
        self.confirm_bar.show()
        self.confirm_cancel.setFocus()

    def _ask_done(self) -> None:
        self.asking = None
        self.confirm_bar.hide()
        row = self.selected()
        held = row is not None and self.holds.held(row.order_id)
        self.cancel.setVisible(row is not None and "cancel" in row.actions and not held)

    def hold_cancel(self) -> None:
        """The associate said yes: the cancel waits a few seconds, with Undo, then is sent."""
        row = self.asking
        if row is None:
            return
        self._ask_done()
        self.holds.hold(row.order_id, row)
        self.cancel.hide()
        self.ticker.start()
        self.tick()

    def take_held(self) -> list[OrderRow]:
        """The cancels still in their undo window, handed over to be sent at once (the
        associate signs out or the app closes: what they confirmed is not dropped)."""
        self.ticker.stop()
        self.undo_bar.hide()
        return self.holds.flush()

    def undo_cancel(self) -> None:
        """Drop the held cancel(s) shown; nothing was sent to HQ."""
        kept = [key for key in self.holds.keys() if self.holds.undo(key)]
        self.undo_bar.hide()
        self.ticker.stop()
        if kept:
            self._say(
                self.tr("Kept: order {order} is not cancelled.").format(order=kept[-1][:8]), "info"
            )
        self._chosen(self.view.currentIndex())

    def tick(self) -> None:
        """Send the cancels whose undo time is over; say how long the others can be undone."""
        for row in self.holds.due():
            self._send_cancel(row)
        keys = self.holds.keys()
        if not keys:
            self.ticker.stop()
            self.undo_bar.hide()
            return
        key = keys[-1]
        self.undo_text.setText(
            self.tr("Order {order} is cancelled in {n} s.").format(
                order=key[:8], n=self.holds.remaining(key)
            )
        )
        self.undo_bar.show()

    def _send_cancel(self, row: OrderRow) -> None:
        if self.orders is None:
            return
        self.undo_bar.hide()
        self.cancel.setEnabled(False)
        self.runner.run(
            self.orders.cancel,
            row,
            key=f"orders-cancel-{row.order_id}",
            done=self._cancelled,
            failed=self._action_failed,
        )

    def _cancelled(self, outcome: str) -> None:
        self.cancel.setEnabled(True)
        words = {
            "withdrawn": self.tr("Cancelled: it was never sent to HQ."),
            "cancelled": self.tr("Cancelled at HQ; the stock is released."),
            "requested": self.tr("Cancellation saved; it is sent when HQ can be reached."),
        }
        self._say(words.get(outcome, outcome), "info")
        self.changed.emit()
        self.reload()

    def _action_failed(self, message: str) -> None:
        self.take.setEnabled(True)
        self.cancel.setEnabled(True)
        self._say(self.tr("That did not work: {why}").format(why=message), "error")

    def settled(self, _result: OrderResult) -> None:
        if self.isVisible():
            self.reload()

    # --- words ---------------------------------------------------------------------------------

    def _how(self, row: OrderRow) -> str:
        if row.fulfilment == "pickup":
            store = self.names.get(row.pickup_store or "", row.pickup_store or "")
            return self.tr("Pick-up: {store}").format(store=store)
        return self.tr("Delivery")

    def _sources(self, row: OrderRow) -> str:
        stores = [line.source_store for line in row.lines]
        if not any(stores):
            return self.tr("nearest with stock")
        return ", ".join(sorted({self.names.get(s, s) for s in stores if s}))

    def _status(self, row: OrderRow) -> str:
        text = texts.order_state_name(row.state, row.status)
        if row.cancelling:
            text += " · " + self.tr("cancelling")
        return text

    def _say(self, text: str, kind: str) -> None:
        self.message.setText(text)
        set_role(self.message, kind)
        self.message.show()

    def row_texts(self) -> list[list[Any]]:
        """What the table shows, row by row (tests and screenshots)."""
        m = self.model
        return [
            [m.data(m.index(r, c)) for c in range(m.columnCount())] for r in range(m.rowCount())
        ]
