"""Enrollment, sign-in, sessions and the role/scope matrix, over real HTTP."""

from __future__ import annotations

import statistics
import threading
import time
import uuid
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime, timedelta

import httpx
import pytest
from sqlalchemy import func, select, update

from clienteling.hq import auth
from clienteling.hq import tables as t
from clienteling.hq.settings import HQSettings
from tests.hq_live import (
    LiveHQ,
    ServedHQ,
    add_purchase,
    page_rows,
    set_stock,
    small_chain,
)


@pytest.fixture
def live(hq_db):
    chain = small_chain(hq_db)
    with LiveHQ(hq_db, HQSettings(pin_attempts=3)) as hq:
        hq.chain = chain
        yield hq


def test_enrollment_code_is_single_use_and_expires(live):
    code = auth.create_enrollment_code(live.db, "BR-SP-01", 24, datetime.now(UTC))
    with live.client() as c:
        first = c.post(
            "/v1/enroll", json={"code": code.lower().replace("-", " "), "terminal_name": "till 1"}
        )
        assert first.status_code == 201
        assert first.json()["store_id"] == "BR-SP-01"
        again = c.post("/v1/enroll", json={"code": code, "terminal_name": "till 2"})
        assert again.status_code == 401 and again.json()["error"]["code"] == "code_used"

        old = auth.create_enrollment_code(
            live.db, "BR-SP-01", 1, datetime.now(UTC) - timedelta(hours=2)
        )
        r = c.post("/v1/enroll", json={"code": old, "terminal_name": "till 3"})
        assert r.status_code == 401 and r.json()["error"]["code"] == "code_expired"
        r = c.post("/v1/enroll", json={"code": "AAAA-BBBB-CCCC-DDDD", "terminal_name": "x"})
        assert r.status_code == 401 and r.json()["error"]["code"] == "code_unknown"
    with live.client(first.json()["device_token"]) as c:
        assert c.get("/v1/sync/stores").status_code == 200


def test_pin_lockout_and_reset(live):
    device = live.enroll("BR-SP-01")
    emp = live.chain["staff"]["BR-SP-01"]["associate"]
    with live.client(device) as c:
        for _ in range(3):
            r = c.post("/v1/sessions", json={"employee_id": emp, "pin": "1111"})
            assert r.status_code == 401
            assert r.json()["error"]["code"] == "wrong_credentials"
        r = c.post("/v1/sessions", json={"employee_id": emp, "pin": "2468"})
        assert r.status_code == 423 and r.json()["error"]["code"] == "locked_out"
        auth.set_pin(live.db, emp, "8642")
        r = c.post("/v1/sessions", json={"employee_id": emp, "pin": "8642"})
        assert r.status_code == 201
        # Unknown ids get the same answer as a wrong PIN.
        r = c.post("/v1/sessions", json={"employee_id": "nobody", "pin": "1234"})
        assert r.status_code == 401 and r.json()["error"]["code"] == "wrong_credentials"
        # Associates sign in at their own store only; another store's associate, even with
        # the right PIN, gets that same answer (tests below: it is no oracle).
        r = c.post(
            "/v1/sessions",
            json={"employee_id": live.chain["staff"]["ES-MD-01"]["associate"], "pin": "2468"},
        )
        assert r.status_code == 401 and r.json()["error"]["code"] == "wrong_credentials"
        assert "own store" in r.json()["error"]["message"]


# --- PIN guesses racing each other ---------------------------------------------------------

LIMIT = HQSettings().pin_attempts  # 5, as shipped


class PinChecks:
    """Counts the PINs HQ checks against an associate's stored hash (not the stand-in hash
    an unknown id is checked against), by wrapping the PIN check auth.py calls."""

    def __init__(self, monkeypatch) -> None:
        self.checked: list[str] = []
        self._lock = threading.Lock()
        real = auth.check_pin

        def counting(db, pin: str, stored: str) -> tuple[bool, bool]:
            if stored != auth.dummy_hash(db):
                with self._lock:
                    self.checked.append(pin)
            return real(db, pin, stored)

        monkeypatch.setattr(auth, "check_pin", counting)


