"""Setup actions of guided scenarios: they choose the practice shopper, product and associate
from the generated chain as it is (any seed, any size), and arrange the training HQ for the
scenario (the last unit going to another store).

An action is `fn(ctx, params) -> values`: the values fill the scenario's placeholders
("{shopper_name}") and its checks' parameters ("{shopper_id}"). ACTIONS lists each with
the parameters it takes and the values it provides, so a scenario file is checked on
load. Changes to the HQ's rows take a change sequence value, as HQ's own writes do, so
the terminal learns of them on its next sync.
"""

from __future__ import annotations

import hashlib
import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import and_, exists, select, update

from clienteling.domain.enums import Fulfilment
from clienteling.hq import tables as t
from clienteling.hq.auth import Principal
from clienteling.hq.orders import place_order
from clienteling.protocol.orders import OrderRequest

S, SH, P = t.stock.c, t.shoppers.c, t.products.c


class SetupFailed(RuntimeError):
    """The chain has nothing that fits the scenario (a very small chain)."""


@dataclass
class Context:
    hq: Any  # clienteling.demo.embedded_hq.EmbeddedHQ
    store_id: str  # the training terminal's store
    values: dict[str, str]  # what earlier actions chose
    salt: str = ""  # the scenario's id: each scenario meets its own practice shopper

    def pick(self, rows: list):
        """One of the rows, the same for the same scenario on the same chain."""
        digest = hashlib.sha256(self.salt.encode()).digest()
        return rows[int.from_bytes(digest[:4], "big") % len(rows)]

    def read(self, query) -> list:
        with self.hq.db.read() as conn:
            return conn.execute(query).all()

    def store(self, store_id: str):
        return self.read(select(t.stores).where(t.stores.c.store_id == store_id))[0]


def _name(row) -> str:
    return f"{row.first_name} {row.last_name}".strip()


def practice_associate(ctx: Context, p: Mapping[str, Any]) -> dict[str, str]:
    """The store's practice associate of `role` (the trainee signs in as them)."""
    found = sorted(
        (a for a in ctx.hq.associates if a.store_id == ctx.store_id and a.role == p["role"]),
        key=lambda a: a.employee_id,
    )
    if not found:
        raise SetupFailed(f"no practice {p['role']} in store {ctx.store_id}")
    return {"associate_id": found[0].employee_id, "associate_name": found[0].name}


def _phone_fragment(ctx: Context, phone: str, region: str) -> str:
    """The shortest tail of the phone's digits (at least 4) no other shopper of the region
    shares, so the search finds one card."""
    digits = "".join(ch for ch in phone if ch.isdigit())
    others = [
        "".join(ch for ch in (r.primary_phone or "") if ch.isdigit())
        for r in ctx.read(select(SH.primary_phone).where(SH.home_region == region))
    ]
    for n in range(4, len(digits) + 1):
        tail = digits[-n:]
        if sum(1 for o in others if o.endswith(tail)) == 1:
            return tail
    return digits


def practice_shopper(ctx: Context, p: Mapping[str, Any]) -> dict[str, str]:
    """A shopper for the scenario. `kind`: "returning" (of this store, bought here before),
    "traveller" (from another region, never bought here: not on this terminal until their
    card is scanned), "no_profiling" (returning, without consent to profiling)."""
    kind = p.get("kind", "returning")
    here = ctx.store(ctx.store_id)
    bought_here = exists().where(
        t.purchases.c.shopper_id == SH.shopper_id, t.purchases.c.store_id == ctx.store_id
    )
    query = select(t.shoppers).where(SH.loyalty_id.is_not(None), SH.primary_phone.is_not(None))
    if kind == "traveller":
        query = query.where(SH.home_region != here.region, ~bought_here)
    else:
        query = query.where(SH.home_store == ctx.store_id, bought_here)
        query = query.where(SH.consent_profiling == (kind != "no_profiling"))
    if p.get("address"):
        query = query.where(SH.address.is_not(None))
    rows = ctx.read(query.order_by(SH.shopper_id).limit(40))
    if not rows:
        raise SetupFailed(f"no {kind} shopper for store {ctx.store_id} in this chain")
    chosen = ctx.pick(rows)
    decoys = ctx.read(
        select(t.shoppers)
        .where(SH.home_store == ctx.store_id, SH.shopper_id != chosen.shopper_id)
        .order_by(SH.shopper_id.desc())
        .limit(10)
    )
    names = [n for n in dict.fromkeys(_name(r) for r in decoys) if n != _name(chosen)]
    names += ["Alex Morgan", "Sam Lee"]  # a chain too small for decoys of its own
    home = ctx.store(chosen.home_store)
    return {
        "shopper_id": chosen.shopper_id,
        "shopper_name": _name(chosen),
        "loyalty_id": chosen.loyalty_id,
        "phone_fragment": _phone_fragment(ctx, chosen.primary_phone, chosen.home_region),
        "home_store_name": home.name,
        "decoy_name_1": names[0],
        "decoy_name_2": names[1],
        "store_id": ctx.store_id,
        "store_name": here.name,
    }


