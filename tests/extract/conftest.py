"""Helpers for the extraction tests: articles from plain strings."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from kg.extract import extract_mentions
from kg.records import Article, Mention, SourceInfo

SOURCE = SourceInfo("test.txt", "0" * 64, "text/plain", "test")


def make_article(body: str, headline: str = "A report") -> Article:
    """An article with a plain sentence-case headline unless one is given."""
    return Article(SOURCE, headline, body=body)


@pytest.fixture()
def article_of() -> Callable[..., Article]:
    """Build an article from a body (and optional headline)."""
    return make_article


@pytest.fixture()
def mentions() -> Callable[..., tuple[Mention, ...]]:
    """Extract the mentions of a body (and optional headline)."""

    def run(body: str, headline: str = "A report", **options: object) -> tuple[Mention, ...]:
        return extract_mentions(make_article(body, headline), **options)  # type: ignore[arg-type]

    return run
