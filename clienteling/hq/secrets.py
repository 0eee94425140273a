"""Tokens, one-time codes and PIN hashes.

Tokens and codes are stored only as SHA-256 digests: they are long random
strings, so a fast hash is enough. PINs (short) use the memory-hard hash of
clienteling.domain.pins, re-exported here.
"""

from __future__ import annotations

import hashlib
import secrets

from clienteling.domain.pins import check_pin_format, hash_pin, verify_pin

__all__ = [
    "canonical_code",
    "check_pin_format",
    "digest",
    "hash_pin",
    "new_enrollment_code",
    "new_token",
    "verify_pin",
]
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
