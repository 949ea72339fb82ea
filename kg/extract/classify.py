"""Decide what each candidate span is, from its words and its immediate context.

The decision for one span looks only at the span and its neighbours; what the rest of
the article says about the same name (a fuller form, a surname, an acronym's
expansion, a list it belongs to) is weighed afterwards in :mod:`kg.extract.link`.
The tests run in the order of their reliability: gazetteer places and organisation
words first, then first names and context cues, then the default (an unknown
capitalised name inside a sentence is most often an organisation in news text).
"""

from __future__ import annotations

import re

from kg.extract.agencies import is_agency_name
from kg.extract.context import ArticleContext, build_context, next_word, previous_word, span_text
from kg.extract.cues import (
    REPRESENT_VERBS,
    acts_as_business,
    coordinated_with_place,
    is_employer,
    is_locative,
    is_named_place,
    is_org_context,
    is_person_context,
    is_product,
    is_ticker,
    place_follows,
    product_strength,
)
from kg.extract.demonyms import is_demonym
from kg.extract.gazetteer import Place, lookup_place, lookup_place_folded
from kg.extract.lexicon import (
    CALENDAR,
    CAPTION_WORDS,
    CODE_HEADS,
    COMMON_CAPITALISED,
    COMPANY_COMPLETIONS,
    DESCRIPTOR_NOUNS,
    FACILITY_NAMES,
    GENERIC_ALONE,
    GEO_HEADS,
    GOVERNMENT_DOMAINS,
    HONORIFICS,
    LEGAL_SUFFIXES,
    LOCATIVE_PREPOSITIONS,
    LOWER_TITLES,
    MEDIA_HEADS,
    NEWS_LABELS,
    NON_NAME_ACRONYMS,
    ORG_HEADS,
    PARTY_WORDS,
    PLACE_FOLLOWERS,
    PLAN_HEADS,
    POSSESSIVE_TITLE_OWNERS,
    PRODUCT_NOUNS,
    SENTENCE_STARTERS,
    SPEECH_VERBS,
    STATE_ABBREVIATIONS,
    STATE_NAMES,
    TITLE_MODIFIERS,
    TITLES,
)
from kg.extract.names import is_first_name
from kg.extract.spans import Candidate, ends_county_name, is_acronym
from kg.extract.tokens import is_sentence_initial_at

__all__ = ["BIG_CITY", "ArticleContext", "build_context", "classify"]

BIG_CITY = 100_000
"""A one-word city this big is taken as a place without a locative cue ("in", "from")."""

SMALL_CITY = 15_000
"""Smaller towns (the gazetteer goes down to 5,000) need a cue even with several words."""

LEGISLATURES = frozenset(
    {"Congress", "Parliament", "Senate", "Bundestag", "Knesset", "Duma", "Kremlin", "Pentagon"}
    | {"Cabinet", "Sabor", "Sejm", "Riksdag", "Storting", "Folketing", "Oireachtas", "Majlis"}
)
"""One-word organisation names that stand alone in news ("Congress passed ...", "after
Cabinet on Tuesday approved ...")."""

_NAME_ENDINGS = ORG_HEADS | COMPANY_COMPLETIONS
_ABBREVIATED_PLACE_WORDS = frozenset({"St", "St.", "ST", "ST.", "Ste", "Ste.", "Ft.", "Mt."})
_IRISH_OR_ITALIAN = re.compile(r"(?:O['’]|D['’]|Mc|Mac)[A-Z][a-z]+$")
_COMPASS_WORDS = frozenset({"Eastern", "Western", "Northern", "Southern", "Central"})
_POSSESSIVE = frozenset({"'s", "’s"})
_MODEL_KINDS = {
    "ORG": "organization",
    "PERSON": "person",
    "PER": "person",
    "GPE": "place",
    "LOC": "place",
    "FAC": "place",
}

_MODEL_CODE = re.compile(r"[A-Z]{1,5}-\d{2,5}[A-Za-z]{0,2}")
"""A product model's code: letters, a hyphen, digits ("HD-500", "KX-700S")."""


def classify(candidate: Candidate, context: ArticleContext) -> Candidate | None:
    """Set ``candidate.kind`` (trimming it first), or return ``None`` when it names nothing."""
    if not _trim(candidate, context):
        return None
    tokens = context.words[candidate.start : candidate.end]
    text = span_text(context, candidate.start, candidate.end)
    if candidate.kind == "place":
        candidate.cues.add("forced")
        return candidate
    if text in context.known_organisations or _strip_the(text) in context.known_organisations:
        candidate.kind = "organization"
        candidate.cues.add("known")
        return candidate
    if text in STATE_ABBREVIATIONS:
        return _classify_abbreviation(candidate, context, text)
    if _is_case_name(context, candidate) or _names_nothing(context, candidate, tokens, text):
        return None
    if candidate.kind == "person":
        if not _looks_like_org_or_place(tokens, text):
            candidate.cues.add("title")
            return candidate
        candidate.kind = None
    if candidate.source == "model" and candidate.label:
        decided = _classify_model(candidate, context, tokens, text)
        if decided is not None:
            return decided
    return _classify_rules(candidate, context, tokens, text)


