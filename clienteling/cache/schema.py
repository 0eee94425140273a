"""Versioned schema of the terminal cache. MIGRATIONS[n] takes version n to n + 1.

Never edit a released migration: append a new one. Each runs in its own
transaction after a backup of the file (see store.open_cache).
"""

from __future__ import annotations

from collections.abc import Callable

import sqlcipher3

# Columns the cache keeps per collection, as the HQ feed sends them.
COLUMNS: dict[str, tuple[str, ...]] = {
    "stores": (
        "store_id",
        "name",
        "region",
        "address",
        "city",
        "country",
        "latitude",
        "longitude",
        "currency",
        "timezone",
        "attributes",
    ),
    "products": (
        "sku",
        "gtin",
        "style",
        "name",
        "brand",
        "category",
        "colour",
        "size",
        "price_minor",
        "currency",
        "attributes",
    ),
    "associates": ("associate_id", "name", "role", "home_store", "active"),
    "shoppers": (
        "shopper_id",
        "external_id",
        "loyalty_id",
        "first_name",
        "last_name",
        "emails",
        "phones",
        "primary_email",
        "primary_phone",
        "language",
        "tier",
        "segments",
        "home_store",
        "home_region",
        "consent_email",
        "consent_sms",
        "consent_profiling",
        "preferences",
        "address",
        "attributes",
        "created_at",
        "field_edits",  # v6
    ),
    "purchases": (
        "purchase_id",
        "external_id",
        "shopper_id",
        "store_id",
        "channel",
        "purchased_at",
        "currency",
        "total_minor",
        "lines",
    ),
    "notes": ("note_id", "shopper_id", "store_id", "associate_id", "reason", "text", "created_at"),
    "wishlist": ("item_id", "shopper_id", "sku", "store_id", "associate_id", "added_at"),
    "tasks": (
        "task_id",
        "shopper_id",
        "store_id",
        "associate_id",
        "title",
        "due_at",
        "status",
        "created_at",
        "done_at",
    ),
    "stock": ("store_id", "sku", "on_hand", "reserved", "as_of"),
    "orders": (
        "order_id",
        "shopper_id",
        "store_id",
        "associate_id",
        "fulfilment",
        "pickup_store",
        "address",
        "lines",
        "status",
        "history",
        "created_at",
        "updated_at",
        "seq",  # v7: HQ's change sequence value of this copy (newest copy wins)
    ),
}
KEYS: dict[str, tuple[str, ...]] = {
    "stores": ("store_id",),
    "products": ("sku",),
    "associates": ("associate_id",),
    "shoppers": ("shopper_id",),
    "purchases": ("purchase_id",),
    "notes": ("note_id",),
    "wishlist": ("item_id",),
    "tasks": ("task_id",),
    "stock": ("store_id", "sku"),
    "orders": ("order_id",),
}
# JSON-valued columns per collection, stored as text.
_COMMON_JSON = {
    "attributes",
    "emails",
    "phones",
    "segments",
    "preferences",
    "lines",
    "history",
    "field_edits",
}
JSON_COLUMNS: dict[str, set[str]] = {
    name: (set(cols) & _COMMON_JSON) | ({"address"} if name in ("shoppers", "orders") else set())
    for name, cols in COLUMNS.items()
}
_V1_INDEXES = (
    "CREATE INDEX ix_products_style ON products(style)",
    "CREATE UNIQUE INDEX ix_products_gtin ON products(gtin)",
    "CREATE UNIQUE INDEX ix_shoppers_loyalty ON shoppers(loyalty_id)",
    "CREATE INDEX ix_shoppers_phone ON shoppers(primary_phone)",
    "CREATE INDEX ix_shoppers_email ON shoppers(primary_email)",
    "CREATE INDEX ix_purchases_shopper ON purchases(shopper_id, purchased_at)",
    "CREATE INDEX ix_notes_shopper ON notes(shopper_id)",
    "CREATE INDEX ix_wishlist_shopper ON wishlist(shopper_id)",
    "CREATE INDEX ix_tasks_shopper ON tasks(shopper_id)",
    "CREATE INDEX ix_stock_sku ON stock(sku)",
    "CREATE INDEX ix_orders_shopper ON orders(shopper_id)",
    "CREATE INDEX ix_orders_store ON orders(store_id, created_at)",
)
# What a search hit shows, read from the index alone (cache.queries.find_shoppers):
# found by the search index's row ids, the whole shopper rows were read and
# decrypted for the few columns of a hit list.
_V3_HIT_INDEX = (
    "CREATE INDEX ix_shoppers_hit ON shoppers"
    "(rid, shopper_id, first_name, last_name, tier, home_store, primary_phone)"
)
# The secondary indexes of the current schema (v2 keys stock by sku first: no index on sku).
INDEXES = (*(ddl for ddl in _V1_INDEXES if " ix_stock_sku " not in ddl), _V3_HIT_INDEX)


