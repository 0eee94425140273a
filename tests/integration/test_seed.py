"""The generated chain: deterministic, plausible, and never mixed into real data."""

from __future__ import annotations

import re
from collections import Counter
from datetime import UTC, datetime, timedelta

import phonenumbers
import pytest
from sqlalchemy import func, select, update

from clienteling.domain._checks import require_id
from clienteling.domain.codes import is_valid_gtin, normalize_email, normalize_phone
from clienteling.domain.countries import is_country
from clienteling.domain.enums import Role, TaskStatus, Tier
from clienteling.domain.money import Money
from clienteling.domain.pins import check_pin_format
from clienteling.hq import migrate
from clienteling.hq import tables as t
from clienteling.hq.db import Database
from clienteling.hq.importing import people as import_people
from clienteling.hq.importing import rows as import_rows
from clienteling.hq.secrets import hash_pin, verify_pin
from clienteling.hq.seed import (
    REFERENCE,
    DatabaseNotEmpty,
    DemoAssociate,
    chain,
    data,
    demo_associates,
    loyalty_id,
    seed_chain,
)
from clienteling.protocol.auth import SignInRequest
from clienteling.protocol.orders import AddressIn
from clienteling.protocol.writes import NoteIn, PreferencesIn, TaskIn, WishlistIn

# Five stores: all four countries, and two in Brazil for purchases in another store.
SMALL = {"shoppers": 400, "products": 150, "stores": 5}
SEQ_TABLES = (t.stores, t.associates, t.products, t.stock, t.shoppers, t.purchases)
E164 = re.compile(r"\+[1-9][0-9]{6,14}")
LANGUAGE = {"BR": "pt", "ES": "es", "RU": "ru", "US": "en"}


@pytest.fixture
def quick_pins(monkeypatch):
    """Cheap PIN hashes, for tests that are not about PINs (the real cost is 50 ms each)."""
    monkeypatch.setattr(chain, "hash_pin", lambda pin: hash_pin(pin, n=2**4))


def fresh(path) -> Database:
    db = Database(str(path))
    migrate.upgrade(db)
    return db


def count(db, table) -> int:
    with db.read() as conn:
        return conn.execute(select(func.count()).select_from(table)).scalar_one()


def all_rows(db, table):
    with db.read() as conn:
        return conn.execute(select(table)).all()


def comparable(db, table, skip=("seq", "pin_hash")):
    """The table's rows without pin hashes (salted) and sequence values, sorted."""
    cols = [c for c in table.c if c.name not in skip]
    with db.read() as conn:
        return sorted(tuple(map(repr, r)) for r in conn.execute(select(*cols)))


def test_counts_match_the_report(hq_db, quick_pins):
    stages = Counter()
    report = seed_chain(hq_db, seed=3, progress=lambda s, done, total: stages.update([s]), **SMALL)
    assert set(stages) == {"stores", "products", "stock", "shoppers"}
    assert (report.stores, report.products, report.shoppers) == (5, 150, 400)
    assert count(hq_db, t.stores) == 5
    assert count(hq_db, t.products) == 150
    assert count(hq_db, t.shoppers) == 400
    assert count(hq_db, t.purchases) == report.purchases > 400
    assert count(hq_db, t.stock) == report.stock_rows > 150 * 5 // 2
    assert count(hq_db, t.associates) == len(report.associates) == 20
    for store in ("BR-SP-01", "ES-MD-01", "RU-MOW-01", "US-NY-01", "BR-RJ-01"):
        roles = sorted(a.role for a in report.associates if a.store_id == store)
        assert roles == ["associate", "associate", "manager", "trainee"]
    assert all(re.fullmatch(r"E1\d{3}", a.employee_id) for a in report.associates)
    assert all(re.fullmatch(r"\d{4,6}", a.pin) for a in report.associates)
    assert count(hq_db, t.notes) and count(hq_db, t.wishlist) and count(hq_db, t.tasks)


