"""Training results for managers: a scenario finished in training reaches the real HQ as the
trainee's own write, through the production terminal's outbox, once; managers of the store
read them; nothing else at HQ counts them. A real HQ on loopback (SQLite, then PostgreSQL),
a real enrolled terminal with its encrypted cache, and the training side's real hand-off.
"""

from __future__ import annotations

import json
import uuid
from datetime import UTC, datetime

import pytest
from sqlalchemy import select

from clienteling import paths
from clienteling.app import TrainingTerminal
from clienteling.cache import outbox
from clienteling.domain.training_records import TrainingRecord
from clienteling.hq import auth
from clienteling.hq import tables as t
from clienteling.services.training_results import KIND, SET_ASIDE, hand_off
from tests.cache_access import writer_of
from tests.integration.services_world import (
    ASSOCIATE,
    MANAGER,
    PIN,
    STORE,
    TRAINEE,
    hq_rows,
    terminal_world,
)

OTHER_MANAGER = "ES-MD-01-manager"
FIND_BY_PHONE = {"scenario_id": "find-by-phone", "seconds": 95, "hints": 1, "mistakes": 2}
# What a finished scenario must never touch at HQ (training is not work done in the store).
FIGURES = ("activity", "orders", "purchases", "notes", "tasks", "feedback", "wishlist", "stock")


@pytest.fixture
def world(hq_db, tmp_path):
    """The terminal of a store whose associates, at sign-in, say their waiting results are
    theirs (the window asks; tests/ui/test_training_results_ui.py): each sign-in then takes
    the signed-in associate's own results into the outbox."""
    with terminal_world(hq_db, tmp_path) as w:
        results = w.services.training_results
        w.services.sessions.on_signed_in.append(results.collect)
        yield w


def test_signing_in_sends_nothing_until_the_associate_says_the_results_are_theirs(hq_db, tmp_path):
    """Training cannot check who typed an employee id: a sign-in only lists the waiting
    results; they are queued when the associate confirms, or kept aside when not theirs."""
    with terminal_world(hq_db, tmp_path) as w:
        services = w.services
        first = trained(w)
        services.sessions.sign_in(TRAINEE, PIN)
        assert entries(w) == []
        [waiting] = services.training_results.waiting()
        assert (waiting.result_id, waiting.scenario_id) == (first, "find-by-phone")
        assert services.training_results.discard() == 1  # "not mine"
        assert services.training_results.waiting() == [] and entries(w) == []
        assert (handoff(w) / SET_ASIDE / f"{first}.json").exists()  # kept, never sent
        second = trained(w)
        assert [x.result_id for x in services.training_results.waiting()] == [second]
        assert services.training_results.collect().queued == [second]  # "yes, mine"
        assert [e.id for e in entries(w)] == [second]


def trained(world, employee_id: str = TRAINEE, summary: dict | None = None) -> str:
    """The training app's side: the scenario's summary handed off, as the coach calls it."""
    training = TrainingTerminal(world.home.parent / "training")  # not started: no HQ needed
    path = training.record_result(employee_id, summary or FIND_BY_PHONE)
    assert path.parent == handoff(world) and path.exists()
    return path.stem


def handoff(world):
    return paths.training_results_dir(world.home)


def entries(world, kind: str = KIND) -> list[outbox.Record]:
    conn = writer_of(world.services.training_results.writes.cache)
    ids = [r[0] for r in conn.execute("SELECT id FROM outbox WHERE kind = ? ORDER BY n", (kind,))]
    return [outbox.record(conn, i) for i in ids]


def figures(db) -> dict[str, list]:
    with db.read() as conn:
        return {
            name: sorted(map(repr, conn.execute(select(t.metadata.tables[name]))))
            for name in FIGURES
        }


def results_at_hq(world) -> list:
    return hq_rows(world.db, t.training_results)


def test_a_finished_scenario_reaches_hq_as_the_trainees_own_write(world):
    services = world.services
    services.sessions.sign_in(ASSOCIATE, PIN)  # a day's work first: activity and the like
    services.sessions.sign_out()
    token = world.hq.sign_in(world.hq.enroll(STORE), ASSOCIATE)
    at = datetime.now(UTC).isoformat()
    events = [{"event_id": str(uuid.uuid4()), "kind": k, "at": at} for k in ("sale", "visit")]
    with world.hq.client(token) as client:
        assert client.post("/v1/activity", json={"events": events}).json()["stored"] == 2
    before = figures(world.db)
    assert len(before["activity"]) == 2 and before["purchases"]
    result_id = trained(world)
    session = services.sessions.sign_in(TRAINEE, PIN)
    assert session.online and session.role == "trainee"
    assert list(handoff(world).glob("*.json")) == []  # durably in the outbox, then removed
    [entry] = entries(world)
    assert (entry.id, entry.author_id, entry.state) == (result_id, TRAINEE, outbox.PENDING)
    assert entry.shopper_id is None and entry.path == "/training-results"
    assert services.training_results.last.queued == [result_id]

    sent = services.syncing.send_queued()
    assert sent.delivered == 1 and sent.parked == 0
    [row] = results_at_hq(world)
    assert (row.result_id, row.associate_id, row.store_id) == (result_id, TRAINEE, STORE)
    assert (row.scenario_id, row.seconds, row.hints, row.mistakes) == ("find-by-phone", 95, 1, 2)
    assert row.device_id == services.terminal.device_id
    # Never counted: no sale, no activity event, nothing else at HQ changed.
    assert figures(world.db) == before


