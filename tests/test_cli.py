"""The command line, through click's CliRunner: exit codes, formats, messages."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.cli import main

QUERY = "SELECT ?h WHERE { ?g kg:describesArticle ?a . ?a schema:headline ?h } ORDER BY ?h"


@pytest.fixture()
def runner() -> CliRunner:
    return CliRunner()


def test_every_command_has_help(runner: CliRunner) -> None:
    result = runner.invoke(main, ["--help"])
    assert result.exit_code == 0
    for command in ("build", "query", "export", "html", "stats", "validate"):
        sub = runner.invoke(main, [command, "--help"])
        assert sub.exit_code == 0, command
        assert "--store" in sub.output, command


def test_build_then_query_in_every_format(runner: CliRunner, tmp_path: Path, seeds_dir) -> None:
    store = str(tmp_path / "store")
    built = runner.invoke(main, ["build", str(seeds_dir), "--store", store])
    assert built.exit_code == 0, built.output
    assert "2 read" in built.output

    table = runner.invoke(main, ["query", QUERY, "--store", store])
    assert table.exit_code == 0 and "(2 rows)" in table.output

    as_json = json.loads(
        runner.invoke(main, ["query", QUERY, "--store", store, "--format", "json"]).output
    )
    assert as_json["head"]["vars"] == ["h"]
    assert as_json["results"]["bindings"][0]["h"]["type"] == "literal"

    as_csv = list(
        csv.reader(
            io.StringIO(
                runner.invoke(main, ["query", QUERY, "--store", store, "--format", "csv"]).output
            )
        )
    )
    assert as_csv[0] == ["h"] and len(as_csv) == 3

    as_tsv = runner.invoke(
        main, ["query", QUERY, "--store", store, "--format", "tsv"]
    ).output.splitlines()
    assert as_tsv[0] == "?h" and as_tsv[1].startswith('"Clearview AI cancels')

    ask = runner.invoke(
        main, ["query", "ASK { ?a a schema:NewsArticle }", "--store", store, "--format", "json"]
    )
    assert json.loads(ask.output) == {"head": {}, "boolean": True}


def test_query_from_rq_file_and_construct(
    runner: CliRunner, tmp_path: Path, seed_store_dir
) -> None:
    rq = tmp_path / "q.rq"
    rq.write_text(
        "CONSTRUCT { ?a schema:headline ?h } WHERE { ?a schema:headline ?h } LIMIT 1",
        encoding="utf-8",
    )
    result = runner.invoke(main, ["query", str(rq), "--store", str(seed_store_dir)])
    assert result.exit_code == 0 and "schema:headline" in result.output


def test_bad_query_is_one_line_error(runner: CliRunner, seed_store_dir) -> None:
    result = runner.invoke(main, ["query", "SELEKT nothing", "--store", str(seed_store_dir)])
    assert result.exit_code == 1
    assert result.output.startswith("kg: error:") and result.output.count("\n") == 1


def test_a_long_inline_query_is_a_query(runner: CliRunner, seed_store_dir) -> None:
    query = "SELECT (COUNT(*) AS ?n) WHERE { ?article a schema:NewsArticle } " + "# " * 200
    result = runner.invoke(main, ["query", query, "--store", str(seed_store_dir)])
    assert result.exit_code == 0, result.output
    assert "15" in result.output


def test_missing_store_is_reported(runner: CliRunner, tmp_path: Path) -> None:
    result = runner.invoke(main, ["stats", "--store", str(tmp_path / "nowhere")])
    assert result.exit_code == 1 and "no store here yet" in result.output


def test_usage_errors_exit_2(runner: CliRunner) -> None:
    assert runner.invoke(main, ["build"]).exit_code == 2
    assert runner.invoke(main, ["export", "--format", "yaml", "-o", "x"]).exit_code == 2


def test_rejected_inputs_exit_1_and_are_named(runner: CliRunner, tmp_path: Path, seeds_dir) -> None:
    bad = tmp_path / "empty.txt"
    bad.write_bytes(b"")
    result = runner.invoke(
        main, ["build", str(seeds_dir), str(bad), "--store", str(tmp_path / "s")]
    )
    assert result.exit_code == 1
    assert f"kg: rejected: {bad}: the file is empty" in result.output


def test_manifest_errors_are_usage_errors(runner: CliRunner, tmp_path: Path, seeds_dir) -> None:
    manifest = tmp_path / "m.csv"
    manifest.write_text("file\nx\n", encoding="utf-8")
    result = runner.invoke(
        main, ["build", str(seeds_dir), "--manifest", str(manifest), "--store", str(tmp_path / "s")]
    )
    assert result.exit_code == 2 and "no 'path' column" in result.output


def test_stats_counts_classes_and_providers(runner: CliRunner, seed_store_dir) -> None:
    result = runner.invoke(main, ["stats", "--store", str(seed_store_dir), "--format", "json"])
    stats = json.loads(result.output)
    assert stats["source_articles"] == 2
    assert stats["by_class"]["schema:NewsArticle"] == 15
    assert stats["articles_by_provider"]["BetaKit"] == 1


def test_validate_passes_on_seeds(runner: CliRunner, seed_store_dir) -> None:
    result = runner.invoke(main, ["validate", "--store", str(seed_store_dir)])
    assert result.exit_code == 0, result.output


def test_html_writes_a_page(runner: CliRunner, tmp_path: Path, seed_store_dir) -> None:
    page = tmp_path / "graph.html"
    result = runner.invoke(main, ["html", "--store", str(seed_store_dir), "-o", str(page)])
    assert result.exit_code == 0, result.output
    assert "vis-network" in page.read_text(encoding="utf-8") or "vis.Network" in page.read_text(
        encoding="utf-8"
    )
