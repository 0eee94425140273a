"""Recent changes of the chain-wide collections, kept in memory: most polls answer them
without PostgreSQL.

Every terminal gets every change of the collections with no scope (`feed.FEED[name]
.scoped is None`: stores, products, stock), so one copy of their recent changes answers
every terminal of the process, whatever its cursor. A poll whose cursors differ from
every other poll's (`poll.Flights` cannot share its read) still reads them here.

What the ring holds: for each such collection, the changes with a sequence value in
(`base`, `top`]: rows exactly as `feed.read_page` yields them (the driver's tuples, in
page form, `seq` last) and tombstones (seq, key); for each key only its newest entry (a
newer row or tombstone of the same key replaces the older one, in the order of their
values: a key's row and tombstone are one key, as a terminal that applies a page's rows
and then its tombstones needs them to be; a row's key is said as its tombstone says it,
`feed.tombstone_key`, so a key of several columns, stock's store and SKU, matches too).

How it moves (`take`): a poll whose watermark is above the ring's `top` reads (top,
watermark] once, through the reads of `feed.read_page` (`feed.read_lists`) with that
watermark given (`feed.WATERMARK`), and merges it; other polls of the process that need
it wait for that read (one lock), as `poll.Flights` makes them wait for a read under
way. Every value up to a watermark had committed or never will (hq/db.py), and a
statement after the watermark's read sees every such commit, so the read holds every
change in that range. A step of more values than the ring's bound
(`HQSettings.changes_ring`; each change takes a value of its own, so a smaller step
holds no more changes than the ring keeps, a larger one may: an import, the 1M-row stock
load) is not read: the ring starts again empty at `base` = `top` = the watermark, and
polls with a cursor below `base` read the database as before. A new process's first
read is of the last bound's worth of values. Past the bound the oldest entries go and
`base` rises to the highest value that went (every entry at or below it went: the ring
still holds every change above it).

Why a page from the ring is one the database could have given: the ring answers
a collection only when the poll's cursor `after` >= `base` and its watermark `w` <=
`top`. Its entries in (after, w] are, key by key, the key's newest change in that range
as the reads that brought them found it: the rows and tombstones a database read of
(after, w] made at the ring's last advance gives, except a key changed again since at a
value above `top` (such a change was not yet below a watermark then): the ring still has
its older entry, which a read made a moment before that change gave. Either way every
value at or below `w` had committed before the reads, and a change after them takes a
value above `w`, so a page ending at or below `w` skips nothing the terminal will not get
after its `next_cursor`. The page is cut by the function that cuts `read_page`'s
(`feed.cut_page`: `limit` changes merged by value, `has_more` when more remain or a list
it read filled the limit), so `next_cursor`, `has_more` and `high_water` mean what they
mean there (docs/api.md).

Per process and never shared: each worker's ring is right on its own, moving only from
reads up to a watermark (issue 17's "stateless workers": nothing here must agree between
processes). With a read replica (`db.replica`) the ring moves from the connection the
poll's feed read uses, with that read's watermark (`hq/replica.py`: a replica's watermark
is one it is known to hold, so either source holds every change up to the watermark it
gives): the ring never serves above a watermark its reads were made under.
"""

from __future__ import annotations

import bisect
import threading
from typing import Any

from sqlalchemy import Connection

from . import feed
from .settings import HQSettings

# Entries the ring keeps over its collections: HQSettings.changes_ring says why this many.
BOUND = HQSettings.changes_ring
# Collections every terminal gets whole: the ring's.
UNSCOPED = tuple(name for name, coll in feed.FEED.items() if coll.scoped is None)
_ANYWHERE = feed.Scope("", "")  # unscoped collections read the same for every store


def _key_of(name: str):
    """The key of one of the collection's rows in page form, as its tombstones say it
    (`feed.tombstone_key`): a row and its tombstone are one entry of the ring, whatever
    columns the key has."""
    coll = feed.FEED[name]
    columns = feed.page_header(name)["columns"]
    where = [columns.index(k) for k in coll.key.split(",")]
    if len(where) == 1:
        (i,) = where
        return lambda row: row[i]
    return lambda row: feed.tombstone_key([row[i] for i in where])


