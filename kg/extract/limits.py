"""Bounds on what one article may yield, so one pathological file cannot stall a build.

A text of tens of thousands of distinct capitalised names (a directory dump, a
generated list) is not news; reading it in full would cost minutes and fill the
graph with noise. The extractor keeps the first ``max_entities`` distinct entities of
an article (in text order, every mention of each) and says it did so; candidates are
cut earlier, at a multiple of the limit, so the work before the cut is bounded too.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TypeVar

from kg.read.decode import MAX_ANALYSED_CHARS
from kg.records import Mention

DEFAULT_MAX_ENTITIES = 1000
"""Most distinct entities kept per article (``kg build --max-entities``): far above real news."""

CANDIDATE_FACTOR = 4
"""Distinct candidate names examined per entity kept: candidates that turn out to be
products, demonyms or noise must not use up the limit before the real names come."""

T = TypeVar("T")


def first_distinct(items: Sequence[T], key: Callable[[T], object], limit: int) -> list[T]:
    """The items whose key is among the first ``limit`` distinct keys, in their order.

    >>> first_distinct(["a", "b", "a", "c", "b"], key=str, limit=2)
    ['a', 'b', 'a', 'b']
    """
    kept: set[object] = set()
    result: list[T] = []
    for item in items:
        k = key(item)
        if k not in kept:
            if len(kept) >= limit:
                continue
            kept.add(k)
        result.append(item)
    return result


def entity_key(mention: Mention) -> tuple[str, str]:
    """What makes two mentions of one article the same entity: kind and fullest form."""
    return mention.kind, mention.canonical or mention.text


def limit_mentions(
    mentions: Sequence[Mention], max_entities: int
) -> tuple[tuple[Mention, ...], bool]:
    """The mentions of the first ``max_entities`` entities, and whether any were left out."""
    kept = first_distinct(mentions, entity_key, max_entities)
    return tuple(kept), len(kept) < len(mentions)


def truncation_note(max_entities: int) -> str:
    """The one-line note a truncated article carries (printed with its file name)."""
    return f"too many names: only the first {max_entities:,} entities kept (--max-entities)"


def long_text_note() -> str:
    """The note of a text longer than what is analysed for entities and events."""
    return (
        f"text over {MAX_ANALYSED_CHARS:,} characters: entities and events read from the "
        "first part only"
    )
