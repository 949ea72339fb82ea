"""``kg serve``: the store as a SPARQL 1.1 endpoint, with a query UI and the network page.

How it is put together, and why:

* SPARQL is answered by Oxigraph's own server (the ``oxigraph`` command from PyPI) over
  the same folder ``kg build`` writes: the SPARQL 1.1 Protocol, the Graph Store protocol
  and content negotiation are a server's job, done right and fast there, not a few
  hundred lines of ours. Its pages are kept as they are: the query UI (YASGUI) at
  ``/``, SPARQL at ``/query`` and ``/update``, the Graph Store at ``/store``.
* Oxigraph's server cannot serve a page of ours, so it runs as a child process on a
  private loopback port, and a small front (the standard library's threading HTTP
  server) owns the public port: it answers ``/network`` itself and forwards every other
  request, byte for byte, to Oxigraph. One port means one origin, so the UI, the
  endpoint and the page work together without CORS, and no new dependency is needed.
* The network page is drawn by the code of ``kg html`` from the store *through the
  endpoint* (a :class:`~kg.store.remote.RemoteStore` on the private port), so the folder
  is never opened twice. Drawing reads the whole graph, so it is done once per store
  state (:class:`NetworkPages`): the projected graph and each page asked for (up to
  ``PAGES_KEPT`` sets of parameters) are kept until the store changes. A read-only
  server's store never changes; with ``--update`` every write reaches Oxigraph through
  the front, which then forgets what it drew, so a page always shows what is committed.
  Browsers get an ``ETag`` and revalidate (``304 Not Modified``).
* Without ``--update``, Oxigraph opens the folder read-only (``serve-read-only``): it
  takes no lock, so ``kg query``/``kg export`` on the folder still work beside it, and
  writes are refused (HTTP 403). With ``--update`` the server owns the store (it holds
  the lock) and builds go through it: ``kg build --store http://HOST:PORT``.
* The default graph is served as the store keeps it, the merge of the named graphs;
  Oxigraph's ``--union-default-graph`` is never used, as it would repeat a triple once
  per graph that holds it (see :mod:`kg.store.local`).
* Ctrl-C or SIGTERM stops the front, then the child (SIGTERM, then SIGKILL after a
  grace period); if the child dies, the front stops too and says why.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import http.client
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import IO, Any
from urllib.parse import parse_qs, urlsplit

from kg.errors import NewsKGError, ServeError, StoreError

NETWORK_PATH = "/network"
START_TIMEOUT = 30.0
"""Seconds Oxigraph may take to open the store and listen."""
STOP_TIMEOUT = 10.0
"""Seconds Oxigraph gets to exit after SIGTERM before it is killed."""
UPSTREAM_TIMEOUT = 3600.0
"""Seconds the front waits on Oxigraph (long queries are Oxigraph's to time out)."""
PAGES_KEPT = 16
"""Network pages kept per store state (one per set of parameters, least recent dropped)."""
_READ_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})

_HOP_BY_HOP = frozenset(
    {
        "connection",
        "keep-alive",
        "proxy-authenticate",
        "proxy-authorization",
        "te",
        "trailer",
        "trailers",
        "transfer-encoding",
        "upgrade",
        "expect",
        "host",
    }
)


@dataclass(frozen=True)
class Serving:
    """What a running server offers, for the announcement line."""

    url: str
    store: Path
    update: bool

    def describe(self) -> str:
        """One line for the terminal: where everything is and how to stop it."""
        mode = "read-write" if self.update else "read-only"
        sparql = "/query and /update" if self.update else "/query"
        return (
            f"serving {self.store} ({mode}) at {self.url}: query UI /, SPARQL {sparql}, "
            f"Graph Store /store, network {NETWORK_PATH}; Ctrl-C stops"
        )


def find_oxigraph() -> str:
    """The ``oxigraph`` server command: beside this Python first (a venv), then on PATH."""
    beside = Path(sys.executable).with_name("oxigraph")
    if beside.is_file():
        return str(beside)
    found = shutil.which("oxigraph")
    if found is None:
        raise ServeError("the oxigraph server is not installed (pip install oxigraph)")
    return found


