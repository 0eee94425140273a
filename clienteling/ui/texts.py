"""Words and numbers as the associate reads them: vocabularies, money, dates, ages.

Every visible word goes through Qt's translate() with the context "Texts", so
lupdate finds them here and translators see them once.
"""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale, QTimeZone


def tier_name(tier: str) -> str:
    names = {
        "member": QCoreApplication.translate("Texts", "Member"),
        "silver": QCoreApplication.translate("Texts", "Silver"),
        "gold": QCoreApplication.translate("Texts", "Gold"),
        "platinum": QCoreApplication.translate("Texts", "Platinum"),
    }
    return names.get(tier, tier)


def channel_name(channel: str) -> str:
    names = {
        "store": QCoreApplication.translate("Texts", "Store"),
        "web": QCoreApplication.translate("Texts", "Web"),
        "app": QCoreApplication.translate("Texts", "App"),
        "marketplace": QCoreApplication.translate("Texts", "Marketplace"),
    }
    return names.get(channel, channel)


def role_name(role: str) -> str:
    names = {
        "associate": QCoreApplication.translate("Texts", "Associate"),
        "trainee": QCoreApplication.translate("Texts", "Trainee"),
        "manager": QCoreApplication.translate("Texts", "Manager"),
    }
    return names.get(role, role)


def reason_name(reason: str) -> str:
    names = {
        "browsing": QCoreApplication.translate("Texts", "Browsing"),
        "gift": QCoreApplication.translate("Texts", "Gift"),
        "event": QCoreApplication.translate("Texts", "Event"),
        "alteration": QCoreApplication.translate("Texts", "Alteration"),
        "return": QCoreApplication.translate("Texts", "Return"),
        "pickup": QCoreApplication.translate("Texts", "Pick-up"),
        "appointment": QCoreApplication.translate("Texts", "Appointment"),
        "other": QCoreApplication.translate("Texts", "Other"),
    }
    return names.get(reason, reason)


def language_name(code: str | None) -> str:
    names = {
        "pt": QCoreApplication.translate("Texts", "Portuguese"),
        "es": QCoreApplication.translate("Texts", "Spanish"),
        "ru": QCoreApplication.translate("Texts", "Russian"),
        "en": QCoreApplication.translate("Texts", "English"),
    }
    return names.get(code or "", code or "—")


def order_status_name(status: str) -> str:
    names = {
        "placed": QCoreApplication.translate("Texts", "Placed"),
        "reserved": QCoreApplication.translate("Texts", "Reserved"),
        "picked": QCoreApplication.translate("Texts", "Picked"),
        "shipped": QCoreApplication.translate("Texts", "Shipped"),
        "delivered": QCoreApplication.translate("Texts", "Delivered"),
        "ready_for_pickup": QCoreApplication.translate("Texts", "Ready for pick-up"),
        "collected": QCoreApplication.translate("Texts", "Collected"),
        "cancelled": QCoreApplication.translate("Texts", "Cancelled"),
    }
    return names.get(status, status)


def segment_name(segment: str) -> str:
    return segment.replace("_", " ")


def money(minor: int, currency: str) -> str:
    """1234.50 BRL as the locale writes it, with the currency code."""
    return QLocale().toCurrencyString(minor / 100, currency + "\u00a0")


def _aware(iso: str) -> datetime:
    stamp = datetime.fromisoformat(iso)
    return stamp if stamp.tzinfo else stamp.replace(tzinfo=UTC)


def date(iso: str | None) -> str:
    """A date in the locale's short format; '—' without one."""
    if not iso:
        return "—"
    moment = QDateTime.fromSecsSinceEpoch(int(_aware(iso).timestamp()), QTimeZone.systemTimeZone())
    return QLocale().toString(moment.date(), QLocale.FormatType.ShortFormat)


def date_time(iso: str | None) -> str:
    if not iso:
        return "—"
    moment = QDateTime.fromSecsSinceEpoch(int(_aware(iso).timestamp()), QTimeZone.systemTimeZone())
    return QLocale().toString(moment, QLocale.FormatType.ShortFormat)


def age(seconds: float | None) -> str:
    """'just now', '5 min ago', '3 h ago', '2 days ago'."""
    if seconds is None:
        return QCoreApplication.translate("Texts", "never")
    if seconds < 60:
        return QCoreApplication.translate("Texts", "just now")
    if seconds < 3600:
        return QCoreApplication.translate("Texts", "{n} min ago").format(n=int(seconds // 60))
    if seconds < 86400:
        return QCoreApplication.translate("Texts", "{n} h ago").format(n=int(seconds // 3600))
    return QCoreApplication.translate("Texts", "{n} days ago").format(n=int(seconds // 86400))


def as_of(seconds: float | None) -> str:
    """'as of 12 min ago': how old a stock figure is."""
    return QCoreApplication.translate("Texts", "as of {age}").format(age=age(seconds))


def distance(km: float | None) -> str:
    """'12.3 km' in the locale's digits; '—' when a store has no position."""
    if km is None:
        return "—"
    return QCoreApplication.translate("Texts", "{km} km").format(
        km=QLocale().toString(float(km), "f", 1)
    )


def colour_name(colour: str) -> str:
    names = {
        "black": QCoreApplication.translate("Texts", "black"),
        "white": QCoreApplication.translate("Texts", "white"),
        "navy": QCoreApplication.translate("Texts", "navy"),
        "grey": QCoreApplication.translate("Texts", "grey"),
        "beige": QCoreApplication.translate("Texts", "beige"),
        "olive": QCoreApplication.translate("Texts", "olive"),
        "red": QCoreApplication.translate("Texts", "red"),
        "blue": QCoreApplication.translate("Texts", "blue"),
        "brown": QCoreApplication.translate("Texts", "brown"),
        "green": QCoreApplication.translate("Texts", "green"),
    }
    return names.get(colour, colour)


def order_state_name(state: str, status: str | None = None) -> str:
    """How an order placed here stands: queued, refused, or HQ's status once confirmed."""
    if state == "queued":
        return QCoreApplication.translate("Texts", "Queued — will be sent when HQ is back")
    if state == "rejected":
        return QCoreApplication.translate("Texts", "Refused by HQ")
    return order_status_name(status or "reserved")
