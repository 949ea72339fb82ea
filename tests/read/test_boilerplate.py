from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kg.read.boilerplate import (
    LINE_RULES,
    classify_lines,
    is_date_line,
    is_photo_credit,
    is_prose,
    match_line_rule,
    normalise_line,
)

CHROME = [
    ("Share this article", "share-prompt"),
    ("Would you recommend this article?", "share-prompt"),
    ("Thanks for reading!", "share-prompt"),
    ("Was this article helpful?", "share-prompt"),
    ("This story is more than 5 years old", "share-prompt"),
    ("© 2019 Example Broadcasting Network", "copyright"),
    ("Copyright 2017 by Example Media Inc. All Rights Reserved.", "copyright"),
    ("Photo: Jane Roe/Agency via Stock Images", "photo-credit"),
    ("Image copyright Example Agency", "photo-credit"),
    ("Image caption Firefighters at the scene", "photo-credit"),
    ("(Photo courtesy of the city)", "photo-credit"),
    ("Sign up for our newsletters", "subscription-prompt"),
    ("Subscribe now", "subscription-prompt"),
    ("Get the best stories delivered to your inbox.", "subscription-prompt"),
    ("ADVERTISEMENT", "advertisement"),
    ("Story continues below advertisement", "advertisement"),
    ("We use cookies to improve your experience on our site.", "cookie-notice"),
    ("Related Stories", "related-heading"),
    ("Go deeper", "related-heading"),
    ("You may also like", "related-heading"),
    ("Most Read", "related-heading"),
    ("READ MORE: Council delays vote on transit plan", "related-link"),
    ("Tags: courts, police, appeals", "tags"),
    ("Follow us on Instagram", "follow-prompt"),
    ("Adjust font size:", "page-tools"),
    ("5 min read", "page-tools"),
    ("About the author", "author-bio"),
    ("View comments", "comments"),
    ("You are here", "navigation"),
    ("Home | World | Business | Tech", "navigation"),
    ("Home › Courts › Judge rules in contract dispute", "navigation"),
    ("Breaking: markets rally after rate cut | More", "navigation"),
    ("https://example.com/image.jpg", "url"),
    ("* * *", "separator"),
    ("By Jane Doe", "byline"),
    ("Updated: 3:45 PM ET", "date-line"),
    ("Get breaking news alerts from the Ledger. Download our app.", "promo"),
    ("Download the KXYZ 7 app for breaking news alerts and live coverage", "promo"),
    ("Support independent court reporting. Become a member today.", "promo"),
    (
        "Subscribe to the Morning Brief — the five stories moving markets today.",
        "subscription-prompt",
    ),
]

PROSE = [
    "By Tuesday evening, the company's shares had lost a third of their value.",
    "Subscription revenue rose 5% to $2.1 billion in the quarter.",
    "Sign-ups for the program closed in May, officials said.",
    "The app uses cookies to track users without their consent, regulators said.",
    "Copyright lawsuits against software makers have multiplied since 2020.",
    "The photo, taken by a bystander, shows officers at the scene.",
    "Photos by a neighbour show smoke rising from the building.",
    "Related charges were filed against two other executives on Friday.",
    "More than 49,000 workers walked off the job at midnight.",
    "Share prices fell 8% in early trading in Seoul.",
    "Follow the money, the prosecutor told jurors in her closing argument.",
    "If you own one of the phones, the company says you should stop using it.",
    "Editor's note: This story has been corrected to show the right date.",
    "Police shared the image on social media and asked for help.",
    "The deal was first reported by Example Images.",
    "May 2020 was the busiest month on record for the agency, officials said.",
    "Download the update now, the company told customers whose phones overheated.",
    "Donate blood if you can, the health service urged on Monday.",
]


@pytest.mark.parametrize(("line", "reason"), CHROME)
def test_chrome_lines_match_a_rule(line: str, reason: str) -> None:
    assert match_line_rule(line) == reason


@pytest.mark.parametrize("line", PROSE)
def test_prose_lines_match_no_rule(line: str) -> None:
    assert match_line_rule(line) is None


def test_rule_names_are_unique() -> None:
    names = [name for name, _ in LINE_RULES]
    assert len(names) == len(set(names))


@pytest.mark.parametrize(
    "line",
    [
        "Jul 29, 2019",
        "January 20, 2017 7:56 AM",
        "Monday, September 16, 2019 - 08:50 AM",
        "Published 3:45 PM ET Mon, 16 Sept 2019",
        "Last updated: 14 min 20 sec ago",
        "2021-07-06 19:41 UTC",
    ],
)
def test_date_lines(line: str) -> None:
    assert is_date_line(line)


