"""the chain's scan settings and the keys of signed shopper codes

Revision ID: 0002
Revises: 0001
"""

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

import clienteling.hq.tables

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "scan_settings",
        sa.Column("id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column(
            "loyalty_formats",
            sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), "postgresql"),
            nullable=False,
        ),
        sa.Column(
            "product_url_prefixes",
            sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), "postgresql"),
            nullable=False,
        ),
        sa.Column("tracking_url_prefix", sa.String(length=500), nullable=True),
        sa.Column("signup_url", sa.String(length=500), nullable=True),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("updated_at", clienteling.hq.tables.UTCDateTime(timezone=True), nullable=False),
        sa.CheckConstraint("id = 1", name=op.f("ck_scan_settings_one_row")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_scan_settings")),
    )
    op.create_table(
        "shopper_code_keys",
        sa.Column("key_id", sa.String(length=32), nullable=False),
        sa.Column("secret", sa.String(length=128), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("created_at", clienteling.hq.tables.UTCDateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("key_id", name=op.f("pk_shopper_code_keys")),
        sa.UniqueConstraint("position", name=op.f("uq_shopper_code_keys_position")),
    )


def downgrade() -> None:
    op.drop_table("shopper_code_keys")
    op.drop_table("scan_settings")
