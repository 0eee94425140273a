"""Product and stock, ordering for delivery (online, offline, refused) and the orders screen.

Everything runs against a real HQ on loopback and the terminal's real cache.
"""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest
from sqlalchemy import select

from clienteling.hq import tables as t
from tests.hq_live import set_stock
from tests.ui.conftest import STORE
from tests.ui.test_screens import search, sign_in

SKU_L = "ST1-BLK-L"


@pytest.fixture
def stocked(world):
    """No L here; three in Campinas (nearest), one in Rio, five in Madrid."""
    set_stock(world.db, "BR-SP-02", SKU_L, 3)
    set_stock(world.db, "BR-RJ-01", SKU_L, 1)
    set_stock(world.db, "ES-MD-01", SKU_L, 5)
    return world


def signed_in(qtbot, win):
    sign_in(qtbot, win)
    qtbot.waitUntil(lambda: win.current == "home", timeout=5000)


def shortcut(qtbot, win, keys):
    """Press a window shortcut (shortcuts need the window active)."""
    win.activateWindow()
    qtbot.waitUntil(win.isActiveWindow, timeout=2000)
    QTest.keySequence(win, QKeySequence(keys))


def open_profile(qtbot, win, name="silva"):
    search(qtbot, win, name)
    with qtbot.waitSignal(win.profile.loaded, timeout=5000):
        qtbot.keyClick(win.lookup.search, Qt.Key.Key_Return)


def stock_of(qtbot, win, text):
    """Type into the product search and wait for the item's stock to show."""
    s = win.stock
    with qtbot.waitSignal(s.shown, timeout=5000):
        s.search.clear()
        qtbot.keyClicks(s.search, text)
        qtbot.keyClick(s.search, Qt.Key.Key_Return)


def order_form(qtbot, win):
    """From the stock screen of a shopper's item to the filled order form."""
    with qtbot.waitSignal(win.order.loaded, timeout=5000):
        qtbot.mouseClick(win.stock.order_button, Qt.MouseButton.LeftButton)
    assert win.current == "order"
    return win.order


def cell_at(s, column):
    return s.grid_view.visualRect(s.grid.index(0, column)).center()


def hq_stock(world, store, sku):
    with world.db.read() as conn:
        row = conn.execute(
            select(t.stock.c.on_hand, t.stock.c.reserved).where(
                t.stock.c.store_id == store, t.stock.c.sku == sku
            )
        ).one()
    return row.on_hand, row.reserved


def review(qtbot, o):
    """Review the order on the form: the review card shows in place of the form."""
    with qtbot.waitSignal(o.reviewed, timeout=5000) as reviewed:
        qtbot.mouseClick(o.review_button, Qt.MouseButton.LeftButton)
    assert o.review.isVisible() and not o.form.isVisible()
    return reviewed.args[0]


def place(qtbot, o):
    """Review the order, then place it."""
    if not o.review.isVisible():
        review(qtbot, o)
    with qtbot.waitSignal(o.placed, timeout=8000) as placed:
        qtbot.mouseClick(o.place, Qt.MouseButton.LeftButton)
    return placed.args[0]


class Clock:
    """The cancel hold's clock, moved by hand."""

    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def cancel_order(qtbot, orders):
    """Cancel the chosen order: ask, confirm, let the undo time run out; the list reloads."""
    clock = Clock()
    orders.holds.clock = clock
    qtbot.mouseClick(orders.cancel, Qt.MouseButton.LeftButton)
    assert orders.confirm_bar.isVisible() and not orders.cancel.isVisible()
    qtbot.mouseClick(orders.confirm_cancel, Qt.MouseButton.LeftButton)
    assert orders.undo_bar.isVisible()
    clock.now += orders.holds.seconds
    with qtbot.waitSignal(orders.loaded, timeout=8000):
        orders.tick()


