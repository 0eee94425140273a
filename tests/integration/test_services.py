"""The terminal's services as the screens call them, without Qt: sessions, lookup, profiles and
engagement, on a real HQ on loopback (SQLite, and PostgreSQL where HQ's side matters) and a real
enrolled terminal with its encrypted cache; online, and offline with the HQ stopped.

The world: services_world.py. Catalog, scans, syncing and settings: test_services_sync.py;
orders: test_services_orders.py.
"""

from __future__ import annotations

import time
import uuid
from datetime import UTC, date, datetime, timedelta
from datetime import time as dtime

import pytest
from sqlalchemy import update

from clienteling.domain.enums import Connectivity, TaskStatus, WriteState
from clienteling.hq import auth
from clienteling.hq import tables as t
from tests.integration.services_world import (
    ASSOCIATE,
    MANAGER,
    NOW,
    PIN,
    STORE,
    TRAINEE,
    hq_rows,
    moment,
    offline_session,
    overloaded,
    signed_in,
    sqlite_world,
    terminal_world,
    unknown_at_hq,
)


@pytest.fixture
def world(tmp_path):
    """On an HQ with SQLite."""
    with sqlite_world(tmp_path) as w:
        yield w


@pytest.fixture
def hq_world(hq_db, tmp_path):
    """On an HQ with SQLite, then PostgreSQL."""
    with terminal_world(hq_db, tmp_path) as w:
        yield w


# --- sessions ------------------------------------------------------------------------------


def test_the_associates_to_choose_from_are_this_stores(world):
    cards = world.services.sessions.associates()
    assert [(c.employee_id, c.role) for c in cards] == [
        (ASSOCIATE, "associate"),
        (MANAGER, "manager"),
        (TRAINEE, "trainee"),
    ]  # by name; Madrid's staff are not offered here
    assert cards[0].name == f"Associate of {STORE}"


def test_signing_in_online_gives_a_session_to_write_with(world):
    sessions = world.services.sessions
    session = sessions.sign_in(f"  {ASSOCIATE} ", f" {PIN} ")
    assert session.online and session.token and session.employee_id == ASSOCIATE
    assert (session.name, session.role) == (f"Associate of {STORE}", "associate")
    assert sessions.signed_in() is session
    assert sessions.writer() is not None and sessions.client() is not None
    sessions.sign_out()
    with pytest.raises(PermissionError, match="sign in first"):
        sessions.signed_in()
    assert sessions.client() is None


def test_a_wrong_pin_is_refused_in_hqs_words(world):
    sessions = world.services.sessions
    with pytest.raises(PermissionError) as refused:
        sessions.sign_in(ASSOCIATE, "1111")
    assert str(refused.value) == auth.WRONG_CREDENTIALS
    with pytest.raises(PermissionError, match="type the employee id and the PIN"):
        sessions.sign_in(ASSOCIATE, "  ")
    with pytest.raises(PermissionError, match="sign in first"):
        sessions.signed_in()


def test_offline_sign_in_with_a_pin_used_online_here_before(world):
    services = offline_session(world)
    session = services.sessions.signed_in()
    assert not session.online and session.token is None
    assert session.name == f"Associate of {STORE}" and session.role == "associate"
    assert services.sessions.writer() is None  # writes wait in the outbox
    assert services.sessions.client() is None
    with pytest.raises(PermissionError, match="PIN"):
        services.sessions.sign_in(ASSOCIATE, "1111")  # not the PIN used here


