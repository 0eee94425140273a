"""Alembic environment: runs HQ migrations on the connection handed in by clienteling.hq.migrate."""

from alembic import context

from clienteling.hq.tables import metadata

connection = context.config.attributes["connection"]
context.configure(connection=connection, target_metadata=metadata, render_as_batch=True)
with context.begin_transaction():
    context.run_migrations()