def race_sign_ins(
    urls: list[str], device: str, employee_id: str, wrong: list[str], right: str, right_after: int
) -> tuple[list[httpx.Response], httpx.Response, int]:
    """Send every wrong PIN at once (a thread and an HTTP client each, released together,
    spread over `urls`), and the right PIN as soon as `right_after` of them were answered,
    while the others are still on their way. Returns the wrong PINs' answers, the right
    PIN's, and how many wrong ones were still unanswered when the right one left."""
    answered: list[httpx.Response] = []
    done = threading.Condition()
    go = threading.Barrier(len(wrong) + 1)
    headers = {"Authorization": f"Bearer {device}"}

    def guess(i: int, pin: str) -> None:
        with httpx.Client(base_url=urls[i % len(urls)], headers=headers, timeout=120) as c:
            go.wait()
            r = c.post("/v1/sessions", json={"employee_id": employee_id, "pin": pin})
        with done:
            answered.append(r)
            done.notify_all()

    def the_right_one() -> tuple[httpx.Response, int]:
        with httpx.Client(base_url=urls[-1], headers=headers, timeout=120) as c:
            go.wait()
            with done:
                assert done.wait_for(lambda: len(answered) >= right_after, timeout=120)
                in_flight = len(wrong) - len(answered)
            return c.post(
                "/v1/sessions", json={"employee_id": employee_id, "pin": right}
            ), in_flight

    with ThreadPoolExecutor(len(wrong) + 1) as pool:
        last = pool.submit(the_right_one)
        for f in [pool.submit(guess, i, pin) for i, pin in enumerate(wrong)]:
            f.result()
        right_answer, in_flight = last.result()
    return answered, right_answer, in_flight


def _attempts_logged(db, employee_id: str) -> dict[str, int]:
    with db.read() as conn:
        rows = conn.execute(
            select(t.audit_log.c.action, func.count())
            .where(t.audit_log.c.subject_id == employee_id)
            .group_by(t.audit_log.c.action)
        ).all()
    return dict(rows)


def test_concurrent_wrong_pins_check_no_more_than_the_limit(hq_db, monkeypatch):
    """60 wrong PINs at once, then the right one once LIMIT of them were answered: at most
    LIMIT PINs are ever checked, and the right PIN, sent after the limit, is refused."""
    small_chain(hq_db)
    checks = PinChecks(monkeypatch)
    emp = "BR-SP-01-associate"
    wrong = [f"{1000 + i}" for i in range(60)]
    with LiveHQ(hq_db, HQSettings(pin_attempts=LIMIT)) as hq:
        device = hq.enroll("BR-SP-01")
        answers, right, _ = race_sign_ins([hq.url], device, emp, wrong, "2468", LIMIT)
        assert len(checks.checked) <= LIMIT, (
            f"{len(checks.checked)} PINs checked for a limit of {LIMIT}"
        )
        assert right.status_code == 423, (right.status_code, right.text)
        assert right.json()["error"]["code"] == "locked_out"
        codes = sorted({(r.status_code, r.json()["error"]["code"]) for r in answers})
        assert codes == [(401, "wrong_credentials"), (423, "locked_out")]
        assert sum(r.status_code == 401 for r in answers) == len(checks.checked)
        # Every PIN checked left one audit entry, and the lock holds for the right PIN.
        logged = _attempts_logged(hq_db, emp)
        assert logged.get("sign_in_failed", 0) == len(checks.checked)
        assert "sign_in" not in logged
        with hq.client(device) as c:
            again = c.post("/v1/sessions", json={"employee_id": emp, "pin": "2468"})
        assert again.status_code == 423
    assert len(checks.checked) <= LIMIT


def test_wrong_pins_spread_over_hq_processes_check_no_more_than_the_limit(hq_db):
    """The same race over two `clienteling-hq serve` processes on one database (as behind
    a load balancer): the audit log, written once per PIN checked, counts at most LIMIT."""
    small_chain(hq_db)
    emp = "BR-SP-01-associate"
    with ServedHQ(hq_db.url, processes=2) as served:
        code = auth.create_enrollment_code(hq_db, "BR-SP-01", 1, datetime.now(UTC))
        r = httpx.post(
            f"{served.urls[0]}/v1/enroll", json={"code": code, "terminal_name": "till 1"}
        )
        device = r.json()["device_token"]
        wrong = [f"{1000 + i}" for i in range(60)]
        answers, right, _ = race_sign_ins(served.urls, device, emp, wrong, "2468", LIMIT)
    logged = _attempts_logged(hq_db, emp)
    assert logged.get("sign_in_failed", 0) <= LIMIT, f"{logged} for a limit of {LIMIT}"
    assert right.status_code == 423, (right.status_code, right.text)
    assert sum(r.status_code == 401 for r in answers) == logged.get("sign_in_failed", 0)
    assert {r.status_code for r in answers} <= {401, 423}


