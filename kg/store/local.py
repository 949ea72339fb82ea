"""The on-disk store: Oxigraph (pyoxigraph), with an rdflib view through oxrdflib.

Writes replace one named graph at a time in a single SPARQL update, which Oxigraph
applies as one transaction: a build killed at any moment leaves every article either
as it was or fully replaced, never half-written. The default graph is kept equal to
the merge (set union) of all named graphs, so any SPARQL client sees each triple once
without knowing how the store is organised; Oxigraph's own "union default graph"
would repeat a triple once per graph that holds it.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import IO

import pyoxigraph as ox
from oxrdflib import OxigraphStore
from rdflib import Dataset, URIRef
from rdflib.query import Result
from rdflib.term import Node

from kg.errors import QueryError, StoreError
from kg.namespaces import PREFIXES
from kg.store.results import rdflib_result
from kg.store.subjects import SubjectRewrite
from kg.store.terms import Triple, from_ox, to_ox
from kg.store.updates import replace_graph_update, triple_changes

#: Quads written between two flushes of the storage engine's memory tables. RocksDB
#: keeps every write in memory (and in a growing write-ahead log) until it flushes;
#: flushing as a build goes keeps its memory flat however large the corpus.
FLUSH_EVERY_QUADS = 300_000

#: Quads per bulk write of new graphs (see :meth:`LocalStore.replace_graphs`): about 130
#: articles. Below the 1,000,000 quads that Oxigraph's bulk loader turns into one set of
#: table files (one atomic ingestion); a batch costs the loader about 200 MB while it
#: sorts it. Smaller batches cost less memory but make more, smaller table files that
#: the storage engine must compact, which slows writing down as the store grows (10,000
#: articles: 426 s in batches of 60,000 quads).
BULK_BATCH_QUADS = 200_000

#: Triples per transaction when a large shared graph is rewritten subject by subject
#: (:meth:`LocalStore.replace_graph_by_subject`): tens of megabytes at most.
SUBJECT_BATCH_TRIPLES = 50_000

#: Table files Oxigraph's bulk loader writes into the store folder before ingesting
#: them; a process killed in between leaves them behind, unused.
_BULK_LEFTOVERS = "bulk-*.sst"

# _MERGE_BY_OMISSION: every article triple is also written to the default graph (the
# merge), as ``ox.Quad(s, p, o)`` without a graph name rather than with
# ``ox.DefaultGraph()``: pyoxigraph tries a named node and a blank node before a default
# graph, and each failed try costs it an exception (about 1.3 µs against 0.15 µs, a
# millisecond of CPU per article). The quads are equal.


class LocalStore:
    """An Oxigraph store in a folder on disk."""

    def __init__(self, path: Path, *, writable: bool = True) -> None:
        self.path = path
        self.writable = writable
        self._unflushed = 0
        self._prefixes: dict[str, str] | None = None
        if not writable and not (path / "CURRENT").is_file():
            raise StoreError(f"{path}: no store here yet (run 'kg build' first, or pass --store)")
        try:
            if writable:
                path.mkdir(parents=True, exist_ok=True)
                self._ox = ox.Store(str(path))
                _remove_bulk_leftovers(path)
            else:
                # Read-only opening takes no lock: queries and exports run while a build
                # or a server holds the store, and see its last committed state.
                self._ox = ox.Store.read_only(str(path))
        except OSError as error:
            message = str(error)
            if "lock" in message.lower():
                message = "the store is in use by another kg process"
            raise StoreError(f"{path}: cannot open the store: {message}") from error

    # reading ---------------------------------------------------------------------------

    def dataset(self) -> Dataset:
        """An rdflib ``Dataset`` over this store (via oxrdflib), with newskg's prefixes."""
        dataset = Dataset(store=OxigraphStore(store=self._ox))
        for prefix, namespace in PREFIXES.items():
            dataset.bind(prefix, namespace, override=True)
        return dataset

    def query(self, sparql: str) -> Result:
        """Run a SPARQL query; the default graph is the merge of all articles' graphs.

        The result is the one ``self.dataset().query(sparql)`` gives (the same prefixes,
        default graph and terms), made without oxrdflib's conversion of every cell
        (see :mod:`kg.store.results`).
        """
        if self._prefixes is None:
            self._prefixes = {prefix: str(ns) for prefix, ns in self.dataset().namespaces()}
        try:
            return rdflib_result(
                self._ox.query(sparql, default_graph=ox.DefaultGraph(), prefixes=self._prefixes)
            )
        except (SyntaxError, ValueError, OSError) as error:
            raise QueryError(_one_line(error)) from error

    def graph_triples(self, graph: URIRef) -> set[Triple]:
        """The triples of one named graph."""
        return {
            (from_ox(q.subject), from_ox(q.predicate), from_ox(q.object))
            for q in self._ox.quads_for_pattern(None, None, None, ox.NamedNode(str(graph)))
        }

    def merged_triples(self) -> Iterator[Triple]:
        """Every triple of the merged (default) graph, as rdflib terms."""
        for q in self._ox.quads_for_pattern(None, None, None, ox.DefaultGraph()):
            yield from_ox(q.subject), from_ox(q.predicate), from_ox(q.object)

    def named_graphs(self) -> list[URIRef]:
        """Every named graph in the store."""
        return sorted(
            URIRef(g.value) for g in self._ox.named_graphs() if isinstance(g, ox.NamedNode)
        )

    def triple_count(self) -> int:
        """The number of distinct triples in the merged graph."""
        solutions = self._ox.query("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")
        return int(next(iter(solutions))[0].value)

    def dump(self, stream: IO[bytes], *, rdf_format: ox.RdfFormat, named_only: bool) -> None:
        """Serialise the merged graph, or every named graph, with newskg's prefixes."""
        prefixes = {p: str(ns) for p, ns in PREFIXES.items()}
        if named_only:
            quads = (q for q in self._ox if not isinstance(q.graph_name, ox.DefaultGraph))
            ox.serialize(quads, stream, format=rdf_format, prefixes=prefixes)
        else:
            self._ox.dump(
                stream, format=rdf_format, from_graph=ox.DefaultGraph(), prefixes=prefixes
            )

    def select(self, sparql: str) -> list[dict[str, Node]]:
        """Rows of a SELECT query as dicts of rdflib terms (unbound variables left out)."""
        return list(self.iter_select(sparql))

    def iter_select(self, sparql: str) -> Iterator[dict[str, Node]]:
        """Rows of a SELECT query one at a time, for results too large to hold at once."""
        solutions = self._ox.query(sparql)
        names = [v.value for v in solutions.variables]
        # Each distinct short term is converted once (rdflib terms are immutable, and rows
        # repeat names, dates and IRIs): see kg.store.results. Long literals (an article's
        # extraction record, tens of kB) are converted each time and not kept: keeping
        # every one held 9 GB while a 100,000-article build read its stored summaries.
        converted: dict[object, Node] = {}
        for row in solutions:
            out = {}
            for name, value in zip(names, row, strict=True):
                if value is not None:
                    term = converted.get(value)
                    if term is None:
                        term = from_ox(value)
                        if _worth_keeping(value) and len(converted) < _KEPT_TERMS:
                            converted[value] = term
                    out[name] = term
            yield out

    # writing ---------------------------------------------------------------------------

    def replace_graph(self, graph: URIRef, triples: Iterable[Triple]) -> bool:
        """Make a named graph hold exactly ``triples``, atomically; False if unchanged."""
        old = self.graph_triples(graph)
        new = set(triples)
        if not old:
            if not new:
                return False
            self._insert_new_graph(graph, new)
            return True
        removed, added = triple_changes(old, new)
        if not removed and not added:
            return False
        self.update(replace_graph_update(graph, removed, added))
        self._written(2 * (len(removed) + len(added)))
        return True

    def replace_graphs(self, graphs: Iterable[tuple[URIRef, Iterable[Triple]]]) -> int:
        """Replace many named graphs (each named once); how many changed.

        Graphs the store does not hold yet, a build's common case, are written in
        batches of about :data:`BULK_BATCH_QUADS` quads with Oxigraph's bulk loader, two
        to four times faster than transactions: it writes sorted table files and adds
        them to the database in one step (RocksDB ingests the files of all its column
        families atomically), so a batch is in the store whole or not at all, like an
        update. The quads stream into the loader as the graphs are made, never held in
        a list. Graphs the store has are replaced one update each (:meth:`replace_graph`).
        """
        source = iter(graphs)
        written = 0
        held: list[tuple[URIRef, Iterable[Triple]]] = []  # a stored graph that ended a batch
        finished = False

        def batch() -> Iterator[ox.Quad]:
            nonlocal written, finished
            quads = 0
            for graph, triples in source:
                name = ox.NamedNode(str(graph))
                if self._ox.contains_named_graph(name):
                    held.append((graph, triples))
                    return
                before = quads
                for s, p, o in triples:
                    # The mappers' pyoxigraph terms make quads as they are (converting
                    # each term first cost a tenth of making the quads); pyoxigraph
                    # refuses rdflib terms with a TypeError, and those are converted.
                    try:
                        named, merged = ox.Quad(s, p, o, name), ox.Quad(s, p, o)  # type: ignore[arg-type]
                    except TypeError:
                        terms = (to_ox(s), to_ox(p), to_ox(o))
                        named, merged = ox.Quad(*terms, name), ox.Quad(*terms)
                    yield named
                    yield merged  # in the default graph: see _MERGE_BY_OMISSION
                    quads += 2
                written += quads > before
                if quads >= BULK_BATCH_QUADS:
                    return
            finished = True

        while not finished:
            self._bulk_insert(batch())
            while held:
                written += self.replace_graph(*held.pop())
        return written

    def replace_graph_by_subject(self, graph: URIRef, groups: Iterable[Sequence[Triple]]) -> bool:
        """Make a large named graph hold exactly the triples of ``groups``; False if unchanged.

        Each group is every triple of one subject (an entity, an event, a story); only
        what changed is written, in transactions of about :data:`SUBJECT_BATCH_TRIPLES`
        triples (:mod:`kg.store.subjects`), so memory stays bounded however large the
        graph (one transaction of millions of quads would take gigabytes).
        """
        name = ox.NamedNode(str(graph))
        rewrite = SubjectRewrite(
            stored=self._subjects(name) if self._ox.contains_named_graph(name) else (),
            subjects=lambda: self._subjects(name),
            triples_of=lambda subject: self._subject_triples(subject, name),
            write=lambda removed, added: self._write_changes(graph, removed, added),
            batch_triples=SUBJECT_BATCH_TRIPLES,
        )
        return rewrite.run(groups)

    def _subjects(self, graph: ox.NamedNode) -> Iterator[ox.NamedNode | ox.BlankNode]:
        solutions = self._ox.query(f"SELECT DISTINCT ?s WHERE {{ GRAPH {graph} {{ ?s ?p ?o }} }}")
        for row in solutions:
            yield row[0]

    def _subject_triples(self, subject: ox.NamedNode | ox.BlankNode, graph: ox.NamedNode) -> set:
        return {
            (q.subject, q.predicate, q.object)
            for q in self._ox.quads_for_pattern(subject, None, None, graph)
        }

    def _write_changes(self, graph: URIRef, removed: list, added: list) -> None:
        """One transaction: an update when triples go, else a bulk insert of new ones."""
        if removed:
            self.update(replace_graph_update(graph, removed, added))
            self._written(2 * (len(removed) + len(added)))
        elif added:
            name = ox.NamedNode(str(graph))
            self._bulk_insert(q for t in added for q in (ox.Quad(*t, name), ox.Quad(*t)))

    def _bulk_insert(self, quads: Iterable[ox.Quad]) -> None:
        try:
            self._ox.bulk_extend(quads)
        except OSError as error:
            raise StoreError(f"{self.path}: write failed: {_one_line(error)}") from error

    def _insert_new_graph(self, graph: URIRef, triples: set[Triple]) -> None:
        """Add a graph that is not in the store yet, and its triples to the merge.

        One ``extend`` call is one transaction, like an update, but skips writing and
        parsing SPARQL text: the common case of a build, where most graphs are new.
        """
        name = ox.NamedNode(str(graph))
        quads = []
        for s, p, o in triples:
            terms = (to_ox(s), to_ox(p), to_ox(o))
            quads.append(ox.Quad(*terms, name))
            quads.append(ox.Quad(*terms))  # in the default graph: see _MERGE_BY_OMISSION
        try:
            self._ox.extend(quads)
        except OSError as error:
            raise StoreError(f"{self.path}: write failed: {_one_line(error)}") from error
        self._written(len(quads))

    def _written(self, quads: int) -> None:
        self._unflushed += quads
        if self._unflushed >= FLUSH_EVERY_QUADS:
            self.flush()

    def drop_graph(self, graph: URIRef) -> bool:
        """Remove a named graph (and its triples from the merge), atomically."""
        return self.replace_graph(graph, [])

    def update(self, sparql: str) -> None:
        """Run a SPARQL update as one transaction."""
        try:
            self._ox.update(sparql)
        except SyntaxError as error:
            raise QueryError(_one_line(error)) from error
        except OSError as error:
            raise StoreError(f"{self.path}: write failed: {_one_line(error)}") from error

    def flush(self) -> None:
        """Make every write durable on disk (and free the engine's memory tables)."""
        if self.writable:
            self._ox.flush()
            self._unflushed = 0

    def optimize(self) -> None:
        """Compact the store's tables after a build wrote to it.

        Bulk-loaded batches land as many small table files; queries then read them all.
        Compacting once after a build costs about 2 s per million triples and made the
        saved queries up to 2.4 times faster on a 1-million-triple store
        (``bench/sparql_latency.py``).
        """
        if not self.writable:
            return
        try:
            self._ox.optimize()
        except OSError as error:
            raise StoreError(f"{self.path}: compaction failed: {_one_line(error)}") from error

    def __enter__(self) -> LocalStore:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def close(self) -> None:
        """Release the store (its lock goes with the last reference)."""
        if hasattr(self, "_ox"):
            if self.writable:
                with contextlib.suppress(OSError):
                    self._ox.flush()
            del self._ox


def _remove_bulk_leftovers(path: Path) -> None:
    """Delete table files a killed bulk write left (the store's lock is held: none is live)."""
    for leftover in path.glob(_BULK_LEFTOVERS):
        with contextlib.suppress(OSError):
            leftover.unlink()


def _one_line(error: BaseException) -> str:
    return " ".join(str(error).split())


_KEPT_TERMS = 100_000
"""How many distinct terms a streamed SELECT remembers converted (a bound on its memory)."""
_LONG_LITERAL = 256
"""Characters beyond which a literal is converted each time it comes, not remembered."""


def _worth_keeping(value: object) -> bool:
    """Whether a term is short enough to remember converted (IRIs, names, dates)."""
    return not isinstance(value, ox.Literal) or len(value.value) <= _LONG_LITERAL
