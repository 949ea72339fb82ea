"""Turn a file's bytes into text, or reject it with a reason a user understands.

News archives hold files in many encodings; UTF-8 is tried first (with or without a
byte-order mark), then Windows-1252, which also covers Latin-1 and is what most
mis-labelled Western European pages really are. Binary files are rejected rather
than decoded into noise.
"""

from __future__ import annotations

from dataclasses import dataclass

from kg.errors import RejectedInput

DEFAULT_MAX_BYTES = 10 * 1024 * 1024
"""Largest file read by default (10 MiB): far above any real article."""

MAX_ANALYSED_CHARS = 300_000
"""Characters of a text that are analysed (page noise, entities, events); the rest of a
longer text is kept verbatim but not analysed, so a huge file costs bounded time."""

_BINARY_SIGNATURES = (
    b"%PDF",
    b"\x89PNG",
    b"\xff\xd8\xff",
    b"GIF8",
    b"PK\x03\x04",
    b"\x1f\x8b",
    b"\x7fELF",
)


@dataclass(frozen=True)
class DecodedText:
    """Text decoded from bytes, with the encoding used and what was fixed on the way."""

    text: str
    encoding: str
    notes: tuple[str, ...] = ()


def decode_bytes(data: bytes, *, path: str = "<bytes>") -> DecodedText:
    """Decode article bytes to text with normalised line ends.

    >>> decode_bytes(b"\\xef\\xbb\\xbfTitle\\r\\nBody").text
    'Title\\nBody'
    >>> decode_bytes("Caf\\u00e9".encode("cp1252")).notes
    ('not valid UTF-8; decoded as Windows-1252',)
    """
    if not data.strip():
        raise RejectedInput(path, "the file is empty")
    if data.startswith(_BINARY_SIGNATURES) or _looks_binary(data):
        raise RejectedInput(path, "binary file, not text")
    notes: list[str] = []
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
        notes.append("UTF-8 byte-order mark removed")
    try:
        text = data.decode("utf-8")
        encoding = "utf-8"
    except UnicodeDecodeError:
        text = data.decode("cp1252", errors="replace")
        encoding = "cp1252"
        notes.append("not valid UTF-8; decoded as Windows-1252")
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not any(ch.isalnum() for ch in text):
        raise RejectedInput(path, "the file has no text (no letters or digits)")
    return DecodedText(text=text, encoding=encoding, notes=tuple(notes))


def _looks_binary(data: bytes) -> bool:
    """Whether a sample of the bytes is mostly not text (NULs or control bytes)."""
    sample = data[:8192]
    if b"\x00" in sample:
        return True
    controls = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13))
    return controls > len(sample) * 0.05
