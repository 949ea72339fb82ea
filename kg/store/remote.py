"""A store on a SPARQL 1.1 server: Query, Update and the Graph Store HTTP Protocol.

``--store https://host/path`` builds into and reads from any server that speaks the three
W3C protocols (Oxigraph, Apache Jena Fuseki, GraphDB, Virtuoso), with the layout of the
local store: one named graph per article, and a default graph that is the merge of the
named graphs (the server must not present the union of its graphs as the default graph,
as ``oxigraph serve --union-default-graph`` would; see :mod:`kg.store.local`).

* Writes: each :meth:`RemoteStore.replace_graph` is ONE SPARQL Update request (the same
  text the local store runs), which a SPARQL server applies as one transaction, so an
  article on the server is always whole or absent, whatever happens to the build.
* Reads: SELECT/ASK results come as SPARQL JSON, graphs as N-Triples/N-Quads through the
  Graph Store protocol, both parsed as they stream in (Oxigraph's parsers read from the
  connection), so a large build's reads keep memory flat.
* Endpoints: the base URL plus ``/query``, ``/update`` and ``/store`` (Oxigraph's
  layout); ``$NEWSKG_SPARQL_QUERY``, ``$NEWSKG_SPARQL_UPDATE`` and ``$NEWSKG_SPARQL_GSP``
  override each one (a full URL, or a path under the base URL) for other servers.
* Credentials come only from the environment (``$NEWSKG_STORE_USER`` and
  ``$NEWSKG_STORE_PASSWORD`` for HTTP Basic, ``$NEWSKG_STORE_TOKEN`` for a Bearer
  token): a URL with a password in it ends up in shell histories and process lists, so
  one is refused. No message ever shows a URL's user part or query string.

HTTP goes through ``requests`` (already installed with ``tldextract``): one session keeps
the connection open across a build's thousands of requests, which ``urllib`` cannot.
"""

from __future__ import annotations

import io
import os
import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import IO, cast
from urllib.parse import urlsplit, urlunsplit

import pyoxigraph as ox
import requests
import urllib3
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import XSD
from rdflib.query import Result
from rdflib.term import Identifier, Node

from kg.errors import QueryError, StoreError
from kg.namespaces import PREFIXES
from kg.store.terms import Triple, from_ox
from kg.store.updates import replace_graph_update, triple_changes

QUERY_ENV, UPDATE_ENV, GSP_ENV = "NEWSKG_SPARQL_QUERY", "NEWSKG_SPARQL_UPDATE", "NEWSKG_SPARQL_GSP"
USER_ENV, PASSWORD_ENV, TOKEN_ENV = (
    "NEWSKG_STORE_USER",
    "NEWSKG_STORE_PASSWORD",
    "NEWSKG_STORE_TOKEN",
)
TIMEOUT_ENV = "NEWSKG_STORE_TIMEOUT"
DEFAULT_TIMEOUT = 60.0
"""Seconds to wait for a connection, and between two pieces of an answer."""

_SCHEMES = ("http", "https")
_LOOPBACK = frozenset({"localhost", "127.0.0.1", "::1"})
_RESULT_TYPES = "application/sparql-results+json, application/n-triples;q=0.9, text/turtle;q=0.8"
_NTRIPLES, _NQUADS = "application/n-triples", "application/n-quads"
_BROKEN_STREAM = (OSError, requests.RequestException, urllib3.exceptions.HTTPError)
"""What reading an answer as it streams in raises when the connection breaks (urllib3's
own errors come through unwrapped when its stream is read directly)."""
_RESULT_FORMATS = {
    "application/sparql-results+json": "json",
    "application/sparql-results+xml": "xml",
}


def is_remote(location: str) -> bool:
    """Whether a ``--store`` value names a SPARQL endpoint rather than a folder."""
    return urlsplit(location).scheme.lower() in _SCHEMES


