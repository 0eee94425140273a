"""Does a screen fit? The checks of the layout test and of `clienteling --demo --matrix`.

`problems(window, size, language)` lists, for the window shown now:
- the window larger than the target size (it would not fit the screen);
- a widget outside the window, or cut off by its parent (a scroll area may hide
  rows below, never a widget's right side);
- a clipped label or button: its text wider than the room it has, a tab bar whose
  tabs overflow or are elided, a combo box whose current text is cut off (not elided);
- untranslated visible text: an English source message shown in another language
  (or, in the pseudo-locale, a button, tab, header or placeholder it did not mark).

`PseudoTranslator` is the pseudo-locale: every message accented and ~40% longer,
placeholders kept, so a screen that fits it fits a longer language than ours.
"""

from __future__ import annotations

import math
import re
import xml.etree.ElementTree as ET

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QScrollBar,
    QStyle,
    QStyleOptionButton,
    QStyleOptionComboBox,
    QTabBar,
    QWidget,
)

from .resources import translations_dir

PSEUDO = "pseudo"
GROWTH = 0.4
MARK_OPEN, MARK_CLOSE = "⟦", "⟧"
_ACCENTS = str.maketrans("aceinorsuyACEINORSUY", "áçéîñöŕšûýÁÇÉÎÑÖŔŠÛÝ")
_KEEP = re.compile(r"(\{[^}]*\}|%n|%\d|<[^>]*>|&[a-z]+;)")
SLACK = 2  # px a measurement may be off by
_CODE = re.compile(r"[A-Z0-9]+(?:[-_][A-Z0-9]+)+")  # a code, not words: nothing to translate


def pseudo(text: str) -> str:
    """'Sign out' -> '⟦Šîğñ öûţ ·····⟧': accented, ~40% longer, placeholders and tags kept."""
    if not text:
        return text
    parts = _KEEP.split(text)
    out = "".join(p if _KEEP.fullmatch(p) else p.translate(_ACCENTS) for p in parts)
    pad = "·" * max(1, math.ceil(len(text) * GROWTH) - 2)
    return f"{MARK_OPEN}{out} {pad}{MARK_CLOSE}"


def _translator_class():
    from PySide6.QtCore import QTranslator

    class PseudoTranslator(QTranslator):
        """The pseudo-locale: every message of ours through `pseudo`."""

        def translate(self, context, source_text, disambiguation=None, n=-1):
            if not context or context.startswith("Q"):  # Qt's own contexts stay as they are
                return None
            return pseudo(source_text)

        def isEmpty(self) -> bool:
            return False

    return PseudoTranslator


def pseudo_translator(parent=None):
    return _translator_class()(parent)


# --- untranslated text --------------------------------------------------------------------


def _pattern(source: str) -> re.Pattern | None:
    letters = re.sub(r"\{[^}]*\}|%n", "", source)
    if len(re.findall(r"[A-Za-z]", letters)) < 3:
        return None
    parts = re.split(r"(\{[^}]*\}|%n)", source)
    regex = "".join(".+?" if re.fullmatch(r"\{[^}]*\}|%n", p) else re.escape(p) for p in parts)
    return re.compile(regex, re.DOTALL)


def english_messages(language: str) -> list[re.Pattern]:
    """The source messages the language translates to something else (as patterns)."""
    if language in ("en", PSEUDO):
        language = "ru" if language == PSEUDO else language
        if language == "en":
            return []
    path = translations_dir() / f"clienteling_{language}.ts"
    found: list[re.Pattern] = []
    same: set[str] = set()  # the same word in both languages somewhere ("Status" in pt_BR)
    for message in ET.parse(path).getroot().iter("message"):  # noqa: S314 - our file
        source = message.findtext("source") or ""
        node = message.find("translation")
        if node is None or node.get("type") in ("obsolete", "vanished"):
            continue
        forms = [f.text or "" for f in node.iter("numerusform")]
        translated = forms or [node.text or ""]
        if all(t.strip() == source.strip() for t in translated):
            same.add(source)
            continue
        pattern = _pattern(source)
        if pattern is not None:
            found.append(pattern)
    return [p for p in found if p.pattern not in {re.escape(s) for s in same}]


# --- the checks ---------------------------------------------------------------------------


def _name(w: QWidget) -> str:
    text = _text(w)
    what = type(w).__name__
    if w.objectName():
        what += f"#{w.objectName()}"
    return f"{what} {text[:40]!r}" if text else what


def _text(w: QWidget) -> str:
    if isinstance(w, QLabel):
        return w.text()
    if isinstance(w, QAbstractButton):
        return w.text()
    if isinstance(w, QLineEdit):
        return w.text() or w.placeholderText()
    return ""


