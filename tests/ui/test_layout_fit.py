"""Every screen fits 1024x768, 1280x800 and 800x1280 in every language and a longer pseudo-locale.

For each language the window is built with that language's translations, signed in,
and taken through every screen (each profile tab, the order form before and after
HQ's answer, the orders); at each screen it is resized to each target size and
`layout_check.problems` lists what does not fit: a window larger than the size, a
widget cut off, a clipped label or tab, text left in English.
"""

from __future__ import annotations

import os

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QApplication

from clienteling.api.client import Policy
from clienteling.hq import migrate
from clienteling.hq.db import Database
from clienteling.ui import formats
from clienteling.ui.fit import TARGET_SIZES
from clienteling.ui.i18n import LANGUAGES, install_translations
from clienteling.ui.layout_check import (
    PSEUDO,
    english_messages,
    problems,
    pseudo_translator,
    settle,
)
from clienteling.ui.theme import apply_theme
from tests.hq_live import World, add_purchase, add_shopper, set_stock, small_chain
from tests.ui.conftest import PIN, STORE
from tests.ui.test_screens import search

SKU_L = "ST1-BLK-L"
MANAGER = f"{STORE}-manager"
TRAINEE = f"{STORE}-trainee"
SHOTS = os.environ.get("CLIENTELING_LAYOUT_SHOTS")  # a folder: save each checked screen there
FAST = Policy(deadline=2, attempt_timeout=1, connect_timeout=0.3, attempts=1)


@pytest.fixture(scope="module")
def shared_world(tmp_path_factory):
    """One HQ and terminal for every language (the languages only change the window)."""
    folder = tmp_path_factory.mktemp("fit")
    db = Database(f"sqlite:///{folder / 'hq.db'}")
    migrate.upgrade(db)
    small_chain(db)
    add_shopper(db, "sh3", STORE, last_name="Gonçalves", segments=["vip"])
    add_purchase(db, "p1", "sh1", STORE, "ST1-BLK-S")
    set_stock(db, STORE, "ST1-BLK-M", 2)
    set_stock(db, "BR-SP-02", SKU_L, 9)
    w = World(db)
    w.start_hq()
    w.enroll_terminal(folder / "terminal", STORE, policy=FAST)
    yield w
    w.stop_hq()
    w.services.close()
    db.dispose()


@pytest.fixture(scope="module")
def coach_training(tmp_path_factory):
    """A training terminal with its coach (clienteling.app.TrainingTerminal, small chain)."""
    from tests.ui.coach_drive import practice_chain

    yield from practice_chain(tmp_path_factory.mktemp("coach-fit"))


@pytest.fixture
def in_language(request):
    language = request.param
    app = QApplication.instance()
    sheet, font, palette = app.styleSheet(), app.font(), app.palette()
    apply_theme(app, "light")  # the theme sets the font and the paddings that take room
    if language == PSEUDO:
        formats.use_language("en")
        installed = [pseudo_translator(app)]
        app.installTranslator(installed[0])
    else:
        installed = install_translations(app, language)
    yield language
    for t in installed:
        app.removeTranslator(t)
    formats.use_language("en")
    app.setStyleSheet(sheet)
    app.setFont(font)
    app.setPalette(palette)


