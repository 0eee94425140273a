"""Order for delivery or pick-up: variant and quantity, source store, how it reaches the
shopper, then a review (items and prices, total, source and why, estimate) to confirm.

Online, HQ's answer shows here: confirmed, or out of stock with the
alternatives to pick from (picking one places the order again). Offline,
the order is saved and queued; the window tells this screen when the
outbox delivered it. Nothing typed is cleared by an error.

The screen loads the shopper and the item, places the order and says what
HQ answered; the form (order_form) holds what the associate chose, the
alternatives and the slip's buttons live in order_answer.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from clienteling.domain.enums import Fulfilment, OrderState
from clienteling.scan.qr import RECEIPT_80, PrintMedium
from clienteling.scan.slip import OrderSlip, SlipLabels, SlipLine
from clienteling.services.lookup import Lookup
from clienteling.services.order_review import OrderReview, OrderReviews, Suggestion
from clienteling.services.orders import (
    OrderDraft,
    OrderResult,
    Orders,
    address_problems,
    clean_address,
)
from clienteling.services.products import Catalog, ProductStock, StyleGrid
from clienteling.services.profiles import Profile, Profiles

from . import formats
from .error_words import reason_words
from .fit import Reason, flow_row
from .order_answer import AlternativesPanel, SlipActions
from .order_form import OrderForm
from .order_review import ReviewCard
from .tasks import TaskRunner
from .theme import set_role


class OrderScreen(QWidget):
    """Emits `placed(OrderResult)` after each answer (queued, confirmed or rejected)."""

    back = Signal()
    loaded = Signal(str)  # sku, once the form shows the item
    placed = Signal(object)
    reviewed = Signal(object)  # the OrderReview now on screen

    def __init__(self, runner: TaskRunner, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("screen")
        self.runner = runner
        self.training = False  # a training terminal's: its slips say TRAINING
        self.orders: Orders | None = None
        self.profiles: Profiles | None = None
        self.catalog: Catalog | None = None
        self.lookup: Lookup | None = None
        self.store_id = ""
        self.shopper_id: str | None = None
        self.profile: Profile | None = None
        self.sku: str | None = None
        self.result: OrderResult | None = None
        self.names: dict[str, str] = {}  # store id -> name
        self.reviews: OrderReviews | None = None
        self.home_store = ""  # the shopper's home store (where a delivery is measured from)

        back = QPushButton(self.tr("← Back"))
        back.setShortcut(Qt.Key.Key_Escape)
        back.clicked.connect(self.back)
        self.title = set_role(QLabel(self.tr("Order for delivery")), "title")
        self.for_whom = set_role(QLabel(), "subtitle")
        top = flow_row(back, self.title, self.for_whom, spacing=16)

        self.form = OrderForm()
        self.form.edited.connect(self._changed)
        self.form.suggest = self._suggest
        self.form.variant_chosen.connect(self._variant_chosen)
        self.form.variant_missing.connect(
            lambda: self.place_reason.set_reason(self.tr("This colour does not come in this size."))
        )
        # The form's controls, where the UI tests reach them: on the screen.
        form = self.form
        self.colour, self.size, self.quantity = form.colour, form.size, form.quantity
        self.source, self.ship, self.pickup = form.source, form.ship, form.pickup
        self.pickup_store, self.address = form.pickup_store, form.address
        self.fields, self.field_errors = form.fields, form.field_errors

        # The review of the order in place of the form, then confirm, and HQ's answer.
        self.review = ReviewCard()
        self.review.hide()
        self.review_button = QPushButton(self.tr("Review order"))
        set_role(self.review_button, "primary")
        self.review_button.clicked.connect(self.review_order)
        self.edit_button = QPushButton(self.tr("Change order"))
        self.edit_button.clicked.connect(self.edit_order)
        self.place = QPushButton(self.tr("Place order"))
        set_role(self.place, "primary")
        self.place.clicked.connect(self.place_order)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.hide()
        self.answer = AlternativesPanel(lambda s: self.names.get(s, s))
        self.answer.take_requested.connect(self.take_alternative)
        self.alternatives, self.alternatives_view = self.answer.alternatives, self.answer.view
        self.take = self.answer.take

        # The shopper's slip with the order's tracking QR, once the order has an id.
        self.slips = SlipActions(runner, self.slip, self, medium=self._receipt)
        self.slips.said.connect(self._say)
        self.save_slip, self.print_slip = self.slips.buttons

        # HQ's answer on a line of its own, the buttons under it (they wrap when narrow).
        self.place_reason = Reason(self.place)  # why Place order is disabled, in words
        confirm = flow_row(
            self.review_button,
            self.edit_button,
            self.place,
            self.place_reason,
            self.save_slip,
            self.print_slip,
        )

        page = QVBoxLayout(self)
        page.setContentsMargins(24, 16, 24, 16)
        page.setSpacing(12)
        page.addWidget(top)
        page.addWidget(self.form)
        page.addWidget(self.review)
        page.addWidget(self.message)
        page.addWidget(confirm)
        page.addWidget(self.answer, 1)
        page.addStretch(0)

    def set_services(
        self, orders: Orders, profiles: Profiles, catalog: Catalog, lookup: Lookup, store_id: str
    ) -> None:
        self.orders, self.profiles, self.catalog, self.lookup = orders, profiles, catalog, lookup
        self.store_id = store_id
        self.reviews = OrderReviews(orders.cache, store_id)

    def fleet_changed(self) -> None:
        """The store's fleet settings changed at HQ: the form offers only what the store
        allows now (a review of a ship order goes back to the form); the next slip has
        the new receipt width."""
        if self.orders is not None:
            self.form.allow_shipping(self.orders.ships_to_home())

    def _receipt(self) -> PrintMedium:
        return self.orders.receipt() if self.orders is not None else RECEIPT_80

    @property
    def stock(self) -> ProductStock | None:
        """The item's stock on the form (None while it loads)."""
        return self.form.stock

    # --- loading --------------------------------------------------------------------------------

    def open(self, shopper_id: str, sku: str) -> None:
        """A fresh order of `sku` for the shopper: the address comes from their profile."""
        if self.orders is None:
            return
        self.shopper_id, self.sku, self.result = shopper_id, sku, None
        self.form.allow_shipping(self.orders.ships_to_home())  # the store's, from HQ
        self.form.reset()  # a fresh order: nothing of the previous one shows
        self.slips.show_for("")
        self._step(reviewing=False)
        self.answer.clear()
        self._say(self.tr("Loading…"))
        self.review_button.setEnabled(False)
        profiles, catalog, lookup, reviews = self.profiles, self.catalog, self.lookup, self.reviews

        def load() -> tuple:
            if reviews is not None:
                reviews.stores()  # read once here, not on the UI thread
            return profiles.profile(shopper_id), catalog.product_stock(sku), lookup.pickup_stores()

        self.runner.run(
            load,
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
        self.home_store = s.home_store
        self.for_whom.setText(self.tr("For {name}").format(name=s.full_name))
        address = s.address.as_dict() if s.address else {}
        self.form.fill_delivery(address, stores, self._country_here(stores))
        self._show_stock(stock)
        self.message.hide()
        self.place_reason.set_reason("")
        self.loaded.emit(self.sku)

    def recheck_shopper(self) -> None:
        """HQ pushed shopper changes: when the shopper this order is for has left this
        terminal (erased, or no longer in the store's list), say so and place nothing."""
        if self.profiles is None or self.shopper_id is None:
            return
        profiles, shopper_id = self.profiles, self.shopper_id
        self.runner.run(
            profiles.on_terminal,
            shopper_id,
            key="order-shopper",
            done=lambda here: here or self._shopper_gone(shopper_id),
        )

    def _shopper_gone(self, shopper_id: str) -> None:
        if shopper_id != self.shopper_id:
            return  # another order was opened meanwhile
        self.review_button.setEnabled(False)
        self.place.setEnabled(False)
        self._say(
            self.tr(
                "This shopper is no longer on this terminal (erased, or moved out of this "
                "store's list at HQ): no order can be placed for them. Go back and find the "
                "shopper again."
            ),
            "error",
        )

    def _country_here(self, stores: list[tuple[str, str]]) -> str:
        here = self.store_id
        return here[:2] if len(here) >= 2 and here[:2].isalpha() else ""

    def _show_stock(self, stock: ProductStock) -> None:
        self.sku = stock.stock.product.sku
        self.form.show_stock(stock)

    def _variant_chosen(self, sku: str) -> None:
        """Another colour or size: its stock here and elsewhere fills the form again."""
        if self.catalog is None:
            return
        self.place_reason.set_reason("")
        self._changed()
        self.runner.run(
            self.catalog.product_stock,
            sku,
            key="order-stock",
            done=lambda found: found is not None and self._show_stock(found),
            failed=lambda m: self._say(m, "error"),
        )

    def _changed(self) -> None:
        """The associate changed the form after an answer: that is a new order to place."""
        pickup = self.pickup.isChecked()
        title = self.tr("Order for pick-up") if pickup else self.tr("Order for delivery")
        self.title.setText(title)
        if self.review.isVisible():
            self._step(reviewing=False)  # the review no longer says what would be placed
        if self.result is not None and self.stock is not None:
            self.place_reason.set_reason("")

    def _suggest(self, quantity: int) -> Suggestion | None:
        """The source to suggest for the form's item: nearest with stock in the shopper's
        country and money first."""
        if self.reviews is None or self.stock is None:
            return None
        pickup = self.pickup.isChecked()
        return self.reviews.suggest(
            self.stock.stock,
            quantity,
            Fulfilment.PICK_UP if pickup else Fulfilment.SHIP_TO_ADDRESS,
            self.fields["country"].text(),
            self.pickup_store.currentData() if pickup else None,
            self.home_store,
        )

    # --- the review ---------------------------------------------------------------------------

    def _step(self, reviewing: bool) -> None:
        """The form with "Review order", or the review with "Change order" and "Place order"."""
        self.place_reason.button = self.place if reviewing else self.review_button
        self.form.setVisible(not reviewing)
        self.review.setVisible(reviewing)
        self.review_button.setVisible(not reviewing)
        self.edit_button.setVisible(reviewing)
        self.place.setVisible(reviewing)
        if not reviewing:
            self.place_reason.hide()

    def review_order(self) -> None:
        """Check the form, then show what will be placed: items, total, source, estimate."""
        draft = self.draft()
        if draft is None or self.reviews is None or self.stock is None:
            return
        reviews, view = self.reviews, self.stock.stock
        country = (draft.address or {}).get("country", "")

        def build() -> OrderReview:
            return reviews.review(
                view, draft.lines, draft.fulfilment, country, draft.pickup_store, draft.shopper_id
            )

        self.runner.run(
            build, key="order-review", done=self._reviewed, failed=lambda m: self._say(m, "error")
        )

    def _reviewed(self, review: OrderReview) -> None:
        fields = self.form.address_fields()
        address = ", ".join(
            x for x in (fields["line1"], fields["city"], fields["postcode"], fields["country"]) if x
        )
        self.review.show_review(review, lambda s: self.names.get(s, s), address)
        self.message.hide()
        self.answer.clear()
        self.slips.show_for("")
        self.result = None
        self._step(reviewing=True)
        self.place_reason.set_reason("")
        self.place.setFocus()
        self.reviewed.emit(review)

    def edit_order(self) -> None:
        """Back to the form, as it was, to change the order."""
        self._step(reviewing=False)
        self.message.hide()

    # --- placing --------------------------------------------------------------------------------

    def draft(self) -> OrderDraft | None:
        """The order as the form says, or None after showing what to fix."""
        if self.shopper_id is None or self.stock is None:
            return None
        cell = self.form.cell()
        if cell is None:
            self._say(self.tr("Choose a colour and size that exist."), "error")
            return None
        line = (cell.sku, int(self.quantity.currentData() or 1), self.source.currentData())
        if self.ship.isChecked():
            problems = address_problems(self.form.address_fields())
            self.form.show_address_problems(problems)
            if problems:
                self._say(self.tr("Check the delivery address: the fields marked in red."), "error")
                return None
            return OrderDraft(
                self.shopper_id,
                [line],
                Fulfilment.SHIP_TO_ADDRESS,
                address=clean_address(self.form.address_fields()),
            )
        return OrderDraft(
            self.shopper_id,
            [line],
            Fulfilment.PICK_UP,
            pickup_store=self.pickup_store.currentData(),
        )

    def place_order(self) -> None:
        draft = self.draft()
        if draft is None or self.orders is None:
            return
        self.place.setEnabled(False)
        self.place_reason.hide()
        self.answer.clear()
        self._say(self.tr("Placing the order…"))
        self.runner.run(
            self.orders.place, draft, key="order", done=self._answered, failed=self._failed
        )

    def _answered(self, result: OrderResult) -> None:
        self.result = result
        self.show_result(result)
        self.placed.emit(result)

    def _failed(self, message: str) -> None:
        self.place_reason.set_reason("")  # the form is as it was: fix and try again
        self._say(self.tr("The order was not placed: {why}").format(why=message), "error")

    def settled(self, result: OrderResult) -> None:
        """The window's word that a queued order was answered by HQ."""
        if self.result is not None and result.order_id == self.result.order_id:
            self.result = result
            self.show_result(result)

    def show_result(self, result: OrderResult) -> None:
        short = result.order_id[:8]
        self.slips.show_for(result.state)
        if result.state == OrderState.CONFIRMED:
            self.answer.clear()
            lines = result.order.lines if result.order else ()
            sources = sorted({line.source_store for line in lines if line.source_store})
            names = self.names
            self._say(
                self.tr("Confirmed by HQ: order {order}, reserved in {stores}.").format(
                    order=short, stores=", ".join(names.get(s, s) for s in sources) or "—"
                ),
                "info",
            )
            self.place_reason.set_reason(
                self.tr("Placed. Change the item or the delivery to place another order.")
            )
        elif result.state == OrderState.QUEUED:
            self.answer.clear()
            self._say(
                self.tr(
                    "Queued — will be sent when HQ is back. Order {order} is saved on this "
                    "terminal; the status bar tells you when HQ confirms it."
                ).format(order=short),
                "queued",
            )
            self.place_reason.set_reason(
                self.tr("Saved on this terminal. Change the order to place another one.")
            )
        else:
            if self.answer.offer(result.alternatives):
                self._say(
                    self.tr("HQ refused the order: {why}. Pick one of these instead:").format(
                        why=reason_words(result.reason)
                    ),
                    "error",
                )
            elif not result.out_of_stock:  # refused for another reason: stock says nothing
                self._say(
                    self.tr("HQ refused the order: {why}.").format(why=reason_words(result.reason)),
                    "error",
                )
            else:
                self._say(
                    self.tr(
                        "HQ refused the order: {why}. No other store or size has it; "
                        "change the order or add the item to the wishlist."
                    ).format(why=reason_words(result.reason)),
                    "error",
                )
            self.place_reason.set_reason("")

    def take_alternative(self) -> None:
        """Place the refused order again with the chosen alternative."""
        choice = self.answer.choice()
        if self.result is None or self.orders is None or choice is None:
            return
        self.take.setEnabled(False)
        self._say(self.tr("Placing the order…"))
        old = self.result.order_id

        def done(result: OrderResult) -> None:
            self.take.setEnabled(True)
            self._answered(result)

        def failed(message: str) -> None:
            self.take.setEnabled(True)
            self._failed(message)

        self.runner.run(self.orders.reorder, old, choice, key="order", done=done, failed=failed)

    # --- the shopper's slip -------------------------------------------------------------

    def slip(self) -> OrderSlip | None:
        """The slip of the order on screen: its items, how it reaches the shopper, its QR."""
        if self.result is None or self.stock is None:
            return None
        order = self.result.order
        if order is not None:
            lines = [(line.sku, line.quantity) for line in order.lines]
        else:
            lines = [(self.sku, int(self.quantity.currentData() or 1))]
        grid = self.stock.grid
        pickup = order.pickup if order is not None else self.pickup.isChecked()
        if pickup:
            store = (order.pickup_store if order else None) or self.pickup_store.currentData()
            how = self.tr("Pick up at {store}").format(store=self.names.get(store, store))
        else:
            how = self.tr("Delivered to the shopper's address")
        return OrderSlip(
            order_id=self.result.order_id,
            lines=tuple(self._slip_line(grid, sku, int(n)) for sku, n in lines),
            fulfilment=how,
            store_name=self.names.get(self.store_id, ""),
            labels=SlipLabels(
                heading=self.tr("Order"),
                items=self.tr("Items"),
                scan_hint=self.tr("Scan to follow your order"),
                training=self.tr("TRAINING · not a real order") if self.training else "",
            ),
        )

    def _slip_line(self, grid: StyleGrid, sku: str, quantity: int) -> SlipLine:
        """'Trail Runner 2 — Grey, 42', with 'SKU …' for the small print."""
        cell = grid.find(sku)
        item = formats.item_name(grid.name, cell.colour, cell.size) if cell else grid.name
        return SlipLine(sku, item, quantity, self.tr("SKU {sku}").format(sku=sku))

    def save_slip_pdf(self, slip: OrderSlip, path: str) -> None:
        """Write the slip as PDF in a worker; the answer shows in the message line."""
        self.slips.save_slip_pdf(slip, path)

    def print_on(self, printer: QPrinter, slip: OrderSlip) -> None:
        """Paint the slip on the printer's page."""
        self.slips.print_on(printer, slip)

    # --- words ----------------------------------------------------------------------------------

    def _say(self, text: str, kind: str = "hint") -> None:
        self.message.setText(text)
        set_role(self.message, kind)
        self.message.show()
