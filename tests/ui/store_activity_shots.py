"""Screenshots of the store activity view for docs/screens, from a real HQ with a scripted
week of activity (notes, ratings, profile opens, follow-ups, orders and purchases over the
last 7 days, written through HQ's writer as the other helpers of tests/hq_live do).

    python -m tests.ui.store_activity_shots docs/screens

Writes store-activity-en-light.png, store-activity-ru-dark.png,
store-activity-charts-pt_BR-light.png and store-activity-offline-es-dark.png (1280x800;
offline: the associates tab, each associate's count from the terminal's cache above HQ's
kept table, with the trainees' results kept with it). With a second folder
(`... docs/screens /tmp/shots`) it also writes there store-activity-conversion-pt_BR-light.png:
the records a tap on a day of the conversion chart opens (the day's served shoppers,
converted or not), and store-activity-csat-pt_BR-light.png: the CSAT chart alone.
"""

from __future__ import annotations

import os
import sys
import tempfile
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEvent, QPoint
from PySide6.QtWidgets import QApplication

from clienteling.hq import migrate, report_kept
from clienteling.hq import tables as t
from clienteling.hq.db import Database
from tests.hq_live import World, add_shopper, small_chain

STORE = "BR-SP-01"
STAFF = {"associate": f"{STORE}-associate", "manager": f"{STORE}-manager"}
SHOTS = (
    ("en", "light", 0, "store-activity-en-light.png", False),
    ("ru", "dark", 0, "store-activity-ru-dark.png", False),
    ("pt_BR", "light", 1, "store-activity-charts-pt_BR-light.png", False),
    ("es", "dark", 2, "store-activity-offline-es-dark.png", True),
)
TRAINEE = f"{STORE}-trainee"