def test_stock_grid_and_other_stores_nearest_first_with_age(qtbot, stocked, window):
    win = window
    signed_in(qtbot, win)
    shortcut(qtbot, win, "Ctrl+P")  # from home: the products screen
    assert win.current == "stock" and win.stock.shopper is None
    s = win.stock
    with qtbot.waitSignal(s.results_shown, timeout=5000) as shown:
        qtbot.keyClicks(s.search, "shi")  # name prefix
    assert shown.args == [1] and s.results.item(0).style == "ST1"
    with qtbot.waitSignal(s.shown, timeout=5000):
        qtbot.keyClick(s.search, Qt.Key.Key_Return)

    grid = s.grid
    assert [grid.headerData(c, Qt.Orientation.Horizontal) for c in range(3)] == ["S", "M", "L"]
    assert [grid.data(grid.index(0, c)) for c in range(3)] == ["–", "2", "–"]  # M: 2 here
    # One rule for the line above the stores and each store's row: HQ confirmed them now.
    assert s.source.text() == "Other stores, nearest first — confirmed at HQ just now."
    assert not s.order_button.isEnabled()  # no shopper chosen: nothing to order for

    with qtbot.waitSignal(s.shown, timeout=5000):  # tap the M cell
        qtbot.mouseClick(s.grid_view.viewport(), Qt.MouseButton.LeftButton, pos=cell_at(s, 1))
    assert s.sku == "ST1-BLK-M" and "2 here" in s.variant.text()
    with qtbot.waitSignal(s.shown, timeout=5000):  # and the L cell
        qtbot.mouseClick(s.grid_view.viewport(), Qt.MouseButton.LeftButton, pos=cell_at(s, 2))
    assert s.sku == SKU_L and "0 here" in s.variant.text()
    rows = [[s.stores.data(s.stores.index(r, c)) for c in range(4)] for r in range(3)]
    assert [r[0] for r in rows] == ["Store Campinas", "Store Rio de Janeiro", "Store Madrid"]
    assert rows[0][1].endswith(" km") and rows[0][2] == "3"
    km = [line.distance_km for line in s.stores.items]
    assert km == sorted(km) and 50 < km[0] < 150  # Campinas is about 84 km away
    assert all(r[3] == "confirmed at HQ just now" for r in rows)

    gtin = s.current.stock.product.gtin  # a scanned GTIN opens the item at once
    stocked.stop_hq()
    stock_of(qtbot, win, gtin)
    assert s.sku == SKU_L  # offline: this terminal's copy, never "live", as of its last sync
    copy = "as of just now (this terminal's copy)"
    assert s.source.text() == f"Other stores, nearest first — {copy}; HQ did not answer."
    rows = [s.stores.data(s.stores.index(r, 3)) for r in range(3)]
    assert rows == [copy] * 3


def test_order_an_out_of_stock_size_from_another_store_online(qtbot, stocked, window):
    win = window
    signed_in(qtbot, win)
    open_profile(qtbot, win)
    qtbot.mouseClick(win.profile.stock_button, Qt.MouseButton.LeftButton)
    assert win.current == "stock" and win.stock.shopper[1] == "Ana Silva"
    stock_of(qtbot, win, SKU_L)
    o = order_form(qtbot, win)
    assert o.for_whom.text() == "For Ana Silva"
    assert o.source.currentData() == "BR-SP-02"  # suggested: nearest with stock
    assert "(suggested)" in o.source.currentText()
    assert o.ship.isChecked() and o.fields["country"].text() == "BR"

    # An incomplete address: each missing field says so; what was typed stays.
    qtbot.keyClicks(o.fields["line1"], "Rua Augusta 100")
    qtbot.mouseClick(o.review_button, Qt.MouseButton.LeftButton)
    assert o.field_errors["city"].isVisible() and o.field_errors["postcode"].isVisible()
    assert not o.field_errors["line1"].isVisible()
    assert o.fields["line1"].text() == "Rua Augusta 100" and "address" in o.message.text()
    qtbot.keyClicks(o.fields["city"], "Sao Paulo")
    qtbot.keyClicks(o.fields["postcode"], "01305-000")
    assert not o.field_errors["city"].isVisible()  # cleared as soon as it is typed in

    result = place(qtbot, o)
    assert result.state == "confirmed"
    assert "Confirmed by HQ" in o.message.text() and "Store Campinas" in o.message.text()
    assert hq_stock(stocked, "BR-SP-02", SKU_L) == (3, 1)  # reserved at HQ
    assert result.order.address.city == "Sao Paulo"

    with qtbot.waitSignal(win.orders.loaded, timeout=5000):
        shortcut(qtbot, win, "Ctrl+O")  # the shopper's orders
    rows = win.orders.row_texts()
    assert rows[0][1] == "Ana Silva" and rows[0][5] == "Reserved"
    assert rows[0][2] == "1 × Shirt ST1 — Black, L"  # the item by name, its SKU as tooltip
    assert SKU_L in win.orders.model.data(win.orders.model.index(0, 2), Qt.ItemDataRole.ToolTipRole)
    cancel_order(qtbot, win.orders)
    assert "Cancelled at HQ" in win.orders.message.text()
    assert hq_stock(stocked, "BR-SP-02", SKU_L) == (3, 0)  # released
    assert win.orders.row_texts()[0][5] == "Cancelled"


