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


def open_store(location: str | None = None, *, writable: bool = True) -> LocalStore:
    """Open the store at ``location`` (or the default one).

    A writable store is created when missing and locked while open; a read-only one
    must exist, takes no lock, and sees what was committed when it was opened.
    """
    return LocalStore(Path(location or default_store_location()), writable=writable)


__all__ = ["DEFAULT_STORE", "STORE_ENV", "LocalStore", "default_store_location", "open_store"]
