"""First names, read once from the list that the ``gender-guesser`` package ships.

A capitalised span that opens with a common first name ("Amara Diallo") is a person far
more often than anything else, and the list covers names from some fifty countries,
which a hand-made list would not. Names rarer than ``MIN_FREQUENCY`` in every country
are left out: that drops the stray entries that are also ordinary words ("Art",
"General", "Justice").
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache
from importlib import resources

from kg.extract.lexicon import CALENDAR, COMMON_CAPITALISED, SENTENCE_STARTERS

MIN_FREQUENCY = 2
"""On the list's logarithmic 1-13 scale, 2 is roughly one person in 20,000 in some country."""

_NOT_FIRST_NAMES = (
    CALENDAR
    | SENTENCE_STARTERS
    | (COMMON_CAPITALISED - {"Bill", "Christian", "Oscar", "Emmy"})
    | {"Co", "Sen", "Vice", "Emir", "Gen", "Rep", "Gov"}
)


def is_first_name(word: str) -> bool:
    """Whether ``word`` (as written, capitalised) is a common first name.

    Accented spellings the list writes without their accents count too: news keeps
    the accents ("Ciarán", "Siobhán") that the list's plain-ASCII entries drop.

    >>> is_first_name("Richard"), is_first_name("Office"), is_first_name("richard")
    (True, False, False)
    >>> is_first_name("Ciarán"), is_first_name("Zoë"), is_first_name("Marc-André")
    (True, True, True)
    """
    names = load_first_names()
    if word in names:
        return True
    if "-" in word.strip("-") and all(is_first_name(part) for part in word.split("-")):
        return True  # "Marc-André", "Jean-Pierre": two first names joined
    return not word.isascii() and _without_accents(word) in names


def _without_accents(word: str) -> str:
    """``word`` with combining marks removed ("Ciarán" -> "Ciaran")."""
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


@lru_cache(maxsize=1)
def load_first_names() -> frozenset[str]:
    """The first names of the packaged list, without calendar and function words."""
    names: set[str] = set()
    data = resources.files("gender_guesser").joinpath("data/nam_dict.txt")
    with data.open(encoding="utf-8") as handle:
        for line in handle:
            if line[:1] in "#=" or len(line) < 31:
                continue
            if _max_frequency(line[30:-1]) < MIN_FREQUENCY:
                continue
            name = line.split()[1]
            if "+" in name:  # "Jun+Wei": Jun-Wei, Jun Wei or Junwei; keep the one-word forms
                names.update(name.replace("+", joiner) for joiner in ("", "-"))
            else:
                names.add(name)
    return frozenset(name for name in names if name[:1].isupper()) - _NOT_FIRST_NAMES


def _max_frequency(values: str) -> int:
    """The highest per-country frequency digit (hexadecimal 1-D) of a name-list line."""
    best = 0
    for char in values:
        if char in "123456789ABCDabcd":
            best = max(best, int(char, 16))
    return best


@lru_cache(maxsize=4096)
def first_name_gender(name: str) -> str | None:
    """The gender ("male" or "female") the first-name list is sure of, else ``None``.

    >>> first_name_gender("Fiona"), first_name_gender("Anthony"), first_name_gender("Xq")
    ('female', 'male', None)
    """
    detector = _gender_detector()
    guess = detector.get_gender(name)
    if guess in ("male", "mostly_male"):
        return "male"
    if guess in ("female", "mostly_female"):
        return "female"
    return None


@lru_cache(maxsize=1)
def _gender_detector():  # type: ignore[no-untyped-def,unused-ignore]
    import gender_guesser.detector

    return gender_guesser.detector.Detector(case_sensitive=False)
