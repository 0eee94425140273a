"""store activity: a store's own shoppers by index (the report's not-seen list)

Revision ID: 0017
Revises: 0016
"""

from alembic import op

revision = "0017"
down_revision = "0016"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_shoppers_home_store", "shoppers", ["home_store", "shopper_id"])


def downgrade() -> None:
    op.drop_index("ix_shoppers_home_store", table_name="shoppers")
