"""`clienteling --screenshot` without --training: refused, with a message that says what the
screenshot run does (it signs in as the practice store's manager, the first PIN it knows)."""

from __future__ import annotations

from clienteling.cli import main
from clienteling.hq.seed import demo_associates


def test_screenshot_without_training_is_refused_with_a_true_reason(tmp_path, capsys):
    assert main(["--screenshot", str(tmp_path / "home.png")]) == 2
    said = capsys.readouterr().err
    assert "--screenshot needs --training" in said
    assert "manager" in said and "trainee" not in said
    assert not (tmp_path / "home.png").exists()


def test_the_screenshot_signs_in_the_stores_manager():
    # TrainingTerminal.pins keeps the associates' order; the screenshot takes the first PIN.
    associates = demo_associates(7, ["BR-SAO-01", "ES-MAD-01"])
    for store in ("BR-SAO-01", "ES-MAD-01"):
        pins = {a.employee_id: a.role for a in associates if a.store_id == store}
        assert next(iter(pins.values())) == "manager"
