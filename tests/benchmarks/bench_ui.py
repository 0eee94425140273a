"""Associate app benchmark: cold start, keystroke to rendered results, RSS over a session.

Each figure is printed beside a limit measured in the same run:
- cold start (fresh process to sign-in screen, and to the first search's rows
  painted) vs a bare PySide6 process that shows one empty window;
- keystroke to rendered results (real lookup screen, QTest key clicks) vs
  the raw FTS query alone on a reader connection of the same cache;
- RSS over a ~300-action associate session vs an empty QApplication with
  one window.

    QT_QPA_PLATFORM=offscreen python tests/benchmarks/bench_ui.py \
        --hq-db /tmp/hq1m-pristine.db --cache /tmp/bench_ui_cache.db

The terminal cache holds every shopper of the HQ database (1M in the
generated chain), far beyond one store's sync scope: it is written straight
from the HQ database (read only) through the cache's own apply functions,
then its indexes and search index are built as after a first sync. The
built cache is kept at --cache and reused. The terminal is offline (its HQ
address is a closed loopback port) and the associate signs in offline with
a PIN remembered in an in-memory vault, as after a first online sign-in.
"""

from __future__ import annotations

import time

T_IMPORT = time.perf_counter()  # a child's earliest point (CLOCK_MONOTONIC, shared with parent)

import argparse  # noqa: E402
import base64  # noqa: E402
import json  # noqa: E402
import os  # noqa: E402
import random  # noqa: E402
import sqlite3  # noqa: E402
import statistics  # noqa: E402
import subprocess  # noqa: E402
import sys  # noqa: E402
import tempfile  # noqa: E402
from datetime import UTC, datetime  # noqa: E402
from pathlib import Path  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from tests.benchmarks.limits import pct  # noqa: E402
from tests.cache_access import writer_of  # noqa: E402

STORE = "BR-SP-01"
KEY = bytes(range(32))  # the benchmark vault's fixed cache key
PIN = "2468"
OFFLINE_HQ = "http://127.0.0.1:9"  # nothing listens there: the terminal is offline
PAGE = 20_000


# --- building the 1M-shopper cache ---------------------------------------------------------


def _iso(text: str | None) -> str | None:
    """HQ's stored SQLite time -> the ISO text the feed sends (as hq.feed does)."""
    if text is None:
        return None
    if len(text) != 26 or text[10] != " ":
        return datetime.fromisoformat(text).replace(tzinfo=UTC).isoformat()
    fraction = "" if text.endswith(".000000") else text[19:]
    return f"{text[:10]}T{text[11:19]}{fraction}+00:00"


def _copy(hq: sqlite3.Connection, cache, name: str, sql: str, args: tuple = ()) -> int:
    from clienteling.cache.apply import apply_rows, finish_bulk, start_bulk
    from clienteling.cache.schema import COLUMNS, JSON_COLUMNS
    from clienteling.cache.store import transaction

    cols = COLUMNS[name]
    cur = hq.execute(sql.format(cols=", ".join(f"x.{c}" for c in cols)), args)
    kinds = {
        r[1]: r[2] for r in hq.execute(f"SELECT * FROM pragma_table_info('{name}')").fetchall()
    }
    stamps = [i for i, c in enumerate(cols) if kinds.get(c) == "DATETIME"]
    start_bulk(writer_of(cache), name)
    n = 0
    t0 = time.perf_counter()
    while rows := cur.fetchmany(PAGE):
        if stamps:
            rows = [list(r) for r in rows]
            for r in rows:
                for i in stamps:
                    r[i] = _iso(r[i])
        with transaction(writer_of(cache)):
            apply_rows(
                writer_of(cache),
                name,
                rows,
                (),
                cols,
                json_text=JSON_COLUMNS[name],
                index_search=False,
            )
        n += len(rows)
        if n % 200_000 < PAGE:
            print(f"  {name}: {n:,} rows, {time.perf_counter() - t0:.0f} s", flush=True)
    t1 = time.perf_counter()
    finish_bulk(writer_of(cache), name)
    cache.checkpoint()
    print(
        f"  {name}: {n:,} rows in {t1 - t0:.1f} s, indexes built in "
        f"{time.perf_counter() - t1:.1f} s",
        flush=True,
    )
    return n


