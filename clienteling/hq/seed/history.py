"""Purchase histories of generated shoppers: seasons, channels, sizes, returns.

A shopper buys 0 to 15 times over the last three years (log-normal, most a
few times), more in November-December and in the January and July sales,
mostly in their home store, sometimes in another store of the country, or
online. Baskets hold 1-4 items, mostly in the shopper's sizes and often of
their brands, priced in the currency of the store (online: of the home
store) from the EUR list price at the chain's fixed rates. Some purchases
come back later: on their own (a negative line), or exchanged at the home
store for the shopper's size (a negative and a positive line).
"""

from __future__ import annotations

import random
from bisect import bisect
from datetime import datetime, timedelta
from itertools import accumulate

from . import data as d
from .catalog import Catalog, local_price
from .people import ordered_id

HISTORY_DAYS = 3 * 365  # older purchases are archived by the chain
MINUTES = [timedelta(minutes=m) for m in range(-12 * 60, 36 * 60)]  # -12:00 to 35:59
ONLINE = ("web", "web", "app", "marketplace")
ITEMS = (1, 1, 1, 1, 2, 2, 2, 3, 3, 4)  # items per basket
MARKDOWNS = (20, 30, 40, 50)  # per cent off in the sales


class Histories:
    """Makes shoppers' purchase histories from one seeded generator."""

    def __init__(
        self, rnd: random.Random, stores: list[dict], catalog: Catalog, reference: datetime
    ) -> None:
        self.rnd, self.stores, self.catalog = rnd, stores, catalog
        self.base_ms = int(reference.timestamp() * 1000)
        self.purchase_number = 0
        self.store_by_id = {s["store_id"]: s for s in stores}
        self.by_country: dict[str, list[dict]] = {}
        for s in stores:
            self.by_country.setdefault(s["country"], []).append(s)
        # Variants by (category, size) and by (category, size, brand): buying in one's size.
        self.by_size: dict[tuple[str, str], list[int]] = {}
        self.by_brand: dict[tuple[str, str, str], list[int]] = {}
        self.by_category: dict[str, list[int]] = {}
        for i in range(len(catalog)):
            style = catalog.style(i)
            size = catalog.sizes[i]
            self.by_size.setdefault((style.category, size), []).append(i)
            self.by_brand.setdefault((style.category, size, style.brand), []).append(i)
            self.by_category.setdefault(style.category, []).append(i)
        cats = [c for c in d.CATEGORIES if c in self.by_category]
        weights = [d.CATEGORY_WEIGHTS[d.CATEGORIES.index(c)] for c in cats]
        for_men = [w / 8 if c == "dresses" else w for c, w in zip(cats, weights, strict=True)]
        self.categories = {
            "female": (cats, list(accumulate(weights))),
            "male": (cats, list(accumulate(for_men))),
        }
        # Days back from the reference (1..HISTORY_DAYS), weighted by their month's season.
        day0 = reference.replace(hour=0, minute=0, second=0, microsecond=0)
        self.midnights = [day0 - timedelta(days=k) for k in range(HISTORY_DAYS + 1)]
        self.season = [0.0, *accumulate(d.SEASON[m.month - 1] for m in self.midnights[1:])]

    def make(
        self,
        shopper_id: str,
        home: dict,
        prefs: dict,
        gender: str,
        age: int,
        online: float,
        gift_buyer: bool,
        lapsed: bool,
    ) -> tuple[int, int, int, list[dict]]:
        """(spend in EUR cents, online purchases, days since the last one, purchases).

        `age` is how many days ago the shopper joined (purchases come after),
        `online` the share of their purchases made online.
        """
        rnd = self.rnd
        if rnd.random() < 0.12:
            return 0, 0, 0, []
        count = min(15, max(1, round(rnd.lognormvariate(0.9, 0.75))))
        oldest = 400 if lapsed else 1  # lapsed shoppers stopped buying over a year ago
        newest = max(min(age - 1, HISTORY_DAYS), oldest)
        low, high = self.season[oldest - 1], self.season[newest]
        days = sorted(
            (bisect(self.season, low + rnd.random() * (high - low)) for _ in range(count)),
            reverse=True,
        )
        basket = Basket(self, prefs, gender, 0.6 if gift_buyer else 0.9)
        spend = n_online = 0
        out: list[dict] = []
        for back in days:
            if rnd.random() < online:
                channel, store = ONLINE[int(rnd.random() * 4)], None
                n_online += 1
            else:
                channel, store = "store", self._store_for(home)
            where = store or home
            lines, items, eur = basket.fill(where["currency"], self.midnights[back].month)
            out.append(self._purchase(shopper_id, channel, store, where, back, lines))
            spend += eur
            if rnd.random() < (0.12 if store is None else 0.05):
                returned = self._return(shopper_id, out[-1], items, home, back, basket)
                if returned:
                    out.append(returned[0])
                    spend += returned[1]
        # Numbered in time order: ids and receipt numbers grow with the history.
        out.sort(key=lambda p: p["purchased_at"])
        for p in out:
            self.purchase_number += 1
            p["purchase_id"] = ordered_id(rnd, self.base_ms, self.purchase_number)
            p["external_id"] = f"{d.EXTERNAL_PREFIX[p['channel']]}{self.purchase_number:010d}"
        return max(spend, 0), n_online, days[-1], out

    def _store_for(self, home: dict) -> dict:
        """Mostly the home store, sometimes another store of the country, rarely abroad."""
        r = self.rnd.random()
        if r < 0.8:
            return home
        pool = self.by_country[home["country"]] if r < 0.96 else self.stores
        return pool[int(self.rnd.random() * len(pool))]

    def _purchase(
        self, shopper_id: str, channel: str, store: dict | None, where: dict, back: int, lines
    ) -> dict:
        rand = self.rnd.random
        # Shops open 10:00-21:00 local time; online orders come at any hour.
        minute = 600 + int(rand() * 660) if store else int(rand() * 1440)
        minute -= 60 * d.REGIONS[where["region"]].utc_hours
        return {
            "purchase_id": None,  # numbered once the whole history is in order
            "external_id": None,
            "shopper_id": shopper_id,
            "store_id": store["store_id"] if store else None,
            "channel": channel,
            "purchased_at": self.midnights[back] + MINUTES[minute + 720],
            "currency": where["currency"],
            "total_minor": sum(x["quantity"] * x["unit_price_minor"] for x in lines),
            "lines": lines,
        }

    def _return(
        self, shopper_id: str, bought: dict, items: list[int], home: dict, back: int, basket
    ) -> tuple[dict, int] | None:
        """A later return of one line, with its effect on spend (EUR cents), or None."""
        rnd, catalog = self.rnd, self.catalog
        later = back - rnd.randint(2, 30)
        if later < 1:
            return None  # bought too recently to have been brought back yet
        k = int(rnd.random() * len(items))
        lines = [{**bought["lines"][k], "quantity": -1}]
        eur = -catalog.style(items[k]).price_eur
        store = self.store_by_id.get(bought["store_id"])
        channel = bought["channel"]
        if rnd.random() < 0.4 and home["currency"] == bought["currency"]:
            store, channel = home, "store"  # exchanged at the home store for their size
            new = basket.exchange(items[k])
            if new is not None and new != items[k]:
                price = local_price(catalog.style(new).price_eur, home["currency"])
                lines.append({"sku": catalog.skus[new], "quantity": 1, "unit_price_minor": price})
                eur += catalog.style(new).price_eur
        return self._purchase(shopper_id, channel, store, store or home, later, lines), eur


