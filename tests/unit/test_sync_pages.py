"""Reading a fetched sync page: a page cut short or garbled is fetched again, never applied."""

from __future__ import annotations

import orjson
import pytest

from clienteling.api.client import read_page
from clienteling.api.errors import HQBusy
from clienteling.protocol.sync import Position, Snapshot

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
    assert read_page("stock", orjson.dumps(PAGE), ahead=Position(7)) == PAGE
    assert read_page("stock", orjson.dumps(PAGE)) == PAGE  # an HQ that does not say ahead


@pytest.mark.parametrize(
    "raw",
    [
        orjson.dumps(PAGE)[:-40],  # cut short on the way
        b"<html>proxy error</html>",
        orjson.dumps([PAGE]),
        orjson.dumps({k: v for k, v in PAGE.items() if k != "next_cursor"}),
        orjson.dumps({**PAGE, "rows": "S1,SKU1"}),
        orjson.dumps({**PAGE, "collection": "products"}),
        orjson.dumps({**PAGE, "snapshot": {"top": 90, "key": ["SKU1"]}}),  # half a key
        orjson.dumps({**PAGE, "snapshot": {"top": "90", "key": ["SKU1", "S1"]}}),
    ],
)
def test_what_is_not_a_page_is_fetched_again(raw):
    with pytest.raises(HQBusy, match="stock page that could not be read"):
        read_page("stock", raw)


def test_a_page_whose_cursor_differs_from_the_header_is_fetched_again():
    with pytest.raises(HQBusy, match="could not be read"):
        read_page("stock", orjson.dumps(PAGE), ahead=Position(8))


SNAPSHOT_PAGE = {**PAGE, "next_cursor": 0, "snapshot": {"top": 90, "key": ["SKU1", "S1"]}}


def test_a_page_of_a_first_load_in_key_order_says_where_the_next_starts():
    ahead = Position(0, Snapshot(90, ("SKU1", "S1")))
    assert read_page("stock", orjson.dumps(SNAPSHOT_PAGE), ahead=ahead) == SNAPSHOT_PAGE
    assert read_page("stock", orjson.dumps(SNAPSHOT_PAGE)) == SNAPSHOT_PAGE


@pytest.mark.parametrize(
    "ahead",
    [
        Position(0, Snapshot(90, ("SKU2", "S1"))),  # another key
        Position(0, Snapshot(91, ("SKU1", "S1"))),  # another snapshot
        Position(0),  # the headers said the load was over
    ],
)
def test_a_key_order_page_ending_elsewhere_than_the_headers_said_is_fetched_again(ahead):
    with pytest.raises(HQBusy, match="could not be read"):
        read_page("stock", orjson.dumps(SNAPSHOT_PAGE), ahead=ahead)
