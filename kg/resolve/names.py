"""Name keys and name relations used to decide that two names are one entity.

Pure string functions, kept apart from the clustering so each rule can be read and
tested on its own.
"""

from __future__ import annotations

import functools
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
        "bhd",  # Malaysia: "Sdn Bhd", "Berhad"
        "berhad",
        "sdn",
        "pte",  # Singapore: "Pte Ltd"
        "pvt",  # India: "Pvt Ltd"
        "tbk",  # Indonesia
        "pt",  # Indonesia, before the name: "PT Zeta Teknologi"
        "oyj",  # Finland
        "asa",  # Norway
        "ab",  # Sweden
        "srl",
        "sarl",
        "sas",
        "ltda",
        "kgaa",
    }
)
"""Legal-form words that do not change which organisation a name means."""

BRAND_TAILS = frozenset({"ai", "group", "holdings", "technologies", "technology", "labs", "tech"})
"""Words a company's short name often drops ("Acme AI" is called "Acme")."""

ABBREVIATIONS = {
    "infra": "infrastructure",
    "intl": "international",
    "int l": "international",
    "natl": "national",
    "govt": "government",
    "gov t": "government",
    "dept": "department",
    "depts": "departments",
    "assn": "association",
    "bros": "brothers",
    "mfg": "manufacturing",
    "mgmt": "management",
    "svcs": "services",
    "univ": "university",
    "inst": "institute",
    "fdn": "foundation",
    "cos": "companies",
    "ctr": "center",
    "centre": "center",
    "centres": "centers",
    "organisation": "organization",
    "organisations": "organizations",
}
"""Abbreviated (and British-spelt) words of organisation names, as one full form.

"Acme Infra" and "Acme Infrastructure Ltd" are one firm; "Intl", "Govt" and
"Dept" are written out by other outlets. Only abbreviations that stand for one word
whatever the name are listed ("Tech" may be technology or technical, so it is not).
"""

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


@functools.lru_cache(maxsize=1 << 16)
def name_key(kind: str, name: str) -> str:
    """The key under which two spellings of one name meet.

    Case, punctuation, a leading "the", a possessive and legal-form words are ignored;
    in an organisation's name "&" is "and" and an abbreviated word is written out
    (:data:`ABBREVIATIONS`).

    >>> name_key("organization", "Acme Robotics AI Inc.")
    'acme robotics ai'
    >>> name_key("organization", "The Associated Press")
    'associated press'
    >>> name_key("organization", "Acme Infra Intl Co.")
    'acme infrastructure international'
    >>> name_key("organization", "Smith & Sons") == name_key("organization", "Smith and Sons")
    True
    >>> name_key("person", "Smith’s")
    'smith'
    >>> name_key("person", "Jane Q. Public")
    'jane public'
    """
    if kind == "organization":
        name = name.replace("&", " and ")
    words = fold(re.sub(r"['’]s\b", "", name)).split()
    if words and words[0] == "the" and len(words) > 1:
        words = words[1:]
    if kind == "organization":
        words = _expand_abbreviations(words)
        while len(words) > 1 and words[-1] in LEGAL_SUFFIXES:
            words = words[:-1]
    if kind == "person" and len(words) > 2:
        # a middle initial does not change the person: "Jane Q. Public" is "Jane Public"
        words = [words[0], *(w for w in words[1:-1] if len(w) > 1), words[-1]]
    return " ".join(words)


def _expand_abbreviations(words: list[str]) -> list[str]:
    """Folded words with each abbreviation written out ("int l" is the folded "Int'l")."""
    out: list[str] = []
    i = 0
    while i < len(words):
        pair = " ".join(words[i : i + 2])
        if i + 1 < len(words) and pair in ABBREVIATIONS:
            out.append(ABBREVIATIONS[pair])
            i += 2
            continue
        out.append(ABBREVIATIONS.get(words[i], words[i]))
        i += 1
    return out


def initials(name: str) -> str | None:
    """The acronym a multi-word name would have, or ``None`` for a one-word name.

    >>> initials("Federal Trade Commission")
    'FTC'
    >>> initials("Federal Bureau of Investigation")
    'FBI'
    """
    words = [w for w in re.findall(r"[A-Za-z][\w'’-]*", name) if w.lower() not in _FUNCTION_WORDS]
    if len(words) < 2:
        return None
    return "".join(w[0].upper() for w in words)


