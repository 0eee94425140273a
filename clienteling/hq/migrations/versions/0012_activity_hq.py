"""store activity: order facts for reports, chain settings, indexes for the store's activity

Revision ID: 0012
Revises: 0011
"""

import sqlalchemy as sa
from alembic import op

from clienteling.hq.tables import UTCDateTime

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None

BATCH = 2000
INDEXES = (
    ("ix_activity_kind_store_at", "activity", ["kind", "store_id", "at"]),
    ("ix_activity_shopper_at", "activity", ["shopper_id", "at"]),
    ("ix_notes_store_created", "notes", ["store_id", "created_at"]),
    ("ix_notes_shopper_created", "notes", ["shopper_id", "created_at"]),
    ("ix_tasks_store_created", "tasks", ["store_id", "created_at"]),
    ("ix_tasks_store_done", "tasks", ["store_id", "done_at"]),
    ("ix_feedback_store_created", "feedback", ["store_id", "created_at"]),
    ("ix_profile_changes_device_captured", "profile_changes", ["device_id", "captured_at"]),
    ("ix_purchases_shopper_time", "purchases", ["shopper_id", "purchased_at"]),
)


def upgrade() -> None:
    op.create_table(
        "order_facts",
        sa.Column("order_id", sa.String(36), primary_key=True),
        sa.Column("store_id", sa.String(64), nullable=False),
        sa.Column("associate_id", sa.String(64), nullable=False),
        sa.Column("shopper_id", sa.String(64), nullable=False),
        sa.Column("created_at", UTCDateTime(timezone=True), nullable=False),
        sa.Column("outcome", sa.String(16), nullable=False),
        sa.Column("fulfilment", sa.String(16), nullable=False),
        sa.Column("value_minor", sa.BigInteger(), nullable=False),
        sa.Column("currency", sa.String(3), nullable=False),
        sa.Column("saved_oos", sa.Boolean(), nullable=False),
        sa.Column("status", sa.String(24), nullable=False),
        sa.Column("completed_at", UTCDateTime(timezone=True), nullable=True),
    )
    op.create_index("ix_order_facts_store_created", "order_facts", ["store_id", "created_at"])
    op.create_index("ix_order_facts_shopper_created", "order_facts", ["shopper_id", "created_at"])
    op.create_table(
        "chain_settings",
        sa.Column("name", sa.String(64), primary_key=True),
        sa.Column("value", sa.JSON().with_variant(sa.dialects.postgresql.JSONB(), "postgresql")),
        sa.Column("updated_at", UTCDateTime(timezone=True), nullable=False),
        sa.Column("updated_by", sa.String(64), nullable=False),
    )
    for name, table, columns in INDEXES:
        op.create_index(name, table, columns)
    backfill(op.get_bind())


def backfill(conn) -> int:
    """Facts of the orders placed before this migration. Whether the ordering store had the
    items is not known for them: a line taken from another store counts as saved."""
    from clienteling.hq.tables import order_facts, orders

    o = orders.c
    after, done = "", 0
    while True:
        rows = conn.execute(
            sa.select(orders).where(o.order_id > after).order_by(o.order_id).limit(BATCH)
        ).all()
        if not rows:
            return done
        conn.execute(
            order_facts.insert(),
            [
                {
                    "order_id": r.order_id,
                    "store_id": r.store_id,
                    "associate_id": r.associate_id,
                    "shopper_id": r.shopper_id,
                    "created_at": r.created_at,
                    "outcome": "confirmed",
                    "fulfilment": r.fulfilment,
                    "value_minor": sum(x["quantity"] * x["unit_price_minor"] for x in r.lines),
                    "currency": r.lines[0]["currency"] if r.lines else "",
                    "saved_oos": any(x["source_store"] != r.store_id for x in r.lines),
                    "status": r.status,
                    "completed_at": _completed(r.history),
                }
                for r in rows
            ],
        )
        after, done = rows[-1].order_id, done + len(rows)


def _completed(history):
    from datetime import datetime

    for step in history or ():
        if step.get("status") in ("delivered", "collected"):
            return datetime.fromisoformat(step["at"])
    return None


def downgrade() -> None:
    for name, table, _columns in INDEXES:
        op.drop_index(name, table_name=table)
    op.drop_table("chain_settings")
    op.drop_table("order_facts")
