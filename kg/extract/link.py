"""Weigh what the whole article says about each name, and link short forms to full ones.

One sentence rarely settles a name; the article usually does. "Ama Osei" earlier
makes a later "Osei" a person; "Northern Water Safety Agency (NWSA)" makes a later
"NWSA" the agency; "Zeta Electronics" makes "Zeta" the company; a
one-word sentence opener ("Police then ...") survives only if the article also uses
it as a name elsewhere. Each surface form gets one kind per article, and a
``canonical`` when the article gives a fuller form of it.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass

from kg.extract.context import ArticleContext, span_text
from kg.extract.gazetteer import lookup_place, lookup_place_folded
from kg.extract.lexicon import (
    COMPANY_COMPLETIONS,
    DESCRIPTOR_NOUNS,
    LOWER_TITLES,
    ORG_HEADS,
    STATE_ABBREVIATIONS,
)
from kg.extract.names import first_name_gender, is_first_name
from kg.extract.spans import INITIAL_SKIP, Candidate, initials, is_acronym

_WEIGHTS = {
    "product": 2,
    "forced": 4,
    "known": 4,
    "title": 3,
    "gazetteer": 2,
    "head": 2,
    "acronym": 2,
    "first-name": 2,
    "model": 2,
    "place-pattern": 4,
    "locative": 1.5,
}


@dataclass
class Resolved:
    """A candidate with its final kind, surface text, fullest form and GeoNames id."""

    start: int
    end: int
    kind: str
    text: str
    canonical: str | None = None
    geonames_id: int | None = None


def resolve(candidates: list[Candidate], context: ArticleContext) -> list[Resolved]:
    """Final mentions of an article's body: linked, made consistent, supported."""
    doc = context.doc
    texts = {id(c): _text(context, c) for c in candidates}
    canonical: dict[int, str] = {}
    linked: set[int] = set()
    _link_persons(candidates, context, texts, canonical, linked)
    _link_acronyms(candidates, context, texts, canonical, linked)
    _link_org_prefixes(candidates, context, texts, canonical, linked)
    _type_country_units(candidates, context, texts)
    _link_product_tails(candidates, context)
    _link_brand_products(candidates, texts)
    _link_club_places(candidates, context, texts, canonical, linked)
    _harmonise_lists(candidates, context)
    kinds = _vote_kinds(candidates, texts, linked)
    supported = {texts[id(c)] for c in candidates if _supports(c, linked)}
    results: list[Resolved] = []
    for c in candidates:
        text = texts[id(c)]
        kind = kinds.get(text, c.kind)
        if id(c) in linked and c.kind in {"person", "organization"}:
            kind = c.kind
        if kind not in {"person", "organization", "place"}:
            continue
        if text not in supported and id(c) not in linked:
            continue
        geonames_id = None
        full = canonical.get(id(c))
        if kind == "place":
            place = lookup_place(c.label or text) or lookup_place_folded(text)
            geonames_id = place.geonames_id if place else None
            if c.label and text in STATE_ABBREVIATIONS:
                full = c.label
        results.append(
            Resolved(c.start, c.end, kind, text, full if full != text else None, geonames_id)
        )
    _link_places(results)
    return _without_overlaps(results, doc_length=len(doc))


def _text(context: ArticleContext, c: Candidate) -> str:
    return span_text(context, c.start, c.end)


def _tokens(context: ArticleContext, c: Candidate) -> list[str]:
    return context.words[c.start : c.end]


def _supports(c: Candidate, linked: set[int]) -> bool:
    if id(c) in linked:
        return True
    if c.kind == "product":
        return False
    return not c.weak or "org-context" in c.cues


