"""Redraw ``docs/seeds-graph.png``: the page of the seeds' story graph in headless Chromium.

    python docs/seeds_graph.py

Builds the seeds into a temporary store, writes the page as ``kg html`` does, opens it
at 1600x1000 with Clearview AI selected (its details in the side panel) and saves the
screenshot next to this script.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from kg.browser import open_chromium
from kg.build import build
from kg.html import write_html
from kg.network import project_graph
from kg.store import open_store

ROOT = Path(__file__).resolve().parent.parent


def main() -> None:
    """Build, draw, click, shoot."""
    with tempfile.TemporaryDirectory() as folder:
        store, page = Path(folder) / "store", Path(folder) / "seeds.html"
        writable = open_store(str(store))
        build([ROOT / "seeds"], store=writable)
        writable.close()
        reader = open_store(str(store), writable=False)
        write_html(project_graph(reader), page)
        reader.close()
        with open_chromium(width=1600, height=1000) as context:
            tab = context.new_page()
            tab.goto(page.as_uri())
            tab.wait_for_function("() => window.kg && window.kg.ready")
            where = tab.evaluate(
                "() => { const n = kg.nodes.get().find(n => n.info.name === 'Clearview AI');"
                " return kg.network.canvasToDOM(kg.network.getPosition(n.id)); }"
            )
            graph = tab.locator("#graph").bounding_box()
            tab.mouse.click(graph["x"] + where["x"], graph["y"] + where["y"])
            corner = (graph["x"] + graph["width"] - 5, graph["y"] + graph["height"] - 5)
            tab.mouse.move(*corner, steps=5)  # off the node, so its tooltip goes
            tab.wait_for_timeout(500)
            tab.screenshot(path=str(ROOT / "docs" / "seeds-graph.png"))


if __name__ == "__main__":
    main()
