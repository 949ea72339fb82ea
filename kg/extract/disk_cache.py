"""Tables built from packaged data, kept on disk between processes.

Every extracting process builds the same gazetteer from GeoNames, pycountry and the
first-name list: 1.2 s of CPU, paid again by each worker of each build (3% of a
1,000-article build on one worker). Kept as a pickle in the user's cache folder, it
loads in 0.2 s. The file's name is a digest of everything the table is made from (the
extraction code, and the size and time of every data file of the packages it reads),
so a changed rule or an upgraded package builds and keeps a new one; the cached table
is the one the same code would build from the same data.

Reading or writing the cache never fails a build: an unreadable, unwritable or corrupt
cache only means the table is built in the process, as without it.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import pickle
import tempfile
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TypeVar

T = TypeVar("T")

CACHE_ENV = "NEWSKG_CACHE_DIR"
"""Environment variable naming the cache folder; an empty value turns the cache off."""

_EXTRACT = Path(__file__).resolve().parent


def cache_dir() -> Path | None:
    """Where tables are kept: ``$NEWSKG_CACHE_DIR``, else ``$XDG_CACHE_HOME/newskg``."""
    configured = os.environ.get(CACHE_ENV)
    if configured is not None:
        return Path(configured) if configured else None
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "newskg"


def source_digest(name: str, data_dirs: Iterable[Path]) -> str:
    """A digest of the extraction code and of the data files a table is built from."""
    digest = hashlib.sha256(name.encode())
    for path in sorted(_EXTRACT.glob("*.py")):
        digest.update(path.name.encode() + b"\0" + path.read_bytes())
    for folder in data_dirs:
        for path in sorted(folder.rglob("*")):
            if path.is_file():
                stat = path.stat()
                digest.update(f"\0{path}\0{stat.st_size}\0{stat.st_mtime_ns}".encode())
    return digest.hexdigest()[:32]


def cached_table(name: str, data_dirs: Iterable[Path], build: Callable[[], T]) -> T:
    """``build()``, or the table an earlier process built from the same code and data."""
    folder = cache_dir()
    if folder is None:
        return build()
    try:
        path = folder / f"{name}-{source_digest(name, data_dirs)}.pickle"
    except OSError:
        return build()
    # a missing, partial or foreign file: build the table
    with contextlib.suppress(Exception), path.open("rb") as handle:
        stored: T = pickle.load(handle)
        return stored
    table = build()
    with contextlib.suppress(OSError):
        _write(path, table)
        for stale in folder.glob(f"{name}-*.pickle"):  # built by other code or data
            if stale != path:
                stale.unlink()
    return table


def _write(path: Path, table: object) -> None:
    """Write atomically: processes building at once each rename a whole file into place."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=path.name, suffix=".tmp")
    try:
        with os.fdopen(handle, "wb") as stream:
            pickle.dump(table, stream, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(temporary, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise
