"""``kg serve``: started as users start it, spoken to with a standard SPARQL client, stopped."""

from __future__ import annotations

import contextlib
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner
from SPARQLWrapper import JSON, POST, SPARQLWrapper

from kg.cli import main
from kg.errors import StoreError
from kg.store import open_store

COUNT = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _get(url: str) -> tuple[int, str, str]:
    try:
        with urllib.request.urlopen(url, timeout=60) as response:
            return response.status, response.headers["Content-Type"], response.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, error.headers["Content-Type"], error.read().decode()


class Server:
    """A ``kg serve`` process and its URL."""

    def __init__(self, process: subprocess.Popen, url: str) -> None:
        self.process = process
        self.url = url

    def children(self) -> list[int] | None:
        """The server's child processes (Oxigraph), from /proc where Linux offers it."""
        path = Path(f"/proc/{self.process.pid}/task/{self.process.pid}/children")
        return [int(p) for p in path.read_text().split()] if path.exists() else None

    def count(self) -> int:
        client = SPARQLWrapper(self.url + "query")
        client.setQuery(COUNT)
        client.setReturnFormat(JSON)
        answer = client.query().convert()
        return int(answer["results"]["bindings"][0]["n"]["value"])

    def update(self, sparql: str) -> None:
        client = SPARQLWrapper(self.url + "query", updateEndpoint=self.url + "update")
        client.setMethod(POST)
        client.setQuery(sparql)
        client.query()

    def stop(self, signum: int = signal.SIGTERM) -> str:
        """Stop it as a user would; returns what it printed."""
        self.process.send_signal(signum)
        _out, err = self.process.communicate(timeout=30)
        return err


@contextlib.contextmanager
def serving(store: Path, *options: str) -> Iterator[Server]:
    port = _free_port()
    command = [sys.executable, "-c", "from kg.cli import main; main()", "serve"]
    process = subprocess.Popen(
        [*command, "--store", str(store), "--port", str(port), *options],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    server = Server(process, f"http://127.0.0.1:{port}/")
    try:
        deadline = time.monotonic() + 60
        while True:
            assert process.poll() is None, process.communicate()[1]
            with contextlib.suppress(OSError):
                status, _, _ = _get(server.url + "query?query=ASK%7B%7D")
                if status == 200:
                    break
            assert time.monotonic() < deadline, "kg serve did not start"
            time.sleep(0.1)
        yield server
    finally:
        if process.poll() is None:
            process.kill()
            process.communicate()


def test_read_only_server_answers_queries_and_serves_the_pages(seed_store_dir: Path) -> None:
    with open_store(str(seed_store_dir), writable=False) as store:
        expected = store.triple_count()
    with serving(seed_store_dir) as server:
        assert server.count() == expected > 500

        status, content_type, page = _get(server.url)
        assert status == 200 and content_type.startswith("text/html")
        assert "yasgui" in page.lower()  # Oxigraph's query UI

        status, content_type, page = _get(server.url + "network")
        assert status == 200 and content_type.startswith("text/html")
        assert "newskg story graph" in page and '"nodes"' in page

        status, _, page = _get(server.url + "network?type=person&max-nodes=5")
        assert status == 200 and "Only persons." in page
        status, _, message = _get(server.url + "network?focus=no-such-entity-anywhere")
        assert status == 404 and "no entity named" in message
        status, _, _ = _get(server.url + "network?depth=two")
        assert status == 400

        with pytest.raises(urllib.error.HTTPError) as refused:
            server.update("INSERT DATA { <urn:x:s> <urn:x:p> <urn:x:o> }")
        assert refused.value.code == 403
        assert server.count() == expected

        # Readers are not locked out while it serves.
        with open_store(str(seed_store_dir), writable=False) as store:
            assert store.triple_count() == expected

        children = server.children()
        assert children != [], "no Oxigraph child process"
        message = server.stop()
        assert server.process.returncode == 0, message
        assert "(read-only)" in message and server.url in message
        for child in children or []:
            assert not Path(f"/proc/{child}").exists(), "oxigraph outlived kg serve"


def test_update_server_owns_the_store_and_builds_go_through_it(
    tmp_path: Path, seeds_dir: Path
) -> None:
    location = tmp_path / "store"
    with serving(location, "--update") as server:
        built = CliRunner().invoke(main, ["build", str(seeds_dir), "--store", server.url])
        assert built.exit_code == 0, built.output
        assert "2 read" in built.output
        count = server.count()
        assert count > 500

        server.update("INSERT DATA { <urn:x:s> <urn:x:p> <urn:x:o> }")
        assert server.count() == count + 1

        with pytest.raises(StoreError, match="in use"):
            open_store(str(location))
        second = CliRunner().invoke(
            main, ["serve", "--store", str(location), "--update", "--port", "0"]
        )
        assert second.exit_code == 1
        assert second.output.count("\n") == 1
        assert "the store is in use by another process" in second.output

        status, _, page = _get(server.url + "network")
        assert status == 200 and "newskg story graph" in page

        message = server.stop(signal.SIGINT)
        assert server.process.returncode == 0, message
        assert "(read-write)" in message

    with open_store(str(location)) as store:  # the lock went with the server
        assert store.triple_count() == count + 1


def test_a_port_in_use_is_one_line(seed_store_dir: Path) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        result = CliRunner().invoke(
            main, ["serve", "--store", str(seed_store_dir), "--port", str(port)]
        )
    assert result.exit_code == 1
    assert (
        result.output
        == f"kg: error: 127.0.0.1:{port}: the port is in use (choose another with --port)\n"
    )


def test_a_missing_store_is_one_line(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["serve", "--store", str(tmp_path / "none"), "--port", "0"])
    assert result.exit_code == 1
    assert result.output.startswith("kg: error: ") and result.output.count("\n") == 1
    assert "no store here yet" in result.output


def test_a_url_is_not_a_store_to_serve() -> None:
    result = CliRunner().invoke(main, ["serve", "--store", "http://127.0.0.1:7878"])
    assert result.exit_code == 2
