"""No shopper data in HQ's logs: with every logger at DEBUG (HQ's, uvicorn's with the access
log on, SQLAlchemy's), normal writes and reads of canary values, the whole bad-input table
and an unexpected database error leave no canary in any line. An unexpected error is one
line with an error id the answer carries too. On SQLite and PostgreSQL."""

from __future__ import annotations

import logging
import uuid

import pytest
from sqlalchemy import text

from tests.hq_live import add_shopper, set_stock
from tests.integration.bad_input import (
    CANARIES,
    CANARY_EMAIL,
    CANARY_LOYALTY,
    CANARY_NAME,
    CANARY_NOTE,
    CANARY_PHONE,
    CANARY_STREET,
    CASES,
    STORE,
    database_url,
    served_hq,
)

# Loggers that do not hand their records to the root logger, or that start quieter.
LOGGERS = ("uvicorn", "uvicorn.error", "uvicorn.access", "sqlalchemy")
# The test's own HTTP client logs in this process too; it is not HQ (the terminal's
# client is test_terminal_logs.py's).
CLIENT = ("httpx", "httpcore")


@pytest.fixture
def everything_logged(caplog):
    """Every record of every logger at DEBUG, in caplog (call after uvicorn set its own)."""
    caplog.set_level(logging.DEBUG)

    def start() -> None:
        for name in LOGGERS:
            logger = logging.getLogger(name)
            saved.append((logger, logger.level, logger.propagate))
            logger.setLevel(logging.DEBUG)
            if not logger.propagate:
                logger.addHandler(caplog.handler)

    saved: list = []
    yield start
    for logger, level, _propagate in saved:
        logger.setLevel(level)
        if caplog.handler in logger.handlers:
            logger.removeHandler(caplog.handler)


@pytest.fixture(params=["sqlite", "postgresql"])
def served(request, tmp_path):
    url, drop = database_url(request.param, tmp_path)
    try:
        yield from served_hq(url, access_log=True)
    finally:
        drop()


def canary_shopper(served) -> str:
    add_shopper(
        served.db,
        "sh9",
        STORE,
        last_name=CANARY_NAME,
        loyalty_id=CANARY_LOYALTY,
        emails=[CANARY_EMAIL],
        primary_email=CANARY_EMAIL,
        phones=[CANARY_PHONE],
        primary_phone=CANARY_PHONE,
        address={"line1": CANARY_STREET, "city": "São Paulo", "country": "BR"},
    )
    set_stock(served.db, STORE, "ST1-BLK-M", 5)
    return "sh9"


def normal_requests(served, shopper: str) -> None:
    """What terminals and integrations do every day, with the canary shopper's data."""
    tokens = served.tokens
    with served.hq.client(tokens["associate"]) as c:
        for q in (CANARY_PHONE, CANARY_EMAIL, CANARY_LOYALTY, CANARY_NAME):
            r = c.get("/v1/shoppers", params={"q": q})
            assert r.status_code == 200 and r.json()["shoppers"], (q, r.text)
        assert c.get(f"/v1/shoppers/{shopper}").status_code == 200
        note = {
            "note_id": str(uuid.uuid4()),
            "shopper_id": shopper,
            "reason": "gift",
            "text": f"{CANARY_NOTE}: ring {CANARY_PHONE}, deliver to {CANARY_STREET}",
        }
        assert c.post("/v1/notes", json=note).status_code == 201
        assert c.post("/v1/notes", json=note).status_code == 201  # replayed
        order = {
            "order_id": str(uuid.uuid4()),
            "shopper_id": shopper,
            "lines": [{"sku": "ST1-BLK-M", "quantity": 1}],
            "fulfilment": "ship",
            "address": {
                "line1": CANARY_STREET,
                "city": "São Paulo",
                "postcode": "01305-000",
                "country": "BR",
            },
            "note": f"for {CANARY_NAME}",
        }
        r = c.post("/v1/orders", json=order)
        assert r.status_code == 201, r.text
        task = {"task_id": str(uuid.uuid4()), "shopper_id": shopper, "title": CANARY_NOTE}
        assert c.post("/v1/tasks", json=task).status_code == 201
        prefs = {"change_id": str(uuid.uuid4()), "brands": [CANARY_NAME]}
        assert c.put(f"/v1/shoppers/{shopper}/preferences", json=prefs).status_code == 201
        assert c.get("/v1/orders", params={"shopper_id": shopper}).status_code == 200
    with served.hq.client(tokens["device"]) as dev:
        for collection in ("shoppers", "notes", "orders", "tasks"):
            page = dev.get(f"/v1/sync/{collection}").json()
            assert page["rows"], collection
    with served.hq.client(tokens["manager"]) as c:
        assert c.delete(f"/v1/shoppers/{shopper}").status_code == 200


