"""Split a corpus's event reports into parts that can be merged one at a time.

:func:`kg.resolve.events.merge_events` compares each report with every cluster made so
far: quadratic in the reports it is given (34 s for the 14,000 reports of 3,000
articles; days for 100,000 articles). But a report only ever joins a cluster that holds
a report *anchored* to it: of the same type, with the same agent entity, the same
object entity or the very same mention (article and offset). Reports that no chain of
anchors connects can never meet in a cluster, so merging each connected part on its
own gives exactly the events that merging them all at once gives. Parts are small (the
reports of one type about one company and its partners), so a corpus merges in about
linear time, and only one part's reports need be in memory at a time.

Memory is a few bytes per report: the reports stream past once and are identified by
their number; only the distinct (type, entity) anchors are kept.

An anchor alone still joins too much: the complaints of every advocacy group to one
regulator over years are one part (4,000 reports in 5,000 articles, growing with the
corpus). :func:`compatible_parts` splits such a part further, joining two reports only
where they are anchored *and* compatible (``_anchored`` and ``_compatible`` of
:mod:`kg.resolve.events`): a cluster's reports are pairwise compatible and each was
anchored to an earlier one, so a cluster never spans two such parts, and no report
can join a cluster of another part. That split relies on two properties of
``_compatible``, which ``tests/test_corpus_graphs.py`` exercises: it depends only on the
type, agent, object, place and date of the two reports; two different agents, or two
different objects, are never compatible; nor are two full dates more than
:data:`DATE_SLACK_DAYS` apart, or two partial dates neither of which is a prefix of the
other. A change to what anchors two reports in
:mod:`kg.resolve.events` must be mirrored in :func:`entity_anchors`.
"""

from __future__ import annotations

import datetime as dt
from array import array
from collections import defaultdict
from collections.abc import Collection, Iterable, Iterator, Sequence

import numpy as np

from kg.resolve.events import (
    GENERIC_WORDS,
    EventReport,
    _anchored,
    _compatible,
    _nested_names,
    described_anchor_words,
    name_words,
)

DATE_SLACK_DAYS = 2
"""Full dates further apart than this are never one event's (the rule allows one day)."""

Anchor = tuple[str, str, str]


def entity_anchors(report: EventReport) -> list[Anchor]:
    """The (type, role, entity) anchors that can tie a report to another article's.

    Two agents whose names nest ("Zanith" and "Zanith Farms Co.", a town and its council)
    anchor reports as one agent does (``_nested_names``): they share every word of the
    shorter name, one of which is not generic, so each report is also anchored by each
    of its agent's name words that is not generic. A dated agent description anchors by
    its own such words (``_described_agent``).
    """
    found: list[Anchor] = []
    kind = report.mention.type
    if report.agent is not None:
        found.append((kind, "agent", str(report.agent)))
        if report.mention.agent is not None:
            words = sorted(name_words(report.mention.agent) - GENERIC_WORDS)
            found.extend((kind, "agent-word", word) for word in words)
    # A dated description ("prosecutors in Harris County") anchors by the words it shares
    # with the organisation's name (``_described_agent``), each one an agent word above.
    found.extend((kind, "agent-word", word) for word in sorted(described_anchor_words(report)))
    if report.object is not None:
        found.append((kind, "object", str(report.object)))
    return found


