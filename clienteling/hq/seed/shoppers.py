"""Shoppers of the generated chain, each with everything that hangs off them.

A shopper lives near their home store and has its country's language, names,
phone numbers, e-mail and address style; sizes that fit one body, tastes,
consent choices, and a purchase history from which their tier and segments
follow (see history.py). Some have notes, wishlist items and open tasks
written by their home store's associates.

A shopper and all their rows are made together and written in one
transaction, so a terminal syncing during a seed never sees a purchase whose
shopper is missing.
"""

from __future__ import annotations

import random
from bisect import bisect
from datetime import datetime, timedelta

from clienteling.domain.folding import name_key

from . import data as d
from .catalog import Catalog
from .history import Histories
from .people import (
    Pools,
    QuickRandom,
    card_number,
    loyalty_id,
    mobile_number,
    ordered_id,
    random_uuid,
)

COLOUR_NAMES = sorted(d.COLOURS.values())
SIZE_STEPS = (0, 0, 0, 0, 0, 0, 0, 0, -1, 1)  # now and then a size up or down


class ShopperMaker:
    """Makes shoppers one at a time from one seeded generator."""

    def __init__(
        self,
        seed: int,
        pools: Pools,
        stores: list[dict],
        sites: dict[str, d.Site],
        catalog: Catalog,
        staff: dict[str, list[str]],
        reference: datetime,
        follow_ups_at: datetime | None = None,
    ) -> None:
        self.rnd: random.Random = QuickRandom(f"{seed}:shoppers")
        self.pools, self.stores, self.sites, self.catalog = pools, stores, sites, catalog
        self.staff, self.reference = staff, reference
        # The day the open follow-ups are due around: the chain's "now" unless told otherwise
        # (training makes its chain around the day it is made: some due today).
        self.follow_ups_at = follow_ups_at or reference
        self.history = Histories(self.rnd, stores, catalog, reference)
        self.midnight = reference.replace(hour=0, minute=0, second=0, microsecond=0)

    def add_shopper(self, number: int, out: dict[str, list[dict]]) -> None:
        """Append shopper `number` (from 1) and their purchases, notes, wishlist and tasks."""
        rnd = self.rnd
        rand = rnd.random
        home = self.stores[int(rand() * len(self.stores))]
        cc, site = home["country"], self.sites[home["store_id"]]
        country, region = d.COUNTRIES[cc], d.REGIONS[home["region"]]
        gender = "female" if rand() < 0.58 else "male"
        first, last = self.pools.name(rnd, cc, gender)
        age = rnd.randint(2, 90) if rand() < 0.1 else rnd.randint(91, 2600)  # days a member
        shopper_id = ordered_id(rnd, self.history.base_ms, number)
        prefs = self._preferences(gender)
        gift_buyer = rand() < 0.08
        online = 0.75 if rand() < 0.2 else 0.2
        lapsed = age > 500 and rand() < 0.12
        spend, n_online, last_back, purchases = self.history.make(
            shopper_id, home, prefs, gender, age, online, gift_buyer, lapsed
        )
        out["purchases"] += purchases
        tier = next(name for floor, name in d.TIERS if spend >= floor)
        segments = {"new"} if age <= 90 else set()
        if last_back > 365:
            segments.add("lapsed")
        if tier in ("gold", "platinum"):
            segments.add("vip")
        if gift_buyer:
            segments.add("gift-buyer")
        if len(purchases) >= 2 and n_online / len(purchases) >= 0.6:
            segments.add("online-first")
        if rand() < 0.05:
            segments.add("event-goer")
        phones = [mobile_number(rnd, cc, site, region)]
        if rand() < 0.05:
            phones.append(mobile_number(rnd, cc, site, region))
        emails = [] if rand() < 0.08 else [self._email(first, last, country)]
        out["shoppers"].append(
            {
                "shopper_id": shopper_id,
                "external_id": f"CRM{number:08d}",
                "loyalty_id": loyalty_id(card_number(number)) if rand() < 0.9 else None,
                "first_name": first,
                "last_name": last,
                "emails": emails,
                "phones": phones,
                "primary_email": emails[0].lower() if emails else None,
                "primary_phone": phones[0],
                "name_key": name_key(first, last),
                "language": country.language,
                "tier": tier,
                "segments": sorted(segments),
                "home_store": home["store_id"],
                "home_region": home["region"],
                "consent_email": bool(emails) and rand() < 0.65,
                "consent_sms": rand() < 0.4,
                "consent_profiling": rand() < 0.8,
                "preferences": prefs,
                "address": self._address(cc, site, home["region"]) if rand() < 0.9 else None,
                "attributes": {},
                "field_edits": {},
                # The day before the first possible purchase (see Histories.make).
                "created_at": self.midnight - timedelta(days=age, minutes=int(rand() * 1440)),
            }
        )
        if rand() < 0.12:
            self._extras(shopper_id, home, prefs, country.language, min(age - 1, 400), out)

    def _preferences(self, gender: str) -> dict:
        """Sizes that fit one body (M tops, 38-40 bottoms...), and tastes."""
        rnd = self.rnd
        rand = rnd.random
        body = bisect((0.1, 0.34, 0.66, 0.88), rand())  # XS..XL, most in S-L

        def near(i: int, top: int) -> int:
            return min(top, max(0, i + SIZE_STEPS[int(rand() * 10)]))

        shoe = 36 + near(body + 1, 5) if gender == "female" else 40 + near(body, 5)
        return {
            "sizes": {
                "tops": d.LETTERS[near(body, 4)],
                "bottoms": d.SIZES["bottoms"][near(round(body * 1.5), 6)],
                "dresses": d.LETTERS[near(body, 4)],
                "outerwear": d.LETTERS[near(body + (rand() < 0.3), 4)],
                "shoes": str(shoe),
                "accessories": "one size",
            },
            "fit": rnd.choice(d.FITS),
            "brands": sorted(rnd.sample(d.BRANDS, rnd.randint(1, 3))),
            "colours": sorted(rnd.sample(COLOUR_NAMES, rnd.randint(2, 3))),
            "styles": sorted(rnd.sample(d.STYLES, rnd.randint(1, 2))),
        }

    def _email(self, first: str, last: str, country: d.Country) -> str:
        rnd = self.rnd
        a, b = self.pools.latin[first] or "cliente", self.pools.latin[last] or "x"
        local = (
            f"{a}.{b}",
            f"{a}{b}{rnd.randrange(100)}",
            f"{a[0]}.{b}",
            f"{b}.{a}{rnd.randrange(1950, 2008)}",
        )[rnd.randrange(4)]
        return f"{local}@{rnd.choice(country.mail_domains)}"

    def _address(self, cc: str, site: d.Site, region: str) -> dict:
        rnd = self.rnd
        line2 = ""
        if rnd.random() < 0.45:
            line2 = rnd.choice(d.LINE2[cc]).format(
                a=rnd.randint(1, 250), b=rnd.randint(1, 12), c=rnd.choice("ABCD")
            )
        pad = 2 if cc in ("ES", "US") else 3
        postcode = f"{site.postcode}{rnd.randrange(10**pad):0{pad}d}"
        if cc == "BR":
            postcode += f"-{rnd.randrange(1000):03d}"
        street = rnd.choice(self.pools.streets[cc])
        return {
            "line1": d.LINE1[cc].format(street=street, n=rnd.randint(1, d.HOUSE_NUMBERS[cc])),
            "line2": line2,
            "city": site.city,
            "postcode": postcode,
            "region": region,
            "country": cc,
        }

    def _extras(
        self, shopper_id: str, home: dict, prefs: dict, language: str, days: int, out
    ) -> None:
        """Notes, wishlist items and an open task or two, by the home store's staff."""
        rnd, h = self.rnd, self.history
        store = home["store_id"]
        staff = self.staff[store]

        def when() -> datetime:
            back = timedelta(days=rnd.randint(1, days), minutes=rnd.randrange(600))
            return self.reference - back

        for _ in range(rnd.randint(0, 2)):
            out["notes"].append(
                {
                    "note_id": str(random_uuid(rnd)),
                    "shopper_id": shopper_id,
                    "store_id": store,
                    "associate_id": rnd.choice(staff),
                    "reason": rnd.choice(d.NOTE_REASONS),
                    "text": rnd.choice(d.NOTES[language]),
                    "created_at": when(),
                }
            )
        for _ in range(rnd.choice((0, 0, 1, 2))):
            category = rnd.choice(sorted(h.by_category))
            pool = h.by_size.get((category, prefs["sizes"][category])) or h.by_category[category]
            out["wishlist"].append(
                {
                    "item_id": str(random_uuid(rnd)),
                    "shopper_id": shopper_id,
                    "sku": self.catalog.skus[pool[rnd.randrange(len(pool))]],
                    "store_id": store,
                    "associate_id": rnd.choice(staff),
                    "added_at": when(),
                }
            )
        if rnd.random() < 0.35:
            # The same draws as ever, so every other generated row stays as it was.
            when()
            task_id = str(random_uuid(rnd))
            associate, title = rnd.choice(staff), rnd.choice(d.TASKS[language])
            lead = rnd.randint(2, 21)
            created, due = self._follow_up_dates(task_id, lead, home["region"], days)
            out["tasks"].append(
                {
                    "task_id": task_id,
                    "shopper_id": shopper_id,
                    "store_id": store,
                    "associate_id": associate,
                    "title": title,
                    "due_at": due,
                    "status": "open",
                    "created_at": created,
                    "done_at": None,
                }
            )

    def _follow_up_dates(
        self, task_id: str, lead: int, region: str, days: int
    ) -> tuple[datetime, datetime]:
        """(noted, due) of an open follow-up, around the day the chain is made (follow_ups_at):
        3 in 10 due today, 4 in 10 later this week, 1.5 in 10 within the next four weeks and
        1.5 in 10 overdue by 1 to 9 days; due in store hours (10:00-19:00) of the home store's
        day, noted `lead` days before (never before the shopper joined, never after today).
        Drawn from the task's own generator: the chain's other rows do not depend on it."""
        pick = random.Random(task_id)
        roll = pick.random()
        if roll < 0.30:
            ahead = 0
        elif roll < 0.70:
            ahead = pick.randint(1, 6)
        elif roll < 0.85:
            ahead = pick.randint(7, 28)
        else:
            ahead = -pick.randint(1, 9)
        offset = timedelta(hours=d.REGIONS[region].utc_hours)
        today = self.follow_ups_at + offset  # the store's wall clock
        local_midnight = today.replace(hour=0, minute=0, second=0, microsecond=0)
        joined = self.reference - timedelta(days=days)
        due = local_midnight + timedelta(days=ahead, hours=pick.randint(10, 19)) - offset
        if due <= joined:  # a new member cannot have an overdue follow-up
            due = local_midnight + timedelta(days=1, hours=pick.randint(10, 19)) - offset
        noted = min(due, self.follow_ups_at) - timedelta(days=lead, minutes=pick.randrange(600))
        return max(noted, joined), due
