"""profile changes: edits travel as field changes; per-field stamps and history on shoppers

Revision ID: 0008
Revises: 0006
"""

import sqlalchemy as sa
from alembic import op

from clienteling.hq.tables import Json, UTCDateTime

revision = "0008"
down_revision = "0006"
branch_labels = None
depends_on = None

_ID = sa.BigInteger().with_variant(sa.Integer(), "sqlite")


def upgrade() -> None:
    op.add_column(
        "shoppers", sa.Column("field_edits", Json, nullable=False, server_default=sa.text("'{}'"))
    )
    op.create_table(
        "profile_changes",
        sa.Column("id", _ID, primary_key=True, autoincrement=True),
        sa.Column("shopper_id", sa.String(64), nullable=False),
        sa.Column("field", sa.String(80), nullable=False),
        sa.Column("value", Json, nullable=True),
        sa.Column("previous", Json, nullable=True),
        sa.Column("captured_at", UTCDateTime(timezone=True), nullable=False),
        sa.Column("received_at", UTCDateTime(timezone=True), nullable=False),
        sa.Column("associate_id", sa.String(64), nullable=False),
        sa.Column("device_id", sa.String(64), nullable=True),
        sa.Column("base_version", sa.BigInteger(), nullable=False),
        sa.Column("applied", sa.Boolean(), nullable=False),
        sa.Column("superseded", sa.Boolean(), nullable=False),
    )
    op.create_index("ix_profile_changes_shopper_field", "profile_changes", ["shopper_id", "field"])


def downgrade() -> None:
    op.drop_index("ix_profile_changes_shopper_field", table_name="profile_changes")
    op.drop_table("profile_changes")
    with op.batch_alter_table("shoppers") as batch:
        batch.drop_column("field_edits")
