"""The generated catalog (styles in colours and sizes) and the stock of every store.

A style is one design (name, brand, category, list price); its variants are
its colours times its category's sizes, one SKU each ("ST00012-BLK-M"). The
catalog keeps only compact per-variant lists in memory, so 200,000 SKUs stay
small while a million shoppers' purchases pick from them; product and stock
rows are built batch by batch for writing.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime

from clienteling.domain.codes import with_check_digit

from . import data as d

# GTINs start with 200: GS1 keeps 200-299 for in-store numbering, so a
# generated barcode can never be mistaken for a real product's.
GTIN_PREFIX = "200"
# Shelf prices end like real ones: in whole steps of the major unit, less the ending.
PRICE_ENDINGS = {"EUR": (1, 5), "BRL": (1, 10), "USD": (1, 1), "RUB": (100, 1000)}
EUR_RATES = {c.currency: c.eur_rate for c in d.COUNTRIES.values()}


@dataclass(frozen=True, slots=True)
class Style:
    code: str
    name: str
    brand: str
    category: str
    price_eur: int  # list price in EUR cents; local prices follow from it


def local_price(price_eur: int, currency: str) -> int:
    """The shelf price in `currency` (minor units) at the chain's fixed demo rate."""
    if currency == "EUR":
        return price_eur
    step, ending = PRICE_ENDINGS[currency]
    major = max(1, round(price_eur * EUR_RATES[currency] / 100 / step)) * step
    return major * 100 - ending


class Catalog:
    """Every variant of the chain as parallel lists indexed by variant number."""

    def __init__(self, seed: int, count: int) -> None:
        rnd = random.Random(f"{seed}:catalog")
        self.styles: list[Style] = []
        self.skus: list[str] = []
        self.style_of: list[int] = []
        self.sizes: list[str] = []
        self.colours: list[str] = []
        colour_codes = sorted(d.COLOURS)
        while len(self.skus) < count:
            number = len(self.styles) + 1
            # Categories in turn, so even a tiny catalog has a bit of everything.
            category = d.CATEGORIES[(number - 1) % len(d.CATEGORIES)]
            low, high = d.PRICE_EUR[category]
            style = Style(
                code=f"ST{number:05d}",
                name=f"{rnd.choice(d.ADJECTIVES)} {rnd.choice(d.NOUNS[category])}",
                brand=rnd.choice(d.BRANDS),
                category=category,
                price_eur=rnd.randrange(low // 100, high // 100 + 1) * 100 - 5,
            )
            self.styles.append(style)
            for colour in rnd.sample(colour_codes, rnd.randint(2, 4)):
                for size in d.SIZES[category]:
                    if len(self.skus) == count:
                        break
                    code = "OS" if size == "one size" else size
                    self.skus.append(f"{style.code}-{colour}-{code}")
                    self.style_of.append(len(self.styles) - 1)
                    self.sizes.append(size)
                    self.colours.append(colour)

    def __len__(self) -> int:
        return len(self.skus)

    def style(self, item: int) -> Style:
        return self.styles[self.style_of[item]]

    def product_rows(self, start: int, stop: int) -> list[dict]:
        rows = []
        for i in range(start, stop):
            style = self.styles[self.style_of[i]]
            rows.append(
                {
                    "sku": self.skus[i],
                    "gtin": with_check_digit(f"{GTIN_PREFIX}{i:09d}"),
                    "style": style.code,
                    "name": style.name,
                    "brand": style.brand,
                    "category": style.category,
                    "colour": d.COLOURS[self.colours[i]],
                    "size": self.sizes[i],
                    "price_minor": style.price_eur,
                    "currency": "EUR",
                    "attributes": {
                        "prices": {
                            c: local_price(style.price_eur, c) for c in ("BRL", "RUB", "USD")
                        }
                    },
                }
            )
        return rows


def stock_batches(
    seed: int, catalog: Catalog, store_ids: list[str], as_of: datetime, batch: int
) -> Iterator[tuple[int, list[dict]]]:
    """(variants done, rows) per batch: most variants in most stores, some at zero.

    About one row in six is at zero, and each store skips some variants, so an
    item is often out here and in stock elsewhere: the "order it for
    delivery" case the app is built around.
    """
    rnd = random.Random(f"{seed}:stock")
    rows: list[dict] = []
    rand, expo = rnd.random, rnd.expovariate
    # The region's first store is the flagship and carries more of the range.
    carried = [0.93 if s.endswith("-01") else 0.8 for s in store_ids]
    for i, sku in enumerate(catalog.skus):
        for store_id, share in zip(store_ids, carried, strict=True):
            if rand() > share:
                continue
            on_hand = 0 if rand() < 0.17 else min(12, 1 + int(expo(0.3)))
            rows.append(
                {
                    "store_id": store_id,
                    "sku": sku,
                    "on_hand": on_hand,
                    "reserved": 0,
                    "as_of": as_of,
                }
            )
        if len(rows) >= batch:
            yield i + 1, rows
            rows = []
    if rows:
        yield len(catalog), rows
