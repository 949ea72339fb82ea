from __future__ import annotations

from pathlib import Path

import pytest

from kg.errors import ManifestError
from kg.read import parse_article
from kg.read.manifest import read_manifest


def test_manifest_fills_only_what_the_file_lacks(tmp_path: Path) -> None:
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "a.txt").write_text("Headline\n\nBody text here.", encoding="utf-8")
    manifest = tmp_path / "manifest.csv"
    manifest.write_text(
        "path,url,published,provider_name,provider_domain,title\n"
        "docs/a.txt,https://www.example.org/a,2019-07-29,Example News,www.example.org,Other\n",
        encoding="utf-8",
    )
    entries = read_manifest(manifest)
    entry = entries[(tmp_path / "docs" / "a.txt").resolve()]
    article = parse_article(b"Headline\n\nBody text here.", path="a.txt", manifest_entry=entry)
    assert article.url == "https://www.example.org/a"
    assert article.published == "2019-07-29"
    assert (article.provider.name, article.provider.domain) == ("Example News", "example.org")
    assert article.headline == "Headline"  # the file's own title wins


def test_manifest_without_path_column_is_a_usage_error(tmp_path: Path) -> None:
    manifest = tmp_path / "m.csv"
    manifest.write_text("url\nhttps://x.org\n", encoding="utf-8")
    with pytest.raises(ManifestError, match="no 'path' column"):
        read_manifest(manifest)
