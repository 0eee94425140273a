"""Finding a product in the cached catalog and its size x colour grid of stock at one store."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import sqlcipher3

from clienteling.cache import queries as q

# Letter sizes in the order a rail shows them; other sizes sort by number, then by name.
LETTER_SIZES = ("XXS", "XS", "S", "M", "L", "XL", "XXL", "XXXL")
_NUMBER = re.compile(r"^\d+(\.\d+)?$")
_LIKE_ESCAPE = str.maketrans({"%": r"\%", "_": r"\_", "\\": r"\\"})


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


def _styles(conn: sqlcipher3.Connection, where: str, args: list, limit: int) -> list[tuple]:
    return conn.execute(
        "SELECT style, min(name), min(brand), min(category), group_concat(DISTINCT colour), "  # noqa: S608 - `where` is fixed text
        "group_concat(DISTINCT size), min(price_minor), min(currency), min(sku) "
        f"FROM products WHERE {where} GROUP BY style ORDER BY min(name), style LIMIT ?",
        [*args, limit],
    ).fetchall()


def _hit(row: tuple, sku: str | None = None, exact: bool = False) -> ProductHit:
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


def find_products(conn: sqlcipher3.Connection, query: str, limit: int = 30) -> list[ProductHit]:
    """Styles for what was typed or scanned: SKU / GTIN / style code exactly, then name prefix.

    A name matches when it or one of its words starts with what was typed
    (case-insensitive), so "shi" finds "Shirt ST1" and "Linen Shirt".
    """
    text = query.strip()
    if not text:
        return []
    hits: list[ProductHit] = []
    codes = _codes(text)
    marks = ",".join("?" * len(codes))
    exact = conn.execute(
        f"SELECT sku, style FROM products WHERE sku IN ({marks}) OR gtin IN ({marks}) LIMIT 1",  # noqa: S608 - marks only
        [*codes, *codes],
    ).fetchone()
    if exact is not None:
        rows = _styles(conn, "style = ?", [exact[1]], 1)
        hits += [_hit(r, exact[0], True) for r in rows]
    else:
        rows = _styles(conn, f"style IN ({marks})", codes, limit)
        hits += [_hit(r, exact=True) for r in rows]
    seen = {h.style for h in hits}
    pattern = text.translate(_LIKE_ESCAPE)
    rows = _styles(
        conn,
        r"name LIKE ? ESCAPE '\' OR name LIKE ? ESCAPE '\'",
        [f"{pattern}%", f"% {pattern}%"],
        limit,
    )
    hits += [_hit(r) for r in rows if r[0] not in seen]
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


def style_grid(conn: sqlcipher3.Connection, style: str, store_id: str) -> StyleGrid | None:
    """The style's grid at `store_id` from the cache; None when the style is not in the catalog."""
    rows = q.rows(
        conn,
        "SELECT p.sku, p.name, p.brand, p.category, p.colour, p.size, p.price_minor, "
        "p.currency, s.on_hand, coalesce(s.reserved, 0) AS reserved FROM products p "
        "LEFT JOIN stock s ON s.sku = p.sku AND s.store_id = ? WHERE p.style = ? ORDER BY p.sku",
        (store_id, style),
    )
    if not rows:
        return None
    first = rows[0]
    grid = StyleGrid(
        style,
        first["name"],
        first["brand"] or "",
        first["category"] or "",
        first["price_minor"],
        first["currency"],
        sorted({r["colour"] for r in rows}),
        sorted({r["size"] for r in rows}, key=size_key),
    )
    for r in rows:
        grid.cells[(r["colour"], r["size"])] = GridCell(
            r["sku"], r["colour"], r["size"], r["on_hand"], r["reserved"]
        )
    return grid