_CITY_BODIES = (("police",), ("city", "council"), ("town", "council"))
"""Lower-case words after a city's name that name one body of that city."""


def _city_body_words(context: ArticleContext, end: int) -> int:
    """How many words after a city's name make it the name of the city's own body.

    "Lagos police" is the city's force and "Lagos city council" its council, as news
    writes them in lower case.
    """
    for body in _CITY_BODIES:
        stop = end + len(body)
        if stop <= len(context.words) and all(
            context.words[k] == word and not context.doc[k].is_space
            for k, word in zip(range(end, stop), body, strict=True)
        ):
            if stop < len(context.words) and context.words[stop] in _BODY_PLACES:
                return 0  # "a Lagos police station": a building, not the force
            return len(body)
    return 0


_BODY_PLACES = frozenset({"station", "stations", "headquarters", "cell", "cells", "chambers"})


def _classify_rules(
    candidate: Candidate, context: ArticleContext, tokens: list[str], text: str
) -> Candidate | None:
    n = len(tokens)
    start, end = candidate.start, candidate.end
    nxt = next_word(context, end)
    if is_ticker(context, start, end) or (n == 2 and tokens[0] in CODE_HEADS):
        return None  # "(NASDAQ: ZETA)", "Model Y", "Series B"
    if n > 1 and tokens[0] == "Operation":
        return None  # "Operation Thor": a police operation's code name, not a body
    if is_agency_name(tokens) or (n == 3 and tokens[1] == "n"):
        candidate.kind = "organization"  # "Health Canada", "Transport for London", "Tarn n Pay"
        candidate.cues.add("head")
        return candidate
    if n > 1 and tokens[-1] in PARTY_WORDS:
        if _names_a_party(tokens):
            candidate.kind = "organization"  # "the New Democrats", "Liberal Democrats"
            candidate.cues.add("party")
            return candidate
        candidate.end -= 1  # "a Connecticut Democrat": the place is the name
        return classify(candidate, context)
    if (
        n == 1
        and text in PARTY_WORDS
        and text.endswith("s")
        and (previous_word(context, start) or "").lower() == "the"
    ):
        candidate.kind = "organization"  # "the Liberals said": the party
        candidate.cues.add("party")
        return candidate
    place = _lookup(text)
    city_body = _city_body_words(context, end) if place is not None and place.kind == "city" else 0
    if place is not None and place.kind != "city":
        return _as_place(candidate, place)  # "U.S. police" are no one force: the place
    if place is None and n == 2 and _county_or_city(context, tokens, end):
        candidate.kind = "place"  # "Co Cork" (an Irish county), "Bogo City"
        candidate.cues.add("geo")
        return candidate
    if n == 1 and text in PARTY_WORDS and is_employer(context, end):
        candidate.kind = "organization"  # "Labour leader Ann Ito"
        candidate.cues.add("employer")
        return candidate
    if is_demonym(text):
        adjective = nxt is not None and nxt.isalpha() and nxt.islower()  # "South African unit"
        if n > 1 and not adjective and is_org_context(context, start, end):
            candidate.kind = "organization"  # "Bavarian Nordic, which makes vaccines"
            candidate.cues.add("org-context")
            return candidate
        return None
    if n == 1 and _never_alone(text):
        if (
            text in context.name_words and (text in COMMON_CAPITALISED or text in GENERIC_ALONE)
        ) or (text in context.name_ends and text in GOVERNMENT_DOMAINS):
            candidate.kind = "organization"  # a surname like "Park": kept only if linked
            candidate.weak = True
            candidate.cues.add("surname-only")
            return candidate
        return None
    leading = _leading_demonym(context, candidate, tokens, text)
    if leading == -1:
        return None
    if leading:
        candidate.start += leading
        return classify(candidate, context)
    employer = is_employer(context, end)
    last = tokens[-1]
    if n == 1 and employer and is_sentence_initial_at(context.doc, start) and not is_acronym(text):
        employer = False  # "Veteran activist Ann Lee": a capitalised opener, not an employer
    if n > 1 and not employer and last not in ORG_HEADS and place is None:
        if (
            last in COMMON_CAPITALISED or (last.endswith("s") and last[:-1] in COMMON_CAPITALISED)
        ) and not (
            (_is_person_name(tokens) and last in context.speakers)
            or (last in PLAN_HEADS and candidate.bridged)
        ):
            return None  # "Ocean Park", but "Rosa Parks ... Parks said", "Teachers' Pension Plan"
        if last.lower() in PRODUCT_NOUNS and last not in COMPANY_COMPLETIONS:
            return None
    if city_body:
        candidate.end += city_body  # "Lagos police": the city's force; "Lagos city council"
        candidate.kind = "organization"
        return candidate
    if place is not None and _place_is_plausible(context, candidate, tokens, place):
        if n == 1 and place.population < 1_000_000 and product_strength(context, start, end):
            candidate.kind = "product"  # "Brent crude"
            return candidate
        return _as_place(candidate, place)
    if place is None and is_named_place(context, start) and not any(w in ORG_HEADS for w in tokens):
        candidate.kind = "place"  # "the port of Ylvik": a place the gazetteer does not know
        candidate.cues.add("geo")
        return candidate
    if place is None and _is_unlisted_place(context, candidate, tokens):
        candidate.kind = "place"  # "in Wexley, Kansas", "the Eastbrook neighbourhood"
        candidate.cues.add("place-pattern")
        return candidate
    if (
        n > 1
        and (last in GEO_HEADS or (tokens[0] in GEO_HEADS and tokens[1] == "of"))
        and not any(w in ORG_HEADS for w in tokens)
        and not acts_as_business(context, end)
    ):  # "Cascade Mountain", "Bay of Biscay"; not "Pearl Delta, which owns ..."
        candidate.kind = "place"
        candidate.cues.add("geo")
        return candidate
    if _MODEL_CODE.fullmatch(text):
        return None  # "HD-700S", "X-15": a model's code, not a name
    if n == 1 and is_acronym(text):
        if text in NON_NAME_ACRONYMS or (nxt is not None and nxt.isdigit()):
            return None  # "SB 1047", "HR 5": a bill or a code
        if nxt in _EQUIPMENT_NOUNS:
            return None  # "CCTV footage", "IMEI numbers": equipment or a code, not a body
        candidate.kind = "organization"
        candidate.cues.add("acronym")
        return candidate
    if employer and not _is_person_name(tokens):
        candidate.kind = "organization"
        candidate.cues.add("employer")
        return candidate
    strength = product_strength(context, start, end)
    if strength and nxt not in SPEECH_VERBS:  # "brand Lunda Baby said": a firm speaks
        candidate.kind = "product"
        candidate.cues.add("product" if strength > 1 else "product-noun")
        return candidate
    if n > 1 and (any(w in ORG_HEADS for w in tokens) or last in LEGAL_SUFFIXES):
        if (
            not candidate.bridged
            and all(w in TITLES or w in HONORIFICS or w in TITLE_MODIFIERS for w in tokens)
            and any(w in TITLES or w in HONORIFICS for w in tokens)
        ):  # "Police Chief", "Attorney General": a role; "Federal Police" is a force
            return None
        candidate.kind = "organization"
        candidate.cues.add("head")
        return candidate
    if n == 1 and text in LEGISLATURES:
        if nxt is not None and (
            nxt in TITLES or nxt.lower() in LOWER_TITLES or nxt in {"member", "members"}
        ):
            return None  # "Cabinet Secretary Ann Lee", "Cabinet member for finance": a title
        candidate.kind = "organization"
        return candidate
    if _is_person_name(tokens) and not is_org_context(context, start, end):
        candidate.kind = "person"
        candidate.cues.add("first-name")
        return candidate
    if (
        tokens[0] not in TITLES
        and "&" not in tokens
        and not is_acronym(tokens[0])
        and not any(w in _NAME_ENDINGS for w in tokens[1:])  # "the researcher Zeta Data"
        and is_person_context(context, start, end)
    ):
        candidate.kind = "person"
        candidate.cues.add("context")
        return candidate
    if place is not None:
        _as_place(candidate, place)
        candidate.weak = True
        return candidate
    if _reads_as_place(context, candidate, tokens):
        candidate.kind = "place"  # "a depot in Ashwick", "a Holt man"
        candidate.cues.add("locative")
        return candidate
    return _default_organisation(candidate, context, tokens, text)


