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

from rdflib import Literal, URIRef
from rdflib.namespace import PROV, RDF, XSD

from kg.map.literals import date_literal, value_literal
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
from kg.resolve.refs import byline_ref, mention_ref, provider_ref, topic_ref

Triple = tuple[URIRef, URIRef, URIRef | Literal]

NEWSKG_AGENT = mint("activity", "newskg")


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
    """The named graph IRI and triples for one article record.

    ``resolution_key`` (see :func:`kg.build.resolution_key`) is kept in the graph's
    provenance so a later build can tell whether the graph needs rewriting.
    """
    article = record.article
    node = article_node(article)
    graph = graph_iri(node)
    triples = list(_article_triples(article, node, table))
    triples.extend(_mention_triples(record.mentions, node, table))
    triples.extend(_provenance_triples(record, node, graph, resolution_key))
    return graph, triples


def _article_triples(article: Article, node: URIRef, table: EntityTable) -> Iterator[Triple]:
    yield node, RDF.type, SCHEMA.NewsArticle
    yield node, SCHEMA.headline, Literal(article.headline)
    if article.excerpt:
        yield node, SCHEMA.description, Literal(article.excerpt)
    if article.body:
        yield node, SCHEMA.articleBody, Literal(article.body)
        yield node, SCHEMA.wordCount, Literal(len(article.body.split()))
    if article.url:
        yield node, SCHEMA.url, URIRef(article.url)
    if article.published:
        yield node, SCHEMA.datePublished, date_literal(article.published)
    if article.article_type:
        yield node, KG.articleType, Literal(article.article_type)
    if article.category:
        yield node, SCHEMA.articleSection, Literal(article.category)
    if (ref := provider_ref(article.provider)) is not None:
        yield node, SCHEMA.publisher, table.iri(ref)
    for name in article.authors:
        yield node, SCHEMA.author, table.iri(byline_ref(name))
    for name in article.contributors:
        yield node, SCHEMA.contributor, table.iri(byline_ref(name))
    for name in article.topics:
        yield node, SCHEMA.about, table.iri(topic_ref(name))
    for image in article.images:
        yield node, SCHEMA.image, image_iri(image.url)
        yield from _image_triples(image)
    yield from _extra_triples(node, article.extra)
    for related in article.related:
        other = related_node(related)
        if other != node:
            yield node, KG.relatedArticle, other
            yield from _related_triples(related, other, table)


def _related_triples(related: RelatedArticle, node: URIRef, table: EntityTable) -> Iterator[Triple]:
    yield node, RDF.type, SCHEMA.NewsArticle
    if related.title:
        yield node, SCHEMA.headline, Literal(related.title)
    if related.excerpt:
        yield node, SCHEMA.description, Literal(related.excerpt)
    if related.url:
        yield node, SCHEMA.url, URIRef(related.url)
    if related.published:
        yield node, SCHEMA.datePublished, date_literal(related.published)
    if related.article_type:
        yield node, KG.articleType, Literal(related.article_type)
    if (ref := provider_ref(related.provider)) is not None:
        yield node, SCHEMA.publisher, table.iri(ref)
    for image in related.images:
        yield node, SCHEMA.image, image_iri(image.url)
        yield from _image_triples(image)
    yield from _extra_triples(node, related.extra)


def _image_triples(image: Image) -> Iterator[Triple]:
    node = image_iri(image.url)
    yield node, RDF.type, SCHEMA.ImageObject
    yield node, SCHEMA.url, URIRef(image.url)
    if image.width is not None:
        yield node, SCHEMA.width, Literal(image.width)
    if image.height is not None:
        yield node, SCHEMA.height, Literal(image.height)
    if image.title:
        yield node, SCHEMA.name, Literal(image.title)
    yield from _extra_triples(node, image.extra)


def _extra_triples(node: URIRef, extra: tuple[tuple[str, Any], ...]) -> Iterator[Triple]:
    """Metadata without a property of its own, as ``schema:PropertyValue`` nodes.

    The value is part of the node's IRI so two sources that disagree about a field keep
    both values instead of one node with two.
    """
    for key, value in extra:
        literal = value_literal(value)
        prop = URIRef(f"{node}#prop-{slugify(key)}-{short_hash(literal.n3(), length=8)}")
        yield node, SCHEMA.additionalProperty, prop
        yield prop, RDF.type, SCHEMA.PropertyValue
        yield prop, SCHEMA.propertyID, Literal(key)
        yield prop, SCHEMA.value, literal


def _mention_triples(
    mentions: tuple[Mention, ...], node: URIRef, table: EntityTable
) -> Iterator[Triple]:
    """``schema:mentions`` links, and a ``kg:Mention`` node for each place a name occurs.

    The mention nodes answer "where does this article say that?": the words, their
    character offsets in the article text and the sentence around them.
    """
    for mention in mentions:
        entity = table.iri(mention_ref(mention))
        yield node, SCHEMA.mentions, entity
        occurrence = URIRef(f"{node}#mention-{mention.start}-{mention.end}")
        yield occurrence, RDF.type, KG.Mention
        yield occurrence, KG.mentionOf, entity
        yield occurrence, KG.inArticle, node
        yield occurrence, KG.surfaceForm, Literal(mention.text)
        yield occurrence, KG.beginIndex, Literal(mention.start, datatype=XSD.integer)
        yield occurrence, KG.endIndex, Literal(mention.end, datatype=XSD.integer)
        yield occurrence, KG.sentence, Literal(mention.sentence)


def _provenance_triples(
    record: ArticleRecord, node: URIRef, graph: URIRef, resolution_key: str | None
) -> Iterator[Triple]:
    source_info = record.article.source
    source = mint("source", short_hash(source_info.path, source_info.sha256, length=24))
    activity = mint("activity", short_hash(record.build_key, length=24))
    ingested = Literal(record.ingested_at, datatype=XSD.dateTime)
    yield graph, RDF.type, KG.ArticleGraph
    yield graph, KG.describesArticle, node
    yield graph, PROV.wasDerivedFrom, source
    yield graph, PROV.wasGeneratedBy, activity
    yield graph, PROV.generatedAtTime, ingested
    yield source, RDF.type, KG.SourceFile
    yield source, KG.sourcePath, Literal(source_info.path)
    yield source, KG.contentHash, Literal("sha256:" + source_info.sha256)
    yield source, KG.mediaType, Literal(source_info.media_type)
    for note in source_info.notes:
        yield source, KG.decodingNote, Literal(note)
    yield source, KG.extractionRecord, Literal(_record_json(record), datatype=RDF.JSON)
    yield activity, RDF.type, KG.Ingestion
    yield activity, PROV.used, source
    yield activity, PROV.endedAtTime, ingested
    yield activity, PROV.wasAssociatedWith, NEWSKG_AGENT
    yield activity, KG.parserVersion, Literal(source_info.parser)
    yield activity, KG.buildKey, Literal(record.build_key)
    if resolution_key is not None:
        yield activity, KG.resolutionKey, Literal(resolution_key)


def _record_json(record: ArticleRecord) -> str:
    from kg.records import record_to_json

    return json.dumps(record_to_json(record), sort_keys=True, ensure_ascii=False)