def build_cache(hq_path: Path, target: Path, store: str) -> None:
    """Every shopper of the HQ database, plus the store region's history, into a terminal cache."""
    from clienteling.cache.store import open_cache, transaction
    from clienteling.protocol.sync import COLLECTIONS

    building = target.with_name(target.name + ".building")
    for suffix in ("", "-wal", "-shm"):
        Path(f"{building}{suffix}").unlink(missing_ok=True)
    hq = sqlite3.connect(f"file:{hq_path}?mode=ro", uri=True)
    hq.execute("PRAGMA cache_size = -65536")
    region = hq.execute("SELECT region FROM stores WHERE store_id = ?", (store,)).fetchone()[0]
    cache = open_cache(building, KEY)
    t0 = time.perf_counter()
    print(f"building {target} from {hq_path} (region {region}) ...", flush=True)
    counts = {
        "stores": _copy(hq, cache, "stores", "SELECT {cols} FROM stores x"),
        "products": _copy(hq, cache, "products", "SELECT {cols} FROM products x"),
        "associates": _copy(hq, cache, "associates", "SELECT {cols} FROM associates x"),
        "shoppers": _copy(hq, cache, "shoppers", "SELECT {cols} FROM shoppers x"),
    }
    for name in ("purchases", "notes", "wishlist", "tasks", "orders"):
        counts[name] = _copy(
            hq,
            cache,
            name,
            "SELECT {cols} FROM " + name + " x JOIN shoppers s ON s.shopper_id = x.shopper_id "
            "WHERE s.home_region = ?",
            (region,),
        )
    counts["stock"] = _copy(hq, cache, "stock", "SELECT {cols} FROM stock x")
    top = hq.execute("SELECT max(seq) FROM shoppers").fetchone()[0] or 0
    now = datetime.now(UTC).isoformat()
    with transaction(writer_of(cache)):
        for name in COLLECTIONS:  # as after a finished first sync
            writer_of(cache).execute(
                "INSERT OR REPLACE INTO sync_state (collection, cursor, high_water, synced_at) "
                "VALUES (?, ?, ?, ?)",
                (name, top, top, now),
            )
    writer_of(cache).execute("PRAGMA optimize")
    cache.close()
    hq.close()
    building.rename(target)
    print(f"built in {time.perf_counter() - t0:.0f} s: {counts}", flush=True)


# --- the terminal around the cache ----------------------------------------------------------


def terminal_home(cache_path: Path) -> tuple[Path, object]:
    """A terminal home whose cache.db is the benchmark cache, and its vault (fixed key)."""
    from clienteling.security.vault import CACHE_KEY, MemoryVault
    from clienteling.settings import SettingsFile, TerminalSettings

    home = Path(tempfile.mkdtemp(prefix="bench_ui_home_"))
    (home / "cache.db").symlink_to(cache_path.resolve())
    terminal = TerminalSettings(OFFLINE_HQ, STORE, STORE, "bench-device", "bench till")
    SettingsFile(home).save_terminal(terminal)
    vault = MemoryVault()
    vault.put(CACHE_KEY, base64.b64encode(KEY).decode())
    return home, vault


def first_associate(cache_path: Path) -> str:
    from clienteling.cache.store import connect

    conn = connect(cache_path, KEY, readonly=True)
    row = conn.execute(
        "SELECT associate_id FROM associates WHERE active AND home_store = ? ORDER BY name",
        (STORE,),
    ).fetchone()
    conn.close()
    return row[0]


# --- what the associate types ------------------------------------------------------------------

_ACCENTED = set("áàâãäçéèêëíìîïñóòôõöúùûüýÿ")


