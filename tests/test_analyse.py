"""``kg analyse``, ``kg path`` and the GraphML/GEXF exports, on a small hand-made story.

The story is built from articles written to a temporary folder; its entities, mentions,
event and story are inserted as triples, so these tests do not depend on what the
extractors find.
"""

from __future__ import annotations

import json
from pathlib import Path

import networkx as nx
import pytest
from click.testing import CliRunner

from kg.analyse import NoConnection, analyse, connect, link_graph, simple_graph
from kg.build import build
from kg.cli import main
from kg.namespaces import article_iri, entity_iri
from kg.network import UnknownEntity, exportable_graph, project_graph
from kg.store import open_store

A1_URL = "https://dailyplanet.example/acme-and-globex"
A2_URL = "https://gazette.example/globex-and-initech"
A1_HEADLINE = "Acme Corp and Globex meet in Toronto"
A2_HEADLINE = "Globex and Initech at the trade fair"
A1_SENTENCE = "Acme Corp and Globex met in Toronto on Tuesday."

ARTICLES = {
    "a1.md": f"""---
title: "{A1_HEADLINE}"
publishedDateTime: 2021-03-02T10:00:00Z
webUrl: "{A1_URL}"
provider:
  name: Daily Planet
  domain: dailyplanet.example
---
{A1_SENTENCE}
""",
    "a2.md": f"""---
title: "{A2_HEADLINE}"
publishedDateTime: 2021-03-05T10:00:00Z
webUrl: "{A2_URL}"
provider:
  name: Gazette
  domain: gazette.example
---
Globex and Initech were both at the trade fair in Ottawa.
""",
}

A1, A2 = str(article_iri(url=A1_URL)), str(article_iri(url=A2_URL))
ACME = str(entity_iri("organization", "Acme Corp"))
GLOBEX = str(entity_iri("organization", "Globex"))
INITECH = str(entity_iri("organization", "Initech"))
HERMIT = str(entity_iri("organization", "Hermit Inc"))
TORONTO = str(entity_iri("place", "Toronto"))
EVENT = "https://w3id.org/newskg/id/event/test-acme-globex"
STORY = "https://w3id.org/newskg/id/story/test-acme-globex"

EXTRA = f"""
<{A1}> schema:mentions <{ACME}>, <{GLOBEX}>, <{TORONTO}> .
<{A2}> schema:mentions <{GLOBEX}>, <{INITECH}> .
<{ACME}> a schema:Organization ; schema:name "Acme Corp" ; schema:alternateName "Acme" .
<{GLOBEX}> a schema:Organization ; schema:name "Globex" .
<{INITECH}> a schema:Organization ; schema:name "Initech" .
<{HERMIT}> a schema:Organization ; schema:name "Hermit Inc" .
<{TORONTO}> a schema:Place ; schema:name "Toronto" .
<{EVENT}> a kg:Event, kg:LawsuitFiled ; rdfs:label "LawsuitFiled: Acme Corp" ;
  kg:agent <{ACME}> ; kg:object <{GLOBEX}> ; kg:place <{TORONTO}> ;
  kg:date "2021-03-02"^^xsd:date ; kg:evidence "{A1_SENTENCE}" ; kg:reportedBy <{A1}> .
<{STORY}> a kg:Story ; schema:name "Acme and Globex" ; kg:storyArticle <{A1}>, <{A2}> ;
  kg:storyEvent <{EVENT}> ;
  schema:startDate "2021-03-02"^^xsd:date ; schema:endDate "2021-03-05"^^xsd:date .
"""

PREFIXES = """
PREFIX schema: <https://schema.org/>
PREFIX kg: <https://w3id.org/newskg/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
"""


@pytest.fixture(scope="module")
def story_store_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("story")
    for name, text in ARTICLES.items():
        (folder / "articles").mkdir(exist_ok=True)
        (folder / "articles" / name).write_text(text, encoding="utf-8")
    location = folder / "store"
    store = open_store(str(location))
    report = build([folder / "articles"], store=store)
    assert not report.rejected
    store.update(
        PREFIXES
        + f"INSERT DATA {{ GRAPH <https://w3id.org/newskg/id/graph/test> {{ {EXTRA} }} }} ;"
        + f" INSERT DATA {{ {EXTRA} }}"
    )
    store.close()
    return location


@pytest.fixture(scope="module")
def story(story_store_dir: Path) -> nx.MultiDiGraph:
    store = open_store(str(story_store_dir), writable=False)
    try:
        return project_graph(store)
    finally:
        store.close()


def test_the_story_projects_as_written(story: nx.MultiDiGraph) -> None:
    assert story.nodes[EVENT]["kind"] == "event"
    assert story.nodes[EVENT]["evidence"] == [(A1_SENTENCE, A1)]
    assert story.nodes[STORY]["date"] == "2021-03-02"
    assert story.nodes[STORY]["end_date"] == "2021-03-05"
    assert story.nodes[ACME]["aliases"] == ["Acme"]
    assert story.has_edge(EVENT, ACME, key="https://w3id.org/newskg/ontology#agent")


# centrality and communities ---------------------------------------------------------------


def test_analyse_ranks_entities_only(story: nx.MultiDiGraph) -> None:
    result = analyse(story, top=3)
    assert result.degree[0].label == "Globex"  # in both articles and the event
    for ranking in (result.degree, result.betweenness, result.pagerank):
        assert len(ranking) == 3
        assert {r.kind for r in ranking} <= {"organization", "person", "place", "provider"}
        assert [r.value for r in ranking] == sorted((r.value for r in ranking), reverse=True)


