"""One rule cuts a page of changes: `feed.cut_page`, from the database's two lists
(`read_page`: up to `limit` rows and up to `limit` tombstones) or from the ring's first
`limit` + 1 changes (hq/ring.py), gives the same page."""

from __future__ import annotations

import random

import pytest

from clienteling.hq import feed


def changes(seed: int) -> list[tuple[int, bool, str]]:
    """Changes of `stock` above value 10, ascending: (seq, is_row, key)."""
    rng = random.Random(seed)
    seqs = sorted(rng.sample(range(11, 60), rng.randint(0, 12)))
    return [(s, rng.random() < 0.7, f"k{s}") for s in seqs]


def row(seq: int, key: str) -> tuple:
    return ("S1", key, 1, 0, "2026-11-01T12:00:00.000000+00:00", seq)


def expected(found, after: int, top: int, limit: int) -> dict:
    """The page by the rule docs/api.md gives: the first `limit` changes merged by value,
    full when more remain or when `limit` changes of one kind fill it."""
    kept = found[:limit]
    kinds = {is_row for _, is_row, _ in kept}
    full = len(found) > limit or (len(kept) == limit and len(kinds) == 1)
    return {
        "rows": [row(s, k) for s, is_row, k in kept if is_row],
        "tombstones": [k for _, is_row, k in kept if not is_row],
        "next_cursor": kept[-1][0] if full else max(top, after),
        "has_more": full,
    }


@pytest.mark.parametrize("seed", range(200))
def test_database_lists_and_ring_entries_cut_alike(seed: int) -> None:
    rng = random.Random(seed)
    after, top, limit = 10, rng.choice([40, 60]), rng.randint(1, 8)
    found = [c for c in changes(seed) if c[0] <= top]
    # The database's lists: up to `limit` of each kind.
    db_rows = [row(s, k) for s, is_row, k in found if is_row][:limit]
    db_tombs = [(s, k) for s, is_row, k in found if not is_row][:limit]
    # The ring's: the first `limit` + 1 changes, split by kind.
    first = found[: limit + 1]
    ring_rows = [row(s, k) for s, is_row, k in first if is_row]
    ring_tombs = [(s, k) for s, is_row, k in first if not is_row]

    want = expected(found, after, top, limit)
    for rows, tombs in ((db_rows, db_tombs), (ring_rows, ring_tombs)):
        page = feed.cut_page("stock", rows, tombs, after, top, limit)
        assert {k: page[k] for k in want} == want
        assert page["high_water"] == top and page["collection"] == "stock"