def serve(
    location: Path,
    *,
    host: str = "127.0.0.1",
    port: int = 7878,
    update: bool = False,
    announce: Callable[[Serving], None] = lambda serving: None,
) -> None:
    """Serve the store at ``location`` until Ctrl-C, SIGTERM, or Oxigraph stops.

    ``port`` 0 takes any free port (``announce`` is told which). Raises
    :class:`ServeError` or :class:`StoreError` when it cannot start.
    """
    executable = find_oxigraph()
    if update:
        location.mkdir(parents=True, exist_ok=True)
    elif not (location / "CURRENT").is_file():
        raise StoreError(f"{location}: no store here yet (run 'kg build' first, or pass --store)")
    front = _listen(host, port)
    process: subprocess.Popen[bytes] | None = None
    with tempfile.TemporaryFile() as log:
        try:
            process, upstream_port = _start_oxigraph(executable, location, update=update, log=log)
            front.upstream_port = upstream_port
            bound_host, bound_port = str(front.server_address[0]), int(front.server_address[1])
            url_host = f"[{bound_host}]" if ":" in bound_host else bound_host
            announce(Serving(f"http://{url_host}:{bound_port}/", location, update))
            if _serve_until_stopped(front, process):
                said = _last_line(log)
                said = "" if said.startswith("Listening") else f": {said}"
                raise ServeError(
                    f"{location}: the SPARQL server stopped (exit status {process.returncode})"
                    + said
                )
        finally:
            front.server_close()
            if process is not None:
                _stop(process)


def _listen(host: str, port: int) -> _FrontServer:
    """Take the public port first, so a port in use is reported before anything starts."""
    try:
        return _FrontServer((host, port), ipv6=":" in host)
    except OSError as error:
        where = f"[{host}]:{port}" if ":" in host else f"{host}:{port}"
        if error.errno == errno.EADDRINUSE:
            raise ServeError(f"{where}: the port is in use (choose another with --port)") from error
        if isinstance(error, socket.gaierror):
            raise ServeError(f"{host}: unknown host name for --host") from error
        raise ServeError(f"{where}: cannot listen: {error.strerror or error}") from error


def _start_oxigraph(
    executable: str, location: Path, *, update: bool, log: IO[bytes]
) -> tuple[subprocess.Popen[bytes], int]:
    """Start Oxigraph on a free loopback port and wait until it listens.

    The port is free when chosen but could be taken before Oxigraph binds it; that
    race is retried.
    """
    for _attempt in range(3):
        port = _free_port()
        command = [
            executable,
            "serve" if update else "serve-read-only",
            "--location",
            str(location),
            "--bind",
            f"127.0.0.1:{port}",
        ]
        log.seek(0)
        log.truncate()
        process = subprocess.Popen(
            command, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=log
        )
        if _wait_until_listening(process, port):
            return process, port
        _stop(process)
        reason = _last_line(log)
        if "address" in reason.lower() and "in use" in reason.lower():
            continue
        if "lock" in reason.lower():
            reason = "the store is in use by another process (a build, or another server)"
        raise ServeError(f"{location}: the SPARQL server did not start: {reason}")
    raise ServeError("no free loopback port for the SPARQL server")


def _render_network(G: Any, key: PageKey) -> bytes:
    """One page of the network, as ``kg html`` draws it."""
    from kg.html import render_view

    focus, depth, kinds, max_nodes = key
    text, _page, _notes = render_view(G, focus=focus, depth=depth, kinds=kinds, max_nodes=max_nodes)
    return text.encode("utf-8")


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _wait_until_listening(process: subprocess.Popen[bytes], port: int) -> bool:
    deadline = time.monotonic() + START_TIMEOUT
    while time.monotonic() < deadline:
        if process.poll() is not None:
            return False
        with contextlib.suppress(OSError), socket.create_connection(("127.0.0.1", port), 0.2):
            return True
        time.sleep(0.05)
    return False


def _serve_until_stopped(front: _FrontServer, process: subprocess.Popen[bytes]) -> bool:
    """Serve until Ctrl-C, SIGINT or SIGTERM (False), or until Oxigraph exits (True)."""
    child_died = threading.Event()

    def watch() -> None:
        process.wait()
        child_died.set()
        front.shutdown()

    threading.Thread(target=watch, name="oxigraph-watch", daemon=True).start()
    with _stop_on_sigterm():
        try:
            front.serve_forever(poll_interval=0.2)
        except (KeyboardInterrupt, _Stop):
            return False
    return child_died.is_set()


class _Stop(Exception):
    """Raised in the main thread by the SIGTERM and SIGINT handler."""


@contextlib.contextmanager
def _stop_on_sigterm() -> Iterator[None]:
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def handler(signum: int, frame: object) -> None:
        raise _Stop

    # SIGINT too: a shell starts background jobs with SIGINT ignored, and Python then
    # never turns it into KeyboardInterrupt; "kill -INT" should still stop the server.
    previous = {sig: signal.signal(sig, handler) for sig in (signal.SIGTERM, signal.SIGINT)}
    try:
        yield
    finally:
        for sig, action in previous.items():
            signal.signal(sig, action)


def _stop(process: subprocess.Popen[bytes]) -> None:
    if process.poll() is not None:
        return
    process.terminate()
    try:
        process.wait(STOP_TIMEOUT)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


