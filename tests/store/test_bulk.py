"""Bulk writes as N-Quads text on a thread give the quads that quad objects give."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rdflib import URIRef

from kg.store import LocalStore
from kg.store import local as local_module
from kg.store.bulk import BulkWriter, nquads_of

EX = "https://example.org/"
XSD = "http://www.w3.org/2001/XMLSchema#"

LITERALS = st.one_of(
    st.text().map(ox.Literal),
    st.tuples(st.text(), st.sampled_from(["en", "fr-CA", "de-1996"])).map(
        lambda v: ox.Literal(v[0], language=v[1])
    ),
    st.tuples(st.text(), st.sampled_from(["integer", "date", "dateTime", "gYear"])).map(
        lambda v: ox.Literal(v[0], datatype=ox.NamedNode(XSD + v[1]))
    ),
)
IRIS = st.tuples(
    st.text(alphabet="abcé/?=-_.~0123456789", max_size=12), st.sampled_from(["", "#f", "#"])
).map(lambda parts: ox.NamedNode(EX + parts[0] + parts[1]))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(IRIS, IRIS, st.one_of(IRIS, LITERALS)), max_size=30))
def test_text_loads_the_quads_that_objects_give(triples: list) -> None:
    graph = ox.NamedNode(EX + "graph")
    by_objects = ox.Store()
    by_objects.extend(q for s, p, o in triples for q in (ox.Quad(s, p, o, graph), ox.Quad(s, p, o)))
    by_text = ox.Store()
    text, count = nquads_of(triples, graph)  # type: ignore[misc]
    assert count == 2 * len(triples)
    by_text.bulk_load(text, format=ox.RdfFormat.N_QUADS, lenient=True)  # as BulkWriter does
    assert set(by_text) == set(by_objects)


def test_graphs_with_blank_nodes_keep_their_labels(tmp_path: Path) -> None:
    p = ox.NamedNode(EX + "p")
    triples = [
        (ox.BlankNode("b1"), p, ox.Literal("x")),
        (ox.NamedNode(EX + "s"), p, ox.Literal("y")),
    ]
    assert nquads_of(triples, ox.NamedNode(EX + "g")) is None
    with LocalStore(tmp_path / "store") as store:
        assert (
            store.replace_graphs([(URIRef(EX + "g"), triples), (URIRef(EX + "h"), triples[1:])])
            == 2
        )
        assert {str(q.subject) for q in store._ox} == {"_:b1", f"<{EX}s>"}


def test_a_failure_while_graphs_are_made_leaves_whole_batches_only(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(local_module, "BULK_BATCH_QUADS", 10)  # a batch every 5 triples
    p = ox.NamedNode(EX + "p")

    def graphs():
        for n in range(7):
            yield URIRef(f"{EX}graph/{n}"), [(ox.NamedNode(f"{EX}{n}/{i}"), p, p) for i in range(5)]
        raise RuntimeError("mapping failed")

    with LocalStore(tmp_path / "store") as store:
        with pytest.raises(RuntimeError):
            store.replace_graphs(graphs())
        assert len(store.named_graphs()) == 7  # every graph was a full batch of its own
        assert all(len(store.graph_triples(g)) == 5 for g in store.named_graphs())


def test_the_gathered_batch_is_dropped_when_the_block_fails() -> None:
    store = ox.Store()
    p = ox.NamedNode(EX + "p")
    with pytest.raises(RuntimeError), BulkWriter(store, batch_quads=100, on_error=OSError) as bulk:
        bulk.add(*nquads_of([(p, p, p)], ox.NamedNode(EX + "g")))  # type: ignore[misc]
        raise RuntimeError("stop")
    assert len(store) == 0
