"""shopper name key: folded, transliterated name words for HQ's chain-wide search

Revision ID: 0011
Revises: 0010
"""

import sqlalchemy as sa
from alembic import op

from clienteling.domain.folding import name_key

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None

BATCH = 5000


def upgrade() -> None:
    op.add_column(
        "shoppers", sa.Column("name_key", sa.Text(), nullable=False, server_default=sa.text("''"))
    )
    backfill(op.get_bind())


def backfill(conn) -> int:
    """Set every shopper's key from their names, in batches of shopper ids; returns how many."""
    shoppers = sa.table(
        "shoppers",
        sa.column("shopper_id", sa.String),
        sa.column("first_name", sa.String),
        sa.column("last_name", sa.String),
        sa.column("name_key", sa.Text),
    )
    c = shoppers.c
    update = (
        sa.update(shoppers)
        .where(c.shopper_id == sa.bindparam("sid"))
        .values(name_key=sa.bindparam("key"))
    )
    after, done = "", 0
    while True:
        rows = conn.execute(
            sa.select(c.shopper_id, c.first_name, c.last_name)
            .where(c.shopper_id > after)
            .order_by(c.shopper_id)
            .limit(BATCH)
        ).all()
        if not rows:
            return done
        conn.execute(update, [{"sid": r[0], "key": name_key(r[1], r[2])} for r in rows])
        after, done = rows[-1][0], done + len(rows)


def downgrade() -> None:
    with op.batch_alter_table("shoppers") as batch:
        batch.drop_column("name_key")
