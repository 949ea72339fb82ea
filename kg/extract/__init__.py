"""Named-entity extraction: organisations, persons and places mentioned in an article.

Rule-based by default (spaCy's tokenizer, packaged gazetteers and name lists, and
rules about news writing), so it runs with no model and no download; a trained spaCy
pipeline can be passed as ``nlp`` to add its entities as candidates.
"""

from __future__ import annotations

from kg.extract.limits import DEFAULT_MAX_ENTITIES
from kg.extract.mentions import EntityExtraction, extract_entities, extract_mentions

EXTRACTOR_VERSION = "newskg-extract/9"
"""Bumped whenever extraction output changes, so that a build re-extracts stored articles."""

__all__ = [
    "DEFAULT_MAX_ENTITIES",
    "EXTRACTOR_VERSION",
    "EntityExtraction",
    "extract_entities",
    "extract_mentions",
]
