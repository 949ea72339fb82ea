"""Stores: where the story graph lives between commands.

``--store`` names an on-disk Oxigraph store (a folder) or, as ``http(s)://...``, a
SPARQL 1.1 endpoint with Update and the Graph Store protocol (see
:mod:`kg.store.remote`). Without it the store is ``./newskg-store`` in the working
folder, or ``$NEWSKG_STORE`` when that is set. Both kinds are a :class:`Store`.
"""

from __future__ import annotations

import os
from pathlib import Path

from kg.store.base import Store
from kg.store.local import LocalStore
from kg.store.remote import RemoteStore, is_remote

DEFAULT_STORE = "newskg-store"
STORE_ENV = "NEWSKG_STORE"


def default_store_location() -> str:
    """Where the store is when ``--store`` is not given."""
    return os.environ.get(STORE_ENV) or DEFAULT_STORE


def open_store(location: str | None = None, *, writable: bool = True) -> Store:
    """Open the store at ``location`` (or the default one): a folder or an endpoint URL.

    A writable local store is created when missing and locked while open; a read-only
    one must exist, takes no lock, and sees what was committed when it was opened. A
    remote store is the server's business: every update is committed when it answers.
    """
    location = location or default_store_location()
    if is_remote(location):
        return RemoteStore(location, writable=writable)
    return LocalStore(Path(location), writable=writable)


__all__ = [
    "DEFAULT_STORE",
    "STORE_ENV",
    "LocalStore",
    "RemoteStore",
    "Store",
    "default_store_location",
    "is_remote",
    "open_store",
]
