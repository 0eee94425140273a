"""Refresh the .ts sources from the UI code and compile them to .qm (not committed).

    .venv/bin/python resources/translations/build.py           # lupdate + lrelease
    .venv/bin/python resources/translations/build.py --release # lrelease only

The app runs without this step: clienteling.ui.i18n reads the .ts directly
when no up-to-date .qm is next to it. Building the .qm makes start-up a bit
faster and is what installers do.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
LANGUAGES = ("pt_BR", "es", "ru")
PLURALS_ONLY = "en"  # English needs only the plural forms of counted words ("1 day", "2 days")


def tool(name: str) -> str:
    found = shutil.which(name) or shutil.which(name, path=str(Path(sys.executable).parent))
    if not found:
        raise SystemExit(f"{name} not found: install PySide6 (pip install -e '.[dev]')")
    return found


def main() -> int:
    args = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    args.add_argument("--release", action="store_true", help="only compile the .ts to .qm")
    opts = args.parse_args()
    ts = [str(HERE / f"clienteling_{lang}.ts") for lang in LANGUAGES]
    english = str(HERE / f"clienteling_{PLURALS_ONLY}.ts")
    if not opts.release:
        sources = sorted(str(p) for p in (ROOT / "clienteling" / "ui").glob("*.py"))
        lupdate = [tool("pyside6-lupdate"), *sources, "-no-obsolete"]
        subprocess.run([*lupdate, "-ts", *ts], check=True)  # noqa: S603
        subprocess.run([*lupdate, "-pluralonly", "-ts", english], check=True)  # noqa: S603
    for path in [*ts, english]:
        subprocess.run([tool("pyside6-lrelease"), path], check=True)  # noqa: S603
    return 0


if __name__ == "__main__":
    sys.exit(main())
