"""The guided scenarios' texts go through the UI's translation pipeline: lupdate reads them from
clienteling/ui/training_texts.py (written from the scenario files by build.py), and each one has
a real translation in every language, with the same placeholders."""

from __future__ import annotations

import importlib.util
import string
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from clienteling.demo.scenarios import load_all
from clienteling.domain.training import CONTEXT, fill
from clienteling.ui import i18n
from clienteling.ui.resources import translations_dir

ROOT = Path(__file__).resolve().parents[2]
LANGS = ("pt_BR", "es", "ru")


def _build():
    spec = importlib.util.spec_from_file_location(
        "translations_build", ROOT / "resources" / "translations" / "build.py"
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def scenario_texts() -> list[str]:
    return list(dict.fromkeys(t for s in load_all() for t in s.texts))


def translated(lang: str) -> dict[str, str | None]:
    out = {}
    root = ET.parse(translations_dir() / f"clienteling_{lang}.ts").getroot()  # noqa: S314
    for context in root.iter("context"):
        if context.findtext("name") != CONTEXT:
            continue
        for message in context.iter("message"):
            node = message.find("translation")
            done = node.get("type") not in ("unfinished", "obsolete", "vanished")
            out[message.findtext("source")] = node.text if done else None
    return out


def fields(text: str) -> set[str]:
    return {f for _, f, _, _ in string.Formatter().parse(text) if f}


def test_the_texts_module_is_written_from_the_scenario_files():
    """A scenario text changed without running build.py --texts fails here."""
    module = ROOT / "clienteling" / "ui" / "training_texts.py"
    assert module.read_text(encoding="utf-8") == _build().scenario_texts_module(), (
        "run: python resources/translations/build.py --texts"
    )


def test_lupdate_finds_every_scenario_text(tmp_path):
    fresh = tmp_path / "fresh.ts"
    lupdate = Path(sys.executable).parent / "pyside6-lupdate"
    source = ROOT / "clienteling" / "ui" / "training_texts.py"
    subprocess.run([str(lupdate), str(source), "-ts", str(fresh)], check=True, capture_output=True)
    found = {
        m.findtext("source")
        for c in ET.parse(fresh).getroot().iter("context")  # noqa: S314
        if c.findtext("name") == CONTEXT
        for m in c.iter("message")
    }
    assert found == set(scenario_texts())


@pytest.mark.parametrize("lang", LANGS)
def test_every_scenario_text_is_translated_with_its_placeholders(lang):
    texts = scenario_texts()
    assert len(texts) > 60
    have = translated(lang)
    missing = [t for t in texts if not have.get(t)]
    assert missing == [], f"{lang}: untranslated scenario texts {missing[:3]}"
    wrong = [t for t in texts if fields(have[t]) != fields(t)]
    assert wrong == [], f"{lang}: placeholders differ in {wrong[:3]}"
    same = [t for t in texts if have[t] == t]
    assert same == [], f"{lang}: left in English {same[:3]}"


@pytest.fixture
def clean_translators(qapp):
    yield
    for tr in qapp.findChildren(i18n.QTranslator):
        qapp.removeTranslator(tr)
        tr.deleteLater()


def test_the_ui_shows_a_step_translated_then_filled(qapp, clean_translators):
    i18n.install_translations(QApplication.instance(), "ru")
    step = next(s for s in load_all() if s.id == "order-for-delivery").steps[1]
    shown = fill(QCoreApplication.translate(CONTEXT, step.title), {"size": "M"})
    assert shown == "Закажите размер M с доставкой на дом"
