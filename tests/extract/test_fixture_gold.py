"""Extraction scored against the hand-annotated fixtures in tests/fixtures/annotated.

The articles were written for these tests (invented names, several fields and
outlets' styles) and annotated by the project's conventions; the F1 floor makes a
regression in extraction fail the suite.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kg.evaluate.entities import evaluate_corpus, group_mentions, score_entities
from kg.extract import extract_mentions
from kg.read import parse_article

ANNOTATED = Path(__file__).resolve().parents[1] / "fixtures" / "annotated"
GOLD = ANNOTATED / "gold.json"
DOCS = ANNOTATED / "docs"


@pytest.fixture(scope="module")
def gold() -> dict:
    return json.loads(GOLD.read_text(encoding="utf-8"))


def test_every_gold_document_exists_and_forms_occur(gold: dict) -> None:
    documents = gold["documents"]
    assert len(documents) >= 6
    for name, document in documents.items():
        path = ANNOTATED / document["file"]
        assert path.name == name and path.is_file()
        text = parse_article(path.read_bytes(), path=str(path)).text
        for group in ("organisations", "persons", "places"):
            for entity in document[group]:
                if entity.get("optional"):
                    continue
                for form in entity["forms"]:
                    assert form in text, (name, form)


def test_fixture_f1_per_class(gold: dict) -> None:
    predictions = {}
    for name, document in gold["documents"].items():
        path = ANNOTATED / document["file"]
        article = parse_article(path.read_bytes(), path=str(path))
        predictions[name] = group_mentions(extract_mentions(article))
    result = score_entities(gold, predictions)
    for group in ("organisations", "persons", "places"):
        assert result[group]["f1"] >= 0.85, (group, result[group], result["errors"])


def test_evaluate_corpus_resolves_files_relative_to_the_gold() -> None:
    result = evaluate_corpus(GOLD, DOCS)
    assert result["missing"] == []
    assert result["documents"] >= 6
    assert result["micro"]["f1"] >= 0.85
