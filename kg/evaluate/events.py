"""Score extracted events against gold annotations.

The rules are the development corpus's (``shared/dev/README.md``): per article, a gold
event is found when a predicted event has the same type and an agent that matches; a
predicted event of another type of the same group (business, regulatory, legal,
communication) with a matching agent is a near miss, reported apart and not counted as
found. Precision is the share of predicted events that match a gold event, recall the
share of gold events found. Dates are checked only where the gold date is not null:
date accuracy is the share of those found events whose matching prediction has the
same ISO date.

An agent matches when:

* the gold agent is an entity of the document (its canonical is in the gold
  organisations, persons or places): a predicted agent name (mention text or canonical,
  or the description) equals one of that entity's forms or its canonical, compared
  case-insensitively with straight apostrophes;
* the gold agent is ``null``: the prediction has no entity agent;
* the gold agent is a description ("major U.S. wireless carriers") or a list of
  entities ("A and B"): any entity of the list matches as above, and a description
  matches a predicted agent sharing a content word with it.

Several predictions matching one gold event all count as right (an article's reports of
one event are one node once merged); a prediction matching no gold event is a false
alarm, however true: gold lists only the article's key events, so a passing mention
reported as an event costs precision, as it would clutter the graph.

Merging (:func:`score_merging`) is scored over the whole corpus: a real-world event is a
gold ``id`` shared by events of several documents (or, for gold without ids, the same
type and agent with dates that can name the same day, see :func:`real_world_keys`); it
is merged when the predictions that match it in each
document all land on one node after :func:`kg.resolve.events.merge_events`, the build's
own merge.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from kg.evaluate.corpus import GoldCorpus, load_gold_corpus
from kg.evaluate.entities import CLASSES, fold_name
from kg.extract.event_patterns import GROUP_OF
from kg.records import EventMention, Mention
from kg.resolve.entities import EntityRef
from kg.resolve.refs import article_refs, mention_ref

_FUNCTION_WORDS = frozenset(
    [
        "a",
        "an",
        "the",
        "of",
        "and",
        "or",
        "in",
        "on",
        "at",
        "to",
        "for",
        "with",
        "by",
        "from",
        "its",
        "their",
        "his",
        "her",
        "other",
        "all",
        "some",
        "major",
        "u.s.",
        "us",
        "uk",
        "new",
    ]
)


def score_events(
    gold_documents: Mapping[str, Any],
    predictions: Mapping[str, tuple[EventMention, ...]],
    mentions: Mapping[str, tuple[Mention, ...]] | None = None,
) -> dict[str, Any]:
    """Event precision, recall, F1, near misses and date accuracy, with every error.

    ``gold_documents`` is a parsed gold file (with or without its ``documents``
    wrapper); ``predictions`` maps a document key to its extracted events; documents
    missing from it predict nothing. ``mentions`` (the documents' entity mentions) are
    accepted for callers that keep them; the agent's own mention already carries its
    names, so scoring does not need them.

    >>> from kg.records import EventMention, Mention
    >>> gold = {"a.txt": {"organisations": [{"canonical": "Zeta Labs", "forms": ["Zeta"]}],
    ...     "events": [{"type": "Withdrawal", "agent": "Zeta Labs", "date": "2020-07-06"},
    ...                {"type": "Arrest", "agent": None, "date": None}]}}
    >>> zeta = Mention("organization", "Zeta", 0, 4, "Zeta left.")
    >>> predicted = {"a.txt": (
    ...     EventMention("Withdrawal", "left", "Zeta left.", 0, 10, agent=zeta, date="2020-07-06"),
    ...     EventMention("Theft", "stole", "Zeta left.", 0, 10, agent_text="a hacker"))}
    >>> result = score_events(gold, predicted)
    >>> result["tp"], result["fp"], result["fn"], result["near_misses"], result["date_accuracy"]
    (1, 1, 1, 1, 1.0)
    """
    del mentions
    documents = gold_documents.get("documents", gold_documents)
    tp_pred = fp = found = fn = near = 0
    dated = dated_right = 0
    by_type: dict[str, list[int]] = {}
    per_document: dict[str, dict[str, Any]] = {}
    for key, document in sorted(documents.items()):
        if not isinstance(document, Mapping):
            continue
        gold_events = document.get("events", [])
        events = tuple(predictions.get(key, ()))
        entities = [e for name in CLASSES for e in document.get(name, [])]
        matched_predictions: set[int] = set()
        misses: list[dict[str, Any]] = []
        near_misses: list[dict[str, Any]] = []
        for gold in gold_events:
            names = agent_names(gold.get("agent"), entities)
            hits = matching_predictions(gold, events, entities)
            counts = by_type.setdefault(gold["type"], [0, 0])
            counts[1] += 1
            if hits:
                found += 1
                counts[0] += 1
                matched_predictions.update(hits)
                if gold.get("date"):
                    dated += 1
                    if any(events[i].date == gold["date"] for i in hits):
                        dated_right += 1
                    else:
                        misses.append(_describe_gold(gold, "wrong date", events[hits[0]]))
                continue
            fn += 1
            close = [
                event
                for event in events
                if GROUP_OF.get(event.type) == GROUP_OF.get(gold["type"])
                and agent_matches(gold.get("agent"), names, event)
            ]
            if close:
                near += 1
                near_misses.append(_describe_gold(gold, "near miss", close[0]))
            else:
                misses.append(_describe_gold(gold, "missed", None))
        # a prediction matching a gold event of any type counts once
        for i, event in enumerate(events):
            if i in matched_predictions:
                tp_pred += 1
                continue
            if any(
                event.type == gold["type"]
                and agent_matches(
                    gold.get("agent"), agent_names(gold.get("agent"), entities), event
                )
                for gold in gold_events
            ):
                tp_pred += 1
                continue
            fp += 1
        per_document[key] = {
            "gold": len(gold_events),
            "predicted": len(events),
            "misses": misses,
            "near_misses": near_misses,
            "false_alarms": [
                describe_event(event)
                for i, event in enumerate(events)
                if i not in matched_predictions
            ],
        }
    precision = tp_pred / (tp_pred + fp) if tp_pred + fp else 1.0
    recall = found / (found + fn) if found + fn else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {
        "precision": precision,
        "recall": recall,
        "f1": f1,
        "tp": found,
        "fp": fp,
        "fn": fn,
        "near_misses": near,
        "date_accuracy": dated_right / dated if dated else 1.0,
        "dated": dated,
        "by_type": {t: {"found": c[0], "gold": c[1]} for t, c in sorted(by_type.items())},
        "documents": per_document,
    }


def matching_predictions(
    gold: Mapping[str, Any], events: tuple[EventMention, ...], entities: list[Mapping[str, Any]]
) -> list[int]:
    """Indexes of the predicted ``events`` that find ``gold``: same type, matching agent."""
    names = agent_names(gold.get("agent"), entities)
    return [
        i
        for i, event in enumerate(events)
        if event.type == gold["type"] and agent_matches(gold.get("agent"), names, event)
    ]


def real_world_keys(documents: Mapping[str, Any]) -> dict[tuple[str, int], str]:
    """What names the real-world event behind each gold event, across documents.

    Keyed by (document, index of the event in it). An event's ``id`` when the annotator
    gave one; else events of the same type and agent whose dates can name the same day
    are one event: outlets date one act at different precisions ("on Monday" is
    ``2024-03-11``, "earlier this week" ``2024-03``), so an exact date match would count
    one event reported three times as two. Events without an agent or a date are left
    out: undated or agentless reports cannot be told apart.

    >>> docs = {"a": {"events": [{"type": "Arrest", "agent": "Police", "date": "2020-07-06"}]},
    ...         "b": {"events": [{"type": "Arrest", "agent": "police", "date": "2020-07"},
    ...                          {"type": "Arrest", "agent": "Police", "date": None}]},
    ...         "c": {"events": [{"type": "Arrest", "agent": "Police", "date": "2020-08-01"},
    ...                          {"id": "x", "type": "Arrest"}]}}
    >>> sorted(real_world_keys(docs).items())  # doctest: +NORMALIZE_WHITESPACE
    [(('a', 0), 'Arrest|police|2020-07-06'), (('b', 0), 'Arrest|police|2020-07-06'),
     (('c', 0), 'Arrest|police|2020-08-01'), (('c', 1), 'x')]
    """
    from kg.resolve.events import dates_agree

    keys: dict[tuple[str, int], str] = {}
    clusters: dict[tuple[str, str], list[tuple[str, list[str]]]] = {}
    for key, document in sorted(documents.items()):
        if not isinstance(document, Mapping):
            continue
        for index, gold in enumerate(document.get("events", [])):
            if gold.get("id"):
                keys[(key, index)] = str(gold["id"])
                continue
            if not gold.get("agent") or not gold.get("date"):
                continue
            date = str(gold["date"])
            groups = clusters.setdefault((gold["type"], fold_name(gold["agent"])), [])
            group = next(
                (g for g in groups if all(dates_agree(date, other) for other in g[1])), None
            )
            if group is None:
                group = (f"{gold['type']}|{fold_name(gold['agent'])}|{date}", [])
                groups.append(group)
            group[1].append(date)
            keys[(key, index)] = group[0]
    return keys


def score_merging(
    gold_documents: Mapping[str, Any],
    predictions: Mapping[str, tuple[EventMention, ...]],
    refs: Iterable[EntityRef] = (),
) -> dict[str, Any]:
    """The share of real-world events reported by several documents that end up one node.

    Entities are resolved (from ``refs``, every entity ref of the corpus as a build
    collects them, plus the events' own mentions) and reports merged as a build does. An
    event counts when predictions find it in at least two documents; it is merged when all
    those predictions are one node. ``several`` is how many gold events several documents
    report, ``found`` how many of them were found in two or more, ``merged`` how many of
    those are one node, and ``split`` lists the others with their node count.
    """
    from rdflib import URIRef

    from kg.resolve import resolve_entities
    from kg.resolve.events import merge_events, resolve_reports

    documents = gold_documents.get("documents", gold_documents)
    table = resolve_entities(
        [
            *refs,
            *(
                mention_ref(mention)
                for events in predictions.values()
                for event in events
                for mention in (event.agent, event.object, event.place)
                if mention is not None
            ),
        ]
    )
    reports = resolve_reports(
        (
            (URIRef(f"urn:doc:{key}"), event)
            for key, events in predictions.items()
            for event in events
        ),
        table,
    )
    node_of = {
        id(report.mention): event.iri for event in merge_events(reports) for report in event.reports
    }
    nodes: dict[str, dict[str, set[str]]] = {}
    idents = real_world_keys(documents)
    for key, document in sorted(documents.items()):
        if not isinstance(document, Mapping):
            continue
        events = tuple(predictions.get(key, ()))
        entities = [e for name in CLASSES for e in document.get(name, [])]
        for index, gold in enumerate(document.get("events", [])):
            ident = idents.get((key, index))
            if ident is None:
                continue
            found = nodes.setdefault(ident, {}).setdefault(key, set())
            found |= {
                str(node_of[id(events[i])]) for i in matching_predictions(gold, events, entities)
            }
    several = {ident: docs for ident, docs in nodes.items() if len(docs) > 1}
    found_in_two = {
        ident: docs for ident, docs in several.items() if sum(1 for f in docs.values() if f) > 1
    }
    split = {
        ident: len(set().union(*docs.values()))
        for ident, docs in sorted(found_in_two.items())
        if len(set().union(*docs.values())) > 1
    }
    merged = len(found_in_two) - len(split)
    return {
        "several": len(several),
        "found": len(found_in_two),
        "merged": merged,
        "rate": merged / len(found_in_two) if found_in_two else 1.0,
        "split": [f"{ident}: {count} nodes" for ident, count in split.items()],
    }


def agent_names(agent: str | None, entities: Iterable[Mapping[str, Any]]) -> list[set[str]]:
    """The name sets a gold agent stands for.

    One per entity it names (its canonical and forms, folded), or the folded description itself.

    >>> [sorted(names) for names in agent_names("Zeta and Omni", [{"canonical": "Zeta",
    ...                                                            "forms": ["ZT"]}])]
    [['zeta', 'zt'], ['omni']]
    """
    if not agent:
        return []
    entities = list(entities)
    whole = _entity_names(agent, entities)
    if whole is not None:
        return [whole]
    parts = [p for p in re.split(r",\s*|\s+and\s+|\s*&\s*", agent) if p.strip()]
    return [_entity_names(part, entities) or {fold_name(part)} for part in parts]


def _entity_names(name: str, entities: list[Mapping[str, Any]]) -> set[str] | None:
    folded = fold_name(name)
    for entity in entities:
        names = {fold_name(form) for form in entity.get("forms", [])} | {
            fold_name(entity.get("canonical", ""))
        }
        if folded in names:
            return names - {""}
    return None


def agent_matches(agent: str | None, names: list[set[str]], event: EventMention) -> bool:
    """Whether a predicted event's agent is the gold agent (see the module notes)."""
    if agent is None:
        return event.agent is None
    predicted = set()
    if event.agent is not None:
        predicted |= {fold_name(event.agent.text), fold_name(event.agent.canonical or "")}
    if event.agent_text:
        predicted.add(fold_name(event.agent_text))
    predicted -= {""}
    if not predicted:
        return False
    for name_set in names:
        if predicted & name_set:
            return True
        if len(name_set) == 1:
            wanted = _content_words(next(iter(name_set)))
            if any(wanted & _content_words(name) for name in predicted):
                return True
    return False


def _content_words(name: str) -> set[str]:
    return {w for w in re.findall(r"[\w.']+", name) if w not in _FUNCTION_WORDS and len(w) > 2}


def describe_event(event: EventMention) -> dict[str, Any]:
    """A short JSON-ready summary of a predicted event, for error lists."""
    agent = event.agent.canonical or event.agent.text if event.agent else event.agent_text
    return {
        "type": event.type,
        "agent": agent,
        "object": event.object.text if event.object else event.object_text,
        "date": event.date,
        "evidence": event.evidence[:160],
    }


def _describe_gold(
    gold: Mapping[str, Any], error: str, event: EventMention | None
) -> dict[str, Any]:
    found = {
        "error": error,
        "type": gold["type"],
        "agent": gold.get("agent"),
        "date": gold.get("date"),
        "evidence": (gold.get("evidence") or "")[:160],
    }
    if event is not None:
        found["predicted"] = describe_event(event)
    return found


def evaluate_events(
    gold_path: Path,
    docs_dir: Path,
    manifest: Path | None = None,
    *,
    published_from_gold: bool = True,
) -> dict[str, Any]:
    """Parse each gold document's file, extract mentions then events, and score them.

    File look-up and known organisations (the corpus's outlet names) follow
    :func:`kg.evaluate.entities.evaluate_corpus`. A plain-text file without a manifest
    row has no publication date, so relative dates could not resolve; with
    ``published_from_gold`` the gold document's ``published`` stands in for the
    manifest (the metadata a build would be given, not an annotation). The result is
    :func:`score_events`' with a ``documents_read`` count and the ``missing`` files.
    """
    corpus = load_gold_corpus(
        gold_path, docs_dir, manifest, published_from_gold=published_from_gold
    )
    return score_gold_corpus_events(corpus)


def score_gold_corpus_events(corpus: GoldCorpus) -> dict[str, Any]:
    """Event scores of an already loaded corpus (see :func:`evaluate_events`)."""
    from kg.extract.events import extract_events

    articles, mentions = corpus.articles, corpus.mentions
    predictions = {key: extract_events(article, mentions[key]) for key, article in articles.items()}
    gold = {k: corpus.documents[k] for k in articles}
    result = score_events(gold, predictions, mentions)
    refs = [
        ref
        for key, article in articles.items()
        for ref in (*article_refs(article), *map(mention_ref, mentions[key]))
    ]
    result["merging"] = score_merging(gold, predictions, refs)
    result["documents_read"] = len(articles)
    result["missing"] = corpus.missing
    return result
