"""Training and production never meet: their own folders, keyring entries and caches, and a
training terminal talks to its HQ on 127.0.0.1 only, whatever its settings say.

A real HQ on loopback (SQLite), real encrypted caches, and the real Secret Service
(gnome-keyring on a private D-Bus) for the keyring entries.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime

import keyring
import pytest

from clienteling import paths
from clienteling.api.client import HQClient
from clienteling.app import (
    TrainingTerminal,
    WrongModeHome,
    home_dir,
    keyring_service,
    open_terminal,
    vault_for,
)
from clienteling.cache.store import WrongModeCache
from clienteling.domain.hq_address import TrainingAddressRefused
from clienteling.hq import auth, migrate
from clienteling.hq.db import Database
from clienteling.security.vault import CACHE_KEY, MemoryVault
from clienteling.services.enrollment import DEVICE_CREDENTIAL, enroll
from clienteling.settings import SettingsFile
from tests.hq_live import World, small_chain

STORE = "BR-SP-01"


@pytest.fixture
def hq(tmp_path):
    db = Database(f"sqlite:///{tmp_path / 'hq.db'}")
    migrate.upgrade(db)
    small_chain(db)
    world = World(db)
    world.start_hq()
    yield world
    world.stop_hq()
    db.dispose()


def _enroll(hq: World, home, vault, *, training: bool):
    code = auth.create_enrollment_code(hq.db, STORE, 1, datetime.now(UTC))
    enroll(SettingsFile(home, training=training), vault, hq.url, code, "till")
    return open_terminal(home, vault, training=training)


def test_training_has_its_own_folder_and_keyring_service(tmp_path, monkeypatch):
    monkeypatch.setenv("CLIENTELING_HOME", str(tmp_path))
    training, production = home_dir(training=True), home_dir()
    assert training == tmp_path / "training" and production == tmp_path / "terminal"
    assert keyring_service(training, training=True).endswith("-training")
    assert keyring_service(production) != keyring_service(training, training=True)
    # Neither mode opens the other's folder, even when asked to.
    with pytest.raises(WrongModeHome):
        vault_for(production, training=True)
    with pytest.raises(WrongModeHome):
        vault_for(training)
    with pytest.raises(WrongModeHome):
        open_terminal(production, MemoryVault(), training=True)
    with pytest.raises(WrongModeHome):
        open_terminal(training, MemoryVault())


@pytest.mark.parametrize(
    "url",
    [
        "https://hq.example.com",
        "http://localhost:8000",
        "http://[::1]:8000",
        "http://127.0.0.2:8000",
        "https://127.0.0.1.example.com",
        "http://10.0.0.1",
    ],
)
def test_a_training_client_refuses_every_hq_but_127_0_0_1(url):
    with pytest.raises(TrainingAddressRefused):
        HQClient(url, training=True)
    HQClient(url).close()  # a production client may go there (is_hq_url decides the rest)


def test_training_settings_cannot_send_it_to_another_hq(hq, tmp_path):
    home, vault = tmp_path / "training", MemoryVault()
    services = _enroll(hq, home, vault, training=True)
    services.syncing.device_known()  # it talks to its HQ on 127.0.0.1
    # The client itself checks before each request: no way around it from outside.
    hq_client = services.catalog.hq
    hq_client._http.base_url = "https://hq.example.com"
    with pytest.raises(TrainingAddressRefused):
        hq_client.get_json("/stores")
    with pytest.raises(TrainingAddressRefused):
        hq_client.probe()
    services.close()
    # Settings edited by hand to a production HQ: the training terminal does not open.
    settings = home / "settings.json"
    data = json.loads(settings.read_text())
    data["terminal"]["hq_url"] = "https://hq.example.com"
    settings.write_text(json.dumps(data))
    with pytest.raises(TrainingAddressRefused):
        open_terminal(home, vault, training=True)
    # Nor does training enroll with one.
    with pytest.raises(TrainingAddressRefused):
        enroll(
            SettingsFile(tmp_path / "t2", training=True), vault, "https://hq.example.com", "c", "x"
        )


def test_a_production_terminal_never_opens_a_training_cache(hq, tmp_path):
    home, vault = tmp_path / "practice", MemoryVault()
    _enroll(hq, home, vault, training=True).close()
    with pytest.raises(WrongModeCache, match="training"):
        open_terminal(home, vault)
    open_terminal(home, vault, training=True).close()  # training still opens it


def test_training_never_opens_a_production_cache(hq, tmp_path):
    home, vault = tmp_path / "shop", MemoryVault()
    _enroll(hq, home, vault, training=False).close()
    with pytest.raises(WrongModeCache, match="production"):
        open_terminal(home, vault, training=True)
    open_terminal(home, vault).close()


def test_training_keeps_off_the_production_keyring_entries(
    hq, secret_service, tmp_path, monkeypatch
):
    monkeypatch.setenv("CLIENTELING_HOME", str(tmp_path / "data-root"))
    before = keyring.get_keyring()
    keyring.set_keyring(secret_service)
    try:
        production = paths.ensure(home_dir())
        shop = vault_for(production)
        shop.put(CACHE_KEY, "cHJvZHVjdGlvbg==")
        cache = production / paths.CACHE_FILE
        training = paths.ensure(home_dir(training=True))
        services = _enroll(hq, training, vault_for(training, training=True), training=True)
        services.close()
        # Training's secrets are under its own service; production's are as they were.
        service = keyring_service(production)
        assert secret_service.get_password(service, CACHE_KEY) == "cHJvZHVjdGlvbg=="
        assert secret_service.get_password(service, DEVICE_CREDENTIAL) is None
        practice = keyring_service(training, training=True)
        assert secret_service.get_password(practice, DEVICE_CREDENTIAL)
        assert secret_service.get_password(practice, CACHE_KEY) != "cHJvZHVjdGlvbg=="
        assert not cache.exists() and (training / paths.CACHE_FILE).exists()
    finally:
        keyring.set_keyring(before)


def _files(folder) -> dict:
    return {p: p.read_bytes() for p in folder.rglob("*") if p.is_file()}


def test_a_training_record_is_left_beside_both_folders_never_in_them(hq, tmp_path, monkeypatch):
    """Results for managers: training writes its finished scenarios into the one-way hand-off
    folder only; a training terminal takes nothing from it (only a production terminal does,
    at its associate's sign-in)."""
    monkeypatch.setenv("CLIENTELING_HOME", str(tmp_path / "data-root"))
    production = paths.ensure(home_dir())
    shop = _enroll(hq, production, MemoryVault(), training=False)
    assert shop.training_results is not None  # asked at sign-in (ui.training_offer)
    shop.close()
    training = paths.ensure(home_dir(training=True))
    practice = _enroll(hq, training, MemoryVault(), training=True)
    assert practice.training_results is None and practice.sessions.on_signed_in == []
    practice.close()
    before = (_files(production), _files(training))
    summary = {"scenario_id": "find-by-phone", "seconds": 61, "hints": 0, "mistakes": 1}
    written = TrainingTerminal(training).record_result("E-1017", summary)
    assert written.parent == tmp_path / "data-root" / "training-results"
    assert json.loads(written.read_text())["employee_id"] == "E-1017"
    assert (_files(production), _files(training)) == before