def redact_url(url: str) -> str:
    """A URL fit for messages: no user name, password, query string or fragment.

    >>> redact_url("https://ann:secret@example.org:8443/ds/query?key=k#x")
    'https://example.org:8443/ds/query'
    """
    parts = urlsplit(url)
    host = parts.hostname or ""
    if ":" in host:
        host = f"[{host}]"
    netloc = f"{host}:{parts.port}" if parts.port else host
    return urlunsplit((parts.scheme, netloc, parts.path, "", ""))


@dataclass(frozen=True)
class Endpoints:
    """Where a server answers queries, updates and Graph Store requests."""

    query: str
    update: str
    gsp: str

    @classmethod
    def from_base(cls, base: str, environ: Mapping[str, str]) -> Endpoints:
        """The endpoints under ``base``, each overridable by its environment variable."""
        base = base.rstrip("/")

        def endpoint(variable: str, default: str) -> str:
            value = environ.get(variable, "").strip() or default
            url = value if is_remote(value) else f"{base}/{value.lstrip('/')}"
            _refuse_credentials(url)
            return url

        return cls(
            query=endpoint(QUERY_ENV, "query"),
            update=endpoint(UPDATE_ENV, "update"),
            gsp=endpoint(GSP_ENV, "store"),
        )


class RemoteStore:
    """A SPARQL 1.1 endpoint used as the store (see the module docstring)."""

    def __init__(
        self,
        url: str,
        *,
        writable: bool = True,
        environ: Mapping[str, str] | None = None,
    ) -> None:
        environ = os.environ if environ is None else environ
        _refuse_credentials(url)
        self.url = url.rstrip("/")
        self.location = redact_url(self.url)
        self.writable = writable
        self.endpoints = Endpoints.from_base(self.url, environ)
        self.timeout = _timeout(environ)
        self._session = requests.Session()
        # Credentials and proxies are taken from our own variables only: requests
        # would otherwise also read ~/.netrc, which the user did not point us at.
        self._session.trust_env = False
        if urlsplit(self.url).hostname not in _LOOPBACK:
            self._session.proxies.update(requests.utils.get_environ_proxies(self.url))
        token = environ.get(TOKEN_ENV, "")
        user = environ.get(USER_ENV, "")
        if token:
            self._session.headers["Authorization"] = f"Bearer {token}"
        elif user:
            self._session.auth = (user, environ.get(PASSWORD_ENV, ""))

    def __repr__(self) -> str:
        return f"RemoteStore({self.location!r}, writable={self.writable})"

    # reading ---------------------------------------------------------------------------

    def query(self, sparql: str) -> Result:
        """Run a SPARQL query with newskg's prefixes predeclared, as the local store does."""
        prologue = " ".join(f"PREFIX {p}: <{ns}>" for p, ns in PREFIXES.items()) + "\n"
        try:
            response = self._post_query(prologue + sparql, accept=_RESULT_TYPES)
        except QueryError as error:
            # The prologue is one line: give positions in the user's own text.
            raise QueryError(
                re.sub(r"\bat (\d+):", lambda m: f"at {int(m[1]) - 1}:", str(error), count=1)
            ) from error
        media_type = _media_type(response)
        body = response.content
        try:
            if media_type in _RESULT_FORMATS:
                result = Result.parse(io.BytesIO(body), format=_RESULT_FORMATS[media_type])
                if result.type == "SELECT":
                    result.bindings = [
                        {var: _typed(term) for var, term in row.items()} for row in result.bindings
                    ]
                return result
            rdf_format = {_NTRIPLES: "nt", "text/turtle": "turtle"}.get(media_type)
            if rdf_format is None:
                raise StoreError(
                    f"{self.location}: unexpected answer type {media_type or 'none'!r}"
                )
            result = Result("CONSTRUCT")
            result.graph = Graph()
            for s, p, o in Graph().parse(data=body.decode("utf-8"), format=rdf_format):
                result.graph.add((s, p, _typed_literal(o) if isinstance(o, Literal) else o))
            return result
        except (ValueError, SyntaxError, KeyError) as error:
            raise StoreError(
                f"{self.location}: unreadable query results: {_one_line(error)}"
            ) from error

    def select(self, sparql: str) -> list[dict[str, Node]]:
        """Rows of a SELECT query as dicts of rdflib terms (unbound variables left out)."""
        return list(self.iter_select(sparql))

    def iter_select(self, sparql: str) -> Iterator[dict[str, Node]]:
        """Rows of a SELECT query one at a time, parsed as the server sends them.

        The SPARQL JSON results are read by Oxigraph's streaming parser straight from the
        connection, so memory stays flat however many rows a large build's queries return
        (``response.json()`` would hold the whole answer, several times over, as Python
        objects).
        """
        response = self._request(
            "POST",
            self.endpoints.query,
            data={"query": sparql},
            headers={"Accept": "application/sparql-results+json"},
            stream=True,
            sparql=True,
        )
        response.raw.decode_content = True
        with response:
            try:
                solutions = ox.parse_query_results(
                    cast("IO[bytes]", response.raw), ox.QueryResultsFormat.JSON
                )
                if not isinstance(solutions, ox.QuerySolutions):
                    raise StoreError(f"{self.location}: a boolean answer to a SELECT query")
                names = [variable.value for variable in solutions.variables]
                for row in solutions:
                    yield {name: from_ox(row[name]) for name in names if row[name] is not None}
            except SyntaxError as error:
                raise StoreError(
                    f"{self.location}: unreadable query results: {_one_line(error)}"
                ) from error
            except _BROKEN_STREAM as error:
                raise StoreError(
                    f"{self.location}: the answer was cut off ({_reason(error)})"
                ) from error

    def graph_triples(self, graph: URIRef) -> set[Triple]:
        """The triples of one named graph, fetched with a Graph Store ``GET``."""
        response = self._request(
            "GET",
            self.endpoints.gsp,
            params={"graph": str(graph)},
            headers={"Accept": _NTRIPLES},
            absent=(404,),
        )
        if response.status_code == 404:
            return set()
        return {
            (from_ox(q.subject), from_ox(q.predicate), from_ox(q.object))
            for q in self._parse(io.BytesIO(response.content), ox.RdfFormat.N_TRIPLES)
        }

    def merged_triples(self) -> Iterator[Triple]:
        """Every triple of the merged (default) graph, streamed from the server."""
        for q in self._stream_graph({"default": ""}):
            yield from_ox(q.subject), from_ox(q.predicate), from_ox(q.object)

    def named_graphs(self) -> list[URIRef]:
        """Every named graph on the server."""
        rows = self.select("SELECT DISTINCT ?g WHERE { GRAPH ?g {} }")
        return sorted(URIRef(str(row["g"])) for row in rows if isinstance(row.get("g"), URIRef))

    def triple_count(self) -> int:
        """The number of distinct triples in the merged graph."""
        rows = self.select("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")
        return int(str(rows[0]["n"]))

    def dump(self, stream: IO[bytes], *, rdf_format: ox.RdfFormat, named_only: bool) -> None:
        """Serialise the merged graph, or every named graph, with newskg's prefixes.

        Named graphs come in one Graph Store ``GET`` of the whole dataset (as N-Quads)
        where the server offers it, else one request per graph.
        """
        prefixes = {p: str(ns) for p, ns in PREFIXES.items()}
        if named_only:
            quads: Iterable[ox.Quad] = (
                q for q in self._named_quads() if not isinstance(q.graph_name, ox.DefaultGraph)
            )
        else:
            quads = self._stream_graph({"default": ""})
        ox.serialize(quads, stream, format=rdf_format, prefixes=prefixes)

    # writing ---------------------------------------------------------------------------

    def replace_graph(self, graph: URIRef, triples: Iterable[Triple]) -> bool:
        """Make a named graph hold exactly ``triples`` in one Update request; False if unchanged."""
        removed, added = triple_changes(self.graph_triples(graph), triples)
        if not removed and not added:
            return False
        self.update(replace_graph_update(graph, removed, added))
        return True

    def replace_graphs(self, graphs: Iterable[tuple[URIRef, Iterable[Triple]]]) -> int:
        """Replace many named graphs, one Update request each; how many changed."""
        return sum(self.replace_graph(graph, triples) for graph, triples in graphs)

    def replace_graph_by_subject(self, graph: URIRef, groups: Iterable[Sequence[Triple]]) -> bool:
        """Replace a large graph whole, in one Update request (the server's transaction).

        Unlike the local store this holds the whole graph in memory: a SPARQL server
        offers no cheaper way to read one subject at a time.
        """
        return self.replace_graph(graph, [triple for group in groups for triple in group])

    def drop_graph(self, graph: URIRef) -> bool:
        """Empty a named graph (and take its triples out of the merge) in one request."""
        return self.replace_graph(graph, [])

    def update(self, sparql: str) -> None:
        """Send a SPARQL update; the server applies it as one transaction."""
        if not self.writable:
            raise StoreError(f"{self.location}: the store was opened read-only")
        self._request(
            "POST",
            self.endpoints.update,
            data=sparql.encode("utf-8"),
            headers={"Content-Type": "application/sparql-update; charset=utf-8"},
            sparql=True,
        )

    def flush(self) -> None:
        """Nothing to do: the server has committed each update when it answered."""

    def optimize(self) -> None:
        """Nothing to do: the server manages its own storage."""

    def __enter__(self) -> RemoteStore:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def close(self) -> None:
        """Close the connection to the server."""
        self._session.close()

    # HTTP ------------------------------------------------------------------------------

    def _post_query(self, sparql: str, *, accept: str) -> requests.Response:
        return self._request(
            "POST",
            self.endpoints.query,
            data={"query": sparql},
            headers={"Accept": accept},
            sparql=True,
        )

    def _named_quads(self) -> Iterator[ox.Quad]:
        response = self._request(
            "GET",
            self.endpoints.gsp,
            headers={"Accept": _NQUADS},
            stream=True,
            absent=(400, 404, 405, 406, 501),
        )
        if response.ok:
            yield from self._parse_response(response, ox.RdfFormat.N_QUADS)
            return
        # This server has no whole-dataset GET: fetch the graphs one by one.
        for graph in self.named_graphs():
            for q in self._stream_graph({"graph": str(graph)}):
                yield ox.Quad(q.subject, q.predicate, q.object, ox.NamedNode(str(graph)))

    def _stream_graph(self, params: dict[str, str]) -> Iterator[ox.Quad]:
        response = self._request(
            "GET",
            self.endpoints.gsp,
            params=params,
            headers={"Accept": _NTRIPLES},
            stream=True,
            absent=(404,),
        )
        if response.ok:
            yield from self._parse_response(response, ox.RdfFormat.N_TRIPLES)

    def _parse_response(self, response: requests.Response, rdf_format: ox.RdfFormat) -> Iterator:
        response.raw.decode_content = True
        with response:
            yield from self._parse(cast("IO[bytes]", response.raw), rdf_format)

    def _parse(self, source: IO[bytes], rdf_format: ox.RdfFormat) -> Iterator[ox.Quad]:
        """Parse an answer as it arrives; a broken connection or bad data is a StoreError."""
        try:
            yield from ox.parse(source, format=rdf_format)
        except SyntaxError as error:
            raise StoreError(f"{self.location}: unreadable answer: {_one_line(error)}") from error
        except _BROKEN_STREAM as error:
            raise StoreError(
                f"{self.location}: the answer was cut off ({_reason(error)})"
            ) from error

    def _request(
        self,
        method: str,
        url: str,
        *,
        params: dict[str, str] | None = None,
        data: bytes | dict[str, str] | None = None,
        headers: dict[str, str] | None = None,
        stream: bool = False,
        sparql: bool = False,
        absent: tuple[int, ...] = (),
    ) -> requests.Response:
        """One HTTP request; every failure becomes a one-line error without credentials.

        A status in ``absent`` (404 for a graph that does not exist, say) is returned,
        closed, for the caller to handle; ``sparql`` makes a 400 a :class:`QueryError`.
        """
        where = redact_url(url)
        try:
            response = self._session.request(
                method,
                url,
                params=params,
                data=data,
                headers=headers,
                stream=stream,
                timeout=self.timeout,
            )
        except requests.Timeout as error:
            raise StoreError(
                f"{where}: no answer within {self.timeout:g} s (${TIMEOUT_ENV} sets the limit)"
            ) from error
        except requests.RequestException as error:
            raise StoreError(f"{where}: cannot reach the server ({_reason(error)})") from error
        status = response.status_code
        if status < 400:
            return response
        if status in absent:
            response.close()
            return response
        detail = _one_line(_error_text(response, stream=stream))[:300]
        response.close()
        if sparql and status == 400:
            raise QueryError(f"{where}: the server rejected the request: {detail}")
        hint = ""
        if status in (401, 403):
            hint = f" (credentials are read from ${USER_ENV}/${PASSWORD_ENV} or ${TOKEN_ENV})"
        reason = f"HTTP {status} {response.reason or ''}".rstrip()
        raise StoreError(f"{where}: {reason}{': ' + detail if detail else ''}{hint}")