# Columns later versions added to the tables v1 made from COLUMNS.
_ADDED_LATER = {"field_edits", "seq"}


def _v1(conn: sqlcipher3.Connection) -> None:
    for name, all_cols in COLUMNS.items():
        key = KEYS[name]
        cols = [c for c in all_cols if c not in _ADDED_LATER]
        body = ", ".join(cols)
        if name == "shoppers":
            # An integer row id that never changes, for the search index.
            conn.execute(
                f"CREATE TABLE shoppers (rid INTEGER PRIMARY KEY, {body}, UNIQUE (shopper_id))"
            )
        else:
            conn.execute(f"CREATE TABLE {name} ({body}, PRIMARY KEY ({', '.join(key)}))")
    for ddl in _V1_INDEXES:
        conn.execute(ddl)
    # Folded names, e-mails, phone digits and loyalty ids; rows are shopper rids.
    conn.execute(
        "CREATE VIRTUAL TABLE shopper_search USING fts5(names, contacts, content='', "
        "contentless_delete=1, tokenize=\"unicode61 remove_diacritics 2\", prefix='1 2 3')"
    )
    conn.execute(
        "CREATE TABLE sync_state (collection TEXT PRIMARY KEY, cursor INTEGER NOT NULL,"
        " high_water INTEGER NOT NULL DEFAULT 0, synced_at TEXT)"
    )
    conn.execute(
        "CREATE TABLE outbox ("
        " n INTEGER PRIMARY KEY AUTOINCREMENT,"  # delivery order
        " id TEXT NOT NULL UNIQUE,"  # the idempotency key sent to HQ
        " kind TEXT NOT NULL, shopper_id TEXT, method TEXT NOT NULL, path TEXT NOT NULL,"
        " body TEXT NOT NULL, state TEXT NOT NULL DEFAULT 'pending',"
        " attempts INTEGER NOT NULL DEFAULT 0, next_attempt_at TEXT, last_error TEXT,"
        " answer_status INTEGER, answer TEXT, created_at TEXT NOT NULL, updated_at TEXT NOT NULL)"
    )
    conn.execute("CREATE INDEX ix_outbox_state ON outbox(state, n)")
    conn.execute("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)")


def _v2(conn: sqlcipher3.Connection) -> None:
    """Stock keyed (sku, store_id) in a WITHOUT ROWID table.

    Stock is most of the cache's rows (a row per SKU per store). Kept in
    rowid order with a separate key index, every row was written twice;
    keyed by SKU first, a row is written once, "this SKU in every store" is
    one range of the table, and no index on sku is left to build after the
    first sync. The first sync wrote stock 2-3 times faster (docs/benchmarks.md).
    """
    conn.execute(
        "CREATE TABLE stock_v2 (store_id, sku, on_hand, reserved, as_of,"
        " PRIMARY KEY (sku, store_id)) WITHOUT ROWID"
    )
    conn.execute(
        "INSERT INTO stock_v2 (store_id, sku, on_hand, reserved, as_of)"
        " SELECT store_id, sku, on_hand, reserved, as_of FROM stock"
    )
    conn.execute("DROP TABLE stock")  # and its index on sku
    conn.execute("ALTER TABLE stock_v2 RENAME TO stock")


