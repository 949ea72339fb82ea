"""The ``kg`` command line: a thin click layer over the library.

Every error a user can cause is a :class:`kg.errors.NewsKGError`, caught here once and
printed as one line. Exit status: 0 when everything asked was done, 1 when some inputs
were rejected (each named on stderr), 2 for a usage error.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING

import click

from kg import __version__
from kg.errors import ManifestError, NewsKGError
from kg.store import STORE_ENV, open_store

if TYPE_CHECKING:
    from spacy.language import Language

EXIT_OK, EXIT_REJECTED, EXIT_USAGE = 0, 1, 2

store_option = click.option(
    "--store",
    "store_location",
    metavar="DIR|URL",
    default=None,
    help="On-disk store folder, or the http(s) URL of a SPARQL 1.1 endpoint with Update "
    f"and the Graph Store protocol [default: ./newskg-store, or ${STORE_ENV}].",
)


class KGGroup(click.Group):
    """Turns library errors into one ``kg: error: ...`` line and the right exit status."""

    def invoke(self, ctx: click.Context) -> object:
        """Run the command; print a library error as one line and exit with its status."""
        try:
            return super().invoke(ctx)
        except ManifestError as error:
            click.echo(f"kg: error: {error}", err=True)
            sys.exit(EXIT_USAGE)
        except NewsKGError as error:
            click.echo(f"kg: error: {error}", err=True)
            sys.exit(EXIT_REJECTED)


@click.group(cls=KGGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="kg")
def main() -> None:
    """Build a story graph from news articles, then query, export and explore it."""


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@store_option
@click.option(
    "--manifest",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="CSV with a 'path' column (relative to the CSV) and any of url, published, "
    "title, provider_name, provider_domain: fills what a file does not say.",
)
@click.option(
    "--max-bytes",
    type=click.IntRange(min=1),
    default=None,
    help="Reject files larger than this [default: 10 MiB].",
)
@click.option(
    "--max-entities",
    metavar="N",
    type=click.IntRange(min=1),
    default=None,
    help="Keep at most N distinct entities per article; a note names each file cut "
    "[default: 1000].",
)
@click.option(
    "--nlp",
    "nlp_name",
    metavar="NAME",
    default=None,
    help="An installed trained spaCy pipeline (e.g. en_core_web_sm) whose entities the "
    "rules refine [default: rules only, no model].",
)
@click.option(
    "--prune",
    is_flag=True,
    help="Remove the graphs of articles whose files under PATHS no longer exist.",
)
@click.option(
    "--workers",
    type=click.IntRange(min=1),
    default=1,
    show_default=True,
    help="Extract on this many local processes (or Dask workers of a local cluster).",
)
@click.option(
    "--engine",
    type=click.Choice(["local", "dask"]),
    default="local",
    show_default=True,
    help="Where extraction runs: local processes, or a Dask cluster (needs newskg[dask]).",
)
@click.option(
    "--scheduler",
    metavar="ADDRESS",
    default=None,
    help="Dask scheduler address (tcp://host:8786) for --engine dask "
    "[default: start a local cluster of --workers processes].",
)
@click.option("--quiet", "-q", is_flag=True, help="Print only rejections and errors.")
@click.option(
    "--timings",
    is_flag=True,
    help="Also print how long each step of the build took (on stderr, even with --quiet).",
)
def build(
    paths: tuple[Path, ...],
    store_location: str | None,
    manifest: Path | None,
    max_bytes: int | None,
    max_entities: int | None,
    nlp_name: str | None,
    prune: bool,
    workers: int,
    engine: str,
    scheduler: str | None,
    quiet: bool,
    timings: bool,
) -> None:
    """Read every article under PATHS (files or folders, recursively) into the store.

    Building the same files twice leaves the same graph; a changed file replaces its
    named graph. Bad files are named on stderr with the reason, the others are built,
    and the exit status is 1.
    """
    from kg.build import build as run_build
    from kg.engines import open_engine
    from kg.extract.limits import DEFAULT_MAX_ENTITIES
    from kg.read.decode import DEFAULT_MAX_BYTES

    if scheduler and engine != "dask":
        raise click.BadParameter("needs --engine dask", param_hint="--scheduler")
    nlp = _load_pipeline(nlp_name) if nlp_name else None
    with open_store(store_location) as store:
        runner = open_engine(engine, workers=workers, scheduler=scheduler)
        try:
            report = run_build(
                paths,
                store=store,
                manifest=manifest,
                max_bytes=max_bytes or DEFAULT_MAX_BYTES,
                progress=not quiet and sys.stderr.isatty(),
                nlp=nlp,
                max_entities=max_entities or DEFAULT_MAX_ENTITIES,
                engine=runner,
                prune=prune,
            )
        finally:
            runner.close()
    for rejection in report.rejected:
        click.echo(f"kg: rejected: {rejection}", err=True)
    if not quiet:
        for warning in report.warnings:
            click.echo(f"kg: warning: {warning}", err=True)
        click.echo(report.summary(), err=True)
    if timings:
        steps = ", ".join(f"{step} {seconds:.1f} s" for step, seconds in report.timings.items())
        click.echo(f"kg: timings: {steps}", err=True)
    sys.exit(EXIT_REJECTED if report.rejected else EXIT_OK)


def _load_pipeline(name: str) -> Language:
    """Load an installed spaCy pipeline by name, or stop with a usage error."""
    import spacy

    try:
        return spacy.load(name)
    except OSError as error:
        raise click.BadParameter(
            f"no installed spaCy pipeline named {name!r} ({' '.join(str(error).split())[:120]})",
            param_hint="--nlp",
        ) from error


@main.command()
@click.argument("query_or_file", metavar="QUERY_OR_FILE.rq")
@store_option
@click.option(
    "--format",
    "result_format",
    type=click.Choice(["table", "csv", "tsv", "json"]),
    default="table",
    show_default=True,
    help="Result format; json is the W3C SPARQL 1.1 Query Results JSON format.",
)
def query(query_or_file: str, store_location: str | None, result_format: str) -> None:
    """Run a SPARQL 1.1 query (inline text or a .rq file) over the store.

    The default graph is the merge of every article's graph; the prefixes schema:,
    kg:, prov:, xsd:, rdf:, rdfs:, owl:, skos: and id: are predeclared. CONSTRUCT and
    DESCRIBE results are printed as Turtle.
    """
    from kg.query import load_query, run_query, write_result

    with open_store(store_location, writable=False) as store:
        result = run_query(store, load_query(query_or_file))
        write_result(result, sys.stdout, result_format=result_format)


@main.command()
@store_option
@click.option(
    "--format",
    "export_format",
    type=click.Choice(
        ["turtle", "trig", "nquads", "ntriples", "jsonld", "rdfxml", "graphml", "gexf"]
    ),
    required=True,
    help="trig and nquads keep one named graph per article; the others hold the merge; "
    "graphml and gexf hold the network that kg html draws, for Gephi and Cytoscape.",
)
@click.option(
    "-o",
    "--output",
    required=True,
    type=click.Path(dir_okay=False, allow_dash=True, path_type=Path),
    help="File to write ('-' for standard output).",
)
def export(store_location: str | None, export_format: str, output: Path) -> None:
    """Write the whole graph to a file in a standard RDF format."""
    from kg.export import export as run_export

    with open_store(store_location, writable=False) as store:
        run_export(
            store, export_format=export_format, output=None if str(output) == "-" else output
        )


@main.command()
@store_option
@click.option("--format", "stats_format", type=click.Choice(["text", "json"]), default="text")
def stats(store_location: str | None, stats_format: str) -> None:
    """Count what is in the store: triples, graphs, instances by class, articles by provider."""
    from kg.stats import compute_stats

    with open_store(store_location, writable=False) as store:
        result = compute_stats(store)
    if stats_format == "json":
        click.echo(json.dumps(result.as_dict(), indent=1))
    else:
        click.echo(result.format())


@main.command()
@store_option
def validate(store_location: str | None) -> None:
    """Check the store against the SHACL shapes in ontology/shapes.ttl.

    Prints one line per violation and exits 1 when there is any.
    """
    from kg.export import merged_graph
    from kg.validate import validate_graph

    with open_store(store_location, writable=False) as store:
        report = validate_graph(merged_graph(store))
    for violation in report.violations:
        click.echo(violation.format())
    if report.conforms:
        click.echo("valid: the graph conforms to the newskg shapes", err=True)
        return
    click.echo(f"invalid: {len(report.violations)} violation(s)", err=True)
    sys.exit(EXIT_REJECTED)


NODE_TYPES = ("article", "provider", "organization", "person", "place", "topic", "event", "story")
"""The kinds of node ``--type`` takes (``kg.network.KINDS``; listed here to keep start-up fast)."""


@main.command()
@store_option
@click.option(
    "-o",
    "--output",
    required=True,
    type=click.Path(dir_okay=False, path_type=Path),
    help="HTML file to write.",
)
@click.option(
    "--focus",
    metavar="NAME",
    default=None,
    help="Draw only the neighbourhood of this entity (its name or an alternate name, any case).",
)
@click.option(
    "--depth",
    metavar="N",
    type=click.IntRange(min=0),
    default=2,
    show_default=True,
    help="How many steps out from the --focus entity.",
)
@click.option(
    "--type",
    "kinds",
    multiple=True,
    type=click.Choice(NODE_TYPES),
    help="Keep only nodes of this type (repeatable) [default: all].",
)
@click.option(
    "--max-nodes",
    metavar="N",
    type=click.IntRange(min=0),
    default=2000,
    show_default=True,
    help="Keep only the N most important nodes (PageRank) that hold together; 0 keeps "
    "all. The page says what was left out.",
)
def html(
    store_location: str | None,
    output: Path,
    focus: str | None,
    depth: int,
    kinds: tuple[str, ...],
    max_nodes: int,
) -> None:
    """Write the interactive network of the story graph (pyvis), viewable offline.

    Articles, outlets, organisations, persons, places, topics, events and stories,
    sized by importance, with a search box, type and date filters. Large graphs are cut
    to the most important nodes (--max-nodes) and laid out before they reach the browser.
    """
    from kg.html import render_view, write_text_atomically
    from kg.network import project_graph

    with open_store(store_location, writable=False) as store:
        G = project_graph(store)
    text, page, notes = render_view(G, focus=focus, depth=depth, kinds=kinds, max_nodes=max_nodes)
    write_text_atomically(output, text)
    click.echo(f"wrote {output}: {page.nodes} nodes, {page.edges} edges", err=True)
    for note in notes:
        click.echo(f"kg: {note}", err=True)


@main.command()
@store_option
@click.option(
    "--top",
    metavar="N",
    type=click.IntRange(min=1),
    default=10,
    show_default=True,
    help="How many entities per ranking, and communities, to print.",
)
@click.option(
    "--format",
    "analysis_format",
    type=click.Choice(["text", "json"]),
    default="text",
    show_default=True,
)
def analyse(store_location: str | None, top: int, analysis_format: str) -> None:
    """Print the most central entities (degree, betweenness, PageRank) and the communities.

    Communities are found with Louvain, seeded, so every run gives the same answer.
    """
    from kg.analyse import analyse as run_analysis
    from kg.network import project_graph

    with open_store(store_location, writable=False) as store:
        G = project_graph(store)
    result = run_analysis(G, top=top)
    if analysis_format == "json":
        click.echo(json.dumps(result.as_dict(), indent=1, ensure_ascii=False))
    else:
        click.echo(result.format())


@main.command(name="path")
@click.argument("source", metavar="A")
@click.argument("target", metavar="B")
@store_option
@click.option(
    "--format",
    "path_format",
    type=click.Choice(["text", "json"]),
    default="text",
    show_default=True,
)
def path_command(source: str, target: str, store_location: str | None, path_format: str) -> None:
    """Print the shortest connection between entities A and B, with the articles behind each step.

    A and B are names or alternate names, in any case. Exits 1 when a name matches no
    entity (the closest names are listed) or nothing joins the two.
    """
    from kg.analyse import connect
    from kg.network import project_graph

    with open_store(store_location, writable=False) as store:
        G = project_graph(store)
    steps = connect(G, source, target)
    if path_format == "json":
        click.echo(json.dumps([s.as_dict() for s in steps], indent=1, ensure_ascii=False))
    elif not steps:
        click.echo(f"{source} and {target} are the same entity")
    else:
        for step in steps:
            click.echo(step.format())


@main.command()
@click.option(
    "--store",
    "store_location",
    metavar="DIR",
    default=None,
    help=f"On-disk store folder to serve [default: ./newskg-store, or ${STORE_ENV}].",
)
@click.option(
    "--host",
    default="127.0.0.1",
    show_default=True,
    help="Address to listen on (0.0.0.0 for every interface).",
)
@click.option(
    "--port",
    type=click.IntRange(min=0, max=65535),
    default=7878,
    show_default=True,
    help="Port for the endpoint, the query UI and the network page (0: any free port).",
)
@click.option(
    "--update",
    is_flag=True,
    help="Accept SPARQL Update and Graph Store writes; the server then owns the store, "
    "so builds go through it (kg build --store http://HOST:PORT).",
)
def serve(store_location: str | None, host: str, port: int, update: bool) -> None:
    """Serve the store over HTTP: SPARQL 1.1 endpoint, query UI and network page, one port.

    SPARQL queries at /query (updates at /update with --update), the Graph Store
    protocol at /store, the query UI at / and the network page at /network (it takes
    focus, depth, type and max-nodes like kg html). Runs Oxigraph's server over the
    store; Ctrl-C stops both.
    """
    from kg.serve import Serving
    from kg.serve import serve as run_server
    from kg.store import default_store_location, is_remote

    location = store_location or default_store_location()
    if is_remote(location):
        raise click.BadParameter(
            "kg serve serves an on-disk store; a URL is already a server", param_hint="--store"
        )
    if update and host not in ("127.0.0.1", "localhost", "::1"):
        click.echo(f"kg: warning: anyone who reaches {host}:{port} can change the store", err=True)

    def announce(serving: Serving) -> None:
        click.echo(f"kg: {serving.describe()}", err=True)

    run_server(Path(location), host=host, port=port, update=update, announce=announce)


@main.command(name="eval")
@click.argument("gold", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option(
    "--docs",
    type=click.Path(exists=True, file_okay=False, path_type=Path),
    default=None,
    help="Folder of the annotated documents [default: the gold file's folder].",
)
@click.option(
    "--manifest",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    default=None,
    help="Manifest CSV for the documents' metadata, as for kg build.",
)
@click.option("--format", "eval_format", type=click.Choice(["text", "json"]), default="text")
@click.option("--errors", is_flag=True, help="List each false positive and false negative.")
def evaluate(
    gold: Path, docs: Path | None, manifest: Path | None, eval_format: str, errors: bool
) -> None:
    """Score extraction against gold annotations (the gold format of tests/fixtures).

    Prints precision, recall and F1 per class of entity, and for plain-text documents
    of boilerplate separation and bylines.
    """
    from kg.evaluate.report import evaluate_gold, format_report

    report = evaluate_gold(gold, docs_dir=docs, manifest=manifest)
    if eval_format == "json":
        click.echo(json.dumps(report, indent=1, ensure_ascii=False))
    else:
        click.echo(format_report(report, errors=errors))
