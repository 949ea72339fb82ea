"""``kg html``: the projection, the views, the page, and the page in a real browser.

Browser tests open the page in headless Chromium (Debian's ``chromium`` driven by
Playwright); they are skipped only when no Chromium is installed.
"""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser
from pathlib import Path

import networkx as nx
import pytest
from click.testing import CliRunner

from kg.analyse import rank_nodes
from kg.browser import find_chromium, open_chromium
from kg.build import build
from kg.cli import NODE_TYPES, main
from kg.html import write_html
from kg.html_layout import PHYSICS_LIMIT
from kg.html_page import script_json
from kg.html_view import DEFAULT_MAX_NODES, select_view
from kg.network import KINDS, UnknownEntity, find_nodes, project_graph
from kg.store import open_store

XSS_FIXTURE = Path(__file__).parent / "fixtures" / "xss"
XSS_TITLE = "<img src=x onerror=alert(1)>"
CLEARVIEW = "https://w3id.org/newskg/id/organization/clearview-ai"
RCMP = "https://w3id.org/newskg/id/organization/royal-canadian-mounted-police"

CHROMIUM = find_chromium()
needs_chromium = pytest.mark.skipif(
    CHROMIUM is None, reason="Chromium is not installed (apt-get install chromium)"
)


@pytest.fixture(scope="module")
def seed_graph(seed_store_dir: Path) -> nx.MultiDiGraph:
    store = open_store(str(seed_store_dir), writable=False)
    try:
        return project_graph(store)
    finally:
        store.close()


@pytest.fixture(scope="module")
def seed_page(seed_graph: nx.MultiDiGraph, tmp_path_factory: pytest.TempPathFactory) -> Path:
    page = tmp_path_factory.mktemp("page") / "seeds.html"
    write_html(seed_graph, page)
    return page


XSS_EVENT = "https://w3id.org/newskg/id/event/test-xss"
XSS_EVIDENCE = "Clearview AI <script>alert('evidence')</script> cancelled the contract."
XSS_EXTRA = f"""
<ARTICLE> <https://schema.org/url> <javascript:alert(1)> .
<ARTICLE> <https://schema.org/articleBody> "{XSS_EVIDENCE}" .
<{XSS_EVENT}> a <https://w3id.org/newskg/ontology#Event>, <https://w3id.org/newskg/ontology#ContractSuspension> ;
  <http://www.w3.org/2000/01/rdf-schema#label> "<b onmouseover=alert(3)>suspension</b>" ;
  <https://w3id.org/newskg/ontology#agent> <{CLEARVIEW}> ;
  <https://w3id.org/newskg/ontology#object> "<i>the contract</i>" ;
  <https://w3id.org/newskg/ontology#date> "2020-07"^^<http://www.w3.org/2001/XMLSchema#gYearMonth> ;
  <https://w3id.org/newskg/ontology#evidence> "{XSS_EVIDENCE}" ;
  <https://w3id.org/newskg/ontology#reportedBy> <ARTICLE> .
<{CLEARVIEW}> a <https://schema.org/Organization> ; <https://schema.org/name> "Clearview AI" .
"""
"""An event with markup in its label, object and evidence, reported by the XSS article."""


