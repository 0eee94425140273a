"""Attribution kept as it is written: each purchase's last serving (tables.attributions).

The attribution rule (domain/kpis.py ATTRIBUTION) gives a purchase whole to the last
serving of its shopper, at any store, in the N days before it. The last serving at or
before the purchase does not depend on N: the purchase goes to it when it is less than N
days older, and to nobody otherwise (any other serving is older still). So the kept row
holds that serving, whatever N is, and the report applies N when it reads it
(report_sql.attributed); a change of the chain's N needs no rebuild.

Every write that can change a purchase's last serving refreshes the rows it can change,
in its own transaction (`refresh`):
- a purchase imported or re-imported: the shopper's purchases;
- a serving (profile opened, note, order accepted or refused; `served`): the shopper's
  purchases from the serving's time on; a late one (an offline terminal's event, sent days after
  it was captured) can take purchases made since;
- an erasure: the shopper's rows go with their purchases.
`rebuild` computes every row again from the raw rows (`clienteling-hq reports rebuild`,
and migration 0019 for the rows written before it); both run the same statement.
Ties: the later kind in the order profile opened > order > note, then the larger id.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from sqlalchemy import (
    Connection,
    String,
    and_,
    bindparam,
    delete,
    func,
    literal,
    select,
    union_all,
)
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.sql.elements import ColumnElement

from . import tables as t
from .db import serialise
from .statements import Prepared, Step, pipelined

A, N, F, P = t.activity.c, t.notes.c, t.order_facts.c, t.purchases.c
K, S = t.attributions.c, t.servings.c
SERVING = ("kind", "rid", "store_id", "associate_id", "shopper_id", "at", "next_purchase_at")
PROFILE_OPENED = "profile_opened"
KEPT = ("purchase_id", "shopper_id", "purchased_at", "store_id", "channel", "total_minor",
        "served_store", "associate_id", "served_at", "served_kind", "served_rid")  # fmt: skip


def servings(shoppers: list[str] | None):
    """Every serving (rid, kind, store_id, associate_id, shopper_id, at) of the shoppers
    (None: everyone's), at every store, at any time."""

    def of(query, shopper_col):
        return query if shoppers is None else query.where(shopper_col.in_(shoppers))

    # By shopper: the (shopper, time) index, not the one by kind.
    kind = A.kind if shoppers is None else A.kind.concat("")
    return union_all(
        of(
            select(
                A.event_id.label("rid"),
                literal(PROFILE_OPENED).label("kind"),
                A.store_id,
                A.associate_id,
                A.shopper_id,
                A.at.label("at"),
            ).where(kind == PROFILE_OPENED, A.shopper_id.is_not(None)),
            A.shopper_id,
        ),
        of(
            select(
                N.note_id, literal("note"), N.store_id, N.associate_id, N.shopper_id, N.created_at
            ),
            N.shopper_id,
        ),
        of(
            select(
                F.order_id,
                literal("order"),
                F.store_id,
                F.associate_id,
                F.shopper_id,
                F.created_at,
            ),
            F.shopper_id,
        ),
    )


def _at(since: datetime | ColumnElement):
    """A time to compare with: a value, or a parameter of a statement built once."""
    return since if isinstance(since, ColumnElement) else literal(since, t.UTCDateTime())


def _decided(shoppers: list | None, since: datetime | ColumnElement | None):
    """The kept rows of the shoppers' purchases (from `since` on), computed from raw rows."""
    bought = select(
        P.purchase_id, P.shopper_id, P.purchased_at, P.store_id, P.channel, P.total_minor
    )
    if shoppers is not None:
        bought = bought.where(P.shopper_id.in_(shoppers))
    if since is not None:
        bought = bought.where(P.purchased_at >= _at(since))
    bought = bought.subquery("bought")
    every = servings(shoppers).subquery("every")
    ranked = (
        select(
            bought,
            every.c.store_id.label("served_store"),
            every.c.associate_id,
            every.c.at.label("served_at"),
            every.c.kind.label("served_kind"),
            every.c.rid.label("served_rid"),
            func.row_number()
            .over(
                partition_by=bought.c.purchase_id,
                order_by=(every.c.at.desc(), every.c.kind.desc(), every.c.rid.desc()),
            )
            .label("rn"),
        )
        .join(
            every,
            and_(
                every.c.shopper_id == bought.c.shopper_id,
                every.c.at <= bought.c.purchased_at,
            ),
        )
        .subquery("ranked")
    )
    return select(*(ranked.c[name] for name in KEPT)).where(ranked.c.rn == 1)


def _servings_decided(shoppers: list | None, since: datetime | ColumnElement | None):
    """The kept servings of the shoppers (from `since` on), each with the time of the
    shopper's first purchase at or after it, computed from raw rows."""
    every = servings(shoppers).subquery("every")
    first = (
        select(func.min(P.purchased_at))
        .where(P.shopper_id == every.c.shopper_id, P.purchased_at >= every.c.at)
        .scalar_subquery()
    )
    query = select(
        every.c.kind,
        every.c.rid,
        every.c.store_id,
        every.c.associate_id,
        every.c.shopper_id,
        every.c.at,
        first.label("next_purchase_at"),
    )
    if since is not None:
        query = query.where(every.c.at >= _at(since))
    return query


def _servings(conn: Connection, ids: list[str] | None, since: datetime | None) -> None:
    gone = delete(t.servings)
    if ids is not None:
        gone = gone.where(S.shopper_id.in_(ids))
    if since is not None:
        gone = gone.where(S.at >= literal(since, t.UTCDateTime()))
    conn.execute(gone)
    conn.execute(t.servings.insert().from_select(list(SERVING), _servings_decided(ids, since)))


def _held(conn: Connection, shoppers: Iterable[str]) -> list[str]:
    """The shoppers' ids, each held until commit (PostgreSQL; in order, so two writes
    never wait on each other): writes about a shopper hold them shared, so two of them
    could each decide without seeing the other's serving or purchase. Held, the second
    decides after the first committed, and its statements see what the first wrote."""
    ids = sorted({s for s in shoppers if s})
    for shopper_id in ids:
        serialise(conn, lock_name(shopper_id))
    return ids


def lock_name(shopper_id: str) -> str:
    """The name of the lock (db.serialise) a write about the shopper holds before it decides
    the shopper's kept rows: a write may take it early, beside its other locks, and tell
    `served` so (`held`)."""
    return f"attributions:{shopper_id}"


def refresh(conn: Connection, shoppers: Iterable[str], since: datetime | None = None) -> None:
    """Decide again the kept rows of these shoppers' purchases (those made at or after
    `since`, when given): in the transaction of the write that changed them."""
    ids = _held(conn, shoppers)
    if not ids:
        return
    gone = delete(t.attributions).where(K.shopper_id.in_(ids))
    if since is not None:
        gone = gone.where(K.purchased_at >= literal(since, t.UTCDateTime()))
    conn.execute(gone)
    conn.execute(t.attributions.insert().from_select(list(KEPT), _decided(ids, since)))
    _servings(conn, ids, None)


def served(
    conn: Connection, shoppers: Iterable[str], since: datetime, *, held: bool = False
) -> None:
    """A serving of these shoppers at `since` or later was written: the purchases made
    since then may now go to it. No deletes: a serving never takes a purchase's last
    serving away, it can only replace it, so the rows are inserted or replaced; and the
    new serving is added to the kept ones (`since` must be at or before it).

    `held`: the transaction already holds the shoppers' locks (`lock_name`), taken
    before any of its statements that read what another write about them may write."""
    ids = sorted({s for s in shoppers if s}) if held else _held(conn, shoppers)
    if len(ids) == 1:  # a serving's write: statements built once
        pipelined(conn, served_one(conn, ids[0], since))
        return
    if not ids:
        return
    for statement in _served(conn.dialect.name, ids, since):
        conn.execute(statement)


def _served(dialect: str, ids: list, since: datetime | ColumnElement):
    """The statements of `served`: the purchases' kept rows, then the new servings. Two
    statements, not one WITH query (neither reads the table the other writes): in a
    pipeline they cost no round trip more, and each stays short enough for psycopg to
    keep its parsed form."""
    insert = pg_insert if dialect == "postgresql" else sqlite_insert
    kept = insert(t.attributions).from_select(list(KEPT), _decided(ids, since))
    changed = {name: kept.excluded[name] for name in KEPT if name != "purchase_id"}
    kept = kept.on_conflict_do_update(index_elements=["purchase_id"], set_=changed)
    # The new servings join the kept ones; a serving changes no other serving's next purchase.
    fresh = insert(t.servings).from_select(list(SERVING), _servings_decided(ids, since))
    fresh = fresh.on_conflict_do_nothing(index_elements=["kind", "rid"])
    return kept, fresh


def _one_served(dialect: str) -> tuple:
    return _served(
        dialect, [bindparam("shopper", type_=String())], bindparam("since", type_=t.UTCDateTime())
    )


def served_one(conn: Connection, shopper_id: str, since: datetime) -> list[Step]:
    """`served` of one shopper whose lock (`lock_name`) the transaction holds, as steps to
    run after the serving's own statements (statements.pipelined)."""
    params = {"shopper": shopper_id, "since": since}
    return [(statement, params) for statement in _ONE_SERVED]


# `served` for one shopper: built and compiled once per database.
_ONE_SERVED = (Prepared(lambda d: _one_served(d)[0]), Prepared(lambda d: _one_served(d)[1]))


def rebuild(conn: Connection) -> int:
    """Every kept row computed again from the raw rows; the number of rows. PostgreSQL:
    writes of servings and purchases wait until it commits (a write that decided its rows
    before would otherwise be lost to the rebuild's earlier view)."""
    if conn.dialect.name == "postgresql":
        conn.exec_driver_sql(
            "LOCK TABLE activity, notes, order_facts, purchases, attributions, servings "
            "IN SHARE MODE"
        )
    conn.execute(delete(t.attributions))
    conn.execute(t.attributions.insert().from_select(list(KEPT), _decided(None, None)))
    _servings(conn, None, None)
    return conn.execute(select(func.count()).select_from(t.attributions)).scalar_one()


def kept_rows(conn: Connection) -> list[tuple]:
    """The kept attributions, in purchase order (to compare with a rebuild)."""
    cols = [K[name] for name in KEPT]
    return [tuple(r) for r in conn.execute(select(*cols).order_by(K.purchase_id))]


def kept_servings(conn: Connection) -> list[tuple]:
    """The kept servings, in key order (to compare with a rebuild)."""
    cols = [S[name] for name in SERVING]
    return [tuple(r) for r in conn.execute(select(*cols).order_by(S.kind, S.rid))]
