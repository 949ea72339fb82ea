"""Score extracted organisations, persons and places against gold annotations.

The rules are the development corpus's (``shared/dev/README.md``): per article, a gold
entity is found when one of the predicted names for it matches one of its forms or
its canonical (case-insensitive, curly apostrophes as straight); it counts once per
article however often it is found; a prediction that matches no gold entity is a
false positive unless it matches an optional one; optional entities neither reward
nor penalise. A prediction is either one name (``str``) or all the names of one
predicted entity (a ``frozenset`` or ``tuple`` of names: a surface form and its
canonical), which is found, or false, as a whole.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from kg.evaluate.corpus import GoldCorpus, load_gold_corpus
from kg.resolve.refs import named_bylines

CLASSES = {"organisations": "organization", "persons": "person", "places": "place"}
"""Gold list name -> ``Mention.kind``."""

Prediction = str | frozenset[str] | tuple[str, ...]


def fold_name(name: str) -> str:
    """A name as compared: no case, single spaces, straight apostrophes.

    >>> fold_name("Zeta  Labs’s")
    "zeta labs's"
    """
    return " ".join(name.replace("’", "'").replace("‘", "'").casefold().split())


def score_entities(
    gold: Mapping[str, Any], predictions: Mapping[str, Mapping[str, Iterable[Prediction]]]
) -> dict[str, Any]:
    """Precision, recall and F1 per class and overall (micro), with every error listed.

    ``gold`` is a parsed gold file (with or without its ``documents`` wrapper);
    ``predictions`` maps a gold document key to ``{class: predictions}`` where class is
    ``organisations``, ``persons`` or ``places``. Documents missing from
    ``predictions`` count as predicting nothing.

    >>> gold = {"documents": {"a.txt": {
    ...     "organisations": [{"canonical": "Zeta Labs", "forms": ["Zeta Labs", "Zeta"]}],
    ...     "persons": [{"canonical": "Ann Lee", "forms": ["Ann Lee"], "optional": True}],
    ...     "places": [{"canonical": "Peru", "forms": ["Peru"]}]}}}
    >>> result = score_entities(gold, {"a.txt": {
    ...     "organisations": {"zeta", "Omni"}, "persons": {"Ann Lee"}, "places": set()}})
    >>> result["organisations"]["tp"], result["organisations"]["fp"], result["places"]["fn"]
    (1, 1, 1)
    >>> result["persons"]["tp"], result["persons"]["fp"]
    (0, 0)
    """
    documents = gold.get("documents", gold)
    counts = {name: [0, 0, 0] for name in CLASSES}
    errors: list[dict[str, Any]] = []
    for key, document in sorted(documents.items()):
        if not isinstance(document, Mapping):
            continue
        predicted = predictions.get(key, {})
        for name in CLASSES:
            tp, fp, fn, doc_errors = _score_class(document.get(name, []), predicted.get(name, ()))
            counts[name][0] += tp
            counts[name][1] += fp
            counts[name][2] += fn
            errors.extend({"document": key, "class": name, **error} for error in doc_errors)
    result: dict[str, Any] = {name: ratios(*values) for name, values in counts.items()}
    result["micro"] = ratios(*(sum(values[i] for values in counts.values()) for i in range(3)))
    result["errors"] = errors
    return result


def _score_class(
    entities: list[dict[str, Any]], predicted: Iterable[Prediction]
) -> tuple[int, int, int, list[dict[str, Any]]]:
    groups = [_names(p) for p in predicted]
    groups = [g for g in groups if g]
    entity_names = [
        (
            {fold_name(form) for form in entity.get("forms", [])}
            | {fold_name(entity.get("canonical", ""))}
        )
        - {""}
        for entity in entities
    ]
    matched_groups: set[int] = set()
    tp = fn = 0
    errors: list[dict[str, Any]] = []
    for entity, names in zip(entities, entity_names, strict=True):
        hits = [i for i, group in enumerate(groups) if group & names]
        matched_groups.update(hits)
        if entity.get("optional"):
            continue
        if hits:
            tp += 1
        else:
            fn += 1
            errors.append(
                {"error": "FN", "name": entity.get("canonical"), "forms": entity.get("forms", [])}
            )
    fp = 0
    for i, group in enumerate(groups):
        if i not in matched_groups:
            fp += 1
            errors.append({"error": "FP", "name": sorted(group)[0], "forms": sorted(group)})
    return tp, fp, fn, errors


def _names(prediction: Prediction) -> frozenset[str]:
    if isinstance(prediction, str):
        return frozenset({fold_name(prediction)}) - {""}
    return frozenset(fold_name(name) for name in prediction) - {""}


def ratios(tp: int, fp: int, fn: int) -> dict[str, float | int]:
    """Precision, recall and F1 (1.0 where nothing was to be found or predicted).

    >>> ratios(3, 1, 0)["precision"]
    0.75
    """
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": precision, "recall": recall, "f1": f1, "tp": tp, "fp": fp, "fn": fn}


def group_mentions(mentions: Iterable[Any]) -> dict[str, set[Prediction]]:
    """Predicted entities per gold class: each mention's names grouped by its canonical.

    Mentions sharing a canonical (or, without one, a text) form one predicted entity
    whose names are that canonical and every surface form.
    """
    by_key: dict[tuple[str, str], set[str]] = {}
    for mention in mentions:
        key = (mention.kind, fold_name(mention.canonical or mention.text))
        by_key.setdefault(key, set()).update({mention.text, mention.canonical or mention.text})
    result: dict[str, set[Prediction]] = {name: set() for name in CLASSES}
    kinds = {kind: name for name, kind in CLASSES.items()}
    for (kind, _), names in by_key.items():
        if kind in kinds:
            result[kinds[kind]].add(frozenset(names))
    return result


def evaluate_corpus(
    gold_path: Path, docs_dir: Path, manifest: Path | None = None
) -> dict[str, Any]:
    """Parse each gold document's file, extract its mentions, and score them.

    The gold ``file`` field is relative to the gold file's folder (``docs/x.txt``) or
    to its parent (``seeds/x.txt``); failing both, the file is looked up by name in
    ``docs_dir``. Outlet names of all documents (their providers) are passed to the
    extractor as known organisations, as the build does. The result is
    :func:`score_entities`' with a ``documents`` count and the ``missing`` files.
    """
    corpus = load_gold_corpus(gold_path, docs_dir, manifest)
    return score_gold_corpus(corpus)


def score_gold_corpus(corpus: GoldCorpus) -> dict[str, Any]:
    """Entity scores of an already loaded corpus (see :func:`evaluate_corpus`)."""
    kinds = {kind: name for name, kind in CLASSES.items()}
    predictions = {}
    for key, article in corpus.articles.items():
        predicted = group_mentions(corpus.mentions[key])
        for ref in named_bylines(article):  # the graph says the article mentions them too
            if ref.kind not in kinds or not ref.name:
                continue
            found = predicted[kinds[ref.kind]]
            if not any(fold_name(ref.name) in map(fold_name, names) for names in found):
                found.add(frozenset({ref.name}))
        predictions[key] = predicted
    documents = {k: corpus.documents[k] for k in corpus.articles}
    result = score_entities({"documents": documents}, predictions)
    result["documents"] = len(corpus.articles)
    result["missing"] = corpus.missing
    return result
