from __future__ import annotations

import pytest

from kg.errors import RejectedInput
from kg.read import parse_article
from kg.read.decode import decode_bytes


def test_bom_and_crlf_are_normalised() -> None:
    decoded = decode_bytes(b"\xef\xbb\xbfHeadline\r\n\r\nBody line.\r\n")
    assert decoded.text == "Headline\n\nBody line.\n"
    assert decoded.notes == ("UTF-8 byte-order mark removed",)


def test_windows_1252_is_decoded_and_said() -> None:
    article = parse_article("Café “quoted”\n\nBody.".encode("cp1252"), path="x.txt")
    assert article.headline == "Café “quoted”"
    assert article.source.encoding == "cp1252"
    assert "Windows-1252" in article.source.notes[0]


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "empty"),
        (b"   \n\t\n", "empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00", "binary"),
        (bytes(range(256)) * 4, "binary"),
        (b"... --- !!! ???", "no text"),
    ],
)
def test_unreadable_bytes_are_rejected(data: bytes, reason: str) -> None:
    with pytest.raises(RejectedInput, match=reason):
        parse_article(data, path="bad.bin")
