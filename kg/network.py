"""Project the RDF story graph onto a networkx graph, for drawing and analysis.

The RDF graph holds much that is not worth a node in a picture (images, metadata
values, provenance, mentions); the projection keeps the things a reader follows a
story by (articles, outlets, organisations, persons, places, topics, events and
stories) and the relations between them, each edge labelled in words.

``G`` is a ``networkx.MultiDiGraph`` keyed by IRI. Every node carries:

- ``label``: its name (``schema:name``, a headline, or an event's ``rdfs:label``);
- ``kind``: one of :data:`KINDS`; an organisation that publishes articles is a
  ``provider``, even when a text also names it;
- ``aliases``: the other names (``schema:alternateName``), sorted;
- ``date``: an ISO date, year-month or year (publication, event or story start), or None;
- ``end_date``: the last day of a story, or None;
- ``url``: an article's or outlet's ``schema:url``, or None;

and events also ``event_type`` (the most specific class, e.g. ``ContractSuspension``),
``object_text`` (an object that is a phrase, not a node) and ``evidence``: a list of
``(sentence, article IRI or None)`` pairs, the article being the report that holds
the sentence. Edges are keyed by the predicate's IRI and carry ``label``.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable
from typing import IO, Any

import networkx as nx
from rdflib import URIRef

from kg.errors import NewsKGError
from kg.namespaces import KG, SCHEMA
from kg.store import Store

KINDS = ("article", "provider", "organization", "person", "place", "topic", "event", "story")
"""Every kind of node, in the order a legend lists them."""

ENTITY_KINDS = frozenset({"provider", "organization", "person", "place"})
"""The kinds that are real-world entities (what ``kg analyse`` ranks and ``kg path`` joins)."""

_CLASS_KINDS = {
    str(KG.Event): "event",
    str(KG.Story): "story",
    str(SCHEMA.NewsArticle): "article",
    str(SCHEMA.Person): "person",
    str(SCHEMA.Organization): "organization",
    str(SCHEMA.Place): "place",
    str(SCHEMA.DefinedTerm): "topic",
}
"""rdf:type → kind; when a node has several classes the first listed here wins."""


class UnknownEntity(NewsKGError):
    """A name given on the command line matches no node; the message lists close ones.

    >>> str(UnknownEntity("Acme Robtics", ["Acme Robotics"]))
    "no entity named 'Acme Robtics' (close: Acme Robotics)"
    """

    code = "E020"

    def __init__(self, name: str, close: list[str]) -> None:
        hint = f" (close: {', '.join(close)})" if close else " (no close match)"
        super().__init__(f"no entity named {name!r}{hint}")


_RELATIONS: dict[str, tuple[str, bool]] = {
    str(SCHEMA.publisher): ("published", True),
    str(SCHEMA.author): ("wrote", True),
    str(SCHEMA.contributor): ("contributed to", True),
    str(SCHEMA.about): ("about", False),
    str(SCHEMA.mentions): ("mentions", False),
    str(KG.relatedArticle): ("related to", False),
    str(KG.agent): ("agent", False),
    str(KG.object): ("object", False),
    str(KG.place): ("place", False),
    str(KG.reportedBy): ("reported by", False),
    str(KG.storyArticle): ("article", False),
    str(KG.storyEvent): ("event", False),
}
"""Predicate → (edge label, drawn against the RDF direction?).

``schema:publisher`` points from the article to its outlet; drawn the other way it
reads as the issue asks, "Daily Ledger —published→ article", and so do bylines.
"""

EDGE_LABELS = {predicate: label for predicate, (label, _) in _RELATIONS.items()}
"""The label each projected predicate's edges carry."""

_PREFIXES = """
PREFIX schema: <https://schema.org/>
PREFIX kg: <https://w3id.org/newskg/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
"""

