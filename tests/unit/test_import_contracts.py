"""The import contracts in pyproject.toml catch each wrong arrow they are there for.

Each case copies the package, adds one module with one wrong import, and runs
lint-imports on the copy: it must fail, naming the broken contract. The
unchanged copy must pass.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
LINT = Path(sys.executable).with_name("lint-imports")

# (where the probe module goes, what it imports, the contract that must break)
PROBES = [
    ("ui", "from clienteling.cache import store", "Screens speak to services only"),
    ("ui", "from clienteling.api.client import HQClient", "Screens speak to services only"),
    ("ui", "from clienteling.sync import engine", "Screens speak to services only"),
    ("ui", "import httpx", "Screens speak to services only"),
    ("ui", "import sqlcipher3", "Screens speak to services only"),
    ("ui", "from clienteling.settings import SettingsFile", "Screens speak to services only"),
    ("services", "from clienteling.ui import texts", "Terminal layers"),
    ("cache", "from clienteling.services import lookup", "Terminal layers"),
    ("hq", "from clienteling import paths", "HQ never imports terminal code"),
    ("hq", "from clienteling.services import orders", "HQ never imports terminal code"),
    ("services", "from clienteling.hq import tables", "Terminal code reaches HQ only through demo"),
    ("services", "import httpx", "One door to the network"),
    ("sync", "import httpx", "One door to the network"),
    ("services", "import sqlcipher3", "One door to the cache file"),
    ("sync", "import sqlcipher3", "One door to the cache file"),
    ("scan", "from PySide6.QtCore import QObject", "Qt stays in ui"),
    ("app", "import shiboken6", "Qt stays in ui"),
    ("demo", "from PySide6.QtGui import QImage", "Qt stays in ui"),
]


def _copy(tmp_path: Path) -> Path:
    shutil.copytree(
        ROOT / "clienteling", tmp_path / "clienteling", ignore=shutil.ignore_patterns("__pycache__")
    )
    shutil.copy(ROOT / "pyproject.toml", tmp_path / "pyproject.toml")
    return tmp_path


def _lint(where: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(where)}  # the copy, before the installed package
    return subprocess.run(
        [str(LINT), "--no-cache"], cwd=where, env=env, capture_output=True, text=True, timeout=120
    )


def test_the_package_as_it_is_keeps_every_contract(tmp_path):
    result = _lint(_copy(tmp_path))
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 broken" in result.stdout


def _broken(output: str) -> list[str]:
    """The names of the contracts lint-imports reports broken (names may wrap over lines)."""
    text = " ".join(output.split())
    listing = re.search(r"dependencies\. -+ (.*?) Contracts: \d+ kept", text)
    assert listing, output
    found = re.findall(r"(\S.*?) (KEPT|BROKEN)", listing.group(1))
    return [name for name, verdict in found if verdict == "BROKEN"]


@pytest.mark.parametrize(("package", "line", "contract"), PROBES)
def test_a_wrong_import_breaks_its_contract(tmp_path, package, line, contract):
    copy = _copy(tmp_path)
    target = copy / "clienteling" / package
    if target.is_dir():
        (target / "contract_probe.py").write_text(line + "\n")
    else:  # a module of its own (app.py): the import goes into it
        module = target.with_suffix(".py")
        module.write_text(module.read_text() + "\n" + line + "  # noqa\n")
    result = _lint(copy)
    assert result.returncode != 0, f"{package}: {line!r} passed lint-imports"
    broken = _broken(result.stdout)
    assert any(name.strip("- ").startswith(contract) for name in broken), result.stdout


def test_qt_reached_through_another_module_is_caught(tmp_path):
    """Qt imported by a helper outside ui that a service imports: an indirect import."""
    copy = _copy(tmp_path)
    (copy / "clienteling" / "helper_probe.py").write_text("from PySide6 import QtCore\n")
    (copy / "clienteling" / "services" / "contract_probe.py").write_text(
        "from clienteling import helper_probe\n"
    )
    result = _lint(copy)
    assert result.returncode != 0 and "Qt stays in ui" in result.stdout, result.stdout
