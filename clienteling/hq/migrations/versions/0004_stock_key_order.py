"""stock indexed by (sku, store_id) with every column the feed sends: a first load in the terminals' key order from the index alone

Revision ID: 0004
Revises: 0003
"""

from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.drop_index("ix_stock_sku", table_name="stock")
    op.create_index(
        "ix_stock_sku_store", "stock", ["sku", "store_id", "seq", "on_hand", "reserved", "as_of"]
    )


def downgrade() -> None:
    op.drop_index("ix_stock_sku_store", table_name="stock")
    op.create_index("ix_stock_sku", "stock", ["sku"])
