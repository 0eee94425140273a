"""Failures in the associate's language: HQ's error codes, our services' refusals, and the
last resort, said in the UI's language; English words stay for the command line."""

from __future__ import annotations

import ast
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QSize
from PySide6.QtWidgets import QApplication

from clienteling.domain.said import Said, said_by
from clienteling.protocol.errors import ErrorCode
from clienteling.ui import error_words, formats, i18n
from clienteling.ui.tasks import plain_message
from tests.ui.conftest import ASSOCIATE
from tests.ui.test_screens import sign_in

ROOT = Path(__file__).resolve().parents[2]
LANGS = ("pt_BR", "es", "ru")

# Details as HQ gives them, for the codes whose sentence uses them.
DETAILS = {
    ErrorCode.INVALID_REQUEST: [{"field": "address.city", "reason": "too long"}],
    ErrorCode.LOCKED_OUT: {"locked_until": "2026-12-07T18:45:00+00:00"},
    ErrorCode.OUT_OF_STOCK: [{"sku": "ST1-BLK-M", "quantity": 1, "alternatives": []}],
    ErrorCode.UPGRADE_REQUIRED: {"wanted_app_version": "9.1"},
    ErrorCode.SHOPPER_UNKNOWN: {"shopper_id": "sh1"},
    ErrorCode.FEATURE_OFF: {"setting": "feedback_capture", "store_id": "BR-SP-01"},
}


def speaking(language: str | None):
    """Install `language` (None: English, no translator); returns what to remove."""
    app = QApplication.instance()
    installed = i18n.install_translations(app, language) if language else []
    formats.use_language(language or "en")
    return installed


def quiet(installed) -> None:
    app = QApplication.instance()
    for t in installed:
        app.removeTranslator(t)
    formats.use_language("en")


@pytest.fixture
def language(request, qapp):
    installed = speaking(request.param)
    yield request.param
    quiet(installed)


def every_hq_case() -> list[tuple[str, object]]:
    cases = [(code.value, None) for code in ErrorCode]
    return cases + [(code.value, details) for code, details in DETAILS.items()]


def sentences(cases) -> list[str | None]:
    return [error_words.hq_words(code, details) for code, details in cases]


def test_every_hq_error_code_has_a_sentence_in_every_language(qapp):
    cases = every_hq_case()
    english = sentences(cases)
    missing = [code for (code, _), said in zip(cases, english, strict=True) if not said]
    assert missing == []  # a code HQ gives that the terminal cannot say
    for lang in LANGS:
        installed = speaking(lang)
        try:
            said = sentences(cases)
        finally:
            quiet(installed)
        untranslated = [
            code
            for (code, _), there, here in zip(cases, said, english, strict=True)
            if not there or there == here
        ]
        assert untranslated == [], f"{lang}: {untranslated}"


def test_details_reach_the_sentence(qapp):
    installed = speaking("pt_BR")
    try:
        until = datetime(2026, 12, 7, 18, 45, tzinfo=UTC)
        locked = error_words.hq_words("locked_out", {"locked_until": until.isoformat()})
        # the time in the terminal's own time zone, as the screens show times
        assert formats.clock_time(until.isoformat()) in locked
        assert "UTC" not in locked
        short = error_words.hq_words("out_of_stock", [{"sku": "ST1-BLK-M"}, {"sku": "ST1-NVY-L"}])
        assert "estoque" in short and "ST1" not in short  # items are not named by their codes
        refused = error_words.hq_words(
            "invalid_request",
            [
                {"field": "address.city", "reason": "x"},
                {"field": "address.postcode", "reason": "y"},
            ],
        )
        assert "Cidade, CEP" in refused  # the fields in Portuguese, never HQ's names
        upgrade = error_words.hq_words("upgrade_required", {"wanted_app_version": "9.1"})
        assert "Clienteling 9.1" in upgrade
        # A session HQ ended says why, when HQ's answer says (an older HQ: one sentence).
        ended = {
            why: error_words.hq_words("session_revoked", {"ended": why} if why else None)
            for why in ("pin_changed", "disabled", "device_revoked", None)
        }
        assert "PIN" in ended["pin_changed"] and "gerente" in ended["disabled"]
        assert ended["device_revoked"] == error_words.hq_words("device_revoked")
        assert len(set(ended.values())) == 4
    finally:
        quiet(installed)


