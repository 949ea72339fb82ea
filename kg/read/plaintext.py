"""Parse a plain-text news article: headline line, then the body as the page showed it.

The first non-blank line is the headline. The rest is split into article text and
page boilerplate by :mod:`kg.read.boilerplate`; bylines and credit lines are dropped
from the body but read for authors and contributors by :mod:`kg.read.bylines`.
Kept lines become paragraphs separated by a blank line, each verbatim except for
collapsed runs of spaces, so evidence quoted from a sentence still matches.
"""

from __future__ import annotations

import dataclasses

from kg.errors import RejectedInput
from kg.read.boilerplate import classify_lines
from kg.read.bylines import find_credits
from kg.read.decode import MAX_ANALYSED_CHARS
from kg.records import Article, SourceInfo


def parse_plaintext(text: str, *, source: SourceInfo) -> Article:
    """Read a plain-text article into an :class:`~kg.records.Article`.

    A dateline's agency ("PARIS (Agency) —") is a contributor, not an author.
    Raises :class:`~kg.errors.RejectedInput` when the text is empty or its first line
    has no letter or digit to make a headline of.

    >>> from kg.records import SourceInfo
    >>> src = SourceInfo("a.txt", sha256="0", media_type="text/plain", parser="plaintext")
    >>> article = parse_plaintext(
    ...     "Mayor resigns\\n\\nBy JANE DOE\\nJuly 6, 2020\\n\\n"
    ...     "The mayor resigned on Monday, citing health reasons.\\n\\nShare this article",
    ...     source=src,
    ... )
    >>> article.headline, article.body, article.authors
    ('Mayor resigns', 'The mayor resigned on Monday, citing health reasons.', ('Jane Doe',))
    >>> article.boilerplate
    ('By JANE DOE', 'July 6, 2020', 'Share this article')
    """
    if not text or not text.strip():
        raise RejectedInput(source.path, "the file has no text")
    head, tail = _split_for_analysis(text)
    headline, verdicts = classify_lines(head)
    if not any(ch.isalnum() for ch in headline):
        raise RejectedInput(source.path, "no headline: the first line has no letters or digits")
    credits = find_credits([(v.text, v.reason) for v in verdicts])
    kept = [v.text for v in verdicts if not v.boilerplate]
    if tail:
        kept.extend(" ".join(line.split()) for line in tail.splitlines() if line.strip())
        note = f"text over {MAX_ANALYSED_CHARS:,} characters: page noise sought in the first part"
        source = dataclasses.replace(source, notes=(*source.notes, note))
    body = "\n\n".join(kept)
    return Article(
        source=source,
        headline=headline,
        body=body,
        authors=credits.authors,
        contributors=credits.contributors,
        boilerplate=tuple(v.raw for v in verdicts if v.boilerplate),
    )


def _split_for_analysis(text: str) -> tuple[str, str]:
    """The text cut at a line end near ``MAX_ANALYSED_CHARS``: the part analysed, the rest.

    >>> _split_for_analysis("short")
    ('short', '')
    """
    if len(text) <= MAX_ANALYSED_CHARS:
        return text, ""
    cut = text.rfind("\n", 0, MAX_ANALYSED_CHARS)
    cut = cut if cut > 0 else MAX_ANALYSED_CHARS
    return text[:cut], text[cut:]
