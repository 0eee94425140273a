"""store activity: the not-seen list from indexes alone (a store's consenting shoppers, and
each one's purchases with their time and total)

Revision ID: 0020
Revises: 0019
"""

from alembic import op

revision = "0020"
down_revision = "0019"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index(
        "ix_shoppers_home_store_consent",
        "shoppers",
        ["home_store", "shopper_id", "consent_email", "consent_sms"],
    )
    op.drop_index("ix_shoppers_home_store", table_name="shoppers")
    op.create_index(
        "ix_purchases_shopper_time_total",
        "purchases",
        ["shopper_id", "purchased_at", "total_minor"],
    )
    op.drop_index("ix_purchases_shopper_time", table_name="purchases")


def downgrade() -> None:
    op.create_index("ix_purchases_shopper_time", "purchases", ["shopper_id", "purchased_at"])
    op.drop_index("ix_purchases_shopper_time_total", table_name="purchases")
    op.create_index("ix_shoppers_home_store", "shoppers", ["home_store", "shopper_id"])
    op.drop_index("ix_shoppers_home_store_consent", table_name="shoppers")