def test_offline_then_online_delivers_exactly_once(world):
    services = world.services
    services.sessions.sign_in(TRAINEE, PIN)  # online once: the PIN works offline, a grant kept
    services.sessions.sign_out()
    world.stop_hq()
    result_id = trained(world)
    assert not services.sessions.sign_in(TRAINEE, PIN).online
    assert [e.id for e in entries(world)] == [result_id] and not list(handoff(world).glob("*"))
    assert entries(world)[0].state == outbox.PENDING  # HQ is down: it waits
    services.sessions.sign_out()
    # The same file again (a crash before it was removed, a copy put back): still one entry.
    again = TrainingRecord(**{**FIND_BY_PHONE, "employee_id": TRAINEE, "result_id": result_id})
    hand_off(handoff(world), again)
    services.sessions.sign_in(TRAINEE, PIN)
    assert len(entries(world)) == 1 and not list(handoff(world).glob("*.json"))
    services.sessions.sign_out()

    world.start_hq()
    assert services.syncing.send_queued().delivered == 1  # nobody signed in: the write grant
    assert services.syncing.send_queued().delivered == 0
    [row] = results_at_hq(world)
    assert (row.result_id, row.associate_id) == (result_id, TRAINEE)
    # HQ takes a resend of the same id as the first answer, not a second result.
    token = world.hq.sign_in(world.hq.enroll(STORE), TRAINEE)
    with world.hq.client(token) as client:
        r = client.post("/v1/training-results", json=entries(world)[0].body)
    assert r.status_code == 201 and r.json() == {"id": result_id}
    assert len(results_at_hq(world)) == 1


def test_another_associate_signing_in_leaves_the_trainees_record(world):
    services = world.services
    theirs = trained(world, TRAINEE)
    mine = trained(world, ASSOCIATE, {**FIND_BY_PHONE, "scenario_id": "order-for-delivery"})
    services.sessions.sign_in(ASSOCIATE, PIN)
    assert [e.id for e in entries(world)] == [mine]
    assert (handoff(world) / f"{theirs}.json").exists()
    services.syncing.send_queued()
    assert [(r.associate_id, r.scenario_id) for r in results_at_hq(world)] == [
        (ASSOCIATE, "order-for-delivery")
    ]


def _body(employee_id: str) -> dict:
    return {
        "result_id": str(uuid.uuid4()),
        "employee_id": employee_id,
        "scenario_id": "erase-on-request",
        "seconds": 40,
        "hints": 0,
        "mistakes": 0,
        "finished_at": datetime.now(UTC).isoformat(),
    }


def test_hq_takes_a_result_from_its_trainee_only(world):
    device = world.hq.enroll(STORE)
    sessions = {who: world.hq.sign_in(device, who) for who in (ASSOCIATE, TRAINEE, MANAGER)}
    mine = _body(TRAINEE)
    with world.hq.client(sessions[ASSOCIATE]) as client:  # an associate writing another's
        r = client.post("/v1/training-results", json=mine)
    assert r.status_code == 403 and r.json()["error"]["code"] == "forbidden"
    assert "another associate's result" in r.json()["error"]["message"]
    with world.hq.client(sessions[MANAGER]) as client:  # a manager too
        assert client.post("/v1/training-results", json=mine).status_code == 403
    with world.hq.client(device) as client:  # a terminal with nobody signed in
        assert client.post("/v1/training-results", json=mine).status_code == 403
    with world.hq.client(sessions[TRAINEE]) as client:
        assert client.post("/v1/training-results", json=mine).status_code == 201
        extra = {**_body(TRAINEE), "shopper_id": "sh1"}  # nothing of the practice chain
        r = client.post("/v1/training-results", json=extra)
        assert r.status_code == 422 and r.json()["error"]["code"] == "invalid_request"
    with world.hq.client(sessions[ASSOCIATE]) as client:  # a repeat of theirs is no way in
        assert client.post("/v1/training-results", json=mine).status_code == 403
    assert [r.associate_id for r in results_at_hq(world)] == [TRAINEE]


