"""Read a ``--manifest`` CSV: metadata for files that do not carry their own.

A plain-text article has no URL, date or outlet of its own; a manifest supplies them.
Its values only fill what the file itself does not say.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from pathlib import Path

from kg.errors import ManifestError

MANIFEST_FIELDS = ("url", "published", "title", "provider_name", "provider_domain")


@dataclass(frozen=True)
class ManifestEntry:
    """Metadata one manifest row gives for one file (empty cells are ``None``)."""

    url: str | None = None
    published: str | None = None
    title: str | None = None
    provider_name: str | None = None
    provider_domain: str | None = None

    def as_key(self) -> str:
        """A stable text form, folded into the build key so an edited row re-reads."""
        return "|".join(getattr(self, name) or "" for name in MANIFEST_FIELDS)


def read_manifest(path: Path) -> dict[Path, ManifestEntry]:
    """Map each resolved file path named in the manifest to its metadata.

    Paths in the ``path`` column are relative to the manifest's own folder.
    """
    try:
        with path.open(newline="", encoding="utf-8-sig") as handle:
            rows = list(csv.DictReader(handle))
            header = rows[0].keys() if rows else _header_of(path)
    except (OSError, UnicodeDecodeError, csv.Error) as error:
        raise ManifestError(f"{path}: cannot read the manifest: {error}") from error
    if "path" not in header:
        raise ManifestError(f"{path}: the manifest has no 'path' column")
    base = path.resolve().parent
    entries: dict[Path, ManifestEntry] = {}
    for row in rows:
        relative = (row.get("path") or "").strip()
        if not relative:
            continue
        values = {name: (row.get(name) or "").strip() or None for name in MANIFEST_FIELDS}
        entries[(base / relative).resolve()] = ManifestEntry(**values)
    return entries


def _header_of(path: Path) -> list[str]:
    with path.open(newline="", encoding="utf-8-sig") as handle:
        return next(csv.reader(handle), [])
