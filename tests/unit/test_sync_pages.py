"""Reading a fetched sync page: a page cut short or garbled is fetched again, never applied."""

from __future__ import annotations

import orjson
import pytest

from clienteling.api.client import read_page
from clienteling.api.errors import HQBusy

PAGE = {
    "collection": "stock",
    "columns": ["store_id", "sku", "on_hand", "reserved", "as_of", "seq"],
    "json_text": [],
    "rows": [["S1", "SKU1", 3, 0, "2026-11-01T12:00:00.000000+00:00", 7]],
    "tombstones": [],
    "next_cursor": 7,
    "has_more": True,
    "high_water": 90,
}


def test_a_whole_page_reads_back_as_sent():
    assert read_page("stock", orjson.dumps(PAGE), ahead=7) == PAGE
    assert read_page("stock", orjson.dumps(PAGE)) == PAGE  # an HQ that does not say ahead


@pytest.mark.parametrize(
    "raw",
    [
        orjson.dumps(PAGE)[:-40],  # cut short on the way
        b"<html>proxy error</html>",
        orjson.dumps([PAGE]),
        orjson.dumps({k: v for k, v in PAGE.items() if k != "next_cursor"}),
        orjson.dumps({**PAGE, "rows": "S1,SKU1"}),
    ],
)
def test_what_is_not_a_page_is_fetched_again(raw):
    with pytest.raises(HQBusy, match="stock page that could not be read"):
        read_page("stock", raw)


def test_a_page_whose_cursor_differs_from_the_header_is_fetched_again():
    with pytest.raises(HQBusy, match="could not be read"):
        read_page("stock", orjson.dumps(PAGE), ahead=8)
