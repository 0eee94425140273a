"""`clienteling`: the terminal app (and, later, its support commands)."""

from __future__ import annotations

import argparse
import sys


def run_demo(screenshot: str | None) -> int:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from clienteling import paths
    from clienteling.demo.embedded_hq import EmbeddedHQ
    from clienteling.ui.demo_window import DemoWindow

    app = QApplication(sys.argv[:1])
    app.setApplicationName("Clienteling")
    hq = EmbeddedHQ(paths.demo_dir())

    def start(progress):
        hq.start(progress)
        return hq

    window = DemoWindow(start)
    window.show()
    if screenshot:

        def snap():
            if window.ready:
                window.grab().save(screenshot)
                app.quit()
            else:
                QTimer.singleShot(200, snap)

        QTimer.singleShot(200, snap)
    try:
        return app.exec()
    finally:
        hq.stop()


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="clienteling", description="Clienteling terminal app.")
    p.add_argument(
        "--demo",
        action="store_true",
        help="training mode: the app on an embedded HQ with a generated chain",
    )
    p.add_argument("--screenshot", metavar="PATH", help="save the window as PNG once ready")
    args = p.parse_args(argv)
    if args.demo:
        return run_demo(args.screenshot)
    p.print_usage()
    print(
        "clienteling: the production terminal needs enrollment, which arrives with the "
        "offline core; run with --demo for training mode",
        file=sys.stderr,
    )
    return 2


if __name__ == "__main__":
    sys.exit(main())
