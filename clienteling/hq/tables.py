"""HQ tables (SQLAlchemy Core). Every synced table carries `seq`, its place in the change feed."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    CheckConstraint,
    Column,
    DateTime,
    Float,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    TypeDecorator,
)
from sqlalchemy.dialects.postgresql import JSONB

from clienteling.domain.folding import name_key

metadata = MetaData(
    naming_convention={
        "ix": "ix_%(table_name)s_%(column_0_N_name)s",
        "uq": "uq_%(table_name)s_%(column_0_N_name)s",
        "ck": "ck_%(table_name)s_%(constraint_name)s",
        "pk": "pk_%(table_name)s",
    }
)


class UTCDateTime(TypeDecorator):
    """Aware UTC datetimes on every database (SQLite keeps them naive, in UTC)."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value, dialect):
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to a UTC column")
        value = value.astimezone(UTC)
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value, dialect):
        if value is None:
            return None
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


Json = JSON().with_variant(JSONB(), "postgresql")
Seq = BigInteger().with_variant(Integer(), "sqlite")


def seq_column() -> Column:
    return Column("seq", Seq, nullable=False, index=True)


def now() -> datetime:
    return datetime.now(UTC)


change_counter = Table(
    "change_counter",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("value", Seq, nullable=False),
)

tombstones = Table(
    "tombstones",
    metadata,
    Column("collection", String(32), primary_key=True),
    Column("key", String(64), primary_key=True),
    seq_column(),
    Column("deleted_at", UTCDateTime, nullable=False),
    Index("ix_tombstones_collection_seq", "collection", "seq"),
)

stores = Table(
    "stores",
    metadata,
    Column("store_id", String(64), primary_key=True),
    Column("name", String(200), nullable=False),
    Column("region", String(64), nullable=False, index=True),
    Column("address", String(400), nullable=False),
    Column("city", String(120), nullable=False),
    Column("country", String(2), nullable=False),
    Column("latitude", Float, nullable=False),
    Column("longitude", Float, nullable=False),
    Column("currency", String(3), nullable=False),
    Column("timezone", String(64), nullable=False),
    Column("attributes", Json, nullable=False, default=dict),
    seq_column(),
)

products = Table(
    "products",
    metadata,
    Column("sku", String(64), primary_key=True),
    Column("gtin", String(14), nullable=False, unique=True),
    Column("style", String(64), nullable=False, index=True),
    Column("name", String(200), nullable=False),
    Column("brand", String(120), nullable=False),
    Column("category", String(120), nullable=False),
    Column("colour", String(64), nullable=False),
    Column("size", String(32), nullable=False),
    Column("price_minor", BigInteger, nullable=False),
    Column("currency", String(3), nullable=False),
    Column("attributes", Json, nullable=False, default=dict),
    seq_column(),
    CheckConstraint("price_minor >= 0", name="price_not_negative"),
)

stock = Table(
    "stock",
    metadata,
    Column("store_id", String(64), primary_key=True),
    Column("sku", String(64), primary_key=True),
    Column("on_hand", Integer, nullable=False),
    Column("reserved", Integer, nullable=False, default=0),
    Column("as_of", UTCDateTime, nullable=False),
    seq_column(),
    CheckConstraint("on_hand >= 0", name="on_hand_not_negative"),
    CheckConstraint("reserved >= 0", name="reserved_not_negative"),
    # A SKU in every store, and a terminal's first load in its key order
    # (protocol KEY_ORDER) read from the index alone, in the order it keeps.
    Index("ix_stock_sku_store", "sku", "store_id", "seq", "on_hand", "reserved", "as_of"),
)


def _name_key(context: Any) -> str:
    """An inserted shopper's key when the row does not bring one (updates set it: changes.py)."""
    row = context.get_current_parameters()
    return name_key(row.get("first_name"), row.get("last_name"))


