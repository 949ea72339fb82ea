"""Find the organisations, persons and places an article names, without a trained model.

The steps follow the data: tokens and sentences (:mod:`~kg.extract.tokens`),
candidate spans (:mod:`~kg.extract.spans`), a kind for each (:mod:`~kg.extract.classify`),
then the article-wide view that links short forms to full ones and keeps each name's
kind consistent (:mod:`~kg.extract.link`). Lines set in title case (headlines,
teasers, menus) capitalise every word, so there capital letters prove nothing: those
lines are only searched for names the rest of the article established, plus
acronyms and places.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from kg.extract.classify import BIG_CITY, classify, is_caption_word
from kg.extract.context import ArticleContext, build_context
from kg.extract.gazetteer import lookup_place, lookup_place_folded
from kg.extract.institution_names import institution_spans
from kg.extract.lexicon import CALENDAR, NON_NAME_ACRONYMS, STATE_ABBREVIATIONS, words
from kg.extract.limits import (
    CANDIDATE_FACTOR,
    DEFAULT_MAX_ENTITIES,
    first_distinct,
    limit_mentions,
    long_text_note,
    truncation_note,
)
from kg.extract.link import Resolved, resolve
from kg.extract.model import merge_candidates, model_candidates
from kg.extract.spans import Candidate, find_candidates, is_acronym, is_capitalised
from kg.extract.tokens import sentence_spans, token_columns, tokenize
from kg.read.decode import MAX_ANALYSED_CHARS
from kg.records import Article, Mention

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

_LOWER_FUNCTION_WORDS = words(
    "a an the of in on at to for and or but nor with by from as vs vs. via per into onto "
    "over under after before about against amid among"
)
_DATELINE_ENDS = frozenset({",", "—", "–", "-", ":", "("})
_EMPHASIS = frozenset({"*", "**", "_", "__"})
"""Markdown emphasis marks a dateline may be set in."""


@dataclass(frozen=True)
class EntityExtraction:
    """An article's entity mentions, and notes on what was left out (``--max-entities``)."""

    mentions: tuple[Mention, ...]
    notes: tuple[str, ...] = ()


def extract_mentions(
    article: Article,
    *,
    known_organisations: frozenset[str] = frozenset(),
    nlp: Language | None = None,
    max_entities: int = DEFAULT_MAX_ENTITIES,
) -> tuple[Mention, ...]:
    """Every mention of an organisation, person or place in ``article.text``.

    ``known_organisations`` are outlet names from the corpus metadata: where they occur
    in the text they are organisations. ``nlp``, a trained spaCy pipeline, adds its
    entities as candidates for the rules to refine. Only the first ``max_entities``
    entities are kept (see :func:`extract_entities`, which also says so).

    >>> from kg.records import SourceInfo
    >>> source = SourceInfo("a.txt", "0", "text/plain", "p")
    >>> body = "Tarvex Labs Inc. hired Dana Whitlock, a former Ohio official. Whitlock said so."
    >>> article = Article(source, "Hiring news", body=body)
    >>> for mention in extract_mentions(article):
    ...     print(mention.kind, mention.text, mention.canonical)
    organization Tarvex Labs Inc. None
    person Dana Whitlock None
    place Ohio None
    person Whitlock Dana Whitlock
    """
    return extract_entities(
        article, known_organisations=known_organisations, nlp=nlp, max_entities=max_entities
    ).mentions


