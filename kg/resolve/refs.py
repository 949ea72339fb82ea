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
    r"times|post|journal|herald|tribune|gazette|media|network|editorial|desk|"
    r"courier|chronicle|daily|standard|express|observer|mirror|telegraph|guardian|review|"
    r"insider|dispatch|ledger|sentinel|bulletin|weekly|magazine|examiner|advertiser|"
    r"register|inquirer|enquirer|globe|monitor|courant|argus|echo|mail)\b",
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
    >>> byline_ref("Jane Doe").kind, byline_ref("Connacht Courier").kind
    ('person', 'organization')
    >>> byline_ref("AFP").kind, byline_ref("Xinhua").kind  # a person signs with two names
    ('organization', 'organization')
    """
    single = len(name.split()) == 1
    kind = "organization" if single or _ORGANISATION_BYLINE.search(name) else "person"
    return EntityRef(kind, name)


def named_bylines(article: Article) -> Iterator[EntityRef]:
    """The byline refs whose names the article's own text gives ("By Ann Lee, Crime Reporter").

    A plain-text page prints its bylines, so they are names the article says, as any
    other, and the article mentions them as well as crediting them. Bylines that come
    only from metadata (a frontmatter ``author:`` field) are credits, not mentions.

    >>> from kg.records import SourceInfo
    >>> page = Article(SourceInfo("a.txt", "0", "text/plain", "t"), "Zeta quits", "Body.",
    ...                authors=("Ann Lee", "Bo Chan"), boilerplate=("By Ann Lee, Reporter",))
    >>> [ref.name for ref in named_bylines(page)]
    ['Ann Lee']
    """
    lines = (*article.boilerplate, article.body)
    for name in dict.fromkeys((*article.authors, *article.contributors)):
        if any(name in line for line in lines):
            yield byline_ref(name)


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
