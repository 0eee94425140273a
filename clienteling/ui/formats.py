"""Money, numbers, dates, ages and items as the associate reads them, in the app's language.

The one formatter of every screen, the shopper's slip and the command line.
The locale is Qt's default, which `use_language` sets from the language the
app was started in (`--lang`, else the system's): an associate who chose
Russian on a Brazilian machine reads Russian numbers and dates.

Money keeps the associate's digits and separators and writes the currency the
way its own country does ('R$ 3.371,50' for reais in Spanish too, '3.371,50 €'
for euros in Spanish, '3 371,50 ₽'); a negative amount gets a minus sign
(U+2212), never accounting brackets.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import UTC, datetime

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, QObject, QTimeZone

from clienteling.domain.catalog import Product
from clienteling.domain.money import CURRENCY_DIGITS

from .texts import colour_name

MINUS = "\u2212"
_L = QLocale
# Where a language writes euros, when its own main country does not use them.
_EURO_HOMES = {"pt": "PT", "es": "ES", "en": "IE", "ru": None}


def use_language(language: str, system: QLocale | None = None) -> QLocale:
    """Make the formats those of `language` (en, pt_BR, es, ru) and return the locale.

    The system's own locale is kept when it is of the same language (its
    country's conventions, es_MX for a Mexican terminal); otherwise the
    language's main locale (English: en_GB, day before month).
    """
    system = system or QLocale.system()
    chosen = QLocale("en_GB") if language == "en" else QLocale(language)
    if system.language() == chosen.language():
        chosen = system
    QLocale.setDefault(chosen)
    return chosen


# --- numbers and money ---------------------------------------------------------------------------


def _grouped(whole: int, loc: QLocale) -> str:
    """Thousands grouped with the locale's separator, from 1 000 on (every language we ship)."""
    return f"{whole:,}".replace(",", loc.groupSeparator())


def number(value: int | float, decimals: int = 0) -> str:
    """3 371 / 3.371 / 3,371 (and `decimals` digits after the locale's decimal point)."""
    loc = QLocale()
    sign = MINUS if value < 0 else ""
    scaled = int(abs(value) * 10**decimals + 0.5)  # half up, as people round
    whole, frac = divmod(scaled, 10**decimals)
    text = _grouped(whole, loc)
    if decimals:
        text += loc.decimalPoint() + f"{frac:0{decimals}d}"
    return sign + text


def _territory_locale(code: str) -> QLocale | None:
    """The main locale of the country with this ISO 3166 code; None when Qt has none."""
    territory = _L.codeToTerritory(code)
    if territory == _L.Country.AnyTerritory:
        return None
    found = QLocale(_L.Language.AnyLanguage, territory)
    return found if found.territory() == territory else None


def _iso(loc: QLocale) -> str:
    return loc.currencySymbol(_L.CurrencySymbolFormat.CurrencyIsoCode)


def _currency_home(currency: str, loc: QLocale) -> QLocale:
    """The locale whose way of placing the symbol this currency follows."""
    if _iso(loc) == currency:
        return loc
    if currency == "EUR":
        country = _EURO_HOMES.get(_L.languageToCode(loc.language()))
        home = QLocale(loc.language(), _L.codeToTerritory(country)) if country else None
        return home if home is not None and _iso(home) == "EUR" else loc
    home = _territory_locale(currency[:2])  # ISO 4217: the first two letters are the country
    return home if home is not None and _iso(home) == currency else loc


def _symbol(currency: str, loc: QLocale, home: QLocale) -> str:
    if _iso(loc) == currency:
        symbol = loc.currencySymbol()
    elif currency == "EUR":
        symbol = "€"
    elif _iso(home) == currency:
        symbol = home.currencySymbol()
        if symbol == "$":  # a dollar of another country: say whose
            symbol = currency[:2] + "$"
    else:
        symbol = ""
    return symbol.strip("\u200b \u00a0") or currency


def money(minor: int, currency: str) -> str:
    """An amount in minor units: 'R$ 3.371,50', '3.371,50 €', '−R$ 120,00'."""
    loc = QLocale()
    digits = CURRENCY_DIGITS.get(currency, 2)
    whole, frac = divmod(abs(minor), 10**digits)
    amount = _grouped(whole, loc) + (loc.decimalPoint() + f"{frac:0{digits}d}" if digits else "")
    home = _currency_home(currency, loc)
    pattern = home.toCurrencyString(7, "¤", 0)  # where the symbol goes, and the space
    text = pattern.replace("7", amount, 1).replace("¤", _symbol(currency, loc, home), 1)
    return (MINUS if minor < 0 else "") + text


def paid(minor: int, currency: str) -> str:
    """What a purchase came to: the amount, or 'Refund −R$ 120,00' when money went back."""
    if minor < 0:
        return QCoreApplication.translate("Formats", "Refund {amount}").format(
            amount=money(minor, currency)
        )
    return money(minor, currency)


def distance(km: float | None) -> str:
    """'12,3 km' in the locale's digits; '—' when a store has no position."""
    if km is None:
        return "—"
    return QCoreApplication.translate("Texts", "{km} km").format(km=number(float(km), 1))


