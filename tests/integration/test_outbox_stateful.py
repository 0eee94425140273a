"""Hypothesis state machine over the real outbox file: queue, fail, deliver, park, crash."""

from __future__ import annotations

import tempfile
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path

from hypothesis import settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, precondition, rule

from clienteling.cache import outbox
from clienteling.cache.store import open_cache
from tests.cache_access import writer_of

KEY = bytes(range(32))
T0 = datetime(2026, 11, 1, tzinfo=UTC)


class OutboxMachine(RuleBasedStateMachine):
    def __init__(self) -> None:
        super().__init__()
        self.dir = tempfile.TemporaryDirectory()
        self.path = Path(self.dir.name) / "cache.db"
        self.cache = open_cache(self.path, KEY)
        self.model: dict[str, dict] = {}  # id -> {"shopper", "state", "n"}
        self.order: list[str] = []
        self.clock = T0

    def teardown(self) -> None:
        self.cache.close()
        self.dir.cleanup()

    @rule(shopper=st.sampled_from(["a", "b", "c", None]))
    def enqueue(self, shopper):
        key = str(uuid.uuid4())
        outbox.enqueue(
            writer_of(self.cache),
            id=key,
            kind="note",
            shopper_id=shopper,
            method="POST",
            path="/notes",
            body={"note_id": key, "text": "x"},
        )
        self.model[key] = {"shopper": shopper, "state": "pending"}
        self.order.append(key)

    def _due(self):
        return outbox.due(writer_of(self.cache), self.clock)

    @precondition(lambda self: any(m["state"] == "pending" for m in self.model.values()))
    @rule(pick=st.integers(0, 10), outcome=st.sampled_from(["ok", "fail", "reject"]))
    def deliver_one(self, pick, outcome):
        due = self._due()
        if not due:
            return
        entry = due[pick % len(due)]
        if outcome == "ok":
            outbox.delivered(writer_of(self.cache), entry.n, 201, {"id": entry.id})
            self.model[entry.id]["state"] = "delivered"
        elif outcome == "fail":
            outbox.retry_later(
                writer_of(self.cache), entry.n, "offline", self.clock + timedelta(seconds=30)
            )
        else:
            outbox.park(writer_of(self.cache), entry.n, 422, "bad", {"error": {}})
            self.model[entry.id]["state"] = "parked"

    @rule()
    def time_passes(self):
        self.clock += timedelta(seconds=31)

    @rule()
    def crash_and_reopen(self):
        # The writer goes away without a clean close, as when the process is killed.
        writer_of(self.cache).close()
        self.cache = open_cache(self.path, KEY)

    @invariant()
    def states_match_the_model(self):
        stored = dict(writer_of(self.cache).execute("SELECT id, state FROM outbox").fetchall())
        assert stored == {k: m["state"] for k, m in self.model.items()}

    @invariant()
    def due_keeps_per_shopper_order(self):
        pending = [k for k in self.order if self.model[k]["state"] == "pending"]
        first_of = {}
        for k in pending:
            first_of.setdefault(self.model[k]["shopper"], k)
        for entry in self._due():
            if entry.shopper_id is not None:
                assert first_of[entry.shopper_id] == entry.id

    @invariant()
    def depth_adds_up(self):
        d = outbox.depth(writer_of(self.cache))
        assert sum(d.values()) == len(self.model)


OutboxMachine.TestCase.settings = settings(max_examples=40, stateful_step_count=30, deadline=None)
TestOutbox = OutboxMachine.TestCase
