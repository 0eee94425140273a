"""The chain's scan settings on a terminal: received from HQ, kept in the settings and the vault.

HQ holds the chain's settings (`clienteling-hq scan-settings`) and hands them
to the terminal in the enrollment answer and on every sync run
(`GET /v1/terminal/scan-settings`, `Syncing.refresh_scan_settings`).

- the "scan" section of the terminal's settings (clienteling.settings):
  loyalty card formats, product page and order tracking prefixes, the sign-up
  page;
- the vault (the OS keyring): the HMAC keys of signed shopper codes, never a
  plain file.

    scan_config(settings, vault)        the ScanConfig a scan is read with, keys included
    apply_from_hq(settings, vault, a)   keep HQ's answer `a` if it is usable; True when it changed

HQ unreachable, an older HQ without the endpoint, or an HQ that has no
settings yet: the terminal keeps what it has. Settings HQ sent that this
terminal cannot use are logged (never a key) and the last good ones stay.
Never set: the training chain's loyalty format on the training terminal,
standard codes only elsewhere.
"""

from __future__ import annotations

import base64
import binascii
import json
import logging
import re
from dataclasses import replace
from typing import Any

from clienteling.domain.errors import InvalidField
from clienteling.scan import ScanConfig
from clienteling.security.vault import Vault, VaultUnavailable
from clienteling.settings import SettingsFile, scan_config_from_json, scan_config_to_json

log = logging.getLogger(__name__)

SCAN_KEYS = "scan-keys"  # vault entry: JSON [{"key_id", "key" (base64url)}], signing key first
_BASE64URL = re.compile(r"[A-Za-z0-9_-]{2,200}")


def scan_config(settings: SettingsFile, vault: Vault | None = None) -> ScanConfig:
    """The chain's scan settings for this terminal, with the vault's keys when given.

    Keyring calls may block: call this off the UI thread.
    """
    config = settings.scan()
    keys = shopper_code_keys(vault) if vault is not None else ()
    return replace(config, shopper_code_keys=keys) if keys else config


def shopper_code_keys(vault: Vault) -> tuple[bytes, ...]:
    """The keys of signed shopper codes in the vault, signing key first; () if none or unusable."""
    try:
        stored = vault.get(SCAN_KEYS)
    except VaultUnavailable as exc:
        log.error("the keyring could not be read (%s); signed shopper codes are refused", exc)
        return ()
    if not stored:
        return ()
    try:
        return tuple(_key_bytes(item["key"]) for item in json.loads(stored))
    except (ValueError, TypeError, KeyError):
        log.error("the shopper code keys in the keyring are damaged; signed codes are refused")
        return ()


def _key_bytes(text: object) -> bytes:
    if not isinstance(text, str) or not _BASE64URL.fullmatch(text):
        raise ValueError("not base64url")
    try:
        return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))
    except (binascii.Error, ValueError):
        raise ValueError("not base64url") from None


def apply_from_hq(settings: SettingsFile, vault: Vault, answer: object) -> bool:
    """Keep the settings HQ sent (protocol.scan_settings.ScanSettings); True when they changed.

    Nothing changes when HQ has no settings (`configured` false, or no answer),
    or when they cannot be used here: that is logged, without keys, and the
    last good settings stay. Keys go to the vault first, then the settings file.
    """
    if not isinstance(answer, dict) or not answer.get("configured"):
        return False
    revision = answer.get("revision")
    try:
        config, key_records = _from_answer(answer)
    except (InvalidField, KeyError) as exc:
        log.error(
            "HQ sent scan settings (revision %s) this terminal cannot use: %s; "
            "keeping the last good ones",
            revision,
            exc,
        )
        return False
    except (TypeError, ValueError) as exc:  # their words could quote a value: name the kind only
        log.error(
            "HQ sent scan settings (revision %s) in a form this terminal cannot read (%s); "
            "keeping the last good ones",
            revision,
            exc.__class__.__name__,
        )
        return False
    keys_text = json.dumps(key_records)
    try:
        keys_changed = (vault.get(SCAN_KEYS) or "[]") != keys_text
        if keys_changed:
            if key_records:
                vault.put(SCAN_KEYS, keys_text)
            else:
                vault.delete(SCAN_KEYS)
    except VaultUnavailable as exc:
        log.error("the keyring is not usable (%s); keeping the last scan settings", exc)
        return False
    wanted = {**scan_config_to_json(config), "hq_revision": revision}
    file_changed = settings.scan_section() != wanted
    if file_changed:
        settings.save_scan(config, hq_revision=revision)
    if keys_changed or file_changed:
        ids = ", ".join(k["key_id"] for k in key_records) or "none"
        log.info("scan settings from HQ, revision %s, shopper code keys: %s", revision, ids)
    return keys_changed or file_changed


def _from_answer(answer: dict[str, Any]) -> tuple[ScanConfig, list[dict[str, str]]]:
    """HQ's answer checked as a whole: the ScanConfig it gives, and the key records."""
    records = []
    for item in answer.get("shopper_code_keys") or []:
        key_id = item["key_id"]
        if not isinstance(key_id, str) or not re.fullmatch(r"[A-Za-z0-9_-]{1,32}", key_id):
            raise InvalidField("shopper_code_keys", "a key without a usable id")
        try:
            _key_bytes(item["key"])
        except ValueError:
            raise InvalidField("shopper_code_keys", f"key {key_id} is not base64url") from None
        records.append({"key_id": key_id, "key": item["key"]})
    config = scan_config_from_json({k: v for k, v in answer.items() if k != "shopper_code_keys"})
    # The keys are checked by the same rules as every other setting (16+ bytes each).
    replace(config, shopper_code_keys=tuple(_key_bytes(r["key"]) for r in records))
    return config, records