def _last_line(log: IO[bytes]) -> str:
    """What Oxigraph said last: its ``Error:`` line when it failed (a backtrace follows)."""
    log.seek(0)
    lines = [line.strip() for line in log.read().decode("utf-8", "replace").splitlines()]
    lines = [line for line in lines if line]
    errors = [line.removeprefix("Error:").strip() for line in lines if line.startswith("Error:")]
    said = errors[0] if errors else lines[-1] if lines else "no message"
    return " ".join(said.split())[:300]


PageKey = tuple[str | None, int, tuple[str, ...], int]
"""What a network page is drawn for: focus, depth, kinds, max-nodes."""


class NetworkPages:
    """The network pages of one store state, each drawn once.

    ``project`` reads the store into the network (the costly part: the whole graph
    through SPARQL), ``render`` draws one page of it. The network is projected on the
    first request and kept; pages are kept per :data:`PageKey`, at most ``kept`` of
    them. :meth:`changed` (the store was written) makes the next request start again.
    Requests wait for one another while a page is drawn, so a burst of requests on a
    cold cache draws it once.

    >>> calls = []
    >>> pages = NetworkPages(lambda: calls.append("project") or "G",
    ...                      lambda G, key: calls.append(key[0]) or b"page")
    >>> pages.page(("Acme", 2, (), 2000))[1], pages.page(("Acme", 2, (), 2000))[1]
    (b'page', b'page')
    >>> calls
    ['project', 'Acme']
    """

    def __init__(
        self,
        project: Callable[[], Any],
        render: Callable[[Any, PageKey], bytes],
        *,
        kept: int = PAGES_KEPT,
    ) -> None:
        self._project = project
        self._render = render
        self._kept = kept
        self._drawing = threading.Lock()
        self._state = threading.Lock()
        self._generation = 0
        self._network: tuple[int, Any] | None = None
        self._pages: OrderedDict[PageKey, tuple[int, bytes]] = OrderedDict()
        self._token = secrets.token_hex(6)  # ETags of an earlier server never match

    def changed(self) -> None:
        """The store was written: what was drawn is out of date."""
        with self._state:
            self._generation += 1
            self._pages.clear()

    def page(self, key: PageKey) -> tuple[str, bytes]:
        """The page for ``key`` and its ETag, drawn unless drawn since the last change.

        Errors of ``project`` and ``render`` pass through, and nothing is kept of them.
        """
        found = self._kept_page(key)
        if found is not None:
            return found
        with self._drawing:  # one drawing at a time; who waited finds it drawn
            found = self._kept_page(key)
            if found is not None:
                return found
            with self._state:
                generation = self._generation
            if self._network is None or self._network[0] != generation:
                self._network = None  # let the old network go before reading the new one
                self._network = (generation, self._project())
            body = self._render(self._network[1], key)
            with self._state:
                self._pages[key] = (generation, body)
                while len(self._pages) > self._kept:
                    self._pages.popitem(last=False)
            return self._etag(generation, key), body

    def _kept_page(self, key: PageKey) -> tuple[str, bytes] | None:
        with self._state:
            kept = self._pages.get(key)
            if kept is None or kept[0] != self._generation:
                return None
            self._pages.move_to_end(key)
            return self._etag(kept[0], key), kept[1]

    def _etag(self, generation: int, key: PageKey) -> str:
        digest = hashlib.sha256(repr(key).encode("utf-8")).hexdigest()[:16]
        return f'"{self._token}-{generation}-{digest}"'


class _FrontServer(ThreadingHTTPServer):
    """The public port: the network page here, everything else forwarded to Oxigraph."""

    daemon_threads = True

    def __init__(self, address: tuple[str, int], *, ipv6: bool) -> None:
        if ipv6:
            self.address_family = socket.AF_INET6
        self.upstream_port = 0
        self.network = NetworkPages(self._project_network, _render_network)
        super().__init__(address, _FrontHandler)

    def _project_network(self) -> Any:
        """The store's network, read through Oxigraph on the private port."""
        from kg.network import project_graph
        from kg.store.remote import RemoteStore

        upstream = f"http://127.0.0.1:{self.upstream_port}"
        with RemoteStore(upstream, writable=False, environ={}) as store:
            return project_graph(store)

    def handle_error(self, request: object, client_address: object) -> None:
        """A client that hangs up mid-answer is normal; report anything else briefly."""
        error = sys.exc_info()[1]
        if isinstance(error, (BrokenPipeError, ConnectionResetError)):
            return
        print(f"kg: serve: {type(error).__name__}: {error}", file=sys.stderr)


