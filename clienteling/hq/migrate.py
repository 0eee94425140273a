"""Schema migrations (Alembic), run on start and by `clienteling-hq migrate`."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config

from .db import Database, init_counter

MIGRATIONS = Path(__file__).with_name("migrations")


def alembic_config(connection) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.attributes["connection"] = connection
    return cfg


def upgrade(db: Database) -> None:
    """Bring the database to the newest schema and make sure the change counter exists."""
    with db.engine.connect() as conn:
        if db.dialect == "sqlite":
            conn = conn.execution_options(sqlite_begin="IMMEDIATE")
        with conn.begin():
            command.upgrade(alembic_config(conn), "head")
            init_counter(conn)
