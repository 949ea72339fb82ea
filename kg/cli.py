"""The ``kg`` command line: a thin click layer over the library.

Every error a user can cause is a :class:`kg.errors.NewsKGError`, caught here once and
printed as one line. Exit status: 0 when everything asked was done, 1 when some inputs
were rejected (each named on stderr), 2 for a usage error.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from kg import __version__
from kg.errors import ManifestError, NewsKGError
from kg.store import STORE_ENV, open_store

EXIT_OK, EXIT_REJECTED, EXIT_USAGE = 0, 1, 2

store_option = click.option(
    "--store",
    "store_location",
    metavar="DIR",
    default=None,
    help=f"On-disk store folder [default: ./newskg-store, or ${STORE_ENV}].",
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
    "--nlp",
    "nlp_name",
    metavar="NAME",
    default=None,
    help="An installed trained spaCy pipeline (e.g. en_core_web_sm) whose entities the "
    "rules refine [default: rules only, no model].",
)
@click.option("--quiet", "-q", is_flag=True, help="Print only rejections and errors.")
def build(
    paths: tuple[Path, ...],
    store_location: str | None,
    manifest: Path | None,
    max_bytes: int | None,
    nlp_name: str | None,
    quiet: bool,
) -> None:
    """Read every article under PATHS (files or folders, recursively) into the store.

    Building the same files twice leaves the same graph; a changed file replaces its
    named graph. Bad files are named on stderr with the reason, the others are built,
    and the exit status is 1.
    """
    from kg.build import build as run_build
    from kg.read.decode import DEFAULT_MAX_BYTES

    nlp = _load_pipeline(nlp_name) if nlp_name else None
    store = open_store(store_location)
    try:
        report = run_build(
            paths,
            store=store,
            manifest=manifest,
            max_bytes=max_bytes or DEFAULT_MAX_BYTES,
            progress=not quiet and sys.stderr.isatty(),
            nlp=nlp,
        )
    finally:
        store.close()
    for rejection in report.rejected:
        click.echo(f"kg: rejected: {rejection}", err=True)
    if not quiet:
        for warning in report.warnings:
            click.echo(f"kg: warning: {warning}", err=True)
        click.echo(report.summary(), err=True)
    sys.exit(EXIT_REJECTED if report.rejected else EXIT_OK)


def _load_pipeline(name: str) -> object:
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

    store = open_store(store_location, writable=False)
    try:
        result = run_query(store, load_query(query_or_file))
        write_result(result, sys.stdout, result_format=result_format)
    finally:
        store.close()


@main.command()
@store_option
@click.option(
    "--format",
    "export_format",
    type=click.Choice(["turtle", "trig", "nquads", "ntriples", "jsonld", "rdfxml"]),
    required=True,
    help="trig and nquads keep one named graph per article; the others hold the merge.",
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

    store = open_store(store_location, writable=False)
    try:
        run_export(
            store, export_format=export_format, output=None if str(output) == "-" else output
        )
    finally:
        store.close()


@main.command()
@store_option
@click.option("--format", "stats_format", type=click.Choice(["text", "json"]), default="text")
def stats(store_location: str | None, stats_format: str) -> None:
    """Count what is in the store: triples, graphs, instances by class, articles by provider."""
    from kg.stats import compute_stats

    store = open_store(store_location, writable=False)
    try:
        result = compute_stats(store)
    finally:
        store.close()
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

    store = open_store(store_location, writable=False)
    try:
        report = validate_graph(merged_graph(store))
    finally:
        store.close()
    for violation in report.violations:
        click.echo(violation.format())
    if report.conforms:
        click.echo("valid: the graph conforms to the newskg shapes", err=True)
        return
    click.echo(f"invalid: {len(report.violations)} violation(s)", err=True)
    sys.exit(EXIT_REJECTED)


@main.command()
@store_option
@click.option(
    "-o",
    "--output",
    required=True,
    type=click.Path(dir_okay=False, path_type=Path),
    help="HTML file to write.",
)
def html(store_location: str | None, output: Path) -> None:
    """Write the interactive network of the story graph (pyvis), viewable offline."""
    from kg.html import write_html
    from kg.network import project_graph

    store = open_store(store_location, writable=False)
    try:
        graph = project_graph(store)
    finally:
        store.close()
    write_html(graph, output)
    click.echo(
        f"wrote {output}: {graph.number_of_nodes()} nodes, {graph.number_of_edges()} edges",
        err=True,
    )


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
