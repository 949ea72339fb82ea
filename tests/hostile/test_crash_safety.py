"""Real ``kg build`` processes killed with SIGKILL at random moments.

After every kill the store must open, every named graph in it must be absent or
exactly the graph a clean build writes (modulo the time of ingestion), the default
graph must be the merge of the named graphs, and running the build again must
complete it to the clean build's graph. Kill moments are drawn from a seeded
generator, so a failure reproduces.

Most of a build is reading; graphs are written in its last second or so. To land
kills inside the writing, the test watches the store's files grow (write-ahead logs for
updates, table files for bulk-written new graphs; cheap ``stat`` calls) and kills once
they have grown by a drawn share of what a full build writes; other kills are at drawn
times.
"""

from __future__ import annotations

import random
import shutil
import signal
import subprocess
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SEED = 20240808
CORPUS_SOURCES = [
    ROOT / "seeds",
    ROOT / "tests" / "fixtures" / "annotated" / "docs",
    ROOT / "tests" / "fixtures" / "heldout" / "docs",
    ROOT / "tests" / "fixtures" / "events" / "docs",
]
POLL = 0.005


def log_bytes(store: Path) -> int:
    """Bytes in the store's write-ahead logs and table files: grows with every write.

    Updates grow the logs; new article graphs are bulk-written as table files (the
    ``bulk-*.sst`` files being written count too, so kills land inside a bulk write).
    """
    total = 0
    for pattern in ("*.log", "*.sst"):
        for path in store.glob(pattern):
            try:
                total += path.stat().st_size
            except FileNotFoundError:  # rotated or compacted away between glob and stat
                continue
    return total


def make_corpus(folder: Path) -> int:
    """About 45 articles copied from the repository's fixtures (prefix keeps names apart)."""
    folder.mkdir(parents=True)
    count = 0
    for source in CORPUS_SOURCES:
        for path in sorted(source.iterdir()):
            if path.suffix in {".txt", ".md"}:
                shutil.copy(path, folder / f"{source.parent.name}-{source.name}-{path.name}")
                count += 1
    return count


def start_build(kg_cmd: list[str], docs: Path, store: Path) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [*kg_cmd, "build", docs, "--store", store, "-q"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )


def kill_when(
    process: subprocess.Popen[bytes], *, store: Path, log_share: int | None, seconds: float | None
) -> bool:
    """SIGKILL the build once its log grew by ``log_share`` bytes or ``seconds`` passed.

    Returns whether it was killed (False: it finished first).
    """
    start = time.monotonic()
    while process.poll() is None:
        grown = log_bytes(store) >= log_share if log_share is not None else False
        late = seconds is not None and time.monotonic() - start >= seconds
        if grown or late:
            process.send_signal(signal.SIGKILL)
            process.wait()
            return True
        time.sleep(POLL)
    return False


@pytest.fixture(scope="module")
def reference(tmp_path_factory: pytest.TempPathFactory, kg_cmd, graphs_of) -> dict:
    """The corpus and its clean build: graphs, duration and how much it logs."""
    base = tmp_path_factory.mktemp("crash")
    docs = base / "docs"
    articles = make_corpus(docs)
    store = base / "reference"
    started = time.monotonic()
    process = start_build(kg_cmd, docs, store)
    logged = 0
    while process.poll() is None:
        logged = max(logged, log_bytes(store))
        time.sleep(POLL)
    duration = time.monotonic() - started
    assert process.returncode == 0, process.stderr.read().decode() if process.stderr else ""
    graphs = graphs_of(store)
    assert len([g for g in graphs if "/graph/" in g]) >= articles
    return {
        "base": base,
        "docs": docs,
        "graphs": graphs,
        "duration": duration,
        "logged": logged,
    }


def check_consistent(store: Path, reference: dict, graphs_of, named_merge) -> int:
    """Assert the killed store is a consistent part of the clean build; its graph count."""
    if not (store / "CURRENT").exists():
        return 0  # killed before the store was created: nothing half-written either
    graphs = graphs_of(store)
    expected = reference["graphs"]
    for graph, triples in graphs.items():
        if not graph:
            continue
        assert graph in expected, f"{graph} is not in the clean build"
        missing, extra = expected[graph] - triples, triples - expected[graph]
        assert not missing and not extra, (graph, sorted(missing)[:3], sorted(extra)[:3])
    assert graphs.get("", set()) == named_merge(graphs), "default graph is not the merge"
    return len(graphs) - ("" in graphs)


def _scenarios() -> list[tuple[str, list[tuple[str, float]]]]:
    """Seeded kill plans: each a list of kills (by share of the log, or by share of time)."""
    rng = random.Random(SEED)
    return [
        ("early-writing", [("log", rng.uniform(0.02, 0.45))]),
        ("late-writing", [("log", rng.uniform(0.45, 0.98))]),
        ("reading-then-writing", [("time", rng.uniform(0.1, 0.5)), ("log", rng.uniform(0.1, 0.9))]),
    ]


@pytest.mark.parametrize(("name", "kills"), _scenarios(), ids=[n for n, _ in _scenarios()])
def test_killed_builds_leave_whole_graphs_and_complete_on_rerun(
    name: str,
    kills: list[tuple[str, float]],
    reference: dict,
    kg_cmd,
    kg_run,
    graphs_of,
    named_merge,
) -> None:
    store = reference["base"] / f"store-{name}"
    killed = 0
    for how, share in kills:
        process = start_build(kg_cmd, reference["docs"], store)
        if how == "log":
            was_killed = kill_when(
                process, store=store, log_share=int(share * reference["logged"]), seconds=None
            )
        else:
            was_killed = kill_when(
                process, store=store, log_share=None, seconds=share * reference["duration"]
            )
        killed += was_killed
        if not was_killed:
            assert process.returncode == 0
        check_consistent(store, reference, graphs_of, named_merge)
    assert killed, "no build was killed: the plan came too late"
    opened = kg_run("stats", "--store", store, "--format", "json")  # as a user opens it
    assert opened.returncode == 0, opened.stderr
    rerun = kg_run("build", reference["docs"], "--store", store)
    assert rerun.returncode == 0, rerun.stderr
    assert graphs_of(store) == reference["graphs"]
