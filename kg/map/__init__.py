"""Mapping: pure functions from records to RDF triples, under the ontology in ``ontology/``.

Each article maps to the triples of its own named graph (:func:`map_article_graph`);
resolved entities map to the shared entities graph (:func:`map_entities`).
"""

from kg.map.article import article_node, map_article_graph
from kg.map.entities import map_entities

__all__ = ["article_node", "map_article_graph", "map_entities"]
