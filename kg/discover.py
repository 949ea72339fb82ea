"""Find the article files under the paths a user names.

Folders are walked recursively, following symbolic links without ever entering the
same folder twice (a link loop ends the walk, it does not hang it). Hidden files and
files of types that are never articles (data, code, RDF) are passed over; any other
file is read, and rejected with a reason if it is not an article.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from kg.errors import RejectedInput

NOT_ARTICLE_SUFFIXES = frozenset(
    {
        ".csv",
        ".tsv",
        ".json",
        ".jsonl",
        ".py",
        ".pyc",
        ".rq",
        ".sparql",
        ".ttl",
        ".trig",
        ".nq",
        ".nt",
        ".jsonld",
        ".rdf",
        ".owl",
        ".yaml",
        ".yml",
        ".toml",
        ".cfg",
        ".ini",
        ".lock",
        ".sh",
        ".js",
        ".css",
        ".gitignore",
    }
)


@dataclass
class Discovery:
    """The files to read, the paths that could not be walked, and what was passed over."""

    files: list[Path] = field(default_factory=list)
    rejected: list[RejectedInput] = field(default_factory=list)
    passed_over: list[Path] = field(default_factory=list)


def discover_files(paths: list[Path], *, exclude: frozenset[Path] = frozenset()) -> Discovery:
    """Every article file under ``paths``, sorted, each once.

    A file named directly is always read; inside folders, hidden entries and files
    whose suffix is in ``NOT_ARTICLE_SUFFIXES`` are passed over.
    """
    found = Discovery()
    seen: set[Path] = set()

    def add(path: Path) -> None:
        resolved = path.resolve()
        if resolved not in seen and resolved not in exclude:
            seen.add(resolved)
            found.files.append(path)

    for root in paths:
        if root.is_file():
            add(root)
        elif root.is_dir():
            _walk(root, add, found)
        elif root.is_symlink():
            found.rejected.append(RejectedInput(root, "broken symbolic link"))
        else:
            found.rejected.append(RejectedInput(root, "no such file or folder"))
    found.files.sort(key=str)
    return found


def _walk(root: Path, add: Callable[[Path], None], found: Discovery) -> None:
    visited: set[tuple[int, int]] = set()

    def on_error(error: OSError) -> None:
        found.rejected.append(
            RejectedInput(error.filename or root, f"cannot be read: {error.strerror or error}")
        )

    for folder, dirs, files in os.walk(root, followlinks=True, onerror=on_error):
        stat = os.stat(folder)
        if (stat.st_dev, stat.st_ino) in visited:
            dirs[:] = []
            if (loop := _loop_target(Path(folder))) is not None:
                found.rejected.append(
                    RejectedInput(folder, f"symbolic link loop back to {loop}, not walked again")
                )
            continue
        visited.add((stat.st_dev, stat.st_ino))
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            path = Path(folder) / name
            if name.startswith("."):
                continue
            if path.suffix.lower() in NOT_ARTICLE_SUFFIXES:
                found.passed_over.append(path)
                continue
            if not path.exists():
                found.rejected.append(RejectedInput(path, "broken symbolic link"))
                continue
            add(path)


def _loop_target(folder: Path) -> Path | None:
    """The folder a symbolic link leads back to when it points at one of its own parents.

    A link to a folder walked elsewhere is a harmless second way in and is passed over
    silently; a link to an ancestor would walk forever, and the user should know.
    """
    if not folder.is_symlink():
        return None
    target = folder.resolve()
    parent = folder.parent.resolve()
    return target if target == parent or target in parent.parents else None