def test_a_forged_author_in_the_outbox_is_refused_and_set_aside(world):
    """A write in the associate's outbox naming the trainee (a tampered hand-off): HQ refuses
    it, the terminal keeps it set aside with HQ's reason, no result is stored."""
    services = world.services
    services.sessions.sign_in(ASSOCIATE, PIN)
    body = _body(TRAINEE)
    services.training_results.writes.submit(
        id=body["result_id"], kind=KIND, shopper_id=None, method="POST",
        path="/training-results", body=body, deliver=False,
    )  # fmt: skip
    assert services.syncing.send_queued().parked == 1
    [entry] = entries(world)
    assert entry.state == outbox.PARKED and entry.answer_status == 403
    assert results_at_hq(world) == []


def test_managers_read_their_own_stores_results_only(world):
    services = world.services
    trained(world)
    services.sessions.sign_in(TRAINEE, PIN)
    services.syncing.send_queued()
    devices = {store: world.hq.enroll(store) for store in (STORE, "ES-MD-01")}

    def read(token: str | None, query: str = f"?store_id={STORE}"):
        with world.hq.client(token) as client:
            return client.get(f"/v1/training-results{query}")

    manager = world.hq.sign_in(devices[STORE], MANAGER)
    r = read(manager)
    assert r.status_code == 200
    [found] = r.json()["results"]
    assert (found["employee_id"], found["name"], found["store_id"]) == (
        TRAINEE,
        f"Trainee of {STORE}",
        STORE,
    )
    assert set(found) == {
        "result_id", "employee_id", "name", "store_id", "scenario_id", "seconds", "hints",
        "mistakes", "finished_at", "recorded_at",
    }  # fmt: skip
    assert read(manager, "").json() == r.json()  # their own store by default
    other = world.hq.sign_in(devices["ES-MD-01"], OTHER_MANAGER)
    assert read(other).status_code == 403
    assert read(other, "").json() == {"results": []}
    for who in (ASSOCIATE, TRAINEE):
        refused = read(world.hq.sign_in(devices[STORE], who))
        assert refused.status_code == 403 and refused.json()["error"]["code"] == "forbidden"
    assert read(devices[STORE]).status_code == 403  # a terminal, nobody signed in
    assert read(None).status_code == 401
    integration = auth.create_api_token(world.db, "reports", "integration", None, datetime.now(UTC))
    assert len(read(integration).json()["results"]) == 1
    assert len(read(integration, "").json()["results"]) == 1  # the whole chain
    assert read(integration, "?store_id=ES-MD-01").json() == {"results": []}

    # The terminal's service, for a manager signed in here; refused for anyone else.
    services.sessions.sign_in(MANAGER, PIN)
    [row] = services.training_results.results()
    assert (row.employee_id, row.scenario_id, row.mistakes) == (TRAINEE, "find-by-phone", 2)
    services.sessions.sign_in(ASSOCIATE, PIN)
    with pytest.raises(PermissionError, match="only a manager can see the store's training"):
        services.training_results.results()


def test_bad_hand_off_files_are_set_aside_with_the_reason(world):
    services = world.services
    folder = handoff(world)
    folder.mkdir(exist_ok=True)
    good = trained(world)
    bad = {
        "cut-short.json": b'{"employee_id": "BR-SP-01-trai',
        "a-list.json": b"[1, 2, 3]",
        "huge.json": b'{"employee_id": "' + b"x" * 20000 + b'"}',
        "with-a-shopper.json": json.dumps({**_body(TRAINEE), "shopper_id": "sh1"}).encode(),
        "minus-mistakes.json": json.dumps({**_body(TRAINEE), "mistakes": -1}).encode(),
    }
    for name, data in bad.items():
        (folder / name).write_bytes(data)
    someone_elses = folder / "someone-elses.json"
    someone_elses.write_text(json.dumps({**_body(ASSOCIATE), "mistakes": "many"}))

    services.sessions.sign_in(TRAINEE, PIN)
    report = services.training_results.last
    assert report.queued == [good] and [e.id for e in entries(world)] == [good]
    assert sorted(a.path.name for a in report.set_aside) == sorted(bad)
    for aside in report.set_aside:  # moved, not lost, the reason beside it
        assert aside.path.parent == folder / SET_ASIDE
        assert aside.path.read_bytes() == bad[aside.path.name]
        why = aside.path.with_name(aside.path.name + ".why.txt").read_text()
        assert why.strip() == aside.reason
    reasons = {a.path.name: a.reason for a in report.set_aside}
    assert "not JSON" in reasons["cut-short.json"]
    assert "no employee id" in reasons["a-list.json"]
    assert "larger than" in reasons["huge.json"]
    assert "shopper_id" in reasons["with-a-shopper.json"]
    assert "mistakes" in reasons["minus-mistakes.json"]
    assert sorted(p.name for p in folder.glob("*.json")) == ["someone-elses.json"]
    services.syncing.send_queued()
    assert [r.result_id for r in results_at_hq(world)] == [good]
