"""Map the resolved entity table to the triples of the shared entities graph."""

from __future__ import annotations

from collections.abc import Iterator

from rdflib import Literal, URIRef
from rdflib.namespace import PROV, RDF

from kg.map.article import Triple
from kg.namespaces import ENTITIES_GRAPH, GEONAMES, KG, SCHEMA, mint
from kg.resolve import Entity, EntityTable

ENTITY_CLASSES = {
    "organization": SCHEMA.Organization,
    "person": SCHEMA.Person,
    "place": SCHEMA.Place,
    "topic": SCHEMA.DefinedTerm,
}


RESOLUTION_ACTIVITY = mint("activity", "resolution")


def map_entities(table: EntityTable) -> tuple[URIRef, list[Triple]]:
    """The entities graph: one typed, named node per resolved entity."""
    triples: list[Triple] = [
        (ENTITIES_GRAPH, RDF.type, PROV.Entity),
        (ENTITIES_GRAPH, PROV.wasGeneratedBy, RESOLUTION_ACTIVITY),
        (RESOLUTION_ACTIVITY, RDF.type, KG.Resolution),
    ]
    for entity in table.entities.values():
        triples.extend(_entity_triples(entity))
    return ENTITIES_GRAPH, triples


def _entity_triples(entity: Entity) -> Iterator[Triple]:
    yield entity.iri, RDF.type, ENTITY_CLASSES[entity.kind]
    yield entity.iri, SCHEMA.name, Literal(entity.name)
    for name in entity.alternate_names:
        yield entity.iri, SCHEMA.alternateName, Literal(name)
    if entity.domain:
        yield entity.iri, SCHEMA.url, URIRef(f"https://{entity.domain}")
    if entity.geonames_id is not None:
        yield entity.iri, SCHEMA.sameAs, GEONAMES[f"{entity.geonames_id}/"]