def test_wrong_pins_offline_wait_then_lock_until_hq_or_a_manager_lifts_it(world):
    from clienteling.app import open_terminal
    from clienteling.security.pins import LOCK_AFTER, OfflineLocked
    from tests.integration.services_world import FAST

    services = signed_in(world, MANAGER)  # the manager signed in here online once
    services.sessions.sign_out()
    signed_in(world).sessions.sign_out()
    world.stop_hq()
    now = [1_000_000.0]
    sessions = services.sessions
    sessions.clock = lambda: now[0]
    wrong = iter(f"{n:04d}" for n in range(1000, 2000))
    with pytest.raises(PermissionError, match="not used online"):
        sessions.sign_in(ASSOCIATE, next(wrong))
    with pytest.raises(PermissionError, match="not used online"):
        sessions.sign_in(ASSOCIATE, next(wrong))
    with pytest.raises(OfflineLocked, match="try again in 5 s"):
        sessions.sign_in(ASSOCIATE, PIN)  # the right PIN waits too: it is not checked
    for _ in range(LOCK_AFTER - 2):
        now[0] += 3600
        with pytest.raises(PermissionError, match="not used online"):
            sessions.sign_in(ASSOCIATE, next(wrong))
    now[0] += 3600
    with pytest.raises(OfflineLocked, match="manager"):
        sessions.sign_in(ASSOCIATE, PIN)

    # A restart keeps the lock: the count is in the keyring.
    home, vault = services.scans.settings.home, sessions.vault
    services.close()
    again = open_terminal(home, vault, policy=FAST)
    world.services = again
    with pytest.raises(OfflineLocked, match="manager"):
        again.sessions.sign_in(ASSOCIATE, PIN)
    # Only a manager lifts it (signed in offline here, with their own PIN).
    again.sessions.sign_in(MANAGER, PIN)
    again.sessions.unlock_offline(ASSOCIATE)
    again.sessions.sign_out()
    assert not again.sessions.sign_in(ASSOCIATE, PIN).online
    with pytest.raises(PermissionError, match="only a manager"):
        again.sessions.unlock_offline(ASSOCIATE)


def test_an_online_sign_in_lifts_the_offline_lock(world):
    from clienteling.security.pins import LOCK_AFTER, OfflineLocked

    sessions = signed_in(world).sessions
    sessions.sign_out()
    world.stop_hq()
    now = [0.0]
    sessions.clock = lambda: now[0]
    for n in range(LOCK_AFTER):
        now[0] += 3600
        with pytest.raises(PermissionError):
            sessions.sign_in(ASSOCIATE, f"{9000 + n}")
    with pytest.raises(OfflineLocked):
        sessions.sign_in(ASSOCIATE, PIN)
    world.start_hq()
    assert sessions.sign_in(ASSOCIATE, PIN).online
    sessions.sign_out()
    world.stop_hq()
    assert not sessions.sign_in(ASSOCIATE, PIN).online


def test_offline_sign_in_is_refused_for_a_pin_never_used_online(world):
    world.stop_hq()
    with pytest.raises(PermissionError, match="not used online on this terminal"):
        world.services.sessions.sign_in(MANAGER, PIN)


def test_offline_sign_in_when_hq_is_down_behind_a_proxy_that_answers_503(world):
    """A load balancer answers for an HQ that is down: the associate works offline."""
    services = signed_in(world)
    services.sessions.sign_out()
    with overloaded(world):
        session = services.sessions.sign_in(ASSOCIATE, PIN)
        assert not session.online and services.sessions.writer() is None
        with pytest.raises(PermissionError, match="not used online on this terminal"):
            services.sessions.sign_in(MANAGER, PIN)
        saved = services.engagement.add_note("sh1", "browsing", "HQ was busy")
        assert not saved.sent
        assert services.syncing.status().connectivity == Connectivity.DEGRADED


def test_a_disabled_associate_cannot_sign_in_offline_after_the_sync(world):
    services = signed_in(world)
    services.sessions.sign_out()
    auth.disable_associate(world.db, ASSOCIATE, datetime.now(UTC))
    services.syncing.sync()
    assert ASSOCIATE not in {c.employee_id for c in services.sessions.associates()}
    world.stop_hq()
    with pytest.raises(PermissionError, match="not an active associate"):
        services.sessions.sign_in(ASSOCIATE, PIN)


def test_nobody_signed_in_writes_nothing(world):
    services = world.services
    with pytest.raises(PermissionError, match="sign in first"):
        services.sessions.writer()
    with pytest.raises(PermissionError, match="sign in first"):
        services.engagement.add_note("sh1", "browsing", "likes linen")
    signed_in(world).sessions.sign_out()
    with pytest.raises(PermissionError, match="sign in first"):
        services.engagement.record_feedback("sh1", 5)
    status = services.syncing.status()
    assert (status.queued, status.delivered, status.parked) == (0, 0, 0)


