"""Draw the story graph as an interactive HTML network with pyvis.

Every text that comes from an article is HTML-escaped before it reaches the page, so a
headline holding ``<script>`` shows as text and never runs.
"""

from __future__ import annotations

import html
from pathlib import Path

import networkx as nx
from pyvis.network import Network

STYLE = {
    "article": ("#4e79a7", "box"),
    "organization": ("#f28e2b", "dot"),
    "person": ("#e15759", "dot"),
    "place": ("#59a14f", "triangle"),
    "topic": ("#b07aa1", "diamond"),
    "event": ("#edc948", "star"),
    "story": ("#76b7b2", "hexagon"),
}


def write_html(G: nx.MultiDiGraph, path: Path) -> None:
    """Write ``G`` as a self-contained pyvis page at ``path``."""
    net = Network(height="800px", width="100%", directed=True, cdn_resources="in_line")
    degree = dict(G.degree())
    for node, data in G.nodes(data=True):
        color, shape = STYLE.get(data["kind"], ("#999999", "dot"))
        title = "\n".join(
            part
            for part in (
                data["label"],
                f"type: {data['kind']}",
                f"date: {data['date']}" if data.get("date") else "",
                f"also: {', '.join(data['aliases'])}" if data.get("aliases") else "",
            )
            if part
        )
        net.add_node(
            node,
            label=html.escape(_clip(data["label"], 40)),
            title=html.escape(title),
            color=color,
            shape=shape,
            size=10 + 3 * min(degree.get(node, 0), 15),
        )
    for source, target, data in G.edges(data=True):
        net.add_edge(source, target, title=html.escape(data["label"]), label=data["label"])
    net.toggle_physics(True)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(net.generate_html(), encoding="utf-8")


def _clip(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"
