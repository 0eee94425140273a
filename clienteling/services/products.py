"""Products: finding one in the cached catalog, its size x colour grid of stock at one store,
and its stock here and in every other store."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import UTC, datetime

from clienteling.api.client import HQClient
from clienteling.api.errors import HQError
from clienteling.cache import catalog
from clienteling.cache.apply import sync_states
from clienteling.cache.store import Cache, Connection

from .freshness import Freshness, freshness
from .stock import StockView, live_levels, stock_view

# Letter sizes in the order a rail shows them; other sizes sort by number, then by name.
LETTER_SIZES = ("XXS", "XS", "S", "M", "L", "XL", "XXL", "XXXL")
_NUMBER = re.compile(r"^\d+(\.\d+)?$")


@dataclass(frozen=True)
class ProductHit:
    """One style in the product results: the SKU is the variant that matched (or the first)."""

    style: str
    name: str
    brand: str
    category: str
    colours: tuple[str, ...]
    sizes: tuple[str, ...]
    price_minor: int
    currency: str
    sku: str
    exact: bool  # the SKU, GTIN or style code was typed or scanned


def size_key(size: str) -> tuple:
    upper = size.upper()
    if upper in LETTER_SIZES:
        return (0, LETTER_SIZES.index(upper), "")
    if _NUMBER.match(size):
        return (1, float(size), "")
    return (2, 0.0, size)


def _codes(typed: str) -> list[str]:
    """What a SKU or GTIN may look like as typed or scanned (GTIN-14 with a leading 0)."""
    text = typed.strip()
    codes = [text, text.upper()]
    digits = re.sub(r"\D", "", text)
    if digits and len(digits) in (8, 12, 13, 14) and digits == text.replace(" ", ""):
        codes.append(digits)
        if len(digits) == 14 and digits.startswith("0"):
            codes.append(digits[1:])
        if len(digits) == 12:
            codes.append("0" + digits)
    return list(dict.fromkeys(codes))


def _hit(row: catalog.StyleRow, sku: str | None = None, exact: bool = False) -> ProductHit:
    style, name, brand, category, colours, sizes, price, currency, first = row
    return ProductHit(
        style,
        name,
        brand or "",
        category or "",
        tuple(sorted(set((colours or "").split(",")) - {""})),
        tuple(sorted(set((sizes or "").split(",")) - {""}, key=size_key)),
        price,
        currency,
        sku or first,
        exact,
    )


def find_products(conn: Connection, query: str, limit: int = 30) -> list[ProductHit]:
    """Styles for what was typed or scanned: SKU / GTIN / style code exactly, then name prefix.

    A name matches when it or one of its words starts with what was typed
    (case-insensitive), so "shi" finds "Shirt ST1" and "Linen Shirt".
    """
    text = query.strip()
    if not text:
        return []
    hits: list[ProductHit] = []
    codes = _codes(text)
    exact = catalog.variant_by_codes(conn, codes)
    if exact is not None:
        row = catalog.style_row(conn, exact[1])
        hits += [_hit(row, exact[0], True)] if row else []
    else:
        hits += [_hit(r, exact=True) for r in catalog.styles_by_code(conn, codes, limit)]
    seen = {h.style for h in hits}
    hits += [_hit(r) for r in catalog.styles_by_name(conn, text, limit) if r[0] not in seen]
    return hits[:limit]


@dataclass(frozen=True)
class GridCell:
    sku: str
    colour: str
    size: str
    on_hand: int | None  # None: this store has no stock line for the variant
    reserved: int

    @property
    def available(self) -> int:
        return max((self.on_hand or 0) - self.reserved, 0)


@dataclass
class StyleGrid:
    """Stock at one store of every colour and size of a style (on hand minus reserved)."""

    style: str
    name: str
    brand: str
    category: str
    price_minor: int
    currency: str
    colours: list[str]  # rows
    sizes: list[str]  # columns
    cells: dict[tuple[str, str], GridCell] = field(default_factory=dict)

    def cell(self, colour: str, size: str) -> GridCell | None:
        return self.cells.get((colour, size))

    def find(self, sku: str) -> GridCell | None:
        return next((c for c in self.cells.values() if c.sku == sku), None)

    @property
    def total_here(self) -> int:
        return sum(c.available for c in self.cells.values())


def style_grid(conn: Connection, style: str, store_id: str) -> StyleGrid | None:
    """The style's grid at `store_id` from the cache; None when the style is not in the catalog."""
    variants = catalog.style_variants(conn, style, store_id)
    if not variants:
        return None
    first = variants[0][0]
    grid = StyleGrid(
        style,
        first.name,
        first.brand,
        first.category,
        first.price_minor,
        first.currency,
        sorted({p.colour for p, _on_hand, _reserved in variants}),
        sorted({p.size for p, _on_hand, _reserved in variants}, key=size_key),
    )
    for p, on_hand, reserved in variants:
        grid.cells[(p.colour, p.size)] = GridCell(p.sku, p.colour, p.size, on_hand, reserved)
    return grid


