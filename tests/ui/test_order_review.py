"""The order's review before placing, its title, a fresh form per order, and a cancel that
asks and can be undone while it has not been sent (real HQ on loopback, real cache)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from clienteling.hq import tables as t
from clienteling.ui import formats
from tests.hq_live import set_stock
from tests.ui.test_stock_and_orders import (
    SKU_L,
    Clock,
    hq_stock,
    open_profile,
    order_form,
    place,
    review,
    signed_in,
)

PRICES = {"BRL": 119990, "USD": 20499}


@pytest.fixture
def priced(world):
    """L in Campinas (3), Rio (1) and Madrid (5); the shirt carries its local prices."""
    set_stock(world.db, "BR-SP-02", SKU_L, 3)
    set_stock(world.db, "BR-RJ-01", SKU_L, 1)
    set_stock(world.db, "ES-MD-01", SKU_L, 5)
    with world.db.read() as conn:
        shirts = [
            dict(r._mapping)
            for r in conn.execute(t.products.select().where(t.products.c.style == "ST1"))
        ]
    columns = ("sku", "gtin", "style", "name", "brand", "category", "colour", "size")
    rows = [
        {k: r[k] for k in (*columns, "price_minor", "currency")}
        | {"attributes": {"prices": PRICES}}
        for r in shirts
    ]
    with world.db.write() as tx:
        tx.upsert(t.products, rows, ["sku"])
    return world


def to_order(qtbot, win):
    signed_in(qtbot, win)
    win.sync_now()  # the shirt's local prices
    open_profile(qtbot, win)
    win.open_products(win.profile.who, SKU_L)
    qtbot.waitUntil(lambda: win.stock.sku == SKU_L and win.stock.current is not None)
    return order_form(qtbot, win)


def fill_address(qtbot, o):
    qtbot.keyClicks(o.fields["line1"], "Rua Augusta 100")
    qtbot.keyClicks(o.fields["city"], "Sao Paulo")
    qtbot.keyClicks(o.fields["postcode"], "01305-000")


def test_the_order_is_reviewed_with_prices_total_source_and_estimate(qtbot, priced, window):
    win = window
    o = to_order(qtbot, win)
    assert o.title.text() == "Order for delivery"
    assert not o.place.isVisible() and o.review_button.isVisible()  # review first
    o.quantity.setCurrentIndex(1)  # two
    fill_address(qtbot, o)

    r = review(qtbot, o)
    card = o.review.texts()
    assert card[0] == "Review the order"
    assert card[1] == "2 × Shirt ST1 — Black, L" and card[2] == formats.money(239980, "BRL")
    assert card[3] == f"Total: {formats.money(239980, 'BRL')}"  # the shopper's money, not EUR
    assert card[4].startswith(
        "From: Store Campinas — nearest store with stock in the shopper's country, priced in BRL"
    )
    assert card[5] == "Delivered to Rua Augusta 100, Sao Paulo, 01305-000, BR"
    assert card[6] == "Estimate: delivered in 1–2 days"
    assert "estimate" in o.review.note.text()
    assert r.source_store == "BR-SP-02" and o.place.isVisible() and o.edit_button.isVisible()

    # Change the order: back to the form as it was; a new review follows the change.
    qtbot.mouseClick(o.edit_button, Qt.MouseButton.LeftButton)
    assert o.form.isVisible() and not o.review.isVisible() and not o.place.isVisible()
    assert o.fields["line1"].text() == "Rua Augusta 100"
    o.source.setCurrentIndex(o.source.findData("ES-MD-01"))
    review(qtbot, o)
    source = o.review.texts()[4]
    assert source.startswith("From: Store Madrid — chosen by you; suggested: Store Campinas")
    assert o.review.texts()[6] == "Estimate: delivered in 7–14 days"

    result = place(qtbot, o)
    assert result.state == "confirmed" and hq_stock(priced, "ES-MD-01", SKU_L) == (5, 2)


def test_the_title_follows_the_fulfilment_and_each_order_starts_fresh(qtbot, priced, window):
    win = window
    o = to_order(qtbot, win)
    o.pickup.click()
    assert o.title.text() == "Order for pick-up"
    o.pickup_store.setCurrentIndex(o.pickup_store.findData("BR-RJ-01"))
    assert o.source.currentData() == "BR-RJ-01"  # pick up where the stock is: nothing travels
    review(qtbot, o)
    assert o.review.texts()[5] == "Pick up at Store Rio de Janeiro"
    assert o.review.texts()[6] == "Estimate: ready for pick-up today"
    result = place(qtbot, o)
    assert result.state == "confirmed" and o.save_slip.isVisible()

    win.go_back()  # the stock screen: order the same item again, for the same shopper
    o = order_form(qtbot, win)
    assert not o.save_slip.isVisible() and not o.print_slip.isVisible()
    assert not o.message.isVisible() and o.form.isVisible() and not o.review.isVisible()
    assert o.quantity.currentData() == 1 and o.ship.isChecked()
    assert o.title.text() == "Order for delivery"
    assert o.review_button.isEnabled() and o.result is None


def test_cancel_asks_then_can_be_undone_until_it_is_sent(qtbot, priced, window):
    win = window
    o = to_order(qtbot, win)
    o.pickup.click()
    assert place(qtbot, o).state == "confirmed"
    assert hq_stock(priced, "BR-SP-02", SKU_L) == (3, 1)
    with qtbot.waitSignal(win.orders.loaded, timeout=5000):
        win.open_orders(win.profile.who)
    orders = win.orders
    clock = Clock()
    orders.holds.clock = clock

    # One tap only asks; "Keep the order" leaves it.
    qtbot.mouseClick(orders.cancel, Qt.MouseButton.LeftButton)
    assert orders.confirm_bar.isVisible() and "Cancel order" in orders.confirm_text.text()
    qtbot.mouseClick(orders.keep, Qt.MouseButton.LeftButton)
    assert not orders.confirm_bar.isVisible() and orders.cancel.isVisible()

    # Yes: held with Undo and a countdown; Undo keeps it, and HQ never heard of it.
    qtbot.mouseClick(orders.cancel, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(orders.confirm_cancel, Qt.MouseButton.LeftButton)
    assert orders.undo_bar.isVisible() and orders.undo_text.text().endswith("is cancelled in 5 s.")
    clock.now += 2.5
    orders.tick()
    assert orders.undo_text.text().endswith("in 3 s.") and not orders.cancel.isVisible()
    qtbot.mouseClick(orders.undo, Qt.MouseButton.LeftButton)
    assert not orders.undo_bar.isVisible() and orders.message.text().startswith("Kept:")
    clock.now += 60
    orders.tick()
    assert hq_stock(priced, "BR-SP-02", SKU_L) == (3, 1) and orders.row_texts()[0][5] == "Reserved"
    assert orders.cancel.isVisible()

    # Again, and this time the undo time runs out: it is sent and cannot be undone.
    qtbot.mouseClick(orders.cancel, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(orders.confirm_cancel, Qt.MouseButton.LeftButton)
    clock.now += orders.holds.seconds
    with qtbot.waitSignal(orders.loaded, timeout=8000):
        orders.tick()
    assert not orders.undo_bar.isVisible() and "Cancelled at HQ" in orders.message.text()
    assert hq_stock(priced, "BR-SP-02", SKU_L) == (3, 0)
    assert orders.row_texts()[0][5] == "Cancelled"


def test_a_cancel_in_its_undo_window_still_goes_when_the_associate_signs_out(qtbot, priced, window):
    """Signing out is not an undo: the cancel the associate confirmed reaches HQ, as theirs."""
    win = window
    o = to_order(qtbot, win)
    o.pickup.click()
    assert place(qtbot, o).state == "confirmed"
    assert hq_stock(priced, "BR-SP-02", SKU_L) == (3, 1)
    with qtbot.waitSignal(win.orders.loaded, timeout=5000):
        win.open_orders(win.profile.who)
    orders = win.orders
    orders.holds.clock = Clock()  # the undo window never runs out by itself
    qtbot.mouseClick(orders.cancel, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(orders.confirm_cancel, Qt.MouseButton.LeftButton)
    assert orders.undo_bar.isVisible() and hq_stock(priced, "BR-SP-02", SKU_L) == (3, 1)

    win.sign_out()
    qtbot.waitUntil(lambda: hq_stock(priced, "BR-SP-02", SKU_L) == (3, 0), timeout=8000)
    assert orders.holds.keys() == [] and not orders.undo_bar.isVisible()
    with priced.db.read() as conn:
        (history,) = conn.execute(t.orders.select().with_only_columns(t.orders.c.history)).one()
    assert history[-1]["status"] == "cancelled"
    assert history[-1]["actor"] == "BR-SP-01-associate"
