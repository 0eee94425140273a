"""Who the generated shoppers and associates are: names, streets, phones, ids.

Faker is slow per call, so it only fills small pools per country once (names
per gender, streets), drawn with the chain's seed; a person is then a few
choices from the pools. Ids come from seeded generators too, never from
uuid4() or the clock, so a seed always gives the same ids.
"""

from __future__ import annotations

import random
import unicodedata
import uuid

from faker import Faker

from clienteling.domain.codes import luhn_check_digit, normalize_phone
from clienteling.domain.transliteration import to_latin

from . import data as d

_V4 = (0xF000 << 64) | (0xC000 << 48)  # version and variant bits of a UUID
_V4_SET = (0x4000 << 64) | (0x8000 << 48)
_LOW62 = (1 << 62) - 1


class QuickRandom(random.Random):
    """random.Random whose choice, randrange, randint and sample cost one random() each.

    The stock _randbelow draws bits until a value fits, a good share of the
    time spent generating a shopper. Scaling random() instead is as
    reproducible for a seed; its bias (n / 2**53) does not matter for demo data.
    """

    def _randbelow(self, n: int) -> int:
        return int(self.random() * n)


def random_uuid(rnd: random.Random) -> uuid.UUID:
    """A version-4 UUID drawn from `rnd` (reproducible, unlike uuid4())."""
    return uuid.UUID(int=(rnd.getrandbits(128) & ~_V4) | _V4_SET)


def ordered_id(rnd: random.Random, base_ms: int, n: int) -> str:
    """The n-th id of a kind: a UUIDv7 (RFC 9562) in hex, its time field base_ms + n.

    Time-ordered ids are what B-tree keys like: a bulk load of a million
    shoppers appends to the primary-key index instead of splitting pages all
    over it (nearly a third less write time). The other 74 bits come from `rnd`.
    """
    r = rnd.getrandbits(74)
    value = ((base_ms + n) << 80) | (0x7 << 76) | (r >> 62 << 64) | (0b10 << 62) | (r & _LOW62)
    return f"{value:032x}"


def loyalty_id(number: int) -> str:
    """The chain's loyalty card number: "LY", ten digits and a Luhn (mod-10) check digit.

    LY0000012345 + check digit; the check digit catches a mistyped or misread
    digit at the counter, like on payment cards.
    """
    body = f"{number:010d}"
    return f"LY{body}{luhn_check_digit(body)}"


def card_number(n: int) -> int:
    """The n-th card's ten digits: unique (a bijection on 0..10**10-1) but not sequential."""
    return (n * 7_919_000_003 + 1_234_567_891) % 10**10


def latin(name: str) -> str:
    """A name as it would appear in an e-mail address: "iuliia" for Юлия, "joao" for João."""
    folded = unicodedata.normalize("NFKD", to_latin(name.lower()))
    return "".join(ch for ch in folded if ch.isascii() and ch.isalnum())


class Pools:
    """Names per country and gender, and streets per country, drawn once from Faker.

    First and last names are kept per gender so Russian surnames agree with
    the first name (Иван Петров, Анна Петрова).
    """

    def __init__(self, seed: int, size: int = 300) -> None:
        self.first: dict[tuple[str, str], list[str]] = {}
        self.last: dict[tuple[str, str], list[str]] = {}
        self.streets: dict[str, list[str]] = {}
        self.latin: dict[str, str] = {}
        for cc, country in d.COUNTRIES.items():
            fake = Faker(country.locale)
            fake.seed_instance(seed)
            for g in ("male", "female"):
                self.first[cc, g] = _distinct(getattr(fake, f"first_name_{g}"), size)
                self.last[cc, g] = _distinct(getattr(fake, f"last_name_{g}"), size)
            words = d.STREET_WORDS.get(cc)
            self.streets[cc] = _distinct(
                fake.street_name, size, lambda s, w=words: not w or any(x in w for x in s.split())
            )
        for names in (*self.first.values(), *self.last.values()):
            self.latin.update((n, latin(n)) for n in names)

    def name(self, rnd: random.Random, cc: str, gender: str) -> tuple[str, str]:
        return rnd.choice(self.first[cc, gender]), rnd.choice(self.last[cc, gender])


def _distinct(draw, size: int, accept=None) -> list[str]:
    found: set[str] = set()
    for _ in range(size * (4 if accept is None else 15)):
        value = draw()
        if accept is None or accept(value):
            found.add(value)
            if len(found) == size:
                break
    return sorted(found)


def mobile_number(rnd: random.Random, cc: str, site: d.Site, region: d.Region) -> str:
    """A valid mobile number of the site's area, as a shopper would say it, in E.164."""
    x = rnd.randrange(10**8)
    if cc == "BR":
        raw = f"({site.area}) 9{x // 10**4:04d}-{x % 10**4:04d}"
    elif cc == "ES":
        s = f"6{x:08d}"
        raw = f"{s[:3]} {s[3:5]} {s[5:7]} {s[7:]}"
    elif cc == "RU":
        s = f"{x % 10**7:07d}"
        raw = f"8 ({rnd.choice(region.mobile_areas)}) {s[:3]}-{s[3:5]}-{s[5:]}"
    else:
        exchange = 200 + x % 800
        if exchange % 100 == 11:  # N11 codes are service numbers, never assigned
            exchange += 1
        raw = f"({site.area}) {exchange}-{x // 10**4 % 10**4:04d}"
    return normalize_phone(raw, cc)


def landline_number(rnd: random.Random, cc: str, site: d.Site) -> str:
    """A valid fixed-line number of the site's city (a store's phone), in E.164."""
    x = rnd.randrange(10**7)
    exchange = 200 + x % 700
    exchange += exchange % 100 == 11  # N11 codes are service numbers, never assigned
    raw = {
        "BR": f"({site.area}) 3{x // 10**4:03d}-{x % 10**4:04d}",
        "ES": f"{site.area}{x:07d}"[:9],
        "RU": f"8 ({site.area}) {x:07d}",
        "US": f"({site.area}) {exchange}-{x // 10**3 % 10**4:04d}",
    }[cc]
    return normalize_phone(raw, cc)
