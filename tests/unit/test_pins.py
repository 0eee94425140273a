"""PIN hashing, offline verifiers and the idle lock."""

from __future__ import annotations

from clienteling.domain.pins import check_pin_format, hash_pin, verify_pin
from clienteling.security.pins import IdleLock, offline_sign_in, remember_pin
from clienteling.security.vault import MemoryVault


def test_pin_hash_verifies_only_the_same_pin():
    stored = hash_pin("2468")
    assert stored.startswith("scrypt$16384$") and "2468" not in stored
    assert verify_pin("2468", stored) and not verify_pin("2469", stored)
    assert hash_pin("2468") != stored  # salted
    assert not verify_pin("2468", "garbage") and not verify_pin("2468", "md5$x$y$z$a$b")
    assert check_pin_format("12a4") and check_pin_format("123") and check_pin_format("1" * 9)
    assert check_pin_format("0042") is None


def test_offline_sign_in_needs_a_pin_used_online_here():
    vault = MemoryVault()
    assert not offline_sign_in(vault, "E1", "2468")
    remember_pin(vault, "E1", "2468")
    assert offline_sign_in(vault, "E1", "2468")
    assert not offline_sign_in(vault, "E1", "1111") and not offline_sign_in(vault, "E2", "2468")
    assert "2468" not in vault.get("pin:E1")


def test_idle_lock_follows_the_clock():
    now = [0.0]
    lock = IdleLock(minutes=5, clock=lambda: now[0])
    now[0] = 299
    assert not lock.locked()
    lock.touched()
    now[0] = 598
    assert not lock.locked()
    now[0] = 599
    assert lock.locked()