def extract_entities(
    article: Article,
    *,
    known_organisations: frozenset[str] = frozenset(),
    nlp: Language | None = None,
    max_entities: int = DEFAULT_MAX_ENTITIES,
    shared_organisations: frozenset[str] = frozenset(),
) -> EntityExtraction:
    """The mentions of :func:`extract_mentions`, with a note when the limit cut them.

    Candidates are cut to ``CANDIDATE_FACTOR * max_entities`` distinct names before they
    are classified and linked, and only the first ``MAX_ANALYSED_CHARS`` of the text are
    read, so the cost of a pathological text stays bounded.
    """
    text = article.text[:MAX_ANALYSED_CHARS]
    notes = [long_text_note()] if len(article.text) > MAX_ANALYSED_CHARS else []
    doc = tokenize(text)
    matching = title_case_tokens(doc)
    forced = known_organisation_candidates(
        doc, known_organisations, text=text, shared=shared_organisations
    ) + dateline_candidates(doc)
    forced += _institution_candidates(
        doc, text, taken={i for c in forced for i in range(c.start, c.end)}
    )
    skip = frozenset(matching | {i for c in forced for i in range(c.start, c.end)})
    candidates = forced + find_candidates(doc, skip=skip)
    if nlp is not None:
        model = [
            c
            for c in model_candidates(nlp, doc, text=text)
            if not any(i in matching for i in range(c.start, c.end))
        ]
        candidates = merge_candidates(candidates, model)
    span_text = _span_texts(doc, text)
    in_order = [span_text(c) for c in sorted(candidates, key=lambda c: c.start)]
    allowed = set(first_distinct(in_order, key=str, limit=CANDIDATE_FACTOR * max_entities))
    cut = len(allowed) < len(set(in_order))
    if cut:
        candidates = [c for c in candidates if span_text(c) in allowed]
    context = build_context(doc, text, candidates, known_organisations=known_organisations)
    decided = [c for c in (classify(c, context) for c in candidates) if c is not None]
    resolved = resolve(decided, context)
    if matching:
        resolved = sorted(
            resolved + match_known_names(doc, resolved, matching), key=lambda r: r.start
        )
    sentences = sentence_bounds(doc, text)
    mentions, dropped = limit_mentions(
        [to_mention(context, r, sentences) for r in resolved], max_entities
    )
    if dropped or cut:
        notes.append(truncation_note(max_entities))
    return EntityExtraction(mentions, tuple(notes))


def sentence_bounds(doc: Doc, text: str) -> list[tuple[int, int]]:
    """For each token, the character span of its sentence (without surrounding space)."""
    bounds: list[tuple[int, int]] = []
    words, offsets, _ = token_columns(doc)
    for first, after in sentence_spans(doc):
        start = offsets[first]  # a Span's start_char and end_char, from the token columns
        end = offsets[after - 1] + len(words[after - 1])
        while end > start and text[end - 1].isspace():
            end -= 1
        bounds.extend([(start, end)] * (after - first))
    return bounds


def to_mention(
    context: ArticleContext, resolved: Resolved, sentences: list[tuple[int, int]]
) -> Mention:
    """The record for one resolved span, with character offsets into the article text."""
    start = context.offsets[resolved.start]
    last_word = resolved.end - 1
    if resolved.kind == "organization" and _brand_possessive(
        context.words, resolved.start, resolved.end
    ):
        last_word += 1  # "Quorrim's is closing": the 's is the brand's, not a possessive
    end = context.offsets[last_word] + len(context.words[last_word])
    first, last = sentences[resolved.start]
    return Mention(
        kind=resolved.kind,
        text=context.text[start:end],
        start=start,
        end=end,
        sentence=context.text[first:last].strip(),
        canonical=resolved.canonical,
        geonames_id=resolved.geonames_id,
    )


def _brand_possessive(words: list[str], start: int, end: int) -> bool:
    """Whether a one-word name's "'s" is part of it: a verb or a comma follows, no noun.

    >>> _brand_possessive("Zeta 's is closing".split(), 0, 1)
    True
    >>> _brand_possessive("Zeta 's stores".split(), 0, 1)
    False
    """
    return (
        end - start == 1
        and end + 1 < len(words)
        and words[end] in {"'s", "’s"}
        and words[end + 1] in _AFTER_A_SUBJECT
    )


_AFTER_A_SUBJECT = frozenset(
    {",", ".", ";", ":", ")", "is", "was", "has", "had", "will", "would", "said", "says"}
    | {"announced", "reported", "confirmed", "plans", "planned", "agreed", "declined"}
)
"""Words that follow a name used as a subject; a possessive is followed by a noun."""


def title_case_tokens(doc: Doc) -> set[int]:
    """Token indices of lines written in title case (headlines, teasers, menus).

    A line of prose that happens to be full of names ends with a full stop; a
    headline or a menu does not (the first line, the headline, may).

    >>> doc = tokenize("Zeta Halts Sales Of Its Phones Worldwide\\n\\nZeta said sales stop.")
    >>> sorted(title_case_tokens(doc))
    [0, 1, 2, 3, 4, 5, 6]
    """
    result: set[int] = set()
    texts, _, _ = token_columns(doc)
    for number, line in enumerate(_lines(texts)):
        before = texts[line[-2]] if len(line) > 1 else ""
        if number and _ends_like_prose(texts[line[-1]], before):
            continue
        line_words = [texts[i] for i in line if texts[i][:1].isalpha()]
        content = [w for w in line_words if w.lower() not in _LOWER_FUNCTION_WORDS]
        if len(content) < 3:
            continue
        capitalised = sum(1 for w in content if is_capitalised(w))
        if capitalised / len(content) >= 0.75:
            result.update(line)
    return result


