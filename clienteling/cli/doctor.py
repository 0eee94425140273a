"""`clienteling doctor [--json] [--bundle FILE.zip]`: the terminal's checks for support, in
its language (--lang, else the system's), with a stable JSON (docs/support.md). The exit
code is 1 when a check failed. `--bundle` packs the report and the logs, nothing secret."""

from __future__ import annotations

import argparse
import json
import os
import zipfile
from pathlib import Path

from .common import Failure
from .logs import LOG_DIR, log_files

BUNDLE_FILES = ("settings.json",)  # no secret in it: those are in the keyring


def cmd_doctor(args) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # no window: works over ssh too
    os.environ.setdefault("QT_LOGGING_RULES", "qt.multimedia*=false")  # codec probing noise
    from PySide6.QtWidgets import QApplication

    from clienteling.app import home_dir, vault_for
    from clienteling.services.doctor import FAIL, Doctor
    from clienteling.ui.doctor_devices import devices
    from clienteling.ui.i18n import install_translations, pick_language

    app = QApplication.instance() or QApplication(["clienteling-doctor"])
    translators = install_translations(app, pick_language(args.lang))  # noqa: F841 - kept alive
    from clienteling.ui.doctor_texts import DoctorTexts

    home = home_dir(args.training)
    doctor = Doctor(
        home, lambda: vault_for(home, training=args.training), training=args.training,
        devices=devices,
    )  # fmt: skip
    report = doctor.run()
    texts = DoctorTexts()
    data = texts.as_json(report)
    if args.bundle:
        bundle(Path(args.bundle), home, data, texts.as_text(report))
    print(json.dumps(data, ensure_ascii=False, indent=2) if args.json else texts.as_text(report))
    return 1 if report.worst == FAIL else 0


def bundle(target: Path, home: Path, report: dict, text: str) -> None:
    """The report (JSON and text), the logs and the settings file, for support."""
    if target.suffix.lower() != ".zip":
        raise Failure(f"{target}: the bundle is a .zip file; give a name ending in .zip")
    try:
        with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as z:
            z.writestr("doctor.json", json.dumps(report, ensure_ascii=False, indent=2))
            z.writestr("doctor.txt", text + "\n")
            for path in log_files(home):
                z.write(path, f"{LOG_DIR}/{path.name}")
            for name in BUNDLE_FILES:
                if (home / name).is_file():
                    z.write(home / name, name)
    except OSError as exc:
        raise Failure(f"{target}: the bundle could not be written ({exc.strerror})") from None


def register(sub) -> list:
    d = sub.add_parser("doctor", help="check this terminal for support (exit 1 when one fails)")
    d.add_argument("--bundle", metavar="FILE.zip", help="also pack the report and logs for support")
    d.add_argument(
        "--lang", default=argparse.SUPPRESS, help="language of the report: en, pt_BR, es, ru"
    )
    d.set_defaults(func=cmd_doctor)
    return [d]
