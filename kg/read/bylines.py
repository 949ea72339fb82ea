"""Find who wrote a plain-text article: bylines, credit lines, wire credits, bio names.

A page shows its authors in a handful of shapes that hold across outlets: "By Jane Doe",
"By JANE DOE and JOHN ROE, Associated Press", "Jane Doe | Outlet", "Reporting by Jane
Doe; Editing by John Roe", "With files from Jane Doe", a wire credit in the dateline
("SEOUL, South Korea (AP) —") and the name over an author bio. The functions here read
one line at a time and know nothing about outlets: they look at the shape of names
(2-4 capitalised tokens, initials and particles allowed) and at a few English
function words ("by", "with files from", "contributed to this report").

Names are returned as written, except that ALL-CAPS person names are put in title
case ("JANE DOE" -> "Jane Doe"), and role words, degree suffixes and a trailing
outlet after a comma are dropped.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass


def _words(text: str) -> frozenset[str]:
    """A word list written as running text, so that long lists stay readable."""
    return frozenset(text.split())


BYLINE = "byline"
"""Reason given to a line that :func:`parse_byline` reads as a byline or credit line."""

AUTHOR_NAME = "author-name"
"""Reason given to a name-only line that names the author (over a bio, or by a date)."""

# Lower-case words that may sit inside a person's name ("Maria de Souza").
_PARTICLES = _words(
    """
    de del della der den di da dos das du la le van von ter ten bin ibn al el st
    """
)
# Generational suffixes that may end a name.
_SUFFIXES = frozenset({"Jr.", "Jr", "Sr.", "Sr", "II", "III", "IV"})
# Degree and credential suffixes after a comma ("Nicole Doe, J.D."), compared without dots.
_DEGREES = _words(
    """
    JD PHD MD ESQ CPA MBA LLM LLB RN DDS CFA PE EDD MPH DVM CFP BA MA MS MSC BSC
    DPHIL
    """
)
# Words that describe a job, not a person: "Staff Writer", "Senior Business Correspondent".
_ROLE_WORDS = _words(
    """
    staff writer writers reporter reporters correspondent correspondents editor
    editors senior junior contributing contributor contributors columnist special
    chief bureau business political politics tech technology legal courts court
    police crime affairs producer analyst anchor photographer host associate deputy
    managing executive digital content officer intern freelance journalist
    journalists national international foreign investigative health science
    economics finance markets sports data video audio correspondents editorial desk
    team news to the of for at and in financial environment consumer transport
    education energy climate security world city metro state regional retail banking
    culture arts media
    """
)
# Capitalised words that make a short line a section label or a menu, not a name:
# "Top Stories" and "Latest Videos" have the shape of a name but are page chrome; a
# newsroom role under a byline ("Crime Reporter") is the writer's beat, not an author.
_NON_NAME_WORDS = _words(
    """
    news home search menu more related business economy tech technology sport sports
    world politics opinion video videos photo photos jobs job download downloads
    featured latest top stories story live coverage updates update subscribe sign
    login log follow share read advertisement sponsored newsletter newsletters daily
    weekly today report reports staff editorial board team desk contributors media
    markets market money lifestyle culture entertainment health science travel
    weather local national international breaking exclusive analysis comment
    comments print email tweet save view watch listen podcast podcasts the this our
    your my about contact privacy terms cookies policy help services careers here
    you we all new press release releases click next previous back
    reporter reporters editor editors correspondent correspondents writer writers
    columnist columnists producer producers journalist journalists contributor
    reporting senior chief deputy associate managing crime courts court criminal
    justice transportation transport education environment climate property
    """
)
# Words that mark a news agency: "Associated Press", "Agence Exemple Presse". Generic
# English (and French/Spanish) nouns, not the name of any one agency.
_AGENCY_WORDS = _words("press presse prensa agency agence agencia wire wires newswire")
WEEKDAYS = _words(
    """
    monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu
    thur thurs fri sat sun
    """
)
"""Weekday names and their abbreviations, lower case."""
MONTHS = _words(
    """
    january february march april may june july august september october november
    december jan feb mar apr jun jul aug sep sept oct nov dec
    """
)
"""Month names and their abbreviations, lower case (dates are not names)."""

_INITIALS = re.compile(r"(?:[A-Z]\.){1,3}|[A-Z]")


@dataclass(frozen=True)
class Credits:
    """The people and agencies credited on an article: authors and contributors.

    >>> Credits(("Jane Doe",)).merged(Credits(("jane doe", "John Roe"), ("Ann Lee",)))
    Credits(authors=('Jane Doe', 'John Roe'), contributors=('Ann Lee',))
    """

    authors: tuple[str, ...] = ()
    contributors: tuple[str, ...] = ()

    def merged(self, other: Credits) -> Credits:
        """Both credits together, first occurrence kept, compared without case.

        A name already among the authors is not repeated as a contributor.
        """
        authors = _unique(self.authors + other.authors)
        known = {name.casefold() for name in authors}
        contributors = tuple(
            name
            for name in _unique(self.contributors + other.contributors)
            if name.casefold() not in known
        )
        return Credits(authors, contributors)


def _unique(names: Iterable[str]) -> tuple[str, ...]:
    """Names without repeats (case-insensitive), in first-seen order."""
    seen: set[str] = set()
    kept: list[str] = []
    for name in names:
        key = name.casefold()
        if name and key not in seen:
            seen.add(key)
            kept.append(name)
    return tuple(kept)


def _is_name_token(token: str) -> bool:
    """Whether one token can be part of a person's name ("O'Brien", "J.", "DOE")."""
    if token in _SUFFIXES or _INITIALS.fullmatch(token):
        return True
    if not token[:1].isupper():
        return False
    letters = token.replace("-", "").replace("'", "").replace("’", "")
    return letters.isalpha() and len(letters) >= 2


