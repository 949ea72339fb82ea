"""Every saved query in queries/ parses, runs on the seeds' store, and is documented."""

from __future__ import annotations

from pathlib import Path

import pytest

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
