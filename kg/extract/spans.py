"""Candidate name spans: runs of capitalised words, joined where a name continues.

A news name is almost always a run of capitalised tokens ("Ana B. Lund",
"Saint-Denis"), sometimes bridged by small words that belong to it ("Office *of the*
Auditor General *of* Ruritania", "Ursula *von der* Leyen", "Procter *&* Gamble",
"U.S. Attorney*'s* Office"). This module finds those runs and bridges, and splits off
role words ("NWU Vice President Ana Lund" -> "NWU" | "Ana Lund"). Deciding what
each span *is* happens in :mod:`kg.extract.classify`.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING

from kg.extract.agencies import is_agency_name
from kg.extract.demonyms import is_demonym
from kg.extract.gazetteer import lookup_place
from kg.extract.lexicon import (
    ABBREVIATIONS,
    ASSOCIATION_HEADS,
    CALENDAR,
    COMPANY_COMPLETIONS,
    GOVERNMENT_DOMAINS,
    GROUP_HEADS,
    HONORIFICS,
    LEGAL_SUFFIXES,
    LOWER_TITLES,
    NAME_PARTICLES,
    OF_PLACE_HEADS,
    ORG_HEADS,
    PLAN_HEADS,
    PORTFOLIO_TITLES,
    POSSESSIVE_ORG_OWNERS,
    POST_NOMINAL_TITLES,
    STRONG_TITLES,
    TITLE_MODIFIERS,
    TITLES,
)
from kg.extract.names import is_first_name
from kg.extract.tokens import sentence_starts, token_columns

if TYPE_CHECKING:
    from spacy.tokens import Doc

_INNER_WORDS = frozenset({"and", "&", "of", "for", "on", "the", "'s", "’s"})
_BRIDGE_PARTICLES = NAME_PARTICLES - {"y", "e", "la", "le", "el", "al"}
_FOLLOW_PARTICLES = frozenset({"la", "le", "los", "las", "der", "den", "del"})


@dataclass
class Candidate:
    """A span of tokens that may name something, with what its making revealed.

    ``kind`` is set when the making itself decides it (a title before a name makes a
    person, a dateline a place); ``bridged`` when "of"/"for"/"and" joined it;
    ``weak`` when nothing but its capital letters speaks for it (a one-word sentence
    opener, a word before a title), so it needs support elsewhere in the article.
    """

    start: int
    end: int
    kind: str | None = None
    bridged: bool = False
    weak: bool = False
    titled: bool = False
    source: str = "rules"
    label: str | None = None
    cues: set[str] = field(default_factory=set)


@lru_cache(maxsize=65536)
def is_capitalised(word: str) -> bool:
    """Whether a token can be part of a name: "Zeta", "U.S.", "AT&T", "iPhone".

    >>> [is_capitalised(w) for w in ("Zeta", "U.S.", "eBay", "zeta", "I", "'s", "-")]
    [True, True, True, False, False, False, False]
    """
    if not word or word == "I":
        return False
    first = word[0]
    if first.isupper():
        return any(c.isalpha() for c in word)
    return first.islower() and word.isalnum() and any(c.isupper() for c in word[1:])


@lru_cache(maxsize=65536)
def is_acronym(word: str) -> bool:
    """Two to six capital letters, optionally dotted or with "&": "FBI", "U.N.", "AT&T".

    >>> [is_acronym(w) for w in ("FBI", "U.S.", "AT&T", "Fbi", "LONDONER", "A.")]
    [True, True, True, False, False, False]
    """
    letters = [c for c in word if c.isalpha()]
    if not 2 <= len(letters) <= 6 or not all(c.isupper() for c in letters):
        return False
    return all(c.isalnum() or c in ".&-" for c in word)


def find_candidates(doc: Doc, *, skip: frozenset[int] = frozenset()) -> list[Candidate]:
    """Every capitalised run in ``doc`` (tokens in ``skip`` excluded), bridged and split.

    >>> from kg.extract.tokens import tokenize
    >>> doc = tokenize("Vice President Ama Osei of the Office of the Auditor General spoke.")
    >>> [doc[c.start:c.end].text for c in find_candidates(doc)]
    ['Ama Osei', 'Office of the Auditor General']
    """
    words = token_columns(doc)[0]
    chunks = _base_chunks(doc, words, skip)
    texts = Counter(" ".join(words[s:e]) for s, e in chunks)
    chunks = _split_abbreviation_ends(words, chunks, texts)
    standalone = Counter(
        " ".join(words[s:e]) for s, e in chunks if not s or words[s - 1] not in _INNER_WORDS
    )
    candidates = _bridge(doc, words, chunks, standalone)
    result: list[Candidate] = []
    for candidate in candidates:
        _drop_title_complement(words, candidate)
        for piece in split_titles(doc, words, candidate):
            result.extend(_split_place_acronym(words, piece))
    offices = [piece for candidate in result for piece in _take_office_title(words, candidate)]
    return [c for c in offices if c.end > c.start]


_OFFICE_TITLES = frozenset({"Director", "Registrar"})
"""Posts that, with "of" and a capitalised remit, name an office ("Director of Public
Prosecutions", "Registrar of Companies"): the office is the organisation, not its remit."""


def _take_office_title(words: list[str], candidate: Candidate) -> list[Candidate]:
    """Extend a remit to the office it names: "[Director of] Public Prosecutions".

    A name right after the remit is the office holder's ("Director of Public
    Prosecutions Ann Ito"): the office and the person are two entities.

    >>> from kg.extract.tokens import tokenize
    >>> doc = tokenize("then the Director of Public Prosecutions (DPP) dropped the case.")
    >>> [doc[c.start:c.end].text for c in find_candidates(doc)]
    ['Director of Public Prosecutions', 'DPP']
    >>> doc = tokenize("the Director of Public Prosecutions Tau Quorrim withdrew it.")
    >>> [(doc[c.start:c.end].text, c.kind) for c in find_candidates(doc)]
    [('Director of Public Prosecutions', None), ('Tau Quorrim', 'person')]
    """
    start = candidate.start
    if not (
        start >= 2
        and words[start - 1] == "of"
        and words[start - 2] in _OFFICE_TITLES
        and candidate.kind is None
        and not any(is_first_name(w) for w in words[start : candidate.end])
    ):
        return [candidate]
    candidate.start = start - 2
    tokens = words[start : candidate.end]
    remit = 2 if len(tokens) >= 4 else 1
    if len(tokens) < 3 or any(w in ORG_HEADS or not w.isalpha() for w in tokens[remit:]):
        return [candidate]
    holder = Candidate(start + remit, candidate.end, kind="person", titled=True)
    candidate.end = start + remit
    return [candidate, holder]


def _drop_title_complement(words: list[str], candidate: Candidate) -> None:
    """Drop the end of a title from a person's span ("Secretary of [State] Brad Ito").

    Also after "of the" ("Leader of the [Opposition] Joel Tari", "Speaker of the [House]").
    """
    start = candidate.start
    lead = start - 1 if start >= 3 and words[start - 1] == "the" else start
    if lead < 2 or words[lead - 1] not in {"of", "for"} or words[lead - 2] not in TITLES:
        return
    tokens = words[start : candidate.end]
    first = next((k for k, w in enumerate(tokens) if k and is_first_name(w)), None)
    if first is not None and not any(w in ORG_HEADS for w in tokens[first:]):
        candidate.start += first
        candidate.kind = "person"
        candidate.titled = True


def _split_place_acronym(words: list[str], candidate: Candidate) -> list[Candidate]:
    """Split a place used as an adjective from an organisation ("Ohio BCI", "U.S. FDA")."""
    if candidate.end - candidate.start != 2 or candidate.kind is not None:
        return [candidate]
    first, second = words[candidate.start], words[candidate.start + 1]
    if (
        is_acronym(second)
        and second not in ORG_HEADS
        and lookup_place(first) is not None
        and lookup_place(second) is None
    ):
        return [
            Candidate(candidate.start, candidate.start + 1),
            Candidate(candidate.start + 1, candidate.end),
        ]
    return [candidate]


def _base_chunks(doc: Doc, words: list[str], skip: frozenset[int]) -> list[tuple[int, int]]:
    chunks: list[tuple[int, int]] = []
    n = len(words)
    spaces, starts = token_columns(doc)[2], sentence_starts(doc)
    i = 0
    while i < n:
        if i in skip or not is_capitalised(words[i]):
            i += 1
            continue
        start = i
        end = i + 1
        while end < n:
            step = _continuation(words, spaces, starts, start, end, skip)
            if not step:
                break
            end += step
        chunks.append((start, end))
        i = end
    return chunks


def _continuation(
    words: list[str],
    spaces: list[bool],
    starts: list[bool],
    start: int,
    end: int,
    skip: frozenset[int],
) -> int:
    """How many tokens after ``end`` continue the run that began at ``start`` (0: none).

    ``spaces`` and ``starts`` are the tokens' trailing-space and sentence-start columns
    (:func:`~kg.extract.tokens.token_columns`, :func:`~kg.extract.tokens.sentence_starts`):
    spaCy keeps at most one space after a token, so a ``whitespace_`` of ``" "`` is a
    True in ``spaces``.
    """
    n = len(words)
    last = end - 1
    space = spaces[last]
    if starts[end] or end in skip:
        return 0
    nxt = words[end]
    if space and is_capitalised(nxt) and not _is_separator(nxt):
        return 1
    if not space and nxt in {"-", "‐"} and end + 1 < n and not spaces[end]:
        after = words[end + 1]
        if is_capitalised(after) or (words[last] == "Co" and after in {"operative", "op"}):
            return 2
        if (
            end - start >= 2
            and after.isalpha()
            and after.islower()
            and len(after) <= 4
            and len(words[last]) <= 4
            and words[last][:1].isupper()
            and words[last][1:].islower()
        ):
            return 2  # East Asian given names: "Park Ji-hoon", "Kim Min-jun"
    if space and nxt == "&" and end + 1 < n and is_capitalised(words[end + 1]):
        return 2
    if space and nxt in _BRIDGE_PARTICLES and spaces[end] and end + 1 < n:
        after = words[end + 1]
        if is_capitalised(after) and after not in CALENDAR:
            return 2
        if after in _FOLLOW_PARTICLES and end + 2 < n and is_capitalised(words[end + 2]):
            return 3
    return 0


def _split_abbreviation_ends(
    words: list[str], chunks: list[tuple[int, int]], texts: Counter[str]
) -> list[tuple[int, int]]:
    """Split "U.S. Zeta Corp" where a sentence ended at "U.S." and a new one began.

    A name after a place abbreviation that the article also uses on its own, and
    that has no organisation word tying it to the place ("U.S. Justice Department"),
    starts a new sentence: "... customers in the U.S. Zeta Corp said ...".
    """
    result: list[tuple[int, int]] = []
    for start, end in chunks:
        first = words[start]
        rest = words[start + 1 : end]
        if (
            rest
            and first in ABBREVIATIONS
            and lookup_place(first) is not None
            and texts[" ".join(rest)] >= 1
            and rest[-1] not in ORG_HEADS
            and any(
                " ".join(rest) == " ".join(words[s:e]) for s, e in chunks if (s, e) != (start, end)
            )
        ):
            result.extend([(start, start + 1), (start + 1, end)])
        else:
            result.append((start, end))
    return result


def _is_separator(word: str) -> bool:
    return word in {"I"}


def _bridge(
    doc: Doc, words: list[str], chunks: list[tuple[int, int]], texts: Counter[str]
) -> list[Candidate]:
    """Join chunks across "of (the)", "for", "on", "and", "'s", ", Inc." inside one name."""
    result: list[Candidate] = []
    i = 0
    while i < len(chunks):
        start, end = chunks[i]
        candidate = Candidate(start, end)
        complement = False
        j = i + 1
        while j < len(chunks):
            nstart, nend = chunks[j]
            gap = words[end:nstart]
            joined = _joins(words, candidate, end, nstart, nend, gap, complement, texts)
            if not joined:
                break
            candidate.end = nend
            candidate.bridged = True
            complement = joined == "complement"
            end = nend
            j += 1
        result.append(candidate)
        i = j
    return result


def _joins(
    words: list[str],
    candidate: Candidate,
    end: int,
    nstart: int,
    nend: int,
    gap: list[str],
    complement: bool,
    texts: Counter[str],
) -> str:
    """Whether the chunk ``nstart:nend`` continues ``candidate`` across ``gap`` (and how)."""
    if not gap or len(gap) > 2:
        if not gap and words[nstart] in LEGAL_SUFFIXES:
            return "suffix"
        return ""
    head_words = words[candidate.start : end]
    last = head_words[-1]
    following = words[nstart:nend]
    if following[0] in CALENDAR or any(w.isdigit() for w in gap):
        return ""
    has_head = any(w in ORG_HEADS for w in head_words)
    if (
        nend < len(words)
        and words[nend] in LOWER_TITLES
        and lookup_place(" ".join(following)) is None
        and following[-1] not in GOVERNMENT_DOMAINS
    ):
        return ""  # "the office of the Zeta president": the title's owner, not a name's end
    if gap in (["of"], ["of", "the"]):
        if last in ORG_HEADS or last in OF_PLACE_HEADS or (candidate.bridged and has_head):
            return "complement"
        return ""
    if gap in (["for"], ["for", "the"]):
        if last in ORG_HEADS or (candidate.bridged and has_head):
            return "complement"
        if is_agency_name(head_words + gap + following):
            return "complement"  # "Transport for London"
        return ""
    if gap == ["on"] and last in ORG_HEADS and last not in LEGAL_SUFFIXES:
        return "complement"
    if gap in (["'"], ["’"]) and last in POSSESSIVE_ORG_OWNERS and last.endswith("s"):
        if following[-1] in ORG_HEADS or following[-1] in PLAN_HEADS:
            return "possessive"  # "Ontario Teachers' Pension Plan", "Farmers’ Union"
        return ""
    if gap == ["'s"] or gap == ["’s"]:
        saint = (
            head_words[0] in {"St.", "St", "Saint"}
            and following[-1] in ORG_HEADS
            and lookup_place(" ".join(head_words)) is None
        )  # "St. Mary's Hospital", but "Saint Lucia's Cabinet" is the country's
        if saint or (
            (last in POSSESSIVE_ORG_OWNERS or (last.endswith("men") and len(last) > 4))
            and (
                following[0] in ORG_HEADS
                or following[0] in COMPANY_COMPLETIONS
                or following[-1] in ORG_HEADS
                or (last == "State" and following == ["Attorney"])  # "State's Attorney's Office"
            )
        ):
            return "possessive"
        if _possessive_company(words, candidate.start, end, following):
            return "possessive"
        return ""
    if gap == [","] and len(following) == 1 and following[0] in LEGAL_SUFFIXES:
        return "suffix"
    if (
        gap == [","]
        and complement
        and len(following) <= 2
        and nend + 1 < len(words)
        and words[nend] in {",", "and", "&"}
        and words[nend + 1][:1].isupper()
    ):
        return "complement"  # "Ministry of Higher Education, Research and Innovation"
    if (
        gap[0] in {"y", "e", "et", "und"}
        and all(w in NAME_PARTICLES for w in gap[1:])
        and _acronym_spells(words, candidate.start, nend)
    ):
        return "and"  # "Servicios de Agua y Drenaje de Monterrey (SADM)"
    if gap == ["n"] and len(head_words) == 1 and len(following) == 1:
        return "and"  # "Tarn n Pay": a brand's spoken "and"
    if gap in (["and"], ["&"]):
        if is_agency_name(head_words + gap + following):
            return "and"  # "Fisheries and Oceans Canada"
        if _country_with_and(head_words, gap, following):
            return "and"  # "Trinidad and Tobago Police Service"
        if _acronym_spells(words, candidate.start, nend):
            return "and"  # "Crown Office and Procurator Fiscal Service (COPFS)"
        if _joins_two_areas(head_words, following):
            return "and"  # "Avon and Somerset Police": a force named after two counties
        if complement and all(w in GOVERNMENT_DOMAINS for w in following):
            return "complement"  # "Ministry of Industry and Commerce" (Commerce, California)
        # the words after "and" are a name of their own if the article uses them alone
        if texts[" ".join(following)] > 0 or _stands_alone(following):
            return ""
        if complement:
            return "complement" if nend - nstart <= 3 else ""
        if _joins_membership_body(head_words, following, texts):
            return "and"
        own = words[candidate.start : end]
        while len(own) > 1 and (own[0] == "The" or is_demonym(own[0])):
            own = own[1:]  # "The [Securities] and Exchange ...", "Australian [Securities] and ..."
        for k in (2, 1):  # "West Yorkshire [Fire] and Rescue Service": the area is not the body
            if len(own) > k and lookup_place(" ".join(own[:k])) is not None:
                own = own[k:]
                break
        if (
            (not has_head or len(own) == 1)
            and len(own) <= 2
            and following[-1] in ORG_HEADS
            and following[-1] not in COMPANY_COMPLETIONS
            and texts[" ".join(words[candidate.start : end])] <= 1
            and not _stands_alone(own)
        ):
            return "and"
    return ""


_NAMED_AFTER_HEADS = frozenset(
    {"School", "College", "Academy", "University", "Hospital", "Clinic", "Church", "Cathedral"}
)
"""Institutions named after a person or a place's owner ("St. Mary's Hospital"); a
committee, council or ministry after a possessive belongs to the possessor instead."""


def _possessive_company(words: list[str], start: int, end: int, following: list[str]) -> bool:
    """Whether "X's" opens a company's name ("Brannock's Sporting Goods", "Varne's Inc.").

    Firms and schools named after a person keep the possessive; a possessor that the
    article names elsewhere on its own ("Zeta's Retail Group ... Zeta said") owns what
    follows instead, and places and acronyms are never read this way.

    >>> _possessive_company("Brannock 's Sporting Goods said".split(), 0, 1, ["Sporting", "Goods"])
    True
    >>> _possessive_company("Holt 's Retail Group . Holt said".split(), 0, 1, ["Retail", "Group"])
    False
    """
    if end - start != 1:
        return False
    owner = words[start]
    if not following or owner in CALENDAR or is_acronym(owner) or lookup_place(owner) is not None:
        return False
    head = following[-1]
    if head not in COMPANY_COMPLETIONS and (head not in _NAMED_AFTER_HEADS or is_first_name(owner)):
        return False  # "Monk's Hill School", but "Ann's Party", "Zeta's Defence Committee"
    return all(
        i + 1 < len(words) and words[i + 1] in {"'s", "’s"}
        for i, word in enumerate(words)
        if word == owner
    )


def _country_with_and(head_words: list[str], gap: list[str], following: list[str]) -> bool:
    """Whether the words around "and" spell a country's name ("Bosnia and Herzegovina").

    >>> _country_with_and(["Trinidad"], ["and"], ["Tobago", "Police", "Service"])
    True
    >>> _country_with_and(["Oslo"], ["and"], ["Bergen", "Police"])
    False
    """
    for size in (1, 2):
        for more in (1, 2):
            words = head_words[-size:] + gap + following[:more]
            place = lookup_place(" ".join(words)) if len(words) > 2 else None
            if place is not None and place.kind == "country":
                return True
    return False


def _acronym_spells(words: list[str], start: int, end: int) -> bool:
    """Whether "(ACRONYM)" right after ``words[start:end]`` spells the initials of all of it.

    The acronym an article gives a name says where the name begins: "Ethics and
    Anti-Corruption Commission (EACC)" is one body, not "Ethics" and a commission.

    >>> _acronym_spells("the Ethics and Anti - Corruption Commission ( EACC )".split(), 1, 7)
    True
    >>> _acronym_spells("Zeta and Omni Holdings ( OH )".split(), 0, 4)
    False
    """
    if end + 2 >= len(words) or words[end] != "(" or words[end + 2] != ")":
        return False
    acronym = words[end + 1]
    if not (acronym.isalpha() and acronym.isupper() and len(acronym) >= 3):
        return False
    initials = "".join(
        w[0].upper() for w in words[start:end] if w[:1].isupper() and w not in {"The"}
    )
    return initials == acronym


def _joins_membership_body(own: list[str], following: list[str], texts: Counter[str]) -> bool:
    """Whether "and" joins two groups inside one body's name ("Police and Sheriffs Coalition").

    Associations and coalitions are named after the groups they bring together; a
    list of names ("Zeta Council and Omni Alliance") is not joined because its first
    member already ends in an organisation word of its own.

    >>> _joins_membership_body(["Ohio", "Police"], ["Sheriffs", "Coalition"], Counter())
    True
    >>> _joins_membership_body(["Zeta", "Council"], ["Omni", "Alliance"], Counter())
    False
    """
    return (
        following[-1] in ASSOCIATION_HEADS
        and len(following) >= 2
        and 1 <= len(own) <= 3
        and (own[-1] not in ORG_HEADS or own[-1] in GROUP_HEADS)
        and not any(w in LEGAL_SUFFIXES or is_acronym(w) for w in own)
        and texts[" ".join(own)] <= 1
        and not is_first_name(own[0])
        and lookup_place(" ".join(own)) is None
    )


_AREA_BODY_HEADS = frozenset(
    {"Police", "Constabulary", "Fire", "Council", "Borough", "Health", "Trust", "Authority"}
)


def _joins_two_areas(own: list[str], following: list[str]) -> bool:
    """Whether "and" joins two places in the name of the body serving both.

    >>> _joins_two_areas(["Avon"], ["Somerset", "Police"])
    True
    >>> _joins_two_areas(["Ohio"], ["Zeta", "Police"])
    False
    """
    return (
        len(own) <= 2
        and len(following) >= 2
        and following[-1] in _AREA_BODY_HEADS
        and lookup_place(" ".join(own)) is not None
        and lookup_place(" ".join(following[:-1])) is not None
    )


def _stands_alone(words: list[str]) -> bool:
    """A place, an acronym or a person's name: never the inside of a longer name."""
    text = " ".join(words)
    return is_acronym(text) or lookup_place(text) is not None or is_first_name(words[0])


def _title_end(tokens: list[str], i: int) -> int:
    """Where the title that starts at ``tokens[i]`` ends: past compound public-sector roles.

    Qualifiers may sit inside a title as well as before it ("Assistant *District*
    Attorney", "Deputy *Police* Chief"), but a title never ends in one.

    >>> _title_end(["Assistant", "District", "Attorney", "Kim", "Lee"], 0)
    3
    >>> _title_end(["Secretary", "-", "General", "Ann"], 0)
    3
    >>> _title_end(["Judge", "Federal", "X"], 0)  # a qualifier never ends a title
    1
    """
    j = i
    while j < len(tokens) and (
        tokens[j] in TITLES
        or tokens[j] in HONORIFICS
        or tokens[j] in TITLE_MODIFIERS
        or (tokens[j] == "-" and j + 1 < len(tokens) and tokens[j + 1] in TITLES)
        or (
            j + 1 < len(tokens)
            and tokens[j + 1] in PORTFOLIO_TITLES
            and _names_a_portfolio(tokens[j])
        )  # "Foreign [Affairs] Minister"
    ):
        j += 1  # "Secretary-General" is three tokens
    while j > i + 1 and tokens[j - 1] not in TITLES and tokens[j - 1] not in HONORIFICS:
        j -= 1
    return j


def _split_bridged_title(words: list[str], candidate: Candidate) -> list[Candidate]:
    """A person titled after a joined body's name: "[Recorder's Court] Judge [Ellen Marsh]".

    Only a title right before a first name and a surname or two, at the end of the span.
    """
    tokens = words[candidate.start : candidate.end]
    for i in range(len(tokens) - 3, 0, -1):
        rest = tokens[i + 1 :]
        if (
            tokens[i] in TITLES
            and 2 <= len(rest) <= 3
            and is_first_name(rest[0])
            and not any(w in ORG_HEADS or w in TITLES for w in rest)
        ):
            body = Candidate(candidate.start, candidate.start + i, bridged=True)
            person = Candidate(candidate.start + i + 1, candidate.end, kind="person", titled=True)
            return [body, person]
    return [candidate]


def ends_county_name(pair: list[str]) -> bool:
    """Whether two words are a county's name ("Tarrow County"), which a title may follow.

    >>> ends_county_name(["Tarrow", "County"]), ends_county_name(["Deputy", "County"])
    (True, False)
    """
    first, last = pair
    return (
        last in {"County", "Parish"}
        and first[:1].isupper()
        and first.isalpha()
        and first not in TITLE_MODIFIERS
        and first not in TITLES
    )


INITIAL_SKIP = frozenset(
    {"of", "the", "for", "and", "de", "du", "des", "&", "-", "on", "in", "la", "le", "der"}
    | {"'s", "’s"}
)
"""Words a name's acronym leaves out ("Bank of Zeta" is "BZ")."""


def initials(tokens: list[str]) -> str:
    """The initials of a long name's words, as its acronym spells them.

    >>> initials(["Bank", "of", "Upper", "Zeta"])
    'BUZ'
    """
    return "".join(w[0] for w in tokens if w not in INITIAL_SKIP and w[:1].isalpha())


def _spelt_out_before_acronym(words: list[str], candidate: Candidate) -> bool:
    """Whether brackets after a span give its initials: "Data Privacy Commissioner (DPC)".

    A title that news abbreviates like a body names an office (a regulator), not a post
    waiting for its holder's name.

    >>> span = Candidate(1, 5)
    >>> _spelt_out_before_acronym("the Varne Data Privacy Commissioner ( DPC )".split(), span)
    True
    >>> _spelt_out_before_acronym("the Varne Data Privacy Commissioner ( EU )".split(), span)
    False
    """
    end = candidate.end
    if end + 2 >= len(words) or words[end] != "(" or words[end + 2] != ")":
        return False
    acronym = words[end + 1].replace(".", "")
    if not is_acronym(acronym):
        return False
    return initials(words[candidate.start : end]).upper().endswith(acronym.upper())


def _names_a_portfolio(word: str) -> bool:
    """Whether a capitalised word before a government title is its portfolio, not an employer.

    "Foreign Affairs Minister", "Integrity Commissioner", "Privacy Commissioner": a
    plain word there names a policy area; places, acronyms, organisation words and
    given names still name who the holder serves ("Ontario", "EU", "Zeta Council").

    >>> [_names_a_portfolio(w) for w in ("Affairs", "Integrity", "Ontario", "EU", "Board")]
    [True, True, False, False, False]
    """
    return (
        word.isalpha()
        and word[:1].isupper()
        and not is_acronym(word)
        and word not in ORG_HEADS
        and not is_first_name(word)
        and not is_demonym(word)
        and lookup_place(word) is None
    )


def _split_portfolio(words: list[str], candidate: Candidate, tokens: list[str]) -> list[Candidate]:
    """The person after a title's portfolio: "Minister of State for [Older People] Ann Ito".

    A title with "for"/"of" ends in a portfolio that runs into the name; the portfolio
    is no entity, the name after it is a person's.
    """
    start = candidate.start
    listed = (
        start >= 2
        and words[start - 1] in {",", "and", "&"}
        and not (words[start - 1] == "," and is_first_name(tokens[0]))  # "MP for X, Ann Ito,"
        and _in_portfolio(words, start)
    )
    if not listed and (start < 2 or words[start - 1] not in {"for", "of"}):
        return [candidate]
    if not listed and not any(w in TITLES for w in words[max(0, start - 6) : start - 1]):
        return [candidate]
    k = next(
        (
            k
            for k in range(1, len(tokens) - 1)
            if is_first_name(tokens[k]) and tokens[k + 1][:1].isupper()
        ),
        None,
    )
    if k is None:  # a given name the list lacks: the name starts after the portfolio's words
        k = next((k for k, w in enumerate(tokens) if w not in GOVERNMENT_DOMAINS), None)
        if k == 0 or (k is not None and len(tokens) - k < 2):
            k = None
    if k is None and len(tokens) == 1 and _names_a_portfolio(tokens[0]):
        return []  # "Minister for [Art] and Culture": the portfolio, no body
    if k is None or any(w in ORG_HEADS for w in tokens[:k]):
        return [] if listed else [candidate]  # "Research" of "Minister of Education, Research"
    return [Candidate(start + k, candidate.end, kind="person", titled=True)]


def _in_portfolio(words: list[str], start: int) -> bool:
    """Whether ``start`` continues a title's list of portfolios ("Minister of A, B and C").

    >>> _in_portfolio("the Minister of Higher Education , Research and Innovation".split(), 8)
    True
    >>> _in_portfolio("Zeta , Omni and Lune".split(), 4)
    False
    >>> _in_portfolio("the Minister for Lands and Resources , Yaw Darko".split(), 7)
    False
    """
    i = start - 1
    while i >= max(0, start - 12):
        word = words[i]
        if word in {"of", "for"} and i > 0 and words[i - 1] in TITLES:
            closed = words[start - 1] == "," and {"and", "&"} & set(words[i:start])
            return not closed  # "Minister for Lands and Resources, Yaw Darko": a name follows
        if not (word in {",", "and", "&", "the"} or word[:1].isupper()):
            return False
        i -= 1
    return False


def _hyphenated_word(tokens: list[str], k: int) -> bool:
    """Whether a title-like token is part of a hyphenated name ("Sen-Atlantic Protein").

    Not when the other part is a title too ("Secretary-General").

    >>> _hyphenated_word(["Sen", "-", "Atlantic"], 0)
    True
    >>> _hyphenated_word(["Secretary", "-", "General"], 0)
    False
    """
    after = tokens[k + 1 : k + 3]
    before = tokens[max(k - 2, 0) : k]
    return (after[:1] == ["-"] and (len(after) < 2 or after[1] not in TITLES)) or (
        before[-1:] == ["-"] and (len(before) < 2 or before[0] not in TITLES)
    )


def split_titles(doc: Doc, words: list[str], candidate: Candidate) -> list[Candidate]:
    """Split role words out of a span: "[ZFA] President [Ana Lund]" -> org, person."""
    if candidate.bridged:
        return _split_bridged_title(words, candidate)
    tokens = words[candidate.start : candidate.end]
    if tokens[-1] in TITLES and _spelt_out_before_acronym(words, candidate):
        candidate.kind = "organization"  # "the Data Privacy Commissioner (DPC)": an office
        return [candidate]
    if len(tokens) <= 3 and lookup_place(" ".join(tokens)) is not None:
        return [candidate]  # "Prince Rupert", "General Santos": towns named like people
    i = next(
        (
            k
            for k, w in enumerate(tokens)
            if (w in TITLES or w in HONORIFICS) and not _hyphenated_word(tokens, k)
        ),
        None,
    )
    if i is None:
        return _split_portfolio(words, candidate, tokens)
    j = _title_end(tokens, i)
    inner_place: Candidate | None = None
    if (
        j + 1 < len(tokens)
        and (tokens[j + 1] in TITLES or tokens[j + 1] in TITLE_MODIFIERS)
        and lookup_place(tokens[j]) is not None
    ):
        inner_place = Candidate(candidate.start + j, candidate.start + j + 1)
        j = _title_end(tokens, j + 1)  # "Assistant [U.S.] Attorney Ann Ito": a place inside
    portfolio = tokens[i] in PORTFOLIO_TITLES
    while i > 0 and (
        tokens[i - 1] in TITLE_MODIFIERS or (portfolio and _names_a_portfolio(tokens[i - 1]))
    ):
        if i >= 2 and (
            lookup_place(" ".join(tokens[i - 2 : i])) is not None
            or ends_county_name(tokens[i - 2 : i])
        ):
            break  # "[Maricopa County] Attorney": the modifier ends a place's name
        i -= 1  # "U.S. [District Judge] Ann Ito", "Dutch [Economy Minister] Lotte de Wit"
    title_run = tokens[i:j]
    rest = tokens[j:]
    if not rest and i >= 2 and all(w in POST_NOMINAL_TITLES for w in title_run):
        return [Candidate(candidate.start, candidate.start + i, kind="person", titled=True)]
    if any(w in ORG_HEADS and w not in TITLES for w in rest) or (rest and rest[0] in ORG_HEADS):
        return [candidate]
    if rest and rest[-1] in COMPANY_COMPLETIONS and not any(w in STRONG_TITLES for w in title_run):
        return [candidate]  # "Dunmore Home Stores": a portfolio word inside a firm's name
    if (
        any(w in ORG_HEADS and w not in TITLES and w not in TITLE_MODIFIERS for w in title_run[1:])
        and not rest
    ):
        return [candidate]
    strong = any(w in STRONG_TITLES or w in HONORIFICS for w in title_run)
    person_like = bool(rest) and (
        is_first_name(rest[0])
        or len(rest) >= 2
        or (strong and rest[0][:1].isupper() and len(rest[0]) > 1)
    )
    prefix = tokens[:i]
    weak_prefix = len(prefix) <= 2 and not any(is_acronym(w) or w in ORG_HEADS for w in prefix)
    # before a minister's title the prefix is a portfolio ("Competition Commissioner"),
    # before a company's it is the employer ("Zeta CEO"): only the latter is a name
    prefix_cues = set() if any(w in PORTFOLIO_TITLES for w in title_run) else {"prefix"}
    if rest and not person_like:
        if i == 0:
            return [candidate]
        prefix_piece = Candidate(candidate.start, candidate.start + i, weak=weak_prefix)
        prefix_piece.cues = set(prefix_cues)
        return [prefix_piece]
    pieces: list[Candidate] = []
    if i > 0:
        pieces.append(
            Candidate(candidate.start, candidate.start + i, weak=weak_prefix, cues=set(prefix_cues))
        )
    if inner_place is not None:
        pieces.append(inner_place)
    if rest:
        person = Candidate(candidate.start + j, candidate.end, kind="person", titled=True)
        pieces.append(person)
    return pieces
