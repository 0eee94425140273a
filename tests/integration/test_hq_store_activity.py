"""Store activity for managers (docs/kpis.md): a scripted week through the real HQ API,
every KPI checked against a plain-Python computation over the same rows, on SQLite
and PostgreSQL; who may read it; what a bad query gets."""

from __future__ import annotations

import uuid
from collections import Counter
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select

from clienteling.domain import kpis
from clienteling.hq import auth, reports
from clienteling.hq import tables as t
from clienteling.protocol.auth import WRITE_GRANT
from tests.hq_live import LiveHQ, add_shopper, add_staff, add_stores, add_style, set_stock

STORE = "BR-SP-01"
ZONE = ZoneInfo("America/Sao_Paulo")
FROM, TO = date(2026, 11, 2), date(2026, 11, 8)
N = 14


def local(day: int, hour: int, minute: int = 0) -> datetime:
    """A time in November 2026 at the store, as UTC."""
    return datetime(2026, 11, day, hour, minute, tzinfo=ZONE).astimezone(UTC)


class Clock:
    def __init__(self) -> None:
        self.now = local(1, 9)

    def __call__(self) -> datetime:
        return self.now


class Script:
    """Who does what, at which time, through HQ's API."""

    def __init__(self, hq: LiveHQ, clock: Clock) -> None:
        self.hq, self.clock = hq, clock
        self.device = hq.enroll(STORE)
        self.es_device = hq.enroll("ES-MD-01")
        self.sessions: dict[str, tuple] = {}
        self.refused: set[str] = set()
        self.refused_at: dict[str, tuple] = {}
        self.saved: set[str] = set()

    def at(self, when: datetime) -> Script:
        self.clock.now = when
        return self

    def session(self, employee: str) -> str:
        """A session signed in at most 10 hours ago (HQ's clock), so it has not expired."""
        token, since = self.sessions.get(employee, (None, None))
        if token is None or not timedelta(0) <= self.clock.now - since < timedelta(hours=10):
            device = self.es_device if employee.startswith("ES-") else self.device
            token, since = self.hq.sign_in(device, employee), self.clock.now
            self.sessions[employee] = (token, since)
        return token

    def call(self, employee: str, method: str, path: str, body=None, expect=(200, 201)):
        with self.hq.client(self.session(employee)) as c:
            r = c.request(method, path, json=body)
        assert r.status_code in expect, r.text
        return r

    def opened(self, employee: str, shopper: str) -> None:
        event = {
            "event_id": str(uuid.uuid4()),
            "kind": "profile_opened",
            "shopper_id": shopper,
            "at": self.clock.now.isoformat(),
        }
        self.call(employee, "POST", "/v1/activity", {"events": [event]})

    def note(self, employee: str, shopper: str) -> None:
        self.call(
            employee,
            "POST",
            "/v1/notes",
            {
                "note_id": str(uuid.uuid4()),
                "shopper_id": shopper,
                "reason": "gift",
                "text": "Looks for a gift",
            },
        )

    def order(
        self,
        employee: str,
        shopper: str,
        sku: str,
        *,
        pickup=None,
        refused=False,
        saved=False,
        grant=False,
    ) -> str:
        oid = str(uuid.uuid4())
        body = {"order_id": oid, "shopper_id": shopper, "lines": [{"sku": sku, "quantity": 1}]}
        if pickup:
            body |= {"fulfilment": "pickup", "pickup_store": pickup}
        else:
            body |= {
                "fulfilment": "ship",
                "address": {
                    "line1": "Rua 2",
                    "city": "São Paulo",
                    "postcode": "01000-000",
                    "country": "BR",
                },
            }
        if grant:  # as a terminal's outbox sends it later, with nobody signed in
            with self.hq.client(self.device) as c:
                signed = c.post("/v1/sessions", json={"employee_id": employee, "pin": "2468"})
            token = signed.json()["write_grant"]["token"]
            self.clock.now += timedelta(hours=2)  # the terminal was offline meanwhile
            with self.hq.client(self.device) as c:
                r = c.post("/v1/orders", json=body, headers={WRITE_GRANT: token})
        else:
            with self.hq.client(self.session(employee)) as c:
                r = c.post("/v1/orders", json=body)
        assert r.status_code == (409 if refused else 201), r.text
        if refused:
            self.refused.add(oid)
            self.refused_at[oid] = (self.clock.now, employee, shopper)
        if saved:
            self.saved.add(oid)
        return oid

    def status(self, employee: str, oid: str, *steps: str) -> None:
        for step in steps:
            self.call(employee, "POST", f"/v1/orders/{oid}/status", {"status": step})

    def feedback(self, employee: str, shopper: str, score: int) -> None:
        self.call(
            employee,
            "POST",
            "/v1/feedback",
            {"feedback_id": str(uuid.uuid4()), "shopper_id": shopper, "score": score},
        )

    def task(self, employee: str, shopper: str, due: datetime | None) -> str:
        tid = str(uuid.uuid4())
        body = {"task_id": tid, "shopper_id": shopper, "title": "Call back"}
        if due:
            body["due_at"] = due.isoformat()
        self.call(employee, "POST", "/v1/tasks", body)
        return tid

    def done(self, employee: str, tid: str) -> None:
        self.call(employee, "POST", f"/v1/tasks/{tid}/complete")

    def preferences(self, employee: str, shopper: str) -> None:
        self.call(
            employee,
            "PUT",
            f"/v1/shoppers/{shopper}/preferences",
            {
                "change_id": str(uuid.uuid4()),
                "sizes": {"tops": "M"},
                "fit": "slim",
                "brands": ["Aurora"],
            },
        )

    def purchases(self, token: str, rows: list[tuple]) -> None:
        head = "external_id,shopper_external_id,store_id,channel,purchased_at,sku,quantity,unit_price,currency\n"  # noqa: E501
        body = head + "".join(
            f"{pid},X-{shopper},{store},{channel},{at.isoformat()},ST1-BLK-M,1,{price},BRL\n"
            for pid, shopper, store, channel, at, price in rows
        )
        with self.hq.client(token) as c:
            r = c.post("/v1/import/purchases", content=body.encode())
        assert r.status_code == 200 and not r.json().get("errors"), r.text


