"""The learnt event ranker: its shipped model, its training, and how it selects."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kg.evaluate.ranker_training import (
    TRAINING_EXAMPLES,
    TRAINING_GOLD,
    Document,
    Example,
    examples_of,
    fit,
    load_examples,
    load_held_out_f1,
    main,
    read_documents,
    save_examples,
)
from kg.extract.event_ranker import (
    ArticleFacts,
    Ranker,
    candidate_features,
    load_ranker,
    select_events,
)
from kg.extract.events import Candidate
from kg.records import EventMention, Mention

ROOT = Path(__file__).resolve().parents[2]
CONSTRUCTIONS = ROOT / "tests" / "fixtures" / "events" / "constructions" / "gold.json"


@pytest.fixture(scope="module")
def training_documents() -> list[Document]:
    return [d for path in TRAINING_GOLD for d in read_documents(ROOT / path)]


def test_the_shipped_model_is_what_training_on_the_fixtures_gives(
    training_documents: list[Document],
) -> None:
    """Rules and model stay in step: change the rules, retrain (see the README)."""
    shipped = load_ranker()
    stored = [e for path in TRAINING_EXAMPLES for e in load_examples(ROOT / path)]
    retrained = fit(examples_of(training_documents) + stored, threshold=shipped.threshold)
    assert set(retrained.weights) == set(shipped.weights)
    for name, weight in shipped.weights.items():
        assert retrained.weights[name] == pytest.approx(weight, abs=1e-4), name
    assert 0 < shipped.fallback < shipped.threshold < 1


def test_the_model_ranks_gold_events_above_the_rest(training_documents: list[Document]) -> None:
    model = load_ranker()
    positive, negative = [], []
    for document in training_documents:
        for candidate, label in zip(document.candidates, document.labels(), strict=True):
            features = candidate_features(candidate, document.candidates, document.facts)
            (positive if label else negative).append(model.probability(features))
    assert len(positive) > 100 and len(negative) > 100
    pairs = [(p, n) for p in positive[::5] for n in negative[::5]]
    auc = sum(1.0 if p > n else 0.5 if p == n else 0.0 for p, n in pairs) / len(pairs)
    assert auc > 0.8


def test_training_writes_a_model_with_its_cross_validated_figure(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "ranker.json"
    gold = [str(CONSTRUCTIONS), str(ROOT / TRAINING_GOLD[0])]
    assert main([*gold, "--examples", str(ROOT / TRAINING_EXAMPLES[0]), "--out", str(out)]) == 0
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["weights"]["bias"] != 0
    assert 0 <= data["cross_validated_f1"] <= 1
    assert data["positives"] > 0
    assert Ranker.from_json(out.read_text(encoding="utf-8")).threshold == data["threshold"]
    assert "leave-one-set-out folds" in capsys.readouterr().out


def _candidate(
    event_type: str, sentence: int, *, aside: bool = False, date: str | None = None
) -> Candidate:
    text = "Zeta Corp left Peru."
    zeta = Mention("organization", "Zeta Corp", 0, 9, text)
    start = sentence * 20
    event = EventMention(event_type, "left", text, start, start + 19, agent=zeta, date=date)
    return Candidate(event, 1.0, sentence, 0, aside=aside)


def test_history_and_asides_are_chosen_only_when_nothing_else_is_told() -> None:
    facts = ArticleFacts(frozenset({"zeta corp"}), ("", "", "", ""), "2024-05-01")
    news = _candidate("Withdrawal", 1)
    aside = _candidate("Arrest", 2, aside=True)
    history = _candidate("LawsuitFiled", 3, date="2019")
    keen = Ranker({"bias": 3.0}, threshold=0.5, fallback=0.2)  # would keep everything
    assert select_events([news, aside, history], facts, max_events=3, ranker=keen) == (news.event,)
    chosen = select_events([aside, history], facts, max_events=3, ranker=keen)
    assert len(chosen) == 1  # only the best piece of history


def test_the_fallback_keeps_an_articles_best_event_below_the_threshold() -> None:
    facts = ArticleFacts(frozenset(), ("", ""), "2024-05-01")
    only = _candidate("Withdrawal", 1)
    unsure = Ranker({"bias": -1.0}, threshold=0.5, fallback=0.2)  # p = 0.27
    assert select_events([only], facts, max_events=3, ranker=unsure) == (only.event,)
    doubtful = Ranker({"bias": -2.0}, threshold=0.5, fallback=0.2)  # p = 0.12
    assert select_events([only], facts, max_events=3, ranker=doubtful) == ()


def test_saved_examples_keep_features_and_labels_but_no_text(tmp_path: Path) -> None:
    out = tmp_path / "examples.json"
    assert main([str(CONSTRUCTIONS), "--save-examples", str(out), "--weight", "2"]) == 0
    examples = load_examples(out)
    documents = read_documents(CONSTRUCTIONS)
    assert len(examples) == len(examples_of(documents))
    assert {e.weight for e in examples} == {2.0}
    saved = out.read_text(encoding="utf-8")
    for document in documents:
        for candidate in document.candidates:
            assert candidate.event.evidence[:40] not in saved


def test_a_stored_held_out_table_travels_with_its_examples(tmp_path: Path) -> None:
    out = tmp_path / "examples.json"
    example = Example({"bias": 1.0}, 1, 3.0)
    save_examples(out, [example], about="t", held_out_f1={0.35: 0.76321, 0.5: 0.6857})
    assert load_examples(out) == [example]
    assert load_held_out_f1(out) == {0.35: 0.7632, 0.5: 0.6857}
    save_examples(out, [example], about="t")
    assert load_held_out_f1(out) == {}
