"""A real PostgreSQL primary and streaming replica of the test's own, on free loopback ports.

The primary is made by initdb (wal_level=replica), the standby by `pg_basebackup -R`
from it, each run by `pg_ctl` in a temporary directory owned by the `postgres` OS user
when the tests run as root (PostgreSQL refuses to run as root). `stop` ends both
(immediate shutdown) and removes the directory, whatever state they are in.
"""

from __future__ import annotations

import os
import pwd
import shutil
import subprocess
import tempfile
import time
import uuid
from pathlib import Path

import psycopg

from tests.hq_live import free_port

PG_BIN = Path(os.environ.get("CLIENTELING_PG_BIN", "/usr/lib/postgresql/15/bin"))
TOOLS = ("initdb", "pg_ctl", "pg_basebackup", "postgres")
AS_ROOT = os.geteuid() == 0
WAIT = 60.0  # seconds any one step may take


def missing() -> str | None:
    """None when a primary and a replica can be started here, else why not."""
    absent = [name for name in TOOLS if not (PG_BIN / name).is_file()]
    if absent:
        return f"PostgreSQL server programs missing in {PG_BIN}: {', '.join(absent)}"
    if AS_ROOT:
        try:
            pwd.getpwnam("postgres")
        except KeyError:
            return "running as root and there is no postgres OS user to run PostgreSQL as"
        if shutil.which("runuser") is None:
            return "running as root and there is no runuser to run PostgreSQL as postgres"
    return None


class Pair:
    """A primary and its streaming replica; `url(db, standby=...)` gives a database's URL."""

    def __init__(self) -> None:
        self.root = Path(tempfile.mkdtemp(prefix="clienteling-replica-"))
        if AS_ROOT:
            user = pwd.getpwnam("postgres")
            os.chown(self.root, user.pw_uid, user.pw_gid)
        self.primary_dir, self.standby_dir = self.root / "primary", self.root / "standby"
        self.primary_port, self.standby_port = free_port(), free_port()
        self._started: list[Path] = []

    def _run(self, *args: str) -> None:
        command = [str(PG_BIN / args[0]), *args[1:]]
        if AS_ROOT:
            command = ["runuser", "-u", "postgres", "--", *command]
        done = subprocess.run(
            command, cwd=self.root, capture_output=True, text=True, timeout=WAIT, check=False
        )
        if done.returncode != 0:
            raise RuntimeError(f"{args[0]} failed: {done.stderr[-2000:]}")

    def start(self) -> Pair:
        try:
            self._start()
        except BaseException:
            self.stop()
            raise
        return self

    def _start(self) -> None:
        self._run("initdb", "-D", str(self.primary_dir), "-U", "postgres", "--auth=trust",
                  "-E", "UTF8", "--locale=C", "--no-sync")  # fmt: skip
        settings = {
            "listen_addresses": "'127.0.0.1'",
            "port": self.primary_port,
            "unix_socket_directories": f"'{self.root}'",
            "wal_level": "replica",
            "max_wal_senders": 4,
            "hot_standby": "on",
            "fsync": "off",  # a test cluster: speed over durability
            "shared_buffers": "32MB",
            "max_connections": 60,
            # Queries on the standby are never cancelled for a replay they hold back.
            "max_standby_streaming_delay": -1,
        }
        with open(self.primary_dir / "postgresql.conf", "a") as conf:
            conf.writelines(f"{k} = {v}\n" for k, v in settings.items())
        self._pg_ctl(self.primary_dir, self.primary_port)
        self._run("pg_basebackup", "-h", "127.0.0.1", "-p", str(self.primary_port),
                  "-U", "postgres", "-D", str(self.standby_dir), "-R", "-X", "stream",
                  "-c", "fast", "--no-sync")  # fmt: skip
        self._pg_ctl(self.standby_dir, self.standby_port)
        deadline = time.monotonic() + WAIT
        while not self._standby_ready():
            if time.monotonic() > deadline:
                raise RuntimeError("the standby did not start streaming")
            time.sleep(0.1)

    def _pg_ctl(self, folder: Path, port: int) -> None:
        self._started.append(folder)
        self._run("pg_ctl", "-D", str(folder), "-l", str(folder) + ".log", "-w", "-t", "60",
                  "-o", f"-p {port}", "start")  # fmt: skip

    def _standby_ready(self) -> bool:
        try:
            with self.admin(standby=True) as conn:
                return conn.execute("SELECT pg_is_in_recovery()").fetchone()[0]
        except psycopg.OperationalError:
            return False

    def stop(self) -> None:
        for folder in reversed(self._started):
            try:
                self._run("pg_ctl", "-D", str(folder), "-m", "immediate", "-t", "30", "stop")
            except (RuntimeError, subprocess.TimeoutExpired):
                pass
        self._started.clear()
        shutil.rmtree(self.root, ignore_errors=True)

    # --- using it ----------------------------------------------------------------------

    def url(self, database: str = "postgres", *, standby: bool = False) -> str:
        port = self.standby_port if standby else self.primary_port
        return f"postgresql://postgres@127.0.0.1:{port}/{database}"

    def admin(self, *, standby: bool = False) -> psycopg.Connection:
        return psycopg.connect(self.url(standby=standby), autocommit=True, connect_timeout=5)

    def create_database(self) -> str:
        name = f"replica_{uuid.uuid4().hex[:10]}"
        with self.admin() as conn:
            conn.execute(f'CREATE DATABASE "{name}"')
        self.caught_up()
        return name

    def drop_database(self, name: str) -> None:
        self.resume()
        with self.admin() as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    def pause(self) -> None:
        """Stop the standby's replay: it goes on receiving WAL and answering reads, and
        shows the primary as of now until `resume`."""
        with self.admin(standby=True) as conn:
            conn.execute("SELECT pg_wal_replay_pause()")
            deadline = time.monotonic() + WAIT
            while conn.execute("SELECT pg_get_wal_replay_pause_state()").fetchone()[0] != "paused":
                if time.monotonic() > deadline:
                    raise RuntimeError("the standby's replay did not pause")
                time.sleep(0.02)

    def resume(self) -> None:
        with self.admin(standby=True) as conn:
            conn.execute("SELECT pg_wal_replay_resume()")

    def caught_up(self) -> None:
        """Wait until the standby has replayed everything the primary wrote before now."""
        with self.admin() as conn:
            target = conn.execute("SELECT pg_current_wal_insert_lsn()").fetchone()[0]
        with self.admin(standby=True) as conn:
            deadline = time.monotonic() + WAIT
            while not conn.execute(
                "SELECT pg_last_wal_replay_lsn() >= %s::pg_lsn", (str(target),)
            ).fetchone()[0]:
                if time.monotonic() > deadline:
                    raise RuntimeError("the standby did not catch up")
                time.sleep(0.02)
