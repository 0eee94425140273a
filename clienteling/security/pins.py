"""Associates' PINs on the terminal: verifiers for offline sign-in, idle lock.

After an associate signs in online, the terminal keeps a scrypt verifier of
their PIN in the keyring (never the PIN). With HQ unreachable, the same PIN
signs them in offline on this terminal.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field

from clienteling.domain.pins import hash_pin, verify_pin

from .vault import Vault


def remember_pin(vault: Vault, employee_id: str, pin: str) -> None:
    vault.put(f"pin:{employee_id}", hash_pin(pin))


def offline_sign_in(vault: Vault, employee_id: str, pin: str) -> bool:
    """True if this PIN matches the one last used online by this associate on this terminal."""
    verifier = vault.get(f"pin:{employee_id}")
    return verifier is not None and verify_pin(pin, verifier)


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
