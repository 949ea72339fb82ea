"""The corpus-wide graphs: resolved entities, merged events and stories, as triple groups.

Both graphs are recomputed from the whole corpus on every build. At 100,000 articles the
events graph holds millions of triples, so neither graph is ever held whole: each is a
stream of groups (every triple of one entity, event or story) that the store writes in
bounded batches, keeping only the subjects that changed
(:meth:`kg.store.Store.replace_graph_by_subject`).

Events are merged one part at a time (:mod:`kg.resolve.event_parts`): reports are read
twice from the build's spill file, once to find the parts and once to merge each, and
only a sketch of each merged event (IRI, date, articles) stays in memory for the
story grouping.
"""

from __future__ import annotations

from array import array
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass

from rdflib import URIRef
from rdflib.namespace import PROV, RDF

from kg.map.entities import RESOLUTION_ACTIVITY, entity_triples
from kg.map.events import event_triples, story_triples
from kg.map.terms import OxTriple, Vocabulary, iri
from kg.namespaces import ENTITIES_GRAPH, EVENTS_GRAPH, KG
from kg.records import Mention
from kg.resolve import EntityTable
from kg.resolve.entities import EntityRef
from kg.resolve.event_parts import compatible_parts, event_parts
from kg.resolve.events import Event, EventReport, _report_key, merge_events, resolve_reports
from kg.resolve.stories import group_stories
from kg.spill import EventSpill

_K, _P, _R = Vocabulary(KG), Vocabulary(PROV), Vocabulary(RDF)


@dataclass(frozen=True, slots=True)
class ArticleEvents:
    """What the corpus-wide graphs need of one article (see ``kg.build.ArticleSummary``)."""

    node: URIRef
    published: str | None
    actors: tuple[EntityRef, ...]
    events_from: int
    events_count: int


@dataclass(frozen=True, slots=True)
class EventSketch:
    """What story grouping reads of a merged event, without its reports.

    A build keeps one per merged event until the stories are grouped, so it holds each
    report's article and date in two flat tuples (the articles are the corpus's own
    nodes, shared) and makes the pairs and the sorted articles when asked.
    """

    iri: URIRef
    type: str
    date: str | None
    agent: URIRef | None
    object: URIRef | str | None
    report_articles: tuple[URIRef, ...]
    report_days: tuple[str | None, ...]
    first: int  # the number of its first report, to order events that share an IRI

    @property
    def articles(self) -> list[URIRef]:
        """Every article that reports it, sorted (as :attr:`Event.articles`)."""
        return sorted(set(self.report_articles))

    @property
    def report_dates(self) -> tuple[tuple[URIRef, str | None], ...]:
        """Each report's article and the date it gives (as :attr:`Event.report_dates`)."""
        return tuple(zip(self.report_articles, self.report_days, strict=True))


def sketch(event: Event, first: int) -> EventSketch:
    """The sketch of a merged event whose first report has number ``first``."""
    return EventSketch(
        iri=event.iri,
        type=event.type,
        date=event.date,
        agent=event.agent,
        object=event.object,
        report_articles=tuple(r.article for r in event.reports),
        report_days=tuple(r.mention.date for r in event.reports),
        first=first,
    )


def entity_groups(table: EntityTable) -> Iterator[list[OxTriple]]:
    """The entities graph, one group per subject."""
    graph, activity = iri(str(ENTITIES_GRAPH)), iri(str(RESOLUTION_ACTIVITY))
    yield [(graph, _R.type, _P.Entity), (graph, _P.wasGeneratedBy, activity)]
    yield [(activity, _R.type, _K.Resolution)]
    for entity in table.entities.values():
        yield list(entity_triples(entity))


