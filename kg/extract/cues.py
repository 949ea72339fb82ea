"""Context cues: what the words around a name say about what it names.

Each function looks at the tokens next to a span ``start:end`` and answers one
question: is this a place ("in X", "X, Ohio", "X-based"), a product ("its X", "X
phones"), a person ("X, 41,", "said X", "X, a spokesman"), an organisation ("X's
shares", "X, which")? They are news-writing conventions, not facts about particular
names.
"""

from __future__ import annotations

import re

from kg.extract.context import ArticleContext, next_word, previous_word
from kg.extract.gazetteer import lookup_place
from kg.extract.lexicon import (
    COMPANY_COMPLETIONS,
    DESCRIPTOR_NOUNS,
    HONORIFICS,
    LOCAL_PERSON_NOUNS,
    LOCATIVE_PREPOSITIONS,
    LOWER_TITLES,
    MODEL_SUFFIXES,
    ORG_CONTEXT_NOUNS,
    PERSON_CONTEXT_NEXT,
    PLACE_NOUNS,
    PRODUCT_NOUNS,
    SPEECH_VERBS,
    STATE_ABBREVIATIONS,
    words,
)
from kg.extract.names import is_first_name

_TICKER = re.compile(r"[A-Z0-9]{1,6}\.[A-Z]{1,2}")
_POSSESSIVE_DETERMINERS = frozenset({"its", "their", "our", "his", "her", "my", "your"})
_LIST_JOINERS = frozenset({",", "and", "or", "&"})
_APPOSITION_ROLES = LOWER_TITLES - {
    "owner",
    "partner",
    "leader",
    "head",
    "candidate",
    "nominee",
    "player",
    "chief",
}
_ARTICLES = frozenset({"a", "an", "the"})
_OWNED_NOUNS = frozenset(
    {"shares", "stock", "stake", "unit", "subsidiary", "division", "shareholders", "owner"}
)


REPRESENT_VERBS = frozenset({"represents", "representing", "represented"})


def is_locative(context: ArticleContext, start: int, end: int) -> bool:
    """Whether the context marks a place: "in X", "from Y and X", "X, Ohio", "X-based"."""
    prev = previous_word(context, start)
    if prev in LOCATIVE_PREPOSITIONS or _list_after_locative(context, start):
        return True
    if prev in REPRESENT_VERBS:
        return True  # "who represents Holt": a ward or a constituency
    if place_follows(context, end) or is_named_place(context, start):
        return True
    words = context.words
    nxt = next_word(context, end)
    if (
        nxt == "-"
        and end + 1 < len(words)
        and words[end + 1] in {"based", "area", "born", "headquartered"}
    ):
        return True
    return nxt in LOCAL_PERSON_NOUNS or nxt in {
        "area",
        "suburb",
        "suburbs",
        "mayor",
        "city",
        "county",
        "native",
    }


def coordinated_with_place(context: ArticleContext, start: int, end: int) -> bool:
    """Whether the span and a known place share a locative ("in X and in Ayr", "in Ayr and X").

    Towns are listed with towns: an unknown name joined by "and"/"or" to a gazetteer
    place, after a locative preposition, is a place too. A comma alone proves
    nothing ("in Zeta, Ohio's largest grocer"; "in Ohio, Zeta said").

    >>> from kg.extract.tokens import tokenize
    >>> from kg.extract.context import build_context
    >>> doc = tokenize("Jobs fell in Quillby and in Halifax, and in Leeds and Vornet.")
    >>> context = build_context(doc, doc.text, [])
    >>> coordinated_with_place(context, 3, 4), coordinated_with_place(context, 12, 13)
    (True, True)
    >>> doc = tokenize("He invested in Zeta, Ohio's largest grocer.")
    >>> coordinated_with_place(build_context(doc, doc.text, []), 3, 4)
    False
    """
    words = context.words
    if previous_word(context, start) in LOCATIVE_PREPOSITIONS:
        k = _skip_conjunction(words, end, step=1)
        if k is not None and k < len(words) and words[k] in LOCATIVE_PREPOSITIONS:
            k += 1
        if k is not None and _place_at(words, k, forward=True) is not None:
            return True
    k = _skip_conjunction(words, start - 1, step=-1)
    if k is None:
        return False
    first = _place_at(words, k, forward=False)
    return first is not None and first > 0 and words[first - 1] in LOCATIVE_PREPOSITIONS


def _skip_conjunction(words: list[str], k: int, *, step: int) -> int | None:
    """The index past ", and" / "or" starting at ``k`` (walking by ``step``), if one is there."""
    seen: list[str] = []
    while 0 <= k < len(words) and words[k] in _LIST_JOINERS and len(seen) < 2:
        seen.append(words[k])
        k += step
    return k if any(w in {"and", "or"} for w in seen) else None