def _link_persons(
    candidates: list[Candidate],
    context: ArticleContext,
    texts: dict[int, str],
    canonical: dict[int, str],
    linked: set[int],
) -> None:
    """Surnames and shorter forms of a person named in full elsewhere in the article.

    When two people share a surname ("Dorian Pelletier ... his mother, Maureen
    Pelletier"), a bare "Pelletier" means the one named in full most recently before
    it (or, if none is, the first named after it), as news writing uses it; an
    honorific narrows the choice by gender ("Ms Pelletier" is Maureen).
    """
    _promote_surname_owners(candidates, context, texts)
    full_names: list[tuple[int, list[str], str]] = []
    for c in candidates:
        tokens = _tokens(context, c)
        if c.kind == "person" and len([t for t in tokens if t != "-"]) >= 2 and not c.weak:
            full_names.append((c.start, tokens, texts[id(c)]))
    if not full_names:
        return
    roots = _person_roots(full_names)
    # names recur: the full names a form shortens are found once per form
    shortened: dict[tuple[str, ...], list[tuple[int, str]]] = {}
    for c in candidates:
        if c.kind == "place" and "gazetteer" in c.cues and c.end - c.start > 1:
            continue
        tokens = _tokens(context, c)
        if is_acronym(texts[id(c)]):
            continue
        form = tuple(tokens)
        matches = shortened.get(form)
        if matches is None:
            matches = shortened[form] = [
                (start, text) for start, full, text in full_names if _shortens(tokens, full)
            ]
        gender = _honorific_gender(context.words[c.start - 1] if c.start > 0 else "")
        if gender and len(matches) > 1:
            # "Ms Carrick" is not her brother Anthony Carrick
            fitting = [m for m in matches if first_name_gender(m[1].split()[0]) in (gender, None)]
            matches = fitting or matches
        if not matches:
            continue
        before = [m for m in matches if m[0] <= c.start]
        _, text = max(before) if before else min(matches)
        c.kind = "person"
        canonical[id(c)] = roots[text]
        linked.add(id(c))


_HONORIFIC_GENDER = {
    "mr": "male",
    "mr.": "male",
    "ms": "female",
    "ms.": "female",
    "mrs": "female",
    "mrs.": "female",
    "miss": "female",
    "sir": "male",
    "dame": "female",
}


def _honorific_gender(word: str) -> str | None:
    """The gender an honorific before a surname states ("Ms" female), if any."""
    return _HONORIFIC_GENDER.get(word.lower())


def _promote_surname_owners(
    candidates: list[Candidate], context: ArticleContext, texts: dict[int, str]
) -> None:
    """Make "Osric Dunmore" a person when the article calls him "Dunmore" with a person's cue.

    A full name whose first name the name list lacks gets no cue of its own; a later
    "Dunmore, 41," or "Dunmore said" tells what it is. "Said" alone is weaker
    (companies say things too), so it counts only for a surname that is not an
    organisation word or a big place, and only where the full name had no other cue.
    """
    cued = {
        texts[id(c)]
        for c in candidates
        if c.kind == "person" and c.end - c.start == 1 and c.cues & {"context", "title"}
    }  # "Vane, 41,", "Ms. Vane"
    firm_words = {
        context.words[c.start]
        for c in candidates
        if c.kind == "organization" and c.end - c.start > 1 and c.cues
    }  # "Pellion Pharmaceuticals ... Pellion said": the firm speaks
    for c in candidates:
        tokens = _tokens(context, c)
        if c.kind != "organization" or c.cues or len(tokens) not in (2, 3):
            continue
        last = tokens[-1]
        if last in cued or (
            last in context.speakers and last not in firm_words and _may_be_surname(tokens)
        ):
            c.kind = "person"  # "Ola Adeyemi ... Adeyemi, 41,": the surname's cue names the person
            c.cues.add("context")


def _may_be_surname(tokens: list[str]) -> bool:
    """Whether the last of ``tokens`` can be a surname rather than part of a firm's name.

    >>> _may_be_surname(["Osric", "Dunmore"]), _may_be_surname(["Orlando", "City"])
    (True, False)
    """
    last = tokens[-1]
    if last in ORG_HEADS or last in COMPANY_COMPLETIONS or any(is_acronym(w) for w in tokens):
        return False
    if "&" in tokens:
        return False  # "Harlow & Pike said": partners' names make a firm
    if tokens[0].lower() in DESCRIPTOR_NOUNS or tokens[0].lower() in LOWER_TITLES:
        return False  # "Drugmaker Pellion"
    if any(w in _CLUB_WORDS for w in tokens):
        return False
    place = lookup_place(last)
    return place is None or (place.kind == "city" and place.population < 100_000)


def _person_roots(full_names: list[tuple[int, list[str], str]]) -> dict[str, str]:
    """Each full name's fullest form: "Ann Lee" -> "Ann B. Lee" when both occur."""
    roots: dict[str, str] = {}
    for _, tokens, text in full_names:
        best = text
        for _, other, other_text in full_names:
            if _shortens(tokens, other) and len(other_text) > len(best):
                best = other_text
        roots[text] = best
    return roots


