"""The HTML page around the network: one self-contained file that opens offline.

pyvis's own template loads Bootstrap and vis-network from CDNs even with
``cdn_resources="in_line"``, and switches its tooltips to ``innerHTML`` as soon as a
title holds "href". This page is written from newskg's own template instead:

- vis-network's JS and CSS are read from pyvis's package files and inlined, and there
  is no ``<script src>`` or ``<link href>`` at all, so the page opens on a machine
  without internet and requests nothing;
- a Content-Security-Policy allows only the page's own scripts (by hash) and no
  network access, so even text that slipped through as markup could not run or load;
- the graph travels as JSON in a ``<script type="application/json">`` block with
  ``<``, ``>`` and ``&`` escaped, and the page builds tooltips and details with
  ``textContent``; links are made only from ``http(s)`` URLs.
"""

from __future__ import annotations

import base64
import hashlib
import json
from functools import cache
from pathlib import Path
from typing import Any

import jinja2
import pyvis
from markupsafe import Markup

VIS_VERSION = "9.1.2"


@cache
def vis_assets() -> tuple[str, str]:
    """vis-network's minified JS and its CSS, from the copy pyvis ships."""
    folder = Path(pyvis.__file__).parent / "templates" / "lib" / f"vis-{VIS_VERSION}"
    return (
        (folder / "vis-network.min.js").read_text(encoding="utf-8"),
        (folder / "vis-network.css").read_text(encoding="utf-8"),
    )


def script_json(value: Any) -> str:
    """JSON that is safe inside a ``<script>`` element: no ``</script>``, no ``<!--``.

    >>> script_json({"t": "</script><b>&"})
    '{"t":"\\\\u003c/script\\\\u003e\\\\u003cb\\\\u003e\\\\u0026"}'
    """
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    for char, escape in (("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026")):
        text = text.replace(char, escape)
    return text.replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")


def render_page(
    *,
    title: str,
    summary: str,
    notes: list[str],
    legend: list[dict[str, Any]],
    data: dict[str, Any],
) -> str:
    """The whole page as text.

    ``legend`` rows hold ``kind``, ``name``, ``count`` and ``swatch`` (an SVG made by
    :func:`swatch`); ``data`` is what the page script reads (nodes, edges, options).
    """
    vis_js, vis_css = vis_assets()
    scripts = [vis_js, PAGE_JS]
    for script in scripts:
        if "</script" in script.lower():
            raise ValueError("an inlined script holds '</script'")
    hashes = " ".join(f"'sha256-{_sha256(s)}'" for s in scripts)
    csp = (
        f"default-src 'none'; script-src {hashes}; style-src 'unsafe-inline'; "
        "img-src data:; font-src data:; connect-src 'none'; form-action 'none'; "
        "base-uri 'none'"
    )
    template = _environment().from_string(PAGE_TEMPLATE)
    return template.render(
        title=title,
        summary=summary,
        notes=notes,
        legend=legend,
        csp=csp,
        vis_css=Markup(vis_css),
        page_css=Markup(PAGE_CSS),
        vis_js=Markup(vis_js),
        page_js=Markup(PAGE_JS),
        data=Markup(script_json(data)),
    )


def swatch(shape: str, color: str, border: str) -> Markup:
    """A small SVG of a node shape for the legend (from fixed tables, never from data)."""
    points = {
        "square": "3,3 15,3 15,15 3,15",
        "triangle": "9,2 16,15 2,15",
        "triangleDown": "2,3 16,3 9,16",
        "diamond": "9,1 17,9 9,17 1,9",
        "star": "9,1 11.3,6.2 17,6.6 12.6,10.3 14,16 9,13 4,16 5.4,10.3 1,6.6 6.7,6.2",
        "hexagon": "5,2 13,2 17,9 13,16 5,16 1,9",
    }
    style = f'fill="{color}" stroke="{border}" stroke-width="1.2"'
    if shape in points:
        body = f'<polygon points="{points[shape]}" {style}/>'
    elif shape == "ellipse":
        body = f'<ellipse cx="9" cy="9" rx="8" ry="5" {style}/>'
    else:
        body = f'<circle cx="9" cy="9" r="7" {style}/>'
    return Markup(
        f'<svg width="18" height="18" viewBox="0 0 18 18" aria-hidden="true">{body}</svg>'
    )


def _sha256(text: str) -> str:
    return base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode("ascii")


@cache
def _environment() -> jinja2.Environment:
    return jinja2.Environment(autoescape=True, undefined=jinja2.StrictUndefined)


