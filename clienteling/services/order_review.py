"""The review of an order before it is placed: items, prices, total, source store and why,
fulfilment and a delivery estimate. Qt-free; methods may block (they read the cache).

Prices are in the shopper's money: that of the country the order goes to (the
catalog carries each item's local prices), else this store's. The suggested source
is the nearest store with stock in that country and money, then the nearest in the
same money, then the nearest anywhere, and the review says which rule picked it. The delivery
estimate is a range of days by distance band: an estimate, never a promise.
"""

from __future__ import annotations

from dataclasses import dataclass

from clienteling.cache import catalog, shoppers
from clienteling.cache.store import Cache
from clienteling.domain.catalog import Product
from clienteling.domain.enums import Fulfilment
from clienteling.domain.stores import Store

from .stock import StockLine, StockView

# Why a store is the source: the ranking rule that picked it, or the associate's choice.
HERE = "here"  # this store has it (pick-up here or ship from here)
COUNTRY = "country"  # nearest with stock in the order's country and money
CURRENCY = "currency"  # none in the country: nearest in the same money
ELSEWHERE = "elsewhere"  # none in the country or the money: nearest anywhere
CHOSEN = "chosen"  # the associate picked another store than the suggested one
HQ_PICKS = "hq"  # no store named: HQ picks the nearest with stock
NONE = "none"  # no store shows enough stock

# Days by distance between the source store and where the order goes (km, days).
BANDS = ((0.5, (0, 0)), (100.0, (1, 2)), (1000.0, (2, 4)), (3000.0, (3, 7)))
ABROAD = (7, 14)  # another country, or farther than the last band


@dataclass(frozen=True)
class Suggestion:
    store_id: str | None
    reason: str  # HERE, COUNTRY, CURRENCY, ELSEWHERE or NONE
    distance_km: float | None = None


@dataclass(frozen=True)
class ReviewLine:
    sku: str
    name: str
    colour: str
    size: str
    quantity: int
    unit_minor: int
    currency: str

    @property
    def total_minor(self) -> int:
        return self.unit_minor * self.quantity


@dataclass(frozen=True)
class OrderReview:
    lines: tuple[ReviewLine, ...]
    total_minor: int
    currency: str
    fulfilment: Fulfilment
    source_store: str | None  # None: HQ picks
    source_name: str
    reason: str
    suggested_store: str | None  # the suggestion when the associate chose another store
    distance_km: float | None  # source to destination, when both positions are known
    days: tuple[int, int] | None  # the delivery estimate; None when it cannot be told
    destination_country: str
    pickup_store: str | None = None
    pickup_name: str = ""


def price_in(product: Product, currency: str) -> tuple[int, str]:
    """The item's price in `currency` when the catalog carries it, else its list price."""
    if not currency or currency == product.currency:
        return product.price_minor, product.currency
    prices = product.attributes.get("prices") if isinstance(product.attributes, dict) else None
    local = prices.get(currency) if isinstance(prices, dict) else None
    if isinstance(local, int) and local >= 0:
        return local, currency
    return product.price_minor, product.currency


def days_for(distance_km: float | None, same_country: bool) -> tuple[int, int] | None:
    """The delivery estimate in days for a distance band; None when the distance is unknown."""
    if not same_country:
        return ABROAD
    if distance_km is None:
        return None
    for most, days in BANDS:
        if distance_km < most:
            return days
    return ABROAD


def _km(a: Store | None, b: Store | None) -> float | None:
    km = a.distance_to(b) if a and b else None
    return None if km is None else round(km, 1)


def rank_sources(
    lines: list[StockLine],
    stores: dict[str, Store],
    quantity: int,
    country: str,
    currency: str,
    point: Store | None,
) -> list[Suggestion]:
    """Stores with `quantity` available, best first: in `country` and `currency`, then in
    `currency`, then anywhere; nearest to `point` first within each (unknown last)."""
    out = []
    for line in lines:
        if line.available < quantity:
            continue
        store = stores.get(line.store_id)
        km = _km(point, store) if point else line.distance_km
        if store is not None and point is not None and store.store_id == point.store_id:
            km = 0.0
        in_country = store is not None and store.country == country
        in_money = store is not None and store.currency == currency
        if in_country and in_money:
            rule = COUNTRY
        elif in_money:
            rule = CURRENCY
        else:
            rule = ELSEWHERE
        out.append(Suggestion(line.store_id, rule, km))
    order = {COUNTRY: 0, CURRENCY: 1, ELSEWHERE: 2}
    out.sort(
        key=lambda s: (order[s.reason], s.distance_km is None, s.distance_km or 0.0, s.store_id)
    )
    return out