def _skipped(w: QWidget) -> bool:
    """Parts Qt draws for its own widgets: scroll bars, the insides of views and combos."""
    p: QWidget | None = w
    while p is not None:
        if isinstance(p, QScrollBar):
            return True
        parent = p.parentWidget()
        if isinstance(parent, (QAbstractItemView, QComboBox, QAbstractSpinBox, QTabBar, QLineEdit)):
            return True
        p = parent
    return False


def _cut_off(w: QWidget, window: QWidget) -> str | None:
    """Where `w` is cut off by the window or an ancestor, if it is.

    Inside a scroll area that scrolls up and down, what is above or below the
    viewport is reachable: from there on only the sides count.
    """
    rect = QRect(w.mapTo(window, QPoint(0, 0)), QWidget.size(w))
    visible = QRect(rect)
    scrolls = False
    parent = w.parentWidget()
    while parent is not None:
        area = parent.parentWidget()
        if isinstance(area, QAbstractScrollArea) and area.viewport() is parent:
            scrolls = True
        clip = QRect(parent.mapTo(window, QPoint(0, 0)), QWidget.size(parent))
        if scrolls:
            clip = QRect(clip.x(), visible.y(), clip.width(), visible.height())
        visible = visible.intersected(clip)
        if parent is window:
            break
        parent = parent.parentWidget()
    if visible.width() < rect.width() - SLACK:
        return f"cut off at the side ({visible.width()} of {rect.width()} px shown)"
    if visible.height() < rect.height() - SLACK:
        return f"cut off below ({visible.height()} of {rect.height()} px shown)"
    return None


def _label_clipped(label: QLabel) -> str | None:
    text = label.text()
    if not text or (label.pixmap() is not None and not label.pixmap().isNull()):
        return None
    room = label.contentsRect().width() - 2 * max(label.margin(), 0)
    if label.wordWrap():
        needed = label.heightForWidth(label.width())
        if needed > label.height() + SLACK:
            return f"wrapped text needs {needed} px of height, has {label.height()}"
        words = re.sub(r"<[^>]*>", " ", text)
        fm = label.fontMetrics()
        pieces = re.split(r"[\s\u200b]+", words)  # a zero-width space is a place to break
        longest = max((fm.horizontalAdvance(word) for word in pieces if word), default=0)
        if longest > room + SLACK:
            return f"a word {longest} px wide in {room} px"
        return None
    if label.textFormat() == Qt.TextFormat.RichText or (
        label.textFormat() == Qt.TextFormat.AutoText and re.search(r"<[a-zA-Z]", text)
    ):
        doc = QTextDocument()
        doc.setDefaultFont(label.font())
        doc.setDocumentMargin(0)
        doc.setHtml(text)
        needed = math.ceil(doc.idealWidth())
    else:
        fm = label.fontMetrics()
        needed = max(fm.horizontalAdvance(line) for line in text.split("\n"))
    if needed > room + SLACK:
        return f"text {needed} px wide in {room} px"
    return None


def _button_clipped(button: QAbstractButton) -> str | None:
    text = button.text().replace("&&", "\0").replace("&", "").replace("\0", "&")
    if not text:
        return None
    fm = button.fontMetrics()
    needed = max(fm.horizontalAdvance(line) for line in text.split("\n"))
    if isinstance(button, QPushButton):
        option = QStyleOptionButton()
        button.initStyleOption(option)
        room = (
            button.style()
            .subElementRect(QStyle.SubElement.SE_PushButtonContents, option, button)
            .width()
        )
        if not button.icon().isNull():
            needed += button.iconSize().width() + 4
    elif isinstance(button, (QCheckBox, QRadioButton)):
        if button.width() < button.sizeHint().width() - SLACK:
            return f"{button.width()} px wide, needs {button.sizeHint().width()}"
        return None
    else:
        room = button.contentsRect().width()
    if needed > room + SLACK:
        return f"text {needed} px wide in {room} px"
    return None


def _combo_clipped(combo: QComboBox) -> str | None:
    """A combo's current text, as drawn, wider than the room beside its arrow (Qt clips it;
    ui.combo.Combo elides it, and says what it draws in `shown_text`)."""
    if combo.isEditable():
        return None  # its line edit scrolls the text the associate types
    shown = combo.shown_text() if hasattr(combo, "shown_text") else combo.currentText()
    if not shown:
        return None
    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    room = (
        combo.style()
        .subControlRect(
            QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, combo
        )
        .width()
    )
    if not option.currentIcon.isNull():
        room -= option.iconSize.width() + 4
    needed = combo.fontMetrics().horizontalAdvance(shown)
    if needed > room + SLACK:
        return f"current text {needed} px wide in {room} px"
    return None