shoppers = Table(
    "shoppers",
    metadata,
    Column("shopper_id", String(64), primary_key=True),
    Column("external_id", String(64), unique=True),
    Column("loyalty_id", String(64), unique=True),
    Column("first_name", String(120), nullable=False),
    Column("last_name", String(120), nullable=False),
    Column("emails", Json, nullable=False, default=list),
    Column("phones", Json, nullable=False, default=list),
    # Search keys: the first e-mail, lower-cased, and the first phone in E.164.
    Column("primary_email", String(254), index=True),
    Column("primary_phone", String(20), index=True),
    # The folded words of the names (domain/folding.name_key), set with them on every write.
    Column("name_key", Text, nullable=False, default=_name_key),
    Column("language", String(2), nullable=False),
    Column("tier", String(16), nullable=False, default="member"),
    Column("segments", Json, nullable=False, default=list),
    Column("home_store", String(64), nullable=False),
    Column("home_region", String(64), nullable=False),
    Column("consent_email", Boolean, nullable=False, default=False),
    Column("consent_sms", Boolean, nullable=False, default=False),
    Column("consent_profiling", Boolean, nullable=False, default=False),
    Column("preferences", Json, nullable=False, default=dict),
    Column("address", Json),
    Column("attributes", Json, nullable=False, default=dict),
    Column("created_at", UTCDateTime, nullable=False),
    # Who last set each edited field, when it was captured and its version, and the
    # recent history of edits with the values they replaced (hq/changes.py).
    Column("field_edits", Json, nullable=False, default=dict),
    seq_column(),
    Index("ix_shoppers_last_first", "last_name", "first_name"),
    # A store's scope, read from the index alone (feed.scope_shoppers).
    Index("ix_shoppers_region_shopper", "home_region", "shopper_id"),
    # A store's own shoppers (the store activity report's regulars not seen for a while).
    # A store's shoppers and their consent from the index alone (the not-seen list).
    Index(
        "ix_shoppers_home_store_consent", "home_store", "shopper_id", "consent_email", "consent_sms"
    ),
)

purchases = Table(
    "purchases",
    metadata,
    Column("purchase_id", String(64), primary_key=True),
    Column("external_id", String(64), unique=True),
    Column("shopper_id", String(64), nullable=False),
    Column("store_id", String(64)),
    Column("channel", String(16), nullable=False),
    Column("purchased_at", UTCDateTime, nullable=False),
    Column("currency", String(3), nullable=False),
    Column("total_minor", BigInteger, nullable=False),
    # [{"sku", "quantity", "unit_price_minor"}]; a negative quantity is a return.
    Column("lines", Json, nullable=False),
    seq_column(),
    Index("ix_purchases_shopper_store", "shopper_id", "store_id"),
    Index("ix_purchases_store_time", "store_id", "purchased_at"),
    Index("ix_purchases_store_shopper", "store_id", "shopper_id"),
    # Each shopper's purchases with time and total from the index alone (the not-seen list).
    Index("ix_purchases_shopper_time_total", "shopper_id", "purchased_at", "total_minor"),
)

notes = Table(
    "notes",
    metadata,
    Column("note_id", String(64), primary_key=True),
    Column("shopper_id", String(64), nullable=False, index=True),
    Column("store_id", String(64), nullable=False),
    Column("associate_id", String(64), nullable=False),
    Column("reason", String(64), nullable=False),
    Column("text", Text, nullable=False),
    Column("created_at", UTCDateTime, nullable=False),
    seq_column(),
    Index("ix_notes_store_created", "store_id", "created_at"),
    Index("ix_notes_shopper_created", "shopper_id", "created_at"),
)

wishlist = Table(
    "wishlist",
    metadata,
    Column("item_id", String(64), primary_key=True),
    Column("shopper_id", String(64), nullable=False, index=True),
    Column("sku", String(64), nullable=False),
    Column("store_id", String(64), nullable=False),
    Column("associate_id", String(64), nullable=False),
    Column("added_at", UTCDateTime, nullable=False),
    seq_column(),
)

