"""The chain's scan settings as HQ hands them to a terminal.

`GET /v1/terminal/scan-settings` (device credential) answers a ScanSettings;
the enrollment answer carries the same object as `scan_settings`. Keys are
the HMAC keys of signed shopper codes, newest (signing) first, base64url
without padding: secrets, which a terminal keeps in its vault.
"""

from __future__ import annotations

from datetime import datetime

from pydantic import BaseModel, ConfigDict

SCAN_SETTINGS_PATH = "/terminal/scan-settings"


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class LoyaltyFormatOut(_Model):
    prefix: str
    length: int
    check: str


class ShopperCodeKeyOut(_Model):
    key_id: str  # a digest of the key: safe to log
    key: str  # base64url, no padding: secret


class ScanSettings(_Model):
    """`configured` is False while HQ has none: a terminal then keeps what it has."""

    configured: bool
    revision: int
    updated_at: datetime | None
    loyalty_formats: list[LoyaltyFormatOut]
    product_url_prefixes: list[str]
    tracking_url_prefix: str | None
    signup_url: str | None
    shopper_code_keys: list[ShopperCodeKeyOut]