def query_mix(cache_path: Path, keystrokes: int, seed: int = 5) -> list[tuple[str, str]]:
    """(kind, text) to type, drawn from random cached shoppers, until `keystrokes` keys in all.

    Kinds: a surname prefix, "first last" prefixes, a phone's trailing digits,
    an e-mail (its name and the start of the domain), an accented or Cyrillic
    name typed as written.
    """
    from clienteling.cache.store import connect

    rng = random.Random(seed)
    conn = connect(cache_path, KEY, readonly=True)
    top = conn.execute("SELECT max(rid) FROM shoppers").fetchone()[0]
    rids = rng.sample(range(1, top + 1), 4000)
    rows = conn.execute(
        f"SELECT first_name, last_name, primary_phone, primary_email FROM shoppers "
        f"WHERE rid IN ({','.join(map(str, rids))})"
    ).fetchall()
    conn.close()
    rng.shuffle(rows)
    accented = [r for r in rows if any(c in _ACCENTED for c in (r[0] + r[1]).lower())]
    cyrillic = [r for r in rows if any("а" <= c <= "я" for c in (r[0] + r[1]).lower())]
    plain = iter(rows)
    out: list[tuple[str, str]] = []
    total = 0
    kinds = ["surname", "first last", "phone", "email", "accented", "surname", "first last"]
    while total < keystrokes:
        kind = kinds[len(out) % len(kinds)]
        first, last, phone, email = next(plain)
        if kind == "surname":
            text = last[: rng.randint(3, max(3, len(last)))]
        elif kind == "first last":
            text = f"{first} {last[: rng.randint(1, 4)]}"
        elif kind == "phone":
            digits = "".join(c for c in phone or "" if c.isdigit())
            text = digits[-rng.randint(4, 8) :] or last
        elif kind == "email":
            local, _, domain = (email or last).partition("@")
            text = f"{local}@{domain[:3]}" if domain else local
        else:
            source = cyrillic if len(out) % 2 and cyrillic else accented
            f, la = source[len(out) % len(source)][:2]
            text = f"{f} {la[:3]}" if rng.random() < 0.5 else la
        out.append((kind, text))
        total += len(text)
    return out


# --- children: measured in fresh processes ----------------------------------------------------


def _status_kb(field: str) -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1])
    return 0


def _emit(data: dict) -> None:
    print("RESULT " + json.dumps(data), flush=True)


def _first_paint_probe(widget):
    """Records (perf_counter) each time `widget` has been painted, just after the paint."""
    from PySide6.QtCore import QEvent, QObject, QTimer

    class Probe(QObject):
        def __init__(self) -> None:
            super().__init__()
            self.painted: list[float] = []

        def eventFilter(self, _obj, event) -> bool:
            if event.type() == QEvent.Type.Paint:
                # A zero timer runs once this paint (and its flush) has finished.
                QTimer.singleShot(0, lambda: self.painted.append(time.perf_counter()))
            return False

    probe = Probe()
    widget.installEventFilter(probe)
    return probe


def _wait(pred, timeout: float = 60.0) -> bool:
    """Run the event loop until pred() (blocking for events, no busy loop)."""
    from PySide6.QtCore import QCoreApplication, QEventLoop, QTimer

    beat = QTimer()
    beat.start(20)  # wakes the loop to check the predicate and the deadline
    end = time.perf_counter() + timeout
    try:
        while not pred():
            if time.perf_counter() > end:
                return False
            QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)
        return True
    finally:
        beat.stop()


def child_bare() -> None:
    """The limit for cold start and RSS: PySide6, a QApplication and one empty window shown."""
    from PySide6.QtWidgets import QApplication, QWidget

    app = QApplication(sys.argv[:1])
    w = QWidget()
    w.resize(1280, 800)
    probe = _first_paint_probe(w)
    w.show()
    _wait(lambda: probe.painted)
    t = probe.painted[0]
    _wait(lambda: False, 0.5)  # let it settle before reading RSS
    _emit({"t_import": T_IMPORT, "t_shown": t, "rss_kb": _status_kb("VmRSS")})
    del app


class _App:
    """The app as `clienteling.ui.shell.run_app` builds it, on the benchmark terminal."""

    def __init__(self, cache_path: Path) -> None:
        from PySide6.QtWidgets import QApplication

        from clienteling.app import terminal_entry
        from clienteling.ui.i18n import install_translations, pick_language
        from clienteling.ui.shell import Launch
        from clienteling.ui.tasks import TaskRunner
        from clienteling.ui.theme import apply_theme

        self.home, self.vault = terminal_home(cache_path)
        # The PIN verifier the first online sign-in left in the vault (made by the parent:
        # hashing it is not part of starting the app).
        self.employee, verifier = json.loads(os.environ["BENCH_UI_SIGNIN"])
        self.vault.put(f"pin:{self.employee}", verifier)
        self.t_setup = time.perf_counter()
        # From here on, as run_app() does it (run_app itself would block in app.exec()).
        self.app = QApplication.instance() or QApplication(sys.argv[:1])
        self.app.setApplicationName("Clienteling")
        self.app.setOrganizationName("Clienteling")
        self.translators = install_translations(self.app, pick_language(None))
        apply_theme(self.app, None)
        self.runner = TaskRunner()
        open_services, _enroll = terminal_entry(self.home, lambda _home: self.vault)
        self.launch = Launch(self.runner, open_services)
        self.window = self.launch.window
        self.t_launched = time.perf_counter()

    def sign_in(self) -> None:
        win = self.window
        _wait(lambda: win.current == "signin", 120)
        win.signin.choose(self.employee)
        win.signin.pin.setText(PIN)
        win.signin.submit()

    def close(self) -> None:
        win = self.window
        win.sync_timer.stop()
        win.close()
        self.runner.shutdown()
        if self.launch.services is not None:
            self.launch.services.close()