tasks = Table(
    "tasks",
    metadata,
    Column("task_id", String(64), primary_key=True),
    Column("shopper_id", String(64), nullable=False, index=True),
    Column("store_id", String(64), nullable=False),
    Column("associate_id", String(64), nullable=False),
    Column("title", String(200), nullable=False),
    Column("due_at", UTCDateTime),
    Column("status", String(16), nullable=False),
    Column("created_at", UTCDateTime, nullable=False),
    Column("done_at", UTCDateTime),
    seq_column(),
    Index("ix_tasks_store_created", "store_id", "created_at"),
    Index("ix_tasks_store_done", "store_id", "done_at"),
)

feedback = Table(
    "feedback",
    metadata,
    Column("feedback_id", String(64), primary_key=True),
    Column("shopper_id", String(64), nullable=False, index=True),
    Column("store_id", String(64), nullable=False),
    Column("associate_id", String(64), nullable=False),
    Column("score", Integer, nullable=False),
    Column("comment", Text, nullable=False, default=""),
    Column("created_at", UTCDateTime, nullable=False),
    seq_column(),
    CheckConstraint("score BETWEEN 1 AND 5", name="score_range"),
    Index("ix_feedback_store_created", "store_id", "created_at"),
)

activity = Table(
    "activity",
    metadata,
    Column("event_id", String(64), primary_key=True),
    Column("store_id", String(64), nullable=False),
    Column("associate_id", String(64), nullable=False),
    Column("device_id", String(64)),
    Column("kind", String(32), nullable=False),
    Column("shopper_id", String(64)),
    Column("payload", Json, nullable=False, default=dict),
    Column("at", UTCDateTime, nullable=False),
    Index("ix_activity_store_at", "store_id", "at"),
    Index("ix_activity_kind_store_at", "kind", "store_id", "at"),
    Index("ix_activity_shopper_at", "shopper_id", "at"),
)

associates = Table(
    "associates",
    metadata,
    Column("associate_id", String(64), primary_key=True),
    Column("name", String(200), nullable=False),
    Column("role", String(16), nullable=False),
    Column("home_store", String(64), nullable=False, index=True),
    Column("active", Boolean, nullable=False, default=True),
    Column("pin_hash", String(255), nullable=False),
    Column("failed_attempts", Integer, nullable=False, default=0),
    Column("locked_until", UTCDateTime),
    seq_column(),
)

orders = Table(
    "orders",
    metadata,
    Column("order_id", String(36), primary_key=True),
    Column("shopper_id", String(64), nullable=False, index=True),
    Column("store_id", String(64), nullable=False, index=True),
    Column("associate_id", String(64), nullable=False),
    Column("fulfilment", String(16), nullable=False),
    Column("pickup_store", String(64)),
    Column("address", Json),
    # [{"sku", "quantity", "source_store", "unit_price_minor", "currency"}]
    Column("lines", Json, nullable=False),
    Column("status", String(24), nullable=False),
    # [{"status", "at", "actor"}]
    Column("history", Json, nullable=False),
    Column("created_at", UTCDateTime, nullable=False),
    Column("updated_at", UTCDateTime, nullable=False),
    seq_column(),
)

# What store activity reports count about each order a terminal sent (hq/reports.py):
# written with the order, refused ones too (outcome "refused"), never synced.
order_facts = Table(
    "order_facts",
    metadata,
    Column("order_id", String(36), primary_key=True),
    Column("store_id", String(64), nullable=False),
    Column("associate_id", String(64), nullable=False),
    Column("shopper_id", String(64), nullable=False),
    Column("created_at", UTCDateTime, nullable=False),
    Column("outcome", String(16), nullable=False),  # confirmed or refused
    Column("fulfilment", String(16), nullable=False),
    Column("value_minor", BigInteger, nullable=False),  # units times price, every line
    Column("currency", String(3), nullable=False),
    # An item of the order had no units available at the ordering store when it was placed.
    Column("saved_oos", Boolean, nullable=False),
    Column("status", String(24), nullable=False),  # the order's, kept with it
    Column("completed_at", UTCDateTime),  # delivered or collected
    Index("ix_order_facts_store_created", "store_id", "created_at"),
    Index("ix_order_facts_shopper_created", "shopper_id", "created_at"),
)

