"""`clienteling --training --screenshot` (and its alias `--demo`): embedded HQ, enrollment,
first sync, sign-in, profile; in the training folder only, never the production terminal's."""

from __future__ import annotations

import json
import os
import subprocess
import sys

from PySide6.QtGui import QImage


def test_demo_screenshot_of_the_profile(tmp_path):
    env = {
        **os.environ,
        "CLIENTELING_HOME": str(tmp_path / "home"),
        "QT_QPA_PLATFORM": "offscreen",
        # no keyring in the test: the demo falls back to an in-memory vault
        "PYTHON_KEYRING_BACKEND": "keyring.backends.null.Keyring",
    }
    # A production terminal on the same machine: training never opens or changes its files.
    production = tmp_path / "home" / "terminal"
    production.mkdir(parents=True)
    (production / "cache.db").write_bytes(b"production cache")
    (production / "settings.json").write_text("{}")
    png = tmp_path / "profile.png"
    run = subprocess.run(
        [
            sys.executable,
            "-m",
            "clienteling.cli",
            "--training",
            "--screenshot",
            str(png),
            "--screen",
            "profile",
            "--lang",
            "es",
        ],
        env=env,
        capture_output=True,
        text=True,
        timeout=240,
        stdin=subprocess.DEVNULL,
    )
    assert run.returncode == 0, run.stderr
    image = QImage(str(png))
    assert (image.width(), image.height()) == (1280, 800)
    demo = tmp_path / "home" / "training"
    assert (demo / "settings.json").exists() and (demo / "demo-hq.db").exists()
    assert sorted(p.name for p in production.iterdir()) == ["cache.db", "settings.json"]
    assert (production / "cache.db").read_bytes() == b"production cache"
    assert _hq_url(demo).startswith("http://127.0.0.1:")

    def again(*args: str) -> subprocess.CompletedProcess:
        return subprocess.run(
            [sys.executable, "-m", "clienteling.cli", "--demo", *args],
            env=env,
            capture_output=True,
            text=True,
            timeout=120,
            stdin=subprocess.DEVNULL,
        )

    # The in-memory vault forgot the cache key: the second start, on the already seeded HQ
    # (new port), enrolls a fresh training terminal instead of failing on the old cache.
    first = _device(demo)
    signin = again(
        "--screenshot", str(tmp_path / "signin.png"), "--screen", "signin", "--size", "800x1280"
    )
    assert signin.returncode == 0, signin.stderr
    shot = QImage(str(tmp_path / "signin.png"))  # portrait, exactly the size asked for
    assert (shot.width(), shot.height()) == (800, 1280)
    assert _device(demo) != first

    stock = tmp_path / "stock.png"  # the product and stock screen, from the shopper's history
    later = again("--screenshot", str(stock), "--screen", "stock")
    assert later.returncode == 0, later.stderr
    assert QImage(str(stock)).width() == 1280


def _hq_url(folder) -> str:
    return json.loads((folder / "settings.json").read_text())["terminal"]["hq_url"]


def _device(folder) -> str:
    return json.loads((folder / "settings.json").read_text())["terminal"]["device_id"]
