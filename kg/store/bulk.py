"""Bulk writes of new graphs that overlap Python work: N-Quads text loaded on a thread.

Oxigraph's bulk loader spends most of a batch sorting it and writing table files. Given
quad objects (``Store.bulk_extend``) it holds Python's global lock for the whole batch,
since it pulls the quads from a Python iterator; given N-Quads text (``Store.bulk_load``)
it releases the lock, so the next batch's graphs can be mapped and written as text on
the build's thread while the loader works on the previous batch on another. On two cores
the mapping then costs the build almost no time, where it came on top of the loader's.

The text is the quads' own N-Quads serialisation (pyoxigraph writes each term), so the
loader parses back exactly the terms it would have been given as objects. Blank nodes
are the exception, since a loader names a document's blank nodes afresh:
:func:`nquads_of` declines graphs that hold any, and the store writes those as quads.
"""

from __future__ import annotations

import contextlib
from collections import deque
from collections.abc import Callable, Iterable
from concurrent.futures import Future, ThreadPoolExecutor
from types import TracebackType

import pyoxigraph as ox

from kg.store.terms import Triple, to_ox

_NAMED = ox.NamedNode
_OBJECTS = (ox.NamedNode, ox.Literal)


def nquads_of(triples: Iterable[Triple], graph: ox.NamedNode) -> tuple[bytes, int] | None:
    """Each triple as N-Quads in ``graph`` and in the default graph; the text, quad count.

    ``None`` when a triple holds a blank node, whose label N-Quads would not keep.

    >>> p = ox.NamedNode("http://example.org/p")
    >>> text, count = nquads_of([(p, p, ox.Literal('a "b"'))], ox.NamedNode("http://g.org/"))
    >>> print(text.decode(), end=""), count
    <http://example.org/p> <http://example.org/p> "a \\"b\\"" <http://g.org/> .
    <http://example.org/p> <http://example.org/p> "a \\"b\\"" .
    (None, 2)
    >>> nquads_of([(ox.BlankNode("b"), p, p)], ox.NamedNode("http://g.org/")) is None
    True
    """
    tail = f" {graph} .\n"
    lines = []
    for s, p, o in triples:
        if type(s) is not _NAMED or type(p) is not _NAMED or type(o) not in _OBJECTS:
            s, p, o = to_ox(s), to_ox(p), to_ox(o)  # rdflib terms (or blank nodes)
            if type(s) is not _NAMED or type(p) is not _NAMED or type(o) not in _OBJECTS:
                return None
        spo = f"{s} {p} {o}"
        lines.append(f"{spo}{tail}{spo} .\n")  # the second in the default graph (the merge)
    return "".join(lines).encode(), 2 * len(lines)


class _ChunkReader:
    """A binary file over a batch's chunks, each freed once the loader has read it."""

    def __init__(self, chunks: list[bytes]) -> None:
        self._chunks = deque(chunks)
        self._current = b""
        self._at = 0

    def read(self, size: int = -1) -> bytes:
        """Up to ``size`` bytes (all that is left if negative); empty at the end."""
        while self._at >= len(self._current):
            if not self._chunks:
                return b""
            self._current, self._at = self._chunks.popleft(), 0
        end = len(self._current) if size < 0 else self._at + size
        piece = self._current[self._at : end]
        self._at += len(piece)
        return piece


class BulkWriter:
    """Batches of whole graphs' N-Quads, each bulk-loaded on a thread as the next is made.

    At most one batch loads while the next one is gathered; :meth:`wait` (before any
    other write to the store) and leaving the ``with`` block let every loaded batch
    land. A batch is one bulk load, in the store whole or not at all. When the block
    ends with an exception, the batch being gathered is dropped (its graphs are absent,
    as from a bulk write that failed half way), and the one loading is waited for.
    """

    def __init__(
        self, store: ox.Store, *, batch_quads: int, on_error: Callable[[OSError], Exception]
    ) -> None:
        self._store = store
        self._batch_quads = batch_quads
        self._on_error = on_error
        self._chunks: list[bytes] = []
        self._quads = 0
        self._loading: Future[None] | None = None
        self._thread = ThreadPoolExecutor(max_workers=1, thread_name_prefix="kg-bulk-load")

    def add(self, text: bytes, quads: int) -> None:
        """Add one graph's N-Quads; a full batch starts loading."""
        self._chunks.append(text)
        self._quads += quads
        if self._quads >= self._batch_quads:
            self._start()

    def wait(self) -> None:
        """Load what is gathered, and return when every batch is in the store."""
        self._start()
        self._settle()

    def _start(self) -> None:
        if not self._chunks:
            return
        self._settle()  # one batch loads at a time: its memory, then the next's
        reader = _ChunkReader(self._chunks)
        self._chunks, self._quads = [], 0
        self._loading = self._thread.submit(self._load, reader)

    def _load(self, reader: _ChunkReader) -> None:
        try:
            self._store.bulk_load(input=reader, format=ox.RdfFormat.N_QUADS, lenient=True)
        except OSError as error:
            raise self._on_error(error) from error

    def _settle(self) -> None:
        loading, self._loading = self._loading, None
        if loading is not None:
            loading.result()

    def __enter__(self) -> BulkWriter:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        try:
            if kind is None:
                self.wait()
            else:
                self._chunks = []
                with contextlib.suppress(Exception):  # the first error is the one to tell
                    self._settle()
        finally:
            self._thread.shutdown(wait=True)
