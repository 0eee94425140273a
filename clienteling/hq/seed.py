"""The generated retail chain for demo, training and benchmarks (`clienteling-hq seed`).

Deterministic for a seed: the same arguments give the same rows (ids
included), whatever the day; only PIN hashes differ (random salt). Faker is
used once per locale to fill name and street pools; rows are then combined
from the pools with one seeded random generator, which keeps a million
shoppers within minutes and memory flat (rows are written in batches).
"""

from __future__ import annotations

import random
import time
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime

from faker import Faker
from sqlalchemy import func, select

from clienteling.domain.codes import with_check_digit

from . import seed_data as d
from . import tables as t
from .db import Database
from .secrets import hash_pin

REFERENCE = datetime(2026, 11, 1, 12, 0, tzinfo=UTC)
BATCH = 5000
Progress = Callable[[str, int, int], None]


@dataclass
class DemoAssociate:
    employee_id: str
    name: str
    role: str
    store_id: str
    pin: str


@dataclass
class SeedReport:
    stores: int
    products: int
    shoppers: int
    purchases: int
    stock_rows: int
    associates: list[DemoAssociate]
    seconds: float


def loyalty_id(number: int) -> str:
    """The chain's loyalty id: "LY", ten digits, and a Luhn check digit."""
    body = f"{number:010d}"
    total = 0
    for i, ch in enumerate(reversed(body)):
        n = int(ch) * (2 if i % 2 == 0 else 1)
        total += n - 9 if n > 9 else n
    return f"LY{body}{(10 - total % 10) % 10}"


def _ascii(text: str) -> str:
    folded = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in folded if ch.isascii() and ch.isalnum()).lower()


def _pick(rnd: random.Random, weighted: tuple[tuple[str, float], ...]) -> str:
    return rnd.choices([w[0] for w in weighted], [w[1] for w in weighted])[0]


