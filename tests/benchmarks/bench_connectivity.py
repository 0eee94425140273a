"""How long until the associate app shows that HQ went away, or came back.

A real HQ (`clienteling-hq serve`, SQLite, a small chain) in a process of its
own on a loopback port, a real enrolled terminal with the app's own HQ client
policy, and the real main window with the threaded task runner and its own
timers (sync every 30 s, the probe if the code has one). Each try waits a
random 0-10 s (so the change lands anywhere in the sync cycle), kills HQ
(SIGKILL: gone at once, as when the network drops) and measures the time
until the connectivity tracker (the service) and the status strip say
offline; then waits again, starts HQ on the same port and measures, from
the moment it accepts connections, the time until the strip no longer says
offline and until it says online (after the sync that follows).

    QT_QPA_PLATFORM=offscreen python tests/benchmarks/bench_connectivity.py [--tries 5]
    ... --no-probe      # the same code with its probe off (only sync runs see HQ)

Run the same file from a checkout of older code to measure that code (it
imports the checkout it sits in).
"""

from __future__ import annotations

import argparse
import inspect
import os
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

STORE = "BR-SP-01"
POLL_MS = 20


def wait_for(app, condition, limit_s: float) -> float | None:
    """Seconds until `condition()` holds, with the event loop running; None past the limit."""
    from PySide6.QtTest import QTest

    start = time.monotonic()
    while not condition():
        if time.monotonic() - start > limit_s:
            return None
        QTest.qWait(POLL_MS)
    return time.monotonic() - start


def accepts(port: int) -> bool:
    try:
        socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
    except OSError:
        return False
    return True


class HQProcess:
    """`clienteling-hq serve` on one port, started and killed as the tries need."""

    def __init__(self, db_url: str, port: int) -> None:
        self.db_url, self.port = db_url, port
        self.proc: subprocess.Popen | None = None

    def start(self) -> None:
        env = {**os.environ, "PYTHONPATH": str(ROOT)}
        command = ["-m", "clienteling.hq.cli", "--db", self.db_url, "serve"]
        self.proc = subprocess.Popen(
            [sys.executable, *command, "--port", str(self.port)],
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )

    def kill(self) -> None:
        if self.proc is not None:
            self.proc.kill()
            self.proc.wait()
            self.proc = None


def figures(name: str, values: list[float | None]) -> str:
    seen = [v for v in values if v is not None]
    missed = len(values) - len(seen)
    if not seen:
        return f"{name}: never within the limit ({missed} tries)"
    text = (
        f"{name}: median {statistics.median(seen):.2f} s, worst {max(seen):.2f} s, "
        f"best {min(seen):.2f} s over {len(seen)} tries"
    )
    return text + (f" ({missed} missed the limit)" if missed else "")


def main() -> int:
    opts = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    opts.add_argument("--tries", type=int, default=5)
    opts.add_argument("--no-probe", action="store_true", help="turn the probe off")
    opts.add_argument("--limit", type=float, default=60.0, help="seconds to give up a try")
    opts.add_argument("--seed", type=int, default=7)
    args = opts.parse_args()
    random.seed(args.seed)

    from PySide6.QtWidgets import QApplication

    from clienteling.hq import migrate
    from clienteling.hq.db import Database
    from clienteling.ui.main_window import MainWindow
    from clienteling.ui.tasks import TaskRunner
    from tests.hq_live import World, small_chain

    app = QApplication.instance() or QApplication(sys.argv)
    tmp = Path(tempfile.mkdtemp(prefix="bench_connectivity_"))
    db_url = f"sqlite:///{tmp / 'hq.db'}"
    db = Database(db_url)
    migrate.upgrade(db)
    small_chain(db)
    world = World(db)
    world.start_hq()  # in this process only to enroll the terminal
    services = world.enroll_terminal(tmp / "terminal", STORE)  # the app's default policy
    world.stop_hq()
    db.dispose()
    hq = HQProcess(db_url, world.port)
    hq.start()
    if wait_for(app, lambda: accepts(hq.port), 60) is None:
        raise SystemExit("HQ did not start")
    runner = TaskRunner()
    kwargs = {}
    has_probe = "probe_every_ms" in inspect.signature(MainWindow).parameters
    if has_probe and args.no_probe:
        kwargs["probe_every_ms"] = 0
    win = MainWindow(runner, **kwargs)
    win.show()
    win.open_terminal(services)
    if wait_for(app, lambda: win.current == "signin", 60) is None:
        raise SystemExit("the window did not reach the sign-in screen")
    wait_for(app, lambda: win.strip.state == "online", 40)
    tracker = services.syncing.hq.connectivity
    probe = "on" if has_probe and not args.no_probe else "off (or none in this code)"
    print(f"code: {ROOT}  probe: {probe}  sync every {win.sync_timer.interval() / 1000:.0f} s")

    gone_ui, gone_service, back_ui, left_offline = [], [], [], []
    for n in range(args.tries):
        wait_for(app, lambda: False, random.uniform(0, 10))
        hq.kill()
        start = time.monotonic()
        marks: dict[str, float] = {}

        def offline_shown(marks=marks, start=start) -> bool:
            if "service" not in marks and tracker.state == "offline":
                marks["service"] = time.monotonic() - start
            return win.strip.state == "offline"

        ui = wait_for(app, offline_shown, args.limit)
        gone_ui.append(ui)
        gone_service.append(marks.get("service"))
        wait_for(app, lambda: False, random.uniform(0, 10))
        hq.start()
        wait_for(app, lambda: accepts(hq.port), 60)
        start_back = time.monotonic()
        seen: dict[str, float] = {}

        def online_shown(seen=seen, start=start_back) -> bool:
            if "left" not in seen and win.strip.state != "offline":
                seen["left"] = time.monotonic() - start  # "Syncing…" or online
            return win.strip.state == "online"

        back = wait_for(app, online_shown, args.limit)
        back_ui.append(back)
        left_offline.append(seen.get("left"))
        print(
            f"try {n + 1}: offline shown after {ui if ui is None else round(ui, 2)} s; back: "
            f"not offline after {seen.get('left', float('nan')):.2f} s, online after "
            f"{back if back is None else round(back, 2)} s",
            flush=True,
        )
    print(figures("HQ stopped -> service (tracker) says offline", gone_service))
    print(figures("HQ stopped -> strip says offline", gone_ui))
    print(figures("HQ started -> strip no longer says offline", left_offline))
    print(figures("HQ started -> strip says online (after the sync it starts)", back_ui))
    win.close()
    runner.shutdown(20000)
    hq.kill()
    services.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
