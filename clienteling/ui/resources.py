"""Where the app's resources (themes, translations) are: `resources/` next to the package.

CLIENTELING_RESOURCES overrides it (bundles put the folder elsewhere).
"""

from __future__ import annotations

import os
from pathlib import Path


def resource_dir() -> Path:
    override = os.environ.get("CLIENTELING_RESOURCES")
    if override:
        return Path(override)
    return Path(__file__).resolve().parents[2] / "resources"


def themes_dir() -> Path:
    return resource_dir() / "themes"


def translations_dir() -> Path:
    return resource_dir() / "translations"
