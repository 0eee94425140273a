"""The scripted week of store activity the store activity tests share: who does what
through HQ's API and when, and the plain-Python computation of every KPI over HQ's rows."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select

from clienteling.domain import kpis
from clienteling.hq import tables as t
from clienteling.protocol.auth import WRITE_GRANT
from tests.hq_live import LiveHQ

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
