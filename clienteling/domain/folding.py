"""Names as search finds them, the same on every terminal and at HQ.

Accents and case are folded ("João" -> "joao") and Cyrillic names are also
spelt in Latin letters (domain/transliteration.py), so "ivanov" finds "Иванов"
and "Иванов" still finds it in Cyrillic. The terminal's cache indexes these
words (cache/search.py); HQ keeps them in `shoppers.name_key` (hq/shoppers.py).
Changing them changes what a search finds until every index is built again.
"""

from __future__ import annotations

import re
import unicodedata

from .transliteration import to_latin

_WORD = re.compile(r"[^\W_]+", re.UNICODE)


def fold(text: str) -> str:
    """Lower case without accents: "João" -> "joao", "Иванов" stays Cyrillic."""
    if text.isascii():  # most names and every e-mail: nothing to decompose
        return text.lower()
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def words(text: str) -> list[str]:
    """The folded words of `text`: letters and digits, no punctuation."""
    return _WORD.findall(fold(text))


def name_terms(*names: str) -> str:
    """Every folded word of the names, and again in Latin letters when that differs."""
    found = []
    for name in names:
        folded = fold(name or "")
        found += _WORD.findall(folded)
        latin = to_latin(folded)
        if latin != folded:
            found += _WORD.findall(latin)
    return " ".join(found)


def name_key(first_name: str | None, last_name: str | None) -> str:
    """HQ's stored search key: " " before every word, so "% word%" finds a word's prefix."""
    return "".join(f" {w}" for w in name_terms(first_name or "", last_name or "").split())


def typed_alternatives(word: str) -> list[str]:
    """What one typed (folded) word may be found as: itself, and in Latin letters."""
    return sorted({word, to_latin(word)})
