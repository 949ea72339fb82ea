"""Map merged events and stories to the triples of the shared events graph."""

from __future__ import annotations

from collections.abc import Iterator

from rdflib import Literal, URIRef
from rdflib.namespace import PROV, RDF, RDFS

from kg.map.article import Triple
from kg.map.literals import date_literal
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


def map_events(
    events: list[Event], stories: list[Story], *, names: dict[URIRef, str]
) -> tuple[URIRef, list[Triple]]:
    """The events graph: merged events and the stories that group them."""
    triples: list[Triple] = [(EVENTS_GRAPH, RDF.type, PROV.Entity)]
    for event in events:
        if event.type in EVENT_TYPES:
            triples.extend(_event_triples(event, names))
    for story in stories:
        triples.extend(_story_triples(story))
    return EVENTS_GRAPH, triples


def _event_triples(event: Event, names: dict[URIRef, str]) -> Iterator[Triple]:
    node = event.iri
    yield node, RDF.type, KG.Event
    yield node, RDF.type, KG[event.type]
    agent = event.agent
    label = event.type
    if agent is not None:
        yield node, KG.agent, agent
        label += f": {names.get(agent, '')}".rstrip(": ")
    obj = event.object
    if isinstance(obj, URIRef):
        yield node, KG.object, obj
    elif obj:
        yield node, KG.object, Literal(obj)
    if event.place is not None:
        yield node, KG.place, event.place
    if event.date:
        yield node, KG.date, date_literal(event.date)
    yield node, RDFS.label, Literal(label)
    for report in event.reports:
        yield node, KG.evidence, Literal(report.mention.evidence)
        yield node, KG.reportedBy, report.article
        yield node, PROV.wasDerivedFrom, graph_iri(report.article)


def _story_triples(story: Story) -> Iterator[Triple]:
    yield story.iri, RDF.type, KG.Story
    yield story.iri, SCHEMA.name, Literal(story.name)
    for article in story.articles:
        yield story.iri, KG.storyArticle, article
    for event in story.events:
        yield story.iri, KG.storyEvent, event
    if story.start:
        yield story.iri, SCHEMA.startDate, date_literal(story.start)
    if story.end:
        yield story.iri, SCHEMA.endDate, date_literal(story.end)
