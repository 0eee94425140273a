"""Store activity for managers (docs/kpis.md): a scripted week through the real HQ API,
every KPI checked against a plain-Python computation over the same rows, on SQLite
and PostgreSQL; who may read it; what a bad query gets."""

from __future__ import annotations

from collections import Counter
from datetime import UTC, date, datetime, timedelta

import pytest

from clienteling.domain import kpis
from clienteling.hq import auth, reports
from tests.hq_live import LiveHQ, add_shopper, add_staff, add_stores, add_style, set_stock
from tests.integration.activity_script import (  # noqa: F401
    ES,
    FROM,
    STORE,
    TO,
    TRAINEE,
    ZERO_WHEN_EMPTY,
    A,
    B,
    Clock,
    M,
    N,
    Script,
    check,
    expected,
    local,
    run,
)


@pytest.fixture
def world(hq_db):
    add_stores(hq_db)
    add_style(hq_db, "ST1")
    add_style(hq_db, "ST2", sizes=("S",), price_minor=25000)
    add_staff(hq_db, STORE)
    add_staff(hq_db, "ES-MD-01")
    add_staff(hq_db, "BR-SP-02")
    auth.add_associate(hq_db, B, "Bruna", "associate", STORE, "2468")
    for sid in ("sh1", "sh3", "sh4", "sh5", "sh6"):
        add_shopper(hq_db, sid, STORE)
    add_shopper(hq_db, "sh7", STORE, consent_email=False, consent_sms=False)
    add_shopper(hq_db, "sh2", "ES-MD-01")
    set_stock(hq_db, STORE, "ST1-BLK-M", 10)
    set_stock(hq_db, "BR-SP-02", "ST1-BLK-L", 5)  # not here: a saved sale
    clock = Clock()
    with LiveHQ(hq_db, clock=clock) as hq:
        s = Script(hq, clock)
        integration = auth.create_api_token(hq_db, "bi", "integration", None, clock.now)
        run(s, integration)
        s.integration = integration
        s.manager_token = auth.create_api_token(hq_db, "m", "manager", STORE, clock.now)
        s.other_manager = auth.create_api_token(hq_db, "m2", "manager", "ES-MD-01", clock.now)
        yield s


def test_every_kpi_equals_the_plain_computation(world, hq_db):
    s = world
    with s.hq.client(s.integration) as c:
        r = c.get(
            "/v1/reports/store-activity",
            params={"store": STORE, "from": "2026-11-02", "to": "2026-11-08"},
        )
    assert r.status_code == 200, r.text
    report = r.json()
    want = expected(hq_db, s, FROM, TO)
    assert report["conversion_window_days"] == N
    assert [k["key"] for k in report["kpis"]] == list(kpis.KEYS)
    check(report["totals"], want, None)
    people = {a["associate_id"]: a for a in report["associates"]}
    assert set(people) == {A, B}
    for who, person in people.items():
        check(person["figures"], want, who)
    # A sale touched by two associates goes once, to the last: P1 is B's, not A's.
    won = {p["external_id"]: who for p, who in want["_won"]}
    assert won == {"P1": B, "P3": A, "P4": B}
    assert report["totals"]["values"]["influenced_sales"] == 18900 + 25000 + 5000
    assert people[A]["figures"]["values"]["influenced_sales"] == 25000
    assert people[B]["figures"]["values"]["influenced_sales"] == 18900 + 5000
    assert report["totals"]["parts"]["channel_mix"] == {"app": 25000, "store": 23900}
    scores = Counter(str(f["score"]) for f in want["_csat"])
    assert report["totals"]["parts"]["csat_distribution"] == dict(sorted(scores.items()))
    # What the script made happen, in words (so the plain computation is not vacuous).
    v = report["totals"]["values"]
    assert (v["orders_placed"], v["orders_confirmed"], v["orders_refused"]) == (4, 3, 1)
    assert (v["saved_sales"], v["orders_cancelled"], v["fulfilment_pickup"]) == (1, 1, 1)
    assert v["followups_done"] == 3 and v["followups_done_on_time"] == 2
    assert v["preference_edits"] == 3 and v["profiles_opened"] == 3
    # The previous week: one note by A.
    prev = expected(hq_db, s, FROM - timedelta(7), FROM - timedelta(1))
    check(report["previous"]["figures"], prev, None)
    assert report["previous"]["figures"]["values"]["notes_added"] == 1
    # Each day's figures.
    assert [d["day"] for d in report["daily"]] == [
        (FROM + timedelta(i)).isoformat() for i in range(7)
    ]
    for d in report["daily"]:
        one = expected(hq_db, s, date.fromisoformat(d["day"]), date.fromisoformat(d["day"]))
        for key in kpis.DAILY_KEYS:
            value = one[key].get(None)
            if value is None and key in ZERO_WHEN_EMPTY:
                value = 0
            got = d["values"][key]
            assert got == pytest.approx(value) if value is not None else got is None, (d, key)
    # The records behind every number: as many as it counts, each naming its shopper.
    with s.hq.client(s.manager_token) as c:
        for key in kpis.KEYS:
            for who in (None, A, B):
                params = {"store": STORE, "from": "2026-11-02", "to": "2026-11-08", "kpi": key}
                if who:
                    params["associate"] = who
                page = c.get("/v1/reports/store-activity/records", params=params)
                assert page.status_code == 200, page.text
                body = page.json()
                figures = report["totals"] if who is None else people[who]["figures"]
                k = kpis.KPIS[key]
                if k.unit == "count" and key != "shoppers_served":
                    assert body["total"] == (figures["values"][key] or 0), (key, who)
                if key in ("orders_value", "saved_sales_value", "influenced_sales", "channel_mix"):
                    total = sum(x["value_minor"] or 0 for x in body["records"])
                    assert total == figures["values"][key], (key, who)
                assert all(x["shopper_id"] for x in body["records"])
        day = c.get(
            "/v1/reports/store-activity/records",
            params={
                "store": STORE,
                "from": "2026-11-02",
                "to": "2026-11-08",
                "kpi": "orders_placed",
                "day": "2026-11-03",
            },
        ).json()
        assert {x["kind"] for x in day["records"]} == {"order", "order_refused"}
        assert day["total"] == report["daily"][1]["values"]["orders_placed"] == 3


