from __future__ import annotations

import pytest

from kg.errors import RejectedInput
from kg.read import detect_format, parse_article


def parse(text: str, path: str = "a.md"):
    return parse_article(text.encode("utf-8"), path=path)


def test_seed_frontmatter_file_named_txt_is_read_as_frontmatter(frontmatter_seed) -> None:
    article = parse_article(frontmatter_seed.read_bytes(), path=str(frontmatter_seed))
    assert article.source.media_type == "text/markdown"
    assert (
        article.headline == "Clearview AI to stop offering facial recognition technology in Canada"
    )
    assert article.excerpt.startswith("Clearview AI, an American company")
    assert article.published == "2020-07-06T19:41:00+00:00"
    assert article.url == (
        "https://betakit.com/clearview-ai-to-stop-offering-facial-recognition-technology-in-canada/"
    )
    assert (article.provider.name, article.provider.domain) == ("BetaKit", "betakit.com")
    assert article.topics == ("Computer Vision", "AI")
    assert article.article_type == "article" and article.category == "news"
    (image,) = article.images
    assert (image.width, image.height) == (1024, 683)
    assert len(article.related) == 13
    cbc = next(r for r in article.related if r.provider and r.provider.name == "CBC.ca")
    assert cbc.provider.domain == "www.cbc.ca"
    assert cbc.published == "2020-07-06T20:04:00+00:00"
    assert dict(cbc.extra)["ampWebUrl"] == "https://www.cbc.ca/amp/1.5639380"
    extra = dict(article.extra)
    # fields newskg has no property for are kept, including a `published: false` flag
    assert extra["quality"] == 54 and extra["heat"] == -1 and extra["published"] is False
    assert "secured" in extra
    # no body: the excerpt is the prose to extract from
    assert article.body == "" and "biometric security software" in article.text


def test_detection_is_by_content_not_name() -> None:
    assert detect_format("---\ntitle: x\n---\n").name == "frontmatter"
    assert detect_format("Title\n\nBody --- with dashes").name == "plaintext"


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("---\ntitle: [unclosed\n---\nbody", "not valid YAML"),
        ("---\ntitle: !!python/object/apply:os.system ['echo hacked']\n---\n", "never constructed"),
        ("---\n- a\n- b\n---\nbody", "not a mapping"),
        ("---\ntitle: [a, b]\n---\nbody", "'title' is a list, not text"),
        ("---\nurl: https://x.org/a\n---\nno heading here", "no title"),
        ("---\ntitle: x\nno closing fence", "never closed"),
    ],
)
def test_bad_frontmatter_is_rejected_with_reason(text: str, reason: str) -> None:
    with pytest.raises(RejectedInput) as caught:
        parse(text, path="bad.md")
    assert caught.value.path == "bad.md"
    assert reason in caught.value.reason


def test_yaml_alias_bomb_is_refused_before_expansion() -> None:
    lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for i in range(1, 9):
        prev, cur = chr(ord("a") + i - 1), chr(ord("a") + i)
        lines.append(f"{cur}: &{cur} [{', '.join(['*' + prev] * 9)}]")
    text = "---\ntitle: bomb\n" + "\n".join(lines) + "\n---\nbody"
    with pytest.raises(RejectedInput, match="aliases"):
        parse(text)


def test_wrong_types_are_noted_not_fatal() -> None:
    article = parse(
        "---\ntitle: 2024\npublishedDateTime: not a date\nwebUrl: javascript:alert(1)\n"
        "images: [{url: 'ftp://x'}, {url: 'https://img.example/a.jpg', width: 'wide'}]\n---\nBody."
    )
    assert article.headline == "2024"
    assert article.published is None and article.url is None
    assert [i.url for i in article.images] == ["https://img.example/a.jpg"]
    assert article.images[0].width is None
    notes = " ".join(article.source.notes)
    assert "not a date" in notes and "not an http(s) URL" in notes


def test_heading_is_the_title_when_frontmatter_has_none() -> None:
    article = parse("---\ndate: 2021-03-04\n---\n# The Heading\n\nText.")
    assert article.headline == "The Heading" and article.published == "2021-03-04"


def test_provider_domain_is_registrable_domain() -> None:
    article = parse("---\ntitle: T\nwebUrl: https://metro.herald.example.co.uk/2017/a/\n---\nB")
    assert article.provider.domain == "example.co.uk" and article.provider.name is None
