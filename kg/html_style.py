"""How each node and edge of the story graph looks in the page, and what its tooltip says.

Pure functions from the projected graph ``G`` (see :mod:`kg.network`) to plain dicts
for vis-network. Nothing here builds HTML: tooltips are structured data that the page
turns into DOM nodes with ``textContent``, so a headline holding ``<script>`` reaches
the reader as text whatever it contains, and a URL becomes a link only if it is
``http(s)``.
"""

from __future__ import annotations

import calendar
import math
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

import networkx as nx


@dataclass(frozen=True)
class KindStyle:
    """The look of one kind of node, and its name in the legend."""

    color: str
    border: str
    shape: str
    legend: str


STYLES: dict[str, KindStyle] = {
    "article": KindStyle("#4e79a7", "#2f4b69", "square", "articles"),
    "provider": KindStyle("#76b7b2", "#3f7f7a", "triangleDown", "outlets"),
    "organization": KindStyle("#f28e2b", "#b0600f", "dot", "organisations"),
    "person": KindStyle("#e15759", "#a02c2e", "diamond", "persons"),
    "place": KindStyle("#59a14f", "#356b2e", "triangle", "places"),
    "topic": KindStyle("#9c755f", "#6a4c3b", "ellipse", "topics"),
    "event": KindStyle("#edc948", "#a98a12", "star", "events"),
    "story": KindStyle("#b07aa1", "#7a4a6d", "hexagon", "stories"),
}
"""One colour (Tableau 10) and one vis-network shape per kind of node."""

LABEL_WIDTH = 30
"""Node labels are clipped to this many characters; the tooltip has the full text."""

_KIND_NAMES = {"organization": "organisation", "provider": "outlet"}


def vis_groups() -> dict[str, dict[str, Any]]:
    """The vis-network ``groups`` option: every node of a kind takes its group's look."""
    return {
        kind: {
            "shape": style.shape,
            "color": {
                "background": style.color,
                "border": style.border,
                "highlight": {"background": style.color, "border": "#222222"},
                "hover": {"background": style.color, "border": "#222222"},
            },
        }
        for kind, style in STYLES.items()
    }


def style_node(G: nx.Graph, node: str, *, importance: float) -> dict[str, Any]:
    """The vis-network item of one node (without its id): label, group, size, dates, tooltip.

    ``G`` should be the whole graph, not the view drawn, so the tooltip counts every
    article that names an entity, and names the article of an evidence sentence even
    when the view left that article out.
    """
    data = G.nodes[node]
    start, end = date_span(data.get("date"), data.get("end_date"))
    return {
        "label": clip(data["label"], LABEL_WIDTH),
        "group": data["kind"],
        "value": importance,
        "iri": node,
        "start": start,
        "end": end,
        "info": describe_node(G, node),
    }


def describe_node(G: nx.Graph, node: str) -> dict[str, Any]:
    """What the tooltip of ``node`` says, as data: name, type, aliases, dates, facts, evidence.

    >>> G = nx.MultiDiGraph()
    >>> G.add_node("o", label="FTC <b>", kind="organization", aliases=["Mounties"])
    >>> describe_node(G, "o")["aliases"], describe_node(G, "o")["kind"]
    (['Mounties'], 'organisation')
    """
    data = G.nodes[node]
    kind = data["kind"]
    info: dict[str, Any] = {
        "name": data["label"],
        "kind": _KIND_NAMES.get(kind, kind),
        "aliases": list(data.get("aliases") or ()),
        "facts": [],
    }
    if data.get("date"):
        info["date"] = _show_date(data["date"], data.get("end_date"))
    if data.get("url"):
        info["url"] = data["url"]
        info["link"] = safe_url(data["url"])
    facts: list[list[str]] = info["facts"]
    if kind == "event":
        if data.get("event_type"):
            info["type"] = _words(data["event_type"])
        for role in ("agent", "object", "place"):
            names = _neighbours(G, node, role, outgoing=True)
            if role == "object" and data.get("object_text"):
                names.append(data["object_text"])
            if names:
                facts.append([role, ", ".join(names)])
        info["evidence"] = [
            {
                "text": " ".join(text.split()),
                "article": G.nodes[article]["label"] if article in G else None,
            }
            for text, article in data.get("evidence") or ()
        ]
        reports = _neighbours(G, node, "reported by", outgoing=True)
        facts.append(["reported by", _count(len(reports), "article")])
    elif kind == "article":
        for label, fact in (("published", "published by"), ("wrote", "by")):
            names = _neighbours(G, node, label, outgoing=False)
            if names:
                facts.append([fact, ", ".join(names)])
        named = _neighbours(G, node, "mentions", outgoing=True)
        if named:
            facts.append(["names", _count(len(named), "entity", "entities")])
    elif kind == "story":
        articles = _neighbours(G, node, "article", outgoing=True)
        events = _neighbours(G, node, "event", outgoing=True)
        facts.append(
            ["holds", f"{_count(len(articles), 'article')}, {_count(len(events), 'event')}"]
        )
    else:
        mentioned = _neighbours(G, node, "mentions", outgoing=False)
        if mentioned:
            facts.append(["named in", _count(len(mentioned), "article")])
        published = _neighbours(G, node, "published", outgoing=True)
        if published:
            facts.append(["published", _count(len(published), "article")])
        roles = _event_roles(G, node)
        if roles:
            facts.append(["in events", roles])
    return info