def sign_in_as(qtbot, win, employee=MANAGER, pin=PIN):
    button = next(
        b for b in win.signin.associate_buttons() if b.property("employee_id") == employee
    )
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    for digit in pin:
        qtbot.mouseClick(win.signin.pad.buttons[digit], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(win.signin.pad.buttons["OK"], Qt.MouseButton.LeftButton)


def screens(qtbot, win):
    """Take the window through every screen; yields the name of each as it shows."""
    yield "signin"
    sign_in_as(qtbot, win, pin="1111")  # a wrong PIN: its message must not grow the window
    qtbot.waitUntil(lambda: win.signin.error.isVisible(), timeout=5000)
    yield "signin-wrong-pin"
    sign_in_as(qtbot, win)  # a manager: every screen and dialog an associate has, and theirs
    qtbot.waitUntil(lambda: win.current == "home", timeout=5000)
    search(qtbot, win, "silva")
    yield "home"
    with qtbot.waitSignal(win.profile.loaded, timeout=5000):
        win.lookup.open_best()
    tabs = win.profile.tabs
    for i in range(tabs.count()):
        if tabs.isTabVisible(i):
            tabs.setCurrentIndex(i)
            yield f"profile-{i}"
    win.profile.stock_button.click()
    s = win.stock
    with qtbot.waitSignal(s.shown, timeout=5000):
        s.search.setText(SKU_L)
        qtbot.keyClick(s.search, Qt.Key.Key_Return)
    yield "stock"
    with qtbot.waitSignal(win.order.loaded, timeout=5000):
        s.order_button.click()
    o = win.order
    yield "order"
    o.review_button.click()  # the address is incomplete: every field says so
    yield "order-errors"
    o.fields["line1"].setText("Rua Augusta 100")
    o.fields["city"].setText("Sao Paulo")
    o.fields["postcode"].setText("01305-000")
    with qtbot.waitSignal(o.reviewed, timeout=5000):
        o.review_button.click()
    yield "order-review"
    with qtbot.waitSignal(o.placed, timeout=8000):
        o.place.click()
    yield "order-confirmed"
    win.strip.notify(win.tr("✓ HQ confirmed order {order}").format(order="0123abcd"))
    with qtbot.waitSignal(win.orders.loaded, timeout=5000):
        win.open_orders(win.profile.who)
    yield "orders"
    win.roles.open_manager()
    qtbot.waitUntil(lambda: win.current == "manager" and win.runner.busy == 0, timeout=5000)
    tabs = win.manager.tabs
    for i in range(tabs.count()):
        tabs.setCurrentIndex(i)
        yield f"manager-{i}"
    yield from store_activity_screens(qtbot, win)


def store_activity_screens(qtbot, win):
    """The store activity's pages with HQ's report, each group of the associates' figures,
    the records behind a number, and the view as it is offline (the kept report and the
    terminal's own count above it)."""
    import dataclasses

    win.manager.tabs.setCurrentIndex(0)
    a = win.manager.activity
    assert a.view is not None and a.view.report is not None, a.source.text()
    for i in range(a.tabs.count()):
        a.tabs.setCurrentIndex(i)
        yield f"activity-{i}"
    a.tabs.setCurrentIndex(2)
    for group in ("orders", "outcomes"):
        a.show_group(group)
        yield f"activity-associates-{group}"
    a.show_group("engagement")
    a.choose("custom")
    yield "activity-custom-days"
    a.choose("7d")
    a.tabs.setCurrentIndex(0)
    offline = a.views.offline(a.view.first, a.view.last)
    a._shown(dataclasses.replace(a.view, from_hq=False, why="timed out", offline=offline))
    yield "activity-offline"
    a.tabs.setCurrentIndex(2)  # each associate's count from the cache above HQ's kept table
    assert a.people.local_box.isVisibleTo(a), "the terminal's count per associate is not shown"
    yield "activity-offline-associates"
    a.tabs.setCurrentIndex(0)


def trainee_screens(qtbot, win):
    """What a trainee sees: home, a profile, the stock screen with the order button off."""
    win.sign_out()
    qtbot.waitUntil(lambda: win.current == "signin", timeout=5000)
    sign_in_as(qtbot, win, TRAINEE)
    qtbot.waitUntil(lambda: win.current == "home", timeout=5000)
    search(qtbot, win, "silva")
    yield "trainee-home"
    with qtbot.waitSignal(win.profile.loaded, timeout=5000):
        win.lookup.open_best()
    yield "trainee-profile"
    win.profile.stock_button.click()
    s = win.stock
    with qtbot.waitSignal(s.shown, timeout=5000):
        s.search.setText(SKU_L)
        qtbot.keyClick(s.search, Qt.Key.Key_Return)
    yield "trainee-stock"


def first_sync_dialog(win):
    """The first sync's dialog, part way through the store's data, saying why it starts from
    nothing (the terminal's data was kept aside: its longest form)."""
    from clienteling.sync.engine import PullProgress
    from clienteling.ui.startup import FirstSyncDialog

    dialog = FirstSyncDialog(win)
    dialog.started_again.show()
    dialog.show_progress(PullProgress("associates", 40, 12_345, 98_765, 2_345.0, 40, 100))
    dialog.open()
    return dialog


def enroll_fits(qtbot, runner, language, messages) -> list[str]:
    """The enrollment screen (its own window before the terminal has a cache)."""
    from clienteling.ui.enroll import EnrollScreen

    screen = EnrollScreen(runner, lambda *_a: None, terminal_name="till 7")
    qtbot.addWidget(screen)
    screen.show()
    found = []
    for w, h in TARGET_SIZES:
        screen.resize(w, h)
        settle(QApplication.instance())
        if SHOTS:
            screen.grab().save(f"{SHOTS}/{language}-enroll-{w}x{h}.png")
        for problem in problems(screen, QSize(w, h), language, messages):
            found.append(f"{language} enroll {w}x{h}: {problem}")
    screen.close()
    return found


def training_offer(win):
    """The sign-in question about training results waiting here, with two long scenarios."""
    from clienteling.services.training_results import Waiting
    from clienteling.ui.training_offer import TrainingOffer

    waiting = [
        Waiting("r1", "order-during-outage", 754, 3, 2, "2026-12-05T10:00:00+00:00"),
        Waiting("r2", "no-profiling-consent", 61, 0, 0, "2026-12-06T16:30:00+00:00"),
    ]
    return TrainingOffer(waiting, win.runner, win.services.training_results, win)


def dialogs_fit(qtbot, win, language, messages) -> list[str]:
    """The scanner settings, the sign-up QR, the camera and the first sync's progress, at
    their own size, within the window's."""
    found = []
    for w, h in ((1024, 768), (800, 1280)):  # the shortest and the narrowest target
        win.resize(w, h)
        settle(QApplication.instance())
        win.open_scanner_settings()
        win.open_signup_qr()
        qtbot.waitUntil(lambda: win.signup_dialog is not None, timeout=5000)
        scanner, signup = win.scanner_dialog, win.signup_dialog
        win.open_camera()
        camera = win.camera_dialog
        sync = first_sync_dialog(win)
        records = win.manager.activity.drill_local("notes_added")  # the records behind a number
        offer = training_offer(win)
        for name, dialog in (
            ("scanner", scanner),
            ("sign-up QR", signup),
            ("camera", camera),
            ("first sync", sync),
            ("records", records),
            ("training results", offer),
        ):
            dialog.show()
            settle(QApplication.instance())
            if SHOTS:
                dialog.grab().save(f"{SHOTS}/{language}-dialog-{name}-{w}x{h}.png")
            for problem in problems(dialog, QSize(w, h), language, messages):
                found.append(f"{language} {name} dialog {w}x{h}: {problem}")
            dialog.reject()
        qtbot.waitUntil(
            lambda: (
                win.signup_dialog is None
                and win.scanner_dialog is None
                and win.camera_dialog is None
            )
        )
    return found


@pytest.mark.parametrize("in_language", [*LANGUAGES, PSEUDO], indirect=True)
def test_every_screen_fits_every_size(qtbot, shared_world, runner, in_language):
    from clienteling.ui.main_window import MainWindow

    language = in_language
    messages = english_messages(language)
    win = MainWindow(runner, sync_every_ms=3_600_000)
    qtbot.addWidget(win)
    win.show()
    win.mark_training()  # the TRAINING band takes room too: it must fit with every screen
    win.open_terminal(shared_world.services)
    qtbot.waitUntil(lambda: win.current == "signin", timeout=15000)
    qtbot.waitUntil(lambda: len(win.signin.associate_buttons()) == 3, timeout=5000)
    found: list[str] = []
    for screen in screens(qtbot, win):
        for w, h in TARGET_SIZES:
            win.resize(w, h)
            settle(QApplication.instance())
            if not win.training_band.isVisible():
                found.append(f"{language} {screen} {w}x{h}: the TRAINING band is not shown")
            if SHOTS:
                win.grab().save(f"{SHOTS}/{language}-{screen}-{w}x{h}.png")
            for problem in problems(win, QSize(w, h), language, messages):
                found.append(f"{language} {screen} {w}x{h}: {problem}")
    found += dialogs_fit(qtbot, win, language, messages)
    for screen in trainee_screens(qtbot, win):
        for w, h in TARGET_SIZES:
            win.resize(w, h)
            settle(QApplication.instance())
            if SHOTS:
                win.grab().save(f"{SHOTS}/{language}-{screen}-{w}x{h}.png")
            for problem in problems(win, QSize(w, h), language, messages):
                found.append(f"{language} {screen} {w}x{h}: {problem}")
    found += enroll_fits(qtbot, runner, language, messages)
    win.sign_out()
    win.close()
    assert not found, "\n".join(found[:300]) + f"\n({len(found)} problems)"


def coach_states(qtbot, win, training):
    """The trainee's coach under the band: the scenarios (for a manager, all of them; for an
    associate, with why some are absent), a scenario under way with its hint, a mistake and a
    question, then its summary. Yields the name of each."""
    from tests.ui import coach_drive as d

    panel = win.coach
    d.sign_in(qtbot, win, training, d.first_of(training, "associate"))
    yield "coach-scenarios"
    v = d.begin(qtbot, win, training, "find-by-phone")
    d.search(qtbot, win, v["phone_fragment"])
    d.click(qtbot, panel.hint_button)
    d.answer(qtbot, panel, 0)  # wrong: the mistake shows, explained
    d.mistakes_shown(qtbot, panel, 1)
    yield "coach-question"
    d.right_answer(qtbot, panel, "search")
    d.open_shopper(qtbot, win, v["phone_fragment"], v["shopper_name"])
    d.add_note(qtbot, win, "Came back for the blue shirt", "gift")
    d.summary_shown(qtbot, panel, 1)
    yield "coach-summary"
    panel.set_open(False)
    yield "coach-folded"
    panel.set_open(True)
    d.click(qtbot, panel.summary_page.pick_button)
    d.begin(qtbot, win, training, "no-profiling-consent")  # choices that are sentences
    yield "coach-long-choices"


@pytest.mark.parametrize("in_language", [*LANGUAGES, PSEUDO], indirect=True)
def test_the_coach_fits_every_size(qtbot, coach_training, runner, in_language):
    from tests.ui.coach_drive import training_window

    language = in_language
    messages = english_messages(language)
    win = training_window(qtbot, coach_training, runner, probe_every_ms=0)
    found: list[str] = []
    for state in coach_states(qtbot, win, coach_training):
        for w, h in TARGET_SIZES:
            win.resize(w, h)
            settle(QApplication.instance())
            assert win.coach.isVisible()
            if SHOTS:
                win.grab().save(f"{SHOTS}/{language}-{state}-{w}x{h}.png")
            for problem in problems(win, QSize(w, h), language, messages):
                found.append(f"{language} {state} {w}x{h}: {problem}")
    win.sign_out()
    win.close()
    assert not found, "\n".join(found[:300]) + f"\n({len(found)} problems)"