@pytest.fixture(scope="module")
def xss_store_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The XSS fixture built, plus a ``javascript:`` URL the reader would have refused."""
    location = tmp_path_factory.mktemp("xss") / "store"
    store = open_store(str(location))
    build([XSS_FIXTURE], store=store)
    article = next(
        str(row["a"])
        for row in store.select(
            'SELECT ?a WHERE { ?a <https://schema.org/headline> "<img src=x onerror=alert(1)>" }'
        )
    )
    triples = XSS_EXTRA.replace("ARTICLE", article)
    store.update(
        f"INSERT DATA {{ GRAPH <https://w3id.org/newskg/id/graph/test> {{ {triples} }} }} ;"
        f" INSERT DATA {{ {triples} }}"
    )
    store.close()
    return location


@pytest.fixture(scope="module")
def xss_graph(xss_store_dir: Path) -> nx.MultiDiGraph:
    store = open_store(str(xss_store_dir), writable=False)
    try:
        return project_graph(store)
    finally:
        store.close()


# the projection ---------------------------------------------------------------------------


def test_projection_has_every_kind_of_the_seeds(seed_graph: nx.MultiDiGraph) -> None:
    kinds = {data["kind"] for _, data in seed_graph.nodes(data=True)}
    assert {"article", "provider", "organization", "place", "event", "story"} <= kinds
    assert kinds <= set(KINDS)
    assert seed_graph.nodes[CLEARVIEW]["label"] == "Clearview AI"
    assert "published" in {d["label"] for *_, d in seed_graph.edges(data=True)}


def test_outlets_publish_articles(seed_graph: nx.MultiDiGraph) -> None:
    betakit = "https://w3id.org/newskg/id/organization/betakit-com"
    assert seed_graph.nodes[betakit]["kind"] == "provider"
    out = [
        (seed_graph.nodes[v]["kind"], d["label"])
        for _, v, d in seed_graph.out_edges(betakit, data=True)
    ]
    assert ("article", "published") in out


def test_events_carry_type_date_object_and_evidence_with_its_article(xss_graph) -> None:
    event = xss_graph.nodes[XSS_EVENT]
    assert event["kind"] == "event" and event["event_type"] == "ContractSuspension"
    assert event["date"] == "2020-07" and event["object_text"] == "<i>the contract</i>"
    [(sentence, article)] = event["evidence"]
    assert sentence == XSS_EVIDENCE
    assert xss_graph.nodes[article]["label"] == XSS_TITLE
    assert {d["label"] for _, _, d in xss_graph.out_edges(XSS_EVENT, data=True)} == {
        "agent",
        "reported by",
    }


def test_find_nodes_matches_names_and_aliases_in_any_case(seed_graph: nx.MultiDiGraph) -> None:
    assert find_nodes(seed_graph, "rcmp") == [RCMP]
    assert find_nodes(seed_graph, "  CLEARVIEW ai ") == [CLEARVIEW]
    with pytest.raises(UnknownEntity, match=r"close: .*Clearview"):
        find_nodes(seed_graph, "Clearveiw")


def test_cli_type_choices_and_defaults_are_the_library_ones() -> None:
    assert tuple(NODE_TYPES) == KINDS
    [max_nodes] = [p for p in main.commands["html"].params if p.name == "max_nodes"]
    assert max_nodes.default == DEFAULT_MAX_NODES


# views ------------------------------------------------------------------------------------


def test_focus_keeps_the_neighbourhood(seed_graph: nx.MultiDiGraph) -> None:
    H, notes, focused = select_view(seed_graph, importance={}, focus="RCMP", depth=1)
    assert focused == [RCMP]
    assert set(H) == {RCMP, *nx.all_neighbors(seed_graph, RCMP)}
    assert "neighbourhood of Royal Canadian Mounted Police" in notes[0]
    assert "left out" in notes[-1]


def test_type_filter_keeps_only_those_types(seed_graph: nx.MultiDiGraph) -> None:
    H, notes, _ = select_view(seed_graph, importance={}, kinds=["organization", "place"])
    assert {d["kind"] for _, d in H.nodes(data=True)} == {"organization", "place"}
    assert notes[0] == "Only organisations, places."


def test_max_nodes_keeps_important_nodes_that_hold_together(seed_graph) -> None:
    importance = rank_nodes(seed_graph)
    H, notes, _ = select_view(seed_graph, importance=importance, max_nodes=10)
    assert H.number_of_nodes() == 10
    assert max(importance, key=importance.get) in H
    assert nx.is_weakly_connected(H)  # the seeds are one story, so one piece
    total = seed_graph.number_of_nodes()
    assert re.search(rf"Showing 10 of {total} nodes; left out: \d+ articles", notes[-1])


# the page, without a browser --------------------------------------------------------------


class _Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))


def _tags(page: Path) -> list[tuple[str, dict[str, str | None]]]:
    parser = _Tags()
    parser.feed(page.read_text(encoding="utf-8"))
    return parser.tags


def _page_data(page: Path) -> dict:
    text = page.read_text(encoding="utf-8")
    match = re.search(r'<script type="application/json" id="kg-data">(.*?)</script>', text, re.S)
    assert match
    return json.loads(match.group(1))


def test_page_loads_nothing_from_outside(seed_page: Path) -> None:
    tags = _tags(seed_page)
    assert not [t for t, a in tags if t == "script" and a.get("src")]
    assert not [t for t, a in tags if t == "link"]
    assert not [t for t, a in tags if a.get("href") or a.get("src")]
    csp = next(a["content"] for t, a in tags if t == "meta" and a.get("http-equiv"))
    assert "default-src 'none'" in csp and "connect-src 'none'" in csp


def test_page_data_matches_the_graph(seed_graph: nx.MultiDiGraph, seed_page: Path) -> None:
    data = _page_data(seed_page)
    assert len(data["nodes"]) == seed_graph.number_of_nodes()
    assert len(data["edges"]) == seed_graph.number_of_edges()
    assert {n["iri"] for n in data["nodes"]} == set(seed_graph)
    assert data["options"]["physics"]["enabled"] is True


def test_script_json_cannot_close_its_script() -> None:
    text = script_json({"title": "</script><script>alert(1)</script>", "x": "<!--"})
    assert "<" not in text and ">" not in text
    assert json.loads(text)["title"] == "</script><script>alert(1)</script>"


def test_xss_text_stays_data(xss_graph: nx.MultiDiGraph, tmp_path: Path) -> None:
    page = tmp_path / "xss.html"
    write_html(xss_graph, page)
    text = page.read_text(encoding="utf-8")
    for tag, attrs in _tags(page):
        assert tag != "img"
        assert not any(k.startswith("on") for k in attrs), (tag, attrs)
        assert "javascript:" not in " ".join(str(v) for v in attrs.values())
    assert "<img src=x" not in text and "<script>alert" not in text
    nodes = _page_data(page)["nodes"]
    article = next(n for n in nodes if n["info"]["name"] == XSS_TITLE)
    assert article["info"]["url"] == "javascript:alert(1)" and article["info"]["link"] is False


def test_large_graphs_get_positions_and_no_physics(tmp_path: Path) -> None:
    G = nx.MultiDiGraph()
    for i in range(PHYSICS_LIMIT + 1):
        G.add_node(f"n{i}", label=f"N{i}", kind="organization", aliases=[])
        if i:
            G.add_edge(f"n{i}", f"n{(i * 7) % i}", key="k", label="mentions")
    page = tmp_path / "large.html"
    result = write_html(G, page)
    data = _page_data(page)
    assert result.physics is False and data["options"]["physics"]["enabled"] is False
    assert all("x" in n and "y" in n for n in data["nodes"])


# the command ------------------------------------------------------------------------------


def test_cli_focus_depth_and_type(tmp_path: Path, seed_store_dir: Path) -> None:
    page = tmp_path / "focus.html"
    result = CliRunner().invoke(
        main,
        [
            "html",
            "--store",
            str(seed_store_dir),
            "-o",
            str(page),
            "--focus",
            "clearview",
            "--depth",
            "1",
            "--type",
            "event",
            "--type",
            "organization",
        ],
    )
    assert result.exit_code == 0, result.output
    data = _page_data(page)
    kinds = {n["group"] for n in data["nodes"]}
    assert kinds <= {"event", "organization"} and "event" in kinds
    assert "neighbourhood of Clearview AI" in result.output
    assert data["focus"] == [n["id"] for n in data["nodes"] if n["iri"] == CLEARVIEW]


def test_cli_unknown_focus_is_one_line_with_close_names(tmp_path: Path, seed_store_dir) -> None:
    result = CliRunner().invoke(
        main,
        [
            "html",
            "--store",
            str(seed_store_dir),
            "-o",
            str(tmp_path / "x.html"),
            "--focus",
            "Clearveiw AI",
        ],
    )
    assert result.exit_code == 1
    [line] = result.output.strip().splitlines()
    assert line.startswith("kg: error: no entity named 'Clearveiw AI' (close: Clearview AI")
    assert not (tmp_path / "x.html").exists()


def test_tooltips_describe_the_whole_graph_not_the_view(xss_graph, tmp_path: Path) -> None:
    view, _, _ = select_view(xss_graph, importance={}, kinds=["event"])
    page = tmp_path / "events.html"
    write_html(view, page, whole=xss_graph)
    [event] = [n for n in _page_data(page)["nodes"] if n["iri"] == XSS_EVENT]
    assert event["info"]["evidence"] == [{"text": XSS_EVIDENCE, "article": XSS_TITLE}]
    assert ["reported by", "1 article"] in event["info"]["facts"]


def test_cli_max_nodes_says_what_was_left_out(tmp_path: Path, seed_store_dir: Path) -> None:
    page = tmp_path / "small.html"
    result = CliRunner().invoke(
        main, ["html", "--store", str(seed_store_dir), "-o", str(page), "--max-nodes", "12"]
    )
    assert result.exit_code == 0, result.output
    assert "wrote" in result.output and ": 12 nodes" in result.output
    assert "left out" in result.output
    assert "left out" in page.read_text(encoding="utf-8")


# in a browser -----------------------------------------------------------------------------


@pytest.fixture(scope="module")
def browser():
    if CHROMIUM is None:
        pytest.skip("Chromium is not installed (apt-get install chromium)")
    with open_chromium(width=1280, height=800) as context:
        yield context


class Visit:
    """A page opened in the browser, with everything it logged, requested or popped up."""

    def __init__(self, context, page: Path) -> None:
        self.tab = context.new_page()
        self.errors: list[str] = []
        self.requests: list[str] = []
        self.dialogs: list[str] = []
        self.tab.on("console", lambda m: m.type == "error" and self.errors.append(m.text))
        self.tab.on("pageerror", lambda e: self.errors.append(str(e)))
        self.tab.on("request", lambda r: self.requests.append(r.url))
        self.tab.on("dialog", self._dialog)
        self.tab.goto(page.as_uri())
        self.tab.wait_for_function("() => window.kg && window.kg.ready", timeout=30_000)

    def _dialog(self, dialog) -> None:
        self.dialogs.append(dialog.message)
        dialog.dismiss()

    def js(self, expression: str, arg=None):
        return self.tab.evaluate(expression, arg)

    def close(self) -> None:
        self.tab.close()


@pytest.fixture()
def visit(browser):
    opened: list[Visit] = []

    def open_page(page: Path) -> Visit:
        opened.append(Visit(browser, page))
        return opened[-1]

    yield open_page
    for v in opened:
        v.close()


@needs_chromium
def test_page_loads_offline_without_errors(visit, seed_page: Path) -> None:
    v = visit(seed_page)
    v.tab.wait_for_timeout(300)
    assert v.errors == []
    assert [u for u in v.requests if not u.startswith("file:")] == []


@needs_chromium
def test_datasets_match_the_graph(visit, seed_page: Path, seed_graph) -> None:
    v = visit(seed_page)
    counts = v.js("() => [kg.nodes.length, kg.edges.length, kg.shownCount()]")
    n, m = seed_graph.number_of_nodes(), seed_graph.number_of_edges()
    assert counts == [n, m, n]
    assert set(v.js("() => kg.nodes.get().map(n => n.iri)")) == set(seed_graph)


@needs_chromium
def test_search_box_focuses_a_node(visit, seed_page: Path) -> None:
    v = visit(seed_page)
    v.tab.fill("#search-input", "rcmp")
    v.tab.press("#search-input", "Enter")
    selected = v.js("() => kg.network.getSelectedNodes().map(id => kg.nodes.get(id).iri)")
    assert selected == [RCMP]
    # The camera glides to the node; on a loaded machine the animation takes longer
    # than its nominal 500 ms, so wait for the view to settle on it (or time out).
    v.tab.wait_for_function(
        "() => { const id = kg.network.getSelectedNodes()[0];"
        " const c = kg.network.getViewPosition(), p = kg.network.getPosition(id);"
        " return Math.abs(c.x - p.x) < 5 && Math.abs(c.y - p.y) < 5; }",
        timeout=10_000,
    )
    assert "Royal Canadian Mounted Police" in v.tab.inner_text("#details")
    v.tab.fill("#search-input", "no such thing")
    v.tab.press("#search-input", "Enter")
    assert "No node matches" in v.tab.inner_text("#search-status")


@needs_chromium
def test_type_and_date_filters(visit, seed_page: Path, seed_graph) -> None:
    v = visit(seed_page)
    total = seed_graph.number_of_nodes()
    articles = sum(1 for _, d in seed_graph.nodes(data=True) if d["kind"] == "article")
    v.tab.uncheck('#legend input[data-kind="article"]')
    assert v.js("() => kg.shownCount()") == total - articles
    v.tab.check('#legend input[data-kind="article"]')
    assert v.js("() => kg.shownCount()") == total
    v.tab.fill("#date-from", "1990-01-01")
    v.tab.fill("#date-to", "1990-12-31")
    v.tab.dispatch_event("#date-to", "change")
    assert v.js("() => kg.shownCount()") == 0  # nothing dated then, so no entity either
    v.tab.click("#date-clear")
    assert v.js("() => kg.shownCount()") == total


@needs_chromium
def test_physics_settles_then_stops_and_can_be_switched(visit, seed_page: Path) -> None:
    v = visit(seed_page)
    assert not v.tab.is_checked("#physics")
    where = "() => kg.nodes.getIds().map(id => kg.network.getPosition(id))"
    before = v.js(where)
    v.tab.wait_for_timeout(400)
    assert v.js(where) == before
    v.tab.check("#physics")
    assert v.js("() => kg.network.physics.options.enabled") is True
    v.tab.uncheck("#physics")
    assert v.js("() => kg.network.physics.options.enabled") is False


@needs_chromium
def test_xss_fixture_shows_as_text_and_runs_nothing(visit, xss_graph, tmp_path: Path) -> None:
    page = tmp_path / "xss.html"
    write_html(xss_graph, page)
    v = visit(page)
    label = v.js("() => kg.nodes.get().map(n => n.label)")
    assert XSS_TITLE in label  # drawn on the canvas as these very characters
    v.tab.fill("#search-input", XSS_TITLE)
    v.tab.press("#search-input", "Enter")
    v.tab.wait_for_timeout(700)
    details = v.tab.inner_text("#details")
    assert XSS_TITLE in details and "javascript:alert(1)" in details
    tooltip = v.js(
        "() => kg.nodes.get().filter(n => n.title && n.title.textContent).map(n => n.title.textContent).join(' ')"
    )
    assert "<script>alert('related')</script>" in tooltip
    event_tip = v.js(
        "(iri) => kg.nodes.get().find(n => n.iri === iri).title.textContent", XSS_EVENT
    )
    assert XSS_EVIDENCE in event_tip and f"in: {XSS_TITLE}" in event_tip
    assert "contract suspension" in event_tip and "2020-07" in event_tip
    # hover the article so vis shows its tooltip
    box = v.js(
        "() => { const id = kg.network.getSelectedNodes()[0]; const p = kg.network.getPosition(id);"
        " return kg.network.canvasToDOM(p); }"
    )
    offset = v.tab.locator("#graph").bounding_box()
    v.tab.mouse.move(offset["x"] + box["x"], offset["y"] + box["y"])
    v.tab.wait_for_timeout(600)
    assert XSS_TITLE in v.tab.inner_text("div.vis-tooltip")
    assert v.js("() => document.querySelectorAll('img, script[src], iframe').length") == 0
    assert (
        v.js(
            "() => [...document.querySelectorAll('a')].filter(a => !/^https?:/.test(a.href)).length"
        )
        == 0
    )
    assert v.dialogs == []
    assert v.errors == []
    assert [u for u in v.requests if not u.startswith("file:")] == []


@needs_chromium
def test_an_empty_graph_still_gives_a_page(visit, tmp_path: Path) -> None:
    page = tmp_path / "empty.html"
    write_html(nx.MultiDiGraph(), page)
    v = visit(page)
    assert v.js("() => kg.nodes.length") == 0
    assert v.errors == []