def scripted_week(db: Database, now: datetime) -> None:
    """A week of the store's activity, a few records a day, by the associate and manager."""
    names = [("Beatriz", "Costa"), ("Carlos", "Mendes"), ("Daniela", "Rocha"), ("Eduardo", "Lima")]
    shoppers = ["sh1"]
    for n, (first, last) in enumerate(names):
        sid = f"shw{n}"
        add_shopper(db, sid, STORE, last_name=last, first_name=first)
        shoppers.append(sid)
    rows: dict = {
        "notes": [], "feedback": [], "activity": [], "purchases": [], "orders": [],
        "order_facts": [], "tasks": [],
    }  # fmt: skip
    for day in range(14):  # this week and the one before
        at = now - timedelta(days=13 - day, hours=3)
        for k in range(1 + day % 3 if day >= 7 else 1):
            who = STAFF["associate"] if k % 2 == 0 else STAFF["manager"]
            sid = shoppers[(day + k) % len(shoppers)]
            moment = at + timedelta(minutes=20 * k)
            rows["activity"].append(
                {"event_id": str(uuid.uuid4()), "store_id": STORE, "associate_id": who,
                 "device_id": None, "kind": "profile_opened", "shopper_id": sid, "payload": {},
                 "at": moment}
            )  # fmt: skip
            rows["notes"].append(
                {"note_id": str(uuid.uuid4()), "shopper_id": sid, "store_id": STORE,
                 "associate_id": who, "reason": "browsing", "text": "Looked at linen shirts",
                 "created_at": moment}
            )  # fmt: skip
            if (day + k) % 2 == 0:
                rows["feedback"].append(
                    {"feedback_id": str(uuid.uuid4()), "shopper_id": sid, "store_id": STORE,
                     "associate_id": who, "score": 3 + (day + k) % 3, "comment": "",
                     "created_at": moment + timedelta(minutes=5)}
                )  # fmt: skip
            if (day + k) % 3 != 1:
                price = 18900 + 1000 * day
                rows["purchases"].append(
                    {"purchase_id": f"pw{day}{k}", "external_id": f"pw{day}{k}",
                     "shopper_id": sid, "store_id": STORE if k % 2 == 0 else None,
                     "channel": "store" if k % 2 == 0 else "web",
                     "purchased_at": moment + timedelta(hours=1), "currency": "BRL",
                     "total_minor": price,
                     "lines": [{"sku": "ST1-BLK-M", "quantity": 1, "unit_price_minor": price}]}
                )  # fmt: skip
            if day % 3 == 0:
                rows["tasks"].append(
                    {"task_id": str(uuid.uuid4()), "shopper_id": sid, "store_id": STORE,
                     "associate_id": who, "title": "Call when the linen shirts arrive",
                     "due_at": moment + timedelta(days=2), "status": "done" if day < 10 else "open",
                     "created_at": moment,
                     "done_at": moment + timedelta(days=1) if day < 10 else None}
                )  # fmt: skip
            if k == 1:  # an order HQ refused: nothing anywhere
                rows["order_facts"].append(
                    {"order_id": str(uuid.uuid4()), "store_id": STORE, "associate_id": who,
                     "shopper_id": sid, "created_at": moment, "outcome": "refused",
                     "fulfilment": "home", "value_minor": 25900, "currency": "BRL",
                     "saved_oos": False, "status": "refused", "completed_at": None}
                )  # fmt: skip
            if day % 2 == 0 and k == 0:
                status = "collected" if day < 4 else "reserved"
                order_id = str(uuid.uuid4())
                rows["order_facts"].append(
                    {"order_id": order_id, "store_id": STORE, "associate_id": who,
                     "shopper_id": sid, "created_at": moment, "outcome": "confirmed",
                     "fulfilment": "pickup", "value_minor": 18900 + 2000 * day,
                     "currency": "BRL", "saved_oos": True, "status": status,
                     "completed_at": moment + timedelta(hours=30) if day < 4 else None}
                )  # fmt: skip
                rows["orders"].append(
                    {"order_id": order_id, "shopper_id": sid, "store_id": STORE,
                     "associate_id": who, "fulfilment": "pickup", "pickup_store": STORE,
                     "address": None, "status": status,
                     "lines": [{"sku": "ST1-BLK-L", "quantity": 1, "source_store": "BR-SP-02",
                                "unit_price_minor": 18900, "currency": "BRL"}],
                     "history": [{"status": "reserved", "at": moment.isoformat(), "actor": who}],
                     "created_at": moment, "updated_at": moment}
                )  # fmt: skip
    rows["training_results"] = [
        {"result_id": str(uuid.uuid4()), "associate_id": TRAINEE, "store_id": STORE,
         "device_id": None, "scenario_id": scenario, "seconds": seconds, "hints": hints,
         "mistakes": mistakes, "finished_at": now - timedelta(days=days),
         "recorded_at": now - timedelta(days=days)}
        for scenario, seconds, hints, mistakes, days in (
            ("find-by-phone", 185, 1, 0, 2), ("order-during-outage", 612, 2, 1, 1))
    ]  # fmt: skip
    keys = {"notes": "note_id", "feedback": "feedback_id", "purchases": "purchase_id",
            "orders": "order_id", "tasks": "task_id"}  # fmt: skip
    with db.write() as w:
        for name, found in rows.items():
            if found and name in keys:
                w.upsert(getattr(t, name), found, [keys[name]])  # with their change numbers
            elif found:
                w.conn.execute(getattr(t, name).insert(), found)
        report_kept.rebuild(w.conn)  # written around HQ's writes: keep what they keep


def settle(app) -> None:
    for _ in range(8):
        app.sendPostedEvents(None, QEvent.Type.LayoutRequest)
        app.processEvents()