def test_a_code_this_terminal_does_not_know_shows_hqs_own_words(qapp):
    from clienteling.api.errors import HQAnswered

    installed = speaking("ru")
    try:
        newer = HQAnswered(409, "something_newer", "HQ's words for a newer refusal", None)
        assert plain_message(newer) == "HQ's words for a newer refusal"
        known = HQAnswered(403, "forbidden", "manager role needed for /devices", None)
        assert plain_message(known) == error_words.hq_words("forbidden")
        assert "manager role" not in plain_message(known)
    finally:
        quiet(installed)


def test_a_service_refusal_reaching_plain_message_is_translated(qapp, tmp_path):
    from clienteling.security.pins import OfflineLocked
    from clienteling.services.activity_view import CUSTOM, period_days
    from clienteling.services.sessions import Sessions

    day = datetime(2026, 12, 7).date()
    refusals = []
    for call in (
        lambda: Sessions.sign_in(None, " ", "1234"),  # checked before anything is used
        lambda: period_days(CUSTOM, day, day, day - timedelta(days=1)),
    ):
        with pytest.raises((PermissionError, ValueError)) as caught:
            call()
        refusals.append(caught.value)
    refusals.append(OfflineLocked(30))
    english = [plain_message(exc) for exc in refusals]
    assert english == [str(exc) for exc in refusals[:2]] + [
        "too many wrong PINs while HQ cannot be reached: try again in 30 s"
    ]  # the English UI and the command line say the same
    installed = speaking("pt_BR")
    try:
        said = [plain_message(exc) for exc in refusals]
    finally:
        quiet(installed)
    assert said == [
        "digite a matrícula e o PIN",
        "o último dia é anterior ao primeiro: escolha de novo",
        "PIN errado vezes demais sem conexão com a central: tente de novo em 30 s",
    ]
    assert str(refusals[0]) == "type the employee id and the PIN"  # the command line's


def test_a_role_refusal_and_the_last_resort_are_translated(qapp):
    from clienteling.domain.roles import Action, require

    with pytest.raises(PermissionError) as caught:
        require("associate", Action.ERASE_SHOPPER)
    assert str(caught.value) == "only a manager can erase a shopper"
    installed = speaking("es")
    try:
        assert plain_message(caught.value) == "Solo el encargado puede borrar un cliente"
        assert plain_message(KeyError("x")) == "Algo salió mal (KeyError); inténtalo de nuevo"
    finally:
        quiet(installed)


def _codes_raised() -> set[tuple[str, tuple[str, ...]]]:
    """Every code our terminal code gives a Said, with the values it names."""
    found = set()
    for path in (ROOT / "clienteling").rglob("*.py"):
        if {"hq", "ui"} & set(path.relative_to(ROOT / "clienteling").parts[:1]):
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not (isinstance(node, ast.Call) and getattr(node.func, "id", "") == "Said"):
                continue
            if len(node.args) < 2:
                continue
            code = node.args[1]
            options = [code.body, code.orelse] if isinstance(code, ast.IfExp) else [code]
            names = tuple(k.arg for k in node.keywords if k.arg)
            for option in options:
                if isinstance(option, ast.Constant):
                    found.add((option.value, names))
                elif isinstance(option, ast.Name) and option.id == "CONTROL_CHARACTER":
                    found.add(("control_character", names))
    return found


def test_every_code_our_services_give_is_worded(qapp):
    raised = _codes_raised()
    assert len(raised) > 30
    values = {"field": "text", "action": "erase_shopper", "why": "managers_only"}
    unworded = [
        code
        for code, names in sorted(raised)
        if code != "role"
        and not error_words.said_words(Said("x", code, **{n: values.get(n, "1") for n in names}))
    ]
    assert unworded == []


@pytest.fixture
def portuguese(qapp):
    installed = speaking("pt_BR")
    yield
    quiet(installed)


@pytest.fixture
def pt_window(portuguese, window):
    return window


