"""Map merged events and stories to the triples of the shared events graph."""

from __future__ import annotations

from collections.abc import Iterator, Mapping

from rdflib import URIRef
from rdflib.namespace import PROV, RDF, RDFS

from kg.map.terms import OxTriple, Vocabulary, date, iri, text
from kg.namespaces import EVENTS_GRAPH, KG, SCHEMA, graph_iri
from kg.resolve.events import Event
from kg.resolve.stories import Story

EVENT_TYPES = frozenset(
    "Withdrawal ContractSuspension ContractSigning ProductDiscontinuation Moratorium "
    "SalesRefusal Agreement ShareholderVote Investigation InvestigationOpened "
    "InvestigationFinding ReviewAnnounced Arrest PoliceContact Theft ComplaintFiled "
    "LawsuitFiled ChargesDismissed ChargesDropped RecordExpungement Statement Admission "
    "Apology ApologyDemand ReportRelease OpEdPublished".split()
)
"""The contract's event types; each is a ``kg:`` class under ``kg:Event``."""

_S, _K, _P, _R = Vocabulary(SCHEMA), Vocabulary(KG), Vocabulary(PROV), Vocabulary(RDF)
_LABEL = iri(str(RDFS.label))


def map_events(
    events: list[Event], stories: list[Story], *, names: dict[URIRef, str]
) -> tuple[URIRef, list[OxTriple]]:
    """The events graph: merged events and the stories that group them."""
    triples: list[OxTriple] = [(iri(str(EVENTS_GRAPH)), _R.type, _P.Entity)]
    for event in events:
        triples.extend(event_triples(event, names))
    for story in stories:
        triples.extend(story_triples(story))
    return EVENTS_GRAPH, triples


def event_triples(event: Event, names: Mapping[URIRef, str]) -> Iterator[OxTriple]:
    """The triples of one merged event (none for a type outside the contract's)."""
    if event.type not in EVENT_TYPES:
        return
    node = iri(str(event.iri))
    yield node, _R.type, _K.Event
    yield node, _R.type, _K[event.type]
    agent = event.agent
    label = event.type
    if agent is not None:
        yield node, _K.agent, iri(str(agent))
        label += f": {names.get(agent, '')}".rstrip(": ")
    obj = event.object
    if isinstance(obj, URIRef):
        yield node, _K.object, iri(str(obj))
    elif obj:
        yield node, _K.object, text(obj)
    if event.place is not None:
        yield node, _K.place, iri(str(event.place))
    if event.date:
        yield node, _K.date, date(event.date)
    yield node, _LABEL, text(label)
    for report in event.reports:
        yield node, _K.evidence, text(report.mention.evidence)
        yield node, _K.reportedBy, iri(str(report.article))
        yield node, _P.wasDerivedFrom, iri(str(graph_iri(report.article)))


def story_triples(story: Story) -> Iterator[OxTriple]:
    """The triples of one story."""
    node = iri(str(story.iri))
    yield node, _R.type, _K.Story
    yield node, _S.name, text(story.name)
    for article in story.articles:
        yield node, _K.storyArticle, iri(str(article))
    for event in story.events:
        yield node, _K.storyEvent, iri(str(event))
    if story.start:
        yield node, _S.startDate, date(story.start)
    if story.end:
        yield node, _S.endDate, date(story.end)
