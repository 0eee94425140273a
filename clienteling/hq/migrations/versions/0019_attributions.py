"""store activity: kept as written, each purchase's last serving (attributions) and each
serving with the shopper's next purchase (servings)

Revision ID: 0019
Revises: 0018
"""

import sqlalchemy as sa
from alembic import op

import clienteling.hq.tables

revision = "0019"
down_revision = "0018"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "attributions",
        sa.Column("purchase_id", sa.String(64), primary_key=True),
        sa.Column("shopper_id", sa.String(64), nullable=False),
        sa.Column("purchased_at", clienteling.hq.tables.UTCDateTime(timezone=True), nullable=False),
        sa.Column("store_id", sa.String(64)),
        sa.Column("channel", sa.String(16), nullable=False),
        sa.Column("total_minor", sa.BigInteger(), nullable=False),
        sa.Column("served_store", sa.String(64), nullable=False),
        sa.Column("associate_id", sa.String(64), nullable=False),
        sa.Column("served_at", clienteling.hq.tables.UTCDateTime(timezone=True), nullable=False),
        sa.Column("served_kind", sa.String(32), nullable=False),
        sa.Column("served_rid", sa.String(64), nullable=False),
    )
    op.create_index(
        "ix_attributions_served_store", "attributions", ["served_store", "purchased_at"]
    )
    op.create_index("ix_attributions_shopper", "attributions", ["shopper_id", "purchased_at"])
    op.create_table(
        "servings",
        sa.Column("kind", sa.String(32), primary_key=True),
        sa.Column("rid", sa.String(64), primary_key=True),
        sa.Column("store_id", sa.String(64), nullable=False),
        sa.Column("associate_id", sa.String(64), nullable=False),
        sa.Column("shopper_id", sa.String(64), nullable=False),
        sa.Column("at", clienteling.hq.tables.UTCDateTime(timezone=True), nullable=False),
        sa.Column("next_purchase_at", clienteling.hq.tables.UTCDateTime(timezone=True)),
    )
    op.create_index("ix_servings_store_at", "servings", ["store_id", "at"])
    op.create_index("ix_servings_shopper_at", "servings", ["shopper_id", "at"])
    # The rows written before: computed once from the raw rows, as the CLI's rebuild does.
    from clienteling.hq import report_kept

    report_kept.rebuild(op.get_bind())


def downgrade() -> None:
    op.drop_table("servings")
    op.drop_table("attributions")