PAGE_TEMPLATE = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="{{ csp }}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="newskg">
<title>{{ title }}</title>
<style>{{ vis_css }}</style>
<style>{{ page_css }}</style>
</head>
<body>
<aside id="panel">
  <header>
    <h1>{{ title }}</h1>
    <p id="summary">{{ summary }}</p>
    {% for note in notes %}<p class="note">{{ note }}</p>{% endfor %}
  </header>
  <form id="search" autocomplete="off" role="search">
    <input id="search-input" type="search" list="search-names" placeholder="Find a name…"
           aria-label="Find a node by name">
    <button type="submit">Find</button>
    <datalist id="search-names"></datalist>
    <p id="search-status" aria-live="polite"></p>
  </form>
  <section id="legend" aria-label="Node types">
    <h2>Show</h2>
    {% for row in legend %}
    <label class="kind"><input type="checkbox" data-kind="{{ row.kind }}" checked>
      {{ row.swatch }}<span>{{ row.name }}</span><span class="count">{{ row.count }}</span></label>
    {% endfor %}
  </section>
  <section id="dates" aria-label="Date range">
    <h2>Dates</h2>
    <div class="dates">
      <input id="date-from" type="date" aria-label="From">
      <span>to</span>
      <input id="date-to" type="date" aria-label="To">
    </div>
    <button id="date-clear" type="button">All dates</button>
    <p class="hint">Undated nodes (entities) stay while a dated neighbour is shown.</p>
  </section>
  <section id="controls">
    <label><input id="physics" type="checkbox"> Physics</label>
    <button id="fit" type="button">Fit to window</button>
    <p id="status" aria-live="polite"></p>
  </section>
  <section id="details" aria-live="polite"><p class="hint">Hover a node for a summary;
    click it for details here.</p></section>