def _place_at(words: list[str], k: int, *, forward: bool) -> int | None:
    """Where a gazetteer place of one to three words starting (or ending) at ``k`` begins."""
    for size in (3, 2, 1):
        first = k if forward else k - size + 1
        span = words[first : first + size] if first >= 0 else []
        capitalised = len(span) == size and all(w[:1].isupper() for w in span)
        if capitalised and lookup_place(" ".join(span)) is not None:
            return first
    return None


def is_named_place(context: ArticleContext, start: int) -> bool:
    """Whether the span follows "the town of", "the port of", "the province of"."""
    words = context.words
    return start >= 2 and words[start - 1] == "of" and words[start - 2] in PLACE_NOUNS


def place_follows(context: ArticleContext, end: int) -> bool:
    """Whether a state, country or region follows the span (", Ohio", ", Mich."): a place too.

    Not when the follower is a possessive: "Zeta, Britain's biggest lender" describes
    a firm.

    >>> from kg.extract.tokens import tokenize
    >>> from kg.extract.context import build_context
    >>> doc = tokenize("in Wexley, Kansas, and Zeta, Britain's biggest lender")
    >>> context = build_context(doc, doc.text, [])
    >>> place_follows(context, 2), place_follows(context, 7)
    (True, False)
    """
    words = context.words
    if next_word(context, end) != "," or end + 1 >= len(words):
        return False
    if words[end + 1] in STATE_ABBREVIATIONS:
        return True
    for size in (3, 2, 1):
        tokens = words[end + 1 : end + 1 + size]
        if len(tokens) == size and all(t[:1].isupper() for t in tokens):
            place = lookup_place(" ".join(tokens))
            if place is not None and place.kind in {"state", "province", "country", "region"}:
                return words[end + 1 + size : end + 2 + size] not in (["'s"], ["’s"])
    return False


def _list_after_locative(context: ArticleContext, start: int) -> bool:
    """Whether the span ends a list that follows a locative ("from Ayr and X")."""
    words = context.words
    i = start - 1
    hops = 0
    while i > 0 and words[i] in _LIST_JOINERS and hops < 4:
        j = i - 1
        while j >= 0 and words[j][:1].isupper():
            j -= 1
        if j == i - 1:
            return False
        if j >= 0 and words[j] in LOCATIVE_PREPOSITIONS:
            return True
        i = j
        hops += 1
    return False


def product_strength(context: ArticleContext, start: int, end: int) -> int:
    """How surely the span names a product: 2, 1 or 0 (nothing says so).

    2 for "its X", "the drug X", "X7"; 1 for "X devices", "the X 7". A company is
    often named before a product noun ("Zeta phones") but hardly ever after "its", so
    the first kind of cue outweighs the second.
    """
    words = context.words
    nxt = next_word(context, end)
    prev = previous_word(context, start)
    if prev in _POSSESSIVE_DETERMINERS:
        return 2
    if prev is not None and prev.islower() and prev in PRODUCT_NOUNS:
        # "the drug X"; but "payment processor Zeta Payments" describes a firm by its trade
        return 0 if words[end - 1] in COMPANY_COMPLETIONS else 2
    if any(any(c.isdigit() for c in w) and any(c.isalpha() for c in w) for w in words[start:end]):
        return 2
    if end - start >= 2 and words[end - 1] in MODEL_SUFFIXES:
        return 2  # "the AeroChef XL", "Voltaro Pro"
    if nxt is not None and nxt.islower() and nxt in PRODUCT_NOUNS:
        return 1
    if nxt is not None and nxt.isdigit() and len(nxt) <= 4 and not _is_year(nxt):
        return 1
    if nxt in {"and", "or"}:
        for k, word in enumerate(words[end + 1 : end + 5]):
            if not word.islower():
                break
            if word in PRODUCT_NOUNS and k > 0:
                return 1  # "Zeta Security and bank account numbers": a shared head noun
    return 0


_BUSINESS_VERBS = frozenset(
    "owns runs operates makes sells employs manufactures supplies holds controls".split()
)
_SHARE_WORDS = frozenset({"shares", "stock", "stake", "shareholders", "investors"})


def acts_as_business(context: ArticleContext, end: int) -> bool:
    """Whether the words after a name treat it as a business.

    ", which owns 31 per cent of Zeta", ", which runs 86 stores", "X shares fell": a name
    ending like a place ("Pearl Delta", "Harbour Point") is a company when the text says
    what it owns, runs or trades.

    >>> from kg.extract.context import build_context
    >>> from kg.extract.tokens import tokenize
    >>> doc = tokenize("Pearl Delta, which owns a stake in Zeta, fell. Cedar Bay shares rose.")
    >>> context = build_context(doc, doc.text, [])
    >>> acts_as_business(context, 2), acts_as_business(context, 14)
    (True, True)
    """
    words = context.words
    nxt = next_word(context, end)
    if nxt in _SHARE_WORDS:
        return True
    return (
        nxt == ","
        and end + 2 < len(words)
        and words[end + 1] == "which"
        and words[end + 2] in _BUSINESS_VERBS
    )


