"""The store-terminal bundle and .deb that packaging/build-linux makes, run as shipped.

Builds with `packaging/build-linux --if-changed` (a build of the same sources under
build/packaging is reused), then runs the bundled binary and the .deb's /usr/bin/clienteling,
unpacked into a temporary root, with `--training --screenshot` on Qt's offscreen platform,
with HOME and the XDG folders in a temporary directory and none of the checkout's
variables (CLIENTELING_RESOURCES, PYTHONPATH): what runs is the bundle alone.

The build installs PyInstaller and the app's dependencies from the package index. Without
one it is skipped with the reason, unless CLIENTELING_REQUIRE_PACKAGING=1 (then it fails).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.packaging.bundle import (
    BUILD,
    bundle_dir,
    deb_file,
    isolated_env,
    png_facts,
    run_screenshot,
)

pytestmark = [pytest.mark.packaging, pytest.mark.slow, pytest.mark.timeout(1800)]
REQUIRE = os.environ.get("CLIENTELING_REQUIRE_PACKAGING") == "1"
NETWORK_TROUBLE = (
    "NewConnectionError",
    "Temporary failure in name resolution",
    "Network is unreachable",
    "No matching distribution found",
    "Could not find a version that satisfies",
    "ConnectTimeout",
    "ReadTimeoutError",
)


def _skip_or_fail(reason: str):
    if REQUIRE:
        pytest.fail(f"CLIENTELING_REQUIRE_PACKAGING=1 but {reason}")
    pytest.skip(reason)


@pytest.fixture(scope="module")
def built() -> Path:
    """The bundle folder, built (or reused when build/packaging has these sources' build)."""
    for tool in ("dpkg-deb", "dpkg"):
        if not shutil.which(tool):
            _skip_or_fail(f"{tool} not installed (packaging/build-linux makes a .deb)")
    run = subprocess.run(
        [str(BUILD), "--if-changed"],
        env={**os.environ, "PYTHON": sys.executable},  # the build venv on this Python (3.11+)
        capture_output=True,
        text=True,
        timeout=1500,
        stdin=subprocess.DEVNULL,
    )
    if run.returncode != 0:
        log = run.stdout + run.stderr
        if any(marker in log for marker in NETWORK_TROUBLE):
            _skip_or_fail(
                "packaging/build-linux could not reach the package index for PyInstaller and "
                "the app's dependencies:\n" + log[-2000:]
            )
        pytest.fail(f"packaging/build-linux failed ({run.returncode}):\n{log[-6000:]}")
    return bundle_dir()


def test_bundle_holds_what_a_terminal_needs(built):
    internal = built / "_internal"
    translations = internal / "clienteling" / "resources" / "translations"
    # .qm compiled at build time for every language; no .ts to parse at start-up
    assert sorted(p.name for p in translations.iterdir()) == [
        f"clienteling_{lang}.qm" for lang in ("en", "es", "pt_BR", "ru")
    ]
    themes = internal / "clienteling" / "resources" / "themes"
    assert {"light.qss", "dark.qss", "arrow-light.svg", "arrow-dark.svg"} <= {
        p.name for p in themes.iterdir()
    }
    plugins = internal / "PySide6" / "Qt" / "plugins"
    assert (plugins / "platforms" / "libqoffscreen.so").is_file()
    assert (plugins / "platforms" / "libqxcb.so").is_file()  # a real store display (X11)
    assert (plugins / "imageformats" / "libqsvg.so").is_file()  # the themes' arrows
    assert list((plugins / "multimedia").glob("*.so")), "QtMultimedia backend (the camera)"
    assert list(internal.glob("libQt6Multimedia.so*"))
    assert list((internal / "sqlcipher3").glob("_sqlite3.*.so")), "SQLCipher (sqlcipher3)"
    assert list(internal.rglob("zxingcpp*.so")), "zxing-cpp (barcode decoding)"
    # the HQ migrations that training's embedded HQ runs are files Alembic can read
    assert (internal / "clienteling" / "hq" / "migrations" / "env.py").is_file()
    assert list((internal / "clienteling" / "hq" / "migrations" / "versions").glob("0001_*.py"))


def test_bundle_starts_offscreen_and_saves_the_screen(built, tmp_path):
    env = isolated_env(tmp_path)
    png = tmp_path / "home.png"
    run = run_screenshot([str(built / "clienteling")], png, env)
    assert run.returncode == 0, run.stderr[-4000:]
    facts = png_facts(png)
    assert facts["size"] == (1280, 800)
    assert facts["colours"] > 10, "a painted screen, not an empty window"
    # the training folder is in the temporary XDG data home, nowhere else
    assert (tmp_path / "xdg-data" / "clienteling" / "training" / "demo-hq.db").is_file()
    assert "Traceback" not in run.stderr


def test_bundle_reads_codes_in_a_picture(built, tmp_path):
    """zxing-cpp and Pillow in the bundle: `clienteling scan --image` on a QR code."""
    import json

    import qrcode

    picture = tmp_path / "code.png"
    qrcode.make("4006381333931").save(picture)
    run = subprocess.run(
        [str(built / "clienteling"), "scan", "--image", str(picture), "--json"],
        env=isolated_env(tmp_path),
        capture_output=True,
        text=True,
        timeout=120,
        stdin=subprocess.DEVNULL,
    )
    assert run.returncode == 0, run.stderr[-4000:]
    [code] = json.loads(run.stdout)
    assert (code["format"], code["text"], code["kind"]) == ("QR Code", "4006381333931", "product")


def test_deb_installs_into_a_root_and_runs(built, tmp_path, secret_service):
    """The .deb, unpacked as dpkg installs it, starts from /usr/bin/clienteling and keeps the
    training cache's key in the session's Secret Service (the bundle's keyring backends)."""
    from clienteling.app import keyring_service

    deb = deb_file()
    fields = subprocess.run(
        ["dpkg-deb", "--field", str(deb), "Package", "Architecture", "Depends"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert "Package: clienteling" in fields and "libxcb-cursor0" in fields
    listing = subprocess.run(
        ["dpkg-deb", "--contents", str(deb)], capture_output=True, text=True, check=True
    ).stdout
    assert "root/root" in listing and "./usr/bin/clienteling" in listing
    root = tmp_path / "root"
    subprocess.run(["dpkg", "-x", str(deb), str(root)], check=True)

    desktop = (root / "usr/share/applications/clienteling.desktop").read_text()
    assert "Exec=clienteling\n" in desktop and "Icon=clienteling\n" in desktop
    assert (root / "usr/share/icons/hicolor/scalable/apps/clienteling.svg").is_file()
    if shutil.which("desktop-file-validate"):
        check = subprocess.run(
            ["desktop-file-validate", str(root / "usr/share/applications/clienteling.desktop")],
            capture_output=True,
            text=True,
        )
        assert check.returncode == 0, check.stdout + check.stderr
    unit = (root / "usr/lib/systemd/user/clienteling-kiosk.service").read_text()
    assert "ExecStart=/usr/bin/clienteling --kiosk\n" in unit

    env = isolated_env(tmp_path)
    env["DBUS_SESSION_BUS_ADDRESS"] = os.environ["DBUS_SESSION_BUS_ADDRESS"]
    png = tmp_path / "signin.png"
    wrapper = root / "usr" / "bin" / "clienteling"
    extra = ["--screen", "signin", "--lang", "pt_BR", "--size", "800x1280"]
    run = run_screenshot([str(wrapper)], png, env, extra=extra)
    assert run.returncode == 0, run.stderr[-4000:]
    facts = png_facts(png)
    assert facts["size"] == (800, 1280)
    assert facts["colours"] > 10
    training_home = tmp_path / "xdg-data" / "clienteling" / "training"
    assert (training_home / "demo-hq.db").is_file()
    # the cache is a SQLCipher file (an SQLite one starts with its format's name)
    assert not (training_home / "cache.db").read_bytes().startswith(b"SQLite format 3")
    service = keyring_service(training_home, training=True)
    assert secret_service.get_password(service, "cache-key"), "the key is in the keyring"


if __name__ == "__main__":
    sys.exit(pytest.main([__file__, "-q"]))
