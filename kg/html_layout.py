"""Positions for graphs too large for the browser to lay out.

vis-network's physics slows to a crawl past one or two thousand nodes, so large
pages get positions computed here and physics off. A force layout of the whole graph
is too slow in Python as well (networkx's ``spring_layout`` takes most of a minute for
5,000 nodes), so this lays out in two levels, the way a reader sees a story graph:
Louvain communities, each drawn on its own with ``spring_layout`` and sized by its
node count, then the communities placed by a force layout of the graph between them
and pushed apart until no two overlap. Unconnected nodes go in a grid underneath.
Everything is seeded, so a page is the same every time it is written.
"""

from __future__ import annotations

import math

import networkx as nx
import numpy as np

from kg.analyse import simple_graph

PHYSICS_LIMIT = 1000
"""Graphs with more nodes than this are laid out here, with the browser's physics off."""

SPACING = 60.0
"""Roughly the distance between neighbouring nodes, in vis-network's pixels."""

_CLUSTER_LIMIT = 400


def layout_graph(
    G: nx.Graph, *, seed: int = 0, spacing: float = SPACING
) -> dict[str, tuple[float, float]]:
    """Positions (x, y in pixels, y downwards) for every node of ``G``.

    >>> pos = layout_graph(nx.path_graph(["a", "b", "c"]), seed=1)
    >>> sorted(pos) == ["a", "b", "c"] and all(len(p) == 2 for p in pos.values())
    True
    """
    H = simple_graph(G)
    isolated = [n for n in H if H.degree(n) == 0]
    H.remove_nodes_from(isolated)
    clusters = _clusters(H, seed=seed)
    shapes = [_cluster_shape(H, nodes, seed=seed, spacing=spacing) for nodes in clusters]
    radii = np.array([radius for _, radius in shapes], dtype=float)
    centres = _place_clusters(H, clusters, radii, seed=seed, spacing=spacing)
    positions: dict[str, tuple[float, float]] = {}
    for (local, _), centre in zip(shapes, centres, strict=True):
        for node, (x, y) in local.items():
            positions[node] = (float(centre[0] + x), float(centre[1] + y))
    if isolated:
        positions.update(_grid(isolated, below=positions, spacing=spacing))
    return positions


def _clusters(H: nx.Graph, *, seed: int) -> list[list[str]]:
    """Louvain communities, split again while one is too large to lay out quickly."""
    if H.number_of_nodes() == 0:
        return []
    result = []
    pending = [sorted(c) for c in nx.community.louvain_communities(H, seed=seed)]
    while pending:
        nodes = pending.pop()
        if len(nodes) <= _CLUSTER_LIMIT:
            result.append(nodes)
            continue
        parts = nx.community.louvain_communities(H.subgraph(nodes), seed=seed, resolution=2.0)
        if len(parts) == 1:
            result.append(nodes)
        else:
            pending.extend(sorted(p) for p in parts)
    return sorted(result, key=lambda c: (-len(c), c[0]))


def _cluster_shape(
    H: nx.Graph, nodes: list[str], *, seed: int, spacing: float
) -> tuple[dict[str, tuple[float, float]], float]:
    """One community laid out around (0, 0), and the radius of the disc it fills."""
    radius = spacing * (0.5 + 0.55 * math.sqrt(len(nodes)))
    if len(nodes) == 1:
        return {nodes[0]: (0.0, 0.0)}, spacing / 2
    pos = nx.spring_layout(H.subgraph(nodes), seed=seed, iterations=60)
    return {n: (float(p[0]) * radius, float(p[1]) * radius) for n, p in pos.items()}, radius


def _place_clusters(
    H: nx.Graph, clusters: list[list[str]], radii: np.ndarray, *, seed: int, spacing: float
) -> np.ndarray:
    """Centres of the communities: near the ones they share edges with, never overlapping."""
    count = len(clusters)
    if count == 0:
        return np.zeros((0, 2))
    if count == 1:
        return np.zeros((1, 2))
    member = {n: i for i, nodes in enumerate(clusters) for n in nodes}
    Q = nx.Graph()
    Q.add_nodes_from(range(count))
    for u, v in H.edges():
        a, b = member[u], member[v]
        if a != b:
            weight = Q.edges[a, b]["weight"] + 1 if Q.has_edge(a, b) else 1
            Q.add_edge(a, b, weight=weight)
    pos = nx.spring_layout(Q, seed=seed, weight="weight", iterations=100)
    centres = np.array([pos[i] for i in range(count)], dtype=float)
    centres *= math.sqrt(float((radii**2).sum())) * 1.3
    return _separate(centres, radii, gap=spacing / 2)


def _separate(centres: np.ndarray, radii: np.ndarray, *, gap: float) -> np.ndarray:
    """Push overlapping discs apart (each pair by half the overlap), a few hundred rounds."""
    centres = centres.copy()
    rng = np.random.default_rng(0)
    for _ in range(300):
        delta = centres[:, None, :] - centres[None, :, :]
        distance = np.sqrt((delta**2).sum(axis=-1))
        np.fill_diagonal(distance, np.inf)
        overlap = radii[:, None] + radii[None, :] + gap - distance
        np.fill_diagonal(overlap, 0.0)
        if (overlap <= 0).all():
            break
        coincident = distance < 1e-9
        if coincident.any():
            centres += rng.normal(scale=1.0, size=centres.shape) * coincident.any(axis=1)[:, None]
            continue
        push = np.where(overlap > 0, overlap / 2 / distance, 0.0)
        centres += (delta * push[:, :, None]).sum(axis=1)
    return centres


def _grid(
    nodes: list[str], *, below: dict[str, tuple[float, float]], spacing: float
) -> dict[str, tuple[float, float]]:
    """Unconnected nodes in rows under everything else."""
    xs = [x for x, _ in below.values()] or [0.0]
    ys = [y for _, y in below.values()] or [0.0]
    left, top = min(xs), max(ys) + 2 * spacing
    width = max(max(xs) - left, spacing * math.sqrt(len(nodes)) * 1.5)
    per_row = max(1, int(width // (spacing * 1.5)))
    return {
        node: (left + (i % per_row) * spacing * 1.5, top + (i // per_row) * spacing)
        for i, node in enumerate(sorted(nodes))
    }
