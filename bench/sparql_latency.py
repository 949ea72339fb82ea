"""Benchmark: latency of the saved queries on a large store, Oxigraph against rdflib.

Builds (or reuses, with ``--store``) a store of about a million triples from a generated
corpus, then runs every ``queries/*.rq`` file R times against

* **oxigraph**: the store through newskg's own code, ``LocalStore.query`` with every
  row read, exactly as ``kg query`` runs it (rdflib's API over oxrdflib, which hands the
  query to Oxigraph's engine);
* **select**: ``LocalStore.select``, Oxigraph's engine with rows turned into rdflib terms
  (what the build and the HTML view use);
* **rdflib**: rdflib's own in-memory SPARQL engine, on an ``rdflib.Dataset`` loaded
  from ``kg export --format nquads`` (one named graph per article) with
  ``default_union=True``, so that its default graph is the merge of the named graphs,
  as the store's default graph is;

and prints, per query, the median and 95th-percentile latency in ms of each and the
speed-up of Oxigraph over rdflib, the rows each returned (they must agree), the load
time and the memory each took. The ``co-mentions.rq`` query is run twice: as written
(every organisation) and with its VALUES line uncommented for the organisation named in
the most articles, as its comment says to ask about one.

    python bench/sparql_latency.py                       # generate, build, measure
    python bench/sparql_latency.py --store /tmp/big-store --repeats 20
    python bench/sparql_latency.py --baseline tests/fixtures/reference-queries

The saved queries are written for Oxigraph (aggregates in subqueries, subqueries joined
by hashing); rdflib evaluates a subquery once per row of what it is joined to, so with
``--baseline`` it runs the plain forms they were rewritten from instead (the same rows:
``tests/test_queries.py`` checks it), and the speed-up compares each engine on its best
form.

A benchmark, not a test: it asserts nothing. An rdflib query that takes longer than
``--budget`` seconds in all is run fewer times (at least once); the count is printed.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import psutil
from build_throughput import generate, kg_command
from rdflib import Dataset

from kg.export import export
from kg.namespaces import PREFIXES
from kg.store import LocalStore, open_store

BENCH = Path(__file__).resolve().parent
QUERIES = BENCH.parent / "queries"
TRIPLES_PER_ARTICLE = 740
"""About what one generated article adds to the store (measured: 14,609 for 20)."""

_TOP_ORGANISATION = """
PREFIX schema: <https://schema.org/>
SELECT ?name (COUNT(DISTINCT ?a) AS ?n) WHERE {
  ?a schema:mentions ?o . ?o a schema:Organization ; schema:name ?name .
} GROUP BY ?name ORDER BY DESC(?n) ?name LIMIT 1
"""


def rss() -> int:
    """Resident memory of this process, in bytes."""
    return psutil.Process(os.getpid()).memory_info().rss


def build_store(store: Path, *, count: int, seed: int, work: Path) -> None:
    """Generate ``count`` articles and `kg build` them into ``store``."""
    corpus = work / "corpus"
    generate(corpus, count=count, seed=seed)
    command = kg_command()
    start = time.perf_counter()
    subprocess.run(
        [
            *command,
            "build",
            str(corpus),
            "--manifest",
            str(corpus / "manifest.csv"),
            "--store",
            str(store),
            "--quiet",
        ],
        check=True,
    )
    print(f"built {count:,} generated articles in {time.perf_counter() - start:.0f} s")


def query_files(store: LocalStore, baseline: Path | None = None) -> list[tuple[str, str, str]]:
    """(label, text, text for rdflib) of every saved query, and co-mentions for one organisation.

    With ``baseline``, rdflib runs the file of the same name there instead, when there is
    one: the plain form a saved query was rewritten from, which rdflib runs faster.
    """
    found = []
    for path in sorted(QUERIES.glob("*.rq")):
        text = path.read_text(encoding="utf-8")
        plain = baseline / path.name if baseline is not None else path
        other = plain.read_text(encoding="utf-8") if plain.is_file() else text
        found.append((path.stem, text, other))
        if "# VALUES ?organisation" in text:
            rows = store.select(_TOP_ORGANISATION)
            if rows:
                name = str(rows[0]["name"]).replace("\\", "\\\\").replace('"', '\\"')
                one, other_one = (
                    q.replace(
                        '# VALUES ?organisation { "Clearview AI" }',
                        f'VALUES ?organisation {{ "{name}" }}',
                    )
                    for q in (text, other)
                )
                found.append((f"{path.stem} (one org)", one, other_one))
    return found


Timing = tuple[list[float], int | str]
"""Latencies in seconds and the row count, or no latencies and the engine's error."""


