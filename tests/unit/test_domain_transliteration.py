"""Cyrillic in Latin letters: the one table terminals' search and the generated chain share."""

from __future__ import annotations

import pytest

from clienteling.domain.transliteration import to_latin
from clienteling.hq.seed.people import latin


@pytest.mark.parametrize(
    ("cyrillic", "expected"),
    [
        ("иванов", "ivanov"),
        ("юлия", "iuliia"),  # ICAO 9303: ю iu, я ia, й i (not yu, ya, y)
        ("андрей", "andrei"),
        ("щукина", "shchukina"),
        ("хохлов", "khokhlov"),
        ("подъезд", "podezd"),  # ъ and ь are not written
        ("Ёлкин Цой", "Elkin Tsoi"),
    ],
)
def test_cyrillic_reads_as_in_a_passport(cyrillic, expected):
    assert to_latin(cyrillic) == expected


def test_anything_else_stays_as_it_was():
    assert to_latin("João Fernández 42 @ -") == "João Fernández 42 @ -"
    assert to_latin("") == ""


def test_generated_e_mail_names_use_the_same_letters():
    # A Russian shopper's generated e-mail spells the name as terminals index it.
    assert latin("Юлия") == "iuliia"
    assert latin("Андрей") == "andrei"
    assert latin("João") == "joao"