@dataclass(frozen=True)
class ProductStock:
    """What the stock screen shows for one chosen item: its style's grid here and every store."""

    grid: StyleGrid
    stock: StockView
    live: bool  # the store figures came in HQ's answer (else: this terminal's last sync)
    confirmed_at: datetime | None = None  # when HQ confirmed them; None: never synced here

    def freshness(self, now: datetime | None = None) -> Freshness:
        """How fresh the store figures are now (services.freshness: the one rule)."""
        return freshness(self.confirmed_at, from_hq=self.live, now=now)


@dataclass(frozen=True)
class ItemChoice:
    """One variant the wishlist picker offers."""

    sku: str
    name: str
    colour: str
    size: str
    available_here: int


class Catalog:
    """Products and stock for the screens of one terminal. Methods may block."""

    def __init__(self, cache: Cache, hq: HQClient, store_id: str) -> None:
        self.cache, self.hq, self.store_id = cache, hq, store_id

    def find_products(self, query: str, limit: int = 30) -> list[ProductHit]:
        """Styles by SKU, GTIN or style code (exact) and by name prefix, from the cache."""
        with self.cache.read() as conn:
            return find_products(conn, query, limit)

    def product_stock(self, sku: str, live: bool = True) -> ProductStock | None:
        """The item's style grid here and its stock in every store, nearest first.

        With `live`, HQ's figures of this moment replace the cached ones when HQ
        answers; offline (or HQ slow) the cached figures are shown as of the last
        sync. `confirmed_at` says when HQ confirmed the figures either way.
        """
        answer, confirmed_at = None, None
        if live:
            try:
                answer = self.hq.live_stock(sku)
                confirmed_at = datetime.now(UTC)
            except HQError:
                answer = None  # offline, HQ busy, or an item HQ does not know: the cache answers
        with self.cache.read() as conn:
            product = catalog.product(conn, sku)
            if product is None:
                return None
            if answer is None:
                synced = sync_states(conn).get("stock", (0, None))[1]
                confirmed_at = datetime.fromisoformat(synced) if synced else None
            levels = live_levels(answer) if answer else catalog.stock_of(conn, product.sku)
            view = stock_view(product, levels, catalog.stores(conn), self.store_id)
            grid = style_grid(conn, product.style, self.store_id)
        if grid is None:
            return None
        cell = grid.find(product.sku)
        if answer is not None and cell is not None:
            here = view.here
            grid.cells[(cell.colour, cell.size)] = GridCell(
                cell.sku,
                cell.colour,
                cell.size,
                here.on_hand if here else None,
                here.reserved if here else 0,
            )
        return ProductStock(grid, view, answer is not None, confirmed_at)

    def find_items(self, query: str, limit: int = 60) -> list[ItemChoice]:
        """Variants (colour and size) for what was typed or scanned, the exact one first."""
        out: list[ItemChoice] = []
        with self.cache.read() as conn:
            for hit in find_products(conn, query, limit=15):
                grid = style_grid(conn, hit.style, self.store_id)
                if grid is None:
                    continue
                cells = sorted(
                    grid.cells.values(),
                    key=lambda c: (
                        not (hit.exact and c.sku == hit.sku),
                        c.colour,
                        size_key(c.size),
                    ),
                )
                out += [ItemChoice(c.sku, grid.name, c.colour, c.size, c.available) for c in cells]
                if len(out) >= limit:
                    break
        return out[:limit]

    def size_choices(self) -> dict[str, list[str]]:
        """Every catalog category with its sizes in rail order, for the sizes editor."""
        with self.cache.read() as conn:
            found = catalog.sizes_by_category(conn)
        return {c: sorted(s, key=size_key) for c, s in sorted(found.items())}
