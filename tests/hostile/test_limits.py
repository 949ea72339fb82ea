"""Limits: one pathological file cannot exhaust memory or time.

``--max-entities`` keeps an article's first N distinct entities and says so in one
line naming the file; long texts are analysed in their first part only. The size
limit (``--max-bytes``) is tested with the bad-input corpus.
"""

from __future__ import annotations

import random
import string
import time
from pathlib import Path

from kg.extract import DEFAULT_MAX_ENTITIES, extract_entities, extract_mentions
from kg.extract.limits import entity_key
from kg.read.decode import MAX_ANALYSED_CHARS
from kg.records import Article, SourceInfo

ROOT = Path(__file__).resolve().parents[2]
SOURCE = SourceInfo("names.txt", "0" * 64, "text/plain", "test")


def name_list(count: int, *, seed: int = 8) -> str:
    """``count`` distinct capitalised made-up names, two to a person, in short sentences."""
    rng = random.Random(seed)
    names: set[str] = set()
    while len(names) < count:
        names.add(rng.choice(string.ascii_uppercase) + "".join(rng.choices("aeioulnrstk", k=6)))
    ordered = sorted(names)
    rng.shuffle(ordered)
    pairs = [f"{a} {b}" for a, b in zip(ordered[::2], ordered[1::2], strict=False)]
    return " ".join(
        f"{a} met {b} in the hall." for a, b in zip(pairs[::2], pairs[1::2], strict=False)
    )


def distinct_entities(mentions) -> int:
    return len({entity_key(m) for m in mentions})


def test_a_normal_article_is_not_cut(plain_seed: Path) -> None:
    from kg.read import read_article

    article = read_article(plain_seed)
    found = extract_entities(article)
    assert found.notes == ()
    assert found.mentions == extract_mentions(article, max_entities=10**9)
    assert 0 < distinct_entities(found.mentions) < DEFAULT_MAX_ENTITIES


def test_the_first_entities_are_kept_with_every_mention() -> None:
    body = name_list(400) + " Kelso Varnith met Dorla Pinster in the hall. Kelso Varnith left."
    article = Article(SOURCE, "Names", body=body)
    found = extract_entities(article, max_entities=25)
    assert distinct_entities(found.mentions) == 25
    assert found.notes == ("too many names: only the first 25 entities kept (--max-entities)",)
    full = extract_mentions(article, max_entities=10**9)
    first = list(dict.fromkeys(entity_key(m) for m in full))[:25]
    assert [m for m in full if entity_key(m) in first] == list(found.mentions)


def test_50000_distinct_names_take_seconds_not_minutes() -> None:
    body = name_list(50_000)
    article = Article(SOURCE, "A directory dump", body=body)
    started = time.monotonic()
    found = extract_entities(article)
    elapsed = time.monotonic() - started
    assert distinct_entities(found.mentions) == DEFAULT_MAX_ENTITIES
    assert len(body) > MAX_ANALYSED_CHARS and len(found.notes) == 2
    assert all(m.end <= MAX_ANALYSED_CHARS for m in found.mentions)
    assert elapsed < 60, f"{elapsed:.1f} s"  # was several minutes: linking was quadratic


def test_build_max_entities_names_the_file_in_one_line(
    tmp_path: Path, kg_run, quads_of, plain_seed: Path
) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "names.txt").write_text(f"A list of names\n\n{name_list(20_000)}\n", encoding="utf-8")
    (docs / "seed.txt").write_bytes(plain_seed.read_bytes())
    store = tmp_path / "store"
    result = kg_run("build", docs, "--store", store, "--max-entities", 50)
    assert result.returncode == 0, result.stderr
    lines = [line for line in result.stderr.splitlines() if "--max-entities" in line]
    assert lines == [
        f"kg: warning: {docs / 'names.txt'}: too many names: only the first 50 entities kept "
        "(--max-entities)"
    ]
    quads = quads_of(store)
    names_article = next(
        s for g, s, p, o in quads if not g and o == '"A list of names"' and "headline" in p
    )
    mentioned = {o for g, s, p, o in quads if not g and s == names_article and "mentions" in p}
    assert 40 <= len(mentioned) <= 50
    notes = {o for *_, p, o in quads if p.endswith("#decodingNote>")}
    assert '"too many names: only the first 50 entities kept (--max-entities)"' in notes