def event_parts(articles: Iterable[list[EventReport]]) -> Iterator[list[int]]:
    """The numbers of the reports in each part (reports numbered 0, 1, ... as they come).

    ``articles`` gives each article's reports together (the same mention, an anchor
    too, is only ever shared within one article). Parts come in the order of their
    first report, each part's numbers in ascending order.

    >>> from rdflib import URIRef
    >>> from kg.records import EventMention
    >>> def report(article, kind, agent, start=0):
    ...     mention = EventMention(kind, "t", "e", start, start + 1)
    ...     agent = URIRef(agent) if agent else None
    ...     return EventReport(URIRef(article), mention, agent, None, None)
    >>> list(event_parts([
    ...     [report("a:1", "Arrest", "e:police"), report("a:1", "Arrest", None, 5)],
    ...     [report("a:2", "Arrest", "e:police"), report("a:2", "Theft", "e:police")],
    ...     [report("a:3", "Arrest", "e:other"), report("a:3", "Arrest", None)],
    ... ]))
    [[0, 2], [1], [3], [4, 5]]
    """
    ids: dict[Anchor, int] = {}
    parent = array("i")
    anchor_of = array("i")  # report number -> one of its anchors

    def new_anchor() -> int:
        parent.append(len(parent))
        return len(parent) - 1

    def find(node: int) -> int:
        while parent[node] != node:
            parent[node] = parent[parent[node]]
            node = parent[node]
        return node

    def union(a: int, b: int) -> None:
        root_a, root_b = find(a), find(b)
        if root_a != root_b:
            parent[max(root_a, root_b)] = min(root_a, root_b)

    def anchor_id(anchor: Anchor) -> int:
        found = ids.get(anchor)
        if found is None:
            found = ids[anchor] = new_anchor()
        return found

    for reports in articles:
        by_mention: dict[tuple[str, int], int] = {}
        for report in reports:
            tied = [anchor_id(anchor) for anchor in entity_anchors(report)]
            mention = (report.mention.type, report.mention.start)
            if mention in by_mention:
                tied.append(by_mention[mention])
            own = tied[0] if tied else new_anchor()
            for other in tied[1:]:
                union(own, other)
            by_mention.setdefault(mention, own)
            anchor_of.append(own)
    if not anchor_of:
        return
    roots = np.fromiter((find(a) for a in anchor_of), dtype=np.int64, count=len(anchor_of))
    ids.clear()  # what remains is the parts: free the anchors before they are merged
    del parent[:], anchor_of[:]
    # Each part is a run of ``order``: a stable sort keeps a part's numbers ascending, so
    # its first number is its run's first. Parts stay runs of one array (8 bytes a report)
    # and become lists one at a time, as they are merged.
    order = np.argsort(roots, kind="stable")
    starts = np.concatenate(([0], np.flatnonzero(np.diff(roots[order])) + 1))
    del roots
    ends = np.append(starts[1:], len(order))
    for run in np.argsort(order[starts], kind="stable"):
        yield order[starts[run] : ends[run]].tolist()


def compatible_parts(reports: Sequence[EventReport]) -> list[list[int]]:
    """Indexes of ``reports`` (one part) in finer parts: joined where anchored and compatible.

    Reports with the same agent, object, place and date (and, with neither an agent
    nor an object, the same mention) are compatible and anchored with each other, so
    they are tested once, as a bucket; two buckets are tested only when their dates
    could agree (see the module docstring).

    >>> from rdflib import URIRef
    >>> from kg.records import EventMention
    >>> def report(agent, date):
    ...     mention = EventMention("ComplaintFiled", "t", "e", 0, 1, date=date)
    ...     return EventReport(URIRef("a:1"), mention, URIRef(agent), URIRef("e:regulator"), None)
    >>> compatible_parts([report("e:a", "2020-01-05"), report("e:b", "2020-01-05"),
    ...     report("e:a", "2020-01-06"), report("e:a", "2021-03-01"), report("e:b", "2022")])
    [[0, 2], [1], [3], [4]]
    """
    buckets: dict[tuple, list[int]] = defaultdict(list)
    for index, report in enumerate(reports):
        buckets[_bucket_key(report)].append(index)
    keys = list(buckets)
    dates = _DateIndex([_known_date(key[3]) for key in keys])
    agents = _RoleIndex(
        [key[0] for key in keys],
        related=_nested_agents({key[0]: reports[buckets[key][0]] for key in keys}),
    )
    objects = _RoleIndex([key[1] for key in keys])
    parent = list(range(len(keys)))

    def find(node: int) -> int:
        while parent[node] != node:
            parent[node] = parent[parent[node]]
            node = parent[node]
        return node

    for number, key in enumerate(keys):
        first = reports[buckets[key][0]]
        by_date = dates.candidates(number)
        by_agent, by_object = agents.candidates(key[0]), objects.candidates(key[1])
        smallest = min((by_date, by_agent, by_object), key=len)
        for other in smallest:
            if other >= number or not (
                other in by_date and other in by_agent and other in by_object
            ):
                continue  # each pair once: every index's candidates are symmetric
            other_first = reports[buckets[keys[other]][0]]
            if _anchored(first, other_first) and _compatible(first, other_first):
                root_a, root_b = find(number), find(other)
                if root_a != root_b:
                    parent[max(root_a, root_b)] = min(root_a, root_b)
    parts: dict[int, list[int]] = defaultdict(list)
    for number, key in enumerate(keys):
        parts[find(number)].extend(buckets[key])
    return sorted((sorted(part) for part in parts.values()), key=lambda part: part[0])


