"""Map one :class:`ArticleRecord` to the triples of its named graph.

The graph holds what one source file says: the article, its images and extra
metadata, the related articles it lists, the links to the resolved entities it refers
to, and the PROV-O provenance of the graph itself (source file, content hash, time of
ingestion, parser version). Shared nodes (outlets, persons, topics) are only linked
here; their names live in the entities graph (:mod:`kg.map.entities`).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import pyoxigraph as ox
from rdflib import URIRef
from rdflib.namespace import PROV, RDF

from kg.map.literals import value_literal
from kg.map.terms import (
    RDF_JSON,
    XSD_DATE_TIME,
    XSD_INTEGER,
    OxTriple,
    Vocabulary,
    date,
    integer,
    iri,
    node,
    number,
    text,
    typed,
)
from kg.namespaces import (
    KG,
    SCHEMA,
    article_iri,
    graph_iri,
    image_iri,
    mint,
    short_hash,
    slugify,
)
from kg.records import Article, ArticleRecord, Image, Mention, RelatedArticle
from kg.resolve import EntityTable
from kg.resolve.refs import byline_ref, mention_ref, named_bylines, provider_ref, topic_ref
from kg.store.terms import to_ox

Triple = OxTriple

NEWSKG_AGENT = mint("activity", "newskg")

_S, _K, _P, _R = Vocabulary(SCHEMA), Vocabulary(KG), Vocabulary(PROV), Vocabulary(RDF)


def article_node(article: Article) -> URIRef:
    """The IRI of an article: from its URL, or from its text when it has none."""
    if article.url:
        return article_iri(url=article.url)
    return article_iri(content_key=short_hash(article.headline, article.body))


def related_node(related: RelatedArticle) -> URIRef:
    """The IRI of a ``related:`` entry: the same IRI the article gets from its own file."""
    if related.url:
        return article_iri(url=related.url)
    return article_iri(content_key=short_hash("related", related.title or ""))


#: Bumped whenever the triples an article graph gets from its record change, so that
#: stored graphs mapped by an older mapper are rewritten by the next build.
MAPPER_VERSION = "newskg-map/1"


def map_article_graph(
    record: ArticleRecord, *, table: EntityTable, resolution_key: str | None = None
) -> tuple[URIRef, list[Triple]]:
    """The named graph IRI and triples (pyoxigraph terms) for one article record.

    ``resolution_key`` (see :func:`kg.build.resolution_key`) is kept in the graph's
    provenance so a later build can tell whether the graph needs rewriting.
    """
    article = record.article
    name = article_node(article)
    graph = graph_iri(name)
    subject = iri(str(name))
    triples = list(_article_triples(article, subject, table))
    triples.extend(_mention_triples(record.mentions, subject, table))
    triples.extend(_provenance_triples(record, subject, iri(str(graph)), resolution_key))
    return graph, triples


def _entity(table: EntityTable, ref: object) -> ox.NamedNode:
    return iri(str(table.iri(ref)))  # type: ignore[arg-type]


def _article_triples(article: Article, node_: ox.NamedNode, table: EntityTable) -> Iterator[Triple]:
    yield node_, _R.type, _S.NewsArticle
    yield node_, _S.headline, text(article.headline)
    if article.excerpt:
        yield node_, _S.description, text(article.excerpt)
    if article.body:
        yield node_, _S.articleBody, text(article.body)
        yield node_, _S.wordCount, integer(len(article.body.split()))
    if article.url:
        yield node_, _S.url, node(article.url)
    if article.published:
        yield node_, _S.datePublished, date(article.published)
    if article.article_type:
        yield node_, _K.articleType, text(article.article_type)
    if article.category:
        yield node_, _S.articleSection, text(article.category)
    if (ref := provider_ref(article.provider)) is not None:
        yield node_, _S.publisher, _entity(table, ref)
    for name in article.authors:
        yield node_, _S.author, _entity(table, byline_ref(name))
    for name in article.contributors:
        yield node_, _S.contributor, _entity(table, byline_ref(name))
    for ref in named_bylines(article):
        yield node_, _S.mentions, _entity(table, ref)
    for name in article.topics:
        yield node_, _S.about, _entity(table, topic_ref(name))
    for image in article.images:
        yield node_, _S.image, iri(str(image_iri(image.url)))
        yield from _image_triples(image)
    yield from _extra_triples(node_, article.extra)
    for related in article.related:
        other = iri(str(related_node(related)))
        if other != node_:
            yield node_, _K.relatedArticle, other
            yield from _related_triples(related, other, table)


def _related_triples(
    related: RelatedArticle, node_: ox.NamedNode, table: EntityTable
) -> Iterator[Triple]:
    yield node_, _R.type, _S.NewsArticle
    if related.title:
        yield node_, _S.headline, text(related.title)
    if related.excerpt:
        yield node_, _S.description, text(related.excerpt)
    if related.url:
        yield node_, _S.url, node(related.url)
    if related.published:
        yield node_, _S.datePublished, date(related.published)
    if related.article_type:
        yield node_, _K.articleType, text(related.article_type)
    if (ref := provider_ref(related.provider)) is not None:
        yield node_, _S.publisher, _entity(table, ref)
    for image in related.images:
        yield node_, _S.image, iri(str(image_iri(image.url)))
        yield from _image_triples(image)
    yield from _extra_triples(node_, related.extra)


def _image_triples(image: Image) -> Iterator[Triple]:
    node_ = iri(str(image_iri(image.url)))
    yield node_, _R.type, _S.ImageObject
    yield node_, _S.url, node(image.url)
    if image.width is not None:
        yield node_, _S.width, number(image.width)
    if image.height is not None:
        yield node_, _S.height, number(image.height)
    if image.title:
        yield node_, _S.name, text(image.title)
    yield from _extra_triples(node_, image.extra)


def _extra_triples(node_: ox.NamedNode, extra: tuple[tuple[str, Any], ...]) -> Iterator[Triple]:
    """Metadata without a property of its own, as ``schema:PropertyValue`` nodes.

    The value is part of the node's IRI so two sources that disagree about a field keep
    both values instead of one node with two.
    """
    for key, value in extra:
        literal = value_literal(value)
        prop = node(f"{node_.value}#prop-{slugify(key)}-{short_hash(literal.n3(), length=8)}")
        yield node_, _S.additionalProperty, prop
        yield prop, _R.type, _S.PropertyValue
        yield prop, _S.propertyID, text(key)
        yield prop, _S.value, to_ox(literal)  # type: ignore[misc]


def _mention_triples(
    mentions: tuple[Mention, ...], node_: ox.NamedNode, table: EntityTable
) -> Iterator[Triple]:
    """``schema:mentions`` links, and a ``kg:Mention`` node for each place a name occurs.

    The mention nodes answer "where does this article say that?": the words, their
    character offsets in the article text and the sentence around them.
    """
    base = node_.value
    mentions_, mention_class = _S.mentions, _K.Mention
    of, in_article, surface = _K.mentionOf, _K.inArticle, _K.surfaceForm
    begin, end, sentence, type_ = _K.beginIndex, _K.endIndex, _K.sentence, _R.type
    for mention in mentions:
        entity = _entity(table, mention_ref(mention))
        yield node_, mentions_, entity
        occurrence = node(f"{base}#mention-{mention.start}-{mention.end}")
        yield occurrence, type_, mention_class
        yield occurrence, of, entity
        yield occurrence, in_article, node_
        yield occurrence, surface, text(mention.text)
        yield occurrence, begin, typed(str(mention.start), XSD_INTEGER)
        yield occurrence, end, typed(str(mention.end), XSD_INTEGER)
        yield occurrence, sentence, text(mention.sentence)


def _provenance_triples(
    record: ArticleRecord, node_: ox.NamedNode, graph: ox.NamedNode, resolution_key: str | None
) -> Iterator[Triple]:
    source_info = record.article.source
    source = node(str(mint("source", short_hash(source_info.path, source_info.sha256, length=24))))
    activity = node(str(mint("activity", short_hash(record.build_key, length=24))))
    ingested = typed(record.ingested_at, XSD_DATE_TIME)
    yield graph, _R.type, _K.ArticleGraph
    yield graph, _K.describesArticle, node_
    yield graph, _P.wasDerivedFrom, source
    yield graph, _P.wasGeneratedBy, activity
    yield graph, _P.generatedAtTime, ingested
    yield source, _R.type, _K.SourceFile
    yield source, _K.sourcePath, text(source_info.path)
    yield source, _K.contentHash, text("sha256:" + source_info.sha256)
    yield source, _K.mediaType, text(source_info.media_type)
    for note in source_info.notes:
        yield source, _K.decodingNote, text(note)
    yield source, _K.extractionRecord, typed(_record_json(record), RDF_JSON)
    yield activity, _R.type, _K.Ingestion
    yield activity, _P.used, source
    yield activity, _P.endedAtTime, ingested
    yield activity, _P.wasAssociatedWith, _AGENT
    yield activity, _K.parserVersion, text(source_info.parser)
    yield activity, _K.buildKey, text(record.build_key)
    if resolution_key is not None:
        yield activity, _K.resolutionKey, text(resolution_key)


_AGENT = iri(str(NEWSKG_AGENT))


def _record_json(record: ArticleRecord) -> str:
    from kg.records import record_to_json

    return json.dumps(record_to_json(record), sort_keys=True, ensure_ascii=False)
