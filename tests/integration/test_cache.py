"""The encrypted cache: key handling, migrations, pages, tombstones and shopper search."""

from __future__ import annotations

import sqlite3

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from clienteling.cache.apply import _upsert_sql, apply_page, cursor_of, position_of
from clienteling.cache.shoppers import find_shoppers
from clienteling.cache.store import WrongKey, open_cache
from clienteling.protocol.sync import Position, Snapshot
from tests.cache_access import writer_of

KEY = bytes(range(32))


def shopper(
    sid: str,
    first: str,
    last: str,
    phone: str = "+5511987654321",
    email: str | None = None,
    loyalty: str | None = None,
) -> dict:
    email = email or f"{sid}@example.com"
    return {
        "shopper_id": sid,
        "external_id": f"X{sid}",
        "loyalty_id": loyalty or f"LY{sid}",
        "first_name": first,
        "last_name": last,
        "emails": [email],
        "phones": [phone],
        "primary_email": email.lower(),
        "primary_phone": phone,
        "language": "pt",
        "tier": "gold",
        "segments": ["vip"],
        "home_store": "BR-SP-01",
        "home_region": "BR-SP",
        "consent_email": True,
        "consent_sms": False,
        "consent_profiling": True,
        "preferences": {"sizes": {"tops": "M"}},
        "address": None,
        "attributes": {},
        "created_at": "2026-01-01T00:00:00+00:00",
    }


def page(collection: str, upserts=(), tombstones=(), next_cursor: int = 1) -> dict:
    """A feed page as HQ sends it: rows column-wise."""
    upserts = list(upserts)
    columns = list(upserts[0]) if upserts else []
    return {
        "collection": collection,
        "columns": columns,
        "rows": [[u[c] for c in columns] for u in upserts],
        "tombstones": list(tombstones),
        "next_cursor": next_cursor,
        "has_more": False,
        "high_water": next_cursor,
    }


@pytest.fixture
def cache(tmp_path):
    c = open_cache(tmp_path / "cache.db", KEY)
    yield c
    c.close()


SHOPPERS = [
    shopper("a", "João", "Silva", "+5511987654321"),
    shopper("b", "Иван", "Иванов", "+79123456789", loyalty="LY0000000017"),
    shopper("c", "Lucía", "Fernández", "+34612345678", email="Lucia.F@Example.com"),
    shopper("d", "Joana", "Souza", "+5521998877665"),
]


def names(hits) -> list[str]:
    return [h.shopper_id for h in hits]


def test_search_folds_accents_transliterates_and_finds_phone_fragments(cache):
    assert apply_page(writer_of(cache), page("shoppers", SHOPPERS, next_cursor=4), after=0)
    conn = writer_of(cache)
    assert names(find_shoppers(conn, "joao")) == ["a"]
    assert names(find_shoppers(conn, "JOÃO silva")) == ["a"]
    assert set(names(find_shoppers(conn, "jo"))) == {"a", "d"}
    assert names(find_shoppers(conn, "ivanov")) == ["b"]
    assert names(find_shoppers(conn, "Иванов")) == ["b"]
    assert names(find_shoppers(conn, "fernandez")) == ["c"]
    assert names(find_shoppers(conn, "+55 (11) 98765-4321")) == ["a"]
    assert names(find_shoppers(conn, "987654321")) == ["a"]
    assert names(find_shoppers(conn, "4321")) == ["a"]
    assert names(find_shoppers(conn, "lucia.f@example.com")) == ["c"]
    hit = find_shoppers(conn, "LY0000000017")
    assert names(hit) == ["b"] and hit[0].exact
    assert find_shoppers(conn, "   ") == [] and find_shoppers(conn, '"*)(') == []


def test_exact_identifier_ranks_first(cache):
    rows = [*SHOPPERS, shopper("e", "Ana", "Ly", "+5511911112222", loyalty="LYa1")]
    apply_page(writer_of(cache), page("shoppers", rows, next_cursor=5), after=0)
    hits = find_shoppers(writer_of(cache), "LYa")
    assert hits[0].shopper_id == "a" and hits[0].exact


