"""``kg build``: read article files into the store, idempotently and crash-safely.

A build runs in two phases. First every new or changed file is read and extracted
into an :class:`ArticleRecord` by an engine (this process, local workers or a Dask
cluster: :mod:`kg.engines`); files whose bytes, manifest row and extractor version are
already in the store are skipped. Records wait in a temporary spill file, and only a
small :class:`ArticleSummary` of each article stays in memory.

Then the entities of the whole corpus are resolved. An article graph is written when
the article is new or changed, or when the names it uses now resolve to other nodes
(its resolution key changed); every other stored graph is left alone. New graphs are
written in batches of a few dozen articles, each batch one atomic step, so a build
killed at any moment leaves every article whole or absent. Last come the shared
entities and events graphs (:mod:`kg.corpus_graphs`), streamed and written in bounded
batches that change only the entities, events and stories that changed.

Memory stays bounded as the corpus grows: records and event reports wait in temporary
files (:mod:`kg.spill`), and a summary of a few hundred bytes per article is all a
build keeps of it.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import tempfile
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from rdflib import URIRef

from kg.corpus_graphs import ArticleEvents, entity_groups, event_groups
from kg.discover import discover_files
from kg.engines import Engine, ExtractionSettings, ExtractionTask, LocalEngine
from kg.errors import RejectedInput
from kg.extract import DEFAULT_MAX_ENTITIES, EXTRACTOR_VERSION
from kg.map import article_node, map_article_graph
from kg.map.article import MAPPER_VERSION
from kg.namespaces import ENTITIES_GRAPH, EVENTS_GRAPH, KG, graph_article, graph_iri
from kg.read import PARSER_VERSION, read_file_bytes
from kg.read.decode import DEFAULT_MAX_BYTES
from kg.read.manifest import ManifestEntry, read_manifest
from kg.records import ArticleRecord, EventMention, record_from_json
from kg.resolve import EntityTable, resolve_entities
from kg.resolve.entities import EntityRef
from kg.resolve.refs import mention_ref, record_refs
from kg.spill import EventSpill, RecordSpill
from kg.store import Store
from kg.store.terms import sparql_term

T = TypeVar("T")

if TYPE_CHECKING:
    from spacy.language import Language


@dataclass
class BuildReport:
    """What a build did, for the summary line and the exit status."""

    files: int = 0
    read: int = 0
    unchanged: int = 0
    rejected: list[RejectedInput] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    passed_over: int = 0
    graphs_written: int = 0
    graphs_removed: int = 0
    articles: int = 0
    timings: dict[str, float] = field(default_factory=dict)

    def summary(self) -> str:
        """One line a user reads after a build."""
        parts = [
            f"{self.files} files",
            f"{self.read} read",
            f"{self.unchanged} unchanged",
            f"{len(self.rejected)} rejected",
            f"{self.graphs_written} graphs written",
            f"{self.graphs_removed} removed",
            f"{self.articles} articles in the store",
        ]
        if self.passed_over:
            parts.append(f"{self.passed_over} non-article files passed over")
        return "built: " + ", ".join(parts)


_STORED_ARTICLES = f"""
SELECT ?g ?path ?key ?resolution ?record WHERE {{
  GRAPH ?g {{
    ?g <{KG.describesArticle}> ?article ;
       <http://www.w3.org/ns/prov#wasDerivedFrom> ?source ;
       <http://www.w3.org/ns/prov#wasGeneratedBy> ?activity .
    ?source <{KG.sourcePath}> ?path ; <{KG.extractionRecord}> ?record .
    ?activity <{KG.buildKey}> ?key .
    OPTIONAL {{ ?activity <{KG.resolutionKey}> ?resolution }}
  }}
}}
"""

_STORED_RECORD = f"""
SELECT ?record WHERE {{
  GRAPH %s {{ ?source <{KG.extractionRecord}> ?record }}
}}
"""


@dataclass(frozen=True, slots=True)
class ArticleSummary:
    """What the corpus-wide steps need of one article, without its text or its events.

    A build keeps one of these per article in memory (a few hundred bytes: its refs
    are shared with every other article that makes them), not the whole record; the
    record is read back (from the store or the spill file) only when the article's
    graph must be written, and its event mentions wait in the event spill file.
    """

    graph: URIRef
    path: str
    build_key: str
    published: str | None
    outlet: str | None
    refs: tuple[EntityRef, ...]  # each once
    actors: tuple[EntityRef, ...]
    events_from: int
    events_count: int
    resolution_key: str | None = None

    @property
    def node(self) -> URIRef:
        """The article's IRI (made from the graph's when asked: one IRI less to keep)."""
        return graph_article(self.graph)


def summarise(
    record: ArticleRecord,
    events: EventSpill,
    *,
    resolution_key: str | None = None,
    intern: dict | None = None,
) -> ArticleSummary:
    """The :class:`ArticleSummary` of a record; its event mentions go to ``events``.

    ``intern`` shares equal refs (and strings) between articles. Event roles keep their
    names but not their sentences (the event keeps its evidence).
    """
    shared: dict = intern if intern is not None else {}
    # dicts keep each ref once, in first-seen order (a set's order would vary)
    refs = {shared.setdefault(ref, ref): None for ref in record_refs(record)}
    actors = {
        shared.setdefault(ref, ref): None
        for ref in (mention_ref(m) for m in record.mentions)
        if ref.kind in ("organization", "person")
    }
    return ArticleSummary(
        graph=graph_iri(article_node(record.article)),
        path=record.article.source.path,
        build_key=record.build_key,
        published=_shared(shared, record.article.published),
        outlet=_shared(shared, record.article.provider.name if record.article.provider else None),
        refs=tuple(refs),
        actors=tuple(actors),
        events_from=events.add(tuple(_slim_event(event) for event in record.events)),
        events_count=len(record.events),
        resolution_key=resolution_key,
    )


def _shared(intern: dict, value: str | None) -> str | None:
    return None if value is None else intern.setdefault(value, value)


def _slim_event(event: EventMention) -> EventMention:
    """An event mention with its roles without their sentences."""
    roles = {
        role: dataclasses.replace(mention, sentence="")
        for role in ("agent", "object", "place")
        if (mention := getattr(event, role)) is not None
    }
    return dataclasses.replace(event, **roles)


def resolution_key(
    refs: Iterable[EntityRef], table: EntityTable, lines: dict[EntityRef, bytes] | None = None
) -> str:
    """A key of how an article's names resolved: equal keys mean equal graph links.

    ``lines`` caches each ref's line across the articles of a build (refs recur).
    """
    cache: dict[EntityRef, bytes] = {} if lines is None else lines
    digest = hashlib.sha256(MAPPER_VERSION.encode("utf-8"))
    for line in sorted({_key_line(ref, table, cache) for ref in refs}):
        digest.update(line)
    return digest.hexdigest()


def _key_line(ref: EntityRef, table: EntityTable, cache: dict[EntityRef, bytes]) -> bytes:
    line = cache.get(ref)
    if line is None:
        line = cache[ref] = b"\x00" + f"{ref!r}\t{table.iri(ref)}".encode()
    return line


def build(
    paths: Iterable[Path],
    *,
    store: Store,
    manifest: Path | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    progress: bool = False,
    nlp: Language | None = None,
    max_entities: int = DEFAULT_MAX_ENTITIES,
    engine: Engine | None = None,
    prune: bool = False,
) -> BuildReport:
    """Read every article under ``paths`` into ``store``; see the module docstring.

    ``nlp`` is a trained spaCy pipeline whose entities the extraction rules refine;
    without it the rules work alone. ``max_entities`` bounds the entities kept per
    article (a note names each file that went over). ``engine`` runs the extraction
    (default: in this process) and is closed when extraction ends, so that its workers
    free their memory before the graphs are written (closing it again is harmless).
    ``prune`` drops the graphs of files under ``paths`` that no longer exist.
    """
    paths = list(paths)
    clock = _Clock()
    entries = read_manifest(manifest) if manifest else {}
    exclude = frozenset({manifest.resolve()}) if manifest else frozenset()
    found = discover_files(paths, exclude=exclude)
    report = BuildReport(files=len(found.files), passed_over=len(found.passed_over))
    report.rejected.extend(found.rejected)
    clock.lap("finding files")

    report.timings = clock.timings
    intern: dict = {}
    with tempfile.TemporaryFile() as record_file, tempfile.TemporaryFile() as event_file:
        fresh, events = RecordSpill(record_file), EventSpill(event_file)
        summaries = {s.graph: s for s in _stored_summaries(store, events, intern)}
        clock.lap("stored summaries")
        known_keys = {s.build_key for s in summaries.values()}
        graph_of_path = {s.path: s.graph for s in summaries.values()}
        outlets = frozenset(
            name
            for name in (
                *(s.outlet for s in summaries.values()),
                *(e.provider_name for e in entries.values()),
            )
            if name
        )
        settings = ExtractionSettings(outlets=outlets, nlp=nlp, max_entities=max_entities)
        engine = engine or LocalEngine()
        stale: set[URIRef] = set()
        tasks = _tasks(found.files, entries, known_keys, max_bytes, max_entities, report)
        outcomes = engine.run(
            _with_progress(tasks, enabled=progress, total=len(found.files)), settings
        )
        for outcome in outcomes:
            if isinstance(outcome, RejectedInput):
                report.rejected.append(outcome)
                continue
            graph = graph_iri(article_node(outcome.article))
            if graph in fresh:
                first = summaries[graph].path
                path = outcome.article.source.path
                report.warnings.append(f"{path}: same article as {first}; kept {first}")
                continue
            summary = summarise(outcome, events, intern=intern)
            report.read += 1
            fresh.add(summary.graph, outcome)
            summaries[summary.graph] = summary
            previous = graph_of_path.get(summary.path)
            if previous is not None and previous != summary.graph:
                stale.add(previous)
            report.warnings.extend(
                f"{summary.path}: {note}" for note in outcome.article.source.notes
            )
        del found, tasks, outcomes  # the list of files: 30 MB at 100,000 files
        # what only extraction needed: the summaries keep the refs the intern table shared
        del intern, known_keys, graph_of_path, entries
        engine.close()  # idle workers would hold ~290 MB each through the steps below
        clock.lap("reading and extraction")
        if prune:
            stale |= _deleted_files_graphs(summaries.values(), paths)
        stale -= {g for g in stale if g in fresh}
        for graph in stale:
            summaries.pop(graph, None)

        table = resolve_entities(ref for s in summaries.values() for ref in s.refs)
        clock.lap("entity resolution")
        report.graphs_written = _write_article_graphs(
            store, summaries, fresh, table, progress=progress
        )
        del fresh  # its index of the spill file: the records are all written
        clock.lap("article graphs")
        for graph in sorted(stale):
            report.graphs_removed += store.drop_graph(graph)
        report.graphs_written += store.replace_graph_by_subject(
            ENTITIES_GRAPH, entity_groups(table)
        )
        clock.lap("entities graph")
        articles = [
            ArticleEvents(s.node, s.published, s.actors, s.events_from, s.events_count)
            for s in summaries.values()
        ]
        report.articles = len(summaries)
        summaries.clear()  # the events phase reads ``articles`` only: free paths, keys, refs
        report.graphs_written += store.replace_graph_by_subject(
            EVENTS_GRAPH, event_groups(articles, table, events)
        )
        clock.lap("events graph and stories")
    store.flush()
    clock.lap("flush")
    if report.graphs_written or report.graphs_removed:
        store.optimize()
        clock.lap("compaction")
    return report


class _Clock:
    """Seconds each step of a build took, for the benchmarks (``BuildReport.timings``)."""

    def __init__(self) -> None:
        self.timings: dict[str, float] = {}
        self._last = time.perf_counter()

    def lap(self, step: str) -> None:
        now = time.perf_counter()
        self.timings[step] = self.timings.get(step, 0.0) + now - self._last
        self._last = now


def _stored_summaries(store: Store, events: EventSpill, intern: dict) -> Iterator[ArticleSummary]:
    """The summary of every article already in the store, streamed one record at a time."""
    for row in store.iter_select(_STORED_ARTICLES):
        record = record_from_json(json.loads(str(row["record"])))
        stored_key = str(row["resolution"]) if "resolution" in row else None
        yield dataclasses.replace(
            summarise(record, events, intern=intern),
            graph=URIRef(str(row["g"])),
            resolution_key=stored_key,
        )


def _tasks(
    files: list[Path],
    entries: dict[Path, ManifestEntry],
    known_keys: set[str],
    max_bytes: int,
    max_entities: int,
    report: BuildReport,
) -> Iterator[ExtractionTask]:
    """Read each file's bytes; skip the ones the store has, note the unreadable ones."""
    for path in files:
        entry = entries.get(path.resolve())
        try:
            data = read_file_bytes(path, max_bytes=max_bytes)
        except RejectedInput as rejection:
            report.rejected.append(rejection)
            continue
        key = build_key(data, entry, max_entities=max_entities)
        if key in known_keys:
            report.unchanged += 1
            continue
        yield ExtractionTask(data, str(path), str(path.resolve()), entry, key)


