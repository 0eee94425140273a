"""The profile's wishlist page: the shopper's wishlist, a product picker to add to it, removal."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QPushButton, QVBoxLayout

from clienteling.services.products import ItemChoice
from clienteling.services.profiles import Profile

from . import formats, texts
from .profile_edits import EditPage, state_column
from .tables import ROW_HEIGHT, Column, RowsModel, table
from .tasks import TaskRunner
from .theme import set_role

SEARCH_DELAY_MS = 200


class WishlistPage(EditPage):
    """The wishlist, a product picker to add to it, and removal."""

    product_requested = Signal(str)  # sku

    def __init__(self, runner: TaskRunner, parent=None) -> None:
        super().__init__(runner, parent)
        self.items = RowsModel(
            [
                Column(
                    QCoreApplication.translate("ProfileEdits", "Item"),
                    lambda w: w.name or formats.product_name(w.sku, {}),
                    tip=lambda w: QCoreApplication.translate("ProfileEdits", "SKU {sku}").format(
                        sku=w.sku
                    ),
                ),
                Column(
                    QCoreApplication.translate("ProfileEdits", "Size"),
                    lambda w: w.size or "",
                ),
                Column(
                    QCoreApplication.translate("ProfileEdits", "Colour"),
                    lambda w: texts.colour_name(w.colour or ""),
                ),
                Column(
                    QCoreApplication.translate("ProfileEdits", "Here"),
                    lambda w: (
                        QCoreApplication.translate("ProfileEdits", "In stock here")
                        if w.in_stock_here
                        else QCoreApplication.translate("ProfileEdits", "Not here")
                    ),
                ),
                Column(
                    QCoreApplication.translate("ProfileEdits", "Added"),
                    lambda w: formats.date(w.added_at),
                ),
                state_column(),
            ],
            self,
        )
        self.view = table(
            self.items,
            0,
            one_row=True,
            wrap=True,
            empty=QCoreApplication.translate(
                "ProfileEdits",
                "The wishlist is empty. Find an item below by name, SKU or barcode, "
                "then Add to wishlist.",
            ),
        )
        self.view.activated.connect(self._open_item)
        self.remove = QPushButton(
            QCoreApplication.translate("ProfileEdits", "Remove from wishlist")
        )
        self.remove.clicked.connect(self.remove_selected)

        self.search = QLineEdit()
        self.search.setPlaceholderText(
            QCoreApplication.translate("ProfileEdits", "Add an item: name, SKU or barcode")
        )
        self.search.setAccessibleName(
            QCoreApplication.translate("ProfileEdits", "Find an item to add")
        )
        self.search.setClearButtonEnabled(True)
        self.choices = RowsModel(
            [
                Column(QCoreApplication.translate("ProfileEdits", "Item"), lambda c: c.name),
                Column(
                    QCoreApplication.translate("ProfileEdits", "Colour"),
                    lambda c: texts.colour_name(c.colour),
                ),
                Column(QCoreApplication.translate("ProfileEdits", "Size"), lambda c: c.size),
                Column(
                    QCoreApplication.translate("ProfileEdits", "SKU"), lambda c: c.sku, muted=True
                ),
                Column(
                    QCoreApplication.translate("ProfileEdits", "Here"),
                    lambda c: (
                        QCoreApplication.translate("ProfileEdits", "{n} here").format(
                            n=formats.number(c.available_here)
                        )
                        if c.available_here
                        else QCoreApplication.translate("ProfileEdits", "Not here")
                    ),
                ),
            ],
            self,
        )
        self.picker = table(
            self.choices,
            0,
            one_row=True,
            wrap=True,
            empty=QCoreApplication.translate(
                "ProfileEdits", "Items matching what you type show here."
            ),
        )
        self.picker.setMaximumHeight(ROW_HEIGHT * 5)
        self.picker.hide()
        self.picker.activated.connect(lambda _i: self.add_chosen())
        self.add = set_role(
            QPushButton(QCoreApplication.translate("ProfileEdits", "Add to wishlist")), "primary"
        )
        self.add.clicked.connect(self.add_chosen)
        self.add.setEnabled(False)
        self.picker.selectionModel().selectionChanged.connect(
            lambda *_: self.add.setEnabled(bool(self.picker.selectionModel().selectedRows()))
        )
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self._find)
        self.search.textChanged.connect(lambda _text: self._timer.start())
        self.search.returnPressed.connect(self._find)

        row = QHBoxLayout()
        row.addWidget(self.search, 1)
        row.addWidget(self.add)
        bottom = QHBoxLayout()
        bottom.addWidget(self.message, 1)
        bottom.addWidget(self.remove)
        page = QVBoxLayout(self)
        page.addLayout(row)
        page.addWidget(self.picker)
        page.addWidget(self.view, 1)
        page.addLayout(bottom)

    def show_view(self, view: Profile) -> None:
        self.items.set_rows(view.wishlist)

    def _open_item(self, index) -> None:
        if index.isValid():
            self.product_requested.emit(self.items.item(index.row()).sku)

    def _find(self) -> None:
        self._timer.stop()
        text = self.search.text().strip()
        if not text or self.catalog is None:
            self.choices.set_rows([])
            self.picker.hide()
            return
        self.runner.run(self.catalog.find_items, text, key="wish-find", done=self._found)

    def _found(self, choices: list[ItemChoice]) -> None:
        self.choices.set_rows(choices)
        self.picker.setVisible(bool(choices))
        if choices:
            self.picker.selectRow(0)
        else:
            self.say(
                QCoreApplication.translate(
                    "ProfileEdits", "No item matches; try the SKU or scan the barcode."
                ),
                error=True,
            )

    def add_chosen(self) -> None:
        rows = self.picker.selectionModel().selectedRows()
        if not rows or self.engagement is None:
            self.say(
                QCoreApplication.translate(
                    "ProfileEdits", "Find the item and choose its colour and size first."
                ),
                error=True,
            )
            return
        choice: ItemChoice = self.choices.item(rows[0].row())
        self.send(
            "wish-add",
            self.engagement.add_to_wishlist,
            choice.sku,
            button=self.add,
            done=lambda _s: self._picked(),
        )

    def _picked(self) -> None:
        self.search.clear()
        self.choices.set_rows([])
        self.picker.hide()

    def remove_selected(self) -> None:
        rows = self.view.selectionModel().selectedRows()
        if not rows or self.engagement is None:
            self.say(
                QCoreApplication.translate("ProfileEdits", "Choose the item to remove first."),
                error=True,
            )
            return
        item = self.items.item(rows[0].row())
        self.send(
            "wish-remove", self.engagement.remove_from_wishlist, item.item_id, button=self.remove
        )
