"""The chain in the cache: products and their styles, stock, stores and the store's associates."""

from __future__ import annotations

from collections.abc import Collection

import sqlcipher3

from clienteling.domain.associates import Associate
from clienteling.domain.catalog import Product, StockLevel
from clienteling.domain.stores import Store

from . import rows
from .rows import dicts

_LIKE_ESCAPE = str.maketrans({"%": r"\%", "_": r"\_", "\\": r"\\"})


def _marks(values: Collection) -> str:
    return ",".join("?" * len(values))


# --- products ------------------------------------------------------------------------------


def product(conn: sqlcipher3.Connection, code: str) -> Product | None:
    """A product by SKU or GTIN, exactly as given."""
    found = dicts(
        conn.execute("SELECT * FROM products WHERE sku = ? OR gtin = ?", (code, code)), "products"
    )
    return rows.product(found[0]) if found else None


def product_by_codes(conn: sqlcipher3.Connection, codes: list[str]) -> Product | None:
    """The first product whose GTIN or SKU is one of `codes` (the forms a scan may take)."""
    if not codes:
        return None
    marks = _marks(codes)
    found = dicts(
        conn.execute(
            f"SELECT * FROM products WHERE gtin IN ({marks}) OR sku IN ({marks}) LIMIT 1",
            [*codes, *codes],
        ),
        "products",
    )
    return rows.product(found[0]) if found else None


def products_by_sku(conn: sqlcipher3.Connection, skus: Collection[str]) -> dict[str, Product]:
    """SKU -> product for those of `skus` in the catalog (names for purchases and orders)."""
    wanted = sorted(set(skus))
    found: dict[str, Product] = {}
    for at in range(0, len(wanted), 500):  # SQLite's limit on bound values, with room
        part = wanted[at : at + 500]
        query = f"SELECT * FROM products WHERE sku IN ({_marks(part)})"
        found.update(
            (p.sku, p) for p in map(rows.product, dicts(conn.execute(query, part), "products"))
        )
    return found


# A style as the product results show it: one row per style, its colours and sizes listed.
StyleRow = tuple[str, str, str, str, str, str, int, str, str]
_STYLE_COLUMNS = (
    "style, min(name), min(brand), min(category), group_concat(DISTINCT colour), "
    "group_concat(DISTINCT size), min(price_minor), min(currency), min(sku)"
)


def _styles(conn: sqlcipher3.Connection, where: str, args: list, limit: int) -> list[StyleRow]:
    return conn.execute(
        f"SELECT {_STYLE_COLUMNS} FROM products WHERE {where} "
        "GROUP BY style ORDER BY min(name), style LIMIT ?",
        [*args, limit],
    ).fetchall()


def variant_by_codes(conn: sqlcipher3.Connection, codes: list[str]) -> tuple[str, str] | None:
    """(sku, style) of the variant whose SKU or GTIN is one of `codes`."""
    marks = _marks(codes)
    return conn.execute(
        f"SELECT sku, style FROM products WHERE sku IN ({marks}) OR gtin IN ({marks}) LIMIT 1",
        [*codes, *codes],
    ).fetchone()


def style_row(conn: sqlcipher3.Connection, style: str) -> StyleRow | None:
    found = _styles(conn, "style = ?", [style], 1)
    return found[0] if found else None


def styles_by_code(conn: sqlcipher3.Connection, codes: list[str], limit: int) -> list[StyleRow]:
    """Styles whose style code is one of `codes`."""
    return _styles(conn, f"style IN ({_marks(codes)})", codes, limit)


def styles_by_name(conn: sqlcipher3.Connection, text: str, limit: int) -> list[StyleRow]:
    """Styles whose name, or a word of it, starts with `text` (case-insensitive)."""
    pattern = text.translate(_LIKE_ESCAPE)
    return _styles(
        conn,
        r"name LIKE ? ESCAPE '\' OR name LIKE ? ESCAPE '\'",
        [f"{pattern}%", f"% {pattern}%"],
        limit,
    )


