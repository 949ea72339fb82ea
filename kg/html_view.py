"""Choose which part of the story graph a page draws, and say what was left out.

A corpus of tens of thousands of articles makes a graph no browser can draw usefully,
so ``kg html`` narrows it in three steps, in this order: the neighbourhood of one
entity (``--focus``/``--depth``), the kinds of node asked for (``--type``), then the
most important nodes by PageRank (``--max-nodes``). The page states each step and
counts what it dropped, so a reader never mistakes a view for the whole graph.
"""

from __future__ import annotations

import heapq
from collections import Counter
from collections.abc import Collection, Iterable, Mapping

import networkx as nx

from kg.network import KINDS, find_nodes

DEFAULT_MAX_NODES = 2000
"""Pages keep at most this many nodes unless ``--max-nodes`` says otherwise (0: all)."""

_PLURALS = {
    "article": "articles",
    "provider": "outlets",
    "organization": "organisations",
    "person": "persons",
    "place": "places",
    "topic": "topics",
    "event": "events",
    "story": "stories",
}


def select_view(
    G: nx.MultiDiGraph,
    *,
    importance: Mapping[str, float],
    focus: str | None = None,
    depth: int = 2,
    kinds: Collection[str] = (),
    max_nodes: int = DEFAULT_MAX_NODES,
) -> tuple[nx.MultiDiGraph, list[str], list[str]]:
    """The subgraph to draw, the notes that describe it, and the focused nodes.

    ``importance`` ranks nodes for ``max_nodes`` (PageRank of the whole graph, so a
    node keeps its rank whatever the view). Focused nodes are never dropped.

    >>> G = nx.MultiDiGraph()
    >>> for n, kind in (("a", "article"), ("x", "organization"), ("y", "person")):
    ...     G.add_node(n, label=n.upper(), kind=kind, aliases=[])
    >>> _ = G.add_edge("a", "x", key="m", label="mentions")
    >>> H, notes, focused = select_view(G, importance={}, focus="x", depth=1)
    >>> sorted(H), focused
    (['a', 'x'], ['x'])
    >>> notes
    ['The neighbourhood of X, 1 step out.', 'Showing 2 of 3 nodes; left out: 1 person.']
    """
    notes = []
    keep = set(G)
    focused: list[str] = []
    if focus is not None:
        focused = find_nodes(G, focus)
        U = G.to_undirected(as_view=True)
        keep = set()
        for centre in focused:
            keep |= set(nx.single_source_shortest_path_length(U, centre, cutoff=depth))
        names = ", ".join(G.nodes[n]["label"] for n in focused)
        notes.append(f"The neighbourhood of {names}, {depth} step{'s' * (depth != 1)} out.")
    if kinds:
        wanted = set(kinds)
        keep = {n for n in keep if G.nodes[n]["kind"] in wanted or n in focused}
        shown = [_PLURALS[k] for k in KINDS if k in wanted]
        notes.append(f"Only {', '.join(shown)}.")
    if max_nodes and len(keep) > max_nodes:
        keep = grow_core(G.subgraph(keep), importance=importance, size=max_nodes, start=focused)
        notes.append(
            f"The {max_nodes:,} most important nodes (PageRank) that hold together; "
            "raise --max-nodes, or use --focus or --type, to see others."
        )
    if len(keep) < G.number_of_nodes():
        dropped = Counter(G.nodes[n]["kind"] for n in G if n not in keep)
        counts = ", ".join(
            f"{dropped[k]:,} {_PLURALS[k] if dropped[k] != 1 else k}" for k in KINDS if dropped[k]
        )
        notes.append(f"Showing {len(keep):,} of {G.number_of_nodes():,} nodes; left out: {counts}.")
    H = G.subgraph(keep).copy()
    return H, notes, focused


def grow_core(
    G: nx.Graph, *, importance: Mapping[str, float], size: int, start: Iterable[str] = ()
) -> set[str]:
    """The ``size`` most important nodes of ``G`` that stay linked to each other.

    The plain top nodes by PageRank are outlets and entities, which touch only
    through articles and events: a page of them has no edges. So the core grows
    best-first instead: from the most important node of each connected part (and the
    ``start`` nodes, taken first), always adding the most important node next to what is
    already in, so every node drawn is linked to the rest and a small part of the graph
    enters only when it outranks the frontier of the big one.

    >>> G = nx.Graph([("hub", "a1"), ("a1", "x"), ("hub", "a2"), ("a2", "y"), ("p", "q")])
    >>> rank = {"hub": 5, "x": 4, "y": 3, "a1": 2, "a2": 1, "p": 0.5, "q": 0.1}
    >>> sorted(grow_core(G, importance=rank, size=3))
    ['a1', 'hub', 'x']
    """
    U = G.to_undirected(as_view=True) if G.is_directed() else G
    rank = {n: importance.get(n, 0.0) for n in U}
    heap = [(-float("inf"), i, n) for i, n in enumerate(start) if n in rank]
    for part in nx.connected_components(U):
        top = max(part, key=lambda n: (rank[n], n))
        heap.append((-rank[top], 0, top))
    heapq.heapify(heap)
    core: set[str] = set()
    while heap and len(core) < size:
        _, _, node = heapq.heappop(heap)
        if node in core:
            continue
        core.add(node)
        for near in U.neighbors(node):
            if near not in core:
                heapq.heappush(heap, (-rank[near], 0, near))
    return core