def test_pages_apply_once_and_tombstones_remove_rows_and_search_entries(cache):
    conn = writer_of(cache)
    assert apply_page(conn, page("shoppers", SHOPPERS, next_cursor=10), after=0)
    assert not apply_page(
        conn, page("shoppers", [shopper("a", "X", "Y")], next_cursor=10), after=0
    )  # stale: the cursor moved on
    assert names(find_shoppers(conn, "silva")) == ["a"]
    conn.execute(
        "INSERT INTO purchases (purchase_id, shopper_id, channel, purchased_at, "
        "currency, total_minor, lines) VALUES ('p1', 'a', 'store', 'x', 'BRL', 1, '[]')"
    )
    edited = shopper("a", "João", "Pereira")
    assert apply_page(conn, page("shoppers", [edited], ["b"], next_cursor=12), after=10)
    assert find_shoppers(conn, "silva") == [] and names(find_shoppers(conn, "pereira")) == ["a"]
    assert find_shoppers(conn, "ivanov") == []
    assert apply_page(conn, page("shoppers", [], ["a"], next_cursor=13), after=12)
    assert find_shoppers(conn, "pereira") == []
    assert conn.execute("SELECT count(*) FROM purchases").fetchone()[0] == 0
    assert cursor_of(conn, "shoppers") == 13
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_file_is_encrypted_and_needs_the_key(tmp_path):
    path = tmp_path / "cache.db"
    c = open_cache(path, KEY)
    apply_page(writer_of(c), page("shoppers", SHOPPERS, next_cursor=4), after=0)
    c.close()
    raw = path.read_bytes()
    for pii in ("Silva", "Иванов".encode().decode(), "Example.com", "98765"):
        assert pii.encode() not in raw
    with pytest.raises(sqlite3.DatabaseError):
        sqlite3.connect(path).execute("SELECT * FROM shoppers").fetchall()
    with pytest.raises(WrongKey, match="sync again"):
        open_cache(path, bytes(32))
    again = open_cache(path, KEY)
    assert names(find_shoppers(writer_of(again), "silva")) == ["a"]
    again.close()


def test_upgrade_backs_up_the_file_first(tmp_path, monkeypatch):
    from clienteling.cache import schema, store

    path = tmp_path / "cache.db"
    open_cache(path, KEY).close()
    added = []

    def upgrade(conn):
        conn.execute("CREATE TABLE extra (x)")
        added.append(True)

    now = len(schema.MIGRATIONS)
    monkeypatch.setattr(store, "MIGRATIONS", [*schema.MIGRATIONS, upgrade])
    backups = []
    c = store.open_cache(path, KEY, on_backup=backups.append)
    assert c.schema_version() == now + 1 and added
    assert backups == [tmp_path / f"cache.db.v{now}.bak"] and backups[0].exists()
    c.close()
    old = store.connect(backups[0], KEY, readonly=True)  # the backup opens with the same key
    assert old.execute("PRAGMA user_version").fetchone()[0] == now  # ...as it was before
    old.close()


@settings(
    max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.text(max_size=40))
def test_anything_typed_searches_without_error(cache, typed):
    if cursor_of(writer_of(cache), "shoppers") == 0:
        apply_page(writer_of(cache), page("shoppers", SHOPPERS, next_cursor=4), after=0)
    hits = find_shoppers(writer_of(cache), typed)
    assert all(h.shopper_id in {"a", "b", "c", "d"} for h in hits)


def test_very_common_prefixes_come_back_by_name_without_ranking_everything(cache):
    from clienteling.cache.shoppers import RANK_CAP

    many = [
        shopper(f"m{i:04d}", "Ana", f"Silva{chr(97 + i % 26)}", phone=f"+55119{i:08d}")
        for i in range(RANK_CAP + 50)
    ]
    apply_page(writer_of(cache), page("shoppers", [*many, *SHOPPERS], next_cursor=9), after=0)
    hits = find_shoppers(writer_of(cache), "sil", limit=20)
    assert len(hits) == 20
    assert [h.last_name for h in hits] == sorted(h.last_name for h in hits)
    exact = find_shoppers(writer_of(cache), "LYm0007", limit=20)
    assert exact[0].shopper_id == "m0007" and exact[0].exact


def test_whole_word_matches_rank_before_prefix_matches(cache):
    rows = [
        shopper("a", "Silvana", "Abreu"),  # "silva" is only a prefix of her first name
        shopper("b", "Maria", "Silva"),
        shopper("c", "Marta", "Silva"),
    ]
    apply_page(writer_of(cache), page("shoppers", rows, next_cursor=3), after=0)
    assert [h.shopper_id for h in find_shoppers(writer_of(cache), "silva")] == ["b", "c", "a"]
    assert [h.shopper_id for h in find_shoppers(writer_of(cache), "mar silva")] == ["b", "c"]
    # An e-mail is searched by what comes before the "@"; the domain is everyone's.
    assert [h.shopper_id for h in find_shoppers(writer_of(cache), "b@exa")] == ["b"]


