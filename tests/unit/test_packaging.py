"""The wheel ships every package of the app and its resources.

pyproject.toml lists the packages (the top-level resources/ folder installs as
`clienteling.resources`, and with that mapping setuptools cannot discover them),
so a new package folder must be added there; this test says which.
"""

from __future__ import annotations

import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def setuptools_config() -> dict:
    with (ROOT / "pyproject.toml").open("rb") as f:
        return tomllib.load(f)["tool"]["setuptools"]


def package_folders() -> set[str]:
    """Every folder under clienteling/ with Python code, as a package name."""
    found = set()
    for path in (ROOT / "clienteling").rglob("*.py"):
        folder = path.parent.relative_to(ROOT)
        if "__pycache__" not in folder.parts:
            found.add(".".join(folder.parts))
    return found


def test_every_package_folder_is_listed():
    listed = set(setuptools_config()["packages"])
    missing = sorted(package_folders() - listed)
    assert missing == [], f"add to [tool.setuptools] packages in pyproject.toml: {missing}"
    assert sorted(listed - package_folders() - {"clienteling.resources"}) == []


def test_resources_ship_from_the_top_level_folder():
    config = setuptools_config()
    assert config["package-dir"] == {"clienteling.resources": "resources"}
    assert (ROOT / "resources" / "__init__.py").is_file()
    globs = config["package-data"]["clienteling.resources"]
    shipped = {
        p.relative_to(ROOT / "resources").as_posix()
        for g in globs
        for p in (ROOT / "resources").glob(g)
    }
    assert {"themes/light.qss", "themes/dark.qss"} <= shipped
    assert {f"translations/clienteling_{lang}.ts" for lang in ("pt_BR", "es", "ru")} <= shipped
