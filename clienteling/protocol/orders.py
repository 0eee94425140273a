"""Delivery orders on the wire."""

from __future__ import annotations

import re
from typing import Annotated
from uuid import UUID

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    StringConstraints,
    model_validator,
)

from clienteling.domain.enums import Fulfilment, OrderStatus

from .fields import _S, MAX_ID, SPACES, Id, pattern_schema, text, whole


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


def _country(value: str) -> str:
    code = value.strip(SPACES)
    if not re.fullmatch("[A-Z]{2}", code):
        raise ValueError("give the two capital letters of the country (ISO 3166), e.g. BR")
    return code


# Two capital letters (ISO 3166), maybe with spaces around.
COUNTRY = Annotated[
    str,
    StringConstraints(max_length=20),
    pattern_schema(rf"^[{_S}]*[A-Z]{{2}}[{_S}]*$"),
    AfterValidator(_country),
]


class OrderLineIn(Strict):
    sku: Id
    quantity: whole(1, 99)
    # None: HQ picks the nearest store that has the units.
    source_store: text(MAX_ID) | None = None


class AddressIn(Strict):
    line1: text(200)
    line2: text(200, filled=False) = ""
    city: text(120)
    postcode: text(20)
    region: text(120, filled=False) = ""
    country: COUNTRY


# The rules of `_fulfilment_needs` for the OpenAPI document: each kind and what it needs.
_FULFILMENT_NEEDS = {
    "oneOf": [
        {
            "properties": {
                "fulfilment": {"const": Fulfilment.SHIP_TO_ADDRESS.value},
                "address": {"type": "object"},
                "pickup_store": {"type": "null"},
            },
            "required": ["address"],
        },
        {
            "properties": {
                "fulfilment": {"const": Fulfilment.PICK_UP.value},
                "address": {"type": "null"},
                "pickup_store": {"type": "string"},
            },
            "required": ["pickup_store"],
        },
    ]
}


class OrderRequest(Strict):
    """A delivery order. The same item from the same source store on two lines is one
    line with the quantities added."""

    model_config = ConfigDict(extra="forbid", json_schema_extra=_FULFILMENT_NEEDS)

    order_id: UUID
    shopper_id: Id
    lines: list[OrderLineIn] = Field(min_length=1, max_length=20)
    fulfilment: Fulfilment
    address: AddressIn | None = None
    pickup_store: text(MAX_ID) | None = None
    note: text(500, filled=False, lines=True) = ""

    @model_validator(mode="after")
    def _fulfilment_needs(self) -> OrderRequest:
        if self.fulfilment == Fulfilment.SHIP_TO_ADDRESS:
            if self.address is None:
                raise ValueError("address: shipping to the shopper needs a delivery address")
            if self.pickup_store is not None:
                raise ValueError("pickup_store: only for pick-up orders")
        else:
            if not self.pickup_store:
                raise ValueError("pickup_store: a pick-up order needs the store to collect from")
            if self.address is not None:
                raise ValueError("address: a pick-up order has no delivery address")
        merged: dict[tuple[str, str | None], OrderLineIn] = {}
        for line in self.lines:
            key = (line.sku, line.source_store)
            if key in merged:
                quantity = merged[key].quantity + line.quantity
                merged[key] = merged[key].model_copy(update={"quantity": quantity})
            else:
                merged[key] = line
        if len(merged) != len(self.lines):
            self.lines = list(merged.values())
        return self


class StatusUpdate(Strict):
    status: OrderStatus
    note: text(500, filled=False, lines=True) = ""
