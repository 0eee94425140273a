"""indexes that give a store's scope of shoppers from the index alone

Revision ID: 0003
Revises: 0002
"""

from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.drop_index("ix_shoppers_home_region", table_name="shoppers")
    op.create_index("ix_shoppers_region_shopper", "shoppers", ["home_region", "shopper_id"])
    op.create_index("ix_purchases_store_shopper", "purchases", ["store_id", "shopper_id"])


def downgrade() -> None:
    op.drop_index("ix_purchases_store_shopper", table_name="purchases")
    op.drop_index("ix_shoppers_region_shopper", table_name="shoppers")
    op.create_index("ix_shoppers_home_region", "shoppers", ["home_region"])