def is_product(context: ArticleContext, start: int, end: int) -> bool:
    """Product names, not companies: "X devices", "its X", "the drug X", "the X 7", "X7"."""
    return product_strength(context, start, end) > 0


def is_ticker(context: ArticleContext, start: int, end: int) -> bool:
    """A stock symbol or its exchange: "(NASDAQ: ZETA)", "(NYSE:ZETA)"."""
    words = context.words
    prev = previous_word(context, start)
    nxt = next_word(context, end)
    if prev == ":" and start >= 3 and words[start - 3] == "(":
        return True
    if prev == "(" and nxt == ")" and end - start == 1 and _TICKER.fullmatch(words[start]):
        return True  # a Reuters instrument code: "(ZETA.O)"
    return prev == "(" and nxt == ":"


def is_employer(context: ArticleContext, end: int) -> bool:
    """An employer: a name before a role word and a person ("Zeta analyst Ken Ito")."""
    words = context.words
    if not (end + 1 < len(words) and words[end] in LOWER_TITLES):
        return False
    if context.doc[end - 1].whitespace_ != " ":
        return False
    after = words[end + 1 : end + 3]
    return is_first_name(after[0]) or (
        len(after) == 2 and all(w[:1].isupper() and w.isalpha() for w in after)
    )


def is_person_context(context: ArticleContext, start: int, end: int) -> bool:
    """A person: "X, 41,", "X, a spokesman", "said X", "spokesman X", "the X administration"."""
    words = context.words
    prev = previous_word(context, start)
    nxt = next_word(context, end)
    if prev in LOWER_TITLES:
        return True
    if nxt in PERSON_CONTEXT_NEXT and (prev or "").lower() == "the":
        return True
    if prev in {"said", "says", "told", "added", "asked"} and end - start > 1:
        return True
    if prev in _DONE_TO_PEOPLE and end - start > 1:
        return True  # "police arrested Ada Obi": people are arrested, firms are not
    if end - start > 1 and _suffered_by_people(words, end):
        return True  # "Ada Obi and Tau Varne have been charged with burglary"
    if end - start > 1 and _introduced_as_a_person(words, start):
        return True  # "suspects identified as Ada Obi and Tau Varne", "the murder of Ada Obi"
    if (
        prev == ","
        and start >= 2
        and words[start - 2] in _APPOSITION_ROLES
        and nxt in {",", ".", ";", None, "on", "who", "was", "is", "has", "had", "said", "says"}
    ):
        return True  # "his lawyer, Perrin Ashby, said", "the former mayor, Ada Obi on Monday"
    if nxt == "(" and words[end + 1 : end + 3] and words[end + 1].isdigit():
        return words[end + 2 : end + 3] == [")"] and int(words[end + 1]) < 120  # "Ann Ito (41)"
    if nxt != ",":
        return False
    after = words[end + 1 : end + 7]
    if not after:
        return False
    if after[0].isdigit() and len(after) > 1 and after[1] == ",":
        return True  # an age: "Ann Ito, 41, of Ohio"
    if after[0] in {"aged", "age"} and len(after) > 1 and after[1].isdigit():
        return True  # "Ann Ito, aged 41, was arrested"
    return _apposition_role(after)


def _suffered_by_people(words: list[str], end: int) -> bool:
    """Whether the name ending at ``end`` is the subject of "was charged", "were jailed", ...

    A fellow subject may come first ("X and Y have both been charged"); companies can be
    charged too, but their names carry an organisation word, which decides before this.

    >>> _suffered_by_people("Ada Obi and Tau Varne have both been charged with theft".split(), 2)
    True
    >>> _suffered_by_people("Ada Obi said she was charged".split(), 2)
    False
    """
    i = end
    if i + 1 < len(words) and words[i] == "and" and words[i + 1][:1].isupper():
        i += 1
        while i < min(end + 6, len(words)) and words[i][:1].isupper():
            i += 1  # past the fellow subject's name
    while i < len(words) and words[i] in _PASSIVE_FILLERS:
        i += 1
    return i > end and i < len(words) and words[i] in _SUFFERED and words[i - 1] != "and"


_PERSON_INTRODUCERS = frozenset(
    {("identified", "as"), ("named", "as")}
    | {
        (death, "of")
        for death in words("murder killing death shooting stabbing funeral kidnapping abduction")
    }
)
"""Two words after which a name is a person's: "identified as", "the murder of"."""


