"""Stores of the generated chain and their demo associates.

Stores are taken region by region (BR-SP, ES-MD, RU-MOW, US-NY, BR-RJ, ...), so
a chain of four already spans the four countries; a region's stores sit in
its real cities and districts ("BR-SP-01" São Paulo Paulista, "BR-SP-02"
São Paulo Pinheiros, ...). Each store has a manager, two associates and a
trainee with demo PINs.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from itertools import pairwise

from . import data as d
from .people import Pools, landline_number

ROLES = ("manager", "associate", "associate", "trainee")


@dataclass
class DemoAssociate:
    employee_id: str
    name: str
    role: str
    store_id: str
    pin: str  # demo only: printed for trainees, stored hashed


def store_rows(seed: int, count: int, pools: Pools) -> tuple[list[dict], dict[str, d.Site]]:
    """Stores taken region by region, so a small chain already spans the four countries."""
    rnd = random.Random(f"{seed}:stores")
    regions = list(d.REGIONS)
    rows, sites = [], {}
    for i in range(count):
        region = d.REGIONS[regions[i % len(regions)]]
        k = i // len(regions)  # the k-th store of its region
        site = d.SITES[region.code][k % len(d.SITES[region.code])]
        again = k // len(d.SITES[region.code])  # more stores than sites: a second one nearby
        cc = region.code[:2]
        store_id = f"{region.code}-{k + 1:02d}"
        street = rnd.choice(pools.streets[cc])
        rows.append(
            {
                "store_id": store_id,
                "name": f"{site.city} {site.district}" + (f" {again + 1}" if again else ""),
                "region": region.code,
                "address": d.LINE1[cc].format(street=street, n=rnd.randint(1, d.HOUSE_NUMBERS[cc])),
                "city": site.city,
                "country": cc,
                "latitude": round(site.latitude + 0.011 * again, 4),
                "longitude": round(site.longitude + 0.013 * again, 4),
                "currency": d.COUNTRIES[cc].currency,
                "timezone": region.timezone,
                "attributes": {
                    "phone": landline_number(rnd, cc, site),
                    "opening_hours": "10:00-21:00",
                },
            }
        )
        sites[store_id] = site
    return rows, sites


def demo_associates(
    seed: int, store_ids: list[str], pools: Pools | None = None
) -> list[DemoAssociate]:
    """The demo associates of a chain: a manager, two associates and a trainee per store.

    Employee ids (E1001...) follow the stores in id order, and names and PINs
    (4 to 6 digits) come from the seed alone, so the demo can list them again
    for an already seeded database.
    """
    rnd = random.Random(f"{seed}:associates")
    pools = pools or Pools(seed)
    out, number = [], 1000
    for store_id in sorted(store_ids):
        cc = store_id[:2]
        for role in ROLES:
            number += 1
            gender = rnd.choice(("female", "male"))
            first, last = pools.name(rnd, cc, gender)
            out.append(DemoAssociate(f"E{number}", f"{first} {last}", role, store_id, _pin(rnd)))
    return out


def _pin(rnd: random.Random) -> str:
    while True:
        pin = "".join(str(rnd.randrange(10)) for _ in range(rnd.randint(4, 6)))
        # Not 1111 or 1234: even demo PINs should not teach trainees bad habits.
        steps = {int(b) - int(a) for a, b in pairwise(pin)}
        if len(steps) > 1:
            return pin