class _FrontHandler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: _FrontServer

    def do_GET(self) -> None:
        """The network page, or a request for Oxigraph."""
        if urlsplit(self.path).path.rstrip("/") == NETWORK_PATH:
            self._send_network()
        else:
            self._forward()

    def do_HEAD(self) -> None:
        """The network page's headers, or a request for Oxigraph."""
        self.do_GET()

    def do_POST(self) -> None:
        """Forwarded (SPARQL query and update, Graph Store writes)."""
        self._forward()

    def do_PUT(self) -> None:
        """Forwarded (Graph Store)."""
        self._forward()

    def do_DELETE(self) -> None:
        """Forwarded (Graph Store)."""
        self._forward()

    def do_OPTIONS(self) -> None:
        """Forwarded."""
        self._forward()

    def log_message(self, format: str, *args: object) -> None:
        """No access log: the terminal shows the one announcement line and errors."""

    # the network page -------------------------------------------------------------------

    def _send_network(self) -> None:
        from kg.network import KINDS, UnknownEntity

        params = parse_qs(urlsplit(self.path).query)
        try:
            depth = int(params.get("depth", ["2"])[-1])
            max_nodes = int(params.get("max-nodes", ["2000"])[-1])
        except ValueError:
            self._send_text(400, "depth and max-nodes are whole numbers\n")
            return
        kinds = tuple(params.get("type", []))
        unknown = [k for k in kinds if k not in KINDS]
        if unknown or depth < 0 or max_nodes < 0:
            self._send_text(400, f"type is one of {', '.join(KINDS)}; depth, max-nodes >= 0\n")
            return
        focus = params.get("focus", [None])[-1] or None
        try:
            etag, body = self.server.network.page((focus, depth, kinds, max_nodes))
        except UnknownEntity as error:
            self._send_text(404, f"{error}\n")
            return
        except NewsKGError as error:
            self._send_text(502, f"{error}\n")
            return
        if etag in self.headers.get("If-None-Match", ""):
            self.send_response(304)
            self.send_header("ETag", etag)
            self.send_header("Cache-Control", "no-cache")
            self.end_headers()
            return
        self._send_bytes(200, body, "text/html; charset=utf-8", etag=etag)

    def _send_text(self, status: int, text: str) -> None:
        self._send_bytes(status, text.encode("utf-8"), "text/plain; charset=utf-8")

    def _send_bytes(
        self, status: int, body: bytes, content_type: str, *, etag: str | None = None
    ) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        if etag is None:
            self.send_header("Cache-Control", "no-store")
        else:  # kept, but asked again each time: the store may change under --update
            self.send_header("ETag", etag)
            self.send_header("Cache-Control", "no-cache")
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    # forwarding -------------------------------------------------------------------------

    def _forward(self) -> None:
        """Send the request to Oxigraph and stream its answer back unchanged."""
        body = self._read_body()
        headers = {k: v for k, v in self.headers.items() if k.lower() not in _HOP_BY_HOP}
        upstream = http.client.HTTPConnection(
            "127.0.0.1", self.server.upstream_port, timeout=UPSTREAM_TIMEOUT
        )
        try:
            try:
                upstream.request(self.command, self.path, body=body, headers=headers)
                response = upstream.getresponse()
            except OSError:
                self._send_text(502, "the SPARQL server is not answering\n")
                return
            if response.status < 400 and self._may_write():
                # Oxigraph has committed the write when it answers: pages drawn before
                # are out of date, even if this client hangs up before reading on.
                self.server.network.changed()
            self._relay(response)
        finally:
            upstream.close()

    def _may_write(self) -> bool:
        """Whether the request could have changed the store (an update, a Graph Store write).

        Anything but a read, or a query sent by POST, may have.
        """
        if self.command in _READ_METHODS:
            return False
        return not (self.command == "POST" and urlsplit(self.path).path.rstrip("/") == "/query")

    def _relay(self, response: http.client.HTTPResponse) -> None:
        self.send_response_only(response.status, response.reason)
        for name, value in response.getheaders():
            if name.lower() not in _HOP_BY_HOP:
                self.send_header(name, value)
        bodyless = self.command == "HEAD" or response.status in (204, 304) or response.status < 200
        # Oxigraph streams results in chunks; without a length, so do we.
        chunked = not bodyless and response.getheader("Content-Length") is None
        if chunked:
            self.send_header("Transfer-Encoding", "chunked")
        self.end_headers()
        if bodyless:
            return
        while data := response.read1(65536):
            self.wfile.write(b"%X\r\n%s\r\n" % (len(data), data) if chunked else data)
        if chunked:
            self.wfile.write(b"0\r\n\r\n")

    def _read_body(self) -> bytes | None:
        length = self.headers.get("Content-Length")
        if length is not None:
            return self.rfile.read(int(length))
        if "chunked" in self.headers.get("Transfer-Encoding", "").lower():
            parts = []
            while size := int(self.rfile.readline().split(b";")[0].strip() or b"0", 16):
                parts.append(self.rfile.read(size))
                self.rfile.readline()
            while self.rfile.readline().strip():  # trailers
                pass
            return b"".join(parts)
        return None
