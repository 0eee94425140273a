"""What makes a valid order request: the model HQ takes and the terminal checks before queuing."""

from __future__ import annotations

import uuid

import pytest
from hypothesis import given
from hypothesis import strategies as st
from pydantic import ValidationError

from clienteling.domain.enums import Fulfilment, OrderStatus
from clienteling.protocol.orders import AddressIn, OrderLineIn, OrderRequest, StatusUpdate

HOME = {"line1": "Rua Augusta 100", "city": "São Paulo", "postcode": "01305-000", "country": "BR"}


def request(kind="ship", **kw) -> OrderRequest:
    fields = {
        "order_id": str(uuid.uuid4()),
        "shopper_id": "sh-1",
        "fulfilment": kind,
        "lines": [{"sku": "ST1-BLK-M", "quantity": 1},
                  {"sku": "ST1-BLK-L", "quantity": 2, "source_store": "BR-RJ-01"}],
    }  # fmt: skip
    if kind == "ship":
        fields["address"] = HOME
    else:
        fields["pickup_store"] = "BR-SP-01"
    return OrderRequest(**{**fields, **kw})


def refused_at(exc: pytest.ExceptionInfo[ValidationError]) -> set[tuple]:
    return {e["loc"] for e in exc.value.errors()}


@pytest.mark.parametrize("kind", ["ship", "pickup"])
def test_a_good_request(kind):
    r = request(kind)
    assert r.fulfilment is Fulfilment(kind)
    assert [(line.sku, line.quantity, line.source_store) for line in r.lines] == [
        ("ST1-BLK-M", 1, None),  # None: HQ picks the nearest store with the units
        ("ST1-BLK-L", 2, "BR-RJ-01"),
    ]
    assert (r.address is None) == (kind == "pickup")
    assert (r.pickup_store is None) == (kind == "ship")


@given(st.uuids())
def test_order_ids_are_uuids_in_canonical_form(u):
    # str(order_id) is HQ's idempotency key and the order's id: one spelling per order.
    canonical = str(u)
    for spelling in (canonical.upper(), "{" + canonical + "}", u.hex, "urn:uuid:" + canonical, u):
        assert str(request(order_id=spelling).order_id) == canonical


@pytest.mark.parametrize("bad", ["order-1", "", None, 42, str(uuid.UUID(int=7))[:-1]])
def test_order_ids_that_are_not_uuids_are_refused(bad):
    with pytest.raises(ValidationError) as exc:
        request(order_id=bad)
    assert refused_at(exc) == {("order_id",)}


def test_the_same_sku_may_come_from_two_stores():
    lines = [
        {"sku": "S", "quantity": 1, "source_store": "BR-SP-01"},
        {"sku": "S", "quantity": 1, "source_store": "BR-RJ-01"},
        {"sku": "S", "quantity": 1},  # and once more from whichever store HQ picks
    ]
    assert len(request(lines=lines).lines) == 3


@pytest.mark.parametrize(
    ("kind", "kw", "says"),
    [
        ("ship", {"address": None}, "address: shipping to the shopper needs a delivery address"),
        ("ship", {"pickup_store": "BR-SP-01"}, "pickup_store: only for pick-up orders"),
        ("pickup", {"pickup_store": None}, "pickup_store: a pick-up order needs the store"),
        ("pickup", {"pickup_store": "  "}, "pickup_store\n  is empty"),
        ("pickup", {"address": HOME}, "address: a pick-up order has no delivery address"),
    ],
)
def test_fulfilment_and_line_rules_are_named(kind, kw, says):
    with pytest.raises(ValidationError, match=says):
        request(kind, **kw)


def test_the_same_item_twice_is_one_line_with_the_quantities_added():
    lines = [
        {"sku": "S", "quantity": 1},
        {"sku": " S ", "quantity": 2},
        {"sku": "S", "quantity": 4, "source_store": "BR-RJ-01"},
        {"sku": "T", "quantity": 1},
    ]
    merged = request("ship", lines=lines).lines
    assert [(x.sku, x.quantity, x.source_store) for x in merged] == [
        ("S", 3, None),
        ("S", 4, "BR-RJ-01"),
        ("T", 1, None),
    ]


