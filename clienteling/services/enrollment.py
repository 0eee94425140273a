"""Enrolling a terminal: a one-time code from HQ becomes this terminal's credential and settings."""

from __future__ import annotations

from clienteling.api.client import HQClient, Policy
from clienteling.domain.hq_address import is_hq_url
from clienteling.domain.said import Said
from clienteling.security.vault import Vault, cache_key
from clienteling.settings import SettingsFile, TerminalSettings

from .scan_settings import apply_from_hq

DEVICE_CREDENTIAL = "device-credential"  # vault entry: the terminal's token at HQ


def enroll(
    settings: SettingsFile, vault: Vault, hq_url: str, code: str, name: str
) -> TerminalSettings:
    """Exchange a one-time code for this terminal's credential; keep it and the settings.

    The cache key is made in the vault before HQ sees the code, so a keyring that
    cannot be used never spends a one-time code.
    """
    if not is_hq_url(hq_url):
        raise ValueError(
            Said(
                f"{hq_url!r} is not an HQ address: give https://host (plain http only to this "
                "machine)",
                "not_an_hq_address",
                address=hq_url,
            )
        )
    cache_key(vault, create=True)
    with HQClient(hq_url, policy=Policy(attempts=1), training=settings.training) as client:
        answer = client.enroll(code, name)
    vault.put(DEVICE_CREDENTIAL, answer["device_token"])
    terminal = TerminalSettings(
        hq_url, answer["store_id"], answer["store_name"], answer["device_id"], name
    )
    settings.save_terminal(terminal)
    apply_from_hq(settings, vault, answer.get("scan_settings"))  # an older HQ sends none
    return terminal
