"""Check a graph against the project's SHACL shapes and report each problem on one line.

The shapes (``ontology/shapes.ttl``) say what a well-formed story graph looks like.
They are checked on the merged graph (the union of every named graph, because an
article, its entities and its events are spread over several) with RDFS inference
over the ontology, so that a shape targeting ``kg:Event`` also reaches every
``kg:Withdrawal``. pyshacl's own report is an RDF graph; this module turns it into
plain, sorted records whose ``format()`` is the line ``kg validate`` prints.

>>> from rdflib import Graph, Literal
>>> from rdflib.namespace import RDF
>>> from kg.namespaces import ID, SCHEMA
>>> g = Graph()
>>> article = ID["article/a"]
>>> _ = g.add((article, RDF.type, SCHEMA.NewsArticle))
>>> _ = g.add((article, SCHEMA.headline, Literal("A headline")))
>>> _ = g.add((article, SCHEMA.datePublished, Literal("yesterday")))
>>> report = validate_graph(g)
>>> report.conforms
False
>>> print(report.violations[0].format())
Violation: id:article/a schema:datePublished: "yesterday" is not an xsd:date or xsd:dateTime
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from pyshacl import validate as shacl_validate
from rdflib import BNode, ConjunctiveGraph, Graph, Literal, URIRef
from rdflib.collection import Collection
from rdflib.namespace import PROV, RDF, XSD
from rdflib.term import Node

from kg.namespaces import ID, KG, SCHEMA, SH
from kg.ontology import load_ontology, load_shapes

DISPLAY_PREFIXES: dict[str, str] = {
    "schema": str(SCHEMA),
    "kg": str(KG._NS),
    "prov": str(PROV),
    "xsd": str(XSD),
    "rdf": str(RDF),
    "id": str(ID),
    "kgsh": "https://w3id.org/newskg/shapes#",
}
"""Prefixes used to print IRIs in violation lines (longest namespace wins)."""

_SEVERITY_RANK = {"Violation": 0, "Warning": 1, "Info": 2}
_MAX_VALUE_CHARS = 80


def _compact(iri: str, prefixes: Mapping[str, str]) -> str:
    """``id:article/x`` for an IRI under a known namespace, else ``<iri>``."""
    best = ""
    best_prefix = ""
    for prefix, namespace in prefixes.items():
        if iri.startswith(namespace) and len(namespace) > len(best) and len(iri) > len(namespace):
            best, best_prefix = namespace, prefix
    if best:
        return f"{best_prefix}:{iri[len(best) :]}"
    return f"<{iri}>"


def format_term(term: Node | None, prefixes: Mapping[str, str] = DISPLAY_PREFIXES) -> str:
    """Print an RDF term the way a reader expects it in a one-line message.

    Strings are quoted (and cut short if long); a datatype other than ``xsd:string``
    is shown after ``^^``; IRIs are shortened with the usual prefixes.

    >>> format_term(Literal("yesterday"))
    '"yesterday"'
    >>> format_term(Literal("1024"))
    '"1024"'
    >>> format_term(Literal(1024))
    '"1024"^^xsd:integer'
    >>> format_term(URIRef("https://schema.org/name"))
    'schema:name'
    """
    if term is None:
        return ""
    if isinstance(term, URIRef):
        return _compact(str(term), prefixes)
    if isinstance(term, BNode):
        return f"_:{term}"
    if isinstance(term, Literal):
        text = str(term)
        if len(text) > _MAX_VALUE_CHARS:
            text = text[: _MAX_VALUE_CHARS - 1] + "…"
        quoted = json.dumps(text, ensure_ascii=False)
        if term.language:
            return f"{quoted}@{term.language}"
        if term.datatype is not None and term.datatype != XSD.string:
            return f"{quoted}^^{_compact(str(term.datatype), prefixes)}"
        return quoted
    return str(term)


@dataclass(frozen=True)
class Violation:
    """One problem SHACL found: which node, which property, which value, and why.

    ``path`` is the property path in SPARQL syntax with prefixed names
    (``"schema:datePublished"``, ``"schema:headline|schema:url"``), or ``None`` for a
    problem with the node itself; ``value`` is the offending value, or ``None`` when
    the problem is a count (a value missing, or too many). ``shape`` names the node
    shape the constraint belongs to (``"kgsh:EventShape"``).
    """

    severity: str
    focus_node: Node
    path: str | None
    value: Node | None
    message: str
    shape: str

    def format(self) -> str:
        """Print the problem as one line, for a terminal or a log.

        >>> from kg.namespaces import ID
        >>> Violation("Violation", ID["event/x"], "kg:reportedBy", None,
        ...           "missing", "kgsh:EventShape").format()
        'Violation: id:event/x kg:reportedBy: missing'
        """
        where = format_term(self.focus_node)
        if self.path:
            where += f" {self.path}"
        what = self.message
        # A node-level constraint reports the node itself as the value: print it once.
        if self.value is not None and not (self.path is None and self.value == self.focus_node):
            what = f"{format_term(self.value)} {what}"
        return f"{self.severity}: {where}: {what}"

    def sort_key(self) -> tuple[Any, ...]:
        """Severity first, then node, path, value and message, all as printed."""
        return (
            _SEVERITY_RANK.get(self.severity, len(_SEVERITY_RANK)),
            format_term(self.focus_node),
            self.path or "",
            format_term(self.value),
            self.message,
            self.shape,
        )


@dataclass(frozen=True)
class ValidationReport:
    """The outcome of :func:`validate_graph`.

    ``conforms`` is true when no problem has severity ``Violation`` (warnings and
    notes do not make a graph invalid); ``violations`` lists every problem found,
    sorted so that two runs over the same graph print the same lines.
    """

    conforms: bool
    violations: tuple[Violation, ...]

    def format(self) -> str:
        """Every problem, one per line (empty when there is none)."""
        return "\n".join(v.format() for v in self.violations)


def validate_graph(g: Graph, *, shapes: Graph | None = None) -> ValidationReport:
    """Check ``g`` against the newskg shapes (or ``shapes``) and list what is wrong.

    A ``Dataset`` or ``ConjunctiveGraph`` is validated as the union of its graphs,
    because the description of one node may be spread over several named graphs.
    The ontology is mixed in for RDFS inference (subclasses of ``kg:Event``, the
    ranges of ``kg:reportedBy`` and friends); ``g`` itself is left untouched.
    """
    shapes_graph = load_shapes() if shapes is None else shapes
    data = _merged_copy(g)
    conforms, results, _text = shacl_validate(
        data,
        shacl_graph=shapes_graph,
        ont_graph=load_ontology(),
        inference="rdfs",
        abort_on_first=False,
        allow_infos=True,
        allow_warnings=True,
        advanced=False,
        inplace=True,
    )
    # A value can break two constraints of one shape with one message (a string width
    # is neither an integer nor >= 0); the reader needs the line once.
    violations = tuple(sorted(set(_read_results(results, shapes_graph)), key=Violation.sort_key))
    has_violation = any(v.severity == "Violation" for v in violations)
    return ValidationReport(conforms=bool(conforms) and not has_violation, violations=violations)


def _merged_copy(g: Graph) -> Graph:
    """Copy ``g`` into a private in-memory graph, merging every named graph into one.

    pyshacl adds the ontology and the inferred triples to the graph it is given; a
    copy of our own lets it do so in place, without a second copy, and keeps the
    caller's graph (perhaps a store on disk) unchanged.
    """
    merged = Graph()
    if isinstance(g, ConjunctiveGraph):  # also Dataset
        for s, p, o, _ctx in g.quads((None, None, None, None)):
            merged.add((s, p, o))
    else:
        for triple in g:
            merged.add(triple)
    return merged


def _read_results(results: Graph, shapes_graph: Graph) -> Iterable[Violation]:
    """Turn pyshacl's results graph into :class:`Violation` records."""
    for result in results.subjects(RDF.type, SH.ValidationResult):
        focus = results.value(result, SH.focusNode)
        if focus is None:  # pragma: no cover - every SHACL result has a focus node
            continue
        severity_iri = results.value(result, SH.resultSeverity)
        severity = (
            str(severity_iri).removeprefix(str(SH)) if severity_iri is not None else "Violation"
        )
        source_shape = results.value(result, SH.sourceShape)
        path = _result_path(results, result, source_shape, shapes_graph)
        value = results.value(result, SH.value)
        yield Violation(
            severity=severity,
            focus_node=focus,
            path=path,
            value=value,
            message=_message(results, result, source_shape, shapes_graph),
            shape=_shape_name(source_shape, shapes_graph),
        )