def test_communities_cover_the_graph_and_repeat(story: nx.MultiDiGraph) -> None:
    first, second = analyse(story, top=50), analyse(story, top=50)
    assert first.as_dict() == second.as_dict()
    assert first.more_communities == 0
    covered = sum(c.size for c in first.communities) + first.singletons
    assert covered == story.number_of_nodes()
    assert first.singletons >= 1  # Hermit Inc is alone


def test_analyse_command_text_and_json(story_store_dir: Path) -> None:
    runner = CliRunner()
    text = runner.invoke(main, ["analyse", "--store", str(story_store_dir), "--top", "2"])
    assert text.exit_code == 0, text.output
    assert "pagerank" in text.output and "communities (Louvain, seed 0)" in text.output
    result = runner.invoke(
        main, ["analyse", "--store", str(story_store_dir), "--format", "json", "--top", "2"]
    )
    data = json.loads(result.output)
    assert set(data) >= {"graph", "degree", "betweenness", "pagerank", "communities"}
    assert data["degree"][0]["iri"] == GLOBEX and len(data["pagerank"]) == 2
    again = runner.invoke(
        main, ["analyse", "--store", str(story_store_dir), "--format", "json", "--top", "2"]
    )
    assert again.output == result.output


def test_analyse_on_the_seeds(seed_store_dir: Path) -> None:
    result = CliRunner().invoke(
        main, ["analyse", "--store", str(seed_store_dir), "--format", "json"]
    )
    data = json.loads(result.output)
    assert "Clearview AI" in [r["label"] for r in data["degree"][:3]]


# paths ------------------------------------------------------------------------------------


def test_path_prefers_the_event_then_the_co_mention(story: nx.MultiDiGraph) -> None:
    steps = connect(story, "acme", "INITECH")
    assert [s.format() for s in steps] == [
        f'Acme Corp —lawsuit filed (agent, object)→ Globex (in: "{A1_HEADLINE}")',
        f'Globex —mentioned with→ Initech (in: "{A2_HEADLINE}")',
    ]
    assert steps[0].articles == [(A1, A1_HEADLINE)]


def test_path_reads_the_roles_from_the_walker_side(story: nx.MultiDiGraph) -> None:
    [step] = connect(story, "Globex", "Acme Corp")
    assert step.relation == "lawsuit filed (object, agent)"


def test_path_through_an_outlet(story: nx.MultiDiGraph) -> None:
    [step] = connect(story, "Daily Planet", "Toronto")
    assert step.format() == f'Daily Planet —published about→ Toronto (in: "{A1_HEADLINE}")'


def test_path_errors(story: nx.MultiDiGraph) -> None:
    with pytest.raises(NoConnection, match="no connection between 'Acme Corp' and 'Hermit Inc'"):
        connect(story, "Acme", "Hermit Inc")
    with pytest.raises(UnknownEntity, match=r"'Acne' \(close: Acme"):
        connect(story, "Acne", "Globex")


def test_path_command(story_store_dir: Path) -> None:
    runner = CliRunner()
    result = runner.invoke(main, ["path", "Acme", "Initech", "--store", str(story_store_dir)])
    assert result.exit_code == 0, result.output
    assert result.output.splitlines()[1].startswith("Globex —mentioned with→ Initech (in:")
    as_json = runner.invoke(
        main, ["path", "Acme", "Initech", "--store", str(story_store_dir), "--format", "json"]
    )
    assert [s["target"]["iri"] for s in json.loads(as_json.output)] == [GLOBEX, INITECH]
    missing = runner.invoke(main, ["path", "Acme", "Nobody", "--store", str(story_store_dir)])
    assert missing.exit_code == 1
    assert missing.output.strip().startswith("kg: error: no entity named 'Nobody'")


def test_link_graph_on_a_hand_made_graph() -> None:
    G = nx.MultiDiGraph()
    G.add_node("a", label="Story", kind="article", aliases=[])
    G.add_node("p", label="Outlet", kind="provider", aliases=[])
    for e in ("x", "y", "z"):
        G.add_node(e, label=e.upper(), kind="person", aliases=[])
        G.add_edge("a", e, key="m", label="mentions")
    G.add_edge("p", "a", key="pub", label="published")
    L = link_graph(G)
    assert sorted(L) == ["p", "x", "y", "z"]
    assert L.number_of_edges() == 6  # three co-mention pairs, three outlet ties
    assert simple_graph(G).number_of_edges() == 4


# GraphML and GEXF -------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["graphml", "gexf"])
def test_network_exports_for_gephi(name: str, story_store_dir: Path, story, tmp_path: Path) -> None:
    target = tmp_path / f"story.{name}"
    result = CliRunner().invoke(
        main, ["export", "--store", str(story_store_dir), "--format", name, "-o", str(target)]
    )
    assert result.exit_code == 0, result.output
    read = nx.read_graphml if name == "graphml" else nx.read_gexf
    H = read(target)
    assert H.number_of_nodes() == story.number_of_nodes()
    assert H.number_of_edges() == story.number_of_edges()
    assert H.nodes[ACME]["label"] == "Acme Corp" and H.nodes[ACME]["kind"] == "organization"
    assert H.nodes[STORY]["date"] == "2021-03-02"
    assert {d["label"] for *_, d in H.edges(data=True)} >= {"mentions", "agent", "published"}


def test_exportable_graph_has_no_none_or_lists(story: nx.MultiDiGraph) -> None:
    H = exportable_graph(story)
    for _, data in H.nodes(data=True):
        assert set(data) == {"label", "kind", "date", "aliases", "url"}
        assert all(isinstance(v, str) for v in data.values())
    for *_, data in H.edges(data=True):
        assert all(isinstance(v, str) for v in data.values())
