from __future__ import annotations

import pytest

from kg.read.bylines import (
    AUTHOR_NAME,
    BYLINE,
    Credits,
    find_credits,
    find_wire_credit,
    is_person_name,
    normalise_name,
    parse_byline,
    parse_name_line,
)

BYLINES = [
    ("By Jane Doe", ("Jane Doe",), ()),
    ("BY JANE DOE", ("Jane Doe",), ()),
    ("By Jane Doe and John Roe", ("Jane Doe", "John Roe"), ()),
    ("By Jane Doe, John Roe and Ann Lee", ("Jane Doe", "John Roe", "Ann Lee"), ()),
    (
        "By JANE DOE and JOHN ROE, Associated Press",
        ("Jane Doe", "John Roe", "Associated Press"),
        (),
    ),
    ("By Jane Doe, Daily Planet", ("Jane Doe",), ()),
    ("By Jane Doe, Staff Writer", ("Jane Doe",), ()),
    ("By Ann B. Roe, J.D.", ("Ann B. Roe",), ()),
    ("By Jane Doe, PhD", ("Jane Doe",), ()),
    ("By Jane Doe | July 29, 2019", ("Jane Doe",), ()),
    ("By Jane Doe in Washington", ("Jane Doe",), ()),
    ("By Walter de la Cruz", ("Walter de la Cruz",), ()),
    ("By Siobhan O'Neill-Hart", ("Siobhan O'Neill-Hart",), ()),
    ("By Regional Press Bureau", ("Regional Press Bureau",), ()),
    ("By AFP", ("AFP",), ()),
    ("Written by Jane Doe", ("Jane Doe",), ()),
    ("Author: Jane Doe", ("Jane Doe",), ()),
    ("Jane Doe | Daily Planet", ("Jane Doe",), ()),
    ("Agence Exemple Presse |", ("Agence Exemple Presse",), ()),
    ("Wire Agency, May 27, 2015", ("Wire Agency",), ()),
    ("Reporting by Jane Doe; Editing by John Roe", ("Jane Doe",), ("John Roe",)),
    (
        "Reporting by Jane Doe in Paris and Ann Lee in Tokyo; Additional reporting by Bo Chan; "
        "Editing by John Roe",
        ("Jane Doe", "Ann Lee"),
        ("Bo Chan", "John Roe"),
    ),
    ("With files from Jane Doe", (), ("Jane Doe",)),
    ("With files from The Canadian Press", (), ("The Canadian Press",)),
    ("Associated Press writer Jane Doe in Boston contributed to this report.", (), ("Jane Doe",)),
    ("Daily Planet’s Jane Doe contributed to this report.", (), ("Jane Doe",)),
    ("Jane Roe Financial correspondent", ("Jane Roe",), ()),
    ("Mary Ann Roe Staff Writer", ("Mary Ann Roe",), ()),
    ("By Jane Doe Senior Reporter", ("Jane Doe",), ()),
]


@pytest.mark.parametrize(("line", "authors", "contributors"), BYLINES)
def test_bylines(line: str, authors: tuple[str, ...], contributors: tuple[str, ...]) -> None:
    assert parse_byline(line) == Credits(authors, contributors)


@pytest.mark.parametrize(
    "line",
    [
        "By Tuesday, the talks had collapsed.",
        "By the time police arrived, the suspect had fled.",
        "By 2025, the company expects to double its output.",
        "By contrast, rivals cut prices.",
        "By Christmas the store had closed.",
        "Home | World | Business",
        "LIVE COVERAGE: The summit of world leaders | More",
        "LONDON, May 27, 2015",
        "Police said the man was arrested on Friday.",
        "",
    ],
)
def test_not_bylines(line: str) -> None:
    assert parse_byline(line) is None


@pytest.mark.parametrize(
    "name",
    [
        "Jane Doe",
        "J. K. Doe",
        "Maria de Souza",
        "Anne-Marie O'Brien",
        "JOHN ROE",
        "Bo Chan Jr.",
    ],
)
def test_person_names(name: str) -> None:
    assert is_person_name(name)


@pytest.mark.parametrize(
    "text", ["Doe", "Related Business News", "Latest Videos", "the reporter", "J. K.", "Jane 2019"]
)
def test_not_person_names(text: str) -> None:
    assert not is_person_name(text)


def test_normalise_name_only_changes_all_caps() -> None:
    assert normalise_name("MARY-KATE MCDONALD") == "Mary-Kate Mcdonald"
    assert normalise_name("Mary-Kate McDonald") == "Mary-Kate McDonald"
    assert normalise_name("AFP") == "AFP"


@pytest.mark.parametrize(
    ("line", "agency"),
    [
        ("SEOUL, South Korea (AP) — Shares fell.", "AP"),
        ("WASHINGTON (Reuters) - The Senate voted.", "Reuters"),
        ("LONDON, March 14 (Wire) - Oil fell.", "Wire"),
        ("(CNN)Police said on Monday that two men were held.", "CNN"),
    ],
)
def test_wire_credits(line: str, agency: str) -> None:
    assert find_wire_credit(line) == agency


@pytest.mark.parametrize(
    "line",
    [
        "The company (Acme) - which makes phones - said so.",
        "Fans cheer. (AP Photo/Jane Roe)",
        "Police said (on Friday) - after a delay - that it was over.",
    ],
)
def test_not_wire_credits(line: str) -> None:
    assert find_wire_credit(line) is None


def test_parse_name_line() -> None:
    assert parse_name_line("Ruth Doe, The Weekly Review") == "Ruth Doe"
    assert parse_name_line("Latest Jobs In Your Area") is None


def test_find_credits_merges_and_deduplicates() -> None:
    credits = find_credits(
        [
            ("By Jane Doe, Associated Press", BYLINE),
            ("With files from John Roe", BYLINE),
            ("DENVER (AP) — The council voted.", None),
            ("Jane Doe", AUTHOR_NAME),
        ]
    )
    assert credits == Credits(("Jane Doe", "Associated Press"), ("John Roe",))


def test_wire_credit_only_near_the_top() -> None:
    lines = [(f"Paragraph {n} of the story.", None) for n in range(3)]
    lines.append(("PARIS (Agency) — A quoted dispatch.", None))
    assert find_credits(lines) == Credits()
