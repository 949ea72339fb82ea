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

OxTerm = ox.NamedNode | ox.BlankNode | ox.Literal
Triple = tuple[Node, Node, Node] | tuple[OxTerm, OxTerm, OxTerm]
"""A triple of rdflib terms or of pyoxigraph terms: stores take either.

The mappers make pyoxigraph terms, the store's own form, so that writing a graph
converts nothing; rdflib terms are for code that reasons about the graph in Python.
"""

_OX_TYPES = (ox.NamedNode, ox.Literal, ox.BlankNode)


def to_ox(term: Node | OxTerm) -> OxTerm:
    """An rdflib term as a pyoxigraph term (a pyoxigraph term is returned as it is)."""
    if type(term) in _OX_TYPES:
        return term  # type: ignore[return-value]
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


def rdflib_triple(triple: Triple) -> tuple[Node, Node, Node]:
    """A triple as rdflib terms, whichever form it came in."""
    s, p, o = triple
    return (
        s if isinstance(s, Node) else from_ox(s),
        p if isinstance(p, Node) else from_ox(p),
        o if isinstance(o, Node) else from_ox(o),
    )


def sparql_term(term: Node | OxTerm) -> str:
    """A term in SPARQL/N-Triples syntax."""
    return str(to_ox(term))


def sparql_triples(triples: Iterable[Triple]) -> str:
    """Triples as a block of N-Triples statements for ``INSERT DATA``/``DELETE DATA``."""
    return "\n".join(
        sorted(f"{sparql_term(s)} {sparql_term(p)} {sparql_term(o)} ." for s, p, o in triples)
    )
