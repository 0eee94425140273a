"""Tokens, one-time codes, PIN hashes and the keys of signed shopper codes.

Tokens and codes are stored only as SHA-256 digests: they are long random
strings, so a fast hash is enough. PINs (short) are hashed by clienteling.hq.pins
(memory-hard, with a pepper kept outside the database); the unpeppered hash of
clienteling.domain.pins, re-exported here, is what older versions and the demo
seed stored, and is replaced at the associate's next sign-in.

Shopper code keys are the exception: terminals verify codes with the key
itself, so HQ must keep it whole. It is shown by its `key_id` (a digest of
the key, safe to print and log), never by its value.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import re
import secrets

from clienteling.domain.pins import check_pin_format, hash_pin, verify_pin

__all__ = [
    "canonical_code",
    "check_pin_format",
    "digest",
    "hash_pin",
    "key_from_text",
    "key_id",
    "key_text",
    "new_enrollment_code",
    "new_shopper_code_key",
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


_BASE64URL = re.compile(r"[A-Za-z0-9_-]{2,200}")
SHOPPER_CODE_KEY_BYTES = 32  # HMAC-SHA256: a key as long as the digest


def new_shopper_code_key() -> bytes:
    return secrets.token_bytes(SHOPPER_CODE_KEY_BYTES)


def key_id(key: bytes) -> str:
    """A key's name for people and logs: "k-" and 12 hex digits of its SHA-256; not the key."""
    return "k-" + hashlib.sha256(b"clienteling shopper code key\0" + key).hexdigest()[:12]


def key_text(key: bytes) -> str:
    """The key as stored and sent to terminals: base64url without padding."""
    return base64.urlsafe_b64encode(key).rstrip(b"=").decode("ascii")


def key_from_text(text: str) -> bytes:
    """The key `key_text` wrote; ValueError (without the text) for anything else."""
    cleaned = text.strip() if isinstance(text, str) else ""
    if _BASE64URL.fullmatch(cleaned):
        try:
            return base64.urlsafe_b64decode(cleaned + "=" * (-len(cleaned) % 4))
        except (binascii.Error, ValueError):
            pass
    raise ValueError("a shopper code key is base64url text (A-Z a-z 0-9 - _)")
