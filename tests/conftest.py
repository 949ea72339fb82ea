"""Shared fixtures: the repository's seed articles and stores built from them."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pyoxigraph as ox
import pytest

from kg.build import build
from kg.store import Store, open_store

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
QUERIES = ROOT / "queries"
PLAIN_SEED = SEEDS / "000_9d8becf6d8fdd231.txt"
FRONTMATTER_SEED = SEEDS / "002_65196135cd1e8dd1.txt"


@pytest.fixture(scope="session")
def seed_store_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A store built once from ``seeds/`` (read-only use: tests that write build their own)."""
    location = tmp_path_factory.mktemp("seed-store") / "store"
    store = open_store(str(location))
    report = build([SEEDS], store=store)
    store.close()
    assert not report.rejected, report.rejected
    return location


@pytest.fixture()
def seed_store(seed_store_dir: Path) -> Store:
    store = open_store(str(seed_store_dir), writable=False)
    yield store
    store.close()


@pytest.fixture(scope="session")
def frontmatter_seed() -> Path:
    return FRONTMATTER_SEED


@pytest.fixture(scope="session")
def plain_seed() -> Path:
    return PLAIN_SEED


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    return SEEDS


@pytest.fixture(scope="session")
def queries_dir() -> Path:
    return QUERIES


def select_rows(store: Store, query: str) -> list[dict[str, str]]:
    """Rows of a query with every value as a plain string (for compact assertions)."""
    return [{k: str(v) for k, v in row.items()} for row in store.select(PREFIXES + query)]


@pytest.fixture(scope="session")
def select():
    """``select(store, query)``: rows as dicts of strings, with the contract's prefixes."""
    return select_rows


PREFIXES = """
PREFIX schema: <https://schema.org/>
PREFIX kg: <https://w3id.org/newskg/ontology#>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
"""


PROV = "http://www.w3.org/ns/prov#"
KG = "https://w3id.org/newskg/ontology#"
TIMESTAMPS = {f"<{PROV}generatedAtTime>", f"<{PROV}endedAtTime>"}
"""Predicates whose values say when a build ran: they differ between any two builds."""
RECORD = f"<{KG}extractionRecord>"

Quad = tuple[str, str, str, str]


def _normal_object(predicate: str, obj: ox.Term) -> str | None:
    """An object as N-Triples text, with the time of ingestion taken out (None: drop)."""
    if predicate in TIMESTAMPS:
        return None
    if predicate == RECORD and isinstance(obj, ox.Literal):
        record = json.loads(obj.value)
        record.pop("ingested_at", None)
        return "record:" + json.dumps(record, sort_keys=True)
    return str(obj)


def store_quads(location: Path) -> set[Quad]:
    """Every quad of a store (default graph as ``""``), timestamps left out."""
    store = ox.Store.read_only(str(location))
    quads: set[Quad] = set()
    for q in store:
        predicate = str(q.predicate)
        obj = _normal_object(predicate, q.object)
        if obj is None:
            continue
        graph = "" if isinstance(q.graph_name, ox.DefaultGraph) else str(q.graph_name)
        quads.add((graph, str(q.subject), predicate, obj))
    del store
    return quads


@pytest.fixture(scope="session")
def quads_of() -> Callable[[Path], set[Quad]]:
    """``quads_of(store_dir)``: the store's quads without build timestamps."""
    return store_quads
