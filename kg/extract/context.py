"""What the rules may consult about the whole article while judging one span."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from kg.extract.lexicon import HONORIFICS, SENTENCE_STARTERS
from kg.extract.tokens import token_columns

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from kg.extract.spans import Candidate


@dataclass
class ArticleContext:
    """The article's tokens, its lower-case vocabulary and the texts of its candidates.

    The lower-case vocabulary tells a capitalised common word ("Police then ...") from a
    name; the candidate texts tell which names recur, so a sentence opener that is
    used as a name elsewhere can be trusted; ``name_words`` (first and last words of
    longer names; ``name_ends`` only their last words) let a surname that is also a
    common word ("Park", "Young") stand;
    ``speakers`` are single capitalised words that are the subject of "said" or
    "told" ("Tate said"), the way news refers back to a person by surname.
    """

    doc: Doc
    text: str
    words: list[str]
    offsets: list[int]
    lower_words: frozenset[str]
    known_organisations: frozenset[str] = frozenset()
    chunk_texts: Counter[str] = field(default_factory=Counter)
    name_words: frozenset[str] = frozenset()
    name_ends: frozenset[str] = frozenset()
    speakers: frozenset[str] = frozenset()


def build_context(
    doc: Doc,
    text: str,
    candidates: list[Candidate],
    *,
    known_organisations: frozenset[str] = frozenset(),
) -> ArticleContext:
    """Collect what :class:`ArticleContext` holds for one tokenized article.

    ``text`` is ``doc.text``, passed in because spaCy rebuilds that string on every
    access and the rules slice it thousands of times.
    """
    words, offsets, _ = token_columns(doc)
    lower = frozenset(w for w in words if w.isalpha() and w.islower())
    context = ArticleContext(doc, text, words, offsets, lower, known_organisations)
    context.chunk_texts.update(
        span_text(context, c.start, c.end) for c in candidates if c.end > c.start
    )
    context.name_words = frozenset(
        words[i] for c in candidates if c.end - c.start > 1 for i in (c.start, c.end - 1)
    )
    context.name_ends = frozenset(words[c.end - 1] for c in candidates if c.end - c.start > 1)
    context.speakers = find_speakers(words)
    return context


SPEAKER_VERBS = frozenset({"said", "says", "told", "added", "asked", "testified", "recalled"})
"""Verbs whose bare capitalised subject is, in news, usually a person's surname."""


def find_speakers(words: list[str]) -> frozenset[str]:
    """Single capitalised words used the way news refers back to a person by surname.

    The subject of "said" or "told" ("Tate said"), a word after an honorific
    ("Ms. Vane"), a word with an age in apposition ("Pell, 61,"), each standing
    alone rather than ending a longer name. Firms say things too, so callers weigh
    this with other evidence.

    >>> text = "Tate said it . Omni Labs said so . Mr. Roe left . Pell , 61 , was hurt . It said"
    >>> sorted(find_speakers(text.split()))
    ['Pell', 'Roe', 'Tate']
    """
    found: set[str] = set()
    for i, word in enumerate(words):
        if not (word[:1].isupper() and word.isalpha() and not word.isupper()):
            continue
        if word in SENTENCE_STARTERS:
            continue
        before = words[i - 1] if i else ""
        if before in HONORIFICS:
            found.add(word)
            continue
        if before[:1].isupper() and before not in _TITLE_LIKE:
            continue  # the end of a longer name
        after = words[i + 1 : i + 4]
        speaks = bool(after) and after[0] in SPEAKER_VERBS
        aged = len(after) == 3 and after[0] == "," and after[1].isdigit() and after[2] == ","
        if speaks or aged:
            found.add(word)
    return frozenset(found)


_TITLE_LIKE = frozenset({"Mr.", "Mrs.", "Ms.", "Dr.", "Mr", "Mrs", "Ms", "Dr", "The", "A"})


def span_text(context: ArticleContext, start: int, end: int) -> str:
    """The exact text of tokens ``start:end``."""
    return context.text[
        context.offsets[start] : context.offsets[end - 1] + len(context.words[end - 1])
    ]


def next_word(context: ArticleContext, end: int) -> str | None:
    """The token right after a span (``None`` at a line break or the end).

    A token is spaCy's ``is_space`` exactly when its text ``isspace()`` (the lexical
    attribute is defined so); reading the text spares making a ``Token`` object, about
    a thousand times per article.
    """
    if end < len(context.words) and not context.words[end].isspace():
        return context.words[end]
    return None


def previous_word(context: ArticleContext, start: int) -> str | None:
    """The token right before a span (``None`` at a line break or the start)."""
    if start > 0 and not context.words[start - 1].isspace():
        return context.words[start - 1]
    return None