def child_cold(cache_path: Path, query: str) -> None:
    """Fresh process -> window shown -> sign-in screen -> signed in -> first search painted."""
    t = {"t_import": T_IMPORT}
    a = _App(cache_path)
    t["t_setup"] = a.t_setup  # PySide6 + app modules imported, terminal home made
    t["t_launched"] = a.t_launched
    win = a.window
    shown = _first_paint_probe(win.startup.title)
    ready: list[float] = []
    win.ready.connect(lambda: ready.append(time.perf_counter()))
    _wait(lambda: shown.painted, 60)
    t["t_window_painted"] = shown.painted[0]
    signin_paint = _first_paint_probe(win.signin.store)
    _wait(lambda: ready and signin_paint.painted and win.signin.associate_buttons(), 120)
    t["t_signin_ready"] = ready[0]
    t["t_signin_painted"] = signin_paint.painted[0]
    homes: list[float] = []
    win.screen_changed.connect(lambda name: name == "home" and homes.append(time.perf_counter()))
    t["t_sign_in_pressed"] = time.perf_counter()
    a.sign_in()
    _wait(lambda: homes, 60)
    t["t_signed_in"] = homes[0]
    lookup = win.lookup
    rows_paint = _first_paint_probe(lookup.table.viewport())
    shown_at: list[float] = []
    lookup.results_shown.connect(lambda n: shown_at.append(time.perf_counter()))
    t["t_query"] = time.perf_counter()
    lookup.search.setText(query)
    lookup.run_search()  # no debounce: the first query goes at once
    _wait(lambda: shown_at and any(p > shown_at[0] for p in rows_paint.painted), 60)
    t["t_results_shown"] = shown_at[0]
    t["t_results_painted"] = next(p for p in rows_paint.painted if p > shown_at[0])
    t["rows"] = lookup.model.rowCount()
    t["rss_kb"] = _status_kb("VmRSS")
    _emit(t)
    a.close()
    os._exit(0)  # the measurement is done; do not time the teardown


def _send_key(widget, ch: str, stamped: bool) -> None:
    """One key press and release as the window system delivers them.

    ASCII without a timestamp goes through QTest.keyClick; QTest cannot type
    other characters (it sends Latin-1 bytes), and never stamps its events,
    so those are sent as QKeyEvents with the character's text (and a
    timestamp, as a real keyboard's, when `stamped`).
    """
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    if ch.isascii() and not stamped:
        QTest.keyClick(widget, ch)
        return
    key = Qt.Key.Key_Space if ch == " " else Qt.Key(ord(ch.upper()[0]))
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        event = QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, ch)
        if stamped:
            event.setTimestamp(int(time.monotonic() * 1000))
        QApplication.sendEvent(widget, event)


HUMAN_GAP_S = 0.12