def test_same_seed_same_chain_other_seed_other_chain(tmp_path, quick_pins):
    a, b, c = (fresh(tmp_path / f"{name}.db") for name in "abc")
    report_a = seed_chain(a, seed=11, **SMALL)
    report_b = seed_chain(b, seed=11, **SMALL)
    seed_chain(c, seed=12, **SMALL)
    for table in (*SEQ_TABLES, t.notes, t.wishlist, t.tasks):
        assert comparable(a, table) == comparable(b, table), table.name
    assert report_a.associates == report_b.associates
    for table in (t.shoppers, t.products, t.stock, t.purchases):
        assert comparable(a, table) != comparable(c, table), table.name
    # The demo lists the associates of an already seeded database from the seed alone.
    with a.read() as conn:
        store_ids = list(conn.execute(select(t.stores.c.store_id)).scalars())
    assert demo_associates(11, store_ids) == report_a.associates


def local_days(db, made: datetime) -> list[tuple[int, int]]:
    """Each open follow-up as (days from `made` to its due day, its hour), in its store's
    local time (the region's standard offset, as the seed uses)."""
    regions = {s.store_id: s.region for s in all_rows(db, t.stores)}
    out = []
    for task in all_rows(db, t.tasks):
        offset = timedelta(hours=data.REGIONS[regions[task.store_id]].utc_hours)
        due = task.due_at.replace(tzinfo=UTC) + offset
        out.append(((due.date() - (made + offset).date()).days, due.hour))
    return out


def test_open_follow_ups_are_due_around_the_day_the_chain_is_made(tmp_path, quick_pins):
    made = datetime(2027, 3, 10, 15, 30, tzinfo=UTC)  # the day a training chain is made
    a, b = fresh(tmp_path / "a.db"), fresh(tmp_path / "b.db")
    sizes = {"shoppers": 2000, "products": 60, "stores": 5, "seed": 5}  # about 80 follow-ups
    seed_chain(a, follow_ups_at=made, **sizes)
    seed_chain(b, follow_ups_at=made, **sizes)
    assert comparable(a, t.tasks) == comparable(b, t.tasks)  # still deterministic
    days = local_days(a, made)
    share = Counter(
        "today" if d == 0 else "week" if 1 <= d <= 6 else "overdue" if d < 0 else "later"
        for d, _hour in days
    )
    total = len(days)
    assert total >= 50
    assert share["today"] >= total * 0.2, share  # a trainee's home has some due today
    assert share["week"] >= total * 0.3, share
    assert total * 0.05 <= share["overdue"] <= total * 0.3, share  # a few overdue...
    assert min(d for d, _ in days) >= -9 and max(d for d, _ in days) <= 28  # ...by days
    assert all(10 <= hour < 20 for _, hour in days)  # in store hours
    for task in all_rows(a, t.tasks):
        assert task.created_at < task.due_at and task.created_at.replace(tzinfo=UTC) <= made
        assert task.status == "open"
    # Everything but the follow-ups is the chain any day makes.
    c = fresh(tmp_path / "c.db")
    seed_chain(c, **sizes)
    for table in (t.shoppers, t.purchases, t.notes, t.wishlist):
        assert comparable(a, table) == comparable(c, table), table.name
    around_reference = [d for d, _ in local_days(c, REFERENCE)]  # by default, the chain's "now"
    assert min(around_reference) >= -9 and max(around_reference) <= 28
    assert around_reference.count(0) >= total * 0.2


def test_a_second_process_makes_the_same_shoppers(tmp_path, quick_pins, monkeypatch):
    here, there = fresh(tmp_path / "here.db"), fresh(tmp_path / "there.db")
    sizes = {"shoppers": 4500, "products": 60, "stores": 4, "seed": 4}  # three batches
    sizes["follow_ups_at"] = datetime(2027, 2, 3, 9, 0, tzinfo=UTC)  # reaches the other process
    seed_chain(here, **sizes)
    monkeypatch.setattr(chain, "SECOND_PROCESS_FROM", 1)
    seed_chain(there, **sizes)
    for table in (t.shoppers, t.purchases, t.notes, t.wishlist, t.tasks):
        assert comparable(here, table, skip=()) == comparable(there, table, skip=()), table.name


