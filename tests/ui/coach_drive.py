"""Driving the training window as a trainee would, for the coach's tests: pick a scenario in
the coach panel, sign in, search, open shoppers, fill the forms, answer the coach's questions,
and wait for the coach's check (on the task runner, every ~1.5 s) to see the real state."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.conftest import training_terminal

SMALL = {"shoppers": 40, "products": 20, "stores": 2, "seed": 7}
WAIT_MS = 20_000


def practice_chain(folder):
    """A started training terminal on a small practice chain in `folder` (no secure
    keyring: its secrets in memory, set for the process since keyring picks once)."""
    with training_terminal(folder, SMALL) as terminal:
        yield terminal


@pytest.fixture(scope="module")
def training(tmp_path_factory):
    """One practice chain for the module: each scenario starts by resetting it."""
    yield from practice_chain(tmp_path_factory.mktemp("coach"))


def training_window(qtbot, training, runner, **kwargs):
    """A training window as `clienteling --training` makes it: band, controls and coach."""
    from clienteling.ui.coach import CoachPanel
    from clienteling.ui.main_window import MainWindow
    from clienteling.ui.training_controls import TrainingControls

    kwargs.setdefault("sync_every_ms", 3_600_000)
    win = MainWindow(runner, **kwargs)
    qtbot.addWidget(win)
    win.mark_training()
    win.controls = TrainingControls.install(win, training, lambda: training.pins)
    win.coach = CoachPanel.install(win, training, win.controls)
    win.show()
    win.open_terminal(training.services, training.pins)
    qtbot.waitUntil(lambda: win.current == "signin", timeout=15000)
    return win


def click(qtbot, button) -> None:
    assert button.isVisible() and button.isEnabled(), button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def sign_in(qtbot, win, training, employee: str) -> None:
    qtbot.waitUntil(
        lambda: win.current == "signin" and bool(win.signin.associate_buttons()), timeout=WAIT_MS
    )
    from tests.ui.test_layout_fit import sign_in_as

    sign_in_as(qtbot, win, employee, training.pins[employee])
    qtbot.waitUntil(lambda: win.current == "home", timeout=WAIT_MS)


def first_of(training, role: str) -> str:
    store = training.services.store_id
    return sorted(
        a.employee_id for a in training.hq.associates if a.role == role and a.store_id == store
    )[0]


def begin(qtbot, win, training, scenario_id: str) -> dict[str, str]:
    """Signed in with the scenario's role, pick it in the coach and start it; sign in again as
    the practice associate it names. Its values (shopper, item, store...) come back."""
    panel = win.coach
    scenario = next(s for s in panel.every if s.id == scenario_id)
    if win.session is None:
        sign_in(qtbot, win, training, first_of(training, scenario.role))
    assert panel.pages.currentWidget() is panel.picker and panel.picker.isVisible()
    assert panel.picker.choose(scenario_id)
    with qtbot.waitSignal(panel.started, timeout=60_000):
        click(qtbot, panel.picker.start_button)
    values = dict(panel.progress.values)
    sign_in(qtbot, win, training, values["associate_id"])
    assert panel.run_page.isVisible() and panel.pages.currentWidget() is panel.run_page
    return values


# --- the coach's answers -------------------------------------------------------------------------


def step_state(panel, step_id: str) -> str:
    for i, s in enumerate(panel.progress.steps):
        if s.step.id == step_id:
            text = panel.run_page.rows[i].text() if panel.summary is None else ""
            if s.done or s.skipped:
                assert panel.summary is not None or text.startswith("✓"), text
                return "done"
            if s.current:
                assert text.startswith("▶"), text
                return "current"
            return "todo"
    raise AssertionError(f"no step {step_id}")


def wait_done(qtbot, panel, step_id: str, timeout: int = WAIT_MS) -> None:
    """The coach's own check (its timer, or after a sync) finds the step done."""
    qtbot.waitUntil(lambda: step_state(panel, step_id) == "done", timeout=timeout)


def not_done(panel, step_id: str) -> None:
    """A check now still finds the step to do (the real state has not changed yet)."""
    panel.check_now()
    assert step_state(panel, step_id) == "current", step_id
    assert panel.now.text().endswith(panel.run_page.rows[_index(panel, step_id)].text()[4:])


