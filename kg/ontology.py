"""Where the ontology, the SHACL shapes and the JSON-LD context live, and loading them.

The three files are data, not code: they sit in the top-level ``ontology/`` folder of
the repository so that they can be read, diffed and published (at
``https://w3id.org/newskg/ontology`` and ``https://w3id.org/newskg/context.jsonld``)
on their own. An editable install finds them there; a wheel ships them inside the
package as ``kg/_ontology/``. Every other module asks this one for them, so that the
look-up is written once.
"""

from __future__ import annotations

import functools
from importlib import resources
from pathlib import Path

from rdflib import Graph

from kg.errors import NewsKGError

ONTOLOGY_FILE = "newskg.ttl"
SHAPES_FILE = "shapes.ttl"
CONTEXT_FILE = "context.jsonld"


def _candidate_dirs() -> list[Path]:
    """List the folders that may hold the ontology files, in the order they are tried."""
    candidates = [Path(__file__).resolve().parent.parent / "ontology"]
    try:
        packaged = resources.files("kg") / "_ontology"
    except (ModuleNotFoundError, TypeError):  # pragma: no cover - kg is always importable here
        return candidates
    # Wheels and sdists unpack to real folders; a zipped install has no usable path.
    if isinstance(packaged, Path):
        candidates.append(packaged)
    else:  # pragma: no cover - only for exotic importers
        candidates.append(Path(str(packaged)))
    return candidates


@functools.cache
def ontology_dir() -> Path:
    """Find the folder that holds ``newskg.ttl``, ``shapes.ttl`` and ``context.jsonld``.

    The repository's ``ontology/`` folder is tried first (editable installs and test
    runs), then the copy a wheel ships as package data.

    >>> (ontology_dir() / "newskg.ttl").is_file()
    True
    """
    tried = _candidate_dirs()
    for folder in tried:
        if (folder / ONTOLOGY_FILE).is_file():
            return folder
    where = ", ".join(str(folder) for folder in tried)
    raise NewsKGError(
        f"cannot find the newskg ontology ({ONTOLOGY_FILE}); looked in: {where}. "
        "Reinstall newskg, or run it from a checkout of the repository."
    )


def _existing(name: str) -> Path:
    """Return the path of one ontology file, or fail clearly if the install lacks it."""
    path = ontology_dir() / name
    if not path.is_file():
        raise NewsKGError(f"the newskg install is incomplete: {path} is missing")
    return path


def ontology_path() -> Path:
    """Return the OWL ontology in Turtle (``newskg.ttl``), which declares every ``kg:`` term."""
    return _existing(ONTOLOGY_FILE)


def shapes_path() -> Path:
    """Return the SHACL shapes in Turtle (``shapes.ttl``) that ``kg validate`` checks."""
    return _existing(SHAPES_FILE)


def context_path() -> Path:
    """Return the JSON-LD 1.1 context (``context.jsonld``) used for JSON-LD exports."""
    return _existing(CONTEXT_FILE)


def _parse_turtle(path: Path) -> Graph:
    """Parse one of the project's own Turtle files; a broken file is an install error."""
    g = Graph()
    try:
        g.parse(path, format="turtle")
    except Exception as exc:  # rdflib raises many types for a malformed file
        raise NewsKGError(f"{path}: cannot be parsed as Turtle: {exc}") from exc
    return g


@functools.cache
def load_ontology() -> Graph:
    """Return the ontology as a graph, parsed once per process.

    The graph is shared by every caller: read it, do not add to it (copy it first).

    >>> from kg.namespaces import KG
    >>> from rdflib.namespace import OWL, RDF
    >>> (KG.Withdrawal, RDF.type, OWL.Class) in load_ontology()
    True
    """
    return _parse_turtle(ontology_path())


@functools.cache
def load_shapes() -> Graph:
    """Return the SHACL shapes as a graph, parsed once per process (shared: do not modify)."""
    return _parse_turtle(shapes_path())
