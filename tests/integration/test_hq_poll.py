"""One request per poll (`GET /v1/changes`): every collection at once, the fast path when
nothing changed, long-polling woken by a commit, scope, and refused cursors. Real HQ on
127.0.0.1, on SQLite and PostgreSQL."""

from __future__ import annotations

import re
import threading

from sqlalchemy import event

from clienteling.protocol.sync import COLLECTIONS
from tests.hq_live import (
    LiveHQ,
    add_purchase,
    add_shopper,
    page_rows,
    set_stock,
    small_chain,
)

# Statements that read a collection's rows in a store's scope (not the feed's
# watermark, not the credential's lookup).
_COLLECTION_READ = re.compile(
    r"SELECT\s.*\sFROM\s+(stores|products|associates|shoppers|purchases|notes|wishlist|tasks"
    r"|stock|orders)\b",
    re.S,
)


def cursors_of(answer: dict) -> str:
    return ",".join(f"{n}:{p['next_cursor']}" for n, p in answer["collections"].items())


def everything(c, cursors: str | None = None) -> dict:
    """Poll until nothing more remains; the last answer and every row seen by collection."""
    cursors = cursors or ",".join(f"{n}:0" for n in COLLECTIONS)
    seen: dict[str, list] = {}
    while True:
        r = c.get("/v1/changes", params={"cursors": cursors, "limit": 5})
        r.raise_for_status()
        answer = r.json()
        assert answer["changes"] <= 5
        for name, page in answer["collections"].items():
            seen.setdefault(name, []).extend(page_rows(page) if page["rows"] else [])
        cursors = cursors_of(answer)
        if not answer["has_more"]:
            return {"answer": answer, "seen": seen, "cursors": cursors}


def test_one_request_brings_changes_of_several_collections(hq_db):
    small_chain(hq_db)
    with LiveHQ(hq_db) as hq, hq.client(hq.enroll("BR-SP-01")) as c:
        first = everything(c)
        assert len(first["seen"]["stores"]) == 4
        assert {r["sku"] for r in first["seen"]["products"]} == {
            "ST1-BLK-S",
            "ST1-BLK-M",
            "ST1-BLK-L",
        }
        set_stock(hq_db, "BR-SP-01", "ST1-BLK-M", 7)
        add_shopper(hq_db, "sh3", "BR-SP-02")  # same region
        r = c.get("/v1/changes", params={"cursors": first["cursors"]})
        answer = r.json()
        assert answer["unchanged"] is False and answer["has_more"] is False
        parts = answer["collections"]
        assert [row["on_hand"] for row in page_rows(parts["stock"])] == [7]
        assert [row["shopper_id"] for row in page_rows(parts["shoppers"])] == ["sh3"]
        assert parts["products"]["rows"] == [] and parts["stores"]["rows"] == []
        # every collection's cursor is at the high water: the next poll is the fast path
        assert {p["next_cursor"] for p in parts.values()} == {answer["high_water"]}


def test_same_rows_as_the_per_collection_feed_and_scope_respected(hq_db):
    small_chain(hq_db)
    add_shopper(hq_db, "rj1", "BR-RJ-01")  # another region, never bought here: not in scope
    add_shopper(hq_db, "rj2", "BR-RJ-01")
    add_purchase(hq_db, "p-rj2", "rj2", "BR-SP-01", "ST1-BLK-S")  # bought here: in scope
    add_purchase(hq_db, "p-rj1", "rj1", "BR-RJ-01", "ST1-BLK-S")
    with LiveHQ(hq_db) as hq, hq.client(hq.enroll("BR-SP-01")) as c:
        seen = everything(c)["seen"]
        for name in COLLECTIONS:
            old = c.get(f"/v1/sync/{name}", params={"limit": 5000}).json()
            assert sorted(map(str, page_rows(old))) == sorted(map(str, seen.get(name, []))), name
        assert {s["shopper_id"] for s in seen["shoppers"]} == {"sh1", "rj2"}
        assert [p["purchase_id"] for p in seen["purchases"]] == ["p-rj2"]
        assert {a["home_store"] for a in seen["associates"]} == {"BR-SP-01"}
        # a change to a shopper out of scope moves the cursor on and brings nothing
        cursors = everything(c)["cursors"]
        add_shopper(hq_db, "rj1", "BR-RJ-01", last_name="Souza")
        answer = c.get("/v1/changes", params={"cursors": cursors}).json()
        assert answer["changes"] == 0 and not answer["has_more"]
        assert answer["collections"]["shoppers"]["next_cursor"] == answer["high_water"]


