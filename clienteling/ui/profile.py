"""The shopper's profile: header, CSAT, purchases, sizes, notes, wishlist, follow-ups, orders.

The edit pages are modules of their own, built on profile_edits.EditPage:
profile_preferences (sizes), profile_wishlist, profile_follow_ups and
profile_feedback (the CSAT bar).
"""

from __future__ import annotations

from PySide6.QtCore import QSortFilterProxyModel, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from clienteling.domain.engagement import Note
from clienteling.domain.enums import WriteState
from clienteling.domain.orders import DeliveryOrder
from clienteling.domain.purchases import Purchase
from clienteling.services.engagement import NOTE_REASONS, Engagement, NoteSaved
from clienteling.services.lookup import Lookup
from clienteling.services.products import Catalog
from clienteling.services.profiles import Profile, Profiles

from . import formats, texts
from .combo import Combo
from .error_words import reason_words
from .fit import FlowTabs, Panes, flow_row, wrapped
from .profile_feedback import FeedbackBar
from .profile_follow_ups import FollowUpsPage
from .profile_preferences import PreferencesPage
from .profile_wishlist import WishlistPage
from .tables import Column, RowsModel, table
from .tasks import TaskRunner
from .theme import set_role


class ProfileScreen(QWidget):
    back = Signal()
    loaded = Signal(str)  # shopper id, once the profile is on screen
    note_saved = Signal(object)  # NoteSaved
    edited = Signal(object)  # engagement.Saved: sizes, wishlist, follow-up or rating
    product_requested = Signal(str)  # sku: its stock, for this shopper
    stock_requested = Signal()
    orders_requested = Signal()

    def __init__(self, runner: TaskRunner, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("screen")
        self.runner = runner
        self.profiles: Profiles | None = None
        self.engagement: Engagement | None = None
        self.lookup: Lookup | None = None
        self.profile: Profile | None = None
        self.shopper_id: str | None = None

        back = QPushButton(self.tr("← Search"))
        back.setShortcut(Qt.Key.Key_Escape)
        back.clicked.connect(self.back)
        self.name = set_role(QLabel(), "title")
        self.tier = QLabel()
        set_role(self.tier, "tier", "badge")
        self.state = set_role(QLabel(), "hint")
        self.stock_button = QPushButton(self.tr("Stock and order"))
        self.stock_button.clicked.connect(self.stock_requested)
        self.orders_button = QPushButton(self.tr("Orders"))
        self.orders_button.clicked.connect(self.orders_requested)
        top = flow_row(
            back, self.name, self.tier, self.state, self.stock_button, self.orders_button
        )

        # Header card: facts and consent.
        card = QFrame()
        card.setObjectName("card")
        facts = QGridLayout(card)
        facts.setContentsMargins(20, 14, 20, 14)
        facts.setHorizontalSpacing(28)
        facts.setVerticalSpacing(6)
        self.fact: dict[str, QLabel] = {}
        labels = [
            ("ltv", self.tr("Lifetime value")),
            ("visit", self.tr("Last visit")),
            ("language", self.tr("Language")),
            ("home", self.tr("Home store")),
            ("segments", self.tr("Segments")),
            ("loyalty", self.tr("Loyalty number")),
        ]
        for i, (key, title) in enumerate(labels):
            facts.addWidget(wrapped(set_role(QLabel(title), "hint")), 0 if i < 3 else 2, i % 3)
            value = wrapped(QLabel())
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.fact[key] = value
            facts.addWidget(value, 1 if i < 3 else 3, i % 3)
        self.consent: dict[str, QLabel] = {}
        for key in ("email", "sms", "profiling"):
            badge = QLabel()
            set_role(badge, "no", "badge")
            self.consent[key] = badge
        facts.addWidget(flow_row(*self.consent.values(), spacing=10), 4, 0, 1, 3)

        # Tabs.
        self.tabs = FlowTabs()  # its tab buttons wrap onto a second line when narrow
        self.purchases = RowsModel(
            [
                Column(self.tr("Date"), lambda p: formats.date(p.purchased_at)),
                Column(self.tr("Channel"), lambda p: texts.channel_name(p.channel)),
                Column(self.tr("Total"), lambda p: formats.paid(p.total_minor, p.currency)),
                Column(
                    self.tr("Returns"),
                    lambda p: self.tr("Returned") if p.has_returns else "",
                    accent=lambda p: p.has_returns,
                ),
                Column(self.tr("Items"), self._items, tip=self._skus),
            ],
            self,
        )
        self.by_channel = QSortFilterProxyModel(self)
        self.by_channel.setSourceModel(self.purchases)
        self.by_channel.setFilterRole(Qt.ItemDataRole.DisplayRole)
        self.by_channel.setFilterKeyColumn(1)
        self.channel = Combo()
        self.channel.setAccessibleName(self.tr("Channel"))
        self.channel.setMinimumWidth(220)
        self.channel.currentIndexChanged.connect(self._filter_channel)
        purchases_page = QWidget()
        box = QVBoxLayout(purchases_page)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Channel")))
        row.addWidget(self.channel)
        row.addStretch(1)
        box.addLayout(row)
        self.purchases_view = table(
            self.by_channel,
            stretch=4,
            empty=self.tr(
                "No purchases yet. Purchases in our stores and online show here after a sync."
            ),
        )
        self.purchases_view.activated.connect(self._purchase_chosen)
        box.addWidget(self.purchases_view, 1)
        self.tabs.addTab(purchases_page, self.tr("Purchases"))

        self.sizes_page = PreferencesPage(runner)
        self.tabs.addTab(self.sizes_page, self.tr("Sizes and preferences"))

        self.notes = RowsModel(
            [
                Column(self.tr("When"), lambda n: formats.date_time(n.created_at)),
                Column(self.tr("By"), self._author),
                Column(self.tr("Reason"), lambda n: texts.reason_name(n.reason)),
                Column(
                    self.tr("State"),
                    lambda n: self._note_state(n),
                    accent=lambda n: n.state == WriteState.REFUSED,
                ),
                Column(self.tr("Note"), lambda n: n.text),
            ],
            self,
        )
        notes_page = QWidget()
        box = QVBoxLayout(notes_page)
        form = Panes(spacing=12)  # the reason beside the text, above it in portrait
        self.reason = Combo()
        self.reason.setAccessibleName(self.tr("Reason for the visit"))
        self.reason.setMinimumWidth(220)
        for reason in NOTE_REASONS:
            self.reason.addItem(texts.reason_name(reason), reason)
        self.note_text = QPlainTextEdit()
        self.note_text.setPlaceholderText(self.tr("What did the shopper ask for, like or need?"))
        self.note_text.setAccessibleName(self.tr("Note"))
        self.note_text.setFixedHeight(92)
        self.save_note = QPushButton(self.tr("Save note"))
        set_role(self.save_note, "primary")
        self.save_note.clicked.connect(self.add_note)
        left = QVBoxLayout()
        left.addWidget(QLabel(self.tr("Reason for the visit")))
        left.addWidget(self.reason)
        left.addStretch(1)
        form.add(left, 0)
        form.add(self.note_text, 1)
        form.add(self.save_note, 0)
        self.note_message = QLabel()
        self.note_message.setWordWrap(True)
        self.note_message.hide()
        box.addWidget(form)
        box.addWidget(self.note_message)
        self.notes_view = table(
            self.notes,
            stretch=4,
            empty=self.tr(
                "No notes yet. Write what the shopper asked for, liked or needs, then Save note."
            ),
        )
        box.addWidget(self.notes_view, 1)
        self.tabs.addTab(notes_page, self.tr("Notes"))

        self.wishlist_page = WishlistPage(runner)
        self.wishlist = self.wishlist_page.items
        self.wishlist_page.product_requested.connect(self.product_requested)
        self.tabs.addTab(self.wishlist_page, self.tr("Wishlist"))
        self.follow_ups = FollowUpsPage(runner)
        self.tabs.addTab(self.follow_ups, self.tr("Follow-ups"))
        self.rating = FeedbackBar(runner)
        self.edit_pages = (self.sizes_page, self.wishlist_page, self.follow_ups, self.rating)
        for edit_page in self.edit_pages:
            edit_page.changed.connect(self._edited)

        self.suggestions = RowsModel(
            [
                Column(
                    self.tr("Item"),
                    lambda r: formats.item_name(r.name, r.colour, r.size),
                    tip=lambda r: self.tr("SKU {sku}").format(sku=r.sku),
                ),
                Column(self.tr("Why"), self._why),
            ],
            self,
        )
        self.suggestions_page = table(
            self.suggestions,
            stretch=1,
            empty=self.tr(
                "No suggestions: no other colour or size of what the shopper bought is in "
                "stock here in their size."
            ),
        )
        self.orders = RowsModel(
            [
                Column(self.tr("Placed"), lambda o: formats.date(o.created_at)),
                Column(self.tr("Status"), lambda o: texts.order_status_name(o.status)),
                Column(
                    self.tr("How"),
                    lambda o: self.tr("Pick-up") if o.pickup else self.tr("Delivery"),
                ),
                Column(self.tr("Items"), self._items, tip=self._skus),
            ],
            self,
        )
        self.orders_page = table(
            self.orders,
            stretch=3,
            empty=self.tr(
                "No open orders. To order an item for delivery or pick-up, tap Stock and order."
            ),
        )
        self.tabs.addTab(self.orders_page, self.tr("Open orders"))

        page = QVBoxLayout(self)
        page.setContentsMargins(24, 16, 24, 16)
        page.setSpacing(12)
        # Said in place of the shopper's details once they leave this terminal.
        self.gone = wrapped(set_role(QLabel(), "info"))
        self.gone.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.gone.hide()
        page.addWidget(top)
        page.addWidget(self.gone, 1)  # the space the details leave
        page.addWidget(card)
        page.addWidget(self.rating)
        page.addWidget(self.tabs.buttons_row)
        page.addWidget(self.tabs, 1)
        # What shows of the shopper: hidden, and emptied, when they leave this terminal.
        self.details = (
            card, self.rating, self.tabs.buttons_row, self.tabs,
            self.stock_button, self.orders_button,
        )  # fmt: skip

    def set_services(
        self, profiles: Profiles, engagement: Engagement, catalog: Catalog, lookup: Lookup
    ) -> None:
        self.profiles, self.engagement, self.lookup = profiles, engagement, lookup
        for edit_page in self.edit_pages:
            edit_page.set_services(engagement, catalog)

    @property
    def who(self) -> tuple[str, str] | None:
        """(shopper id, name) of the profile on screen."""
        if self.shopper_id is None or self.profile is None:
            return None
        return self.shopper_id, self.name.text()

    def _purchase_chosen(self, index) -> None:
        if not index.isValid():
            return
        purchase = self.purchases.item(self.by_channel.mapToSource(index).row())
        sku = next(iter(purchase.bought_skus), None)
        if sku:
            self.product_requested.emit(sku)

    # --- loading --------------------------------------------------------------------------------

    def fleet_changed(self) -> None:
        """The store's fleet settings changed at HQ (or the profile opens): the rating bar
        shows whether this store records feedback."""
        if self.engagement is not None:
            self.rating.allow(self.engagement.takes_feedback())

    def open(self, shopper_id: str) -> None:
        self.shopper_id = shopper_id
        self.fleet_changed()
        self.note_message.hide()
        for edit_page in self.edit_pages:
            edit_page.open(shopper_id)
        self.state.setText(self.tr("Loading…"))
        self.reload()

    def reload(self) -> None:
        if self.profiles is None or self.shopper_id is None:
            return
        profiles, lookup = self.profiles, self.lookup
        shopper_id = self.shopper_id
        self.runner.run(
            lambda: (profiles.profile(shopper_id), lookup.store_names()),
            key="profile",
            done=self._show_view,
            failed=lambda m: self.state.setText(m),
        )

    def refresh_view(self) -> None:
        """Read the shown profile again (HQ pushed a change), leaving the edit pages as they
        are: what the associate is typing there is theirs until they save it."""
        if self.profiles is None or self.shopper_id is None:
            return
        profiles, lookup = self.profiles, self.lookup
        shopper_id = self.shopper_id
        self.runner.run(
            lambda: (profiles.profile(shopper_id), lookup.store_names()),
            key="profile-pushed",  # never in place of a full reload under way
            done=lambda answer: self.show_profile(*answer),
        )

    def _items(self, row: Purchase | DeliveryOrder) -> str:
        """A purchase's or an order's lines by name ('1 × Trail Runner 2 — Grey, 42')."""
        return formats.lines_text(row.lines, self.profile.products if self.profile else {})

    def _skus(self, row: Purchase | DeliveryOrder) -> str:
        return formats.lines_skus(row.lines, self.profile.products if self.profile else {})

    def _why(self, r) -> str:
        """A suggestion's reason in the associate's language."""
        why = self.tr("bought {item}").format(item=r.bought_name)
        if r.size_in_stock:
            why = self.tr("{why}; size {size} in stock here").format(why=why, size=r.size_in_stock)
        return why

    def _edited(self, saved) -> None:
        self.edited.emit(saved)
        self.reload()

    def _show_view(self, answer: tuple[Profile | None, dict[str, str]]) -> None:
        """The profile with this terminal's unsent edits already applied."""
        profile, names = answer
        self.show_profile(profile, names)
        if profile is not None:
            for edit_page in self.edit_pages:
                edit_page.show_view(profile)

    def show_profile(self, profile: Profile | None, names: dict[str, str]) -> None:
        if profile is None:
            self._gone()
            return
        self.gone.hide()
        for widget in self.details:
            widget.show()
        self.profile = profile
        s = profile.shopper
        self.state.clear()
        self.name.setText(s.full_name)
        self.tier.setText(texts.tier_name(s.tier))
        ltv = "  ".join(formats.money(v, c) for c, v in sorted(profile.lifetime_value.items()))
        self.fact["ltv"].setText(ltv or "—")
        self.fact["visit"].setText(formats.date(profile.last_visit))
        self.fact["language"].setText(texts.language_name(s.language))
        self.fact["home"].setText(names.get(s.home_store, s.home_store))
        self.fact["segments"].setText(", ".join(texts.segment_name(x) for x in s.segments) or "—")
        self.fact["loyalty"].setText(s.loyalty_id or "—")
        consent = {
            "email": (self.tr("E-mail"), s.consent_email),
            "sms": (self.tr("SMS"), s.consent_sms),
            "profiling": (self.tr("Profiling"), s.consent_profiling),
        }
        for key, (title, given) in consent.items():
            badge = self.consent[key]
            badge.setText(("✓ " if given else "✗ ") + title)
            badge.setToolTip(self.tr("Consent given") if given else self.tr("No consent"))
            set_role(badge, "yes" if given else "no", "badge")

        self.purchases.set_rows(profile.purchases)
        current = self.channel.currentData()
        self.channel.blockSignals(True)
        self.channel.clear()
        self.channel.addItem(self.tr("All channels"), None)
        for channel in sorted(profile.channels):
            self.channel.addItem(texts.channel_name(channel), channel)
        found = self.channel.findData(current)
        self.channel.setCurrentIndex(max(found, 0))
        self.channel.blockSignals(False)
        self._filter_channel()

        self.notes.set_rows(profile.notes)
        self.orders.set_rows(profile.open_orders)
        self.suggestions.set_rows(profile.recommendations)
        at = self.tabs.indexOf(self.suggestions_page)
        if s.consent_profiling and at < 0:
            after = self.tabs.indexOf(self.follow_ups) + 1
            self.tabs.insertTab(after, self.suggestions_page, self.tr("Suggestions"))
        elif not s.consent_profiling and at >= 0:
            self.tabs.removeTab(at)
        self.loaded.emit(s.shopper_id)

    def _gone(self) -> None:
        """The shopper left this terminal (erased at HQ, or out of this store's list): none
        of their details stay on screen, only what happened and the way back."""
        self.profile = None
        self.state.clear()
        self.gone.setText(
            self.tr(
                "This shopper is no longer on this terminal (erased, or moved out of this "
                "store's list at HQ). Go back to search to serve another shopper."
            )
        )
        for label in (self.name, self.tier, *self.fact.values(), *self.consent.values()):
            label.clear()
        for rows in (self.purchases, self.notes, self.orders, self.suggestions):
            rows.set_rows([])
        for widget in self.details:
            widget.hide()
        self.gone.show()

    def _filter_channel(self) -> None:
        channel = self.channel.currentData()
        self.by_channel.setFilterFixedString(texts.channel_name(channel) if channel else "")

    def _author(self, note: Note) -> str:
        """Who wrote the note, by name (their id when this terminal does not know them)."""
        people = self.profile.people if self.profile else {}
        return people.get(note.associate_id or "", note.associate_id or "")

    def _note_state(self, note: Note) -> str:
        if note.state == WriteState.REFUSED:
            return self.tr("Refused by HQ: {why}").format(why=reason_words(note.refused))
        if note.state == WriteState.WAITING:
            return self.tr("Waiting to send")
        return self.tr("Saved")

    # --- adding a note --------------------------------------------------------------------------

    def add_note(self) -> None:
        if self.engagement is None or self.shopper_id is None:
            return
        text = self.note_text.toPlainText().strip()
        if not text:
            self._note_message(self.tr("Write the note first."), error=True)
            self.note_text.setFocus()
            return
        self.save_note.setEnabled(False)
        self.runner.run(
            self.engagement.add_note,
            self.shopper_id,
            self.reason.currentData(),
            text,
            key="note",
            done=self._note_done,
            failed=self._note_failed,
        )

    def _note_done(self, saved: NoteSaved) -> None:
        self.save_note.setEnabled(True)
        self.note_text.clear()
        if saved.state == WriteState.REFUSED:  # one outcome, as the notes list shows it
            self._note_message(
                self.tr("HQ refused the note: {why}").format(why=reason_words(saved.reason)),
                error=True,
            )
        elif saved.sent:
            self._note_message(self.tr("Note saved."))
        else:
            self._note_message(
                self.tr(
                    "Note saved on this terminal; it is sent to HQ when the connection is back."
                )
            )
        self.note_saved.emit(saved)
        self.reload()

    def _note_failed(self, message: str) -> None:
        self.save_note.setEnabled(True)  # the typed text stays in the box
        self._note_message(self.tr("The note was not saved: {why}").format(why=message), error=True)

    def _note_message(self, text: str, error: bool = False) -> None:
        self.note_message.setText(text)
        set_role(self.note_message, "error" if error else "info")
        self.note_message.show()
