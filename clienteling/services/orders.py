"""Orders for delivery or pick-up: checked, queued durably, sent when HQ can be reached, and
the orders screen's view of them with the associate's next actions.

An order placed here is first an outbox entry (QUEUED), then HQ's answer:
CONFIRMED (it is in the cache's orders once synced) or REJECTED (parked, with
the alternatives HQ offered). Withdrawing and placing again with an
alternative are the associate's next actions on those HQ has not accepted;
cancelling goes through HQ for confirmed ones. Qt-free; methods may block.
"""

from __future__ import annotations

import logging
import uuid
from dataclasses import dataclass, field
from datetime import UTC, datetime, time
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import ValidationError

from clienteling.cache import catalog, orders, outbox, rows, shoppers
from clienteling.cache.store import Cache
from clienteling.domain.catalog import Product
from clienteling.domain.countries import COMMON_MISTAKES, is_country
from clienteling.domain.enums import Fulfilment, OrderState, WriteState
from clienteling.domain.orders import Alternative, DeliveryOrder, OrderLine
from clienteling.domain.roles import Action
from clienteling.domain.said import Said
from clienteling.protocol.errors import ErrorCode, field_detail
from clienteling.protocol.orders import OrderRequest
from clienteling.scan.qr import PrintMedium, receipt_medium

from .fleet_settings import FleetSettings
from .writes import Writes, refusal

log = logging.getLogger(__name__)

# Orders HQ still holds stock for or has not finished: the associate may cancel them.
CANCELLABLE = ("placed", "reserved", "picked", "ready_for_pickup")
ORDER_KINDS = ("order", "order-status")


class Problem(str):
    """One thing to fix before an order can be placed: its words in English (the string
    itself, for the command line and the log-free tests), with a `code` and the `values`
    a screen needs to say it in the associate's language (ui/texts.py `order_problem`).
    Codes: "shopper_gone", "item_unknown" (sku), "shipping_off", "field" (field, why:
    what the request model found, in English, with its error type and limits:
    protocol.errors.field_detail)."""

    code: str
    values: dict[str, Any]

    def __new__(cls, text: str, code: str, /, **values: Any) -> Problem:
        made = super().__new__(cls, text)
        made.code, made.values = code, values
        return made


SHIPPING_OFF = Problem(
    "this store does not ship to the shopper's home (the chain switched it off at HQ); "
    "choose pick-up in a store",
    "shipping_off",
)


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

    def __init__(self, problems: list[Problem]) -> None:
        super().__init__("; ".join(problems))
        self.problems = problems


@dataclass
class OrderResult:
    order_id: str
    state: OrderState
    reason: str = ""
    alternatives: list[Alternative] = field(default_factory=list)
    order: DeliveryOrder | None = None  # HQ's copy, once confirmed
    code: str = ""  # HQ's error code when refused (out_of_stock, forbidden, not_found...)

    @property
    def out_of_stock(self) -> bool:
        """Refused for want of stock: only then do the alternatives (or none) say anything."""
        return self.state == OrderState.REJECTED and self.code == ErrorCode.OUT_OF_STOCK


@dataclass
class OrderRow:
    """One line of the orders screen."""

    order_id: str
    shopper_id: str
    shopper_name: str
    created_at: str
    state: OrderState
    status: str | None  # HQ's status once confirmed (reserved, shipped...)
    fulfilment: str
    lines: tuple[OrderLine, ...]
    pickup_store: str | None = None
    reason: str = ""  # why it waits or was refused
    alternatives: list[Alternative] = field(default_factory=list)
    cancelling: bool = False  # a cancel request waits in the outbox
    products: dict[str, Product] = field(default_factory=dict)  # the lines' items, by SKU
    code: str = ""  # HQ's error code when refused (out_of_stock: no stock for it)

    @property
    def actions(self) -> tuple[str, ...]:
        """What the associate can do next: 'alternative', 'cancel'."""
        if self.state == OrderState.REJECTED:
            return ("alternative", "cancel") if self.alternatives else ("cancel",)
        if self.state == OrderState.QUEUED:
            return ("cancel",)
        if self.status in CANCELLABLE and not self.cancelling:
            return ("cancel",)
        return ()


