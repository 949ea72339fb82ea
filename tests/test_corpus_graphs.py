"""The corpus-wide graphs, streamed and merged in parts, equal the graphs made all at once."""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

import pytest
from rdflib import URIRef

from kg import corpus_graphs
from kg.build import build_key, summarise
from kg.corpus_graphs import ArticleEvents, entity_groups, event_groups, sketch
from kg.engines import ExtractionSettings, ExtractionTask, extract_task
from kg.map import article_node
from kg.map.entities import map_entities
from kg.map.events import map_events
from kg.read.manifest import read_manifest
from kg.records import ArticleRecord, EventMention, Mention
from kg.resolve import resolve_entities
from kg.resolve.event_parts import compatible_parts, event_parts
from kg.resolve.events import EventReport, merge_events, resolve_reports
from kg.resolve.refs import mention_ref
from kg.resolve.stories import group_stories
from kg.spill import EventSpill

ROOT = Path(__file__).resolve().parent.parent
EVENT_DOCS = ROOT / "tests" / "fixtures" / "events" / "docs"


@pytest.fixture(scope="module")
def records(tmp_path_factory: pytest.TempPathFactory) -> list[ArticleRecord]:
    """Extractions of 80 generated articles (stories told by several outlets) and fixtures."""
    corpus = tmp_path_factory.mktemp("generated")
    generator = str(ROOT / "bench" / "make_corpus.py")
    subprocess.run(
        [sys.executable, generator, "--count", "80", "--seed", "5", "--out", str(corpus)],
        check=True,
        capture_output=True,
    )
    entries = read_manifest(corpus / "manifest.csv")
    settings = ExtractionSettings(
        outlets=frozenset(e.provider_name for e in entries.values() if e.provider_name)
    )
    paths = sorted(p for p in corpus.rglob("*") if p.suffix in {".txt", ".md"})
    paths += sorted(EVENT_DOCS.iterdir())
    found = []
    for path in paths:
        data, entry = path.read_bytes(), entries.get(path.resolve())
        task = ExtractionTask(data, str(path), str(path), entry, build_key(data, entry))
        outcome = extract_task(task, settings)
        assert isinstance(outcome, ArticleRecord)
        found.append(outcome)
    return found


def as_text(triples) -> set[tuple[str, str, str]]:
    return {(str(s), str(p), str(o)) for s, p, o in triples}


@pytest.mark.parametrize("split_above", [corpus_graphs.SPLIT_ABOVE, 2])
def test_events_merged_in_parts_give_the_graph_merged_at_once(
    records, split_above: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    # With 2, every part of more than two reports is first split into compatible parts, on
    # the slim copies of the reports that large archives use (their parts pass 64 reports).
    monkeypatch.setattr(corpus_graphs, "SPLIT_ABOVE", split_above)
    with tempfile.TemporaryFile() as stream:
        spill = EventSpill(stream)
        summaries = [summarise(record, spill) for record in records]
        table = resolve_entities(ref for s in summaries for ref in s.refs)
        articles = [
            ArticleEvents(s.node, s.published, s.actors, s.events_from, s.events_count)
            for s in summaries
        ]
        streamed = as_text(t for group in event_groups(articles, table, spill) for t in group)
        entities = as_text(t for group in entity_groups(table) for t in group)

    # All at once, as builds did before events were merged in parts.
    reports = resolve_reports(
        ((article_node(r.article), e) for r in records for e in r.events), table
    )
    events = merge_events(reports)
    outlets = {iri for iri, entity in table.entities.items() if entity.domain}
    names = {iri: entity.name for iri, entity in table.entities.items()}
    stories = group_stories(
        article_entities={
            article_node(r.article): {
                table.iri(mention_ref(m))
                for m in r.mentions
                if m.kind in ("organization", "person")
            }
            - outlets
            for r in records
        },
        article_dates={article_node(r.article): r.article.published for r in records},
        events=events,
        entity_names=names,
    )
    _, at_once = map_events(events, stories, names=names)
    assert streamed == as_text(at_once)
    assert entities == as_text(map_entities(table)[1])

    # The parts are not trivial: outlets' reports of one event merge across articles...
    assert any(len(event.articles) > 1 for event in events)
    # ...and there are several parts, so merging them one at a time was tested.
    parts = list(
        event_parts(
            resolve_reports([(article_node(r.article), e) for e in r.events], table)
            for r in records
        )
    )
    assert len(parts) > 10 and any(len(part) > 3 for part in parts)
    assert sorted(n for part in parts for n in part) == list(range(len(reports)))

    # Parts come whole, each ascending, in the order of their first report.
    assert all(part == sorted(part) for part in parts)
    assert [part[0] for part in parts] == sorted(part[0] for part in parts)


def test_an_event_sketch_reads_as_its_event(records) -> None:
    """What story grouping reads of a sketch equals what it reads of the merged event."""
    with tempfile.TemporaryFile() as stream:
        spill = EventSpill(stream)
        summaries = [summarise(record, spill) for record in records]
    table = resolve_entities(ref for s in summaries for ref in s.refs)
    reports = resolve_reports(
        ((article_node(r.article), e) for r in records for e in r.events), table
    )
    events = merge_events(reports)
    assert any(len(event.reports) > 2 for event in events)
    for number, event in enumerate(events):
        kept = sketch(event, number)
        assert (kept.iri, kept.type, kept.date, kept.first) == (
            event.iri,
            event.type,
            event.date,
            number,
        )
        assert (kept.agent, kept.object) == (event.agent, event.object)
        assert kept.articles == event.articles
        assert kept.report_dates == event.report_dates


def test_the_slim_copies_of_large_parts_answer_every_merging_test() -> None:
    """Parts of more than SPLIT_ABOVE reports are split on slim copies of the reports."""
    office = Mention("organization", "Harris County District Attorney's Office", 0, 1, "")

    def report(agent: Mention | None, text: str | None, article: str) -> EventReport:
        mention = EventMention(
            "ChargesDropped", "t", "e", 0, 1, agent=agent, agent_text=text, date="2026-03-06"
        )
        return EventReport(URIRef(article), mention, URIRef("e:1") if agent else None, None, None)

    reports = [report(office, None, "a:1"), report(None, "Prosecutors in Harris County", "a:2")]
    slim = [corpus_graphs._roles(r) for r in reports]
    assert compatible_parts(slim) == compatible_parts(reports) == [[0, 1]]  # type: ignore[arg-type]