def _v3(conn: sqlcipher3.Connection) -> None:
    """A narrow index holding what a search hit shows (search p99 5.0 -> 3.4 ms, 107k shoppers).

    A cache mid-way through the shoppers' first load has its indexes dropped;
    the load's end builds them all, this one too.
    """
    if not conn.execute("SELECT 1 FROM meta WHERE key = 'bulk:shoppers'").fetchone():
        conn.execute(_V3_HIT_INDEX)


def _v4(conn: sqlcipher3.Connection) -> None:
    """The outbox counts the server errors (500) each entry met, apart from network failures:
    after a few, the entry is set aside with the reason instead of holding the shopper's
    later writes back for ever."""
    conn.execute("ALTER TABLE outbox ADD COLUMN server_errors INTEGER NOT NULL DEFAULT 0")


def _v5(conn: sqlcipher3.Connection) -> None:
    """Every outbox entry names its author: the associate who made it and how they were
    signed in ("online" or "offline"). Entries made before have none."""
    conn.execute("ALTER TABLE outbox ADD COLUMN author_id TEXT")
    conn.execute("ALTER TABLE outbox ADD COLUMN signed_in TEXT")


def _v6(conn: sqlcipher3.Connection) -> None:
    """Shoppers carry HQ's per-field stamps and recent edit history (`field_edits`), which
    the profile shows as each field's history. Rows synced before have none until HQ sends
    them again."""
    conn.execute("ALTER TABLE shoppers ADD COLUMN field_edits")


def _v7(conn: sqlcipher3.Connection) -> None:
    """Orders keep HQ's change sequence value of the copy they hold (`seq`): a copy, from
    the feed or from HQ's answer to a (re)sent order, replaces the cached one only when it
    is at least as new, so a replayed answer never moves an order back. Rows synced before
    have none: any copy HQ sends replaces them.

    Erasure: the outbox finds a shopper's entries by an index (they are set aside when the
    shopper is erased), and the search index removes a deleted shopper's terms from its
    pages at once (FTS5 secure-delete) instead of leaving them until a later merge."""
    conn.execute("ALTER TABLE orders ADD COLUMN seq")
    conn.execute("CREATE INDEX ix_outbox_shopper ON outbox(shopper_id, state)")
    conn.execute("INSERT INTO shopper_search (shopper_search, rank) VALUES ('secure-delete', 1)")


def _v8(conn: sqlcipher3.Connection) -> None:
    """The store's activity reports a manager last saw, one per store and period
    ("today", "7d", "30d", "custom"), with HQ's "as of" time: shown, marked as such,
    when HQ cannot be reached (cache.reports)."""
    conn.execute(
        "CREATE TABLE activity_reports (store_id TEXT NOT NULL, period TEXT NOT NULL,"
        " day_from TEXT NOT NULL, day_to TEXT NOT NULL, as_of TEXT NOT NULL,"
        " saved_at TEXT NOT NULL, body TEXT NOT NULL, PRIMARY KEY (store_id, period))"
    )


def _v9(conn: sqlcipher3.Connection) -> None:
    """An outbox entry whose last try found no HQ at all (`unreachable`) is due again as
    soon as HQ answers, instead of at the end of its back-off: writes queued during an
    outage leave with the first sync after it. Entries HQ itself asked to wait (busy,
    server errors) keep their back-off."""
    conn.execute("ALTER TABLE outbox ADD COLUMN unreachable INTEGER NOT NULL DEFAULT 0")


def _v10(conn: sqlcipher3.Connection) -> None:
    """An outbox entry keeps the code and the values of its last failure beside its words
    (`last_error_code`, `last_error_values`: JSON), so a screen says why in the associate's
    language (ui/error_words.py). Entries that failed before have the words only, and
    show them."""
    conn.execute("ALTER TABLE outbox ADD COLUMN last_error_code TEXT")
    conn.execute("ALTER TABLE outbox ADD COLUMN last_error_values TEXT")


MIGRATIONS: list[Callable[[sqlcipher3.Connection], None]] = [
    _v1, _v2, _v3, _v4, _v5, _v6, _v7, _v8, _v9, _v10,
]  # fmt: skip
