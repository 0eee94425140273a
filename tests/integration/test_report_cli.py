"""`clienteling report store-activity` as a separate process: a real HQ, keyring and cache."""

from __future__ import annotations

import csv
import uuid
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from clienteling.domain.kpis import KEYS
from clienteling.hq import auth
from tests.hq_live import LiveHQ, set_stock, small_chain
from tests.integration.test_terminal_cli import term

STORE = "BR-SP-01"


def test_managers_export_csv_others_are_refused(hq_db, tmp_path, secret_service):
    chain = small_chain(hq_db)
    staff = chain["staff"][STORE]
    set_stock(hq_db, STORE, "ST1-BLK-M", 3)
    home = tmp_path / "terminal"
    today = datetime.now(ZoneInfo("America/Sao_Paulo")).date()
    period = (
        "--from",
        (today - timedelta(1)).isoformat(),
        "--to",
        (today + timedelta(1)).isoformat(),
    )
    with LiveHQ(hq_db) as hq:
        device = hq.enroll(STORE, "till 2")
        with hq.client(hq.sign_in(device, staff["associate"])) as c:
            note = {
                "note_id": str(uuid.uuid4()),
                "shopper_id": "sh1",
                "reason": "gift",
                "text": "Birthday in May",
            }
            assert c.post("/v1/notes", json=note).status_code == 201
            order = {
                "order_id": str(uuid.uuid4()),
                "shopper_id": "sh1",
                "fulfilment": "pickup",
                "pickup_store": STORE,
                "lines": [{"sku": "ST1-BLK-M", "quantity": 2}],
            }
            assert c.post("/v1/orders", json=order).status_code == 201
        code = auth.create_enrollment_code(hq_db, STORE, 1, datetime.now(UTC))
        assert term(home, "enroll", "--hq", hq.url, "--code", code).returncode == 0
        out = tmp_path / "activity.csv"
        base = ("report", "store-activity", "--store", STORE, *period, "--out", str(out))
        refused = term(home, *base, "--associate", staff["associate"], pin="2468")
        assert refused.returncode == 1 and "only a manager" in refused.stderr, refused.stderr
        assert not out.exists()
        made = term(home, *base, "--associate", staff["manager"], "--format", "csv", pin="2468")
        assert made.returncode == 0, made.stderr
        with out.open(newline="", encoding="utf-8") as f:
            rows = list(csv.reader(f))
        assert rows[0] == ["associate_id", "kpi", "value"]
        body = rows[1:]
        assert [r[1] for r in body] == list(KEYS) * 2  # the store, then the associate
        assert {r[0] for r in body} == {"", staff["associate"]}
        store = {r[1]: r[2] for r in body if r[0] == ""}
        assert store["notes_added"] == "1" and store["orders_placed"] == "1"
        assert store["orders_value"] == str(2 * 18900) and store["csat_average"] == ""
        only = term(
            home,
            *base,
            "--associate",
            staff["manager"],
            "--only",
            staff["associate"],
            "--json",
            pin="2468",
        )
        assert only.returncode == 0, only.stderr
        with out.open(newline="", encoding="utf-8") as f:
            assert {r[0] for r in list(csv.reader(f))[1:]} == {staff["associate"]}
        nobody = term(home, *base, "--associate", staff["manager"], "--only", "ghost", pin="2468")
        assert nobody.returncode == 1 and "no activity" in nobody.stderr
        pdf = term(home, *base, "--associate", staff["manager"], "--format", "pdf", pin="2468")
        # The PDF is drawn by the manager's view (clienteling/ui/activity_pdf.py).
        assert pdf.returncode == 0 or "PDF export is not part of this build" in pdf.stderr
        other = term(
            home,
            "report",
            "store-activity",
            "--store",
            "ES-MD-01",
            *period,
            "--out",
            str(out),
            "--associate",
            staff["manager"],
            pin="2468",
        )
        assert other.returncode == 1 and "works for store BR-SP-01" in other.stderr
        bad = term(
            home,
            "report",
            "store-activity",
            "--store",
            STORE,
            "--from",
            "2026-02-30",
            "--to",
            "2026-03-01",
            "--out",
            str(out),
            "--associate",
            staff["manager"],
        )
        assert bad.returncode == 2 and "YYYY-MM-DD" in bad.stderr
