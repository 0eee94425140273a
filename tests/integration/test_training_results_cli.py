"""`clienteling training results`: a store's manager reads the trainees' finished scenarios
from HQ; anyone else is refused. Separate processes, a real HQ (SQLite, then PostgreSQL),
a real keyring and cache file; the record made by the training side's own hand-off."""

from __future__ import annotations

import json
from datetime import UTC, datetime

from clienteling import paths
from clienteling.domain.training_records import TrainingRecord
from clienteling.hq import auth, fleet
from clienteling.hq import tables as t
from clienteling.services.training_results import hand_off
from tests.hq_live import LiveHQ, small_chain
from tests.integration.test_terminal_cli import term

STORE = "BR-SP-01"
TRAINEE, ASSOCIATE, MANAGER = (f"{STORE}-{r}" for r in ("trainee", "associate", "manager"))
SUMMARY = {"scenario_id": "pick-up-here", "seconds": 130, "hints": 2, "mistakes": 1}


def test_a_manager_reads_the_stores_training_results(hq_db, tmp_path, secret_service):
    small_chain(hq_db)
    home = tmp_path / "clienteling"  # the data folder (CLIENTELING_HOME) of these commands
    handoff = home / "training-results"
    assert handoff == paths.training_results_dir(home / "terminal")
    record = TrainingRecord.finished(TRAINEE, SUMMARY)
    # The training app leaves it where a production terminal of this data folder finds it.
    hand_off(handoff, record)
    with LiveHQ(hq_db) as hq:
        code = auth.create_enrollment_code(hq_db, STORE, 1, datetime.now(UTC))
        assert term(home, "enroll", "--hq", hq.url, "--code", code).returncode == 0
        assert term(home, "sync").returncode == 0
        none_yet = term(home, "training", "results", "--associate", MANAGER, pin="2468")
        assert none_yet.returncode == 0, none_yet.stderr
        assert none_yet.stdout.strip() == "no training results for this store yet"

        # Signing in alone sends nothing (here through a command that then refuses them).
        refused = term(home, "training", "results", "--associate", TRAINEE, pin="2468")
        assert refused.returncode == 1 and refused.stdout == ""
        assert "only a manager can see the store's training results" in refused.stderr
        assert list(handoff.glob("*.json")), "nothing moves until the trainee says it is theirs"
        # The trainee says the waiting result is theirs: queued as their write, and sent.
        sent = term(home, "training", "send", "--associate", TRAINEE, "--json", pin="2468")
        assert sent.returncode == 0, sent.stderr
        assert json.loads(sent.stdout) == {"queued": [record.result_id], "delivered": 1}
        assert not list(handoff.glob("*.json"))

        asked = term(home, "training", "results", "--associate", ASSOCIATE, pin="2468")
        assert asked.returncode == 1 and "only a manager" in asked.stderr
        wrong = term(home, "training", "results", "--associate", MANAGER, pin="1111")
        assert wrong.returncode == 1 and "PIN is wrong" in wrong.stderr

        answer = term(home, "training", "results", "--associate", MANAGER, "--json", pin="2468")
        assert answer.returncode == 0, answer.stderr
        [row] = json.loads(answer.stdout)
        assert row["result_id"] == record.result_id
        assert (row["employee_id"], row["name"]) == (TRAINEE, f"Trainee of {STORE}")
        assert (row["scenario_id"], row["seconds"], row["hints"], row["mistakes"]) == (
            "pick-up-here",
            130,
            2,
            1,
        )
        text = term(home, "training", "results", "--associate", MANAGER, pin="2468").stdout
        assert f"{TRAINEE}  Trainee of {STORE}  pick-up-here  2:10  hints 2  mistakes 1" in text
        one = term(
            home, "training", "results", "--associate", MANAGER, "--trainee", ASSOCIATE, pin="2468"
        )
        assert one.stdout.strip() == "no training results for this store yet"
    with hq_db.read() as conn:
        assert conn.execute(t.training_results.select()).all()[0].associate_id == TRAINEE


def test_with_training_off_for_the_store_practice_commands_refuse_and_results_still_go(
    hq_db, tmp_path, secret_service
):
    """As the training app does: no reset nor practice cards while HQ says this store does
    not train; the scenarios, the results already made and sending them stay allowed."""
    small_chain(hq_db)
    home = tmp_path / "clienteling"
    record = TrainingRecord.finished(TRAINEE, SUMMARY)
    hand_off(paths.training_results_dir(home / "terminal"), record)
    fleet.set_value(hq_db, "training", "off", datetime.now(UTC), store_id=STORE, actor="test")
    with LiveHQ(hq_db) as hq:
        code = auth.create_enrollment_code(hq_db, STORE, 1, datetime.now(UTC))
        assert term(home, "enroll", "--hq", hq.url, "--code", code).returncode == 0
        assert term(home, "sync").returncode == 0  # it tells training, beside its folder
        assert json.loads((home / "training-policy.json").read_text())["training"] is False
        off = "training mode is switched off for"
        for refused in (
            term(home, "training", "reset"),
            term(home, "training", "print-cards", str(tmp_path / "cards.pdf")),
        ):
            assert refused.returncode == 1 and refused.stdout == ""
            assert off in refused.stderr and "fleet setting `training`" in refused.stderr
        assert not (tmp_path / "cards.pdf").exists()
        listed = term(home, "training", "list")
        assert listed.returncode == 0 and "find-by-phone" in listed.stdout, listed.stderr
        sent = term(home, "training", "send", "--associate", TRAINEE, "--json", pin="2468")
        assert sent.returncode == 0, sent.stderr
        assert json.loads(sent.stdout)["queued"] == [record.result_id]
        read = term(home, "training", "results", "--associate", MANAGER, "--json", pin="2468")
        assert read.returncode == 0, read.stderr
        assert [r["result_id"] for r in json.loads(read.stdout)] == [record.result_id]

        # Switched on again: from the next sync run the commands go on (nothing made yet here).
        fleet.set_value(hq_db, "training", "on", datetime.now(UTC), store_id=STORE, actor="test")
        assert term(home, "sync").returncode == 0
        again = term(home, "training", "reset")
        assert off not in again.stderr