@pytest.mark.parametrize(
    ("kind", "kw", "field"),
    [
        ("ship", {"address": "Rua 1, São Paulo"}, ("address",)),
        ("ship", {"lines": []}, ("lines",)),
        ("ship", {"lines": ["ST1-BLK-M"]}, ("lines", 0)),
        ("ship", {"lines": [{"sku": f"S{i}", "quantity": 1} for i in range(21)]}, ("lines",)),
        ("ship", {"fulfilment": "drone"}, ("fulfilment",)),
        ("ship", {"shopper_id": ""}, ("shopper_id",)),
        ("ship", {"shopper_id": "x" * 65}, ("shopper_id",)),
        ("pickup", {"pickup_store": "x" * 65}, ("pickup_store",)),
        ("ship", {"note": "x" * 501}, ("note",)),
        # HQ takes the store, the associate, the status and its history from the
        # signed-in device and its own flow, never from the request.
        ("ship", {"status": "delivered"}, ("status",)),
        ("ship", {"store_id": "BR-SP-01"}, ("store_id",)),
        ("ship", {"associate_id": "E1001"}, ("associate_id",)),
        ("ship", {"history": []}, ("history",)),
    ],
)
def test_bad_requests_name_the_field(kind, kw, field):
    with pytest.raises(ValidationError) as exc:
        request(kind, **kw)
    assert refused_at(exc) == {field}


def test_order_line_quantity_bounds():
    assert OrderLineIn(sku="S", quantity=1).quantity == 1
    assert OrderLineIn(sku="S", quantity=99).quantity == 99
    assert OrderLineIn(sku=" S ", quantity=1).sku == "S"
    assert OrderLineIn(sku="S", quantity=1).source_store is None


@pytest.mark.parametrize(
    ("kw", "field"),
    [
        ({"quantity": 0}, "quantity"),
        ({"quantity": 100}, "quantity"),
        ({"quantity": -1}, "quantity"),
        ({"quantity": 1.5}, "quantity"),
        ({"quantity": "two"}, "quantity"),
        ({"sku": ""}, "sku"),
        ({"sku": "   "}, "sku"),
        ({"sku": "x" * 65}, "sku"),
        ({"source_store": "x" * 65}, "source_store"),
    ],
)
def test_bad_order_lines_name_the_field(kw, field):
    with pytest.raises(ValidationError) as exc:
        OrderLineIn(**{"sku": "S", "quantity": 1, **kw})
    assert refused_at(exc) == {(field,)}


def test_an_address():
    a = AddressIn(**{**HOME, "line1": " Rua Augusta 100 ", "country": " BR "}, line2="apto 12")
    assert (a.line1, a.country, a.line2, a.region) == ("Rua Augusta 100", "BR", "apto 12", "")


@pytest.mark.parametrize(
    ("kw", "field"),
    [
        ({"line1": " "}, "line1"),
        ({"line1": "x" * 201}, "line1"),
        ({"city": ""}, "city"),
        ({"postcode": ""}, "postcode"),
        ({"postcode": "1" * 21}, "postcode"),
        ({"country": ""}, "country"),
        ({"country": "Brasil"}, "country"),
        ({"country": "BRA"}, "country"),
        ({"country": "br"}, "country"),  # upper case, as ISO writes it
        ({"country": "B1"}, "country"),
        ({"line2": None}, "line2"),
        ({"region": 5}, "region"),
        ({"floor": "3"}, "floor"),  # unknown fields are refused, not dropped
    ],
)
def test_bad_addresses_name_the_field(kw, field):
    with pytest.raises(ValidationError) as exc:
        AddressIn(**{**HOME, **kw})
    assert refused_at(exc) == {(field,)}


def test_a_status_update_takes_only_known_statuses():
    assert StatusUpdate(status="picked").status is OrderStatus.PICKED
    with pytest.raises(ValidationError) as exc:
        StatusUpdate(status="lost")
    assert refused_at(exc) == {("status",)}
    with pytest.raises(ValidationError) as exc:
        StatusUpdate(status="picked", note="x" * 501)
    assert refused_at(exc) == {("note",)}
