"""Helpers for the hostile-input tests: run the real ``kg`` command, read a store's quads.

The tests here are black-box: they run ``kg`` as a user does (a subprocess) and read
the store it leaves with pyoxigraph, so they keep holding while the build is rewritten.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = ROOT / "tests" / "fixtures"


def kg_command() -> list[str]:
    """The installed ``kg`` script of this environment (as a user runs it)."""
    script = Path(sys.executable).with_name("kg")
    return [str(script)] if script.exists() else [shutil.which("kg") or "kg"]


def run_kg(*args: object, timeout: float = 300) -> subprocess.CompletedProcess[str]:
    """Run ``kg ARGS...`` to completion, capturing its output."""
    return subprocess.run(
        [*kg_command(), *map(str, args)],
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )


Quad = tuple[str, str, str, str]


def by_graph(quads: set[Quad]) -> dict[str, set[tuple[str, str, str]]]:
    """Quads grouped into graphs (the default graph under ``""``)."""
    graphs: dict[str, set[tuple[str, str, str]]] = {}
    for g, s, p, o in quads:
        graphs.setdefault(g, set()).add((s, p, o))
    return graphs


def merge_of_named(graphs: dict[str, set[tuple[str, str, str]]]) -> set[tuple[str, str, str]]:
    """The union of every named graph: what the default graph must equal."""
    return set().union(*(t for g, t in graphs.items() if g)) if graphs else set()


@pytest.fixture(scope="session")
def kg_cmd() -> list[str]:
    """The argv that starts ``kg`` (for tests that start and kill it themselves)."""
    return kg_command()


@pytest.fixture(scope="session")
def kg_run() -> Callable[..., subprocess.CompletedProcess[str]]:
    """``kg_run(*args)``: run the real ``kg`` command."""
    return run_kg


@pytest.fixture(scope="session")
def graphs_of(
    quads_of: Callable[[Path], set[Quad]],
) -> Callable[[Path], dict[str, set[tuple[str, str, str]]]]:
    """``graphs_of(store_dir)``: triples per graph (default graph under ``""``)."""
    return lambda location: by_graph(quads_of(location))


@pytest.fixture(scope="session")
def named_merge() -> Callable[[dict[str, set[tuple[str, str, str]]]], set[tuple[str, str, str]]]:
    """``named_merge(graphs)``: the union of the named graphs."""
    return merge_of_named
