"""Errors a user can meet, each with a code and a one-line message.

They are raised by the library and caught once, at the command-line boundary, where
they are printed as ``path: reason`` lines (see :mod:`kg.cli`). Keeping them in one
module, as spaCy does, makes the messages easy to review and to test.
"""

from __future__ import annotations

from pathlib import Path


class NewsKGError(Exception):
    """Base class of every error newskg reports to a user."""

    code = "E000"


class RejectedInput(NewsKGError):
    """An input file cannot become an article; the rest of the run goes on.

    >>> str(RejectedInput("a.txt", "the file is empty"))
    'a.txt: the file is empty'
    """

    code = "E001"

    def __init__(self, path: str | Path, reason: str) -> None:
        self.path = str(path)
        self.reason = reason
        super().__init__(f"{self.path}: {reason}")

    def __reduce__(self) -> tuple[type[RejectedInput], tuple[str, str]]:
        # Rejections travel back from worker processes and Dask workers by pickle.
        return type(self), (self.path, self.reason)


class ManifestError(NewsKGError):
    """The ``--manifest`` CSV cannot be read (a usage error, exit status 2)."""

    code = "E002"


class StoreError(NewsKGError):
    """The store cannot be opened, read or written."""

    code = "E003"


class QueryError(NewsKGError):
    """A SPARQL query or update is malformed or cannot be run."""

    code = "E004"


class ServeError(NewsKGError):
    """``kg serve`` cannot start or keep serving (port in use, server missing or stopped)."""

    code = "E005"