def test_an_expired_session_is_renewed_with_the_pin_source(world):
    services = world.services
    asked = []

    def pin_for(employee_id: str) -> str:
        asked.append(employee_id)
        return PIN

    services.sessions.sign_in(ASSOCIATE, PIN, pin_for=pin_for)
    with world.db.write() as w:
        w.conn.execute(update(t.sessions).values(expires_at=datetime.now(UTC) - timedelta(1)))
    saved = services.engagement.add_note("sh1", "browsing", "after a long day")
    assert saved.sent and asked == [ASSOCIATE]
    # Without a way to ask for the PIN, the note waits for the associate to sign in again.
    services.sessions.sign_in(ASSOCIATE, PIN)
    with world.db.write() as w:
        w.conn.execute(update(t.sessions).values(expires_at=datetime.now(UTC) - timedelta(1)))
    waiting = services.engagement.add_note("sh1", "browsing", "the next morning")
    assert not waiting.sent
    assert services.profiles.profile("sh1").notes[0].state == WriteState.WAITING


# --- lookup --------------------------------------------------------------------------------


def test_search_puts_exact_identifiers_first_and_masks_phones(world):
    lookup = world.services.lookup
    found = lookup.search("LYsh1")  # Ana Silva's card; Abreu's LYsh10 starts the same way
    assert [(r.shopper_id, r.exact) for r in found] == [("sh1", True), ("sh10", False)]
    silva = found[0]
    assert silva.name == "Ana Silva" and silva.tier == "gold"
    assert silva.home_store == "Store São Paulo"  # the store's name, not its id
    assert moment(silva.last_visit) == NOW  # the store purchase, not the later web one
    assert moment(found[1].last_visit) == NOW + timedelta(days=1)
    by_phone = lookup.search("+55 (11) 91234-0010")
    assert [(r.shopper_id, r.exact) for r in by_phone] == [("sh10", True)]
    by_mail = lookup.search("sh3@example.com")
    assert by_mail[0].shopper_id == "sh3" and by_mail[0].exact
    assert [r.shopper_id for r in lookup.search("goncalves")] == ["sh3"]  # accents folded
    everyone = lookup.search("ana")
    assert {r.shopper_id for r in everyone} == {"sh1", "sh3", "sh10"}
    assert not any(r.exact for r in everyone)
    for row in everyone:
        assert row.phone.startswith("•••• ") and len(row.phone) == 9
        assert "98765" not in row.phone and "91234" not in row.phone
    assert {r.phone for r in everyone} == {"•••• 4321", "•••• 0010"}
    assert lookup.search("   ") == [] and lookup.search("nobody-at-all") == []


def test_a_shopper_by_id_customer_number_or_card(world):
    lookup = world.services.lookup
    for code in ("sh1", "X-sh1", "LYsh1", "  LYsh1 "):
        assert lookup.shopper(code).shopper_id == "sh1", code
    assert lookup.shopper("sh2") is None  # Madrid's shopper is outside this store's scope
    assert lookup.sample_query() == "Silva"  # a shopper of this store who bought here


def test_pickup_stores_put_this_store_first(world):
    lookup = world.services.lookup
    assert lookup.store_names()[STORE] == "Store São Paulo"
    assert lookup.pickup_stores() == [
        (STORE, "Store São Paulo"),
        ("BR-SP-02", "Store Campinas"),
        ("ES-MD-01", "Store Madrid"),
        ("BR-RJ-01", "Store Rio de Janeiro"),
    ]
    # A store opened at HQ is offered once a sync has brought it.
    with world.db.write() as w:
        w.conn.execute(update(t.stores).where(t.stores.c.store_id == "BR-RJ-01").values(
            name="Store Botafogo", seq=w.next_seq()))  # fmt: skip
    world.services.syncing.sync()
    assert ("BR-RJ-01", "Store Botafogo") in lookup.pickup_stores()


# --- profiles ------------------------------------------------------------------------------


def test_a_profile_from_the_cache_alone(world):
    world.stop_hq()  # everything below is offline
    profiles = world.services.profiles
    silva = profiles.profile("sh1")
    assert silva.shopper.full_name == "Ana Silva"
    assert silva.channels == {"store", "web"}
    assert silva.lifetime_value == {"BRL": 2 * 18900}
    assert moment(silva.last_visit) == NOW
    assert [p.purchase_id for p in silva.purchases] == ["p2", "p1"]  # newest first
    assert [r.sku for r in silva.recommendations] == ["ST1-BLK-M"]
    assert "bought Shirt ST1" in silva.recommendations[0].reason
    abreu = profiles.profile("sh10")
    assert abreu.lifetime_value == {"BRL": 0, "EUR": 25900}  # the return is deducted
    assert abreu.purchases[0].has_returns
    no_consent = profiles.profile("sh3")
    assert no_consent.recommendations == []  # profiling consent absent
    assert no_consent.shopper.preferences.sizes == {"tops": "M"}
    assert profiles.profile("nobody") is None


