"""End-to-end builds: seeds in, contract-shaped graph out, idempotent and crash-safe."""

from __future__ import annotations

import shutil
from pathlib import Path

from kg.build import build
from kg.export import merged_graph
from kg.store import open_store
from kg.validate import validate_graph


def quads(location: Path) -> set[str]:
    store = open_store(str(location), writable=False)
    try:
        return {str(q) for q in store._ox}
    finally:
        store.close()


def test_contract_queries_find_both_seed_articles(seed_store, select) -> None:
    rows = select(
        seed_store,
        """SELECT ?article ?headline ?provider ?name WHERE {
             ?graph kg:describesArticle ?article .
             ?article a schema:NewsArticle ; schema:headline ?headline .
             OPTIONAL { ?article schema:publisher ?provider . ?provider schema:name ?name }
           } ORDER BY ?headline""",
    )
    assert [r["headline"][:30] for r in rows] == [
        "Clearview AI cancels contract ",
        "Clearview AI to stop offering ",
    ]
    betakit = rows[1]
    assert betakit["name"] == "BetaKit"
    (provider,) = select(
        seed_store,
        f"SELECT ?url WHERE {{ <{betakit['provider']}> a schema:Organization ; schema:url ?url }}",
    )
    assert provider["url"] == "https://betakit.com"


def test_topics_images_and_dates_follow_the_contract(seed_store, select) -> None:
    rows = select(
        seed_store,
        """SELECT ?date ?topic ?img ?w ?h WHERE {
             ?a schema:url <https://betakit.com/clearview-ai-to-stop-offering-facial-recognition-technology-in-canada/> ;
                schema:datePublished ?date ; schema:about/schema:name ?topic ;
                schema:image ?i . ?i a schema:ImageObject ; schema:url ?img ;
                schema:width ?w ; schema:height ?h .
             FILTER(datatype(?date) = xsd:dateTime)
           } ORDER BY ?topic""",
    )
    assert [r["topic"] for r in rows] == ["AI", "Computer Vision"]
    assert rows[0]["date"] == "2020-07-06T19:41:00+00:00"
    assert (rows[0]["w"], rows[0]["h"]) == ("1024", "683")


def test_related_articles_are_linked_articles_with_providers(seed_store, select) -> None:
    rows = select(
        seed_store,
        """SELECT ?related ?headline ?provider WHERE {
             ?a kg:relatedArticle ?related .
             ?related a schema:NewsArticle ; schema:headline ?headline ;
                      schema:publisher/schema:name ?provider .
           }""",
    )
    assert len(rows) == 13
    assert len({r["related"] for r in rows}) == 13  # each related entry is one node
    assert {"VentureBeat", "CBC.ca", "Bloomberg", "TASS"} <= {r["provider"] for r in rows}


def test_related_entry_and_the_article_itself_are_one_node(tmp_path: Path, select) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "a.md").write_text(
        "---\ntitle: Story A\nwebUrl: https://news.example.com/a\nrelated:\n"
        "  - title: Story B\n    webUrl: http://www.other.example.org/b/?utm_source=feed\n"
        "---\nBody of A.\n",
        encoding="utf-8",
    )
    (docs / "b.txt").write_text(
        "---\ntitle: Story B\nwebUrl: https://other.example.org/b\n---\nBody of B.\n",
        encoding="utf-8",
    )
    store = open_store(str(tmp_path / "store"))
    build([docs], store=store)
    rows = select(store, "SELECT DISTINCT ?a WHERE { ?a a schema:NewsArticle }")
    linked = select(
        store, "SELECT ?b WHERE { ?a kg:relatedArticle ?b . ?g kg:describesArticle ?b }"
    )
    store.close()
    assert len(rows) == 2 and len(linked) == 1


def test_building_twice_changes_nothing(tmp_path: Path, seeds_dir: Path) -> None:
    location = tmp_path / "store"
    store = open_store(str(location))
    build([seeds_dir], store=store)
    store.close()
    before = quads(location)
    store = open_store(str(location))
    report = build([seeds_dir], store=store)
    store.close()
    assert report.unchanged == 2 and report.graphs_written == 0
    assert quads(location) == before


def test_same_files_in_any_order_give_the_same_graph(tmp_path: Path, seeds_dir: Path) -> None:
    files = sorted(seeds_dir.iterdir())
    graphs = []
    for name, order in (("forward", files), ("backward", files[::-1])):
        store = open_store(str(tmp_path / name))
        for path in order:
            build([path], store=store)
        graphs.append({q for q in quads_without_time(store)})
        store.close()
    assert graphs[0] == graphs[1]


def quads_without_time(store) -> set[str]:
    noisy = ("generatedAtTime", "endedAtTime", "extractionRecord", "/activity/")
    return {str(q) for q in store._ox if not any(n in str(q) for n in noisy)}


