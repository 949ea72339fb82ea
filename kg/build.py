"""``kg build``: read article files into the store, idempotently and crash-safely.

A build runs in two phases. First every new or changed file is read and extracted
into an :class:`ArticleRecord` by an engine (this process, local workers or a Dask
cluster: :mod:`kg.engines`); files whose bytes, manifest row and extractor version are
already in the store are skipped. Records wait in a temporary spill file, and only a
small :class:`ArticleSummary` of each article stays in memory.

Then the entities of the whole corpus are resolved. An article graph is written when
the article is new or changed, or when the names it uses now resolve to other nodes
(its resolution key changed); every other stored graph is left alone. Each write is
one transaction, so a build killed at any moment leaves every article whole or
absent. Last come the shared entities and events graphs.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import os
import pickle
import sys
import tempfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, TYPE_CHECKING, TypeVar

from rdflib import URIRef

from kg.discover import discover_files
from kg.engines import Engine, ExtractionSettings, ExtractionTask, LocalEngine
from kg.errors import RejectedInput
from kg.extract import DEFAULT_MAX_ENTITIES, EXTRACTOR_VERSION
from kg.map import article_node, map_article_graph, map_entities
from kg.map.article import MAPPER_VERSION
from kg.map.events import map_events
from kg.namespaces import KG, graph_iri
from kg.read import PARSER_VERSION, read_file_bytes
from kg.read.decode import DEFAULT_MAX_BYTES
from kg.read.manifest import ManifestEntry, read_manifest
from kg.records import ArticleRecord, EventMention, record_from_json
from kg.resolve import EntityTable, resolve_entities
from kg.resolve.entities import EntityRef
from kg.resolve.events import merge_events, resolve_reports
from kg.resolve.refs import mention_ref, record_refs
from kg.resolve.stories import group_stories
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


@dataclass(frozen=True)
class ArticleSummary:
    """What the corpus-wide steps need of one article, without its text.

    A build keeps one of these per article in memory, not the whole record, so a large
    corpus fits; the record itself is read back (from the store or the spill file) only
    when the article's graph must be written.
    """

    graph: URIRef
    node: URIRef
    path: str
    build_key: str
    published: str | None
    outlet: str | None
    refs: tuple[EntityRef, ...]
    actors: frozenset[EntityRef]
    events: tuple[EventMention, ...]
    resolution_key: str | None = None


def summarise(
    record: ArticleRecord, *, resolution_key: str | None = None, intern: dict | None = None
) -> ArticleSummary:
    """The :class:`ArticleSummary` of a record; ``intern`` shares equal refs between articles.

    Event roles keep their names but not their sentences (the event keeps its evidence),
    so that a summary costs a few kilobytes whatever the article's length.
    """
    shared: dict = intern if intern is not None else {}
    refs = tuple(shared.setdefault(ref, ref) for ref in record_refs(record))
    node = article_node(record.article)
    return ArticleSummary(
        graph=graph_iri(node),
        node=node,
        path=record.article.source.path,
        build_key=record.build_key,
        published=record.article.published,
        outlet=record.article.provider.name if record.article.provider else None,
        refs=refs,
        actors=frozenset(
            shared.setdefault(ref, ref)
            for ref in (mention_ref(m) for m in record.mentions)
            if ref.kind in ("organization", "person")
        ),
        events=tuple(_slim_event(event) for event in record.events),
        resolution_key=resolution_key,
    )


def _slim_event(event: EventMention) -> EventMention:
    """An event mention with shared strings and its roles without their sentences."""
    roles = {
        role: dataclasses.replace(
            mention, kind=sys.intern(mention.kind), text=sys.intern(mention.text), sentence=""
        )
        for role in ("agent", "object", "place")
        if (mention := getattr(event, role)) is not None
    }
    return dataclasses.replace(
        event,
        type=sys.intern(event.type),
        trigger=sys.intern(event.trigger),
        date_text=sys.intern(event.date_text) if event.date_text else None,
        **roles,
    )


def resolution_key(refs: Iterable[EntityRef], table: EntityTable) -> str:
    """A key of how an article's names resolved: equal keys mean equal graph links."""
    digest = hashlib.sha256(MAPPER_VERSION.encode("utf-8"))
    for line in sorted({f"{ref!r}\t{table.iri(ref)}" for ref in refs}):
        digest.update(b"\x00" + line.encode("utf-8"))
    return digest.hexdigest()


