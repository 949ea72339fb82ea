"""Time expressions resolved against a publication date (Wednesday 8 July 2020)."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kg.extract.timex import (
    _CUES,
    _RULES,
    _dateparser_date,
    _plain_month_day,
    find_date,
    find_timexes,
    is_future,
    shift_days,
)

PUBLISHED = "2020-07-08"  # a Wednesday

PAST = [
    ("The company said Monday it had left.", "Monday", "2020-07-06"),
    ("It announced the move on July 6.", "on July 6", "2020-07-06"),
    ("Regulators acted July 6 after a review.", "July 6", "2020-07-06"),
    ("The inquiry began Feb. 21.", "Feb. 21", "2020-02-21"),
    ("The firm sold the unit last month.", "last month", "2020-06"),
    ("IBM said early last month it had stopped.", "early last month", "2020-06"),
    ("The deal was signed in January.", "in January", "2020-01"),
    ("Police said earlier this week they had arrested two men.", "earlier this week", "2020-07"),
    ("The minister resigned yesterday.", "yesterday", "2020-07-07"),
    ("The union said today it had agreed.", "today", "2020-07-08"),
    ("Sales fell last year.", "last year", "2019"),
    ("The hack happened in 2019.", "in 2019", "2019"),
    ("The strike began Sept. 16.", "Sept. 16", "2019-09-16"),
    ("The strike began on September 16.", "on September 16", "2019-09-16"),
    ("Data was copied between January 19 and 26.", "between January 19 and 26", "2020-01"),
    ("Records were taken between 2 and 9 June.", "between 2 and 9 June", "2020-06"),
    ("He was arrested on Friday.", "on Friday", "2020-07-03"),
    ("Officers arrested him last Wednesday.", "last Wednesday", "2020-07-01"),
    ("The theft took place between March 12 and July 1.", "between March 12 and July 1", "2020"),
    ("The board met (10/16/2019) in private.", "10/16/2019", "2019-10-16"),
    ("It was founded in June 2002.", "in June 2002", "2002-06"),
    ("The firm quit the market on July 6, 2015.", "on July 6, 2015", "2015-07-06"),
    ("The inquiry opened in March last year.", "in March last year", "2019-03"),
    ("It was fined on May 6 last year.", "on May 6 last year", "2019-05-06"),
]

FUTURE = [
    ("The company will announce the results on Friday.", "on Friday", "2020-07-10"),
    ("Samsung is expected to give the cause on Jan. 23.", "on Jan. 23", "2021-01-23"),
    ("The council plans to vote next month.", "next month", "2020-08"),
    ("The court will rule tomorrow.", "tomorrow", "2020-07-09"),
    ("The store will close in March.", "in March", "2021-03"),
]


@pytest.mark.parametrize(("sentence", "words", "iso"), PAST)
def test_past_readings(sentence: str, words: str, iso: str) -> None:
    assert find_date(sentence, PUBLISHED) == (iso, words)


@pytest.mark.parametrize(("sentence", "words", "iso"), FUTURE)
def test_future_readings(sentence: str, words: str, iso: str) -> None:
    assert is_future(sentence)
    assert find_date(sentence, PUBLISHED) == (iso, words)


def test_explicit_tense_overrides_the_text() -> None:
    assert find_date("on Friday", PUBLISHED, future=True) == ("2020-07-10", "on Friday")
    assert find_date("on Friday", PUBLISHED, future=False) == ("2020-07-03", "on Friday")


def test_past_reading_never_after_publication() -> None:
    for sentence in ("He was charged on July 9.", "It happened in December.", "It was Friday."):
        iso, _ = find_date(sentence, PUBLISHED)
        assert iso <= PUBLISHED[: len(iso)], sentence


def test_publication_day_itself_counts_as_the_weekday() -> None:
    assert find_date("Police said Wednesday.", PUBLISHED) == ("2020-07-08", "Wednesday")


@pytest.mark.parametrize(
    ("sentence", "published"),
    [
        ("The firm left on Monday.", None),
        ("It happened in January.", None),
        ("Sales fell last week.", "2020-07-06"),  # 29 June - 5 July: two months
        ("The probe has run since 2011.", PUBLISHED),
        ("Nothing dated here.", PUBLISHED),
        ("He said it may happen.", PUBLISHED),
    ],
)
def test_unresolvable_is_none(sentence: str, published: str | None) -> None:
    assert find_date(sentence, published) is None


def test_absolute_dates_need_no_publication_date() -> None:
    assert find_date("It closed on July 6, 2019.", None) == ("2019-07-06", "on July 6, 2019")


def test_nearest_expression_wins() -> None:
    sentence = "On Monday the board met, and on Tuesday it sued."
    assert find_date(sentence, PUBLISHED, near=sentence.index("sued")) == (
        "2020-07-07",
        "on Tuesday",
    )


def test_timexes_have_offsets_of_their_words() -> None:
    sentence = "It left Peru last month and sued on July 2."
    for timex in find_timexes(sentence, PUBLISHED):
        assert sentence[timex.start : timex.end] == timex.text


def test_shift_days() -> None:
    assert shift_days(", two days after the raid") == -2
    assert shift_days(" three days before") == 3
    assert shift_days(" and then") == 0


def test_month_and_year_with_a_comma() -> None:
    found = find_timexes("It signed the deal in June, 2022, after a tender.", "2024-03-06")
    assert [(t.text, t.iso) for t in found] == [("in June, 2022", "2022-06")]


_DATE_WORDS = (
    "on in during by since until from as of early late mid- earlier later last next this past "
    "between and of , . Monday tuesday Friday week month year January Jan. Feb. Sept. May "
    "Dec morning night tonight yesterday Today tomorrow 2019 1999 6 21st 10/16/2019 "
    "2020-07-06 it said the"
).split()


@given(st.lists(st.sampled_from(_DATE_WORDS), max_size=12))
@settings(max_examples=300, deadline=None)
def test_every_rule_match_contains_one_of_its_cues(words: list[str]) -> None:
    """The substring cues that skip rules never skip a rule that would have matched."""
    text = " ".join(words)
    for name, regex in _RULES:
        for match in regex.finditer(text):
            assert any(cue in match.group(0) for cue in _CUES[name]), (name, match.group(0))


_MONTH_NAMES = (
    "January February March April May June July August September October November December"
)


@given(
    st.sampled_from(_MONTH_NAMES.split()),
    st.integers(min_value=0, max_value=40),
    st.booleans(),
    st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2035, 12, 31)),
    st.sampled_from(["past", "future"]),
)
@settings(max_examples=400, deadline=None)
def test_plain_month_day_is_read_as_dateparser_reads_it(
    month: str, day: int, padded: bool, base: dt.date, prefer: str
) -> None:
    """The quick reading of "July 6" gives dateparser's date (29 February, 31 June and
    days on either side of ``base`` included), and leaves other days to dateparser."""
    expression = f"{month} {day:02d}" if padded else f"{month} {day}"
    quick = _plain_month_day(expression, base, prefer)
    if quick is not False:
        assert quick == _dateparser_date(expression, base, prefer)
    else:
        assert not 1 <= day <= 31


@pytest.mark.parametrize(
    ("base", "prefer", "expected"),
    [
        (dt.date(2024, 4, 8), "past", dt.date(2024, 4, 8)),
        (dt.date(2024, 4, 8), "future", dt.date(2025, 4, 8)),
        (dt.date(2024, 4, 7), "past", dt.date(2023, 4, 8)),
    ],
)
def test_plain_month_day_on_its_own_day(base: dt.date, prefer: str, expected: dt.date) -> None:
    """The publication day itself is the past's, not the future's (as dateparser reads it)."""
    assert _plain_month_day("April 8", base, prefer) == expected
    assert _dateparser_date("April 8", base, prefer) == expected


@pytest.mark.parametrize("prefer", ["past", "future"])
def test_leap_day_is_found_across_common_years(prefer: str) -> None:
    base = dt.date(2023, 5, 1)
    expected = dt.date(2020, 2, 29) if prefer == "past" else dt.date(2024, 2, 29)
    assert _plain_month_day("February 29", base, prefer) == expected
    assert _dateparser_date("February 29", base, prefer) == expected
    assert _plain_month_day("February 30", base, prefer) is None


def test_last_weekday_is_not_yesterday() -> None:
    """ "last Tuesday" written on a Wednesday is the Tuesday of the week before."""
    assert find_date("The cabinet met last Tuesday.", "2026-02-18") == (
        "2026-02-10",
        "last Tuesday",
    )
    assert find_date("The cabinet met on Tuesday.", "2026-02-18") == ("2026-02-17", "on Tuesday")
    assert find_date("The cabinet met last Monday.", "2026-02-18") == ("2026-02-16", "last Monday")
