"""``kg stats``: what is in the store, counted: by class, and articles by provider."""

from __future__ import annotations

from dataclasses import dataclass, field

from kg.namespaces import KG, SCHEMA
from kg.store import Store

_BY_CLASS = """
SELECT ?class (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s a ?class }
GROUP BY ?class ORDER BY DESC(?n) ?class
"""

_BY_PROVIDER = f"""
SELECT ?provider (SAMPLE(?name) AS ?label) (COUNT(DISTINCT ?article) AS ?n) WHERE {{
  ?graph <{KG.describesArticle}> ?article .
  ?article <{SCHEMA.publisher}> ?provider .
  OPTIONAL {{ ?provider <{SCHEMA.name}> ?name }}
}} GROUP BY ?provider ORDER BY DESC(?n) ?label
"""

_ARTICLE_GRAPHS = f"SELECT (COUNT(?g) AS ?n) WHERE {{ ?g a <{KG.ArticleGraph}> }}"


@dataclass
class Stats:
    """Counts that describe a store."""

    triples: int = 0
    named_graphs: int = 0
    source_articles: int = 0
    by_class: list[tuple[str, int]] = field(default_factory=list)
    by_provider: list[tuple[str, int]] = field(default_factory=list)

    def as_dict(self) -> dict[str, object]:
        """A JSON-ready form."""
        return {
            "triples": self.triples,
            "named_graphs": self.named_graphs,
            "source_articles": self.source_articles,
            "by_class": dict(self.by_class),
            "articles_by_provider": dict(self.by_provider),
        }

    def format(self) -> str:
        """A text report for the terminal."""
        lines = [
            f"triples            {self.triples}",
            f"named graphs       {self.named_graphs}",
            f"articles read      {self.source_articles}",
            "",
            "by class:",
        ]
        lines += [f"  {n:>7}  {name}" for name, n in self.by_class]
        lines += ["", "articles by provider:"]
        lines += [f"  {n:>7}  {name}" for name, n in self.by_provider]
        return "\n".join(lines)


def compute_stats(store: Store) -> Stats:
    """Count the store's triples, graphs, instances per class and articles per provider."""
    from kg.query import short_name  # the same prefixed names as query tables

    stats = Stats(triples=store.triple_count(), named_graphs=len(store.named_graphs()))
    stats.source_articles = int(str(store.select(_ARTICLE_GRAPHS)[0]["n"]))
    stats.by_class = [(short_name(r["class"]), int(str(r["n"]))) for r in store.select(_BY_CLASS)]
    stats.by_provider = [
        (str(r.get("label") or r["provider"]), int(str(r["n"]))) for r in store.select(_BY_PROVIDER)
    ]
    return stats
