"""Name keys and name relations used to decide that two names are one entity.

Pure string functions, kept apart from the clustering so each rule can be read and
tested on its own.
"""

from __future__ import annotations

import re
import unicodedata

LEGAL_SUFFIXES = frozenset(
    {
        "inc",
        "incorporated",
        "corp",
        "corporation",
        "co",
        "company",
        "ltd",
        "limited",
        "llc",
        "llp",
        "plc",
        "ag",
        "sa",
        "nv",
        "bv",
        "gmbh",
        "se",
        "spa",
        "pty",
        "lp",
    }
)
"""Legal-form words that do not change which organisation a name means."""

BRAND_TAILS = frozenset({"ai", "group", "holdings", "technologies", "technology", "labs", "tech"})
"""Words a company's short name often drops ("Acme AI" is called "Acme")."""

_FUNCTION_WORDS = frozenset({"of", "the", "and", "for", "on", "in", "de", "du", "des", "&"})
_TLD = re.compile(r"\.(com|org|net|ca|co\.uk|co|uk|au|in|io|news|tv)$", re.IGNORECASE)


def fold(text: str) -> str:
    """Lower-case ASCII letters and digits separated by single spaces.

    >>> fold("Québec’s  Office")
    'quebec s office'
    """
    text = re.sub(r"[’‘`´]", "'", text)
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return " ".join(re.sub(r"[^a-z0-9]+", " ", text.lower()).split())


def name_key(kind: str, name: str) -> str:
    """The key under which two spellings of one name meet.

    Case, punctuation, a leading "the", a possessive and legal-form words are ignored.

    >>> name_key("organization", "Clearview AI Inc.")
    'clearview ai'
    >>> name_key("organization", "The Associated Press")
    'associated press'
    >>> name_key("person", "Smith’s")
    'smith'
    """
    words = fold(re.sub(r"['’]s\b", "", name)).split()
    if words and words[0] == "the" and len(words) > 1:
        words = words[1:]
    if kind == "organization":
        while len(words) > 1 and words[-1] in LEGAL_SUFFIXES:
            words = words[:-1]
    return " ".join(words)


def initials(name: str) -> str | None:
    """The acronym a multi-word name would have, or ``None`` for a one-word name.

    >>> initials("Royal Canadian Mounted Police")
    'RCMP'
    >>> initials("Federal Bureau of Investigation")
    'FBI'
    """
    words = [w for w in re.findall(r"[A-Za-z][\w'’-]*", name) if w.lower() not in _FUNCTION_WORDS]
    if len(words) < 2:
        return None
    return "".join(w[0].upper() for w in words)


def looks_like_acronym(name: str) -> bool:
    """Whether a name is written as an acronym ("RCMP", "U.N.", "FBI's").

    >>> looks_like_acronym("U.N."), looks_like_acronym("Nasa")
    (True, False)
    """
    letters = re.sub(r"[.\s’'s]+$", "", name).replace(".", "")
    return 2 <= len(letters) <= 8 and letters.isalpha() and letters.isupper()


def acronym_letters(name: str) -> str:
    """An acronym without dots or possessive: "U.N.'s" -> "UN"."""
    return re.sub(r"['’]s$", "", name).replace(".", "").strip().upper()


def strip_domain_suffix(name: str) -> str:
    """An outlet name without a web suffix: "CBC.ca" -> "CBC"."""
    return _TLD.sub("", name.strip())


def short_form_of(short: str, long: str) -> bool:
    """Whether ``short`` is ``long`` without its brand tail ("Acme" of "Acme AI Inc.").

    >>> short_form_of("Acme", "Acme AI Inc.")
    True
    >>> short_form_of("Amazon", "Amazon Web Services")
    False
    """
    short_words = name_key("organization", short).split()
    long_words = name_key("organization", long).split()
    if not short_words or len(long_words) <= len(short_words):
        return False
    if long_words[: len(short_words)] != short_words:
        return False
    return all(w in BRAND_TAILS for w in long_words[len(short_words) :])