# Kept as written for store activity (hq/report_kept.py): each purchase's last serving,
attributions = Table(
    "attributions",
    metadata,
    Column("purchase_id", String(64), primary_key=True),
    Column("shopper_id", String(64), nullable=False),
    Column("purchased_at", UTCDateTime, nullable=False),
    Column("store_id", String(64)),  # where it was bought
    Column("channel", String(16), nullable=False),
    Column("total_minor", BigInteger, nullable=False),
    Column("served_store", String(64), nullable=False),
    Column("associate_id", String(64), nullable=False),
    Column("served_at", UTCDateTime, nullable=False),
    Column("served_kind", String(32), nullable=False),
    Column("served_rid", String(64), nullable=False),
    Index("ix_attributions_served_store", "served_store", "purchased_at"),
    Index("ix_attributions_shopper", "shopper_id", "purchased_at"),
)
# and each serving (profile opened, note, order) with its shopper's next purchase.
servings = Table(
    "servings",
    metadata,
    Column("kind", String(32), primary_key=True),
    Column("rid", String(64), primary_key=True),
    Column("store_id", String(64), nullable=False),
    Column("associate_id", String(64), nullable=False),
    Column("shopper_id", String(64), nullable=False),
    Column("at", UTCDateTime, nullable=False),
    Column("next_purchase_at", UTCDateTime),
    Index("ix_servings_store_at", "store_id", "at"),
    Index("ix_servings_shopper_at", "shopper_id", "at"),
)

# The chain's settings by name (hq/reports.py: conversion_window_days), set with the CLI.
chain_settings = Table(
    "chain_settings",
    metadata,
    Column("name", String(64), primary_key=True),
    Column("value", Json),
    Column("updated_at", UTCDateTime, nullable=False),
    Column("updated_by", String(64), nullable=False),
)

# Every store an order involves (ordering, source of a line, pick-up), for feed scope.
order_stores = Table(
    "order_stores",
    metadata,
    Column("order_id", String(36), primary_key=True),
    Column("store_id", String(64), primary_key=True, index=True),
)

# First answer to every idempotent request, keyed by the client's id.
idempotency = Table(
    "idempotency",
    metadata,
    Column("key", String(64), primary_key=True),
    Column("kind", String(32), nullable=False),
    Column("request_hash", String(64), nullable=False),
    Column("status_code", Integer, nullable=False),
    Column("response", Json, nullable=False),
    Column("created_at", UTCDateTime, nullable=False),
    # Whose data the answer holds: erasing the shopper redacts it (hq/erasure.py).
    Column("shopper_id", String(64), index=True),
)

devices = Table(
    "devices",
    metadata,
    Column("device_id", String(64), primary_key=True),
    Column("store_id", String(64), nullable=False),
    Column("name", String(120), nullable=False),
    Column("token_hash", String(64), nullable=False, unique=True),
    Column("created_at", UTCDateTime, nullable=False),
    Column("revoked_at", UTCDateTime),
    # Noted at most every few minutes (auth.USE_NOTED_EVERY), not on every request.
    Column("last_used_at", UTCDateTime),
    Column("revoked_by", String(64)),  # who revoked it: an employee id, token id or cli:user
    # What the terminal last said it runs (headers on each request; hq/fleet.py).
    Column("app_version", String(40)),
    Column("cache_schema", Integer),
    Column("protocol", Integer),
    Column("versions_at", UTCDateTime),
    # Where it stands, as it last said (headers too; hq/fleet.py): counts, never contents.
    Column("last_sync_at", UTCDateTime),  # its last finished sync, by its clock
    Column("queued_writes", Integer),  # its associates' writes waiting for HQ
    Column("parked_writes", Integer),  # writes HQ refused, waiting for the associate
)