def _county_or_city(context: ArticleContext, tokens: list[str], end: int) -> bool:
    """An Irish county ("Co Cork") or an unlisted "X City" that is not a club or a firm."""
    if tokens[0] in {"Co", "Co."}:
        return tokens[1][:1].isupper()
    return tokens[1] == "City" and not (
        is_first_name(tokens[0]) or acts_as_business(context, end) or is_employer(context, end)
    )


def _described_as_business(context: ArticleContext, end: int) -> bool:
    """Whether an apposition after the span calls it a business (", Ohio's largest grocer")."""
    words = context.words
    if next_word(context, end) != "," or words[end + 1 : end + 2] in (["police"], ["regulators"]):
        return False  # "in Holt, police arrested ...": a clause's subject, no apposition
    for word in words[end + 1 : end + 6]:
        if word in {",", ".", ";", ":"}:
            return False
        if word in DESCRIPTOR_NOUNS:
            return True
    return False


_STRONG_LOCATIVES = frozenset({"in", "near", "across", "throughout"})
_EQUIPMENT_NOUNS = frozenset(
    {"footage", "camera", "cameras", "images", "recordings", "numbers", "number"}
)
"""Nouns after an acronym that make it a kind of equipment or code, not a body ("CCTV footage")."""
_AREA_NOUNS = frozenset(
    {"areas", "district", "districts", "neighbourhood", "neighbourhoods", "neighborhood",
     "neighborhoods", "localities", "estates"}
)  # fmt: skip
"""Nouns after a name that make it a part of a town ("the Holt and Ayr districts")."""
_COMPASS_POINTS = frozenset(
    {"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest",
     "north-east", "north-west", "south-east", "south-west"}
)  # fmt: skip
_STREET_WORDS = frozenset({"Street", "Road", "Avenue", "Lane", "Drive", "Way", "Crescent"})
_RESIDENT_NOUNS = frozenset({"man", "woman", "teen", "teenager", "boy", "girl", "resident"})
_LOCAL_NOUNS = frozenset(
    {"nursing", "care", "hospital", "school", "family", "couple", "mother", "father",
     "pensioner", "farmer", "shopkeeper", "native", "homeowner", "landlord", "house",
     "residence", "property"}
)  # fmt: skip
"""Nouns a place name modifies as someone's or something's home ("a Tullow nursing home")."""


