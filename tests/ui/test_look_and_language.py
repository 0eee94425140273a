"""Themes (touch sizes) and translations (every UI string translated, loaded from .ts or .qm)."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QLineEdit, QPushButton

from clienteling.ui import i18n
from clienteling.ui.resources import resource_dir, themes_dir, translations_dir
from clienteling.ui.theme import MIN_TOUCH, apply_theme

ROOT = Path(__file__).resolve().parents[2]
LANGS = ("pt_BR", "es", "ru")


def test_language_from_option_then_system_locale():
    assert i18n.pick_language("ru", "pt_BR") == "ru"
    assert i18n.pick_language(None, "pt_PT") == "pt_BR"
    assert i18n.pick_language(None, "es_AR") == "es"
    assert i18n.pick_language("de", "C") == "en"


def translations(path: Path) -> dict[tuple[str, str], str]:
    out = {}
    for context in ET.parse(path).getroot().iter("context"):  # noqa: S314 - our own files
        for message in context.iter("message"):
            node = message.find("translation")
            if node.get("type") not in ("obsolete", "vanished"):
                out[(context.findtext("name"), message.findtext("source"))] = (
                    node.text if node.get("type") != "unfinished" else None
                )
    return out


def test_every_ui_string_is_translated(tmp_path):
    """lupdate over the UI code finds nothing the committed .ts files do not translate."""
    fresh = tmp_path / "fresh.ts"
    sources = sorted(str(p) for p in (ROOT / "clienteling" / "ui").glob("*.py"))
    lupdate = Path(sys.executable).parent / "pyside6-lupdate"
    subprocess.run([str(lupdate), *sources, "-ts", str(fresh)], check=True, capture_output=True)
    wanted = set(translations(fresh))
    assert len(wanted) > 100
    for lang in LANGS:
        have = translations(translations_dir() / f"clienteling_{lang}.ts")
        missing = sorted(k for k in wanted if not have.get(k))
        assert missing == [], f"{lang}: untranslated {missing[:5]}"
        assert all("{" not in v or set(_fields(v)) == set(_fields(k[1])) for k, v in have.items())


def test_the_kpi_texts_added_by_hand_are_translated():
    """The KPI names and definitions reach the .ts files by hand (lupdate cannot see a text
    translated through a variable): each is translated in every language."""
    from clienteling.domain.kpis import ATTRIBUTION, KPIS
    from clienteling.ui.activity_words import CONTEXT

    wanted = {ATTRIBUTION} | {k.name for k in KPIS.values()} | {k.definition for k in KPIS.values()}
    for lang in LANGS:
        have = translations(translations_dir() / f"clienteling_{lang}.ts")
        missing = sorted(text for text in wanted if not have.get((CONTEXT, text)))
        assert missing == [], f"{lang}: untranslated {missing[:3]}"


def test_refreshing_the_ts_files_keeps_what_lupdate_cannot_see():
    sys.path.insert(0, str(ROOT / "resources" / "translations"))
    try:
        from build import keep_dropped
    finally:
        sys.path.pop(0)

    def message(source: str, translation: str) -> str:
        return (
            f"    <message>\n        <source>{source}</source>\n"
            f"        <translation>{translation}</translation>\n    </message>\n"
        )

    def ts(*contexts: tuple[str, str]) -> str:
        blocks = "".join(f"<context>\n    <name>{n}</name>\n{m}</context>\n" for n, m in contexts)
        return f'<?xml version="1.0" encoding="utf-8"?>\n<TS version="2.1">\n{blocks}</TS>\n'

    before = ts(
        ("StoreActivity", message("Conversion", "Conversão") + message("Orders", "Pedidos")),
        ("Doctor", message("HQ is fine", "A central está bem")),
    )
    after = ts(("StoreActivity", message("Orders", "Pedidos")))  # lupdate saw only this one
    kept = keep_dropped(before, after)
    assert kept.count("<message>") == 3 and kept.count("<context>") == 2
    assert "<translation>Conversão</translation>" in kept
    assert "<translation>A central está bem</translation>" in kept
    assert keep_dropped(kept, kept) == kept  # a second refresh changes nothing
    # A message added by hand with ' is the one lupdate now writes with &apos;: kept once.
    by_hand = ts(("Doctor", message("HQ's clock", "O relógio da central")))
    seen = ts(("Doctor", message("HQ&apos;s clock", "O relógio da central")))
    assert keep_dropped(by_hand, seen) == seen
    # A dropped message whose text left the code goes; one the code still has comes back.
    known = {"Conversion", "Orders"}
    kept = keep_dropped(before, after, known)
    assert "<translation>Conversão</translation>" in kept
    assert "A central está bem" not in kept and "<name>Doctor</name>" not in kept


def test_the_code_texts_are_the_strings_of_the_code():
    """What a refresh keeps of the messages lupdate cannot see: texts still in the code,
    also those spread over several lines, as the KPI definitions are."""
    sys.path.insert(0, str(ROOT / "resources" / "translations"))
    try:
        from build import code_texts
    finally:
        sys.path.pop(0)
    from clienteling.domain.kpis import KPIS

    texts = code_texts()
    assert {k.definition for k in KPIS.values()} <= texts
    assert "not enough stock for {items}; pick an alternative" not in texts  # removed


def _fields(text: str) -> list[str]:
    import string

    return [f for _, f, _, _ in string.Formatter().parse(text) if f]


@pytest.fixture
def clean_translators(qapp):
    yield
    for tr in qapp.findChildren(i18n.QTranslator):
        qapp.removeTranslator(tr)
        tr.deleteLater()


def test_runs_translated_from_the_ts_source(qtbot, clean_translators):
    from clienteling.ui.status import StatusStrip

    installed = i18n.install_translations(QApplication.instance(), "pt_BR")
    assert any(isinstance(t, i18n.TsTranslator) for t in installed)
    strip = StatusStrip()
    qtbot.addWidget(strip)
    assert strip.connectivity.text() == "● Conectando…"  # nothing tried yet: not offline
    assert strip.synced.text() == "Última sincronização: nunca"


def test_themes_and_translations_come_from_the_resources_package(monkeypatch):
    """A checkout finds them as an installed wheel does: the package clienteling.resources."""
    from importlib.resources import files

    monkeypatch.delenv("CLIENTELING_RESOURCES", raising=False)
    assert resource_dir() == files("clienteling.resources")
    assert {p.name for p in themes_dir().glob("*.qss")} == {"light.qss", "dark.qss"}
    assert {p.name for p in translations_dir().glob("*.ts")} == {
        f"clienteling_{lang}.ts"
        for lang in (*LANGS, "en")  # en: plural forms only
    }


def test_runs_in_russian_from_the_resources_package(qtbot, monkeypatch, clean_translators):
    from clienteling.ui.status import StatusStrip

    monkeypatch.delenv("CLIENTELING_RESOURCES", raising=False)
    i18n.install_translations(QApplication.instance(), "ru")
    strip = StatusStrip()
    qtbot.addWidget(strip)
    assert strip.synced.text() == "Синхронизация: никогда"


def test_why_an_order_cannot_be_placed_is_said_in_the_associates_language(qtbot, clean_translators):
    from clienteling.services.orders import SHIPPING_OFF, OrderProblem, Problem
    from clienteling.ui.tasks import plain_message

    i18n.install_translations(QApplication.instance(), "pt_BR")
    refused = OrderProblem(
        [
            SHIPPING_OFF,
            Problem("item X1 is not in the catalog", "item_unknown", sku="X1"),
            Problem("address.city: too long", "field", field="address.city", why="too long"),
            Problem(
                "address.postcode: String should have at most 20 characters",
                "field",
                field="address.postcode",
                why="String should have at most 20 characters",
                type="string_too_long",
                max_length=20,
            ),
            Problem("something new: odd", "field", field="something_new", why="odd"),
        ]
    )
    assert plain_message(refused) == "; ".join(
        [
            "esta loja não entrega mais na casa do cliente (desligado na central); escolha "
            "retirada em loja",
            "o item X1 não está mais no catálogo deste terminal; escolha outro",
            "Cidade: too long",  # no error type: the field in Portuguese, the model's words
            "CEP: no máximo 20 caracteres",  # said by its error type and limit
            "something new: odd",  # a field the screen has no name for: as the model says
        ]
    )
    assert str(refused).startswith("this store does not ship")  # the command line's English


def test_a_built_qm_is_preferred(qtbot, tmp_path, monkeypatch, clean_translators):
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    folder = tmp_path / "translations"
    folder.mkdir()
    shutil.copy(translations_dir() / "clienteling_ru.ts", folder)
    subprocess.run(
        [str(lrelease), str(folder / "clienteling_ru.ts")], check=True, capture_output=True
    )
    monkeypatch.setenv("CLIENTELING_RESOURCES", str(tmp_path))
    installed = i18n.install_translations(QApplication.instance(), "ru")
    ours = [t for t in installed if t.filePath().endswith("clienteling_ru.qm")]
    assert ours and not any(isinstance(t, i18n.TsTranslator) for t in installed)
    assert QApplication.translate("StatusStrip", "Sign out") == "Выйти"


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_touch_targets_are_at_least_44_px(qtbot, theme, runner):
    from clienteling.ui.main_window import MainWindow

    app = QApplication.instance()
    assert apply_theme(app, theme) == theme
    try:
        win = MainWindow(runner)
        qtbot.addWidget(win)
        win.show()
        for name in ("signin", "home", "profile", "stock", "order", "orders"):
            win.show_screen(name)
            controls = [
                w
                for w in [*win.findChildren(QPushButton), *win.findChildren(QLineEdit)]
                if w.isVisible() and w.window() is win
            ]
            assert controls
            small = [(w.text(), w.height()) for w in controls if w.height() < MIN_TOUCH]
            assert small == [], f"{name}: {small}"
    finally:
        app.setStyleSheet("")