def _shortens(tokens: list[str], full: list[str]) -> bool:
    """Whether ``tokens`` is how an article shortens the name ``full``.

    >>> _shortens(["Smith"], ["Brad", "Smith"])
    True
    >>> _shortens(["Ann", "Lee"], ["Ann", "B.", "Lee"])
    True
    >>> _shortens(["Koh"], ["Koh", "Dong", "-", "jin"]), _shortens(["Brad"], ["Brad", "Smith"])
    (True, False)
    """
    if tokens == full:
        return True
    if len(tokens) >= len(full):
        return False
    if full[-len(tokens) :] == tokens and not is_first_name(tokens[0]):
        return True
    if len(tokens) == 1 and tokens[0] == full[0] and "-" in full and not is_first_name(tokens[0]):
        return True
    without_initials = [t for t in full if not (len(t) == 2 and t.endswith("."))]
    return without_initials == tokens


def _link_acronyms(
    candidates: list[Candidate],
    context: ArticleContext,
    texts: dict[int, str],
    canonical: dict[int, str],
    linked: set[int],
) -> None:
    """Give an acronym its expansion ("Long Name (LN)", or matching initials) as canonical."""
    words = context.words
    expansions: dict[str, tuple[str, str]] = {}
    spelled: set[str] = set()  # "Vemsa", defined in brackets after its long name
    by_start = {c.start: c for c in candidates}
    for c in candidates:
        if c.kind not in {"organization", "product", None} and c.kind != "place":
            continue
        if c.end + 2 < len(words) and words[c.end] == "(" and words[c.end + 2] == ")":
            inner = by_start.get(c.end + 1)
            if inner is None or c.end - c.start < 2 or c.kind == "place":
                continue
            short = texts[id(inner)]
            if is_acronym(short) or _word_acronym(short, _tokens(context, c)):
                expansions[short] = (texts[id(c)], "organization")
                spelled.add(short)
    for c in candidates:
        if c.kind != "organization" or c.end - c.start < 2:
            continue
        expansions.setdefault(initials(_tokens(context, c)), (texts[id(c)], "organization"))
    for c in candidates:
        text = texts[id(c)]
        key = text.replace(".", "") if is_acronym(text) or text in spelled else None
        if key and key in expansions and expansions[key][0] != text:
            full, kind = expansions[key]
            place = lookup_place(text)
            if place is not None and place.kind == "country":
                continue
            canonical[id(c)] = full
            c.kind = kind
            linked.add(id(c))


def _word_acronym(short: str, long_tokens: list[str]) -> bool:
    """Whether a capitalised word is an acronym said as a word ("Vemsa", "Ofcom").

    Its letters hold the initials of the long name's words in order, from the first:
    "Varne Medical Supplies Authority (Vemsa)".

    >>> _word_acronym("Vemsa", ["Varne", "Medical", "Supplies", "Authority"])
    True
    >>> _word_acronym("Lagos", ["Varne", "Medical", "Supplies", "Authority"])
    False
    """
    firsts = [w[0].lower() for w in long_tokens if w not in INITIAL_SKIP and w[:1].isupper()]
    if not (short[:1].isupper() and short[1:].islower() and short.isalpha()) or len(firsts) < 2:
        return False
    rest = iter(short.lower())
    return short[0].lower() == firsts[0] and all(letter in rest for letter in firsts)