class Basket:
    """What one shopper picks: mostly their sizes, often their brands, sale prices in sales."""

    def __init__(self, h: Histories, prefs: dict, gender: str, match: float) -> None:
        self.h, self.sizes, self.brands, self.match = h, prefs["sizes"], prefs["brands"], match
        self.cats, self.cum = h.categories[gender]

    def fill(self, currency: str, month: int) -> tuple[list[dict], list[int], int]:
        """(lines, their variants, value at EUR list price) of one purchase of 1-4 items."""
        h = self.h
        rand, catalog = h.rnd.random, h.catalog
        sale = month in d.SALE_MONTHS
        lines: list[dict] = []
        items: list[int] = []
        eur = 0
        for _ in range(ITEMS[int(rand() * 10)]):
            category = self.cats[bisect(self.cum, rand() * self.cum[-1])]
            size = self.sizes[category]
            if rand() >= self.match:
                sizes = d.SIZES[category]
                size = sizes[int(rand() * len(sizes))]
            pool = None
            if rand() < 0.5:
                brand = self.brands[int(rand() * len(self.brands))]
                pool = h.by_brand.get((category, size, brand))
            pool = pool or h.by_size.get((category, size)) or h.by_category[category]
            item = pool[int(rand() * len(pool))]
            style = catalog.style(item)
            eur += style.price_eur
            if item in items:
                lines[items.index(item)]["quantity"] += 1
                continue
            price = local_price(style.price_eur, currency)
            if sale and rand() < 0.5:
                price = price * (100 - MARKDOWNS[int(rand() * 4)]) // 100
            lines.append({"sku": catalog.skus[item], "quantity": 1, "unit_price_minor": price})
            items.append(item)
        return lines, items, eur

    def exchange(self, item: int) -> int | None:
        """A variant in the shopper's own size, of the returned variant's category."""
        h = self.h
        category = h.catalog.style(item).category
        pool = h.by_size.get((category, self.sizes[category]))
        return pool[int(h.rnd.random() * len(pool))] if pool else None
