"""A real Oxigraph SPARQL server for the remote-store tests, started and stopped here."""

from __future__ import annotations

import socket
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from kg.serve import find_oxigraph


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def wait_for_port(port: int, process: subprocess.Popen, timeout: float = 30.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        assert process.poll() is None, "the server exited before listening"
        try:
            socket.create_connection(("127.0.0.1", port), 0.2).close()
            return
        except OSError:
            time.sleep(0.05)
    raise AssertionError(f"nothing listens on port {port}")


def start_oxigraph(location: Path) -> tuple[subprocess.Popen, str]:
    """``oxigraph serve`` over ``location`` on a free loopback port (read-write)."""
    port = free_port()
    process = subprocess.Popen(
        [find_oxigraph(), "serve", "--location", str(location), "--bind", f"127.0.0.1:{port}"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    wait_for_port(port, process)
    return process, f"http://127.0.0.1:{port}"


def stop(process: subprocess.Popen) -> None:
    process.terminate()
    try:
        process.wait(10)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


@pytest.fixture()
def oxigraph_url(tmp_path: Path) -> Iterator[str]:
    """An empty Oxigraph server of this test's own."""
    process, url = start_oxigraph(tmp_path / "oxigraph")
    yield url
    stop(process)


@pytest.fixture(scope="module")
def remote_seed_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """An Oxigraph server the seeds were built into with ``kg build --store URL``."""
    from click.testing import CliRunner

    from kg.cli import main

    seeds = Path(__file__).resolve().parents[2] / "seeds"
    process, url = start_oxigraph(tmp_path_factory.mktemp("remote-seed") / "oxigraph")
    built = CliRunner().invoke(main, ["build", str(seeds), "--store", url])
    assert built.exit_code == 0, built.output
    assert "2 read" in built.output
    yield url
    stop(process)
