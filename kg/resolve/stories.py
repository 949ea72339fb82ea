"""Group articles into stories: the articles that report the same events and developments.

A story is what a journalist would call one story: the reports of one event and its
follow-ups, not everything that names the same company. Two articles are linked when

- they report the same merged event and both date it (to the month or the day): up to
  ``EVENT_FAR_DAYS`` apart, so a follow-up that refers back to "the recall of March 4" is
  the same story;
- they report the same merged event without both dating it, published within
  ``SAME_NEWS_DAYS`` of each other (or either date unknown), or within ``NEAR_DAYS`` when
  they also share a specific entity besides the event's parties. A company's undated
  "apology" in two articles weeks apart may be two apologies in two stories.
  An event whose parties are all hubs (below) links articles only when both date it to
  the day;
- they share ``NEAR_SHARED`` specific organisations or persons and were published within
  ``NEAR_DAYS`` of each other, or share ``FAR_SHARED`` of them within ``FAR_DAYS`` (or
  when either date is unknown).

A *specific* entity is one named in few articles of the corpus: at most ``HUB_FLOOR``
articles, or ``HUB_SHARE`` of them in a large corpus. Ubiquitous ones (unions, regulators,
police forces, wire agencies, big platforms: the *hubs*) never link two articles, so
stories do not chain through them. Places and outlets never link stories. The stories are
the connected groups of linked articles; the time windows keep a chain from running on
for years through one company's unrelated news.

A story is named after its main event (the one most of its articles report) and its most
specific entities. Its span runs from its earliest to its latest date: its articles'
publication dates and the dates of its own events (those no article outside it reports;
an event that several stories report is background to each, and one wrongly merged
across years must not stretch a story over them).
"""

from __future__ import annotations

import datetime as dt
import re
from array import array
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from itertools import combinations
from typing import Protocol

from rdflib import URIRef

from kg.namespaces import mint, short_hash

SAME_NEWS_DAYS = 3
"""Reports of one event published this close together are the same news."""
NEAR_DAYS = 31
"""Articles published within this many days may be linked by two specific entities."""
FAR_DAYS = 183
"""Beyond ``NEAR_DAYS`` and up to this, entity links need ``FAR_SHARED`` specific entities."""
EVENT_FAR_DAYS = 366
"""A shared event dated in both articles links them up to this many days apart."""
NEAR_SHARED = 2
FAR_SHARED = 3
HUB_FLOOR = 20
"""An entity named in at most this many articles is specific, whatever the corpus size."""
HUB_SHARE = 0.01
"""In a corpus of more than ``HUB_FLOOR / HUB_SHARE`` articles: the share that makes a hub."""
_LOW_NEWS_TYPES = frozenset({"Statement", "OpEdPublished"})
"""Event types that rarely are what a story is about: a title prefers any other type."""


class StoryEvent(Protocol):
    """What grouping reads of a merged event.

    A full :class:`~kg.resolve.events.Event`, or the compact sketch a large build keeps
    once the event's triples are written (:class:`kg.corpus_graphs.EventSketch`).
    """

    @property
    def iri(self) -> URIRef:
        """The event node."""

    @property
    def type(self) -> str:
        """Its type's local name ("Withdrawal")."""

    @property
    def date(self) -> str | None:
        """The most specific date its reports give."""

    @property
    def articles(self) -> list[URIRef]:
        """The articles that report it."""

    @property
    def agent(self) -> URIRef | None:
        """Its agent entity."""

    @property
    def object(self) -> URIRef | str | None:
        """Its object entity or description."""

    @property
    def report_dates(self) -> tuple[tuple[URIRef, str | None], ...]:
        """Each report's article and the date that report gives."""


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
    events: Sequence[StoryEvent],
    entity_names: Mapping[URIRef, str],
) -> list[Story]:
    """The stories of a corpus (see the module docstring).

    ``article_entities`` holds the organisations and persons each article names (outlets
    left out), ``article_dates`` their publication dates (ISO; ``None`` when unknown).
    """
    frequency = Counter(e for entities in article_entities.values() for e in entities)
    hub_limit = max(HUB_FLOOR, HUB_SHARE * len(article_entities))
    hubs = {e for e, n in frequency.items() if n > hub_limit}
    days = {a: _day(article_dates.get(a)) for a in article_entities}

    groups = ArticleGroups(article_entities)
    for a, b in _event_links(events, days, hubs, article_entities):
        groups.link(a, b)
    for a, b in _entity_links(article_entities, days, hubs):
        groups.link(a, b)

    event_of: dict[URIRef, list[StoryEvent]] = {}
    for event in events:
        for article in event.articles:
            event_of.setdefault(article, []).append(event)
    stories = []
    for articles in groups.groups():
        story_events = sorted(
            {e.iri: e for a in articles for e in event_of.get(a, [])}.values(),
            key=lambda e: str(e.iri),
        )
        members = set(articles)
        own = [e for e in story_events if members.issuperset(e.articles)]
        dates = [
            d[:10] for d in (*(article_dates.get(a) for a in articles), *(e.date for e in own)) if d
        ]
        stories.append(
            Story(
                iri=mint("story", short_hash(*articles)),
                name=story_title(
                    articles=articles,
                    events=own or story_events,
                    article_entities=article_entities,
                    frequency=frequency,
                    hubs=hubs,
                    entity_names=entity_names,
                ),
                articles=articles,
                events=tuple(e.iri for e in story_events),
                start=min(dates) if dates else None,
                end=max(dates) if dates else None,
            )
        )
    return sorted(stories, key=lambda s: str(s.iri))


