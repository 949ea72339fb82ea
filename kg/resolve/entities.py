"""Cluster entity references into entities and choose each entity's names and IRI."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from rdflib import URIRef

from kg.namespaces import entity_iri, slugify

KINDS = ("organization", "person", "place", "topic")


@dataclass(frozen=True)
class EntityRef:
    """What one article calls something: a kind, a surface name, and for outlets a domain."""

    kind: str
    name: str | None
    domain: str | None = None


@dataclass(frozen=True)
class Entity:
    """A resolved entity: its IRI, its fullest name and every other name it goes by."""

    iri: URIRef
    kind: str
    name: str
    alternate_names: tuple[str, ...] = ()
    domain: str | None = None


class EntityTable:
    """The resolved entities of a corpus, and the look-up from a ref to its entity."""

    def __init__(self, entities: dict[URIRef, Entity], index: dict[EntityRef, URIRef]) -> None:
        self.entities = entities
        self._index = index

    def iri(self, ref: EntityRef) -> URIRef:
        """The IRI of the entity a ref was resolved to."""
        return self._index[ref]

    def __len__(self) -> int:
        return len(self.entities)


def resolve_entities(refs: Iterable[EntityRef]) -> EntityTable:
    """Resolve refs into entities.

    Outlets are keyed by their registrable domain, so one outlet is one node whatever
    name each file gives it; a ref without a domain joins the outlet whose name it
    shares. Other refs are keyed by kind and slug of name.

    >>> table = resolve_entities([
    ...     EntityRef("organization", "CBC.ca", "cbc.ca"),
    ...     EntityRef("organization", "CBC News", "cbc.ca"),
    ...     EntityRef("organization", "CBC News"),
    ... ])
    >>> [(e.name, e.alternate_names) for e in table.entities.values()]
    [('CBC News', ('CBC.ca',))]
    """
    unique = sorted(set(refs), key=lambda r: (r.kind, r.domain or "", r.name or ""))
    clusters: dict[tuple[str, str], list[EntityRef]] = defaultdict(list)
    by_name: dict[tuple[str, str], tuple[str, str]] = {}
    for ref in unique:
        if ref.domain:
            key = (ref.kind, "domain:" + ref.domain)
            clusters[key].append(ref)
            if ref.name:
                by_name.setdefault((ref.kind, slugify(ref.name)), key)
    for ref in unique:
        if ref.domain or not ref.name:
            continue
        key = by_name.get((ref.kind, slugify(ref.name)), (ref.kind, "name:" + slugify(ref.name)))
        clusters[key].append(ref)
    entities: dict[URIRef, Entity] = {}
    index: dict[EntityRef, URIRef] = {}
    for (kind, key), members in sorted(clusters.items()):
        names = Counter(m.name for m in members if m.name)
        domain = next((m.domain for m in members if m.domain), None)
        name = choose_name(names) or domain or key
        iri = entity_iri(kind, domain if domain else name)
        alternates = tuple(sorted(n for n in names if n != name))
        entities[iri] = Entity(iri, kind, name, alternates, domain)
        for m in members:
            index[m] = iri
    return EntityTable(entities, index)


def choose_name(names: Counter[str]) -> str | None:
    """The fullest name: the longest, then the most used, then the first alphabetically.

    >>> choose_name(Counter({"Clearview": 3, "Clearview AI": 1}))
    'Clearview AI'
    """
    candidates = [n for n in names if n]
    if not candidates:
        return None
    return min(candidates, key=lambda n: (-len(n), -names[n], n))