# --- another store's terminal --------------------------------------------------------------


def _answer(r: httpx.Response) -> tuple:
    """What a caller can tell an answer by: status, body, and the headers that vary."""
    return r.status_code, r.json(), r.headers.get("www-authenticate")


def test_another_stores_terminal_learns_nothing_and_locks_nobody_out(hq_db, monkeypatch):
    """From a terminal of another store: an unknown id, a wrong PIN, the right PIN and a
    locked-out associate all get one answer; 40 concurrent tries (right PIN among them) check
    no PIN and count nothing, so the associate still signs in at home."""
    small_chain(hq_db)
    checks = PinChecks(monkeypatch)
    emp = "BR-SP-01-associate"
    with LiveHQ(hq_db, HQSettings(pin_attempts=LIMIT)) as hq:
        home, far = hq.enroll("BR-SP-01"), hq.enroll("ES-MD-01", "madrid till")

        def sign_in(device: str, employee_id: str, pin: str) -> httpx.Response:
            with hq.client(device) as c:
                return c.post("/v1/sessions", json={"employee_id": employee_id, "pin": pin})

        unknown = _answer(sign_in(far, "BR-SP-01-nobody", "2468"))
        assert unknown[0] == 401 and unknown[1]["error"]["code"] == "wrong_credentials"
        assert _answer(sign_in(far, emp, "2468")) == unknown  # the right PIN
        assert _answer(sign_in(far, emp, "1357")) == unknown
        assert _answer(sign_in(home, emp, "1357")) == unknown  # a wrong PIN at home
        assert _answer(sign_in(home, "BR-SP-01-nobody", "2468")) == unknown
        checks.checked.clear()
        with hq.db.write() as w:  # the wrong PIN at home counted; start afresh
            w.conn.execute(update(t.associates).values(failed_attempts=0))

        pins = [f"{2000 + i}" for i in range(39)] + ["2468"]
        go = threading.Barrier(len(pins))

        def far_try(pin: str) -> tuple:
            with hq.client(far) as c:
                go.wait()
                return _answer(c.post("/v1/sessions", json={"employee_id": emp, "pin": pin}))

        with ThreadPoolExecutor(len(pins)) as pool:
            answers = list(pool.map(far_try, pins))
        assert all(a == unknown for a in answers), [a for a in answers if a != unknown][:3]
        assert checks.checked == [], "a far terminal's tries had PINs checked"
        with hq.db.read() as conn:
            row = conn.execute(select(t.associates).where(t.associates.c.associate_id == emp)).one()
        assert row.failed_attempts == 0 and row.locked_until is None

        # At home, the associate signs in; then their own store's wrong PINs lock them out,
        # with a message that tells them when to try again. Far away, nothing changes.
        assert sign_in(home, emp, "2468").status_code == 201
        for _ in range(LIMIT):
            assert sign_in(home, emp, "1357").status_code == 401
        locked = sign_in(home, emp, "2468")
        assert locked.status_code == 423 and locked.json()["error"]["code"] == "locked_out"
        assert "try again after" in locked.json()["error"]["message"]
        assert _answer(sign_in(far, emp, "2468")) == unknown
        assert _answer(sign_in(far, emp, "1357")) == unknown