def test_offline_order_is_queued_then_confirmed_when_hq_is_back(qtbot, stocked, window):
    win = window
    signed_in(qtbot, win)
    open_profile(qtbot, win)
    win.open_products(win.profile.who, SKU_L)
    qtbot.waitUntil(lambda: win.stock.sku == SKU_L and win.stock.current is not None)
    o = order_form(qtbot, win)
    o.pickup.click()  # pick up here: no address needed
    assert o.pickup_store.currentData() == STORE and not o.address.isVisible()

    stocked.stop_hq()
    o.quantity.setCurrentIndex(1)  # two: this one is cancelled before it is ever sent
    first = place(qtbot, o)
    assert first.state == "queued"
    assert o.message.text().startswith("Queued — will be sent when HQ is back")
    qtbot.waitUntil(lambda: win.offline_banner_shown, timeout=5000)
    qtbot.waitUntil(lambda: win.strip.queued.text() == "Queued: 1", timeout=5000)
    win.open_orders(None)  # today at this store
    qtbot.waitUntil(lambda: len(win.orders.row_texts()) == 1, timeout=5000)
    row = win.orders.row_texts()[0]
    assert row[1] == "Ana Silva" and row[2] == "2 × Shirt ST1 — Black, L"
    assert row[5].startswith("Queued")
    assert win.orders.cancel.isVisible() and not win.orders.take.isVisible()
    cancel_order(qtbot, win.orders)
    assert "never sent" in win.orders.message.text()
    assert win.orders.row_texts() == []
    win.go_back()
    assert win.current == "order"

    o.quantity.setCurrentIndex(0)
    result = place(qtbot, o)
    assert result.state == "queued"
    qtbot.waitUntil(lambda: win.strip.queued.text() == "Queued: 1", timeout=5000)

    stocked.start_hq()
    settled = []
    win.order_settled.connect(settled.append)

    def synced_until_settled():
        win.sync_now()  # the tests' runner: the sync has finished when this returns
        return settled != []

    qtbot.waitUntil(synced_until_settled, timeout=15000)
    assert settled[0].order_id == result.order_id
    assert settled[0].state == "confirmed"
    assert "Confirmed by HQ" in o.message.text()
    assert win.strip.notice.isVisible() and "confirmed" in win.strip.notice.text()
    assert not win.offline_banner_shown
    assert hq_stock(stocked, "BR-SP-02", SKU_L) == (3, 1)  # only the first order reached HQ


def test_last_unit_taken_meanwhile_then_an_alternative_is_confirmed(qtbot, stocked, window):
    win = window
    signed_in(qtbot, win)
    open_profile(qtbot, win)
    win.open_products(win.profile.who, SKU_L)
    qtbot.waitUntil(lambda: win.stock.current is not None)
    o = order_form(qtbot, win)
    o.source.setCurrentIndex(o.source.findData("BR-RJ-01"))  # the store with the last unit
    o.pickup.click()

    # Another terminal takes Rio's last unit through HQ's API meanwhile.
    hq = stocked.hq
    token = hq.sign_in(hq.enroll(STORE, "till 2"), f"{STORE}-manager")
    with hq.client(token) as other:
        answer = other.post(
            "/v1/orders",
            json={
                "order_id": str(uuid.uuid4()),
                "shopper_id": "sh3",
                "lines": [{"sku": SKU_L, "quantity": 1, "source_store": "BR-RJ-01"}],
                "fulfilment": "pickup",
                "pickup_store": STORE,
            },
        )
    assert answer.status_code == 201

    result = place(qtbot, o)
    assert result.state == "rejected" and "not enough stock" in result.reason
    assert o.answer.isVisible() and o.take.isVisible()
    offers = o.alternatives.items
    assert offers[0].kind == "other_store" and offers[0].store_id == "BR-SP-02"
    assert any(a.kind == "other_variant" and a.size == "M" for a in offers)
    shown = [o.alternatives.data(o.alternatives.index(0, c)) for c in range(6)]
    assert shown[0] == "Same item, other store" and shown[3] == "Store Campinas"

    o.alternatives_view.selectRow(0)
    with qtbot.waitSignal(o.placed, timeout=8000) as again:
        qtbot.mouseClick(o.take, Qt.MouseButton.LeftButton)
    assert again.args[0].state == "confirmed" and again.args[0].order_id != result.order_id
    assert "Confirmed by HQ" in o.message.text() and not o.answer.isVisible()
    assert hq_stock(stocked, "BR-SP-02", SKU_L) == (3, 1)

    win.open_orders(win.profile.who)  # the refused order was set aside: one order left
    qtbot.waitUntil(lambda: len(win.orders.row_texts()) == 1, timeout=5000)
    assert win.orders.row_texts()[0][5] == "Reserved"
    qtbot.waitUntil(lambda: "Refused" not in win.strip.queued.text(), timeout=5000)