# --- dates and times ----------------------------------------------------------------------------


def _medium(loc: QLocale) -> str:
    """A date format with the month as a word, in the locale's order of day and month."""
    short = loc.dateFormat(_L.FormatType.ShortFormat)
    first = next((c for c in short if c in "dMy"), "d")
    return {"M": "MMM d, yyyy", "y": "yyyy MMM d"}.get(first, "d MMM yyyy")


def _moment(iso: str) -> QDateTime:
    stamp = datetime.fromisoformat(iso)
    stamp = stamp if stamp.tzinfo else stamp.replace(tzinfo=UTC)
    return QDateTime.fromSecsSinceEpoch(int(stamp.timestamp()), QTimeZone.systemTimeZone())


def _day(iso: str) -> QDate:
    if len(iso) == 10:  # a calendar date (a due date): no time zone to move it across
        return QDate.fromString(iso, "yyyy-MM-dd")
    return _moment(iso).date()


def date(iso: str | None) -> str:
    """'7 ago 2024', '7 авг. 2024', 'Aug 7, 2024' (en_US): never 7/8/24; '—' without one."""
    if not iso:
        return "—"
    loc = QLocale()
    return loc.toString(_day(iso), _medium(loc))


def date_time(iso: str | None) -> str:
    """'7 ago 2024 14:05' in this terminal's time zone; '—' without one."""
    if not iso:
        return "—"
    loc = QLocale()
    moment = _moment(iso)
    time = loc.toString(moment.time(), loc.timeFormat(_L.FormatType.ShortFormat))
    return f"{loc.toString(moment.date(), _medium(loc))} {time}"


def clock_time(iso: str | None) -> str:
    """'14:05' (or '2:05 PM') in this terminal's time zone, the locale's short time; '—'
    without one."""
    if not iso:
        return "—"
    loc = QLocale()
    return loc.toString(_moment(iso).time(), loc.timeFormat(_L.FormatType.ShortFormat))


class Formats(QObject):
    """Counted words: lupdate marks tr() with a count as plural only on a QObject's method."""

    def minutes_ago(self, n: int) -> str:
        return self.tr("%n min ago", "", n)

    def hours_ago(self, n: int) -> str:
        return self.tr("%n h ago", "", n)

    def days_ago(self, n: int) -> str:
        return self.tr("%n day(s) ago", "", n)


def ago(seconds: float | None) -> str:
    """'just now', '5 min ago', '3 h ago', '2 days ago' ('2 дня назад', '5 дней назад')."""
    if seconds is None:
        return QCoreApplication.translate("Texts", "never")
    if seconds < 60:
        return QCoreApplication.translate("Texts", "just now")
    words = Formats()
    if seconds < 3600:
        return words.minutes_ago(int(seconds // 60))
    if seconds < 86400:
        return words.hours_ago(int(seconds // 3600))
    return words.days_ago(int(seconds // 86400))


def duration(seconds: float) -> str:
    """How long something took: '4 s', '3 min 5 s'."""
    minutes, secs = divmod(round(seconds), 60)
    if minutes:
        return QCoreApplication.translate("Texts", "{m} min {s} s").format(m=minutes, s=secs)
    return QCoreApplication.translate("Texts", "{s} s").format(s=secs)


def as_of(seconds: float | None) -> str:
    """'as of 12 min ago': how old a stock figure is."""
    return QCoreApplication.translate("Texts", "as of {age}").format(age=ago(seconds))


# --- items ---------------------------------------------------------------------------------------


def item_name(name: str, colour: str | None = None, size: str | None = None) -> str:
    """'Trail Runner 2 — Grey, 42'."""
    detail = ", ".join(x for x in (colour_name(colour) if colour else "", size or "") if x)
    return f"{name} — {detail}" if detail else name


def product_name(sku: str, products: Mapping[str, Product]) -> str:
    """The item of a SKU by its name; the SKU, said to be unknown, when the catalog lacks it."""
    product = products.get(sku)
    if product is None:
        return QCoreApplication.translate("Formats", "Item {sku} (not in the catalog here)").format(
            sku=sku
        )
    return item_name(product.name, product.colour, product.size)


def line_text(sku: str, quantity: int, products: Mapping[str, Product]) -> str:
    """'1 × Trail Runner 2 — Grey, 42', or 'Returned: 1 × …' for a returned line."""
    text = f"{number(abs(quantity))} × {product_name(sku, products)}"
    return (
        QCoreApplication.translate("Formats", "Returned: {item}").format(item=text)
        if quantity < 0
        else text
    )


def lines_text(lines: Iterable, products: Mapping[str, Product]) -> str:
    """An order's or a purchase's lines in one cell, by name."""
    return "; ".join(line_text(x.sku, x.quantity, products) for x in lines)


def lines_skus(lines: Iterable, products: Mapping[str, Product]) -> str:
    """The same lines with their SKUs, one a line: the cell's secondary text (tooltip)."""
    return "\n".join(
        QCoreApplication.translate("Formats", "{item} · SKU {sku}").format(
            item=line_text(x.sku, x.quantity, products), sku=x.sku
        )
        for x in lines
    )
