"""Shoppers of the generated chain with their purchase histories, notes, wishlists and tasks."""

from __future__ import annotations

import math
import random
from datetime import datetime, timedelta

from . import seed_data as d

DAYS_OF_HISTORY = 730


class ShopperMaker:
    """Makes one shopper (and their rows) at a time from a seeded generator."""

    def __init__(
        self,
        rnd: random.Random,
        pools,
        stores: list[dict],
        products: list[dict],
        reference: datetime,
    ) -> None:
        self.rnd, self.pools, self.stores, self.reference = rnd, pools, stores, reference
        self.by_size: dict[tuple[str, str], list[dict]] = {}
        self.by_category: dict[str, list[dict]] = {}
        for p in products:
            self.by_size.setdefault((p["category"], p["size"]), []).append(p)
            self.by_category.setdefault(p["category"], []).append(p)
        self.regions: dict[str, list[dict]] = {}
        for s in stores:
            self.regions.setdefault(s["region"], []).append(s)
        # Days back, weighted by the season of the month they fall in.
        days = range(1, DAYS_OF_HISTORY)
        self.day_weights = [d.SEASON[(reference - timedelta(days=x)).month - 1] for x in days]
        self.days = list(days)

    def _phone(self, store: dict) -> str:
        digits = store["attributes"]["digits"]
        first = str(self.rnd.randint(2, 9))  # no leading 0/1 in subscriber numbers
        rest = "".join(str(self.rnd.randrange(10)) for _ in range(digits - 1))
        return f"+{store['attributes']['phone_prefix']}{first}{rest}"

    def shopper(self, index: int, number: int) -> dict:
        from .seed import _ascii, _pick, loyalty_id

        rnd = self.rnd
        home = rnd.choice(self.stores)
        cc = home["country"]
        country = d.COUNTRIES[cc]
        first, last = self.pools.name(rnd, cc)
        local = ".".join(x for x in (_ascii(first), _ascii(last)) if x) or "client"
        email = f"{local}{index % 1000}@{rnd.choice(country.mail_domains)}"
        phone = self._phone(home)
        sizes = {c: rnd.choice(s) for c, s in d.SIZES.items()}
        profiling = rnd.random() < 0.8
        return {
            "shopper_id": f"{rnd.getrandbits(64):016x}",
            "external_id": f"CRM{number:08d}",
            "loyalty_id": loyalty_id(number),
            "first_name": first,
            "last_name": last,
            "emails": [email],
            "phones": [phone],
            "primary_email": email.lower(),
            "primary_phone": phone,
            "language": country.language,
            "tier": _pick(rnd, d.TIERS),
            "segments": sorted(set(rnd.sample(d.SEGMENTS, rnd.randint(0, 2)))),
            "home_store": home["store_id"],
            "home_region": home["region"],
            "consent_email": rnd.random() < 0.6,
            "consent_sms": rnd.random() < 0.4,
            "consent_profiling": profiling,
            "preferences": {
                "sizes": sizes,
                "fit": rnd.choice(d.FITS),
                "brands": sorted(rnd.sample(d.BRANDS, 2)),
                "colours": sorted(rnd.sample(sorted(d.COLOURS.values()), 2)),
                "styles": [],
            },
            "address": {
                "line1": f"{rnd.choice(self.pools.streets[cc])}, {rnd.randint(1, 400)}",
                "line2": "",
                "city": home["city"],
                "postcode": f"{rnd.randrange(10**5):05d}",
                "region": home["region"],
                "country": cc,
            },
            "attributes": {},
            "created_at": self.reference - timedelta(days=rnd.randint(30, 2000)),
        }

    def purchases(self, shopper: dict) -> list[dict]:
        from .seed import _pick

        rnd = self.rnd
        count = min(15, int(math.exp(rnd.gauss(1.0, 0.9))) if rnd.random() < 0.9 else 0)
        home = next(s for s in self.stores if s["store_id"] == shopper["home_store"])
        sizes = shopper["preferences"]["sizes"]
        out = []
        for _ in range(count):
            channel = _pick(rnd, d.CHANNELS)
            store = None
            if channel == "store":
                store = home if rnd.random() < 0.8 else rnd.choice(self.stores)
            currency = (store or home)["currency"]
            rate = d.COUNTRIES[(store or home)["country"]].eur_rate
            when = self.reference - timedelta(
                days=rnd.choices(self.days, self.day_weights)[0], minutes=rnd.randint(0, 600)
            )
            lines = []
            kinds = sorted(self.by_category)
            for category in rnd.sample(kinds, min(len(kinds), rnd.randint(1, 3))):
                size = sizes[category] if rnd.random() < 0.85 else rnd.choice(d.SIZES[category])
                product = rnd.choice(
                    self.by_size.get((category, size)) or self.by_category[category]
                )
                lines.append(
                    {
                        "sku": product["sku"],
                        "quantity": 1,
                        "unit_price_minor": round(product["price_minor"] * rate),
                    }
                )
            if rnd.random() < 0.08:  # the shopper brought one back
                lines.append({**lines[0], "quantity": -1})
            out.append(
                {
                    "shopper_id": shopper["shopper_id"],
                    "store_id": store["store_id"] if store else None,
                    "channel": channel,
                    "purchased_at": when,
                    "currency": currency,
                    "lines": lines,
                    "total_minor": sum(x["quantity"] * x["unit_price_minor"] for x in lines),
                }
            )
        return out

    def extras(self, shopper: dict, staff: dict[str, str]) -> dict[str, list[dict]]:
        """Notes, wishlist items and open tasks for some shoppers."""
        rnd = self.rnd
        out: dict[str, list[dict]] = {"notes": [], "wishlist": [], "tasks": []}
        if rnd.random() > 0.06:
            return out
        store, sid = shopper["home_store"], shopper["shopper_id"]
        who = staff[store]
        at = self.reference - timedelta(days=rnd.randint(1, 200))
        out["notes"].append(
            {
                "note_id": f"{rnd.getrandbits(64):016x}",
                "shopper_id": sid,
                "store_id": store,
                "associate_id": who,
                "reason": rnd.choice(("browsing", "gift", "event", "alteration")),
                "text": rnd.choice(d.NOTE_TEXTS),
                "created_at": at,
            }
        )
        category = rnd.choice(sorted(self.by_category))
        size = shopper["preferences"]["sizes"][category]
        product = rnd.choice(self.by_size.get((category, size)) or self.by_category[category])
        out["wishlist"].append(
            {
                "item_id": f"{rnd.getrandbits(64):016x}",
                "shopper_id": sid,
                "sku": product["sku"],
                "store_id": store,
                "associate_id": who,
                "added_at": at,
            }
        )
        if rnd.random() < 0.5:
            out["tasks"].append(
                {
                    "task_id": f"{rnd.getrandbits(64):016x}",
                    "shopper_id": sid,
                    "store_id": store,
                    "associate_id": who,
                    "title": rnd.choice(d.TASK_TITLES),
                    "due_at": self.reference + timedelta(days=rnd.randint(1, 20)),
                    "status": "open",
                    "created_at": at,
                    "done_at": None,
                }
            )
        return out