def acronym_forms(name: str) -> set[str]:
    """Every acronym a multi-word name goes by: its initials, and with "X" for a word in "Ex".

    Exchanges and express services write "Exchange" as "X" ("Toronto Stock Exchange"
    is "TSX").

    >>> sorted(acronym_forms("Harbour Stock Exchange"))
    ['HSE', 'HSX']
    >>> acronym_forms("Federal Trade Commission")
    {'FTC'}
    """
    letters = initials(name)
    if letters is None:
        return set()
    words = [w for w in re.findall(r"[A-Za-z][\w'’-]*", name) if w.lower() not in _FUNCTION_WORDS]
    forms = {letters}
    if any(w.lower().startswith("ex") for w in words):
        forms.add("".join("X" if w.lower().startswith("ex") else w[0].upper() for w in words))
    if any("-" in w for w in words):  # "Anti-Cybercrime Group" is "ACG"
        forms.add("".join(part[0].upper() for w in words for part in w.split("-") if part))
    return forms


def tail_acronyms(name: str) -> set[str]:
    """Acronyms of a name's last words, which a unit goes by without its parent's initials.

    "Philippine National Police Anti-Cybercrime Group" is also "ACG" (its unit's words); only
    tails of three letters or more, and never the whole name.

    >>> sorted(tail_acronyms("Philippine National Police Anti-Cybercrime Group"))
    ['ACG', 'NPACG', 'PACG']
    """
    words = [w for w in re.findall(r"[A-Za-z][\w'’-]*", name) if w.lower() not in _FUNCTION_WORDS]
    letters = [part[0].upper() for w in words for part in w.split("-") if part]
    return {"".join(letters[k:]) for k in range(1, len(letters) - 2)}


def compound_acronym(name: str) -> str | None:
    """The letters of an acronym written in hyphenated parts ("PNP-ACG" -> "PNPACG").

    >>> compound_acronym("PNP-ACG"), compound_acronym("Coca-Cola")
    ('PNPACG', None)
    """
    parts = name.split("-")
    if len(parts) < 2 or not all(looks_like_acronym(p) for p in parts):
        return None
    return "".join(acronym_letters(p) for p in parts)