def _bucket_key(report: EventReport) -> tuple:
    mention = report.mention
    unanchored = report.agent is None and report.object is None
    own = (str(report.article), mention.start) if unanchored else None
    return (report.agent, report.object, report.place, mention.date, own)


def _known_date(date: str | None) -> str | None:
    """A year, month or day date; None for no date or one of another form (matches all)."""
    if not date or len(date) not in (4, 7, 10):
        return None
    if len(date) == 10:
        try:
            dt.date.fromisoformat(date)
        except ValueError:
            return None
    return date


def _nested_agents(first: dict[object, EventReport]) -> dict[object, set[object]]:
    """For each agent, the other agents named as the same actor ("Zeta", "Zeta Farms Co.").

    Entity resolution may keep a short and a full name apart; merging joins their reports
    (:func:`kg.resolve.events._nested_names`), so the parts must test them against each other.
    """
    mentions = [(agent, report.mention.agent) for agent, report in first.items() if agent]
    related: dict[object, set[object]] = defaultdict(set)
    for i, (agent, mention) in enumerate(mentions):
        for other, other_mention in mentions[i + 1 :]:
            if agent != other and _nested_names(mention, other_mention):
                related[agent].add(other)
                related[other].add(agent)
    return related


class _RoleIndex:
    """Which buckets' agents (or objects) do not conflict.

    The same one, a related one (a nested name), or none on a side.
    """

    def __init__(
        self, values: list[object], *, related: dict[object, set[object]] | None = None
    ) -> None:
        self._all = range(len(values))
        self._none: list[int] = []
        self._by: dict[object, list[int]] = defaultdict(list)
        self._related = related or {}
        for n, value in enumerate(values):
            (self._none if value is None else self._by[value]).append(n)

    def candidates(self, value: object) -> Collection[int]:
        if value is None:
            return self._all
        found = {*self._by[value], *self._none}
        for other in self._related.get(value, ()):
            found.update(self._by[other])
        return found


class _DateIndex:
    """Which buckets' dates could agree: a superset of the rule's, and symmetric."""

    def __init__(self, dates: list[str | None]) -> None:
        self._dates = dates
        self._any = [n for n, date in enumerate(dates) if date is None]
        self._exact: dict[str, list[int]] = defaultdict(list)
        self._in_year: dict[str, list[int]] = defaultdict(list)  # months and days of a year
        self._in_month: dict[str, list[int]] = defaultdict(list)  # days of a month
        for n, date in enumerate(dates):
            if date is None:
                continue
            self._exact[date].append(n)
            if len(date) > 4:
                self._in_year[date[:4]].append(n)
            if len(date) == 10:
                self._in_month[date[:7]].append(n)

    def candidates(self, number: int) -> Collection[int]:
        date = self._dates[number]
        if date is None:
            return range(len(self._dates))
        found = set(self._any)
        if len(date) == 4:
            found.update(self._exact[date], self._in_year[date])
        elif len(date) == 7:
            found.update(self._exact[date[:4]], self._exact[date], self._in_month[date])
        else:
            day = dt.date.fromisoformat(date)
            found.update(self._exact[date[:4]], self._exact[date[:7]])
            for offset in range(-DATE_SLACK_DAYS, DATE_SLACK_DAYS + 1):
                found.update(self._exact.get((day + dt.timedelta(days=offset)).isoformat(), ()))
        return found