def test_unknown_ids_wrong_pins_and_other_stores_take_as_long(hq_db):
    """The answer's time tells nothing either: medians of interleaved tries within 50%."""
    small_chain(hq_db)
    emp = "BR-SP-01-associate"
    with LiveHQ(hq_db, HQSettings(pin_attempts=10**6)) as hq:
        home, far = hq.enroll("BR-SP-01"), hq.enroll("ES-MD-01")
        kinds = {
            "unknown id": (home, "BR-SP-01-nobody", "2468"),
            "wrong PIN": (home, emp, "1357"),
            "other store": (far, emp, "2468"),
        }
        times: dict[str, list[float]] = {k: [] for k in kinds}
        with hq.client(home) as h, hq.client(far) as f:
            clients = {home: h, far: f}
            for round_ in range(10):
                for kind, (device, employee_id, pin) in kinds.items():
                    started = time.perf_counter()
                    r = clients[device].post(
                        "/v1/sessions", json={"employee_id": employee_id, "pin": pin}
                    )
                    took = time.perf_counter() - started
                    assert r.status_code == 401, (kind, r.text)
                    if round_:  # the first round warms connections up
                        times[kind].append(took)
    medians = {k: statistics.median(v) for k, v in times.items()}
    assert max(medians.values()) < 1.5 * min(medians.values()), medians


# --- revocation, racing the requests it stops ----------------------------------------------


class Hammer:
    """Threads that keep calling HQ with each of some credentials until stopped, noting every
    call's start and end (perf_counter), credential and answer."""

    def __init__(self, url: str, tokens: list[str], path: str, threads_each: int = 3) -> None:
        self.url, self.tokens, self.path = url, tokens, path
        self.calls: list[tuple[str, float, float, int, str]] = []
        self._stop = threading.Event()
        self._lock = threading.Condition()
        self._threads = [
            threading.Thread(target=self._run, args=(token,), daemon=True)
            for token in tokens
            for _ in range(threads_each)
        ]

    def _run(self, token: str) -> None:
        with httpx.Client(
            base_url=self.url, headers={"Authorization": f"Bearer {token}"}, timeout=60
        ) as c:
            while not self._stop.is_set():
                started = time.perf_counter()
                r = c.get(self.path)
                code = r.json()["error"]["code"] if r.status_code >= 400 else ""
                with self._lock:
                    self.calls.append((token, started, time.perf_counter(), r.status_code, code))
                    self._lock.notify_all()

    def wait_for(self, n: int, since: float = 0.0) -> None:
        """Until each credential made `n` calls that started after `since`."""
        with self._lock:
            assert self._lock.wait_for(
                lambda: all(
                    sum(1 for c in self.calls if c[0] == tok and c[1] > since) >= n
                    for tok in self.tokens
                ),
                timeout=60,
            ), "the calls did not go through"

    def __enter__(self) -> Hammer:
        for th in self._threads:
            th.start()
        return self

    def __exit__(self, *exc) -> None:
        self._stop.set()
        for th in self._threads:
            th.join(60)

    def answers(self, token: str, after: float) -> set[tuple[int, str]]:
        """The answers to the calls with `token` that started after `after`."""
        return {(c[3], c[4]) for c in self.calls if c[0] == token and c[1] > after}

    def answered_before(self, token: str, before: float) -> set[tuple[int, str]]:
        return {(c[3], c[4]) for c in self.calls if c[0] == token and c[2] < before}


def _device_ids(hq: LiveHQ, manager_session: str) -> dict[str, str]:
    with hq.client(manager_session) as c:
        r = c.get("/v1/devices")
    assert r.status_code == 200, r.text
    return {d["name"]: d["device_id"] for d in r.json()["devices"]}


