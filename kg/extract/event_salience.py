"""Which of an article's events are its news: the facts ranking and selection rely on.

A news article reports one to three key events (what the headline and the lead say)
and mentions many more in passing: history ("the company was fined in 2017"), quotes
from spokespeople, reactions of third parties. Two facts tell them apart without a
parser:

* the article's **subjects**: the entities its headline and lead name, and any entity
  it names again and again; a statement by someone else is a reaction, not the news;
* **background**: a sentence dated a year or so before publication ("in 2019", "last
  year") is history, and so are the undated sentences that follow it in the same
  paragraph ("The company later admitted ...").
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from typing import TYPE_CHECKING

from kg.extract.timex import OPEN_ENDED, find_timexes, is_future, parse_published

if TYPE_CHECKING:
    from kg.extract.event_clauses import ArticleView, Sentence
    from kg.records import Mention

BACKGROUND_DAYS = 300
"""An event dated more than this many days before publication is background."""
BACKGROUND_MONTHS = 10
"""Likewise for an event dated only by its month (months before the publication month)."""
LEAD_SENTENCES = 2
"""The headline and this many body sentences are the article's lead."""
REPEATED = 3
"""An entity named this many times is one of the article's subjects."""


def is_background(iso: str | None, published: str | None) -> bool:
    """Whether an event dated ``iso`` is history recalled by the article, not its news.

    News reports what happened in the last months; a year, month or day a year or so
    before the publication date belongs to a background paragraph ("fined in 2017").

    >>> is_background("2017", "2022-09-22"), is_background("2022", "2022-09-22")
    (True, False)
    >>> is_background("2021-06", "2022-09-22"), is_background("2022-02", "2022-09-22")
    (True, False)
    >>> is_background("2021-09-01", "2022-09-22"), is_background(None, "2022-09-22")
    (True, False)
    """
    day = parse_published(published)
    if not iso or day is None:
        return False
    if len(iso) == 4:
        return iso.isdigit() and int(iso) < day.year
    if len(iso) == 7:
        year, month = int(iso[:4]), int(iso[5:7])
        return (day.year - year) * 12 + day.month - month >= BACKGROUND_MONTHS
    try:
        return (day - dt.date.fromisoformat(iso)).days > BACKGROUND_DAYS
    except ValueError:
        return False


def sentence_eras(view: ArticleView, sentences: list[Sentence], published: str | None) -> list[str]:
    """Per sentence: ``"background"``, ``"recent"`` or ``""`` (no time expression).

    A sentence is background when every time expression it has is background (read in the
    future after "will": "will announce it on May 20" is not last May); an undated sentence
    takes the era of the sentence before it in the same paragraph (history runs on: "In
    2019 it was fined. It later admitted ...").

    >>> from kg.extract.event_clauses import build_view, sentences_of
    >>> view = build_view("Zeta was fined in 2017. It later paid. On Monday it sued.", ())
    >>> sentence_eras(view, sentences_of(view), "2022-09-22")
    ['background', 'background', 'recent']
    """
    eras: list[str] = []
    for index, sent in enumerate(sentences):
        text = sent.text
        ahead = {t.start: t for t in find_timexes(text, published, future=True)}
        found = [
            ahead.get(t.start, t) if is_future(text[: t.start]) else t
            for t in find_timexes(text, published, future=False)
            if t.iso and t.text.split()[0].lower() not in OPEN_ENDED
        ]
        found = [t for t in found if t.iso]
        if found:
            old = all(is_background(t.iso, published) for t in found)
            eras.append("background" if old else "recent")
            continue
        same_paragraph = (
            index > 0 and view.paragraph[sentences[index - 1].start] == view.paragraph[sent.start]
        )
        eras.append(eras[-1] if same_paragraph and eras[-1] == "background" else "")
    return eras


def subject_names(view: ArticleView, sentences: list[Sentence]) -> frozenset[str]:
    """Folded names of the entities the article is about.

    Those its headline and lead name, and those it names at least :data:`REPEATED`
    times; places do not count (a dateline names a place, not a subject).
    """
    lead_end = sentences[min(LEAD_SENTENCES, len(sentences) - 1)].end
    counts: Counter[str] = Counter()
    subjects: set[str] = set()
    for start, _, mention in view.mention_spans:
        if mention.kind == "place":
            continue
        name = name_of(mention)
        counts[name] += 1
        if start < lead_end:
            subjects.add(name)
    subjects |= {name for name, count in counts.items() if count >= REPEATED}
    return frozenset(subjects)


def name_of(mention: Mention) -> str:
    """The folded name an entity mention is known by."""
    return (mention.canonical or mention.text).casefold()


__all__ = ["BACKGROUND_DAYS", "is_background", "name_of", "sentence_eras", "subject_names"]