def _ends_like_prose(last: str, before: str) -> bool:
    if last in {'"', "”", "’", "'", ")"}:
        last = before
    return last in {".", "!", "?", "…"} or (last.endswith(".") and len(last) > 3)


def _lines(words: list[str]) -> list[list[int]]:
    """Token indices line by line (spaCy makes every line break a token of its own)."""
    lines: list[list[int]] = [[]]
    for i, word in enumerate(words):
        if not word.strip():
            if "\n" in word:
                lines.append([])
            continue
        lines[-1].append(i)
    return [line for line in lines if line]


def dateline_candidates(doc: Doc) -> list[Candidate]:
    """Places in capitals that open a line: "LAGOS, Nigeria (AP) —", "DENVER —"."""
    candidates: list[Candidate] = []
    texts, _, _ = token_columns(doc)
    for line in _lines(texts):
        line = [i for i in line if texts[i] not in _EMPHASIS]  # Markdown's "**APIA** -"
        end = 0
        while end < len(line) and end < 4 and _is_caps_word(texts[line[end]]):
            end += 1
        if not end or end >= len(line) or texts[line[end]] not in _DATELINE_ENDS:
            continue
        name = " ".join(texts[i] for i in line[:end])
        place = lookup_place_folded(name)
        if place is None and texts[line[end]] == "," and end + 1 < len(line):
            follower = texts[line[end + 1]]
            if follower not in STATE_ABBREVIATIONS and lookup_place(follower) is None:
                continue
        elif place is None:
            continue
        candidates.append(Candidate(line[0], line[end - 1] + 1, kind="place"))
    return candidates


def _is_caps_word(word: str) -> bool:
    letters = [c for c in word if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters) and word not in NON_NAME_ACRONYMS


def _span_texts(doc: Doc, text: str) -> Callable[[Candidate], str]:
    """A function giving ``doc[c.start : c.end].text`` of a candidate, without a ``Span``.

    It slices ``text``, which the doc was made of, from the candidate's first token's
    offset to its last token's end: the same characters, at a fraction of the cost.
    """
    words, offsets, _ = token_columns(doc)

    def span_text(c: Candidate) -> str:
        if c.end <= c.start:
            return ""
        return text[offsets[c.start] : offsets[c.end - 1] + len(words[c.end - 1])]

    return span_text


def known_organisation_candidates(
    doc: Doc, names: frozenset[str], *, text: str, shared: frozenset[str] = frozenset()
) -> list[Candidate]:
    """Spans where an outlet named in the corpus metadata occurs in the text.

    ``shared`` is the part of ``names`` every article of a build shares (the outlets of
    the corpus; the rest are the article's own). Its expression is compiled once per
    build instead of once per article, which cost more than the search itself; the
    matches are the same as one expression of all the names would give.

    An outlet's name that a capitalised word continues is the start of a longer name (the
    outlet "Zeta" in "PT Zeta Teknologi Indonesia"), left to the rules that find names.
    """
    if not names:
        return []
    candidates: list[Candidate] = []
    for start, end in _known_spans(text, names, shared if shared <= names else frozenset()):
        span = doc.char_span(start, end)
        if span is not None and not _continued_name(doc, span.end):
            candidates.append(Candidate(span.start, span.end, kind="organization", cues={"known"}))
    return candidates


def _institution_candidates(doc: Doc, text: str, *, taken: set[int]) -> list[Candidate]:
    """Public bodies named in a Romance language (:mod:`kg.extract.institution_names`)."""
    candidates: list[Candidate] = []
    for start, end in institution_spans(text):
        span = doc.char_span(start, end)
        if span is not None and not any(i in taken for i in range(span.start, span.end)):
            candidates.append(Candidate(span.start, span.end, kind="organization"))
    return candidates


def _continued_name(doc: Doc, end: int) -> bool:
    """Whether the token at ``end`` goes on with the capitalised name before it."""
    return (
        end < len(doc)
        and doc[end - 1].whitespace_ == " "
        and not doc[end].is_sent_start
        and is_capitalised(doc[end].text)
        and doc[end].text not in CALENDAR
    )