def is_person_name(text: str) -> bool:
    """Whether a short string has the shape of a person's name.

    Two to four capitalised tokens, with initials, particles ("de", "van"), hyphens
    and apostrophes allowed; ALL CAPS is accepted because bylines are often set that
    way. Common page words ("News", "Jobs", "Featured") rule a string out, so menu
    and section labels of the same shape are not taken for people.

    >>> [is_person_name(s) for s in ("Jane Doe", "Maria de Souza", "J. K. Roe-Smith")]
    [True, True, True]
    >>> [is_person_name(s) for s in ("Top Stories", "Monday", "the reporter", "JANE DOE")]
    [False, False, False, True]
    """
    tokens = text.split()
    if not 2 <= len(tokens) <= 6:
        return False
    if tokens[0].lower() in _PARTICLES or tokens[-1].lower() in _PARTICLES:
        return False
    capitalised = 0
    for token in tokens:
        if token in _PARTICLES:
            continue
        if not _is_name_token(token):
            return False
        bare = token.strip(".").lower()
        if bare in _NON_NAME_WORDS or bare in WEEKDAYS or bare in MONTHS:
            return False
        if token not in _SUFFIXES:
            capitalised += 1
    if not 2 <= capitalised <= 4:
        return False
    # Initials alone ("J. K.") are not a name: at least two letters in one token.
    return any(not _INITIALS.fullmatch(t) and t not in _SUFFIXES for t in tokens)


def normalise_name(name: str) -> str:
    """A name as written, except that an ALL-CAPS name is put in title case.

    >>> normalise_name("JANE O'DOE-SMITH")
    "Jane O'Doe-Smith"
    >>> normalise_name("JEAN DE LA ROE")
    'Jean de la Roe'
    >>> normalise_name("Ann B. Roe")
    'Ann B. Roe'
    """
    name = " ".join(name.split())
    letters = [ch for ch in name if ch.isalpha()]
    if not letters or not all(ch.isupper() for ch in letters):
        return name
    if len(name.split()) == 1 and len(letters) <= 6:
        return name  # an acronym ("AFP"), not a shouted name
    words: list[str] = []
    for word in name.split():
        if word.lower() in _PARTICLES and words:
            words.append(word.lower())
        elif _INITIALS.fullmatch(word):
            words.append(word)
        else:
            words.append(re.sub(r"[^\W\d_]+", lambda m: m.group(0).capitalize(), word))
    return " ".join(words)