def _type_and_measure(a: _App, queries: list[tuple[str, str]], stamped: bool) -> list[dict]:
    """Type each query one key at a time; per key: key -> debounce fire -> rows shown -> painted."""
    lookup = a.window.lookup
    paint = _first_paint_probe(lookup.table.viewport())
    shown: list[tuple[float, str, int]] = []
    fired: list[float] = []
    lookup.results_shown.connect(lambda n: shown.append((time.perf_counter(), lookup.query, n)))
    # Record the debounce firing before the search starts (same slot order as the app).
    lookup.timer.timeout.disconnect(lookup.run_search)
    lookup.timer.timeout.connect(lambda: fired.append(time.perf_counter()))
    lookup.timer.timeout.connect(lookup.run_search)
    out = []
    for kind, text in queries:
        lookup.clear()
        _wait(lambda: False, 0.15)  # a pause between shoppers; the list repaints empty
        typed = ""
        last_key = 0.0
        for ch in text:
            typed += ch
            want = typed.strip()
            n_shown, n_fired = len(shown), len(fired)
            if stamped:  # a fast typist's pace (100 words a minute): a key every 120 ms
                _wait(lambda: False, max(0.0, HUMAN_GAP_S - (time.perf_counter() - last_key)))
            t_key = last_key = time.perf_counter()
            _send_key(lookup.search, ch, stamped)

            def done(n_shown=n_shown, want=want):
                # The list shows (and paints) only once a search answered: home shows the
                # associate's day before.
                answered = [t for t, q, _n in shown[n_shown:] if q == want]
                return bool(answered and paint.painted) and paint.painted[-1] > answered[0]

            ok = _wait(done, 10)
            t_shown, _q, rows = next(
                ((t, q, n) for t, q, n in shown[n_shown:] if q == want), (None, None, 0)
            )
            t_paint = next((p for p in paint.painted if t_shown and p > t_shown), None)
            t_fire = fired[-1] if len(fired) > n_fired else None
            out.append(
                {
                    "kind": kind,
                    "text": typed,
                    "ok": ok and lookup.search.text() == typed,
                    "rows": rows,
                    "key_to_paint": (t_paint - t_key) * 1000 if t_paint else None,
                    "fire_to_paint": (t_paint - t_fire) * 1000 if t_paint and t_fire else None,
                    "key_to_fire": (t_fire - t_key) * 1000 if t_fire else None,
                    "fire_to_shown": (t_shown - t_fire) * 1000 if t_shown and t_fire else None,
                }
            )
    return out


def _raw_and_service(a: _App, cache_path: Path, texts: list[str]) -> tuple[list, list]:
    """Per typed text: the raw FTS query alone (own reader) and the Lookup.search service call."""
    from clienteling.cache.search import match_expression
    from clienteling.cache.shoppers import RANK_CAP
    from clienteling.cache.store import connect

    conn = connect(cache_path, KEY, readonly=True)
    raw = []
    for text in texts:
        expr = match_expression(text)
        t0 = time.perf_counter()
        if expr is not None:
            conn.execute(
                "SELECT rowid FROM shopper_search WHERE shopper_search MATCH ? LIMIT ?",
                (expr, RANK_CAP + 1),
            ).fetchall()
        raw.append((time.perf_counter() - t0) * 1000)
    conn.close()
    lookup = a.launch.services.lookup
    service = []
    for text in texts:
        t0 = time.perf_counter()
        lookup.search(text, 50)
        service.append((time.perf_counter() - t0) * 1000)
    return raw, service


def child_keys(cache_path: Path, queries_file: Path, stamped_keys: int, profile: str) -> None:
    queries = [tuple(q) for q in json.loads(queries_file.read_text())]
    a = _App(cache_path)
    a.sign_in()
    _wait(lambda: a.window.current == "home", 60)
    _wait(lambda: False, 1.0)  # let the start-up tasks (status, sync attempt) settle
    prof = None
    if profile:
        import cProfile

        prof = cProfile.Profile()
        prof.enable()
    load = os.getloadavg()
    keys = _type_and_measure(a, queries, stamped=False)
    if prof is not None:
        prof.disable()
        prof.dump_stats(profile)
    # The same keys as a real keyboard delivers them (timestamped: the scan filter sees them).
    few, n = [], 0
    for q in queries:
        if n >= stamped_keys:
            break
        few.append(q)
        n += len(q[1])
    stamped = _type_and_measure(a, few, stamped=True) if few else []
    raw, service = _raw_and_service(a, cache_path, [k["text"].strip() for k in keys])
    _emit(
        {
            "keys": keys,
            "stamped": stamped,
            "raw": raw,
            "service": service,
            "load": [load, os.getloadavg()],
        }
    )
    a.close()
    os._exit(0)


