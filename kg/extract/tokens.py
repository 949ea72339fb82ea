"""Tokens and sentences: a blank English spaCy pipeline with a rule-based sentencizer.

spaCy's tokenizer already keeps "U.S.", "Inc." and "A." whole and splits possessives
("AI’s" -> "AI", "’s"), which is most of what name rules need. Its own sentencizer
would end a sentence at every "U.S." or "Inc.", so the pipeline uses
:func:`set_sentence_starts` instead: a full stop ends a sentence only when what follows
looks like a new one. The pipeline is built once per process.
"""

from __future__ import annotations

import bisect
import itertools
from functools import lru_cache
from typing import TYPE_CHECKING, Any

import numpy
from spacy.attrs import IDX, ORTH, SENT_START, SPACY

from kg.extract.lexicon import (
    ABBREVIATIONS,
    SENTENCE_STARTERS,
    STATE_NAMES,
    TITLE_ABBREVIATIONS,
    words,
)

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc, Token

SENTENCIZER = "newskg_sentences"
_COLUMNS = "newskg.token_columns"
"""Registered name of the sentence component (spaCy components are registered by name)."""
_SENTENCES = "newskg.sentence_spans"
_STARTS = "newskg.sentence_starts"

KEPT_ABBREVIATIONS = (
    (frozenset(STATE_NAMES) - {"Man."})
    | TITLE_ABBREVIATIONS
    | words("St. ST. Ste. STE. Ft. FT. Pt. Mt. MT.")
)
"""Abbreviations that spaCy would split from their full stop ("Ont.", "ST. THOMAS",
"Const."): kept whole so that "St. Thomas" is one name, "Ont." one place, and
"Sgt. Ana Ruiz" no sentence break.
("Man." stays split: it is far more often the noun that ends a sentence.)

>>> [t.text for t in tokenize("ST. THOMAS, Ont. — Rain fell.")][:4]
['ST.', 'THOMAS', ',', 'Ont.']
"""

_ENDERS = frozenset({".", "!", "?", "…", "...", "?!", "!?"})
_CLOSERS = frozenset({'"', "”", "’", "'", ")", "]", "»"})
_OPENERS = frozenset({'"', "“", "‘", "'", "(", "[", "«"})


@lru_cache(maxsize=1)
def load_pipeline() -> Language:
    """``spacy.blank("en")`` with the news sentencizer; no model, nothing downloaded."""
    import spacy
    from spacy.language import Language

    if not Language.has_factory(SENTENCIZER):
        Language.component(SENTENCIZER, func=set_sentence_starts)
    nlp = spacy.blank("en")
    infixes = [*(nlp.Defaults.infixes or ()), r"(?<=[A-Z]\.)-(?=[a-zA-Z])"]  # "U.S.-based"
    tokenizer: Any = nlp.tokenizer
    tokenizer.infix_finditer = spacy.util.compile_infix_regex(infixes).finditer
    for abbreviation in KEPT_ABBREVIATIONS:
        tokenizer.add_special_case(abbreviation, [{ORTH: abbreviation}])
    nlp.add_pipe(SENTENCIZER)
    return nlp


def tokenize(text: str) -> Doc:
    """Tokens and sentences of ``text``.

    The entity and the event extractors both tokenize the same article text; the last
    few results are kept so that the work is done once per article. Callers only read
    the ``Doc``, so sharing it is safe.

    >>> doc = tokenize("Shares of Zeta Inc. fell in the U.S. The firm said so.")
    >>> [sent.text for sent in doc.sents]
    ['Shares of Zeta Inc. fell in the U.S.', 'The firm said so.']
    """
    return _tokenize_cached(text)


@lru_cache(maxsize=4)
def _tokenize_cached(text: str) -> Doc:
    return load_pipeline()(text)


def token_columns(doc: Doc) -> tuple[list[str], list[int], list[bool]]:
    """Each token's text, character offset and trailing-space flag, as plain lists.

    Rules read tokens thousands of times per article; spaCy builds a ``Token`` object
    on every ``doc[i]``, so reading the columns once, in one array call, is much faster.

    >>> token_columns(tokenize("Rain fell."))
    (['Rain', 'fell', '.'], [0, 5, 9], [True, False, False])
    """
    cached = doc.user_data.get(_COLUMNS)
    if cached is not None and cached[0] == len(doc):
        return cached[1]
    if len(doc):
        # one column at a time: three list calls instead of a list of rows taken apart
        columns = doc.to_array([ORTH, IDX, SPACY])
        strings = doc.vocab.strings
        words = [strings[orth] for orth in columns[:, 0].tolist()]
        result = words, columns[:, 1].tolist(), (columns[:, 2] != 0).tolist()
    else:
        result = [], [], []
    doc.user_data[_COLUMNS] = (len(doc), result)
    return result