enrollment_codes = Table(
    "enrollment_codes",
    metadata,
    Column("code_hash", String(64), primary_key=True),
    Column("store_id", String(64), nullable=False),
    Column("created_at", UTCDateTime, nullable=False),
    Column("expires_at", UTCDateTime, nullable=False),
    Column("used_at", UTCDateTime),
    Column("device_id", String(64)),
)

sessions = Table(
    "sessions",
    metadata,
    Column("token_hash", String(64), primary_key=True),
    Column("associate_id", String(64), nullable=False, index=True),
    Column("device_id", String(64), nullable=False, index=True),
    Column("store_id", String(64), nullable=False),
    Column("created_at", UTCDateTime, nullable=False),
    Column("expires_at", UTCDateTime, nullable=False),
    Column("revoked_at", UTCDateTime),
    # Why it ended before it expired (auth.END_*): what the terminal is told on its next call.
    Column("end_reason", String(16)),
)

# What lets a terminal send an associate's queued writes with nobody signed in: issued at the
# associate's online sign-in, bound to them and to that terminal, valid until expires_at.
write_grants = Table(
    "write_grants",
    metadata,
    Column("token_hash", String(64), primary_key=True),
    Column("associate_id", String(64), nullable=False, index=True),
    Column("device_id", String(64), nullable=False, index=True),
    Column("store_id", String(64), nullable=False),
    Column("created_at", UTCDateTime, nullable=False),
    Column("expires_at", UTCDateTime, nullable=False),
    Column("revoked_at", UTCDateTime),
    Column("end_reason", String(16)),
)

api_tokens = Table(
    "api_tokens",
    metadata,
    Column("token_id", String(64), primary_key=True),
    Column("token_hash", String(64), nullable=False, unique=True),
    Column("name", String(120), nullable=False),
    Column("role", String(16), nullable=False),
    Column("store_id", String(64)),
    Column("created_at", UTCDateTime, nullable=False),
    Column("revoked_at", UTCDateTime),
    Column("last_used_at", UTCDateTime),
    Column("revoked_by", String(64)),
)

# Who did what to which record; ids only, never names, e-mails or phones.
audit_log = Table(
    "audit_log",
    metadata,
    Column(
        "id", BigInteger().with_variant(Integer(), "sqlite"), primary_key=True, autoincrement=True
    ),
    Column("at", UTCDateTime, nullable=False),
    Column("actor_kind", String(16), nullable=False),
    Column("actor_id", String(64), nullable=False),
    Column("action", String(32), nullable=False),
    Column("subject_kind", String(32), nullable=False),
    Column("subject_id", String(64), nullable=False),
    Column("detail", Json, nullable=False, default=dict),
)

# The chain's scan settings (docs/scanning.md): one row, id 1, made when they are first set.
# `revision` goes up with every change, keys included, so terminals can tell what they have.
# The fleet's settings (hq/fleet.py declares each with its type and default): one row per
# value set, for the chain ("chain") or one store (its id); a setting never set has no row.
fleet_settings = Table(
    "fleet_settings",
    metadata,
    Column("scope", String(64), primary_key=True),
    Column("name", String(64), primary_key=True),
    Column("value", Json, nullable=False),
    Column("updated_at", UTCDateTime, nullable=False),
    Column("updated_by", String(64), nullable=False),
)

# Where the settings a terminal fetches last changed, per scope ("chain", "scan" or a store's
# id): a change-sequence value taken by the write (hq/settings_feed.py), so the change wakes
# long polls and GET /v1/changes can give each store one revision token.
settings_revisions = Table(
    "settings_revisions",
    metadata,
    Column("scope", String(64), primary_key=True),
    Column("seq", Seq, nullable=False),
)

