"""Coerce loosely typed metadata values (YAML, CSV) into the record's types.

Frontmatter written by hand or by other tools has dates as strings, numbers as
strings, URLs without a scheme. These helpers accept what is unambiguous and return
``None`` for the rest, so the caller can keep the raw value and say why it was not used.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache
from typing import Any
from urllib.parse import urlsplit

_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def coerce_date(value: Any) -> str | None:
    """An ISO date or date-time string, or ``None`` when the value is not a date.

    >>> coerce_date(dt.datetime(2020, 7, 6, 19, 41, tzinfo=dt.timezone.utc))
    '2020-07-06T19:41:00+00:00'
    >>> coerce_date("2019-10-25")
    '2019-10-25'
    >>> coerce_date("July 6, 2020")
    '2020-07-06'
    >>> coerce_date(False) is None
    True
    """
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if not isinstance(value, str) or not value.strip():
        return None
    text = value.strip()
    if _ISO_DATE.match(text):
        try:
            return dt.date.fromisoformat(text).isoformat()
        except ValueError:
            return None
    try:
        return dt.datetime.fromisoformat(text.replace("Z", "+00:00")).isoformat()
    except ValueError:
        pass
    return _parse_free_date(text)


def _parse_free_date(text: str) -> str | None:
    """Parse a written date ("July 6, 2020") with dateparser, without guessing the day."""
    if not re.search(r"\d", text) or len(text) > 64:
        return None
    import dateparser  # imported here: it is slow to import and rarely needed

    parsed = dateparser.parse(
        text,
        languages=["en"],
        settings={"STRICT_PARSING": True, "REQUIRE_PARTS": ["day", "month", "year"]},
    )
    if parsed is None:
        return None
    has_time = bool(re.search(r"\d{1,2}:\d{2}", text))
    return parsed.isoformat() if has_time else parsed.date().isoformat()


def coerce_url(value: Any) -> str | None:
    """An absolute http(s) URL, or ``None``; a bare ``example.com/x`` gains ``https://``.

    >>> coerce_url("example.com/story")
    'https://example.com/story'
    >>> coerce_url("javascript:alert(1)") is None
    True
    """
    if not isinstance(value, str):
        return None
    text = value.strip()
    if not text or any(ch.isspace() for ch in text):
        return None
    if "://" not in text and re.match(r"^[\w.-]+\.[a-z]{2,}(/|$)", text, re.IGNORECASE):
        text = "https://" + text
    parts = urlsplit(text)
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        return None
    return text


def coerce_text(value: Any) -> str | None:
    """A single-line-or-more string from a scalar; lists and mappings are not text."""
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, (str, int, float)):
        text = str(value).strip()
        return text or None
    return None


def coerce_int(value: Any) -> int | None:
    """A non-negative integer from an int or a digit string (image sizes)."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value if value >= 0 else None
    if isinstance(value, str) and value.strip().isdigit():
        return int(value.strip())
    return None


def coerce_domain(value: Any) -> str | None:
    """A lower-case host name from a domain or URL (``www.`` kept; see ``registrable``)."""
    text = coerce_text(value)
    if not text:
        return None
    host = urlsplit(text if "://" in text else f"//{text}").hostname
    return host.lower() if host and "." in host else None


@lru_cache(maxsize=16384)
def registrable_domain(host: str) -> str:
    """The registrable domain of a host, from the public suffix list bundled offline.

    Remembered: an article asks about its outlet's and its related articles' hosts, which
    recur across a corpus, and each lookup walks the suffix list (about 0.1 ms).

    >>> registrable_domain("news.local.example.com")
    'example.com'
    >>> registrable_domain("news.bbc.co.uk")
    'bbc.co.uk'
    """
    extracted = _extractor()(host)
    return extracted.top_domain_under_public_suffix or host


def _extractor() -> Any:
    global _EXTRACTOR
    if _EXTRACTOR is None:
        import tldextract

        # An empty URL list means: use the snapshot shipped in the package, never fetch.
        _EXTRACTOR = tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None)
    return _EXTRACTOR


_EXTRACTOR: Any = None


def json_safe(value: Any) -> Any:
    """A copy of a YAML value made of JSON types only (dates become ISO strings).

    Records are cached in the store as JSON; converting at read time means a record
    maps to the same triples before and after that round trip.

    >>> json_safe({"when": dt.date(2020, 7, 6), 1: (True, None)})
    {'when': '2020-07-06', '1': [True, None]}
    """
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    if isinstance(value, dict):
        return {str(k): json_safe(v) for k, v in value.items()}
    if isinstance(value, (list, tuple, set)):
        return [json_safe(v) for v in value]
    if value is None or isinstance(value, (bool, int, str)):
        return value
    if isinstance(value, float):
        return value if value == value and abs(value) != float("inf") else str(value)
    return str(value)
