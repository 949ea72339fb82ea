"""Stores: where the story graph lives between commands.

``--store DIR`` names an on-disk Oxigraph store; without it the store is
``./newskg-store`` in the working folder, or ``$NEWSKG_STORE`` when that is set.
"""

from __future__ import annotations

import os
from pathlib import Path

from kg.store.local import LocalStore

DEFAULT_STORE = "newskg-store"
STORE_ENV = "NEWSKG_STORE"


def default_store_location() -> str:
    """Where the store is when ``--store`` is not given."""
    return os.environ.get(STORE_ENV) or DEFAULT_STORE


def open_store(location: str | None = None, *, create: bool = True) -> LocalStore:
    """Open the store at ``location`` (or the default one), creating it if ``create``."""
    return LocalStore(Path(location or default_store_location()), create=create)


__all__ = ["DEFAULT_STORE", "STORE_ENV", "LocalStore", "default_store_location", "open_store"]