def _link_org_prefixes(
    candidates: list[Candidate],
    context: ArticleContext,
    texts: dict[int, str],
    canonical: dict[int, str],
    linked: set[int],
) -> None:
    """A short form of an organisation named in full elsewhere ("Zeta" for "Zeta Labs Inc.").

    A full name that only adds a country or continent ("Zeta Mobile NZ") is the firm's
    unit there, not what its short form means. When the short form fits full names
    that are not one name grown longer ("Zeta Mobile" and "Zeta Group Holdings", its
    parent), it means :func:`_likeliest_owner`.
    """
    # Indexed by first word (without "The"): a short form shares it with its full name,
    # so each candidate is compared with a few full names, not all of them.
    orgs: dict[str, list[tuple[list[str], str]]] = {}
    uses: Counter[str] = Counter()
    for c in candidates:
        if c.kind == "organization" and not c.weak and c.end - c.start > 1:
            full_tokens = _tokens(context, c)
            stripped = full_tokens[1:] if full_tokens[0] == "The" else full_tokens
            if stripped:
                orgs.setdefault(stripped[0], []).append((stripped, texts[id(c)]))
                uses[texts[id(c)]] += 1
    if not orgs:
        return
    for c in candidates:
        town = c.kind == "place" and _town_as_company(c, context, texts[id(c)])
        small_town = town and _population(texts[id(c)]) < _SMALL_TOWN
        if (c.kind not in {"organization", "product"} and not town) or is_acronym(texts[id(c)]):
            continue
        tokens = _tokens(context, c)
        if tokens and tokens[0] == "The":
            tokens = tokens[1:]
        if not tokens:
            continue
        fits: list[tuple[list[str], str]] = []
        for stripped, full_text in orgs.get(tokens[0], ()):
            extra = stripped[len(tokens) :]
            if (
                extra
                and stripped[: len(tokens)] == tokens
                and not any(w in ORG_HEADS and w not in COMPANY_COMPLETIONS for w in extra)
                and (not town or small_town or all(w in COMPANY_COMPLETIONS for w in extra))
                and extra[0] not in {"-", "of", "for", "'s", "’s"}
                and not _country_unit(extra)
            ):
                fits.append((stripped, full_text))
        best: str | None = canonical.get(id(c))
        if fits:
            owner = _likeliest_owner(fits, len(tokens), uses)
            if best is None or len(owner) > len(best):
                best = owner
        if best is not None and best != texts[id(c)]:
            canonical[id(c)] = best
            c.kind = "organization"
            linked.add(id(c))


def _type_country_units(
    candidates: list[Candidate], context: ArticleContext, texts: dict[int, str]
) -> None:
    """A named organisation followed by a country is its unit there, not a person.

    "said Zeta Canada in a statement" reads like a person's name after "said"; when the
    article names "Zeta" as an organisation, "Zeta Canada" is Zeta's Canadian arm.
    """
    orgs = {texts[id(c)] for c in candidates if c.kind == "organization" and not c.weak}
    for c in candidates:
        if c.kind != "person":
            continue
        tokens = _tokens(context, c)
        for size in range(1, len(tokens)):
            if " ".join(tokens[:size]) in orgs and _country_unit(tokens[size:]):
                c.kind = "organization"
                break


def _country_unit(extra: list[str]) -> bool:
    """Whether the words a full name adds to a short one end with a bare country or continent.

    "Mobile NZ" of "Zeta Mobile NZ" does ("Zeta" is not the New Zealand unit);
    "Bank of Canada" does not.
    """
    for size in range(min(3, len(extra)), 0, -1):
        place = lookup_place(" ".join(extra[-size:]))
        if place is not None and place.kind in {"country", "continent"}:
            return len(extra) == size or extra[-size - 1] not in {"of", "in", "for", "and"}
    return False


def _likeliest_owner(fits: list[tuple[list[str], str]], size: int, uses: Counter[str]) -> str:
    """The full name a short form of ``size`` words means, among those it fits.

    Fits that are one name grown longer ("Zeta Labs", "Zeta Labs Inc.", or "Zeta AI"
    of "Zeta Retail AI") are one firm: the longest is its fullest name. Fits that part
    ways ("Zeta Mobile", "Zeta Group Holdings", "Zeta Kodiak") are different things:
    the short form means the one whose added words are a company's ("Mobile",
    "Motors", not a model's name), then the one the article names most, then the
    first named.
    """
    families: list[list[tuple[list[str], str]]] = []
    for fit in sorted(fits, key=lambda f: -len(f[0])):
        home = next((f for f in families if _subsequence(fit[0], f[0][0])), None)
        if home is None:
            families.append([fit])
        else:
            home.append(fit)
    if len(families) == 1:
        return max((text for _, text in fits), key=len)

    def rank(item: tuple[int, list[tuple[list[str], str]]]) -> tuple[bool, int, int]:
        order, family = item
        company = all(w in COMPANY_COMPLETIONS for stripped, _ in family for w in stripped[size:])
        return (company, sum(uses[text] for _, text in family), -order)

    first = {text: i for i, (_, text) in enumerate(fits)}
    ordered = sorted(families, key=lambda family: min(first[text] for _, text in family))
    _, family = max(enumerate(ordered), key=rank)
    return max((text for _, text in family), key=len)


def _subsequence(words: list[str], longer: list[str]) -> bool:
    """Whether ``words`` appear in ``longer`` in order ("Zeta AI" in "Zeta Retail AI")."""
    remaining = iter(longer)
    return all(word in remaining for word in words)


