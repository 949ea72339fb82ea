"""Resolution: one node per real-world thing across all articles.

The mappers never mint entity IRIs themselves: they describe what an article refers
to as :class:`EntityRef` values, and :func:`resolve_entities` clusters every ref of the
whole corpus into :class:`Entity` nodes with stable IRIs. Because the table is computed
from the set of refs (sorted, never in file order), the same files give the same IRIs
whatever order they are read in.
"""

from kg.resolve.entities import Entity, EntityRef, EntityTable, resolve_entities

__all__ = ["Entity", "EntityRef", "EntityTable", "resolve_entities"]
