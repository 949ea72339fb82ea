"""Project the RDF story graph onto a networkx graph for drawing and analysis.

Nodes are articles, outlets, organisations, persons, places, topics, events and
stories; edges are the relations between them, labelled (published by, mentions,
agent, ...). ``G`` is a ``networkx.MultiDiGraph`` whose nodes carry ``label``,
``kind``, ``aliases`` and, for events and articles, ``date``.
"""

from __future__ import annotations

import networkx as nx
from rdflib import URIRef

from kg.namespaces import KG, SCHEMA
from kg.store import LocalStore

NODE_KINDS = {
    str(SCHEMA.NewsArticle): "article",
    str(SCHEMA.Organization): "organization",
    str(SCHEMA.Person): "person",
    str(SCHEMA.Place): "place",
    str(SCHEMA.DefinedTerm): "topic",
    str(KG.Event): "event",
    str(KG.Story): "story",
}

EDGE_LABELS = {
    str(SCHEMA.publisher): "published by",
    str(SCHEMA.author): "written by",
    str(SCHEMA.contributor): "contributed to by",
    str(SCHEMA.about): "about",
    str(SCHEMA.mentions): "mentions",
    str(KG.relatedArticle): "related to",
    str(KG.agent): "agent",
    str(KG.object): "object",
    str(KG.place): "place",
    str(KG.reportedBy): "reported by",
    str(KG.storyArticle): "includes article",
    str(KG.storyEvent): "includes event",
}

_NODES = """
SELECT ?node ?class (SAMPLE(?name0) AS ?name) (SAMPLE(?date0) AS ?date)
       (GROUP_CONCAT(DISTINCT ?alias; separator="|") AS ?aliases) WHERE {
  VALUES ?class { %s }
  ?node a ?class .
  OPTIONAL { ?node schema:name|schema:headline ?name0 }
  OPTIONAL { ?node schema:datePublished|kg:date ?date0 }
  OPTIONAL { ?node schema:alternateName ?alias }
} GROUP BY ?node ?class
"""

_EDGES = """
SELECT DISTINCT ?s ?p ?o WHERE { VALUES ?p { %s } ?s ?p ?o . FILTER(isIRI(?o)) }
"""


def project_graph(store: LocalStore) -> nx.MultiDiGraph:
    """The story graph as a networkx multigraph (see the module docstring)."""
    G = nx.MultiDiGraph()
    classes = " ".join(f"<{c}>" for c in NODE_KINDS)
    rows = store.select(
        "PREFIX schema: <https://schema.org/> PREFIX kg: <https://w3id.org/newskg/ontology#>"
        + _NODES % classes
    )
    for row in rows:
        node = str(row["node"])
        kind = NODE_KINDS[str(row["class"])]
        if node in G and G.nodes[node]["kind"] == "event":
            continue
        G.add_node(
            node,
            kind=kind,
            label=str(row.get("name") or _tail(row["node"])),
            date=str(row["date"]) if row.get("date") else None,
            aliases=sorted(a for a in str(row.get("aliases") or "").split("|") if a),
        )
    predicates = " ".join(f"<{p}>" for p in EDGE_LABELS)
    for row in store.select(_EDGES % predicates):
        source, target = str(row["s"]), str(row["o"])
        if source in G and target in G:
            G.add_edge(source, target, key=str(row["p"]), label=EDGE_LABELS[str(row["p"])])
    return G


def _tail(iri: URIRef) -> str:
    return str(iri).rstrip("/").rsplit("/", 1)[-1]