def test_an_unsent_note_shows_first_and_waiting(hq_world):
    services = signed_in(hq_world)
    first = services.engagement.add_note("sh1", "gift", "a scarf for her mother")
    assert first.sent
    hq_world.stop_hq()
    later = services.engagement.add_note("sh1", "browsing", "asked about linen")
    assert not later.sent
    notes = services.profiles.profile("sh1").notes
    assert [(n.note_id, n.state) for n in notes] == [
        (later.note_id, WriteState.WAITING),
        (first.note_id, WriteState.SENT),
    ]
    assert notes[0].text == "asked about linen" and notes[0].reason == "browsing"
    assert notes[0].store_id == STORE and notes[0].associate_id == ASSOCIATE  # its author


def test_a_write_made_offline_goes_out_as_its_author_never_as_whoever_signs_in_next(hq_world):
    services = offline_session(hq_world)  # the associate, signed in offline
    saved = services.engagement.add_note("sh1", "gift", "wants the navy scarf")
    assert not saved.sent
    record = services.engagement.writes.record(saved.note_id)
    assert (record.author_id, record.signed_in) == (ASSOCIATE, "offline")
    services.sessions.sign_out()
    hq_world.start_hq()
    services.sessions.sign_in(MANAGER, PIN)  # someone else, online
    assert services.syncing.sync().queued == 0
    [note] = hq_rows(hq_world.db, t.notes)
    assert note.note_id == saved.note_id and note.associate_id == ASSOCIATE  # not the manager


def test_queued_writes_go_out_as_soon_as_hq_answers_with_nobody_signed_in(hq_world):
    services = offline_session(hq_world)
    saved = services.engagement.add_note("sh1", "gift", "a red scarf")
    services.sessions.sign_out()  # the counter is empty when the network comes back
    hq_world.start_hq()
    assert services.syncing.sync().queued == 0
    [note] = hq_rows(hq_world.db, t.notes)
    assert note.note_id == saved.note_id and note.associate_id == ASSOCIATE


def test_a_write_whose_grant_expired_is_set_aside_never_sent_as_someone_else(hq_world):
    services = offline_session(hq_world)
    saved = services.engagement.add_note("sh1", "gift", "written too long ago")
    services.sessions.sign_out()
    with hq_world.db.write() as w:  # the associate's grant ran out while HQ was away
        w.conn.execute(t.write_grants.update().values(expires_at=NOW - timedelta(days=1)))
    hq_world.start_hq()
    services.sessions.sign_in(MANAGER, PIN)
    status = services.syncing.sync()
    assert (status.queued, status.parked) == (0, 1)
    [refused] = status.refused
    assert refused.id == saved.note_id
    assert "expired" in refused.reason and ASSOCIATE in refused.reason
    assert hq_rows(hq_world.db, t.notes) == []  # not written as the manager, nor at all
    note = services.profiles.profile("sh1").notes[0]
    assert note.state == WriteState.REFUSED and "expired" in note.refused


def test_a_nul_in_a_note_is_refused_here_in_plain_words_and_lines_and_tabs_are_kept(hq_world):
    """The terminal checks a note with HQ's own model before queueing it: a NUL (which
    PostgreSQL cannot store, and HQ refuses) never reaches the outbox; lines and tabs do."""
    services = signed_in(hq_world)
    notes_before = hq_rows(hq_world.db, t.notes)
    with pytest.raises(ValueError) as refused:
        services.engagement.add_note("sh1", "gift", "ring her\x00 at 5")
    assert str(refused.value) == (
        "the note has a character that cannot be stored (U+0000); remove it"
    )
    status = services.syncing.status()
    assert (status.queued, status.delivered, status.parked) == (0, 0, 0)
    assert hq_rows(hq_world.db, t.notes) == notes_before
    saved = services.engagement.add_note("sh1", "gift", "sizes:\n\ttops M\n\tshoes 38")
    assert saved.sent
    stored = hq_rows(hq_world.db, t.notes, note_id=saved.note_id)
    assert [n.text for n in stored] == ["sizes:\n\ttops M\n\tshoes 38"]


