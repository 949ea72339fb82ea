"""Convert terms between rdflib and pyoxigraph, and write them as SPARQL text.

Updates are sent as SPARQL text (one request = one transaction, locally and on a
remote endpoint alike); pyoxigraph's own serialisation of each term guarantees the
escaping Oxigraph expects.
"""

from __future__ import annotations

from collections.abc import Iterable

import pyoxigraph as ox
from rdflib import BNode, Literal, URIRef
from rdflib.term import Node

Triple = tuple[Node, Node, Node]


def to_ox(term: Node) -> ox.NamedNode | ox.BlankNode | ox.Literal:
    """An rdflib term as a pyoxigraph term."""
    if isinstance(term, URIRef):
        return ox.NamedNode(str(term))
    if isinstance(term, Literal):
        if term.language:
            return ox.Literal(str(term), language=term.language)
        if term.datatype:
            return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype)))
        return ox.Literal(str(term))
    if isinstance(term, BNode):
        return ox.BlankNode(str(term))
    raise TypeError(f"cannot store {term!r}")


def from_ox(term: ox.NamedNode | ox.BlankNode | ox.Literal | ox.Triple) -> Node:
    """A pyoxigraph term as an rdflib term (quoted RDF-star triples are not newskg's)."""
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    if isinstance(term, ox.Triple):
        raise TypeError(f"newskg stores no quoted triples: {term}")
    if term.language:
        return Literal(term.value, lang=term.language)
    datatype = term.datatype.value
    if datatype == "http://www.w3.org/2001/XMLSchema#string":
        return Literal(term.value)
    return Literal(term.value, datatype=URIRef(datatype))


def sparql_term(term: Node) -> str:
    """A term in SPARQL/N-Triples syntax."""
    return str(to_ox(term))


def sparql_triples(triples: Iterable[Triple]) -> str:
    """Triples as a block of N-Triples statements for ``INSERT DATA``/``DELETE DATA``."""
    return "\n".join(
        f"{sparql_term(s)} {sparql_term(p)} {sparql_term(o)} ." for s, p, o in sorted(triples)
    )
