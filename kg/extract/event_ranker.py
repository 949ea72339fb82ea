"""Which candidate events are an article's key events: a ranker learnt from annotated news.

The event rules find every event an article mentions (history, reactions, quotes, the
news itself); annotators keep the one to three events the article is about. Hand-written
selection rules fitted the annotated sets they were written on and lost a third of their
F1 on news written later, so selection is learnt instead: a logistic regression over
facts of each candidate that say how central it is (its type, where in the article it is
told, whether its actor is one of the article's subjects, whether it is dated and how
long ago, how many other candidates there are), trained on the gold of the annotated
fixtures by :mod:`kg.evaluate.ranker_training` and shipped as ``kg/data/event_ranker.json``.

An article keeps its candidates whose probability reaches the model's threshold, best
first, up to ``max_events``; when none does, its best candidate if that reaches the
fallback threshold (an article usually reports something). Candidates the text tells as
history or as a detail (:func:`is_told_as_background`) are weighed only when the article
tells nothing else, and then only the best one is kept.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import TYPE_CHECKING, Any

from kg.extract.event_patterns import GROUP_OF
from kg.extract.event_salience import is_background, name_of

if TYPE_CHECKING:
    from collections.abc import Sequence

    from kg.extract.events import Candidate
    from kg.records import EventMention

RANKER_RESOURCE = "data/event_ranker.json"
"""Where the trained model lives inside the ``kg`` package."""


@dataclass(frozen=True)
class ArticleFacts:
    """What the ranker needs to know about the article a candidate comes from."""

    subjects: frozenset[str]
    """Folded names of the entities the article is about (headline, lead, repeated)."""
    eras: tuple[str, ...]
    """Per sentence: "background", "recent" or "" (see :func:`sentence_eras`)."""
    published: str | None


def _position(sentence: int) -> str:
    if sentence == 0:
        return "headline"
    if sentence <= 2:
        return "lead"
    if sentence <= 5:
        return "early"
    return "middle" if sentence <= 10 else "late"


def candidate_features(
    candidate: Candidate, candidates: Sequence[Candidate], facts: ArticleFacts
) -> dict[str, float]:
    """The facts about one candidate that the ranker weighs, by name.

    Named features, not a fixed vector, so that a model trained before a feature was added
    still loads (an unknown feature weighs nothing).
    """
    event = candidate.event
    features: dict[str, float] = {
        "bias": 1.0,
        f"type={event.type}": 1.0,
        f"group={GROUP_OF.get(event.type, 'none')}": 1.0,
        f"position={_position(candidate.sentence)}": 1.0,
        "rule_score": candidate.score,
        "cue": float(candidate.cue),
        "aside": float(candidate.aside),
        "has_object": float(event.object is not None or bool(event.object_text)),
        "has_place": float(event.place is not None),
        "log_candidates": math.log(len(candidates)),
    }
    if event.agent is not None:
        features[f"agent={event.agent.kind}"] = 1.0
        # what a person says is news more often than what an organisation's statement
        # says, and a person's theft less often than a firm's suspension: per type
        features[f"type={event.type}&agent={event.agent.kind}"] = 1.0
        features["agent_is_subject"] = float(name_of(event.agent) in facts.subjects)
        name = name_of(event.agent)
        same_agent = sum(1 for c in candidates if c.event.agent and name_of(c.event.agent) == name)
        features["log_agent_events"] = math.log(1 + same_agent)
    else:
        features["agent=description" if event.agent_text else "agent=none"] = 1.0
    if event.date:
        features["dated"] = 1.0
        features["dated_to_the_day"] = float(len(event.date) == 10)
        features["dated_long_ago"] = float(is_background(event.date, facts.published))
    if facts.published is None:
        features["article_undated"] = 1.0  # no publication date: relative dates cannot resolve
    era = facts.eras[candidate.sentence] if candidate.sentence < len(facts.eras) else ""
    features[f"era={era or 'none'}"] = 1.0
    same_type = [c for c in candidates if c.event.type == event.type]
    features["log_same_type"] = math.log(len(same_type))
    features["type_in_headline"] = float(
        candidate.sentence != 0 and any(c.sentence == 0 for c in same_type)
    )
    by_score = sorted(candidates, key=lambda c: -c.score)
    features["score_rank"] = by_score.index(candidate) / len(candidates)
    return features


@dataclass(frozen=True)
class Ranker:
    """A trained logistic regression over :func:`candidate_features`."""

    weights: dict[str, float]
    threshold: float
    fallback: float

    def probability(self, features: dict[str, float]) -> float:
        """The model's probability that a candidate with ``features`` is a key event."""
        z = sum(self.weights.get(name, 0.0) * value for name, value in features.items())
        return 1.0 / (1.0 + math.exp(-max(min(z, 40.0), -40.0)))

    def to_json(self, **about: Any) -> str:
        """The model as the JSON file :func:`load_ranker` reads, with ``about`` notes."""
        data = {
            "threshold": self.threshold,
            "fallback": self.fallback,
            "weights": dict(sorted(self.weights.items())),
            **about,
        }
        return json.dumps(data, indent=1, ensure_ascii=False) + "\n"

    @classmethod
    def from_json(cls, text: str) -> Ranker:
        """Read a model written by :meth:`to_json`."""
        data = json.loads(text)
        return cls(
            weights={str(k): float(v) for k, v in data["weights"].items()},
            threshold=float(data["threshold"]),
            fallback=float(data["fallback"]),
        )


