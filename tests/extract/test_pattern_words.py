"""The word test that skips ``Matcher`` runs never skips a pattern that would match."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from kg.extract.event_clauses import build_view, sentences_of
from kg.extract.event_patterns import compile_pattern, iter_patterns
from kg.extract.events import _matchers, find_matches
from kg.extract.pattern_words import can_match, required_words

_PATTERN_WORDS = sorted(
    {
        word.lstrip("=")
        for _, pattern in iter_patterns()
        for item in pattern.pattern.split()
        for word in item.lstrip("@").rstrip("?").split("|")
        if word and word[0] not in "~*"
    }
)
_FILLER = ["the", "company", "it", "on", "Monday", ",", "has", "was", "not", "."]


def test_every_pattern_has_a_need_and_a_match_needs_all() -> None:
    """Each registry pattern requires some word, and a sentence with none of it fails."""
    for _, pattern in iter_patterns():
        needs = required_words(compile_pattern(pattern.pattern))
        assert needs, pattern.pattern
        assert not can_match(needs, {"zzz"})


@given(st.lists(st.sampled_from(_PATTERN_WORDS + _FILLER), min_size=1, max_size=10))
@settings(max_examples=150, deadline=None)
def test_patterns_that_match_have_their_words(words: list[str]) -> None:
    """Whenever a pattern's ``Matcher`` finds a match, the word test lets it run."""
    view = build_view(" ".join(words), ())
    present = set(view.lemmas) | set(view.lowers)
    matchers, _, _, needs = _matchers()
    for key, matcher in matchers.items():
        if matcher(view.doc):
            assert can_match(needs[key], present), (key, words)


@given(
    st.lists(
        st.lists(st.sampled_from(_PATTERN_WORDS + _FILLER), min_size=1, max_size=12).map(
            lambda words: " ".join(words) + "."
        ),
        min_size=1,
        max_size=4,
    )
)
@settings(max_examples=150, deadline=None)
def test_one_matcher_per_sentence_finds_what_each_pattern_finds(sentences: list[str]) -> None:
    """A sentence's patterns run as one ``Matcher`` give each pattern's own matches, in
    the order of running every pattern's own matcher in turn, key by key."""
    view = build_view(" ".join(sentences), ())
    matchers, _, _, _ = _matchers()
    expected: dict[int, list[tuple[str, int, int]]] = {}
    for index, sent in enumerate(sentences_of(view)):
        span = view.doc[sent.start : sent.end]
        for key in sorted(matchers):
            for _, start, end in matchers[key](span):
                expected.setdefault(index, []).append((key, sent.start + start, sent.start + end))
    assert find_matches(view, sentences_of(view)) == expected
