"""Associates' PINs: the format rule and the memory-hard hash, shared by HQ and terminals.

PINs are short, so they are stretched with scrypt (16 MiB of memory per
hash: 128 * r * n bytes) and compared in constant time.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets

SCRYPT_N = 2**14
SCRYPT_R = 8
SCRYPT_P = 1


def check_pin_format(pin: str) -> str | None:
    """Why a PIN is unacceptable, or None. PINs are 4 to 8 digits."""
    if not isinstance(pin, str) or not pin.isascii() or not pin.isdigit():
        return "a PIN is digits only"
    if not 4 <= len(pin) <= 8:
        return "a PIN has 4 to 8 digits"
    return None


def _b64(raw: bytes) -> str:
    return base64.b64encode(raw).decode()


def hash_pin(pin: str, *, n: int = SCRYPT_N) -> str:
    salt = secrets.token_bytes(16)
    key = hashlib.scrypt(pin.encode(), salt=salt, n=n, r=SCRYPT_R, p=SCRYPT_P, dklen=32)
    return f"scrypt${n}${SCRYPT_R}${SCRYPT_P}${_b64(salt)}${_b64(key)}"


def verify_pin(pin: str, stored: str) -> bool:
    try:
        scheme, n, r, p, salt, key = stored.split("$")
        if scheme != "scrypt":
            return False
        expected = base64.b64decode(key)
        actual = hashlib.scrypt(
            pin.encode(),
            salt=base64.b64decode(salt),
            n=int(n),
            r=int(r),
            p=int(p),
            dklen=len(expected),
        )
    except (ValueError, TypeError):
        return False
    return hmac.compare_digest(actual, expected)