A, B = f"{STORE}-associate", f"{STORE}-associate-2"
M, TRAINEE, ES = f"{STORE}-manager", f"{STORE}-trainee", "ES-MD-01-associate"


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


def run(s: Script, integration: str) -> None:
    # Before the period: what sh5 got 24 days before buying, and last week's note.
    s.at(local(10, 10) - timedelta(days=31)).opened(A, "sh5")
    s.at(local(30, 10) - timedelta(days=30)).note(A, "sh6")  # 31 Oct, previous period
    # Day 2: A serves sh1 and orders for them; B serves sh1 later the same day.
    s.at(local(2, 10)).opened(A, "sh1")
    s.at(local(2, 10, 5)).note(A, "sh1")
    first = s.at(local(2, 10, 10)).order(A, "sh1", "ST1-BLK-M")
    s.at(local(2, 14)).opened(B, "sh1")
    # Day 3: a saved sale (item only in another store), a refused order, an offline order.
    saved = s.at(local(3, 11)).order(A, "sh3", "ST1-BLK-L", pickup=STORE, saved=True)
    s.at(local(3, 12)).order(A, "sh3", "ST2-BLK-S", refused=True)
    s.at(local(3, 16)).order(B, "sh4", "ST1-BLK-M", grant=True)
    s.at(local(3, 17)).feedback(A, "sh1", 5)
    s.at(local(3, 17, 5)).feedback(B, "sh3", 3)
    s.at(local(3, 17, 10)).feedback(A, "sh3", 4)
    s.at(local(3, 18)).preferences(A, "sh3")
    on_time = s.at(local(3, 18, 30)).task(A, "sh1", local(4, 20))
    late = s.at(local(3, 18, 40)).task(B, "sh3", local(3, 20))
    undated = s.at(local(3, 18, 50)).task(A, "sh4", None)
    s.at(local(4, 9)).done(A, on_time)
    s.at(local(4, 9, 30)).done(A, undated)
    s.at(local(5, 9)).done(B, late)
    s.at(local(4, 10)).status(M, first, "picked", "shipped")
    s.at(local(5, 15)).status(M, first, "delivered")
    s.at(local(5, 16)).status(M, saved, "cancelled")
    # Day 5: another store's associate serves sh1 (a traveller), then sh1 buys online.
    s.at(local(5, 12)).note(ES, "sh1")
    # Day 6: the last day's serving, whose conversion window runs past the period.
    s.at(local(8, 22)).opened(B, "sh6")
    s.at(local(9, 9)).purchases(
        integration,
        [
            ("P1", "sh1", STORE, "store", local(2, 18), "189.00"),  # to B (last), not A
            ("P2", "sh1", "", "web", local(5, 20), "99.90"),  # to ES's store: not ours
            ("P3", "sh3", "", "app", local(6, 11), "250.00"),  # to A (order on day 3)
            ("P4", "sh4", STORE, "store", local(4, 11), "50.00"),  # to B (offline order)
            ("P5", "sh5", STORE, "store", local(3, 11), "75.00"),  # served 24 days ago: none
            ("P6", "sh7", STORE, "store", local(6, 12), "10.00"),  # never served
            ("P7", "sh6", STORE, "store", local(9, 8), "20.00"),  # after the period: converts sh6
        ],
    )
    s.at(local(9, 10))