def test_changed_file_replaces_its_graph(tmp_path: Path, select) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    article = docs / "a.txt"
    article.write_text("First headline\n\nThe first body of the story.\n", encoding="utf-8")
    store = open_store(str(tmp_path / "store"))
    build([docs], store=store)
    article.write_text("Second headline\n\nA rewritten body.\n", encoding="utf-8")
    report = build([docs], store=store)
    headlines = select(store, "SELECT ?h WHERE { ?g kg:describesArticle/schema:headline ?h }")
    graphs = select(store, "SELECT ?g WHERE { ?g a kg:ArticleGraph }")
    everywhere = select(store, "SELECT ?h WHERE { GRAPH ?g { ?a schema:headline ?h } }")
    store.close()
    assert report.read == 1 and report.graphs_removed == 1
    assert [h["h"] for h in headlines] == ["Second headline"]
    assert len(graphs) == 1 and [h["h"] for h in everywhere] == ["Second headline"]


def test_bad_files_are_named_and_the_good_ones_built(
    tmp_path: Path, seeds_dir: Path, select
) -> None:
    docs = tmp_path / "mixed"
    shutil.copytree(seeds_dir, docs)
    (docs / "empty.txt").write_bytes(b"")
    (docs / "image.png").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(200))
    (docs / "broken.md").write_text("---\ntitle: [oops\n---\nbody\n", encoding="utf-8")
    store = open_store(str(tmp_path / "store"))
    report = build([docs], store=store)
    articles = select(store, "SELECT ?a WHERE { ?g kg:describesArticle ?a }")
    conforms = validate_graph(merged_graph(store)).conforms
    store.close()
    assert conforms
    reasons = {Path(r.path).name: r.reason for r in report.rejected}
    assert set(reasons) == {"empty.txt", "image.png", "broken.md"}
    assert "empty" in reasons["empty.txt"] and "binary" in reasons["image.png"]
    assert "YAML" in reasons["broken.md"]
    assert report.read == 2 and len(articles) == 2


def test_default_graph_is_the_merge_without_duplicates(seed_store) -> None:
    merged = {str(t) for t in seed_store.merged_triples()}
    named = {
        str((q.subject, q.predicate, q.object))
        for q in seed_store._ox
        if q.graph_name.__class__.__name__ != "DefaultGraph"
    }
    assert len(merged) == len(named)


def test_entities_are_resolved_and_typed(seed_store, select) -> None:
    rows = select(
        seed_store,
        """SELECT ?name ?alt WHERE { ?e a schema:Organization ; schema:name ?name ;
             schema:alternateName ?alt . FILTER(?alt = "RCMP") }""",
    )
    assert rows == [{"name": "Royal Canadian Mounted Police", "alt": "RCMP"}]
    (canada,) = select(
        seed_store,
        """SELECT ?place (COUNT(DISTINCT ?a) AS ?n) WHERE { ?place a schema:Place ; schema:name "Canada" ;
             schema:sameAs ?geo . ?a schema:mentions ?place .
             FILTER(STRSTARTS(STR(?geo), "https://sws.geonames.org/")) } GROUP BY ?place""",
    )
    assert canada["n"] == "2"  # both seed articles mention Canada: one node
    demonyms = select(seed_store, 'SELECT ?e WHERE { ?e schema:name "Canadian" }')
    assert demonyms == []


def test_mentions_say_where_the_article_says_it(seed_store, select, plain_seed) -> None:
    from kg.read import parse_article

    text = parse_article(plain_seed.read_bytes(), path=str(plain_seed)).text
    rows = select(
        seed_store,
        """SELECT ?form ?begin ?end ?sentence WHERE {
             ?m a kg:Mention ; kg:surfaceForm ?form ; kg:beginIndex ?begin ; kg:endIndex ?end ;
                kg:sentence ?sentence ; kg:inArticle ?a ; kg:mentionOf ?e .
             ?a schema:mentions ?e . ?g kg:describesArticle ?a ; prov:wasDerivedFrom/kg:sourcePath ?path .
             FILTER(STRENDS(?path, "000_9d8becf6d8fdd231.txt")) }""",
    )
    assert len(rows) > 20
    for row in rows:
        assert text[int(row["begin"]) : int(row["end"])] == row["form"]
        assert row["form"] in row["sentence"]


def test_the_same_event_from_two_articles_is_one_node(seed_store, select) -> None:
    rows = select(
        seed_store,
        """SELECT ?event (COUNT(DISTINCT ?article) AS ?n) (COUNT(DISTINCT ?evidence) AS ?sentences) WHERE {
             ?event a kg:Event , kg:Withdrawal ; kg:agent/schema:name "Clearview AI" ;
                    kg:reportedBy ?article ; kg:evidence ?evidence .
           } GROUP BY ?event""",
    )
    assert len(rows) == 1
    assert rows[0]["n"] == "2" and int(rows[0]["sentences"]) >= 2


def test_articles_sharing_events_form_one_story(seed_store, select) -> None:
    rows = select(
        seed_store,
        "SELECT ?story (COUNT(DISTINCT ?a) AS ?n) WHERE { ?story a kg:Story ; kg:storyArticle ?a } GROUP BY ?story",
    )
    assert [r["n"] for r in rows] == ["2"]
