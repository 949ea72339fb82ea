"""Properties that hold for any text: offsets slice to the mention text."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from kg.extract import extract_mentions
from kg.records import Article, SourceInfo

SOURCE = SourceInfo("p.txt", "0" * 64, "text/plain", "test")
WORDS = st.sampled_from(
    [
        "Zeta",
        "Corp.",
        "Inc.",
        "said",
        "the",
        "of",
        "Office",
        "Ann",
        "Lee",
        "U.S.",
        "Canada",
        "Paris",
        "(",
        ")",
        "ZETA",
        ",",
        ".",
        "’s",
        "'s",
        "Mr.",
        "CEO",
        "and",
        "-",
        "\n",
        "\n\n",
        "“",
        "”",
        "Police",
        "police",
        "in",
        "Jean-Luc",
        "de",
        "van",
        "AI",
        "Ltd",
        "—",
        "LAGOS",
    ]
)


@settings(max_examples=150, deadline=None)
@given(st.lists(WORDS, max_size=40), st.text(max_size=60))
def test_offsets_slice_to_text(words: list[str], noise: str) -> None:
    body = " ".join(words) + noise
    article = Article(SOURCE, "Headline " + noise[:10], body=body)
    text = article.text
    for mention in extract_mentions(article):
        assert text[mention.start : mention.end] == mention.text
        assert mention.kind in {"organization", "person", "place"}
        assert mention.text.strip() == mention.text and mention.text
        assert mention.canonical != mention.text