def _known_spans(
    text: str, names: frozenset[str], shared: frozenset[str]
) -> Iterator[tuple[int, int]]:
    """Where one expression of every variant of ``names`` would match, in text order.

    That expression tries the variants longest first at each position and goes on after
    each match, so at the first position where any variant matches it takes the longest
    one there. Searching the shared variants and the article's own separately and taking,
    each time, the earlier match (the longer of two at one position) finds the same.
    """
    variants = _variants(names)
    shared_variants = _variants(shared) if shared else frozenset()
    own = variants - shared_variants
    if not shared_variants or not own:
        yield from (m.span() for m in _known_pattern(variants).finditer(text))
        return
    first, second = _known_pattern(shared_variants), _known_pattern(own)
    position = 0
    while True:
        found = [m for m in (first.search(text, position), second.search(text, position)) if m]
        if not found:
            return
        start, end = min((m.start(), -m.end()) for m in found)
        yield start, -end
        position = -end


@lru_cache(maxsize=64)
def _variants(names: frozenset[str]) -> frozenset[str]:
    variants = {name.strip() for name in names if name and len(name.strip()) > 2}
    variants |= {v[4:] for v in variants if v.startswith("The ") and len(v) > 7}
    return frozenset(variants)


@lru_cache(maxsize=64)
def _known_pattern(variants: frozenset[str]) -> re.Pattern[str]:
    ordered = sorted(variants, key=len, reverse=True)
    return re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(v) for v in ordered) + r")(?![\w-])")


def match_known_names(doc: Doc, resolved: list[Resolved], tokens: set[int]) -> list[Resolved]:
    """Names in title-case lines: forms the article established, acronyms, places."""
    shouting = _shouting_tokens(doc, tokens)
    known: dict[tuple[str, ...], Resolved] = {}
    for r in resolved:
        key = tuple(t.text for t in doc[r.start : r.end])
        known.setdefault(key, r)
    longest = max((len(k) for k in known), default=1)
    taken = {i for r in resolved for i in range(r.start, r.end)}
    found: list[Resolved] = []
    ordered = sorted(tokens)
    position = 0
    while position < len(ordered):
        i = ordered[position]
        match = None
        for size in range(min(longest + 1, 5), 0, -1):
            span = list(range(i, i + size))
            if not all(k in tokens and k not in taken for k in span) or span[-1] >= len(doc):
                continue
            if size > 1 and any(doc[k].is_sent_start for k in span[1:]):
                continue
            names = tuple(doc[k].text for k in span)
            match = _match_one(names, known, i, i + size, shouting=i in shouting)
            if match is not None:
                break
        if match is None:
            position += 1
            continue
        found.append(match)
        position += match.end - match.start
    return found


def _shouting_tokens(doc: Doc, tokens: set[int]) -> set[int]:
    """Tokens of lines set mostly in capitals, where only established names are trusted."""
    result: set[int] = set()
    texts, _, _ = token_columns(doc)
    for line in _lines(texts):
        if not tokens.issuperset(line):
            continue
        letters = [texts[i] for i in line if any(c.isalpha() for c in texts[i])]
        if letters and sum(w.isupper() for w in letters) / len(letters) >= 0.5:
            result.update(line)
    return result


def _match_one(
    names: tuple[str, ...],
    known: dict[tuple[str, ...], Resolved],
    start: int,
    end: int,
    *,
    shouting: bool = False,
) -> Resolved | None:
    if names in known:
        r = known[names]
        return Resolved(start, end, r.kind, r.text, r.canonical, r.geonames_id)
    text = " ".join(names)
    if shouting:
        return None  # in "OFFICIALS CONFIRM FIRE" every word looks like an acronym
    if any(is_caption_word(name) for name in names):
        return None  # "PHOTOS: ...", "VIDEO: ..."
    if len(names) == 1 and is_acronym(text) and text not in NON_NAME_ACRONYMS:
        place = lookup_place(text)
        if place is not None:
            return Resolved(start, end, "place", text, None, place.geonames_id)
        return Resolved(start, end, "organization", text)
    place = lookup_place(text)
    if place is not None and (
        place.kind != "city" or place.population >= BIG_CITY or len(names) > 1
    ):
        return Resolved(start, end, "place", text, None, place.geonames_id)
    return None
