"""Read Markdown (or any text) articles that open with YAML frontmatter.

The frontmatter is parsed with python-frontmatter and PyYAML's safe loader, so no
``!!python/...`` tag is ever constructed, and alias-heavy documents ("billion laughs")
are refused before they are expanded. Known fields become record fields; every other
field is kept in ``Article.extra`` so the graph never silently loses metadata.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

import frontmatter
import yaml
from frontmatter.default_handlers import YAMLHandler

from kg.errors import RejectedInput
from kg.read.values import (
    coerce_date,
    coerce_domain,
    coerce_int,
    coerce_text,
    coerce_url,
    json_safe,
)
from kg.records import Article, Image, Provider, RelatedArticle, SourceInfo

MAX_YAML_ALIASES = 64
"""More aliases than any honest frontmatter needs; more suggests an expansion bomb."""

MAX_YAML_DEPTH = 32
"""Deepest nesting of lists and mappings read: real frontmatter goes three or four deep."""

MAX_YAML_VALUES = 100_000
"""Most values a frontmatter may expand to: a few aliases nested in layers multiply."""

_OPENING = re.compile(r"\A\s*---[ \t]*\n")

TITLE_KEYS = ("title", "headline", "name")
EXCERPT_KEYS = ("excerpt", "description", "summary", "subtitle")
DATE_KEYS = ("publishedDateTime", "datePublished", "date", "publishedAt", "pubDate", "published")
URL_KEYS = ("webUrl", "url", "link", "canonical_url", "canonicalUrl", "permalink")
AUTHOR_KEYS = ("authors", "author", "byline", "creator")
TOPIC_KEYS = ("topics", "tags", "keywords", "categories")
IMAGE_KEYS = ("images", "image")
PROVIDER_KEYS = ("provider", "publisher", "source", "site_name", "siteName")
RELATED_KEYS = ("related",)
TYPE_KEYS = ("type",)
CATEGORY_KEYS = ("category", "section")


def looks_like_frontmatter(text: str) -> bool:
    """Whether a text opens with a ``---`` line: detection by content, not file name.

    >>> looks_like_frontmatter("---\\ntitle: x\\n---\\nbody")
    True
    >>> looks_like_frontmatter("Headline\\n\\n--- not frontmatter")
    False
    """
    return bool(_OPENING.match(text))


# libyaml's parser when PyYAML was built with it (about ten times faster on long
# ``related:`` lists); the safe constructor either way, so no tag ever builds an object.
_BASE_LOADER: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _SafeLoader(_BASE_LOADER):
    """PyYAML's safe loader, except that a timestamp that is no real date stays text.

    ``date: 2020-02-30`` is then one value the reader notes and leaves out, instead of a
    ``ValueError`` that would lose the whole article.
    """

    def construct_lenient_timestamp(self, node: yaml.ScalarNode) -> Any:
        """The date or date-time of a timestamp node, or its text when it is not one."""
        try:
            return self.construct_yaml_timestamp(node)
        except (ValueError, OverflowError):
            return self.construct_scalar(node)


_SafeLoader.add_constructor("tag:yaml.org,2002:timestamp", _SafeLoader.construct_lenient_timestamp)


class _GuardedYAMLHandler(YAMLHandler):
    """python-frontmatter's YAML handler with the safe loader and an alias limit."""

    def load(self, fm: str, **kwargs: object) -> Any:
        _check_events(fm)
        data = yaml.load(fm, Loader=_SafeLoader)
        if data is not None and not isinstance(data, Mapping):
            raise _NotAMapping(type(data).__name__)
        size = expanded_size(data)
        if size > MAX_YAML_VALUES:
            raise yaml.YAMLError(
                f"its aliases expand to {size:,} values (more than {MAX_YAML_VALUES:,})"
            )
        return data


def _check_events(fm: str) -> None:
    """Refuse alias-heavy or deeply nested YAML from its event stream, before loading it.

    The stream is read lazily and abandoned at the first excess: PyYAML's scanner slows
    down with every level of nesting, so a few thousand brackets would take seconds.
    """
    aliases = depth = 0
    too_deep = f"nested more than {MAX_YAML_DEPTH} levels deep"
    try:
        for event in yaml.parse(fm, Loader=_BASE_LOADER):
            if isinstance(event, yaml.AliasEvent):
                aliases += 1
                if aliases > MAX_YAML_ALIASES:
                    raise yaml.YAMLError(f"more than {MAX_YAML_ALIASES} YAML aliases")
            elif isinstance(event, yaml.CollectionStartEvent):
                depth += 1
                if depth > MAX_YAML_DEPTH:
                    raise yaml.YAMLError(too_deep)
            elif isinstance(event, yaml.CollectionEndEvent):
                depth -= 1
    except yaml.YAMLError as error:
        # PyYAML 6.0.4 and later stop deep flow nesting in the scanner, ahead of the
        # events read here: one reason whichever PyYAML refuses it.
        if "nesting depth" in str(error):
            raise yaml.YAMLError(too_deep) from error
        raise


