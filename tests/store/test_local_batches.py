"""The local store's batched writes: new graphs in bulk, changed ones by update, merge kept."""

from __future__ import annotations

import tracemalloc
from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import Literal, URIRef

from kg.store import LocalStore
from kg.store import local as local_module
from kg.store.terms import to_ox

EX = "https://example.org/"


def triples_of(n: int, graph: str, *, shared: bool = True) -> list:
    """``n`` triples of ``graph`` as pyoxigraph terms, the first shared by every graph."""
    p = ox.NamedNode(EX + "p")
    own = [(ox.NamedNode(f"{EX}{graph}/{i}"), p, ox.Literal(f"value {i}")) for i in range(n)]
    return ([(ox.NamedNode(EX + "s"), p, ox.Literal("shared"))] if shared else []) + own


def test_new_graphs_are_written_in_batches_and_old_ones_replaced(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(local_module, "BULK_BATCH_QUADS", 50)  # several batches
    with LocalStore(tmp_path / "store") as store:
        first = [(URIRef(f"{EX}graph/{n}"), triples_of(10, str(n))) for n in range(12)]
        assert store.replace_graphs(first) == 12
        # rdflib terms are accepted as well, and an existing graph is replaced, not added to
        changed = [(URIRef(f"{EX}graph/0"), [(URIRef(EX + "s"), URIRef(EX + "p"), Literal("x"))])]
        assert store.replace_graphs([*changed, (URIRef(f"{EX}graph/new"), [])]) == 1
        assert store.replace_graphs(changed) == 0  # unchanged: nothing written

        assert len(store.named_graphs()) == 12
        assert store.graph_triples(URIRef(f"{EX}graph/0")) == {
            (URIRef(EX + "s"), URIRef(EX + "p"), Literal("x"))
        }
        assert len(store.graph_triples(URIRef(f"{EX}graph/5"))) == 11
        merged = set(store.merged_triples())
        named = set()
        for graph in store.named_graphs():
            named |= store.graph_triples(graph)
        assert merged == named  # the default graph is the merge, the shared triple once
        assert (URIRef(EX + "s"), URIRef(EX + "p"), Literal("shared")) in merged


def test_opening_a_store_removes_what_a_killed_bulk_write_left(tmp_path: Path) -> None:
    location = tmp_path / "store"
    with LocalStore(location) as store:
        store.replace_graphs([(URIRef(EX + "graph/a"), triples_of(3, "a"))])
    leftover = location / "bulk-1234.sst"
    leftover.write_bytes(b"half a table file")
    with LocalStore(location) as store:
        assert not leftover.exists()
        assert len(store.graph_triples(URIRef(EX + "graph/a"))) == 4


def test_a_large_graph_is_replaced_subject_by_subject(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(local_module, "SUBJECT_BATCH_TRIPLES", 3)  # several transactions
    graph = URIRef(EX + "graph/events")
    p, q = ox.NamedNode(EX + "p"), ox.NamedNode(EX + "q")

    def subject(name: str, *values: str) -> list:
        return [(ox.NamedNode(EX + name), p, ox.Literal(v)) for v in values]

    with LocalStore(tmp_path / "store") as store:
        store.replace_graphs([(URIRef(EX + "graph/other"), subject("kept", "1"))])
        first = [subject("a", "1", "2"), subject("b", "1"), subject("c", "1"), subject("kept", "1")]
        assert store.replace_graph_by_subject(graph, first)
        assert not store.replace_graph_by_subject(graph, first)  # nothing changed
        # b changes, c goes, d comes, e comes in two groups, "kept" leaves this graph
        second = [
            subject("a", "1", "2"),
            subject("b", "9"),
            subject("d", "1"),
            subject("e", "1"),
            [(ox.NamedNode(EX + "e"), q, ox.Literal("2"))],
        ]
        assert store.replace_graph_by_subject(graph, second)
        assert not store.replace_graph_by_subject(graph, second)  # e's two groups: no change
        expected = {as_text(t) for group in second for t in group}
        assert {as_text(t) for t in store.graph_triples(graph)} == expected
        kept = {as_text(t) for t in subject("kept", "1")}  # still in the other graph
        assert {as_text(t) for t in store.merged_triples()} == expected | kept


def as_text(triple) -> tuple[str, ...]:
    return tuple(str(to_ox(term)) for term in triple)


def test_streamed_rows_do_not_keep_every_long_literal(tmp_path: Path) -> None:
    """A build reads every stored article's record (tens of kB each) through iter_select."""
    p = ox.NamedNode(EX + "record")
    rows = [
        (ox.NamedNode(f"{EX}a/{i}"), p, ox.Literal(f"{i:05d}" + "x" * 20_000)) for i in range(500)
    ]
    with LocalStore(tmp_path / "store") as store:
        store.replace_graphs([(URIRef(EX + "graph"), rows)])
        tracemalloc.start()
        count = 0
        for row in store.iter_select(f"SELECT ?r WHERE {{ GRAPH ?g {{ ?s <{p.value}> ?r }} }}"):
            count += len(str(row["r"])) > 20_000
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
    assert count == 500
    assert peak < 2_000_000  # 500 records of 20 kB kept would be over 10 MB
