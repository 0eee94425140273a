"""Associates' PINs on the terminal: verifiers for offline sign-in, its attempt limit, idle lock.

After an associate signs in online, the terminal keeps a scrypt verifier of
their PIN in the keyring (never the PIN). With HQ unreachable, the same PIN
signs them in offline on this terminal, within an attempt limit: wrong PINs
make the next try wait longer each time, and after LOCK_AFTER of them offline
sign-in is locked for that associate until they sign in while HQ answers (or
a manager lifts it). The count lives in the keyring too, so restarting the
app does not reset it, and while a wait runs no PIN is even checked.
"""

from __future__ import annotations

import json
import time
from dataclasses import dataclass, field

from clienteling.domain.pins import hash_pin, verify_pin
from clienteling.domain.said import Said

from .vault import Vault

FREE_TRIES = 2  # wrong PINs before the next try has to wait
WAITS = (5.0, 30.0, 120.0, 300.0)  # seconds before the 3rd to 6th try, after as many wrong
LOCK_AFTER = FREE_TRIES + len(WAITS)  # wrong PINs that lock offline sign-in (6)


class OfflineLocked(PermissionError):
    """Offline sign-in must wait `wait` seconds, or (wait None) is locked until the associate
    signs in while HQ answers, or a manager lifts it."""

    def __init__(self, wait: float | None) -> None:
        self.wait = wait
        if wait is None:
            super().__init__(
                Said(
                    "offline sign-in is locked for this associate after too many wrong PINs; "
                    "sign in once while HQ can be reached, or ask a manager to unlock it",
                    "offline_locked",
                )
            )
        else:
            super().__init__(
                Said(
                    f"too many wrong PINs while HQ cannot be reached: try again in {wait:.0f} s",
                    "offline_wait",
                    seconds=round(wait),
                )
            )


def remember_pin(vault: Vault, employee_id: str, pin: str) -> None:
    """Keep the verifier of a PIN HQ accepted, and clear the offline attempt count."""
    vault.put(f"pin:{employee_id}", hash_pin(pin))
    clear_offline_tries(vault, employee_id)


def _tries(vault: Vault, employee_id: str) -> tuple[int, float]:
    """(wrong PINs in a row, when the last one was typed: seconds since the epoch)."""
    stored = vault.get(f"pin-tries:{employee_id}")
    try:
        data = json.loads(stored) if stored else {}
        return int(data.get("failures", 0)), float(data.get("last", 0.0))
    except (ValueError, TypeError, AttributeError):
        return LOCK_AFTER, 0.0  # a damaged count locks rather than opens


def offline_wait(failures: int, last: float, now: float) -> float | None:
    """Seconds before the next offline try may be checked (0: now); None when locked."""
    if failures >= LOCK_AFTER:
        return None
    if failures < FREE_TRIES:
        return 0.0
    return max(0.0, last + WAITS[failures - FREE_TRIES] - now)


def offline_sign_in(vault: Vault, employee_id: str, pin: str, now: float | None = None) -> bool:
    """True if this PIN matches the one last used online by this associate on this terminal.

    OfflineLocked while a wait runs or after LOCK_AFTER wrong PINs: then the PIN is not
    even checked. Wall-clock time, so a restart does not shorten a wait.
    """
    now = time.time() if now is None else now
    failures, last = _tries(vault, employee_id)
    wait = offline_wait(failures, last, now)
    if wait is None or wait > 0:
        raise OfflineLocked(wait)
    verifier = vault.get(f"pin:{employee_id}")
    if verifier is not None and verify_pin(pin, verifier):
        clear_offline_tries(vault, employee_id)
        return True
    vault.put(f"pin-tries:{employee_id}", json.dumps({"failures": failures + 1, "last": now}))
    return False


def offline_locked(vault: Vault, employee_id: str) -> bool:
    """Offline sign-in is locked for this associate (LOCK_AFTER wrong PINs in a row)."""
    return _tries(vault, employee_id)[0] >= LOCK_AFTER


def clear_offline_tries(vault: Vault, employee_id: str) -> None:
    """Lift the offline attempt count (an online sign-in, or a manager)."""
    if vault.get(f"pin-tries:{employee_id}") is not None:
        vault.delete(f"pin-tries:{employee_id}")


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
