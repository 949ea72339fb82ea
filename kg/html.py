"""Draw the story graph as an interactive, self-contained HTML page with pyvis.

The page (see :mod:`kg.html_page`) shows every node type with its own colour and
shape and a legend that doubles as a type filter; node size follows importance
(PageRank); tooltips give the name, type, aliases and, for events, the date and the
evidence sentence with its article; a search box focuses a node; a date range hides
what falls outside it; physics settles the layout and can be switched off. Graphs over
:data:`~kg.html_layout.PHYSICS_LIMIT` nodes are laid out in Python instead, with
physics off, so the browser only has to draw them.

Text from articles never becomes markup: labels are drawn on a canvas, and tooltips
and details are built from data with ``textContent`` (see :mod:`kg.html_style`).
"""

from __future__ import annotations

import os
import tempfile
from collections import Counter
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import networkx as nx
from pyvis.network import Network

from kg.analyse import rank_nodes
from kg.html_layout import PHYSICS_LIMIT, layout_graph
from kg.html_page import render_page, swatch
from kg.html_style import STYLES, importance_sizes, style_edges, style_node, vis_options
from kg.html_view import DEFAULT_MAX_NODES, select_view
from kg.network import KINDS

TITLE = "newskg story graph"


@dataclass(frozen=True)
class Page:
    """What a written page holds, for the command's summary line."""

    nodes: int
    edges: int
    physics: bool


def build_network(
    G: nx.Graph,
    *,
    importance: Mapping[str, float] | None = None,
    positions: Mapping[str, tuple[float, float]] | None = None,
    whole: nx.Graph | None = None,
) -> tuple[Network, dict[str, int]]:
    """A pyvis network of ``G`` and the vis id of each node (small integers, not IRIs).

    Integer ids keep a page of thousands of nodes small; each node's IRI travels in
    its ``iri`` field. ``whole`` is the graph ``G`` is a view of, which tooltips
    describe nodes from (see :func:`~kg.html_style.style_node`).
    """
    importance = rank_nodes(G) if importance is None else importance
    whole = G if whole is None else whole
    sizes = importance_sizes(importance, list(G))
    net = Network(directed=True, cdn_resources="in_line", height="100%", width="100%")
    ids = {node: i for i, node in enumerate(G)}
    for node, vis_id in ids.items():
        item = style_node(whole, node, importance=sizes[node])
        style = STYLES[G.nodes[node]["kind"]]
        if positions is not None:
            item["x"], item["y"] = (round(c, 1) for c in positions[node])
        # The node's group (its kind) gives it its colour, from the ``groups`` option.
        net.add_node(vis_id, label=item.pop("label"), shape=style.shape, **item)
    for edge in style_edges(G):
        source, target = ids[edge.pop("from")], ids[edge.pop("to")]
        net.add_edge(source, target, **edge)
    return net, ids


def write_html(
    G: nx.Graph,
    path: Path,
    *,
    importance: Mapping[str, float] | None = None,
    notes: Sequence[str] = (),
    focused: Sequence[str] = (),
    title: str = TITLE,
    physics: bool | None = None,
    whole: nx.Graph | None = None,
) -> Page:
    """Write ``G`` as a self-contained page at ``path`` (replaced atomically).

    The arguments are those of :func:`render_html`.
    """
    text, page = render_html(
        G,
        importance=importance,
        notes=notes,
        focused=focused,
        title=title,
        physics=physics,
        whole=whole,
    )
    write_text_atomically(path, text)
    return page


def render_html(
    G: nx.Graph,
    *,
    importance: Mapping[str, float] | None = None,
    notes: Sequence[str] = (),
    focused: Sequence[str] = (),
    title: str = TITLE,
    physics: bool | None = None,
    whole: nx.Graph | None = None,
) -> tuple[str, Page]:
    """``G`` as a self-contained page (its HTML text) and what the page holds.

    ``physics`` defaults to on for graphs up to :data:`PHYSICS_LIMIT` nodes; larger
    graphs get positions from :func:`~kg.html_layout.layout_graph` instead. When ``G``
    is a view (see :mod:`kg.html_view`), ``whole`` is the graph it was cut from.
    """
    physics = G.number_of_nodes() <= PHYSICS_LIMIT if physics is None else physics
    positions = None if physics else layout_graph(G)
    net, ids = build_network(G, importance=importance, positions=positions, whole=whole)
    nodes, edges, *_ = net.get_network_data()
    kinds = Counter(data["kind"] for _, data in G.nodes(data=True))
    dates = sorted(d for n in nodes for d in (n["start"], n["end"]) if d)
    data: dict[str, Any] = {
        "nodes": nodes,
        "edges": edges,
        "options": vis_options(physics=physics, nodes=len(nodes), edges=len(edges)),
        "dates": {"min": dates[0] if dates else None, "max": dates[-1] if dates else None},
        "focus": [ids[n] for n in focused if n in ids],
    }
    legend = [
        {
            "kind": kind,
            "name": STYLES[kind].legend,
            "count": f"{kinds[kind]:,}",
            "swatch": swatch(STYLES[kind].shape, STYLES[kind].color, STYLES[kind].border),
        }
        for kind in KINDS
        if kinds[kind]
    ]
    summary = f"{G.number_of_nodes():,} nodes, {G.number_of_edges():,} edges"
    text = render_page(title=title, summary=summary, notes=list(notes), legend=legend, data=data)
    return text, Page(nodes=len(nodes), edges=len(edges), physics=physics)


def render_view(
    G: nx.MultiDiGraph,
    *,
    focus: str | None = None,
    depth: int = 2,
    kinds: Collection[str] = (),
    max_nodes: int = DEFAULT_MAX_NODES,
) -> tuple[str, Page, list[str]]:
    """The page of the view of ``G`` that ``kg html`` and ``kg serve`` draw, and its notes.

    The view is chosen by :func:`~kg.html_view.select_view`; importance is the PageRank
    of the whole graph, so a node keeps its size whatever the view.
    """
    importance = rank_nodes(G)
    view, notes, focused = select_view(
        G, importance=importance, focus=focus, depth=depth, kinds=kinds, max_nodes=max_nodes
    )
    title = f"{TITLE}: {G.nodes[focused[0]]['label']}" if focused else TITLE
    text, page = render_html(
        view, importance=importance, notes=notes, focused=focused, title=title, whole=G
    )
    return text, page, notes


def write_text_atomically(path: Path, text: str) -> None:
    """Write ``text`` to ``path`` through a file beside it, renamed into place."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.")
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as stream:
            stream.write(text)
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(temporary, 0o666 & ~umask)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