def test_contacts_and_codes_are_valid(hq_db, quick_pins):
    seed_chain(hq_db, seed=5, **SMALL)
    stores = {s.store_id: s for s in all_rows(hq_db, t.stores)}
    for store in stores.values():
        phone = store.attributes["phone"]
        assert normalize_phone(phone, store.country) == phone
        assert phonenumbers.is_valid_number(phonenumbers.parse(phone))
    shoppers = all_rows(hq_db, t.shoppers)
    for s in shoppers:
        country = stores[s.home_store].country
        assert s.primary_phone == s.phones[0]
        for phone in s.phones:
            assert E164.fullmatch(phone), phone
            number = phonenumbers.parse(phone)
            assert phonenumbers.is_valid_number(number), phone
            assert phonenumbers.region_code_for_number(number) == country, phone
        assert s.language == LANGUAGE[country]
        if s.emails:
            assert s.primary_email == s.emails[0].lower()
            assert s.emails[0].endswith((".example", "example.com", "example.org"))
        if s.loyalty_id is not None:
            assert re.fullmatch(r"LY\d{11}", s.loyalty_id)
            assert loyalty_id(int(s.loyalty_id[2:12])) == s.loyalty_id
        if s.address is not None:
            assert set(s.address) == {"line1", "line2", "city", "postcode", "region", "country"}
            assert (s.address["country"], s.address["region"]) == (country, s.home_region)
    assert len({s.loyalty_id for s in shoppers if s.loyalty_id}) == sum(
        1 for s in shoppers if s.loyalty_id
    )
    assert {s.language for s in shoppers} == {"pt", "es", "ru", "en"}
    assert any(not s.consent_profiling for s in shoppers)
    assert any(s.consent_profiling for s in shoppers)
    segments = Counter(x for s in shoppers for x in s.segments)
    assert {"vip", "new", "lapsed", "gift-buyer"} <= set(segments)
    products = all_rows(hq_db, t.products)
    assert all(is_valid_gtin(p.gtin) and len(p.gtin) == 13 for p in products)
    assert len({p.gtin for p in products}) == len(products)
    assert all(re.fullmatch(r"ST\d{5}-[A-Z]{3}-[A-Z0-9]+", p.sku) for p in products)
    assert {p.category for p in products} == {
        "tops",
        "bottoms",
        "dresses",
        "outerwear",
        "shoes",
        "accessories",
    }