def child_session(cache_path: Path, queries_file: Path, actions: int) -> None:
    """~`actions` associate actions as fast as the app answers; RSS after each."""
    queries = [tuple(q) for q in json.loads(queries_file.read_text())]
    rss = [("start", _status_kb("VmRSS"))]
    a = _App(cache_path)
    a.sign_in()
    win = a.window
    _wait(lambda: win.current == "home", 60)
    rss.append(("signed in", _status_kb("VmRSS")))
    lookup, profile, stock, orders = win.lookup, win.profile, win.stock, win.orders
    events: dict[str, list] = {"shown": [], "profile": [], "stock": [], "orders": []}
    lookup.results_shown.connect(lambda n: events["shown"].append(n))
    profile.loaded.connect(lambda s: events["profile"].append(s))
    stock.shown.connect(lambda s: events["stock"].append(s))
    orders.loaded.connect(lambda n: events["orders"].append(n))
    done = 0
    counts: dict[str, int] = {}
    t0 = time.perf_counter()
    samples = []

    def act(name: str, fn, until=None, timeout: float = 30.0) -> None:
        nonlocal done
        fn()
        if until is not None and not _wait(until, timeout):
            counts[name + " (timed out)"] = counts.get(name + " (timed out)", 0) + 1
        done += 1
        counts[name] = counts.get(name, 0) + 1
        samples.append((name, _status_kb("VmRSS")))

    i = 0
    while done < actions:
        _kind, text = queries[i % len(queries)]
        i += 1
        win._find()  # Ctrl+F: home, search focused
        n = len(events["shown"])
        act(
            "search",
            lambda text=text: (lookup.search.setText(text), lookup.run_search()),
            lambda n=n: len(events["shown"]) > n and not lookup.pending,
        )
        if not lookup.model.rowCount():
            continue
        n = len(events["profile"])
        act("open profile", lookup.open_best, lambda n=n: len(events["profile"]) > n)
        if win.current != "profile":
            continue
        for tab in (1, 2, 0):
            act(
                "switch tab",
                lambda tab=tab: profile.tabs.setCurrentIndex(tab),
                lambda: _wait(lambda: False, 0.01) or True,
            )
        bought = [ln.sku for p in profile.profile.purchases for ln in p.lines]
        n = len(events["stock"])
        if bought:
            act(
                "open product/stock",
                lambda sku=bought[0]: profile.product_requested.emit(sku),
                lambda n=n: len(events["stock"]) > n,
            )
        else:
            act("open product/stock", profile.stock_requested.emit)
        act("back", win.go_back)
        n = len(events["orders"])
        act("orders screen", profile.orders_requested.emit, lambda n=n: len(events["orders"]) > n)
        act("back", win.go_back)
    elapsed = time.perf_counter() - t0
    _wait(lambda: False, 1.0)
    rss.append(("end", _status_kb("VmRSS")))
    _emit(
        {
            "rss": rss,
            "samples": samples,
            "peak_kb": _status_kb("VmHWM"),
            "counts": counts,
            "elapsed": elapsed,
        }
    )
    a.close()
    os._exit(0)


# --- the parent: runs the children, compares with the limits ------------------------------------


CHILD_ENV: dict[str, str] = {}


def _run_child(args: list[str]) -> tuple[float, dict]:
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    env.update(CHILD_ENV)
    t_spawn = time.perf_counter()
    proc = subprocess.run(
        [sys.executable, __file__, *args], capture_output=True, text=True, env=env, timeout=3600
    )
    for line in proc.stdout.splitlines():
        if line.startswith("RESULT "):
            return t_spawn, json.loads(line[7:])
    raise RuntimeError(f"child {args} failed ({proc.returncode}):\n{proc.stdout}\n{proc.stderr}")


def load() -> str:
    return "load average " + " / ".join(f"{x:.2f}" for x in os.getloadavg())


