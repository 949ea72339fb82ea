"""Remote stores: every command over a real ``oxigraph serve``, the same graph as a local build."""

from __future__ import annotations

import base64
import io
import json
import socket
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import ClassVar

import pytest
from click.testing import CliRunner
from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.compare import isomorphic
from rdflib.namespace import PROV

from kg.cli import main
from kg.errors import QueryError, StoreError
from kg.namespaces import KG
from kg.store import LocalStore, RemoteStore, open_store
from kg.store.remote import Endpoints, redact_url

QUERIES = Path(__file__).resolve().parents[2] / "queries"
VOLATILE = {PROV.generatedAtTime, PROV.endedAtTime, KG.extractionRecord}
"""Predicates whose values say when a build ran: two builds differ there, and only there."""


@pytest.fixture()
def runner() -> CliRunner:
    return CliRunner()


def _stable(g: Graph) -> Graph:
    kept = Graph()
    for triple in g:
        if triple[1] not in VOLATILE:
            kept.add(triple)
    return kept


def _export(runner: CliRunner, store: str, export_format: str, tmp_path: Path) -> Path:
    target = tmp_path / f"{abs(hash(store))}.{export_format}"
    result = runner.invoke(
        main, ["export", "--store", store, "--format", export_format, "-o", str(target)]
    )
    assert result.exit_code == 0, result.output
    return target


def test_open_store_dispatches_on_the_scheme(tmp_path: Path) -> None:
    with open_store("http://127.0.0.1:1/ds", writable=False) as store:
        assert isinstance(store, RemoteStore)
        assert store.endpoints.query == "http://127.0.0.1:1/ds/query"
    with open_store(str(tmp_path / "s")) as store:
        assert isinstance(store, LocalStore)


@pytest.mark.parametrize("export_format", ["turtle", "ntriples"])
def test_merged_export_matches_a_local_build(
    runner: CliRunner,
    remote_seed_url: str,
    seed_store_dir: Path,
    tmp_path: Path,
    export_format: str,
) -> None:
    fmt = {"turtle": "turtle", "ntriples": "nt"}[export_format]
    remote = Graph().parse(_export(runner, remote_seed_url, export_format, tmp_path), format=fmt)
    local = Graph().parse(_export(runner, str(seed_store_dir), export_format, tmp_path), format=fmt)
    assert len(remote) == len(local) > 500
    assert isomorphic(_stable(remote), _stable(local))
    assert {(s, p) for s, p, _ in remote if p in VOLATILE} == {
        (s, p) for s, p, _ in local if p in VOLATILE
    }


@pytest.mark.parametrize("export_format", ["trig", "nquads"])
def test_named_graph_export_matches_a_local_build(
    runner: CliRunner,
    remote_seed_url: str,
    seed_store_dir: Path,
    tmp_path: Path,
    export_format: str,
) -> None:
    fmt = {"trig": "trig", "nquads": "nquads"}[export_format]
    remote = Dataset().parse(_export(runner, remote_seed_url, export_format, tmp_path), format=fmt)
    local = Dataset().parse(
        _export(runner, str(seed_store_dir), export_format, tmp_path), format=fmt
    )
    names = {g.identifier for g in remote.graphs() if len(g)}
    assert names == {g.identifier for g in local.graphs() if len(g)}
    assert len(names) == 4
    for name in names:
        assert isomorphic(_stable(remote.graph(name)), _stable(local.graph(name))), name


def test_stats_match_a_local_build(
    runner: CliRunner, remote_seed_url: str, seed_store_dir: Path
) -> None:
    remote = runner.invoke(main, ["stats", "--store", remote_seed_url, "--format", "json"])
    local = runner.invoke(main, ["stats", "--store", str(seed_store_dir), "--format", "json"])
    assert remote.exit_code == local.exit_code == 0, remote.output
    assert json.loads(remote.output) == json.loads(local.output)


