"""``kg build``: read article files into the store, idempotently and crash-safely.

A build runs in two phases. First every new or changed file is read into an
:class:`ArticleRecord` (files whose bytes, manifest row and parser version are already
in the store are skipped). Then the entities of the whole corpus are resolved and each
article's named graph is rewritten where its triples changed, one transaction per
graph, and last the shared entities graph. Records are cached in their graphs, so the
second phase needs no file but the new ones.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from rdflib import URIRef

from kg.discover import discover_files
from kg.errors import RejectedInput
from kg.extract import DEFAULT_MAX_ENTITIES, EXTRACTOR_VERSION, extract_entities
from kg.extract.events import extract_events
from kg.map import article_node, map_article_graph, map_entities
from kg.map.events import map_events
from kg.namespaces import KG, graph_iri
from kg.read import PARSER_VERSION, parse_article, read_file_bytes
from kg.read.decode import DEFAULT_MAX_BYTES
from kg.read.manifest import ManifestEntry, read_manifest
from kg.records import ArticleRecord, record_from_json
from kg.resolve import EntityTable, resolve_entities
from kg.resolve.events import merge_events, resolve_reports
from kg.resolve.refs import mention_ref, record_refs
from kg.resolve.stories import group_stories
from kg.store import LocalStore

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


_STORED_RECORDS = f"""
SELECT ?g ?path ?key ?record WHERE {{
  GRAPH ?g {{
    ?g <{KG.describesArticle}> ?article ;
       <http://www.w3.org/ns/prov#wasDerivedFrom> ?source ;
       <http://www.w3.org/ns/prov#wasGeneratedBy> ?activity .
    ?source <{KG.sourcePath}> ?path ; <{KG.extractionRecord}> ?record .
    ?activity <{KG.buildKey}> ?key .
  }}
}}
"""


def build(
    paths: Iterable[Path],
    *,
    store: LocalStore,
    manifest: Path | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    progress: bool = False,
    nlp: Language | None = None,
    max_entities: int = DEFAULT_MAX_ENTITIES,
) -> BuildReport:
    """Read every article under ``paths`` into ``store``; see the module docstring.

    ``nlp`` is a trained spaCy pipeline whose entities the extraction rules refine;
    without it the rules work alone. ``max_entities`` bounds the entities kept per
    article (a note names each file that went over).
    """
    entries = read_manifest(manifest) if manifest else {}
    exclude = frozenset({manifest.resolve()}) if manifest else frozenset()
    found = discover_files(list(paths), exclude=exclude)
    report = BuildReport(files=len(found.files), passed_over=len(found.passed_over))
    report.rejected.extend(found.rejected)

    stored = {row["g"]: row for row in store.select(_STORED_RECORDS)}
    known_keys = {str(row["key"]) for row in stored.values()}
    graph_of_path = {str(row["path"]): graph for graph, row in stored.items()}
    records: dict[URIRef, ArticleRecord] = {
        URIRef(str(graph)): record_from_json(json.loads(str(row["record"])))
        for graph, row in stored.items()
    }

    outlets = frozenset(
        name
        for name in (
            *(r.article.provider.name for r in records.values() if r.article.provider),
            *(e.provider_name for e in entries.values()),
        )
        if name
    )
    fresh: dict[URIRef, ArticleRecord] = {}
    stale: set[URIRef] = set()
    for path in _with_progress(found.files, enabled=progress, label="reading"):
        outcome = _read_one(
            path,
            entries.get(path.resolve()),
            known_keys,
            max_bytes,
            outlets=outlets,
            nlp=nlp,
            max_entities=max_entities,
        )
        if isinstance(outcome, RejectedInput):
            report.rejected.append(outcome)
            continue
        if outcome is None:
            report.unchanged += 1
            continue
        graph = graph_iri(article_node(outcome.article))
        if graph in fresh:
            first = fresh[graph].article.source.path
            report.warnings.append(f"{path}: same article as {first}; kept {first}")
            continue
        report.read += 1
        fresh[graph] = outcome
        previous = graph_of_path.get(outcome.article.source.path)
        if previous is not None and URIRef(str(previous)) != graph:
            stale.add(URIRef(str(previous)))
        report.warnings.extend(f"{path}: {note}" for note in outcome.article.source.notes)

    stale -= fresh.keys()
    for graph in stale:
        records.pop(graph, None)
    records.update(fresh)

    table = resolve_entities(ref for r in records.values() for ref in record_refs(r))
    report.graphs_written = _write_graphs(store, records, table, progress=progress)
    for graph in sorted(stale):
        report.graphs_removed += store.drop_graph(graph)
    entities_graph, triples = map_entities(table)
    report.graphs_written += store.replace_graph(entities_graph, triples)
    events_graph, triples = map_events_and_stories(records, table)
    report.graphs_written += store.replace_graph(events_graph, triples)
    store.flush()
    report.articles = len(records)
    return report


def map_events_and_stories(
    records: dict[URIRef, ArticleRecord], table: EntityTable
) -> tuple[URIRef, list]:
    """Merge every article's event reports into events, group stories, and map both."""
    reports = resolve_reports(
        ((article_node(r.article), e) for r in records.values() for e in r.events), table
    )
    events = merge_events(reports)
    outlets = {iri for iri, entity in table.entities.items() if entity.domain}
    article_entities = {
        article_node(r.article): {
            table.iri(mention_ref(m)) for m in r.mentions if m.kind in ("organization", "person")
        }
        - outlets
        for r in records.values()
    }
    names = {iri: entity.name for iri, entity in table.entities.items()}
    stories = group_stories(
        article_entities=article_entities,
        article_dates={article_node(r.article): r.article.published for r in records.values()},
        events=events,
        entity_names=names,
    )
    return map_events(events, stories, names=names)


