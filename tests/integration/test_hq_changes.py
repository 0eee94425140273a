"""Profile edits merge per field at HQ: a change to another field is always kept; the same
field, the later capture wins and the replaced value stays in the history; a consent
withdrawal is never undone by an older grant. SQLite, then PostgreSQL."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select

from clienteling.hq import tables as t
from tests.hq_live import LiveHQ, page_rows, small_chain

T0 = datetime(2026, 11, 1, 10, 0, tzinfo=UTC)


@pytest.fixture
def hq(hq_db):
    chain = small_chain(hq_db)
    with LiveHQ(hq_db) as live:
        device = live.enroll("BR-SP-01")
        live.device = device
        live.session = live.sign_in(device, chain["staff"]["BR-SP-01"]["associate"])
        live.manager = live.sign_in(device, chain["staff"]["BR-SP-01"]["manager"])
        yield live


def change(token_client, field, value, at, base=0, shopper="sh1"):
    body = {
        "change_id": str(uuid.uuid4()),
        "changes": [
            {"field": field, "value": value, "captured_at": at.isoformat(), "base_version": base}
        ],
    }
    answer = token_client.post(f"/v1/shoppers/{shopper}/changes", json=body)
    assert answer.status_code == 201, answer.text
    return answer.json()


def shopper_row(hq, shopper_id="sh1") -> dict:
    with hq.client(hq.device) as dev:
        rows = page_rows(dev.get("/v1/sync/shoppers").json())
    return next(r for r in rows if r["shopper_id"] == shopper_id)


def test_different_fields_are_both_kept_and_the_later_capture_of_one_field_wins(hq):
    with hq.client(hq.session) as a, hq.client(hq.manager) as b:
        assert change(b, "colours", ["navy", "green"], T0 + timedelta(minutes=5))["applied"]
        # Captured before B's edit of colours, arriving after: another field, so kept.
        assert change(a, "sizes.shoes", "38", T0)["applied"] == ["sizes.shoes"]
        assert change(a, "sizes.shoes", "39", T0 + timedelta(minutes=10))["applied"]
        late = change(b, "sizes.shoes", "40", T0 + timedelta(minutes=7))
        assert late["applied"] == [] and late["kept_as_history"] == ["sizes.shoes"]
    row = shopper_row(hq)
    prefs = row["preferences"]
    assert prefs["colours"] == ["navy", "green"] and prefs["sizes"]["shoes"] == "39"
    edits = row["field_edits"]
    assert edits["fields"]["sizes.shoes"]["v"] == 2
    shoes = [h for h in edits["history"] if h["field"] == "sizes.shoes"]
    assert [(h["value"], h["was"], h["applied"]) for h in shoes] == [
        ("38", None, True),
        ("39", "38", True),
        ("40", None, False),
    ]
    assert shoes[1]["by_name"] == "Associate of BR-SP-01"
    assert shoes[2]["by_name"] == "Manager of BR-SP-01"
    with hq.db.read() as conn:
        log = conn.execute(
            select(t.profile_changes).where(t.profile_changes.c.field == "sizes.shoes")
        ).all()
    assert [(r.value, r.applied, r.superseded) for r in log] == [
        ("38", True, True),
        ("39", True, False),
        ("40", False, False),
    ]


def test_a_withdrawal_is_never_undone_by_an_older_grant(hq):
    with hq.client(hq.session) as a, hq.client(hq.manager) as b:
        change(a, "consent.marketing_email", False, T0 + timedelta(hours=1))
        older = change(b, "consent.marketing_email", True, T0)
        assert older["kept_as_history"] == ["consent.marketing_email"]
        tie = change(b, "consent.marketing_sms", True, T0)
        assert tie["applied"] == ["consent.marketing_sms"]
        assert change(a, "consent.marketing_sms", False, T0)["applied"]  # a tie: withdrawn
        # An old terminal's whole-object PUT has no capture time: its grant stays history.
        put = {
            "change_id": str(uuid.uuid4()),
            "marketing_email": True,
            "marketing_sms": True,
            "profiling": True,
        }
        assert b.put("/v1/shoppers/sh1/consent", json=put).status_code == 201
    row = shopper_row(hq)
    assert (row["consent_email"], row["consent_sms"]) == (False, False)


def test_an_old_terminals_whole_preferences_change_only_the_fields_that_differ(hq):
    with hq.client(hq.session) as a:
        change(a, "colours", ["navy"], T0)
        before = shopper_row(hq)["preferences"]
        put = {
            "change_id": str(uuid.uuid4()),
            "sizes": {**before.get("sizes", {}), "shoes": "41"},
            "fit": before.get("fit", ""),
            "brands": before.get("brands", []),
            "colours": ["navy"],
            "styles": before.get("styles", []),
        }
        answer = a.put("/v1/shoppers/sh1/preferences", json=put)
        assert answer.status_code == 201 and answer.json()["preferences"]["sizes"]["shoes"] == "41"
    edits = shopper_row(hq)["field_edits"]
    assert sorted(edits["fields"]) == ["colours", "sizes.shoes"]


def test_a_clock_ahead_of_hqs_does_not_win_every_later_edit(hq):
    with hq.client(hq.session) as a, hq.client(hq.manager) as b:
        change(a, "fit", "slim", datetime.now(UTC) + timedelta(days=365))
        assert change(b, "fit", "regular", datetime.now(UTC) + timedelta(seconds=1))["applied"]
    assert shopper_row(hq)["preferences"]["fit"] == "regular"


def test_bad_changes_are_refused_naming_the_field(hq):
    with hq.client(hq.session) as a:
        body = {
            "change_id": str(uuid.uuid4()),
            "changes": [{"field": "tier", "value": "gold", "captured_at": T0.isoformat()}],
        }
        r = a.post("/v1/shoppers/sh1/changes", json=body)
        assert r.status_code == 422
        assert r.json()["error"]["details"][0]["field"] == "changes.0.field"
        body["changes"] = [
            {"field": "consent.profiling", "value": "yes", "captured_at": T0.isoformat()}
        ]
        r = a.post("/v1/shoppers/sh1/changes", json=body)
        assert r.status_code == 422
        assert r.json()["error"]["details"][0]["field"] == "changes.0.value"
        body["changes"] = [{"field": "phones", "value": ["12"], "captured_at": T0.isoformat()}]
        r = a.post("/v1/shoppers/sh1/changes", json=body)
        assert r.status_code == 422 and "changes.0.value" in r.json()["error"]["message"]
        r = a.post("/v1/shoppers/nobody/changes", json={**body, "changes": [
            {"field": "fit", "value": "slim", "captured_at": T0.isoformat()}
        ]})  # fmt: skip
        assert r.status_code == 404