def _introduced_as_a_person(words: list[str], start: int) -> bool:
    """Whether the name at ``start``, or a list of names it ends, follows a person introducer.

    >>> _introduced_as_a_person("two suspects identified as Ada Obi and Tau Varne".split(), 7)
    True
    >>> _introduced_as_a_person("the merger of Zeta Corp".split(), 3)
    False
    """
    i = start - 1
    while i >= 2 and words[i] in {"and", ","} and words[i - 1][:1].isupper():
        i -= 1  # back over an earlier name of the list: "as Ada Obi and"
        while i >= 1 and words[i - 1][:1].isupper():
            i -= 1
        i -= 1
    return i >= 1 and (words[i - 1].lower(), words[i].lower()) in _PERSON_INTRODUCERS


_DONE_TO_PEOPLE = words(
    "arrested detained jailed imprisoned handcuffed kidnapped abducted murdered stabbed "
    "acquitted interrogated"
)
"""Verbs whose object is a person: an unknown name right after one is someone's name."""

_PASSIVE_FILLERS = words("was were is are has have had been being both all also later since now")
_SUFFERED = _DONE_TO_PEOPLE | words(
    "charged sentenced convicted remanded killed injured wounded hospitalised hospitalized "
    "extradited deported"
)
"""Participles whose subject is a person ("X was remanded in custody")."""

_PERSON_NOUNS = LOCAL_PERSON_NOUNS | words(
    "father mother son daughter husband wife brother sister uncle aunt grandmother "
    "grandfather suspect defendant victim driver student worker employee veteran "
    "mom dad widow nephew niece cousin"
)
"""Nouns that make an apposition a person ("X, the Milwaukee man police accused")."""


def _apposition_head_is_role(phrase: list[str]) -> bool:
    """Whether a noun phrase's head (its last word before a clause or preposition) is a post.

    >>> _apposition_head_is_role(["former", "Phoenix", "police", "commander", "who"])
    True
    >>> _apposition_head_is_role(["Oslo", "-", "based", "police", "force", ","])
    False
    """
    last = None
    for word in phrase:
        if word in _PHRASE_ENDS:
            break
        last = word
    return last is not None and (last in _APPOSITION_ROLES or last in _PERSON_NOUNS)


_PHRASE_ENDS = frozenset(
    {",", ".", ";", ":", "(", ")", "who", "which", "that", "whose", "in", "of", "at", "with",
     "for", "from", "and", "since", "until"}
)  # fmt: skip


def _apposition_role(after: list[str]) -> bool:
    """A person's role in apposition (", the company's chief executive", ", a doctor")."""
    words = after[1:] if after and after[0] in _ARTICLES else after
    for k, word in enumerate(words[:4]):
        if word in {",", ".", ";", ":", "(", ")"}:
            return False
        if word in _APPOSITION_ROLES or word in _PERSON_NOUNS:
            return True
        if word in DESCRIPTOR_NOUNS and words[k + 1 : k + 2] not in (["'s"], ["’s"]):
            return False  # ", a bank"; but ", the bank's chief economist" goes on
    return False


def is_org_context(context: ArticleContext, start: int, end: int) -> bool:
    """An organisation: "X's shares", "X shareholders", "X, which", "X, a bank"."""
    words = context.words
    nxt = next_word(context, end)
    if start >= 2 and words[start - 1] == "of" and words[start - 2].lower() in _OWNED_NOUNS:
        return True  # "shares of X", "a unit of X"
    if nxt is None:
        return False
    if nxt.lower() in ORG_CONTEXT_NOUNS and nxt not in SPEECH_VERBS:
        return True
    if nxt in {"’s", "'s"} and end + 1 < len(words) and words[end + 1].lower() in ORG_CONTEXT_NOUNS:
        return True
    if nxt == "," and end + 1 < len(words):
        after = words[end + 1 : end + 5]
        if after and after[0] == "which":
            return not _after_honorific(words, start)  # "the Speaker, Hon. Ann Obi, which"
        if after and after[0] in _ARTICLES:  # ", a bank", ", the Oslo-based lender"
            if _apposition_head_is_role(words[end + 2 : end + 9]):
                return False  # ", a former Phoenix police commander": a person's post
            head = after[1:4]
            if any(word in _PERSON_NOUNS for word in head):
                return False  # ", the Milwaukee man"
            if any(word in _POSSESSIVES for word in head):
                return False  # ", the firm's managing director": a person with a role
            return any(word in DESCRIPTOR_NOUNS for word in head)
    return False


_POSSESSIVES = frozenset({"'s", "’s"})


def _after_honorific(words: list[str], start: int) -> bool:
    """Whether an honorific ("Hon.", tokenised "Hon" ".") comes right before token ``start``."""
    before = words[max(start - 2, 0) : start]
    return bool(before) and (
        before[-1] in HONORIFICS or (before == [before[0], "."] and before[0] in HONORIFICS)
    )


def _is_year(word: str) -> bool:
    return len(word) == 4 and word[:2] in {"19", "20"}
