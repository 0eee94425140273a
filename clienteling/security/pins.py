"""Associates' PINs on the terminal: verifiers for offline sign-in, idle lock.

After an associate signs in online, the terminal keeps a scrypt verifier of
their PIN in the keyring (never the PIN). With HQ unreachable, the same PIN
signs them in offline on this terminal.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets
import time
from dataclasses import dataclass, field

from .vault import Vault

_N, _R, _P = 2**14, 8, 1


def make_verifier(pin: str) -> str:
    salt = secrets.token_bytes(16)
    key = hashlib.scrypt(pin.encode(), salt=salt, n=_N, r=_R, p=_P, dklen=32)
    return (
        f"scrypt${_N}${_R}${_P}${base64.b64encode(salt).decode()}${base64.b64encode(key).decode()}"
    )


def check_verifier(pin: str, verifier: str) -> bool:
    try:
        _, n, r, p, salt, key = verifier.split("$")
        expected = base64.b64decode(key)
        got = hashlib.scrypt(
            pin.encode(),
            salt=base64.b64decode(salt),
            n=int(n),
            r=int(r),
            p=int(p),
            dklen=len(expected),
        )
    except (ValueError, TypeError):
        return False
    return hmac.compare_digest(got, expected)


def remember_pin(vault: Vault, employee_id: str, pin: str) -> None:
    vault.put(f"pin:{employee_id}", make_verifier(pin))


def offline_sign_in(vault: Vault, employee_id: str, pin: str) -> bool:
    """True if this PIN matches the one last used online by this associate on this terminal."""
    verifier = vault.get(f"pin:{employee_id}")
    return verifier is not None and check_verifier(pin, verifier)


@dataclass
class IdleLock:
    """Locks the terminal after `minutes` without a touch or key press."""

    minutes: float = 5.0
    clock: object = field(default=time.monotonic)
    _last: float = field(default=0.0)

    def __post_init__(self) -> None:
        self._last = self.clock()

    def touched(self) -> None:
        self._last = self.clock()

    def locked(self) -> bool:
        return self.clock() - self._last >= self.minutes * 60
