"""What an article refers to, as :class:`EntityRef` values for the resolver.

The mapper asks the same functions for the refs it links to, so the resolver and the
mapper can never disagree about which ref stands for a publisher, an author or a topic.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from kg.read.values import registrable_domain
from kg.records import Article, ArticleRecord, Mention, Provider
from kg.resolve.entities import EntityRef

# Words that make a byline an organisation (a wire service, a newsroom), not a person.
_ORGANISATION_BYLINE = re.compile(
    r"\b(press|news|agency|agence|wire|staff|bureau|service|newsroom|reuters|"
    r"times|post|journal|herald|tribune|gazette|media|network|editorial|desk)\b",
    re.IGNORECASE,
)


def provider_ref(provider: Provider | None) -> EntityRef | None:
    """The ref of an outlet, keyed by its registrable domain where known."""
    if provider is None or not (provider.name or provider.domain):
        return None
    domain = registrable_domain(provider.domain) if provider.domain else None
    return EntityRef("organization", provider.name, domain)


def byline_ref(name: str) -> EntityRef:
    """The ref of a byline name: a person, unless it reads as a newsroom or agency.

    >>> byline_ref("Associated Press").kind
    'organization'
    >>> byline_ref("Jane Doe").kind
    'person'
    """
    kind = "organization" if _ORGANISATION_BYLINE.search(name) else "person"
    return EntityRef(kind, name)


def topic_ref(name: str) -> EntityRef:
    """The ref of a topic label."""
    return EntityRef("topic", name)


def article_refs(article: Article) -> Iterator[EntityRef]:
    """Every ref an article makes: its outlet, bylines, topics and related outlets."""
    if (ref := provider_ref(article.provider)) is not None:
        yield ref
    for name in (*article.authors, *article.contributors):
        yield byline_ref(name)
    for name in article.topics:
        yield topic_ref(name)
    for related in article.related:
        if (ref := provider_ref(related.provider)) is not None:
            yield ref


def mention_ref(mention: Mention) -> EntityRef:
    """The ref of a name found in an article's text."""
    return EntityRef(
        mention.kind,
        mention.text,
        canonical=mention.canonical,
        geonames_id=mention.geonames_id,
    )


def record_refs(record: ArticleRecord) -> Iterator[EntityRef]:
    """Every ref of a record: its metadata's and its text's."""
    yield from article_refs(record.article)
    for mention in record.mentions:
        yield mention_ref(mention)