def _reads_as_place(context: ArticleContext, candidate: Candidate, tokens: list[str]) -> bool:
    """An unknown name that news writes as a place: "in X", "near X", "a X man", "Y Road, X".

    In news text a capitalised name after "in" or "near" is a place far more often than
    a company ("a depot in Ashwick"; a firm is "invested in", but that reading is
    outvoted where the article uses the name as a firm elsewhere: the cue is weak). A
    name before "man"/"resident" after "a" is a home town, and a name after a street
    address ("of Kell Lane, Holt,") is the district. Spans with an organisation
    word, an acronym or a person's first name are left to the other rules.

    >>> from kg.extract.tokens import tokenize
    >>> doc = tokenize("A depot in Ashwick was hit. A Tarnby man, of Kell Lane, Holt, was held.")
    >>> context = build_context(doc, doc.text, [])
    >>> [_reads_as_place(context, Candidate(a, b), context.words[a:b]) for a, b in
    ...  [(3, 4), (8, 9), (15, 16)]]
    [True, True, True]
    """
    start, end = candidate.start, candidate.end
    if len(_name_parts(tokens)) > 2 or any(w in ORG_HEADS or is_acronym(w) for w in tokens):
        return False
    if _is_person_name(tokens) or is_first_name(tokens[0]):
        return False
    prev = previous_word(context, start)
    nxt = next_word(context, end)
    if nxt in _POSSESSIVE or _described_as_business(context, end):
        return False  # "in Zeta's results", "in Zeta, Ohio's largest grocer"
    if len(tokens) == 1 and tokens[0] in context.speakers:
        return False  # "Zeta said ...": places do not speak
    words = context.words
    if (
        prev in _STRONG_LOCATIVES
        or prev in REPRESENT_VERBS
        or (prev == "from" and start >= 2 and words[start - 2] in _RESIDENT_NOUNS)
    ):
        return True  # "a depot in Ashwick", "a man from Tarnby"
    if prev in {"a", "an", "A", "An"} and nxt in _RESIDENT_NOUNS | _LOCAL_NOUNS:
        return True  # "a Holt man", "a Tullow nursing home", "a Tarnby house"
    if nxt in _AREA_NOUNS or (
        nxt == "and" and any(w in _AREA_NOUNS for w in words[end + 2 : end + 4])
    ):
        return True  # "the Holt district", "the Njoro and Tarnby areas"
    if prev == "from" and start >= 3 and words[start - 2] == "," and words[start - 3].isdigit():
        return True  # "Ann Ito, 24, from Hadapsar"
    if prev == "of" and start >= 2 and words[start - 2].lower() in _COMPASS_POINTS:
        return True  # "east of Holt", "20 km northwest of Holt"
    return prev == "," and start >= 2 and words[start - 2] in _STREET_WORDS and nxt in {",", "."}