def test_a_manager_revokes_a_terminal_of_their_store_and_its_sessions_end_at_once(hq_db):
    from clienteling.api.client import HQClient, Policy
    from clienteling.api.errors import DeviceRefused, SignInNeeded

    small_chain(hq_db)
    staff = {"BR": "BR-SP-01-", "ES": "ES-MD-01-"}  # employee ids: store + role
    with LiveHQ(hq_db) as hq:
        till, office = hq.enroll("BR-SP-01", "till 2"), hq.enroll("BR-SP-01", "back office")
        madrid = hq.enroll("ES-MD-01", "madrid till")
        session = hq.sign_in(till, staff["BR"] + "associate")
        manager = hq.sign_in(office, staff["BR"] + "manager")
        far_manager = hq.sign_in(madrid, staff["ES"] + "manager")
        with hq.client(manager) as c:
            listed = c.get("/v1/devices")
        assert listed.status_code == 200
        devices = listed.json()["devices"]
        assert {d["name"] for d in devices} == {"till 2", "back office"}  # own store only
        assert set(devices[0]) == {
            "device_id", "name", "store_id", "created_at", "last_used_at", "revoked_at",
            "revoked_by", "app_version", "cache_schema", "protocol", "versions_at", "behind",
            "last_sync_at", "queued_writes", "parked_writes", "heard_at", "online",
        }  # fmt: skip
        assert "dev_" not in listed.text and till not in listed.text
        ids = {d["name"]: d["device_id"] for d in devices}
        # Another store's manager can neither see nor revoke this store's terminals.
        assert "till 2" not in _device_ids(hq, far_manager)
        with hq.client(far_manager) as c:
            r = c.post(f"/v1/devices/{ids['till 2']}/revoke")
        assert r.status_code == 403 and "ES-MD-01" in r.json()["error"]["message"]
        with hq.client(session) as c:  # an associate may not revoke
            assert c.post(f"/v1/devices/{ids['till 2']}/revoke").status_code == 403

        with Hammer(hq.url, [till, session, office], "/v1/sync/stores?limit=1") as calls:
            calls.wait_for(5)
            with hq.client(manager) as c:
                r = c.post(f"/v1/devices/{ids['till 2']}/revoke")
            revoked = time.perf_counter()
            calls.wait_for(10, since=revoked)
        assert r.status_code == 200, r.text
        body = r.json()
        assert body["revoked_at"] and body["revoked_by"] == staff["BR"] + "manager"
        assert body["sessions_ended"] == 1 and body["already"] is False
        # The race: calls answered 200 until the revocation; every call that started after
        # it returned is refused, with the code the terminal maps to "enroll again" and
        # "sign in again"; the other terminal of the store goes on.
        assert (200, "") in calls.answered_before(till, revoked)
        assert (200, "") in calls.answered_before(session, revoked)
        assert calls.answers(till, revoked) == {(401, "device_revoked")}
        assert calls.answers(session, revoked) == {(401, "session_revoked")}
        assert calls.answers(office, 0.0) == {(200, "")}
        with hq.client(session) as c:
            ended = c.get("/v1/sync/stores?limit=1").json()["error"]["details"]
        assert ended == {"ended": "device_revoked"}

        with hq.db.read() as conn:
            entry = conn.execute(
                select(t.audit_log).where(t.audit_log.c.action == "revoke_device")
            ).one()
        assert (entry.actor_kind, entry.actor_id) == ("session", staff["BR"] + "manager")
        assert entry.subject_id == ids["till 2"]
        assert entry.detail["from_device"] == ids["back office"]
        assert entry.detail["sessions_ended"] == 1
        with hq.client(manager) as c:  # again: nothing changes, nothing more is logged
            again = c.post(f"/v1/devices/{ids['till 2']}/revoke")
            assert again.status_code == 200 and again.json()["already"] is True
            assert c.post("/v1/devices/dev-nope/revoke").status_code == 404

        # What the terminal makes of it: enroll again, sign in again (the PIN it holds is
        # not tried on a session HQ ended on purpose).
        policy = Policy(attempts=1)
        with HQClient(hq.url, till, policy=policy) as client:
            with pytest.raises(DeviceRefused, match="enroll"):
                client.sync_page("stores", 0, 1)
        renewals = []
        with HQClient(hq.url, session, policy=policy, renew=lambda: renewals.append(1)) as client:
            with pytest.raises(SignInNeeded) as refused:
                client.sync_page("stores", 0, 1)
        assert refused.value.code == "session_revoked" and renewals == []
        # Enrolled again with a new code, the terminal works again.
        fresh = hq.enroll("BR-SP-01", "till 2")
        assert hq.sign_in(fresh, staff["BR"] + "associate").startswith("ses_")
    with hq_db.read() as conn:
        assert (
            conn.execute(
                select(func.count()).where(t.audit_log.c.action == "revoke_device")
            ).scalar_one()
            == 1
        )