def _event_roles(G: nx.Graph, node: str) -> str:
    """How many events ``node`` takes part in, by role ("agent of 2, object of 1")."""
    counts: dict[str, int] = {}
    for source, _, d in G.in_edges(node, data=True):
        if G.nodes[source]["kind"] == "event" and d["label"] in ("agent", "object", "place"):
            counts[d["label"]] = counts.get(d["label"], 0) + 1
    return ", ".join(f"{role} of {n}" for role, n in sorted(counts.items()))


def style_edges(G: nx.Graph) -> list[dict[str, Any]]:
    """The vis-network items of every edge, as (from, to) node keys plus look.

    Parallel edges (an organisation that is both agent and object of one event) are
    bent by growing amounts, so their labels do not sit on top of each other.
    """
    seen: dict[tuple[str, str], int] = {}
    items = []
    for source, target, data in G.edges(data=True):
        pair = (source, target) if source <= target else (target, source)
        index = seen.get(pair, 0)
        seen[pair] = index + 1
        item: dict[str, Any] = {"from": source, "to": target, "label": data["label"]}
        if index:
            item["smooth"] = {"enabled": True, "type": "curvedCW", "roundness": 0.25 * index}
        items.append(item)
    return items


def date_span(date: str | None, end_date: str | None = None) -> tuple[str | None, str | None]:
    """The first and last day a date covers, for the page's date-range filter.

    >>> date_span("2020-07-06T19:41:00+00:00")
    ('2020-07-06', '2020-07-06')
    >>> date_span("2020-02")
    ('2020-02-01', '2020-02-29')
    >>> date_span("2020", "2021-03")
    ('2020-01-01', '2021-03-31')
    >>> date_span(None)
    (None, None)
    """
    if not date:
        return None, None
    start = _bounds(date)
    if start is None:
        return None, None
    end = _bounds(end_date) if end_date else start
    return start[0], (end or start)[1]


def _bounds(value: str) -> tuple[str, str] | None:
    match = re.match(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?", value.strip())
    if not match:
        return None
    year, month, day = match.groups()
    if day:
        day_value = f"{year}-{month}-{day}"
        return day_value, day_value
    if month:
        last = calendar.monthrange(int(year), int(month))[1]
        return f"{year}-{month}-01", f"{year}-{month}-{last:02d}"
    return f"{year}-01-01", f"{year}-12-31"


def safe_url(url: str | None) -> bool:
    """Whether ``url`` may become a link: ``http`` or ``https`` with a host, nothing else.

    >>> safe_url("https://news.example.org/a"), safe_url("javascript:alert(1)")
    (True, False)
    >>> safe_url(" JAVASCRIPT:alert(1)"), safe_url("https:///no-host")
    (False, False)
    """
    if not url:
        return False
    parts = urlsplit(url.strip())
    return parts.scheme.lower() in ("http", "https") and bool(parts.netloc)


def clip(text: str, width: int) -> str:
    """``text`` on one line, cut to ``width`` characters with an ellipsis.

    >>> clip("Acme Robotics to stop offering delivery drones", 20)
    'Acme Robotics to st…'
    """
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1].rstrip() + "…"


