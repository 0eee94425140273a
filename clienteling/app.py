"""The composition root: paths, vault, cache, HQ client and services, built once and passed in.

Nothing else in the terminal picks a file location or a keyring backend.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from clienteling import paths
from clienteling.security.vault import Vault, open_vault
from clienteling.services.terminal import Terminal


def home_dir(demo: bool = False) -> Path:
    return paths.demo_dir() if demo else paths.production_dir()


def vault_for(home: Path, *, demo: bool = False) -> Vault:
    """One keyring service per data directory, so two terminals on a machine never share keys.

    Demo terminals may fall back to memory when no secure keyring exists.
    """
    tag = hashlib.sha256(str(home.resolve()).encode()).hexdigest()[:12]
    return open_vault(f"clienteling-{tag}", allow_insecure=demo)


def open_terminal(demo: bool = False) -> Terminal:
    home = home_dir(demo)
    return Terminal.open(home, vault_for(home, demo=demo))