def _deleted_files_graphs(summaries: Iterable[ArticleSummary], paths: list[Path]) -> set[URIRef]:
    """Graphs whose source file lay under one of ``paths`` and is gone."""
    roots = [path.resolve() for path in paths]
    gone = set()
    for summary in summaries:
        source = Path(summary.path)
        if any(source == root or root in source.parents for root in roots) and not source.exists():
            gone.add(summary.graph)
    return gone


def build_key(
    data: bytes, entry: ManifestEntry | None, *, max_entities: int = DEFAULT_MAX_ENTITIES
) -> str:
    """What identifies a build input: the bytes, the manifest row, the versions, the limit.

    A file built again with another ``--max-entities`` is read again, since the limit
    changes what is extracted from it.
    """
    digest = hashlib.sha256(data)
    digest.update(b"\x00" + (entry.as_key() if entry else "").encode("utf-8"))
    digest.update(b"\x00" + PARSER_VERSION.encode("utf-8"))
    digest.update(b"\x00" + EXTRACTOR_VERSION.encode("utf-8"))
    digest.update(b"\x00" + str(max_entities).encode("utf-8"))
    return digest.hexdigest()


def _write_article_graphs(
    store: Store,
    summaries: dict[URIRef, ArticleSummary],
    fresh: RecordSpill,
    table: EntityTable,
    *,
    progress: bool,
) -> int:
    """Write the graphs of new articles and of stored ones whose names resolved anew."""
    lines: dict[EntityRef, bytes] = {}

    def graphs() -> Iterator[tuple[URIRef, list]]:
        for graph in _with_progress(sorted(summaries), enabled=progress, total=len(summaries)):
            summary = summaries[graph]
            key = resolution_key(summary.refs, table, lines)
            if graph not in fresh and key == summary.resolution_key:
                continue
            record = fresh.get(graph) if graph in fresh else _stored_record(store, graph)
            yield map_article_graph(record, table=table, resolution_key=key)

    return store.replace_graphs(graphs())


def _stored_record(store: Store, graph: URIRef) -> ArticleRecord:
    (row,) = store.select(_STORED_RECORD % sparql_term(graph))
    return record_from_json(json.loads(str(row["record"])))


def _with_progress(items: Iterable[T], *, enabled: bool, total: int) -> Iterator[T]:
    """Iterate with a tqdm bar on stderr when asked and worth it (long builds)."""
    if not enabled or total < 20:
        yield from items
        return
    from tqdm import tqdm

    yield from tqdm(items, total=total, unit="file", leave=False)