def broken_rules(db, associates: list[DemoAssociate]) -> list[str]:
    """Every way a seeded row breaks a rule HQ enforces on what it is given.

    Stores, products, stock, shoppers and purchases go through the CSV import's
    own column rules, as the cells a retailer's file would hold; notes,
    wishlist items, tasks, preferences and addresses through the models HQ
    checks a terminal's writes with; associates through what `clienteling-hq
    associate add` and sign-in accept.
    """
    problems: list[str] = []

    def check(what: str, rule, *args):
        try:
            return rule(*args)
        except ValueError as exc:  # RowProblem, InvalidField and ValidationError all are
            problems.append(f"{what}: {exc}")
            return None

    def as_stored(what: str, rule, value: str, *args) -> None:
        """HQ stores the normalised form: a stored value is its own normal form."""
        if check(what, rule, value, *args) not in (value, None):
            problems.append(f"{what}: {value!r} is not written as HQ writes it")

    def known(what: str, value, among) -> None:
        if value not in among:
            problems.append(f"{what}: unknown {value!r}")

    def kept_by_staff(what: str, row) -> None:
        # HQ takes a write's store and author from the associate signed in at the
        # terminal, and associates sign in only at their home store.
        home = staff[row.associate_id].home_store if row.associate_id in staff else None
        if home != row.store_id:
            problems.append(f"{what}: {row.associate_id} does not work at {row.store_id}")

    staff = {a.associate_id: a for a in all_rows(db, t.associates)}
    stores = {s.store_id: s for s in all_rows(db, t.stores)}
    for s in stores.values():
        cells = {k: str(v) for k, v in s._mapping.items() if k not in ("attributes", "seq")}
        check(f"store {s.store_id}", import_rows.parse_store, cells, {})
        check(f"store {s.store_id}", require_id, s.store_id, "store_id")

    products = {p.sku: p for p in all_rows(db, t.products)}
    for p in products.values():
        cells = {k: str(v) for k, v in p._mapping.items() if k not in ("attributes", "seq")}
        cells["price"] = Money(p.price_minor, p.currency).to_decimal_string()
        check(f"product {p.sku}", import_rows.parse_product, cells, {})
        check(f"product {p.sku}", require_id, p.sku, "sku")

    for r in all_rows(db, t.stock):
        what = f"stock {r.store_id} {r.sku}"
        cells = {"store_id": r.store_id, "sku": r.sku, "on_hand": str(r.on_hand)}
        check(what, import_rows.parse_stock, cells, {})
        known(what, r.store_id, stores)
        known(what, r.sku, products)

    shoppers = {s.shopper_id: s for s in all_rows(db, t.shoppers)}
    change_id = "00000000-0000-4000-8000-000000000000"  # any UUID: a terminal's edit id
    for s in shoppers.values():
        what = f"shopper {s.external_id}"
        known(what, s.home_store, stores)
        cells = {
            name: s._mapping[name] or ""
            for name in ("external_id", "first_name", "last_name", "loyalty_id", "home_store")
        }
        cells["language"] = s.language
        cells |= {name: str(s._mapping[name]).lower() for name in import_people.CONSENTS}
        for email in s.emails or [""]:
            check(what, import_people.parse_shopper, {**cells, "email": email}, {})
            if email:
                as_stored(what, normalize_email, email)
        if s.home_store in stores:
            for phone in s.phones:
                as_stored(what, normalize_phone, phone, stores[s.home_store].country)
        check(what, Tier, s.tier)
        check(what, PreferencesIn.model_validate, {"change_id": change_id, **s.preferences})
        if s.address is not None:
            check(what, AddressIn.model_validate, s.address)
            if not is_country(s.address["country"]):
                problems.append(f"{what}: {s.address['country']!r} is not a country")

    for p in all_rows(db, t.purchases):
        what = f"purchase {p.external_id}"
        known(what, p.shopper_id, shoppers)
        if p.store_id is not None:
            known(what, p.store_id, stores)
        shopper = shoppers.get(p.shopper_id)
        for line in p.lines:
            known(what, line["sku"], products)
            cells = {
                "external_id": p.external_id,
                "shopper_external_id": shopper.external_id if shopper else "",
                "store_id": p.store_id or "",
                "channel": p.channel,
                "purchased_at": p.purchased_at.isoformat(),
                "sku": line["sku"],
                "quantity": str(line["quantity"]),
                "unit_price": Money(line["unit_price_minor"], p.currency).to_decimal_string(),
                "currency": p.currency,
            }
            check(what, import_people.parse_purchase, cells, {})

    for n in all_rows(db, t.notes):
        what = f"note {n.note_id}"
        note = {"note_id": n.note_id, "shopper_id": n.shopper_id, "reason": n.reason}
        check(what, NoteIn.model_validate, {**note, "text": n.text})
        known(what, n.shopper_id, shoppers)
        kept_by_staff(what, n)
    for w in all_rows(db, t.wishlist):
        what = f"wishlist item {w.item_id}"
        item = {"item_id": w.item_id, "shopper_id": w.shopper_id, "sku": w.sku}
        check(what, WishlistIn.model_validate, item)
        known(what, w.shopper_id, shoppers)
        known(what, w.sku, products)
        kept_by_staff(what, w)
    for k in all_rows(db, t.tasks):
        what = f"task {k.task_id}"
        task = {"task_id": k.task_id, "shopper_id": k.shopper_id, "due_at": k.due_at}
        check(what, TaskIn.model_validate, {**task, "title": k.title})
        check(what, TaskStatus, k.status)
        known(what, k.shopper_id, shoppers)
        kept_by_staff(what, k)
        if not k.created_at < k.due_at:
            problems.append(f"{what}: due {k.due_at} before it was noted ({k.created_at})")
        if (k.status == TaskStatus.DONE) != (k.done_at is not None):
            problems.append(f"{what}: {k.status} with done_at {k.done_at}")

    for a in associates:
        what = f"associate {a.employee_id}"
        check(what, require_id, a.employee_id, "employee_id")
        check(what, Role, a.role)
        known(what, a.store_id, stores)
        check(what, SignInRequest.model_validate, {"employee_id": a.employee_id, "pin": a.pin})
        if reason := check_pin_format(a.pin):
            problems.append(f"{what}: {reason}")
    if {a.employee_id for a in associates} != set(staff):
        problems.append("the associates stored are not the ones reported")
    return problems