class _Pools:
    """Names and streets per locale and gender, drawn once from Faker with the seed.

    First and last names are kept per gender, so Russian surnames agree with
    the first name (Иван Петров, Анна Петрова).
    """

    def __init__(self, seed: int, size: int = 300) -> None:
        self.first, self.last, self.streets = {}, {}, {}
        for cc, country in d.COUNTRIES.items():
            fake = Faker(country.locale)
            fake.seed_instance(seed)
            for g in ("male", "female"):
                first = getattr(fake, f"first_name_{g}")
                last = getattr(fake, f"last_name_{g}")
                self.first[cc, g] = sorted({first() for _ in range(size // 2)})
                self.last[cc, g] = sorted({last() for _ in range(size // 2)})
            self.streets[cc] = sorted({fake.street_name() for _ in range(size // 2)})

    def name(self, rnd: random.Random, cc: str) -> tuple[str, str]:
        gender = rnd.choice(("male", "female"))
        return rnd.choice(self.first[cc, gender]), rnd.choice(self.last[cc, gender])


def _stores(n: int) -> list[dict]:
    rows, counts = [], {}
    for i in range(n):
        site = d.SITES[i % len(d.SITES)]
        counts[site.region] = counts.get(site.region, 0) + 1
        k = counts[site.region]
        country = d.COUNTRIES[site.country]
        rows.append(
            {
                "store_id": f"{site.region}-{k:02d}",
                "name": f"{site.city} {k}",
                "region": site.region,
                "address": f"{k * 10} Main street",
                "city": site.city,
                "country": site.country,
                "latitude": round(site.latitude + 0.02 * (k - 1), 4),
                "longitude": round(site.longitude + 0.03 * (k - 1), 4),
                "currency": country.currency,
                "timezone": site.timezone,
                "attributes": {"phone_prefix": site.phone_prefix, "digits": site.phone_digits},
            }
        )
    return rows


def _products(rnd: random.Random, n: int) -> list[dict]:
    rows, style = [], 0
    categories = list(d.SIZES)
    while len(rows) < n:
        style += 1
        category = categories[style % len(categories)]
        name = f"{rnd.choice(d.ADJECTIVES)} {rnd.choice(d.NOUNS[category])}"
        brand = rnd.choice(d.BRANDS)
        low, high = d.PRICE_EUR[category]
        price = rnd.randrange(low, high, 100) + 90
        for colour in rnd.sample(sorted(d.COLOURS), rnd.randint(2, 4)):
            for size in d.SIZES[category]:
                if len(rows) == n:
                    break
                rows.append(
                    {
                        "sku": f"ST{style:05d}-{colour}-{size.replace(' ', '')}",
                        "gtin": with_check_digit(f"200{len(rows):09d}"),
                        "style": f"ST{style:05d}",
                        "name": name,
                        "brand": brand,
                        "category": category,
                        "colour": d.COLOURS[colour],
                        "size": size,
                        "price_minor": price,
                        "currency": "EUR",
                        "attributes": {},
                    }
                )
    return rows


def demo_associates(seed: int, store_ids: list[str]) -> list[DemoAssociate]:
    """Four people per store (two associates, a trainee, a manager) with demo PINs."""
    rnd = random.Random(f"associates-{seed}")
    pools = _Pools(seed, size=60)
    out, number = [], 1000
    for store in store_ids:
        cc = store[:2]
        for role in ("manager", "associate", "associate", "trainee"):
            number += 1
            name = " ".join(pools.name(rnd, cc))
            out.append(
                DemoAssociate(f"E{number}", name, role, store, f"{rnd.randrange(10**4):04d}")
            )
    return out


def seed_chain(
    db: Database,
    *,
    shoppers: int = 3000,
    products: int = 600,
    stores: int = 8,
    seed: int = 7,
    progress: Progress | None = None,
    stock_density: float = 0.8,
) -> SeedReport:
    """Fill an empty HQ database with a generated chain; refuse a database that has stores."""
    from .seed_people import ShopperMaker

    if min(shoppers, products, stores) < 1:
        raise ValueError("shoppers, products and stores must each be at least 1")
    with db.read() as conn:
        if conn.execute(select(func.count()).select_from(t.stores)).scalar_one():
            raise ValueError(
                "the database already has stores: a generated chain is only "
                "seeded into an empty database (demo and training data must "
                "never mix with real data)"
            )
    started = time.perf_counter()
    rnd = random.Random(seed)
    pools = _Pools(seed)
    store_rows = _stores(stores)
    product_rows = _products(rnd, products)
    team = demo_associates(seed, [s["store_id"] for s in store_rows])
    with db.write() as w:
        w.insert(t.stores, store_rows)
        w.insert(
            t.associates,
            [
                {
                    "associate_id": a.employee_id,
                    "name": a.name,
                    "role": a.role,
                    "home_store": a.store_id,
                    "active": True,
                    "pin_hash": hash_pin(a.pin),
                    "failed_attempts": 0,
                }
                for a in team
            ],
        )
    _batched(db, t.products, product_rows, "products", progress)
    stock_count = _stock(db, rnd, store_rows, product_rows, stock_density, progress)
    staff = {a.store_id: a.employee_id for a in team if a.role == "associate"}
    maker = ShopperMaker(rnd, pools, store_rows, product_rows, REFERENCE)
    purchase_count, done = 0, 0
    while done < shoppers:
        n = min(BATCH, shoppers - done)
        batch: dict[str, list[dict]] = {
            "shoppers": [],
            "purchases": [],
            "notes": [],
            "wishlist": [],
            "tasks": [],
        }
        for i in range(done, done + n):
            shopper = maker.shopper(i, i + 1)
            batch["shoppers"].append(shopper)
            for k, p in enumerate(maker.purchases(shopper)):
                p["purchase_id"] = f"{shopper['shopper_id']}-{k}"
                p["external_id"] = f"POS-{shopper['external_id']}-{k}"
                batch["purchases"].append(p)
            for table, rows in maker.extras(shopper, staff).items():
                batch[table] += rows
        with db.write() as w:
            for table, rows in batch.items():
                w.insert(getattr(t, table), rows)
        purchase_count += len(batch["purchases"])
        done += n
        if progress:
            progress("shoppers", done, shoppers)
    return SeedReport(
        len(store_rows),
        len(product_rows),
        shoppers,
        purchase_count,
        stock_count,
        team,
        time.perf_counter() - started,
    )


def _batched(db: Database, table, rows: list[dict], stage: str, progress: Progress | None):
    for i in range(0, len(rows), BATCH):
        with db.write() as w:
            w.insert(table, rows[i : i + BATCH])
        if progress:
            progress(stage, min(i + BATCH, len(rows)), len(rows))


def _stock(
    db: Database,
    rnd: random.Random,
    stores: list[dict],
    products: list[dict],
    density: float,
    progress: Progress | None,
) -> int:
    """Most items in most stores; about a fifth at zero, so some are out here but not there."""
    total, batch = 0, []
    for p_index, product in enumerate(products):
        for store in stores:
            if rnd.random() > density:
                continue
            on_hand = 0 if rnd.random() < 0.2 else min(12, 1 + int(rnd.expovariate(0.3)))
            batch.append(
                {
                    "store_id": store["store_id"],
                    "sku": product["sku"],
                    "on_hand": on_hand,
                    "reserved": 0,
                    "as_of": REFERENCE,
                }
            )
        if len(batch) >= BATCH or p_index == len(products) - 1:
            with db.write() as w:
                w.insert(t.stock, batch)
            total += len(batch)
            batch = []
            if progress:
                progress("stock", p_index + 1, len(products))
    return total