def _stock(ctx: Context) -> dict[str, dict[str, int]]:
    """sku -> {store: units it can sell}, for the stores that can sell some."""
    out: dict[str, dict[str, int]] = {}
    rows = ctx.read(select(S.sku, S.store_id, (S.on_hand - S.reserved).label("n")))
    for r in rows:
        if r.n > 0:
            out.setdefault(r.sku, {})[r.store_id] = r.n
    return out


def practice_product(ctx: Context, p: Mapping[str, Any]) -> dict[str, str]:
    """An item in a size, with the store it comes from. `where`: "here" (this store has
    it), "elsewhere" (only other stores have it, and its style has other sizes: the wrong
    size can be ordered), "last_unit" (another store has exactly one left after this;
    another store or another variant stays as the alternative)."""
    where = p.get("where", "elsewhere")
    products = ctx.read(select(t.products).order_by(P.style, P.sku))
    stock = _stock(ctx)
    sizes: dict[str, set[str]] = {}
    for r in products:
        sizes.setdefault(r.style, set()).add(r.size)
    candidates = []
    for r in products:
        here = stock.get(r.sku, {})
        others = sorted(s for s in here if s != ctx.store_id)
        if len(sizes[r.style]) < 2:
            continue
        if where == "here":
            if here.get(ctx.store_id, 0) >= 2:
                candidates.append((r, ctx.store_id))
            continue
        if ctx.store_id in here or not others:
            continue
        if where == "last_unit":
            variants = any(stock.get(v.sku) for v in products if v.style == r.style and v != r)
            if len(others) < 2 and not variants:
                continue  # no alternative would be left
        candidates.append((r, others[0]))
        if len(candidates) >= 20:
            break
    if not candidates:
        raise SetupFailed(f"no item fits '{where}' for store {ctx.store_id} in this chain")
    r, source = ctx.pick(candidates)
    if where == "last_unit":
        _set_available(ctx, source, r.sku, 1)
    return {
        "sku": r.sku,
        "style": r.style,
        "product_name": r.name,
        "size": r.size,
        "colour": r.colour,
        "source_store": source,
        "source_store_name": ctx.store(source).name,
        "store_id": ctx.store_id,
        "store_name": ctx.store(ctx.store_id).name,
    }


def _set_available(ctx: Context, store_id: str, sku: str, available: int) -> None:
    """What another store's sales would do: `available` units left there."""
    with ctx.hq.db.write() as w:
        w.conn.execute(
            update(t.stock)
            .where(and_(S.store_id == store_id, S.sku == sku))
            .values(on_hand=S.reserved + available, seq=w.next_seq())
        )


def sell_last_unit(ctx: Context, p: Mapping[str, Any]) -> dict[str, str]:
    """The last unit of the practice item at its source store goes to a shopper of that
    store: one of its practice associates orders it for pick-up there, through HQ's own
    order placement (the reservation, the order and its history, as from their terminal)."""
    sku, store = ctx.values["sku"], ctx.values["source_store"]
    seller = next(
        (a for a in ctx.hq.associates if a.store_id == store and a.role == "associate"), None
    )
    buyer = ctx.read(
        select(SH.shopper_id).where(SH.home_store == store).order_by(SH.shopper_id).limit(1)
    )
    if seller is None or not buyer:
        raise SetupFailed(f"store {store} has no associate or shopper to take the last unit")
    who = Principal(
        "session", "associate", store, seller.employee_id, associate_id=seller.employee_id
    )
    request = OrderRequest(
        order_id=uuid.uuid4(),
        shopper_id=buyer[0].shopper_id,
        lines=[{"sku": sku, "quantity": 1, "source_store": store}],
        fulfilment=Fulfilment.PICK_UP,
        pickup_store=store,
    )
    status, _answer = place_order(ctx.hq.db, who, request, datetime.now(UTC))
    if status != 201:
        raise SetupFailed(f"the last unit of {sku} at {store} could not be sold ({status})")
    return {}


@dataclass(frozen=True)
class ActionDef:
    fn: Callable[[Context, Mapping[str, Any]], dict[str, str]]
    params: frozenset[str]
    provides: frozenset[str]
    needs: frozenset[str] = frozenset()  # values an earlier action must provide


# The values a parameter may take (checked on load).
PARAM_VALUES: dict[str, tuple] = {
    "role": ("associate", "manager"),
    "kind": ("returning", "traveller", "no_profiling"),
    "address": (True, False),
    "where": ("here", "elsewhere", "last_unit"),
}

_SHOPPER = ("shopper_id", "shopper_name", "loyalty_id", "phone_fragment", "home_store_name")
_PLACE = ("store_id", "store_name")
_PRODUCT = ("sku", "style", "product_name", "size", "colour", "source_store", "source_store_name")

ACTIONS: dict[str, ActionDef] = {
    "practice_associate": ActionDef(
        practice_associate, frozenset({"role"}), frozenset({"associate_id", "associate_name"})
    ),
    "practice_shopper": ActionDef(
        practice_shopper,
        frozenset({"kind", "address"}),
        frozenset({*_SHOPPER, *_PLACE, "decoy_name_1", "decoy_name_2"}),
    ),
    "practice_product": ActionDef(
        practice_product, frozenset({"where"}), frozenset({*_PRODUCT, *_PLACE})
    ),
    "sell_last_unit": ActionDef(
        sell_last_unit, frozenset(), frozenset(), frozenset({"sku", "source_store"})
    ),
}