def test_every_row_passes_the_rules_hq_enforces_on_input(hq_db, quick_pins):
    report = seed_chain(hq_db, seed=6, **SMALL)
    assert broken_rules(hq_db, report.associates) == []


def test_a_broken_row_is_caught(hq_db, quick_pins):
    """The check above can fail: a few rows broken after seeding are each named."""
    report = seed_chain(hq_db, shoppers=40, products=20, stores=2, seed=6)
    with hq_db.read() as conn:
        sku = conn.execute(select(t.products.c.sku).limit(1)).scalar_one()
        shopper = conn.execute(select(t.shoppers.c.external_id).limit(1)).scalar_one()
        purchase = conn.execute(select(t.purchases.c.external_id).limit(1)).scalar_one()
    with hq_db.write() as w:
        wrong_check_digit = "4006381333932"
        w.conn.execute(
            update(t.products).where(t.products.c.sku == sku).values(gtin=wrong_check_digit)
        )
        w.conn.execute(
            update(t.shoppers)
            .where(t.shoppers.c.external_id == shopper)
            .values(emails=["not an address"], tier="diamond")
        )
        w.conn.execute(
            update(t.purchases).where(t.purchases.c.external_id == purchase).values(channel="fax")
        )
    problems = broken_rules(hq_db, report.associates)
    assert {p.split(":")[0] for p in problems} == {
        f"product {sku}",
        f"shopper {shopper}",
        f"purchase {purchase}",
    }, problems
    assert any(p.startswith(f"product {sku}: gtin") for p in problems)
    assert any(p.startswith(f"shopper {shopper}: email") for p in problems)
    assert any(p.startswith(f"shopper {shopper}:") and "diamond" in p for p in problems)
    assert any(p.startswith(f"purchase {purchase}: channel") for p in problems)


def test_shoppers_belong_to_their_home_store_region(hq_db, quick_pins):
    seed_chain(hq_db, seed=5, **SMALL)
    region = {s.store_id: s.region for s in all_rows(hq_db, t.stores)}
    shoppers = all_rows(hq_db, t.shoppers)
    assert all(s.home_region == region[s.home_store] for s in shoppers)
    assert {s.home_store for s in shoppers} == set(region)


def test_purchases_fit_the_shopper_and_the_store(hq_db, quick_pins):
    seed_chain(hq_db, seed=5, **SMALL)
    stores = {s.store_id: s for s in all_rows(hq_db, t.stores)}
    shoppers = {s.shopper_id: s for s in all_rows(hq_db, t.shoppers)}
    products = {p.sku: p for p in all_rows(hq_db, t.products)}
    purchases = all_rows(hq_db, t.purchases)
    bought = [
        (shoppers[p.shopper_id], products[line["sku"]])
        for p in purchases
        for line in p.lines
        if line["quantity"] > 0
    ]
    in_size = sum(s.preferences["sizes"][prod.category] == prod.size for s, prod in bought)
    assert in_size / len(bought) > 0.75
    assert {p.channel for p in purchases} == {"store", "web", "app", "marketplace"}
    assert any(x["quantity"] < 0 for p in purchases for x in p.lines)  # returns
    for p in purchases:
        shopper = shoppers[p.shopper_id]
        assert (p.store_id is None) == (p.channel != "store")
        assert 1 <= len(p.lines) <= 5  # up to 4 items, or a return with its exchange
        assert p.currency == stores[p.store_id or shopper.home_store].currency
        assert p.total_minor == sum(x["quantity"] * x["unit_price_minor"] for x in p.lines)
        assert shopper.created_at < p.purchased_at < REFERENCE
    homes = [p.store_id == shoppers[p.shopper_id].home_store for p in purchases if p.store_id]
    assert 0.6 < sum(homes) / len(homes) < 1  # mostly at home, sometimes elsewhere
    months = Counter(p.purchased_at.month for p in purchases)
    assert months[11] + months[12] > months[2] + months[3]  # the season shows


