"""device versions and fleet settings: what each terminal runs, what the chain wants

Revision ID: 0015
Revises: 0014
"""

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

from clienteling.hq.tables import UTCDateTime

revision = "0015"
down_revision = "0014"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("devices", sa.Column("app_version", sa.String(length=40), nullable=True))
    op.add_column("devices", sa.Column("cache_schema", sa.Integer(), nullable=True))
    op.add_column("devices", sa.Column("protocol", sa.Integer(), nullable=True))
    op.add_column("devices", sa.Column("versions_at", UTCDateTime(timezone=True), nullable=True))
    op.create_table(
        "fleet_settings",
        sa.Column("scope", sa.String(length=64), nullable=False),
        sa.Column("name", sa.String(length=64), nullable=False),
        sa.Column(
            "value",
            sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), "postgresql"),
            nullable=False,
        ),
        sa.Column("updated_at", UTCDateTime(timezone=True), nullable=False),
        sa.Column("updated_by", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("scope", "name", name=op.f("pk_fleet_settings")),
    )


def downgrade() -> None:
    op.drop_table("fleet_settings")
    with op.batch_alter_table("devices") as batch:
        for column in ("versions_at", "protocol", "cache_schema", "app_version"):
            batch.drop_column(column)