def _error_text(response: requests.Response, *, stream: bool) -> str:
    """The start of an error answer: all of it when read already, else its first 4 kB.

    An error page is short, but a server may stream anything after an error status.
    """
    if not stream:
        return response.text
    try:
        return response.raw.read(4096, decode_content=True).decode("utf-8", "replace")
    except (OSError, requests.RequestException):
        return ""


def _refuse_credentials(url: str) -> None:
    parts = urlsplit(url)
    if parts.username is not None or parts.password is not None:
        raise StoreError(
            f"{redact_url(url)}: put credentials in ${USER_ENV} and ${PASSWORD_ENV} "
            f"(or ${TOKEN_ENV}), not in the URL"
        )


def _timeout(environ: Mapping[str, str]) -> float:
    value = environ.get(TIMEOUT_ENV, "").strip()
    if not value:
        return DEFAULT_TIMEOUT
    try:
        seconds = float(value)
    except ValueError:
        seconds = 0.0
    if seconds <= 0:
        raise StoreError(f"${TIMEOUT_ENV} must be a number of seconds above 0, not {value!r}")
    return seconds


def _typed(term: Identifier) -> Identifier:
    """A simple literal as ``xsd:string``, other terms as they are."""
    return _typed_literal(term) if isinstance(term, Literal) else term


def _typed_literal(term: Literal) -> Literal:
    """A simple literal as ``xsd:string``, the form the local store's results use.

    RDF 1.1 makes the two the same literal, but rdflib prints them differently; this
    keeps ``kg query`` output identical whichever store answered.
    """
    if term.language is None and term.datatype is None:
        return Literal(str(term), datatype=XSD.string)
    return term


def _media_type(response: requests.Response) -> str:
    return response.headers.get("Content-Type", "").split(";")[0].strip().lower()


def _reason(error: BaseException) -> str:
    """A short cause for a network failure, free of the URLs requests puts in messages."""
    text = str(error).lower()
    for needle, reason in (
        ("refused", "connection refused"),
        ("name or service not known", "unknown host"),
        ("nodename nor servname", "unknown host"),
        ("temporary failure in name resolution", "unknown host"),
        ("certificate", "TLS certificate not accepted"),
        ("ssl", "TLS error"),
        ("reset", "connection reset"),
        ("timed out", "timed out"),
    ):
        if needle in text:
            return reason
    return type(error).__name__


def _one_line(value: object) -> str:
    return " ".join(str(value).split())
