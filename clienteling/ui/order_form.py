"""The order form: which item (colour, size, quantity, source store) and how it reaches the shopper.

The form only shows and checks what the associate chose; the order screen
loads the item's stock and places the order. It tells the screen when the
associate picks another colour or size (`variant_chosen`, whose stock the
screen then fetches) and when anything else changes (`edited`).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from clienteling.services.order_review import Suggestion
from clienteling.services.orders import ADDRESS_FIELDS
from clienteling.services.products import GridCell, ProductStock

from . import formats, texts
from .combo import Combo
from .freshness import freshness_text
from .theme import set_role

MAX_QUANTITY = 10
AGE_EVERY_MS = 10_000


class OrderForm(QWidget):
    """Two cards: the item and its source store; ship to the shopper or pick up in a store."""

    edited = Signal()  # the associate changed the order
    variant_chosen = Signal(str)  # sku of the colour and size now chosen
    variant_missing = Signal()  # the chosen colour does not come in the chosen size

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.stock: ProductStock | None = None  # the item's stock; None while it loads
        self._filling = False
        # The source to suggest for a quantity (the screen's rule); None: the nearest with stock.
        self.suggest: Callable[[int], Suggestion | None] | None = None
        self._picked: str | None = None  # the source the associate chose themselves
        self._says_age = False  # the hint says how fresh the stock is (it ages on screen)
        self.age_timer = QTimer(self)  # "just now" becomes "1 min ago" here too
        self.age_timer.setInterval(AGE_EVERY_MS)
        self.age_timer.timeout.connect(self._say_age)

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
        self.source.setMinimumWidth(240)
        self.source_hint = set_role(QLabel(), "hint")
        self.source_hint.setWordWrap(True)
        form.addWidget(self.product, 0, 0, 1, 4)
        form.addWidget(QLabel(self.tr("Colour")), 1, 0)
        form.addWidget(QLabel(self.tr("Size")), 1, 1)
        form.addWidget(QLabel(self.tr("Quantity")), 1, 2)
        form.addWidget(self.colour, 2, 0)
        form.addWidget(self.size, 2, 1)
        form.addWidget(self.quantity, 2, 2)
        # The source store on a row of its own: its name, stock, distance and "(suggested)"
        # need the width of the card (elided when even that is too narrow).
        form.addWidget(QLabel(self.tr("Send from")), 3, 0, 1, 4)
        form.addWidget(self.source, 4, 0, 1, 4)
        form.addWidget(self.source_hint, 5, 0, 1, 4)
        form.setColumnStretch(3, 1)
        self.colour.currentIndexChanged.connect(self._variant_changed)
        self.size.currentIndexChanged.connect(self._variant_changed)
        self.quantity.currentIndexChanged.connect(self._quantity_changed)
        self.source.currentIndexChanged.connect(self._source_changed)

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
        self.shipping_allowed = True  # the store's fleet setting (ship_to_home)
        self.how.buttonToggled.connect(self._how_changed)
        choice.addStretch(1)
        box.addLayout(choice)
        # Why there is no "Ship to the shopper" when the chain switched it off for the store.
        self.no_shipping = set_role(
            QLabel(self.tr("This store does not ship to the shopper's home (switched off at HQ).")),
            "hint",
        )
        self.no_shipping.setWordWrap(True)
        self.no_shipping.hide()
        box.addWidget(self.no_shipping)

        self.address = QWidget()
        fields = QGridLayout(self.address)
        fields.setContentsMargins(0, 0, 0, 0)
        fields.setHorizontalSpacing(16)
        fields.setVerticalSpacing(2)
        titles = {key: texts.address_field_name(key) for key in ADDRESS_FIELDS}
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
        self.pickup_store.currentIndexChanged.connect(self._pickup_changed)
        row.addWidget(QLabel(self.tr("Pick-up store")))
        row.addWidget(self.pickup_store)
        row.addStretch(1)
        self.pickup_row.hide()
        box.addWidget(self.pickup_row)

        # The screen's page puts 12 px between its parts; the two cards keep that.
        cards = QVBoxLayout(self)
        cards.setContentsMargins(0, 0, 0, 0)
        cards.setSpacing(12)
        cards.addWidget(what)
        cards.addWidget(where)

    def _combo(self, name: str) -> Combo:
        combo = Combo()  # its text elided to the room it has, never clipped
        combo.setAccessibleName(name)
        combo.setMinimumWidth(120)
        return combo

    # --- filling ----------------------------------------------------------------------------

    def reset(self) -> None:
        """A fresh order: one item, shipped, no stock shown until the item loads."""
        self._filling = True
        self.stock = None
        self._picked = None
        self.quantity.setCurrentIndex(0)
        (self.ship if self.shipping_allowed else self.pickup).setChecked(True)
        self._filling = False

    def allow_shipping(self, allowed: bool) -> None:
        """Whether this store ships to the shopper's home (HQ's fleet setting): when not,
        only pick-up is offered."""
        self.shipping_allowed = allowed
        self.ship.setVisible(allowed)
        self.no_shipping.setVisible(not allowed)
        if not allowed and not self.pickup.isChecked():
            self.pickup.setChecked(True)

    def fill_delivery(
        self, address: dict[str, Any], stores: list[tuple[str, str]], country_here: str
    ) -> None:
        """The shopper's address (else this store's country) and the pick-up stores."""
        for key, edit in self.fields.items():
            edit.setText(address.get(key) or "")
            self._field_edited(key)
        if not address.get("country"):
            self.fields["country"].setText(country_here)
        self._filling = True
        self.pickup_store.clear()
        for store_id, name in stores:
            self.pickup_store.addItem(name, store_id)
        shipping = self.shipping_allowed and (bool(address) or not self.pickup.isChecked())
        (self.ship if shipping else self.pickup).setChecked(True)
        self._filling = False
        self._how_changed()

    def show_stock(self, stock: ProductStock) -> None:
        """Fill colour, size and source store for the item in `stock`."""
        self.stock = stock
        grid, product = stock.grid, stock.stock.product
        self.product.setText(
            f"{grid.name}  ·  {formats.money(grid.price_minor, grid.currency)}  ·  "
            + self.tr("SKU {sku}").format(sku=product.sku)
        )
        self._filling = True
        self.colour.clear()
        for colour in grid.colours:
            self.colour.addItem(texts.colour_name(colour), colour)
        self.colour.setCurrentIndex(self.colour.findData(product.colour))
        self.size.clear()
        for size in grid.sizes:
            cell = grid.cell(product.colour, size)
            here = cell.available if cell else 0
            self.size.addItem(
                self.tr("{size} ({n} here)").format(size=size, n=here) if here else size, size
            )
        self.size.setCurrentIndex(self.size.findData(product.size))
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
        suggestion = self.suggest(wanted) if self.suggest else None
        if suggestion is None:
            best = view.nearest_with_stock(wanted)
        else:
            best = next((s for s in having if s.store_id == suggestion.store_id), None)
        self._filling = True
        self.source.clear()
        for line in having:
            store = line.store_name  # "(suggested)" beside the name: eliding keeps it in view
            if line is best:
                store += " " + self.tr("(suggested)")
            text = self.tr("{store} — {n} available").format(store=store, n=line.available)
            if line.distance_km is not None and line is not view.here:
                text += f" · {formats.distance(line.distance_km)}"
            self.source.addItem(text, line.store_id)
        self.source.addItem(self.tr("Any store (HQ picks the nearest with stock)"), None)
        keep = self._picked if any(s.store_id == self._picked for s in having) else None
        chosen = self.source.findData(keep or (best.store_id if best is not None else None))
        self.source.setCurrentIndex(max(chosen, 0))
        self._filling = False
        self._says_age = bool(having)
        if not having:
            self.source_hint.setText(
                self.tr(
                    "No store shows {n} available for this size and colour. HQ will answer "
                    "with what it can offer."
                ).format(n=wanted)
            )
        else:
            self.source_hint.setText(self.stock_freshness())

    def _say_age(self) -> None:
        if self._says_age and self.stock is not None:
            self.source_hint.setText(self.stock_freshness())

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.age_timer.start()

    def hideEvent(self, event) -> None:
        super().hideEvent(event)
        self.age_timer.stop()

    def stock_freshness(self, now: datetime | None = None) -> str:
        """How fresh the figures behind the choice of store are, by the stock screen's rule:
        "confirmed at HQ just now" only when HQ answered moments ago, never "live"."""
        if self.stock is None:
            return ""
        fresh = freshness_text(self.stock.freshness(now or datetime.now(UTC)))
        if self.stock.live:
            return self.tr("Stock figures {fresh}; HQ checks them again on the order.").format(
                fresh=fresh
            )
        return self.tr(
            "Stock figures {fresh}; HQ did not answer and checks them on the order."
        ).format(fresh=fresh)

    # --- the associate's choices --------------------------------------------------------------

    def cell(self) -> GridCell | None:
        """The chosen colour and size, when the item comes in them."""
        if self.stock is None:
            return None
        return self.stock.grid.cell(self.colour.currentData(), self.size.currentData())

    def _variant_changed(self) -> None:
        if self._filling or self.stock is None:
            return
        cell = self.cell()
        if cell is None:
            self._says_age = False
            self.source_hint.setText(self.tr("This colour does not come in this size."))
            self.variant_missing.emit()
            return
        self.variant_chosen.emit(cell.sku)

    def _quantity_changed(self) -> None:
        if not self._filling:
            self.edited.emit()
            self._fill_sources()

    def _how_changed(self, *_args: Any) -> None:
        shipping = self.ship.isChecked()
        self.address.setVisible(shipping)
        self.pickup_row.setVisible(not shipping)
        if not self._filling:
            self.edited.emit()
            self._fill_sources()

    def _source_changed(self) -> None:
        if not self._filling:
            self._picked = self.source.currentData()
            self.edited.emit()

    def _pickup_changed(self) -> None:
        if not self._filling and self.pickup.isChecked():
            self.edited.emit()
            self._fill_sources()

    # --- the address ---------------------------------------------------------------------------

    def address_fields(self) -> dict[str, str]:
        return {k: e.text() for k, e in self.fields.items()}

    def _field_edited(self, key: str) -> None:
        self.field_errors[key].hide()
        set_role(self.fields[key], "")
        self.edited.emit()

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
