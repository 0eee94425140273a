"""Shared fixtures: real databases (SQLite files and PostgreSQL databases made per test)."""

from __future__ import annotations

import atexit
import os
import shutil
import subprocess
import tempfile
import time
import uuid
from contextlib import contextmanager

import pytest

PG_ADMIN_URL = os.environ.get(
    "CLIENTELING_TEST_PG", "postgresql://postgres@127.0.0.1:5432/postgres"
)
REQUIRE_PG = os.environ.get("CLIENTELING_REQUIRE_PG") == "1"

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# HQ's PIN hashes at the cost of older versions (2^14, 16 MiB) rather than 2^17: the suite
# makes hundreds. Their pepper in one file for the run (HQ processes the tests start share
# it); tests about where the file goes take these out.
os.environ.setdefault("CLIENTELING_HQ_TEST_PIN_COST", str(2**14))
_PEPPERS = tempfile.mkdtemp(prefix="clienteling-peppers-")
atexit.register(shutil.rmtree, _PEPPERS, ignore_errors=True)
os.environ.setdefault("CLIENTELING_HQ_PIN_PEPPER_FILE", os.path.join(_PEPPERS, "pin-peppers.json"))


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


REQUIRE_KEYRING = os.environ.get("CLIENTELING_REQUIRE_KEYRING") == "1"


@pytest.fixture
def secret_service(tmp_path, monkeypatch):
    from keyring.backends import SecretService

    """dbus-daemon + gnome-keyring-daemon, both private to this test and stopped after it."""
    missing = [b for b in ("dbus-daemon", "gnome-keyring-daemon") if not shutil.which(b)]
    if missing:
        reason = f"{', '.join(missing)} not installed (scripts/bootstrap installs them)"
        if REQUIRE_KEYRING:
            pytest.fail(f"CLIENTELING_REQUIRE_KEYRING=1 but {reason}")
        pytest.skip(reason)
    env = {
        **os.environ,
        "XDG_DATA_HOME": str(tmp_path / "data"),
        "XDG_RUNTIME_DIR": str(tmp_path / "run"),
        "HOME": str(tmp_path),
    }
    os.makedirs(env["XDG_RUNTIME_DIR"], mode=0o700)
    bus = subprocess.Popen(
        ["dbus-daemon", "--session", "--nofork", "--print-address=1"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        env=env,
    )
    address = bus.stdout.readline().strip()
    env["DBUS_SESSION_BUS_ADDRESS"] = address
    daemon = subprocess.Popen(
        ["gnome-keyring-daemon", "--foreground", "--unlock", "--components=secrets"],
        stdin=subprocess.PIPE,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env=env,
    )
    daemon.stdin.write(b"terminal-login-password")
    daemon.stdin.close()
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", address)
    # The daemon makes and unlocks the login keyring from the password on stdin; asking
    # before that exists would make it prompt (and fail) for a new default collection.
    login = tmp_path / "data" / "keyrings" / "login.keyring"
    deadline = time.monotonic() + 30
    while not login.exists():
        if time.monotonic() > deadline or daemon.poll() is not None:
            raise RuntimeError("gnome-keyring-daemon did not create the login keyring")
        time.sleep(0.05)
    backend = SecretService.Keyring()
    deadline = time.monotonic() + 20
    while True:  # wait until the daemon owns the Secret Service name
        try:
            backend.get_password("clienteling-probe", "x")
            break
        except Exception:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.1)
    yield backend
    daemon.terminate()
    bus.terminate()
    daemon.wait(10)
    bus.wait(10)


@contextmanager
def training_terminal(folder, chain: dict, *, start: bool = True):
    """A training terminal in `folder`'s own data root, on a small generated chain, without a
    secure keyring (training then keeps its secrets in memory), stopped at the end. The
    keyring backend is set for the process and put back after: keyring picks it once per
    process, and has no public way to go back to "not chosen yet"."""
    import keyring.core
    from keyring.backends import null

    from clienteling import paths
    from clienteling.app import TrainingTerminal

    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("CLIENTELING_HOME", str(folder / "home"))
        mp.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.null.Keyring")
        mp.setattr(keyring.core, "_keyring_backend", null.Keyring())
        terminal = TrainingTerminal(paths.training_dir(), chain=chain)
        if start:
            terminal.start()
        try:
            yield terminal
        finally:
            terminal.close()
