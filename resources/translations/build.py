"""Refresh the .ts sources from the UI code and compile them to .qm (not committed).

    .venv/bin/python resources/translations/build.py           # lupdate + lrelease
    .venv/bin/python resources/translations/build.py --release # lrelease only
    .venv/bin/python resources/translations/build.py --texts   # scenario texts only

The guided scenarios' texts (resources/training/*.json) reach lupdate through
clienteling/ui/training_texts.py, which this script writes first (`--texts` writes
only it, leaving the .ts files alone).

The app runs without this step: clienteling.ui.i18n reads the .ts directly
when no up-to-date .qm is next to it. Building the .qm makes start-up a bit
faster and is what installers do.
"""

from __future__ import annotations

import argparse
import ast
import html
import json
import re
import shutil
import subprocess
import sys
from collections.abc import Container
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


CONTEXT = re.compile(r"<context>\n    <name>(.*?)</name>\n(.*?)</context>\n", re.S)
MESSAGE = re.compile(r"    <message(?: [^>]*)?>\n.*?</message>\n", re.S)
SOURCE = re.compile(r"<source>(.*?)</source>", re.S)


def _messages(text: str) -> dict[str, dict[str, str]]:
    """Each context's messages of a .ts file: {context: {source: the message's lines}}; the
    source as its text reads (a hand-added message may write ' where lupdate writes &apos;,
    and is the same message)."""
    return {
        name: {
            html.unescape(SOURCE.search(m).group(1)): m
            for m in MESSAGE.findall(body)
            if SOURCE.search(m)
        }
        for name, body in CONTEXT.findall(text)
    }


def code_texts(root: Path = ROOT / "clienteling") -> set[str]:
    """Every string constant of the Python code under `root`, as the parser reads it
    (implicit concatenations over several lines joined, escapes resolved)."""
    texts = set()
    for path in sorted(root.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        texts.update(
            node.value
            for node in ast.walk(tree)
            if isinstance(node, ast.Constant) and isinstance(node.value, str)
        )
    return texts


def keep_dropped(before: str, after: str, known: Container[str] | None = None) -> str:
    """`after` (lupdate's answer) with the messages of `before` that lupdate dropped put
    back in their contexts: texts lupdate cannot see (translated through a variable, as
    the KPI definitions in clienteling/domain/kpis.py, or spread over several lines) were
    added by hand and must survive a refresh with their translations.

    `known`: the texts still in the code (`code_texts`; None: keep every dropped message).
    A dropped message whose source is not among them left the code, and its translation
    goes with it: lupdate dropped it because it is gone, not because it cannot see it."""
    now = _messages(after)
    for name, messages in _messages(before).items():
        missing = "".join(
            m
            for source, m in messages.items()
            if source not in now.get(name, {}) and (known is None or source in known)
        )
        if not missing:
            continue
        if name in now:
            head = f"<context>\n    <name>{name}</name>\n"
            at = after.index(head)
            end = after.index("</context>\n", at)
            after = after[:end] + missing + after[end:]
        else:
            block = f"<context>\n    <name>{name}</name>\n{missing}</context>\n"
            after = after.replace("</TS>", block + "</TS>", 1)
    return after


TEXTS_FILE = ROOT / "clienteling" / "ui" / "training_texts.py"


def scenario_texts_module() -> str:
    """clienteling/ui/training_texts.py as it must be: every scenario text, for lupdate."""
    sys.path.insert(0, str(ROOT))
    from clienteling.demo.scenarios import load_all
    from clienteling.domain.training import CONTEXT

    texts = list(dict.fromkeys(t for s in load_all(HERE.parent / "training") for t in s.texts))
    lines = [
        '"""The guided scenarios\' texts (resources/training/*.json), for lupdate: written by',
        "resources/translations/build.py (--texts), never by hand. The UI translates them with",
        f'QCoreApplication.translate("{CONTEXT}", text)."""',
        "",
        "from PySide6.QtCore import QT_TRANSLATE_NOOP",
        "",
        "TEXTS = (",
        *(
            f'    QT_TRANSLATE_NOOP("{CONTEXT}", {json.dumps(text, ensure_ascii=False)}),'
            for text in texts
        ),
        ")",
        "",
    ]
    return "\n".join(lines)


def write_scenario_texts() -> None:
    TEXTS_FILE.write_text(scenario_texts_module(), encoding="utf-8")


def main() -> int:
    args = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    args.add_argument("--release", action="store_true", help="only compile the .ts to .qm")
    args.add_argument("--texts", action="store_true", help="only write the scenario texts")
    opts = args.parse_args()
    if opts.texts:
        write_scenario_texts()
        return 0
    ts = [str(HERE / f"clienteling_{lang}.ts") for lang in LANGUAGES]
    english = str(HERE / f"clienteling_{PLURALS_ONLY}.ts")
    if not opts.release:
        write_scenario_texts()
        sources = sorted(str(p) for p in (ROOT / "clienteling" / "ui").glob("*.py"))
        lupdate = [tool("pyside6-lupdate"), *sources, "-no-obsolete"]
        before = {path: Path(path).read_text(encoding="utf-8") for path in ts}
        subprocess.run([*lupdate, "-ts", *ts], check=True)  # noqa: S603
        known = code_texts()
        for path, text in before.items():
            refreshed = Path(path).read_text(encoding="utf-8")
            Path(path).write_text(keep_dropped(text, refreshed, known), encoding="utf-8")
        subprocess.run([*lupdate, "-pluralonly", "-ts", english], check=True)  # noqa: S603
    for path in [*ts, english]:
        subprocess.run([tool("pyside6-lrelease"), path], check=True)  # noqa: S603
    return 0


if __name__ == "__main__":
    sys.exit(main())
