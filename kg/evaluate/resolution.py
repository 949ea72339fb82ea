"""Score cross-article resolution: entities named in several articles should be one node.

For every gold entity (by its ``canonical``) that is named in two or more documents,
the IRIs that the pipeline's resolver gives to the mentions matching its forms are
collected over all those documents; the entity is resolved when they are one IRI.
"""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path
from typing import Any

from kg.evaluate.corpus import GoldCorpus, load_gold_corpus
from kg.evaluate.entities import fold_name
from kg.resolve import resolve_entities
from kg.resolve.refs import article_refs, mention_ref

GOLD_CLASSES = {"organisations": "organization", "persons": "person", "places": "place"}


def score_resolution(
    gold_path: Path, docs_dir: Path, manifest: Path | None = None
) -> dict[str, Any]:
    """The share of multi-document gold entities that resolve to a single node."""
    return score_gold_corpus_resolution(load_gold_corpus(gold_path, docs_dir, manifest))


def score_gold_corpus_resolution(corpus: GoldCorpus) -> dict[str, Any]:
    """Resolution scores of an already loaded corpus (see :func:`score_resolution`)."""
    documents = corpus.documents
    parsed = {key: (corpus.articles[key], corpus.mentions[key]) for key in corpus.articles}
    table = resolve_entities(
        [ref for a, ms in parsed.values() for ref in (*article_refs(a), *map(mention_ref, ms))]
    )

    iris: dict[tuple[str, str], set[str]] = defaultdict(set)
    documents_of: dict[tuple[str, str], set[str]] = defaultdict(set)
    for key, (_, mentions) in parsed.items():
        for gold_class, kind in GOLD_CLASSES.items():
            entities = documents[key].get(gold_class, ())
            form_count: dict[str, int] = defaultdict(int)
            for entity in entities:
                for form in {fold_name(f) for f in (*entity.get("forms", ()), entity["canonical"])}:
                    form_count[form] += 1
            for entity in entities:
                if entity.get("optional"):
                    continue
                # a form two entities share ("Bowen" for two Bowens) tells nothing
                forms = {
                    fold_name(f)
                    for f in (*entity.get("forms", ()), entity["canonical"])
                    if form_count[fold_name(f)] == 1
                }
                found = {
                    str(table.iri(mention_ref(m)))
                    for m in mentions
                    if m.kind == kind and fold_name(m.text) in forms
                }
                if found:
                    ident = (kind, entity["canonical"])
                    iris[ident] |= found
                    documents_of[ident].add(key)
    several = {ident for ident, docs in documents_of.items() if len(docs) > 1}
    split = sorted(
        f"{kind}: {name} -> {sorted(iris[(kind, name)])}"
        for kind, name in several
        if len(iris[(kind, name)]) > 1
    )
    single = len(several) - len(split)
    owners: dict[str, set[str]] = defaultdict(set)
    for (kind, name), found in iris.items():
        for iri in found:
            owners[iri].add(f"{kind}: {name}")
    merged = sorted(" + ".join(sorted(names)) for names in owners.values() if len(names) > 1)
    return {
        "entities_in_several_documents": len(several),
        "on_one_node": single,
        "ratio": single / len(several) if several else 1.0,
        "split": split,
        "merged_wrongly": merged,
    }
