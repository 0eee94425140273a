"""Where the app's resources (themes, translations) are: the package `clienteling.resources`.

The repository keeps them in the top-level `resources/` folder, which
pyproject.toml installs as that package, so an editable checkout and an
installed wheel find them the same way, through importlib.resources.
CLIENTELING_RESOURCES overrides it with a folder of the same layout (a bundle
that keeps its resources outside the package, a test with a built .qm).
"""

from __future__ import annotations

import os
from importlib.resources import files
from pathlib import Path

PACKAGE = "clienteling.resources"


def resource_dir() -> Path:
    override = os.environ.get("CLIENTELING_RESOURCES")
    if override:
        return Path(override)
    found = files(PACKAGE)
    # Qt opens translations by file name, so the resources must be files on disk: true for
    # a checkout and an installed wheel; a zipped install would need the override.
    if not isinstance(found, Path):
        raise RuntimeError(
            f"the app's resources ({PACKAGE}) are not a folder on disk ({found}); "
            "set CLIENTELING_RESOURCES to a folder with themes/ and translations/"
        )
    return found


def themes_dir() -> Path:
    return resource_dir() / "themes"


def translations_dir() -> Path:
    return resource_dir() / "translations"
