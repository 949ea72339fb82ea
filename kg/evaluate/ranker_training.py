"""Train the event ranker (:mod:`kg.extract.event_ranker`) on annotated gold sets.

Each gold file's documents are read and their candidate events found by the rules; a
candidate is a positive example when it finds one of the document's gold events (same
type, matching agent: the scorer's own test), a negative one otherwise. A logistic
regression with an L2 penalty is fitted by full-batch gradient descent (deterministic:
the same gold gives the same model), and its threshold is chosen by leave-one-set-out
cross-validation: each gold set is scored by a model trained on the others, so the
figures it prints are what to expect on news none of the sets contains.

    python -m kg.evaluate.ranker_training --out kg/data/event_ranker.json

Only gold sets whose documents annotate events belong here (a set annotated for entities
alone would teach that every event is noise).
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

from kg.evaluate.corpus import load_gold_corpus
from kg.evaluate.events import CLASSES, matching_predictions, score_events
from kg.extract.event_ranker import (
    ArticleFacts,
    Ranker,
    candidate_features,
    is_told_as_background,
    select_events,
)
from kg.extract.events import MAX_EVENTS, Candidate, event_candidates

if TYPE_CHECKING:
    from collections.abc import Sequence

TRAINING_GOLD = tuple(
    f"tests/fixtures/{name}/gold.json"
    for name in (
        "seeds",
        "events",
        "events/multi",
        "events/unseen",
        "events/varied",
        "events/constructions",
        "heldout",
        "heldout2",
        "heldout3",
        "heldout4",
        "heldout5",
        "heldout6",
        "heldout7",
        "heldout8",
        "heldout9",
        "heldout10",
        "heldout11",
        "heldout12",
        "heldout13",
        "heldout14",
        "heldout15",
        "heldout16",
        "heldout17",
        "heldout18",
        "heldout19",
        "heldout20",
        "heldout21",
        "heldout22",
        "heldout23",
        "heldout24",
        "heldout25",
        "heldout26",
        "heldout27",
        "heldout28",
        "heldout29",
        "heldout30",
        "heldout31",
        "heldout32",
        "heldout33",
        "heldout34",
        "heldout35",
    )
)
"""The gold sets the shipped model is trained on (paths from the repository's root): every
fixture set that annotates events."""
TRAINING_EXAMPLES = (
    "tests/fixtures/ranker/development-corpus.json",
    "tests/fixtures/ranker/real-news-sample.json",
)
"""Stored examples the shipped model is trained on as well: the candidates of the project's
development corpus of real news and of a sample of 35 real news articles annotated blind
(their articles cannot be shipped; their features can), written by ``--save-examples`` with
``--weight 3`` (real news counts more than the fixtures' invented articles)."""
L2 = 1.0
"""The penalty on the weights (chosen by cross-validation on the fixtures: 0.3 to 3 differ
by under 0.01 of mean F1)."""
ITERATIONS = 3000
LEARNING_RATE = 0.1
THRESHOLDS = (0.3, 0.35, 0.4, 0.45, 0.5)
FALLBACK = 0.15
"""An article whose best candidate reaches this probability keeps it even below the threshold."""


@dataclass
class Document:
    """One gold document's candidates, the article facts and the gold annotation."""

    gold_set: str
    key: str
    candidates: list[Candidate]
    facts: ArticleFacts
    gold: dict[str, Any]

    def labels(self) -> list[int]:
        """1 for each candidate that finds a gold event of the document, else 0."""
        events = tuple(c.event for c in self.candidates)
        entities = [e for name in CLASSES for e in self.gold.get(name, [])]
        labels = [0] * len(events)
        for gold_event in self.gold.get("events", []):
            for i in matching_predictions(gold_event, events, entities):
                labels[i] = 1
        return labels


def read_documents(gold_path: Path, *, undated: bool = True) -> list[Document]:
    """The candidates of every document of one gold file (documents beside it in ``docs/``).

    With ``undated``, each dated document comes twice: as annotated, and as a build would
    read it without its publication date (a plain-text file with no manifest row), whose
    relative dates do not resolve. The ranker then learns to judge both.
    """
    docs_dir = gold_path.parent / "docs"
    manifest = gold_path.parent / "manifest.csv"
    corpus = load_gold_corpus(
        gold_path,
        docs_dir if docs_dir.is_dir() else gold_path.parent,
        manifest if manifest.is_file() else None,
        published_from_gold=True,
    )
    documents = []
    for key, article in sorted(corpus.articles.items()):
        gold = dict(corpus.documents[key])
        versions = [(key, article)]
        if undated and article.published:
            versions.append((f"{key} (undated)", dataclasses.replace(article, published=None)))
        for name, version in versions:
            found = event_candidates(version, corpus.mentions[key])
            if found is not None:
                candidates, facts = found
                documents.append(Document(str(gold_path.parent), name, candidates, facts, gold))
    return documents


@dataclass(frozen=True)
class Example:
    """One candidate as the ranker learns from it: its features, whether it is gold, a weight."""

    features: dict[str, float]
    label: int
    weight: float = 1.0


def examples_of(documents: Sequence[Document], *, weight: float = 1.0) -> list[Example]:
    """The training examples of the documents' candidates.

    Candidates the text tells as background are left out: selection never weighs them
    against the news (see :func:`kg.extract.event_ranker.select_events`).
    """
    examples = []
    for document in documents:
        for candidate, label in zip(document.candidates, document.labels(), strict=True):
            if is_told_as_background(candidate, document.facts):
                continue
            features = candidate_features(candidate, document.candidates, document.facts)
            examples.append(Example(features, label, weight))
    return examples


def save_examples(
    path: Path,
    examples: Sequence[Example],
    *,
    about: str,
    held_out_f1: dict[float, float] | None = None,
) -> None:
    """Write examples as JSON: features and labels only, none of the articles' text.

    So annotated articles that cannot be shipped (a licensed corpus) still train the
    shipped model: their candidates' features are kept, their words are not. With
    ``held_out_f1`` (per threshold, the F1 a model trained on the fixtures alone has on
    these articles) the corpus also counts as a held-out set when the threshold is chosen.
    """
    data: dict[str, Any] = {"about": about}
    if held_out_f1:
        data["held_out_f1"] = {f"{t:.2f}": round(f1, 4) for t, f1 in sorted(held_out_f1.items())}
    data |= {
        "examples": [
            {"features": e.features, "label": e.label, "weight": e.weight} for e in examples
        ],
    }
    path.write_text(json.dumps(data, indent=0, sort_keys=True) + "\n", encoding="utf-8")


def load_held_out_f1(path: Path) -> dict[float, float]:
    """The per-threshold held-out F1 stored beside examples (empty when none was stored)."""
    data = json.loads(path.read_text(encoding="utf-8"))
    return {float(t): float(f1) for t, f1 in data.get("held_out_f1", {}).items()}


def held_out_f1(documents: Sequence[Document]) -> dict[float, float]:
    """For each threshold, the F1 on ``documents`` of a model trained on the fixtures alone.

    The development corpus is real news the fixtures' invented articles must generalise
    to; scored so, it is one more held-out set beside the leave-one-set-out folds.
    """
    fixtures = [d for path in TRAINING_GOLD for d in read_documents(Path(path))]
    examples = examples_of(fixtures)
    dated = [d for d in documents if not d.key.endswith("(undated)")]
    return {t: score(dated, fit(examples, threshold=t))["f1"] for t in THRESHOLDS}


def load_examples(path: Path) -> list[Example]:
    """Examples written by :func:`save_examples`."""
    data = json.loads(path.read_text(encoding="utf-8"))
    return [
        Example({str(k): float(v) for k, v in e["features"].items()}, int(e["label"]), e["weight"])
        for e in data["examples"]
    ]


def fit(examples: Sequence[Example], *, threshold: float = 0.35, l2: float = L2) -> Ranker:
    """A ranker fitted to ``examples`` (each counted ``weight`` times).

    >>> fit([]).weights
    {}
    """
    names = sorted({name for e in examples for name in e.features})
    if not names:
        return Ranker({}, threshold=threshold, fallback=FALLBACK)
    index = {name: i for i, name in enumerate(names)}
    x = np.zeros((len(examples), len(names)))
    for row, example in enumerate(examples):
        for name, value in example.features.items():
            x[row, index[name]] = value
    y = np.array([e.label for e in examples], dtype=float)
    weight = np.array([e.weight for e in examples], dtype=float)
    w = np.zeros(len(names))
    for _ in range(ITERATIONS):
        p = 1.0 / (1.0 + np.exp(-(x @ w)))
        w -= LEARNING_RATE * (x.T @ (weight * (p - y)) + l2 * w) / weight.sum()
    return Ranker(
        {name: round(float(v), 6) for name, v in zip(names, w, strict=True)},
        threshold=threshold,
        fallback=FALLBACK,
    )


def score(documents: Sequence[Document], ranker: Ranker) -> dict[str, float]:
    """Event precision, recall and F1 of the ranker's selection on ``documents``."""
    predictions = {
        d.key: select_events(d.candidates, d.facts, max_events=MAX_EVENTS, ranker=ranker)
        for d in documents
    }
    result = score_events({d.key: d.gold for d in documents}, predictions)
    return {k: result[k] for k in ("precision", "recall", "f1")}


def cross_validate(
    documents: Sequence[Document],
    threshold: float,
    *,
    extra: Sequence[Example] = (),
    l2: float = L2,
) -> dict[str, dict[str, float]]:
    """Per gold set: the scores of a ranker trained on the other sets (and ``extra``)."""
    sets = sorted({d.gold_set for d in documents})
    result = {}
    for held in sets:
        train = examples_of([d for d in documents if d.gold_set != held]) + list(extra)
        test = [d for d in documents if d.gold_set == held]
        result[held] = score(test, fit(train, threshold=threshold, l2=l2))
    return result


def main(argv: list[str] | None = None) -> int:
    """Train on the gold files given, print cross-validated figures, write the model."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "gold",
        nargs="*",
        type=Path,
        default=[Path(p) for p in TRAINING_GOLD],
        help="gold.json files that annotate events (default: the fixtures' event sets)",
    )
    parser.add_argument("--out", type=Path, help="write the model here (JSON)")
    parser.add_argument(
        "--examples",
        type=Path,
        action="append",
        default=None,
        help=f"stored examples to train on as well (default: {', '.join(TRAINING_EXAMPLES)})",
    )
    parser.add_argument(
        "--save-examples",
        type=Path,
        help="write the gold files' examples here (features and labels, no text) and stop",
    )
    parser.add_argument(
        "--weight", type=float, default=1.0, help="each saved example counts this many times"
    )
    parser.add_argument(
        "--about",
        help="with --save-examples: what the examples are, stored with them (default: the "
        "gold files' paths, which may name folders outside the repository)",
    )
    parser.add_argument(
        "--held-out",
        action="store_true",
        help="with --save-examples: also store, per threshold, the F1 a model trained on the "
        "fixtures has on these articles (they then count as a held-out set for the threshold)",
    )
    args = parser.parse_args(argv)
    documents = [d for path in args.gold for d in read_documents(path)]
    positives = sum(sum(d.labels()) for d in documents)
    candidates = sum(len(d.candidates) for d in documents)
    print(f"{len(documents)} documents, {candidates} candidates, {positives} find a gold event")
    if args.save_examples is not None:
        examples = examples_of(documents, weight=args.weight)
        about = args.about or "candidates of " + ", ".join(str(p) for p in args.gold)
        table = held_out_f1(documents) if args.held_out else None
        save_examples(args.save_examples, examples, about=about, held_out_f1=table)
        print(f"wrote {len(examples)} examples to {args.save_examples}")
        return 0
    stored = args.examples if args.examples is not None else [Path(p) for p in TRAINING_EXAMPLES]
    extra = [e for path in stored for e in load_examples(path)]
    if extra:
        print(f"and {len(extra)} stored examples from {', '.join(map(str, stored))}")
    tables = [table for path in stored if (table := load_held_out_f1(path))]
    best, best_f1 = THRESHOLDS[0], -1.0
    for threshold in THRESHOLDS:
        folds = cross_validate(documents, threshold, extra=extra)
        scores = [f["f1"] for f in folds.values()] + [table[threshold] for table in tables]
        mean_f1 = sum(scores) / len(scores)
        print(
            f"threshold {threshold:.2f}: mean F1 {mean_f1:.3f} over {len(folds)} "
            f"leave-one-set-out folds and {len(tables)} stored held-out sets"
        )
        if mean_f1 > best_f1 + 1e-9:
            best, best_f1 = threshold, mean_f1
    for held, figures in cross_validate(documents, best, extra=extra).items():
        print(
            f"  {held}: P {figures['precision']:.3f} R {figures['recall']:.3f} "
            f"F1 {figures['f1']:.3f}"
        )
    ranker = fit(examples_of(documents) + extra, threshold=best)
    if args.out is not None:
        about = {
            "trained_on": sorted({d.gold_set for d in documents} | set(map(str, stored))),
            "documents": len(documents),
            "candidates": candidates,
            "positives": positives,
            "stored_examples": len(extra),
            "cross_validated_f1": round(best_f1, 4),
        }
        args.out.write_text(ranker.to_json(**about), encoding="utf-8")
        print(f"wrote {args.out} (threshold {best:.2f})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
