"""Where packaging/build-linux puts its output, and how tests and benchmarks run it in isolation."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
BUILD = ROOT / "packaging" / "build-linux"
OUT = Path(os.environ.get("CLIENTELING_PACKAGING_OUT", ROOT / "build" / "packaging"))


def bundle_dir() -> Path:
    return OUT / "dist" / "clienteling"


def deb_file() -> Path:
    found = sorted(OUT.glob("clienteling_*.deb"))
    assert len(found) == 1, f"one .deb expected in {OUT}, found {found}"
    return found[0]


def isolated_env(tmp: Path) -> dict[str, str]:
    """An environment with its own HOME and XDG folders under `tmp`, Qt offscreen, and none of
    the checkout's variables: the program finds its resources and data by itself."""
    folders = {
        "HOME": tmp / "home",
        "XDG_DATA_HOME": tmp / "xdg-data",
        "XDG_CONFIG_HOME": tmp / "xdg-config",
        "XDG_CACHE_HOME": tmp / "xdg-cache",
        "XDG_RUNTIME_DIR": tmp / "xdg-run",
    }
    for path in folders.values():
        path.mkdir(parents=True, exist_ok=True, mode=0o700)
    return {
        "PATH": "/usr/local/bin:/usr/bin:/bin",
        "LANG": "C.UTF-8",
        "QT_QPA_PLATFORM": "offscreen",
        **{name: str(path) for name, path in folders.items()},
    }


def run_screenshot(
    command: list[str], png: Path, env: dict[str, str], extra: list[str] | None = None
) -> subprocess.CompletedProcess:
    return subprocess.run(
        [*command, "--training", "--screenshot", str(png), *(extra or [])],
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        stdin=subprocess.DEVNULL,
        cwd=env["HOME"],
    )


def png_facts(png: Path) -> dict:
    """The PNG's size and how many colours a 40x40 grid of its pixels has."""
    from PySide6.QtGui import QImage

    image = QImage(str(png))
    assert not image.isNull(), f"{png} is not a readable PNG"
    w, h = image.width(), image.height()
    colours = {image.pixel(x * w // 40, y * h // 40) for x in range(40) for y in range(40)}
    return {"size": (w, h), "colours": len(colours)}
