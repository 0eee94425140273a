"""shopper access: shoppers served outside their home store, audited

Revision ID: 0010
Revises: 0009
"""

import sqlalchemy as sa
from alembic import op

from clienteling.hq.tables import UTCDateTime

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None

_ID = sa.BigInteger().with_variant(sa.Integer(), "sqlite")


def upgrade() -> None:
    op.create_table(
        "shopper_access",
        sa.Column("id", _ID, primary_key=True, autoincrement=True),
        sa.Column("at", UTCDateTime(timezone=True), nullable=False),
        sa.Column("actor_kind", sa.String(16), nullable=False),
        sa.Column("associate_id", sa.String(64), nullable=True),
        sa.Column("actor_id", sa.String(64), nullable=False),
        sa.Column("store_id", sa.String(64), nullable=False),
        sa.Column("device_id", sa.String(64), nullable=True),
        sa.Column("shopper_id", sa.String(64), nullable=False),
        sa.Column("home_store", sa.String(64), nullable=True),
        sa.Column("action", sa.String(32), nullable=False),
    )
    op.create_index("ix_shopper_access_store_at", "shopper_access", ["store_id", "at"])


def downgrade() -> None:
    op.drop_index("ix_shopper_access_store_at", table_name="shopper_access")
    op.drop_table("shopper_access")