def bench_cold(cache: Path, query: str, runs: int) -> None:
    print(f"\n== cold start ({runs} runs each; {load()})", flush=True)
    bare, app = [], []
    for _ in range(runs):
        t_spawn, b = _run_child(["--child", "bare"])
        bare.append({"interp": b["t_import"] - t_spawn, "shown": b["t_shown"] - t_spawn})
        t_spawn, r = _run_child(["--child", "cold", "--cache", str(cache), "--query", query])
        app.append({k: r[k] - t_spawn for k in r if k.startswith("t_")} | {"rows": r["rows"]})
    med = lambda rows, k: statistics.median(r[k] for r in rows)  # noqa: E731
    lim = med(bare, "shown")
    print(
        f"  bare PySide6 window painted: median {lim * 1000:.0f} ms "
        f"(interpreter start {med(bare, 'interp') * 1000:.0f} ms)"
    )
    for k, label in [
        ("t_import", "interpreter started"),
        ("t_setup", "PySide6 + app imported, terminal home made"),
        ("t_launched", "QApplication, theme, window built (Launch)"),
        ("t_window_painted", "window painted (start-up screen)"),
        ("t_signin_ready", "cache open, sign-in screen up (ready)"),
        ("t_signin_painted", "sign-in screen painted with associates"),
        ("t_sign_in_pressed", "sign-in submitted (by the script, at once)"),
        ("t_signed_in", "signed in offline, home shown"),
        ("t_query", "first query set (no debounce)"),
        ("t_results_shown", "rows in the model"),
        ("t_results_painted", "rows painted"),
    ]:
        v = med(app, k)
        print(f"  {label:<45} median {v * 1000:7.0f} ms   ratio to bare window {v / lim:5.2f}")
    sign_in = med(app, "t_signed_in") - med(app, "t_sign_in_pressed")
    print(
        f"  -> to first rows painted, sign-in excluded: "
        f"{(med(app, 't_results_painted') - sign_in) * 1000:.0f} ms; "
        f"offline sign-in itself {sign_in * 1000:.0f} ms; rows {app[0]['rows']}"
    )
    print(f"  ({load()})", flush=True)


def _summary(label: str, values: list[float], limit: float | None = None) -> str:
    v = [x for x in values if x is not None]
    s = f"  {label:<38} p50 {pct(v, 0.5):7.1f} ms  p95 {pct(v, 0.95):7.1f} ms  max {max(v):7.1f} ms"
    if limit:
        s += f"  (p95 ratio to raw FTS p95: {pct(v, 0.95) / limit:6.1f})"
    return s + f"  n={len(v)}"


def bench_keys(cache: Path, queries_file: Path, stamped: int, profile: str) -> None:
    print(f"\n== keystroke to rendered results ({load()})", flush=True)
    args = [
        "--child",
        "keys",
        "--cache",
        str(cache),
        "--queries",
        str(queries_file),
        "--stamped-keys",
        str(stamped),
    ]
    if profile:
        args += ["--profile", profile]
    _t, r = _run_child(args)
    keys, raw = r["keys"], r["raw"]
    bad = [k for k in keys if not k["ok"]]
    raw95 = pct(raw, 0.95)
    print(
        f"  {len(keys)} keystrokes over {len({k['text'] for k in keys})} texts; "
        f"{len(bad)} not rendered in 10 s; load during: {r['load']}"
    )
    print(_summary("raw FTS query alone (limit)", raw))
    print(_summary("Lookup.search service call", r["service"], raw95))
    print(_summary("debounce fire -> rows painted", [k["fire_to_paint"] for k in keys], raw95))
    print(_summary("debounce fire -> rows in model", [k["fire_to_shown"] for k in keys], raw95))
    print(_summary("keystroke -> debounce fire", [k["key_to_fire"] for k in keys]))
    print(_summary("keystroke -> rows painted", [k["key_to_paint"] for k in keys], raw95))
    for kind in sorted({k["kind"] for k in keys}):
        mine = [k["fire_to_paint"] for k in keys if k["kind"] == kind]
        print(_summary(f"  fire -> painted, {kind}", mine))
    slow = sorted((k for k in keys if k["fire_to_paint"]), key=lambda k: -k["fire_to_paint"])[:8]
    print(
        "  slowest (fire -> painted): "
        + ", ".join(f"{k['text']!r} {k['fire_to_paint']:.0f} ms ({k['rows']} rows)" for k in slow)
    )
    if r["stamped"]:
        st = r["stamped"]
        print(
            f"  timestamped keys as a real keyboard sends them ({len(st)} keys; "
            "the scan filter sees them):"
        )
        print(_summary("keystroke -> debounce fire", [k["key_to_fire"] for k in st]))
        print(_summary("keystroke -> rows painted", [k["key_to_paint"] for k in st], raw95))
    print(f"  ({load()})", flush=True)