def _day(date: str | None) -> int | None:
    """A publication date as a day number, or None when unknown or unreadable."""
    if not date or len(date) < 10:
        return None
    try:
        return dt.date.fromisoformat(date[:10]).toordinal()
    except ValueError:
        return None


def _gap(days: Mapping[URIRef, int | None], a: URIRef, b: URIRef) -> int | None:
    first, second = days.get(a), days.get(b)
    return None if first is None or second is None else abs(first - second)


def _event_links(
    events: Sequence[StoryEvent],
    days: Mapping[URIRef, int | None],
    hubs: set[URIRef],
    article_entities: Mapping[URIRef, set[URIRef]],
) -> Iterator[tuple[URIRef, URIRef]]:
    """Pairs of articles linked by a shared event (see the module docstring)."""
    for event in events:
        if len(event.articles) < 2:
            continue
        precision: Counter[URIRef] = Counter()
        for article, date in event.report_dates:  # an article may report it twice, dated once
            precision[article] = max(precision[article], len(date or ""))
        dated = {a for a, n in precision.items() if n >= len("2020-07")}
        to_the_day = {a for a, n in precision.items() if n >= len("2020-07-06")}
        parties = {p for p in (event.agent, event.object) if isinstance(p, URIRef)}
        anchored = bool(parties - hubs)
        for a, b in combinations(event.articles, 2):
            gap = _gap(days, a, b)
            if a in dated and b in dated:
                linked = (anchored or {a, b} <= to_the_day) and (
                    gap is None or gap <= EVENT_FAR_DAYS
                )
            else:
                linked = anchored and (
                    gap is None
                    or gap <= SAME_NEWS_DAYS
                    or (gap <= NEAR_DAYS and bool(_shared(article_entities, a, b) - parties - hubs))
                )
            if linked:
                yield a, b


def _shared(article_entities: Mapping[URIRef, set[URIRef]], a: URIRef, b: URIRef) -> set[URIRef]:
    return article_entities.get(a, set()) & article_entities.get(b, set())


class ArticleGroups:
    """The connected groups of linked articles (union-find over article numbers).

    A story is such a group. The articles are numbered in sorted order and each holds
    only the number of its parent (4 bytes): a graph library's object would keep a dict
    for every article and every link.

    >>> from rdflib import URIRef
    >>> a, b, c, d = (URIRef(f"http://example.org/{n}") for n in "abcd")
    >>> groups = ArticleGroups([d, c, b, a])
    >>> groups.link(a, c); groups.link(d, c)
    >>> [[article[-1] for article in group] for group in groups.groups()]
    [['a', 'c', 'd'], ['b']]
    """

    def __init__(self, articles: Iterable[URIRef]) -> None:
        self._articles = sorted(set(articles))
        self._number = {article: n for n, article in enumerate(self._articles)}
        self._parent = array("i", range(len(self._articles)))

    def _find(self, node: int) -> int:
        parent = self._parent
        while parent[node] != node:
            parent[node] = parent[parent[node]]
            node = parent[node]
        return node

    def _numbered(self, article: URIRef) -> int:
        number = self._number.get(article)
        if number is None:  # an event's article that names no one: a group of its own
            number = self._number[article] = len(self._articles)
            self._articles.append(article)
            self._parent.append(number)
        return number

    def link(self, a: URIRef, b: URIRef) -> None:
        """Put two articles in one group (and every article linked to either)."""
        root_a, root_b = self._find(self._numbered(a)), self._find(self._numbered(b))
        if root_a != root_b:
            self._parent[max(root_a, root_b)] = min(root_a, root_b)

    def groups(self) -> list[tuple[URIRef, ...]]:
        """Every group, its articles sorted; groups in the order of their first article."""
        members: dict[int, list[URIRef]] = {}
        for number, article in enumerate(self._articles):
            members.setdefault(self._find(number), []).append(article)
        return sorted((tuple(sorted(group)) for group in members.values()), key=lambda g: g[0])