scan_settings = Table(
    "scan_settings",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=False),
    # [{"prefix", "length", "check"}]
    Column("loyalty_formats", Json, nullable=False, default=list),
    Column("product_url_prefixes", Json, nullable=False, default=list),
    Column("tracking_url_prefix", String(500)),
    Column("signup_url", String(500)),
    Column("revision", Integer, nullable=False),
    Column("updated_at", UTCDateTime, nullable=False),
    CheckConstraint("id = 1", name="one_row"),
)

# HMAC keys of signed shopper codes. Terminals must verify with them, so they are kept
# whole (base64url), not as digests; only key ids are ever printed, logged or audited.
# The key with the highest `position` signs; every key verifies.
shopper_code_keys = Table(
    "shopper_code_keys",
    metadata,
    Column("key_id", String(32), primary_key=True),
    Column("secret", String(128), nullable=False),
    Column("position", Integer, nullable=False, unique=True),
    Column("created_at", UTCDateTime, nullable=False),
)

# Every field change a terminal sent about a shopper, applied or kept as history only
# (hq/changes.py). Not synced: terminals get the recent history in shoppers.field_edits.
profile_changes = Table(
    "profile_changes",
    metadata,
    Column("id", Seq, primary_key=True, autoincrement=True),
    Column("shopper_id", String(64), nullable=False),
    Column("field", String(80), nullable=False),
    Column("value", Json),
    Column("previous", Json),
    Column("captured_at", UTCDateTime, nullable=False),
    Column("received_at", UTCDateTime, nullable=False),
    Column("associate_id", String(64), nullable=False),
    Column("device_id", String(64)),
    Column("base_version", BigInteger, nullable=False),
    Column("applied", Boolean, nullable=False),  # False: older than the field's value
    Column("superseded", Boolean, nullable=False, default=False),  # a later change replaced it
    Index("ix_profile_changes_shopper_field", "shopper_id", "field"),
    Index("ix_profile_changes_device_captured", "device_id", "captured_at"),
)

# A shopper served outside their home store (docs/security.md, "Serving travellers"):
# who (associate or token), from which store and terminal, which shopper, what was done.
# Ids only, never the shopper's data.
shopper_access = Table(
    "shopper_access",
    metadata,
    Column("id", Seq, primary_key=True, autoincrement=True),
    Column("at", UTCDateTime, nullable=False),
    Column("actor_kind", String(16), nullable=False),  # session, grant or token
    Column("associate_id", String(64)),  # None for an API token
    Column("actor_id", String(64), nullable=False),  # the employee id or the token id
    Column("store_id", String(64), nullable=False),  # the store it was done from
    Column("device_id", String(64)),
    Column("shopper_id", String(64), nullable=False),
    Column("home_store", String(64)),
    Column("action", String(32), nullable=False),
    Index("ix_shopper_access_store_at", "store_id", "at"),
)

# A finished training scenario (docs/training.md, "Results for managers"): the trainee's
# own write from a store terminal. Ids and counts only: no shopper or anything else of the
# practice chain. Never a sale, never activity: nothing else reads this table.
training_results = Table(
    "training_results",
    metadata,
    Column("result_id", String(64), primary_key=True),  # the client's id: one row per record
    Column("associate_id", String(64), nullable=False),  # the trainee, who sent it
    Column("store_id", String(64), nullable=False),  # the store of the terminal it came from
    Column("device_id", String(64)),
    Column("scenario_id", String(64), nullable=False),
    Column("seconds", Integer, nullable=False),
    Column("hints", Integer, nullable=False),
    Column("mistakes", Integer, nullable=False),
    Column("finished_at", UTCDateTime, nullable=False),  # on the training terminal's clock
    Column("recorded_at", UTCDateTime, nullable=False),  # when HQ took it
    Index("ix_training_results_store_recorded", "store_id", "recorded_at"),
)