def test_some_items_are_out_here_but_in_stock_elsewhere(hq_db, quick_pins):
    seed_chain(hq_db, seed=5, **SMALL)
    stock = all_rows(hq_db, t.stock)
    assert all(0 <= r.on_hand <= 12 and r.reserved == 0 and r.as_of == REFERENCE for r in stock)
    on_hand = {(r.store_id, r.sku): r.on_hand for r in stock}
    zeros = [(store, sku) for (store, sku), n in on_hand.items() if n == 0]
    assert 0.05 < len(zeros) / len(stock) < 0.35
    elsewhere = [
        (store, sku)
        for store, sku in zeros
        if any(n > 0 for (other, s), n in on_hand.items() if s == sku and other != store)
    ]
    assert len(elsewhere) > len(zeros) / 2


def test_every_row_has_its_own_sequence_value(hq_db, quick_pins):
    seed_chain(hq_db, seed=5, **SMALL)
    everything = []
    for table in (*SEQ_TABLES, t.notes, t.wishlist, t.tasks):
        with hq_db.read() as conn:
            seqs = list(conn.execute(select(table.c.seq)).scalars())
        assert seqs, table.name
        assert min(seqs) > 0 and len(set(seqs)) == len(seqs), table.name
        everything += seqs
    assert len(set(everything)) == len(everything)  # one change sequence for all tables


def test_refuses_a_database_that_is_not_empty(hq_db, quick_pins):
    with hq_db.write() as w:  # a retailer's own store, imported before anyone seeds
        w.insert(
            t.stores,
            [
                {
                    "store_id": "LIS-01",
                    "name": "Lisboa Chiado",
                    "region": "PT-11",
                    "address": "Rua Garrett 1",
                    "city": "Lisboa",
                    "country": "PT",
                    "latitude": 38.71,
                    "longitude": -9.14,
                    "currency": "EUR",
                    "timezone": "Europe/Lisbon",
                    "attributes": {},
                }
            ],
        )
    with pytest.raises(DatabaseNotEmpty, match="not empty"):
        seed_chain(hq_db, shoppers=5, products=10, stores=2)
    assert count(hq_db, t.stores) == 1
    assert count(hq_db, t.products) == count(hq_db, t.associates) == 0


def test_refuses_to_seed_twice(hq_db, quick_pins):
    seed_chain(hq_db, shoppers=5, products=10, stores=2)
    with pytest.raises(DatabaseNotEmpty, match="not empty"):
        seed_chain(hq_db, shoppers=5, products=10, stores=2)
    assert count(hq_db, t.shoppers) == 5


def test_a_demo_pin_verifies_against_its_hash(hq_db):
    report = seed_chain(hq_db, shoppers=10, products=12, stores=1, seed=9)
    hashes = {a.associate_id: a.pin_hash for a in all_rows(hq_db, t.associates)}
    manager, trainee = (
        next(a for a in report.associates if a.role == role) for role in ("manager", "trainee")
    )
    assert verify_pin(manager.pin, hashes[manager.employee_id])
    assert verify_pin(trainee.pin, hashes[trainee.employee_id])
    assert not verify_pin(manager.pin, hashes[trainee.employee_id])


def test_loyalty_ids_carry_a_check_digit():
    assert loyalty_id(12345) == "LY00000123455"
    assert loyalty_id(7992739871) == "LY79927398713"  # the Luhn example number
    assert all(re.fullmatch(r"LY\d{11}", loyalty_id(n)) for n in (0, 1, 10**10 - 1))