def expanded_size(value: Any) -> int:
    """How many values ``value`` holds once every alias is written out, counted cheaply.

    PyYAML shares an aliased node, so a few aliases nested in layers load fast, yet
    every later copy (JSON, RDF) would write out each layer again: 8 layers of 7 aliases
    are 5.7 million strings. Sizes are memoised per object, so the count itself is fast.

    >>> shared = ["lol"] * 7
    >>> expanded_size({"a": [shared, shared]})
    19
    """
    sizes: dict[int, int] = {}
    active: set[int] = set()

    def size(item: Any) -> int:
        if not isinstance(item, (list, dict)):
            return 1
        key = id(item)
        if key in sizes:
            return sizes[key]
        if key in active:
            raise yaml.YAMLError("an alias refers to the value that contains it")
        active.add(key)
        children = list(item.keys()) + list(item.values()) if isinstance(item, dict) else item
        total = 1 + sum(size(child) for child in children)
        active.discard(key)
        sizes[key] = total
        return total

    return size(value)


class _NotAMapping(ValueError):
    """The frontmatter parsed, but to a list or a scalar rather than ``field: value`` pairs."""


def parse_frontmatter(
    text: str, *, source: SourceInfo, fallback_title: str | None = None
) -> Article:
    """Parse a frontmatter article into an :class:`Article`, or raise ``RejectedInput``.

    ``fallback_title`` (from a manifest) is used only when the file names no title.
    """
    try:
        post = frontmatter.loads(text, handler=_GuardedYAMLHandler())
    except yaml.constructor.ConstructorError as error:
        tag = re.search(r"constructor for the tag '([^']*)'", str(error.problem))
        if tag is None:
            reason = " ".join(str(error).split())
            raise RejectedInput(source.path, f"frontmatter cannot be read: {reason}") from error
        raise RejectedInput(
            source.path,
            f"frontmatter is refused: the YAML tag '{tag.group(1)}' is not allowed "
            "(tags are never constructed)",
        ) from error
    except yaml.YAMLError as error:
        reason = " ".join(str(error).split())
        raise RejectedInput(source.path, f"frontmatter is not valid YAML: {reason}") from error
    except _NotAMapping as error:
        raise RejectedInput(
            source.path, f"frontmatter is a YAML {error}, not a mapping of field: value"
        ) from error
    except (ValueError, TypeError, RecursionError) as error:
        raise RejectedInput(source.path, f"frontmatter cannot be read: {error}") from error
    metadata = post.metadata
    if not isinstance(metadata, Mapping):
        raise RejectedInput(source.path, "frontmatter is not a mapping of field: value")
    if not metadata and len(YAMLHandler.FM_BOUNDARY.findall(text)) < 2:
        raise RejectedInput(source.path, "frontmatter opens with '---' but is never closed")
    body = post.content.strip()
    return build_article(dict(metadata), body, source=source, fallback_title=fallback_title)


def build_article(
    metadata: dict[str, Any], body: str, *, source: SourceInfo, fallback_title: str | None = None
) -> Article:
    """Map frontmatter fields onto an :class:`Article`; unknown fields go to ``extra``."""
    used: set[str] = set()
    notes = list(source.notes)

    def take(keys: tuple[str, ...]) -> tuple[str | None, Any]:
        for key in keys:
            if key in metadata and metadata[key] not in (None, "", [], {}):
                return key, metadata[key]
        return None, None

    title_key, title_value = take(TITLE_KEYS)
    headline = coerce_text(title_value)
    if title_key and headline is None:
        raise RejectedInput(
            source.path, f"frontmatter '{title_key}' is a {type(title_value).__name__}, not text"
        )
    if title_key:
        used.add(title_key)
    if headline is None:
        headline = _first_heading(body) or fallback_title
    if headline is None:
        raise RejectedInput(source.path, "frontmatter has no title and the body no heading")

    published = None
    for key in DATE_KEYS:
        if key in metadata:
            published = coerce_date(metadata[key])
            if published:
                used.add(key)
                break
            if not isinstance(metadata[key], bool):
                notes.append(f"'{key}' is not a date: {metadata[key]!r:.60}")

    url = None
    for key in URL_KEYS:
        if key in metadata:
            url = coerce_url(metadata[key])
            if url:
                used.add(key)
                break
            notes.append(f"'{key}' is not an http(s) URL: {metadata[key]!r:.60}")

    excerpt_key, excerpt_value = take(EXCERPT_KEYS)
    excerpt = coerce_text(excerpt_value)
    if excerpt is not None and excerpt_key:
        used.add(excerpt_key)

    provider_key, provider_value = take(PROVIDER_KEYS)
    provider = read_provider(provider_value)
    if provider is not None and provider_key:
        used.add(provider_key)

    authors_key, authors_value = take(AUTHOR_KEYS)
    authors = _names(authors_value)
    if authors and authors_key:
        used.add(authors_key)

    topics_key, topics_value = take(TOPIC_KEYS)
    topics = _names(topics_value)
    if topics and topics_key:
        used.add(topics_key)

    images_key, images_value = take(IMAGE_KEYS)
    images = read_images(images_value)
    if images and images_key:
        used.add(images_key)

    related_key, related_value = take(RELATED_KEYS)
    related = read_related(related_value)
    if related_key and isinstance(related_value, list):
        used.add(related_key)

    type_key, type_value = take(TYPE_KEYS)
    article_type = coerce_text(type_value)
    if article_type and type_key:
        used.add(type_key)
    category_key, category_value = take(CATEGORY_KEYS)
    category = coerce_text(category_value)
    if category and category_key:
        used.add(category_key)

    extra = tuple(sorted((str(k), json_safe(v)) for k, v in metadata.items() if k not in used))
    return Article(
        source=SourceInfo(
            path=source.path,
            sha256=source.sha256,
            media_type=source.media_type,
            parser=source.parser,
            encoding=source.encoding,
            notes=tuple(notes),
        ),
        headline=headline,
        body=body,
        excerpt=excerpt,
        url=url,
        published=published,
        provider=provider,
        authors=authors,
        topics=topics,
        images=images,
        related=related,
        article_type=article_type,
        category=category,
        extra=extra,
    )