class _SpilledRecords:
    """Records read in this build, parked in a temporary file until they are mapped."""

    def __init__(self, stream: IO[bytes]) -> None:
        self._stream = stream
        self._where: dict[URIRef, tuple[int, int]] = {}

    def __contains__(self, graph: object) -> bool:
        return graph in self._where

    def add(self, graph: URIRef, record: ArticleRecord) -> None:
        data = pickle.dumps(record, protocol=pickle.HIGHEST_PROTOCOL)
        self._stream.seek(0, os.SEEK_END)
        self._where[graph] = (self._stream.tell(), len(data))
        self._stream.write(data)

    def get(self, graph: URIRef) -> ArticleRecord:
        offset, length = self._where[graph]
        self._stream.seek(offset)
        # The file is this process's own, unnamed temporary file: nothing else writes it.
        return pickle.loads(self._stream.read(length))


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
    (default: in this process). ``prune`` drops the graphs of files under ``paths``
    that no longer exist.
    """
    paths = list(paths)
    entries = read_manifest(manifest) if manifest else {}
    exclude = frozenset({manifest.resolve()}) if manifest else frozenset()
    found = discover_files(paths, exclude=exclude)
    report = BuildReport(files=len(found.files), passed_over=len(found.passed_over))
    report.rejected.extend(found.rejected)

    intern: dict[EntityRef, EntityRef] = {}
    summaries = {s.graph: s for s in _stored_summaries(store, intern)}
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
    with tempfile.TemporaryFile() as stream:
        fresh = _SpilledRecords(stream)
        stale: set[URIRef] = set()
        tasks = _tasks(found.files, entries, known_keys, max_bytes, max_entities, report)
        outcomes = engine.run(
            _with_progress(tasks, enabled=progress, total=len(found.files)), settings
        )
        for outcome in outcomes:
            if isinstance(outcome, RejectedInput):
                report.rejected.append(outcome)
                continue
            summary = summarise(outcome, intern=intern)
            if summary.graph in fresh:
                first = summaries[summary.graph].path
                report.warnings.append(f"{summary.path}: same article as {first}; kept {first}")
                continue
            report.read += 1
            fresh.add(summary.graph, outcome)
            summaries[summary.graph] = summary
            previous = graph_of_path.get(summary.path)
            if previous is not None and previous != summary.graph:
                stale.add(previous)
            report.warnings.extend(
                f"{summary.path}: {note}" for note in outcome.article.source.notes
            )
        if prune:
            stale |= _deleted_files_graphs(summaries.values(), paths)
        stale -= {g for g in stale if g in fresh}
        for graph in stale:
            summaries.pop(graph, None)

        table = resolve_entities(ref for s in summaries.values() for ref in s.refs)
        report.graphs_written = _write_article_graphs(
            store, summaries, fresh, table, progress=progress
        )
    for graph in sorted(stale):
        report.graphs_removed += store.drop_graph(graph)
    entities_graph, triples = map_entities(table)
    report.graphs_written += store.replace_graph(entities_graph, triples)
    events_graph, triples = map_events_and_stories(list(summaries.values()), table)
    report.graphs_written += store.replace_graph(events_graph, triples)
    store.flush()
    report.articles = len(summaries)
    return report


def map_events_and_stories(
    summaries: list[ArticleSummary], table: EntityTable
) -> tuple[URIRef, list]:
    """Merge every article's event reports into events, group stories, and map both."""
    reports = resolve_reports(((s.node, e) for s in summaries for e in s.events), table)
    events = merge_events(reports)
    outlets = {iri for iri, entity in table.entities.items() if entity.domain}
    article_entities = {s.node: {table.iri(ref) for ref in s.actors} - outlets for s in summaries}
    names = {iri: entity.name for iri, entity in table.entities.items()}
    stories = group_stories(
        article_entities=article_entities,
        article_dates={s.node: s.published for s in summaries},
        events=events,
        entity_names=names,
    )
    return map_events(events, stories, names=names)


def _stored_summaries(store: Store, intern: dict[EntityRef, EntityRef]) -> Iterator[ArticleSummary]:
    """The summary of every article already in the store, streamed one record at a time."""
    for row in store.iter_select(_STORED_ARTICLES):
        record = record_from_json(json.loads(str(row["record"])))
        stored_key = str(row["resolution"]) if "resolution" in row else None
        yield dataclasses.replace(
            summarise(record, intern=intern), graph=URIRef(str(row["g"])), resolution_key=stored_key
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
    fresh: _SpilledRecords,
    table: EntityTable,
    *,
    progress: bool,
) -> int:
    """Write the graphs of new articles and of stored ones whose names resolved anew."""

    def graphs() -> Iterator[tuple[URIRef, list]]:
        for graph in _with_progress(sorted(summaries), enabled=progress, total=len(summaries)):
            summary = summaries[graph]
            key = resolution_key(summary.refs, table)
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
