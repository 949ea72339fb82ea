"""Group articles into stories: the articles connected by shared events and entities.

Two articles belong to one story when they report the same event, or when they name
at least two of the same organisations or persons (one shared name, such as a big
platform mentioned in passing, is not enough; places and outlets never link stories).
A story's span runs from its earliest to its latest date (events' and articles').
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass
from itertools import combinations

import networkx as nx
from rdflib import URIRef

from kg.namespaces import mint, short_hash
from kg.resolve.events import Event

MIN_SHARED_ENTITIES = 2


@dataclass(frozen=True)
class Story:
    """A story: its articles, its events, a name and the time it spans."""

    iri: URIRef
    name: str
    articles: tuple[URIRef, ...]
    events: tuple[URIRef, ...]
    start: str | None
    end: str | None


def group_stories(
    *,
    article_entities: Mapping[URIRef, set[URIRef]],
    article_dates: Mapping[URIRef, str | None],
    events: list[Event],
    entity_names: Mapping[URIRef, str],
) -> list[Story]:
    """The stories of a corpus (see the module docstring)."""
    G = nx.Graph()
    G.add_nodes_from(article_entities)
    for event in events:
        for a, b in combinations(event.articles, 2):
            G.add_edge(a, b)
    holders: dict[URIRef, list[URIRef]] = {}
    for article, entities in article_entities.items():
        for entity in entities:
            holders.setdefault(entity, []).append(article)
    shared: Counter[tuple[URIRef, URIRef]] = Counter()
    for articles in holders.values():
        if len(articles) < 50:  # an entity in every article links nothing meaningful
            for a, b in combinations(sorted(articles), 2):
                shared[(a, b)] += 1
    G.add_edges_from(pair for pair, n in shared.items() if n >= MIN_SHARED_ENTITIES)

    event_of: dict[URIRef, list[Event]] = {}
    for event in events:
        for article in event.articles:
            event_of.setdefault(article, []).append(event)
    stories = []
    for component in nx.connected_components(G):
        articles = tuple(sorted(component))
        story_events = sorted(
            {e.iri: e for a in articles for e in event_of.get(a, [])}.values(),
            key=lambda e: str(e.iri),
        )
        dates = [
            d[:10]
            for d in (*(article_dates.get(a) for a in articles), *(e.date for e in story_events))
            if d
        ]
        counts = Counter(e for a in articles for e in article_entities.get(a, ()))
        top = [
            entity_names[e]
            for e, _ in sorted(counts.items(), key=lambda x: (-x[1], entity_names.get(x[0], "")))[
                :3
            ]
            if e in entity_names
        ]
        name = " · ".join(top) if top else "untitled story"
        stories.append(
            Story(
                iri=mint("story", short_hash(*articles)),
                name=name,
                articles=articles,
                events=tuple(e.iri for e in story_events),
                start=min(dates) if dates else None,
                end=max(dates) if dates else None,
            )
        )
    return sorted(stories, key=lambda s: str(s.iri))
