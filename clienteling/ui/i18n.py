"""Translations: ours from resources/translations, Qt's own from the Qt installation.

The `.ts` files are the sources translators edit (made with pyside6-lupdate,
see resources/translations/README.md). At start the app loads the compiled
`.qm` when `resources/translations/build.py` has made one, and otherwise
reads the `.ts` itself, so a checkout runs translated with no build step and
no generated binaries are committed.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

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


class TsTranslator(QTranslator):
    """A translator that reads a Qt Linguist `.ts` file directly (finished and unfinished)."""

    def __init__(self, path: Path, parent=None) -> None:
        super().__init__(parent)
        self.path = path
        self.messages: dict[tuple[str, str], str] = {}
        root = ET.parse(path).getroot()  # noqa: S314 - a file of this repository
        self.language = root.get("language", "")
        for context in root.iter("context"):
            name = context.findtext("name", "")
            for message in context.iter("message"):
                source = message.findtext("source")
                node = message.find("translation")
                if source is None or node is None or not (node.text or "").strip():
                    continue
                if node.get("type") in ("obsolete", "vanished"):
                    continue
                self.messages[(name, source)] = node.text

    def translate(self, context, source_text, disambiguation=None, n=-1):
        return self.messages.get((context, source_text))

    def isEmpty(self) -> bool:
        return not self.messages


def install_translations(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Install ours and Qt's translators for the language; returns them (keep a reference)."""
    installed: list[QTranslator] = []
    if language == "en":
        if QLocale.system().language() == QLocale.Language.C:
            QLocale.setDefault(QLocale("en_GB"))  # dates and money as people write them
        return installed
    locale = QLocale(language)
    QLocale.setDefault(locale)
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