def style_variants(
    conn: sqlcipher3.Connection, style: str, store_id: str
) -> list[tuple[Product, int | None, int]]:
    """Every variant of a style with (on hand, reserved) at `store_id`; on hand None: no line."""
    found = dicts(
        conn.execute(
            "SELECT p.*, s.on_hand AS stock_on_hand, coalesce(s.reserved, 0) AS stock_reserved "
            "FROM products p LEFT JOIN stock s ON s.sku = p.sku AND s.store_id = ? "
            "WHERE p.style = ? ORDER BY p.sku",
            (store_id, style),
        ),
        "products",
    )
    return [(rows.product(r), r["stock_on_hand"], r["stock_reserved"]) for r in found]


def sizes_by_category(conn: sqlcipher3.Connection) -> dict[str, set[str]]:
    """Every catalog category with the sizes its products come in."""
    out: dict[str, set[str]] = {}
    for category, size in conn.execute(
        "SELECT DISTINCT category, size FROM products WHERE category IS NOT NULL "
        "AND category != '' AND size IS NOT NULL AND size != ''"
    ):
        out.setdefault(category, set()).add(size)
    return out


def same_style_in_stock(
    conn: sqlcipher3.Connection, skus: set[str], store_id: str
) -> list[tuple[str, str, Product]]:
    """(name bought, its category, other variant) for the other variants of the styles of
    `skus` with units at `store_id`, by SKU."""
    if not skus:
        return []
    marks = _marks(skus)
    found = dicts(
        conn.execute(
            f"SELECT b.name AS bought_name, b.category AS bought_category, p.* "
            f"FROM products b JOIN products p ON p.style = b.style AND p.sku NOT IN ({marks}) "
            f"JOIN stock s ON s.sku = p.sku AND s.store_id = ? AND s.on_hand - s.reserved > 0 "
            f"WHERE b.sku IN ({marks}) ORDER BY p.sku",
            (*skus, store_id, *skus),
        ),
        "products",
    )
    return [(r["bought_name"], r["bought_category"], rows.product(r)) for r in found]


def available_at(conn: sqlcipher3.Connection, sku: str, store_id: str) -> int:
    """Units of `sku` a shopper can still have at `store_id` (0 without a stock line)."""
    row = conn.execute(
        "SELECT on_hand - reserved FROM stock WHERE sku = ? AND store_id = ?", (sku, store_id)
    ).fetchone()
    return max(row[0] or 0, 0) if row else 0


# --- stock ---------------------------------------------------------------------------------


def stock_of(conn: sqlcipher3.Connection, sku: str) -> list[StockLevel]:
    """The item's stock line in every store the cache has one for."""
    found = conn.execute(
        "SELECT store_id, sku, on_hand, reserved, as_of FROM stock WHERE sku = ?", (sku,)
    )
    return [StockLevel(*r) for r in found]


# --- stores and associates -----------------------------------------------------------------


def stores(conn: sqlcipher3.Connection) -> list[Store]:
    return [
        rows.store(r)
        for r in dicts(conn.execute("SELECT * FROM stores ORDER BY store_id"), "stores")
    ]


def store_names(conn: sqlcipher3.Connection) -> dict[str, str]:
    return dict(conn.execute("SELECT store_id, name FROM stores").fetchall())


def store(conn: sqlcipher3.Connection, store_id: str) -> Store | None:
    found = dicts(conn.execute("SELECT * FROM stores WHERE store_id = ?", (store_id,)), "stores")
    return rows.store(found[0]) if found else None


def associates_of(conn: sqlcipher3.Connection, store_id: str) -> list[Associate]:
    """The active associates of a store, by name."""
    found = conn.execute(
        "SELECT * FROM associates WHERE active AND home_store = ? ORDER BY name", (store_id,)
    )
    return [rows.associate(r) for r in dicts(found, "associates")]


def associate(conn: sqlcipher3.Connection, associate_id: str) -> Associate | None:
    """An active associate of the chain, by employee id."""
    found = dicts(
        conn.execute("SELECT * FROM associates WHERE associate_id = ? AND active", (associate_id,)),
        "associates",
    )
    return rows.associate(found[0]) if found else None
