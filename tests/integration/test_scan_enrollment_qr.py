"""`clienteling-hq enrollment-code --qr FILE`: the PNG a new terminal scans to enroll."""

from __future__ import annotations

import subprocess
import sys

import pytest

from clienteling.hq import migrate
from clienteling.hq.db import Database
from clienteling.scan import Enrollment, interpret
from clienteling.scan.image import decode_image
from tests.hq_live import add_stores


def hq(*args: str, db: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "clienteling.hq.cli", *args, "--db", db],
        capture_output=True,
        text=True,
        stdin=subprocess.DEVNULL,
        timeout=120,
    )


@pytest.fixture
def db_url(tmp_path):
    url = f"sqlite:///{tmp_path / 'hq.db'}"
    db = Database(url)
    migrate.upgrade(db)
    add_stores(db)
    db.dispose()
    return url


def test_enrollment_qr_holds_the_printed_code_and_hq_address(db_url, tmp_path):
    png = tmp_path / "enroll.png"
    r = hq(
        "enrollment-code", "--store", "BR-SP-01", "--qr", str(png),
        "--hq-url", "https://hq.example.com:8443", db=db_url,
    )  # fmt: skip
    assert r.returncode == 0, r.stderr
    code = r.stdout.strip().splitlines()[-1]  # still the last line, alone
    assert f"written to {png}" in r.stdout
    (found,) = decode_image(png)
    assert found.format == "QR Code"
    assert interpret(found.scan_text) == Enrollment("https://hq.example.com:8443", code)


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--qr", "x.png"], "--qr needs --hq-url"),
        (["--qr", "x.png", "--hq-url", "http://hq.example.com"], "plain http only"),
        (["--qr", "/no/such/folder/x.png", "--hq-url", "https://hq"], "cannot write"),
    ],
)
def test_enrollment_qr_refuses_before_making_a_code(db_url, tmp_path, args, message):
    r = hq("enrollment-code", "--store", "BR-SP-01", *args, db=db_url)
    assert r.returncode == 2 and message in r.stderr
    db = Database(db_url)
    with db.read() as conn:
        assert conn.exec_driver_sql("SELECT count(*) FROM enrollment_codes").scalar() == 0
    db.dispose()