def _is_degree(piece: str) -> bool:
    """Whether a comma-separated piece is a degree suffix ("J.D.", "PhD")."""
    return piece.replace(".", "").replace(" ", "").upper() in _DEGREES


def _is_role(piece: str) -> bool:
    """Whether a piece only describes a job ("Staff Writer", "senior reporter")."""
    words = piece.lower().replace(",", " ").split()
    return bool(words) and all(word in _ROLE_WORDS for word in words)


def _is_dateish(piece: str) -> bool:
    """Whether a piece is a date or time rather than a name ("July 29", "3:45 PM")."""
    words = re.findall(r"[^\W\d_]+", piece.lower())
    return bool(re.search(r"\d", piece)) or any(w in MONTHS or w in WEEKDAYS for w in words)


def _is_agency(piece: str) -> bool:
    """Whether a piece names a news agency ("Associated Press", "Agence Exemple Presse")."""
    words = piece.lower().split()
    return (
        1 <= len(words) <= 5
        and any(word in _AGENCY_WORDS for word in words)
        and piece[:1].isupper()
        and not _is_dateish(piece)
    )


def _is_organisation(piece: str) -> bool:
    """Whether a piece can be an organisation credited as author ("Regional Press Bureau").

    Two to six capitalised words (short function words allowed), or an acronym; a
    weekday, month or page word rules it out ("By Tuesday", "By Staff").
    """
    words = piece.split()
    if not words or len(words) > 6 or _is_dateish(piece):
        return False
    if len(words) == 1:
        return bool(re.fullmatch(r"[A-Z][A-Z&.]{1,7}", words[0]))
    if any(w.strip(".").lower() in _NON_NAME_WORDS - {"news", "press"} for w in words):
        return False
    small = {"of", "the", "and", "for", "de", "du", "des", "&"}
    return words[0][:1].isupper() and all(w[:1].isupper() or w in small for w in words)


def _strip_place(piece: str) -> str:
    """Drop a trailing location ("Jane Doe in London" -> "Jane Doe")."""
    return re.split(r"\s+(?:in|at|from)\s+(?=[A-Z])", piece, maxsplit=1)[0].strip()


def _strip_roles(piece: str) -> str:
    """Drop job words after a name written without a comma ("Jane Doe Staff Writer").

    >>> _strip_roles("Jane Doe Senior Reporter"), _strip_roles("Staff Writer")
    ('Jane Doe', 'Staff Writer')
    """
    words = piece.split()
    end = len(words)
    while end > 2 and words[end - 1][:1].isupper() and words[end - 1].lower() in _ROLE_WORDS:
        end -= 1
    return (
        " ".join(words[:end])
        if end < len(words) and is_person_name(" ".join(words[:end]))
        else piece
    )


def _split_names(fragment: str) -> list[str]:
    """Split a list of names on commas, semicolons, "and" and "&"."""
    pieces = re.split(r"\s*[,;]\s*|\s+(?:and|And|AND)\s+|\s*&\s*", fragment)
    return [_trim_piece(piece) for piece in pieces]


def _trim_piece(piece: str) -> str:
    """Strip spaces, colons and a sentence's full stop, keeping an initial's ("J.")."""
    piece = piece.strip(" :")
    last = piece.split()[-1] if piece.split() else ""
    keep_stop = _INITIALS.fullmatch(last) or last in _SUFFIXES or _is_degree(last)
    if last.endswith(".") and not keep_stop:
        piece = piece[:-1].rstrip()
    return piece