def test_a_new_pin_ends_the_associates_sessions_everywhere_at_once(hq_db):
    small_chain(hq_db)
    emp, other = "BR-SP-01-associate", "BR-SP-01-trainee"
    with LiveHQ(hq_db) as hq:
        one, two = hq.enroll("BR-SP-01"), hq.enroll("BR-SP-01", "till 2")
        mine = [hq.sign_in(one, emp), hq.sign_in(two, emp)]
        theirs = hq.sign_in(one, other)
        with Hammer(hq.url, [*mine, theirs], "/v1/sync/stores?limit=1", 2) as calls:
            calls.wait_for(5)
            ended = auth.set_pin(hq.db, emp, "8642")
            changed = time.perf_counter()
            calls.wait_for(10, since=changed)
        assert ended == 2
        for token in mine:
            assert (200, "") in calls.answered_before(token, changed)
            assert calls.answers(token, changed) == {(401, "session_revoked")}
        assert calls.answers(theirs, 0.0) == {(200, "")}
        with hq.client(mine[0]) as c:
            error = c.get("/v1/sync/stores").json()["error"]
        assert "PIN was changed" in error["message"]
        assert error["details"] == {"ended": "pin_changed"}  # why, for the terminal to say
        with hq.client(one) as c:
            old = c.post("/v1/sessions", json={"employee_id": emp, "pin": "2468"})
            assert old.status_code == 401
        assert hq.sign_in(one, emp, "8642").startswith("ses_")


def test_a_revoked_api_token_is_refused_at_once(hq_db):
    from clienteling.hq import credentials

    small_chain(hq_db)
    now = datetime.now(UTC)
    erp = auth.create_api_token(hq_db, "erp", "integration", None, now)
    report = auth.create_api_token(hq_db, "store report", "manager", "BR-SP-01", now)
    with LiveHQ(hq_db) as hq:
        with Hammer(hq.url, [erp, report], "/v1/stock/ST1-BLK-S") as calls:
            calls.wait_for(5)
            gone = credentials.revoke_token(
                hq.db, "erp", datetime.now(UTC), actor_kind="admin", actor_id="cli:ops"
            )
            revoked = time.perf_counter()
            calls.wait_for(10, since=revoked)
    assert gone["already"] is False and gone["revoked_by"] == "cli:ops"
    assert (200, "") in calls.answered_before(erp, revoked)
    assert calls.answers(erp, revoked) == {(401, "unauthenticated")}
    assert calls.answers(report, 0.0) == {(200, "")}
    with hq_db.read() as conn:
        used = {r.name: r.last_used_at for r in conn.execute(select(t.api_tokens))}
    assert used["erp"] is not None and used["store report"] is not None


def test_sessions_expire_end_and_follow_disabling(live):
    device = live.enroll("BR-SP-01")
    staff = live.chain["staff"]["BR-SP-01"]
    session = live.sign_in(device, staff["associate"])
    with live.client(session) as c:
        assert c.get("/v1/sync/shoppers").status_code == 200
    with live.db.write() as w:
        w.conn.execute(
            update(t.sessions).values(expires_at=datetime.now(UTC) - timedelta(seconds=1))
        )
    with live.client(session) as c:
        r = c.get("/v1/sync/shoppers")
        assert r.status_code == 401 and r.json()["error"]["code"] == "session_expired"

    session = live.sign_in(device, staff["manager"])
    with live.client(session) as c:
        assert c.delete("/v1/sessions/current").status_code == 204
        assert c.get("/v1/sync/shoppers").status_code == 401

    session = live.sign_in(device, staff["associate"])
    auth.disable_associate(live.db, staff["associate"], datetime.now(UTC))
    with live.client(session) as c:
        r = c.get("/v1/sync/shoppers")
        assert r.status_code == 401 and r.json()["error"]["details"] == {"ended": "disabled"}
    with live.client(device) as c:
        r = c.post("/v1/sessions", json={"employee_id": staff["associate"], "pin": "2468"})
        assert r.status_code == 401


def _uuid() -> str:
    return str(uuid.uuid4())


def _order(shopper: str = "sh1") -> dict:
    return {
        "order_id": _uuid(),
        "shopper_id": shopper,
        "fulfilment": "pickup",
        "pickup_store": "BR-SP-01",
        "lines": [{"sku": "ST1-BLK-S", "quantity": 1}],
    }


