"""Cyrillic in Latin letters: one table for the whole chain, simplified ICAO 9303 (passports).

Terminals index every Cyrillic name a second time in Latin with it, so typing
"ivanov" finds Иванов. Their search indexes were built with this table:
changing a letter changes what a search finds until every cache is indexed
again, so it may change only together with a cache migration that re-indexes.
The generated chain spells Russian shoppers' e-mail addresses with it too.

Simplified: ъ is dropped, where ICAO 9303 writes "ie".
"""

from __future__ import annotations

_CYRILLIC = "абвгдеёжзийклмнопрстуфхцчшщъыьэюя"
_LATIN = "a b v g d e e zh z i i k l m n o p r s t u f kh ts ch sh shch _ y _ e iu ia".split()
_LOWER = {c: "" if s == "_" else s for c, s in zip(_CYRILLIC, _LATIN, strict=True)}  # _: ъ, ь
CYRILLIC_TO_LATIN: dict[str, str] = _LOWER | {c.upper(): s.capitalize() for c, s in _LOWER.items()}
_TABLE = str.maketrans(CYRILLIC_TO_LATIN)


def to_latin(text: str) -> str:
    """Cyrillic letters in Latin, anything else as it was: "Юлия Щукина" -> "Iuliia Shchukina"."""
    return text if text.isascii() else text.translate(_TABLE)
