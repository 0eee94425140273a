"""Starting the Qt application: theme, language, task runner, main window, clean exit."""

from __future__ import annotations

import sys
from collections.abc import Callable

from PySide6.QtWidgets import QApplication

from .i18n import install_translations, pick_language
from .main_window import MainWindow
from .screenshot import READY_SCREENS, ScreenshotDriver
from .tasks import TaskRunner
from .theme import apply_theme


def run_app(
    make_desk: Callable,
    *,
    pins: Callable[[], dict[str, str]] | None = None,
    close: Callable[[], None] | None = None,
    lang: str | None = None,
    theme: str | None = None,
    screenshot: str | None = None,
    screen: str = "home",
) -> int:
    """Open the window on the desk `make_desk(progress)` returns (made off the UI thread)."""
    if screenshot and screen not in READY_SCREENS:
        print(f"clienteling: the {screen} screen is not built yet", file=sys.stderr)
        return 2
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Clienteling")
    app.setOrganizationName("Clienteling")
    translators = install_translations(app, pick_language(lang))
    apply_theme(app, theme)
    runner = TaskRunner()
    window = MainWindow(runner)
    window.show()

    def boot(token):
        return make_desk(lambda stage, done, total: token.progress((stage, done, total)))

    window.boot(boot, pins)
    if screenshot:
        ScreenshotDriver(window, screenshot, screen).start()
    try:
        return app.exec()
    finally:
        window.sync_timer.stop()
        runner.shutdown()
        if close:
            close()
        del translators
