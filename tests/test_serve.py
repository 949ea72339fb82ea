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
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from click.testing import CliRunner
from SPARQLWrapper import JSON, POST, SPARQLWrapper

from kg.cli import main
from kg.errors import StoreError
from kg.network import UnknownEntity
from kg.serve import NetworkPages
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
            # SIGTERM first: kg serve then stops its Oxigraph child, which a SIGKILL
            # would leave running.
            process.terminate()
            try:
                process.communicate(timeout=30)
            except subprocess.TimeoutExpired:
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


# the network page is drawn once per store state ----------------------------------------


class Drawing:
    """A fake projection and rendering that count their calls."""

    def __init__(self, delay: float = 0.0) -> None:
        self.projected = 0
        self.rendered: list[tuple] = []
        self.delay = delay
        self.fail_on: str | None = None

    def project(self) -> str:
        self.projected += 1
        time.sleep(self.delay)
        return f"network {self.projected}"

    def render(self, G: str, key: tuple) -> bytes:
        if self.fail_on is not None and key[0] == self.fail_on:
            raise UnknownEntity(key[0], [])
        self.rendered.append(key)
        time.sleep(self.delay)
        return f"{G}: {key}".encode()


def test_pages_are_drawn_once_per_store_state() -> None:
    drawing = Drawing()
    pages = NetworkPages(drawing.project, drawing.render, kept=2)
    whole, people = (None, 2, (), 2000), (None, 2, ("person",), 5)
    etag, body = pages.page(whole)
    assert pages.page(whole) == (etag, body)
    pages.page(people)
    assert drawing.projected == 1 and drawing.rendered == [whole, people]
    pages.changed()  # a write: the next request reads the store again
    new_etag, new_body = pages.page(whole)
    assert (new_etag, new_body) != (etag, body) and new_body.startswith(b"network 2")
    assert drawing.projected == 2


def test_least_recent_pages_are_dropped_and_errors_not_kept() -> None:
    drawing = Drawing()
    pages = NetworkPages(drawing.project, drawing.render, kept=2)
    keys = [(f"e{i}", 1, (), 10) for i in range(3)]
    for key in (*keys, keys[2], keys[0]):
        pages.page(key)
    assert drawing.rendered == [*keys, keys[0]]  # e0 was dropped, e2 still kept
    drawing.fail_on = "missing"
    for _ in range(2):
        with pytest.raises(UnknownEntity):
            pages.page(("missing", 1, (), 10))
    assert drawing.projected == 1


def test_a_burst_of_requests_draws_the_page_once() -> None:
    drawing = Drawing(delay=0.2)
    pages = NetworkPages(drawing.project, drawing.render)
    with ThreadPoolExecutor(8) as pool:
        answers = list(pool.map(lambda _: pages.page((None, 2, (), 2000)), range(8)))
    assert len(set(answers)) == 1
    assert drawing.projected == 1 and len(drawing.rendered) == 1


def _get_with(url: str, headers: dict[str, str]) -> tuple[int, dict[str, str], bytes]:
    request = urllib.request.Request(url, headers=headers)
    try:
        with urllib.request.urlopen(request, timeout=60) as response:
            return response.status, dict(response.headers), response.read()
    except urllib.error.HTTPError as error:
        return error.code, dict(error.headers), error.read()


def test_browsers_revalidate_the_kept_page(seed_store_dir: Path) -> None:
    with serving(seed_store_dir) as server:
        status, headers, page = _get_with(server.url + "network", {})
        assert status == 200 and headers["Cache-Control"] == "no-cache"
        etag = headers["ETag"]
        status, again, same = _get_with(server.url + "network", {})
        assert (status, again["ETag"], same) == (200, etag, page)
        status, headers, body = _get_with(server.url + "network", {"If-None-Match": etag})
        assert status == 304 and body == b"" and headers["ETag"] == etag
        status, other, _ = _get_with(server.url + "network?type=person", {"If-None-Match": etag})
        assert status == 200 and other["ETag"] != etag


def test_a_write_through_the_server_redraws_the_page(tmp_path: Path, seeds_dir: Path) -> None:
    with serving(tmp_path / "store", "--update") as server:
        built = CliRunner().invoke(main, ["build", str(seeds_dir), "--store", server.url])
        assert built.exit_code == 0, built.output
        status, headers, before = _get_with(server.url + "network", {})
        assert status == 200 and b"Zanzibar Widgets" not in before
        server.update(
            "PREFIX schema: <https://schema.org/> INSERT { ?a schema:mentions <urn:x:zw> . "
            '<urn:x:zw> a schema:Organization ; schema:name "Zanzibar Widgets" } '
            "WHERE { ?a a schema:NewsArticle ; schema:headline ?h } "
        )
        status, after_headers, after = _get_with(server.url + "network", {})
        assert status == 200 and b"Zanzibar Widgets" in after
        assert after_headers["ETag"] != headers["ETag"]
        # a query sent by POST changes nothing: the page stays as drawn
        client = SPARQLWrapper(server.url + "query")
        client.setMethod(POST)
        client.setQuery(COUNT)
        client.setReturnFormat(JSON)
        client.query().convert()
        _, unchanged, _ = _get_with(server.url + "network", {})
        assert unchanged["ETag"] == after_headers["ETag"]
