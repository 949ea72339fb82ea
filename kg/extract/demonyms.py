"""Demonyms ("Kenyan", "Dutch", "North Koreans"): adjectives of places, never places.

The conventions count "U.S. firm" as a place mention (a place *name* used as an
adjective) but not "American firm". Most demonyms are regular derivations of a place
name (Kenya -> Kenyan, Japan -> Japanese, Israel -> Israeli), so they are generated from
the gazetteer; the irregular ones are listed.
"""

from __future__ import annotations

from functools import lru_cache

from kg.extract.gazetteer import load_places
from kg.extract.lexicon import words
from kg.extract.names import load_first_names

IRREGULAR = words(
    "German Korean Georgian Torontonian Vancouverite Montrealer Angeleno "
    "Swiss French Dutch British English Irish Scottish Scots Welsh Greek Thai Filipino Philippine "
    "Filipina Spanish Spaniard Danish Dane Swedish Swede Finnish Finn Polish Pole Turkish "
    "Turk Norwegian Icelandic Kurdish Kurd Arab Arabian Persian Afghan Bangladeshi Cypriot "
    "Maltese Portuguese Peruvian Malagasy Basque Catalan Flemish Walloon Slovak Czech Croat "
    "Serb Kosovar Emirati Saudi Omani Yemeni Kuwaiti Bahraini Lebanese Congolese Ivorian "
    "Nigerien Senegalese Ghanaian Somali Motswana Batswana Basotho Swazi Sudanese Malian "
    "Uzbek Kazakh Kyrgyz Tajik Turkmen Azeri Slovene Montenegrin Chinese Japanese Taiwanese "
    "Vietnamese Khmer Lao Burmese Nepali Nepalese Bhutanese Maldivian Kiwi Papuan Argentine "
    "Guyanese Surinamese European African Asian Latin Latino Latina Hispanic Scandinavian "
    "Nordic Baltic Balkan Caribbean Anglo Soviet Quebecer Quebecois Québécois Londoner "
    "Muscovite Parisian Berliner Michigander Hoosier Manxman Mancunian Liverpudlian "
    "Glaswegian Aussie Brit Yankee Gulf Pacific Atlantic Mediterranean Arctic Antarctic "
    "Celtic Gaelic Slavic Germanic Nordic Sino Euro Afro Indo Franco Anglo-American "
    "Eurasian Transatlantic Trans-Atlantic Western Eastern Northern Southern Central"
)
"""Demonyms and area adjectives that are not regular derivations of a gazetteer name."""

_COMPASS = words("North South East West Northern Southern Eastern Western Central")


def is_demonym(text: str) -> bool:
    """Whether ``words`` is a demonym or a plural one, possibly with a compass word.

    >>> [is_demonym(w) for w in ("Kenyan", "Kenyans", "North Korean", "Dutch", "Kenya")]
    [True, True, True, True, False]
    >>> [is_demonym(w) for w in ("New Zealanders", "North Carolinians", "New Zealand")]
    [True, True, False]
    """
    parts = text.split()
    if not parts:
        return False
    demonyms = load_demonyms()
    if len(parts) > 1 and (text in demonyms or (text.endswith("s") and text[:-1] in demonyms)):
        return True  # "New Zealanders", "North Carolinians"
    compass = all(part in _COMPASS for part in parts[:-1])
    if len(parts) > 1 and not compass and not (len(parts) == 2 and parts[0] in demonyms):
        return False  # only "North Korean" or "Latin American" shapes
    last = parts[-1]
    return last in demonyms or (last.endswith("s") and last[:-1] in demonyms)


@lru_cache(maxsize=1)
def load_demonyms() -> frozenset[str]:
    """Generated demonyms of the countries, states, provinces and big cities, plus irregulars."""
    first_names = load_first_names()
    places = load_places()
    forms: set[str] = set()
    for name, place in places.items():
        if place.kind == "city" and place.population < 500_000:
            continue
        if " " in name and place.kind in _NATION_KINDS and name.replace(" ", "").isalpha():
            forms.update(_derive(name))  # "New Zealander", "North Carolinian"
            continue
        if " " in name or not name.isalpha():
            continue
        forms.update(_derive(name))
    generated = {form for form in forms if form not in first_names and form not in places}
    return frozenset(generated | IRREGULAR)


_NATION_KINDS = frozenset({"country", "state", "province"})
"""Places whose names of several words have demonyms news uses ("New Zealanders")."""


def _derive(name: str) -> set[str]:
    """Regular demonym shapes of a place name: Kenya-n, Brazil-ian, Japan-ese, Israel-i."""
    stems = {name}
    if name[-1] in "aeiouy":
        stems.add(name[:-1])
    if name.endswith("s"):
        stems.add(name[:-1])
    if name.endswith("ia") or name.endswith("ea"):
        stems.add(name[:-2])
    forms: set[str] = set()
    for stem in stems:
        for suffix in ("n", "an", "ian", "ean", "ese", "i", "ish", "er", "ite", "ic"):
            forms.add(stem + suffix)
    return forms