def _tabs_clipped(bar: QTabBar) -> str | None:
    if bar.count() == 0:
        return None
    for i in range(bar.count()):
        if bar.tabRect(i).width() < bar.tabSizeHint(i).width() - SLACK:
            return f"tab {bar.tabText(i)!r} elided"
    last = bar.tabRect(bar.count() - 1)
    if last.right() > bar.width() + SLACK:
        return f"tabs {last.right()} px wide in {bar.width()} px"
    return None


def _shown_texts(w: QWidget) -> list[tuple[str, bool]]:
    """(text, marked-in-the-pseudo-locale expected) pairs the widget shows."""
    found: list[tuple[str, bool]] = []
    if isinstance(w, QLabel):
        found.append((w.text(), False))
    elif isinstance(w, QAbstractButton) and w.property("employee_id") is None:
        found.append((w.text(), True))
    elif isinstance(w, QLineEdit) and w.placeholderText():
        found.append((w.placeholderText(), True))
    elif isinstance(w, QTabBar):
        found += [(w.tabText(i), True) for i in range(w.count()) if w.isTabVisible(i)]
    elif isinstance(w, QAbstractItemView) and w.model() is not None:
        model = w.model()
        header = getattr(w, "horizontalHeader", None)
        if header is None or not header().isVisible():
            return found
        for c in range(model.columnCount()):
            if not w.isColumnHidden(c):
                found.append((str(model.headerData(c, Qt.Orientation.Horizontal) or ""), True))
    return found


def settle(app) -> None:
    """Let the layouts finish: wrapping rows and scroll areas settle in a few passes."""
    from PySide6.QtCore import QEvent

    for _ in range(6):
        app.sendPostedEvents(None, QEvent.Type.LayoutRequest)
        app.processEvents()


def problems(
    window: QWidget,
    size: QSize,
    language: str,
    messages: list[re.Pattern] | None = None,
) -> list[str]:
    """What does not fit on the window as shown now (empty when everything does)."""
    found: list[str] = []
    if window.width() > size.width() or window.height() > size.height():
        found.append(
            f"window {window.width()}x{window.height()} larger than {size.width()}x{size.height()}"
        )
    hint = window.minimumSizeHint()
    if hint.width() > size.width() or hint.height() > size.height():
        found.append(f"window needs at least {hint.width()}x{hint.height()}")
    if messages is None:
        messages = english_messages(language)
    seen: set[str] = set()
    for w in window.findChildren(QWidget):
        if not w.isVisible() or w.width() <= 0 or _skipped(w):
            continue
        if isinstance(w, QLabel) and not w.text() and (w.pixmap() is None or w.pixmap().isNull()):
            continue  # an empty label takes no room worth checking
        if isinstance(
            w,
            (
                QLabel,
                QAbstractButton,
                QLineEdit,
                QComboBox,
                QAbstractSpinBox,
                QPlainTextEdit,
                QAbstractItemView,
                QTabBar,
            ),
        ):
            cut = _cut_off(w, window)
            if cut:
                found.append(f"{_name(w)}: {cut}")
                continue
        why = None
        if isinstance(w, QLabel):
            why = _label_clipped(w)
        elif isinstance(w, QAbstractButton):
            why = _button_clipped(w)
        elif isinstance(w, QTabBar):
            why = _tabs_clipped(w)
        elif isinstance(w, QComboBox):
            why = _combo_clipped(w)
        elif isinstance(w, QAbstractItemView) and w.horizontalScrollBar().isVisible():
            why = (
                "its columns are wider than the view (it scrolls sideways): "
                f"{w.horizontalHeader().length()} px in {w.viewport().width()}"
            )
        if why:
            found.append(f"{_name(w)}: clipped, {why}")
        for text, marked in _shown_texts(w):
            plain = re.sub(r"<[^>]*>", "", text).strip()
            if not plain or plain in seen:
                continue
            if language == PSEUDO and marked and re.search(r"[A-Za-z]{3}", plain):
                if _CODE.fullmatch(plain):
                    continue  # a code's shape ("ABCD-EFGH-JKLM"), the same in every language
                if MARK_OPEN not in plain:
                    seen.add(plain)
                    found.append(f"{_name(w)}: untranslated {plain[:50]!r}")
                continue
            if language != "en" and any(m.fullmatch(plain) for m in messages):
                seen.add(plain)
                found.append(f"{_name(w)}: untranslated {plain[:50]!r}")
    return found


__all__ = ["PSEUDO", "english_messages", "problems", "pseudo", "pseudo_translator", "settle"]
