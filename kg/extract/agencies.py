"""Government bodies named by a portfolio and a place: "Health Canada", "Transport for London".

Most organisation names carry a word that says so ("Agency", "Department", "Inc."),
which is what :mod:`kg.extract.classify` relies on. Many government bodies in
Canada, Australia, Britain and the Nordic countries do not: they are a portfolio noun
followed by the place they serve ("Statistics Norway", "Parks Victoria",
"Fisheries and Oceans Canada") or joined to it by "for" ("Transport for London").
Without this rule the place inside them is taken for a place mention and the
portfolio word is dropped as a sentence opener.
"""

from __future__ import annotations

from collections.abc import Sequence

from kg.extract.demonyms import is_demonym
from kg.extract.gazetteer import lookup_place
from kg.extract.lexicon import GOVERNMENT_DOMAINS

_SERVED_KINDS = frozenset({"country", "state", "province", "region", "continent"})
"""Places that a body named "<portfolio> <place>" serves; a city needs "for"."""

_MAX_PORTFOLIO = 4


def is_agency_name(tokens: Sequence[str]) -> bool:
    """Whether ``tokens`` are a portfolio and a place, the name of a government body.

    >>> is_agency_name(["Health", "Canada"]), is_agency_name(["Transport", "for", "London"])
    (True, True)
    >>> is_agency_name(["Fisheries", "and", "Oceans", "Canada"])
    True
    >>> is_agency_name(["Natural", "Resources", "Canada"])
    True
    >>> is_agency_name(["Health"]), is_agency_name(["Dana", "Canada"])
    (False, False)
    >>> is_agency_name(["Parks", "Ohio"])
    True
    >>> is_agency_name(["Transport", "Lagos"])  # a city is served "for" it, never named after
    False
    """
    for size in (3, 2, 1):
        if len(tokens) <= size:
            continue
        place = lookup_place(" ".join(tokens[-size:]))
        if place is None:
            continue
        portfolio = list(tokens[:-size])
        if len(portfolio) > 2 and portfolio[-2:] == ["for", "the"]:
            portfolio = portfolio[:-2]
        elif len(portfolio) > 1 and portfolio[-1] == "for":
            portfolio = portfolio[:-1]
        elif place.kind not in _SERVED_KINDS:
            return False
        return _is_portfolio(portfolio)
    return False


def _is_portfolio(words: list[str]) -> bool:
    """A portfolio: ends in a portfolio noun, optionally after "X and" or a qualifier."""
    if not 1 <= len(words) <= _MAX_PORTFOLIO or words[-1] not in GOVERNMENT_DOMAINS:
        return False
    for k, word in enumerate(words[:-1]):
        if word in {"and", ","}:
            if k == 0 or words[k - 1] not in GOVERNMENT_DOMAINS:
                return False
            continue
        if not (word[:1].isupper() and word.isalpha()) or is_demonym(word):
            return False
        if lookup_place(word) is not None:
            return False
    return True
