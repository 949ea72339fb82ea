"""Benchmark: how fast `kg build` turns a generated corpus into a store, per worker count.

Runs the real command line (`kg build CORPUS --manifest CORPUS/manifest.csv --store DIR
--quiet [--workers N]`) in a subprocess for each worker count, into a fresh store each
time, and prints wall-clock time, articles/s, articles/s per worker, peak memory and
the store's size on disk, the CPU time of the `kg` process itself and of its workers,
and the build's own step timings (`kg build --timings`). Then, on the first worker
count's store, two incremental runs: the unchanged corpus again, and the corpus grown by
1% new articles.

Peak memory is measured two ways: the sum of the resident set sizes (RSS) of the build
process and all its descendants, polled with psutil every 0.1 s (what the machine had to
hold at once; a spike shorter than the poll can be missed), and the largest single
process's peak RSS from ``resource.getrusage(RUSAGE_CHILDREN).ru_maxrss`` (exact, from
the kernel, but per process, not summed).

    python bench/build_throughput.py --count 1000 --workers 1,2
    python bench/build_throughput.py --corpus /tmp/corpus-10k --workers 1,2,4

``--corpus DIR`` reuses a corpus written by bench/make_corpus.py (the growth step adds
files to it: pass the same ``--seed``); without it one of ``--count`` articles is
generated in a temporary folder. A benchmark, not a test: it asserts nothing.
"""

from __future__ import annotations

import argparse
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

import psutil

BENCH = Path(__file__).resolve().parent
ARTICLE_SUFFIXES = (".txt", ".md")


@dataclass
class Run:
    """One `kg build` run: wall-clock seconds, peak memory, CPU, exit status."""

    seconds: float
    tree_peak: int
    single_peak: int
    status: int
    stderr: str
    parent_cpu: float = 0.0
    workers_cpu: float = 0.0

    def timings(self) -> str:
        """The build's own step timings (``kg build --timings``), if it printed them."""
        for line in self.stderr.splitlines():
            if line.startswith("kg: timings: "):
                return line.removeprefix("kg: timings: ")
        return ""


def kg_command() -> list[str]:
    """The `kg` executable of this Python environment (or `python -m kg.cli`)."""
    script = Path(sys.executable).with_name("kg")
    return [str(script)] if script.exists() else [sys.executable, "-m", "kg.cli"]


def build_options() -> str:
    """The help text of this `kg build`, to see which options it has."""
    result = subprocess.run(
        [*kg_command(), "build", "--help"], capture_output=True, text=True, check=False
    )
    return result.stdout


def supports_workers() -> bool:
    """Whether this `kg build` has the `--workers` option yet."""
    return "--workers" in build_options()


def process_cpu(process: psutil.Process) -> tuple[float, float]:
    """CPU seconds of a process itself and of its children it has waited for."""
    times = process.cpu_times()
    return times.user + times.system, times.children_user + times.children_system


def tree_rss(process: psutil.Process) -> int:
    """Resident memory of a process and all its descendants, in bytes."""
    total = 0
    for member in [process, *process.children(recursive=True)]:
        try:
            total += member.memory_info().rss
        except (psutil.NoSuchProcess, psutil.AccessDenied):
            continue
    return total


def run_build(corpus: Path, store: Path, workers: int | None) -> Run:
    """Run one build and watch its memory; the store is whatever is at ``store``."""
    command = [
        *kg_command(),
        "build",
        str(corpus),
        "--manifest",
        str(corpus / "manifest.csv"),
        "--store",
        str(store),
        "--quiet",
    ]
    if workers is not None:
        command += ["--workers", str(workers)]
    if "--timings" in build_options():
        command.append("--timings")
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    start = time.perf_counter()
    with tempfile.TemporaryFile("w+") as errors:
        child = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=errors)
        watched = psutil.Process(child.pid)
        peak = 0
        own = children = 0.0
        live: dict[int, float] = {}  # workers' CPU while they run (the build waits for them)
        while child.poll() is None:
            try:
                peak = max(peak, tree_rss(watched))
                own, children = process_cpu(watched)
                for member in watched.children(recursive=True):
                    live[member.pid] = sum(process_cpu(member))
            except psutil.NoSuchProcess:
                break
            time.sleep(0.1)
        status = child.wait()
        seconds = time.perf_counter() - start
        errors.seek(0)
        stderr = errors.read()
    after = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    # ru_maxrss is the largest of all children so far (KiB on Linux): a later, smaller
    # build cannot lower it, so it is only meaningful when it grew (or for the first run).
    single = after * 1024 if after > before or before == 0 else 0
    return Run(seconds, peak, single, status, stderr, own, max(children, sum(live.values())))