def request_body(draft: OrderDraft) -> dict:
    """The request for HQ, checked by HQ's own request model; OrderProblem names each fault."""
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
        problems = []
        for err in exc.errors():
            detail = field_detail(err)
            where, msg = detail.pop("field"), detail.pop("reason")
            problems.append(
                Problem(
                    f"{where}: {msg}" if where else msg, "field", field=where, why=msg, **detail
                )
            )
        raise OrderProblem(problems) from None
    return body


def result_of(record: outbox.Record) -> OrderResult:
    """Where an order queued here stands, from its outbox entry."""
    if record.state == outbox.DELIVERED:
        answer = record.answer if isinstance(record.answer, dict) else None
        return OrderResult(
            record.id, OrderState.CONFIRMED, order=rows.order(answer) if answer else None
        )
    if record.state == outbox.PARKED:
        return OrderResult(
            record.id,
            OrderState.REJECTED,
            reason=refusal(record) or "",
            alternatives=rows.alternatives(record.answer),
            code=_error_code(record.answer),
        )
    return OrderResult(record.id, OrderState.QUEUED, reason=record.last_error or "")


def _error_code(answer) -> str:
    error = answer.get("error") if isinstance(answer, dict) else None
    code = error.get("code") if isinstance(error, dict) else None
    return code if isinstance(code, str) else ""


def draft_with(body: dict, alternative: Alternative) -> OrderDraft:
    """The refused order again, with one line replaced by the alternative HQ offered."""
    skus = [line["sku"] for line in body["lines"]]
    target = alternative.line_sku
    if target not in skus:
        target = alternative.sku if alternative.sku in skus else skus[0]
    lines = [
        (
            (alternative.sku, line["quantity"], alternative.store_id)
            if line["sku"] == target
            else (line["sku"], line["quantity"], line.get("source_store"))
        )
        for line in body["lines"]
    ]
    return OrderDraft(
        body["shopper_id"],
        lines,
        Fulfilment(body["fulfilment"]),
        address=body.get("address"),
        pickup_store=body.get("pickup_store"),
        note=body.get("note", ""),
    )


def store_midnight(timezone: str, now: datetime | None = None) -> str:
    """Midnight of the store's today, in UTC ISO form (orders' times compare as text)."""
    try:
        zone = ZoneInfo(timezone) if timezone else UTC
    except (ZoneInfoNotFoundError, ValueError):
        zone = UTC
    local = (now or datetime.now(UTC)).astimezone(zone)
    midnight = datetime.combine(local.date(), time(0), tzinfo=zone)
    return midnight.astimezone(UTC).isoformat()


def _utc(iso: str) -> datetime:
    stamp = datetime.fromisoformat(iso)
    return stamp if stamp.tzinfo else stamp.replace(tzinfo=UTC)


def order_rows(
    confirmed: list[DeliveryOrder], waiting: list[outbox.Record], limit: int = 200
) -> list[OrderRow]:
    """The orders screen's rows, newest first: orders HQ confirmed, and orders placed here
    that HQ has not accepted (queued, or refused with alternatives)."""
    cancelling = {
        r.path.split("/")[2]  # /orders/{id}/status
        for r in waiting
        if r.kind == "order-status" and r.state == outbox.PENDING
    }
    out = [
        OrderRow(
            o.order_id,
            o.shopper_id,
            "",
            o.created_at or "",
            OrderState.CONFIRMED,
            o.status,
            o.fulfilment,
            o.lines,
            o.pickup_store,
            cancelling=o.order_id in cancelling,
        )
        for o in confirmed
    ]
    known = {o.order_id for o in out}
    for r in waiting:
        if r.kind != "order" or r.id in known:
            continue
        refused = r.state == outbox.PARKED
        out.append(
            OrderRow(
                r.id,
                r.body["shopper_id"],
                "",
                r.created_at,
                OrderState.REJECTED if refused else OrderState.QUEUED,
                None,
                r.body["fulfilment"],
                rows.order_lines(r.body["lines"]),
                r.body.get("pickup_store"),
                reason=(refusal(r) if refused else r.last_error) or "",
                alternatives=rows.alternatives(r.answer) if refused else [],
                code=_error_code(r.answer) if refused else "",
            )
        )
    out.sort(key=lambda row: _utc(row.created_at), reverse=True)
    return out[:limit]


# --- the delivery address as the associate types it ----------------------------------------

ADDRESS_FIELDS = ("line1", "line2", "city", "postcode", "region", "country")
_LIMITS = {"line1": 200, "line2": 200, "city": 120, "postcode": 20, "region": 120}


