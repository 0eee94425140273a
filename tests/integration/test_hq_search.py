"""HQ's chain-wide shopper search finds names as the terminals do: accents and case
folded, Cyrillic also in Latin letters, every typed word the start of a name's word."""

from __future__ import annotations

import sqlalchemy as sa
from sqlalchemy import insert, select

from clienteling.hq import tables as t
from tests.hq_live import NOW, LiveHQ, add_shopper, small_chain


def _chain(db) -> dict:
    chain = small_chain(db)
    add_shopper(db, "sh-rj", "BR-RJ-01", first_name="João", last_name="Gonçalves")
    add_shopper(db, "sh-ru", "ES-MD-01", first_name="Юлия", last_name="Иванова")
    add_shopper(db, "sh-de", "ES-MD-01", first_name="Jürgen", last_name="MÜLLER-Lüdenscheidt")
    return chain


def _found(client, q: str) -> set[str]:
    r = client.get("/v1/shoppers", params={"q": q})
    assert r.status_code == 200, r.text
    return {s["shopper_id"] for s in r.json()["shoppers"]}


def test_names_are_found_with_accents_case_and_cyrillic_folded(hq_db):
    chain = _chain(hq_db)
    with LiveHQ(hq_db) as hq:
        device = hq.enroll("BR-SP-01")
        token = hq.sign_in(device, chain["staff"]["BR-SP-01"]["associate"])
        with hq.client(token) as c:
            assert _found(c, "joao") == {"sh-rj"}
            assert _found(c, "JOÃO") == {"sh-rj"}
            assert _found(c, "goncal") == {"sh-rj"}
            assert _found(c, "Gonçalves João") == {"sh-rj"}  # any order, every word
            assert _found(c, "joao silva") == set()
            assert _found(c, "ivanova") == {"sh-ru"}  # Latin for Cyrillic
            assert _found(c, "Иванова") == {"sh-ru"}
            assert _found(c, "иван юл") == {"sh-ru"}
            assert _found(c, "iuliia") == {"sh-ru"}
            assert _found(c, "muller") == {"sh-de"}
            assert _found(c, "ludensch") == {"sh-de"}  # a word after the hyphen
            assert _found(c, "garcia") == {"sh2"}
            assert _found(c, "ana") == {"sh1", "sh2"}
            assert _found(c, "na") == set()  # the start of a word only
            assert _found(c, "LYsh-rj") == {"sh-rj"}  # exact loyalty id still
            r = c.get("/v1/shoppers/sh-rj")
            assert r.status_code == 200
            assert "name_key" not in r.json()  # HQ's own key never leaves it
    with hq_db.read() as conn:
        served = conn.execute(
            select(t.shopper_access.c.shopper_id, t.shopper_access.c.action).where(
                t.shopper_access.c.shopper_id == "sh-rj"
            )
        ).all()
    assert ("sh-rj", "search") in served and ("sh-rj", "open") in served


def test_0011_fills_the_key_of_shoppers_stored_before_it(hq_db_url):
    from alembic import command

    from clienteling.hq import migrate
    from clienteling.hq.db import Database

    db = Database(hq_db_url)
    old = t.shoppers.c
    with db.engine.begin() as conn:
        command.upgrade(migrate.alembic_config(conn), "0010")
        row = {
            "shopper_id": "old-1", "first_name": "Ирина", "last_name": "Álvarez",
            "emails": [], "phones": [], "language": "ru", "tier": "member", "segments": [],
            "home_store": "S", "home_region": "R", "consent_email": False,
            "consent_sms": False, "consent_profiling": False, "preferences": {},
            "attributes": {}, "created_at": NOW, "field_edits": {}, "seq": 1,
        }  # fmt: skip
        before = [c for c in t.shoppers.c if c.name != "name_key"]  # the table at 0010
        conn.execute(
            insert(sa.table("shoppers", *(sa.column(c.name, c.type) for c in before))), [row]
        )
    migrate.upgrade(db)
    with db.read() as conn:
        key = conn.execute(select(old.name_key).where(old.shopper_id == "old-1")).scalar_one()
    assert key == " ирина irina alvarez"
    db.dispose()
