"""Sentence starts and token columns: the fast paths give what the full rules give."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from kg.extract.tokens import (
    _ends_sentence,
    _may_end_sentence,
    _previous_word,
    expanded_span,
    is_sentence_initial_at,
    sentence_spans,
    sentence_starts,
    token_columns,
    tokenize,
)

WORDS = st.sampled_from(
    [
        "Zeta",
        "said",
        "the",
        "U.S.",
        "Inc.",
        "Mr.",
        "Dr.",
        "A.",
        "St.",
        "Ont.",
        ".",
        "!",
        "?",
        "...",
        "…",
        "?!",
        '"',
        "“",
        "”",
        "’",
        "'",
        ")",
        "(",
        "]",
        "»",
        "«",
        "The",
        "Police",
        "3",
        "van.Police",
        "\n",
        "\n\n",
        " ",
        "-",
        "—",
        ",",
        "Then",
        "He",
        "it",
    ]
)


@settings(max_examples=200, deadline=None)
@given(st.lists(WORDS, max_size=40), st.lists(st.booleans(), max_size=40))
def test_only_words_that_may_end_a_sentence_end_one(words: list[str], glue: list[bool]) -> None:
    text = "".join(w + ("" if g else " ") for w, g in zip(words, glue + [False] * 40, strict=False))
    doc = tokenize(text)
    texts, _, spaces = token_columns(doc)
    for i in range(1, len(texts)):
        previous = _previous_word(texts, i)
        if previous is not None and not _may_end_sentence(texts[previous]):
            assert not _ends_sentence(texts, spaces, previous, i)


@settings(max_examples=100, deadline=None)
@given(st.lists(WORDS, max_size=40))
def test_token_columns_are_the_tokens(words: list[str]) -> None:
    doc = tokenize(" ".join(words) + " end")
    assert token_columns(doc) == (
        [t.text for t in doc],
        [t.idx for t in doc],
        [bool(t.whitespace_) for t in doc],
    )


@settings(max_examples=150, deadline=None)
@given(st.lists(WORDS, max_size=40), st.sampled_from(["", " ", "\n", "x"]))
def test_sentence_spans_are_the_docs_sentences(words: list[str], end: str) -> None:
    doc = tokenize(" ".join(words) + end)
    assert sentence_spans(doc) == [(sent.start, sent.end) for sent in doc.sents]


@settings(max_examples=100, deadline=None)
@given(st.lists(WORDS, max_size=40), st.text(max_size=20))
def test_a_token_is_space_when_its_text_is(words: list[str], noise: str) -> None:
    """What ``next_word`` and ``previous_word`` read instead of ``Token.is_space``."""
    doc = tokenize(" ".join(words) + noise)
    assert [t.is_space for t in doc] == [t.text.isspace() for t in doc]


def _initial_by_tokens(token) -> bool:
    """The rule as it read ``Token`` objects before it read the columns."""
    doc = token.doc
    j = token.i - 1
    while j >= 0:
        prev = doc[j]
        if prev.is_space:
            if "\n" in prev.text:
                return True
            j -= 1
            continue
        if prev.text in {":", "“", '"', "‘", "—", "–", "•", "*", ">", "#", "|"} or (
            prev.text == "-" and prev.whitespace_
        ):
            if (
                prev.text == '"'
                and j > 0
                and not doc[j - 1].whitespace_
                and not doc[j - 1].is_space
            ):
                return bool(token.is_sent_start)
            return True
        if prev.text == "(" and j > 0 and doc[j - 1].is_sent_start:
            return True
        return bool(token.is_sent_start)
    return True


@settings(max_examples=150, deadline=None)
@given(st.lists(WORDS | st.sampled_from([":", "|", "•", "‘"]), max_size=40))
def test_sentence_initial_from_columns_is_the_token_rule(words: list[str]) -> None:
    doc = tokenize(" ".join(words))
    assert [is_sentence_initial_at(doc, t.i) for t in doc] == [_initial_by_tokens(t) for t in doc]
    assert sentence_starts(doc) == [bool(t.is_sent_start) for t in doc]


@settings(max_examples=200, deadline=None)
@given(st.lists(WORDS, max_size=30), st.data())
def test_expanded_span_is_spacys_char_span(words: list[str], data: st.DataObject) -> None:
    text = " ".join(words)
    doc = tokenize(text)
    start = data.draw(st.integers(0, len(text) + 1))
    end = data.draw(st.integers(start + 1, len(text) + 2))
    span = doc.char_span(start, end, alignment_mode="expand")
    assert expanded_span(doc, start, end) == (None if span is None else (span.start, span.end))
