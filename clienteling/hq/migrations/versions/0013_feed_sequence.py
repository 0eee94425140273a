"""feed sequence: change-sequence values from a PostgreSQL sequence, not a locked counter row

Revision ID: 0013
Revises: 0011

On PostgreSQL write transactions stop locking `change_counter`: they take values
from `change_seq`, which starts after the counter's value, and readers serve
changes only up to the feed's watermark (hq/db.py). SQLite keeps the counter and
its one writer at a time; nothing changes there.
"""

import sqlalchemy as sa
from alembic import op

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None


def upgrade() -> None:
    conn = op.get_bind()
    if conn.dialect.name != "postgresql":
        return
    # CACHE 1 (the default): each value is taken from the shared sequence, so values are
    # handed out in time order, which the watermark relies on.
    op.execute("CREATE SEQUENCE change_seq AS bigint MINVALUE 1 CACHE 1 NO CYCLE")
    value = conn.execute(sa.text("SELECT value FROM change_counter WHERE id = 1")).scalar()
    # The counter row may not exist yet (a new database: migrate.upgrade adds it after).
    if value:
        conn.execute(sa.text("SELECT setval('change_seq', :v, true)"), {"v": value})


def downgrade() -> None:
    conn = op.get_bind()
    if conn.dialect.name != "postgresql":
        return
    last = conn.execute(
        sa.text("SELECT CASE WHEN is_called THEN last_value ELSE 0 END FROM change_seq")
    ).scalar_one()
    conn.execute(
        sa.text("UPDATE change_counter SET value = GREATEST(value, :v) WHERE id = 1"), {"v": last}
    )
    op.execute("DROP SEQUENCE change_seq")
