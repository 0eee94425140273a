"""The order's review card: what the associate confirms before placing it.

Each item by name with its price in this store's money, the total, the store it
comes from and why that one, how it reaches the shopper, and how many days it
may take (said to be an estimate). The screen builds the review
(services.order_review) and shows it here in place of the form.
"""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QVBoxLayout

from clienteling.domain.enums import Fulfilment
from clienteling.services import order_review as rv
from clienteling.services.order_review import OrderReview

from . import formats
from .theme import set_role


class ReviewCard(QFrame):
    """The review of one order; `texts()` gives what it shows (tests, screenshots)."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        self.heading = set_role(QLabel(self.tr("Review the order")), "subtitle")
        self.items = QGridLayout()
        self.items.setHorizontalSpacing(16)
        self.items.setVerticalSpacing(4)
        self.items.setColumnStretch(0, 1)
        self.total = set_role(QLabel(), "subtitle")
        self.source = QLabel()
        self.how = QLabel()
        self.estimate = QLabel()
        self.note = set_role(QLabel(), "hint")
        for label in (self.source, self.how, self.estimate, self.note):
            label.setWordWrap(True)
        box = QVBoxLayout(self)
        box.setContentsMargins(20, 14, 20, 14)
        box.setSpacing(8)
        box.addWidget(self.heading)
        box.addLayout(self.items)
        box.addWidget(self.total)
        box.addWidget(self.source)
        box.addWidget(self.how)
        box.addWidget(self.estimate)
        box.addWidget(self.note)
        self.review: OrderReview | None = None
        self._line_labels: list[QLabel] = []

    def show_review(self, review: OrderReview, store_name, address: str = "") -> None:
        """Fill the card; `store_name(id)` names a store, `address` is where it is delivered."""
        self.review = review
        for label in self._line_labels:
            self.items.removeWidget(label)
            label.deleteLater()
        self._line_labels = []
        for row, line in enumerate(review.lines):
            item = QLabel(
                f"{formats.number(line.quantity)} × "
                + formats.item_name(line.name, line.colour, line.size)
            )
            item.setWordWrap(True)
            item.setToolTip(self.tr("SKU {sku}").format(sku=line.sku))
            price = QLabel(formats.money(line.total_minor, line.currency))
            self.items.addWidget(item, row, 0)
            self.items.addWidget(price, row, 1)
            self._line_labels += [item, price]
        self.total.setText(
            self.tr("Total: {amount}").format(
                amount=formats.money(review.total_minor, review.currency)
            )
        )
        self.source.setText(self._source_text(review, store_name))
        if review.fulfilment == Fulfilment.PICK_UP:
            self.how.setText(
                self.tr("Pick up at {store}").format(store=store_name(review.pickup_store or ""))
            )
        else:
            self.how.setText(
                self.tr("Delivered to {address}").format(address=address)
                if address
                else self.tr("Delivered to the shopper's address")
            )
        self.estimate.setText(self._estimate_text(review))
        self.note.setText(
            self.tr("Delivery estimates go by distance; HQ confirms the stock when it is placed.")
        )

    def _source_text(self, review: OrderReview, store_name) -> str:
        where = store_name(review.source_store or "")
        km = (
            f" · {formats.distance(review.distance_km)}"
            if review.distance_km is not None and review.distance_km > 0
            else ""
        )
        why = {
            rv.HERE: self.tr("in stock in this store"),
            rv.COUNTRY: self.tr(
                "nearest store with stock in the shopper's country, priced in {currency}"
            ).format(currency=review.currency),
            rv.CURRENCY: self.tr(
                "no store in the shopper's country has it; nearest with stock priced in {currency}"
            ).format(currency=review.currency),
            rv.ELSEWHERE: self.tr(
                "no store in the shopper's country or money has it; nearest with stock"
            ),
            rv.NONE: self.tr("no store shows enough stock; HQ will say what it can offer"),
        }
        if review.reason == rv.HQ_PICKS:
            suggested = store_name(review.suggested_store) if review.suggested_store else ""
            text = self.tr("From: any store (HQ picks the nearest with stock)")
            if suggested:
                text += " · " + self.tr("likely {store}").format(store=suggested)
            return text
        if review.reason == rv.CHOSEN:
            because = self.tr("chosen by you")
            if review.suggested_store:
                because += "; " + self.tr("suggested: {store}").format(
                    store=store_name(review.suggested_store)
                )
        else:
            because = why.get(review.reason, review.reason)
        return self.tr("From: {store} — {why}").format(store=where, why=because) + km

    def _estimate_text(self, review: OrderReview) -> str:
        days = review.days
        pickup = review.fulfilment == Fulfilment.PICK_UP
        if days is None:
            return self.tr("Estimate: HQ tells the days once it is placed.")
        low, high = days
        if high == 0:
            return (
                self.tr("Estimate: ready for pick-up today")
                if pickup
                else self.tr("Estimate: ships today")
            )
        span = f"{formats.number(low)}–{formats.number(high)}"
        if pickup:
            return self.tr("Estimate: ready for pick-up in {days} days").format(days=span)
        return self.tr("Estimate: delivered in {days} days").format(days=span)

    def texts(self) -> list[str]:
        """What the card says, top to bottom."""
        lines = [label.text() for label in self._line_labels]
        return [
            self.heading.text(),
            *lines,
            self.total.text(),
            self.source.text(),
            self.how.text(),
            self.estimate.text(),
        ]