@pytest.mark.parametrize("line", ["May we go?", "Police said Monday", "2 million users"])
def test_not_date_lines(line: str) -> None:
    assert not is_date_line(line)


@pytest.mark.parametrize(
    "line",
    [
        "Fans outside the stadium. (AP Photo/Jane Roe)",
        "A view of the plant. (Agency/Jane Roe)",
        "The courthouse on Friday. Photograph: Jane Roe/Agency",
        "(Image credit: Jane Roe)",
        "Jane Roe/Agency via Stock Images",
    ],
)
def test_photo_credits(line: str) -> None:
    assert is_photo_credit(line)


def test_normalise_line_keeps_single_nbsp() -> None:
    assert normalise_line("  a  b\u00a0c \u00a0 d ") == "a b\u00a0c d"


def reasons(text: str) -> dict[str, str | None]:
    return {v.text: v.reason for v in classify_lines(text)[1]}


def test_caption_above_its_credit_is_dropped() -> None:
    found = reasons(
        "Headline\n\nFirefighters outside the warehouse on Friday.\n(Photo: Jane Roe)\n\n"
        "Fire crews spent six hours bringing the blaze under control, officials said.\n"
    )
    assert found["Firefighters outside the warehouse on Friday."] == "caption"
    assert found["(Photo: Jane Roe)"] == "photo-credit"


def test_page_without_blank_lines_keeps_paragraph_above_credit() -> None:
    paragraphs = [
        f"Paragraph {n} of the story says what the council decided today." for n in range(4)
    ]
    text = "Headline\n" + "\n".join(
        [paragraphs[0], paragraphs[1], "Photo: Jane Roe", *paragraphs[2:]]
    )
    found = reasons(text)
    assert all(found[p] is None for p in paragraphs)


def test_header_labels_dropped_and_standfirst_kept() -> None:
    found = reasons(
        "Headline\n\nBusiness & Economy\n\nHome\n\n"
        "Regulators say the merger would raise prices for shoppers\n\n"
        "The regulator on Tuesday sued to block the merger of the two largest chains.\n"
    )
    assert found["Business & Economy"] == "header"
    assert found["Home"] == "navigation"
    assert found["Regulators say the merger would raise prices for shoppers"] is None


def test_name_by_date_in_header_is_the_author() -> None:
    found = reasons(
        "Headline\n\nJane Doe\nMarch 3, 2022\n\n"
        "The council voted on Monday to close the library at the end of the year.\n"
    )
    assert found["Jane Doe"] == "author-name"


def test_name_caption_in_header_is_not_an_author() -> None:
    found = reasons(
        "Headline\n\nJane Doe\nJane Doe at the hearing on Friday. Photograph: John Roe/Agency\n\n"
        "The council voted on Monday to close the library at the end of the year.\n"
    )
    assert found["Jane Doe"] == "caption"


def test_related_box_mid_story_keeps_the_following_paragraphs() -> None:
    text = (
        "Headline\n\nThe council voted on Monday to close the library at the end of the year.\n\n"
        "Related Stories\n\nLibrary Funding Cut Again\n\nVolunteers Rally To Save Branch\n\n"
        "The mayor said the decision was painful but unavoidable given the budget.\n\n"
        "Residents plan to protest at next week's meeting, organisers said on Tuesday.\n"
    )
    found = reasons(text)
    assert found["Library Funding Cut Again"] == "teaser"
    assert (
        found["The mayor said the decision was painful but unavoidable given the budget."] is None
    )
    assert (
        found["Residents plan to protest at next week's meeting, organisers said on Tuesday."]
        is None
    )


def test_teaser_module_with_summary_after_the_story() -> None:
    text = (
        "Headline\n\nThe council voted on Monday to close the library at the end of the year.\n\n"
        "The mayor said the decision was painful but unavoidable given the budget.\n\n"
        "Go deeper\n\nWhat the closure means for readers\n\n"
        "Readers will be able to borrow books from two other branches until next spring.\n\n"
        "Share this story\n"
    )
    found = reasons(text)
    assert found["What the closure means for readers"] == "teaser"
    assert (
        found["Readers will be able to borrow books from two other branches until next spring."]
        == "teaser"
    )