def test_a_trainees_write_is_refused_before_it_is_queued(hq_world):
    services = signed_in(hq_world, TRAINEE)  # trainees may look, not write
    with pytest.raises(PermissionError, match="trainees do not change the store's real data"):
        services.engagement.add_note("sh1", "browsing", "a trainee's note")
    with pytest.raises(PermissionError, match="training mode"):
        services.engagement.save_preferences("sh1", {"tops": "XL"})
    status = services.syncing.status()
    assert (status.queued, status.delivered, status.parked) == (0, 0, 0)
    assert services.profiles.profile("sh1").notes == []


def test_a_refused_write_shows_refused_with_hqs_reason(hq_world):
    services = signed_in(hq_world)
    unknown_at_hq(hq_world, "sh1")  # the terminal still shows them; HQ no longer has them
    saved = services.engagement.add_note("sh1", "browsing", "too late")
    assert not saved.sent
    note = services.profiles.profile("sh1").notes[0]
    assert note.note_id == saved.note_id and note.state == WriteState.REFUSED
    assert "shopper sh1" in note.refused
    prefs = services.engagement.save_preferences("sh1", {"tops": "XL"})
    assert prefs.state == WriteState.REFUSED and "shopper sh1" in prefs.reason
    profile = services.profiles.profile("sh1")
    assert profile.preferences_state == WriteState.REFUSED
    assert profile.preferences_refused == prefs.reason
    assert profile.shopper.preferences.sizes == {}  # what HQ has, not what it refused
    refused = services.syncing.status().refused
    assert [(p.id, p.kind) for p in refused] == [
        (saved.note_id, "note"),
        (prefs.id, "changes"),
    ]
    assert refused[0].reason == note.refused
    assert hq_rows(hq_world.db, t.notes) == []


@pytest.fixture
def sao_paulo_clock(monkeypatch):
    """The terminal's clock in the store's zone, three hours behind UTC."""
    monkeypatch.setenv("TZ", "America/Sao_Paulo")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def test_follow_ups_are_ordered_by_when_they_are_due(world, sao_paulo_clock):
    services, db = signed_in(world), world.db
    synced_id = str(uuid.uuid4())
    with db.write() as w:  # due at 09:00 in São Paulo on Christmas Eve, from HQ (in UTC)
        w.insert(t.tasks, [{
            "task_id": synced_id, "shopper_id": "sh1", "store_id": STORE,
            "associate_id": MANAGER, "title": "gift wrap", "status": "open",
            "due_at": datetime(2026, 12, 24, 12, tzinfo=UTC), "created_at": NOW, "done_at": None,
        }])  # fmt: skip
    services.syncing.sync()
    world.stop_hq()
    waiting = services.engagement.add_task("sh1", "call about the scarf", due=date(2026, 12, 24))
    later = services.engagement.add_task("sh1", "new year sale", due=date(2026, 12, 31))
    undated = services.engagement.add_task("sh1", "someday")
    tasks = services.profiles.profile("sh1").tasks
    assert [k.task_id for k in tasks] == [synced_id, waiting.id, later.id, undated.id]
    due = moment(tasks[1].due_at)
    assert due == datetime(2026, 12, 24, 13, tzinfo=UTC)  # that morning, 10:00 local time


def test_preferences_edited_offline_show_at_once(world):
    services = offline_session(world)
    saved = services.engagement.save_preferences(
        "sh3", {"tops": "L ", " ": "x"}, fit="slim", brands="Aurora, Linho ,, Aurora",
        colours=["navy"], styles="casual;smart",
    )  # fmt: skip
    assert saved.state == WriteState.WAITING
    profile = services.profiles.profile("sh3")
    prefs = profile.shopper.preferences
    assert prefs.sizes == {"tops": "L"} and prefs.fit == "slim"
    assert prefs.brands == ("Aurora", "Linho") and prefs.colours == ("navy",)
    assert prefs.styles == ("casual", "smart")
    assert profile.preferences_state == WriteState.WAITING


# --- engagement ----------------------------------------------------------------------------


