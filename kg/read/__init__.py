"""Read article files into :class:`kg.records.Article` records.

One module per input format, and one registry (``READERS``) that detects the format
from the content, never from the file name: a ``.txt`` file that opens with YAML
frontmatter is read as frontmatter. :func:`parse_article` is pure (bytes in, record
out); :func:`read_article` is the thin wrapper that touches the file system.
"""

from __future__ import annotations

import dataclasses
import hashlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from kg.errors import RejectedInput
from kg.read.decode import DEFAULT_MAX_BYTES, decode_bytes
from kg.read.frontmatter_reader import looks_like_frontmatter, parse_frontmatter
from kg.read.manifest import ManifestEntry
from kg.read.plaintext import parse_plaintext
from kg.read.values import coerce_date, coerce_url, registrable_domain
from kg.records import Article, Provider, SourceInfo

PARSER_VERSION = "newskg-read/2"
"""Bumped whenever a parser's output changes, so that unchanged files are re-read."""


@dataclass(frozen=True)
class Reader:
    """An input format: how to recognise it and how to parse it."""

    name: str
    media_type: str
    detect: Callable[[str], bool]
    parse: Callable[..., Article]


READERS: dict[str, Reader] = {
    "frontmatter": Reader(
        "frontmatter", "text/markdown", looks_like_frontmatter, parse_frontmatter
    ),
    "plaintext": Reader("plaintext", "text/plain", lambda text: True, parse_plaintext),
}
"""Input formats, tried in order; the last one accepts any text."""


def detect_format(text: str) -> Reader:
    """The reader for a text, by its content.

    >>> detect_format("---\\ntitle: A\\n---\\n").name
    'frontmatter'
    >>> detect_format("A headline\\n\\nA body.").name
    'plaintext'
    """
    return next(reader for reader in READERS.values() if reader.detect(text))


def parse_article(
    data: bytes, *, path: str, manifest_entry: ManifestEntry | None = None
) -> Article:
    """Parse one file's bytes into an article, filling gaps from its manifest row."""
    decoded = decode_bytes(data, path=path)
    reader = detect_format(decoded.text)
    source = SourceInfo(
        path=path,
        sha256=hashlib.sha256(data).hexdigest(),
        media_type=reader.media_type,
        parser=f"{PARSER_VERSION}/{reader.name}",
        encoding=decoded.encoding,
        notes=decoded.notes,
    )
    if reader.name == "frontmatter":
        fallback = manifest_entry.title if manifest_entry else None
        article = reader.parse(decoded.text, source=source, fallback_title=fallback)
    else:
        article = reader.parse(decoded.text, source=source)
    if manifest_entry is not None:
        article = apply_manifest(article, manifest_entry)
    return complete_provider(article)


def read_article(
    path: Path,
    *,
    manifest_entry: ManifestEntry | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> Article:
    """Read and parse one file; every failure is a ``RejectedInput`` naming the file."""
    data = read_file_bytes(path, max_bytes=max_bytes)
    return parse_article(data, path=str(path), manifest_entry=manifest_entry)


def read_file_bytes(path: Path, *, max_bytes: int = DEFAULT_MAX_BYTES) -> bytes:
    """A file's bytes, refusing files over ``max_bytes`` before reading them."""
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise RejectedInput(
                path, f"file is {size:,} bytes, over the {max_bytes:,}-byte limit (--max-bytes)"
            )
        return path.read_bytes()
    except PermissionError as error:
        raise RejectedInput(path, "permission denied: the file cannot be read") from error
    except OSError as error:
        raise RejectedInput(path, f"cannot be read: {error.strerror or error}") from error


def apply_manifest(article: Article, entry: ManifestEntry) -> Article:
    """Fill what the file does not say from its manifest row; the file always wins."""
    changes: dict[str, Any] = {}
    if not article.url and (url := coerce_url(entry.url)):
        changes["url"] = url
    if not article.published and (published := coerce_date(entry.published)):
        changes["published"] = published
    provider = article.provider or Provider()
    name = provider.name or entry.provider_name
    domain = provider.domain or entry.provider_domain
    if (name, domain) != (provider.name, provider.domain):
        changes["provider"] = Provider(name=name, domain=domain)
    return dataclasses.replace(article, **changes) if changes else article


def complete_provider(article: Article) -> Article:
    """Give the provider its registrable domain, taken from the URL when not stated."""
    provider = article.provider or Provider()
    domain = provider.domain
    if domain is None and article.url:
        from urllib.parse import urlsplit

        domain = urlsplit(article.url).hostname
    if domain:
        domain = registrable_domain(domain.lower())
    if provider.name is None and domain is None:
        return article if article.provider is None else dataclasses.replace(article, provider=None)
    completed = Provider(name=provider.name, domain=domain)
    return (
        article
        if completed == article.provider
        else dataclasses.replace(article, provider=completed)
    )
