"""Decide what each candidate span is, from its words and its immediate context.

The decision for one span looks only at the span and its neighbours; what the rest of
the article says about the same name (a fuller form, a surname, an acronym's
expansion) is weighed afterwards in :mod:`kg.extract.link`. The order of the tests is
the order of their reliability: gazetteer places and organisation words before
first names, first names before the default (an unknown capitalised name inside a
sentence is most often an organisation in news text).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from kg.extract.demonyms import is_demonym
from kg.extract.gazetteer import Place, lookup_place, lookup_place_folded
from kg.extract.lexicon import (
    CALENDAR,
    COMMON_CAPITALISED,
    COMPANY_COMPLETIONS,
    DESCRIPTOR_NOUNS,
    GENERIC_ALONE,
    HONORIFICS,
    LEGAL_SUFFIXES,
    LOCATIVE_PREPOSITIONS,
    LOWER_TITLES,
    MEDIA_HEADS,
    NON_NAME_ACRONYMS,
    ORG_CONTEXT_NOUNS,
    ORG_HEADS,
    PRODUCT_NOUNS,
    SENTENCE_STARTERS,
    STATE_ABBREVIATIONS,
    TITLES,
)
from kg.extract.names import is_first_name
from kg.extract.spans import Candidate, is_acronym
from kg.extract.tokens import is_sentence_initial

if TYPE_CHECKING:
    from spacy.tokens import Doc

BIG_CITY = 100_000
"""A one-word city this big is taken as a place without a locative cue ("in", "from")."""

LEGISLATURES = frozenset({"Congress", "Parliament", "Senate", "Bundestag", "Knesset", "Duma", "Kremlin", "Pentagon"})
"""One-word organisation names that stand alone in news ("Congress passed ...")."""

_NAME_ENDINGS = ORG_HEADS | COMPANY_COMPLETIONS
_POSSESSIVE_DETERMINERS = frozenset({"its", "their", "our", "his", "her", "my", "your"})
_MODEL_KINDS = {"ORG": "organization", "PERSON": "person", "PER": "person", "GPE": "place", "LOC": "place", "FAC": "place"}


@dataclass
class ArticleContext:
    """What the classifier needs to know about the whole article."""

    doc: Doc
    words: list[str]
    lower_words: frozenset[str]
    known_organisations: frozenset[str] = frozenset()
    chunk_texts: Counter[str] = field(default_factory=Counter)


def build_context(
    doc: Doc, candidates: list[Candidate], *, known_organisations: frozenset[str] = frozenset()
) -> ArticleContext:
    """Collect the article's words, the lower-case ones (to spot capitalised common
    words) and the texts of its candidates (to see which names recur)."""
    words = [token.text for token in doc]
    lower = frozenset(w for w in words if w.isalpha() and w.islower())
    context = ArticleContext(doc, words, lower, known_organisations)
    context.chunk_texts.update(_span_text(context, c) for c in candidates)
    return context


def classify(candidate: Candidate, context: ArticleContext) -> Candidate | None:
    """Set ``candidate.kind`` (trimming it first), or return ``None`` when it names nothing."""
    words = context.words
    if not _trim(candidate, context):
        return None
    tokens = words[candidate.start : candidate.end]
    text = _span_text(context, candidate)
    if candidate.kind == "place":
        candidate.cues.add("forced")
        return candidate
    if text in context.known_organisations or _strip_the(text) in context.known_organisations:
        candidate.kind = "organization"
        candidate.cues.add("known")
        return candidate
    if candidate.kind == "person":
        if _looks_like_org_or_place(tokens, text):
            candidate.kind = None
        else:
            return candidate
    if candidate.source == "model" and candidate.label:
        decided = _classify_model(candidate, context, tokens, text)
        if decided is not None:
            return decided
    return _classify_rules(candidate, context, tokens, text)


def _classify_rules(candidate: Candidate, context: ArticleContext, tokens: list[str], text: str) -> Candidate | None:
    n = len(tokens)
    place = _lookup(text)
    if place is not None and place.kind != "city" and _next_word(context, candidate.end) != "police":
        return _as_place(candidate, place)
    if n == 1 and _never_alone(text):
        return None
    if is_demonym(text):
        return None
    if n > 1 and not any(w in ORG_HEADS for w in tokens):
        for k in range(n - 1, 0, -1):
            if is_demonym(" ".join(tokens[:k])):
                candidate.start += k
                return classify(candidate, context)
    employer = _precedes_titled_person(context, candidate)
    last = tokens[-1]
    if n > 1 and not employer and (last in COMMON_CAPITALISED or (last.endswith("s") and last[:-1] in COMMON_CAPITALISED)) and last not in ORG_HEADS:
        if place is None:
            return None
    if n > 1 and last.lower() in PRODUCT_NOUNS and last not in LEGAL_SUFFIXES and place is None:
        return None
    if employer and place is None and not _is_person_name(tokens):
        candidate.kind = "organization"
        candidate.cues.add("employer")
        return candidate
    nxt = _next_word(context, candidate.end)
    prev = _previous_word(context, candidate.start)
    if place is not None and nxt == "police":
        candidate.end += 1
        candidate.kind = "organization"
        return candidate
    if place is not None and (n > 1 or place.population >= BIG_CITY or _locative(context, candidate, prev, nxt)):
        if not (n > 1 and is_first_name(tokens[0]) and place.population < BIG_CITY):
            return _as_place(candidate, place)
    if n == 1 and is_acronym(text):
        if text in NON_NAME_ACRONYMS:
            return None
        candidate.kind = "organization"
        candidate.cues.add("acronym")
        return candidate
    if _is_product(context, candidate, tokens, nxt):
        candidate.kind = "product"
        return candidate
    if n > 1 and (any(w in ORG_HEADS for w in tokens) or tokens[-1] in LEGAL_SUFFIXES):
        if all(w in TITLES or w in GENERIC_ALONE or w in HONORIFICS for w in tokens):
            if not (n == 2 and tokens[0] not in TITLES):
                return None
        candidate.kind = "organization"
        candidate.cues.add("head")
        return candidate
    if n == 1 and text in LEGISLATURES:
        candidate.kind = "organization"
        return candidate
    if _is_person_name(tokens):
        candidate.kind = "person"
        candidate.cues.add("first-name")
        return candidate
    if prev in LOWER_TITLES and tokens[0] not in TITLES and not is_acronym(tokens[0]):
        candidate.kind = "person"
        candidate.cues.add("title")
        return candidate
    if place is not None:
        _as_place(candidate, place)
        candidate.weak = True
        return candidate
    if n == 1 and is_first_name(text):
        candidate.kind = "organization"
        candidate.weak = True
        candidate.cues.add("first-name-alone")
        return candidate
    candidate.kind = "organization"
    if n == 1:
        if is_sentence_initial(context.doc[candidate.start]) or text.lower() in context.lower_words:
            candidate.weak = True
        if nxt in {"’s", "'s"} or (nxt or "").lower() in ORG_CONTEXT_NOUNS:
            candidate.cues.add("org-context")
    elif is_sentence_initial(context.doc[candidate.start]) and tokens[0].lower() in context.lower_words:
        candidate.weak = True
    return candidate


def _classify_model(candidate: Candidate, context: ArticleContext, tokens: list[str], text: str) -> Candidate | None:
    """Refine a span a trained pipeline labelled: gazetteers and rules override its type."""
    kind = _MODEL_KINDS.get(candidate.label or "")
    if kind is None:
        return None
    if len(tokens) == 1 and _never_alone(text) or is_demonym(text):
        return None
    place = _lookup(text)
    if place is not None and context.words[candidate.end : candidate.end + 1] != ["police"]:
        return _as_place(candidate, place)
    if kind == "person" and (any(w in ORG_HEADS for w in tokens[1:]) or is_acronym(text)):
        kind = "organization"
    if kind == "place" and any(w in ORG_HEADS for w in tokens):
        kind = "organization"
    nxt = _next_word(context, candidate.end)
    if kind == "organization" and _is_product(context, candidate, tokens, nxt):
        candidate.kind = "product"
        return candidate
    candidate.kind = kind
    candidate.cues.add("model")
    return candidate


def _trim(candidate: Candidate, context: ArticleContext) -> bool:
    """Drop leading words that are capitalised for other reasons; False if nothing is left."""
    words = context.words
    doc = context.doc
    while candidate.start < candidate.end:
        word = words[candidate.start]
        initial = is_sentence_initial(doc[candidate.start])
        rest = candidate.end - candidate.start - 1
        if word in CALENDAR or word in HONORIFICS:
            candidate.start += 1
            continue
        if word == "The" and rest and (initial or not _keeps_the(context, candidate)):
            candidate.start += 1
            continue
        if word == "The" and rest:
            break
        if word in SENTENCE_STARTERS and (initial or word in {"The", "A", "An"}) and not (
            rest and word in ORG_HEADS
        ):
            candidate.start += 1
            continue
        if initial and rest and _looks_like_common_opener(word):
            candidate.start += 1
            continue
        if initial and rest and _opens_before_known_name(context, candidate, word):
            candidate.start += 1
            continue
        break
    while candidate.end > candidate.start and (
        words[candidate.end - 1] in CALENDAR
        or (words[candidate.end - 1] in NON_NAME_ACRONYMS and words[candidate.end - 1] not in _NAME_ENDINGS)
    ):
        candidate.end -= 1
    if candidate.end > candidate.start and words[candidate.end - 1] in {"-", "&"}:
        candidate.end -= 1
    return candidate.end > candidate.start


def _opens_before_known_name(context: ArticleContext, candidate: Candidate, word: str) -> bool:
    """A sentence-opening word before a name: "Drugmaker Zeta", "Rivals Omni and Vex".

    Either a descriptor noun, or any word when the rest of the span is used as a name
    on its own elsewhere in the article (and the whole span is not).
    """
    if is_first_name(word) or lookup_place(word) or is_acronym(word) or word in ORG_HEADS:
        return False
    if word.lower() in DESCRIPTOR_NOUNS or word.lower() in LOWER_TITLES:
        return True
    rest = _span_text(context, Candidate(candidate.start + 1, candidate.end))
    whole = _span_text(context, candidate)
    return context.chunk_texts[rest] > 0 and context.chunk_texts[whole] <= 1


def _keeps_the(context: ArticleContext, candidate: Candidate) -> bool:
    """A capital "The" inside a sentence belongs to the name ("in The Washington Post")."""
    tokens = context.words[candidate.start + 1 : candidate.end]
    return bool(tokens) and not _lookup(" ".join(tokens)) and not is_acronym(tokens[0])


def _looks_like_common_opener(word: str) -> bool:
    """An inflected common word opening a sentence ("Striking GM workers", "Asked about")."""
    if is_first_name(word) or lookup_place(word) or is_acronym(word):
        return False
    return word.endswith(("ing", "ly", "ed")) and len(word) > 4


def _never_alone(text: str) -> bool:
    return (
        text in CALENDAR
        or text in COMMON_CAPITALISED
        or text in TITLES
        or text in HONORIFICS
        or text in SENTENCE_STARTERS
        or text in GENERIC_ALONE
        or text in STATE_ABBREVIATIONS
        or text in NON_NAME_ACRONYMS
        or len(text) < 2
        or (text.endswith(".") and len(text) <= 3)
    )


def _lookup(text: str) -> Place | None:
    place = lookup_place(text)
    if place is None and text.isupper() and len(text) > 3:
        place = lookup_place_folded(text)
    return place


def _as_place(candidate: Candidate, place: Place) -> Candidate:
    candidate.kind = "place"
    candidate.weak = False
    candidate.cues.add("gazetteer")
    candidate.label = place.name
    return candidate


def _is_person_name(tokens: list[str]) -> bool:
    """First name plus capitalised surname(s), or an East Asian hyphenated given name.

    >>> _is_person_name(["Dana", "Whitlock"]), _is_person_name(["Asia", "-", "Pacific"])
    (True, False)
    >>> _is_person_name(["Koh", "Dong", "-", "jin"])
    True
    """
    parts = _name_parts(tokens)
    if len(parts) < 2:
        return False
    if any(w in ORG_HEADS for w in tokens[1:]) or any(is_acronym(w) for w in tokens):
        return False
    last_place = lookup_place(parts[-1])
    if parts[-1] in MEDIA_HEADS or (last_place is not None and last_place.kind != "city"):
        return False
    if is_first_name(tokens[0]) and tokens[1] != "-":
        return True
    given = parts[-1].split("-")
    return len(parts) in (2, 3) and len(given) == 2 and given[1].islower() and given[0][:1].isupper()


def _name_parts(tokens: list[str]) -> list[str]:
    """Tokens with hyphen-joined pieces put back together: ["Koh", "Dong-jin"]."""
    parts: list[str] = []
    glue = False
    for token in tokens:
        if token == "-" and parts:
            parts[-1] += "-"
            glue = True
        elif glue:
            parts[-1] += token
            glue = False
        else:
            parts.append(token)
    return parts


def _precedes_titled_person(context: ArticleContext, candidate: Candidate) -> bool:
    """"Zeta Index analyst Ken Ito": a name before a role word and a person is an employer."""
    words = context.words
    end = candidate.end
    return (
        end + 1 < len(words)
        and words[end] in LOWER_TITLES
        and context.doc[end - 1].whitespace_ == " "
        and is_first_name(words[end + 1])
    )


def _looks_like_org_or_place(tokens: list[str], text: str) -> bool:
    return any(w in ORG_HEADS for w in tokens) or is_acronym(text) or (
        lookup_place(text) is not None and len(tokens) > 1
    )


def _locative(context: ArticleContext, candidate: Candidate, prev: str | None, nxt: str | None) -> bool:
    """Whether the context marks a place: "in X", "X, Ohio", "X-based", "X area"."""
    words = context.words
    if prev in LOCATIVE_PREPOSITIONS:
        return True
    end = candidate.end
    if nxt == "," and end + 1 < len(words):
        follower = words[end + 1]
        after = lookup_place(follower)
        if follower in STATE_ABBREVIATIONS or (after is not None and after.kind in {"state", "province", "country"}):
            return True
    if nxt == "-" and end + 1 < len(words) and words[end + 1] in {"based", "area", "born"}:
        return True
    return nxt in {"area", "suburb", "suburbs", "resident", "residents", "mayor", "city", "county", "state"}


def _is_product(context: ArticleContext, candidate: Candidate, tokens: list[str], nxt: str | None) -> bool:
    """"X devices", "its X", "the drug X", "the X 7", "X7": product names, not companies."""
    if nxt is not None and nxt.islower() and nxt in PRODUCT_NOUNS:
        return True
    prev = _previous_word(context, candidate.start)
    if prev in _POSSESSIVE_DETERMINERS or (prev is not None and prev.islower() and prev in PRODUCT_NOUNS):
        return True
    if nxt is not None and nxt.isdigit() and len(nxt) <= 4 and not _is_year(nxt):
        return True
    if nxt in {"and", "or"}:
        following = context.words[candidate.end + 1 : candidate.end + 5]
        for k, word in enumerate(following):
            if not word.islower():
                break
            if word in PRODUCT_NOUNS and k > 0:
                return True  # "Zeta Security and bank account numbers": a shared head noun
    return any(any(c.isdigit() for c in w) and any(c.isalpha() for c in w) for w in tokens)


def _is_year(word: str) -> bool:
    return len(word) == 4 and word[:2] in {"19", "20"}


def _next_word(context: ArticleContext, end: int) -> str | None:
    words = context.words
    doc = context.doc
    if end < len(words) and not doc[end].is_space:
        return words[end]
    return None


def _previous_word(context: ArticleContext, start: int) -> str | None:
    if start > 0 and not context.doc[start - 1].is_space:
        return context.words[start - 1]
    return None


def _span_text(context: ArticleContext, candidate: Candidate) -> str:
    doc = context.doc
    return doc.text[doc[candidate.start].idx : doc[candidate.end - 1].idx + len(doc[candidate.end - 1])]


def _strip_the(text: str) -> str:
    return text[4:] if text.startswith("The ") else text