@lru_cache(maxsize=1)
def load_ranker() -> Ranker:
    """The model shipped with the package."""
    text = resources.files("kg").joinpath(RANKER_RESOURCE).read_text(encoding="utf-8")
    return Ranker.from_json(text)


def is_told_as_background(candidate: Candidate, facts: ArticleFacts) -> bool:
    """Whether the article tells a candidate as history or a detail, not as its news.

    Told in a relative or "while" clause ("Zeta, which cut jobs in March, ..."), dated a
    year or so before publication, or in a background paragraph without a recent date of
    its own. The headline is never background. These are facts of the text, not of any
    annotated set, so they hold before the learnt ranker weighs anything: background
    candidates are considered only when the article tells nothing else.
    """
    if candidate.sentence == 0:
        return False
    date = candidate.event.date
    if candidate.aside or is_background(date, facts.published):
        return True
    era = facts.eras[candidate.sentence] if candidate.sentence < len(facts.eras) else ""
    return era == "background" and not date


def select_events(
    candidates: Sequence[Candidate],
    facts: ArticleFacts,
    *,
    max_events: int,
    ranker: Ranker | None = None,
) -> tuple[EventMention, ...]:
    """The article's key events among ``candidates``, in text order.

    >>> from kg.extract.events import Candidate
    >>> from kg.records import EventMention
    >>> facts = ArticleFacts(frozenset(), ("", ""), "2024-05-01")
    >>> lead = Candidate(EventMention("Withdrawal", "left", "Zeta left.", 0, 10), 1.5, 1, 0)
    >>> model = Ranker({"bias": -1.0, "position=lead": 2.0}, threshold=0.5, fallback=0.2)
    >>> [e.type for e in select_events([lead], facts, max_events=3, ranker=model)]
    ['Withdrawal']
    >>> select_events([lead], facts, max_events=3, ranker=Ranker({"bias": -5}, 0.5, 0.2))
    ()
    """
    if not candidates:
        return ()
    model = ranker or load_ranker()
    news = [c for c in candidates if not is_told_as_background(c, facts)]
    history = [c for c in candidates if c not in news]
    for pool, most in ((news, max_events), (history, 1)):
        scored = sorted(
            ((model.probability(candidate_features(c, candidates, facts)), c) for c in pool),
            key=lambda pair: -pair[0],
        )
        kept = [c for p, c in scored if p >= model.threshold][:most]
        if not kept and scored and scored[0][0] >= model.fallback:
            kept = [scored[0][1]]
        if kept:
            return tuple(c.event for c in sorted(kept, key=lambda c: c.event.start))
    return ()


__all__ = [
    "ArticleFacts",
    "Ranker",
    "candidate_features",
    "is_told_as_background",
    "load_ranker",
    "select_events",
]
