"""Network analytics of the story graph: who is central, which groups form, how two connect.

Every function takes the projected graph ``G`` (see :mod:`kg.network`) and works on
its undirected, simple shadow: the direction of an edge says how a triple was written
(article → entity), not which way influence flows, and two relations between the same
pair of nodes are one tie. Everything random is seeded, and graphs are built in sorted
order, so the same store always gives the same answers.

>>> G = nx.MultiDiGraph()
>>> G.add_node("a", label="A story", kind="article", aliases=[])
>>> for e in ("x", "y"):
...     G.add_node(e, label=e.upper(), kind="organization", aliases=[])
...     _ = G.add_edge("a", e, key="mentions", label="mentions")
>>> [step.format() for step in connect(G, "x", "Y")]
['X —mentioned with→ Y (in: "A story")']
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from itertools import combinations, islice, pairwise
from typing import Any

import networkx as nx

from kg.errors import NewsKGError
from kg.network import ENTITY_KINDS, find_nodes

EXACT_BETWEENNESS_LIMIT = 2000
"""Above this many nodes betweenness is estimated from a seeded sample of sources."""

BETWEENNESS_WORK = 4_000_000
"""Roughly how many node and edge visits the betweenness sample may cost: each source is
one breadth-first search, about 0.2 s per 200,000 nodes and edges in pure Python."""
SEED = 0
"""The seed of Louvain and of sampled betweenness, fixed so runs repeat exactly."""


class NoConnection(NewsKGError):
    """Two entities exist but nothing in the graph joins them."""

    code = "E021"


def simple_graph(G: nx.Graph) -> nx.Graph:
    """The undirected simple graph under ``G``, nodes and edges in sorted order."""
    H = nx.Graph()
    H.add_nodes_from(sorted(G.nodes))
    H.add_edges_from(sorted({tuple(sorted((u, v))) for u, v in G.edges() if u != v}))
    return H


def rank_nodes(G: nx.Graph) -> dict[str, float]:
    """PageRank of every node (on the undirected graph), the importance used for sizes.

    PageRank rather than degree: an outlet that published one article has degree 1
    and so does a passing mention, but a node tied to well-connected nodes ranks higher.
    """
    H = simple_graph(G)
    if H.number_of_nodes() == 0:
        return {}
    return nx.pagerank(H)


@dataclass(frozen=True)
class Ranked:
    """One node in a ranking, with its score."""

    node: str
    label: str
    kind: str
    value: float

    def as_dict(self) -> dict[str, Any]:
        """JSON-ready."""
        return {"iri": self.node, "label": self.label, "kind": self.kind, "value": self.value}


@dataclass(frozen=True)
class Community:
    """A Louvain community: its size, its kinds and its most important members."""

    size: int
    kinds: dict[str, int]
    members: list[Ranked]

    def as_dict(self) -> dict[str, Any]:
        """JSON-ready."""
        return {
            "size": self.size,
            "kinds": self.kinds,
            "members": [m.as_dict() for m in self.members],
        }


@dataclass
class Analysis:
    """What ``kg analyse`` reports."""

    nodes: int
    edges: int
    entities: int
    degree: list[Ranked]
    betweenness: list[Ranked]
    pagerank: list[Ranked]
    communities: list[Community]
    more_communities: int = 0
    singletons: int = 0
    betweenness_sample: int | None = None
    seed: int = SEED
    notes: list[str] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        """JSON-ready (``kg analyse --format json``)."""
        return {
            "graph": {"nodes": self.nodes, "edges": self.edges, "entities": self.entities},
            "degree": [r.as_dict() for r in self.degree],
            "betweenness": [r.as_dict() for r in self.betweenness],
            "betweenness_sample": self.betweenness_sample,
            "pagerank": [r.as_dict() for r in self.pagerank],
            "communities": [c.as_dict() for c in self.communities],
            "more_communities": self.more_communities,
            "singletons": self.singletons,
            "seed": self.seed,
        }

    def format(self) -> str:
        """Plain text for a terminal."""
        lines = [
            f"graph: {self.nodes} nodes, {self.edges} edges, {self.entities} entities "
            "(organisations, persons, places, outlets)",
            "",
        ]
        sample = (
            f", estimated from {self.betweenness_sample} sampled sources"
            if self.betweenness_sample
            else ""
        )
        sections = (
            ("degree (distinct neighbours)", self.degree, "{:>6.0f}"),
            (
                f"betweenness (share of shortest paths through it{sample})",
                self.betweenness,
                "{:>6.3f}",
            ),
            ("pagerank", self.pagerank, "{:>6.3f}"),
        )
        for title, ranking, number in sections:
            lines.append(title)
            lines.extend(f"  {number.format(r.value)}  {r.label}  ({r.kind})" for r in ranking)
            if not ranking:
                lines.append("  (no entities)")
            lines.append("")
        lines.append(f"communities (Louvain, seed {self.seed})")
        for i, community in enumerate(self.communities, 1):
            kinds = ", ".join(f"{n} {_plural(kind, n)}" for kind, n in community.kinds.items())
            names = "; ".join(m.label for m in community.members)
            lines.append(f"  {i:>2}. {community.size} nodes ({kinds}): {names}")
        rest = []
        if self.more_communities:
            rest.append(f"{self.more_communities} more")
        if self.singletons:
            rest.append(f"{self.singletons} single unconnected nodes")
        if rest:
            lines.append(f"  and {', '.join(rest)}")
        if not self.communities:
            lines.append("  (none)")
        return "\n".join(lines)


def analyse(G: nx.Graph, *, top: int = 10, seed: int = SEED) -> Analysis:
    """Rank the entities of ``G`` by degree, betweenness and PageRank; find communities.

    Centralities are computed on the whole graph (articles and events are the paths
    between entities) and reported for entities only, the nodes a reader asks about.
    """
    H = simple_graph(G)
    entities = [n for n in H if G.nodes[n]["kind"] in ENTITY_KINDS]
    pagerank = rank_nodes(G)
    sample = None
    if H.number_of_nodes() > EXACT_BETWEENNESS_LIMIT:
        size = H.number_of_nodes() + H.number_of_edges()
        sample = max(10, min(500, BETWEENNESS_WORK // size))
        betweenness = nx.betweenness_centrality(H, k=sample, seed=seed)
    else:
        betweenness = nx.betweenness_centrality(H)
    degree = {n: float(d) for n, d in H.degree()}

    def ranking(scores: Mapping[str, float]) -> list[Ranked]:
        best = sorted(entities, key=lambda n: (-scores.get(n, 0.0), G.nodes[n]["label"], n))
        return [_ranked(G, n, scores.get(n, 0.0)) for n in best[:top]]

    communities = nx.community.louvain_communities(H, seed=seed) if H.number_of_nodes() else []
    groups = sorted((sorted(c) for c in communities if len(c) > 1), key=lambda c: (-len(c), c[0]))
    return Analysis(
        nodes=G.number_of_nodes(),
        edges=G.number_of_edges(),
        entities=len(entities),
        degree=ranking(degree),
        betweenness=ranking(betweenness),
        pagerank=ranking(pagerank),
        communities=[_community(G, c, pagerank, top=top) for c in groups[:top]],
        more_communities=max(0, len(groups) - top),
        singletons=sum(1 for c in communities if len(c) == 1),
        betweenness_sample=sample,
        seed=seed,
    )


def _community(
    G: nx.Graph, members: list[str], pagerank: Mapping[str, float], *, top: int
) -> Community:
    kinds = Counter(G.nodes[n]["kind"] for n in members)
    best = sorted(
        members,
        key=lambda n: (G.nodes[n]["kind"] not in ENTITY_KINDS, -pagerank.get(n, 0.0), n),
    )
    return Community(
        size=len(members),
        kinds=dict(sorted(kinds.items(), key=lambda kv: (-kv[1], kv[0]))),
        members=[_ranked(G, n, pagerank.get(n, 0.0)) for n in best[:top]],
    )


def _ranked(G: nx.Graph, node: str, value: float) -> Ranked:
    data = G.nodes[node]
    return Ranked(node=node, label=data["label"], kind=data["kind"], value=value)


# paths between entities ----------------------------------------------------------------


@dataclass(frozen=True)
class Link:
    """Why two entities are tied: a relation read from ``first``'s side, and its articles."""

    first: str
    relation: str
    articles: frozenset[str]
    rank: int
    """0 for an event both take part in, 1 for a co-mention, 2 for outlet/author ties."""


