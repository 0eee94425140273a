"""Starting the Qt application: theme, language, task runner, enrollment or main window, exit."""

from __future__ import annotations

import sys
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QSize
from PySide6.QtWidgets import QApplication

from clienteling.services.fleet_settings import TrainingOff
from clienteling.services.terminal import TerminalServices

from .enroll import Enroll, EnrollScreen
from .fit import fit_to_screen
from .formats import use_language
from .i18n import install_translations, pick_language
from .kiosk import Kiosk
from .layout_check import PSEUDO, pseudo_translator
from .main_window import MainWindow
from .screenshot import COACH_SCREENS, READY_SCREENS, MatrixShots, ScreenshotDriver
from .tasks import TaskRunner
from .theme import apply_theme
from .training_controls import TrainingControls, said_off
from .upgrade_notice import UpgradeNotice


class Launch:
    """The windows of one run: the enrollment screen first when the terminal is new.

    `open_services(progress)` opens an enrolled terminal (off the UI thread);
    without it, `enroll(address, code, name)` makes one from the enrollment
    screen, and the main window takes over with the first sync.
    """

    def __init__(
        self,
        runner: TaskRunner,
        open_services: Callable | None,
        *,
        enroll: Enroll | None = None,
        pins: Callable[[], dict[str, str]] | None = None,
        terminal_name: str = "",
    ) -> None:
        if open_services is None and enroll is None:
            raise ValueError("give open_services (an enrolled terminal) or enroll (a new one)")
        self.window = MainWindow(runner)
        self.enroll_screen: EnrollScreen | None = None
        if open_services is None:
            self.enroll_screen = EnrollScreen(runner, enroll, terminal_name)
            self.enroll_screen.enrolled.connect(self._enrolled)
            self.enroll_screen.show()
            return

        def boot(token):
            try:
                return open_services(lambda stage, done, t: token.progress((stage, done, t)))
            except TrainingOff as exc:  # the start screen says why, in the trainee's words
                raise said_off(exc) from None

        self.window.show()
        self.window.boot(boot, pins)

    def _enrolled(self, services: TerminalServices) -> None:
        self.window.show()
        self.window.open_terminal(services)  # first sync with its dialog, then sign-in
        if self.enroll_screen is not None:
            self.enroll_screen.close()
            self.enroll_screen.deleteLater()
            self.enroll_screen = None

    @property
    def services(self) -> TerminalServices | None:
        return self.window.services


def run_app(
    open_services: Callable | None,
    *,
    enroll: Enroll | None = None,
    terminal_name: str = "",
    pins: Callable[[], dict[str, str]] | None = None,
    close: Callable[[], None] | None = None,
    lang: str | None = None,
    theme: str | None = None,
    screenshot: str | None = None,
    screen: str = "home",
    size: QSize | None = None,
    matrix: str | None = None,
    training: bool = False,
    control=None,
    kiosk_mode: bool = False,
) -> int:
    """Open the window on the terminal `open_services(progress)` returns, or enroll it first.
    `training`: the training terminal, marked as such from the first screen; `control`: its
    outage and reset (clienteling.ui.training_controls), in the band; `kiosk_mode`: full
    screen until a manager's PIN lets it close (clienteling.ui.kiosk_mode)."""
    if screenshot and screen not in READY_SCREENS:
        print(f"clienteling: the {screen} screen is not built yet", file=sys.stderr)
        return 2
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Clienteling")
    app.setOrganizationName("Clienteling")
    if lang == PSEUDO:  # the layout check's longer language
        use_language("en")
        translators = [pseudo_translator(app)]
        app.installTranslator(translators[0])
    else:
        translators = install_translations(app, pick_language(lang))
    apply_theme(app, theme)
    # Frames and a dimmed backdrop for dialogs without a window manager (or in kiosk mode).
    kiosk = Kiosk.install(app, force=kiosk_mode)
    runner = TaskRunner()
    launch = Launch(runner, open_services, enroll=enroll, pins=pins, terminal_name=terminal_name)
    window = launch.window
    UpgradeNotice.install(window)  # HQ refused this version: what to install, until restart
    if kiosk_mode and not (screenshot or matrix):
        from .kiosk_mode import KioskMode

        KioskMode.install(window, runner, lambda: launch.services)
        if launch.enroll_screen is not None:  # a new terminal: enrolled full screen too
            launch.enroll_screen.showFullScreen()
    if training:
        window.mark_training()
        coach_shot = screenshot and screen in COACH_SCREENS
        if control is not None and (coach_shot or not (screenshot or matrix)):
            controls = TrainingControls.install(window, control, pins or dict)
            if getattr(control, "coach", None) is not None:
                from .coach import CoachPanel

                window.coach = CoachPanel.install(window, control, controls)
    if size is None and (screenshot or matrix):
        size = QSize(1280, 800)  # shots are the same on every machine, whatever its screen
    if size is not None:
        fit_to_screen(window, size)
    if matrix:
        MatrixShots(window, matrix, lang if lang == PSEUDO else pick_language(lang)).start()
    elif screenshot:
        ScreenshotDriver(window, screenshot, screen, size=size).start()
    try:
        return app.exec()
    finally:
        window.sync_timer.stop()
        window.live.stop()  # a long poll under way is cancelled, not waited for
        runner.shutdown()
        if launch.services is not None:  # confirmed cancels still in their undo window
            launch.services.orders.cancel_held(window.orders.take_held())
        if close:
            close()
        elif launch.services is not None:
            launch.services.close()
        # Windows go before the application object: left to the interpreter's
        # exit, the order is arbitrary and Qt may touch a destroyed QApplication.
        for widget in (window, launch.enroll_screen):
            if widget is not None:
                widget.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        del translators, kiosk