def _names_nothing(
    context: ArticleContext, candidate: Candidate, tokens: list[str], text: str
) -> bool:
    """Capitalised spans that are not names: captions, buildings, roles, descriptions.

    "File photo" and "Photo:" label pictures; "Parliament House" is the building, not
    the body; "Commonwealth's Attorney" is a role; "the state Senate" describes a
    chamber by its level of government rather than naming it ("Ohio Senate" names
    it); "Senate District 18" is an electoral district, not a body.

    >>> from kg.extract.tokens import tokenize
    >>> doc = tokenize("File Photo: the state Senate met in Parliament House.")
    >>> context = build_context(doc, doc.text, [])
    >>> spans = [(0, 2), (5, 6), (8, 10)]
    >>> [_names_nothing(context, Candidate(a, b), context.words[a:b], doc[a:b].text)
    ...  for a, b in spans]
    [True, True, True]
    """
    start, end = candidate.start, candidate.end
    words = context.words
    if all(is_caption_word(w) for w in tokens):
        return True
    if text in FACILITY_NAMES:
        return True
    if (
        len(tokens) == 1
        and text in POSSESSIVE_TITLE_OWNERS
        and words[end : end + 1] in (["'s"], ["’s"])
        and end + 1 < len(words)
        and words[end + 1] in TITLES
    ):
        return True
    if (
        len(tokens) == 1
        and (text in LEGISLATURES or text in GENERIC_ALONE or text in ORG_HEADS)
        and previous_word(context, start) in _LEVEL_WORDS
    ):
        return True
    if len(tokens) == 1 and _MONEY.fullmatch(text):
        return True  # "RM22", "Rs500", "KSh1,000": an amount in a currency's short form
    nxt = next_word(context, end)
    return tokens[-1] == "District" and nxt is not None and nxt.isdigit()


_MONEY = re.compile(r"(?:RM|Rs|KSh|Ksh|Sh|Php|HK|NZ|US|A|C|S|R|N|P)\$?\d[\d,.]*(?:m|bn|k|mn)?")
"""A currency's short form fused to an amount (ringgit, rupees, shillings, pesos, rand...)."""


def is_caption_word(word: str) -> bool:
    """A word of a caption or a desk label ("Photo", "File", "UPDATE"), never a name.

    >>> [is_caption_word(w) for w in ("Photo", "FILE", "UPDATE", "Update", "Zeta")]
    [True, True, True, False, False]
    """
    return word.capitalize() in CAPTION_WORDS or word in NEWS_LABELS


_LEVEL_WORDS = frozenset({"state", "provincial", "federal", "territorial", "upper", "lower"})


def _is_unlisted_place(context: ArticleContext, candidate: Candidate, tokens: list[str]) -> bool:
    """A place the gazetteer does not know, told by how news writes places.

    Towns and neighbourhoods too small for the gazetteer are introduced as places:
    "in Wexley, Kansas" (a state after a comma), "the Eastbrook neighbourhood",
    "in Lunenburg and in Yarmouth" (beside a known place), "Tarrow County". A
    name with a first name or an organisation word is left to the other rules.
    """
    start, end = candidate.start, candidate.end
    if len(tokens) > 3 or any(w in ORG_HEADS and w != "County" for w in tokens):
        return False
    if len(tokens) == 2 and tokens[1] in {"County", "Parish"}:
        return ends_county_name(tokens) and not is_first_name(tokens[0])
    if _is_person_name(tokens) or any(is_acronym(w) for w in tokens):
        return False
    prev = previous_word(context, start)
    locative = prev in LOCATIVE_PREPOSITIONS or prev is None
    if locative and place_follows(context, end):
        return True
    nxt = next_word(context, end)
    if nxt in PLACE_FOLLOWERS and (prev or "").lower() in {"the", "and", "or"}:
        return True  # "the Eastbrook neighbourhood", "the Ashby and Holt districts"
    return coordinated_with_place(context, start, end)


def _leading_demonym(
    context: ArticleContext, candidate: Candidate, tokens: list[str], text: str
) -> int:
    """How many leading demonym words to drop ("[Kenyan] Zeta Holdings" keeps them; 0).

    -1 when nothing but a generic word would be left ("Eastern Conference"). A name
    the article repeats, or that has an organisation's cue, keeps its demonym
    ("Bavarian Nordic").
    """
    if context.chunk_texts[text] > 1 or is_org_context(context, candidate.start, candidate.end):
        return 0
    for k in range(len(tokens) - 1, 0, -1):
        if not is_demonym(" ".join(tokens[:k])):
            continue
        rest = tokens[k:]
        compass = all(w in _COMPASS_WORDS for w in tokens[:k])
        if compass and len(rest) == 1 and (rest[0] in GENERIC_ALONE or rest[0] in ORG_HEADS):
            return -1
        return 0 if any(w in ORG_HEADS for w in tokens) else k
    return 0