def refuse_notes_with(served, marker: str) -> None:
    """The database refuses a note whose text holds `marker`: an error HQ does not expect,
    whose words quote the row (PostgreSQL's "Failing row contains (...)")."""
    with served.db.engine.begin() as conn:
        if served.db.dialect == "sqlite":
            conn.execute(
                text(
                    "CREATE TRIGGER refuse_marker BEFORE INSERT ON notes "
                    f"WHEN instr(NEW.text, '{marker}') > 0 "
                    "BEGIN SELECT RAISE(ABORT, 'refused by a trigger'); END"
                )
            )
        else:
            conn.execute(
                text(
                    "ALTER TABLE notes ADD CONSTRAINT refuse_marker "
                    f"CHECK (strpos(text, '{marker}') = 0) NOT VALID"
                )
            )


def test_no_shopper_data_reaches_hqs_logs(served, everything_logged, caplog):
    shopper = canary_shopper(served)
    everything_logged()
    normal_requests(served, shopper)
    for bad in CASES:  # their answers are test_hq_bad_input.py's business
        served.send(bad)
    refuse_notes_with(served, "boom-4471")
    note = {
        "note_id": str(uuid.uuid4()),
        "shopper_id": "sh1",
        "reason": "gift",
        "text": f"boom-4471 {CANARY_NOTE} {CANARY_PHONE} {CANARY_EMAIL} {CANARY_STREET}",
    }
    with served.hq.client(served.tokens["associate"]) as c:
        r = c.post("/v1/notes", json=note)
    assert r.status_code == 500, r.text

    records = [r for r in caplog.records if not r.name.startswith(CLIENT)]
    logged = "\n".join(caplog.handler.format(r) for r in records)
    for canary in CANARIES:
        assert canary not in logged, canary
        assert canary.replace("+", "%2B").replace("@", "%40") not in logged, canary
    # Every family of loggers was heard, so the silence above means something.
    assert "INSERT INTO notes" in logged  # SQLAlchemy's statements
    assert any(r.levelno == logging.DEBUG and r.name.startswith("sqlalchemy") for r in records)
    assert '"POST /v1/notes HTTP/1.1" 201' in logged  # uvicorn's access log
    assert "GET /v1/shoppers HTTP/1.1" in logged  # ...without the search's query
    # The unexpected error: one line, with its id, its kinds and places, at ERROR.
    error_id = r.json()["error"]["details"]["error_id"]
    assert error_id in r.json()["error"]["message"]
    lines = [r for r in records if error_id in r.getMessage()]
    assert len(lines) == 1, [r.getMessage() for r in lines]
    assert lines[0].levelno == logging.ERROR and lines[0].name == "clienteling.hq"
    assert "POST /v1/notes" in lines[0].getMessage()
    assert "IntegrityError" in lines[0].getMessage()
    assert "clienteling/hq/writes.py" in lines[0].getMessage()
    assert not [r for r in records if r.exc_info], "a traceback was logged"
    assert "Exception in ASGI application" not in logged