@pytest.mark.parametrize(
    "query_file",
    sorted(p.name for p in QUERIES.glob("*.rq") if "AtTime" not in p.read_text()),
)
def test_saved_queries_match_a_local_build(
    runner: CliRunner, remote_seed_url: str, seed_store_dir: Path, query_file: str
) -> None:
    rows = []
    for store in (remote_seed_url, str(seed_store_dir)):
        result = runner.invoke(
            main, ["query", str(QUERIES / query_file), "--store", store, "--format", "json"]
        )
        assert result.exit_code == 0, result.output
        answer = json.loads(result.output)
        rows.append(sorted(json.dumps(b, sort_keys=True) for b in answer["results"]["bindings"]))
    assert rows[0] == rows[1]
    assert rows[0], f"{query_file} found nothing in the seeds"


def test_query_kinds_and_predeclared_prefixes(runner: CliRunner, remote_seed_url: str) -> None:
    ask = runner.invoke(
        main, ["query", "ASK { ?a a schema:NewsArticle }", "--store", remote_seed_url]
    )
    assert ask.output == "true\n"
    construct = runner.invoke(
        main,
        [
            "query",
            "CONSTRUCT { ?a a schema:NewsArticle } WHERE { ?a a schema:NewsArticle } LIMIT 1",
            "--store",
            remote_seed_url,
        ],
    )
    assert construct.exit_code == 0
    assert len(Graph().parse(data=construct.output, format="turtle")) == 1


def test_rebuild_is_idempotent(
    runner: CliRunner, remote_seed_url: str, seeds_dir: Path, tmp_path: Path
) -> None:
    before = _export(runner, remote_seed_url, "nquads", tmp_path).read_bytes()
    again = runner.invoke(main, ["build", str(seeds_dir), "--store", remote_seed_url])
    assert again.exit_code == 0, again.output
    assert "0 read, 2 unchanged" in again.output and "0 graphs written" in again.output
    after = _export(runner, remote_seed_url, "nquads", tmp_path).read_bytes()
    assert sorted(before.splitlines()) == sorted(after.splitlines())


def test_replace_graph_keeps_the_merge_in_step(oxigraph_url: str) -> None:
    a, b = URIRef("https://example.org/graph/a"), URIRef("https://example.org/graph/b")
    s, p = URIRef("https://example.org/s"), URIRef("https://example.org/p")
    shared, only_a = (s, p, Literal("shared")), (s, p, Literal("only a", lang="en"))
    with RemoteStore(oxigraph_url) as store:
        assert store.replace_graph(a, [shared, only_a])
        assert not store.replace_graph(a, [shared, only_a])  # unchanged: nothing sent
        assert store.replace_graph(b, [shared])
        assert store.named_graphs() == [a, b]
        assert store.graph_triples(a) == {shared, only_a}
        assert store.triple_count() == 2
        assert store.drop_graph(a)
        assert store.graph_triples(a) == set()
        assert set(store.merged_triples()) == {shared}  # still held by b
        assert store.drop_graph(b)
        assert store.triple_count() == 0
        assert store.graph_triples(URIRef("https://example.org/never")) == set()


def test_read_only_remote_store_refuses_writes(oxigraph_url: str) -> None:
    with (
        RemoteStore(oxigraph_url, writable=False) as store,
        pytest.raises(StoreError, match="read-only"),
    ):
        store.update("INSERT DATA { <a:s> <a:p> <a:o> }")


def test_bad_query_is_a_query_error_at_the_users_position(oxigraph_url: str) -> None:
    with RemoteStore(oxigraph_url) as store, pytest.raises(QueryError) as caught:
        store.query("SELECT ?x {")
    assert "at 1:" in str(caught.value)
    assert "\n" not in str(caught.value)


def test_unreachable_server_is_one_line(runner: CliRunner) -> None:
    with socket.socket() as probe:  # a port nobody listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    result = runner.invoke(main, ["stats", "--store", f"http://127.0.0.1:{port}/ds"])
    assert result.exit_code == 1
    assert result.output.count("\n") == 1
    assert "cannot reach the server (connection refused)" in result.output


