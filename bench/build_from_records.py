"""Benchmark: everything a build does after extraction, at sizes where extraction takes hours.

Extraction (reading, entities, events) is a pure function of each file and runs on as
many workers as there are; what grows with the corpus as a whole happens in the `kg`
process: summaries, entity resolution, writing the article graphs, merging events,
grouping stories and writing the entities and events graphs. This script extracts a
corpus once into a records file (JSON lines, the form the store keeps), then runs the
real ``kg.build.build`` into a fresh store with an engine that hands back those
records instead of extracting them, and prints the time and peak memory of each step
of the build, the whole process's peak memory and the store's size.

    python bench/build_from_records.py --corpus /tmp/c100k --records /tmp/c100k.jsonl
    python bench/build_from_records.py --corpus /tmp/c100k --records /tmp/c100k.jsonl \\
        --limit 10000

Without the records file, the corpus is extracted first (``--workers N`` processes) and
its rate printed. ``--limit N`` builds the first N files only (a folder of links to
them). Memory is this process's resident set (psutil, sampled every 0.05 s, and the
kernel's ``ru_maxrss``), so it includes what the benchmark itself holds: a few MB.
A benchmark, not a test: it asserts nothing.
"""

from __future__ import annotations

import argparse
import json
import resource
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterable, Iterator
from pathlib import Path

import psutil
import pyoxigraph as ox

from kg.build import BuildReport, _tasks, build
from kg.discover import discover_files
from kg.engines import ExtractionSettings, ExtractionTask, LocalEngine, Outcome
from kg.errors import NewsKGError, RejectedInput
from kg.read.manifest import read_manifest
from kg.records import record_from_json, record_to_json
from kg.store import LocalStore

MANIFEST = "manifest.csv"


class RecordsEngine:
    """An engine that returns records extracted earlier, in the order of the tasks."""

    workers = 1

    def __init__(self, records: Path) -> None:
        self._records = records

    def run(
        self, tasks: Iterable[ExtractionTask], settings: ExtractionSettings
    ) -> Iterator[Outcome]:
        """The stored record of each task's file (files are matched by build key)."""
        del settings
        with self._records.open(encoding="utf-8") as lines:
            for task in tasks:
                for line in lines:
                    data = json.loads(line)
                    if data["build_key"] == task.build_key:
                        yield record_from_json(data)
                        break
                else:
                    raise NewsKGError(f"{task.path}: not in {self._records}")

    def close(self) -> None:
        """Nothing to release."""


class NullStore:
    """A store that keeps nothing: the build's own work, without the storage engine's.

    The quads a local store would hand to Oxigraph are still made (and dropped), so
    the build's own CPU and memory are what they would be; the storage engine's are not.
    """

    writable = True

    def iter_select(self, sparql: str) -> Iterator[dict]:
        """No stored articles."""
        del sparql
        return iter(())

    def replace_graphs(self, graphs: Iterable[tuple[object, Iterable[tuple]]]) -> int:
        """Make every graph's quads, keep none."""
        written = 0
        default = ox.DefaultGraph()
        for graph, triples in graphs:
            name = ox.NamedNode(str(graph))
            for s, p, o in triples:
                ox.Quad(s, p, o, name), ox.Quad(s, p, o, default)
            written += 1
        return written

    def replace_graph_by_subject(self, graph: object, groups: Iterable[Iterable[tuple]]) -> bool:
        """Read every group, keep none."""
        del graph
        for group in groups:
            set(group)
        return True

    def drop_graph(self, graph: object) -> bool:
        """Nothing to drop."""
        del graph
        return False

    def flush(self) -> None:
        """Nothing to flush."""

    def __enter__(self) -> NullStore:
        return self

    def __exit__(self, *exc: object) -> None:
        return None


def extract(corpus: Path, records: Path, workers: int) -> None:
    """Extract every file of the corpus into a records file, printing the rate."""
    manifest = corpus / MANIFEST
    entries = read_manifest(manifest) if manifest.exists() else {}
    found = discover_files([corpus], exclude=frozenset({manifest.resolve()}))
    outlets = frozenset(e.provider_name for e in entries.values() if e.provider_name)
    engine = LocalEngine(workers)
    tasks = _tasks(found.files, entries, set(), 10 << 20, 1000, BuildReport())
    start, count = time.perf_counter(), 0
    with records.open("w", encoding="utf-8") as out:
        for outcome in engine.run(tasks, ExtractionSettings(outlets=outlets)):
            if not isinstance(outcome, RejectedInput):
                out.write(json.dumps(record_to_json(outcome), ensure_ascii=False) + "\n")
                count += 1
    engine.close()
    seconds = time.perf_counter() - start
    print(
        f"extracted {count:,} articles in {seconds:.0f} s on {workers} worker(s): "
        f"{count / seconds:.1f} articles/s"
    )


