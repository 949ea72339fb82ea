"""pyoxigraph query results as rdflib ``Result`` objects, converted once per distinct term.

``LocalStore.query`` used to go through oxrdflib (``Dataset.query``), which makes a
new rdflib term for every cell of every row. rdflib's ``Literal`` constructor parses
the lexical form into a Python value each time (about 14 µs a literal), and a listing
repeats the same names, headlines, dates and providers on many rows: converting the
rows cost more than Oxigraph took to answer (``bench/sparql_latency.py``: 225 ms for
a query Oxigraph answered in 92 ms). Here each distinct term is converted once per
result and reused (rdflib terms are immutable), with the conversion oxrdflib makes, so
the result is the one ``Dataset.query`` gives (``tests/store/test_results.py``
compares them).
"""

from __future__ import annotations

from collections.abc import Iterator

import pyoxigraph as ox
from rdflib import BNode, Graph, Literal, URIRef, Variable
from rdflib.query import Result
from rdflib.term import Node

OxResult = ox.QuerySolutions | ox.QueryBoolean | ox.QueryTriples
OxTerm = ox.NamedNode | ox.BlankNode | ox.Literal | ox.Triple


def rdflib_result(result: OxResult) -> Result:
    """The rdflib form of a pyoxigraph query result, as oxrdflib would make it."""
    if isinstance(result, ox.QueryBoolean):
        out = Result("ASK")
        out.askAnswer = bool(result)
        return out
    converter = _Converter()
    if isinstance(result, ox.QuerySolutions):
        out = Result("SELECT")
        variables = [Variable(v.value) for v in result.variables]
        out.vars = variables
        out.bindings = _bindings(result, variables, converter)  # type: ignore[assignment]
        return out
    out = Result("CONSTRUCT")
    out.graph = Graph()
    out.graph += (converter.triple(t) for t in result)
    return out


def _bindings(
    solutions: ox.QuerySolutions, variables: list[Variable], converter: _Converter
) -> Iterator[dict[Variable, Node | None]]:
    """Rows as oxrdflib gives them: every variable a key, None where it is unbound."""
    term = converter.term
    for solution in solutions:
        yield {
            var: (None if value is None else term(value))
            for var, value in zip(variables, solution, strict=True)
        }


class _Converter:
    """Converts pyoxigraph terms to rdflib terms, each distinct term once."""

    def __init__(self) -> None:
        self._done: dict[object, Node] = {}

    def term(self, value: OxTerm) -> Node:
        """The rdflib term of ``value`` (the one already made, when it was seen before)."""
        done = self._done.get(value)
        if done is None:
            done = self._done[value] = self._convert(value)
        return done

    def _convert(self, value: OxTerm) -> Node:
        """The conversion oxrdflib makes: a literal keeps its datatype, ``xsd:string`` included."""
        if isinstance(value, ox.NamedNode):
            return URIRef(value.value)
        if isinstance(value, ox.BlankNode):
            return BNode(value.value)
        if isinstance(value, ox.Literal):
            if value.language:
                return Literal(value.value, lang=value.language)
            return Literal(value.value, datatype=URIRef(value.datatype.value))
        # A quoted triple (RDF-star), which newskg never stores but a query can make.
        return self.triple(value)  # type: ignore[return-value]

    def triple(self, triple: ox.Triple) -> tuple[Node, Node, Node]:
        """A triple of a CONSTRUCT or DESCRIBE result as rdflib terms."""
        return (
            self.term(triple.subject),
            self.term(triple.predicate),
            self.term(triple.object),
        )
