"""Shopper search in the cache: FTS5 over folded names, e-mails, phone digits and loyalty ids.

Decisions (docs/offline.md):
- accents and case are folded ("joao" finds "João");
- Cyrillic names are also indexed transliterated to Latin, so "ivanov" finds
  "Иванов" (and "Иванов" still finds it in Cyrillic);
- phone numbers are indexed by their reversed digits, so any trailing
  fragment ("987654321", "4321", "+55 (11) 98765-4321") is a prefix search;
- an exact loyalty id, phone or e-mail ranks first.
"""

from __future__ import annotations

import re

from clienteling.domain.folding import fold, name_terms
from clienteling.domain.transliteration import to_latin

__all__ = ["contact_terms", "fold", "match_expression", "name_terms", "phone_token"]

_WORD = re.compile(r"[^\W_]+", re.UNICODE)
_NOT_DIGIT = re.compile(r"\D")


def phone_token(phone: str) -> str:
    digits = _NOT_DIGIT.sub("", phone)
    return f"p{digits[::-1]}" if digits else ""


def contact_terms(emails: list[str], phones: list[str], loyalty_id: str | None) -> str:
    parts = [fold(e) for e in emails]
    parts += [phone_token(p) for p in phones]
    if loyalty_id:
        parts.append(fold(loyalty_id))
    return " ".join(p for p in parts if p)


def _quote(term: str) -> str:
    return '"' + term.replace('"', '""') + '"'


def match_expression(query: str) -> str | None:
    """The FTS5 MATCH text for what was typed, or None when nothing searchable was typed.

    Every word must match as a prefix; a query of digits and phone punctuation
    is a phone fragment. Words of letters only are names and look in the
    names column only (matching them against every e-mail token as well made
    short multi-word queries several times slower); words with digits may be
    a loyalty id and look everywhere. For an e-mail only what comes before
    the "@" is searched: the domain is the same for thousands of shoppers,
    and a whole address is found at once by the exact match.
    """
    # Control characters (a NUL ends FTS5's string early) are not something anyone typed.
    q = "".join(ch if ch.isprintable() else " " for ch in query).strip()
    if not q:
        return None
    compact = re.sub(r"[\s()+\-.]", "", q)
    if compact.isdigit() and len(compact) >= 3:
        return f"contacts : {_quote(phone_token(compact))} *"
    if "@" in q:
        local = fold(q.split("@", 1)[0]).strip()
        return f"contacts : {_quote(local or fold(q))} *"
    words = _WORD.findall(fold(q))
    if not words:
        return None
    clauses = []
    for w in words:
        alternatives = " OR ".join(f"{_quote(a)} *" for a in sorted({w, to_latin(w)}))
        column = "" if any(ch.isdigit() for ch in w) else "names : "
        clauses.append(f"{column}({alternatives})")
    return " AND ".join(clauses)