def _default_organisation(
    candidate: Candidate, context: ArticleContext, tokens: list[str], text: str
) -> Candidate:
    """An unknown capitalised name: an organisation, weak where it may be a common word."""
    n = len(tokens)
    start, end = candidate.start, candidate.end
    candidate.kind = "organization"
    initial = is_sentence_initial_at(context.doc, start)
    if "prefix" in candidate.cues:
        # "Zeta CEO Ann Ito": an employer, unless a common word ("Energy Commissioner ...")
        candidate.weak = text.lower() in context.lower_words or text in TITLE_MODIFIERS
        return candidate
    if is_org_context(context, start, end) and not (n == 1 and initial):
        candidate.cues.add("org-context")
    elif n == 1:
        candidate.weak = is_first_name(text) or initial or text.lower() in context.lower_words
    else:
        candidate.weak = initial and tokens[0].lower() in context.lower_words
    return candidate


def _place_is_plausible(
    context: ArticleContext, candidate: Candidate, tokens: list[str], place: Place
) -> bool:
    """A city name is a place when big, or when the context says so ("in X", "X, Ohio").

    A sentence's first word that the article also writes in lower case is that common
    word, however big the city of the same name ("Man charged after ...").
    """
    start = candidate.start
    if (
        len(tokens) == 1
        and is_sentence_initial_at(context.doc, start)
        and tokens[0].lower() in context.lower_words
    ):
        return is_locative(context, start, candidate.end)
    if place.population >= BIG_CITY:
        return True
    if len(tokens) > 1 and place.population >= SMALL_CITY and not is_first_name(tokens[0]):
        return True
    return is_locative(context, candidate.start, candidate.end)


def _classify_abbreviation(
    candidate: Candidate, context: ArticleContext, text: str
) -> Candidate | None:
    """A state abbreviation right after a place is the state ("Flint, Mich.")."""
    if previous_word(context, candidate.start) != "," or text not in STATE_NAMES:
        return None
    place = lookup_place(STATE_NAMES[text])
    candidate.kind = "place"
    candidate.cues.add("gazetteer")
    candidate.label = STATE_NAMES[text]
    candidate.weak = place is None
    return candidate


def _is_case_name(context: ArticleContext, candidate: Candidate) -> bool:
    """Either side of a court case's name ("Roe v. Wade"): a citation, not a mention."""
    nxt = next_word(context, candidate.end)
    prev = previous_word(context, candidate.start)
    return nxt in {"v.", "vs.", "v"} or prev in {"v.", "vs.", "v"}


def _classify_model(
    candidate: Candidate, context: ArticleContext, tokens: list[str], text: str
) -> Candidate | None:
    """Refine a span a trained pipeline labelled: gazetteers and rules override its type."""
    kind = _MODEL_KINDS.get(candidate.label or "")
    if kind is None:
        return None
    if (len(tokens) == 1 and _never_alone(text)) or is_demonym(text):
        return None
    place = _lookup(text)
    police = next_word(context, candidate.end) == "police"
    if place is not None and not police and (kind == "place" or place.kind != "city"):
        return _as_place(candidate, place)  # a city's name may be a firm's ("Toyota")
    if kind == "organization" and context.words[candidate.end - 1].isdigit():
        candidate.kind = "product"  # "Zeta 9"
        return candidate
    if kind == "person" and (any(w in ORG_HEADS for w in tokens[1:]) or is_acronym(text)):
        kind = "organization"
    if kind == "place" and any(w in ORG_HEADS for w in tokens):
        kind = "organization"
    if kind == "organization" and is_product(context, candidate.start, candidate.end):
        candidate.kind = "product"
        return candidate
    candidate.kind = kind
    candidate.cues.add("model")
    return candidate


_LEGAL_PREFIXES = frozenset({"PT"})
"""Company forms written before the name (Indonesia's "Perseroan Terbatas")."""


_NAMED_DAY_HEADS = frozenset({"Day", "Eve"})
"""Last words of the names of days ("Anzac Day", "Christmas Eve"), which are dates."""