class OrderReviews:
    """Suggested sources and reviews of orders for the screens of one terminal."""

    def __init__(self, cache: Cache, store_id: str) -> None:
        self.cache, self.store_id = cache, store_id
        self._stores: dict[str, Store] | None = None

    def stores(self) -> dict[str, Store]:
        if self._stores is None:
            with self.cache.read() as conn:
                self._stores = {s.store_id: s for s in catalog.stores(conn)}
        return self._stores

    @property
    def here(self) -> Store | None:
        return self.stores().get(self.store_id)

    def currency(self, country: str = "") -> str:
        """The money of `country` (that of its stores), else the money of this store."""
        country = (country or "").strip().upper()
        found = next((s.currency for s in self.stores().values() if s.country == country), "")
        here = self.here
        return found or (here.currency if here else "")

    def destination(
        self, fulfilment: Fulfilment, country: str, pickup_store: str | None, home_store: str = ""
    ) -> tuple[str, Store | None]:
        """Where the order goes: its country and the store nearest to it (for distances).

        A pick-up goes to its store; a delivery to the shopper's country, measured from
        their home store when it is in that country, else from this store when it is."""
        stores = self.stores()
        if fulfilment == Fulfilment.PICK_UP:
            store = stores.get(pickup_store or "")
            return (store.country if store else ""), store
        country = (country or "").strip().upper()
        for candidate in (stores.get(home_store), self.here):
            if candidate is not None and candidate.country == country:
                return country, candidate
        return country, None

    def suggest(
        self,
        view: StockView,
        quantity: int,
        fulfilment: Fulfilment,
        country: str,
        pickup_store: str | None = None,
        home_store: str = "",
    ) -> Suggestion:
        """The source to suggest: this store when it has enough for a delivery or its own
        pick-up, else the best ranked (see `rank_sources`)."""
        here = view.here
        country, point = self.destination(fulfilment, country, pickup_store, home_store)
        if here is not None and here.available >= quantity:
            local = self.here is None or not country or self.here.country == country
            if local or (point is not None and point.store_id == self.store_id):
                return Suggestion(here.store_id, HERE, _km(self.here, point))
        lines = ([here] if here else []) + list(view.others)
        money = self.currency(country)
        ranked = rank_sources(lines, self.stores(), quantity, country, money, point)
        return ranked[0] if ranked else Suggestion(None, NONE)

    def home_store(self, shopper_id: str) -> str:
        with self.cache.read() as conn:
            found = shoppers.shopper(conn, shopper_id)
        return found.home_store if found else ""

    def review(
        self,
        view: StockView,
        lines: list[tuple[str, int, str | None]],
        fulfilment: Fulfilment,
        country: str = "",
        pickup_store: str | None = None,
        shopper_id: str = "",
    ) -> OrderReview:
        """What the associate confirms: the lines priced here, the total, the source store
        and why, how it reaches the shopper and in how many days (an estimate)."""
        with self.cache.read() as conn:
            products = catalog.products_by_sku(conn, [sku for sku, _n, _s in lines])
        home = self.home_store(shopper_id) if shopper_id else ""
        dest_country, point = self.destination(fulfilment, country, pickup_store, home)
        currency = self.currency(dest_country)
        priced = []
        for sku, quantity, _source in lines:
            product = products.get(sku)
            if product is None:
                continue
            unit, money = price_in(product, currency)
            priced.append(
                ReviewLine(sku, product.name, product.colour, product.size, quantity, unit, money)
            )
        moneys = {line.currency for line in priced}
        total_currency = moneys.pop() if len(moneys) == 1 else currency
        total = sum(line.total_minor for line in priced if line.currency == total_currency)

        quantity = max((n for _s, n, _src in lines), default=1)
        best = self.suggest(view, quantity, fulfilment, country, pickup_store, home)
        source = lines[0][2] if lines else None
        stores = self.stores()
        if source is None:
            reason, km, suggested = HQ_PICKS, None, best.store_id
        elif source == best.store_id:
            reason, km, suggested = best.reason, best.distance_km, None
        else:
            reason, suggested = CHOSEN, best.store_id
            km = 0.0 if point and point.store_id == source else _km(stores.get(source), point)
        src = stores.get(source or "")
        same_country = src is None or not dest_country or src.country == dest_country
        if source is None:
            days = days_for(best.distance_km, same_country) if best.store_id else None
        else:
            days = days_for(km, same_country)
        pickup = stores.get(pickup_store or "")
        return OrderReview(
            lines=tuple(priced),
            total_minor=total,
            currency=total_currency,
            fulfilment=fulfilment,
            source_store=source,
            source_name=src.name if src else "",
            reason=reason,
            suggested_store=suggested,
            distance_km=km,
            days=days,
            destination_country=dest_country,
            pickup_store=pickup_store if fulfilment == Fulfilment.PICK_UP else None,
            pickup_name=pickup.name if pickup else (pickup_store or ""),
        )