def _names_in(fragment: str) -> list[str]:
    """The person and organisation names in a credit fragment, in order.

    Leading role words are skipped ("Associated Press writer Jane Doe" -> "Jane Doe"),
    as is a trailing place.
    """
    names: list[str] = []
    for piece in _split_names(fragment):
        piece = _strip_roles(_strip_place(piece))
        if not piece or _is_degree(piece) or _is_role(piece):
            continue
        # "Outlet's Jane Doe contributed": the name is what follows the possessive.
        owner = re.match(r".*['’]s\s+(?=[A-Z])", piece)
        if owner and is_person_name(piece[owner.end() :]):
            piece = piece[owner.end() :]
        words = piece.split()
        # "writer Jane Doe": keep the capitalised run after the last lower-case word.
        lower = [i for i, w in enumerate(words) if w[:1].islower() and w not in _PARTICLES]
        if lower:
            piece = " ".join(words[lower[-1] + 1 :])
        if is_person_name(piece):
            names.append(normalise_name(piece))
        elif _is_agency(piece) or _is_organisation(piece):
            names.append(normalise_name(piece) if len(piece.split()) > 1 else piece)
    return names


def _parse_by_list(rest: str) -> list[str]:
    """Authors in what follows "By": persons, then at most an agency, no outlet or role.

    The first piece must be a name (or an organisation, as in "By Regional Press Bureau");
    otherwise the line is prose that happens to start with "By".
    """
    segment = re.split(r"\s+[|·•]\s*|\s+[-–—]\s+", rest)[0]
    segment = re.split(r"\s+(?:[Uu]pdated|[Pp]ublished|[Pp]osted|on|ON)\b", segment)[0]
    pieces = [_strip_roles(_strip_place(p)) for p in _split_names(segment)]
    names: list[str] = []
    for position, piece in enumerate(pieces):
        if not piece or _is_degree(piece) or _is_role(piece) or _is_dateish(piece):
            if position == 0:
                return []
            continue
        if is_person_name(piece) or _is_agency(piece):
            names.append(normalise_name(piece))
        elif position == 0 and _is_organisation(piece):
            names.append(normalise_name(piece) if len(piece.split()) > 1 else piece)
        elif position == 0:
            return []
        # any other later piece is the outlet or a job title: not an author
    return names


_CLEAN_EDGES = re.compile(r"^[\s•·*>»›\-–—(]+|[\s)]+$")
_BY = re.compile(
    r"^(?:(?:written|reported|posted|story|words|text|article|compiled)\s+)?by\b\s*:?\s*(?P<rest>.+)$",
    re.IGNORECASE,
)
_AUTHOR_LABEL = re.compile(r"^(?:authors?|byline|writers?)\s*:\s*(?P<rest>.+)$", re.IGNORECASE)
_CLAUSE = re.compile(
    r"^(?P<kind>additional reporting|reporting|writing|editing|compiled|research|"
    r"fact-checking|graphics|translation|production)\s+by\s+(?P<names>.+)$",
    re.IGNORECASE,
)
_WITH_FILES = re.compile(
    r"^with (?:files|reporting|additional reporting|contributions|reports?|assistance)\s+"
    r"(?:from|by)\s+(?P<names>.+?)\.?$",
    re.IGNORECASE,
)
_CONTRIBUTED = re.compile(
    r"^(?P<names>.+?)\s+contributed\s+(?:to\s+)?(?:this\s+|the\s+)?"
    r"(?:report|story|article|reporting)\b",
    re.IGNORECASE,
)
_SOURCE_DATE = re.compile(r"^(?P<source>[^,|]{2,40}),\s*(?P<date>[A-Za-z]{3,9}\.?,?\s+\d)")


