"""training results: finished training scenarios, for the trainees' managers

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


def upgrade() -> None:
    op.create_table(
        "training_results",
        sa.Column("result_id", sa.String(64), primary_key=True),
        sa.Column("associate_id", sa.String(64), nullable=False),
        sa.Column("store_id", sa.String(64), nullable=False),
        sa.Column("device_id", sa.String(64), nullable=True),
        sa.Column("scenario_id", sa.String(64), nullable=False),
        sa.Column("seconds", sa.Integer(), nullable=False),
        sa.Column("hints", sa.Integer(), nullable=False),
        sa.Column("mistakes", sa.Integer(), nullable=False),
        sa.Column("finished_at", UTCDateTime(timezone=True), nullable=False),
        sa.Column("recorded_at", UTCDateTime(timezone=True), nullable=False),
    )
    op.create_index(
        "ix_training_results_store_recorded", "training_results", ["store_id", "recorded_at"]
    )


def downgrade() -> None:
    op.drop_index("ix_training_results_store_recorded", table_name="training_results")
    op.drop_table("training_results")