def first_files(corpus: Path, limit: int, into: Path) -> None:
    """A folder of links to the corpus's first ``limit`` files, in the build's order.

    Made by a child process (this script with ``--links-into``), so that listing a large
    corpus does not count in the memory this process measures.
    """
    command = [sys.executable, __file__, "--corpus", str(corpus), "--records", "-"]
    subprocess.run([*command, "--limit", str(limit), "--links-into", str(into)], check=True)


def make_links(corpus: Path, limit: int, into: Path) -> None:
    """Link the first ``limit`` files of ``corpus`` under ``into``, keeping their folders."""
    found = discover_files([corpus], exclude=frozenset({(corpus / MANIFEST).resolve()}))
    for path in found.files[:limit]:
        link = into / path.relative_to(corpus)
        link.parent.mkdir(parents=True, exist_ok=True)
        link.symlink_to(path.resolve())


class MemoryWatch:
    """Samples this process's resident memory and CPU time in a thread.

    CPU is split between the main thread (Python: mapping, merging, making quads) and
    the others (the storage engine's loader and compaction threads).
    """

    def __init__(self) -> None:
        self.samples: list[tuple[float, int, float, float]] = []
        self._process = psutil.Process()
        self._main = threading.main_thread().native_id
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._watch, daemon=True)

    def __enter__(self) -> MemoryWatch:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()

    def _watch(self) -> None:
        while not self._stop.is_set():
            main = total = 0.0
            for thread in self._process.threads():
                total += thread.user_time + thread.system_time
                if thread.id == self._main:
                    main = thread.user_time + thread.system_time
            rss = self._process.memory_info().rss
            self.samples.append((time.perf_counter(), rss, main, total))
            time.sleep(0.05)

    def peak(self, start: float, end: float) -> int:
        """The largest resident set sampled between two times."""
        return max((s[1] for s in self.samples if start <= s[0] <= end), default=0)

    def cpu(self, start: float, end: float) -> tuple[float, float]:
        """CPU seconds of the main thread and of all threads between two times."""
        inside = [s for s in self.samples if start <= s[0] <= end]
        if len(inside) < 2:
            return 0.0, 0.0
        return inside[-1][2] - inside[0][2], inside[-1][3] - inside[0][3]


def folder_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, required=True)
    parser.add_argument("--records", type=Path, required=True, help="JSON lines of records")
    parser.add_argument("--workers", type=int, default=1, help="to extract the records (1)")
    parser.add_argument("--limit", type=int, default=0, help="build the first N files only")
    parser.add_argument("--store", type=Path, default=None, help="keep the store here")
    parser.add_argument(
        "--no-store", action="store_true", help="write nothing: the build without Oxigraph"
    )
    parser.add_argument("--links-into", type=Path, default=None, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.links_into:
        make_links(args.corpus, args.limit, args.links_into)
        return
    if not args.records.exists():
        extract(args.corpus, args.records, args.workers)
    with tempfile.TemporaryDirectory(prefix="kg-bench-") as scratch:
        corpus = args.corpus
        if args.limit:
            corpus = Path(scratch) / "first"
            first_files(args.corpus, args.limit, corpus)
        location = args.store or Path(scratch) / "store"
        shutil.rmtree(location, ignore_errors=True)
        manifest = args.corpus / MANIFEST
        baseline = psutil.Process().memory_info().rss
        with (
            MemoryWatch() as watch,
            NullStore() if args.no_store else LocalStore(location) as store,
        ):
            started = time.perf_counter()
            cpu = time.process_time()
            report = build(
                [corpus],
                store=store,
                manifest=manifest if manifest.exists() else None,
                engine=RecordsEngine(args.records),
            )
            seconds, cpu = time.perf_counter() - started, time.process_time() - cpu
        print(report.summary())
        print(f"{'step':<28} {'seconds':>9} {'main CPU':>9} {'all CPU':>9} {'peak RSS':>10}")
        at = started  # the build's first step starts as it is called
        for step, took in report.timings.items():
            main, total = watch.cpu(at, at + took)
            print(
                f"{step:<28} {took:>9.1f} {main:>9.1f} {total:>9.1f} "
                f"{watch.peak(at, at + took) / 1e6:>7,.0f} MB"
            )
            at += took
        kernel_peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
        print(
            f"{'whole build':<28} {seconds:>9.1f} {watch.peak(started, at) / 1e6:>7,.0f} MB"
            f"   (CPU {cpu:.0f} s; ru_maxrss {kernel_peak / 1e6:,.0f} MB; "
            f"{baseline / 1e6:,.0f} MB before the build)"
        )
        if not args.no_store:
            print(f"store: {folder_size(location) / 1e6:,.0f} MB on disk")
    sys.stdout.flush()


if __name__ == "__main__":
    main()