def test_a_wrong_pin_is_said_in_portuguese(qtbot, pt_window):
    """Against the real HQ: its answer (wrong_credentials) in the associate's language."""
    win = pt_window
    sign_in(qtbot, win, pin="1111", employee_id=ASSOCIATE)
    qtbot.waitUntil(lambda: win.signin.error.isVisible(), timeout=5000)
    text = win.signin.error.text()
    assert text == (
        "Não entrou: a matrícula ou o PIN está errado (cada vendedor entra nos terminais "
        "da própria loja)"
    )
    assert "wrong" not in text and "employee" not in text


@pytest.fixture
def russian(qapp):
    from clienteling.ui.theme import apply_theme

    app = QApplication.instance()
    sheet, font, palette = app.styleSheet(), app.font(), app.palette()
    apply_theme(app, "light")
    installed = speaking("ru")
    yield
    quiet(installed)
    app.setStyleSheet(sheet)
    app.setFont(font)
    app.setPalette(palette)


def test_the_longest_russian_refusal_fits_the_sign_in_screen(qtbot, russian, window, tmp_path):
    """The longest of our refusals, in Russian, wraps in the sign-in's label at 1024x768
    (the page scrolls; nothing is cut off or widens the window)."""
    from clienteling.ui.layout_check import problems, settle

    win = window
    longest = max(
        (error_words.said_words(Said("", code)) or "" for code in error_words._OURS),
        key=len,
    )
    assert len(longest) > 150
    win.resize(1024, 768)
    win.signin._failed(longest)
    settle(QApplication.instance())
    win.grab().save(str(tmp_path / "signin-ru.png"))
    assert win.signin.error.isVisible() and win.signin.error.wordWrap()
    assert problems(win, QSize(1024, 768), "ru") == []


def test_why_hq_refused_a_write_is_said_by_its_code(qapp):
    """A refused write's reason (services: Writes.refusal) keeps HQ's code: a screen words
    it; a reason without one (kept from before, or the terminal's own) shows as it is."""
    from clienteling.domain.said import by_hq

    erased = by_hq("this shopper's data was erased at HQ; ...", "shopper_erased")
    installed = speaking("ru")
    try:
        assert error_words.reason_words(erased).startswith("данные этого покупателя удалены")
        assert error_words.reason_words("HQ failed on this write 3 times") == (
            "HQ failed on this write 3 times"
        )
        assert error_words.reason_words(None) == ""
    finally:
        quiet(installed)


def start_up_errors(tmp_path) -> list[BaseException]:
    """What stops the app at start, raised by the real code: no terminal in the folder,
    damaged settings, an HQ address a terminal may not use, no secure keyring, a locked
    keyring, a keyring that refuses a secret, training's folder for production, training
    given another HQ."""
    import json

    import keyring.backends.fail
    from keyring.errors import KeyringError

    from clienteling import paths
    from clienteling.api.client import HQClient
    from clienteling.app import WrongModeHome, check_home
    from clienteling.domain.hq_address import TrainingAddressRefused
    from clienteling.security.vault import KeyringVault, VaultUnavailable, open_vault
    from clienteling.settings import NotEnrolled, SettingsFile

    class Locked(keyring.backends.fail.Keyring):
        def get_password(self, service, username):
            raise KeyringError("the collection is locked")

        def set_password(self, service, username, password):
            raise KeyringError("the collection is locked")

    def settings(name: str, terminal) -> SettingsFile:
        home = tmp_path / name
        home.mkdir()
        (home / "settings.json").write_text(json.dumps({"terminal": terminal}), encoding="utf-8")
        return SettingsFile(home)

    plain_http = {
        "hq_url": "http://hq.example.com",
        "store_id": "BR-SP-01",
        "store_name": "São Paulo",
        "device_id": "d1",
        "terminal_name": "till 7",
    }
    calls = [
        lambda: SettingsFile(tmp_path / "new").terminal(),
        lambda: settings("damaged", {"hq_url": "https://hq.example.com"}).terminal(),
        lambda: settings("plain", plain_http).terminal(),
        lambda: open_vault("clienteling-test", backend=keyring.backends.fail.Keyring()),
        lambda: KeyringVault(Locked(), "clienteling-test").get("cache-key"),
        lambda: KeyringVault(Locked(), "clienteling-test").put("cache-key", "k"),
        lambda: check_home(paths.training_dir(), training=False),
        lambda: HQClient("https://hq.example.com", None, training=True),
    ]
    kinds = (NotEnrolled, VaultUnavailable, WrongModeHome, TrainingAddressRefused)
    raised = []
    for call in calls:
        with pytest.raises(kinds) as caught:
            call()
        raised.append(caught.value)
    return raised


