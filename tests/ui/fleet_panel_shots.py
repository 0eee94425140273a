"""A screenshot of the manager's Terminals panel for docs/screens, from a real HQ: this
terminal, one that tells HQ where it stands (behind the chain's version, writes waiting and
one refused), one HQ has not heard from lately and one older release that tells nothing.

    python -m tests.ui.fleet_panel_shots docs/screens [/tmp/every-size]

Writes store-activity-terminals-en-light.png (1280x800) and, for each language,
store-activity-terminals-LANG-portrait.png (800x1280). With a second folder it also writes
there the panel at every target size in every language (LANG-WxH.png), to look at.
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication

from clienteling.hq import migrate
from clienteling.hq import tables as t
from clienteling.hq.db import Database
from clienteling.protocol.version import (
    APP_VERSION_HEADER,
    LAST_SYNC_HEADER,
    PARKED_HEADER,
    PROTOCOL_HEADER,
    QUEUED_HEADER,
)
from tests.hq_live import World, small_chain
from tests.ui.store_activity_shots import STORE, manager_window, settle, wait

NAME = "store-activity-terminals-en-light.png"
PORTRAIT = "store-activity-terminals-{language}-portrait.png"
LANGUAGES = ("en", "es", "pt_BR", "ru")


def tell(world: World, name: str, version: str, synced: datetime, queued: int, parked: int):
    token = world.hq.enroll(STORE, name)
    said = {
        APP_VERSION_HEADER: version,
        PROTOCOL_HEADER: "1",
        LAST_SYNC_HEADER: synced.isoformat(),
        QUEUED_HEADER: str(queued),
        PARKED_HEADER: str(parked),
    }
    with world.hq.client(token) as client:
        client.get("/v1/sync/stores", params={"after": 0}, headers=said).raise_for_status()


def small_png(picture, path: Path, most: int = 300_000) -> None:
    """Save as PNG; scaled down (smoothly) while the file is over `most` bytes."""
    from PySide6.QtCore import Qt

    picture.save(str(path), "PNG")
    width = picture.width()
    while path.stat().st_size > most and width > 400:
        width = width * 85 // 100
        picture.scaledToWidth(width, Qt.TransformationMode.SmoothTransformation).save(
            str(path), "PNG"
        )


def main(folder: str, every_size: str | None = None) -> int:
    from clienteling.hq import fleet
    from clienteling.ui import formats
    from clienteling.ui.fit import TARGET_SIZES
    from clienteling.ui.i18n import install_translations
    from clienteling.ui.tasks import TaskRunner
    from clienteling.ui.theme import apply_theme

    out = Path(folder)
    out.mkdir(parents=True, exist_ok=True)
    if every_size is not None:
        Path(every_size).mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication(["shots"])
    home = Path(tempfile.mkdtemp(prefix="fleet-shots-"))
    db = Database(f"sqlite:///{home / 'hq.db'}")
    migrate.upgrade(db)
    small_chain(db)
    world = World(db)
    world.start_hq()
    world.enroll_terminal(home / "terminal", STORE)
    now = datetime.now(UTC)
    tell(world, "till 2", "0.0.9", now - timedelta(minutes=2), 4, 1)
    tell(world, "fitting rooms", "0.1.0", now - timedelta(hours=3), 12, 0)
    with db.write_unsequenced() as conn:  # silent for three hours
        d = t.devices.c
        conn.execute(
            t.devices.update()
            .where(d.name == "fitting rooms")
            .values(versions_at=now - timedelta(hours=3), last_used_at=now - timedelta(hours=3))
        )
    world.hq.enroll(STORE, "stockroom tablet")  # an older release: tells nothing
    fleet.set_value(db, "wanted_app_version", "0.1.0", now, store_id=None, actor="cli:shots")

    apply_theme(app, "light")
    for language in LANGUAGES:
        installed = install_translations(app, language)
        runner = TaskRunner()
        win = manager_window(app, world, runner)
        m = win.manager
        wait(app, lambda m=m, r=runner: len(m.terminals.items) == 4 and r.busy == 0)
        m.tabs.setCurrentIndex(1)
        settle(app)
        if language == "en":
            win.grab().save(str(out / NAME))
            print(out / NAME)
        for w, h in TARGET_SIZES:
            win.resize(w, h)
            settle(app)
            if (w, h) == (800, 1280):
                path = out / PORTRAIT.format(language=language)
                small_png(win.grab(), path)
                print(path)
            if every_size is not None:
                win.grab().save(str(Path(every_size) / f"{language}-{w}x{h}.png"))
        win.sign_out()
        win.close()
        runner.shutdown(10000)
        for translator in installed:
            app.removeTranslator(translator)
        formats.use_language("en")
    world.stop_hq()
    world.services.close()
    db.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main(*(sys.argv[1:3] or ["docs/screens"])))
