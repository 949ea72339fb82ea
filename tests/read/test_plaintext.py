from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kg.errors import RejectedInput
from kg.read.plaintext import parse_plaintext
from kg.records import Article, SourceInfo

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "plaintext"
EXPECTED = json.loads((FIXTURES / "expected.json").read_text(encoding="utf-8"))
CASES = sorted(name for name in EXPECTED if name.endswith(".txt"))
PLAIN_SEED = Path(__file__).resolve().parents[2] / "seeds" / "000_9d8becf6d8fdd231.txt"


def make_source(path: str = "article.txt") -> SourceInfo:
    return SourceInfo(path=path, sha256="0" * 64, media_type="text/plain", parser="plaintext")


def parse_fixture(name: str) -> Article:
    text = (FIXTURES / name).read_text(encoding="utf-8")
    return parse_plaintext(text, source=make_source(name))


def test_every_fixture_has_expectations() -> None:
    assert sorted(p.name for p in FIXTURES.glob("*.txt")) == CASES
    assert len(CASES) >= 5


@pytest.mark.parametrize("name", CASES)
def test_fixture_boilerplate_lines(name: str) -> None:
    article = parse_fixture(name)
    expected = {line.strip() for line in EXPECTED[name]["boilerplate_lines"]}
    assert {line.strip() for line in article.boilerplate} == expected


@pytest.mark.parametrize("name", CASES)
def test_fixture_credits(name: str) -> None:
    article = parse_fixture(name)
    assert list(article.authors) == EXPECTED[name]["authors"]
    assert list(article.contributors) == EXPECTED[name]["contributors"]


@pytest.mark.parametrize("name", CASES)
def test_fixture_body_is_the_other_lines(name: str) -> None:
    """Headline, body and boilerplate together account for every non-blank line."""
    text = (FIXTURES / name).read_text(encoding="utf-8")
    article = parse_fixture(name)
    lines = [" ".join(line.split()) for line in text.splitlines() if line.strip()]
    paragraphs = article.body.split("\n\n")
    dropped = [" ".join(line.split()) for line in article.boilerplate]
    assert lines[0] == article.headline
    assert sorted(lines[1:]) == sorted(paragraphs + dropped)
    for paragraph in paragraphs:
        assert paragraph and "\n" not in paragraph


def test_wire_credit_is_a_contributor_not_an_author() -> None:
    article = parse_fixture("wire_markets.txt")
    assert "Reuters" in article.contributors
    assert "Reuters" not in article.authors


def test_wire_acronym_of_a_credited_agency_is_not_repeated() -> None:
    # "(AP)" in the dateline is the "Associated Press" of the byline.
    assert "AP" not in parse_fixture("wire_court_verdict.txt").authors


def test_editors_note_and_standfirst_are_article_text() -> None:
    assert "Editor's note: An earlier version" in parse_fixture("tech_ransomware.txt").body
    body = parse_fixture("court_captions.txt").body
    assert body.startswith("Judges say privacy claims against the city deserve a full trial\n\n")


def test_list_items_and_subheading_are_kept() -> None:
    body = parse_fixture("tech_earnings.txt").body
    for line in ("Password sharing among households", "What analysts are saying"):
        assert f"\n\n{line}\n\n" in body


def test_whitespace_runs_collapse_but_single_nbsp_is_kept() -> None:
    text = "Title  here\n\nThe  council\tvoted (7-2)\u00a0on Monday to approve the new budget.\n"
    article = parse_plaintext(text, source=make_source())
    assert article.headline == "Title here"
    assert article.body == "The council voted (7-2)\u00a0on Monday to approve the new budget."


@pytest.mark.parametrize("text", ["", "   \n\t\n", "\u00a0\n"])
def test_empty_text_is_rejected(text: str) -> None:
    with pytest.raises(RejectedInput, match="no text"):
        parse_plaintext(text, source=make_source("empty.txt"))


def test_first_line_without_letters_is_rejected() -> None:
    with pytest.raises(RejectedInput, match=r"^sep\.txt: no headline"):
        parse_plaintext("* * *\n\nSome body text follows here.", source=make_source("sep.txt"))


def test_headline_only_gives_empty_body() -> None:
    article = parse_plaintext("\n\n  Just a headline  \n", source=make_source())
    assert (article.headline, article.body, article.boilerplate) == ("Just a headline", "", ())


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_any_text_gives_an_article_or_a_rejection(text: str) -> None:
    try:
        article = parse_plaintext(text, source=make_source())
    except RejectedInput:
        return
    assert isinstance(article, Article)
    assert article.headline


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "By Jane Doe",
                "Jul 29, 2019",
                "Share this article",
                "Photo: A/B",
                "The mayor said on Monday that the city would appeal the ruling.",
                "Related",
                "Jane Doe",
                "Jane Doe is a reporter at the Daily Planet.",
                "",
                "  ",
                "|",
                "(AP) —",
                "Reporting by ; Editing by",
            ]
        ),
        max_size=12,
    )
)
def test_chrome_like_lines_never_crash(lines: list[str]) -> None:
    try:
        parse_plaintext("Headline\n" + "\n".join(lines), source=make_source())
    except RejectedInput:
        pytest.fail("a text with a headline must not be rejected")


# The repository's plain-text seed article.


@pytest.fixture(scope="module")
def seed_article() -> Article:
    text = PLAIN_SEED.read_text(encoding="utf-8")
    return parse_plaintext(text, source=make_source(str(PLAIN_SEED)))


def test_seed_headline(seed_article: Article) -> None:
    assert seed_article.headline == (
        "Clearview AI cancels contract with RCMP, says it’s no longer offering its facial "
        "recognition tech in Canada"
    )


def test_seed_prompts_and_bio_are_boilerplate(seed_article: Article) -> None:
    dropped = seed_article.boilerplate
    assert "Would you recommend this article?" in dropped
    assert "Howard Solomon" in dropped
    assert any(line.startswith("Currently a freelance writer, I'm") for line in dropped)
    assert not any("freelance writer" in p for p in seed_article.body.split("\n\n"))


def test_seed_body_keeps_the_story(seed_article: Article) -> None:
    paragraphs = seed_article.body.split("\n\n")
    assert any(p.startswith("The Office of the Privacy Commissioner of Canada") for p in paragraphs)
    assert paragraphs[0].startswith("Bowing to months of pressure")
    assert paragraphs[-1].startswith("Meanwhile, other firms, including Clearview AI")
    # evidence strings quote the sentence with its non-breaking space
    assert "(OPC)\u00a0announced July 6 that Clearview AI" in seed_article.body


def test_seed_credits(seed_article: Article) -> None:
    assert "Pragya Sehgal" in seed_article.contributors
    assert "Howard Solomon" in seed_article.authors


def test_scorer_on_the_fixture_table() -> None:
    from kg.evaluate.boilerplate import score_boilerplate

    report = score_boilerplate(EXPECTED, FIXTURES)
    assert report["documents"] == len(CASES)
    assert report["lines"]["f1"] == 1.0
    assert report["authors"]["f1"] == 1.0
