"""The served shoppers behind "shoppers served" and "conversion" (records `per=shopper`),
on the scripted week of test_hq_store_activity, SQLite and PostgreSQL: one row per served
shopper, as many as the figure counts, the converted ones making the conversion, for the
store, each associate and each day; same callers as the report."""

from __future__ import annotations

from datetime import timedelta

import pytest

from tests.integration.activity_script import FROM, STORE, A, B
from tests.integration.test_hq_store_activity import world  # noqa: F401

PATH = "/v1/reports/store-activity/records"
PERIOD = {"store": STORE, "from": "2026-11-02", "to": "2026-11-08"}


def shoppers(client, kpi: str, **more) -> dict:
    params = {**PERIOD, "kpi": kpi, "per": "shopper", **more}
    answer = client.get(PATH, params=params)
    assert answer.status_code == 200, answer.text
    return answer.json()


def rate(rows: list[dict]) -> float | None:
    if not rows:
        return None
    return 100.0 * sum(r["detail"] == "converted" for r in rows) / len(rows)


def test_the_served_shoppers_are_the_figures_rows_once_each(world):  # noqa: F811
    s = world
    with s.hq.client(s.manager_token) as c:
        report = c.get("/v1/reports/store-activity", params=PERIOD).json()
        people = {a["associate_id"]: a["figures"]["values"] for a in report["associates"]}
        for who, figures in ((None, report["totals"]["values"]), (A, people[A]), (B, people[B])):
            more = {"associate": who} if who else {}
            page = shoppers(c, "conversion", **more)
            rows = page["records"]
            assert page["total"] == len(rows) == figures["shoppers_served"], who
            assert len({r["shopper_id"] for r in rows}) == len(rows)  # once each
            assert {r["kind"] for r in rows} == {"shopper_served"}
            assert {r["detail"] for r in rows} <= {"converted", "not converted"}
            assert rate(rows) == pytest.approx(figures["conversion"]), who
            if who:
                assert {r["associate_id"] for r in rows} == {who}
            served = shoppers(c, "shoppers_served", **more)
            assert served["records"] == rows
            # Paged: the same rows, in the same order.
            first = shoppers(c, "conversion", limit=1, **more)
            rest = shoppers(c, "conversion", offset=1, **more)
            assert first["records"] + rest["records"] == rows
        # Each day's point of the conversion chart.
        converted_days = 0
        for i, day in enumerate(report["daily"]):
            rows = shoppers(c, "conversion", day=(FROM + timedelta(i)).isoformat())["records"]
            assert rate(rows) == pytest.approx(day["values"]["conversion"]), day
            converted_days += any(r["detail"] == "converted" for r in rows)
        assert converted_days  # the script converts someone: the check is not vacuous

        # Only the figures that count shoppers; a day in the period; the records' callers.
        bad = c.get(PATH, params={**PERIOD, "kpi": "notes_added", "per": "shopper"})
        assert bad.status_code == 422 and "per" in bad.text
        bad = c.get(PATH, params={**PERIOD, "kpi": "conversion", "per": "everyone"})
        assert bad.status_code == 422
        bad = c.get(
            PATH, params={**PERIOD, "kpi": "conversion", "per": "shopper", "day": "2026-12-01"}
        )
        assert bad.status_code == 422 and "day" in bad.text
    with s.hq.client(s.other_manager) as c:
        answer = c.get(PATH, params={**PERIOD, "kpi": "conversion", "per": "shopper"})
        assert answer.status_code == 403
    with s.hq.client(s.integration) as c:
        assert shoppers(c, "conversion")["total"] == report["totals"]["values"]["shoppers_served"]
