"""Score the plain-text boilerplate split and the bylines against gold annotations.

The gold format (``boilerplate_lines`` and ``authors`` per plain-text document) is
the development corpus's; a document without ``boilerplate_lines`` is skipped, one
without ``authors`` is not scored for authors. Lines are compared stripped and as a
set per document (the gold lists a line once wherever it occurs); author names
without case and with curly apostrophes made straight.
"""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

from kg.errors import RejectedInput
from kg.read.decode import decode_bytes
from kg.read.plaintext import parse_plaintext
from kg.records import SourceInfo


def _fold_name(name: str) -> str:
    """A name compared without case, spacing or curly apostrophes."""
    return " ".join(name.replace("’", "'").casefold().split())


def _ratios(tp: int, fp: int, fn: int) -> dict[str, float | int]:
    """Precision, recall and F1 (1.0 where nothing was to be found or predicted)."""
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": precision, "recall": recall, "f1": f1, "tp": tp, "fp": fp, "fn": fn}


def score_boilerplate(gold_documents: dict[str, Any], docs_dir: Path) -> dict[str, Any]:
    """Precision, recall and F1 of dropped lines and of authors over a gold file.

    ``gold_documents`` is a parsed gold file (with or without its ``documents``
    wrapper); each ``.txt`` document is read from ``docs_dir`` by file name. The
    result has ``lines`` and ``authors`` (micro-averaged over documents, with
    ``tp``/``fp``/``fn``), ``documents`` (how many were scored) and ``per_document``
    (the false positives and negatives, for error analysis). Like the parser,
    the gold counts only bylines as authors, not a dateline's "(AP)".
    """
    documents = gold_documents.get("documents", gold_documents)
    line_counts = [0, 0, 0]
    author_counts = [0, 0, 0]
    per_document: dict[str, Any] = {}
    for name, gold in sorted(documents.items()):
        if not name.endswith(".txt") or not isinstance(gold, dict):
            continue
        if "boilerplate_lines" not in gold:
            continue
        path = docs_dir / name
        if not path.is_file():
            path = docs_dir / gold.get("file", name)
        if not path.is_file():
            continue  # reported as missing by the corpus loader
        data = path.read_bytes()
        source = SourceInfo(
            path=str(path),
            sha256=hashlib.sha256(data).hexdigest(),
            media_type="text/plain",
            parser="plaintext",
        )
        try:
            text = decode_bytes(data, path=str(path)).text
            article = parse_plaintext(text, source=source)
            dropped = {line.strip() for line in article.boilerplate}
            authors = {_fold_name(a): a for a in article.authors}
        except RejectedInput:
            dropped, authors = set(), {}
        expected = {line.strip() for line in gold["boilerplate_lines"]}
        report: dict[str, Any] = {
            "false_positive_lines": sorted(dropped - expected),
            "false_negative_lines": sorted(expected - dropped),
        }
        for i, value in enumerate(
            (len(dropped & expected), len(dropped - expected), len(expected - dropped))
        ):
            line_counts[i] += value
        if "authors" in gold:
            gold_authors = {_fold_name(a): a for a in gold["authors"]}
            found = authors.keys() & gold_authors.keys()
            author_counts[0] += len(found)
            author_counts[1] += len(authors.keys() - found)
            author_counts[2] += len(gold_authors.keys() - found)
            report["false_positive_authors"] = sorted(authors[k] for k in authors.keys() - found)
            report["false_negative_authors"] = sorted(
                gold_authors[k] for k in gold_authors.keys() - found
            )
        per_document[name] = report
    return {
        "documents": len(per_document),
        "lines": _ratios(*line_counts),
        "authors": _ratios(*author_counts),
        "per_document": per_document,
    }
