"""``kg query``: run SPARQL over the store and format the results.

SELECT results are written as a text table, CSV, TSV or the W3C SPARQL 1.1 Query
Results JSON format; ASK as ``true``/``false`` (or its JSON form); CONSTRUCT and
DESCRIBE as Turtle.
"""

from __future__ import annotations

import io
import json
from collections.abc import Callable
from pathlib import Path
from typing import IO

from rdflib import BNode, Literal, URIRef
from rdflib.query import Result
from rdflib.term import Node

from kg.namespaces import PREFIXES
from kg.store import Store

RESULT_FORMATS = ("table", "csv", "tsv", "json")


def load_query(query_or_file: str) -> str:
    """The query text: the file's content when the argument names a file, else itself.

    An inline query longer than a file name may be is a query, not an error:

    >>> load_query("SELECT * WHERE { ?s ?p ?o } " + "#" * 300).startswith("SELECT")
    True
    """
    if len(query_or_file) >= 4096 or "\n" in query_or_file:
        return query_or_file
    try:
        is_file = Path(query_or_file).is_file()
    except OSError:  # "File name too long": an inline query on one long line
        is_file = False
    return Path(query_or_file).read_text(encoding="utf-8") if is_file else query_or_file


def run_query(store: Store, sparql: str) -> Result:
    """Run a query with newskg's prefixes predeclared (schema:, kg:, prov:, xsd:, ...)."""
    return store.query(sparql)


def write_result(result: Result, stream: IO[str], *, result_format: str) -> None:
    """Write a result in one of ``RESULT_FORMATS``."""
    if result.type in ("CONSTRUCT", "DESCRIBE"):
        graph = result.graph
        assert graph is not None  # a CONSTRUCT or DESCRIBE result always has one
        for prefix, namespace in PREFIXES.items():
            graph.bind(prefix, namespace)
        stream.write(graph.serialize(format="turtle"))
        return
    if result.type == "ASK":
        if result_format == "json":
            stream.write(json.dumps({"head": {}, "boolean": bool(result.askAnswer)}) + "\n")
        else:
            stream.write(("true" if result.askAnswer else "false") + "\n")
        return
    WRITERS[result_format](result, stream)


def _write_json(result: Result, stream: IO[str]) -> None:
    buffer = io.BytesIO()
    result.serialize(buffer, format="json")
    stream.write(json.dumps(json.loads(buffer.getvalue()), ensure_ascii=False, indent=1) + "\n")


def _write_csv(result: Result, stream: IO[str]) -> None:
    buffer = io.BytesIO()
    result.serialize(buffer, format="csv")
    stream.write(buffer.getvalue().decode("utf-8"))


def _write_tsv(result: Result, stream: IO[str]) -> None:
    """SPARQL 1.1 TSV: a ``?var`` header and every term in N-Triples syntax."""
    variables = list(result.vars or [])
    stream.write("\t".join(f"?{v}" for v in variables) + "\n")
    for row in result:
        cells = [_tsv_term(row[v]) if row[v] is not None else "" for v in variables]  # type: ignore[index,call-overload]
        stream.write("\t".join(cells) + "\n")


def _tsv_term(term: Node) -> str:
    if isinstance(term, (URIRef, Literal, BNode)):
        return term.n3().replace("\t", "\\t")
    return str(term)


def _write_table(result: Result, stream: IO[str]) -> None:
    """An aligned text table with prefixed names, for reading in a terminal."""
    variables = [str(v) for v in (result.vars or [])]
    rows = [
        [short_name(row[v]) if row[v] is not None else "" for v in (result.vars or [])]  # type: ignore[index,call-overload]
        for row in result
    ]
    widths = [
        min(60, max([len(name)] + [len(r[i]) for r in rows])) for i, name in enumerate(variables)
    ]

    def line(cells: list[str]) -> str:
        return "  ".join(_clip(c, w).ljust(w) for c, w in zip(cells, widths, strict=True)).rstrip()

    stream.write(line(variables) + "\n")
    stream.write(line(["-" * w for w in widths]) + "\n")
    for cells in rows:
        stream.write(line(cells) + "\n")
    stream.write(f"({len(rows)} row{'s' if len(rows) != 1 else ''})\n")


def short_name(term: Node) -> str:
    """A term as a reader wants it: a prefixed name for IRIs, text on one line otherwise."""
    if isinstance(term, URIRef):
        for prefix, namespace in PREFIXES.items():
            if term.startswith(str(namespace)):
                return f"{prefix}:{term[len(str(namespace)) :]}"
        return f"<{term}>"
    return " ".join(str(term).split())


def _clip(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


WRITERS: dict[str, Callable[[Result, IO[str]], None]] = {
    "table": _write_table,
    "csv": _write_csv,
    "tsv": _write_tsv,
    "json": _write_json,
}