def test_each_write_online_is_sent_and_the_synced_row_replaces_the_local_one(hq_world):
    services, db = signed_in(hq_world), hq_world.db
    engagement, profiles = services.engagement, services.profiles
    note = engagement.add_note("sh1", "event", "coming to the autumn show")
    assert note.sent
    wish = engagement.add_to_wishlist("sh1", "LN2-NVY-40")
    task = engagement.add_task("sh1", "call when the linen arrives", due=date(2026, 12, 24))
    prefs = engagement.save_preferences("sh1", {"tops": "M", "trousers": "40"}, fit="regular")
    rating = engagement.record_feedback("sh1", 5, "found the right size")
    for saved in (wish, task, prefs, rating):
        assert saved.sent and saved.state == WriteState.SENT and saved.reason is None

    profile = profiles.profile("sh1")
    # HQ's copies, brought back at once: written by this associate at this store.
    [synced_note] = [n for n in profile.notes if n.note_id == note.note_id]
    assert synced_note.associate_id == ASSOCIATE and synced_note.state == WriteState.SENT
    [item] = [w for w in profile.wishlist if w.item_id == wish.id]
    assert item.associate_id == ASSOCIATE and item.state == WriteState.SENT
    assert (item.name, item.size, item.colour) == ("Linen Trousers", "40", "NVY")
    assert item.available_here == 2 and item.in_stock_here
    [follow_up] = [k for k in profile.tasks if k.task_id == task.id]
    assert follow_up.associate_id == ASSOCIATE and follow_up.status == TaskStatus.OPEN
    assert moment(follow_up.due_at) == datetime.combine(date(2026, 12, 24), dtime(10)).astimezone()
    assert profile.shopper.preferences.sizes == {"tops": "M", "trousers": "40"}
    assert profile.preferences_state is None  # as synced
    assert [(f.feedback_id, f.score, f.state) for f in profile.feedback] == [
        (rating.id, 5, WriteState.SENT)
    ]
    assert len(hq_rows(db, t.feedback, feedback_id=rating.id)) == 1

    # Once synced, HQ's row is what shows: a later change at HQ is not hidden by this edit.
    with db.write() as w:
        w.conn.execute(update(t.shoppers).where(t.shoppers.c.shopper_id == "sh1").values(
            preferences={"sizes": {"tops": "S"}}, seq=w.next_seq()))  # fmt: skip
    services.syncing.sync()
    assert profiles.profile("sh1").shopper.preferences.sizes == {"tops": "S"}

    done = engagement.complete_task("sh1", task.id)
    gone = engagement.remove_from_wishlist("sh1", wish.id)
    assert done.sent and gone.sent
    profile = profiles.profile("sh1")
    [follow_up] = [k for k in profile.tasks if k.task_id == task.id]
    assert follow_up.done and follow_up.done_at and follow_up.state == WriteState.SENT
    assert wish.id not in {w.item_id for w in profile.wishlist}
    assert hq_rows(db, t.tasks, task_id=task.id)[0].status == "done"
    assert hq_rows(db, t.wishlist, item_id=wish.id) == []
    status = services.syncing.status()
    assert (status.queued, status.parked, status.delivered) == (0, 0, 7)


