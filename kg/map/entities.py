"""Map the resolved entity table to the triples of the shared entities graph."""

from __future__ import annotations

from collections.abc import Iterator

from rdflib import URIRef
from rdflib.namespace import PROV, RDF

from kg.map.terms import OxTriple, Vocabulary, iri, node, text
from kg.namespaces import ENTITIES_GRAPH, GEONAMES, KG, SCHEMA, mint
from kg.resolve import Entity, EntityTable

_S, _K, _P, _R = Vocabulary(SCHEMA), Vocabulary(KG), Vocabulary(PROV), Vocabulary(RDF)

ENTITY_CLASSES = {
    "organization": _S.Organization,
    "person": _S.Person,
    "place": _S.Place,
    "topic": _S.DefinedTerm,
}


RESOLUTION_ACTIVITY = mint("activity", "resolution")


def map_entities(table: EntityTable) -> tuple[URIRef, list[OxTriple]]:
    """The entities graph: one typed, named node per resolved entity."""
    graph, activity = iri(str(ENTITIES_GRAPH)), iri(str(RESOLUTION_ACTIVITY))
    triples: list[OxTriple] = [
        (graph, _R.type, _P.Entity),
        (graph, _P.wasGeneratedBy, activity),
        (activity, _R.type, _K.Resolution),
    ]
    for entity in table.entities.values():
        triples.extend(entity_triples(entity))
    return ENTITIES_GRAPH, triples


def entity_triples(entity: Entity) -> Iterator[OxTriple]:
    """The triples that describe one resolved entity."""
    subject = iri(str(entity.iri))
    yield subject, _R.type, ENTITY_CLASSES[entity.kind]
    yield subject, _S.name, text(entity.name)
    for name in entity.alternate_names:
        yield subject, _S.alternateName, text(name)
    if entity.domain:
        yield subject, _S.url, node(f"https://{entity.domain}")
    if entity.geonames_id is not None:
        yield subject, _S.sameAs, iri(str(GEONAMES[f"{entity.geonames_id}/"]))