def sentence_spans(doc: Doc) -> list[tuple[int, int]]:
    """Each sentence's first token and the token after it, as ``doc.sents`` gives them.

    The rules walk the sentences several times per article; ``doc.sents`` makes a
    ``Span`` (and ``Token`` objects for its offsets) for each on every walk. The starts
    are read once, in one array call, and the spans kept with the ``Doc``.

    >>> doc = tokenize("Mr. Ito met Dr. Lund. Then he left.")
    >>> sentence_spans(doc) == [(sent.start, sent.end) for sent in doc.sents]
    True
    """
    cached = doc.user_data.get(_SENTENCES)
    if cached is not None and cached[0] == len(doc):
        return cached[1]
    if "sents" in doc.user_hooks:
        spans = [(sent.start, sent.end) for sent in doc.sents]
    else:
        # doc.sents: a sentence starts at token 0 and wherever a later SENT_START is 1
        starts = doc.to_array([SENT_START]).reshape(-1)[1:] == 1
        bounds = [0, *(numpy.flatnonzero(starts) + 1).tolist(), len(doc)]
        spans = [(start, end) for start, end in itertools.pairwise(bounds) if start < end]
    doc.user_data[_SENTENCES] = (len(doc), spans)
    return spans


def expanded_span(doc: Doc, start_char: int, end_char: int) -> tuple[int, int] | None:
    """``doc.char_span(start_char, end_char, alignment_mode="expand")`` as token bounds.

    The same search as spaCy's (the token whose text or trailing space holds a
    character), on the token columns: ``char_span`` made a ``Span`` and three
    ``Token`` objects per call, once for each mention of an article.

    >>> doc = tokenize("Shares of Zeta Inc. fell.")
    >>> expanded_span(doc, 11, 16), doc.char_span(11, 16, alignment_mode="expand")[:]
    ((2, 4), Zeta Inc.)
    """
    words, offsets, spaces = token_columns(doc)
    first = _token_by_char(words, offsets, spaces, start_char)
    if first < 0:
        return None
    last = _token_by_char(words, offsets, spaces, end_char - 1)
    if last < 0:
        return None
    if start_char == offsets[first] + len(words[first]):
        first += 1  # the trailing space of a token is not part of it
    return first, last + 1


def _token_by_char(words: list[str], offsets: list[int], spaces: list[bool], char: int) -> int:
    """The token whose text or trailing space holds ``char``, or -1 (spaCy's search)."""
    i = bisect.bisect_right(offsets, char) - 1
    if i < 0 or char >= offsets[i] + len(words[i]) + spaces[i]:
        return -1
    return i


def set_sentence_starts(doc: Doc) -> Doc:
    """Mark sentence starts: after line breaks, and after full stops that end a sentence.

    >>> [sent.text for sent in tokenize("Mr. Ito met Dr. Lund. Then he left.").sents]
    ['Mr. Ito met Dr. Lund.', 'Then he left.']
    """
    words, _, spaces = token_columns(doc)
    starts = [False] * len(words)
    pending = True
    for i, word in enumerate(words):
        if not word.strip():
            if "\n" in word:
                pending = True
            continue
        if pending:
            starts[i] = True
            pending = False
            continue
        previous = _previous_word(words, i)
        # spaCy keeps at most one trailing space on a token: line breaks are tokens
        # of their own, which ``_previous_word`` stops at.
        if (
            previous is not None
            and _may_end_sentence(words[previous])
            and _ends_sentence(words, spaces, previous, i)
        ):
            starts[i] = True
    # one array write: setting ``token.is_sent_start`` one by one re-scans the whole Doc;
    # -1 ("not a start") wraps to uint64 exactly as ``Doc.to_array`` writes it
    values = numpy.array([1 if start else -1 for start in starts], dtype="int64")
    column: Any = values.astype("uint64").reshape(-1, 1)
    return doc.from_array([SENT_START], column)


