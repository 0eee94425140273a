"""How long a training reset takes, beside a plain copy of the same bytes.

The training chain (the default size, as `clienteling --training` makes it, unless
--shoppers says otherwise) is made once in a temporary folder, a terminal enrolled
and synced; then each try: a note and a sync (the trainee's changes), and the timed
`TrainingTerminal.reset()` (terminal closed, HQ stopped, the kept files put back, HQ
serving again on the same address, terminal reopened). The raw copy is `shutil.copyfile`
of the same kept files, timed the same way; the ratio is reset / copy.

    python tests/benchmarks/bench_training_reset.py [--tries 5] [--shoppers 3000]
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--tries", type=int, default=5)
    ap.add_argument("--shoppers", type=int, default=3000)
    args = ap.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="bench-reset-"))
    os.environ["CLIENTELING_HOME"] = str(tmp / "home")
    os.environ.setdefault("PYTHON_KEYRING_BACKEND", "keyring.backends.null.Keyring")
    from clienteling import paths
    from clienteling.app import TrainingTerminal
    from clienteling.demo import pristine

    training = TrainingTerminal(paths.training_dir(), chain={"shoppers": args.shoppers})
    made = time.perf_counter()
    services = training.start()
    print(f"chain made and terminal enrolled in {time.perf_counter() - made:.1f} s")
    kept = [p for p in pristine.folder(training.home).iterdir() if p.is_file()]
    size = sum(p.stat().st_size for p in kept)
    employee, pin = next(iter(training.pins.items()))
    resets, copies = [], []
    try:
        for _ in range(args.tries):
            services.syncing.sync()
            services.sessions.sign_in(employee, pin)
            shopper = services.lookup.search("a")[0].shopper_id
            services.engagement.add_note(shopper, "browsing", "a trainee's note")
            started = time.perf_counter()
            services = training.reset()
            resets.append(time.perf_counter() - started)
            target = tmp / "copy"
            target.mkdir(exist_ok=True)
            started = time.perf_counter()
            for p in kept:
                shutil.copyfile(p, target / p.name)
            copies.append(time.perf_counter() - started)
    finally:
        training.close()
        shutil.rmtree(tmp, ignore_errors=True)
    reset, copy = statistics.median(resets), statistics.median(copies)
    print(f"kept files: {len(kept)}, {size / 1e6:.1f} MB")
    print(f"reset (median of {args.tries}): {reset * 1000:.0f} ms")
    print(f"raw copy of the same bytes:   {copy * 1000:.0f} ms")
    print(f"ratio reset / copy: {reset / copy:.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
