"""Fleet and scan settings through the change feed (SQLite and PostgreSQL, a real HQ on
127.0.0.1): every GET /v1/changes answer carries the store's settings revision, so an idle
sync run is one request; a settings change is fetched once at the next run, wakes a
waiting long poll, and an HQ without the revision is asked for the settings every run."""

from __future__ import annotations

import threading
from datetime import UTC, datetime

import orjson
import pytest
from sqlalchemy import event
from starlette.responses import Response

from clienteling.app import open_terminal
from clienteling.hq import fleet, scan_settings
from clienteling.protocol.poll import CHANGES_PATH
from clienteling.protocol.version import API_PREFIX
from clienteling.security.vault import MemoryVault
from tests.hq_live import LiveHQ, World, small_chain
from tests.integration.test_hq_poll import everything
from tests.integration.test_sync_follow import until
from tests.ui.conftest import FAST

STORE = "BR-SP-01"
CHANGES = f"{API_PREFIX}{CHANGES_PATH}"


def requests_of(services) -> list[str]:
    """The paths the terminal's client sends (an httpx event hook on its own transport)."""
    paths: list[str] = []
    hooks = services.syncing.hq._http.event_hooks["request"]
    hooks.append(lambda request: paths.append(request.url.path))
    return paths


@pytest.fixture
def world(hq_db, tmp_path):
    small_chain(hq_db)
    w = World(hq_db)
    w.start_hq()
    w.vault = MemoryVault()
    w.enroll_terminal(tmp_path / "terminal", STORE, policy=FAST, vault=w.vault)
    w.services.syncing.sync()  # the first loads, each collection on its own
    yield w
    w.stop_hq()
    w.services.close()


def set_fleet(world: World, name: str, value, store: str | None = STORE) -> None:
    fleet.set_value(world.db, name, value, datetime.now(UTC), store_id=store, actor="test")


def test_an_idle_run_is_one_request_and_a_change_is_fetched_once(world, tmp_path):
    syncing = world.services.syncing
    paths = requests_of(world.services)
    syncing.sync()  # the first answer with a revision: the settings are fetched once
    assert paths[0] == CHANGES and len(paths) == 3
    token = syncing.settings.settings_token()
    assert token is not None
    paths.clear()
    syncing.sync()
    assert paths == [CHANGES]  # idle: one request, the settings not asked for

    set_fleet(world, "ship_to_home", "off")
    paths.clear()
    syncing.sync()
    assert paths[0] == CHANGES and len(paths) == 3  # the pull, then each settings once
    assert CHANGES not in paths[1:]
    assert world.services.fleet.value("ship_to_home") is False  # in effect, no restart
    assert syncing.settings.settings_token() != token
    paths.clear()
    syncing.sync()
    assert paths == [CHANGES]

    set_fleet(world, "receipt_width", "32", store=None)  # a chain value counts too
    paths.clear()
    syncing.sync()
    assert len(paths) == 3 and world.services.fleet.value("receipt_width") == 32

    scan_settings.set_settings(
        world.db, {"signup_url": "https://example.com/join"}, datetime.now(UTC)
    )
    paths.clear()
    syncing.sync()
    assert len(paths) == 3
    assert syncing.settings.scan().signup_url == "https://example.com/join"

    # a restart keeps the revision applied: its first run is one request again
    world.services.close()
    world.services = open_terminal(tmp_path / "terminal", world.vault, policy=FAST)
    paths = requests_of(world.services)
    world.services.syncing.sync()
    assert paths == [CHANGES]


def following(world: World) -> int:
    """The terminal's open follow at HQ: its stream of notices (once caught up with it),
    or its long poll."""
    state = world.hq.app.state
    streaming = world.services.syncing.follower.listening
    return state.changes.waiting + (state.streams.count if streaming else 0)


@pytest.mark.parametrize("stream", [True, False], ids=["stream", "long poll"])
def test_a_settings_change_reaches_a_following_terminal_without_the_timer(world, stream):
    syncing = world.services.syncing
    syncing.follower.stream = stream
    syncing.sync()
    changed: list[dict] = []
    world.services.fleet.on_changed.append(changed.append)
    run = syncing.start_following()
    thread = threading.Thread(target=lambda: syncing.follow(run))
    thread.start()
    try:
        until(lambda: following(world) == 1)
        set_fleet(world, "feedback_capture", "off")
        # no timer run, and a bound below HQ's 25 s wait: the change woke the follow
        until(lambda: bool(changed), seconds=20)
        assert changed[-1]["feedback_capture"] is False
        assert world.services.fleet.value("feedback_capture") is False
        until(lambda: following(world) == 1)  # following again, not spinning
    finally:
        syncing.stop_following()
        thread.join(20)
    assert not thread.is_alive()


def test_an_hq_without_the_revision_is_asked_for_the_settings_every_run(world):
    world.stop_hq()
    hq = LiveHQ(world.db, port=world.port)

    @hq.app.middleware("http")
    async def older_hq(request, call_next):
        answer = await call_next(request)
        if not request.url.path.endswith("/changes") or answer.status_code != 200:
            return answer
        data = orjson.loads(b"".join([chunk async for chunk in answer.body_iterator]))
        data.pop("settings", None)
        return Response(orjson.dumps(data), media_type="application/json")

    world.hq = hq.__enter__()  # the same address: the terminal knows no other
    paths = requests_of(world.services)
    for _ in range(2):
        paths.clear()
        world.services.syncing.sync()
        assert paths[0] == CHANGES and len(paths) == 3


def test_an_idle_poll_reads_the_revision_in_its_feed_statement(hq_db):
    """An idle poll's statements: the credential check with the watermark, then one with
    the store's settings revision (with the probes of the collections behind it, if any)."""
    small_chain(hq_db)
    statements: list[str] = []

    def count(_conn, _cursor, statement, *_args):
        if threading.current_thread().name != "hq-changes":
            statements.append(statement)

    with LiveHQ(hq_db) as hq, hq.client(hq.enroll(STORE)) as c:
        cursors = everything(c)["cursors"]
        c.get(CHANGES, params={"cursors": cursors})  # a poll before: the credential is cached
        event.listen(hq_db.engine, "before_cursor_execute", count)
        try:
            answer = c.get(CHANGES, params={"cursors": cursors}).json()
        finally:
            event.remove(hq_db.engine, "before_cursor_execute", count)
    feed = [s for s in statements if not s.startswith(("BEGIN", "COMMIT", "ROLLBACK"))]
    assert answer["unchanged"] is True and answer["settings"] == "0"  # nothing set yet
    watermark = "change_seq" if hq_db.dialect == "postgresql" else "change_counter"
    assert len(feed) == 2, feed
    assert "devices" in feed[0] and watermark in feed[0] and "settings_revisions" not in feed[0]
    assert "settings_revisions" in feed[1] and "devices" not in feed[1], feed
