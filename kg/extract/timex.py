"""Find a sentence's time expression and resolve it against the publication date.

News dates events relative to the day the story ran ("on Monday", "last month",
"earlier this week"), so a time expression means nothing without the publication date
and the tense of the clause: "Friday" in "said Friday" is the Friday before
publication, in "will announce on Friday" the one after. Resolution is as precise as the
words: a day (``2020-07-06``), a month (``2020-07``) or a year (``2020``); a
week-level phrase resolves to its month only when the whole week lies in one month.
Where the text does not allow a date the answer is ``None`` rather than a guess, and a
past-tense reading never yields a date after publication.

dateparser resolves the absolute and simple relative forms (``July 6``, ``Feb. 21``,
``10/16/2019``, ``yesterday``); weekdays, "last/next month", "earlier this week" and
"early last month" follow the rules here, which dateparser does not cover.

>>> find_date("Police arrested him on Friday.", "2020-07-08")
('2020-07-03', 'on Friday')
>>> find_date("The firm will announce results on Friday.", "2020-07-08")
('2020-07-10', 'on Friday')
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_MONTHS = {
    "jan": 1,
    "feb": 2,
    "mar": 3,
    "apr": 4,
    "may": 5,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "oct": 10,
    "nov": 11,
    "dec": 12,
}
_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept\.?|Sep\.?|Oct\.?|"
    r"Nov\.?|Dec\.?)"
)
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_YEAR = r"(?:19|20)\d\d"
_WEEKDAY = r"(?:[Mm]onday|[Tt]uesday|[Ww]ednesday|[Tt]hursday|[Ff]riday|[Ss]aturday|[Ss]unday)"
_PART = r"(?:\s+(?:morning|afternoon|evening|night))?"
_EDGE = r"(?:(?:[Ee]arly|[Ll]ate|[Mm]id)[\s-]+|[Ee]arlier\s+|[Ll]ater\s+)?"
_LEAD = r"(?:(?:[Oo]n|[Ii]n|[Dd]uring|[Bb]y|[Ss]ince|[Uu]ntil|[Tt]ill|[Ff]rom|[Aa]s\s+of)\s+)?"

_FUTURE_CUES = re.compile(
    r"\b(?:will|won[’']t|shall|would|(?:is|are)\s+to)\b"
    r"|\b(?:expected|scheduled|set|due|going|slated|poised|planning|plans?|intends?)\s+to\b"
    r"|\bnext\s+(?:week|month|year)\b|\btomorrow\b",
    re.IGNORECASE,
)
_WEEKDAY_NAMES = "monday|tuesday|wednesday|thursday|friday|saturday|sunday"
_MONTH_NAMES = (
    "january|february|march|april|may|june|july|august|september|october|november|december"
)


@dataclass(frozen=True)
class Timex:
    """A time expression found in a text: where it is, its words and its resolution."""

    text: str
    start: int
    end: int
    iso: str | None


# Each rule: (name, regex). Order matters: longer, more specific forms first; a
# position taken by one rule is not matched again by a later one.
_RULES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("numeric", re.compile(r"\b(\d{1,2})/(\d{1,2})/((?:19|20)\d\d)\b")),
    ("iso", re.compile(r"\b((?:19|20)\d\d)-(\d\d)-(\d\d)\b")),
    (
        "span",
        re.compile(
            rf"\b[Bb]etween\s+(?:(?P<a>{_MONTH}\s+{_DAY}|{_DAY}\s+{_MONTH})\s+and\s+"
            rf"(?P<b>{_MONTH}\s+{_DAY}|{_DAY}\s+{_MONTH}|{_DAY})|"
            rf"(?P<a2>{_DAY})\s+and\s+(?P<b2>{_DAY}\s+{_MONTH}))(?:,?\s+(?P<y>{_YEAR}))?\b"
        ),
    ),
    (
        "monthrelative",
        re.compile(
            rf"{_LEAD}{_EDGE}(?P<md>{_MONTH}(?:\s+{_DAY})?|{_DAY}\s+{_MONTH}),?\s+(?:of\s+)?"
            r"(?P<rel>[Ll]ast|[Tt]his|[Nn]ext)\s+year\b"
        ),
    ),  # "in March last year", "on May 6 last year": the year the words say
    (
        "monthday",
        re.compile(
            rf"{_LEAD}(?:{_WEEKDAY},?\s+)?(?:{_MONTH}\s+{_DAY}|{_DAY}\s+{_MONTH})"
            rf"(?:,?\s+{_YEAR})?(?![\w])"
        ),
    ),
    ("monthyear", re.compile(rf"{_LEAD}{_EDGE}{_MONTH},?\s+(?:of\s+)?{_YEAR}\b")),
    (
        "relative",
        re.compile(
            r"\b(?:(?:[Oo]n|[Ii]n|[Dd]uring)\s+)?(?:(?:[Ee]arly|[Ll]ate|[Mm]id)[\s-]+|"
            r"[Ee]arlier\s+|[Ll]ater\s+)?(?:[Ll]ast|[Nn]ext|[Tt]his|[Pp]ast)\s+"
            rf"(?P<unit>week|month|year|(?i:{_WEEKDAY_NAMES})|{_MONTH})\b{_PART}"
        ),
    ),
    (
        "weekday",
        re.compile(rf"{_LEAD}(?:(?:[Ee]arly|[Ll]ate|[Ee]arlier)\s+(?:on\s+)?)?{_WEEKDAY}{_PART}\b"),
    ),
    (
        "deictic",
        re.compile(
            r"\b(?:[Yy]esterday|[Tt]oday|[Tt]onight|[Tt]omorrow|[Ll]ast\s+night|"
            r"[Tt]his\s+(?:morning|afternoon|evening))\b"
        ),
    ),
    (
        "month",
        re.compile(rf"\b(?:[Ii]n|[Dd]uring|[Ss]ince|[Uu]ntil|[Bb]y)\s+{_EDGE}{_MONTH}\b(?!\s+\d)"),
    ),
    ("year", re.compile(rf"\b(?:(?:[Ii]n|[Dd]uring|[Ss]ince|[Bb]y|[Uu]ntil)\s+{_EDGE}){_YEAR}\b")),
)

_MONTH_STEMS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_CUES: dict[str, tuple[str, ...]] = {
    "numeric": ("/",),
    "iso": ("-",),
    "span": ("etween",),
    "monthrelative": ("year",),
    "monthday": _MONTH_STEMS,
    "monthyear": _MONTH_STEMS,
    "relative": ("ast", "ext", "his"),
    "weekday": ("day",),
    "deictic": ("esterday", "oday", "onight", "omorrow", "night", "his"),
    "month": _MONTH_STEMS,
    "year": ("19", "20"),
}
"""Per rule, words one of which every match contains (a month name begins with a stem).

