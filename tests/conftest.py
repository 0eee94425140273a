"""Shared fixtures: real databases (SQLite files and PostgreSQL databases made per test)."""

from __future__ import annotations

import os
import uuid

import pytest

PG_ADMIN_URL = os.environ.get(
    "CLIENTELING_TEST_PG", "postgresql://postgres@127.0.0.1:5432/postgres"
)
REQUIRE_PG = os.environ.get("CLIENTELING_REQUIRE_PG") == "1"

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def _pg_reason() -> str | None:
    """None when PostgreSQL answers, else why not."""
    try:
        import psycopg

        with psycopg.connect(PG_ADMIN_URL, connect_timeout=3):
            return None
    except Exception as exc:
        return f"PostgreSQL not reachable at {PG_ADMIN_URL}: {exc.__class__.__name__}: {exc}"


_PG_REASON = _pg_reason()


def need_pg() -> None:
    if _PG_REASON is None:
        return
    if REQUIRE_PG:
        pytest.fail(f"CLIENTELING_REQUIRE_PG=1 but {_PG_REASON}")
    pytest.skip(_PG_REASON)


def create_pg_database() -> tuple[str, callable]:
    """Create an empty PostgreSQL database; return its URL and a function that drops it."""
    import psycopg

    need_pg()
    name = f"clienteling_test_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(PG_ADMIN_URL, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    base = PG_ADMIN_URL.rsplit("/", 1)[0]

    def drop() -> None:
        with psycopg.connect(PG_ADMIN_URL, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    return f"{base}/{name}", drop


@pytest.fixture(params=["sqlite", "postgresql"])
def hq_db_url(request, tmp_path):
    """An empty HQ database URL, once on SQLite and once on PostgreSQL."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'hq.db'}"
        return
    url, drop = create_pg_database()
    try:
        yield url
    finally:
        drop()


@pytest.fixture
def hq_db(hq_db_url):
    """A migrated, empty HQ database."""
    from clienteling.hq import migrate
    from clienteling.hq.db import Database

    db = Database(hq_db_url)
    migrate.upgrade(db)
    yield db
    db.dispose()