def _previous_word(words: list[str], i: int) -> int | None:
    j = i - 1
    while j >= 0 and not words[j].strip():
        if "\n" in words[j]:
            return None
        j -= 1
    return j if j >= 0 else None


def _may_end_sentence(word: str) -> bool:
    """Whether a sentence can end after ``word``: :func:`_ends_sentence` is False otherwise.

    Only a closing quote or bracket, a sentence ender or a word with a full stop can end
    a sentence; most words are none of these, and this test spares them the full one.
    """
    return word in _CLOSERS or word in _ENDERS or word.endswith(".")


def _ends_sentence(words: list[str], spaces: list[bool], previous: int, i: int) -> bool:
    """Whether a sentence ends between token ``previous`` and token ``i``."""
    if not spaces[previous] and words[i] not in _OPENERS and not _glued_sentence(words, i):
        return False
    j = previous
    while j > 0 and words[j] in _CLOSERS:
        j -= 1
    last = words[j]
    nxt = words[i]
    opens = nxt[:1].isupper() or nxt[:1].isdigit() or nxt in _OPENERS
    if not opens:
        return False
    if last in _ENDERS:
        return True
    if last.endswith(".") and len(last) > 1:
        if last in ABBREVIATIONS or _is_initial(last):
            return nxt in SENTENCE_STARTERS and last not in _NEVER_FINAL and not _is_initial(last)
        return False
    return False


def _glued_sentence(words: list[str], i: int) -> bool:
    """A full stop with no space between a lower-case word and a capitalised one.

    Pages scraped without their paragraph breaks glue sentences ("... they took the
    van.Police said on Friday ..."); spaCy splits the stop off, and the next
    word starts a sentence. "U.S.Steel" or "amazon.com" are one token and never get here.
    """
    return (
        i >= 2
        and words[i - 1] == "."
        and words[i - 2].isalpha()
        and words[i - 2].islower()
        and len(words[i - 2]) > 1
        and words[i][:1].isupper()
        and words[i][1:2].islower()
    )


_NEVER_FINAL = words("Mr. Mrs. Ms. Dr. Prof. Gov. Sen. Rep. Gen. Col. Capt. Lt. Sgt. St.")


def _is_initial(word: str) -> bool:
    return len(word) == 2 and word[0].isupper()


def is_sentence_initial(token: Token) -> bool:
    """Whether a word's capital letter is owed to its position, not to being a name.

    True for the first word of a sentence, and for the first word after a colon, an
    opening quote, a dash or a list bullet, which also begin clauses with a capital.

    >>> doc = tokenize("He said: Zeta left.")
    >>> is_sentence_initial(doc[0]), is_sentence_initial(doc[3]), is_sentence_initial(doc[4])
    (True, True, False)
    """
    return is_sentence_initial_at(token.doc, token.i)


def is_sentence_initial_at(doc: Doc, i: int) -> bool:
    """:func:`is_sentence_initial` of token ``i``, read from the token columns.

    The name rules ask this of most candidates; each ``doc[j]`` it read made a ``Token``.
    """
    words, _, spaces = token_columns(doc)
    starts = sentence_starts(doc)
    j = i - 1
    while j >= 0:
        prev = words[j]
        if prev.isspace():  # spaCy's is_space
            if "\n" in prev:
                return True
            j -= 1
            continue
        if prev in _CLAUSE_OPENERS or (prev == "-" and spaces[j]):
            if prev == '"' and j > 0 and not spaces[j - 1] and not words[j - 1].isspace():
                return starts[i]  # a closing straight quote
            return True
        if prev == "(" and j > 0 and starts[j - 1]:
            return True
        return starts[i]
    return True


_CLAUSE_OPENERS = frozenset({":", "“", '"', "‘", "—", "–", "•", "*", ">", "#", "|"})


def sentence_starts(doc: Doc) -> list[bool]:
    """Each token's ``bool(token.is_sent_start)``, read in one array call (kept with the Doc).

    >>> sentence_starts(tokenize("Rain fell. Then it stopped."))
    [True, False, False, True, False, False, False]
    """
    cached = doc.user_data.get(_STARTS)
    if cached is not None and cached[0] == len(doc):
        return cached[1]
    flags: list[bool] = (doc.to_array([SENT_START]).reshape(-1) == 1).tolist()
    doc.user_data[_STARTS] = (len(doc), flags)
    return flags
