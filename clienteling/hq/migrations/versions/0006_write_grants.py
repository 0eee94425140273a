"""write grants: what lets a terminal send an associate's queued writes as theirs

Revision ID: 0006
Revises: 0005
"""

import sqlalchemy as sa
from alembic import op

from clienteling.hq.tables import UTCDateTime

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "write_grants",
        sa.Column("token_hash", sa.String(64), primary_key=True),
        sa.Column("associate_id", sa.String(64), nullable=False),
        sa.Column("device_id", sa.String(64), nullable=False),
        sa.Column("store_id", sa.String(64), nullable=False),
        sa.Column("created_at", UTCDateTime(timezone=True), nullable=False),
        sa.Column("expires_at", UTCDateTime(timezone=True), nullable=False),
        sa.Column("revoked_at", UTCDateTime(timezone=True), nullable=True),
        sa.Column("end_reason", sa.String(16), nullable=True),
    )
    op.create_index("ix_write_grants_associate_id", "write_grants", ["associate_id"])
    op.create_index("ix_write_grants_device_id", "write_grants", ["device_id"])


def downgrade() -> None:
    op.drop_index("ix_write_grants_device_id", table_name="write_grants")
    op.drop_index("ix_write_grants_associate_id", table_name="write_grants")
    op.drop_table("write_grants")
