"""``kg export``: write the story graph in a standard RDF format.

One table maps each format name to how it is written, as rdflib's plugin table does:
the CLI's choices, the README and the round-trip tests all read it. Triple formats
(Turtle, N-Triples, JSON-LD, RDF/XML) hold the merged graph; quad formats (TriG,
N-Quads) keep one named graph per article plus the entities graph.
"""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import IO

import pyoxigraph as ox
from rdflib import Graph

from kg.namespaces import PREFIXES
from kg.store import Store

CONTEXT_IRI = "https://w3id.org/newskg/context.jsonld"


@dataclass(frozen=True)
class ExportFormat:
    """An export format: its file suffix, whether it keeps named graphs, its writer."""

    name: str
    suffix: str
    keeps_graphs: bool
    write: Callable[[Store, IO[bytes]], None]


def _oxigraph_writer(rdf_format: ox.RdfFormat, *, named_only: bool) -> Callable[..., None]:
    def write(store: Store, stream: IO[bytes]) -> None:
        store.dump(stream, rdf_format=rdf_format, named_only=named_only)

    return write


def merged_graph(store: Store) -> Graph:
    """The merged (default) graph in memory, for rdflib-based writers and validation."""
    g = Graph()
    for prefix, namespace in PREFIXES.items():
        g.bind(prefix, namespace)
    for triple in store.merged_triples():
        g.add(triple)
    return g


def _write_jsonld(store: Store, stream: IO[bytes]) -> None:
    """JSON-LD compacted with newskg's published context (embedded, so it works offline)."""
    from kg.ontology import context_path

    context = json.loads(context_path().read_text(encoding="utf-8"))["@context"]
    text = merged_graph(store).serialize(format="json-ld", context=context, auto_compact=True)
    stream.write(text.encode("utf-8"))


def _network_writer(network_format: str) -> Callable[[Store, IO[bytes]], None]:
    """GraphML or GEXF of the projected network (not RDF), for Gephi and Cytoscape."""

    def write(store: Store, stream: IO[bytes]) -> None:
        from kg.network import write_network

        write_network(store, stream, network_format=network_format)

    return write


EXPORT_FORMATS: dict[str, ExportFormat] = {
    "turtle": ExportFormat(
        "turtle", ".ttl", False, _oxigraph_writer(ox.RdfFormat.TURTLE, named_only=False)
    ),
    "trig": ExportFormat(
        "trig", ".trig", True, _oxigraph_writer(ox.RdfFormat.TRIG, named_only=True)
    ),
    "nquads": ExportFormat(
        "nquads", ".nq", True, _oxigraph_writer(ox.RdfFormat.N_QUADS, named_only=True)
    ),
    "ntriples": ExportFormat(
        "ntriples", ".nt", False, _oxigraph_writer(ox.RdfFormat.N_TRIPLES, named_only=False)
    ),
    "jsonld": ExportFormat("jsonld", ".jsonld", False, _write_jsonld),
    "rdfxml": ExportFormat(
        "rdfxml", ".rdf", False, _oxigraph_writer(ox.RdfFormat.RDF_XML, named_only=False)
    ),
    "graphml": ExportFormat("graphml", ".graphml", False, _network_writer("graphml")),
    "gexf": ExportFormat("gexf", ".gexf", False, _network_writer("gexf")),
}
"""Every export format by the name ``--format`` takes."""


def export(store: Store, *, export_format: str, output: Path | None) -> None:
    """Write the graph to ``output`` (``None`` for standard output).

    The file is written beside its target and renamed into place, so an interrupted
    export never leaves a truncated file where a good one was.
    """
    writer = EXPORT_FORMATS[export_format]
    if output is None:
        import sys

        writer.write(store, sys.stdout.buffer)
        sys.stdout.buffer.flush()
        return
    output.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=output.parent, prefix=f".{output.name}.")
    try:
        with os.fdopen(handle, "wb") as stream:
            writer.write(store, stream)
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(temporary, 0o666 & ~umask)  # mkstemp's 0600 is not what a user expects
        os.replace(temporary, output)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