# endpoint name -> (method, path, json body factory)
ENDPOINTS = {
    "sync": ("GET", "/v1/sync/shoppers", None),
    "sign_in": (
        "POST",
        "/v1/sessions",
        lambda: {"employee_id": "BR-SP-01-associate", "pin": "2468"},
    ),
    "place_order": ("POST", "/v1/orders", _order),
    "list_store_orders": ("GET", "/v1/orders?store_id=BR-SP-01", None),
    "list_other_store_orders": ("GET", "/v1/orders?store_id=ES-MD-01", None),
    "order_status": ("POST", "/v1/orders/{order}/status", lambda: {"status": "picked"}),
    "note": (
        "POST",
        "/v1/notes",
        lambda: {
            "note_id": _uuid(),
            "shopper_id": "sh1",
            "reason": "gift",
            "text": "Looking for a gift",
        },
    ),
    "preferences": (
        "PUT",
        "/v1/shoppers/sh1/preferences",
        lambda: {"change_id": _uuid(), "sizes": {"tops": "M"}},
    ),
    "consent": (
        "PUT",
        "/v1/shoppers/sh1/consent",
        lambda: {
            "change_id": _uuid(),
            "marketing_email": True,
            "marketing_sms": False,
            "profiling": True,
        },
    ),
    "changes": (
        "POST",
        "/v1/shoppers/sh1/changes",
        lambda: {
            "change_id": _uuid(),
            "changes": [
                {"field": "fit", "value": "slim", "captured_at": datetime.now(UTC).isoformat()}
            ],
        },
    ),
    "wishlist": (
        "POST",
        "/v1/wishlist",
        lambda: {"item_id": _uuid(), "shopper_id": "sh1", "sku": "ST1-BLK-S"},
    ),
    "task": (
        "POST",
        "/v1/tasks",
        lambda: {"task_id": _uuid(), "shopper_id": "sh1", "title": "Call when size M arrives"},
    ),
    "feedback": (
        "POST",
        "/v1/feedback",
        lambda: {"feedback_id": _uuid(), "shopper_id": "sh1", "score": 5},
    ),
    "activity": (
        "POST",
        "/v1/activity",
        lambda: {
            "events": [{"event_id": _uuid(), "kind": "search", "at": datetime.now(UTC).isoformat()}]
        },
    ),
    "search": ("GET", "/v1/shoppers?q=Silva", None),
    "get_shopper": ("GET", "/v1/shoppers/sh1", None),
    "stock": ("GET", "/v1/stock/ST1-BLK-S", None),
    "import": ("POST", "/v1/import/stores", None),
    "erase_own": ("DELETE", "/v1/shoppers/{erasable}", None),
    "erase_other_store": ("DELETE", "/v1/shoppers/sh2", None),
    "list_devices": ("GET", "/v1/devices", None),
    "revoke_device": ("POST", "/v1/devices/{spare}/revoke", None),
    "revoke_other_store_device": ("POST", "/v1/devices/{far}/revoke", None),
    "shopper_access": ("GET", "/v1/shopper-access", None),
    "other_store_shopper_access": ("GET", "/v1/shopper-access?store_id=ES-MD-01", None),
    "training_results": ("GET", "/v1/training-results", None),
    "other_store_training_results": ("GET", "/v1/training-results?store_id=ES-MD-01", None),
}

# A real CSV for the import cell: one store, every column filled.
STORES_CSV = (
    "store_id,name,region,address,city,country,latitude,longitude,currency,timezone\n"
    "BR-SP-09,Aurora Vila Nova,BR-SP,Rua 9,São Paulo,BR,-23.59,-46.67,BRL,America/Sao_Paulo\n"
).encode()

WRITERS = {
    "place_order",
    "order_status",
    "note",
    "preferences",
    "consent",
    "changes",
    "wishlist",
    "task",
    "feedback",
}
READERS = {"search", "get_shopper", "stock", "list_store_orders"}
ALLOWED = {
    "anonymous": set(),
    "device": {"sync", "sign_in", "stock"},
    "associate": {"sync", "activity", *WRITERS, *READERS},
    "trainee": {"sync", "activity", *READERS},
    "manager": {
        "sync",
        "activity",
        "erase_own",
        "list_devices",
        "revoke_device",
        "shopper_access",
        "training_results",
        *WRITERS,
        *READERS,
    },
    "manager_token": {
        "order_status",
        "erase_own",
        "list_devices",
        "revoke_device",
        "shopper_access",
        "training_results",
        *READERS,
    },
    "integration": {
        "shopper_access",
        "other_store_shopper_access",
        "training_results",
        "other_store_training_results",
        "order_status",
        "erase_own",
        "erase_other_store",
        "import",
        "list_other_store_orders",
        *READERS,
    },
}


