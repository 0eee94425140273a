"""Write grants: a terminal sends an associate's queued writes as theirs, with nobody signed in,
with the grant HQ gave that associate at their last online sign-in on that terminal, and with
nothing else: not from another terminal, not after it expired or was ended, not for reads."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select, update

from clienteling.hq import auth
from clienteling.hq import tables as t
from clienteling.hq.settings import HQSettings
from clienteling.protocol.auth import WRITE_GRANT
from tests.hq_live import LiveHQ, set_stock, small_chain

STORE = "BR-SP-01"
ASSOCIATE, TRAINEE = f"{STORE}-associate", f"{STORE}-trainee"


@pytest.fixture
def hq(hq_db):
    small_chain(hq_db)
    set_stock(hq_db, STORE, "ST1-BLK-S", 5)
    with LiveHQ(hq_db) as live:
        yield live


def sign_in(hq, device: str, employee: str) -> dict:
    with hq.client(device) as c:
        r = c.post("/v1/sessions", json={"employee_id": employee, "pin": "2468"})
    assert r.status_code == 201, r.text
    return r.json()


def note(text: str = "asked for linen") -> dict:
    return {"note_id": str(uuid.uuid4()), "shopper_id": "sh1", "reason": "gift", "text": text}


def send(hq, device: str, grant: str, path: str, body: dict, method: str = "POST"):
    with hq.client(device) as c:
        return c.request(method, path, json=body, headers={WRITE_GRANT: grant})


def notes_of(db) -> list:
    with db.read() as conn:
        return conn.execute(select(t.notes.c.note_id, t.notes.c.associate_id)).all()


def test_a_grant_sends_the_associates_writes_as_theirs_with_nobody_signed_in(hq):
    device = hq.enroll(STORE)
    answer = sign_in(hq, device, ASSOCIATE)
    grant = answer["write_grant"]
    assert grant["token"].startswith("wgr_")
    granted_until = datetime.fromisoformat(grant["expires_at"])
    assert timedelta(hours=71) < granted_until - datetime.now(UTC) <= timedelta(hours=72)
    with hq.client(answer["session_token"]) as c:
        assert c.delete("/v1/sessions/current").status_code == 204  # signed out
    body = note()
    r = send(hq, device, grant["token"], "/v1/notes", body)
    assert r.status_code == 201, r.text
    assert notes_of(hq.db) == [(body["note_id"], ASSOCIATE)]  # the author, not the terminal
    order = {
        "order_id": str(uuid.uuid4()),
        "shopper_id": "sh1",
        "fulfilment": "pickup",
        "pickup_store": STORE,
        "lines": [{"sku": "ST1-BLK-S", "quantity": 1}],
    }
    placed = send(hq, device, grant["token"], "/v1/orders", order)
    assert placed.status_code == 201 and placed.json()["associate_id"] == ASSOCIATE
    cancel = {"status": "cancelled", "note": "queued cancel"}
    r = send(hq, device, grant["token"], f"/v1/orders/{order['order_id']}/status", cancel)
    assert r.status_code == 200 and r.json()["status"] == "cancelled"


def test_a_grant_is_for_writes_only(hq):
    device = hq.enroll(STORE)
    grant = sign_in(hq, device, ASSOCIATE)["write_grant"]["token"]
    with hq.client(device) as c:
        for path in ("/v1/shoppers?q=silva", "/v1/shoppers/sh1", "/v1/orders?shopper_id=sh1"):
            r = c.get(path, headers={WRITE_GRANT: grant})
            assert r.status_code == 403 and "queued writes" in r.json()["error"]["message"]
        r = c.post(
            "/v1/sessions",
            json={"employee_id": ASSOCIATE, "pin": "2468"},
            headers={WRITE_GRANT: grant},
        )
        assert r.status_code == 403


def test_a_grant_works_only_from_the_terminal_it_was_given_to(hq):
    here, there = hq.enroll(STORE, "till 1"), hq.enroll(STORE, "till 2")
    grant = sign_in(hq, here, ASSOCIATE)["write_grant"]["token"]
    r = send(hq, there, grant, "/v1/notes", note())
    assert r.status_code == 401 and r.json()["error"]["code"] == "grant_ended"
    with hq.client() as c:  # nor on its own, without a terminal's credential
        r = c.post("/v1/notes", json=note(), headers={WRITE_GRANT: grant})
    assert r.status_code == 401
    r = send(hq, here, "wgr_" + "x" * 43, "/v1/notes", note())  # a made-up grant
    assert r.status_code == 401 and r.json()["error"]["code"] == "grant_ended"
    assert notes_of(hq.db) == []


def test_an_expired_grant_is_refused_with_when_it_ended(hq):
    device = hq.enroll(STORE)
    grant = sign_in(hq, device, ASSOCIATE)["write_grant"]["token"]
    with hq.db.write() as w:
        w.conn.execute(
            update(t.write_grants).values(expires_at=datetime.now(UTC) - timedelta(minutes=1))
        )
    r = send(hq, device, grant, "/v1/notes", note())
    error = r.json()["error"]
    assert r.status_code == 401 and error["code"] == "grant_ended"
    assert "expired" in error["message"] and ASSOCIATE in error["message"]
    assert notes_of(hq.db) == []


@pytest.mark.parametrize("how", ["pin_changed", "disabled", "device_revoked"])
def test_a_grant_ends_with_a_new_pin_a_disabled_associate_or_a_revoked_terminal(hq, how):
    device = hq.enroll(STORE)
    grant = sign_in(hq, device, ASSOCIATE)["write_grant"]["token"]
    now = datetime.now(UTC)
    if how == "pin_changed":
        auth.set_pin(hq.db, ASSOCIATE, "9753", now)
    elif how == "disabled":
        auth.disable_associate(hq.db, ASSOCIATE, now)
    else:
        from clienteling.hq import credentials

        with hq.db.read() as conn:
            device_id = conn.execute(select(t.devices.c.device_id)).scalars().first()
        credentials.revoke_device(hq.db, device_id, now, actor_kind="cli", actor_id="test")
    r = send(hq, device, grant, "/v1/notes", note())
    code = r.json()["error"]["code"]
    assert r.status_code == 401
    assert code == ("device_revoked" if how == "device_revoked" else "grant_ended")
    assert notes_of(hq.db) == []


def test_a_trainees_grant_writes_nothing(hq):
    device = hq.enroll(STORE)
    grant = sign_in(hq, device, TRAINEE)["write_grant"]["token"]
    r = send(hq, device, grant, "/v1/notes", note())
    assert r.status_code == 403 and "trainee" in r.json()["error"]["message"]


def test_the_grant_lifetime_is_the_retailers_to_set(hq_db, monkeypatch):
    small_chain(hq_db)
    monkeypatch.setenv("CLIENTELING_WRITE_GRANT_HOURS", "8")
    with LiveHQ(hq_db, HQSettings.from_env()) as live:
        grant = sign_in(live, live.enroll(STORE), ASSOCIATE)["write_grant"]
    left = datetime.fromisoformat(grant["expires_at"]) - datetime.now(UTC)
    assert timedelta(hours=7) < left <= timedelta(hours=8)
    monkeypatch.setenv("CLIENTELING_WRITE_GRANT_HOURS", "forever")
    with pytest.raises(ValueError, match="CLIENTELING_WRITE_GRANT_HOURS"):
        HQSettings.from_env()