def test_start_up_errors_are_said_in_the_associates_language(qapp, tmp_path):
    """Each has a code the screens word in every language; the command line keeps its
    English words (the path, the command to run, the keyring's own reason)."""
    raised = start_up_errors(tmp_path)
    english = [str(exc) for exc in raised]
    assert english[0].startswith("this terminal is not enrolled (no settings in ")
    assert english[0].endswith("run `clienteling enroll --hq URL --code CODE`")
    assert "the collection is locked" in english[4]
    codes = [said_by(exc).code for exc in raised]
    assert codes == [
        "not_enrolled",
        "settings_damaged",
        "settings_hq_address",
        "keyring_missing",
        "keyring_locked",
        "keyring_refused",
        "cache_training",
        "training_address",
    ]
    in_english = [plain_message(exc) for exc in raised]
    assert (
        in_english[0] == "this terminal is not enrolled; enroll it with an enrollment code from HQ"
    )
    for lang in LANGS:
        installed = speaking(lang)
        try:
            said = [plain_message(exc) for exc in raised]
        finally:
            quiet(installed)
        same = [
            code for code, there, here in zip(codes, said, in_english, strict=True) if there == here
        ]
        assert same == [], f"{lang}: {same}"
        assert "https://hq.example.com" in said[-1]  # the address it refused, as given
    assert [str(exc) for exc in raised] == english  # saying them changed nothing


def test_the_start_screen_says_in_portuguese_that_the_terminal_is_not_enrolled(
    qtbot, portuguese, runner, tmp_path
):
    from clienteling.app import open_terminal
    from clienteling.security.vault import MemoryVault
    from clienteling.ui.shell import Launch

    launch = Launch(runner, lambda progress: open_terminal(tmp_path / "new", MemoryVault()))
    win = launch.window
    qtbot.addWidget(win)
    qtbot.waitUntil(lambda: win.startup.error.isVisibleTo(win), timeout=5000)
    assert win.startup.error.text() == (
        "este terminal não está cadastrado; cadastre-o com um código de cadastro da central"
    )
    assert win.startup.title.text() != "The terminal could not start"
    win.close()


def queued_order(conn, order_id: str) -> int:
    from clienteling.cache import outbox

    body = {
        "order_id": order_id,
        "shopper_id": "sh1",
        "fulfilment": "pickup",
        "pickup_store": "BR-SP-01",
        "lines": [{"sku": "ST1-BLK-S", "quantity": 1}],
    }
    outbox.enqueue(
        conn, id=order_id, kind="order", shopper_id=None, method="POST", path="/orders", body=body
    )
    return conn.execute("SELECT n FROM outbox WHERE id = ?", (order_id,)).fetchone()[0]


def test_a_queued_writes_last_try_and_refusal_are_said_in_portuguese(qtbot, pt_window):
    """The outbox keeps a failure's code beside its words (cache schema v10): the orders
    screen says the last try of a queued order, and why one was set aside, in Portuguese;
    an entry that failed before codes were kept shows its words as they are."""
    import uuid

    from clienteling.cache import outbox
    from clienteling.domain.said import Said
    from tests.cache_access import writer_of

    win = pt_window
    sign_in(qtbot, win)
    qtbot.waitUntil(lambda: win.current == "home", timeout=5000)
    later = datetime.now(UTC) + timedelta(hours=1)
    ids = [str(uuid.uuid4()) for _ in range(3)]
    conn = writer_of(win.services.syncing.cache)
    unreachable = Said("HQ cannot be reached (ConnectError)", "unreachable")
    outbox.retry_later(conn, queued_order(conn, ids[0]), unreachable, later, unreachable=True)
    failed = Said(
        "HQ failed on this write 5 times, so it was set aside", "failed_too_often", tries=5
    )
    outbox.park(conn, queued_order(conn, ids[1]), 500, failed, {"error": {"message": "boom"}})
    old = queued_order(conn, ids[2])
    outbox.retry_later(conn, old, Said("HQ cannot be reached (old words)", "unreachable"), later)
    conn.execute(
        "UPDATE outbox SET last_error_code = NULL, last_error_values = NULL WHERE n = ?", (old,)
    )

    win.open_orders(None)
    qtbot.waitUntil(lambda: len(win.orders.row_texts()) == 3, timeout=5000)
    details = {}
    for order_id in ids:
        assert win.orders.select(order_id)
        details[order_id] = win.orders.detail.text()
    assert "Última tentativa: sem conexão com a central; trabalhando off-line." in details[ids[0]]
    assert "5" in details[ids[1]] and "HQ failed" not in details[ids[1]]
    assert error_words.said_words(failed) in details[ids[1]]
    assert "HQ cannot be reached (old words)" in details[ids[2]]  # kept from before: as it is
    record = outbox.record(conn, ids[0])
    assert record.last_error == unreachable and record.last_error.code == "unreachable"


