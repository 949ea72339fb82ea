"""Plain records that flow through the pipeline: read -> extract -> resolve -> map.

Parsers return these dataclasses and mappers turn them into triples; neither touches
files, the store or the network, so both are easy to test and to run in parallel.
Dates are kept as ISO strings (``2020-07-06`` or ``2020-07-06T19:41:00+00:00``) so that
records pickle and compare trivially and the mapper decides the XSD datatype.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Provider:
    """The outlet that published an article (becomes a ``schema:Organization``)."""

    name: str | None = None
    domain: str | None = None


@dataclass(frozen=True)
class Image:
    """An image attached to an article (``schema:ImageObject``)."""

    url: str
    width: int | None = None
    height: int | None = None
    title: str | None = None
    extra: tuple[tuple[str, Any], ...] = ()


@dataclass(frozen=True)
class RelatedArticle:
    """An entry of a frontmatter ``related:`` list: another article, described briefly."""

    title: str | None = None
    url: str | None = None
    excerpt: str | None = None
    published: str | None = None
    provider: Provider | None = None
    images: tuple[Image, ...] = ()
    article_type: str | None = None
    extra: tuple[tuple[str, Any], ...] = ()


@dataclass(frozen=True)
class SourceInfo:
    """Where an article record came from: the file, its bytes and how it was decoded."""

    path: str
    sha256: str
    media_type: str
    parser: str
    encoding: str = "utf-8"
    notes: tuple[str, ...] = ()


@dataclass(frozen=True)
class Article:
    """One news article as read from one file.

    ``body`` is the article text without site boilerplate; the lines that were removed
    are kept in ``boilerplate`` so the separation can be evaluated. ``extra`` holds
    metadata fields the project has no property for: they are kept in the graph as
    ``schema:additionalProperty`` values rather than dropped.
    """

    source: SourceInfo
    headline: str
    body: str = ""
    excerpt: str | None = None
    url: str | None = None
    published: str | None = None
    provider: Provider | None = None
    authors: tuple[str, ...] = ()
    contributors: tuple[str, ...] = ()
    topics: tuple[str, ...] = ()
    images: tuple[Image, ...] = ()
    related: tuple[RelatedArticle, ...] = ()
    article_type: str | None = None
    category: str | None = None
    extra: tuple[tuple[str, Any], ...] = ()
    boilerplate: tuple[str, ...] = ()

    @property
    def text(self) -> str:
        """The text to extract from: headline, a blank line, then the body.

        A frontmatter file with no body (only metadata) falls back to its excerpt, the
        only prose it has.
        """
        prose = self.body or self.excerpt or ""
        return f"{self.headline}\n\n{prose}" if prose else self.headline


@dataclass(frozen=True)
class Mention:
    """A name in an article's text that refers to an organisation, person or place.

    Offsets index ``Article.text`` (headline, blank line, body). ``text`` is the name
    as written, without possessive or honorific; ``canonical`` is the fullest form the
    same article gives for it (the expansion of an acronym, the full name behind a
    bare surname), or ``None`` when ``text`` is already the fullest.
    """

    kind: str
    text: str
    start: int
    end: int
    sentence: str
    canonical: str | None = None
    geonames_id: int | None = None


@dataclass(frozen=True)
class EventMention:
    """One article's report of an event: what happened, who did it to whom, where, when.

    ``type`` is one of the contract's event types (``Withdrawal``, ``Arrest``, ...).
    ``agent``, ``object`` and ``place`` are entity mentions of the same article where
    the text names an entity; otherwise ``agent_text``/``object_text`` describe them
    ("police", "its facial recognition services"). ``date`` is ISO (``2020-07-06``,
    ``2020-07`` or ``2020``) resolved against the publication date, with ``date_text``
    the words it came from. ``evidence`` is the sentence, at ``start``-``end`` of
    ``Article.text``.
    """

    type: str
    trigger: str
    evidence: str
    start: int
    end: int
    agent: Mention | None = None
    agent_text: str | None = None
    object: Mention | None = None
    object_text: str | None = None
    place: Mention | None = None
    date: str | None = None
    date_text: str | None = None


@dataclass(frozen=True)
class ArticleRecord:
    """An article with what the pipeline learnt about it, as cached in the store.

    ``build_key`` identifies the inputs (file bytes, manifest row, parser version) so a
    later build can skip an unchanged file; ``ingested_at`` is when it was read, kept so
    that re-mapping an unchanged record yields exactly the same triples.
    """

    article: Article
    build_key: str
    ingested_at: str
    mentions: tuple[Mention, ...] = ()
    events: tuple[EventMention, ...] = ()


def record_to_json(record: ArticleRecord) -> dict[str, Any]:
    """A JSON-ready dict of a record, the form cached in the store.

    >>> source = SourceInfo("a.txt", "00", "text/plain", "p")
    >>> record = ArticleRecord(Article(source, "Title", topics=("AI",)), "k", "2020-01-01T00:00:00")
    >>> record_from_json(record_to_json(record)) == record
    True
    """
    return _plain(record)


def _plain(value: Any) -> Any:
    """``dataclasses.asdict`` without its deep copies (records are immutable), 5x faster.

    Most values of a record are strings and numbers, answered by one look-up of their
    type; a record has thousands of them (a mention's offsets, a sentence's words).
    """
    if type(value) in _SCALARS:
        return value
    if hasattr(value, "__dataclass_fields__"):
        return {name: _plain(getattr(value, name)) for name in value.__dataclass_fields__}
    if isinstance(value, tuple | list):
        return [_plain(item) for item in value]
    if isinstance(value, dict):
        return {key: _plain(item) for key, item in value.items()}
    return value


_SCALARS = frozenset({str, int, float, bool, type(None)})
"""Types that :func:`_plain` returns as they are (exactly these, not subclasses)."""


def record_from_json(data: dict[str, Any]) -> ArticleRecord:
    """Rebuild a record from :func:`record_to_json` output."""
    a = dict(data["article"])
    a["source"] = SourceInfo(**{**a["source"], "notes": tuple(a["source"]["notes"])})
    a["provider"] = Provider(**a["provider"]) if a.get("provider") else None
    a["images"] = tuple(_image(i) for i in a.get("images", ()))
    a["related"] = tuple(
        RelatedArticle(
            **{
                **r,
                "provider": Provider(**r["provider"]) if r.get("provider") else None,
                "images": tuple(_image(i) for i in r.get("images", ())),
                "extra": _pairs(r.get("extra", ())),
            }
        )
        for r in a.get("related", ())
    )
    for key in ("authors", "contributors", "topics", "boilerplate"):
        a[key] = tuple(a.get(key, ()))
    a["extra"] = _pairs(a.get("extra", ()))
    return ArticleRecord(
        article=Article(**a),
        build_key=data["build_key"],
        ingested_at=data["ingested_at"],
        mentions=tuple(Mention(**m) for m in data.get("mentions", ())),
        events=tuple(_event(e) for e in data.get("events", ())),
    )


def _event(data: dict[str, Any]) -> EventMention:
    fields = dict(data)
    for role in ("agent", "object", "place"):
        if fields.get(role) is not None:
            fields[role] = Mention(**fields[role])
    return EventMention(**fields)


def _image(data: dict[str, Any]) -> Image:
    return Image(**{**data, "extra": _pairs(data.get("extra", ()))})


def _pairs(items: Any) -> tuple[tuple[str, Any], ...]:
    return tuple((key, value) for key, value in items)
