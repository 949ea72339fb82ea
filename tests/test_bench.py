"""The benchmark corpus generator writes files the real `kg build` accepts (no timings here)."""

from __future__ import annotations

import csv
import subprocess
import sys
from pathlib import Path

from click.testing import CliRunner

from kg.cli import main
from kg.store import open_store

ROOT = Path(__file__).resolve().parent.parent
GENERATOR = ROOT / "bench" / "make_corpus.py"


def _generate(out: Path, count: int, seed: int = 3, start: int = 0) -> list[Path]:
    subprocess.run(
        [
            sys.executable,
            str(GENERATOR),
            "--count",
            str(count),
            "--seed",
            str(seed),
            "--start",
            str(start),
            "--out",
            str(out),
        ],
        check=True,
        capture_output=True,
        text=True,
    )
    return sorted(p for p in out.rglob("*") if p.is_file() and p.name != "manifest.csv")


PREFIXES = "PREFIX kg: <https://w3id.org/newskg/ontology#> PREFIX schema: <https://schema.org/> "


def _count(store, pattern: str) -> int:
    """How many distinct ?x match the pattern."""
    return int(
        store.select(PREFIXES + f"SELECT (COUNT(DISTINCT ?x) AS ?n) WHERE {{ {pattern} }}")[0]["n"]
    )


def test_generated_corpus_builds_with_entities_and_events(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    files = _generate(corpus, 20)
    assert len(files) == 20
    suffixes = {p.suffix for p in files}
    assert suffixes == {".txt", ".md"}, suffixes
    assert all(3_000 < p.stat().st_size < 16_000 for p in files)
    with (corpus / "manifest.csv").open(encoding="utf-8") as stream:
        rows = list(csv.DictReader(stream))
    assert len(rows) == sum(p.suffix == ".txt" for p in files)
    assert all(
        (corpus / row["path"]).is_file() and row["url"].startswith("https://") for row in rows
    )

    store_dir = tmp_path / "store"
    result = CliRunner().invoke(
        main,
        [
            "build",
            str(corpus),
            "--manifest",
            str(corpus / "manifest.csv"),
            "--store",
            str(store_dir),
        ],
    )
    assert result.exit_code == 0, result.output
    assert "20 read" in result.output and "0 rejected" in result.output

    with open_store(str(store_dir), writable=False) as store:
        articles = _count(
            store,
            "?g kg:describesArticle ?x . ?x schema:url ?u ; schema:publisher ?p ; schema:datePublished ?d",
        )
        organisations = _count(store, "?a schema:mentions ?x . ?x a schema:Organization")
        persons = _count(store, "?a schema:mentions ?x . ?x a schema:Person")
        places = _count(store, "?a schema:mentions ?x . ?x a schema:Place")
        events = _count(store, "?x kg:reportedBy ?a")
        shared = _count(store, "?x kg:reportedBy ?a , ?b FILTER(?a != ?b)")
        related = _count(store, "?x kg:relatedArticle ?b")
    assert articles == 20
    assert organisations >= 10 and persons >= 10 and places >= 5
    assert events >= 10
    assert shared >= 1, "stories are reported by several outlets: some events must be shared"
    assert related >= 1


def test_generator_is_deterministic_and_grows_by_appending(tmp_path: Path) -> None:
    small = _generate(tmp_path / "small", 8)
    large = _generate(tmp_path / "large", 16)
    again = _generate(tmp_path / "again", 8)
    small_names = [p.relative_to(tmp_path / "small") for p in small]
    assert small_names == [p.relative_to(tmp_path / "again") for p in again]
    large_by_name = {p.relative_to(tmp_path / "large"): p for p in large}
    for name, path in zip(small_names, small, strict=True):
        assert path.read_bytes() == (tmp_path / "again" / name).read_bytes()
        assert path.read_bytes() == large_by_name[name].read_bytes()
    _generate(tmp_path / "grown", 8)
    grown = _generate(tmp_path / "grown", 8, start=8)
    assert [p.relative_to(tmp_path / "grown") for p in grown] == sorted(large_by_name)
    for path in grown:
        assert path.read_bytes() == large_by_name[path.relative_to(tmp_path / "grown")].read_bytes()
    manifests = [(tmp_path / f / "manifest.csv").read_bytes() for f in ("grown", "large")]
    assert manifests[0] == manifests[1]
    other_seed = _generate(tmp_path / "other", 8, seed=4)
    assert [p.read_bytes() for p in other_seed] != [p.read_bytes() for p in small]
