"""LocalStore.query gives exactly what oxrdflib's Dataset.query gives, only faster."""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Literal, URIRef
from rdflib.compare import to_isomorphic

from kg.errors import QueryError
from kg.store import Store

QUERIES = sorted((Path(__file__).resolve().parents[2] / "queries").glob("*.rq"))

EXTRA = {
    "unbound and typed": """
        SELECT ?article ?nothing ?n ?date WHERE {
          ?article schema:headline ?h . OPTIONAL { ?article kg:noSuchProperty ?nothing }
          OPTIONAL { ?article schema:datePublished ?date }
          BIND(STRLEN(?h) AS ?n) BIND(STRLANG("x", "en") AS ?lang) BIND(BNODE() AS ?b)
        } ORDER BY ?article""",
    "repeated terms": "SELECT ?type WHERE { ?s a ?type } ORDER BY ?type",
}


def rows(result) -> list[tuple]:
    """Every row with each term and its exact rdflib type."""
    return [tuple((type(t).__name__, t) for t in row) for row in result]


@pytest.mark.parametrize("path", QUERIES, ids=lambda p: p.name)
def test_saved_queries_give_the_same_result(path: Path, seed_store: Store) -> None:
    text = path.read_text(encoding="utf-8")
    fast = seed_store.query(text)
    slow = seed_store.dataset().query(text)  # type: ignore[attr-defined]
    assert fast.vars == slow.vars
    assert rows(fast) == rows(slow)
    assert fast.bindings == slow.bindings


@pytest.mark.parametrize("name", sorted(EXTRA))
def test_other_selects_give_the_same_result(name: str, seed_store: Store) -> None:
    text = EXTRA[name]
    fast, slow = seed_store.query(text), seed_store.dataset().query(text)  # type: ignore[attr-defined]
    fast_rows, slow_rows = rows(fast), rows(slow)
    assert fast_rows, "the comparison needs rows"
    if name == "unbound and typed":
        assert any(row[1][1] is None for row in fast_rows)
        assert any(isinstance(row[2][1], Literal) and row[2][1].datatype for row in fast_rows)
    assert fast_rows == slow_rows


def test_repeated_terms_are_converted_once(seed_store: Store) -> None:
    result = list(seed_store.query("SELECT ?type WHERE { ?s a ?type } ORDER BY ?type"))
    first = {}
    for (term,) in result:
        assert first.setdefault(term, term) is term


def test_ask_and_construct_give_the_same_result(seed_store: Store) -> None:
    ask = "ASK { ?s a schema:NewsArticle }"
    assert seed_store.query(ask).askAnswer is True
    assert seed_store.query(ask).askAnswer == seed_store.dataset().query(ask).askAnswer  # type: ignore[attr-defined]
    construct = "CONSTRUCT { ?a schema:headline ?h ; kg:n 1 } WHERE { ?a schema:headline ?h }"
    fast = seed_store.query(construct).graph
    slow = seed_store.dataset().query(construct).graph  # type: ignore[attr-defined]
    assert len(fast) > 0
    assert to_isomorphic(fast) == to_isomorphic(slow)
    assert set(fast) == set(slow)
    assert all(isinstance(s, URIRef) for s, _, _ in fast)


def test_a_bad_query_is_a_query_error(seed_store: Store) -> None:
    with pytest.raises(QueryError):
        seed_store.query("SELECT ?x WHERE { ?x nosuchprefix:p ?y }")