def _index(panel, step_id: str) -> int:
    return next(i for i, s in enumerate(panel.scenario.steps) if s.id == step_id)


def answer(qtbot, panel, choice: int) -> None:
    page = panel.run_page
    assert page.question_box.isVisible()
    button = page.choice_buttons()[choice]
    qtbot.waitUntil(lambda: button.height() >= 44 and button.isVisible(), timeout=WAIT_MS)
    click(qtbot, button)
    assert page.choice_buttons()[choice].isChecked()
    click(qtbot, page.answer_button)


def right_answer(qtbot, panel, step_id: str) -> None:
    step = panel.scenario.steps[_index(panel, step_id)]
    answer(qtbot, panel, step.question.answer)
    wait_done(qtbot, panel, step_id)


def mistakes_shown(qtbot, panel, n: int) -> str:
    """The mistake the coach noticed, on screen with its explanation."""
    qtbot.waitUntil(lambda: len(panel.progress.mistakes) == n, timeout=WAIT_MS)
    page = panel.run_page
    assert page.mistakes.isVisible()
    assert page.mistakes.text().count("✗") == n
    assert "{" not in page.mistakes.text()  # its placeholders filled in
    return page.mistakes.text()


def summary_shown(qtbot, panel, mistakes: int) -> str:
    qtbot.waitUntil(lambda: panel.summary is not None, timeout=WAIT_MS)
    page = panel.summary_page
    assert panel.pages.currentWidget() is page and page.isVisible()
    assert panel.summary.finished
    assert len(panel.summary.mistakes) == mistakes, panel.summary.mistakes
    text = page.figures.text()
    assert f"Mistakes: {mistakes}" in text if text.startswith("Time") else f": {mistakes}" in text
    assert page.again_button.isVisible()
    return page.figures.text()


# --- the app's screens ---------------------------------------------------------------------------


def search(qtbot, win, text: str) -> int:
    field = win.lookup.search
    field.clear()
    with qtbot.waitSignal(win.lookup.results_shown, timeout=WAIT_MS) as shown:
        if text.isascii():
            qtbot.keyClicks(field, text)
        else:
            field.setText(text)  # QTest types ASCII only
    return shown.args[0]


def open_shopper(qtbot, win, name_or_digits: str, expect: str) -> None:
    """From home: search, then Enter opens the best match."""
    if win.current != "home":
        win.show_screen("home")
    assert search(qtbot, win, name_or_digits) >= 1
    with qtbot.waitSignal(win.profile.loaded, timeout=WAIT_MS):
        qtbot.keyClick(win.lookup.search, Qt.Key.Key_Return)
    assert win.current == "profile" and win.profile.name.text() == expect


def add_note(qtbot, win, text: str, reason: str | None = None) -> None:
    p = win.profile
    p.tabs.setCurrentIndex(
        next(i for i in range(p.tabs.count()) if p.tabs.widget(i).isAncestorOf(p.note_text))
    )
    if reason is not None:
        p.reason.setCurrentIndex(p.reason.findData(reason))
    qtbot.keyClicks(p.note_text, text)
    with qtbot.waitSignal(p.note_saved, timeout=WAIT_MS):
        click(qtbot, p.save_note)


def stock_of(qtbot, win, sku: str) -> None:
    """From the shopper's profile: Stock and order, then the item by its code."""
    if win.current != "stock":
        click(qtbot, win.profile.stock_button)
    s = win.stock
    with qtbot.waitSignal(s.shown, timeout=WAIT_MS):
        s.search.clear()
        qtbot.keyClicks(s.search, sku)
        qtbot.keyClick(s.search, Qt.Key.Key_Return)
    assert s.sku == sku


def order_form(qtbot, win):
    with qtbot.waitSignal(win.order.loaded, timeout=WAIT_MS):
        click(qtbot, win.stock.order_button)
    assert win.current == "order"
    return win.order


def place(qtbot, o):
    with qtbot.waitSignal(o.reviewed, timeout=WAIT_MS):
        click(qtbot, o.review_button)
    with qtbot.waitSignal(o.placed, timeout=WAIT_MS) as placed:
        click(qtbot, o.place)
    return placed.args[0]


def settle() -> None:
    QApplication.processEvents()