_PLACE_CONTEXT = frozenset(
    {"in", "at", "from", "near", "across", "outside", "around", "throughout"}
)
"""Words before a town's name that keep it a place though a firm shares its name ("to" and
"of" do not: "payments to Zeta", "6 per cent of Zeta")."""


_SMALL_TOWN = 50_000
"""Below this a town whose name opens a firm's full name in the article is that firm
("Zeta" of "Zeta Transit Systems"); a bigger city lends its name to firms only with a
company word ("Boston Consulting Group" does not make "Boston" a firm)."""


def _population(text: str) -> int:
    place = lookup_place(text) or lookup_place_folded(text)
    return place.population if place is not None else 0


def _town_as_company(c: Candidate, context: ArticleContext, text: str) -> bool:
    """Whether a town's name here may be a company's short name.

    "Quillon" of "Quillon Devices" is the company, though a Chilean town is called so.

    Only a town (never a country, state or province, whose names companies borrow:
    "Texas Instruments"), and only where nothing reads it as a place: no place
    preposition before it ("in Boston"), no "-based" after it.
    """
    place = lookup_place(text) or lookup_place_folded(text)
    if place is None or place.kind != "city":
        return False
    doc = context.doc
    before = doc[c.start - 1].lower_ if c.start > 0 else ""
    after = doc[c.end].lower_ if c.end < len(doc) else ""
    return before not in _PLACE_CONTEXT and after not in {"-", "-based", ","}


_CLUB_WORDS = frozenset(
    {"FC", "SC", "CF", "AFC", "United", "City", "Inter", "Real", "Athletic", "Rovers", "Wanderers"}
)


def _link_club_places(
    candidates: list[Candidate],
    context: ArticleContext,
    texts: dict[int, str],
    canonical: dict[int, str],
    linked: set[int],
) -> None:
    """Make a bare city name a sports club when the article names the club in full.

    In "Inter Zeta beat Orlando City ... Orlando's goal", "Orlando" is the club.
    """
    clubs: dict[str, str] = {}
    for c in candidates:
        tokens = _tokens(context, c)
        if c.kind == "organization" and len(tokens) == 2 and (set(tokens) & _CLUB_WORDS):
            place = tokens[1] if tokens[0] in _CLUB_WORDS else tokens[0]
            clubs.setdefault(place, texts[id(c)])
    for c in candidates:
        text = texts[id(c)]
        if c.kind == "place" and text in clubs and "forced" not in c.cues:
            c.kind = "organization"
            canonical[id(c)] = clubs[text]
            linked.add(id(c))


def _link_product_tails(candidates: list[Candidate], context: ArticleContext) -> None:
    """Make the tail of a product name a product ("Zeta Marketplace" ... "Marketplace")."""
    tails = {
        tuple(_tokens(context, c)[k:])
        for c in candidates
        if c.kind == "product"
        for k in range(1, c.end - c.start)
    }
    for c in candidates:
        if c.kind == "organization" and not c.cues and tuple(_tokens(context, c)) in tails:
            c.kind = "product"


_CAMEL_CASE = re.compile(r"[A-Z][a-z]+[A-Z][A-Za-z]*")
_NAME_PREFIXES = ("Mc", "Mac", "De", "Di", "Da", "La", "Le", "Van", "Von")


def is_camel_case(word: str) -> bool:
    """A coined brand word with a capital inside ("CrispWave"), not "McNeil" or "DeSantis".

    >>> [is_camel_case(w) for w in ("ThermaLux", "McNeil", "DeSantis", "Zeta", "iPhone")]
    [True, False, False, False, False]
    """
    return bool(_CAMEL_CASE.fullmatch(word)) and not word.startswith(_NAME_PREFIXES)


def _link_brand_products(candidates: list[Candidate], texts: dict[int, str]) -> None:
    """Make a camel-case name a product throughout once the article uses it as one.

    Firms have such names too ("BlackRock"), so the shape alone decides nothing; but
    "its ThermaLux air fryers" or "the HearthLink app" shows what the coined word
    names, and a bare "ThermaLux" elsewhere (guessed an organisation only because it
    is an unknown capitalised word) is the same product.
    """
    products = {
        texts[id(c)]
        for c in candidates
        if c.kind == "product" and c.end - c.start == 1 and is_camel_case(texts[id(c)])
    }
    for c in candidates:
        if c.kind == "organization" and texts[id(c)] in products and not (c.cues - {"org-context"}):
            c.kind = "product"


