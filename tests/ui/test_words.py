"""Words, not codes: money, dates and ages in the app's language; items by name; segments,
tiers and colours as words. The screens read a real cache synced from a real HQ."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale, Qt
from sqlalchemy import update

from clienteling.hq import tables as t
from clienteling.ui import formats, i18n, texts
from tests.hq_live import NOW
from tests.ui.conftest import STORE
from tests.ui.test_screens import search, sign_in

C = QLocale("C")  # a machine whose own locale says nothing: the language alone decides


def plain(text: str) -> str:
    """Non-breaking spaces as spaces, to compare with what people type."""
    return text.replace("\u00a0", " ").replace("\u202f", " ")


@pytest.fixture
def language(qapp):
    """Switch the app's language (translators and formats); back to English afterwards."""
    installed: list = []

    def switch(lang: str) -> None:
        for tr in installed:
            qapp.removeTranslator(tr)
        installed[:] = i18n.install_translations(qapp, lang)

    yield switch
    switch("en")
    for tr in installed:
        qapp.removeTranslator(tr)


@pytest.mark.parametrize(
    ("lang", "currency", "expected"),
    [
        ("pt_BR", "BRL", "R$ 3.371,50"),
        ("es", "BRL", "R$ 3.371,50"),  # reais written as Brazil does, Spanish digits
        ("es", "EUR", "3.371,50 €"),
        ("ru", "RUB", "3 371,50 ₽"),
        ("ru", "BRL", "R$ 3 371,50"),
        ("en", "BRL", "R$ 3,371.50"),
        ("en", "GBP", "£3,371.50"),
    ],
)
def test_money_in_the_language_of_the_app(qapp, lang, currency, expected):
    formats.use_language(lang, system=C)
    try:
        assert plain(formats.money(337150, currency)) == expected
    finally:
        formats.use_language("en", system=C)


def test_a_refund_has_a_minus_sign_and_a_word_never_brackets(language):
    language("en")
    assert plain(formats.paid(-12000, "BRL")) == "Refund −R$ 120.00"
    language("pt_BR")
    assert plain(formats.paid(-12000, "BRL")) == "Reembolso −R$ 120,00"
    assert plain(formats.paid(12000, "BRL")) == "R$ 120,00"
    assert "(" not in formats.money(-12000, "USD")


def test_the_chosen_language_sets_the_formats_not_the_os(qapp):
    try:
        assert formats.use_language("ru", system=QLocale("pt_BR")).name() == "ru_RU"
        assert QLocale().name() == "ru_RU"
        assert formats.use_language("en", system=QLocale("pt_BR")).name() == "en_GB"
        # The system's own country is kept when it speaks the chosen language.
        assert formats.use_language("es", system=QLocale("es_MX")).name() == "es_MX"
        assert formats.use_language("en", system=QLocale("en_US")).name() == "en_US"
        assert formats.date("2024-08-07T12:00:00+00:00") == "Aug 7, 2024"
    finally:
        formats.use_language("en", system=C)


def test_spanish_dates_are_unambiguous(qapp):
    formats.use_language("es", system=C)
    try:
        assert formats.date("2024-08-07T12:00:00+00:00") == "7 ago 2024"
        assert formats.date("2024-08-07") == "7 ago 2024"  # a due date: no time zone shift
        assert formats.date_time("2024-08-07T12:05:00+00:00").startswith("7 ago 2024 ")
        formats.use_language("ru", system=C)
        assert formats.date("2024-08-07T12:00:00+00:00") == "7 авг. 2024"
    finally:
        formats.use_language("en", system=C)


def test_ages_count_in_the_plural_forms_of_each_language(language):
    day = 86400
    language("ru")
    assert [formats.ago(n * day) for n in (1, 2, 5, 11, 21, 22)] == [
        "1 день назад",
        "2 дня назад",
        "5 дней назад",
        "11 дней назад",
        "21 день назад",
        "22 дня назад",
    ]
    assert formats.ago(30) == "только что"
    language("en")
    assert [formats.ago(n * day) for n in (1, 3)] == ["1 day ago", "3 days ago"]
    assert formats.ago(5 * 60) == "5 min ago"
    language("es")
    assert formats.ago(3 * day) == "hace 3 días"