def address_problems(fields: dict[str, str]) -> dict[str, str]:
    """What is wrong per field, as a code the screen words: missing, too_long, country.

    {} when the address can be sent. Optional fields (line2, region) may be empty.
    """
    problems = {}
    value = clean_address(fields)
    for key in ("line1", "city", "postcode", "country"):
        if not value[key]:
            problems[key] = "missing"
    for key, most in _LIMITS.items():
        if len(value[key]) > most:
            problems[key] = "too_long"
    country = value["country"]
    if country and (country in COMMON_MISTAKES or not is_country(country)):
        problems["country"] = "country"
    return problems


def clean_address(fields: dict[str, str]) -> dict[str, str]:
    value = {k: (fields.get(k) or "").strip() for k in ADDRESS_FIELDS}
    value["country"] = value["country"].upper()
    return value


class Orders:
    """Placing and following orders for the screens of one terminal."""

    def __init__(
        self, cache: Cache, writes: Writes, store_id: str, fleet: FleetSettings | None = None
    ) -> None:
        self.cache, self.writes, self.store_id = cache, writes, store_id
        self.fleet = fleet  # the store's fleet settings from HQ

    def ships_to_home(self) -> bool:
        """Whether this store offers shipping to the shopper (fleet setting ship_to_home;
        in memory, no I/O). HQ refuses a ship order queued before it was switched off: it
        is set aside on this terminal with HQ's words."""
        return self.fleet is None or bool(self.fleet.value("ship_to_home"))

    def receipt(self) -> PrintMedium:
        """The store's receipt printers (fleet setting receipt_width), for the order slip."""
        return self.fleet.receipt() if self.fleet is not None else receipt_medium(42)

    def check(self, draft: OrderDraft) -> dict:
        """The request body for HQ, or OrderProblem naming everything that must be fixed first."""
        problems = []
        with self.cache.read() as conn:
            if shoppers.shopper(conn, draft.shopper_id) is None:
                problems.append(
                    Problem(
                        "this shopper is not on this terminal (erased, or not in this store's "
                        "list); find them again",
                        "shopper_gone",
                    )
                )
            for sku, _qty, _src in draft.lines:
                if catalog.product(conn, sku) is None:
                    problems.append(
                        Problem(f"item {sku} is not in the catalog", "item_unknown", sku=sku)
                    )
        if draft.fulfilment == Fulfilment.SHIP_TO_ADDRESS and not self.ships_to_home():
            problems.append(SHIPPING_OFF)
        try:
            body = request_body(draft)
        except OrderProblem as exc:
            problems += exc.problems
        if problems:
            raise OrderProblem(problems)
        return body

    def place(self, draft: OrderDraft) -> OrderResult:
        """Queue the order durably, send it now when signed in online; where it stands."""
        body = self.check(draft)
        self.writes.submit(
            id=body["order_id"],
            kind="order",
            shopper_id=draft.shopper_id,
            method="POST",
            path="/orders",
            body=body,
            action=Action.ORDER,
        )
        return self.result(body["order_id"])

    def result(self, order_id: str) -> OrderResult:
        """Where an order placed on this terminal stands; KeyError if it was not placed here
        or was set aside (withdrawn: it will never be sent)."""
        record = self.writes.record(order_id)
        if record is None or record.kind != "order" or record.state == outbox.WITHDRAWN:
            raise KeyError(order_id)
        return result_of(record)

    def results(self, order_ids: list[str]) -> list[OrderResult]:
        """Where each order placed here stands now (queued, confirmed or rejected)."""
        out = []
        for order_id in order_ids:
            try:
                out.append(self.result(order_id))
            except KeyError:
                continue
        return out

    def queued(self) -> list[str]:
        """Orders of this terminal still waiting for HQ."""
        with self.cache.read() as conn:
            found = outbox.records(conn, kinds=("order",), states=(outbox.PENDING,))
        return [r.id for r in found]

    def rows(self, shopper_id: str | None = None, limit: int = 200) -> list[OrderRow]:
        """Today's orders of this store, or every order of one shopper, newest first."""
        waiting_states = (outbox.PENDING, outbox.PARKED)
        with self.cache.read() as conn:
            if shopper_id is not None:
                confirmed = orders.orders_of_shopper(conn, shopper_id, limit)
                waiting = outbox.records(
                    conn, kinds=ORDER_KINDS, states=waiting_states, shopper_id=shopper_id,
                    newest_first=True,
                )  # fmt: skip
            else:
                store = catalog.store(conn, self.store_id)
                since = store_midnight(store.timezone if store else "")
                confirmed = orders.orders_of_store(conn, self.store_id, since, limit)
                waiting = outbox.records(
                    conn, kinds=ORDER_KINDS, states=waiting_states, since=since,
                    newest_first=True,
                )  # fmt: skip
            out = order_rows(confirmed, waiting, limit)
            names = shoppers.names_of(conn, (r.shopper_id for r in out))
            items = catalog.products_by_sku(conn, [x.sku for r in out for x in r.lines])
        for r in out:
            r.shopper_name = names.get(r.shopper_id, r.shopper_id)
            r.products = {x.sku: items[x.sku] for x in r.lines if x.sku in items}
        return out

    def find(self, order_id: str) -> OrderRow | None:
        """An order from the cache (HQ confirmed it) or the outbox (placed here, not accepted)."""
        with self.cache.read() as conn:
            shopper_id = orders.shopper_of_order(conn, order_id)
        if shopper_id is None:
            return None
        return next((r for r in self.rows(shopper_id) if r.order_id == order_id), None)

    def row_from_hq(self, answer: dict) -> OrderRow:
        """An order HQ answered with (one this terminal does not have) as an orders-screen row."""
        order = rows.order(answer)
        with self.cache.read() as conn:
            name = shoppers.names_of(conn, [order.shopper_id]).get(order.shopper_id)
            items = catalog.products_by_sku(conn, [x.sku for x in order.lines])
        return OrderRow(
            order.order_id,
            order.shopper_id,
            name or order.shopper_id,
            order.created_at or "",
            OrderState.CONFIRMED,
            order.status,
            order.fulfilment,
            order.lines,
            order.pickup_store,
            products=items,
        )

    def withdraw(self, order_id: str) -> bool:
        """Set aside an order HQ has not accepted (queued or refused); False if it was sent
        meanwhile. A queued order being sent at this very moment may still reach HQ; it then
        shows as confirmed and can be cancelled there."""
        return self.writes.withdraw(order_id, "order")

    def reorder(self, order_id: str, alternative: Alternative) -> OrderResult:
        """Place a refused order again with one of HQ's alternatives; set the refused one aside."""
        record = self.writes.record(order_id)
        if record is None or record.kind != "order":
            raise ValueError(Said("this order is not on this terminal", "order_not_here"))
        result = self.place(draft_with(record.body, alternative))
        self.withdraw(order_id)
        return result

    def cancel_held(self, rows: list[OrderRow]) -> list[str]:
        """Cancels the associate confirmed whose undo window was cut short (they signed
        out, or the app closed): sent now, as `cancel` sends them, while the associate is
        still the author. Each one's outcome; one HQ refuses is logged by kind only."""
        outcomes = []
        for row in rows:
            try:
                outcomes.append(self.cancel(row))
            except ValueError as exc:
                log.info("a held cancel was refused: %s", type(exc).__name__)
                outcomes.append("refused")
        return outcomes

    def cancel(self, row: OrderRow) -> str:
        """'withdrawn' (never reached HQ), 'cancelled' (HQ did it) or 'requested' (queued).

        ValueError in HQ's words when HQ refuses (the order moved on meanwhile)."""
        self.writes.author(Action.CHANGE_ORDER)
        if row.state != OrderState.CONFIRMED:
            if self.withdraw(row.order_id):
                return "withdrawn"
            raise ValueError(
                Said("this order reached HQ meanwhile; open the orders again", "order_reached_hq")
            )
        saved = self.writes.submit(
            id=str(uuid.uuid4()),
            kind="order-status",
            shopper_id=row.shopper_id,
            method="POST",
            path=f"/orders/{row.order_id}/status",
            body={"status": "cancelled", "note": "cancelled in store"},
            refresh=("orders", "stock"),
            action=Action.CHANGE_ORDER,
        )
        if saved.state == WriteState.REFUSED:
            raise ValueError(
                saved.reason or Said("HQ refused to cancel this order", "cancel_refused")
            )
        return "cancelled" if saved.state == WriteState.SENT else "requested"
