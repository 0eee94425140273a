"""Translations: ours from resources/translations, Qt's own from the Qt installation.

The `.ts` files are the sources translators edit (made with pyside6-lupdate,
see resources/translations/README.md); English has one too, with only the
plural forms of counted words ("1 day ago", "2 days ago"). At start the app loads the compiled
`.qm` when `resources/translations/build.py` has made one, and otherwise
reads the `.ts` itself, so a checkout runs translated with no build step and
no generated binaries are committed.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from .formats import use_language
from .resources import translations_dir

LANGUAGES = {"en": "English", "pt_BR": "Português (Brasil)", "es": "Español", "ru": "Русский"}


def pick_language(requested: str | None = None, system: str | None = None) -> str:
    """The language to show: the --lang option, else the system locale; English otherwise."""
    for wanted in (requested, system or QLocale.system().name()):
        if not wanted:
            continue
        wanted = wanted.replace("-", "_")
        if wanted in LANGUAGES:
            return wanted
        base = wanted.split("_")[0]
        if base == "pt":
            return "pt_BR"
        if base in LANGUAGES:
            return base
    return "en"


def plural_form(language: str, n: int) -> int:
    """Which of a message's plural forms fits the count n, by Qt Linguist's rules."""
    base, _, country = language.partition("_")
    if base == "ru":
        if n % 10 == 1 and n % 100 != 11:
            return 0
        return 1 if 2 <= n % 10 <= 4 and not 10 <= n % 100 <= 20 else 2
    if base == "fr" or (base == "pt" and country == "BR"):
        return 0 if n <= 1 else 1
    return 0 if n == 1 else 1


class TsTranslator(QTranslator):
    """A translator that reads a Qt Linguist `.ts` file directly (finished and unfinished)."""

    def __init__(self, path: Path, parent=None) -> None:
        super().__init__(parent)
        self.path = path
        self.messages: dict[tuple[str, str], str | list[str]] = {}
        root = ET.parse(path).getroot()  # noqa: S314 - a file of this repository
        self.language = root.get("language", "")
        for context in root.iter("context"):
            name = context.findtext("name", "")
            for message in context.iter("message"):
                source = message.findtext("source")
                node = message.find("translation")
                if source is None or node is None or node.get("type") in ("obsolete", "vanished"):
                    continue
                forms = [f.text or "" for f in node.iter("numerusform")]
                if message.get("numerus") == "yes" and all(forms):
                    self.messages[(name, source)] = forms
                elif (node.text or "").strip():
                    self.messages[(name, source)] = node.text

    def translate(self, context, source_text, disambiguation=None, n=-1):
        found = self.messages.get((context, source_text))
        if isinstance(found, list):  # Qt puts the count in place of %n afterwards
            return found[min(plural_form(self.language, max(n, 0)), len(found) - 1)]
        return found

    def isEmpty(self) -> bool:
        return not self.messages


def install_translations(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Install ours and Qt's translators for the language, and its formats (formats.py);
    returns the translators (keep a reference)."""
    installed: list[QTranslator] = []
    locale = use_language(language)
    if language != "en":
        qt = QTranslator(app)
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if qt.load(locale, "qtbase", "_", qt_dir):
            app.installTranslator(qt)
            installed.append(qt)
    folder = translations_dir()
    compiled = folder / f"clienteling_{language}.qm"
    source = folder / f"clienteling_{language}.ts"
    ours: QTranslator | None = None
    if compiled.exists() and (
        not source.exists() or compiled.stat().st_mtime >= source.stat().st_mtime
    ):
        ours = QTranslator(app)
        if not ours.load(str(compiled)):
            ours = None
    if ours is None and source.exists():
        ours = TsTranslator(source, app)
    if ours is not None:
        app.installTranslator(ours)
        installed.append(ours)
    return installed