def bench_session(cache: Path, queries_file: Path, actions: int) -> None:
    print(f"\n== RSS over an hour-like session ({actions} actions; {load()})", flush=True)
    _t, b = _run_child(["--child", "bare"])
    _t, r = _run_child(
        [
            "--child",
            "session",
            "--cache",
            str(cache),
            "--queries",
            str(queries_file),
            "--actions",
            str(actions),
        ]
    )
    lim = b["rss_kb"] / 1024
    print(f"  empty QApplication + one window (limit): {lim:.0f} MB")
    for name, kb in r["rss"]:
        print(f"  RSS {name:<10} {kb / 1024:6.0f} MB   ratio {kb / 1024 / lim:5.2f}")
    print(
        f"  RSS peak (VmHWM) {r['peak_kb'] / 1024:6.0f} MB   ratio {r['peak_kb'] / 1024 / lim:5.2f}"
    )
    s = [kb for _name, kb in r["samples"]]
    print(
        "  RSS after action 1 / 100 / 200 / last: "
        + " / ".join(
            f"{s[i] / 1024:.0f}" for i in (0, min(99, len(s) - 1), min(199, len(s) - 1), -1)
        )
        + " MB"
    )
    grew: dict[str, float] = {}
    before = r["rss"][1][1]
    for name, kb in r["samples"]:
        grew[name] = grew.get(name, 0.0) + (kb - before) / 1024
        before = kb
    print("  RSS growth by action: " + ", ".join(f"{k} {v:+.0f} MB" for k, v in grew.items()))
    print(
        f"  {sum(v for k, v in r['counts'].items() if 'timed' not in k)} actions in "
        f"{r['elapsed']:.0f} s: {r['counts']}"
    )
    print(f"  ({load()})", flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--hq-db", type=Path, default=Path("/tmp/hq1m-pristine.db"))  # noqa: S108
    parser.add_argument("--cache", type=Path, default=Path("/tmp/bench_ui_cache.db"))  # noqa: S108
    parser.add_argument("--build-only", action="store_true")
    parser.add_argument("--runs", type=int, default=5, help="cold starts of each kind")
    parser.add_argument("--keys", type=int, default=520, help="keystrokes to time (at least)")
    parser.add_argument("--stamped-keys", type=int, default=150)
    parser.add_argument("--actions", type=int, default=300)
    parser.add_argument("--only", choices=["cold", "keys", "session"], action="append")
    parser.add_argument("--profile", default="", help="cProfile the keystroke run into this file")
    parser.add_argument(
        "--child", choices=["bare", "cold", "keys", "session"], help=argparse.SUPPRESS
    )
    parser.add_argument("--query", help=argparse.SUPPRESS)
    parser.add_argument("--queries", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child == "bare":
        return child_bare()
    if args.child == "cold":
        return child_cold(args.cache, args.query)
    if args.child == "keys":
        return child_keys(args.cache, args.queries, args.stamped_keys, args.profile)
    if args.child == "session":
        return child_session(args.cache, args.queries, args.actions)

    if not args.cache.exists():
        build_cache(args.hq_db, args.cache, STORE)
    if args.build_only:
        return
    from clienteling.cache.store import connect

    conn = connect(args.cache, KEY, readonly=True)
    n = conn.execute("SELECT count(*) FROM shoppers").fetchone()[0]
    conn.close()
    print(
        f"cache {args.cache}: {n:,} shoppers, {args.cache.stat().st_size / 2**30:.2f} GiB; "
        f"{os.cpu_count()} cores; {load()}"
    )
    from clienteling.domain.pins import hash_pin

    CHILD_ENV["BENCH_UI_SIGNIN"] = json.dumps([first_associate(args.cache), hash_pin(PIN)])
    queries = query_mix(args.cache, args.keys)
    queries_file = Path(tempfile.mkstemp(prefix="bench_ui_queries_", suffix=".json")[1])
    queries_file.write_text(json.dumps(queries, ensure_ascii=False))
    only = set(args.only or ["cold", "keys", "session"])
    if "cold" in only:
        bench_cold(args.cache, queries[1][1], args.runs)
    if "keys" in only:
        bench_keys(args.cache, queries_file, args.stamped_keys, args.profile)
    if "session" in only:
        bench_session(args.cache, queries_file, args.actions)


if __name__ == "__main__":
    main()