def time_runs(run: Callable[[], int], repeats: int, budget: float) -> Timing:
    """Latencies in seconds of up to ``repeats`` runs after one warm-up, and the row count.

    Stops early once ``budget`` seconds are spent (always at least one timed run). An
    engine that fails on the query gives no latencies and the error's name and message.
    """
    start = time.perf_counter()
    try:
        rows = run()
    except Exception as error:  # an engine's failure is a result of the benchmark
        return [], f"{type(error).__name__}: {error}"
    warmup = time.perf_counter() - start
    times: list[float] = []
    spent = warmup
    while len(times) < repeats and (not times or spent + warmup <= budget):
        start = time.perf_counter()
        rows = run()
        elapsed = time.perf_counter() - start
        times.append(elapsed)
        spent += elapsed
    return times, rows


def progress(label: str, engine: str, timing: Timing) -> None:
    """A line on stderr as each query is done, as a run on a big store takes minutes."""
    times, rows = timing
    done = f"{statistics.median(times) * 1e3:.1f} ms median of {len(times)}" if times else rows
    print(f"  {engine:<8} {label}: {done}", file=sys.stderr, flush=True)


def p95(times: list[float]) -> float:
    """The 95th percentile (the largest value when there are few)."""
    if len(times) < 2:
        return times[0]
    return statistics.quantiles(times, n=100, method="inclusive")[94]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--store", type=Path, default=None, help="reuse this built store")
    parser.add_argument(
        "--count",
        type=int,
        default=1_000_000 // TRIPLES_PER_ARTICLE,
        help="articles to generate when no --store is given (about 1M triples)",
    )
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--repeats", type=int, default=20, help="timed runs per query (20)")
    parser.add_argument(
        "--budget", type=float, default=60.0, help="seconds per query and engine (60)"
    )
    parser.add_argument("--keep", type=Path, default=None, help="build the store here")
    parser.add_argument(
        "--baseline",
        type=Path,
        default=None,
        help="folder of plain forms of the saved queries for rdflib to run instead "
        "(tests/fixtures/reference-queries: rdflib evaluates subqueries once per row)",
    )
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="kg-sparql-") as scratch:
        work = Path(scratch)
        location = args.store
        if location is None:
            location = args.keep or work / "store"
            build_store(location, count=args.count, seed=args.seed, work=work)
        base = rss()
        store = open_store(str(location), writable=False)
        triples = store.triple_count()
        graphs = len(store.named_graphs())
        articles = int(
            store.select(
                "SELECT (COUNT(*) AS ?n) WHERE "
                "{ ?g <https://w3id.org/newskg/ontology#describesArticle> ?a }"
            )[0]["n"]
        )
        print(f"store:   {location}", flush=True)
        print(
            f"         {triples:,} triples in the merged graph, {graphs:,} named graphs, "
            f"{articles:,} articles read ({triples / max(articles, 1):,.0f} triples/article)",
            flush=True,
        )
        queries = query_files(store, args.baseline)

        results: dict[str, dict[str, Timing]] = {}
        for label, text, _ in queries:

            def via_query(text: str = text) -> int:
                return len(list(store.query(text)))

            def via_select(text: str = text) -> int:
                return len(store.select(text))

            results[label] = {
                "oxigraph": time_runs(via_query, args.repeats, args.budget),
                "select": time_runs(via_select, args.repeats, args.budget),
            }
            progress(label, "oxigraph", results[label]["oxigraph"])
        oxigraph_memory = rss() - base

        dump = work / "store.nq"
        start = time.perf_counter()
        export(store, export_format="nquads", output=dump)
        exported = time.perf_counter() - start
        before = rss()
        start = time.perf_counter()
        dataset = Dataset(default_union=True)
        for prefix, namespace in PREFIXES.items():
            dataset.bind(prefix, namespace, override=True)
        dataset.parse(dump, format="nquads")
        loaded = time.perf_counter() - start
        rdflib_memory = rss() - before
        print(
            f"rdflib:  exported {dump.stat().st_size / 1e6:,.0f} MB of N-Quads "
            f"in {exported:.1f} s, "
            f"loaded into rdflib.Dataset in {loaded:.1f} s, {rdflib_memory / 1e6:,.0f} MB "
            f"(Oxigraph: opened on disk, {oxigraph_memory / 1e6:,.0f} MB after every query)"
        )
        saved_form: set[str] = set()
        for label, text, plain in queries:

            def via_rdflib(text: str = plain) -> int:
                return len(list(dataset.query(text)))

            timing = time_runs(via_rdflib, args.repeats, args.budget)
            if not timing[0] and plain != text:
                # The plain form fails on rdflib (GROUP_CONCAT over unbound values, say):
                # the saved form may not.
                timing = time_runs(lambda text=text: len(list(dataset.query(text))), 1, 0)
                saved_form.add(label)
            results[label]["rdflib"] = timing
            progress(label, "rdflib", results[label]["rdflib"])
        store.close()

    print()
    print(
        f"{'query':<28} {'rows':>6}  {'oxigraph ms':>16}  {'select ms':>16}  "
        f"{'rdflib ms':>18}  {'speed-up':>8}"
    )
    print(
        f"{'':<28} {'':>6}  {'median':>7} {'p95':>8}  {'median':>7} {'p95':>8}  "
        f"{'median':>8} {'p95':>9}  {'median':>8}"
    )
    failures = []
    for label, engines in results.items():
        ox_times, ox_rows = engines["oxigraph"]
        sel_times, _ = engines["select"]
        rdf_times, rdf_rows = engines["rdflib"]
        if not ox_times or not sel_times:
            failures.append(f"{label}: oxigraph: {ox_rows}")
            continue
        ox_median = statistics.median(ox_times)
        columns = (
            f"{ox_median * 1e3:>7.1f} {p95(ox_times) * 1e3:>8.1f}  "
            f"{statistics.median(sel_times) * 1e3:>7.1f} {p95(sel_times) * 1e3:>8.1f}  "
        )
        if not rdf_times:
            failures.append(f"{label}: rdflib: {rdf_rows}")
            print(f"{label:<28} {ox_rows:>6}  {columns}{'fails (below)':>18}")
            continue
        rows = f"{ox_rows}" if ox_rows == rdf_rows else f"{ox_rows}≠{rdf_rows}"
        rdf_median = statistics.median(rdf_times)
        runs = "" if len(rdf_times) == len(ox_times) else f"  (rdflib: {len(rdf_times)} runs)"
        if label in saved_form:
            runs += "  (rdflib: the saved form, the plain one fails)"
        print(
            f"{label:<28} {rows:>6}  {columns}"
            f"{rdf_median * 1e3:>8.1f} {p95(rdf_times) * 1e3:>9.1f}  "
            f"{rdf_median / ox_median:>7.1f}x{runs}"
        )
    for failure in failures:
        print(f"error: {failure[:300]}")
    print()
    print(f"{args.repeats} timed runs per query and engine after one warm-up; rows: the number")
    print("of result rows (oxigraph≠rdflib when the two engines disagree)")


if __name__ == "__main__":
    main()
