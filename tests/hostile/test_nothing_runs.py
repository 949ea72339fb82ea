"""Nothing an article says is ever run: not in the page ``kg html`` writes, not in SPARQL.

Article text reaches the page only as JSON data shown with ``textContent``; a
``javascript:`` (or ``data:``) URL is refused by the reader and never becomes a link;
names given to ``kg path`` and ``kg html --focus`` are compared as values, so a name
built like a SPARQL injection simply matches nothing (or the entity of that very name).
"""

from __future__ import annotations

import json
import re
import shutil
from html.parser import HTMLParser
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.cli import main

ROOT = Path(__file__).resolve().parents[2]
ODD_OUTLET = 'Quill "} UNION { ?s ?p ?o } # News'
"""An outlet name shaped like a SPARQL injection: it must match itself, nothing else."""

HOSTILE_MD = f"""---
title: "</script><script>alert('title')</script> Harbour vote"
excerpt: "<img src=x onerror=alert('excerpt')>"
publishedDateTime: 2021-03-04
webUrl: "  JavaScript:alert(document.cookie)"
provider:
  name: '{ODD_OUTLET}'
  domain: quill-news.example
images:
  - url: "javascript:alert('image')"
    title: "<svg onload=alert('img')>"
  - "data:text/html,<script>alert(1)</script>"
  - url: "https://quill-news.example/harbour.jpg"
    title: "<b onmouseover=alert('caption')>Quay</b>"
authors:
  - "<a href='javascript:alert(1)'>Dana Whitlock</a>"
topics: ["<iframe src=javascript:alert(1)>", "Harbours"]
related:
  - title: "<script>alert('related')</script>"
    webUrl: "vbscript:msgbox(1)"
---
Tarvex Labs Inc. said on Monday that the Kelso Harbour board "<script>alert('quote')</script>"
approved the quay expansion. Dana Whitlock of Tarvex Labs said the vote was close.
"""

BAD_SCHEMES = ("javascript:", "vbscript:", "data:")


class _Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))


def tags_of(page: Path) -> list[tuple[str, dict[str, str | None]]]:
    parser = _Tags()
    parser.feed(page.read_text(encoding="utf-8"))
    return parser.tags


@pytest.fixture(scope="module")
def hostile_store(tmp_path_factory: pytest.TempPathFactory, kg_run) -> Path:
    base = tmp_path_factory.mktemp("nothing-runs")
    docs = base / "docs"
    docs.mkdir()
    shutil.copy(ROOT / "tests" / "fixtures" / "xss" / "xss.md", docs / "xss.md")
    (docs / "hostile.md").write_text(HOSTILE_MD, encoding="utf-8")
    (docs / "plain.txt").write_text(
        "<b>Bold</b> claims in Kelso Harbour\n\n"
        "Officials of Kelso Harbour said <a href=\"javascript:alert('plain')\">this</a> "
        "on Friday, Tarvex Labs Inc. added.\n",
        encoding="utf-8",
    )
    store = base / "store"
    result = kg_run("build", docs, "--store", store)
    assert result.returncode == 0, result.stderr
    return store


def test_the_reader_makes_no_link_of_a_script_url(hostile_store: Path, quads_of) -> None:
    quads = quads_of(hostile_store)
    iris = {t for quad in quads for t in quad[1:] if t.startswith("<")}
    assert not [i for i in iris if i[1:].lower().startswith(BAD_SCHEMES)]
    urls = {o for g, s, p, o in quads if p == "<https://schema.org/url>"}
    assert "<https://quill-news.example/harbour.jpg>" in urls
    assert all(u.startswith(("<http://", "<https://")) for u in urls), urls


def test_the_page_has_the_structure_of_a_benign_page(
    hostile_store: Path, seed_store_dir: Path, tmp_path: Path
) -> None:
    runner = CliRunner()
    hostile, benign = tmp_path / "hostile.html", tmp_path / "benign.html"
    for store, page in ((hostile_store, hostile), (seed_store_dir, benign)):
        result = runner.invoke(main, ["html", "--store", str(store), "-o", str(page)])
        assert result.exit_code == 0, result.output
    shape = sorted({(tag, tuple(sorted(attrs))) for tag, attrs in tags_of(hostile)})
    assert shape == sorted({(tag, tuple(sorted(attrs))) for tag, attrs in tags_of(benign)})
    for tag, attrs in tags_of(hostile):
        assert not any(name.startswith("on") for name in attrs), (tag, attrs)
        assert "href" not in attrs and "src" not in attrs, (tag, attrs)
    text = hostile.read_text(encoding="utf-8")
    data = re.search(r'<script type="application/json" id="kg-data">(.*?)</script>', text, re.S)
    assert data and "<" not in data.group(1)
    nodes = json.loads(data.group(1))["nodes"]
    names = {n["info"].get("name") for n in nodes}
    assert "</script><script>alert('title')</script> Harbour vote" in names  # kept as data
    for node in nodes:
        url = node["info"].get("url")
        assert not (url and url.lower().lstrip().startswith(BAD_SCHEMES) and node["info"]["link"])
    articles = [n for n in nodes if str(n["info"].get("name")).endswith("Harbour vote")]
    assert articles and all(not n["info"].get("url") for n in articles)


INJECTIONS = [
    'Tarvex Labs" } UNION { ?s ?p ?o } #',
    "Tarvex Labs' . } DROP ALL ; #",
    "}",
    '"',
    "\\",
    "?s ?p ?o",
    "Tarvex Labs\n} INSERT DATA { <x:a> <x:b> <x:c> }",
    "<https://w3id.org/newskg/id/organization/tarvex-labs>",
]


@pytest.mark.parametrize("name", INJECTIONS)
def test_names_on_the_command_line_are_values(
    name: str, hostile_store: Path, quads_of, tmp_path: Path
) -> None:
    before = quads_of(hostile_store)
    runner = CliRunner()
    store = str(hostile_store)
    for args in (
        ["path", name, "Kelso Harbour", "--store", store],
        ["path", "Kelso Harbour", name, "--store", store],
        ["html", "--store", store, "-o", str(tmp_path / "f.html"), "--focus", name],
    ):
        result = runner.invoke(main, args)
        assert result.exit_code == 1, (args, result.output)
        assert not isinstance(result.exception, Exception) or isinstance(
            result.exception, SystemExit
        ), result.exception
        [line] = result.output.strip().splitlines()
        assert line.startswith("kg: error: no entity named "), line
    assert quads_of(hostile_store) == before


def test_a_name_shaped_like_sparql_matches_exactly_its_entity(
    hostile_store: Path, tmp_path: Path
) -> None:
    runner = CliRunner()
    store = str(hostile_store)
    found = runner.invoke(main, ["path", ODD_OUTLET, "Tarvex Labs Inc.", "--store", store])
    assert found.exit_code == 0, found.output
    assert ODD_OUTLET in found.output
    page = tmp_path / "focus.html"
    drawn = runner.invoke(main, ["html", "--store", store, "-o", str(page), "--focus", ODD_OUTLET])
    assert drawn.exit_code == 0, drawn.output
    assert page.exists()
