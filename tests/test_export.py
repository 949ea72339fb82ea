"""Every export format round-trips through rdflib (driven by the format table)."""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Dataset, Graph
from rdflib.compare import isomorphic

from kg.export import EXPORT_FORMATS, export

RDFLIB_FORMAT = {
    "turtle": "turtle",
    "trig": "trig",
    "nquads": "nquads",
    "ntriples": "nt",
    "jsonld": "json-ld",
    "rdfxml": "xml",
}


def merged(store) -> Graph:
    g = Graph()
    for triple in store.merged_triples():
        g.add(triple)
    return g


NETWORK_FORMATS = {"graphml", "gexf"}  # networks for graph tools, tested in test_analyse


def test_every_rdf_format_is_round_tripped() -> None:
    assert set(EXPORT_FORMATS) - NETWORK_FORMATS == set(RDFLIB_FORMAT)


@pytest.mark.parametrize("name", sorted(RDFLIB_FORMAT))
def test_export_round_trips(name: str, seed_store, tmp_path: Path) -> None:
    spec = EXPORT_FORMATS[name]
    target = tmp_path / f"out{spec.suffix}"
    export(seed_store, export_format=name, output=target)
    if spec.keeps_graphs:
        parsed = Dataset()
        parsed.parse(target, format=RDFLIB_FORMAT[name])
        graphs = {str(g.identifier): g for g in parsed.graphs() if len(g)}
        stored = {str(g) for g in seed_store.named_graphs()}
        assert set(graphs) == stored
        for name_iri, g in graphs.items():
            expected = Graph()
            for triple in seed_store.graph_triples(name_iri):
                expected.add(triple)
            assert isomorphic(g, expected), name_iri
    else:
        parsed = Graph()
        parsed.parse(target, format=RDFLIB_FORMAT[name])
        assert isomorphic(parsed, merged(seed_store))


def test_trig_has_one_named_graph_per_article(seed_store, tmp_path: Path) -> None:
    target = tmp_path / "out.trig"
    export(seed_store, export_format="trig", output=target)
    parsed = Dataset()
    parsed.parse(target, format="trig")
    article_graphs = [
        g
        for g in parsed.graphs()
        if "/id/graph/" in str(g.identifier)
        and not str(g.identifier).endswith(("/entities", "/events"))
    ]
    assert len(article_graphs) == 2


def test_jsonld_uses_the_published_context(seed_store, tmp_path: Path) -> None:
    target = tmp_path / "out.jsonld"
    export(seed_store, export_format="jsonld", output=target)
    text = target.read_text(encoding="utf-8")
    assert '"@context"' in text and "headline" in text
