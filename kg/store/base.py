"""What every store offers: the one interface build, query, export and the network use.

A store is either a folder on disk (:class:`~kg.store.local.LocalStore`) or a SPARQL 1.1
endpoint (:class:`~kg.store.remote.RemoteStore`). Both keep one named graph per article
and a default graph equal to the merge of the named graphs, so every command works the
same over either; code takes a :class:`Store` and never asks which one it has.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from typing import IO, Protocol, Self

import pyoxigraph as ox
from rdflib import URIRef
from rdflib.query import Result
from rdflib.term import Node

from kg.store.terms import Triple


class Store(Protocol):
    """The operations newskg needs from a store (see the module docstring)."""

    writable: bool

    def query(self, sparql: str) -> Result:
        """Run a SPARQL query with newskg's prefixes predeclared."""
        ...

    def select(self, sparql: str) -> list[dict[str, Node]]:
        """Rows of a SELECT query as dicts of rdflib terms (unbound variables left out)."""
        ...

    def iter_select(self, sparql: str) -> Iterator[dict[str, Node]]:
        """Rows of a SELECT query one at a time, for results too large to hold at once."""
        ...

    def graph_triples(self, graph: URIRef) -> set[Triple]:
        """The triples of one named graph (empty when there is no such graph)."""
        ...

    def merged_triples(self) -> Iterator[Triple]:
        """Every triple of the merged (default) graph."""
        ...

    def named_graphs(self) -> list[URIRef]:
        """Every named graph, sorted."""
        ...

    def triple_count(self) -> int:
        """The number of distinct triples in the merged graph."""
        ...

    def dump(self, stream: IO[bytes], *, rdf_format: ox.RdfFormat, named_only: bool) -> None:
        """Serialise the merged graph, or every named graph, with newskg's prefixes."""
        ...

    def replace_graph(self, graph: URIRef, triples: Iterable[Triple]) -> bool:
        """Make a named graph hold exactly ``triples`` in one transaction; False if unchanged."""
        ...

    def replace_graphs(self, graphs: Iterable[tuple[URIRef, Iterable[Triple]]]) -> int:
        """Replace many named graphs (each named once), each whole or as it was; count changes."""
        ...

    def replace_graph_by_subject(self, graph: URIRef, groups: Iterable[Sequence[Triple]]) -> bool:
        """Make a large graph hold the triples of ``groups`` (each one subject's), in batches."""
        ...

    def drop_graph(self, graph: URIRef) -> bool:
        """Empty a named graph (and take its triples out of the merge) in one transaction."""
        ...

    def update(self, sparql: str) -> None:
        """Run a SPARQL update as one transaction."""
        ...

    def flush(self) -> None:
        """Make every write durable."""
        ...

    def optimize(self) -> None:
        """Compact what a build wrote, so later queries read fewer files."""
        ...

    def close(self) -> None:
        """Release the store."""
        ...

    def __enter__(self) -> Self: ...

    def __exit__(self, *exc_info: object) -> None: ...