def looks_like_acronym(name: str) -> bool:
    """Whether a name is written as an acronym ("FTC", "U.N.", "FBI's").

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


_COUNTRY_ALIASES = {
    "us": "united states",
    "usa": "united states",
    "u s": "united states",
    "u s a": "united states",
    "america": "united states",
    "american": "united states",
    "united states of america": "united states",
    "uk": "united kingdom",
    "u k": "united kingdom",
    "britain": "united kingdom",
    "great britain": "united kingdom",
    "british": "united kingdom",
    "swiss": "switzerland",
    "french": "france",
    "dutch": "netherlands",
    "german": "germany",
    "chinese": "china",
    "japanese": "japan",
    "canadian": "canada",
    "australian": "australia",
    "indian": "india",
    "russian": "russia",
    "italian": "italy",
    "spanish": "spain",
    "mexican": "mexico",
    "brazilian": "brazil",
    "korea": "south korea",
    "korean": "south korea",
    "south korean": "south korea",
    "north korea": "north korea",
    "north korean": "north korea",
    "irish": "ireland",
    "israeli": "israel",
    "turkish": "turkey",
    "swedish": "sweden",
    "norwegian": "norway",
    "danish": "denmark",
    "finnish": "finland",
    "polish": "poland",
    "greek": "greece",
    "nz": "new zealand",
    "uae": "united arab emirates",
    "czech": "czechia",
    "slovak": "slovakia",
    "hungarian": "hungary",
    "romanian": "romania",
    "bulgarian": "bulgaria",
    "austrian": "austria",
    "belgian": "belgium",
    "portuguese": "portugal",
    "ukrainian": "ukraine",
    "serbian": "serbia",
    "croatian": "croatia",
    "chilean": "chile",
    "argentine": "argentina",
    "argentinian": "argentina",
    "colombian": "colombia",
    "peruvian": "peru",
    "philippine": "philippines",
    "filipino": "philippines",
    "indonesian": "indonesia",
    "malaysian": "malaysia",
    "thai": "thailand",
    "vietnamese": "vietnam",
    "singaporean": "singapore",
    "pakistani": "pakistan",
    "bangladeshi": "bangladesh",
    "nigerian": "nigeria",
    "kenyan": "kenya",
    "ghanaian": "ghana",
    "south african": "south africa",
    "egyptian": "egypt",
    "saudi": "saudi arabia",
    "moroccan": "morocco",
    "ethiopian": "ethiopia",
    "ugandan": "uganda",
    "tanzanian": "tanzania",
}
"""Country abbreviations and adjectives, as they appear inside organisation names."""


def _countries() -> frozenset[str]:
    import pycountry

    names = {fold(c.name) for c in pycountry.countries}
    names |= {fold(c.common_name) for c in pycountry.countries if hasattr(c, "common_name")}
    return frozenset(names | set(_COUNTRY_ALIASES.values()))


@functools.cache
def _country_aliases_longest_first() -> list[str]:
    """Every way a country is written, longest first (a longer one wins a shared span)."""
    return sorted({*_COUNTRY_ALIASES, *_countries()}, key=lambda a: (-len(a), a))


def token_key(name: str) -> tuple[frozenset[str], frozenset[str]]:
    """An organisation name as (content words, country words), order-free.

    Word order, function words, legal forms and how a country is written do not
    change the organisation: "Swiss Federal Office of Justice" and "Federal Office of
    Justice of Switzerland" have one key, and so have "U.S. Justice Department" and
    "United States Department of Justice".

    >>> token_key("Swiss Federal Office of Justice") == token_key(
    ...     "Federal Office of Justice of Switzerland")
    True
    >>> token_key("Toronto police") == token_key("Toronto Police Services")
    True
    >>> token_key("Harbourton Bureau of Police") == token_key("Harbourton police")
    True
    >>> [sorted(part) for part in token_key("U.S. Justice Department")]
    [['department', 'justice'], ['united states']]
    """
    text = " " + name_key("organization", name) + " "
    countries = set()
    for alias in _country_aliases_longest_first():
        if f" {alias} " in text:
            countries.add(_COUNTRY_ALIASES.get(alias, alias))
            text = text.replace(f" {alias} ", " ")
    words = {w for w in text.split() if w not in _FUNCTION_WORDS}
    if "police" in words:
        # "Milwaukee police", "Milwaukee Police Department", "Milwaukee Police Service",
        # "Milwaukee Bureau of Police", "Milwaukee Division of Police"
        words -= _POLICE_TAILS
    return frozenset(words), frozenset(countries)


_POLICE_TAILS = frozenset(
    {"department", "dept", "service", "services", "force", "bureau", "division"}
)


def ends_with_country(name: str) -> bool:
    """Whether an organisation's name ends with a bare country: a country unit of a firm.

    "Acme Mobile NZ" is Acme Mobile's New Zealand company, not Acme Mobile, while
    "Federal Office of Justice of Switzerland" and "U.S. Justice Department" only say
    whose office they are.

    >>> ends_with_country("Acme Mobile NZ"), ends_with_country("Acme Foods Australia Ltd")
    (True, True)
    >>> ends_with_country("Federal Office of Justice of Switzerland")
    False
    >>> ends_with_country("U.S. Justice Department"), ends_with_country("Australia")
    (False, False)
    """
    words = name_key("organization", name).split()
    for alias in _country_aliases_longest_first():
        size = alias.count(" ") + 1
        if len(words) > size and " ".join(words[-size:]) == alias:
            return words[-size - 1] not in _FUNCTION_WORDS
    return False


HEAD_NOUNS = frozenset(
    {
        "office",
        "service",
        "services",
        "department",
        "agency",
        "authority",
        "commission",
        "board",
        "council",
        "bureau",
        "ministry",
        "court",
        "courts",
        "tribunal",
        "directorate",
        "committee",
        "institute",
        "inspectorate",
        "executive",
        "administration",
        "trust",
        "bank",
    }
)
"""Nouns that end an institution's name and say what kind of body it is."""


def conjunct_fragments(name: str) -> list[str]:
    """The names of the parts an "A and B" institution is made of, as keys.

    "Harbour Office and Tide Warden Service" is the merger of a "Harbour Office" and a
    "Tide Warden Service" (also written "Tide Warden"); outlets name the whole by one
    part. Only a name whose two halves are each a body's name (two words or more
    ending with a head noun, no "of") has parts: "Department of Health and Human
    Services" and "Food and Drug Administration" have none.

    >>> conjunct_fragments("Harbour Office and Tide Warden Service")
    ['harbour office', 'tide warden service', 'tide warden']
    >>> conjunct_fragments("Department of Health and Human Services")
    []
    >>> conjunct_fragments("Food and Drug Administration")
    []
    """
    words = name_key("organization", name).split()
    if words.count("and") != 1:
        return []
    cut = words.index("and")
    first, second = words[:cut], words[cut + 1 :]
    halves = (first, second)
    if any(
        len(half) < 2 or half[-1] not in HEAD_NOUNS or _FUNCTION_WORDS & set(half)
        for half in halves
    ):
        return []
    fragments = [" ".join(first), " ".join(second)]
    if len(second) > 2:
        fragments.append(" ".join(second[:-1]))
    return fragments
