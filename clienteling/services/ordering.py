"""Ordering for delivery or pick-up: validate, queue durably, deliver when HQ can be reached."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from typing import Any

from pydantic import ValidationError

from clienteling.cache import outbox
from clienteling.cache import queries as q
from clienteling.cache.store import Cache
from clienteling.domain.enums import Fulfilment
from clienteling.protocol.orders import OrderRequest
from clienteling.sync.engine import SyncEngine

QUEUED, CONFIRMED, REJECTED = "queued", "confirmed", "rejected"


@dataclass
class OrderDraft:
    shopper_id: str
    lines: list[tuple[str, int, str | None]]  # sku, quantity, source store (None: nearest)
    fulfilment: Fulfilment
    address: dict[str, str] | None = None
    pickup_store: str | None = None
    note: str = ""


class OrderProblem(ValueError):
    """The draft cannot be placed; `problems` lists each thing to fix."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__("; ".join(problems))
        self.problems = problems


@dataclass
class OrderResult:
    order_id: str
    state: str  # queued, confirmed or rejected
    reason: str = ""
    alternatives: list[dict[str, Any]] = field(default_factory=list)
    order: dict[str, Any] | None = None


def check(cache: Cache, draft: OrderDraft) -> dict[str, Any]:
    """The request body for HQ, or OrderProblem naming everything that must be fixed first."""
    problems = []
    conn = cache.writer
    if q.shopper(conn, draft.shopper_id) is None:
        problems.append(f"shopper {draft.shopper_id} is not on this terminal; open them first")
    for sku, _qty, _src in draft.lines:
        if q.product(conn, sku) is None:
            problems.append(f"item {sku} is not in the catalog")
    body = {
        "order_id": str(uuid.uuid4()),
        "shopper_id": draft.shopper_id,
        "lines": [{"sku": s, "quantity": n, "source_store": src} for s, n, src in draft.lines],
        "fulfilment": Fulfilment(draft.fulfilment).value,
        "address": draft.address,
        "pickup_store": draft.pickup_store,
        "note": draft.note,
    }
    try:
        OrderRequest.model_validate(body)
    except ValidationError as exc:
        for err in exc.errors():
            where = ".".join(str(x) for x in err["loc"])
            msg = err["msg"].removeprefix("Value error, ")
            problems.append(f"{where}: {msg}" if where else msg)
    if problems:
        raise OrderProblem(problems)
    return body


def place_delivery_order(
    cache: Cache, draft: OrderDraft, engine: SyncEngine | None = None
) -> OrderResult:
    """Queue the order durably, then try to deliver it now; the result says where it stands."""
    body = check(cache, draft)
    with cache.lock:
        outbox.enqueue(
            cache.writer,
            id=body["order_id"],
            kind="order",
            shopper_id=draft.shopper_id,
            method="POST",
            path="/orders",
            body=body,
        )
    if engine is not None:
        engine.push()
    return order_result(cache, body["order_id"])


def order_result(cache: Cache, order_id: str) -> OrderResult:
    """Where an order placed on this terminal stands."""
    with cache.lock:
        state = outbox.entry_state(cache.writer, order_id)
    if state is None:
        raise KeyError(order_id)
    if state["state"] == outbox.DELIVERED:
        return OrderResult(order_id, CONFIRMED, order=state["answer"])
    if state["state"] == outbox.PARKED:
        error = (state["answer"] or {}).get("error", {})
        alternatives = [
            a
            for line in error.get("details") or []
            if isinstance(line, dict)
            for a in line.get("alternatives", [])
        ]
        return OrderResult(
            order_id, REJECTED, reason=state["error"] or "", alternatives=alternatives
        )
    return OrderResult(order_id, QUEUED, reason=state["error"] or "")