def test_endpoints_follow_the_environment() -> None:
    fuseki = Endpoints.from_base(
        "http://localhost:3030/ds/",
        {
            "NEWSKG_SPARQL_QUERY": "sparql",
            "NEWSKG_SPARQL_UPDATE": "update",
            "NEWSKG_SPARQL_GSP": "data",
        },
    )
    assert fuseki == Endpoints(
        "http://localhost:3030/ds/sparql",
        "http://localhost:3030/ds/update",
        "http://localhost:3030/ds/data",
    )
    other = Endpoints.from_base("https://h/x", {"NEWSKG_SPARQL_GSP": "https://g.example/crud"})
    assert other.gsp == "https://g.example/crud" and other.query == "https://h/x/query"


# credentials -------------------------------------------------------------------------


class _Recorder(BaseHTTPRequestHandler):
    """Answers 401 (or sleeps, for the timeout test) and remembers what it was sent."""

    seen: ClassVar[list[dict[str, str]]] = []
    delay: ClassVar[float] = 0.0

    def do_POST(self) -> None:
        self.rfile.read(int(self.headers.get("Content-Length", 0)))
        self.seen.append(
            {"path": self.path, "authorization": self.headers.get("Authorization", "")}
        )
        time.sleep(self.delay)
        body = b"unauthorized"
        self.send_response(401)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self) -> None:
        self.do_POST()

    def log_message(self, *args: object) -> None:
        pass


class _QuietServer(ThreadingHTTPServer):
    def handle_error(self, request: object, client_address: object) -> None:
        pass  # the timeout test hangs up on purpose


@pytest.fixture()
def recorder() -> Iterator[tuple[str, type[_Recorder]]]:
    handler = type("Recorder", (_Recorder,), {"seen": [], "delay": 0.0})
    server = _QuietServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}", handler
    server.shutdown()
    server.server_close()


def test_basic_credentials_are_sent_and_never_printed(
    runner: CliRunner, recorder: tuple[str, type[_Recorder]], monkeypatch: pytest.MonkeyPatch
) -> None:
    url, handler = recorder
    monkeypatch.setenv("NEWSKG_STORE_USER", "ann")
    monkeypatch.setenv("NEWSKG_STORE_PASSWORD", "s3cret-pw")
    result = runner.invoke(main, ["stats", "--store", url + "/ds"])
    assert result.exit_code == 1
    expected = "Basic " + base64.b64encode(b"ann:s3cret-pw").decode()
    assert handler.seen[0] == {"path": "/ds/query", "authorization": expected}
    assert "HTTP 401" in result.output and "NEWSKG_STORE_USER" in result.output
    assert "s3cret-pw" not in result.output and expected not in result.output
    assert result.output.count("\n") == 1


def test_a_token_is_sent_as_bearer(
    recorder: tuple[str, type[_Recorder]], monkeypatch: pytest.MonkeyPatch
) -> None:
    url, handler = recorder
    with (
        RemoteStore(url, environ={"NEWSKG_STORE_TOKEN": "tok-123"}) as store,
        pytest.raises(StoreError) as caught,
    ):
        store.select("SELECT * {}")
    assert handler.seen[0]["authorization"] == "Bearer tok-123"
    assert "tok-123" not in str(caught.value)


def test_credentials_in_the_url_are_refused_without_showing_them(runner: CliRunner) -> None:
    result = runner.invoke(
        main, ["query", "ASK {}", "--store", "https://ann:s3cret-pw@example.org/ds?key=k9"]
    )
    assert result.exit_code == 1
    assert "NEWSKG_STORE_PASSWORD" in result.output
    for secret in ("s3cret-pw", "ann", "k9"):
        assert secret not in result.output
    assert redact_url("http://u:p@h:1/x?y=z") == "http://h:1/x"


def test_a_slow_server_is_a_timeout(
    recorder: tuple[str, type[_Recorder]], monkeypatch: pytest.MonkeyPatch
) -> None:
    url, handler = recorder
    handler.delay = 1.0
    with (
        RemoteStore(url, environ={"NEWSKG_STORE_TIMEOUT": "0.2"}) as store,
        pytest.raises(StoreError, match=r"no answer within 0\.2 s"),
    ):
        store.triple_count()


def test_a_bad_timeout_is_reported() -> None:
    with pytest.raises(StoreError, match="NEWSKG_STORE_TIMEOUT"):
        RemoteStore("http://127.0.0.1:1", environ={"NEWSKG_STORE_TIMEOUT": "soon"})


