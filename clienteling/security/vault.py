"""Secrets of the terminal (cache key, device credential, sessions) in the OS keyring.

The backend is chosen explicitly: production terminals need a keyring that
keeps secrets encrypted (the desktop Secret Service on Linux, Keychain on
macOS, Credential Locker on Windows). Plaintext or failing backends are
refused outside demo and tests, with a message that says what to set up.
Keyring calls may block (D-Bus, unlock prompts): call them off the UI thread.
"""

from __future__ import annotations

import base64
import secrets
from typing import Protocol

import keyring
import keyring.backend
from keyring.errors import KeyringError, PasswordDeleteError

from clienteling.domain.said import Said

# Backends that do not protect secrets at rest, or do not store them at all.
_INSECURE = (
    "keyring.backends.fail",
    "keyring.backends.null",
    "keyrings.alt.file",
    "keyrings.alt.Gnome",
    "keyrings.alt.multi",
)
SETUP_HELP = (
    "no secure keyring is available: on Linux install gnome-keyring and run the app in a "
    "desktop (D-Bus) session, or see the README section 'Kiosk terminals'"
)


class VaultUnavailable(RuntimeError):
    """No keyring fit for production secrets; the message says what to install or configure."""


class Vault(Protocol):
    def get(self, name: str) -> str | None: ...
    def put(self, name: str, value: str) -> None: ...
    def delete(self, name: str) -> None: ...


class MemoryVault:
    """Secrets in memory only: tests, and demo terminals without a keyring."""

    def __init__(self) -> None:
        self._items: dict[str, str] = {}

    def get(self, name: str) -> str | None:
        return self._items.get(name)

    def put(self, name: str, value: str) -> None:
        self._items[name] = value

    def delete(self, name: str) -> None:
        self._items.pop(name, None)


class KeyringVault:
    """Secrets in one keyring backend, under one service name per data root."""

    def __init__(self, backend: keyring.backend.KeyringBackend, service: str) -> None:
        self.backend, self.service = backend, service

    def get(self, name: str) -> str | None:
        try:
            return self.backend.get_password(self.service, name)
        except KeyringError as exc:
            raise VaultUnavailable(
                Said(f"the keyring could not be read ({exc}); unlock it", "keyring_locked")
            ) from exc

    def put(self, name: str, value: str) -> None:
        try:
            self.backend.set_password(self.service, name, value)
        except KeyringError as exc:
            raise VaultUnavailable(
                Said(f"the keyring could not store a secret ({exc})", "keyring_refused")
            ) from exc

    def delete(self, name: str) -> None:
        try:
            self.backend.delete_password(self.service, name)
        except PasswordDeleteError:
            pass


def is_secure(backend: keyring.backend.KeyringBackend) -> bool:
    """False for backends that keep secrets in plain files or nowhere."""
    backends = getattr(backend, "backends", None) or [backend]  # the chainer wraps several
    usable = [b for b in backends if not type(b).__module__.startswith(_INSECURE)]
    return bool(usable) and getattr(backend, "priority", 1) > 0


def backend_in_use() -> tuple[str, bool]:
    """The keyring backend this process would use, by name, and whether it is secure;
    VaultUnavailable when the backend itself cannot be set up (no D-Bus session...)."""
    try:
        backend = keyring.get_keyring()
        secure = is_secure(backend)  # asks the backend its priority: it may fail here
    except (KeyringError, RuntimeError) as exc:
        raise VaultUnavailable(
            Said(f"the keyring cannot be set up ({exc})", "keyring_missing")
        ) from None
    return f"{type(backend).__module__}.{type(backend).__name__}", secure


def open_vault(
    service: str,
    *,
    allow_insecure: bool = False,
    backend: keyring.backend.KeyringBackend | None = None,
) -> Vault:
    """The vault for production (secure keyring only) or demo (falls back to memory)."""
    try:
        backend = backend or keyring.get_keyring()
        secure = is_secure(backend)
    except (KeyringError, RuntimeError) as exc:  # e.g. a Secret Service without D-Bus
        if allow_insecure:
            return MemoryVault()
        raise VaultUnavailable(Said(f"{SETUP_HELP} ({exc})", "keyring_missing")) from None
    if secure:
        return KeyringVault(backend, service)
    if allow_insecure:
        return MemoryVault()
    raise VaultUnavailable(Said(SETUP_HELP, "keyring_missing"))


CACHE_KEY = "cache-key"


def cache_key(vault: Vault, *, create: bool) -> bytes | None:
    """The 32-byte key of the terminal's cache; made and stored on first use when create."""
    stored = vault.get(CACHE_KEY)
    if stored:
        return base64.b64decode(stored)
    if not create:
        return None
    key = secrets.token_bytes(32)
    vault.put(CACHE_KEY, base64.b64encode(key).decode())
    return key
