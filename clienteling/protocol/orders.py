"""Delivery orders on the wire."""

from __future__ import annotations

from uuid import UUID

from pydantic import BaseModel, ConfigDict, Field, model_validator

from clienteling.domain.enums import Fulfilment, OrderStatus

from .fields import MAX_ID, FreeText, Id, Line


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)


class OrderLineIn(Strict):
    sku: Id
    quantity: int = Field(ge=1, le=99)
    # None: HQ picks the nearest store that has the units.
    source_store: Line | None = Field(default=None, max_length=MAX_ID)


class AddressIn(Strict):
    line1: Line = Field(min_length=1, max_length=200)
    line2: Line = Field(default="", max_length=200)
    city: Line = Field(min_length=1, max_length=120)
    postcode: Line = Field(min_length=1, max_length=20)
    region: Line = Field(default="", max_length=120)
    country: str = Field(min_length=2, max_length=2, pattern=r"^[A-Z]{2}$")


class OrderRequest(Strict):
    order_id: UUID
    shopper_id: Id
    lines: list[OrderLineIn] = Field(min_length=1, max_length=20)
    fulfilment: Fulfilment
    address: AddressIn | None = None
    pickup_store: Line | None = Field(default=None, max_length=MAX_ID)
    note: FreeText = Field(default="", max_length=500)

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
        keys = [(line.sku, line.source_store) for line in self.lines]
        if len(set(keys)) != len(keys):
            raise ValueError("lines: the same item and source store appear twice; add the quantity")
        return self


class StatusUpdate(Strict):
    status: OrderStatus
    note: FreeText = Field(default="", max_length=500)