def test_segments_tiers_and_colours_are_words(language):
    language("en")
    assert [texts.segment_name(s) for s in ("lapsed", "vip", "gift-buyer", "big_spender")] == [
        "Lapsed",
        "VIP",
        "Gift buyer",
        "Big spender",  # a segment nobody translated yet: readable all the same
    ]
    assert texts.tier_name("gold") == "Gold" and texts.tier_name("diamond") == "Diamond"
    assert [texts.colour_name(c) for c in ("grey", "GRY", "teal")] == ["Grey", "Grey", "Teal"]
    language("pt_BR")
    assert texts.colour_name("GRY") == "Cinza" and texts.segment_name("lapsed") == "Inativo"
    language("ru")
    assert formats.item_name("Trail Runner 2", "grey", "42") == "Trail Runner 2 — Серый, 42"


@pytest.fixture
def purchases(world):
    """Ana Silva (sh1) spent R$ 3.371,50, brought a shirt back, and bought something the
    catalog no longer has; she is a lapsed VIP."""
    line = {"sku": "ST1-BLK-S", "unit_price_minor": 337150}
    rows = [
        ("big", NOW, 337150, [{**line, "quantity": 1}]),
        ("back", NOW.replace(day=2), -12000, [{**line, "quantity": -1}]),
        ("old", NOW.replace(day=3), 5000, [{"sku": "ZZ9-OLD-1", "quantity": 2}]),
    ]
    with world.db.write() as w:
        w.upsert(
            t.purchases,
            [
                {
                    "purchase_id": pid,
                    "external_id": pid,
                    "shopper_id": "sh1",
                    "store_id": STORE,
                    "channel": "store",
                    "purchased_at": at,
                    "currency": "BRL",
                    "total_minor": total,
                    "lines": lines,
                }
                for pid, at, total, lines in rows
            ],
            ["purchase_id"],
        )
        sh1 = t.shoppers.c.shopper_id == "sh1"
        w.conn.execute(update(t.shoppers).where(sh1).values(segments=["lapsed", "vip"]))
        w.touch(t.shoppers, sh1)
    world.services.syncing.pull()
    return world


def test_a_purchase_shows_the_item_by_name_and_money_in_each_language(
    qtbot, purchases, window, language
):
    win = window
    sign_in(qtbot, win)
    qtbot.waitUntil(lambda: win.current == "home", timeout=5000)
    search(qtbot, win, "silva")
    with qtbot.waitSignal(win.profile.loaded, timeout=5000):
        qtbot.keyClick(win.lookup.search, Qt.Key.Key_Return)
    p = win.profile
    model = p.purchases

    def row(purchase_id: str) -> list[str]:
        r = next(i for i, x in enumerate(model.items) if x.purchase_id == purchase_id)
        return [plain(model.data(model.index(r, c))) for c in range(model.columnCount())]

    expected = {
        "en": ("R$ 3,371.50", "Shirt ST1 — Black, S", "Refund −R$ 120.00", "Returned"),
        "pt_BR": ("R$ 3.371,50", "Shirt ST1 — Preto, S", "Reembolso −R$ 120,00", "Devolvido"),
        "es": ("R$ 3.371,50", "Shirt ST1 — Negro, S", "Reembolso −R$ 120,00", "Devuelto"),
        "ru": ("R$ 3 371,50", "Shirt ST1 — Чёрный, S", "Возврат −R$ 120,00", "Возвращено"),
    }
    for lang, (total, item, refund, returned) in expected.items():
        language(lang)
        date, _channel, paid, returns, items = row("big")
        assert (paid, items, returns) == (total, f"1 × {item}", "")
        assert "/" not in date and "2026" in date  # '1 nov 2026', never 01/11/26
        _date, _channel, paid, returns, items = row("back")
        assert paid == refund and "(" not in paid and returns
        assert items.startswith(returned) and items.endswith(f"1 × {item}")
        assert "ST1-BLK-S" not in items  # the SKU is the secondary text: the tooltip
    tip = model.data(model.index(0, 4), Qt.ItemDataRole.ToolTipRole)
    assert "ST1-BLK-S" in tip or "ZZ9-OLD-1" in tip
    language("en")
    assert row("old")[4] == "2 × Item ZZ9-OLD-1 (not in the catalog here)"
    p.show_profile(p.profile, {})  # the header's words, painted again in English
    assert p.fact["segments"].text() == "Lapsed, VIP"
    assert plain(p.fact["ltv"].text()) == "R$ 3,679.50"  # with two R$ 189,00 from before
    assert "/" not in p.fact["visit"].text()