def parse_byline(line: str) -> Credits | None:
    """Read one line as a byline or credit line; ``None`` when it is not one.

    >>> parse_byline("By JANE DOE and JOHN ROE, Associated Press")
    Credits(authors=('Jane Doe', 'John Roe', 'Associated Press'), contributors=())
    >>> parse_byline("By Ann B. Roe, J.D.").authors
    ('Ann B. Roe',)
    >>> parse_byline("Reporting by Jane Doe in London; Editing by John Roe")
    Credits(authors=('Jane Doe',), contributors=('John Roe',))
    >>> parse_byline("With files from Ann Lee and The Canadian Press").contributors
    ('Ann Lee', 'The Canadian Press')
    >>> parse_byline("Jane Doe | Daily Planet").authors
    ('Jane Doe',)
    >>> parse_byline("By Tuesday, the talks had collapsed.") is None
    True
    """
    text = _CLEAN_EDGES.sub("", " ".join(line.split()))
    words = text.split()
    if not words or len(words) > 30:
        return None
    if ";" in text or _CLAUSE.match(text):
        credits = _parse_clauses(text)
        if credits is not None:
            return credits
    if len(words) > 16:
        return None
    match = _WITH_FILES.match(text)
    if match:
        names = _names_in(match["names"])
        return Credits(contributors=tuple(names)) if names else None
    match = _CONTRIBUTED.match(text)
    if match:
        names = _names_in(match["names"])
        return Credits(contributors=tuple(names)) if names else None
    match = _BY.match(text) or _AUTHOR_LABEL.match(text)
    if match:
        names = _parse_by_list(match["rest"])
        return Credits(authors=tuple(names)) if names else None
    return _parse_pipe(text) or _parse_source_date(text) or _parse_name_role(text)


def _parse_clauses(text: str) -> Credits | None:
    """Reuters-style credits: "Reporting by X; Additional reporting by Y; Editing by Z".

    Reporters and writers are authors; additional reporters, editors and the rest are
    contributors.
    """
    authors: list[str] = []
    contributors: list[str] = []
    for clause in text.split(";"):
        match = _CLAUSE.match(_CLAUSE_EDGE.sub("", clause))
        if not match:
            return None
        names = _names_in(match["names"])
        kind = match["kind"].lower()
        (authors if kind in {"reporting", "writing", "compiled"} else contributors).extend(names)
    if not authors and not contributors:
        return None
    return Credits(tuple(authors), tuple(contributors))


_CLAUSE_EDGE = re.compile(r"^[\s(]+|[\s).]+$")


_ROLE_NOUN = re.compile(
    r"(?:writer|reporter|correspondent|editor|columnist|journalist|producer|contributor)s?$",
    re.IGNORECASE,
)


def _parse_name_role(text: str) -> Credits | None:
    """A name followed by its job, without "By" ("Jane Doe Financial correspondent").

    The shortest name is taken whose remainder is all job words and ends with a
    journalism noun, so "Mary Ann Roe Staff Writer" keeps "Mary Ann Roe".
    """
    words = text.replace(",", " ").split()
    if not 3 <= len(words) <= 8 or not _ROLE_NOUN.search(text):
        return None
    for size in range(2, min(4, len(words) - 1) + 1):
        name, role = " ".join(words[:size]), words[size:]
        if is_person_name(name) and all(w.lower() in _ROLE_WORDS for w in role):
            return Credits(authors=(normalise_name(name),))
    return None


def _parse_pipe(text: str) -> Credits | None:
    """A pipe byline ("Jane Doe | Outlet", "Agency Name |"): the first segment is the author.

    Only short lines whose first segment is a person or an agency qualify, so a menu
    ("Home | News") or a banner ("LIVE: ... | More") is not read as a byline.
    """
    if "|" not in text or len(text.split()) > 10:
        return None
    segments = [segment.strip() for segment in text.split("|")]
    if len(segments) > 3 or any(len(segment.split()) > 5 for segment in segments[1:]):
        return None
    first = segments[0]
    if is_person_name(first) or _is_agency(first):
        return Credits(authors=(normalise_name(first),))
    return None