@dataclass(frozen=True)
class Step:
    """One step of a path: ``source —relation→ target``, with the articles that say so."""

    source: str
    target: str
    source_label: str
    target_label: str
    relation: str
    articles: list[tuple[str, str]]
    """(IRI, headline) of each supporting article."""

    def format(self, *, shown: int = 3) -> str:
        """``Acme Corp —mentioned with→ FTC (in: "headline")``."""
        quoted = [f'"{headline}"' for _, headline in self.articles[:shown]]
        if len(self.articles) > shown:
            quoted.append(f"and {len(self.articles) - shown} more")
        support = f" (in: {'; '.join(quoted)})" if quoted else ""
        return f"{self.source_label} —{self.relation}→ {self.target_label}{support}"

    def as_dict(self) -> dict[str, Any]:
        """JSON-ready (``kg path --format json``)."""
        return {
            "source": {"iri": self.source, "label": self.source_label},
            "target": {"iri": self.target, "label": self.target_label},
            "relation": self.relation,
            "articles": [{"iri": iri, "headline": h} for iri, h in self.articles],
        }


def link_graph(G: nx.Graph) -> nx.Graph:
    """Entities joined by an article that names both, an event of both, or a byline.

    An outlet or author is tied to every entity named in its articles. Each edge holds
    ``links``: every :class:`Link` between the two, so a path can say which articles
    support each step.
    """
    links: dict[tuple[str, str], dict[tuple[str, str], set[str]]] = {}
    ranks: dict[str, int] = {}

    def tie(a: str, b: str, relation: str, articles: Iterable[str], rank: int) -> None:
        if a == b:
            return
        pair = (a, b) if a < b else (b, a)
        relations = links.setdefault(pair, {})
        relations.setdefault((a, relation), set()).update(articles)
        ranks[relation] = rank

    for node, data in G.nodes(data=True):
        if data["kind"] == "article":
            named = sorted(
                {
                    v
                    for _, v, d in G.out_edges(node, data=True)
                    if d["label"] == "mentions" and G.nodes[v]["kind"] in ENTITY_KINDS
                }
            )
            for a, b in combinations(named, 2):
                tie(a, b, "mentioned with", [node], 1)
            for source, _, d in G.in_edges(node, data=True):
                verb = {"published": "published about", "wrote": "wrote about"}.get(d["label"])
                if verb and G.nodes[source]["kind"] in ENTITY_KINDS:
                    for entity in named:
                        tie(source, entity, verb, [node], 2)
        elif data["kind"] == "event":
            roles: dict[str, list[str]] = {}
            reports = []
            for _, v, d in G.out_edges(node, data=True):
                if d["label"] == "reported by":
                    reports.append(v)
                elif G.nodes[v]["kind"] in ENTITY_KINDS:
                    roles.setdefault(v, []).append(d["label"])
            what = _words(data.get("event_type") or "event")
            for a, b in combinations(sorted(roles), 2):
                for role_a in roles[a]:
                    for role_b in roles[b]:
                        tie(a, b, f"{what} ({role_a}, {role_b})", reports, 0)
                        tie(b, a, f"{what} ({role_b}, {role_a})", reports, 0)
    L = nx.Graph()
    L.add_nodes_from(sorted(n for n, d in G.nodes(data=True) if d["kind"] in ENTITY_KINDS))
    for pair in sorted(links):
        L.add_edge(
            *pair,
            links=[
                Link(first, relation, frozenset(articles), ranks[relation])
                for (first, relation), articles in sorted(links[pair].items())
            ],
        )
    return L