Most sentences hold no time expression, and rules that begin with optional words are
tried at every position of the text; a substring test rules them out first, which
makes finding a sentence's expressions about five times faster for the same result.
"""

_CUE_SEARCH = {
    name: re.compile("|".join(re.escape(cue) for cue in cues)).search
    for name, cues in _CUES.items()
}
"""Per rule, one search for any of its cues: the same test as trying each in turn
(``any(cue in text ...)``), done in one pass over the text instead of one per cue."""

OPEN_ENDED = ("since", "until", "till", "from")
"""Leads that make an expression a boundary of a period, not the time of an event."""


def find_timexes(text: str, published: str | None, *, future: bool | None = None) -> list[Timex]:
    """Every time expression in ``text``, in order, each resolved (``iso`` may be None).

    ``future`` is the tense of the clause; ``None`` infers it from the text.

    >>> [(t.text, t.iso) for t in find_timexes("On Monday and on July 2 it sued.", "2020-07-08")]
    [('On Monday', '2020-07-06'), ('on July 2', '2020-07-02')]
    """
    if future is None:
        future = is_future(text)
    return list(_find_timexes(text, published, future))


@lru_cache(maxsize=4096)
def _find_timexes(text: str, published: str | None, future: bool) -> tuple[Timex, ...]:
    """:func:`find_timexes`, remembered: the event rules ask about one sentence several times."""
    base = parse_published(published)
    return tuple(
        Timex(match.group(0), *match.span(), _resolve(name, match, base, future=future))
        for name, match in _timex_matches(text)
    )


@lru_cache(maxsize=4096)
def _timex_matches(text: str) -> tuple[tuple[str, re.Match[str]], ...]:
    """Each time expression of ``text`` as its rule's name and match, in text order.

    Where the expressions are does not depend on the publication date or the tense,
    which only resolve them: the rules ask about a sentence in both tenses, and the
    regular expressions, the costly part, run once per text.
    """
    taken: list[tuple[int, int]] = []
    found: list[tuple[str, re.Match[str]]] = []
    for name, regex in _RULES:
        if _CUE_SEARCH[name](text) is None:
            continue
        for match in regex.finditer(text):
            start, end = match.span()
            if any(start < e and s < end for s, e in taken):
                continue
            taken.append((start, end))
            found.append((name, match))
    return tuple(sorted(found, key=lambda item: item[1].start()))


def find_date(
    text: str,
    published: str | None,
    *,
    future: bool | None = None,
    near: int | None = None,
) -> tuple[str, str] | None:
    """The ISO date and the words of the time expression of ``text``, or None.

    With several expressions, the one nearest to character offset ``near`` wins (the
    event's trigger), else the first that resolves. Expressions that open or close a
    period ("since 2011", "until June") do not date an event.

    >>> find_date("Zeta said early last month it stopped.", "2020-07-06")
    ('2020-06', 'early last month')
    >>> find_date("It happened in January.", None) is None
    True
    >>> find_date("The board met (10/16/2019) again.", None)
    ('2019-10-16', '10/16/2019')
    """
    candidates = [
        timex
        for timex in find_timexes(text, published, future=future)
        if timex.iso is not None and timex.text.split()[0].lower() not in OPEN_ENDED
    ]
    if not candidates:
        return None
    if near is not None:
        candidates.sort(key=lambda t: min(abs(t.start - near), abs(t.end - near)))
    best = candidates[0]
    return best.iso, best.text  # type: ignore[return-value]


_NUMBERS = {
    "a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10,
}  # fmt: skip
_SHIFT = re.compile(
    r"^\W*(?P<n>a|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+"
    r"(?P<unit>days?|weeks?)\s+(?P<dir>after|before|earlier|later)\b",
    re.IGNORECASE,
)


def shift_days(text: str) -> int:
    """Days to add to a date that ``text`` follows.

    "on Friday, two days after X" dates X two days before Friday.

    >>> shift_days(", two days after a crisis"), shift_days(" a week before"), shift_days("x")
    (-2, 7, 0)
    """
    match = _SHIFT.match(text)
    if match is None:
        return 0
    days = count_days(match.group("n"), match.group("unit"))
    return -days if match.group("dir").lower() in {"after", "later"} else days


def count_days(count: str, unit: str) -> int:
    """The days in "two weeks", "3 days", "a day": a count (digits or a word to ten) of a unit.

    >>> count_days("two", "weeks"), count_days("3", "days"), count_days("A", "day")
    (14, 3, 1)
    """
    count = count.lower()
    days = int(count) if count.isdigit() else _NUMBERS[count]
    return days * 7 if unit.lower().startswith("week") else days


_CLAUSE_SHIFT = re.compile(
    r"\b(?P<n>a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})\s+"
    r"(?P<unit>days?|weeks?|months?|years?)\s+(?P<dir>after|before)\s+(?P<rest>[^,;:]*)$",
    re.IGNORECASE,
)
_SUBORDINATE = re.compile(r"\b(?:after|before|since|until|when)\s+(?P<rest>[^,;:]*)$", re.I)
_MORE_NUMBERS = {**_NUMBERS, "eleven": 11, "twelve": 12}


def subordinate_shift(between: str, iso: str) -> str | None:
    """The date of an event told in an "N units after" clause, from the main clause's date.

    ``between`` is the text from the main clause's time expression to the event's trigger:
    "ordered on Tuesday (2024-02-20) ..., five months after prosecutors dropped" dates the
    dropping five months before, to the month. Days and weeks keep the day; months the
    month; years the year. ``None`` when ``between`` has no such clause.

    >>> subordinate_shift(" the record expunged, five months after prosecutors", "2024-02-20")
    '2023-09'
    >>> subordinate_shift(" to the probe two days after the office", "2024-06-06")
    '2024-06-04'
    >>> subordinate_shift(" a week before the vote", "2024-06-06"), subordinate_shift(" x", "2024")
    ('2024-06-13', None)
    """
    match = _CLAUSE_SHIFT.search(between)
    if match is None or len(match.group("rest").split()) > 6:
        return None
    count = match.group("n").lower()
    amount = int(count) if count.isdigit() else _MORE_NUMBERS[count]
    if match.group("dir").lower() == "after":
        amount = -amount
    unit = match.group("unit").lower().rstrip("s")
    try:
        if unit in {"day", "week"} and len(iso) == 10:
            days = amount * (7 if unit == "week" else 1)
            return (dt.date.fromisoformat(iso) + dt.timedelta(days=days)).isoformat()
        if unit == "month" and len(iso) >= 7:
            months = int(iso[:4]) * 12 + int(iso[5:7]) - 1 + amount
            return f"{months // 12:04d}-{months % 12 + 1:02d}"
        if unit == "year":
            return f"{int(iso[:4]) + amount:04d}"
    except ValueError:
        return None
    return None


_APPOSITION = re.compile(r"(\b[A-Z][\w.&'’-]*),\s+(?:the|a|an|its|their)\s[^,;:()]*?,")


def without_appositions(text: str) -> str:
    """``text`` without the descriptions set off by commas after a name.

    "a day after Zeta, the country's third-largest bank, conceded" is one clause: the
    commas enclose what Zeta is, they do not close the "after" clause.

    >>> without_appositions(" a day after Zeta, the country's largest bank, conceded")
    ' a day after Zeta conceded'
    >>> without_appositions(" two days after she announced it, the firm, citing costs,")
    ' two days after she announced it, the firm, citing costs,'
    """
    return _APPOSITION.sub(r"\1", text)


def is_subordinated(between: str) -> bool:
    """Whether the event after ``between`` is told in a clause the time does not date.

    "ordered on Tuesday ... after prosecutors dropped": Tuesday dates the order, and the
    dropping is in a clause opened by "after" with no comma back to the main clause.

    >>> is_subordinated(" the record sealed after prosecutors"), is_subordinated(" that it")
    (True, False)
    """
    match = _SUBORDINATE.search(between)
    return match is not None and len(match.group("rest").split()) <= 6


def is_future(text: str) -> bool:
    """Whether a clause speaks of the future ("will", "is expected to", "plans to").

    >>> is_future("Samsung will announce the cause."), is_future("Samsung said Friday.")
    (True, False)
    """
    return _FUTURE_CUES.search(text) is not None


def parse_published(published: str | None) -> dt.date | None:
    """The calendar date of an ISO date or datetime string, or None.

    >>> parse_published("2020-07-06T19:41:00Z")
    datetime.date(2020, 7, 6)
    """
    if not published:
        return None
    try:
        return dt.date.fromisoformat(published.strip()[:10])
    except ValueError:
        return None


def _resolve(name: str, match: re.Match[str], base: dt.date | None, *, future: bool) -> str | None:
    words = match.group(0)
    if name == "numeric":
        month, day, year = (int(g) for g in match.groups())
        return _iso_day(year, month, day)
    if name == "iso":
        year, month, day = (int(g) for g in match.groups())
        return _iso_day(year, month, day)
    if name == "span":
        return _resolve_span(match, base, future=future)
    if name == "monthday":
        return _resolve_month_day(words, base, future=future)
    if name == "monthyear":
        year = int(re.findall(_YEAR, words)[-1])
        return f"{year:04d}-{_month_number(words):02d}"
    if base is None:
        return None
    if name == "monthrelative":
        year = base.year + {"last": -1, "this": 0, "next": 1}[match.group("rel").lower()]
        month = _month_number(match.group("md"))
        day = re.search(r"\b(\d{1,2})(?:st|nd|rd|th)?\b", match.group("md"))
        return _iso_day(year, month, int(day.group(1))) if day else f"{year:04d}-{month:02d}"
    if name == "relative":
        return _resolve_relative(words.lower(), match.group("unit"), base, future=future)
    if name == "weekday":  # "earlier on Monday" is past whatever the clause's tense
        earlier = "earlier" in words.lower()
        return _resolve_weekday(words.lower(), base, future=future and not earlier, shift=0)
    if name == "deictic":
        return _resolve_deictic(words.lower(), base, future=future)
    if name == "month":
        return _resolve_month_name(_month_number(words), base, future=future, strict=False)
    if name == "year":
        return re.findall(_YEAR, words)[-1]
    return None


def _iso_day(year: int, month: int, day: int) -> str | None:
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return None


def _month_number(words: str) -> int:
    """The month of the first capitalised month name in ``words`` ("Sept." -> 9)."""
    for word in re.findall(r"[A-Z][a-z]+", words):
        if word.lower() in _MONTH_NAMES.split("|") or word.lower() in {*_MONTHS, "sept"}:
            return _MONTHS[word[:3].lower()]
    raise ValueError(words)


def _resolve_month_day(words: str, base: dt.date | None, *, future: bool) -> str | None:
    expression = re.sub(
        r"^(?:on|in|during|by|since|until|till|from|as\s+of)\s+", "", words, flags=re.I
    )
    expression = re.sub(rf"^{_WEEKDAY},?\s+", "", expression)
    has_year = re.search(_YEAR, expression) is not None
    if base is None and not has_year:
        return None
    parsed = _dateparse(expression, base, "future" if future else "past")
    if parsed is None:
        return None
    if base is not None and not has_year:
        if not future and parsed > base:
            parsed = _with_year(parsed, parsed.year - 1)
        elif future and parsed < base:
            parsed = _with_year(parsed, parsed.year + 1)
    return parsed.isoformat() if parsed else None


def _with_year(day: dt.date, year: int) -> dt.date | None:
    try:
        return day.replace(year=year)
    except ValueError:
        return None


_PLAIN_MONTH_DAY = re.compile(rf"({_MONTH_NAMES.title()}) (\d\d?)")
"""A month's full name and a day: nearly every expression :func:`_dateparse` is given."""

_LEAP_CYCLE = 8
"""Years within which a valid month and day recurs (29 February: 1896 to 1904)."""


def _plain_month_day(
    expression: str, base: dt.date, prefer: str
) -> dt.date | Literal[False] | None:
    """What dateparser makes of "July 6" (read from ``base``), or False for other forms.

    dateparser takes 0.5 to 1.5 ms a call (it tries every form it knows); these
    expressions need only their year chosen: the last such day on or before ``base``
    when ``prefer`` is "past", the first after it when "future", None when the month
    has no such day. ``tests/extract/test_timex.py`` compares the two.
    """
    match = _PLAIN_MONTH_DAY.fullmatch(expression)
    if match is None:
        return False
    month, day = _MONTHS[match.group(1)[:3].lower()], int(match.group(2))
    if not 1 <= day <= 31:
        return False
    step = -1 if prefer == "past" else 1
    for year in range(base.year, base.year + step * (_LEAP_CYCLE + 1), step):
        try:
            candidate = dt.date(year, month, day)
        except ValueError:
            continue  # 29 February of a common year, or a day past the month's end
        if (candidate <= base) if prefer == "past" else (candidate > base):
            return candidate
    return None


@lru_cache(maxsize=4096)
def _dateparse(expression: str, base: dt.date | None, prefer: str) -> dt.date | None:
    if base is not None and (quick := _plain_month_day(expression, base, prefer)) is not False:
        return quick
    return _dateparser_date(expression, base, prefer)


def _dateparser_date(expression: str, base: dt.date | None, prefer: str) -> dt.date | None:
    import dateparser

    settings: dict[str, object] = {
        "PREFER_DATES_FROM": prefer,
        "DATE_ORDER": "MDY",
        "REQUIRE_PARTS": ["day", "month"],
        "RETURN_AS_TIMEZONE_AWARE": False,
    }
    if base is not None:
        settings["RELATIVE_BASE"] = dt.datetime(base.year, base.month, base.day)
    cleaned = re.sub(r"(\d)(?:st|nd|rd|th)\b", r"\1", expression)
    cleaned = re.sub(r"\bSept\b\.?", "Sep", cleaned)  # "Sept. 9", never "September" itself
    result = dateparser.parse(cleaned, languages=["en"], settings=settings)
    return result.date() if result is not None else None


def _resolve_span(match: re.Match[str], base: dt.date | None, *, future: bool) -> str | None:
    """The month or year both ends of "between A and B" share (None when neither names a month).

    >>> base = dt.date(2025, 2, 11)
    >>> [find_timexes(t, "2025-02-11", future=False)[0].iso for t in (
    ...     "between January 19 and 26", "between 21 and 29 January",
    ...     "between December 30 and January 4", "between January 19 and January 26, 2024")]
    ['2025-01', '2025-01', None, '2024-01']
    """
    first_words = match.group("a") or match.group("a2")
    second_words = match.group("b") or match.group("b2")
    month_a = re.search(_MONTH, first_words)
    month_b = re.search(_MONTH, second_words)
    if month_b is None:
        if month_a is None:
            return None
        second_words = f"{month_a.group(0)} {second_words}"  # "January 19 and 26": one month
    elif month_a is None:
        first_words = f"{first_words} {month_b.group(0)}"  # "21 and 29 January"
    if match.group("y"):
        second_words = f"{second_words} {match.group('y')}"
    second = _resolve_month_day(second_words, base, future=future)
    if second is None:
        return match.group("y")
    first = _resolve_month_day(first_words, dt.date.fromisoformat(second), future=False)
    if first is None or first[:4] != second[:4]:
        return None
    return second[:7] if first[:7] == second[:7] else second[:4]


def _resolve_relative(words: str, unit: str, base: dt.date, *, future: bool) -> str | None:
    unit = unit.lower()
    step = 1 if "next" in words.split() else -1 if "last" in words.split() or "past" in words else 0
    if unit == "year":
        return f"{base.year + step:04d}"
    if unit == "month":
        month_index = base.year * 12 + base.month - 1 + step
        return f"{month_index // 12:04d}-{month_index % 12 + 1:02d}"
    if unit == "week":
        monday = base - dt.timedelta(days=base.weekday()) + dt.timedelta(weeks=step)
        sunday = monday + dt.timedelta(days=6)
        if step == 0:
            sunday = base if "earlier" in words else sunday
            monday = base if "later" in words else monday
        return (
            f"{monday.year:04d}-{monday.month:02d}"
            if (monday.year, monday.month)
            == (
                sunday.year,
                sunday.month,
            )
            else None
        )
    if unit in WEEKDAYS:
        return _resolve_weekday(unit, base, future=step > 0 or (step == 0 and future), shift=step)
    month = _month_number(unit.capitalize())
    return _resolve_month_name(month, base, future=step > 0, strict=step != 0)


def _resolve_weekday(words: str, base: dt.date, *, future: bool, shift: int) -> str | None:
    weekday = next(i for i, name in enumerate(WEEKDAYS) if name in words)
    if future:
        ahead = (weekday - base.weekday()) % 7
        if shift > 0 and ahead == 0:
            ahead = 7
        return (base + dt.timedelta(days=ahead)).isoformat()
    back = (base.weekday() - weekday) % 7
    if shift < 0 and back in (0, 1):
        back += 7  # "last Tuesday" written on a Wednesday is not yesterday: news says so
    return (base - dt.timedelta(days=back)).isoformat()


def _resolve_deictic(words: str, base: dt.date, *, future: bool) -> str | None:
    if "yesterday" in words or "last night" in words:
        return (base - dt.timedelta(days=1)).isoformat()
    if "tomorrow" in words:
        return (base + dt.timedelta(days=1)).isoformat()
    return base.isoformat()


def _resolve_month_name(month: int, base: dt.date, *, future: bool, strict: bool) -> str | None:
    year = base.year
    if future:
        if month < base.month or (strict and month == base.month):
            year += 1
    elif month > base.month or (strict and month == base.month):
        year -= 1
    return f"{year:04d}-{month:02d}"
