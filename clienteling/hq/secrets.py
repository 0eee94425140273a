"""Tokens, one-time codes and PIN hashes.

Tokens and codes are stored only as SHA-256 digests: they are long random
strings, so a fast hash is enough. PINs are short, so they are stretched with
scrypt, a memory-hard KDF, and compared in constant time.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets

# scrypt cost: 16 MiB of memory per hash (128 * r * n bytes).
SCRYPT_N = 2**14
SCRYPT_R = 8
SCRYPT_P = 1
_CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no 0/O, 1/I: read aloud at a counter


def new_token(prefix: str) -> str:
    return f"{prefix}_{secrets.token_urlsafe(32)}"


def digest(secret: str) -> str:
    return hashlib.sha256(secret.encode()).hexdigest()


def new_enrollment_code() -> str:
    """A one-time code of four groups of four characters, easy to type: ABCD-EFGH-JKLM-NPQR."""
    chars = "".join(secrets.choice(_CODE_ALPHABET) for _ in range(16))
    return "-".join(chars[i : i + 4] for i in range(0, 16, 4))


def canonical_code(code: str) -> str:
    """Codes are accepted in any case, with or without dashes and spaces."""
    cleaned = "".join(ch for ch in code.upper() if ch.isalnum())
    return "-".join(cleaned[i : i + 4] for i in range(0, len(cleaned), 4))


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


def check_pin_format(pin: str) -> str | None:
    """Why a PIN is unacceptable, or None. PINs are 4 to 8 digits."""
    if not isinstance(pin, str) or not pin.isascii() or not pin.isdigit():
        return "a PIN is digits only"
    if not 4 <= len(pin) <= 8:
        return "a PIN has 4 to 8 digits"
    return None
