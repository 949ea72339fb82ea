"""Benchmark: write and draw the page of a 5,000-node synthetic story graph.

Prints how long newskg takes to write the page (layout, pyvis network, HTML) and how
long headless Chromium takes to open it until the network is drawn. Target: under
10 s in all on a laptop-class machine. A benchmark, not a test: it asserts nothing.

    python bench/html_render.py [--nodes 5000] [--seed 1] [--keep PAGE.html]

Needs Debian's chromium (or CHROMIUM=/path/to/chrome) and the playwright package.
"""

from __future__ import annotations

import argparse
import random
import tempfile
import time
from pathlib import Path

import networkx as nx

from kg.analyse import rank_nodes
from kg.browser import open_chromium
from kg.html import write_html

SHARES = {
    "article": 0.48,
    "organization": 0.18,
    "person": 0.14,
    "event": 0.11,
    "place": 0.048,
    "story": 0.03,
    "provider": 0.012,
}
EVENT_TYPES = ["Withdrawal", "ContractSuspension", "Investigation", "Statement", "LawsuitFiled"]


def synthetic_story_graph(nodes: int = 5000, *, seed: int = 1) -> nx.MultiDiGraph:
    """A story graph shaped like a real corpus: stories of articles that share a cast.

    Each story has a cast drawn (with popular entities favoured) from the corpus; its
    articles name members of the cast, its events join them and are reported by them.
    """
    rng = random.Random(seed)
    counts = {kind: max(1, round(share * nodes)) for kind, share in SHARES.items()}
    counts["article"] += nodes - sum(counts.values())
    G = nx.MultiDiGraph()

    def add(kind: str, i: int, label: str, **extra: object) -> str:
        node = f"https://w3id.org/newskg/id/{kind}/{i}"
        G.add_node(node, kind=kind, label=label, aliases=[], date=None, end_date=None, url=None)
        G.nodes[node].update(extra)
        return node

    providers = [add("provider", i, f"Outlet {i}") for i in range(counts["provider"])]
    entities = {
        kind: [add(kind, i, f"{kind.title()} {i}") for i in range(counts[kind])]
        for kind in ("organization", "person", "place")
    }
    cast_pool = entities["organization"] + entities["person"]
    weights = [1 / (i + 1) ** 0.8 for i in range(len(cast_pool))]
    stories = [add("story", i, f"Story {i}") for i in range(counts["story"])]
    story_dates = {}
    for story in stories:
        day = rng.randrange(1, 365)
        story_dates[story] = day
        G.nodes[story].update(date=_day(day), end_date=_day(day + rng.randrange(0, 20)))
    casts = {s: set(rng.choices(cast_pool, weights, k=12)) for s in stories}
    places = {s: rng.sample(entities["place"], 2) for s in stories}
    articles_by_story: dict[str, list[str]] = {s: [] for s in stories}
    for i in range(counts["article"]):
        story = rng.choice(stories)
        day = story_dates[story] + rng.randrange(0, 20)
        article = add("article", i, f"Headline {i}: something happened", date=_day(day))
        articles_by_story[story].append(article)
        G.add_edge(rng.choice(providers), article, key="publisher", label="published")
        G.add_edge(story, article, key="storyArticle", label="article")
        for entity in rng.sample(sorted(casts[story]), k=min(len(casts[story]), rng.randint(2, 5))):
            G.add_edge(article, entity, key="mentions", label="mentions")
        if rng.random() < 0.5:
            G.add_edge(article, rng.choice(places[story]), key="mentions", label="mentions")
    for i in range(counts["event"]):
        story = rng.choice(stories)
        reports = articles_by_story[story] or [rng.choice(list(G))]
        cast = sorted(casts[story])
        event = add(
            "event",
            i,
            f"Event {i}",
            event_type=rng.choice(EVENT_TYPES),
            object_text=None,
            date=_day(story_dates[story]),
            evidence=[("Someone did something to someone else.", reports[0])],
        )
        G.add_edge(event, rng.choice(cast), key="agent", label="agent")
        G.add_edge(event, rng.choice(cast), key="object", label="object")
        G.add_edge(event, rng.choice(places[story]), key="place", label="place")
        for article in rng.sample(reports, k=min(len(reports), rng.randint(1, 3))):
            G.add_edge(event, article, key="reportedBy", label="reported by")
        G.add_edge(story, event, key="storyEvent", label="event")
    return G


def _day(day: int) -> str:
    return time.strftime("%Y-%m-%d", time.gmtime(1577836800 + 86400 * day))


def open_in_chromium(page: Path) -> tuple[float, float]:
    """Seconds from navigation to the network drawn: (wall clock, the page's own clock)."""
    with open_chromium(width=1400, height=900) as context:
        tab = context.new_page()
        start = time.perf_counter()
        tab.goto(page.as_uri())
        tab.wait_for_function("() => window.kg && window.kg.ready", timeout=120_000)
        wall = time.perf_counter() - start
        in_page = tab.evaluate("() => window.kg.readyMs") / 1000
    return wall, in_page


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--nodes", type=int, default=5000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--keep", type=Path, default=None, help="keep the page here")
    args = parser.parse_args()

    start = time.perf_counter()
    G = synthetic_story_graph(args.nodes, seed=args.seed)
    synthesis = time.perf_counter() - start
    with tempfile.TemporaryDirectory() as folder:
        target = args.keep or Path(folder) / "bench.html"
        start = time.perf_counter()
        importance = rank_nodes(G)
        page = write_html(G, target, importance=importance)
        generation = time.perf_counter() - start
        size = target.stat().st_size
        wall, in_page = open_in_chromium(target)
    print(f"graph:       {G.number_of_nodes():,} nodes, {G.number_of_edges():,} edges")
    print(f"synthesis:   {synthesis:6.2f} s (the synthetic graph, not newskg)")
    print(f"generation:  {generation:6.2f} s (PageRank, layout, pyvis, HTML: {size / 1e6:.1f} MB)")
    print(f"physics:     {'on' if page.physics else 'off (positions from Python)'}")
    print(f"drawn:       {wall:6.2f} s (Chromium: navigation to network drawn)")
    print(f"             {in_page:6.2f} s by the page's own clock")
    print(f"total:       {generation + wall:6.2f} s (generation + drawn; target < 10 s)")


if __name__ == "__main__":
    main()