def _entity_links(
    article_entities: Mapping[URIRef, set[URIRef]],
    days: Mapping[URIRef, int | None],
    hubs: set[URIRef],
) -> Iterator[tuple[URIRef, URIRef]]:
    """Pairs of articles linked by the specific entities they share.

    Only pairs within ``FAR_DAYS`` of each other are counted (each entity's articles are
    sorted by date), so the work grows with the articles an entity has in a window, not
    with the square of all its articles. The pairs are counted one article at a time
    (with the articles after it), so memory holds one article's counts, not every pair's.
    """
    holders: dict[URIRef, list[URIRef]] = {}
    for article in sorted(article_entities):
        for entity in article_entities[article]:
            if entity not in hubs:
                holders.setdefault(entity, []).append(article)
    windows = {
        entity: _DatedArticles(articles, days)
        for entity, articles in holders.items()
        if len(articles) > 1
    }
    del holders
    for a in sorted(article_entities):
        shared: Counter[URIRef] = Counter()
        day = days.get(a)
        for entity in article_entities[a]:
            window = windows.get(entity)
            if window is not None:
                shared.update(b for b in window.within(day, FAR_DAYS) if b > a)
        for b, count in shared.items():
            gap = _gap(days, a, b)
            if count >= FAR_SHARED or (
                count >= NEAR_SHARED and gap is not None and gap <= NEAR_DAYS
            ):
                yield a, b


class _DatedArticles:
    """One entity's articles by publication day: the ones within a window of a day."""

    def __init__(self, articles: list[URIRef], days: Mapping[URIRef, int | None]) -> None:
        dated = sorted((d, a) for a in articles if (d := days.get(a)) is not None)
        self._days = array("i", (d for d, _ in dated))
        self._dated = [a for _, a in dated]
        self._undated = [a for a in articles if days.get(a) is None]

    def within(self, day: int | None, window: int) -> list[URIRef]:
        """The articles at most ``window`` days from ``day``, and the undated ones.

        All of them when ``day`` is unknown.
        """
        if day is None:
            return [*self._dated, *self._undated]
        low = bisect_left(self._days, day - window)
        high = bisect_right(self._days, day + window)
        return [*self._dated[low:high], *self._undated]


def story_title(
    *,
    articles: Sequence[URIRef],
    events: Sequence[StoryEvent],
    article_entities: Mapping[URIRef, set[URIRef]],
    frequency: Mapping[URIRef, int],
    hubs: set[URIRef],
    entity_names: Mapping[URIRef, str],
) -> str:
    """A story's name: its main event and its most specific entities.

    The main event is the one most of the story's articles report (a statement only when
    nothing else is reported), named by its type and its agent ("Withdrawal: Acme"), then
    the party it was done to; entities fill the title up to three names.
    Entities are ranked by how many of the story's articles name them, weighted by how
    much of their presence in the corpus this story holds, so that a story's own people
    and companies come before the wire agency or regulator every story names.

    >>> from rdflib import URIRef
    >>> a, b, x, y = (URIRef(f"http://example.org/{n}") for n in "abxy")
    >>> story_title(articles=[a, b], events=[], article_entities={a: {x, y}, b: {x}},
    ...             frequency={x: 2, y: 9}, hubs=set(), entity_names={x: "Acme", y: "AP"})
    'Acme · AP'
    """
    parts: list[str] = []
    named: set[URIRef] = set()
    members = set(articles)
    if events:
        main = min(
            events,
            key=lambda e: (
                e.type in _LOW_NEWS_TYPES,
                -len(members.intersection(e.articles)),
                e.agent is None,
                -len(e.date or ""),
                e.date or "",
                str(e.iri),
            ),
        )
        phrase = _event_phrase(main, entity_names)
        if phrase:
            parts.append(phrase)
            named.update(x for x in (main.agent, main.object) if isinstance(x, URIRef))
            if main.agent is not None and isinstance(main.object, URIRef):
                parts.extend(n for n in (entity_names.get(main.object),) if n)
    counts = Counter(e for a in articles for e in article_entities.get(a, ()))
    ranked = sorted(
        (e for e in counts if e in entity_names and e not in named),
        key=lambda e: (
            e in hubs,
            -counts[e] * counts[e] / frequency.get(e, counts[e]),
            -counts[e],
            entity_names[e],
        ),
    )
    parts.extend(entity_names[e] for e in ranked[: max(0, 3 - len(parts))])
    return " · ".join(parts) if parts else "untitled story"


def _event_phrase(event: StoryEvent, entity_names: Mapping[URIRef, str]) -> str:
    """'Product discontinuation: Acme' for an event, its agent (or else its object) named."""
    words = re.sub(r"(?<=[a-z])(?=[A-Z])", " ", event.type).lower().capitalize()
    party = event.agent if event.agent is not None else event.object
    name = entity_names.get(party) if isinstance(party, URIRef) else party
    return f"{words}: {name}" if name else words