def test_writes_made_offline_wait_and_are_delivered_on_the_next_sync(hq_world):
    kept = signed_in(hq_world).engagement.add_to_wishlist("sh3", "LN2-NVY-38")  # online
    services, db = offline_session(hq_world), hq_world.db
    engagement, profiles = services.engagement, services.profiles
    assert engagement.remove_from_wishlist("sh3", kept.id).state == WriteState.WAITING
    note = engagement.add_note("sh3", "alteration", "hem the trousers 2 cm")
    wish = engagement.add_to_wishlist("sh3", "ST1-BLK-M")
    dropped = engagement.add_to_wishlist("sh3", "LN2-WHT-38")
    task = engagement.add_task("sh3", "trousers ready: call her")
    done = engagement.complete_task("sh3", task.id)
    prefs = engagement.save_preferences("sh3", {"tops": "L"})
    rating = engagement.record_feedback("sh3", 4)
    assert not note.sent
    for saved in (wish, dropped, task, done, prefs, rating):
        assert saved.state == WriteState.WAITING, saved
    # Taking off an item HQ never got: nothing is left to tell HQ.
    assert engagement.remove_from_wishlist("sh3", dropped.id).state == WriteState.SENT

    profile = profiles.profile("sh3")
    assert (profile.notes[0].note_id, profile.notes[0].state) == (note.note_id, WriteState.WAITING)
    assert [(w.item_id, w.state) for w in profile.wishlist] == [(wish.id, WriteState.WAITING)]
    assert profile.wishlist[0].name == "Shirt ST1" and profile.wishlist[0].available_here == 2
    [follow_up] = profile.tasks
    assert follow_up.task_id == task.id and follow_up.done
    assert follow_up.state == WriteState.WAITING
    assert profile.shopper.preferences.sizes == {"tops": "L"}
    assert profile.preferences_state == WriteState.WAITING
    assert [(f.score, f.state) for f in profile.feedback] == [(4, WriteState.WAITING)]
    assert services.syncing.status().queued == 7
    assert hq_rows(db, t.notes) == []
    assert len(hq_rows(db, t.wishlist, item_id=kept.id)) == 1  # still at HQ

    hq_world.start_hq()
    services.sessions.sign_in(ASSOCIATE, PIN)  # online now
    status = services.syncing.sync()
    assert (status.queued, status.parked, status.delivered) == (0, 0, 8)
    assert [r.note_id for r in hq_rows(db, t.notes, shopper_id="sh3")] == [note.note_id]
    assert [r.item_id for r in hq_rows(db, t.wishlist, shopper_id="sh3")] == [wish.id]
    assert hq_rows(db, t.tasks, task_id=task.id)[0].status == "done"
    assert hq_rows(db, t.shoppers, shopper_id="sh3")[0].preferences["sizes"] == {"tops": "L"}
    assert hq_rows(db, t.feedback, feedback_id=rating.id)[0].score == 4

    profile = profiles.profile("sh3")  # HQ has every write: each shows as sent
    assert [(n.note_id, n.state) for n in profile.notes] == [(note.note_id, WriteState.SENT)]
    assert [(w.item_id, w.state) for w in profile.wishlist] == [(wish.id, WriteState.SENT)]
    assert [(k.task_id, k.done, k.state) for k in profile.tasks] == [
        (task.id, True, WriteState.SENT)
    ]
    assert profile.preferences_state is None
    services.syncing.sync()  # and the next sync brings HQ's rows
    profile = profiles.profile("sh3")
    assert [(n.note_id, n.associate_id) for n in profile.notes] == [(note.note_id, ASSOCIATE)]
    assert [(w.item_id, w.associate_id) for w in profile.wishlist] == [(wish.id, ASSOCIATE)]
    assert profile.shopper.preferences.sizes == {"tops": "L"}


# What the associate may type wrong, and the words they get back (nothing is queued).
INVALID_WRITES = [
    ("add_note", ("sh1", "browsing", "   "), "write the note"),
    ("add_note", ("sh1", "browsing", "x" * 2001), "at most 2000 characters"),
    ("add_note", ("sh1", "shoplifting", "hm"), "choose a reason: browsing, gift"),
    ("save_preferences", ("sh1", {"tops": "X" * 17}), "a size is at most 16 characters"),
    ("save_preferences", ("sh1", {}, "f" * 41), "the fit is at most 40 characters"),
    ("save_preferences", ("sh1", {}, "", [f"b{i}" for i in range(31)]), "at most 30 brands"),
    ("save_preferences", ("sh1", {}, "", "", ",".join(map(str, range(31)))), "at most 30 colours"),
    ("add_to_wishlist", ("sh1", " "), "choose an item first"),
    ("add_task", ("sh1", ""), "write what to follow up"),
    ("add_task", ("sh1", "t" * 201), "at most 200 characters"),
    ("record_feedback", ("sh1", 0), "choose a score from 1 to 5"),
    ("record_feedback", ("sh1", 6), "choose a score from 1 to 5"),
    ("record_feedback", ("sh1", 3, "c" * 2001), "the comment is at most 2000 characters"),
    # Characters no database stores (a scanner or a paste brings them), named as such.
    ("add_note", ("sh1", "browsing", "call\x00me"), "the note has a character that cannot be"),
    ("add_note", ("sh1", "browsing", "bell\x07"), "the note has a character that cannot be"),
    ("add_task", ("sh1", "call\x00back"), "the follow-up has a character that cannot be"),
    ("record_feedback", ("sh1", 3, "ok\x00"), "the comment has a character that cannot be"),
    ("save_preferences", ("sh1", {"tops": "M\x00"}), "a size has a character that cannot be"),
    ("save_preferences", ("sh1", {}, "", "Aur\x00ora"), "a brand has a character that cannot be"),
]


def test_what_cannot_be_saved_is_said_in_plain_words_before_anything_is_queued(world):
    services = signed_in(world)
    for method, args, words in INVALID_WRITES:
        with pytest.raises(ValueError) as refused:
            getattr(services.engagement, method)(*args)
        assert words in str(refused.value), (method, args)
        assert "validation error" not in str(refused.value), (method, args)
    status = services.syncing.status()
    assert (status.queued, status.delivered, status.parked) == (0, 0, 0)