def main(folder: str, records: str | None = None) -> int:
    from clienteling.ui import formats
    from clienteling.ui.i18n import install_translations
    from clienteling.ui.tasks import TaskRunner
    from clienteling.ui.theme import apply_theme

    out = Path(folder)
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication(["shots"])
    home = Path(tempfile.mkdtemp(prefix="activity-shots-"))
    db = Database(f"sqlite:///{home / 'hq.db'}")
    migrate.upgrade(db)
    small_chain(db)
    scripted_week(db, datetime.now(UTC))
    world = World(db)
    world.start_hq()
    world.enroll_terminal(home / "terminal", STORE)
    for language, theme, tab, name, offline in SHOTS:
        apply_theme(app, theme)
        installed = install_translations(app, language) if language != "en" else []
        formats.use_language(language)
        runner = TaskRunner()
        win = manager_window(app, world, runner)
        a = win.manager.activity
        wait(app, lambda a=a, r=runner: a.view is not None and r.busy == 0)
        if offline:  # HQ goes away: the kept report and the terminal's own count
            world.services.syncing.sync()  # the week's notes and follow-ups, in the cache
            world.stop_hq()
            a.reload()
            wait(
                app, lambda a=a, r=runner: a.view is not None and not a.view.from_hq and r.busy == 0
            )
            win.refresh_status()
        a.tabs.setCurrentIndex(tab)
        settle(app)
        if tab:  # the charts: scroll the page to the view's tabs
            area = win.stack.currentWidget()
            area.verticalScrollBar().setValue(a.tabs.buttons_row.mapTo(area.widget(), QPoint()).y())
            settle(app)
        win.grab().save(str(out / name))
        print(out / name)
        if tab == 1 and records:  # a tap on the conversion's last point: its served shoppers
            shot = Path(records) / f"store-activity-conversion-{language}-{theme}.png"
            conversion_records(app, runner, a, shot)
        win.sign_out()
        win.close()
        runner.shutdown(10000)
        for translator in installed:
            app.removeTranslator(translator)
        if world.hq is None:
            world.start_hq()
    world.stop_hq()
    world.services.close()
    db.dispose()
    return 0


def conversion_records(app, runner, a, path: Path) -> None:
    from PySide6.QtCore import QEvent as E
    from PySide6.QtCore import QPointF, Qt
    from PySide6.QtGui import QMouseEvent

    a.csat_chart.grab().save(str(path.with_name("store-activity-csat-pt_BR-light.png")))
    chart = a.conversion_chart
    day = max(i for i, _v in chart.points["conversion"])
    at = QPointF(chart.position("conversion", day))
    for kind in (E.Type.MouseButtonPress, E.Type.MouseButtonRelease):
        app.sendEvent(chart.viewport(), QMouseEvent(
            kind, at, chart.viewport().mapToGlobal(at), Qt.MouseButton.LeftButton,
            Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier))  # fmt: skip
    wait(app, lambda: a.dialog is not None and a.dialog.total is not None and runner.busy == 0)
    settle(app)
    a.dialog.grab().save(str(path))
    print(path)
    a.dialog.reject()


def manager_window(app, world: World, runner):
    """The window at 1280x800 on the world's terminal, the store's manager signed in, on
    the manager's screen."""
    from clienteling.ui.main_window import MainWindow

    win = MainWindow(runner, sync_every_ms=3_600_000, probe_every_ms=0)
    win.resize(1280, 800)
    win.show()
    win.open_terminal(world.services)
    wait(app, lambda: win.current == "signin" and len(win.signin.associate_buttons()) == 3)
    button = next(
        b for b in win.signin.associate_buttons() if b.property("employee_id") == STAFF["manager"]
    )
    button.click()
    for digit in "2468":
        win.signin.pad.buttons[digit].click()
    win.signin.pad.buttons["OK"].click()
    wait(app, lambda: win.current == "home")
    win.roles.open_manager()
    return win


def wait(app, ready, seconds: float = 30) -> None:
    import time

    end = time.monotonic() + seconds
    while not ready():
        if time.monotonic() > end:
            raise SystemExit("the screen did not get there in time")
        app.processEvents()
        time.sleep(0.02)


if __name__ == "__main__":
    sys.exit(main(*(sys.argv[1:3] or ["docs/screens"])))


__all__ = ["main", "scripted_week"]
