"""Incremental, parallel and distributed builds give the graph a build from scratch gives."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.build import build
from kg.cli import main
from kg.engines import LocalEngine
from kg.namespaces import KG
from kg.store import LocalStore, open_store

ROOT = Path(__file__).resolve().parent.parent
HELDOUT_DOCS = ROOT / "tests" / "fixtures" / "heldout" / "docs"
SEEDS = ROOT / "seeds"


def build_into(location: Path, paths: list[Path], **options: object):
    with open_store(str(location)) as store:
        return build(paths, store=store, **options)


@pytest.fixture()
def corpus(tmp_path: Path) -> Path:
    """A folder of fourteen articles of both formats."""
    folder = tmp_path / "corpus"
    shutil.copytree(HELDOUT_DOCS, folder)
    for seed in SEEDS.iterdir():
        shutil.copy(seed, folder / seed.name)
    return folder


def test_a_grown_folder_extracts_only_new_and_changed_files(
    tmp_path: Path, corpus: Path, quads_of
) -> None:
    files = sorted(corpus.iterdir())
    held_back = tmp_path / "later"
    held_back.mkdir()
    for path in files[:4]:
        shutil.move(path, held_back / path.name)
    first = build_into(tmp_path / "store", [corpus])
    assert first.read == len(files) - 4

    for path in held_back.iterdir():
        shutil.move(path, corpus / path.name)
    changed = files[5]
    changed.write_text(changed.read_text(encoding="utf-8") + "\nA late correction.\n", "utf-8")
    deleted = files[6]
    deleted.unlink()
    second = build_into(tmp_path / "store", [corpus], prune=True)

    assert second.read == 5  # the four new files and the changed one
    assert second.unchanged == len(files) - 4 - 2
    assert second.graphs_removed == 1
    assert second.graphs_written < len(files)  # graphs of untouched articles are left alone
    build_into(tmp_path / "scratch", [corpus])
    assert quads_of(tmp_path / "store") == quads_of(tmp_path / "scratch")


def test_without_prune_the_graph_of_a_deleted_file_stays(tmp_path: Path, corpus: Path) -> None:
    build_into(tmp_path / "store", [corpus])
    victim = sorted(corpus.iterdir())[0]
    victim.unlink()
    report = build_into(tmp_path / "store", [corpus])
    assert report.graphs_removed == 0 and report.read == 0
    with open_store(str(tmp_path / "store"), writable=False) as store:
        paths = {
            str(r["path"])
            for r in store.select(f"SELECT ?path WHERE {{ ?s <{KG.sourcePath}> ?path }}")
        }
    assert str(victim.resolve()) in paths


def test_pruning_leaves_files_outside_the_built_paths_alone(tmp_path: Path, corpus: Path) -> None:
    other = tmp_path / "other"
    other.mkdir()
    shutil.move(sorted(corpus.iterdir())[0], other / "moved.txt")
    build_into(tmp_path / "store", [other])
    build_into(tmp_path / "store", [corpus])
    report = build_into(tmp_path / "store", [corpus], prune=True)
    assert report.graphs_removed == 0
    assert report.articles == len(list(corpus.iterdir())) + 1


def test_worker_processes_build_the_same_graph(tmp_path: Path, corpus: Path, quads_of) -> None:
    build_into(tmp_path / "serial", [corpus])
    engine = LocalEngine(workers=2)
    try:
        report = build_into(tmp_path / "parallel", [corpus], engine=engine)
    finally:
        engine.close()
    assert report.read == len(list(corpus.iterdir())) and not report.rejected
    assert quads_of(tmp_path / "parallel") == quads_of(tmp_path / "serial")


def test_dask_cluster_builds_the_same_graph(tmp_path: Path, corpus: Path, quads_of) -> None:
    distributed = pytest.importorskip("distributed")
    build_into(tmp_path / "serial", [corpus])
    (corpus / "empty.txt").write_bytes(b"")
    with distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
    ) as cluster:
        result = CliRunner().invoke(
            main,
            [
                "build",
                str(corpus),
                "--store",
                str(tmp_path / "dask"),
                "--engine",
                "dask",
                "--scheduler",
                cluster.scheduler_address,
            ],
        )
    assert result.exit_code == 1, result.output  # the empty file is rejected, the rest built
    assert "empty.txt" in result.output
    assert quads_of(tmp_path / "dask") == quads_of(tmp_path / "serial")


def test_cli_workers_option_builds_in_parallel(tmp_path: Path, corpus: Path) -> None:
    result = CliRunner().invoke(
        main, ["build", str(corpus), "--store", str(tmp_path / "s"), "--workers", "2"]
    )
    assert result.exit_code == 0, result.output
    with LocalStore(tmp_path / "s", writable=False) as store:
        count = store.select(f"SELECT (COUNT(?g) AS ?n) WHERE {{ ?g <{KG.describesArticle}> ?a }}")
    assert int(str(count[0]["n"])) == len(list(corpus.iterdir()))


@pytest.mark.parametrize(
    ("options", "message"),
    [
        (["--scheduler", "tcp://127.0.0.1:1"], "--engine dask"),
        (["--workers", "0"], "--workers"),
        (["--engine", "spark"], "--engine"),
    ],
)
def test_engine_usage_errors(tmp_path: Path, options: list[str], message: str) -> None:
    result = CliRunner().invoke(
        main, ["build", str(SEEDS), "--store", str(tmp_path / "s"), *options]
    )
    assert result.exit_code == 2 and message in result.output


def test_unreachable_scheduler_is_one_line_error(tmp_path: Path) -> None:
    pytest.importorskip("distributed")
    result = CliRunner().invoke(
        main,
        [
            "build",
            str(SEEDS),
            "--store",
            str(tmp_path / "s"),
            "--engine",
            "dask",
            "--scheduler",
            "tcp://127.0.0.1:9",
        ],
    )
    assert result.exit_code == 1
    assert result.output.count("\n") == 1 and "Dask scheduler" in result.output
