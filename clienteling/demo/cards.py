"""What practice cards are made of: shoppers with loyalty cards and products of the training
chain, read from the training HQ's database (`<training folder>/demo-hq.db`), read-only.

    practice_material(home, shoppers=8, products=8) -> PracticeMaterial

Only the training folder is read: the caller passes `paths.training_dir()`, and a folder
whose HQ database is missing (training was never started) raises NoTrainingChain with what
to do. Shoppers are those of the training terminal's store (its cache holds them, so a scan
finds them offline too); products one variant per style, in stock in that store, with the
price in the store's money (the catalog's local price, as orders use it).
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from pathlib import Path

HQ_FILE = "demo-hq.db"


class NoTrainingChain(RuntimeError):
    """The training folder has no generated chain yet."""


@dataclass(frozen=True)
class PracticeShopper:
    name: str
    loyalty_id: str


@dataclass(frozen=True)
class PracticeProduct:
    sku: str
    gtin: str  # as the catalog keeps it: 8, 12, 13 or 14 digits
    name: str
    colour: str
    size: str
    price_minor: int
    currency: str


@dataclass(frozen=True)
class PracticeMaterial:
    store_id: str
    store_name: str
    shoppers: tuple[PracticeShopper, ...]
    products: tuple[PracticeProduct, ...]


def practice_material(home: Path, *, shoppers: int = 8, products: int = 8) -> PracticeMaterial:
    """The first `shoppers` card holders of the training store and `products` of its stock."""
    database = home / HQ_FILE
    if not database.is_file():
        raise NoTrainingChain(_never_made(home))
    conn = sqlite3.connect(f"file:{database}?mode=ro", uri=True)
    try:
        store = _store(conn, _terminal_store(home))
        if store is None:
            raise NoTrainingChain(_never_made(home))
        store_id, store_name, currency = store
        return PracticeMaterial(
            store_id,
            store_name,
            _shoppers(conn, store_id, shoppers),
            _products(conn, store_id, currency, products),
        )
    except sqlite3.DatabaseError as exc:  # a half-made or foreign file
        raise NoTrainingChain(
            f"the training chain in {home} cannot be read ({exc}); run `clienteling training "
            "reset`, or delete that folder and start `clienteling --training` once"
        ) from None
    finally:
        conn.close()


def _never_made(home: Path) -> str:
    return (
        f"there is no training chain in {home} yet: start `clienteling --training` once "
        "(it makes the practice chain), close it, then print the cards again"
    )


def _terminal_store(home: Path) -> str | None:
    """The training terminal's store from its settings, None before one was enrolled."""
    try:
        terminal = json.loads((home / "settings.json").read_text(encoding="utf-8"))["terminal"]
        return str(terminal["store_id"])
    except (OSError, ValueError, KeyError, TypeError):
        return None


def _store(conn: sqlite3.Connection, wanted: str | None) -> tuple[str, str, str] | None:
    rows = conn.execute("SELECT store_id, name, currency FROM stores ORDER BY store_id").fetchall()
    # The terminal's store; else the one a training terminal is enrolled with (the first).
    return next((r for r in rows if r[0] == wanted), rows[0] if rows else None)


def _shoppers(conn: sqlite3.Connection, store_id: str, limit: int) -> tuple[PracticeShopper, ...]:
    rows = conn.execute(
        "SELECT first_name, last_name, loyalty_id FROM shoppers "
        "WHERE home_store = ? AND loyalty_id IS NOT NULL ORDER BY shopper_id LIMIT ?",
        (store_id, max(0, limit)),
    )
    return tuple(
        PracticeShopper(f"{first} {last}".strip(), loyalty) for first, last, loyalty in rows
    )


def _products(
    conn: sqlite3.Connection, store_id: str, currency: str, limit: int
) -> tuple[PracticeProduct, ...]:
    """One variant of each style (its first in stock here), styles in catalog order."""
    rows = conn.execute(
        "SELECT p.sku, p.gtin, p.name, p.colour, p.size, p.price_minor, p.currency, "
        "p.attributes, p.style FROM products p JOIN stock s ON s.sku = p.sku AND s.store_id = ? "
        "WHERE s.on_hand > s.reserved ORDER BY p.style, p.sku",
        (store_id,),
    )
    found: list[PracticeProduct] = []
    styles: set[str] = set()
    for sku, gtin, name, colour, size, price, list_currency, attributes, style in rows:
        if len(found) >= limit:
            break
        if style in styles:
            continue
        styles.add(style)
        price, money = _local_price(price, list_currency, attributes, currency)
        found.append(PracticeProduct(sku, gtin, name, colour, size, price, money))
    return tuple(found)


def _local_price(price: int, currency: str, attributes: str | None, local: str) -> tuple[int, str]:
    """The price in the store's money when the catalog carries it (services.order_review's
    price_in, on the HQ's row), else the list price."""
    if local == currency:
        return price, currency
    try:
        prices = json.loads(attributes or "{}").get("prices")
    except (ValueError, AttributeError):
        prices = None
    value = prices.get(local) if isinstance(prices, dict) else None
    if isinstance(value, int) and value >= 0:
        return value, local
    return price, currency