def test_v1_cache_upgrades_stock_to_sku_keyed_rows_keeping_every_row(tmp_path, monkeypatch):
    from clienteling.cache import schema, store
    from clienteling.cache.catalog import stock_of

    path = tmp_path / "cache.db"
    monkeypatch.setattr(store, "MIGRATIONS", schema.MIGRATIONS[:1])
    v1 = store.open_cache(path, KEY)
    rows = [(f"S{n % 3}", f"SKU{n // 3:03d}", n, 0, "2026-11-01T12:00:00+00:00") for n in range(30)]
    writer_of(v1).executemany("INSERT INTO stock VALUES (?,?,?,?,?)", rows)
    v1.close()
    monkeypatch.setattr(store, "MIGRATIONS", schema.MIGRATIONS)
    backups = []
    c = store.open_cache(path, KEY, on_backup=backups.append)
    assert c.schema_version() == len(schema.MIGRATIONS)
    assert backups == [tmp_path / "cache.db.v1.bak"]
    got = (
        writer_of(c).execute("SELECT store_id, sku, on_hand, reserved, as_of FROM stock").fetchall()
    )
    assert sorted(got) == sorted(rows)
    ddl = writer_of(c).execute("SELECT sql FROM sqlite_master WHERE name = 'stock'").fetchone()[0]
    assert "WITHOUT ROWID" in ddl and "PRIMARY KEY (sku, store_id)" in ddl
    names = {
        r[0] for r in writer_of(c).execute("SELECT name FROM sqlite_master WHERE type='index'")
    }
    assert "ix_stock_sku" not in names
    assert sorted(r.store_id for r in stock_of(writer_of(c), "SKU004")) == ["S0", "S1", "S2"]
    plan = writer_of(c).execute("EXPLAIN QUERY PLAN SELECT * FROM stock WHERE sku = 'x'").fetchall()
    assert "PRIMARY KEY" in plan[0][-1]  # "this SKU in every store" is one range of the table
    c.close()


def stock_row(store: str, sku: str, on_hand: int) -> dict:
    return {
        "store_id": store,
        "sku": sku,
        "on_hand": on_hand,
        "reserved": 0,
        "as_of": "2026-11-01T12:00:00.000000+00:00",
        "seq": on_hand,  # columns the cache does not keep are ignored
    }


