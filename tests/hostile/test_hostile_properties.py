"""Property-based tests: any bytes read, and any article read, map to a valid graph.

1. The reader never fails with anything but :class:`RejectedInput`: random bytes,
   random text, and frontmatter whose YAML holds any mix of types under the keys the
   reader knows (a list for a title, a number for a date, a mapping for a URL...).
2. Whatever the reader accepts goes through extraction and mapping to a graph that
   conforms to the SHACL shapes (``ontology/shapes.ttl``, as ``kg validate`` checks).
"""

from __future__ import annotations

import datetime as dt
import hashlib

import yaml
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from rdflib import Graph

from kg.errors import RejectedInput
from kg.extract import extract_mentions
from kg.extract.events import extract_events
from kg.map import article_node, map_article_graph, map_entities
from kg.map.events import map_events
from kg.read import parse_article
from kg.read.frontmatter_reader import (
    AUTHOR_KEYS,
    DATE_KEYS,
    EXCERPT_KEYS,
    IMAGE_KEYS,
    PROVIDER_KEYS,
    TITLE_KEYS,
    TOPIC_KEYS,
    URL_KEYS,
)
from kg.records import Article, ArticleRecord
from kg.resolve import resolve_entities
from kg.resolve.events import merge_events, resolve_reports
from kg.resolve.refs import record_refs
from kg.store.terms import rdflib_triple
from kg.validate import validate_graph

KEYS = (
    *TITLE_KEYS,
    *DATE_KEYS,
    *URL_KEYS,
    *EXCERPT_KEYS,
    *AUTHOR_KEYS,
    *TOPIC_KEYS,
    *IMAGE_KEYS,
    *PROVIDER_KEYS,
    "related",
    "type",
    "category",
    "quality",
)
NEWSY_TEXT = st.sampled_from(
    [
        "Acme Corp.",
        "Dana Whitlock",
        "Ottawa",
        "javascript:alert(1)",
        "https://example.com/a b",
        "example.org/story",
        "http://",
        "2020-13-45",
        "July 6, 2020",
        "2020-07-06T19:41:00Z",
        "<script>alert(1)</script>",
        '"} UNION {',
        "",
        " ",
        "\u0000",
        "\ufeff",
        "café",
        "𝔘𝔫𝔦𝔠𝔬𝔡𝔢",
    ]
)
SCALARS = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(2**70), max_value=2**70),
    st.floats(allow_nan=True, allow_infinity=True),
    st.dates(min_value=dt.date(1, 1, 1)),
    st.datetimes(timezones=st.none() | st.just(dt.UTC)),
    NEWSY_TEXT,
    st.text(max_size=40),
)
VALUES = st.recursive(
    SCALARS,
    lambda inner: (
        st.lists(inner, max_size=4)
        | st.dictionaries(st.sampled_from(KEYS) | st.text(max_size=8), inner, max_size=4)
    ),
    max_leaves=12,
)
FRONTMATTER = st.dictionaries(st.sampled_from(KEYS) | st.text(max_size=10), VALUES, max_size=8)
TITLED = st.builds(
    lambda title, rest: {**rest, "title": title},
    st.text(min_size=1, max_size=40).filter(str.strip) | NEWSY_TEXT.filter(str.strip),
    FRONTMATTER,
)
"""Frontmatter with a usable title and anything else: most of it is read, oddities noted."""
BODY = st.lists(NEWSY_TEXT | st.text(max_size=30), max_size=12).map(" ".join)


def _yaml(metadata: dict) -> str | None:
    try:
        return yaml.safe_dump(metadata, allow_unicode=True)
    except (yaml.YAMLError, ValueError, TypeError):
        return None


def read(data: bytes) -> Article | None:
    """The reader's answer: an article, or None for a clean rejection (anything else fails)."""
    try:
        return parse_article(data, path="any.md")
    except RejectedInput as rejection:
        assert rejection.path == "any.md" and rejection.reason
        assert "\n" not in str(rejection) or "frontmatter" in str(rejection)
        return None


@settings(max_examples=150, deadline=None)
@given(st.binary(max_size=600))
def test_any_bytes_are_an_article_or_a_rejection(data: bytes) -> None:
    read(data)


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=400), st.sampled_from(["utf-8", "utf-16", "cp1252", "latin-1"]))
def test_any_text_in_any_encoding_is_an_article_or_a_rejection(text: str, encoding: str) -> None:
    read(text.encode(encoding, errors="replace"))


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=200), BODY)
def test_any_frontmatter_text_is_an_article_or_a_rejection(head: str, body: str) -> None:
    read(f"---\n{head}\n---\n{body}".encode())


@settings(max_examples=150, deadline=None)
@given(FRONTMATTER, BODY)
def test_frontmatter_of_any_types_is_an_article_or_a_rejection(metadata: dict, body: str) -> None:
    text = _yaml(metadata)
    assume(text is not None)
    read(f"---\n{text}---\n{body}\n".encode())


def graph_of(article: Article) -> Graph:
    """The triples a build would write for this one article: its graph, entities, events."""
    mentions = extract_mentions(article)
    events = extract_events(article, mentions)
    key = hashlib.sha256(article.source.sha256.encode()).hexdigest()
    record = ArticleRecord(article, key, "2024-01-01T00:00:00+00:00", mentions, events)
    table = resolve_entities(record_refs(record))
    graph = Graph()
    _, triples = map_article_graph(record, table=table)
    _, entity_triples = map_entities(table)
    reports = resolve_reports(((article_node(article), e) for e in events), table)
    names = {iri: entity.name for iri, entity in table.entities.items()}
    _, event_triples = map_events(merge_events(reports), [], names=names)
    for triple in (*triples, *entity_triples, *event_triples):
        graph.add(rdflib_triple(triple))
    return graph


@settings(
    max_examples=30,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
)
@given(TITLED, BODY)
def test_any_article_read_maps_to_a_graph_that_passes_the_shapes(metadata: dict, body: str) -> None:
    text = _yaml(metadata)
    assume(text is not None)
    article = read(f"---\n{text}---\n{body}\n".encode())
    assume(article is not None)
    report = validate_graph(graph_of(article))
    assert report.conforms, [v.format() for v in report.violations][:5]


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(NEWSY_TEXT | st.text(max_size=30), min_size=1, max_size=12))
def test_any_plain_text_read_maps_to_a_graph_that_passes_the_shapes(lines: list[str]) -> None:
    article = read("\n".join(lines).encode())
    assume(article is not None)
    report = validate_graph(graph_of(article))
    assert report.conforms, [v.format() for v in report.violations][:5]
