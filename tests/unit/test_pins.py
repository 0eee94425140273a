"""PIN hashing, offline verifiers and the idle lock."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from clienteling.domain.pins import check_pin_format, hash_pin, verify_pin
from clienteling.security.pins import (
    LOCK_AFTER,
    IdleLock,
    OfflineLocked,
    clear_offline_tries,
    offline_sign_in,
    offline_wait,
    remember_pin,
)
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


def test_wrong_offline_pins_make_the_next_try_wait_and_then_lock():
    vault = MemoryVault()
    remember_pin(vault, "E1", "2468")
    now = 1_000_000.0
    assert not offline_sign_in(vault, "E1", "1111", now)
    assert not offline_sign_in(vault, "E1", "1112", now)  # two free tries
    with pytest.raises(OfflineLocked) as wait:
        offline_sign_in(vault, "E1", "2468", now + 1)  # the right PIN is not even checked
    assert wait.value.wait == pytest.approx(4.0)
    now += 5
    assert not offline_sign_in(vault, "E1", "1113", now)  # third wrong PIN: 30 s wait
    with pytest.raises(OfflineLocked):
        offline_sign_in(vault, "E1", "2468", now + 29)
    now += 30
    assert not offline_sign_in(vault, "E1", "1114", now)
    now += 120
    assert not offline_sign_in(vault, "E1", "1115", now)
    now += 10_000  # whatever the wait
    assert not offline_sign_in(vault, "E1", "1116", now)  # the sixth: locked for good
    for later in (now, now + 86_400 * 30):
        with pytest.raises(OfflineLocked) as locked:
            offline_sign_in(vault, "E1", "2468", later)
        assert locked.value.wait is None and "manager" in str(locked.value)
    # The count is in the keyring: a new process with the same vault is still locked.
    assert "failures" in vault.get("pin-tries:E1")
    clear_offline_tries(vault, "E1")  # an online sign-in or a manager
    assert offline_sign_in(vault, "E1", "2468", now)


def test_a_thousand_guesses_offline_never_reach_the_right_pin():
    vault = MemoryVault()
    remember_pin(vault, "E1", "2468")
    now, checked = 0.0, 0
    for guess in range(1234):
        try:
            offline_sign_in(vault, "E1", f"{guess:04d}" if guess != 2468 else "0000", now)
            checked += 1
        except OfflineLocked:
            pass
        now += 0.036  # 1,234 tries in 44 s, as measured against the old terminal
    assert checked <= LOCK_AFTER
    with pytest.raises(OfflineLocked):
        offline_sign_in(vault, "E1", "2468", now)


def test_a_damaged_count_locks_rather_than_opens():
    vault = MemoryVault()
    remember_pin(vault, "E1", "2468")
    vault.put("pin-tries:E1", "not json")
    with pytest.raises(OfflineLocked):
        offline_sign_in(vault, "E1", "2468", 0.0)
    remember_pin(vault, "E1", "2468")  # signed in online: cleared
    assert offline_sign_in(vault, "E1", "2468", 0.0)


@given(st.integers(0, 20), st.floats(0, 1e6), st.floats(0, 1e6))
def test_the_wait_never_shrinks_with_more_failures(failures, last, now):
    wait, more = offline_wait(failures, last, now), offline_wait(failures + 1, last, now)
    if wait is None:
        assert more is None
    elif more is not None:
        assert more >= wait


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
