"""Use a trained spaCy pipeline's entities, when the user has one, as extra candidates.

A statistical NER model finds names the rules miss (an unknown one-word company, a
person with a rare first name) but mislabels others (demonyms as places, products as
organisations) and often gets boundaries wrong ("the NWSA's"). Its entities therefore
enter as candidates carrying the model's label, and the same rules that judge the
rule-based candidates then refine them: gazetteer places win, demonyms and products
drop out, titles and possessives are trimmed.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.extract.lexicon import HONORIFICS, TITLES
from kg.extract.spans import Candidate, split_titles

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

MODEL_LABELS = frozenset({"ORG", "PERSON", "PER", "GPE", "LOC", "FAC"})
"""Entity labels taken from a model; NORP (nationalities, groups) is deliberately left out."""

_TRAILING = frozenset({"'s", "’s", "'", "’", ".", ",", ";", ":", ")", "(", '"', "”", "“"})


def model_candidates(nlp: Language, doc: Doc, *, text: str) -> list[Candidate]:
    """Candidates from ``nlp``'s entities on the same text, aligned to ``doc``'s tokens."""
    model_doc = nlp(text)
    words = [token.text for token in doc]
    candidates: list[Candidate] = []
    for ent in model_doc.ents:
        if ent.label_ not in MODEL_LABELS:
            continue
        span = doc.char_span(ent.start_char, ent.end_char, alignment_mode="expand")
        if span is None:
            continue
        start, end = span.start, span.end
        while start < end and (words[start].lower() == "the" or words[start] in HONORIFICS):
            start += 1
        while end > start and (words[end - 1] in _TRAILING or doc[end - 1].is_space):
            end -= 1
        if end <= start:
            continue
        candidate = Candidate(start, end, source="model", label=ent.label_)
        for piece in split_titles(doc, words, candidate):
            if (
                piece.kind is None
                and piece.source == "model"
                and not any(w in TITLES for w in words[piece.start : piece.end])
            ):
                piece.label = ent.label_
            candidates.append(piece)
    return candidates


def merge_candidates(rules: list[Candidate], model: list[Candidate]) -> list[Candidate]:
    """Model spans, plus the rule spans that do not clash with them.

    A rule span that strictly contains model spans and was bridged ("Office *of the*
    Auditor General") replaces them: the rules know more about long names' boundaries.
    """
    kept_model = list(model)
    result: list[Candidate] = []
    for rule in rules:
        overlapping = [m for m in kept_model if m.start < rule.end and rule.start < m.end]
        if not overlapping:
            result.append(rule)
            continue
        contains = all(rule.start <= m.start and m.end <= rule.end for m in overlapping)
        if (
            contains
            and (rule.bridged or rule.kind is not None)
            and any((m.start, m.end) != (rule.start, rule.end) for m in overlapping)
        ):
            for m in overlapping:
                kept_model.remove(m)
            rule.label = overlapping[0].label if rule.kind is None else None
            rule.source = "model" if rule.label else rule.source
            result.append(rule)
    return sorted(result + kept_model, key=lambda c: c.start)
