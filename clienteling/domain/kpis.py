"""Store activity KPIs: the one place that says what each number means.

HQ computes them (clienteling/hq/reports.py), the terminal shows each definition
beside its number, and docs/kpis.md prints this table. Keys are stable: a key is
never renamed or given another meaning; new KPIs get new keys.

Units: `count` (whole number), `money` (minor units of the store's currency, e.g.
cents), `percent` (0-100), `hours`, `score` (1-5). A KPI with `parts` also gives a
breakdown (e.g. CSAT per score, sales per channel).

The attribution rule (ATTRIBUTION) is the only one: a purchase goes to the last
associate who served the shopper before it, within the chain's conversion window,
never split between associates and never counted twice.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Unit(StrEnum):
    COUNT = "count"
    MONEY = "money"  # minor units of the report's currency
    PERCENT = "percent"  # 0-100
    HOURS = "hours"
    SCORE = "score"  # 1-5


class Group(StrEnum):
    ENGAGEMENT = "engagement"
    ORDERS = "orders"
    OUTCOMES = "outcomes"


DEFAULT_CONVERSION_WINDOW_DAYS = 14
MAX_CONVERSION_WINDOW_DAYS = 90
MAX_PERIOD_DAYS = 366  # the longest period one report covers
NOT_SEEN_DAYS = 60  # a regular not served and not buying for this long is "not seen"
REGULAR_PURCHASES = 3  # purchases that make a shopper a regular
NOT_SEEN_LIMIT = 50

# What "served" means everywhere below: the associate opened the shopper's profile,
# wrote a note about them or placed an order for them, at a terminal of the store.
SERVED = (
    "an associate served a shopper when they opened the shopper's profile, added a note "
    "about them or placed an order for them at one of the store's terminals"
)

ATTRIBUTION = (
    "A purchase (in any channel: store, web, app, marketplace) is influenced when an "
    "associate served the shopper in the N days before it (N: the chain's conversion "
    "window, 14 days unless the chain sets another). It goes whole to the last associate "
    "who served the shopper before it, and to that associate's store; it is never split "
    "between associates and never counted twice."
)


@dataclass(frozen=True, slots=True)
class Kpi:
    key: str
    name: str
    definition: str
    unit: Unit
    group: Group
    parts: bool = False  # also broken down (parts: score -> count, channel -> money...)
    attributed: bool = False  # follows ATTRIBUTION


_ALL = (
    # --- engagement -------------------------------------------------------------------
    Kpi(
        "shoppers_served",
        "Shoppers served",
        "Different shoppers served in the period (profile opened, note added or order "
        "placed); a shopper served by two associates counts once for the store.",
        Unit.COUNT,
        Group.ENGAGEMENT,
    ),
    Kpi(
        "profiles_opened",
        "Profiles opened",
        "Times an associate opened a shopper's profile at one of the store's terminals.",
        Unit.COUNT,
        Group.ENGAGEMENT,
    ),
    Kpi(
        "notes_added",
        "Notes added",
        "Notes about shoppers written at the store's terminals.",
        Unit.COUNT,
        Group.ENGAGEMENT,
    ),
    Kpi(
        "preference_edits",
        "Preference edits",
        "Changes to shoppers' sizes, fit, brands, colours or styles sent from the store's "
        "terminals (each changed field counts once).",
        Unit.COUNT,
        Group.ENGAGEMENT,
    ),
    Kpi(
        "followups_created",
        "Follow-ups created",
        "Follow-up tasks with shoppers created at the store in the period.",
        Unit.COUNT,
        Group.ENGAGEMENT,
    ),
    Kpi(
        "followups_done",
        "Follow-ups done",
        "Follow-up tasks of the store marked done in the period, counted for the associate "
        "who created them.",
        Unit.COUNT,
        Group.ENGAGEMENT,
    ),
    Kpi(
        "followups_done_on_time",
        "Follow-ups done on time",
        "Follow-ups done in the period no later than their due time (or with no due time).",
        Unit.COUNT,
        Group.ENGAGEMENT,
    ),
    Kpi(
        "feedback_captured",
        "Feedback captured",
        "Shopper satisfaction ratings recorded at the store's terminals.",
        Unit.COUNT,
        Group.ENGAGEMENT,
    ),
    Kpi(
        "csat_average",
        "CSAT average",
        "Average of the satisfaction ratings (1 to 5) recorded in the period; empty when "
        "none was recorded.",
        Unit.SCORE,
        Group.ENGAGEMENT,
    ),
    Kpi(
        "csat_distribution",
        "CSAT distribution",
        "How many ratings of each score, 1 to 5, were recorded in the period (the value is "
        "the number of ratings; the parts give each score's count).",
        Unit.COUNT,
        Group.ENGAGEMENT,
        parts=True,
    ),
    # --- orders from the store ----------------------------------------------------------
    Kpi(
        "orders_placed",
        "Orders placed",
        "Delivery and pick-up orders sent from the store's terminals in the period, accepted "
        "or refused by HQ.",
        Unit.COUNT,
        Group.ORDERS,
    ),
    Kpi(
        "orders_confirmed",
        "Orders confirmed",
        "Orders from the store that HQ accepted and reserved stock for.",
        Unit.COUNT,
        Group.ORDERS,
    ),
    Kpi(
        "orders_refused",
        "Orders refused",
        "Orders from the store that HQ refused because the items were not in stock anywhere "
        "it could take them from.",
        Unit.COUNT,
        Group.ORDERS,
    ),
    Kpi(
        "orders_cancelled",
        "Orders cancelled",
        "Confirmed orders from the store in the period that are now cancelled.",
        Unit.COUNT,
        Group.ORDERS,
    ),
    Kpi(
        "orders_value",
        "Orders value",
        "Value of the confirmed orders from the store (units times price), cancelled ones "
        "included.",
        Unit.MONEY,
        Group.ORDERS,
    ),
    Kpi(
        "saved_sales",
        "Saved sales",
        "Confirmed orders with at least one item that the store did not have available when "
        "the order was placed: a sale the store would otherwise have lost.",
        Unit.COUNT,
        Group.ORDERS,
    ),
    Kpi(
        "saved_sales_value",
        "Saved sales value",
        "Value of the saved sales (the whole order).",
        Unit.MONEY,
        Group.ORDERS,
    ),
    Kpi(
        "fulfilment_home",
        "Home delivery",
        "Confirmed orders shipped to the shopper's address.",
        Unit.COUNT,
        Group.ORDERS,
    ),
    Kpi(
        "fulfilment_pickup",
        "Pick-up",
        "Confirmed orders for collection in a store.",
        Unit.COUNT,
        Group.ORDERS,
    ),
    Kpi(
        "order_to_delivery_hours",
        "Order to delivery",
        "Average hours from placing a confirmed order of the period to its delivery or "
        "collection, over the orders delivered or collected so far; empty when none was.",
        Unit.HOURS,
        Group.ORDERS,
    ),
    # --- outcomes -------------------------------------------------------------------------
    Kpi(
        "conversion",
        "Conversion",
        "Share of the shoppers served in the period who made a purchase in any channel "
        "within N days after being served (N: the chain's conversion window).",
        Unit.PERCENT,
        Group.OUTCOMES,
    ),
    Kpi(
        "influenced_sales",
        "Influenced sales",
        "Value of the purchases in the period (any channel) that go to the store's "
        "associates by the attribution rule: the last associate who served the shopper "
        "within N days before the purchase gets it whole, never split or doubled.",
        Unit.MONEY,
        Group.OUTCOMES,
        attributed=True,
    ),
    Kpi(
        "influenced_purchases",
        "Influenced purchases",
        "Number of purchases counted in influenced sales.",
        Unit.COUNT,
        Group.OUTCOMES,
        attributed=True,
    ),
    Kpi(
        "average_ticket",
        "Average ticket",
        "Influenced sales divided by influenced purchases; empty when there were none.",
        Unit.MONEY,
        Group.OUTCOMES,
        attributed=True,
    ),
    Kpi(
        "repeat_rate",
        "Repeat-purchase rate",
        "Share of the shoppers with an influenced purchase in the period who made more than "
        "one purchase (any channel) in the period.",
        Unit.PERCENT,
        Group.OUTCOMES,
        attributed=True,
    ),
    Kpi(
        "served_lifetime_value",
        "Lifetime value of served shoppers",
        "Average, over the shoppers served in the period, of everything each has bought "
        "(any channel, returns taken off) up to the end of the period.",
        Unit.MONEY,
        Group.OUTCOMES,
    ),
    Kpi(
        "channel_mix",
        "Channel mix",
        "Influenced sales by channel (store, web, app, marketplace): the value is the total, "
        "the parts each channel's value.",
        Unit.MONEY,
        Group.OUTCOMES,
        parts=True,
        attributed=True,
    ),
)

KPIS: dict[str, Kpi] = {k.key: k for k in _ALL}
KEYS: tuple[str, ...] = tuple(KPIS)
# The daily series every report carries (a subset of KEYS).
DAILY_KEYS = ("orders_placed", "orders_value", "conversion", "csat_average")


def kpi(key: str) -> Kpi:
    """The KPI of a key; KeyError names the known keys."""
    try:
        return KPIS[key]
    except KeyError:
        raise KeyError(f"unknown KPI {key!r}; known: {', '.join(KEYS)}") from None
