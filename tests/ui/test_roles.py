"""The screens know who is signed in: a trainee sees a TRAINEE badge and every action they may
not take is off with the reason on screen; managers alone see the scanner settings and their
own screen; a write or an order has one outcome message, true to why HQ answered as it did."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton
from sqlalchemy import func, select

from clienteling.hq import tables as t
from tests.hq_live import set_stock
from tests.ui.conftest import STORE, follow_settled
from tests.ui.test_screens import sign_in
from tests.ui.test_stock_and_orders import open_profile, order_form, place, shortcut, stock_of

TRAINEE, MANAGER = f"{STORE}-trainee", f"{STORE}-manager"
SKU_M = "ST1-BLK-M"


def signed_in(qtbot, win, employee_id):
    sign_in(qtbot, win, employee_id=employee_id)
    qtbot.waitUntil(lambda: win.current == "home", timeout=5000)


def erase_at_hq(world, shopper_id):
    """A manager at another terminal erased the shopper; this one has not synced since."""

    token = world.hq.sign_in(world.hq.enroll(STORE, "till 9"), MANAGER)
    with world.hq.client(token) as client:
        assert client.delete(f"/v1/shoppers/{shopper_id}").status_code == 200


def test_a_trainee_sees_the_badge_and_what_they_may_not_do_before_the_tap(qtbot, window):
    win = window
    signed_in(qtbot, win, TRAINEE)
    badge = win.strip.role_badge
    assert badge.isVisible() and badge.text() == "TRAINEE"
    notice = win.roles.notice
    assert notice.isVisible() and "Trainee" in notice.text.text()
    assert "training mode" in notice.text.text()
    assert win.strip.role_badge.toolTip() == ""  # their badge opens nothing

    open_profile(qtbot, win)
    p = win.profile
    for button in (p.save_note, p.sizes_page.save, p.follow_ups.add, p.rating.save):
        assert not button.isEnabled(), button.text()
        assert "Trainees look and learn" in button.accessibleDescription()
        assert button.toolTip() == button.accessibleDescription()
    qtbot.mouseClick(p.stock_button, Qt.MouseButton.LeftButton)  # looking is fine
    stock_of(qtbot, win, SKU_M)
    s = win.stock
    assert s.shopper is not None and s.current is not None
    assert not s.order_button.isEnabled()  # the screen would have it on: the role keeps it off
    assert "Trainees look and learn" in s.order_button.toolTip()

    shortcut(qtbot, win, "Ctrl+M")  # the manager's screen is not theirs
    assert win.current == "stock"
    assert "Only a manager" in win.scan_banner.message

    # Signed out and in as an associate: everything is on again, no badge, no notice.
    win.sign_out()
    signed_in(qtbot, win, f"{STORE}-associate")
    assert not win.strip.role_badge.isVisible() and not notice.isVisible()
    assert win.strip.role_badge.toolTip() == ""  # their badge opens nothing
    open_profile(qtbot, win)
    assert p.save_note.isEnabled() and p.save_note.accessibleDescription() == ""
    assert p.save_note.toolTip() == "" and p.note_text.isEnabled()
    qtbot.mouseClick(p.stock_button, Qt.MouseButton.LeftButton)
    stock_of(qtbot, win, SKU_M)
    assert s.order_button.isEnabled() and s.order_button.toolTip() == ""  # the screen's own


def unknown_at_hq(world, shopper_id):
    """HQ no longer holds the shopper (restored from an older backup), nobody erased them:
    this terminal still shows them and HQ refuses writes about them (404)."""
    with world.db.write() as w:
        w.conn.execute(t.shoppers.delete().where(t.shoppers.c.shopper_id == shopper_id))


def test_a_note_hq_refuses_says_refused_and_nothing_else(qtbot, world, window):
    win = window
    signed_in(qtbot, win, f"{STORE}-associate")
    open_profile(qtbot, win)
    unknown_at_hq(world, "sh1")
    p = win.profile
    p.tabs.setCurrentIndex(2)  # Notes
    qtbot.keyClicks(p.note_text, "Asked for linen shirts")
    with qtbot.waitSignal(p.note_saved, timeout=8000):
        qtbot.mouseClick(p.save_note, Qt.MouseButton.LeftButton)
    text = p.note_message.text()
    assert text.startswith("HQ refused the note:") and "does not know this shopper" in text
    assert "sh1" not in text  # the shopper is not named by their id
    assert "saved on this terminal" not in text and "sent" not in text
    assert p.note_message.property("role") == "error"


def pickup_order_open(qtbot, world, win):
    """An associate's pick-up order form for the first shopper, ten in stock here, with the
    terminal following HQ and caught up."""
    set_stock(world.db, STORE, SKU_M, 10)
    signed_in(qtbot, win, f"{STORE}-associate")
    open_profile(qtbot, win)
    qtbot.mouseClick(win.profile.stock_button, Qt.MouseButton.LeftButton)
    stock_of(qtbot, win, SKU_M)
    o = order_form(qtbot, win)
    o.pickup.setChecked(True)
    follow_settled(qtbot, win)
    return o


def test_an_order_hq_refuses_for_another_reason_does_not_blame_stock(qtbot, world, window):
    win = window
    o = pickup_order_open(qtbot, world, win)
    assert win.live.stop()  # the erasure must not reach this terminal before the order
    erase_at_hq(world, "sh1")
    result = place(qtbot, o)
    assert result.state == "rejected"
    assert "No other store or size has it" not in o.message.text()  # 10 are here
    assert o.message.text().startswith("HQ refused the order:")
    assert not result.out_of_stock


def test_a_shopper_erased_at_hq_while_their_order_is_open_is_said_and_nothing_is_placed(
    qtbot, world, window
):
    win = window
    o = pickup_order_open(qtbot, world, win)
    erase_at_hq(world, "sh1")  # HQ pushes the erasure to this terminal within moments
    qtbot.waitUntil(lambda: "no longer on this terminal" in o.message.text(), timeout=15000)
    assert o.message.isVisible() and "sh1" not in o.message.text()
    assert not o.review_button.isEnabled() and not o.place.isEnabled()
    with world.db.read() as conn:
        assert conn.execute(select(func.count()).select_from(t.orders)).scalar() == 0


def test_a_shopper_erased_at_hq_while_their_profile_is_open_leaves_the_screen(qtbot, world, window):
    win = window
    signed_in(qtbot, win, f"{STORE}-associate")
    open_profile(qtbot, win)
    p = win.profile
    follow_settled(qtbot, win)
    assert p.name.text() == "Ana Silva" and p.purchases.rowCount() > 0
    erase_at_hq(world, "sh1")  # HQ pushes the erasure to this terminal within moments
    qtbot.waitUntil(lambda: "no longer on this terminal" in p.gone.text(), timeout=15000)
    assert p.gone.isVisible()
    assert p.name.text() == "" and p.tier.text() == "" and p.who is None
    assert all(label.text() == "" for label in p.fact.values())
    assert all(label.text() == "" for label in p.consent.values())
    assert p.purchases.rowCount() == p.notes.rowCount() == p.orders.rowCount() == 0
    assert not any(widget.isVisible() for widget in p.details)
    assert "sh1" not in p.gone.text()


def test_a_manager_has_a_badge_the_scanner_and_a_screen_for_what_only_they_may_do(
    qtbot, world, window
):
    win = window
    world.hq.enroll(STORE, "till 2")
    signed_in(qtbot, win, MANAGER)
    badge = win.strip.role_badge
    assert badge.text() == "MANAGER ›" and badge.isVisible() and "Ctrl+M" in badge.toolTip()
    assert not win.roles.notice.isVisible()

    open_profile(qtbot, win, "goncalves")
    with qtbot.waitSignal(win.manager.loaded, timeout=8000):
        shortcut(qtbot, win, "Ctrl+M")
    m = win.manager
    assert win.current == "manager"
    names = [r.name for r in m.terminals.items]
    assert names == ["till 1", "till 2"] and m.terminals.items[0].this_one
    m.terminals_view.selectRow(0)
    assert not m.revoke.isEnabled() and "you are using" in m.revoke_hint.text()

    # Revoke the other terminal: asked first, then done at HQ.
    m.terminals_view.selectRow(1)
    assert m.revoke.isEnabled() and "enrolled again" in m.revoke_hint.text()
    qtbot.mouseClick(m.revoke, Qt.MouseButton.LeftButton)
    box = m.confirm_box
    assert box is not None and "till 2" in box.text()
    yes = next(b for b in box.findChildren(QPushButton) if b.text() == "Revoke")
    with qtbot.waitSignal(m.done, timeout=8000):
        qtbot.mouseClick(yes, Qt.MouseButton.LeftButton)
    assert [r.revoked for r in m.terminals.items] == [False, True]

    # Erase the shopper being served: their name in the question, "Keep" is the safe default.
    qtbot.waitUntil(lambda: m.erase_shopper == "sh3", timeout=8000)
    assert "Gonçalves" in m.erase_who.text() and "sh3" not in m.erase_who.text()
    qtbot.mouseClick(m.erase, Qt.MouseButton.LeftButton)
    box = m.confirm_box
    assert box is not None and "Gonçalves" in box.text()
    assert box.defaultButton().text() == "Keep"
    qtbot.mouseClick(box.defaultButton(), Qt.MouseButton.LeftButton)
    assert m.confirm_box is None
    with world.db.read() as conn:
        assert conn.execute(t.shoppers.select().where(t.shoppers.c.shopper_id == "sh3")).first()
    qtbot.mouseClick(m.erase, Qt.MouseButton.LeftButton)
    yes = next(b for b in m.confirm_box.findChildren(QPushButton) if b.text() == "Erase")
    with qtbot.waitSignal(m.done, timeout=8000):
        qtbot.mouseClick(yes, Qt.MouseButton.LeftButton)
    assert "was erased" in m.message.text()
    with world.db.read() as conn:
        assert not conn.execute(t.shoppers.select().where(t.shoppers.c.shopper_id == "sh3")).first()
    assert m.locks_empty.text().startswith("Nobody")
    assert m.aside_empty.text().startswith("HQ refused nothing")

    qtbot.mouseClick(m.scanner, Qt.MouseButton.LeftButton)  # the scanner, from here too
    assert win.scanner_dialog is not None
    win.scanner_dialog.reject()


@pytest.mark.parametrize("who", [f"{STORE}-associate", TRAINEE])
def test_the_manager_screen_is_for_managers_only(qtbot, window, who):
    win = window
    signed_in(qtbot, win, who)
    qtbot.mouseClick(win.strip.role_badge, Qt.MouseButton.LeftButton)  # hidden or a label
    win.roles.open_manager()
    assert win.current == "home"
    win.open_scanner_settings()
    assert win.scanner_dialog is None and "Only a manager" in win.scan_banner.message


def test_a_manager_lifts_an_associates_offline_pin_lock_on_this_terminal(qtbot, world, window):
    from clienteling.security.pins import LOCK_AFTER, offline_sign_in

    win = window
    vault = world.services.sessions.vault
    for n in range(LOCK_AFTER):  # six wrong PINs while HQ could not be reached
        assert not offline_sign_in(vault, f"{STORE}-associate", "0000", now=1e6 + n * 3600)
    signed_in(qtbot, win, MANAGER)
    m = win.manager
    with qtbot.waitSignal(m.loaded, timeout=8000):
        qtbot.mouseClick(win.strip.role_badge, Qt.MouseButton.LeftButton)
    assert [a.employee_id for a in m.locks.items] == [f"{STORE}-associate"]
    assert m.locks_empty.text().startswith("Locked after too many wrong PINs")
    with qtbot.waitSignal(m.done, timeout=8000):
        qtbot.mouseClick(m.unlock, Qt.MouseButton.LeftButton)
    assert "can sign in offline on this terminal again" in m.message.text()
    assert m.locks.items == [] and not m.unlock.isEnabled()


def test_a_trainee_reads_why_the_order_button_is_off_under_it(qtbot, window):
    win = window
    signed_in(qtbot, win, TRAINEE)
    open_profile(qtbot, win)
    qtbot.mouseClick(win.profile.stock_button, Qt.MouseButton.LeftButton)
    stock_of(qtbot, win, SKU_M)
    s = win.stock
    assert not s.order_button.isEnabled()
    assert s.order_reason.isVisible()  # in words on screen, not only in a tooltip
    assert "Trainees look and learn" in s.order_reason.text()