</aside>
<main id="graph" aria-label="Story graph"></main>
<script type="application/json" id="kg-data">{{ data }}</script>
<script>{{ vis_js }}</script>
<script>{{ page_js }}</script>
</body>
</html>
"""

PAGE_CSS = """
html, body { margin: 0; height: 100%; font: 14px/1.4 system-ui, -apple-system, "Segoe UI",
  Helvetica, Arial, sans-serif; color: #222; background: #fff; }
body { display: flex; }
#panel { width: 290px; flex: none; overflow-y: auto; padding: 12px 14px; box-sizing: border-box;
  border-right: 1px solid #ddd; background: #fafafa; }
#graph { flex: 1; position: relative; min-width: 0; }
h1 { font-size: 17px; margin: 0 0 4px; }
h2 { font-size: 12px; text-transform: uppercase; letter-spacing: .06em; color: #666;
  margin: 14px 0 6px; }
p { margin: 4px 0; }
.note { background: #fff4d6; border: 1px solid #f0d48a; padding: 6px 8px; border-radius: 4px;
  font-size: 13px; }
.hint { color: #777; font-size: 12px; }
#search { display: flex; flex-wrap: wrap; gap: 6px; margin-top: 10px; }
#search-input { flex: 1; min-width: 0; padding: 5px 7px; border: 1px solid #bbb;
  border-radius: 4px; font: inherit; }
#search-status { flex-basis: 100%; color: #a33; font-size: 12px; min-height: 1em; }
button { font: inherit; padding: 4px 10px; border: 1px solid #bbb; border-radius: 4px;
  background: #fff; cursor: pointer; }
button:hover { background: #f0f0f0; }
label.kind { display: flex; align-items: center; gap: 7px; padding: 2px 0; cursor: pointer; }
label.kind .count { margin-left: auto; color: #777; font-variant-numeric: tabular-nums; }
.dates { display: flex; align-items: center; gap: 6px; margin-bottom: 6px; }
.dates input { width: 112px; font: inherit; font-size: 12px; }
#controls { margin-top: 14px; display: flex; flex-wrap: wrap; gap: 8px; align-items: center; }
#status { flex-basis: 100%; color: #555; font-size: 12px; }
#details { margin-top: 12px; border-top: 1px solid #ddd; padding-top: 8px; }
.kg-tip { max-width: 360px; white-space: normal; font-size: 13px; }
.kg-tip-name { font-weight: 600; font-size: 14px; overflow-wrap: anywhere; }
.kg-tip-kind { color: #666; font-size: 12px; margin-bottom: 4px; }
.kg-tip-row { overflow-wrap: anywhere; }
.kg-tip-row b { font-weight: 600; color: #555; }
.kg-tip blockquote { margin: 6px 0 0; padding: 2px 0 2px 8px; border-left: 3px solid #edc948;
  color: #333; overflow-wrap: anywhere; }
.kg-tip-source { color: #666; font-size: 12px; }
.kg-tip a { overflow-wrap: anywhere; }
div.vis-tooltip { white-space: normal; max-width: 380px; font: inherit; padding: 8px 10px;
  background: #fff; border: 1px solid #bbb; box-shadow: 0 2px 8px rgba(0,0,0,.15); }
"""

PAGE_JS = r"""
(function () {
  "use strict";
  const data = JSON.parse(document.getElementById("kg-data").textContent);
  const byId = new Map();
  const neighbours = new Map();
  for (const node of data.nodes) {
    node.title = buildInfo(node.info, false);
    byId.set(node.id, node);
    neighbours.set(node.id, []);
  }
  for (const edge of data.edges) {
    neighbours.get(edge.from).push(edge.to);
    neighbours.get(edge.to).push(edge.from);
  }
  const nodes = new vis.DataSet(data.nodes);
  const edges = new vis.DataSet(data.edges);
  const kindOn = {};
  document.querySelectorAll("#legend input[data-kind]").forEach(function (box) {
    kindOn[box.dataset.kind] = box.checked;
  });
  let range = null;
  let shown = computeShown();
  const nodeView = new vis.DataView(nodes, { filter: function (n) { return shown.has(n.id); } });
  const edgeView = new vis.DataView(edges, {
    filter: function (e) { return shown.has(e.from) && shown.has(e.to); },
  });
  const container = document.getElementById("graph");
  const network = new vis.Network(container, { nodes: nodeView, edges: edgeView }, data.options);
  const physicsBox = document.getElementById("physics");
  physicsBox.checked = Boolean(data.options.physics.enabled);
  const status = document.getElementById("status");
  const kg = { nodes: nodes, edges: edges, network: network, ready: false, readyMs: null,
               focus: focusByName, shownCount: function () { return nodeView.length; } };
  window.kg = kg;

  function markReady() {
    if (kg.ready) { return; }
    kg.ready = true;
    kg.readyMs = performance.now();
    document.body.dataset.ready = "true";
    showStatus();
    if (data.focus.length) {
      network.selectNodes(data.focus);
      showDetails(data.focus[0]);
    }
  }
  if (data.nodes.length === 0) {
    markReady();  // nothing to lay out or draw: vis sends no events
  } else if (physicsBox.checked) {
    status.textContent = "Laying out…";
    network.on("stabilizationProgress", function (p) {
      status.textContent = "Laying out… " + Math.round(100 * p.iterations / p.total) + "%";
    });
    // Settle, then stop: a graph with several components drifts apart for ever under
    // forceAtlas2, and a still picture is what a reader wants; the box turns it back on.
    network.once("stabilizationIterationsDone", function () {
      network.setOptions({ physics: { enabled: false } });
      physicsBox.checked = false;
      network.once("afterDrawing", markReady);
      network.redraw();
    });
  } else {
    network.once("afterDrawing", markReady);
  }

  function computeShown() {
    const result = new Set();
    for (const node of data.nodes) {
      if (!kindOn[node.group] || !node.start) { continue; }
      if (!range || (node.end >= range.from && node.start <= range.to)) { result.add(node.id); }
    }
    for (const node of data.nodes) {
      if (!kindOn[node.group] || node.start) { continue; }
      const linked = range && neighbours.get(node.id).some(function (m) {
        return result.has(m) && byId.get(m).start;
      });
      if (!range || linked) { result.add(node.id); }
    }
    return result;
  }
  function refresh() {
    shown = computeShown();
    nodeView.refresh();
    edgeView.refresh();
    showStatus();
  }
  function showStatus() {
    status.textContent = "Showing " + nodeView.length.toLocaleString("en") + " of " +
      data.nodes.length.toLocaleString("en") + " nodes, " + edgeView.length.toLocaleString("en") +
      " of " + data.edges.length.toLocaleString("en") + " edges.";
  }

  document.querySelectorAll("#legend input[data-kind]").forEach(function (box) {
    box.addEventListener("change", function () {
      kindOn[box.dataset.kind] = box.checked;
      refresh();
    });
  });
  const dateFrom = document.getElementById("date-from");
  const dateTo = document.getElementById("date-to");
  if (data.dates.min) {
    for (const input of [dateFrom, dateTo]) {
      input.min = data.dates.min;
      input.max = data.dates.max;
    }
  } else {
    document.getElementById("dates").hidden = true;
  }
  function readRange() {
    range = (dateFrom.value || dateTo.value)
      ? { from: dateFrom.value || "0000-01-01", to: dateTo.value || "9999-12-31" } : null;
    refresh();
  }
  dateFrom.addEventListener("change", readRange);
  dateTo.addEventListener("change", readRange);
  document.getElementById("date-clear").addEventListener("click", function () {
    dateFrom.value = ""; dateTo.value = ""; readRange();
  });
  physicsBox.addEventListener("change", function () {
    network.setOptions({ physics: { enabled: physicsBox.checked } });
  });
  document.getElementById("fit").addEventListener("click", function () {
    network.fit({ animation: { duration: 400 } });
  });

  const names = [];
  const list = document.getElementById("search-names");
  for (const node of data.nodes) {
    const all = [node.info.name].concat(node.info.aliases);
    const keys = all.map(function (s) { return s.toLowerCase(); });
    names.push({ id: node.id, keys: keys, value: node.value });
  }
  const sorted = data.nodes.slice().sort(function (a, b) { return b.value - a.value; });
  for (const node of sorted.slice(0, 5000)) {
    const option = document.createElement("option");
    option.value = node.info.name;
    list.appendChild(option);
  }
  function findByName(query) {
    const q = query.trim().toLowerCase();
    if (!q) { return null; }
    let best = null;
    let bestScore = -1;
    for (const entry of names) {
      let score = -1;
      for (const key of entry.keys) {
        if (key === q) { score = Math.max(score, 3); }
        else if (key.startsWith(q)) { score = Math.max(score, 2); }
        else if (key.includes(q)) { score = Math.max(score, 1); }
      }
      if (score > bestScore || (score === bestScore && score >= 0 && entry.value > best.value)) {
        best = entry; bestScore = score;
      }
    }
    return bestScore >= 0 ? best.id : null;
  }
  function focusNode(id) {
    const node = byId.get(id);
    if (!shown.has(id)) {
      const box = document.querySelector('#legend input[data-kind="' + node.group + '"]');
      if (box) { box.checked = true; }
      kindOn[node.group] = true;
      dateFrom.value = ""; dateTo.value = ""; range = null;
      refresh();
    }
    network.selectNodes([id]);
    network.focus(id, { scale: Math.max(network.getScale(), 1.2),
                        animation: { duration: 500, easingFunction: "easeInOutQuad" } });
    showDetails(id);
  }
  function focusByName(query) {
    const id = findByName(query);
    const message = document.getElementById("search-status");
    if (id === null) { message.textContent = "No node matches that name."; return null; }
    message.textContent = "";
    focusNode(id);
    return id;
  }
  document.getElementById("search").addEventListener("submit", function (event) {
    event.preventDefault();
    focusByName(document.getElementById("search-input").value);
  });
  network.on("click", function (params) {
    if (params.nodes.length) { showDetails(params.nodes[0]); }
  });

  function showDetails(id) {
    const panel = document.getElementById("details");
    panel.replaceChildren(buildInfo(byId.get(id).info, true));
  }
  function element(tag, className, text) {
    const el = document.createElement(tag);
    if (className) { el.className = className; }
    if (text !== undefined && text !== null) { el.textContent = String(text); }
    return el;
  }
  function isWebUrl(value) {
    try {
      const url = new URL(value);
      return url.protocol === "http:" || url.protocol === "https:";
    } catch (error) {
      return false;
    }
  }
  function row(box, key, value) {
    const line = element("div", "kg-tip-row");
    line.appendChild(element("b", null, key + ": "));
    line.appendChild(document.createTextNode(String(value)));
    box.appendChild(line);
  }
  function buildInfo(info, full) {
    const box = element("div", "kg-tip");
    box.appendChild(element("div", "kg-tip-name", info.name));
    const kind = info.type ? info.type + " (" + info.kind + ")" : info.kind;
    box.appendChild(element("div", "kg-tip-kind", kind));
    if (info.date) { row(box, "date", info.date); }
    if (info.aliases && info.aliases.length) { row(box, "also", info.aliases.join(", ")); }
    for (const fact of info.facts || []) { row(box, fact[0], fact[1]); }
    if (info.url) {
      if (full && info.link && isWebUrl(info.url)) {
        const line = element("div", "kg-tip-row");
        const link = element("a", null, info.url);
        link.href = info.url;
        link.target = "_blank";
        link.rel = "noopener noreferrer";
        line.appendChild(link);
        box.appendChild(line);
      } else {
        row(box, "url", info.url);
      }
    }
    const evidence = info.evidence || [];
    for (const item of full ? evidence : evidence.slice(0, 2)) {
      box.appendChild(element("blockquote", null, item.text));
      if (item.article) { box.appendChild(element("div", "kg-tip-source", "in: " + item.article)); }
    }
    if (!full && evidence.length > 2) {
      const more = "and " + (evidence.length - 2) + " more (click the node)";
      box.appendChild(element("div", "kg-tip-source", more));
    }
    return box;
  }
})();
"""