def test_hqs_field_refusals_are_said_by_their_error_type_in_portuguese(qtbot, pt_window):
    """Against the real HQ: a 422 names each refused field in Portuguese with what is wrong
    with it, worded by pydantic's error type and the limit HQ sends with it, never in the
    model's English; a type the terminal does not know gets a plain sentence."""
    import uuid

    from clienteling.api.errors import HQAnswered
    from clienteling.ui.field_reasons import field_reason

    win = pt_window
    sign_in(qtbot, win)
    qtbot.waitUntil(lambda: win.current == "home", timeout=5000)
    body = {
        "order_id": str(uuid.uuid4()),
        "shopper_id": "sh1",
        "fulfilment": "ship",
        "lines": [{"sku": "ST1-BLK-S", "quantity": 0}],
        "address": {"line1": "Rua A, 1", "city": "C" * 121, "country": "BR"},
    }
    with pytest.raises(HQAnswered) as caught:
        win.services.sessions.client().send_json("POST", "/orders", body)
    details = said_by(caught.value).values["details"]
    by_field = {d["field"]: d for d in details}
    assert by_field["address.city"]["type"] == "string_too_long"
    assert by_field["address.city"]["max_length"] == 120
    assert by_field["address.postcode"]["type"] == "missing"
    assert by_field["lines.0.quantity"]["type"] == "greater_than_equal"
    said = plain_message(caught.value)
    assert "Cidade: no máximo 120 caracteres" in said
    assert "CEP: preencha" in said
    assert "Itens: no mínimo 1" in said
    assert "should" not in said and "Field required" not in said  # no pydantic English
    assert field_reason({"type": "some_newer_type"}) == "este valor não é aceito"
    assert field_reason({"type": "value_error", "reason": "English"}) == "este valor não é aceito"


def test_a_cache_the_terminal_cannot_use_is_said_by_its_cause(qapp, tmp_path):
    """The real start-up path (`open_terminal`) with a cache file it cannot open, and the
    cache's other refusals: each said by its cause in Portuguese, never as a crash or as
    damage."""

    import sqlcipher3

    from clienteling import paths
    from clienteling.app import open_terminal
    from clienteling.cache.store import CacheError, translate
    from tests.integration.test_cache_kept_aside import enrolled

    home = tmp_path / "cache-is-a-folder"
    vault = enrolled(home)
    (home / paths.CACHE_FILE).mkdir()  # the cache file's place holds a folder
    with pytest.raises(CacheError) as cache_refused:
        open_terminal(home, vault)
    raised = {
        "cache_unwritable": cache_refused.value,
        "cache_io": translate(sqlcipher3.OperationalError("disk I/O error")),
        "cache_busy": translate(sqlcipher3.OperationalError("database is locked")),
        "cache_failed": translate(sqlcipher3.OperationalError("something new")),
        "cache_damaged": translate(sqlcipher3.DatabaseError("database disk image is malformed")),
    }
    assert {code: said_by(exc).code for code, exc in raised.items()} == {c: c for c in raised}
    installed = speaking("pt_BR")
    try:
        said = {code: plain_message(exc) for code, exc in raised.items()}
        worded = {code: error_words.said_words(said_by(exc)) for code, exc in raised.items()}
        english = {code: error_words._OURS[code] for code in raised}
    finally:
        quiet(installed)
    assert said == worded
    for code, text in said.items():
        assert text != english[code], code  # translated
        assert "Algo deu errado" not in text and "database" not in text, (code, text)
    assert len(set(said.values())) == len(said)