def read_provider(value: Any) -> Provider | None:
    """A provider from ``{name, domain}``, a bare name, or a URL."""
    if isinstance(value, Mapping):
        name = coerce_text(value.get("name"))
        domain = coerce_domain(value.get("domain") or value.get("url"))
        return Provider(name=name, domain=domain) if name or domain else None
    text = coerce_text(value)
    if text is None:
        return None
    domain = coerce_domain(text) if "." in text and " " not in text else None
    return Provider(name=None if domain else text, domain=domain)


def read_images(value: Any) -> tuple[Image, ...]:
    """Images from a list of ``{url, width, height, title}`` mappings or URL strings."""
    items = value if isinstance(value, list) else [value] if value else []
    images = []
    for item in items:
        if isinstance(item, Mapping):
            url = coerce_url(item.get("url") or item.get("src"))
            if url is None:
                continue
            known = {"url", "src", "width", "height", "title", "caption"}
            images.append(
                Image(
                    url=url,
                    width=coerce_int(item.get("width")),
                    height=coerce_int(item.get("height")),
                    title=coerce_text(item.get("title") or item.get("caption")),
                    extra=tuple(
                        sorted((str(k), json_safe(v)) for k, v in item.items() if k not in known)
                    ),
                )
            )
        elif (url := coerce_url(item)) is not None:
            images.append(Image(url=url))
    return tuple(images)


def read_related(value: Any) -> tuple[RelatedArticle, ...]:
    """Entries of a ``related:`` list, each a short description of another article."""
    if not isinstance(value, list):
        return ()
    entries = []
    known = set(TITLE_KEYS + EXCERPT_KEYS + DATE_KEYS + URL_KEYS + PROVIDER_KEYS + IMAGE_KEYS)
    known |= set(TYPE_KEYS)
    for item in value:
        if not isinstance(item, Mapping):
            continue
        url = next((u for k in URL_KEYS if (u := coerce_url(item.get(k)))), None)
        title = next((t for k in TITLE_KEYS if (t := coerce_text(item.get(k)))), None)
        if url is None and title is None:
            continue
        published = next((d for k in DATE_KEYS if (d := coerce_date(item.get(k)))), None)
        provider = next(
            (p for k in PROVIDER_KEYS if (p := read_provider(item.get(k))) is not None), None
        )
        images = next((i for k in IMAGE_KEYS if (i := read_images(item.get(k)))), ())
        entries.append(
            RelatedArticle(
                title=title,
                url=url,
                excerpt=next((e for k in EXCERPT_KEYS if (e := coerce_text(item.get(k)))), None),
                published=published,
                provider=provider,
                images=images,
                article_type=coerce_text(item.get("type")),
                extra=tuple(
                    sorted((str(k), json_safe(v)) for k, v in item.items() if k not in known)
                ),
            )
        )
    return tuple(entries)


def _names(value: Any) -> tuple[str, ...]:
    """Names from a string, a list of strings, or a list of ``{name: ...}`` mappings."""
    items = value if isinstance(value, list) else [value] if value is not None else []
    names: list[str] = []
    for item in items:
        name = coerce_text(item.get("name")) if isinstance(item, Mapping) else coerce_text(item)
        if name and name not in names:
            names.append(name)
    return tuple(names)


def _first_heading(body: str) -> str | None:
    match = re.search(r"^#{1,6}\s+(.+?)\s*#*\s*$", body, re.MULTILINE)
    return match.group(1) if match else None