def test_not_seen_lists_consenting_regulars_only(world, hq_db):
    s = world
    old = [
        (f"Q{i}{sh}", sh, STORE, "store", local(1, 10) - timedelta(days=200 + i), "10.00")
        for sh in ("sh5", "sh7")
        for i in range(3)
    ]
    s.purchases(s.integration, old)
    with s.hq.client(s.integration) as c:
        report = c.get(
            "/v1/reports/store-activity",
            params={"store": STORE, "from": "2026-11-02", "to": "2026-11-08"},
        ).json()
    # sh5 bought on day 3 (seen); sh7 bought on day 6 but gave no consent: nobody to call.
    assert report["not_seen"] == []
    with s.hq.client(s.integration) as c:
        report = c.get(
            "/v1/reports/store-activity",
            params={"store": STORE, "from": "2026-09-01", "to": "2026-09-20"},
        ).json()
    listed = {x["shopper_id"]: x for x in report["not_seen"]}
    assert set(listed) == {"sh5"}  # sh7 bought as often but agreed to no contact
    assert listed["sh5"]["contact"] == ["email"] and listed["sh5"]["purchases"] == 3


def test_only_the_stores_managers_and_integrations_read_it(world, hq_db):
    s = world
    params = {"store": STORE, "from": "2026-11-02", "to": "2026-11-08"}
    for employee in (A, TRAINEE):
        with s.hq.client(s.session(employee)) as c:
            r = c.get("/v1/reports/store-activity", params=params)
        assert r.status_code == 403 and r.json()["error"]["code"] == "forbidden", r.text
        assert "managers" in r.json()["error"]["message"]
    with s.hq.client(s.hq.sign_in(s.es_device, "ES-MD-01-manager")) as c:
        assert c.get("/v1/reports/store-activity", params=params).status_code == 403
        assert (
            c.get(
                "/v1/reports/store-activity/records", params={**params, "kpi": "notes_added"}
            ).status_code
            == 403
        )
    for token in (s.other_manager, s.device):
        with s.hq.client(token) as c:
            assert c.get("/v1/reports/store-activity", params=params).status_code == 403
    with s.hq.client(s.session(M)) as c:
        assert c.get("/v1/reports/store-activity", params=params).status_code == 200
    with s.hq.client() as c:
        assert c.get("/v1/reports/store-activity", params=params).status_code == 401


BAD = [
    ({"from": "2026-11-31", "to": "2026-12-01"}, "from"),
    ({"from": "02/11/2026", "to": "2026-12-01"}, "from"),
    ({"from": "2026-11-08", "to": "2026-11-02"}, "after to"),
    ({"from": "2025-01-01", "to": "2026-11-02"}, "at most 366"),
    ({"to": "2026-11-02"}, "from"),
]


def test_bad_queries_are_refused_with_words(world):
    with world.hq.client(world.integration) as c:
        for params, words in BAD:
            r = c.get("/v1/reports/store-activity", params={"store": STORE, **params})
            assert r.status_code == 422, r.text
            assert r.json()["error"]["code"] == "invalid_request"
            assert words in r.json()["error"]["message"], r.json()
        # unknown store, unknown KPI
        r = c.get(
            "/v1/reports/store-activity",
            params={"store": "XX-00", "from": "2026-11-02", "to": "2026-11-08"},
        )
        assert r.status_code == 404
        r = c.get(
            "/v1/reports/store-activity/records",
            params={"store": STORE, "from": "2026-11-02", "to": "2026-11-08", "kpi": "happiness"},
        )
        assert r.status_code == 422 and "orders_placed" in r.json()["error"]["message"]


def test_the_chain_sets_its_conversion_window(world, hq_db):
    reports.set_conversion_window(hq_db, 1, "cli:test", datetime.now(UTC))
    with world.hq.client(world.integration) as c:
        report = c.get(
            "/v1/reports/store-activity",
            params={"store": STORE, "from": "2026-11-02", "to": "2026-11-08"},
        ).json()
    assert report["conversion_window_days"] == 1
    # Within one day: P1 (4 h after B) and P4 (19 h after the offline order) stay; P3 does not.
    assert report["totals"]["values"]["influenced_purchases"] == 2
    with pytest.raises(ValueError, match="1 to 90"):
        reports.set_conversion_window(hq_db, 0, "cli:test", datetime.now(UTC))