def _parse_source_date(text: str) -> Credits | None:
    """A source then a date on one line ("Agency, May 27, 2015"): the source is the author.

    A single ALL-CAPS word before the date is a dateline city, not a source.
    """
    match = _SOURCE_DATE.match(text)
    if not match or len(text.split()) > 12:
        return None
    source = match["source"].strip()
    month = match["date"].split()[0].strip(".,").lower()
    if month not in MONTHS and month not in WEEKDAYS:
        return None
    if source.isupper() or _is_dateish(source):
        return None
    if is_person_name(source) or _is_agency(source) or _is_organisation(source):
        return Credits(authors=(normalise_name(source),))
    if re.fullmatch(r"[A-Z][a-z]+", source) and source.lower() not in _NON_NAME_WORDS:
        return Credits(authors=(source,))
    return None


def parse_name_line(line: str) -> str | None:
    """The person named by a name-only line, as over an author bio ("Jane Doe, Outlet").

    >>> parse_name_line("JANE DOE, Daily Planet")
    'Jane Doe'
    >>> parse_name_line("Latest Videos") is None
    True
    """
    head = " ".join(line.split()).split(",")[0].strip()
    return normalise_name(head) if is_person_name(head) else None


_WIRE = re.compile(
    r"^[A-Z][\w.'’-]*(?:[ ,]+[\w.'’-]+){0,6}?,?\s*\((?P<agency>[A-Z][\w&.'’ -]{0,40}?)\)\s*[-–—:]"
)
_WIRE_BARE = re.compile(r"^\((?P<agency>[A-Z][A-Za-z&.]{1,10})\)\s*[-–—]?\s*(?=[A-Z“\"])")


def find_wire_credit(line: str) -> str | None:
    """The agency credited in a dateline ("SEOUL, South Korea (AP) —" -> "AP").

    >>> find_wire_credit("LONDON, May 27 (Agency) - Shares fell on Tuesday.")
    'Agency'
    >>> find_wire_credit("(XYZ)The company said on Monday it would close.")
    'XYZ'
    >>> find_wire_credit("Shares fell (sharply) - again.") is None
    True
    """
    match = _WIRE.match(line) or _WIRE_BARE.match(line)
    if not match:
        return None
    agency = match["agency"].strip()
    if "photo" in agency.lower() or not agency[:1].isupper():
        return None
    # The dateline before the credit is a place: capitalised words, no lower-case verb.
    head = line[: match.start("agency")]
    if any(w[:1].islower() for w in re.findall(r"[^\W\d_]+", head)):
        return None
    return agency


def _abbreviates(short: str, name: str) -> bool:
    """Whether ``short`` is the initials of ``name`` ("AP" of "The Associated Press").

    >>> _abbreviates("AEP", "Agence Exemple Presse"), _abbreviates("AP", "Jane Doe")
    (True, False)
    """
    initials = "".join(w[0] for w in name.split() if w[:1].isupper() and w.lower() != "the")
    return len(short) >= 2 and short.replace(".", "").upper() == initials.upper()


def find_credits(lines: Sequence[tuple[str, str | None]]) -> Credits:
    """Authors and contributors of an article from its classified lines.

    ``lines`` holds ``(text, reason)`` for each non-blank body line, ``reason`` being
    the boilerplate rule that dropped it (``None`` for article text). Byline lines are
    parsed with :func:`parse_byline`, name lines over a bio with
    :func:`parse_name_line`; the first lines of article text are searched for a wire
    credit, which is a contributor: the agency supplied the copy, but a byline names
    who wrote it, and a page without a byline has no author.

    >>> find_credits([("By Jane Doe", BYLINE), ("PARIS (Agency) — It rained.", None)])
    Credits(authors=('Jane Doe',), contributors=('Agency',))
    """
    credits = Credits()
    article_lines_seen = 0
    for text, reason in lines:
        if reason == BYLINE:
            credits = credits.merged(parse_byline(text) or Credits())
        elif reason == AUTHOR_NAME:
            name = parse_name_line(text)
            if name:
                credits = credits.merged(Credits(authors=(name,)))
        elif reason is None and article_lines_seen < 3:
            article_lines_seen += 1
            agency = find_wire_credit(text)
            if agency and not any(_abbreviates(agency, name) for name in credits.authors):
                credits = credits.merged(Credits(contributors=(agency,)))
    return credits
