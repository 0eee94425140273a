"""No shopper on this terminal matches: the lookup screen offers every store at HQ (online)
and the sign-up QR; a shopper of another region found there opens from HQ and stays on
this terminal. Real HQ on loopback, real cache (tests/ui/conftest.py)."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.ui.test_screens import search, sign_in


def test_no_match_offers_hq_and_a_shopper_found_there_opens_and_stays(qtbot, window):
    win = window
    sign_in(qtbot, win)
    qtbot.waitUntil(lambda: win.current == "home", timeout=5000)
    screen, offer = win.lookup, win.lookup.offer

    assert search(qtbot, win, "GARCIA") == 0  # Madrid's shopper: outside this store's cache
    assert offer.isVisible() and offer.at_hq.isVisible() and offer.signup.isVisible()
    assert "HQ" in offer.why.text()
    with qtbot.waitSignal(screen.results_shown, timeout=5000) as shown:
        qtbot.mouseClick(offer.at_hq, Qt.MouseButton.LeftButton)
    assert shown.args == [1] and not offer.isVisible()
    model = screen.model
    assert model.data(model.index(0, 0)) == "Ana García"
    assert model.data(model.index(0, 2)) == "Store Madrid"
    assert model.item(0).from_hq and "kept on this terminal" in screen.message.text()

    with qtbot.waitSignal(win.profile.loaded, timeout=5000) as opened:
        qtbot.keyClick(screen.search, Qt.Key.Key_Return)  # Enter opens it, from HQ
    assert opened.args == ["sh2"] and win.current == "profile"
    assert win.profile.name.text() == "Ana García"

    win.show_screen("home")
    qtbot.keyClick(screen.search, Qt.Key.Key_Escape)
    assert search(qtbot, win, "garcia") == 1  # on this terminal from then on
    assert not screen.model.item(0).from_hq and not offer.isVisible()


def test_the_offer_has_the_signup_qr_and_says_when_hq_cannot_be_asked(qtbot, window, world):
    win = window
    sign_in(qtbot, win)
    qtbot.waitUntil(lambda: win.current == "home", timeout=5000)
    offer = win.lookup.offer
    assert search(qtbot, win, "nobody") == 0
    qtbot.mouseClick(offer.signup, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: win.signup_dialog is not None, timeout=5000)
    win.signup_dialog.accept()
    qtbot.waitUntil(lambda: win.signup_dialog is None, timeout=2000)

    qtbot.mouseClick(offer.at_hq, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "either" in win.lookup.message.text(), timeout=5000)
    assert "“nobody” at HQ" in win.lookup.message.text()

    world.stop_hq()
    qtbot.mouseClick(offer.at_hq, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "cannot be reached" in win.lookup.message.text(), timeout=10000)
    assert offer.at_hq.isHidden() and offer.signup.isVisible()
