"""How long the coach takes to start a guided scenario and to check the trainee's work.

The training chain (the default size unless --shoppers says otherwise) is made once in a
temporary folder. For each scenario: `Coach.start` (reset, setup on the training HQ,
baseline), beside `TrainingTerminal.reset()` alone, which start includes; then, signed in
with a note made and its questions answered, `Coach.check()` of a step that reads the
state (what the UI runs every ~1.5 s) beside the raw floor of
one of its reads: a plain sqlite3 query of the HQ's notes newer than the baseline on an
open connection. Ratios: start / reset, check / raw read.

    python tests/benchmarks/bench_training_coach.py [--tries 3] [--checks 50] [--shoppers 3000]
"""

from __future__ import annotations

import argparse
import logging
import os
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))


def timed(fn) -> float:
    started = time.perf_counter()
    fn()
    return time.perf_counter() - started


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--tries", type=int, default=3)
    ap.add_argument("--checks", type=int, default=50)
    ap.add_argument("--shoppers", type=int, default=3000)
    args = ap.parse_args()
    logging.basicConfig(level=logging.INFO, format="%(name)s: %(message)s")  # a failed check
    tmp = Path(tempfile.mkdtemp(prefix="bench-coach-"))
    os.environ["CLIENTELING_HOME"] = str(tmp / "home")
    os.environ.setdefault("PYTHON_KEYRING_BACKEND", "keyring.backends.null.Keyring")
    os.environ.setdefault("CLIENTELING_RESOURCES", str(ROOT / "resources"))
    from clienteling import paths
    from clienteling.app import TrainingTerminal

    training = TrainingTerminal(paths.training_dir(), chain={"shoppers": args.shoppers})
    made = time.perf_counter()
    training.start()
    print(f"chain made and terminal enrolled in {time.perf_counter() - made:.1f} s")
    coach = training.coach()
    starts, resets, checks, raws = [], [], [], []
    try:
        for scenario in training.scenarios():
            for _ in range(args.tries):
                resets.append(timed(training.reset))
                starts.append(timed(lambda s=scenario: coach.start(s.id)))
            services, values = training.services, coach.progress().values
            services.syncing.sync()
            employee = values["associate_id"]
            services.sessions.sign_in(employee, training.pins[employee])
            services.engagement.add_note(services.lookup.search("a")[0].shopper_id, "other", "x")
            step = coach.check().current
            while step is not None and step.question is not None:  # to a step that reads
                coach.answer(step.question.answer)
                step = coach.check().current
            assert step is not None and step.check is not None, scenario.id
            checks += [timed(coach.check) for _ in range(args.checks)]
            raw = sqlite3.connect(training.home / "demo-hq.db")
            seq = coach._baseline.hq_seq
            query = "SELECT * FROM notes WHERE seq > ?"
            read = lambda r=raw, q=query, s=seq: r.execute(q, (s,)).fetchall()  # noqa: E731
            raws += [timed(read) for _ in range(50)]
            raw.close()
    finally:
        training.close()
        shutil.rmtree(tmp, ignore_errors=True)
    start, reset = statistics.median(starts), statistics.median(resets)
    check, raw = statistics.median(checks), statistics.median(raws)
    n = len(training.scenarios())
    print(f"scenarios: {n}, tries each: {args.tries}, checks each: {args.checks}")
    print(f"coach.start (median): {start * 1000:.0f} ms; reset alone: {reset * 1000:.0f} ms")
    print(f"ratio start / reset: {start / reset:.1f}")
    print(f"coach.check (median): {check * 1000:.2f} ms; raw notes read: {raw * 1000:.3f} ms")
    print(f"ratio check / raw read: {check / raw:.0f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
