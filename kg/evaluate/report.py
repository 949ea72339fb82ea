"""``kg eval``: score extraction against gold annotations and print the figures.

The gold format is the one of ``tests/fixtures/annotated/gold.json`` (documented in
the README): per document its metadata, organisations, persons and places with their
surface forms, events, and for plain-text files the boilerplate lines and authors.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from kg.evaluate.boilerplate import score_boilerplate
from kg.evaluate.corpus import load_gold_corpus
from kg.evaluate.entities import score_gold_corpus
from kg.evaluate.events import score_gold_corpus_events
from kg.evaluate.resolution import score_gold_corpus_resolution

ENTITY_CLASSES = ("organisations", "persons", "places", "micro")


def evaluate_gold(
    gold_path: Path, *, docs_dir: Path | None = None, manifest: Path | None = None
) -> dict[str, Any]:
    """Entity and boilerplate scores of the documents a gold file annotates."""
    if docs_dir is None:
        folder = gold_path.resolve().parent
        docs_dir = folder / "docs" if (folder / "docs").is_dir() else folder
    corpus = load_gold_corpus(gold_path, docs_dir, manifest)
    return {
        "gold": str(gold_path),
        "entities": score_gold_corpus(corpus),
        "boilerplate": score_boilerplate(corpus.documents, docs_dir),
        "resolution": score_gold_corpus_resolution(corpus),
        "events": score_gold_corpus_events(corpus),
    }


def format_report(report: dict[str, Any], *, errors: bool = False) -> str:
    """The figures as a text table; with ``errors``, each miss and false alarm too."""
    entities = report["entities"]
    lines = [
        f"gold: {report['gold']} ({entities.get('documents', '?')} documents)",
        "",
        f"{'class':<19}{'precision':>10}{'recall':>10}{'F1':>8}{'TP':>6}{'FP':>6}{'FN':>6}",
    ]
    for name in ENTITY_CLASSES:
        if name in entities:
            lines.append(_row(name, entities[name]))
    boilerplate = report["boilerplate"]
    for name in ("lines", "authors"):
        if name in boilerplate and boilerplate[name].get("tp", 0) + boilerplate[name].get("fn", 0):
            lines.append(
                _row(f"boilerplate {name}" if name == "lines" else "bylines", boilerplate[name])
            )
    events = report["events"]
    if events.get("tp", 0) + events.get("fn", 0):
        lines.append(_row("events", events))
        lines.append(
            f"{'':<19}near misses (same group, other type): {events['near_misses']}; "
            f"date right for {events['date_accuracy']:.1%} of {events['dated']} found dated events"
        )
        merging = events.get("merging")
        if merging and merging["several"]:
            lines.append(
                f"{'':<19}merging: {merging['merged']} of {merging['found']} events found in "
                f"several documents are one node ({merging['rate']:.1%}); "
                f"{merging['several']} reported by several"
            )
    resolution = report["resolution"]
    lines.append("")
    lines.append(
        f"resolution: {resolution['on_one_node']} of {resolution['entities_in_several_documents']} "
        f"entities named in several documents are one node ({resolution['ratio']:.1%}); "
        f"{len(resolution['merged_wrongly'])} wrong merges"
    )
    for line in (*resolution["split"], *resolution["merged_wrongly"]):
        lines.append(f"  {line}")
    if entities.get("missing"):
        lines.append("")
        lines.append("documents not found: " + ", ".join(entities["missing"]))
    if errors:
        lines.append("")
        lines.append(json.dumps(entities.get("errors", {}), indent=1, ensure_ascii=False))
    return "\n".join(lines)


def _row(name: str, figures: dict[str, Any]) -> str:
    return (
        f"{name:<19}{figures['precision']:>10.3f}{figures['recall']:>10.3f}{figures['f1']:>8.3f}"
        f"{figures['tp']:>6}{figures['fp']:>6}{figures['fn']:>6}"
    )
