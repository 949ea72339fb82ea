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
from functools import lru_cache
from typing import TYPE_CHECKING

from kg.extract.classify import BIG_CITY, build_context, classify
from kg.extract.gazetteer import lookup_place, lookup_place_folded
from kg.extract.lexicon import NON_NAME_ACRONYMS, STATE_ABBREVIATIONS
from kg.extract.link import Resolved, resolve
from kg.extract.model import merge_candidates, model_candidates
from kg.extract.spans import Candidate, find_candidates, is_acronym, is_capitalised
from kg.extract.tokens import tokenize
from kg.records import Article, Mention

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

_LOWER_FUNCTION_WORDS = frozenset(
    "a an the of in on at to for and or but nor with by from as vs vs. via per into onto "
    "over under after before about against amid among".split()
)
_DATELINE_ENDS = frozenset({",", "—", "–", "-", ":", "("})


def extract_mentions(
    article: Article,
    *,
    known_organisations: frozenset[str] = frozenset(),
    nlp: Language | None = None,
) -> tuple[Mention, ...]:
    """Every mention of an organisation, person or place in ``article.text``.

    ``known_organisations`` are outlet names from the corpus metadata: where they occur
    in the text they are organisations. ``nlp``, a trained spaCy pipeline, adds its
    entities as candidates for the rules to refine.

    >>> from kg.records import SourceInfo
    >>> source = SourceInfo("a.txt", "0", "text/plain", "p")
    >>> body = "Tarvex Labs Inc. hired Dana Whitlock, a former Ohio official. Whitlock said so."
    >>> article = Article(source, "Hiring news", body=body)
    >>> [(m.kind, m.text, m.canonical) for m in extract_mentions(article)]
    [('organization', 'Tarvex Labs Inc.', None), ('person', 'Dana Whitlock', None), ('place', 'Ohio', None), ('person', 'Whitlock', 'Dana Whitlock')]
    """
    text = article.text
    doc = tokenize(text)
    matching = title_case_tokens(doc)
    forced = known_organisation_candidates(doc, known_organisations) + dateline_candidates(doc)
    skip = frozenset(matching | {i for c in forced for i in range(c.start, c.end)})
    candidates = forced + find_candidates(doc, skip=skip)
    if nlp is not None:
        model = [c for c in model_candidates(nlp, doc) if not any(i in matching for i in range(c.start, c.end))]
        candidates = merge_candidates(candidates, model)
    context = build_context(doc, candidates, known_organisations=known_organisations)
    decided = [c for c in (classify(c, context) for c in candidates) if c is not None]
    resolved = resolve(decided, context)
    if matching:
        resolved = sorted(resolved + match_known_names(doc, resolved, matching), key=lambda r: r.start)
    return tuple(to_mention(doc, r) for r in resolved)


def to_mention(doc: Doc, resolved: Resolved) -> Mention:
    """The record for one resolved span, with character offsets into the article text."""
    start = doc[resolved.start].idx
    last = doc[resolved.end - 1]
    end = last.idx + len(last.text)
    sentence = doc[resolved.start].sent.text.strip()
    return Mention(
        kind=resolved.kind,
        text=doc.text[start:end],
        start=start,
        end=end,
        sentence=sentence,
        canonical=resolved.canonical,
        geonames_id=resolved.geonames_id,
    )


def title_case_tokens(doc: Doc) -> set[int]:
    """Token indices of lines written in title case (headlines, teasers, menus).

    >>> doc = tokenize("Zeta Halts Sales Of Its Phones Worldwide\\n\\nZeta said sales stop.")
    >>> sorted(title_case_tokens(doc))
    [0, 1, 2, 3, 4, 5, 6, 7]
    """
    result: set[int] = set()
    for line in _lines(doc):
        words = [doc[i].text for i in line if doc[i].text[:1].isalpha()]
        content = [w for w in words if w.lower() not in _LOWER_FUNCTION_WORDS or w[:1].isupper()]
        content = [w for w in content if not (w[:1].isupper() and w.lower() in _LOWER_FUNCTION_WORDS and w is content[0])]
        if len(content) < 3:
            continue
        capitalised = sum(1 for w in content if is_capitalised(w))
        if capitalised / len(content) >= 0.75:
            result.update(line)
    return result


def _lines(doc: Doc) -> list[list[int]]:
    lines: list[list[int]] = [[]]
    for token in doc:
        if token.is_space:
            if "\n" in token.text:
                lines.append([])
            continue
        lines[-1].append(token.i)
        if "\n" in token.whitespace_:
            lines.append([])
    return [line for line in lines if line]


def dateline_candidates(doc: Doc) -> list[Candidate]:
    """Places in capitals that open a line: "SEOUL, South Korea (AP) —", "DETROIT —"."""
    candidates: list[Candidate] = []
    for line in _lines(doc):
        end = 0
        while end < len(line) and end < 4 and _is_caps_word(doc[line[end]].text):
            end += 1
        if not end or end >= len(line) or doc[line[end]].text not in _DATELINE_ENDS:
            continue
        name = " ".join(doc[i].text for i in line[:end])
        place = lookup_place_folded(name)
        if place is None and doc[line[end]].text == "," and end + 1 < len(line):
            follower = doc[line[end + 1]].text
            if follower not in STATE_ABBREVIATIONS and lookup_place(follower) is None:
                continue
        elif place is None:
            continue
        candidates.append(Candidate(line[0], line[end - 1] + 1, kind="place"))
    return candidates


def _is_caps_word(word: str) -> bool:
    letters = [c for c in word if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters) and word not in NON_NAME_ACRONYMS


def known_organisation_candidates(doc: Doc, names: frozenset[str]) -> list[Candidate]:
    """Spans where an outlet named in the corpus metadata occurs in the text."""
    if not names:
        return []
    pattern = _known_pattern(names)
    candidates: list[Candidate] = []
    for match in pattern.finditer(doc.text):
        span = doc.char_span(match.start(), match.end())
        if span is not None:
            candidates.append(Candidate(span.start, span.end, kind="organization", cues={"known"}))
    return candidates


@lru_cache(maxsize=8)
def _known_pattern(names: frozenset[str]) -> re.Pattern[str]:
    variants = {name.strip() for name in names if name and len(name.strip()) > 2}
    variants |= {v[4:] for v in variants if v.startswith("The ") and len(v) > 7}
    ordered = sorted(variants, key=len, reverse=True)
    return re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(v) for v in ordered) + r")(?![\w-])")


def match_known_names(doc: Doc, resolved: list[Resolved], tokens: set[int]) -> list[Resolved]:
    """Names in title-case lines: forms the article established, acronyms, places."""
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
            words = tuple(doc[k].text for k in span)
            match = _match_one(words, known, i, i + size)
            if match is not None:
                break
        if match is None:
            position += 1
            continue
        found.append(match)
        position += match.end - match.start
    return found


def _match_one(words: tuple[str, ...], known: dict[tuple[str, ...], Resolved], start: int, end: int) -> Resolved | None:
    if words in known:
        r = known[words]
        return Resolved(start, end, r.kind, r.text, r.canonical, r.geonames_id)
    text = " ".join(words)
    if len(words) == 1 and is_acronym(text) and text not in NON_NAME_ACRONYMS:
        place = lookup_place(text)
        if place is not None:
            return Resolved(start, end, "place", text, None, place.geonames_id)
        return Resolved(start, end, "organization", text)
    place = lookup_place(text)
    if place is not None and (place.kind != "city" or place.population >= BIG_CITY or len(words) > 1):
        return Resolved(start, end, "place", text, None, place.geonames_id)
    return None