def connect(G: nx.Graph, source_name: str, target_name: str) -> list[Step]:
    """The shortest connection between two entities named on the command line.

    Among the paths of fewest steps, the one best supported by articles wins (each
    step counts its strongest tie: a shared event over a co-mention over an outlet or
    byline tie). Raises :class:`~kg.network.UnknownEntity` for a name that matches
    nothing, :class:`NoConnection` when the two are not joined.
    """
    source = find_nodes(G, source_name, kinds=ENTITY_KINDS)[0]
    target = find_nodes(G, target_name, kinds=ENTITY_KINDS)[0]
    L = link_graph(G)
    if source == target:
        return []
    try:
        candidates = list(islice(nx.all_shortest_paths(L, source, target), 500))
    except nx.NetworkXNoPath:
        raise NoConnection(
            f"no connection between {G.nodes[source]['label']!r} and "
            f"{G.nodes[target]['label']!r} in the graph"
        ) from None

    def strength(path: list[str]) -> tuple[int, ...]:
        best = [_best_link(L, u, v) for u, v in pairwise(path)]
        return (-sum(link.rank for link in best), sum(len(link.articles) for link in best))

    path = max(candidates, key=strength)  # the first of equals: the order is fixed
    steps = []
    for u, v in pairwise(path):
        link = _best_link(L, u, v)
        relation = link.relation if link.first == u else _reverse(link.relation)
        articles = sorted(link.articles, key=lambda a: (G.nodes[a]["label"], a))
        steps.append(
            Step(
                source=u,
                target=v,
                source_label=G.nodes[u]["label"],
                target_label=G.nodes[v]["label"],
                relation=relation,
                articles=[(a, G.nodes[a]["label"]) for a in articles],
            )
        )
    return steps


def _best_link(L: nx.Graph, u: str, v: str) -> Link:
    links: list[Link] = L.edges[u, v]["links"]
    own = [link for link in links if link.first == u] or links
    return min(own, key=lambda link: (link.rank, -len(link.articles), link.relation))


def _reverse(relation: str) -> str:
    """A relation read from the other side ("published about" → "named in an article of")."""
    return {
        "published about": "named in an article published by",
        "wrote about": "named in an article written by",
    }.get(relation, relation)


def _words(event_type: str) -> str:
    """``ContractSuspension`` → ``contract suspension``."""
    out = "".join(f" {c.lower()}" if c.isupper() else c for c in event_type)
    return out.strip()


def _plural(kind: str, n: int) -> str:
    if n == 1:
        return kind
    return {"person": "persons", "story": "stories"}.get(kind, kind + "s")
