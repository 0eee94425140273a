"""Order for delivery: variant and quantity, source store, ship to the shopper or pick up, confirm.

Online, HQ's answer shows here: confirmed, or out of stock with the
alternatives to pick from (picking one places the order again). Offline,
the order is saved and queued; the window tells this screen when the
outbox delivered it. Nothing typed is cleared by an error.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QImage, QPainter
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFileDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from clienteling.domain.enums import Fulfilment
from clienteling.scan.slip import OrderSlip, SlipLabels, SlipLine, render_slip, write_slip_pdf
from clienteling.services.desk import Desk, OrderDraft, OrderResult, ProductStock
from clienteling.services.lookup import Profile
from clienteling.services.orders import ADDRESS_FIELDS, address_problems, clean_address

from . import texts
from .tables import AlternativesModel, table
from .tasks import TaskRunner
from .theme import set_role

MAX_QUANTITY = 10


class OrderScreen(QWidget):
    """Emits `placed(OrderResult)` after each answer (queued, confirmed or rejected)."""

    back = Signal()
    loaded = Signal(str)  # sku, once the form shows the item
    placed = Signal(object)

    def __init__(self, runner: TaskRunner, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("screen")
        self.runner = runner
        self.desk: Desk | None = None
        self.shopper_id: str | None = None
        self.profile: Profile | None = None
        self.stock: ProductStock | None = None
        self.sku: str | None = None
        self.result: OrderResult | None = None
        self._filling = False
        self.names: dict[str, str] = {}  # store id -> name

        back = QPushButton(self.tr("← Back"))
        back.setShortcut(Qt.Key.Key_Escape)
        back.clicked.connect(self.back)
        self.title = set_role(QLabel(self.tr("Order for delivery")), "title")
        self.for_whom = set_role(QLabel(), "subtitle")
        top = QHBoxLayout()
        top.addWidget(back)
        top.addSpacing(16)
        top.addWidget(self.title)
        top.addStretch(1)
        top.addWidget(self.for_whom)

        # What: item, colour, size, quantity, from which store.
        what = QFrame()
        what.setObjectName("card")
        form = QGridLayout(what)
        form.setContentsMargins(20, 14, 20, 14)
        form.setHorizontalSpacing(16)
        form.setVerticalSpacing(8)
        self.product = set_role(QLabel(), "subtitle")
        self.product.setWordWrap(True)
        self.colour = self._combo(self.tr("Colour"))
        self.size = self._combo(self.tr("Size"))
        self.quantity = self._combo(self.tr("Quantity"))
        for n in range(1, MAX_QUANTITY + 1):
            self.quantity.addItem(str(n), n)
        self.source = self._combo(self.tr("Send from"))
        self.source.setMinimumWidth(360)
        self.source_hint = set_role(QLabel(), "hint")
        self.source_hint.setWordWrap(True)
        form.addWidget(self.product, 0, 0, 1, 4)
        form.addWidget(QLabel(self.tr("Colour")), 1, 0)
        form.addWidget(QLabel(self.tr("Size")), 1, 1)
        form.addWidget(QLabel(self.tr("Quantity")), 1, 2)
        form.addWidget(QLabel(self.tr("Send from")), 1, 3)
        form.addWidget(self.colour, 2, 0)
        form.addWidget(self.size, 2, 1)
        form.addWidget(self.quantity, 2, 2)
        form.addWidget(self.source, 2, 3)
        form.addWidget(self.source_hint, 3, 0, 1, 4)
        form.setColumnStretch(3, 1)
        self.colour.currentIndexChanged.connect(self._variant_changed)
        self.size.currentIndexChanged.connect(self._variant_changed)
        self.quantity.currentIndexChanged.connect(self._quantity_changed)

        # Where to: ship to the shopper, or pick up in a store.
        where = QFrame()
        where.setObjectName("card")
        box = QVBoxLayout(where)
        box.setContentsMargins(20, 14, 20, 14)
        box.setSpacing(8)
        choice = QHBoxLayout()
        self.ship = QPushButton(self.tr("Ship to the shopper"))
        self.pickup = QPushButton(self.tr("Pick up in a store"))
        self.how = QButtonGroup(self)
        for button in (self.ship, self.pickup):
            button.setCheckable(True)
            set_role(button, "segment")
            self.how.addButton(button)
            choice.addWidget(button)
        self.ship.setChecked(True)
        self.how.buttonToggled.connect(self._how_changed)
        choice.addStretch(1)
        box.addLayout(choice)

        self.address = QWidget()
        fields = QGridLayout(self.address)
        fields.setContentsMargins(0, 0, 0, 0)
        fields.setHorizontalSpacing(16)
        fields.setVerticalSpacing(2)
        titles = {
            "line1": self.tr("Street and number"),
            "line2": self.tr("Apartment, floor (optional)"),
            "city": self.tr("City"),
            "postcode": self.tr("Postcode"),
            "region": self.tr("Region (optional)"),
            "country": self.tr("Country (two letters)"),
        }
        self.fields: dict[str, QLineEdit] = {}
        self.field_errors: dict[str, QLabel] = {}
        places = {
            "line1": (0, 0),
            "line2": (0, 1),
            "city": (3, 0),
            "postcode": (3, 1),
            "region": (6, 0),
            "country": (6, 1),
        }
        for key in ADDRESS_FIELDS:
            row, col = places[key]
            edit = QLineEdit()
            edit.setAccessibleName(titles[key])
            edit.textEdited.connect(lambda _t, k=key: self._field_edited(k))
            error = set_role(QLabel(), "field-error")
            error.hide()
            fields.addWidget(set_role(QLabel(titles[key]), "hint"), row, col)
            fields.addWidget(edit, row + 1, col)
            fields.addWidget(error, row + 2, col)
            self.fields[key] = edit
            self.field_errors[key] = error
        box.addWidget(self.address)

        self.pickup_row = QWidget()
        row = QHBoxLayout(self.pickup_row)
        row.setContentsMargins(0, 0, 0, 0)
        self.pickup_store = self._combo(self.tr("Pick-up store"))
        self.pickup_store.setMinimumWidth(360)
        row.addWidget(QLabel(self.tr("Pick-up store")))
        row.addWidget(self.pickup_store)
        row.addStretch(1)
        self.pickup_row.hide()
        box.addWidget(self.pickup_row)

        # Confirm, and HQ's answer.
        self.place = QPushButton(self.tr("Place order"))
        set_role(self.place, "primary")
        self.place.setMinimumWidth(220)
        self.place.clicked.connect(self.place_order)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.hide()
        self.alternatives = AlternativesModel(lambda s: self.names.get(s, s), self, with_offer=True)
        self.alternatives_view = table(self.alternatives, stretch=3)
        self.alternatives_view.activated.connect(self._alternative_activated)
        self.take = QPushButton(self.tr("Order this instead"))
        set_role(self.take, "primary")
        self.take.clicked.connect(self.take_alternative)
        self.answer = QWidget()
        answer = QVBoxLayout(self.answer)
        answer.setContentsMargins(0, 0, 0, 0)
        answer.addWidget(self.alternatives_view, 1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.take)
        answer.addLayout(buttons)
        self.answer.hide()

        # The shopper's slip with the order's tracking QR, once the order has an id.
        self.save_slip = QPushButton(self.tr("Save slip as PDF…"))
        self.save_slip.clicked.connect(self.ask_slip_path)
        self.print_slip = QPushButton(self.tr("Print slip…"))
        self.print_slip.clicked.connect(self.ask_printer)
        for button in (self.save_slip, self.print_slip):
            button.hide()

        confirm = QHBoxLayout()
        confirm.addWidget(self.message, 1)
        confirm.addStretch(0)
        for button in (self.save_slip, self.print_slip, self.place):
            confirm.addWidget(button, 0, Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignRight)

        page = QVBoxLayout(self)
        page.setContentsMargins(24, 16, 24, 16)
        page.setSpacing(12)
        page.addLayout(top)
        page.addWidget(what)
        page.addWidget(where)
        page.addLayout(confirm)
        page.addWidget(self.answer, 1)
        page.addStretch(0)

    def _combo(self, name: str) -> QComboBox:
        combo = QComboBox()
        combo.setAccessibleName(name)
        combo.setMinimumWidth(120)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        return combo

    def set_desk(self, desk: Desk) -> None:
        self.desk = desk

    # --- loading --------------------------------------------------------------------------------

    def open(self, shopper_id: str, sku: str) -> None:
        """A fresh order of `sku` for the shopper: the address comes from their profile."""
        if self.desk is None:
            return
        self.shopper_id, self.sku, self.result = shopper_id, sku, None
        self.stock = None
        self._hide_answer()
        self._say(self.tr("Loading…"))
        self.place.setEnabled(False)
        desk = self.desk
        self.runner.run(
            lambda: (desk.profile(shopper_id), desk.product_stock(sku), desk.pickup_stores()),
            key="order-open",
            done=self._opened,
            failed=lambda m: self._say(m, "error"),
        )

    def _opened(self, answer: tuple) -> None:
        profile, stock, stores = answer
        if profile is None or stock is None:
            self._say(self.tr("This shopper or item is not on this terminal."), "error")
            return
        self.profile = profile
        self.names = dict(stores)
        s = profile.shopper
        self.for_whom.setText(
            self.tr("For {name}").format(name=f"{s['first_name']} {s['last_name']}".strip())
        )
        address = s.get("address") or {}
        for key, edit in self.fields.items():
            edit.setText(address.get(key) or "")
            self._field_edited(key)
        if not address.get("country") and self.desk is not None:
            self.fields["country"].setText(self._country_here(stores))
        self._filling = True
        self.pickup_store.clear()
        for store_id, name in stores:
            self.pickup_store.addItem(name, store_id)
        self.ship.setChecked(bool(address) or not self.pickup.isChecked())
        self._filling = False
        self._how_changed()
        self._show_stock(stock)
        self.message.hide()
        self.place.setEnabled(True)
        self.loaded.emit(self.sku)

    def _country_here(self, stores: list[tuple[str, str]]) -> str:
        here = self.desk.store_id if self.desk else ""
        return here[:2] if len(here) >= 2 and here[:2].isalpha() else ""

    def _show_stock(self, stock: ProductStock) -> None:
        """Fill colour, size and source store for the item in `stock`."""
        self.stock = stock
        grid, product = stock.grid, stock.stock.product
        self.sku = product["sku"]
        self.product.setText(
            f"{grid.name}  ·  {texts.money(grid.price_minor, grid.currency)}  ·  {product['sku']}"
        )
        self._filling = True
        self.colour.clear()
        for colour in grid.colours:
            self.colour.addItem(texts.colour_name(colour), colour)
        self.colour.setCurrentIndex(self.colour.findData(product["colour"]))
        self.size.clear()
        for size in grid.sizes:
            cell = grid.cell(product["colour"], size)
            here = cell.available if cell else 0
            self.size.addItem(
                self.tr("{size} ({n} here)").format(size=size, n=here) if here else size, size
            )
        self.size.setCurrentIndex(self.size.findData(product["size"]))
        self._filling = False
        self._fill_sources()

    def _fill_sources(self) -> None:
        if self.stock is None:
            return
        view = self.stock.stock
        wanted = self.quantity.currentData() or 1
        lines = [view.here] if view.here else []
        lines += view.others
        having = [s for s in lines if s.available >= wanted]
        best = view.nearest_with_stock(wanted)
        self._filling = True
        self.source.clear()
        for line in having:
            text = self.tr("{store} — {n} available").format(
                store=line.store_name, n=line.available
            )
            if line.distance_km is not None and line is not view.here:
                text += f" · {texts.distance(line.distance_km)}"
            if line is best:
                text += "  " + self.tr("(suggested)")
            self.source.addItem(text, line.store_id)
        self.source.addItem(self.tr("Any store (HQ picks the nearest with stock)"), None)
        self.source.setCurrentIndex(0)
        self._filling = False
        if not having:
            self.source_hint.setText(
                self.tr(
                    "No store shows {n} available for this size and colour. HQ will answer "
                    "with what it can offer."
                ).format(n=wanted)
            )
        elif self.stock.live:
            self.source_hint.setText(self.tr("Stock figures are live from HQ."))
        else:
            self.source_hint.setText(
                self.tr("Stock figures are from the last sync; HQ checks them on the order.")
            )

    def _variant_changed(self) -> None:
        if self._filling or self.stock is None or self.desk is None:
            return
        cell = self.stock.grid.cell(self.colour.currentData(), self.size.currentData())
        if cell is None:
            self.source_hint.setText(self.tr("This colour does not come in this size."))
            self.place.setEnabled(False)
            return
        self.place.setEnabled(True)
        self._changed()
        self.runner.run(
            self.desk.product_stock,
            cell.sku,
            key="order-stock",
            done=lambda found: found is not None and self._show_stock(found),
            failed=lambda m: self._say(m, "error"),
        )

    def _quantity_changed(self) -> None:
        if not self._filling:
            self._changed()
            self._fill_sources()

    def _how_changed(self, *_args: Any) -> None:
        shipping = self.ship.isChecked()
        self.address.setVisible(shipping)
        self.pickup_row.setVisible(not shipping)
        if not self._filling:
            self._changed()

    def _changed(self) -> None:
        """The associate changed the form after an answer: that is a new order to place."""
        if self.result is not None and self.stock is not None:
            self.place.setEnabled(True)

    # --- the address ---------------------------------------------------------------------------

    def address_fields(self) -> dict[str, str]:
        return {k: e.text() for k, e in self.fields.items()}

    def _field_edited(self, key: str) -> None:
        self.field_errors[key].hide()
        set_role(self.fields[key], "")
        self._changed()

    def _field_message(self, code: str) -> str:
        return {
            "missing": self.tr("Needed for the delivery."),
            "too_long": self.tr("Too long; shorten it."),
            "country": self.tr("Use the two-letter country code, e.g. BR, ES, PT."),
        }.get(code, code)

    def show_address_problems(self, problems: dict[str, str]) -> None:
        for key in ADDRESS_FIELDS:
            error, edit = self.field_errors[key], self.fields[key]
            if key in problems:
                error.setText(self._field_message(problems[key]))
                error.show()
                set_role(edit, "invalid")
            else:
                error.hide()
                set_role(edit, "")
        first = next((k for k in ADDRESS_FIELDS if k in problems), None)
        if first:
            self.fields[first].setFocus()

    # --- placing --------------------------------------------------------------------------------

    def draft(self) -> OrderDraft | None:
        """The order as the form says, or None after showing what to fix."""
        if self.shopper_id is None or self.stock is None:
            return None
        cell = self.stock.grid.cell(self.colour.currentData(), self.size.currentData())
        if cell is None:
            self._say(self.tr("Choose a colour and size that exist."), "error")
            return None
        line = (cell.sku, int(self.quantity.currentData() or 1), self.source.currentData())
        if self.ship.isChecked():
            problems = address_problems(self.address_fields())
            self.show_address_problems(problems)
            if problems:
                self._say(self.tr("Check the delivery address: the fields marked in red."), "error")
                return None
            return OrderDraft(
                self.shopper_id,
                [line],
                Fulfilment.SHIP_TO_ADDRESS,
                address=clean_address(self.address_fields()),
            )
        return OrderDraft(
            self.shopper_id,
            [line],
            Fulfilment.PICK_UP,
            pickup_store=self.pickup_store.currentData(),
        )

    def place_order(self) -> None:
        draft = self.draft()
        if draft is None or self.desk is None:
            return
        self.place.setEnabled(False)
        self._hide_answer()
        self._say(self.tr("Placing the order…"))
        self.runner.run(
            self.desk.place_order, draft, key="order", done=self._answered, failed=self._failed
        )

    def _answered(self, result: OrderResult) -> None:
        self.result = result
        self.show_result(result)
        self.placed.emit(result)

    def _failed(self, message: str) -> None:
        self.place.setEnabled(True)  # the form is as it was: fix and try again
        self._say(self.tr("The order was not placed: {why}").format(why=message), "error")

    def settled(self, result: OrderResult) -> None:
        """The window's word that a queued order was answered by HQ."""
        if self.result is not None and result.order_id == self.result.order_id:
            self.result = result
            self.show_result(result)

    def show_result(self, result: OrderResult) -> None:
        short = result.order_id[:8]
        for button in (self.save_slip, self.print_slip):
            button.setVisible(result.state in ("confirmed", "queued"))
        if result.state == "confirmed":
            self._hide_answer()
            order = result.order or {}
            sources = sorted({line["source_store"] for line in order.get("lines", [])})
            names = self.names
            self._say(
                self.tr("Confirmed by HQ: order {order}, reserved in {stores}.").format(
                    order=short, stores=", ".join(names.get(s, s) for s in sources) or "—"
                ),
                "info",
            )
            self.place.setEnabled(False)
        elif result.state == "queued":
            self._hide_answer()
            self._say(
                self.tr(
                    "Queued — will be sent when HQ is back. Order {order} is saved on this "
                    "terminal; the status bar tells you when HQ confirms it."
                ).format(order=short),
                "queued",
            )
            self.place.setEnabled(False)
        else:
            self.alternatives.set_rows(result.alternatives)
            if result.alternatives:
                self._say(
                    self.tr("HQ refused the order: {why}. Pick one of these instead:").format(
                        why=result.reason
                    ),
                    "error",
                )
                self.alternatives_view.selectRow(0)
                self.answer.show()
            else:
                self._say(
                    self.tr(
                        "HQ refused the order: {why}. No other store or size has it; "
                        "change the order or add the item to the wishlist."
                    ).format(why=result.reason),
                    "error",
                )
            self.place.setEnabled(True)

    # --- the shopper's slip -------------------------------------------------------------

    def slip(self) -> OrderSlip | None:
        """The slip of the order on screen: its items, how it reaches the shopper, its QR."""
        if self.result is None or self.stock is None:
            return None
        order = self.result.order or {}
        lines = order.get("lines") or [{"sku": self.sku, "quantity": self.quantity.currentData()}]
        name = self.stock.grid.name
        pickup = order.get("fulfilment") == "pickup" if order else self.pickup.isChecked()
        if pickup:
            store = order.get("pickup_store") or self.pickup_store.currentData()
            how = self.tr("Pick up at {store}").format(store=self.names.get(store, store))
        else:
            how = self.tr("Delivered to the shopper's address")
        return OrderSlip(
            order_id=self.result.order_id,
            lines=tuple(SlipLine(ln["sku"], name, int(ln["quantity"])) for ln in lines),
            fulfilment=how,
            store_name=self.names.get(self.desk.store_id, "") if self.desk else "",
            labels=SlipLabels(
                heading=self.tr("Order"),
                items=self.tr("Items"),
                scan_hint=self.tr("Scan to follow your order"),
            ),
        )

    def ask_slip_path(self) -> None:
        slip = self.slip()
        if slip is None:
            return
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save slip"), f"order-{slip.order_id[:8]}.pdf", self.tr("PDF (*.pdf)")
        )
        if path:
            self.save_slip_pdf(slip, path)

    def save_slip_pdf(self, slip: OrderSlip, path: str) -> None:
        """Write the slip as PDF in a worker; the answer shows where the associate looks."""
        self.runner.run(
            write_slip_pdf,
            slip,
            path,
            key="slip",
            done=lambda saved: self._say(
                self.tr("Slip saved: {path}").format(path=str(saved)), "info"
            ),
            failed=lambda why: self._say(
                self.tr("The slip was not saved: {why}").format(why=why), "error"
            ),
        )

    def ask_printer(self) -> None:
        slip = self.slip()
        if slip is None:
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        if QPrintDialog(printer, self).exec():
            self.print_on(printer, slip)

    def print_on(self, printer: QPrinter, slip: OrderSlip) -> None:
        """Paint the slip on the printer's page, as wide as the page allows."""
        image = render_slip(slip).convert("RGB")
        picture = QImage(
            image.tobytes(), image.width, image.height, image.width * 3, QImage.Format.Format_RGB888
        )
        painter = QPainter()
        if not painter.begin(printer):
            self._say(self.tr("The printer could not be opened."), "error")
            return
        try:
            page = printer.pageRect(QPrinter.Unit.DevicePixel)
            scaled = picture.scaled(
                int(page.width()), int(page.height()), Qt.AspectRatioMode.KeepAspectRatio
            )
            painter.drawImage(0, 0, scaled)
        finally:
            painter.end()
        self._say(self.tr("Slip sent to the printer."), "info")

    def _hide_answer(self) -> None:
        self.answer.hide()
        self.alternatives.set_rows([])

    def _alternative_activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.alternatives_view.selectRow(index.row())
            self.take_alternative()

    def take_alternative(self) -> None:
        """Place the refused order again with the chosen alternative."""
        rows = self.alternatives_view.selectionModel().selectedRows()
        if self.result is None or self.desk is None or not rows:
            return
        choice = self.alternatives.item(rows[0].row())
        self.take.setEnabled(False)
        self._say(self.tr("Placing the order…"))
        old = self.result.order_id

        def done(result: OrderResult) -> None:
            self.take.setEnabled(True)
            self._answered(result)

        def failed(message: str) -> None:
            self.take.setEnabled(True)
            self._failed(message)

        self.runner.run(self.desk.reorder, old, choice, key="order", done=done, failed=failed)

    # --- words ----------------------------------------------------------------------------------

    def _say(self, text: str, kind: str = "hint") -> None:
        self.message.setText(text)
        set_role(self.message, kind)
        self.message.show()
