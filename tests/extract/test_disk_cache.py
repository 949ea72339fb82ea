"""The disk cache of built tables: read back when code and data are unchanged, never fatal."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.extract import disk_cache
from kg.extract.disk_cache import cached_table, source_digest


def test_a_table_is_built_once_and_read_back(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(disk_cache.CACHE_ENV, str(tmp_path / "cache"))
    data = tmp_path / "data"
    data.mkdir()
    (data / "a.txt").write_text("one")
    builds: list[int] = []

    def build() -> dict[str, int]:
        builds.append(1)
        return {"b": 2, "a": 1}

    assert cached_table("t", [data], build) == {"b": 2, "a": 1}
    read = cached_table("t", [data], build)
    assert read == {"b": 2, "a": 1} and list(read) == ["b", "a"] and len(builds) == 1
    (data / "a.txt").write_text("changed")  # another data file: built again, the old file goes
    assert cached_table("t", [data], build) == {"b": 2, "a": 1} and len(builds) == 2
    assert len(list((tmp_path / "cache").glob("t-*.pickle"))) == 1


def test_a_corrupt_or_unwritable_cache_only_means_building(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "cache"
    monkeypatch.setenv(disk_cache.CACHE_ENV, str(folder))
    cached_table("t", [], lambda: [1])
    (cached,) = folder.glob("t-*.pickle")
    cached.write_bytes(b"not a pickle")
    assert cached_table("t", [], lambda: [2]) == [2]
    blocked = tmp_path / "file"
    blocked.write_text("a file where the folder should be")
    monkeypatch.setenv(disk_cache.CACHE_ENV, str(blocked / "cache"))
    assert cached_table("t", [], lambda: [3]) == [3]
    monkeypatch.setenv(disk_cache.CACHE_ENV, "")  # turned off
    assert disk_cache.cache_dir() is None
    assert cached_table("t", [], lambda: [4]) == [4]


def test_the_digest_follows_the_data_files(tmp_path: Path) -> None:
    (tmp_path / "x").write_text("1")
    before = source_digest("t", [tmp_path])
    (tmp_path / "y").write_text("2")
    assert source_digest("t", [tmp_path]) != before
    assert source_digest("u", [tmp_path]) != source_digest("t", [tmp_path])
