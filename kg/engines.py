"""Where extraction runs: in this process, on local worker processes, or on a Dask cluster.

Reading and extracting one article is a pure function of its bytes, its manifest row
and a few corpus-wide settings (:func:`extract_task`), so any engine can run it. The
build reads each file itself and ships the bytes, so a cluster needs no shared file
system, and it gets results back in the order it sent the tasks, so duplicates are
resolved the same way whichever engine ran. Every engine keeps only a bounded window
of tasks in flight: memory does not grow with the corpus.

The store is written by the build alone, one article-sized transaction at a time; the
engines never touch it.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import gc
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass
from multiprocessing import get_context
from typing import TYPE_CHECKING, Any, Protocol

from kg.errors import NewsKGError, RejectedInput
from kg.extract import DEFAULT_MAX_ENTITIES, extract_entities
from kg.extract.events import extract_events
from kg.read import parse_article
from kg.read.manifest import ManifestEntry
from kg.records import ArticleRecord

if TYPE_CHECKING:
    from spacy.language import Language

Outcome = ArticleRecord | RejectedInput

#: Tasks in flight per worker: enough to keep every worker busy, few enough that a
#: 100,000-file corpus never sits in memory at once.
WINDOW_PER_WORKER = 8


@dataclass(frozen=True)
class ExtractionTask:
    """One file to read: its bytes, where it came from and what identifies this input."""

    data: bytes
    path: str
    resolved_path: str
    entry: ManifestEntry | None
    build_key: str


@dataclass(frozen=True)
class ExtractionSettings:
    """What every task of one build shares: the outlets known to the corpus, the model."""

    outlets: frozenset[str] = frozenset()
    nlp: Language | None = None
    max_entities: int = DEFAULT_MAX_ENTITIES


def extract_task(task: ExtractionTask, settings: ExtractionSettings) -> Outcome:
    """Read one article and extract its entities and events, or say why it was rejected."""
    try:
        article = parse_article(task.data, path=task.path, manifest_entry=task.entry)
    except RejectedInput as rejection:
        return rejection
    now = dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat()
    own_outlets = {p.name for p in (article.provider, *(r.provider for r in article.related)) if p}
    found = extract_entities(
        article,
        known_organisations=settings.outlets | {n for n in own_outlets if n},
        nlp=settings.nlp,
        max_entities=settings.max_entities,
        shared_organisations=settings.outlets,
    )
    notes = article.source.notes + found.notes
    source = dataclasses.replace(article.source, path=task.resolved_path, notes=notes)
    events = extract_events(article, found.mentions)
    return ArticleRecord(
        dataclasses.replace(article, source=source), task.build_key, now, found.mentions, events
    )


class Engine(Protocol):
    """Runs :func:`extract_task` over tasks, yielding outcomes in task order."""

    workers: int

    def run(
        self, tasks: Iterable[ExtractionTask], settings: ExtractionSettings
    ) -> Iterator[Outcome]:
        """Extract every task; results come back in the order the tasks were given."""
        ...

    def close(self) -> None:
        """Release workers or the cluster connection (a second call does nothing)."""
        ...


class LocalEngine:
    """Extraction in this process (``workers=1``) or on local worker processes.

    Workers are started with ``spawn``: the build holds the store open, and forking a
    process whose storage engine runs threads is not safe.
    """

    def __init__(self, workers: int = 1) -> None:
        if workers < 1:
            raise NewsKGError(f"--workers must be at least 1, not {workers}")
        self.workers = workers
        self._pool: ProcessPoolExecutor | None = None
        self._settings: ExtractionSettings | None = None

    def run(
        self, tasks: Iterable[ExtractionTask], settings: ExtractionSettings
    ) -> Iterator[Outcome]:
        """Extract every task, in order."""
        if self.workers == 1:
            _collect_less()
            for task in tasks:
                outcome = extract_task(task, settings)
                _settle_long_lived()
                yield outcome
            return
        pool = self._pool_for(settings)
        yield from _in_order(
            tasks, lambda task: pool.submit(_extract_in_worker, task), self.workers
        )

    def _pool_for(self, settings: ExtractionSettings) -> ProcessPoolExecutor:
        if self._pool is None or self._settings != settings:
            self.close()
            self._pool = ProcessPoolExecutor(
                max_workers=self.workers,
                mp_context=get_context("spawn"),
                initializer=_set_worker_settings,
                initargs=(settings,),
            )
            self._settings = settings
        return self._pool

    def close(self) -> None:
        """Stop the worker processes (a later :meth:`run` starts new ones)."""
        if self._pool is not None:
            self._pool.shutdown(cancel_futures=True)
            self._pool = None


class DaskEngine:
    """Extraction on a Dask cluster: a scheduler address, or a local cluster when none.

    The settings travel to the workers once (scattered); each task carries its file's
    bytes. Needs the ``dask`` extra (``pip install 'newskg[dask]'``).
    """

    def __init__(self, scheduler: str | None = None, *, workers: int = 1) -> None:
        try:
            from distributed import Client, LocalCluster
        except ImportError as error:
            raise NewsKGError("--engine dask needs Dask: pip install 'newskg[dask]'") from error
        self._cluster = None
        try:
            if scheduler:
                self._client = Client(scheduler, timeout="10s")
            else:
                self._cluster = LocalCluster(
                    n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None
                )
                self._client = Client(self._cluster)
        except (OSError, TimeoutError) as error:
            raise NewsKGError(
                f"cannot reach the Dask scheduler {scheduler}: {' '.join(str(error).split())}"
            ) from error
        self.workers = max(1, len(self._client.scheduler_info().get("workers", {})))

    def run(
        self, tasks: Iterable[ExtractionTask], settings: ExtractionSettings
    ) -> Iterator[Outcome]:
        """Extract every task on the cluster, in order."""
        shared = self._client.scatter(settings, broadcast=True)
        submit: Callable[[ExtractionTask], Any] = lambda task: self._client.submit(  # noqa: E731
            extract_task, task, shared, pure=False
        )
        yield from _in_order(tasks, submit, self.workers)

    def close(self) -> None:
        """Disconnect (and stop the local cluster this engine started)."""
        self._client.close()
        if self._cluster is not None:
            self._cluster.close()


ENGINES: dict[str, Callable[..., Engine]] = {
    "local": lambda *, workers, scheduler: LocalEngine(workers),
    "dask": lambda *, workers, scheduler: DaskEngine(scheduler, workers=workers),
}


def open_engine(name: str = "local", *, workers: int = 1, scheduler: str | None = None) -> Engine:
    """The engine registered as ``name`` (``local`` or ``dask``)."""
    if name not in ENGINES:
        raise NewsKGError(f"unknown engine {name!r}; choose from {', '.join(ENGINES)}")
    if scheduler and name != "dask":
        raise NewsKGError("--scheduler needs --engine dask")
    return ENGINES[name](workers=workers, scheduler=scheduler)


def _in_order(
    tasks: Iterable[ExtractionTask], submit: Callable[[ExtractionTask], Future | Any], workers: int
) -> Iterator[Outcome]:
    """Submit tasks through a bounded window and yield their results in order."""
    window: deque = deque()
    limit = WINDOW_PER_WORKER * workers
    for task in tasks:
        window.append(submit(task))
        if len(window) >= limit:
            yield window.popleft().result()
    while window:
        yield window.popleft().result()


_WORKER_SETTINGS: ExtractionSettings | None = None


def _set_worker_settings(settings: ExtractionSettings) -> None:
    global _WORKER_SETTINGS
    _WORKER_SETTINGS = settings
    _collect_less()


def _extract_in_worker(task: ExtractionTask) -> Outcome:
    if _WORKER_SETTINGS is None:
        raise RuntimeError("a kg worker process started without its settings")
    outcome = extract_task(task, _WORKER_SETTINGS)
    _settle_long_lived()
    return outcome


_SETTLED = False


def _collect_less() -> None:
    """Let the youngest objects' collections wait for :data:`YOUNG_COLLECTION_THRESHOLD`."""
    _, *older = gc.get_threshold()
    gc.set_threshold(YOUNG_COLLECTION_THRESHOLD, *older)


YOUNG_COLLECTION_THRESHOLD = 50_000
"""Allocations between collections of the youngest objects in an extracting process.

Python's default (700) collects every few hundred rules' worth of small objects, and
every tenth pass walks the objects the build keeps (the summaries, the caches) again:
0.9 s of collections per 1,000 articles in a one-worker build. At 50,000 it is 0.4 s;
an article's garbage is freed by reference counting in any case, and what waits for a
collection is a few articles' worth at most."""


def _settle_long_lived() -> None:
    """Once per process, after its first article: freeze what is alive in the collector.

    The first article loads what the process keeps to its end (the gazetteer, spaCy's
    tokenizer, the event patterns, dateparser's locales: some 220,000 objects). Every
    full collection would walk them all again, about 0.1 s each, a few times per
    thousand articles; frozen, they are left out of collections (freeing them is never
    needed). The objects themselves are untouched, so extraction gives the same records.
    """
    global _SETTLED
    if not _SETTLED:
        _SETTLED = True
        gc.collect()
        gc.freeze()