def _read_one(
    path: Path,
    entry: ManifestEntry | None,
    known_keys: set[str],
    max_bytes: int,
    *,
    outlets: frozenset[str],
    nlp: Language | None,
    max_entities: int = DEFAULT_MAX_ENTITIES,
) -> ArticleRecord | RejectedInput | None:
    """A new record, a rejection, or ``None`` when the store already has this input."""
    try:
        data = read_file_bytes(path, max_bytes=max_bytes)
        key = build_key(data, entry)
        if key in known_keys:
            return None
        article = parse_article(data, path=str(path), manifest_entry=entry)
    except RejectedInput as rejection:
        return rejection
    now = dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat()
    own_outlets = {p.name for p in (article.provider, *(r.provider for r in article.related)) if p}
    found = extract_entities(
        article,
        known_organisations=outlets | {n for n in own_outlets if n},
        nlp=nlp,
        max_entities=max_entities,
    )
    mentions = found.mentions
    notes = article.source.notes + found.notes
    source = dataclasses.replace(article.source, path=str(path.resolve()), notes=notes)
    events = extract_events(article, mentions)
    return ArticleRecord(dataclasses.replace(article, source=source), key, now, mentions, events)


def build_key(data: bytes, entry: ManifestEntry | None) -> str:
    """What identifies a build input: the bytes, the manifest row and the parser version."""
    digest = hashlib.sha256(data)
    digest.update(b"\x00" + (entry.as_key() if entry else "").encode("utf-8"))
    digest.update(b"\x00" + PARSER_VERSION.encode("utf-8"))
    digest.update(b"\x00" + EXTRACTOR_VERSION.encode("utf-8"))
    return digest.hexdigest()


def _write_graphs(
    store: LocalStore,
    records: dict[URIRef, ArticleRecord],
    table: EntityTable,
    *,
    progress: bool,
) -> int:
    written = 0
    for graph in _with_progress(sorted(records), enabled=progress, label="writing"):
        name, triples = map_article_graph(records[graph], table=table)
        written += store.replace_graph(name, triples)
    return written


def _with_progress(items: list, *, enabled: bool, label: str) -> Iterator:
    """Iterate with a tqdm bar on stderr when asked and worth it (long builds)."""
    if not enabled or len(items) < 20:
        yield from items
        return
    from tqdm import tqdm

    yield from tqdm(items, desc=label, unit="file", leave=False)
