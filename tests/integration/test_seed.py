"""The generated training chain: deterministic, plausible, and never mixed into real data."""

from __future__ import annotations

import phonenumbers
import pytest
from sqlalchemy import func, select

from clienteling.domain.codes import is_valid_gtin
from clienteling.hq import migrate
from clienteling.hq import tables as t
from clienteling.hq.db import Database
from clienteling.hq.secrets import verify_pin
from clienteling.hq.seed import loyalty_id, seed_chain

SMALL = {"shoppers": 400, "products": 120, "stores": 6}


def rows(db, table, skip=("seq", "pin_hash")):
    cols = [c for c in table.c if c.name not in skip]
    with db.read() as conn:
        return sorted(tuple(map(repr, r)) for r in conn.execute(select(*cols)))


def fresh(path) -> Database:
    db = Database(str(path))
    migrate.upgrade(db)
    return db


def test_seed_is_plausible(hq_db):
    stages = []
    report = seed_chain(hq_db, seed=3, progress=lambda *a: stages.append(a[0]), **SMALL)
    assert {"products", "stock", "shoppers"} <= set(stages)
    with hq_db.read() as conn:

        def count(table):
            return conn.execute(select(func.count()).select_from(table)).scalar_one()

        assert (count(t.stores), count(t.products), count(t.shoppers)) == (6, 120, 400)
        assert count(t.purchases) == report.purchases > 400
        assert count(t.stock) == report.stock_rows
        assert count(t.associates) == 24 == len(report.associates)
        stores = {r.store_id: r for r in conn.execute(select(t.stores))}
        shoppers = conn.execute(select(t.shoppers)).all()
        products = {r.sku: r for r in conn.execute(select(t.products))}
        stock = conn.execute(select(t.stock)).all()
        purchases = conn.execute(select(t.purchases)).all()
        seqs = [
            s
            for table in (t.shoppers, t.products, t.stock, t.purchases)
            for s in conn.execute(select(table.c.seq)).scalars()
        ]
    assert len(set(seqs)) == len(seqs) and min(seqs) > 0
    assert {s.country for s in stores.values()} == {"BR", "ES", "RU", "US"}
    for s in shoppers:
        number = phonenumbers.parse(s.primary_phone)
        assert phonenumbers.is_valid_number(number), s.primary_phone
        assert phonenumbers.region_code_for_number(number) == stores[s.home_store].country
        assert s.home_region == stores[s.home_store].region
        assert (
            s.language
            == {"BR": "pt", "ES": "es", "RU": "ru", "US": "en"}[stores[s.home_store].country]
        )
        assert s.loyalty_id == loyalty_id(int(s.loyalty_id[2:12]))
    assert all(is_valid_gtin(p.gtin) for p in products.values())
    assert any(not s.consent_profiling for s in shoppers)
    # Sizes bought mostly match the shopper's sizes.
    prefs = {s.shopper_id: s.preferences["sizes"] for s in shoppers}
    lines = [(p.shopper_id, products[x["sku"]]) for p in purchases for x in p.lines]
    matching = sum(prefs[sid].get(prod.category) == prod.size for sid, prod in lines)
    assert matching / len(lines) > 0.7
    assert {p.channel for p in purchases} == {"store", "web", "app", "marketplace"}
    assert any(x["quantity"] < 0 for p in purchases for x in p.lines)  # returns
    assert all(
        p.total_minor == sum(x["quantity"] * x["unit_price_minor"] for x in p.lines)
        for p in purchases
    )
    # Out of stock here, in stock elsewhere.
    have = {(r.store_id, r.sku): r.on_hand for r in stock}
    zeros = [(st, sku) for (st, sku), n in have.items() if n == 0]
    assert zeros
    assert any(
        have.get((other, sku), 0) > 0 for st, sku in zeros for other in stores if other != st
    )
    manager = next(a for a in report.associates if a.role == "manager")
    with hq_db.read() as conn:
        stored = conn.execute(
            select(t.associates.c.pin_hash).where(
                t.associates.c.associate_id == manager.employee_id
            )
        ).scalar_one()
    assert verify_pin(manager.pin, stored)


def test_same_seed_same_chain_other_seed_other_chain(tmp_path):
    a, b, c = (fresh(tmp_path / f"{n}.db") for n in "abc")
    seed_chain(a, seed=11, **SMALL)
    seed_chain(b, seed=11, **SMALL)
    seed_chain(c, seed=12, **SMALL)
    for table in (t.stores, t.products, t.stock, t.shoppers, t.purchases, t.associates):
        assert rows(a, table) == rows(b, table), table.name
    assert rows(a, t.shoppers) != rows(c, t.shoppers)


def test_refuses_a_database_with_data(hq_db):
    seed_chain(hq_db, shoppers=5, products=10, stores=2)
    with pytest.raises(ValueError, match="empty database"):
        seed_chain(hq_db, shoppers=5, products=10, stores=2)