def test_nothing_changed_answers_without_reading_any_collection(hq_db):
    small_chain(hq_db)
    statements: list[str] = []

    def count(_conn, _cursor, statement, *_args):
        statements.append(statement)

    with LiveHQ(hq_db) as hq, hq.client(hq.enroll("BR-SP-01")) as c:
        cursors = everything(c)["cursors"]
        event.listen(hq_db.engine, "before_cursor_execute", count)
        try:
            answer = c.get("/v1/changes", params={"cursors": cursors}).json()
            fast = list(statements)
            statements.clear()
            set_stock(hq_db, "BR-SP-01", "ST1-BLK-S", 3)
            statements.clear()
            changed = c.get("/v1/changes", params={"cursors": cursors}).json()
        finally:
            event.remove(hq_db.engine, "before_cursor_execute", count)
        assert answer["unchanged"] is True and answer["changes"] == 0
        # The credential's statement reads its store's region (the scope, for when
        # something changed) beside the terminal's row: not a read of a collection.
        fast = [s for s in fast if not s.startswith("SELECT devices.")]
        assert fast and not [s for s in fast if _COLLECTION_READ.search(s)], fast
        # the counter does see a collection read when something changed
        assert changed["unchanged"] is False
        assert [s for s in statements if _COLLECTION_READ.search(s)], statements


def test_long_poll_returns_when_a_write_commits(hq_db):
    small_chain(hq_db)
    with LiveHQ(hq_db) as hq, hq.client(hq.enroll("BR-SP-01")) as c:
        cursors = everything(c)["cursors"]
        answers: list[dict] = []
        waiting = threading.Thread(
            target=lambda: answers.append(
                c.get("/v1/changes", params={"cursors": cursors, "wait": 25}).json()
            )
        )
        waiting.start()
        signal = hq.app.state.changes
        while signal.waiting == 0 and waiting.is_alive():  # the request is waiting now
            threading.Event().wait(0.01)
        assert signal.waiting == 1 and not answers
        commits = signal.commits
        set_stock(hq_db, "BR-SP-01", "ST1-BLK-L", 9)
        assert signal.commits == commits + 1  # told by the commit itself, not found later
        waiting.join(30)
        assert not waiting.is_alive()
        (answer,) = answers
        assert answer["waited"] is True and answer["unchanged"] is False
        assert [r["on_hand"] for r in page_rows(answer["collections"]["stock"])] == [9]
        assert signal.waiting == 0


def test_long_poll_answers_empty_at_the_end_of_the_wait(hq_db):
    small_chain(hq_db)
    with LiveHQ(hq_db) as hq, hq.client(hq.enroll("BR-SP-01")) as c:
        cursors = everything(c)["cursors"]
        answer = c.get("/v1/changes", params={"cursors": cursors, "wait": 1}).json()
        assert answer["waited"] is True and answer["unchanged"] is True
        assert answer["changes"] == 0
        # a change outside the store's scope wakes the wait but is not an answer: it ends
        # empty, with the cursors moved past the change
        add_shopper(hq_db, "rj9", "BR-RJ-01")
        answer = c.get("/v1/changes", params={"cursors": cursors, "wait": 1}).json()
        assert answer["changes"] == 0


def test_waiting_requests_are_bounded(hq_db):
    from clienteling.hq.settings import HQSettings

    small_chain(hq_db)
    with LiveHQ(hq_db, HQSettings(max_waiting=0)) as hq, hq.client(hq.enroll("BR-SP-01")) as c:
        cursors = everything(c)["cursors"]
        answer = c.get("/v1/changes", params={"cursors": cursors, "wait": 25}).json()
        assert answer["waited"] is False and answer["unchanged"] is True