def event_groups(
    articles: Sequence[ArticleEvents], table: EntityTable, spill: EventSpill
) -> Iterator[list[OxTriple]]:
    """The events graph, one group per event and per story, merged a part at a time."""
    yield [(iri(str(EVENTS_GRAPH)), _R.type, _P.Entity)]
    names = {entity.iri: entity.name for entity in table.entities.values()}
    numbers = _ReportNumbers(articles)
    sketches: list[EventSketch] = []
    for part in _finer(
        event_parts(numbers.reports_by_article(table, spill)), numbers, table, spill
    ):
        reports = [numbers.report(k, table, spill) for k in part]
        first_of = {id(report): k for report, k in zip(reports, part, strict=True)}
        for event in merge_events(reports):
            triples = list(event_triples(event, names))
            if triples:
                yield triples
            sketches.append(sketch(event, first_of[id(event.reports[0])]))
    outlets = {iri_ for iri_, entity in table.entities.items() if entity.domain}
    stories = group_stories(
        article_entities={a.node: {table.iri(ref) for ref in a.actors} - outlets for a in articles},
        article_dates={a.node: a.published for a in articles},
        events=_in_merge_order(sketches, numbers, table, spill),
        entity_names=names,
    )
    for story in stories:
        yield list(story_triples(story))


#: Parts of more reports than this are split into compatible parts before merging.
SPLIT_ABOVE = 64


def _finer(
    parts: Iterable[list[int]], numbers: _ReportNumbers, table: EntityTable, spill: EventSpill
) -> Iterator[list[int]]:
    """Each part, or, when large, its compatible parts (:func:`compatible_parts`)."""
    for part in parts:
        if len(part) <= SPLIT_ABOVE:
            yield part
            continue
        roles = [_roles(numbers.report(k, table, spill)) for k in part]
        for finer in compatible_parts(roles):  # type: ignore[arg-type]
            yield [part[i] for i in finer]


@dataclass(frozen=True, slots=True)
class _MentionRoles:
    type: str
    start: int
    date: str | None
    agent: Mention | None  # read by the nested-names test of anchoring and compatibility
    agent_text: str | None  # read by the test of a described agent ("prosecutors in X")


@dataclass(frozen=True, slots=True)
class _ReportRoles:
    """What compatibility and anchoring read of a report, in a tenth of its memory."""

    article: URIRef
    mention: _MentionRoles
    agent: URIRef | None
    object: URIRef | None
    place: URIRef | None


def _roles(report: EventReport) -> _ReportRoles:
    m = report.mention
    return _ReportRoles(
        report.article,
        _MentionRoles(m.type, m.start, m.date, m.agent, m.agent_text),
        report.agent,
        report.object,
        report.place,
    )


class _ReportNumbers:
    """Report number -> (article, event mention number), in two arrays of 4 bytes each."""

    def __init__(self, articles: Sequence[ArticleEvents]) -> None:
        self._articles = articles
        self._article = array("i")
        self._event = array("i")
        for index, article in enumerate(articles):
            for number in range(article.events_from, article.events_from + article.events_count):
                self._article.append(index)
                self._event.append(number)

    def reports_by_article(
        self, table: EntityTable, spill: EventSpill
    ) -> Iterator[list[EventReport]]:
        for article in self._articles:
            if article.events_count:
                mentions = (
                    (article.node, spill.get(n))
                    for n in range(article.events_from, article.events_from + article.events_count)
                )
                yield resolve_reports(mentions, table)

    def report(self, k: int, table: EntityTable, spill: EventSpill) -> EventReport:
        article = self._articles[self._article[k]]
        (report,) = resolve_reports([(article.node, spill.get(self._event[k]))], table)
        return report


def _in_merge_order(
    sketches: list[EventSketch], numbers: _ReportNumbers, table: EntityTable, spill: EventSpill
) -> list[EventSketch]:
    """Sketches in the order merging everything at once would list the events.

    That order is by IRI and, for events that share an IRI (rare: two clusters with the
    same type, anchor, object and date), by when each cluster was started: by its first
    report's sort key, then by its first report's number.
    """
    sketches.sort(key=lambda s: (str(s.iri), s.first))
    ordered: list[EventSketch] = []
    start = 0
    while start < len(sketches):
        end = start + 1
        while end < len(sketches) and sketches[end].iri == sketches[start].iri:
            end += 1
        run = sketches[start:end]
        if len(run) > 1:
            run.sort(key=lambda s: (_report_key(numbers.report(s.first, table, spill)), s.first))
        ordered.extend(run)
        start = end
    return ordered