# --- the independent computation ------------------------------------------------------


def window(start: date, end: date) -> tuple[datetime, datetime]:
    return (
        datetime.combine(start, datetime.min.time(), ZONE).astimezone(UTC),
        datetime.combine(end + timedelta(1), datetime.min.time(), ZONE).astimezone(UTC),
    )


def expected(db, s: Script, start: date, end: date) -> dict:
    """key -> {associate or None: value}, in plain Python over HQ's rows."""
    a, b = window(start, end)
    with db.read() as conn:
        rows = {
            name: [dict(r._mapping) for r in conn.execute(select(table))]
            for name, table in (
                ("activity", t.activity),
                ("notes", t.notes),
                ("orders", t.orders),
                ("purchases", t.purchases),
                ("feedback", t.feedback),
                ("tasks", t.tasks),
                ("changes", t.profile_changes),
                ("devices", t.devices),
            )
        }
    inside = lambda x: x is not None and a <= x < b  # noqa: E731
    touches = [
        (
            e["at"],
            "profile_opened",
            e["event_id"],
            e["store_id"],
            e["associate_id"],
            e["shopper_id"],
        )
        for e in rows["activity"]
        if e["kind"] == "profile_opened"
    ]
    touches += [
        (n["created_at"], "note", n["note_id"], n["store_id"], n["associate_id"], n["shopper_id"])
        for n in rows["notes"]
    ]
    touches += [
        (o["created_at"], "order", o["order_id"], o["store_id"], o["associate_id"], o["shopper_id"])
        for o in rows["orders"]
    ]
    refused_at = {oid: s.refused_at[oid] for oid in s.refused}
    for oid, (at, who, shopper) in refused_at.items():
        touches.append((at, "order", oid, STORE, who, shopper))
    out: dict[str, dict] = {key: {} for key in kpis.KEYS}

    def put(key, who, value):
        out[key][who] = value

    def each(key, items, who_of, value=len):
        groups: dict = {}
        for item in items:
            groups.setdefault(who_of(item), []).append(item)
        put(key, None, value(items))
        for who, group in groups.items():
            put(key, who, value(group))

    def avg(values):
        return sum(values) / len(values) if values else None

    here = [x for x in touches if x[3] == STORE and inside(x[0])]
    opened = [x for x in here if x[1] == "profile_opened"]
    each("profiles_opened", opened, lambda x: x[4])
    each(
        "notes_added",
        [n for n in rows["notes"] if n["store_id"] == STORE and inside(n["created_at"])],
        lambda n: n["associate_id"],
    )
    stores = {d["device_id"]: d["store_id"] for d in rows["devices"]}
    prefs = [
        c
        for c in rows["changes"]
        if stores.get(c["device_id"]) == STORE
        and inside(c["captured_at"])
        and (
            c["field"] in ("fit", "brands", "colours", "styles") or c["field"].startswith("sizes.")
        )
    ]
    each("preference_edits", prefs, lambda c: c["associate_id"])
    tasks = [x for x in rows["tasks"] if x["store_id"] == STORE]
    each(
        "followups_created",
        [x for x in tasks if inside(x["created_at"])],
        lambda x: x["associate_id"],
    )
    done = [x for x in tasks if x["status"] == "done" and inside(x["done_at"])]
    each("followups_done", done, lambda x: x["associate_id"])
    each(
        "followups_done_on_time",
        [x for x in done if x["due_at"] is None or x["done_at"] <= x["due_at"]],
        lambda x: x["associate_id"],
    )
    fb = [f for f in rows["feedback"] if f["store_id"] == STORE and inside(f["created_at"])]
    each("feedback_captured", fb, lambda f: f["associate_id"])
    each("csat_average", fb, lambda f: f["associate_id"], lambda g: avg([f["score"] for f in g]))
    each("csat_distribution", fb, lambda f: f["associate_id"])
    orders = [o for o in rows["orders"] if o["store_id"] == STORE and inside(o["created_at"])]
    value = lambda o: sum(x["quantity"] * x["unit_price_minor"] for x in o["lines"])  # noqa: E731
    refused = [(oid, at, who) for oid, (at, who, _sh) in refused_at.items() if inside(at)]
    each(
        "orders_placed",
        [(o["order_id"], o["associate_id"]) for o in orders]
        + [(oid, who) for oid, _at, who in refused],
        lambda x: x[1],
    )
    each("orders_confirmed", orders, lambda o: o["associate_id"])
    each("orders_refused", refused, lambda x: x[2])
    each(
        "orders_cancelled",
        [o for o in orders if o["status"] == "cancelled"],
        lambda o: o["associate_id"],
    )
    each("orders_value", orders, lambda o: o["associate_id"], lambda g: sum(map(value, g)))
    saved = [o for o in orders if o["order_id"] in s.saved]
    each("saved_sales", saved, lambda o: o["associate_id"])
    each("saved_sales_value", saved, lambda o: o["associate_id"], lambda g: sum(map(value, g)))
    each(
        "fulfilment_home",
        [o for o in orders if o["fulfilment"] == "ship"],
        lambda o: o["associate_id"],
    )
    each(
        "fulfilment_pickup",
        [o for o in orders if o["fulfilment"] == "pickup"],
        lambda o: o["associate_id"],
    )

    def hours(o):
        end = next(
            datetime.fromisoformat(h["at"])
            for h in o["history"]
            if h["status"] in ("delivered", "collected")
        )
        return (end - o["created_at"]).total_seconds() / 3600

    completed = [o for o in orders if o["status"] in ("delivered", "collected")]
    each(
        "order_to_delivery_hours",
        completed,
        lambda o: o["associate_id"],
        lambda g: avg([hours(o) for o in g]),
    )
    buys = rows["purchases"]

    def converts(x):
        return any(
            p["shopper_id"] == x[5] and x[0] <= p["purchased_at"] < x[0] + timedelta(N)
            for p in buys
        )

    def ltv(shopper):
        return sum(
            p["total_minor"] for p in buys if p["shopper_id"] == shopper and p["purchased_at"] < b
        )

    each("shoppers_served", here, lambda x: x[4], lambda g: len({x[5] for x in g}))
    each(
        "conversion",
        here,
        lambda x: x[4],
        lambda g: (
            100 * len({x[5] for x in g if converts(x)}) / len({x[5] for x in g}) if g else None
        ),
    )
    each(
        "served_lifetime_value",
        here,
        lambda x: x[4],
        lambda g: avg([ltv(sh) for sh in {x[5] for x in g}]),
    )
    won = []
    for p in buys:
        if not inside(p["purchased_at"]):
            continue
        before = [
            x
            for x in touches
            if x[5] == p["shopper_id"]
            and p["purchased_at"] - timedelta(N) < x[0] <= p["purchased_at"]
        ]
        if before:
            last = max(before, key=lambda x: (x[0], x[1], x[2]))
            if last[3] == STORE:
                won.append((p, last[4]))
    each("influenced_purchases", won, lambda x: x[1])
    each("influenced_sales", won, lambda x: x[1], lambda g: sum(p["total_minor"] for p, _ in g))
    each("channel_mix", won, lambda x: x[1], lambda g: sum(p["total_minor"] for p, _ in g))
    each("average_ticket", won, lambda x: x[1], lambda g: avg([p["total_minor"] for p, _ in g]))

    def repeat(g):
        shoppers = {p["shopper_id"] for p, _ in g}
        many = {
            sh
            for sh in shoppers
            if sum(1 for p in buys if p["shopper_id"] == sh and inside(p["purchased_at"])) > 1
        }
        return 100 * len(many) / len(shoppers) if shoppers else None

    each("repeat_rate", won, lambda x: x[1], repeat)
    out["_won"] = won
    out["_csat"] = fb
    return out


ZERO_WHEN_EMPTY = {key for key, k in kpis.KPIS.items() if k.unit in ("count", "money")} - {
    "average_ticket",
    "served_lifetime_value",
}


def check(figures, want: dict, who) -> None:
    for key in kpis.KEYS:
        value = want[key].get(who)
        if value is None and key in ZERO_WHEN_EMPTY:
            value = 0
        got = figures["values"][key]
        assert got == pytest.approx(value) if value is not None else got is None, (key, who, got)


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