def _message(results: Graph, result: Node, source_shape: Node | None, shapes: Graph) -> str:
    """Pick the shape's own ``sh:message`` (English first), else pyshacl's text."""
    own = list(shapes.objects(source_shape, SH.message)) if source_shape is not None else []
    candidates = own or list(results.objects(result, SH.resultMessage))
    if not candidates:
        return "does not conform"
    candidates.sort(key=lambda m: (getattr(m, "language", None) not in (None, "en"), str(m)))
    return str(candidates[0])


def _result_path(
    results: Graph, result: Node, source_shape: Node | None, shapes: Graph
) -> str | None:
    """Print the result's path; complex paths are read from the shapes graph.

    pyshacl copies a complex path's blank node into its report without its
    structure, so the structure is taken from the source shape's ``sh:path``.
    """
    path = results.value(result, SH.resultPath)
    if path is None:
        return None
    if isinstance(path, URIRef):
        return format_term(path)
    if source_shape is not None:
        declared = shapes.value(source_shape, SH.path)
        if declared is not None:
            return _format_path(declared, shapes)
    return _format_path(path, results)


def _format_path(path: Node, g: Graph) -> str:
    """Print a SHACL property path in SPARQL property-path syntax, with prefixed names."""
    if isinstance(path, URIRef):
        return format_term(path)
    if (path, RDF.first, None) in g:
        return "/".join(_format_path(step, g) for step in Collection(g, path))
    for predicate, template in (
        (SH.inversePath, "^{}"),
        (SH.zeroOrMorePath, "{}*"),
        (SH.oneOrMorePath, "{}+"),
        (SH.zeroOrOnePath, "{}?"),
    ):
        inner = g.value(path, predicate)
        if inner is not None:
            return template.format(_format_path(inner, g))
    alternatives = g.value(path, SH.alternativePath)
    if alternatives is not None:
        return "|".join(_format_path(step, g) for step in Collection(g, alternatives))
    return format_term(path)


def _shape_name(shape: Node | None, shapes: Graph) -> str:
    """Name the node shape a result came from; a blank property shape by its owner."""
    if shape is None:
        return ""
    if isinstance(shape, BNode):
        owner = shapes.value(None, SH.property, shape)
        if owner is not None:
            return format_term(owner)
    return format_term(shape)
