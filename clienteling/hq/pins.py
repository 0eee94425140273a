"""Associates' PIN hashes at HQ: scrypt at current guidance, with a pepper kept outside
the database.

A PIN has 4 to 8 digits: whoever holds a copy of the database can try all 10^8 of
them against a hash, however slow. So each hash also mixes in a pepper, a secret
that is not in the database: `scrypt(HMAC-SHA256(pepper, PIN), salt, N=2^17, r=8, p=1)`,
stored as `scrypt-pepper$<pepper id>$N$r$p$<salt>$<key>`. A stolen database alone
gives nothing to guess against.

The peppers come from CLIENTELING_HQ_PIN_PEPPER (`ID:SECRET[,ID:SECRET...]`, the
first is the current one), else from the file `pin-peppers.json` next to the HQ
database (CLIENTELING_HQ_PIN_PEPPER_FILE to put it elsewhere; for PostgreSQL, the
user data directory), made with mode 0600 the first time HQ needs it. Several may
be known at once, by id: `clienteling-hq pin-pepper rotate` makes a new current
one, and each associate's hash moves to it at their next right PIN;
`pin-pepper retire ID` drops an old one once no hash uses it.

A hash made another way (the unpeppered `scrypt$...` of older versions and of the
demo seed, a lower cost, an older pepper) still signs in, and is replaced by a
current hash in the same step (`auth.sign_in`).

CLIENTELING_HQ_TEST_PIN_COST sets N for the test suite only (a power of two);
production never sets it.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import os
import secrets
import threading
from dataclasses import dataclass
from pathlib import Path

import platformdirs
from sqlalchemy import func, select
from sqlalchemy.engine import make_url

from clienteling.domain.pins import verify_pin as verify_unpeppered

from . import tables as t
from .db import Database

SCHEME = "scrypt-pepper"
SCRYPT_R, SCRYPT_P = 8, 1
ENV, FILE_ENV, TEST_COST_ENV = (
    "CLIENTELING_HQ_PIN_PEPPER",
    "CLIENTELING_HQ_PIN_PEPPER_FILE",
    "CLIENTELING_HQ_TEST_PIN_COST",
)
FILE_NAME = "pin-peppers.json"
# 128 MiB of memory per hash: no more at once than this, so a burst of sign-ins
# cannot take HQ's memory (the rest wait their turn).
_AT_ONCE = threading.BoundedSemaphore(max(2, min(8, os.cpu_count() or 2)))


def cost() -> int:
    """scrypt's N for new hashes: 2^17 (OWASP's guidance), or the test suite's override."""
    text = os.environ.get(TEST_COST_ENV)
    if not text:
        return 2**17
    n = int(text)
    if n < 2 or n & (n - 1):
        raise ValueError(f"{TEST_COST_ENV}={text!r}: a power of two")
    return n


@dataclass(frozen=True)
class Peppers:
    current: str
    known: dict[str, bytes]
    source: str  # "environment" or the file's path


def _b64(raw: bytes) -> str:
    return base64.b64encode(raw).decode()


def _new_id() -> str:
    return f"pp-{secrets.token_hex(4)}"


def pepper_file(db: Database) -> Path:
    named = os.environ.get(FILE_ENV)
    if named:
        return Path(named)
    url = make_url(db.url)
    if url.get_backend_name() == "sqlite" and url.database not in (None, "", ":memory:"):
        return Path(url.database).resolve().parent / FILE_NAME
    data = Path(platformdirs.user_data_dir("clienteling-hq", appauthor=False))
    return data / FILE_NAME


def _from_env(text: str) -> Peppers:
    known: dict[str, bytes] = {}
    for part in text.split(","):
        pid, sep, secret = part.strip().partition(":")
        if not sep or not pid or len(secret) < 16:
            raise ValueError(
                f"{ENV}: give ID:SECRET[,ID:SECRET...], each secret 16 characters or more"
            )
        known[pid] = secret.encode()
    return Peppers(next(iter(known)), known, "environment")