def test_role_and_scope_matrix(live):
    set_stock(live.db, "BR-SP-01", "ST1-BLK-S", 500)
    device = live.enroll("BR-SP-01")
    staff = live.chain["staff"]["BR-SP-01"]
    now = datetime.now(UTC)
    tokens = {
        "anonymous": None,
        "device": device,
        "associate": live.sign_in(device, staff["associate"]),
        "trainee": live.sign_in(device, staff["trainee"]),
        "manager": live.sign_in(device, staff["manager"]),
        "manager_token": auth.create_api_token(live.db, "store report", "manager", "BR-SP-01", now),
        "integration": auth.create_api_token(live.db, "erp", "integration", None, now),
    }
    with live.client(tokens["associate"]) as c:
        r = c.post("/v1/orders", json=_order())
        assert r.status_code == 201, r.text
        order = r.json()["order_id"]
    from tests.hq_live import add_shopper

    def new_terminal(store_id: str) -> str:
        code = auth.create_enrollment_code(live.db, store_id, 1, now)
        return auth.enroll(live.db, code, "spare", now)["device_id"]

    far = new_terminal("ES-MD-01")
    outcomes = {}
    for who, token in tokens.items():
        for name, (method, path, body) in ENDPOINTS.items():
            erasable = f"er-{who}"
            add_shopper(live.db, erasable, "BR-SP-01")
            spare = new_terminal("BR-SP-01") if name == "revoke_device" else "-"
            url = path.format(order=order, erasable=erasable, spare=spare, far=far)
            with live.client(token) as c:
                kwargs = {"json": body()} if body else {}
                if name == "import":
                    kwargs = {"content": STORES_CSV}
                r = c.request(method, url, **kwargs)
            outcomes[(who, name)] = r.status_code
            if who == "anonymous":
                assert r.status_code == 401, (who, name, r.status_code, r.text)
            elif name in ALLOWED[who]:
                # Allowed means done: a realistic request succeeds (a 4xx or 5xx is a failure).
                assert 200 <= r.status_code < 300, (who, name, r.status_code, r.text)
                if name == "import":
                    assert r.json()["rows_written"] == 1 and not r.json()["errors"], r.text
            else:
                assert r.status_code == 403, (who, name, r.status_code, r.text)
                assert r.json()["error"]["message"], (who, name)
    assert len(outcomes) == len(tokens) * len(ENDPOINTS)


def test_erasure_reaches_the_feed_and_the_audit_log_has_no_pii(live):
    add_purchase(live.db, "p1", "sh1", "BR-SP-01", "ST1-BLK-S")
    device = live.enroll("BR-SP-01")
    manager = live.sign_in(device, live.chain["staff"]["BR-SP-01"]["manager"])
    with live.client(device) as c:
        before = c.get("/v1/sync/shoppers").json()
        assert "sh1" in [s["shopper_id"] for s in page_rows(before)]
        cursor = before["next_cursor"]
        pcursor = c.get("/v1/sync/purchases").json()["next_cursor"]
    with live.client(manager) as c:
        r = c.delete("/v1/shoppers/sh1")
        assert r.status_code == 200 and r.json()["removed"]["purchases"] == 1
    with live.client(device) as c:
        page = c.get("/v1/sync/shoppers", params={"after": cursor}).json()
        assert page["tombstones"] == ["sh1"] and page["rows"] == []
        assert c.get("/v1/sync/purchases", params={"after": pcursor}).json()["tombstones"] == ["p1"]
    with live.db.read() as conn:
        assert (
            conn.execute(select(t.shoppers).where(t.shoppers.c.shopper_id == "sh1")).first() is None
        )
        entry = conn.execute(select(t.audit_log).where(t.audit_log.c.action == "erase")).one()
    text = repr(tuple(entry))
    assert entry.subject_id == "sh1"
    for pii in ("Ana", "Silva", "@example.com", "+5511"):
        assert pii not in text
