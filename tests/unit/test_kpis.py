"""The KPI definitions: one place, stable keys, the same words in docs/kpis.md; the report's
wire model and its CSV export."""

from __future__ import annotations

import csv
import io
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from clienteling.domain import kpis
from clienteling.protocol.reports import (
    AssociateFigures,
    Figures,
    Period,
    PeriodFigures,
    StoreActivityReport,
    check_period,
)
from clienteling.services.activity import csv_text

DOCS = Path(__file__).resolve().parents[2] / "docs" / "kpis.md"
# Keys published to managers and integrations: never renamed or removed (add new ones).
PUBLISHED = (
    "shoppers_served profiles_opened notes_added preference_edits followups_created "
    "followups_done followups_done_on_time feedback_captured csat_average csat_distribution "
    "orders_placed orders_confirmed orders_refused orders_cancelled orders_value saved_sales "
    "saved_sales_value fulfilment_home fulfilment_pickup order_to_delivery_hours conversion "
    "influenced_sales influenced_purchases average_ticket repeat_rate served_lifetime_value "
    "channel_mix"
).split()


def test_keys_are_stable_and_every_kpi_is_defined():
    assert set(PUBLISHED) <= set(kpis.KEYS)
    for k in kpis.KPIS.values():
        assert k.key.isidentifier() and k.key.islower()
        assert k.name and k.definition.endswith(".") and k.unit in kpis.Unit
    assert set(kpis.DAILY_KEYS) <= set(kpis.KEYS)
    with pytest.raises(KeyError, match="known: shoppers_served"):
        kpis.kpi("happiness")


def test_docs_print_every_definition_and_the_attribution_rule():
    text = DOCS.read_text(encoding="utf-8")
    for k in kpis.KPIS.values():
        assert f"| `{k.key}` | {k.name} | {k.unit.value} | {k.definition}" in text, k.key
    assert kpis.ATTRIBUTION in text
    assert "never split" in kpis.ATTRIBUTION and "never counted twice" in kpis.ATTRIBUTION


def test_periods_say_what_is_wrong():
    check_period(date(2026, 1, 1), date(2026, 12, 31))
    with pytest.raises(ValueError, match="after to"):
        check_period(date(2026, 2, 1), date(2026, 1, 1))
    with pytest.raises(ValueError, match="at most 366"):
        check_period(date(2025, 1, 1), date(2026, 1, 31))
    p = Period.model_validate({"from": "2026-03-01", "to": "2026-03-31"})
    assert (p.days, p.previous().from_, p.previous().to) == (
        31,
        date(2026, 1, 29),
        date(2026, 2, 28),
    )


def _figures(n: float | None) -> Figures:
    return Figures(values={k: n for k in kpis.KEYS})


def test_csv_has_a_row_per_kpi_and_associate_and_empty_cells_for_nothing():
    report = StoreActivityReport(
        store_id="S1", store_name="Store", timezone="UTC", currency="EUR",
        from_=date(2026, 1, 1), to=date(2026, 1, 7), as_of=datetime.now(UTC),
        conversion_window_days=14, kpis=[], totals=_figures(2.5), daily=[], not_seen=[],
        associates=[AssociateFigures(associate_id="a1", name="Ana", role="associate",
                                     home_store="S1", figures=_figures(None))],
        previous=PeriodFigures(from_=date(2025, 12, 25), to=date(2025, 12, 31),
                               figures=_figures(0)),
    )  # fmt: skip
    rows = list(csv.reader(io.StringIO(csv_text(report))))
    assert rows[0] == ["associate_id", "kpi", "value"]
    assert len(rows) == 1 + 2 * len(kpis.KEYS)
    assert rows[1] == ["", kpis.KEYS[0], "2.5"] and rows[-1] == ["a1", kpis.KEYS[-1], ""]
    only = list(csv.reader(io.StringIO(csv_text(report, "a1"))))
    assert {r[0] for r in only[1:]} == {"a1"}
    with pytest.raises(KeyError, match="no activity"):
        csv_text(report, "ghost")
    # The wire names the period's first day `from`.
    assert report.model_dump(mode="json", by_alias=True)["from"] == "2026-01-01"


def test_days_at_the_store_follow_its_clock_changes():
    from zoneinfo import ZoneInfo

    from clienteling.hq.report_sql import offsets

    madrid = offsets(ZoneInfo("Europe/Madrid"), datetime(2026, 1, 1, tzinfo=UTC),
                     datetime(2027, 1, 1, tzinfo=UTC))  # fmt: skip
    assert [(at.isoformat(), m) for at, m in madrid] == [
        ("2026-01-01T00:00:00+00:00", 60),
        ("2026-03-29T01:00:00+00:00", 120),
        ("2026-10-25T01:00:00+00:00", 60),
    ]
