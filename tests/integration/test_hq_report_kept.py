"""The attributions and servings HQ keeps as it writes (hq/report_kept.py) equal a rebuild
from the raw rows after a random sequence of writes through the real API, on SQLite and PostgreSQL:
servings captured offline and sent days late, notes, orders (accepted and refused),
purchases, a shopper's erasure and trainees' results (never counted); and the report's
attributed figures equal a plain-Python attribution over the raw rows, for two N."""

from __future__ import annotations

import random
import uuid
from collections import defaultdict
from datetime import UTC, date, datetime, timedelta

from sqlalchemy import select

from clienteling.hq import cli, report_kept, reports
from clienteling.hq import tables as t
from tests.hq_live import set_stock
from tests.integration.activity_script import ES, FROM, STORE, TRAINEE, A, B, local, window
from tests.integration.test_hq_store_activity import world  # noqa: F401

SHOPPERS = ("sh1", "sh3", "sh4", "sh5", "sh6", "sh7")
ERASED = "sh4"


def kept(db) -> list[tuple]:
    with db.read() as conn:
        return report_kept.kept_rows(conn)


def kept_servings(db) -> list[tuple]:
    with db.read() as conn:
        return report_kept.kept_servings(conn)


def late_serving(s, employee: str, shopper: str, days_ago: float) -> None:
    """A profile opened offline, sent now: its time is when it was captured."""
    event = {
        "event_id": str(uuid.uuid4()),
        "kind": "profile_opened",
        "shopper_id": shopper,
        "at": (s.clock.now - timedelta(days=days_ago)).isoformat(),
    }
    s.call(employee, "POST", "/v1/activity", {"events": [event]})


def training_result(s) -> None:
    body = {
        "result_id": str(uuid.uuid4()),
        "employee_id": TRAINEE,
        "scenario_id": "find-by-phone",
        "seconds": 60,
        "hints": 1,
        "mistakes": 0,
        "finished_at": s.clock.now.isoformat(),
    }
    s.call(TRAINEE, "POST", "/v1/training-results", body)


def plain_influenced(db, start: date, end: date, days: int) -> dict:
    """associate (None: the store) -> (purchases, value), by the rule in plain Python."""
    a, b = window(start, end)
    with db.read() as conn:
        served = [
            (r.at, "profile_opened", r.event_id, r.store_id, r.associate_id, r.shopper_id)
            for r in conn.execute(select(t.activity).where(t.activity.c.kind == "profile_opened"))
            if r.shopper_id is not None
        ]
        served += [
            (r.created_at, "note", r.note_id, r.store_id, r.associate_id, r.shopper_id)
            for r in conn.execute(select(t.notes))
        ]
        served += [
            (r.created_at, "order", r.order_id, r.store_id, r.associate_id, r.shopper_id)
            for r in conn.execute(select(t.order_facts))
        ]
        bought = conn.execute(select(t.purchases)).all()
    out: dict = defaultdict(lambda: [0, 0])
    for p in bought:
        if not a <= p.purchased_at < b:
            continue
        before = [
            x
            for x in served
            if x[5] == p.shopper_id
            and p.purchased_at - timedelta(days=days) < x[0] <= p.purchased_at
        ]
        if not before:
            continue
        last = max(before, key=lambda x: x[:3])
        if last[3] != STORE:
            continue
        for who in (None, last[4]):
            out[who][0] += 1
            out[who][1] += p.total_minor
    return {who: tuple(v) for who, v in out.items()}


def reported(s, start: date, end: date) -> dict:
    with s.hq.client(s.integration) as c:
        r = c.get(
            "/v1/reports/store-activity",
            params={"store": STORE, "from": start.isoformat(), "to": end.isoformat()},
        )
    assert r.status_code == 200, r.text
    body = r.json()
    out = {None: body["totals"]["values"]}
    out |= {x["associate_id"]: x["figures"]["values"] for x in body["associates"]}
    return {
        who: (int(v["influenced_purchases"]), int(v["influenced_sales"]))
        for who, v in out.items()
        if v["influenced_purchases"]
    }


def test_kept_attributions_equal_a_rebuild_after_random_writes(
    world,  # noqa: F811
    hq_db,
    hq_db_url,
    capsys,
):
    s = world
    set_stock(hq_db, STORE, "ST1-BLK-M", 1000)
    rnd = random.Random(20261207)
    alive = list(SHOPPERS)
    changed_late = bought = 0
    for step in range(48):
        s.at(s.clock.now + timedelta(hours=rnd.randrange(1, 12)))
        shopper = rnd.choice(alive)
        what = rnd.choice(("late", "late", "late", "note", "order", "buy", "buy", "train"))
        before = kept(hq_db)
        if what == "late":
            late_serving(s, rnd.choice((A, B, ES)), shopper, rnd.uniform(0.5, 20))
            changed_late += kept(hq_db) != before
        elif what == "note":
            s.note(rnd.choice((A, B, ES)), shopper)
        elif what == "order":
            s.order(rnd.choice((A, B)), shopper, "ST1-BLK-M")
        elif what == "buy":
            at = s.clock.now - timedelta(days=rnd.uniform(0, 6))
            pid = f"R{step}"
            s.purchases(s.integration, [(pid, shopper, STORE, "store", at, "30.00")])
            bought += 1
        else:  # a trainee's result reaches HQ: nothing counted changes
            served = kept_servings(hq_db)
            training_result(s)
            assert kept(hq_db) == before and kept_servings(hq_db) == served
        if step == 30:  # erased: their purchases go, and with them every kept row of theirs
            with s.hq.client(s.integration) as c:
                assert c.delete(f"/v1/shoppers/{ERASED}").status_code == 200
            alive.remove(ERASED)
            assert not [r for r in kept(hq_db) if ERASED in r]
    rows, served = kept(hq_db), kept_servings(hq_db)
    with hq_db.write_unsequenced() as conn:
        assert report_kept.rebuild(conn) == len(rows)
    assert kept(hq_db) == rows
    assert kept_servings(hq_db) == served
    assert cli.main(["reports", "rebuild", "--db", hq_db_url]) == 0
    said = capsys.readouterr().out
    assert f"rebuilt: {len(rows)} purchases" in said and "; 0 rows differed" in said
    assert f"{len(served)} servings" in said
    # The erased shopper's orders stay servings (their facts stay, without a purchase).
    erased = [r for r in served if r[4] == ERASED]
    assert erased and {r[0] for r in erased} == {"order"} and not any(r[6] for r in erased)
    # Not vacuous: late servings took purchases made after them; several associates won.
    assert changed_late >= 3 and bought >= 5
    assert len({r[report_kept.KEPT.index("associate_id")] for r in rows}) >= 3
    assert not [r for r in rows if ERASED in r]

    # The report's attributed figures follow the rule, and a new N needs no rebuild.
    end = s.clock.now.astimezone(UTC).date()
    for days in (14, 3):
        reports.set_conversion_window(hq_db, days, "cli:test", datetime.now(UTC))
        want = plain_influenced(hq_db, FROM, end, days)
        assert reported(s, FROM, end) == want, days
        assert want[None][0] > 0
    assert local(2, 10) < s.clock.now