def _write(path: Path, current: str, known: dict[str, bytes], *, first: bool = False) -> None:
    """Whole or not at all, readable by HQ's user only. `first`: only if there is no file
    yet (HQ processes starting together agree on the one that got there first)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(f"{path.name}.{secrets.token_hex(4)}.partial")
    fd = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as f:
        json.dump({"current": current, "peppers": {k: _b64(v) for k, v in known.items()}}, f)
    os.chmod(partial, 0o600)
    if not first:
        os.replace(partial, path)
        return
    try:
        os.link(partial, path)
    except FileExistsError:
        pass
    finally:
        os.unlink(partial)


_lock = threading.Lock()
_read: dict[Path, tuple[tuple[int, int], Peppers]] = {}


def peppers(db: Database, *, create: bool = True) -> Peppers:
    """The peppers HQ knows now; the file is made with a first pepper when there is none."""
    text = os.environ.get(ENV)
    if text:
        return _from_env(text)
    path = pepper_file(db)
    with _lock:
        try:
            found = path.stat()
        except FileNotFoundError:
            if not create:
                raise ValueError(f"no PIN peppers yet ({path} does not exist)") from None
            first = _new_id()
            _write(path, first, {first: secrets.token_bytes(32)}, first=True)
            found = path.stat()
        mtime = (found.st_mtime_ns, found.st_ino)  # a rewrite is a new file: a new inode
        seen = _read.get(path)
        if seen is not None and seen[0] == mtime:
            return seen[1]
        data = json.loads(path.read_text(encoding="utf-8"))
        known = {k: base64.b64decode(v) for k, v in data["peppers"].items()}
        ring = Peppers(data["current"], known, str(path))
        _read[path] = (mtime, ring)
        return ring


def _scrypt(secret: bytes, salt: bytes, n: int, r: int, p: int, dklen: int) -> bytes:
    with _AT_ONCE:
        return hashlib.scrypt(
            secret, salt=salt, n=n, r=r, p=p, dklen=dklen, maxmem=128 * r * n * p * 2 + 2**24
        )


def hash_pin(db: Database, pin: str) -> str:
    """A current hash: the current pepper, the current cost."""
    pp = peppers(db)
    n, salt = cost(), secrets.token_bytes(16)
    mixed = hmac.new(pp.known[pp.current], pin.encode(), hashlib.sha256).digest()
    key = _scrypt(mixed, salt, n, SCRYPT_R, SCRYPT_P, 32)
    return f"{SCHEME}${pp.current}${n}${SCRYPT_R}${SCRYPT_P}${_b64(salt)}${_b64(key)}"


# Per process, and need not agree between processes: a hash of a random PIN, only its cost.
_dummies: dict[tuple, str] = {}


def dummy_hash(db: Database) -> str:
    """What an attempt nobody may make is checked against: as slow as a current hash."""
    key = (peppers(db).current, cost())
    if key not in _dummies:
        _dummies[key] = hash_pin(db, secrets.token_hex(4))
    return _dummies[key]


def check(db: Database, pin: str, stored: str) -> tuple[bool, bool]:
    """(whether the PIN is right, whether the hash should be made again: unpeppered, an
    older pepper or a lower cost). A hash under a pepper HQ no longer knows is wrong."""
    if not stored.startswith(SCHEME + "$"):
        return verify_unpeppered(pin, stored), True
    pp = peppers(db)
    try:
        _, pid, n, r, p, salt, key = stored.split("$")
        expected = base64.b64decode(key)
        pepper = pp.known.get(pid)
        if pepper is None:
            return False, True
        mixed = hmac.new(pepper, pin.encode(), hashlib.sha256).digest()
        actual = _scrypt(mixed, base64.b64decode(salt), int(n), int(r), int(p), len(expected))
    except (ValueError, TypeError):
        return False, True
    return hmac.compare_digest(actual, expected), pid != pp.current or int(n) < cost()


def pepper_of(stored: str | None) -> str | None:
    """The pepper id a hash uses; None for an unpeppered one."""
    if stored and stored.startswith(SCHEME + "$"):
        return stored.split("$")[1]
    return None


def status(db: Database) -> dict:
    """Where the peppers come from, which is current, and how many associates' hashes use
    each (`unpeppered`: older hashes, moved on at the associate's next sign-in)."""
    pp = peppers(db)
    with db.read() as conn:
        rows = conn.execute(
            select(t.associates.c.pin_hash, func.count()).group_by(t.associates.c.pin_hash)
        ).all()
    uses: dict[str, int] = {}
    for pin_hash, count in rows:
        key = pepper_of(pin_hash) or "unpeppered"
        uses[key] = uses.get(key, 0) + count
    return {"source": pp.source, "current": pp.current, "known": list(pp.known), "uses": uses}


def _file_only(db: Database) -> tuple[Path, Peppers]:
    if os.environ.get(ENV):
        raise ValueError(f"the peppers come from {ENV}: change them there")
    return pepper_file(db), peppers(db)


def rotate(db: Database) -> str:
    """A new current pepper; the old ones stay known until retired."""
    path, pp = _file_only(db)
    new = _new_id()
    with _lock:
        _write(path, new, {**pp.known, new: secrets.token_bytes(32)})
    return new


def retire(db: Database, pepper_id: str, *, force: bool = False) -> int:
    """Forget an old pepper. Refused for the current one, and while hashes still use it
    unless `force`: those associates then need a new PIN (`associate set-pin`)."""
    path, pp = _file_only(db)
    if pepper_id not in pp.known:
        raise ValueError(f"no pepper {pepper_id!r} (known: {', '.join(pp.known)})")
    if pepper_id == pp.current:
        raise ValueError(f"{pepper_id} is the current pepper: rotate first")
    using = status(db)["uses"].get(pepper_id, 0)
    if using and not force:
        raise ValueError(
            f"{using} associate(s) still have a PIN hash under {pepper_id}; it moves at their "
            "next sign-in. Retire it later, or with --force (they will need a new PIN)"
        )
    with _lock:
        _write(path, pp.current, {k: v for k, v in pp.known.items() if k != pepper_id})
    return using