def folder_size(path: Path) -> int:
    """Bytes of every file under ``path``."""
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())


def count_articles(corpus: Path) -> int:
    """Article files in a generated corpus."""
    return sum(1 for p in corpus.rglob("*") if p.suffix in ARTICLE_SUFFIXES)


def generate(corpus: Path, *, count: int, seed: int, start: int = 0) -> None:
    """Write (or grow) a corpus with bench/make_corpus.py."""
    subprocess.run(
        [
            sys.executable,
            str(BENCH / "make_corpus.py"),
            "--count",
            str(count),
            "--seed",
            str(seed),
            "--start",
            str(start),
            "--out",
            str(corpus),
        ],
        check=True,
        stdout=subprocess.DEVNULL,
    )


def mb(size: int) -> str:
    """A byte count in MB, or 'n/a' when not measured."""
    return f"{size / 1e6:,.1f} MB" if size else "n/a"


def report(label: str, articles: int, workers: int, run: Run, store: Path | None) -> None:
    """One line of the results table."""
    rate = articles / run.seconds
    size = mb(folder_size(store)) if store else ""
    failed = f"  EXIT {run.status}: {run.stderr.strip().splitlines()[-1:]}" if run.status else ""
    print(
        f"{label:<22} {workers:>7} {articles:>8,} {run.seconds:>8.1f} {rate:>10.1f} "
        f"{rate / workers:>12.1f} {mb(run.tree_peak):>10} {mb(run.single_peak):>10} "
        f"{size:>9} {run.parent_cpu:>8.1f} {run.workers_cpu:>8.1f}{failed}"
    )
    if run.timings():
        print(f"{'':<22} steps: {run.timings()}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=None, help="reuse this generated corpus")
    parser.add_argument("--count", type=int, default=1000, help="articles to generate (1000)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--workers", default="1,2", help="comma-separated worker counts (1,2)")
    parser.add_argument("--keep", type=Path, default=None, help="keep the stores in this folder")
    args = parser.parse_args()

    counts = [int(n) for n in args.workers.split(",") if n.strip()]
    has_workers = supports_workers()
    if not has_workers and counts != [1]:
        print("note: this `kg build` has no --workers option yet: running 1 worker only")
        counts = [1]
    with tempfile.TemporaryDirectory(prefix="kg-bench-") as scratch:
        work = args.keep or Path(scratch)
        work.mkdir(parents=True, exist_ok=True)
        corpus = args.corpus or work / "corpus"
        if args.corpus is None:
            start = time.perf_counter()
            generate(corpus, count=args.count, seed=args.seed)
            print(f"generated {args.count:,} articles in {time.perf_counter() - start:.1f} s")
        articles = count_articles(corpus)
        print(f"corpus: {corpus} ({articles:,} articles, {mb(folder_size(corpus))})")
        print(f"kg build --workers: {'yes' if has_workers else 'not available'}")
        print()
        print(
            f"{'run':<22} {'workers':>7} {'articles':>8} {'seconds':>8} {'articles/s':>10} "
            f"{'per worker':>12} {'peak tree':>10} {'peak proc':>10} {'store':>9} "
            f"{'kg CPU':>8} {'wrk CPU':>8}"
        )
        stores = []
        for workers in counts:
            store = work / f"store-w{workers}"
            shutil.rmtree(store, ignore_errors=True)
            run = run_build(corpus, store, workers if has_workers else None)
            report("cold build", articles, workers, run, store)
            stores.append((workers, store))

        workers, store = stores[0]
        flag = workers if has_workers else None
        run = run_build(corpus, store, flag)
        report("again, unchanged", articles, workers, run, None)
        extra = max(1, articles // 100)
        generate(corpus, count=extra, seed=args.seed, start=articles)
        run = run_build(corpus, store, flag)
        report(f"again, +{extra:,} new (1%)", extra, workers, run, store)
    print()
    print("articles/s of the incremental runs: articles read (unchanged: all of them checked)")
    print("peak tree: RSS of the build's process tree, psutil every 0.1 s; peak proc: the")
    print("largest single process (getrusage RUSAGE_CHILDREN ru_maxrss; n/a: not above an")
    print("earlier run's, which it cannot tell apart); kg CPU: seconds of CPU of the kg process")
    print("itself (reading, storing, resolving); wrk CPU: of its worker processes (extracting)")
    try:  # Linux: how busy the machine was (other jobs share its cores)
        with open("/proc/loadavg", encoding="ascii") as load:
            print(f"load average at the end (1, 5, 15 min): {' '.join(load.read().split()[:3])}")
    except OSError:
        pass


if __name__ == "__main__":
    main()
