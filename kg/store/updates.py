"""The SPARQL updates that write a store, shared by the local and the remote store.

Each write is one update request, which Oxigraph (and any SPARQL 1.1 server) applies as
one transaction, so an article's graph is always whole or absent. Building the text in
one place keeps the two stores' graphs identical, default-graph merge included.
"""

from __future__ import annotations

from collections.abc import Iterable

from rdflib.term import Node

from kg.store.terms import OxTerm, Triple, sparql_term, sparql_triples, to_ox


def triple_changes(
    old: Iterable[Triple], new: Iterable[Triple]
) -> tuple[list[Triple], list[Triple]]:
    """The triples to remove from and to add to a graph holding ``old`` to make it ``new``.

    Terms are compared in their stored form, so ``"1"^^xsd:string`` and ``"1"`` are the
    same triple, as they are in the store.
    """
    before = {_key(t): t for t in old}
    after = {_key(t): t for t in new}
    removed = [before[k] for k in before.keys() - after.keys()]
    added = [after[k] for k in after.keys() - before.keys()]
    return removed, added


def replace_graph_update(
    graph: Node | OxTerm, removed: Iterable[Triple], added: Iterable[Triple]
) -> str:
    """The SPARQL update that swaps triples in one graph and keeps the merge in step.

    A removed triple leaves the default graph only when no other named graph still
    holds it; the update runs as one transaction, so readers never see a half state.
    """
    g = sparql_term(graph)
    operations = []
    if removed:
        operations.append(f"DELETE DATA {{ GRAPH {g} {{\n{sparql_triples(removed)}\n}} }}")
    if added:
        operations.append(f"INSERT DATA {{ GRAPH {g} {{\n{sparql_triples(added)}\n}} }}")
    if removed:
        rows = "\n".join(
            sorted(f"({sparql_term(s)} {sparql_term(p)} {sparql_term(o)})" for s, p, o in removed)
        )
        operations.append(
            "DELETE { ?s ?p ?o } WHERE { VALUES (?s ?p ?o) {\n"
            + rows
            + "\n} FILTER NOT EXISTS { GRAPH ?other { ?s ?p ?o } } }"
        )
    if added:
        operations.append(f"INSERT DATA {{\n{sparql_triples(added)}\n}}")
    return " ;\n".join(operations)


def _key(triple: Triple) -> tuple[str, str, str]:
    return (str(to_ox(triple[0])), str(to_ox(triple[1])), str(to_ox(triple[2])))
