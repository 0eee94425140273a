"""revocation: who revoked a terminal or token and when each was last used; why a session ended

Revision ID: 0005
Revises: 0004
"""

import sqlalchemy as sa
from alembic import op

from clienteling.hq.tables import UTCDateTime

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    for table in ("devices", "api_tokens"):
        op.add_column(table, sa.Column("last_used_at", UTCDateTime(timezone=True), nullable=True))
        op.add_column(table, sa.Column("revoked_by", sa.String(64), nullable=True))
    op.add_column("sessions", sa.Column("end_reason", sa.String(16), nullable=True))
    # Revoking a terminal or changing a PIN ends that terminal's or associate's sessions.
    op.create_index("ix_sessions_associate_id", "sessions", ["associate_id"])
    op.create_index("ix_sessions_device_id", "sessions", ["device_id"])


def downgrade() -> None:
    op.drop_index("ix_sessions_device_id", table_name="sessions")
    op.drop_index("ix_sessions_associate_id", table_name="sessions")
    with op.batch_alter_table("sessions") as batch:
        batch.drop_column("end_reason")
    for table in ("api_tokens", "devices"):
        with op.batch_alter_table(table) as batch:
            batch.drop_column("revoked_by")
            batch.drop_column("last_used_at")
