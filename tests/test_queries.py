"""Every saved query in queries/ parses, runs on the seeds' store, and is documented."""

from __future__ import annotations

import re
import subprocess
import sys
from collections import Counter
from itertools import groupby
from pathlib import Path

import pytest

from kg.build import build
from kg.store import open_store

ROOT = Path(__file__).resolve().parent.parent
SAVED = sorted((ROOT / "queries").glob("*.rq"))

# How many rows each saved query returns at least on the seeds.
NON_EMPTY_ON_SEEDS = {
    "articles.rq": 2,
    "articles-by-provider.rq": 14,
    "related-articles.rq": 13,
    "topics.rq": 2,
    "provenance.rq": 2,
    "unmapped-metadata.rq": 1,
    "entities.rq": 15,
    "entity-mentions.rq": 20,
    "co-mentions.rq": 10,
    "timeline.rq": 1,
    "stories.rq": 1,
    "events-by-article.rq": 2,
}


def test_there_are_saved_queries() -> None:
    assert {p.name for p in SAVED} >= set(NON_EMPTY_ON_SEEDS)


@pytest.mark.parametrize("path", SAVED, ids=lambda p: p.name)
def test_saved_query_runs(path: Path, seed_store) -> None:
    text = path.read_text(encoding="utf-8")
    assert text.startswith("# "), "each saved query opens with a comment saying what it answers"
    result = seed_store.query(text)
    rows = list(result)
    minimum = NON_EMPTY_ON_SEEDS.get(path.name, 0)
    assert len(rows) >= minimum


@pytest.mark.parametrize("path", SAVED, ids=lambda p: p.name)
def test_saved_query_is_in_the_readme(path: Path) -> None:
    assert f"queries/{path.name}" in (ROOT / "README.md").read_text(encoding="utf-8")


# --- the rewritten queries answer exactly what their plain forms answer -----------------

REFERENCE = ROOT / "tests" / "fixtures" / "reference-queries"
REWRITTEN = sorted(REFERENCE.glob("*.rq"))
GENERATOR = ROOT / "bench" / "make_corpus.py"


@pytest.fixture(scope="module")
def generated_store_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A store built from 30 generated articles: events, stories, mentions, related lists."""
    work = tmp_path_factory.mktemp("generated")
    corpus = work / "corpus"
    subprocess.run(
        [sys.executable, str(GENERATOR), "--count", "30", "--seed", "5", "--out", str(corpus)],
        check=True,
        capture_output=True,
    )
    store = open_store(str(work / "store"))
    report = build([corpus], store=store, manifest=corpus / "manifest.csv")
    store.close()
    assert not report.rejected
    return work / "store"


def order_keys(query: str) -> list[str]:
    """The variables of a query's ORDER BY clause, in order."""
    clause = query.rsplit("ORDER BY", 1)[1] if "ORDER BY" in query else ""
    return re.findall(r"\?(\w+)", clause)


def same_up_to_ties(reference: list[dict], rewritten: list[dict], keys: list[str]) -> bool:
    """The same rows in the same order, except among rows that tie on every ORDER BY key
    (SPARQL leaves their order to the engine)."""

    def row(r: dict) -> tuple:
        return tuple(sorted((k, str(v), type(v).__name__) for k, v in r.items()))

    def runs(rows: list[dict]) -> list[tuple[tuple, Counter]]:
        grouped = groupby(rows, key=lambda r: tuple(str(r.get(k)) for k in keys))
        return [(key, Counter(row(r) for r in group)) for key, group in grouped]

    return runs(reference) == runs(rewritten)


def test_every_rewritten_query_has_its_saved_form() -> None:
    assert REWRITTEN
    assert {p.name for p in REWRITTEN} <= {p.name for p in SAVED}


@pytest.mark.parametrize("path", REWRITTEN, ids=lambda p: p.name)
@pytest.mark.parametrize("which", ["seeds", "generated"])
def test_rewritten_query_returns_what_its_plain_form_returns(
    path: Path, which: str, seed_store_dir: Path, generated_store_dir: Path
) -> None:
    location = seed_store_dir if which == "seeds" else generated_store_dir
    store = open_store(str(location), writable=False)
    reference = path.read_text(encoding="utf-8")
    saved = (ROOT / "queries" / path.name).read_text(encoding="utf-8")
    variants = [(reference, saved)]
    if "# VALUES ?organisation" in saved:  # asked about one organisation, as its comment says
        name = str(store.select(ONE_ORGANISATION)[0]["name"])
        variants.append(
            tuple(
                q.replace(
                    '# VALUES ?organisation { "Clearview AI" }',
                    f'VALUES ?organisation {{ "{name}" }}',
                )
                for q in (reference, saved)
            )
        )
    try:
        for plain, rewritten in variants:
            expected = store.select(plain)
            assert expected, "the comparison needs rows"
            assert same_up_to_ties(expected, store.select(rewritten), order_keys(plain))
    finally:
        store.close()


ONE_ORGANISATION = """
PREFIX schema: <https://schema.org/>
SELECT ?name (COUNT(DISTINCT ?a) AS ?n) WHERE {
  ?a schema:mentions ?o . ?o a schema:Organization ; schema:name ?name .
} GROUP BY ?name ORDER BY DESC(?n) ?name LIMIT 1
"""