_NODES = """
SELECT ?node ?class
       (MIN(COALESCE(?name, ?headline, ?rdfs_label)) AS ?label)
       (MIN(COALESCE(?published, ?event_date, ?start)) AS ?date)
       (MIN(?end0) AS ?end)
       (MIN(STR(?url0)) AS ?url)
       (GROUP_CONCAT(DISTINCT ?alias; separator="\\u001f") AS ?aliases) WHERE {
  VALUES ?class { %s }
  ?node a ?class .
  OPTIONAL { ?node schema:name ?name }
  OPTIONAL { ?node schema:headline ?headline }
  OPTIONAL { ?node rdfs:label ?rdfs_label }
  OPTIONAL { ?node schema:datePublished ?published }
  OPTIONAL { ?node kg:date ?event_date }
  OPTIONAL { ?node schema:startDate ?start }
  OPTIONAL { ?node schema:endDate ?end0 }
  OPTIONAL { ?node schema:url ?url0 }
  OPTIONAL { ?node schema:alternateName ?alias }
} GROUP BY ?node ?class
"""

_PROVIDERS = "SELECT DISTINCT ?provider WHERE { ?article schema:publisher ?provider }"

_EVENT_TYPES = """
SELECT DISTINCT ?event ?type WHERE {
  ?event a kg:Event , ?type . FILTER(STRSTARTS(STR(?type), STR(kg:)) && ?type != kg:Event)
}
"""

_EVENT_GROUPS = frozenset({"BusinessEvent", "RegulatoryEvent", "LegalEvent", "CommunicationEvent"})

_EVENT_OBJECTS = """
SELECT ?event ?object WHERE { ?event a kg:Event ; kg:object ?object . FILTER(isLiteral(?object)) }
"""

# An event lists its evidence sentences and its reports side by side; a sentence
# belongs to the report whose text (headline, excerpt, body or a mention's sentence)
# holds it.
_EVIDENCE = r"""
SELECT ?event ?evidence ?article ?holds WHERE {
  ?event a kg:Event ; kg:evidence ?evidence .
  OPTIONAL { ?event kg:reportedBy ?article }
  BIND(EXISTS {
    { ?article schema:headline|schema:description|schema:articleBody ?text }
    UNION { ?mention kg:inArticle ?article ; kg:sentence ?text }
    FILTER(CONTAINS(STR(?text), REPLACE(STR(?evidence), "^\\s+|\\s+$", "")))
  } AS ?holds)
}
"""

_EDGES = """
SELECT DISTINCT ?s ?p ?o WHERE { VALUES ?p { %s } ?s ?p ?o . FILTER(isIRI(?o)) }
"""


def project_graph(store: Store) -> nx.MultiDiGraph:
    """The story graph as a networkx multigraph (see the module docstring).

    Nodes and edges are added in sorted order, so two projections of the same graph
    are identical, and seeded algorithms run on them give the same answers.
    """
    G = nx.MultiDiGraph()
    classes = " ".join(f"<{c}>" for c in _CLASS_KINDS)
    rank = {kind: i for i, kind in enumerate(_CLASS_KINDS.values())}
    nodes: dict[str, dict[str, Any]] = {}
    for row in store.select(_PREFIXES + _NODES % classes):
        kind = _CLASS_KINDS[str(row["class"])]
        node = str(row["node"])
        if node in nodes and rank[nodes[node]["kind"]] <= rank[kind]:
            continue
        aliases = str(row.get("aliases") or "").split("\x1f")
        nodes[node] = {
            "kind": kind,
            "label": str(row.get("label") or _tail(node)),
            "aliases": sorted({a for a in aliases if a}),
            "date": _text(row.get("date")),
            "end_date": _text(row.get("end")),
            "url": _text(row.get("url")),
        }
    for row in store.select(_PREFIXES + _PROVIDERS):
        provider = nodes.get(str(row["provider"]))
        if provider is not None and provider["kind"] == "organization":
            provider["kind"] = "provider"
    _add_event_details(store, nodes)
    for node in sorted(nodes):
        G.add_node(node, **nodes[node])
    predicates = " ".join(f"<{p}>" for p in _RELATIONS)
    edges = []
    for row in store.select(_EDGES % predicates):
        source, target, predicate = str(row["s"]), str(row["o"]), str(row["p"])
        label, reverse = _RELATIONS[predicate]
        if reverse:
            source, target = target, source
        if source in G and target in G:
            edges.append((source, target, predicate, label))
    for source, target, predicate, label in sorted(edges):
        G.add_edge(source, target, key=predicate, label=label)
    return G