def test_bad_cursors_are_refused_with_what_was_wrong(hq_db):
    small_chain(hq_db)
    with LiveHQ(hq_db) as hq, hq.client(hq.enroll("BR-SP-01")) as c:
        cases = {
            "stores:1,nonsense:2": "unknown collection 'nonsense'",
            "stores:-1": "not a whole number",
            "stores:x": "not a whole number",
            "stores:1,stores:2": "given twice",
            "products:1,stores:2": "send the collections in the order",
            "stores": "not name:cursor",
            "": "cursors is empty",
            f"stores:{2**60}": "not a whole number",
        }
        for text, reason in cases.items():
            r = c.get("/v1/changes", params={"cursors": text})
            assert r.status_code == 422, text
            assert reason in r.json()["error"]["message"], (text, r.json())
        assert c.get("/v1/changes").status_code == 422  # no cursors at all
        assert c.get("/v1/changes", params={"cursors": "stores:0", "wait": 26}).status_code == 422
    with LiveHQ(hq_db) as hq, hq.client() as anonymous:
        assert anonymous.get("/v1/changes", params={"cursors": "stores:0"}).status_code == 401


def test_long_poll_is_woken_by_another_hq_process_on_postgresql():
    """Two HQs on one PostgreSQL database, each with its own connections and signal: a
    write through the second wakes a request waiting on the first, by LISTEN/NOTIFY."""
    from clienteling.hq import migrate
    from clienteling.hq.db import Database
    from tests.conftest import create_pg_database

    url, drop = create_pg_database()
    first, second = Database(url), Database(url)
    migrate.upgrade(first)
    small_chain(first)
    try:
        with LiveHQ(first) as hq, LiveHQ(second) as other, hq.client(hq.enroll("BR-SP-01")) as c:
            cursors = everything(c)["cursors"]
            with other.client(other.enroll("BR-SP-02")) as c2:  # the second signal is running
                c2.get("/v1/changes", params={"cursors": "stores:0", "wait": 1}).raise_for_status()
            answers: list[dict] = []
            waiting = threading.Thread(
                target=lambda: answers.append(
                    c.get("/v1/changes", params={"cursors": cursors, "wait": 25}).json()
                )
            )
            waiting.start()
            signal = hq.app.state.changes
            both = (signal, other.app.state.changes)
            # a request waits here, and both processes LISTEN (each signal read its watermark
            # after its LISTEN): a NOTIFY sent now is heard
            while (signal.waiting == 0 or not all(s.live for s in both)) and waiting.is_alive():
                threading.Event().wait(0.01)
            heard = signal.heard
            set_stock(second, "BR-SP-01", "ST1-BLK-L", 4)  # committed by the other HQ
            waiting.join(30)
            (answer,) = answers
            assert answer["waited"] is True
            assert [r["on_hand"] for r in page_rows(answer["collections"]["stock"])] == [4]
            # The other process's NOTIFY reaches this one (on a busy machine the 2 s
            # watermark re-check may answer first: the NOTIFY is then heard just after).
            for _ in range(1000):
                if signal.heard > heard:
                    break
                threading.Event().wait(0.01)
            assert signal.heard > heard
    finally:
        second.dispose()
        first.dispose()
        drop()


def test_a_long_poll_at_the_high_water_waits_without_reading_the_feed(hq_db):
    """A terminal's next long poll, its cursors at the watermark HQ's waker last read,
    waits at once: no feed statement on the request's side, only its credential check
    with its store's settings revision (hq/settings_feed.py) in the same statement."""
    small_chain(hq_db)
    statements: list[tuple[str, str]] = []

    def count(_conn, _cursor, statement, *_args):
        statements.append((threading.current_thread().name, statement))

    with LiveHQ(hq_db) as hq, hq.client(hq.enroll("BR-SP-01")) as c:
        cursors = everything(c)["cursors"]
        c.get("/v1/changes", params={"cursors": cursors, "wait": 1})  # the waker is running
        assert hq.app.state.changes.live
        event.listen(hq_db.engine, "before_cursor_execute", count)
        try:
            answer = c.get("/v1/changes", params={"cursors": cursors, "wait": 1}).json()
        finally:
            event.remove(hq_db.engine, "before_cursor_execute", count)
        assert answer["waited"] is True and answer["unchanged"] is True
        requests = [
            s
            for who, s in statements
            if who != "hq-changes" and not s.startswith(("BEGIN", "COMMIT", "ROLLBACK"))
        ]
        # Who it is, the oldest version let in, and the store's settings revision.
        (one,) = requests
        assert all(t in one for t in ("devices", "fleet_settings", "settings_revisions")), one
        assert not any("change" in s or "feed" in s for s in requests), requests
