"""The store activity view's words: each KPI's name and definition in the manager's language,
values in local formats, and the names of groups, periods and records.

The names and definitions are domain.kpis' (the one place that defines them); they are
translated in context "StoreActivity" (added by hand to the .ts files: lupdate does not
see text passed as a variable). A value with nothing to compute it from is "—".
"""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication

from clienteling.domain.kpis import ATTRIBUTION, KPIS, SERVED, Group, Unit

CONTEXT = "StoreActivity"
EMPTY = "—"


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def breakable(text: str, longest: int = 24) -> str:
    """The text with a zero-width space inside any run of more than `longest` characters
    without a space, so a label can wrap it (a long compound word, a URL)."""
    return re.sub(rf"(\S{{{longest}}})(?=\S)", "\\1\u200b", text)


def kpi_name(key: str) -> str:
    k = KPIS.get(key)
    return _tr(k.name) if k else key


def kpi_definition(key: str) -> str:
    k = KPIS.get(key)
    return _tr(k.definition) if k else ""


def attribution() -> str:
    return _tr(ATTRIBUTION)


def served() -> str:
    return _tr(SERVED)


def group_name(group: str) -> str:
    return {
        Group.ENGAGEMENT: QCoreApplication.translate("StoreActivity", "Engagement"),
        Group.ORDERS: QCoreApplication.translate("StoreActivity", "Orders from the store"),
        Group.OUTCOMES: QCoreApplication.translate("StoreActivity", "Outcomes"),
    }.get(group, group)


def value_text(key: str, value: float | None, currency: str) -> str:
    """A KPI's value in the manager's formats ("—" when there is none)."""
    from . import formats

    if value is None:
        return EMPTY
    unit = KPIS[key].unit if key in KPIS else Unit.COUNT
    if unit == Unit.MONEY:
        return formats.money(round(value), currency)
    if unit == Unit.PERCENT:
        return QCoreApplication.translate("StoreActivity", "{n} %").format(
            n=formats.number(value, 1)
        )
    if unit == Unit.HOURS:
        return QCoreApplication.translate("StoreActivity", "{n} h").format(
            n=formats.number(value, 1)
        )
    if unit == Unit.SCORE:
        return QCoreApplication.translate("StoreActivity", "{n} of 5").format(
            n=formats.number(value, 1)
        )
    return formats.number(value)


def change_text(key: str, now: float | None, before: float | None, currency: str) -> str:
    """This period against the previous one: "previous: X (+12 %)"."""
    from . import formats

    then = value_text(key, before, currency)
    if now is None or before is None or before == 0:
        return QCoreApplication.translate("StoreActivity", "Previous period: {value}").format(
            value=then
        )
    change = (now - before) / abs(before) * 100
    sign = "+" if change > 0 else ""
    return QCoreApplication.translate(
        "StoreActivity", "Previous period: {value} ({change} %)"
    ).format(value=then, change=sign + formats.number(change, 0))


def record_kind(kind: str) -> str:
    return {
        "order": QCoreApplication.translate("StoreActivity", "Order"),
        "order_refused": QCoreApplication.translate("StoreActivity", "Order HQ refused"),
        "purchase": QCoreApplication.translate("StoreActivity", "Purchase"),
        "note": QCoreApplication.translate("StoreActivity", "Note"),
        "profile_opened": QCoreApplication.translate("StoreActivity", "Profile opened"),
        "preference_edit": QCoreApplication.translate("StoreActivity", "Preference edit"),
        "task": QCoreApplication.translate("StoreActivity", "Follow-up"),
        "task_done": QCoreApplication.translate("StoreActivity", "Follow-up done"),
        "feedback": QCoreApplication.translate("StoreActivity", "Visit rating"),
        "shopper_served": QCoreApplication.translate("StoreActivity", "Served shopper"),
    }.get(kind, kind)


def served_outcome(converted: bool) -> str:
    """A served shopper's outcome (the conversion's records)."""
    if converted:
        return QCoreApplication.translate("StoreActivity", "Converted")
    return QCoreApplication.translate("StoreActivity", "Not converted")


def channel_name(channel: str) -> str:
    return {
        "store": QCoreApplication.translate("StoreActivity", "Store"),
        "web": QCoreApplication.translate("StoreActivity", "Web"),
        "app": QCoreApplication.translate("StoreActivity", "App"),
        "marketplace": QCoreApplication.translate("StoreActivity", "Marketplace"),
        "email": QCoreApplication.translate("StoreActivity", "E-mail"),
        "sms": QCoreApplication.translate("StoreActivity", "SMS"),
    }.get(channel, channel)


def parts_text(key: str, parts: dict[str, float], currency: str) -> str:
    """A breakdown in words: "5: 3 · 4: 1" for ratings, "Web: R$ 10,00 · ..." for channels."""
    from . import formats

    if not parts:
        return ""
    if key == "csat_distribution":
        return " · ".join(
            f"{score}★ {formats.number(parts.get(str(score), 0))}" for score in range(5, 0, -1)
        )
    return " · ".join(
        f"{channel_name(c)}: {formats.money(round(v), currency)}" for c, v in parts.items()
    )
