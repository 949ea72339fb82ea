"""Load an annotated corpus once: the gold file, its documents parsed, their mentions.

The entity, event and resolution scorers all need the same parsed articles and entity
mentions; reading them here once keeps the three in step and ``kg eval`` fast.
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kg.extract import extract_mentions
from kg.read import parse_article
from kg.read.manifest import read_manifest
from kg.records import Article, Mention


@dataclass
class GoldCorpus:
    """Gold documents by key, with the article and mentions the pipeline makes of each."""

    documents: dict[str, Any]
    articles: dict[str, Article] = field(default_factory=dict)
    mentions: dict[str, tuple[Mention, ...]] = field(default_factory=dict)
    missing: list[str] = field(default_factory=list)


def load_gold_corpus(
    gold_path: Path,
    docs_dir: Path,
    manifest: Path | None = None,
    *,
    published_from_gold: bool = True,
) -> GoldCorpus:
    """Parse every document a gold file annotates and extract its entity mentions.

    The gold ``file`` field is relative to the gold file's folder (``docs/x.txt``) or
    its parent (``seeds/x.txt``); failing both, the file is looked up by name in
    ``docs_dir``. Outlet names of all documents are known organisations, as in a
    build. A plain-text file without a manifest row has no publication date; with
    ``published_from_gold`` the gold ``published`` stands in for the manifest (the
    metadata a build would be given, not an annotation).
    """
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    corpus = GoldCorpus(documents=gold.get("documents", gold))
    entries = read_manifest(manifest) if manifest is not None else {}
    for key, document in sorted(corpus.documents.items()):
        if not isinstance(document, Mapping):
            continue
        path = find_gold_file(gold_path, docs_dir, document.get("file") or key)
        if path is None:
            corpus.missing.append(key)
            continue
        entry = entries.get(path.resolve())
        article = parse_article(path.read_bytes(), path=str(path), manifest_entry=entry)
        if article.published is None and published_from_gold and document.get("published"):
            article = dataclasses.replace(article, published=str(document["published"]))
        corpus.articles[key] = article
    known = frozenset(
        a.provider.name for a in corpus.articles.values() if a.provider and a.provider.name
    )
    corpus.mentions = {
        key: extract_mentions(article, known_organisations=known)
        for key, article in corpus.articles.items()
    }
    return corpus


def find_gold_file(gold_path: Path, docs_dir: Path, file: str) -> Path | None:
    """The file a gold document names, looked up as ``load_gold_corpus`` says."""
    folder = gold_path.resolve().parent
    for candidate in (
        folder / file,
        folder.parent / file,
        docs_dir / file,
        docs_dir / Path(file).name,
    ):
        if candidate.is_file():
            return candidate
    return None