def test_first_stock_load_switches_to_the_stage_after_slow_pages_and_survives_a_restart(
    tmp_path, monkeypatch
):
    """Slow pages in a row move the rest of the load to the stage; the newest value wins."""
    from clienteling.cache import apply
    from clienteling.cache.apply import finish_bulk, in_bulk, start_bulk

    monkeypatch.setattr(apply, "_JUDGED_ROWS", 1)
    slow = lambda: monkeypatch.setattr(apply, "_SLOW_ROWS_PER_S", float("inf"))  # noqa: E731
    fast = lambda: monkeypatch.setattr(apply, "_SLOW_ROWS_PER_S", 0)  # noqa: E731

    def staged(c) -> int | None:
        """Rows in the stage; None: there is no stage."""
        named = "SELECT 1 FROM sqlite_master WHERE name = 'stage_stock'"
        if writer_of(c).execute(named).fetchone() is None:
            return None
        return writer_of(c).execute("SELECT count(*) FROM stage_stock").fetchone()[0]

    path = tmp_path / "cache.db"
    c = open_cache(path, KEY)
    assert start_bulk(writer_of(c), "stock")
    pages = [
        [stock_row("S2", "SKU9", 1), stock_row("S1", "SKU1", 2)],
        [stock_row("S1", "SKU5", 3)],
        [stock_row("S3", "SKU3", 4)],
        [stock_row("S4", "SKU4", 5)],
    ]
    for n, (speed, rows) in enumerate(zip((slow, fast, slow, slow), pages, strict=True)):
        speed()
        assert apply_page(writer_of(c), page("stock", rows, next_cursor=n + 1), after=n)
        # slow, then fast (the count starts again), then slow twice: the stage begins
        assert (staged(c) is not None) == (n == 3)
    assert writer_of(c).execute("SELECT count(*) FROM stock").fetchone() == (5,)
    c.close()  # as if the terminal stopped here: pages and cursor are committed

    c = open_cache(path, KEY)
    assert in_bulk(writer_of(c), "stock") and start_bulk(
        writer_of(c), "stock"
    )  # resumes in bulk mode
    fast()  # once staging, always staging: a fast page does not go back to the table
    newer = [stock_row("S1", "SKU1", 7), stock_row("S3", "SKU0", 6)]  # SKU1 at S1 changed
    assert not apply_page(writer_of(c), page("stock", newer, next_cursor=5), after=0)  # stale
    assert apply_page(writer_of(c), page("stock", newer, next_cursor=5), after=4)
    assert staged(c) == 2
    assert writer_of(c).execute(
        "SELECT on_hand FROM stock WHERE sku = 'SKU1' AND store_id = 'S1'"
    ).fetchone() == (2,)  # the staged newer value is not in stock until the end
    finish_bulk(writer_of(c), "stock")
    assert not in_bulk(writer_of(c), "stock") and staged(c) is None
    got = writer_of(c).execute("SELECT sku, store_id, on_hand FROM stock").fetchall()
    assert got == [
        ("SKU0", "S3", 6),
        ("SKU1", "S1", 7),
        ("SKU3", "S3", 4),
        ("SKU4", "S4", 5),
        ("SKU5", "S1", 3),
        ("SKU9", "S2", 1),
    ]
    assert writer_of(c).execute("PRAGMA integrity_check").fetchone() == ("ok",)
    # After the first load, pages go straight into stock as upserts.
    assert apply_page(writer_of(c), page("stock", [stock_row("S1", "SKU5", 9)], next_cursor=6), 5)
    assert writer_of(c).execute(
        "SELECT on_hand FROM stock WHERE sku = 'SKU5' AND store_id = 'S1'"
    ).fetchone() == (9,)
    c.close()


def test_a_first_load_in_key_order_moves_on_by_snapshot_and_never_applies_a_page_twice(tmp_path):
    """Pages of a load in key order keep the cursor at 0 and move the snapshot on; the
    last one sets the cursor to the snapshot's top. A page whose position is gone is
    not applied, and the position survives a restart."""
    path = tmp_path / "cache.db"
    c = open_cache(path, KEY)
    s1, s2 = Snapshot(40, ("SKU2", "S9")), Snapshot(40, ("SKU3", "S1"))

    def snap(rows, snapshot, cursor=0) -> dict:
        return {**page("stock", rows, next_cursor=cursor), "snapshot": snapshot}

    first = snap([stock_row("S1", "SKU1", 1), stock_row("S9", "SKU2", 2)], s1.as_json())
    assert apply_page(writer_of(c), first, 0)
    assert position_of(writer_of(c), "stock") == Position(0, s1)
    assert not apply_page(writer_of(c), first, 0)  # the retry of a page already applied
    c.close()

    c = open_cache(path, KEY)
    assert position_of(writer_of(c), "stock") == Position(0, s1)
    second = snap([stock_row("S1", "SKU3", 3)], s2.as_json())
    assert not apply_page(writer_of(c), second, 0, s2)  # not where the load stands
    assert apply_page(writer_of(c), second, 0, s1)
    last = snap([stock_row("S4", "SKU4", 4)], None, cursor=40)
    assert apply_page(writer_of(c), last, 0, s2)
    assert position_of(writer_of(c), "stock") == Position(40)
    assert not apply_page(writer_of(c), second, 0, s1)  # the load is over
    assert writer_of(c).execute("SELECT count(*), sum(on_hand) FROM stock").fetchone() == (4, 10)
    assert writer_of(c).execute(
        "SELECT count(*) FROM meta WHERE key LIKE 'snapshot:%'"
    ).fetchone() == (0,)
    c.close()