def importance_sizes(importance: Mapping[str, float], nodes: list[str]) -> dict[str, float]:
    """Importances rescaled to 0..1 within the drawn nodes (vis maps them to sizes).

    The square root evens out PageRank's long tail: a hub article should stand out,
    but not shrink every entity to a dot.

    >>> importance_sizes({"a": 0.1, "b": 0.01, "c": 0.0}, ["a", "b", "c"])
    {'a': 1.0, 'b': 0.316, 'c': 0.0}
    """
    values = [importance.get(n, 0.0) for n in nodes]
    low, high = (min(values), max(values)) if values else (0.0, 0.0)
    span = high - low
    if not span:
        return dict.fromkeys(nodes, 0.5)
    return {n: round(math.sqrt((importance.get(n, 0.0) - low) / span), 3) for n in nodes}


def _neighbours(G: nx.Graph, node: str, label: str, *, outgoing: bool) -> list[str]:
    edges = G.out_edges(node, data=True) if outgoing else G.in_edges(node, data=True)
    ends = sorted({(v if outgoing else u) for u, v, d in edges if d["label"] == label})
    return [G.nodes[n]["label"] for n in ends]


def _count(n: int, singular: str, plural: str | None = None) -> str:
    return f"{n} {singular if n == 1 else (plural or singular + 's')}"


def _show_date(date: str, end_date: str | None) -> str:
    if end_date and end_date != date:
        return f"{date[:10]} – {end_date[:10]}"
    return date[:10] if "T" in date else date


def _words(event_type: str) -> str:
    return "".join(f" {c.lower()}" if c.isupper() else c for c in event_type).strip()


def vis_options(*, physics: bool, nodes: int, edges: int) -> dict[str, Any]:
    """vis-network's options: readable labels, sizes by importance, settling physics.

    Small graphs settle with forceAtlas2 (seeded, so the same page draws the same way)
    and stay live for dragging; large ones arrive with positions and physics off, and
    hide edges while panning, which is what keeps thousands of nodes fluid.
    """
    large = nodes > 1000 or edges > 3000
    options: dict[str, Any] = {
        "autoResize": True,
        "groups": vis_groups(),
        "nodes": {
            "borderWidth": 1.5,
            "font": {
                "face": "system-ui, -apple-system, 'Segoe UI', Helvetica, Arial, sans-serif",
                "color": "#222222",
                "strokeWidth": 4,
                "strokeColor": "rgba(255,255,255,0.9)",
            },
            "scaling": {
                "min": 9,
                "max": 38,
                "label": {
                    "enabled": True,
                    "min": 16,
                    "max": 22,
                    "maxVisible": 28,
                    "drawThreshold": 6,
                },
            },
        },
        "edges": {
            "arrows": {"to": {"enabled": True, "scaleFactor": 0.45}},
            "color": {
                "color": "#b5b5b5",
                "highlight": "#444444",
                "hover": "#777777",
                "inherit": False,
            },
            "width": 1,
            "selectionWidth": 1.5,
            "font": {
                "size": 11,
                "color": "#707070",
                "strokeWidth": 3,
                "strokeColor": "#ffffff",
                "align": "middle",
            },
            "smooth": False if large else {"enabled": True, "type": "continuous", "roundness": 0.2},
        },
        "interaction": {
            "hover": True,
            "tooltipDelay": 120,
            "hideEdgesOnDrag": large,
            "hideEdgesOnZoom": large,
            "keyboard": {"enabled": False},
        },
        "layout": {"randomSeed": 7, "improvedLayout": nodes <= 150},
        "physics": {
            "enabled": physics,
            "solver": "forceAtlas2Based",
            "forceAtlas2Based": {
                "gravitationalConstant": -220,
                "centralGravity": 0.015,
                "springLength": 150,
                "springConstant": 0.05,
                "damping": 0.5,
                "avoidOverlap": 1.0,
            },
            "minVelocity": 1.0,
            "maxVelocity": 40,
            "stabilization": {
                "enabled": physics,
                "iterations": 1200,
                "updateInterval": 40,
                "fit": True,
            },
        },
    }
    return options