def test_inline_teasers_between_paragraphs() -> None:
    text = (
        "Headline\n\nThe council voted on Monday to close the library at the end of the year.\n\n"
        "Mayor defends budget cuts in heated meeting\n\nLibrary staff offered new roles\n\n"
        "The mayor said the decision was painful but unavoidable given the budget.\n"
    )
    found = reasons(text)
    assert found["Mayor defends budget cuts in heated meeting"] == "teaser"
    assert found["Library staff offered new roles"] == "teaser"


def test_single_subheading_between_paragraphs_is_kept() -> None:
    text = (
        "Headline\n\nThe council voted on Monday to close the library at the end of the year.\n\n"
        "What happens next\n\n"
        "The mayor said the decision was painful but unavoidable given the budget.\n"
    )
    assert reasons(text)["What happens next"] is None


def test_author_bio_block() -> None:
    text = (
        "Headline\n\nThe council voted on Monday to close the library at the end of the year.\n\n"
        "Jane Doe\n\nJane Doe is a staff reporter covering city hall. She joined the paper in 2019.\n"
    )
    found = reasons(text)
    assert found["Jane Doe"] == "author-name"
    assert found[
        "Jane Doe is a staff reporter covering city hall. She joined the paper in 2019."
    ] == ("author-bio")


@pytest.mark.parametrize(
    "bio",
    [
        "Ann Ito covers public safety and the courts for the Ledger. Reach her at ai@ledger.test.",
        "Tom Reyes is news editor of Retail Week.",
    ],
)
def test_trailing_author_bio_without_a_name_line(bio: str) -> None:
    text = (
        "Headline\n\nThe council voted on Monday to close the library at the end of the year.\n\n"
        f"{bio}\n"
    )
    assert reasons(text)[bio] == "author-bio"


def test_name_line_over_a_story_paragraph_is_kept() -> None:
    text = (
        "Headline\n\nThe council voted on Monday to close the library at the end of the year.\n\n"
        "Maria Lopez\n\nMaria Lopez has worked as a librarian at the branch for 20 years.\n\n"
        "She said she would retire rather than move to another branch across town.\n"
    )
    found = reasons(text)
    assert found["Maria Lopez has worked as a librarian at the branch for 20 years."] is None


def test_publisher_voice_promo() -> None:
    text = (
        "Headline\n\nThe council voted on Monday to close the library at the end of the year.\n\n"
        "Our reporters bring you the stories that matter in your neighbourhood.\n"
    )
    assert reasons(text)[
        "Our reporters bring you the stories that matter in your neighbourhood."
    ] == ("promo")


def test_quoted_we_and_you_is_kept() -> None:
    line = "“We will listen to you,” the mayor told residents at our meeting on Monday."
    text = f"Headline\n\nThe council voted on Monday to close the library.\n\n{line}\n"
    assert reasons(text)[line] is None


@given(st.lists(st.text(max_size=80), max_size=15))
def test_one_verdict_per_non_blank_line_after_the_headline(lines: list[str]) -> None:
    text = "\n".join(lines)
    _, verdicts = classify_lines(text)
    non_blank = [line for line in text.splitlines() if line.strip()]
    assert len(verdicts) == max(len(non_blank) - 1, 0)
    for verdict in verdicts:
        assert verdict.text and verdict.raw


@given(st.lists(st.sampled_from(PROSE[:4] + PROSE[5:12]), min_size=1, max_size=8))
def test_prose_paragraphs_survive_in_any_order(paragraphs: list[str]) -> None:
    text = "Headline\n\n" + "\n\n".join(paragraphs)
    for verdict in classify_lines(text)[1]:
        if is_prose(verdict.text):
            assert verdict.reason is None, verdict


def test_footer_after_the_copyright_notice() -> None:
    found = reasons(
        "Headline\n\nThe council voted on Monday to close the library at the end of the year.\n\n"
        "© 2024 Example Media. All rights reserved.\n"
        "For the latest news and weather, head to our website.\n"
    )
    assert found["For the latest news and weather, head to our website."] == "after-article"


def test_standalone_dateline_is_article_text() -> None:
    found = reasons(
        "Headline\n\nBy Jane Doe\n\nSEOUL, South Korea —\n"
        "The company said on Friday that it would recall the phones worldwide.\n"
    )
    assert found["SEOUL, South Korea —"] is None


def test_short_label_between_paragraphs() -> None:
    found = reasons(
        "Headline\n\nThe council voted on Monday to close the library at the end of the year.\n\n"
        "Close\n\nPhoto gallery\n\n"
        "The mayor said the decision was painful but unavoidable given the budget.\n"
    )
    assert found["Close"] == "navigation"
    assert found["Photo gallery"] == "label"