def test_the_confirmed_order_slip_is_saved_as_pdf_and_printed_with_its_tracking_qr(
    qtbot, stocked, window, tmp_path
):
    from PySide6.QtPrintSupport import QPrinter

    from clienteling.scan import OrderTracking, interpret
    from clienteling.scan.image import decode_pixels
    from clienteling.scan.slip import render_slip

    win = window
    signed_in(qtbot, win)
    open_profile(qtbot, win)
    qtbot.mouseClick(win.profile.stock_button, Qt.MouseButton.LeftButton)
    stock_of(qtbot, win, SKU_L)
    o = order_form(qtbot, win)
    assert not o.save_slip.isVisible()  # no order yet, no slip
    for name, value in (("line1", "Rua Augusta 100"), ("city", "Sao Paulo")):
        qtbot.keyClicks(o.fields[name], value)
    qtbot.keyClicks(o.fields["postcode"], "01305-000")
    result = place(qtbot, o)
    assert result.state == "confirmed" and o.save_slip.isVisible() and o.print_slip.isVisible()

    slip = o.slip()
    assert slip.order_id == result.order_id and slip.lines[0].sku == SKU_L
    assert slip.lines[0].name == "Shirt ST1 — Black, L" and slip.lines[0].code == f"SKU {SKU_L}"
    codes = decode_pixels(render_slip(slip))
    assert [interpret(c.scan_text) for c in codes] == [OrderTracking(result.order_id)]

    pdf = tmp_path / "slip.pdf"
    o.save_slip_pdf(slip, str(pdf))
    qtbot.waitUntil(lambda: "Slip saved" in o.message.text(), timeout=10000)
    assert pdf.read_bytes().startswith(b"%PDF")

    printed = (
        tmp_path / "printed.pdf"
    )  # a printer that writes PDF stands in for the receipt printer
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(printed))
    o.print_on(printer, slip)
    assert "sent to the printer" in o.message.text()
    assert printed.read_bytes().startswith(b"%PDF") and printed.stat().st_size > 2000


def test_the_order_button_covers_pick_up_and_the_form_says_how_fresh_its_stock_is(
    qtbot, stocked, window
):
    win = window
    signed_in(qtbot, win)
    win.open_products(None, SKU_L)
    qtbot.waitUntil(lambda: win.stock.sku == SKU_L and win.stock.current is not None)
    s = win.stock
    assert s.order_button.text() == "Order for delivery or pick-up…"  # not only delivery
    assert not s.order_button.isEnabled() and s.order_reason.isVisible()  # why, in words
    assert "shopper" in s.order_reason.text()

    open_profile(qtbot, win)
    qtbot.mouseClick(win.profile.stock_button, Qt.MouseButton.LeftButton)
    stock_of(qtbot, win, SKU_L)
    assert s.order_button.isEnabled() and not s.order_reason.isVisible()
    o = order_form(qtbot, win)
    hint = o.form.source_hint.text()
    assert "confirmed at HQ just now" in hint and "live" not in hint  # the stock screen's rule
    later = datetime.now(UTC) + timedelta(minutes=5)  # left open: the figure ages on screen
    assert "confirmed at HQ 5 min ago" in o.form.stock_freshness(later)

    stocked.stop_hq()  # HQ gone: the form says the figures are this terminal's copy
    win.open_products(win.profile.who, SKU_L)
    qtbot.waitUntil(lambda: win.current == "stock")
    stock_of(qtbot, win, SKU_L)
    o = order_form(qtbot, win)
    hint = o.form.source_hint.text()
    assert "(this terminal's copy)" in hint and "HQ did not answer" in hint
    assert "live" not in hint and "confirmed at HQ" not in hint
