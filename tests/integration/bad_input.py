"""Requests HQ must refuse at the boundary, for every route that takes text, ids, times or
numbers, and a served HQ to send them to (SQLite, then PostgreSQL).

Each `Bad` is one request with one bad value: NUL in each string field of a valid body
(found by walking the body, so a field added later is covered), in path segments and query
values; numbers beyond 64 bits; times outside the years 2..9998.
test_hq_bad_input.py checks HQ's answers; test_hq_logs.py sends the same requests and
reads HQ's logs.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import select

from clienteling.hq import auth, migrate
from clienteling.hq import tables as t
from clienteling.hq.db import Database
from tests.conftest import create_pg_database
from tests.hq_live import LiveHQ, add_shopper, small_chain

NUL = "\x00"
# Shopper data no log line may carry (test_hq_logs.py): in the valid bodies below, so in
# every bad request made from them, and in the normal writes of the log tests.
CANARY_PHONE = "+5511966604471"
CANARY_EMAIL = "kanarie.4471@example.com"
CANARY_STREET = "Rua do Canário 4471"
CANARY_NOTE = "kanarie-note-4471"
CANARY_LOYALTY = "LYKANARIE4471"
CANARY_NAME = "Kanarienvogel"
CANARIES = (CANARY_PHONE, CANARY_EMAIL, CANARY_STREET, CANARY_NOTE, CANARY_LOYALTY, CANARY_NAME)
TOO_BIG = (str(2**63), str(10**30))
OVERFLOWING_TIMES = ("0001-01-01T00:00:00+05:00", "9999-12-31T23:59:00-05:00")
STORE = "BR-SP-01"
NOW_TEXT = "2026-11-01T10:00:00+00:00"


@dataclass(frozen=True)
class Bad:
    """One request; `who` names the credential (see `served_hq`); `body` is made from
    the HQ's context (an enrollment code). 422 names `field` (a prefix of it for a
    value nested deeper than HQ reports); 404 is for an id HQ does not know."""

    name: str
    method: str
    path: str
    who: str | None
    body: Callable[[dict[str, str]], Any] | None = None
    field: str = ""
    status: int = 422


def _id() -> str:
    return str(uuid.uuid4())


# Valid bodies, one per route that takes a body, and who may send them.
BODIES: dict[str, tuple[str, str, str | None, Callable[[dict[str, str]], dict]]] = {
    "enroll": (
        "POST",
        "/v1/enroll",
        None,
        lambda ctx: {"code": ctx["code"], "terminal_name": "Till 2"},
    ),
    "sign_in": ("POST", "/v1/sessions", "device", lambda ctx: {"employee_id": "E1", "pin": "2468"}),
    "note": (
        "POST",
        "/v1/notes",
        "associate",
        lambda ctx: {
            "note_id": _id(),
            "shopper_id": "sh1",
            "reason": "gift",
            "text": f"Ring {CANARY_PHONE} or {CANARY_EMAIL}: {CANARY_NOTE}",
        },
    ),
    "preferences": (
        "PUT",
        "/v1/shoppers/sh1/preferences",
        "associate",
        lambda ctx: {
            "change_id": _id(),
            "sizes": {"tops": "M"},
            "fit": "slim",
            "brands": ["Aurora"],
            "colours": ["black"],
            "styles": ["classic"],
        },
    ),
    "changes": (
        "POST",
        "/v1/shoppers/sh1/changes",
        "associate",
        lambda ctx: {
            "change_id": _id(),
            "changes": [
                {"field": "sizes.shoes", "value": "38", "captured_at": "2026-11-01T10:00:00+00:00"},
                {
                    "field": "emails",
                    "value": [CANARY_EMAIL],
                    "captured_at": "2026-11-01T10:00:00+00:00",
                    "base_version": 1,
                },
                {
                    "field": "address",
                    "value": {"line1": CANARY_STREET, "city": "São Paulo", "country": "BR"},
                    "captured_at": "2026-11-01T10:00:00+00:00",
                },
            ],
        },
    ),
    "wishlist": (
        "POST",
        "/v1/wishlist",
        "associate",
        lambda ctx: {"item_id": _id(), "shopper_id": "sh1", "sku": "ST1-BLK-M"},
    ),
    "task": (
        "POST",
        "/v1/tasks",
        "associate",
        lambda ctx: {
            "task_id": _id(),
            "shopper_id": "sh1",
            "title": f"Call {CANARY_NAME} back",
            "due_at": "2026-12-01T10:00:00+00:00",
        },
    ),
    "feedback": (
        "POST",
        "/v1/feedback",
        "associate",
        lambda ctx: {
            "feedback_id": _id(),
            "shopper_id": "sh1",
            "score": 4,
            "comment": f"Kind; {CANARY_NOTE}",
        },
    ),
    "activity": (
        "POST",
        "/v1/activity",
        "associate",
        lambda ctx: {
            "events": [
                {
                    "event_id": _id(),
                    "kind": "search",
                    "shopper_id": "sh1",
                    "at": "2026-11-01T10:00:00+00:00",
                    "payload": {"query": CANARY_PHONE, "hits": 2},
                }
            ]
        },
    ),
    "ship_order": (
        "POST",
        "/v1/orders",
        "associate",
        lambda ctx: {
            "order_id": _id(),
            "shopper_id": "sh1",
            "lines": [{"sku": "ST1-BLK-M", "quantity": 1, "source_store": STORE}],
            "fulfilment": "ship",
            "address": {
                "line1": CANARY_STREET,
                "line2": "ap 3",
                "city": "São Paulo",
                "postcode": "01305-000",
                "region": "SP",
                "country": "BR",
            },
            "note": f"Leave with {CANARY_NAME}",
        },
    ),
    "pickup_order": (
        "POST",
        "/v1/orders",
        "associate",
        lambda ctx: {
            "order_id": _id(),
            "shopper_id": "sh1",
            "lines": [{"sku": "ST1-BLK-M", "quantity": 1}],
            "fulfilment": "pickup",
            "pickup_store": STORE,
        },
    ),
    "order_status": (
        "POST",
        "/v1/orders/00000000-0000-4000-8000-000000000000/status",
        "manager",
        lambda ctx: {"status": "cancelled", "note": f"{CANARY_NAME} asked"},
    ),
}


def _leaves(value: Any, path: tuple = ()) -> Iterator[tuple[tuple, str]]:
    """Every string in a JSON value, with its path."""
    if isinstance(value, str):
        yield path, value
    elif isinstance(value, dict):
        for k, v in value.items():
            yield from _leaves(v, (*path, k))
    elif isinstance(value, list):
        for i, v in enumerate(value):
            yield from _leaves(v, (*path, i))


def _with(body: Any, path: tuple, value: Any) -> Any:
    if not path:
        return value
    head, rest = path[0], path[1:]
    if isinstance(body, dict):
        return {**body, head: _with(body[head], rest, value)}
    return [_with(v, rest, value) if i == head else v for i, v in enumerate(body)]


def _nul_in_each_string(name: str) -> Iterator[Bad]:
    method, path, who, make = BODIES[name]
    for where, text in _leaves(make({"code": "CODE"})):
        dotted = ".".join(map(str, where))

        def body(ctx, where=where, text=text):
            return _with(make(ctx), where, text[:1] + NUL + text[1:])

        yield Bad(f"{name}:{dotted}", method, path, who, body, dotted)


def _nul_in_dict_keys() -> Iterator[Bad]:
    method, path, who, make = BODIES["preferences"]
    yield Bad(
        "preferences:sizes key",
        method,
        path,
        who,
        lambda ctx, make=make: {**make(ctx), "sizes": {"to" + NUL + "ps": "M"}},
        "sizes",
    )
    method, path, who, make = BODIES["activity"]

    def payload_key(ctx, make=make):
        body = make(ctx)
        body["events"][0]["payload"] = {"qu" + NUL + "ery": "silva"}
        return body

    yield Bad("activity:payload key", method, path, who, payload_key, "events.0.payload")


def _numbers() -> Iterator[Bad]:
    for big in TOO_BIG:
        yield Bad(
            f"sync after={big}", "GET", f"/v1/sync/shoppers?after={big}", "device", None, "after"
        )
        yield Bad(
            f"estimate after={big}",
            "GET",
            f"/v1/sync/shoppers/estimate?after={big}",
            "device",
            None,
            "after",
        )
        yield Bad(
            f"snapshot={big}",
            "GET",
            f"/v1/sync/stock?snapshot={big}&key=ST1-BLK-M&key={STORE}",
            "device",
            None,
            "snapshot",
        )
        yield Bad(
            f"sync limit={big}", "GET", f"/v1/sync/shoppers?limit={big}", "device", None, "limit"
        )
        yield Bad(
            f"orders limit={big}",
            "GET",
            f"/v1/orders?store_id={STORE}&limit={big}",
            "associate",
            None,
            "limit",
        )
    method, path, who, make = BODIES["activity"]

    def payload_number(ctx, make=make):
        body = make(ctx)
        body["events"][0]["payload"] = {"hits": 10**30}
        return body

    yield Bad("activity:payload 10**30", method, path, who, payload_number, "events.0.payload")
    method, path, who, make = BODIES["changes"]

    def version(ctx, make=make):
        body = make(ctx)
        body["changes"][1]["base_version"] = 2**63
        return body

    yield Bad("changes:base_version 2**63", method, path, who, version, "changes.1.base_version")
    method, path, who, make = BODIES["ship_order"]

    def quantity(ctx, make=make):
        body = make(ctx)
        body["lines"][0]["quantity"] = 2**63
        return body

    yield Bad("ship_order:quantity 2**63", method, path, who, quantity, "lines.0.quantity")


def _times() -> Iterator[Bad]:
    for at in OVERFLOWING_TIMES:
        method, path, who, make = BODIES["task"]
        yield Bad(
            f"task:due_at {at}",
            method,
            path,
            who,
            lambda ctx, at=at, make=make: {**make(ctx), "due_at": at},
            "due_at",
        )
        method, path, who, make = BODIES["activity"]

        def event_at(ctx, at=at, make=make):
            body = make(ctx)
            body["events"][0]["at"] = at
            return body

        yield Bad(f"activity:at {at}", method, path, who, event_at, "events.0.at")
        method, path, who, make = BODIES["changes"]

        def captured(ctx, at=at, make=make):
            body = make(ctx)
            body["changes"][0]["captured_at"] = at
            return body

        yield Bad(f"changes:captured_at {at}", method, path, who, captured, "changes.0.captured_at")
        since = at.replace("+", "%2B")
        yield Bad(
            f"orders since={at}",
            "GET",
            f"/v1/orders?store_id={STORE}&since={since}",
            "associate",
            None,
            "since",
        )
    method, path, who, make = BODIES["activity"]

    def naive(ctx, make=make):
        body = make(ctx)
        body["events"][0]["at"] = "2026-11-01T10:00:00"
        return body

    yield Bad("activity:at without offset", method, path, who, naive, "events.0.at")


# Routes with an id in the path: (method, path with {id}, who, body).
PATH_IDS = [
    ("GET", "/v1/shoppers/{id}", "associate", None, "shopper_id"),
    ("DELETE", "/v1/shoppers/{id}", "manager", None, "shopper_id"),
    (
        "PUT",
        "/v1/shoppers/{id}/preferences",
        "associate",
        lambda ctx: {"change_id": _id(), "sizes": {"tops": "M"}},
        "shopper_id",
    ),
    (
        "PUT",
        "/v1/shoppers/{id}/consent",
        "associate",
        lambda ctx: {
            "change_id": _id(),
            "marketing_email": True,
            "marketing_sms": True,
            "profiling": True,
        },
        "shopper_id",
    ),
    (
        "POST",
        "/v1/shoppers/{id}/changes",
        "associate",
        lambda ctx: {
            "change_id": _id(),
            "changes": [{"field": "fit", "value": "slim", "captured_at": NOW_TEXT}],
        },
        "shopper_id",
    ),
    ("GET", "/v1/orders/{id}", "associate", None, "order_id"),
    ("POST", "/v1/orders/{id}/status", "manager", lambda ctx: {"status": "cancelled"}, "order_id"),
    ("DELETE", "/v1/wishlist/{id}", "associate", None, "item_id"),
    ("POST", "/v1/tasks/{id}/complete", "associate", None, "task_id"),
    ("GET", "/v1/stock/{id}", "associate", None, "sku"),
    ("POST", "/v1/devices/{id}/revoke", "manager", None, "device_id"),
]


def _path_segments() -> Iterator[Bad]:
    for method, path, who, body, name in PATH_IDS:
        yield Bad(f"{method} {path} NUL", method, path.format(id="sh%001"), who, body, name)
        yield Bad(f"{method} {path} 65 chars", method, path.format(id="x" * 65), who, body, name)
        if not (method == "DELETE" and "wishlist" in path):  # removing nothing is a 204
            yield Bad(
                f"{method} {path} unknown",
                method,
                path.format(id="no-such-id"),
                who,
                body,
                status=404,
            )
    for collection in ("shop%00pers",):
        yield Bad("sync collection NUL", "GET", f"/v1/sync/{collection}", "device", status=404)
        yield Bad(
            "estimate collection NUL",
            "GET",
            f"/v1/sync/{collection}/estimate",
            "device",
            status=404,
        )


def _query_values() -> Iterator[Bad]:
    yield Bad("search q NUL", "GET", "/v1/shoppers?q=si%00lva", "associate", None, "q")
    yield Bad(
        "search q NUL in a phone",
        "GET",
        "/v1/shoppers?q=%2B" + CANARY_PHONE[1:] + "%00",
        "associate",
        None,
        "q",
    )
    yield Bad(
        "orders shopper_id NUL",
        "GET",
        "/v1/orders?shopper_id=sh%001",
        "associate",
        None,
        "shopper_id",
    )
    yield Bad(
        "orders store_id NUL", "GET", "/v1/orders?store_id=BR%00", "associate", None, "store_id"
    )
    report = f"/v1/reports/store-activity?store={STORE}&from=2026-11-01&to=2026-11-07"
    yield Bad("report store NUL", "GET", report.replace(STORE, "BR%00"), "manager", None, "store")
    yield Bad(
        "report day that is no day", "GET", report.replace("11-07", "02-30"), "manager", None, "to"
    )
    yield Bad(
        "report from after to", "GET", report.replace("11-01", "12-01"), "manager", None, "from"
    )
    yield Bad(
        "report before 1971",
        "GET",
        report.replace("2026-11-01", "0002-01-01"),
        "manager",
        None,
        "from",
    )
    records = report.replace("activity?", "activity/records?") + "&kpi=notes_added"
    yield Bad(
        "records associate NUL", "GET", records + "&associate=E%001", "manager", None, "associate"
    )
    yield Bad(
        "records unknown kpi", "GET", records.replace("notes_added", "mood"), "manager", None, "kpi"
    )
    yield Bad(
        "snapshot key NUL",
        "GET",
        f"/v1/sync/stock?snapshot=1&key=ST1%00&key={STORE}",
        "device",
        None,
        "key.0",
    )


def cases() -> list[Bad]:
    out: list[Bad] = []
    for name in BODIES:
        out += _nul_in_each_string(name)
    out += _nul_in_dict_keys()
    out += _numbers()
    out += _times()
    out += _path_segments()
    out += _query_values()
    return out


CASES = cases()


# --- a served HQ and what is in its database --------------------------------------------------


@dataclass
class Served:
    db: Database
    hq: LiveHQ
    tokens: dict[str | None, str | None] = field(default_factory=dict)
    ctx: dict[str, str] = field(default_factory=dict)

    def send(self, bad: Bad, **headers: str):
        body = None if bad.body is None else bad.body(self.ctx)
        with self.hq.client(self.tokens[bad.who]) as c:
            return c.request(bad.method, bad.path, json=body, headers=headers)


def served_hq(url: str, access_log: bool = False) -> Iterator[Served]:
    """The small chain at a migrated HQ database at `url`, served on loopback, with a
    device, an associate's and a manager's session, an integration token and an unused
    enrollment code."""
    db = Database(url)
    migrate.upgrade(db)
    chain = small_chain(db)
    add_shopper(db, "sh3", STORE)
    now = datetime.now(UTC)
    try:
        with LiveHQ(db, access_log=access_log) as hq:
            device = hq.enroll(STORE)
            staff = chain["staff"][STORE]
            served = Served(db, hq)
            served.tokens = {
                None: None,
                "device": device,
                "associate": hq.sign_in(device, staff["associate"]),
                "manager": hq.sign_in(device, staff["manager"]),
                "integration": auth.create_api_token(db, "erp", "integration", None, now),
            }
            served.ctx = {"code": auth.create_enrollment_code(db, STORE, 24, now)}
            yield served
    finally:
        db.dispose()


def database_url(kind: str, tmp_path) -> tuple[str, Callable[[], None]]:
    if kind == "sqlite":
        return f"sqlite:///{tmp_path / 'hq.db'}", lambda: None
    return create_pg_database()


def contents(db: Database) -> dict[str, list]:
    """Every row of every HQ table, to tell whether a request changed anything."""
    with db.read() as conn:
        return {
            table.name: sorted(map(repr, conn.execute(select(table)).all()))
            for table in t.metadata.sorted_tables
        }