def _add_event_details(store: Store, nodes: dict[str, dict[str, Any]]) -> None:
    """Give event nodes their type, phrase object and evidence paired with its report."""
    events = {n: data for n, data in nodes.items() if data["kind"] == "event"}
    if not events:
        return
    for data in events.values():
        data.update(event_type=None, object_text=None, evidence=[])
    types: dict[str, set[str]] = {}
    for row in store.select(_PREFIXES + _EVENT_TYPES):
        types.setdefault(str(row["event"]), set()).add(str(row["type"]).rsplit("#", 1)[-1])
    for event, names in types.items():
        if event in events:
            specific = names - _EVENT_GROUPS or names
            events[event]["event_type"] = min(specific)
    for row in store.select(_PREFIXES + _EVENT_OBJECTS):
        if str(row["event"]) in events:
            events[str(row["event"])]["object_text"] = str(row["object"])
    found: dict[tuple[str, str], set[str]] = {}
    for row in store.select(_PREFIXES + _EVIDENCE):
        key = (str(row["event"]), " ".join(str(row["evidence"]).split()))
        holders = found.setdefault(key, set())
        if row.get("article") is not None and str(row.get("holds")) == "true":
            holders.add(str(row["article"]))
    for (event, sentence), holders in sorted(found.items()):
        if event in events:
            article = min(holders) if holders else None
            events[event]["evidence"].append((sentence, article))


def find_nodes(G: nx.Graph, name: str, *, kinds: Iterable[str] | None = None) -> list[str]:
    """The nodes whose name or an alternate name is ``name``, ignoring case.

    The best-connected comes first. A name that matches nothing raises
    :class:`UnknownEntity`, whose message lists the closest names, so a typo on the
    command line gets an answer rather than an empty page.
    """
    wanted = set(kinds) if kinds is not None else None
    key = name.casefold().strip()
    names: dict[str, str] = {}
    matches = []
    for node, data in G.nodes(data=True):
        if wanted is not None and data["kind"] not in wanted:
            continue
        for candidate in (data["label"], *data.get("aliases", ())):
            names.setdefault(candidate.casefold(), candidate)
            if candidate.casefold() == key:
                matches.append(node)
                break
    if not matches:
        close = difflib.get_close_matches(key, list(names), n=5, cutoff=0.6)
        close += [n for n in sorted(names) if key and key in n and n not in close]
        raise UnknownEntity(name, [names[c] for c in close[:5]])
    return sorted(matches, key=lambda n: (-G.degree(n), n))


def _text(term: object) -> str | None:
    return str(term) if term is not None and str(term) else None


def _tail(iri: URIRef | str) -> str:
    return str(iri).rstrip("/").rsplit("/", 1)[-1]


def exportable_graph(G: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """``G`` with only string and number attributes, as GraphML and GEXF require.

    Nodes keep ``label``, ``kind``, ``date`` ("" when unknown), ``aliases`` (joined with
    "; ") and ``url``; edges get unique ids and keep ``label`` and the predicate IRI as
    ``relation``.
    """
    H = nx.MultiDiGraph()
    for node, data in G.nodes(data=True):
        H.add_node(
            node,
            label=data["label"],
            kind=data["kind"],
            date=data.get("date") or "",
            aliases="; ".join(data.get("aliases") or ()),
            url=data.get("url") or "",
        )
    for i, (source, target, key, data) in enumerate(G.edges(keys=True, data=True)):
        H.add_edge(source, target, key=f"e{i}", label=data["label"], relation=str(key))
    return H


def write_network(store: Store, stream: IO[bytes], *, network_format: str) -> None:
    """Write the projected network as ``graphml`` or ``gexf`` (``kg export``)."""
    H = exportable_graph(project_graph(store))
    if network_format == "graphml":
        nx.write_graphml(H, stream)
    elif network_format == "gexf":
        nx.write_gexf(H, stream)
    else:
        raise ValueError(f"unknown network format {network_format!r}")
