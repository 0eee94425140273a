"""device state: each terminal's last sync and its queued and refused writes (counts)

Revision ID: 0016
Revises: 0015
"""

import sqlalchemy as sa
from alembic import op

from clienteling.hq.tables import UTCDateTime

revision = "0016"
down_revision = "0015"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("devices", sa.Column("last_sync_at", UTCDateTime(timezone=True), nullable=True))
    op.add_column("devices", sa.Column("queued_writes", sa.Integer(), nullable=True))
    op.add_column("devices", sa.Column("parked_writes", sa.Integer(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("devices") as batch:
        for column in ("parked_writes", "queued_writes", "last_sync_at"):
            batch.drop_column(column)
