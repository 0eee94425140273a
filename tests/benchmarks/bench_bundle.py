"""Store-terminal bundle: build time, size, and cold start beside the source install's.

    python tests/benchmarks/bench_bundle.py [--no-build] [--runs 3]

- build time: `packaging/build-linux` from the sources (the build venv with PyInstaller is
  kept between builds; its first creation is timed separately when it happens);
- size: the one-folder bundle, the .deb, and what the .deb installs;
- cold start: a fresh process to the first screenshot saved (`--training --screenshot`,
  offscreen), for the bundle and for the source install (`.venv/bin/clienteling`), each in
  its own temporary HOME/XDG folders. "first start" seeds the training chain in an empty
  folder; "next start" finds it there (what a terminal does every morning). The figure is the
  median of --runs; the limit beside the bundle's is the source install's, as a ratio.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from tests.packaging.bundle import (  # noqa: E402
    BUILD,
    OUT,
    bundle_dir,
    deb_file,
    isolated_env,
    png_facts,
    run_screenshot,
)


def du(path: Path) -> int:
    out = subprocess.run(["du", "-sb", str(path)], capture_output=True, text=True, check=True)
    return int(out.stdout.split()[0])


def mib(n: int) -> str:
    return f"{n / 2**20:,.0f} MiB"


def starts(command: list[str], runs: int) -> tuple[list[float], list[float]]:
    """Seconds to the first screenshot: first start (empty folder) and next start, per run."""
    first, later = [], []
    for _ in range(runs):
        with tempfile.TemporaryDirectory(prefix="bench-bundle-") as tmp:
            env = isolated_env(Path(tmp))
            for series in (first, later):
                png = Path(tmp) / "home.png"
                png.unlink(missing_ok=True)
                began = time.perf_counter()
                run = run_screenshot(command, png, env)
                spent = time.perf_counter() - began
                if run.returncode != 0:
                    raise SystemExit(f"{command[0]} failed:\n{run.stderr[-3000:]}")
                assert png_facts(png)["size"] == (1280, 800)
                series.append(spent)
    return first, later


def _runs(seconds: list[float]) -> str:
    return ", ".join(f"{x:.2f}" for x in seconds)


def main() -> int:
    args = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    args.add_argument("--no-build", action="store_true", help="measure the existing build")
    args.add_argument("--runs", type=int, default=3)
    args.add_argument(
        "--source",
        default=str(ROOT / ".venv" / "bin" / "clienteling"),
        help="the source install's clienteling (default: .venv/bin/clienteling)",
    )
    opts = args.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    if not opts.no_build:
        (OUT / "source-hash").unlink(missing_ok=True)
        began = time.perf_counter()
        subprocess.run([str(BUILD)], check=True, stdout=subprocess.DEVNULL)
        print(
            f"build (packaging/build-linux, build venv kept): {time.perf_counter() - began:.0f} s"
        )

    bundle, deb = bundle_dir(), deb_file()
    root = Path(tempfile.mkdtemp(prefix="bench-deb-"))
    subprocess.run(["dpkg", "-x", str(deb), str(root)], check=True)
    print(
        f"bundle folder: {mib(du(bundle))}; .deb: {mib(deb.stat().st_size)}; "
        f"installed: {mib(du(root))}"
    )
    subprocess.run(["rm", "-rf", str(root)], check=True)

    source = Path(opts.source)
    if not source.exists():
        raise SystemExit(f"{source} not found: run scripts/bootstrap (or pass --source)")
    b_first, b_next = starts([str(bundle / "clienteling")], opts.runs)
    s_first, s_next = starts([str(source)], opts.runs)
    for name, b, s in (("first start", b_first, s_first), ("next start", b_next, s_next)):
        mb, ms = statistics.median(b), statistics.median(s)
        print(
            f"{name} to first screenshot: bundle {mb:.2f} s (runs {_runs(b)}); "
            f"source install {ms:.2f} s (runs {_runs(s)}); ratio bundle/source {mb / ms:.2f}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