def test_results_stream_into_an_export(remote_seed_url: str) -> None:
    import pyoxigraph as ox

    with RemoteStore(remote_seed_url, writable=False) as store:
        buffer = io.BytesIO()
        store.dump(buffer, rdf_format=ox.RdfFormat.N_QUADS, named_only=True)
        quads = buffer.getvalue().decode().splitlines()
        assert len({line.rsplit(" ", 2)[-2] for line in quads}) == len(store.named_graphs())


# streamed SELECT results ---------------------------------------------------------------


def test_select_results_stream_with_flat_memory(oxigraph_url: str) -> None:
    """About 20 MB of results are read row by row: no copy of the whole answer is held."""
    import tracemalloc

    rows = 60_000
    filler = "x" * 250
    data = "".join(
        f'<https://example.org/s{i}> <https://example.org/p> "{i} {filler}" .\n'
        for i in range(rows)
    ).encode()
    with RemoteStore(oxigraph_url) as store:
        store._request(
            "POST",
            store.endpoints.gsp,
            params={"default": ""},
            data=data,
            headers={"Content-Type": "application/n-triples"},
        )
        query = "SELECT ?s ?o WHERE { ?s <https://example.org/p> ?o }"
        tracemalloc.start()
        try:
            seen = 0
            for row in store.iter_select(query):
                assert str(row["o"]).endswith(filler)
                seen += 1
            _, peak = tracemalloc.get_traced_memory()
        finally:
            tracemalloc.stop()
        assert seen == rows
        assert len(data) > 15_000_000
        assert peak < 4_000_000, f"{peak:,} bytes held while reading {len(data):,}"
        assert len(store.select(query + " LIMIT 3")) == 3


def test_select_keeps_terms_as_the_local_store_gives_them(
    remote_seed_url: str, seed_store_dir: Path
) -> None:
    query = """PREFIX schema: <https://schema.org/>
        SELECT ?a ?h ?d ?n WHERE {
        ?a schema:headline ?h . OPTIONAL { ?a schema:datePublished ?d }
        BIND(STRLEN(?h) AS ?n) } ORDER BY ?a"""
    with (
        RemoteStore(remote_seed_url, writable=False) as remote,
        open_store(str(seed_store_dir), writable=False) as local,
    ):
        assert remote.select(query) == local.select(query)
        assert len(remote.select(query)) >= 2


def test_bad_select_is_a_query_error_with_the_servers_reason(oxigraph_url: str) -> None:
    with RemoteStore(oxigraph_url) as store, pytest.raises(QueryError) as caught:
        store.select("SELECT ?x {")
    assert "rejected" in str(caught.value) and "\n" not in str(caught.value)
    assert len(str(caught.value)) > len(
        "http://127.0.0.1:1/query: the server rejected the request: "
    )


class _CutOff(BaseHTTPRequestHandler):
    """Answers a SELECT with the first rows of SPARQL JSON, then hangs up."""

    def do_POST(self) -> None:
        self.rfile.read(int(self.headers.get("Content-Length", 0)))
        row = b'{"s":{"type":"uri","value":"https://example.org/s"}}'
        body = b'{"head":{"vars":["s"]},"results":{"bindings":[' + b",".join([row] * 50)
        self.send_response(200)
        self.send_header("Content-Type", "application/sparql-results+json")
        self.send_header("Content-Length", str(len(body) + 1000))
        self.end_headers()
        self.wfile.write(body)
        self.wfile.flush()
        self.connection.shutdown(socket.SHUT_RDWR)

    def log_message(self, *args: object) -> None:
        pass


def test_results_cut_off_midway_are_a_store_error() -> None:
    server = _QuietServer(("127.0.0.1", 0), _CutOff)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        with RemoteStore(f"http://127.0.0.1:{server.server_address[1]}") as store:
            rows = store.iter_select("SELECT ?s {}")
            with pytest.raises(StoreError) as caught:
                for _ in rows:
                    pass
        assert "\n" not in str(caught.value)
        assert "cut off" in str(caught.value) or "unreadable" in str(caught.value)
    finally:
        server.shutdown()
        server.server_close()