def _trim(candidate: Candidate, context: ArticleContext) -> bool:
    """Drop leading and trailing words that are capitalised for other reasons."""
    words = context.words
    doc = context.doc
    if (
        words[candidate.end - 1] in _NAMED_DAY_HEADS
        and candidate.end - candidate.start >= 2
        and not is_first_name(words[candidate.start])
    ):
        return False  # "Christmas Day", "Boxing Day", "New Year's Eve": a date ("Doris Day" is not)
    while candidate.start < candidate.end:
        word = words[candidate.start]
        initial = is_sentence_initial_at(doc, candidate.start)
        rest = candidate.end - candidate.start - 1
        if rest and words[candidate.start + 1] in _POSSESSIVE:
            break  # "Children's Hospital", bridged: the first word belongs to the name
        if word in _LEGAL_PREFIXES and rest:
            break  # "PT Zeta Teknologi": Indonesia's company form, not Pacific Time
        if word in CALENDAR and rest and words[candidate.end - 1] in MEDIA_HEADS:
            break  # "Sunday Times", "Sunday Mail": a paper named after its day
        if word in CALENDAR or (word in HONORIFICS and not _lookup(_span(context, candidate))):
            candidate.start += 1  # "Sir Ann Ito", but "Prince Rupert" is a town
            continue
        if word in NEWS_LABELS and rest > 1 and words[candidate.start + 1] in {"-", "—", "–"}:
            candidate.start += 2  # "EXCLUSIVE-Zeta Corp weighs ..."
            continue
        if word == "The" and rest:
            if initial or not _keeps_the(context, candidate):
                candidate.start += 1
                continue
            break
        if (
            word in SENTENCE_STARTERS
            and (initial or word == "A")  # mid-sentence "An Garda Síochána", "An Post": Irish
            and not (rest and word in ORG_HEADS)
            and not (rest and _repeated_whole(context, candidate))
        ):
            candidate.start += 1
            continue
        if (
            initial
            and rest
            and (
                _looks_like_common_opener(context, candidate, word)
                or _opens_before_name(context, candidate, word)
            )
            and not _keeps_opener(context, candidate)
        ):
            candidate.start += 1
            continue
        break
    while candidate.end > candidate.start and (
        words[candidate.end - 1] in CALENDAR
        or (
            words[candidate.end - 1] in NON_NAME_ACRONYMS
            and words[candidate.end - 1] not in _NAME_ENDINGS
        )
        or words[candidate.end - 1] in {"-", "&"}
    ):
        candidate.end -= 1
    return candidate.end > candidate.start


def _repeated_whole(context: ArticleContext, candidate: Candidate) -> bool:
    """Whether the article uses the whole span again, so its first word is part of the name.

    A headline's "Data Protection Commission opens probe" opens with a word that often opens
    sentences; the body's "The Data Protection Commission (DPC)" shows it is the name's own.
    """
    whole = span_text(context, candidate.start, candidate.end)
    return context.chunk_texts[whole] + context.chunk_texts[f"The {whole}"] >= 2


def _opens_before_name(context: ArticleContext, candidate: Candidate, word: str) -> bool:
    """A sentence-opening word before a name: "Drugmaker Zeta", "Rivals Omni and Vex".

    Either a descriptor noun, or any word when the rest of the span is used as a name
    on its own elsewhere in the article (and the whole span is not).
    """
    if is_first_name(word) or lookup_place(word) or is_acronym(word) or word in ORG_HEADS:
        return False
    if word.lower() in DESCRIPTOR_NOUNS or word.lower() in LOWER_TITLES:
        return True
    rest = span_text(context, candidate.start + 1, candidate.end)
    whole = span_text(context, candidate.start, candidate.end)
    return context.chunk_texts[rest] > 0 and context.chunk_texts[whole] <= 1


def _keeps_opener(context: ArticleContext, candidate: Candidate) -> bool:
    """A sentence's first word that belongs to the name after it, though it looks loose.

    A government body ("Health Canada said ..."), or a person whose rare first name
    the name list lacks: the span is followed by a person's cues ("Orrin Calloway,
    58,") or is a first word and a surname the article makes the subject of "said".
    """
    start, end = candidate.start, candidate.end
    words = context.words
    if is_agency_name(words[start:end]):
        return True
    first = words[start]
    if (
        end - start != 2
        or not first.isalpha()
        or first.lower() in context.lower_words
        or first.lower() in DESCRIPTOR_NOUNS
        or first.lower() in LOWER_TITLES
    ):
        return False
    return is_person_context(context, start, end) or words[start + 1] in context.speakers


def _keeps_the(context: ArticleContext, candidate: Candidate) -> bool:
    """A capital "The" inside a sentence belongs to the name ("in The Morning Ledger")."""
    tokens = context.words[candidate.start + 1 : candidate.end]
    return bool(tokens) and not _lookup(" ".join(tokens)) and not is_acronym(tokens[0])


