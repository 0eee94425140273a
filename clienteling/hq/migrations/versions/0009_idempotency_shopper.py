"""erasure: stored first answers name their shopper, so erasing the shopper redacts them

Revision ID: 0009
Revises: 0008
"""

import sqlalchemy as sa
from alembic import op

from clienteling.hq.tables import Json

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None

# Where the key of a stored answer is the id of a row that names the shopper.
_MADE = {
    "order": ("orders", "order_id"),
    "note": ("notes", "note_id"),
    "wishlist": ("wishlist", "item_id"),
    "task": ("tasks", "task_id"),
    "feedback": ("feedback", "feedback_id"),
}
_ERASED = {
    "error": {
        "code": "shopper_erased",
        "message": "this shopper's data was erased at HQ; the request was not repeated",
        "details": None,
    }
}


def upgrade() -> None:
    op.add_column("idempotency", sa.Column("shopper_id", sa.String(64), nullable=True))
    op.create_index("ix_idempotency_shopper_id", "idempotency", ["shopper_id"])
    conn = op.get_bind()
    idem = sa.table(
        "idempotency",
        sa.column("key", sa.String),
        sa.column("kind", sa.String),
        sa.column("shopper_id", sa.String),
        sa.column("status_code", sa.Integer),
        sa.column("response", Json),
    )
    # Answers stored before name their shopper through the row they made (orders are kept
    # after an erasure, so an erased shopper's stored order answers are found too).
    for kind, (table, key) in _MADE.items():
        made = sa.table(table, sa.column(key, sa.String), sa.column("shopper_id", sa.String))
        conn.execute(
            idem.update()
            .where(idem.c.kind == kind)
            .values(
                shopper_id=sa.select(made.c.shopper_id)
                .where(made.c[key] == idem.c.key)
                .scalar_subquery()
            )
        )
    # Profile writes answered {"id": shopper_id}; their key is the change's own id.
    rows = conn.execute(
        sa.select(idem.c.key, idem.c.response).where(idem.c.kind.in_(("preferences", "consent")))
    ).all()
    for row in rows:
        if isinstance(row.response, dict) and isinstance(row.response.get("id"), str):
            conn.execute(
                idem.update().where(idem.c.key == row.key).values(shopper_id=row.response["id"])
            )
    # Shoppers erased before this version: their stored answers are redacted now.
    tombstones = sa.table(
        "tombstones", sa.column("collection", sa.String), sa.column("key", sa.String)
    )
    shoppers = sa.table("shoppers", sa.column("shopper_id", sa.String))
    erased = (
        sa.select(tombstones.c.key)
        .where(tombstones.c.collection == "shoppers")
        .where(~sa.exists().where(shoppers.c.shopper_id == tombstones.c.key))
    )
    conn.execute(
        idem.update().where(idem.c.shopper_id.in_(erased)).values(status_code=410, response=_ERASED)
    )


def downgrade() -> None:
    op.drop_index("ix_idempotency_shopper_id", table_name="idempotency")
    with op.batch_alter_table("idempotency") as batch:
        batch.drop_column("shopper_id")