def _harmonise_lists(candidates: list[Candidate], context: ArticleContext) -> None:
    """Members of a list share a kind: "Zeta, Omni and Toyota" are all companies.

    Only members whose own kind rests on little (a default guess, or a city name
    that is also a company's) take the kind of their better-founded neighbours.
    """
    words = context.words
    ordered = sorted(
        (c for c in candidates if c.kind and words[c.end : c.end + 1] not in (["'s"], ["’s"])),
        key=lambda c: c.start,
    )  # a possessor ("and Britain's Zeta") is not a member of the list
    groups: list[list[Candidate]] = []
    for c in ordered:
        if groups and _joined_by_list(words, groups[-1][-1].end, c.start):
            groups[-1].append(c)
        else:
            groups.append([c])
    for group in groups:
        if len(group) < 2:
            continue
        firm = [c for c in group if not _is_soft(c) and not c.weak]
        kinds = {c.kind for c in firm}
        if not firm:
            counts = Counter(c.kind for c in group if not c.weak)
            if not counts:
                continue
            (kind, top), *others = counts.most_common()
            if others and others[0][1] == top:
                continue
        elif len(kinds) == 1:
            kind = kinds.pop()
        else:
            continue
        named = len(group) >= 3 or any(not c.weak for c in group)
        for c in group:
            if _is_soft(c) and kind in {"organization", "place"} and (c.kind != kind or named):
                c.kind = kind
                c.weak = c.weak and not named  # "Zeta, Omni and Vex": a list of names
                c.cues.add("list")


def _joined_by_list(words: list[str], end: int, start: int) -> bool:
    gap = words[end:start]
    return 0 < len(gap) <= 2 and all(w in {",", "and", "or", "&"} for w in gap)


def _is_soft(c: Candidate) -> bool:
    """A kind guessed by default, or a one-word city that could be a company's name."""
    if c.kind == "organization":
        return not (c.cues - {"org-context"})
    if c.kind == "place":
        place = lookup_place(c.label or "")
        return (
            c.end - c.start == 1
            and place is not None
            and place.kind == "city"
            and "forced" not in c.cues
        )
    return False


def _vote_kinds(
    candidates: list[Candidate], texts: dict[int, str], linked: set[int]
) -> dict[str, str]:
    """One kind per surface form: the kind its most reliable occurrences agree on."""
    votes: dict[str, dict[str, float]] = defaultdict(lambda: defaultdict(float))
    firm: set[str] = set()
    for c in candidates:
        if c.kind is None:
            continue
        weight: float = max((_WEIGHTS.get(cue, 1) for cue in c.cues), default=1)
        if id(c) in linked:
            weight = 3
        if _is_soft(c):
            weight = 1
        if c.weak:
            weight = 0.5
        if c.kind != "product" and not _is_soft(c) and not c.weak:
            firm.add(texts[id(c)])
        votes[texts[id(c)]][c.kind] += weight
    result: dict[str, str] = {}
    for text, counts in votes.items():
        real = {k: v for k, v in counts.items() if k != "product"}
        product = counts.get("product", 0)
        if real and ((text in firm and max(real.values()) >= 2) or sum(real.values()) > product):
            result[text] = max(real, key=lambda k: real[k])
        else:
            result[text] = "product"
    return result


def _link_places(results: list[Resolved]) -> None:
    """Give "U.S." the canonical "United States" when the article spells it out."""
    by_id: dict[int, list[Resolved]] = defaultdict(list)
    for r in results:
        if r.kind == "place" and r.geonames_id is not None:
            by_id[r.geonames_id].append(r)
    for group in by_id.values():
        fullest = max(
            (r.text for r in group), key=lambda t: (len(t.replace(".", "")), not t.isupper())
        )
        for r in group:
            if r.text != fullest and r.canonical is None:
                r.canonical = fullest


def _without_overlaps(results: list[Resolved], *, doc_length: int) -> list[Resolved]:
    """Keep the longer of two overlapping mentions (a model span and a rule span, say)."""
    results.sort(key=lambda r: (r.start, -(r.end - r.start)))
    kept: list[Resolved] = []
    last_end = -1
    for r in results:
        if r.start >= last_end:
            kept.append(r)
            last_end = r.end
    return kept