def _looks_like_common_opener(context: ArticleContext, candidate: Candidate, word: str) -> bool:
    """An inflected word opening a sentence before a name ("Striking BRX workers").

    Only when what follows stands as a name by itself (an acronym, a place, a name
    the article uses alone): "Planned Parenthood" keeps its first word.
    """
    if is_first_name(word) or lookup_place(word) or is_acronym(word):
        return False
    if not (word.endswith(("ing", "ly", "ed")) and len(word) > 4):
        return False
    rest = context.words[candidate.start + 1 : candidate.end]
    rest_text = span_text(context, candidate.start + 1, candidate.end)
    return (
        is_acronym(rest[0])
        or lookup_place(rest_text) is not None
        or context.chunk_texts[rest_text] > 0
        or is_first_name(rest[0])
    )


def _names_a_party(tokens: list[str]) -> bool:
    """Whether words before a party word are part of a party's name, not a place or a body.

    >>> _names_a_party(["New", "Democrats"]), _names_a_party(["Liberal", "Democrats"])
    (True, True)
    >>> _names_a_party(["Ohio", "Democrat"]), _names_a_party(["Senate", "Republicans"])
    (False, False)
    """
    rest = tokens[:-1]
    return (
        tokens[-1].endswith("s")
        and all(w.isalpha() and w not in GENERIC_ALONE and w not in LEGISLATURES for w in rest)
        and _lookup(" ".join(rest)) is None
        and not is_demonym(" ".join(rest))
        and not _is_person_name(rest)
    )  # "Senate" and "House" are legislatures and generic words: excluded above


def _never_alone(text: str) -> bool:
    """Capitalised words that never name anything by themselves ("Monday", "Council")."""
    return (
        text in CALENDAR
        or text in COMMON_CAPITALISED
        or text in TITLES
        or text in HONORIFICS
        or text in SENTENCE_STARTERS
        or (text in GENERIC_ALONE and text not in LEGISLATURES)
        or text in STATE_ABBREVIATIONS
        or text in NON_NAME_ACRONYMS
        or text in GOVERNMENT_DOMAINS
        or text in _ABBREVIATED_PLACE_WORDS
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
    if len(parts) < 2 or "of" in tokens or "&" in tokens:
        return False  # "Bay of Biscay"; "Harlow & Pike" is a firm of partners
    if (
        _INITIALS.fullmatch(parts[0])
        and len(parts) <= 3
        and lookup_place(parts[0]) is None  # "U.S. Steel"
        and all(p[:1].isupper() and p[1:].islower() for p in parts[1:])
        and not any(p in ORG_HEADS or p in COMPANY_COMPLETIONS for p in parts[1:])
    ):
        return True  # "C.K. Mallikarjun", "N. Shobha Rani": initials, then the name
    if any(w in ORG_HEADS or w in COMPANY_COMPLETIONS for w in tokens[1:]) or any(
        is_acronym(w) for w in tokens
    ):
        return False
    last_place = lookup_place(parts[-1])
    if (
        parts[-1] in MEDIA_HEADS
        or parts[-1] in GEO_HEADS
        or (last_place is not None and last_place.kind != "city")
    ):
        return False
    if is_first_name(tokens[0]) and tokens[1] != "-":
        return True
    if any(_IRISH_OR_ITALIAN.match(w) for w in tokens):
        return True  # "D'Angelo Russell", "Aoife McGrath"
    if _INITIALS.fullmatch(parts[0]) and all(
        p[:1].isupper() and p[1:].islower() for p in parts[1:]
    ):
        return True  # "C.K. Mallikarjun", "N. Shobha Rani": initials, then the name
    given = parts[-1].split("-")
    if len(parts) == 2 and len(given) == 2 and all(g[:1].isupper() for g in given):
        return lookup_place(parts[0]) is None  # "Kwame Osei-Bonsu": a double-barrelled surname
    return (
        len(parts) in (2, 3) and len(given) == 2 and given[1].islower() and given[0][:1].isupper()
    )


_INITIALS = re.compile(r"(?:[A-Z]\.){1,3}")


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


def _looks_like_org_or_place(tokens: list[str], text: str) -> bool:
    return (
        any(w in ORG_HEADS for w in tokens)
        or is_acronym(text)
        or (lookup_place(text) is not None and len(tokens) > 1)
    )


def _span(context: ArticleContext, candidate: Candidate) -> str:
    return span_text(context, candidate.start, candidate.end)


def _strip_the(text: str) -> str:
    return text[4:] if text.startswith("The ") else text