class _Changes:
    """One collection's entries, ascending by value. `items[i]` is (is_row, row or
    tombstone key), None once a newer entry of the same key replaced it."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.key = _key_of(name)
        self.seqs: list[int] = []
        self.items: list[tuple[bool, Any] | None] = []
        self.at: dict[Any, int] = {}  # key -> index of its entry
        self.dead = 0

    def add(self, entries: list[tuple[int, bool, Any]]) -> None:
        """Entries above every value held, ascending by value."""
        for seq, is_row, item in entries:
            key = self.key(item) if is_row else item
            old = self.at.get(key)
            if old is not None:
                self.items[old] = None
                self.dead += 1
            self.at[key] = len(self.seqs)
            self.seqs.append(seq)
            self.items.append((is_row, item))
        if self.dead > len(self.at):
            self.drop_to(0)

    def drop_to(self, cut: int) -> None:
        """Keep the entries above `cut`, and only the live ones."""
        start = bisect.bisect_right(self.seqs, cut)
        kept = [
            (s, i)
            for s, i in zip(self.seqs[start:], self.items[start:], strict=True)
            if i is not None
        ]
        self.seqs = [s for s, _ in kept]
        self.items = [i for _, i in kept]
        self.at = {
            (self.key(item) if is_row else item): n for n, (_, (is_row, item)) in enumerate(kept)
        }
        self.dead = 0

    def between(self, after: int, top: int, n: int) -> tuple[list, list[tuple[int, Any]]]:
        """The first `n` entries with a value in (after, top]: the rows (in page form, `seq`
        last) and the tombstones (seq, key), as `feed.cut_page` takes them."""
        rows, tombs = [], []
        seqs, items = self.seqs, self.items
        for i in range(bisect.bisect_right(seqs, after), len(seqs)):
            if seqs[i] > top or len(rows) + len(tombs) >= n:
                break
            item = items[i]
            if item is None:
                continue
            is_row, value = item
            if is_row:
                rows.append(value)
            else:
                tombs.append((seqs[i], value))
        return rows, tombs


class Ring:
    """The process's recent changes of the unscoped collections; see the module's
    docstring. One per HQ process (routes_feed)."""

    def __init__(self, bound: int = BOUND) -> None:
        self.bound = bound
        # Past `bound` entries the oldest go down to this many, so dropping (a sort of the
        # entries' values) happens once per `bound` / 4 changes at most.
        self.keep = bound * 3 // 4
        self.base: int | None = None  # None: nothing read yet
        self.top = 0
        self._changes = {name: _Changes(name) for name in UNSCOPED}
        self._lock = threading.Lock()  # the entries, base and top
        self._advancing = threading.Lock()  # one read into the ring at a time
        # For tests and support: reads into the ring, starts afresh after a step past the
        # bound, times it dropped its oldest entries, collections answered from it.
        self.reads = 0
        self.resets = 0
        self.drops = 0
        self.answered = 0

    def __len__(self) -> int:
        return sum(len(c.at) for c in self._changes.values())

    # --- moving -----------------------------------------------------------------------

    def advance(self, conn: Connection, top: int) -> None:
        """Bring the ring up to the watermark `top`, read on `conn` before (a statement on
        `conn` after that read sees every value up to it). Waits for a read under way."""
        if top <= self.top and self.base is not None:
            return
        with self._advancing:
            base, held = self.base, self.top
            if top <= held and base is not None:
                return  # another poll's read brought it
            if base is None:
                # A new process: the last `bound` values hold at most `bound` changes.
                base = held = max(0, top - self.bound)
            elif top - held > self.bound:
                with self._lock:
                    self._reset(top)
                return
            conn = conn.execution_options(**{feed.WATERMARK: top})
            read = {name: self._read(conn, name, held) for name in UNSCOPED}
            with self._lock:
                if self.base is None:
                    self.base = base
                for name, entries in read.items():
                    self._changes[name].add(entries)
                self.top = top
                self.reads += 1
                if len(self) > self.bound:
                    self._drop_oldest()

    def _read(self, conn: Connection, name: str, after: int) -> list[tuple[int, bool, Any]]:
        """The collection's changes in (after, the watermark given], merged by value."""
        _top, rows, tombs = feed.read_lists(conn, name, _ANYWHERE, after, self.bound + 1)
        if len(rows) > self.bound or len(tombs) > self.bound:  # a step holds <= bound values
            raise RuntimeError(f"{name}: more than {self.bound} changes in {self.bound} values")
        return feed.merged(rows, tombs)

    def _reset(self, top: int) -> None:
        for changes in self._changes.values():
            changes.seqs, changes.items, changes.at, changes.dead = [], [], {}, 0
        self.base = self.top = top
        self.resets += 1

    def _drop_oldest(self) -> None:
        """Down to `keep` entries: the oldest go, `base` rises to the highest that went."""
        seqs = sorted(
            s
            for c in self._changes.values()
            for s, i in zip(c.seqs, c.items, strict=True)
            if i is not None
        )
        cut = seqs[len(seqs) - self.keep - 1]
        for changes in self._changes.values():
            changes.drop_to(cut)
        self.base = max(self.base or 0, cut)
        self.drops += 1

    # --- serving ----------------------------------------------------------------------

    def take(
        self, conn: Connection, cursors: dict[str, int], top: int, limit: int
    ) -> dict[str, tuple[list, list[tuple[int, Any]]]]:
        """For each unscoped collection in `cursors` the ring can answer up to the
        watermark `top` (its cursor at or above `base`, below `top`), its first `limit`
        + 1 entries in (cursor, top] as (rows, tombstones) (`_Changes.between`), to cut
        into a page with `feed.cut_page`; advances the ring first when `top` is above it."""
        # A poll at the watermark (every cursor at or above `top`) stops here, with no lock:
        # it needs nothing the ring holds. The next tests read `base` and `top` without the
        # lock: each is one attribute read, and neither ever falls (`_reset` raises both),
        # so a read that is not the newest is low: at worst this poll advances, and
        # `advance` and the locked block below look again. The entries are read under
        # `_lock`: `add` and `drop_to` change a collection's lists in several steps (a
        # replaced entry is None before its successor is appended), and `base`, `top` and
        # the entries must be one state for the page to be one the database gives.
        asked = [n for n in UNSCOPED if n in cursors and cursors[n] < top]
        if not asked:
            return {}
        base = self.base
        if base is None or top > self.top:
            if base is not None and all(cursors[n] < base for n in asked):
                return {}  # the ring could not answer: no read into it for this poll
            self.advance(conn, top)
        out = {}
        with self._lock:
            base = self.base
            if base is None or top > self.top:
                return {}
            for name in asked:
                after = cursors[name]
                if after >= base:
                    out[name] = self._changes[name].between(after, top, limit + 1)
        self.answered += len(out)
        return out