def test_v2_cache_gets_the_search_hit_index_and_search_reads_from_it(tmp_path, monkeypatch):
    from clienteling.cache import schema, store

    path = tmp_path / "cache.db"
    monkeypatch.setattr(store, "MIGRATIONS", schema.MIGRATIONS[:2])
    # The shopper columns a v2 cache has (v6 added field_edits).
    v2_columns = tuple(c for c in schema.COLUMNS["shoppers"] if c != "field_edits")
    monkeypatch.setitem(schema.COLUMNS, "shoppers", v2_columns)
    _upsert_sql.cache_clear()
    v2 = store.open_cache(path, KEY)
    apply_page(writer_of(v2), page("shoppers", SHOPPERS, next_cursor=4), after=0)
    v2.close()
    monkeypatch.undo()
    _upsert_sql.cache_clear()
    monkeypatch.setattr(store, "MIGRATIONS", schema.MIGRATIONS)
    c = store.open_cache(path, KEY)
    assert c.schema_version() == len(schema.MIGRATIONS)
    assert [h.shopper_id for h in find_shoppers(writer_of(c), "silva")] == ["a"]
    plan = (
        writer_of(c)
        .execute(
            "EXPLAIN QUERY PLAN SELECT shopper_id, first_name, last_name, tier, home_store, "
            "primary_phone FROM shoppers INDEXED BY ix_shoppers_hit WHERE rid IN (1, 2)"
        )
        .fetchall()
    )
    assert "COVERING INDEX ix_shoppers_hit" in plan[0][-1]
    c.close()


def order_row(status: str, seq: int | None) -> dict:
    return {
        "order_id": "o1",
        "shopper_id": "a",
        "store_id": "BR-SP-01",
        "associate_id": "e1",
        "fulfilment": "pickup",
        "pickup_store": "BR-SP-01",
        "address": None,
        "lines": [{"sku": "X", "quantity": 1}],
        "status": status,
        "history": [],
        "created_at": "2026-11-01T12:00:00+00:00",
        "updated_at": "2026-11-01T12:00:00+00:00",
        **({} if seq is None else {"seq": seq}),
    }


def test_v6_cache_upgrades_to_orders_numbered_by_hq_the_newest_copy_winning(tmp_path, monkeypatch):
    from clienteling.cache import outbox, schema, store
    from clienteling.cache.apply import apply_rows

    path = tmp_path / "cache.db"
    monkeypatch.setattr(store, "MIGRATIONS", schema.MIGRATIONS[:6])
    v6_columns = tuple(c for c in schema.COLUMNS["orders"] if c != "seq")
    monkeypatch.setitem(schema.COLUMNS, "orders", v6_columns)
    _upsert_sql.cache_clear()
    v6 = store.open_cache(path, KEY)
    apply_page(writer_of(v6), page("shoppers", SHOPPERS, next_cursor=4), after=0)
    apply_rows(writer_of(v6), "orders", [order_row("reserved", None)], [])
    outbox.enqueue(
        writer_of(v6), id="n1", kind="note", shopper_id="a", method="POST", path="/notes", body={}
    )
    v6.close()
    monkeypatch.undo()
    _upsert_sql.cache_clear()
    monkeypatch.setattr(store, "MIGRATIONS", schema.MIGRATIONS)
    backups = []
    c = store.open_cache(path, KEY, on_backup=backups.append)
    assert c.schema_version() == len(schema.MIGRATIONS) == 10
    assert backups == [tmp_path / "cache.db.v6.bak"]
    conn = writer_of(c)

    def status() -> tuple:
        return conn.execute("SELECT status, seq FROM orders WHERE order_id = 'o1'").fetchone()

    assert status() == ("reserved", None)  # kept; any copy HQ sends replaces it
    apply_page(conn, page("orders", [order_row("cancelled", 9)], next_cursor=9), after=0)
    assert status() == ("cancelled", 9)
    for stale in (order_row("reserved", 5), order_row("reserved", None)):
        apply_rows(conn, "orders", [stale], [])  # an older answer, or one of unknown age
        assert status() == ("cancelled", 9)
    apply_rows(conn, "orders", [order_row("collected", 12)], [])
    assert status() == ("collected", 12)
    plan = conn.execute(
        "EXPLAIN QUERY PLAN SELECT n FROM outbox WHERE shopper_id = 'a' AND state = 'pending'"
    ).fetchall()
    assert "ix_outbox_shopper" in plan[0][-1]
    secure = conn.execute("SELECT v FROM shopper_search_config WHERE k = 'secure-delete'")
    assert secure.fetchone() == (1,)
    apply_page(conn, page("shoppers", [], ["a"], next_cursor=10), after=4)
    assert outbox.record(conn, "n1").state == "parked"
    assert conn.execute("SELECT count(*) FROM orders").fetchone() == (0,)
    assert find_shoppers(conn, "silva") == []
    c.close()
