"""SHACL validation: well-formed graphs pass, each kind of defect is named on one line."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import pytest
from rdflib import BNode, Dataset, Graph, Literal, URIRef
from rdflib.namespace import PROV, RDF, XSD

from kg.namespaces import ID, KG, SCHEMA, SH
from kg.ontology import load_shapes
from kg.validate import ValidationReport, Violation, format_term, validate_graph

ARTICLE = ID["article/betakit.com/clearview-ai-canada"]
RELATED = ID["article/cbc.ca/1.5639380"]
PUBLISHER = ID["organization/betakit"]
ORG = ID["organization/clearview-ai"]
RCMP = ID["organization/royal-canadian-mounted-police"]
PERSON = ID["person/brad-smith"]
PLACE = ID["place/canada"]
TOPIC = ID["topic/ai"]
IMAGE = ID["image/0123456789abcdef"]
EVENT = ID["event/withdrawal-clearview-ai-canada"]
MENTION = ID["mention/m1"]
GRAPH = ID["graph/betakit.com/clearview-ai-canada"]
SOURCE = ID["source/0123456789abcdef"]
INGESTION = ID["activity/0123456789abcdef"]
HEADLINE = "Clearview AI cancels contract with RCMP"


def well_formed() -> Graph:
    """One article with everything the mapper writes, as in the graph contract."""
    g = Graph()
    pv = BNode()
    evidence = "Clearview AI will cease offering its facial recognition services in Canada."
    for triple in [
        (ARTICLE, RDF.type, SCHEMA.NewsArticle),
        (ARTICLE, SCHEMA.headline, Literal(HEADLINE)),
        (ARTICLE, SCHEMA.description, Literal("Bowing to months of pressure...")),
        (ARTICLE, SCHEMA.url, URIRef("https://betakit.com/clearview-ai-canada/")),
        (ARTICLE, SCHEMA.datePublished, Literal("2020-07-06", datatype=XSD.date)),
        (ARTICLE, SCHEMA.publisher, PUBLISHER),
        (ARTICLE, SCHEMA.author, PERSON),
        (ARTICLE, SCHEMA.contributor, PERSON),
        (ARTICLE, SCHEMA.about, TOPIC),
        (ARTICLE, SCHEMA.image, IMAGE),
        (ARTICLE, SCHEMA.mentions, ORG),
        (ARTICLE, SCHEMA.mentions, RCMP),
        (ARTICLE, SCHEMA.mentions, PLACE),
        (ARTICLE, SCHEMA.articleBody, Literal("The Office of the Privacy Commissioner...")),
        (ARTICLE, SCHEMA.articleSection, Literal("news")),
        (ARTICLE, KG.articleType, Literal("article")),
        (ARTICLE, SCHEMA.additionalProperty, pv),
        (ARTICLE, KG.relatedArticle, RELATED),
        (pv, RDF.type, SCHEMA.PropertyValue),
        (pv, SCHEMA.propertyID, Literal("quality")),
        (pv, SCHEMA.value, Literal(54)),
        # a related-article stub: a URL and nothing else is enough
        (RELATED, RDF.type, SCHEMA.NewsArticle),
        (RELATED, SCHEMA.url, URIRef("https://www.cbc.ca/news/1.5639380")),
        (IMAGE, RDF.type, SCHEMA.ImageObject),
        (IMAGE, SCHEMA.url, URIRef("https://betakit.com/wp-content/uploads/clearview.jpg")),
        (IMAGE, SCHEMA.width, Literal(1024)),
        (IMAGE, SCHEMA.height, Literal(683)),
        (IMAGE, SCHEMA.name, Literal("Clearview AI")),
        (PUBLISHER, RDF.type, SCHEMA.Organization),
        (PUBLISHER, SCHEMA.name, Literal("BetaKit")),
        (PUBLISHER, SCHEMA.url, URIRef("https://betakit.com")),
        (ORG, RDF.type, SCHEMA.Organization),
        (ORG, SCHEMA.name, Literal("Clearview AI Inc.")),
        (ORG, SCHEMA.alternateName, Literal("Clearview")),
        (RCMP, RDF.type, SCHEMA.Organization),
        (RCMP, SCHEMA.name, Literal("Royal Canadian Mounted Police")),
        (RCMP, SCHEMA.alternateName, Literal("RCMP")),
        (PERSON, RDF.type, SCHEMA.Person),
        (PERSON, SCHEMA.name, Literal("Brad Smith")),
        (PLACE, RDF.type, SCHEMA.Place),
        (PLACE, SCHEMA.name, Literal("Canada")),
        (PLACE, SCHEMA.sameAs, URIRef("https://sws.geonames.org/6251999/")),
        (TOPIC, RDF.type, SCHEMA.DefinedTerm),
        (TOPIC, SCHEMA.name, Literal("AI")),
        (EVENT, RDF.type, KG.Event),
        (EVENT, RDF.type, KG.Withdrawal),
        (EVENT, KG.agent, ORG),
        (EVENT, KG.object, Literal("its facial recognition services")),
        (EVENT, KG.place, PLACE),
        (EVENT, KG.date, Literal("2020-07-06", datatype=XSD.date)),
        (EVENT, KG.evidence, Literal(evidence)),
        (EVENT, KG.reportedBy, ARTICLE),
        (MENTION, RDF.type, KG.Mention),
        (MENTION, KG.mentionOf, ORG),
        (MENTION, KG.inArticle, ARTICLE),
        (MENTION, KG.surfaceForm, Literal("Clearview AI")),
        (MENTION, KG.beginIndex, Literal(0, datatype=XSD.integer)),
        (MENTION, KG.endIndex, Literal(12, datatype=XSD.integer)),
        (MENTION, KG.sentence, Literal(HEADLINE)),
        (GRAPH, RDF.type, KG.ArticleGraph),
        (GRAPH, KG.describesArticle, ARTICLE),
        (GRAPH, PROV.wasDerivedFrom, SOURCE),
        (GRAPH, PROV.wasGeneratedBy, INGESTION),
        (GRAPH, PROV.generatedAtTime, Literal("2024-05-01T12:00:00+00:00", datatype=XSD.dateTime)),
        (SOURCE, RDF.type, KG.SourceFile),
        (SOURCE, KG.sourcePath, Literal("seeds/000_9d8becf6d8fdd231.txt")),
        (SOURCE, KG.contentHash, Literal("sha256:" + "ab" * 32)),
        (SOURCE, KG.mediaType, Literal("text/markdown")),
        (SOURCE, KG.extractionRecord, Literal('{"headline": "x"}', datatype=RDF.JSON)),
        (INGESTION, RDF.type, KG.Ingestion),
        (INGESTION, PROV.used, SOURCE),
        (INGESTION, PROV.endedAtTime, Literal("2024-05-01T12:00:00+00:00", datatype=XSD.dateTime)),
        (INGESTION, KG.parserVersion, Literal("newskg 0.1.0")),
    ]:
        g.add(triple)
    return g


Edit = Callable[[Graph], None]


@dataclass(frozen=True)
class Defect:
    """A change that breaks a well-formed graph, and the violation it must produce."""

    name: str
    edit: Edit
    focus: URIRef
    path: str
    value: Literal | URIRef | None = None


def _replace(s: URIRef, p: URIRef, o: Literal | URIRef) -> Edit:
    return lambda g: g.set((s, p, o))


def _add(s: URIRef, p: URIRef, o: Literal | URIRef) -> Edit:
    return lambda g: g.add((s, p, o))


def _drop(s: URIRef, p: URIRef) -> Edit:
    return lambda g: g.remove((s, p, None))


def _drop_headline_and_url(g: Graph) -> None:
    g.remove((ARTICLE, SCHEMA.headline, None))
    g.remove((ARTICLE, SCHEMA.url, None))


def _bare_arrest(g: Graph) -> None:
    # Typed with the specific class only: the shape for kg:Event must still apply.
    arrest = ID["event/arrest"]
    g.add((arrest, RDF.type, KG.Arrest))
    g.add((arrest, KG.evidence, Literal("Police arrested a man.")))


DEFECTS = [
    Defect(
        "article without headline or url",
        _drop_headline_and_url,
        ARTICLE,
        "schema:headline|schema:url",
    ),
    Defect(
        "date that is not a date",
        _replace(ARTICLE, SCHEMA.datePublished, Literal("yesterday")),
        ARTICLE,
        "schema:datePublished",
        Literal("yesterday"),
    ),
    Defect(
        "organisation with two names",
        _add(ORG, SCHEMA.name, Literal("Clearview")),
        ORG,
        "schema:name",
    ),
    Defect("event without reportedBy", _drop(EVENT, KG.reportedBy), EVENT, "kg:reportedBy"),
    Defect(
        "image with a string width",
        _replace(IMAGE, SCHEMA.width, Literal("1024")),
        IMAGE,
        "schema:width",
        Literal("1024"),
    ),
    Defect(
        "subclass-only event without reportedBy", _bare_arrest, ID["event/arrest"], "kg:reportedBy"
    ),
    Defect("event without evidence", _drop(EVENT, KG.evidence), EVENT, "kg:evidence"),
    Defect(
        "event with two dates",
        _add(EVENT, KG.date, Literal("2020-07", datatype=XSD.gYearMonth)),
        EVENT,
        "kg:date",
    ),
    Defect(
        "event date as a string",
        _replace(EVENT, KG.date, Literal("July 6")),
        EVENT,
        "kg:date",
        Literal("July 6"),
    ),
    Defect(
        "event agent as a literal",
        _replace(EVENT, KG.agent, Literal("Clearview AI")),
        EVENT,
        "kg:agent",
        Literal("Clearview AI"),
    ),
    Defect("person without a name", _drop(PERSON, SCHEMA.name), PERSON, "schema:name"),
    Defect(
        "place with a language-tagged name",
        _replace(PLACE, SCHEMA.name, Literal("Canada", lang="en")),
        PLACE,
        "schema:name",
        Literal("Canada", lang="en"),
    ),
    Defect("topic with two names", _add(TOPIC, SCHEMA.name, Literal("A.I.")), TOPIC, "schema:name"),
    Defect(
        "url as a string",
        _replace(ARTICLE, SCHEMA.url, Literal("https://betakit.com/x")),
        ARTICLE,
        "schema:url",
        Literal("https://betakit.com/x"),
    ),
    Defect(
        "publisher that is not an organisation",
        _replace(ARTICLE, SCHEMA.publisher, PERSON),
        ARTICLE,
        "schema:publisher",
        PERSON,
    ),
    Defect(
        "reportedBy pointing at nothing",
        _add(EVENT, KG.reportedBy, ID["article/nowhere"]),
        ID["article/nowhere"],
        "schema:headline|schema:url",
    ),
    Defect(
        "a negative mention offset",
        _replace(MENTION, KG.beginIndex, Literal(-1)),
        MENTION,
        "kg:beginIndex",
        Literal(-1),
    ),
    Defect(
        "mention ending before it begins",
        _replace(MENTION, KG.endIndex, Literal(0, datatype=XSD.integer)),
        MENTION,
        "kg:beginIndex",
        Literal(0, datatype=XSD.integer),
    ),
    Defect("mention without an entity", _drop(MENTION, KG.mentionOf), MENTION, "kg:mentionOf"),
    Defect(
        "content hash without algorithm",
        _replace(SOURCE, KG.contentHash, Literal("ab" * 32)),
        SOURCE,
        "kg:contentHash",
        Literal("ab" * 32),
    ),
    Defect(
        "article graph not derived from a file",
        _drop(GRAPH, PROV.wasDerivedFrom),
        GRAPH,
        "prov:wasDerivedFrom",
    ),
    Defect(
        "generation time as a date",
        _replace(GRAPH, PROV.generatedAtTime, Literal("2024-05-01", datatype=XSD.date)),
        GRAPH,
        "prov:generatedAtTime",
        Literal("2024-05-01", datatype=XSD.date),
    ),
    Defect(
        "extraction record as a string",
        _replace(SOURCE, KG.extractionRecord, Literal("{}")),
        SOURCE,
        "kg:extractionRecord",
        Literal("{}"),
    ),
]


def _copy(g: Graph) -> Graph:
    out = Graph()
    for triple in g:
        out.add(triple)
    return out


def _lines(report: ValidationReport) -> str:
    return "\n".join(v.format() for v in report.violations)


# --- well-formed graphs -------------------------------------------------------------


def test_well_formed_graph_conforms() -> None:
    report = validate_graph(well_formed())
    assert report.conforms, _lines(report)
    assert report.violations == ()


def test_empty_graph_conforms() -> None:
    assert validate_graph(Graph()) == ValidationReport(conforms=True, violations=())


@pytest.mark.parametrize(
    "date",
    [
        Literal("2020-07-06", datatype=XSD.date),
        Literal("2020-07", datatype=XSD.gYearMonth),
        Literal("2020", datatype=XSD.gYear),
    ],
    ids=["date", "gYearMonth", "gYear"],
)
def test_each_event_date_type_is_accepted(date: Literal) -> None:
    g = well_formed()
    g.set((EVENT, KG.date, date))
    report = validate_graph(g)
    assert report.conforms, _lines(report)


def test_publication_time_may_be_a_datetime() -> None:
    g = well_formed()
    g.set(
        (ARTICLE, SCHEMA.datePublished, Literal("2020-07-06T19:41:00+00:00", datatype=XSD.dateTime))
    )
    assert validate_graph(g).conforms


def test_dataset_is_validated_as_the_union_of_its_graphs() -> None:
    # The article and its publisher live in different named graphs: each alone is
    # incomplete (the publisher is untyped in the article's graph) but the union is fine.
    ds = Dataset()
    article_graph = ds.graph(GRAPH)
    entities = ds.graph(ID["graph/entities"])
    for triple in well_formed():
        s = triple[0]
        (entities if s in {PUBLISHER, ORG, RCMP, PERSON, PLACE, TOPIC} else article_graph).add(
            triple
        )
    report = validate_graph(ds)
    assert report.conforms, _lines(report)

    ds.graph(ID["graph/other"]).add((ORG, SCHEMA.name, Literal("Clearview")))
    report = validate_graph(ds)
    assert not report.conforms
    assert [(v.focus_node, v.path) for v in report.violations] == [(ORG, "schema:name")]


def test_input_graph_is_not_changed() -> None:
    g = well_formed()
    before = set(g)
    validate_graph(g)
    assert set(g) == before


# --- defects ------------------------------------------------------------------------


@pytest.mark.parametrize("defect", DEFECTS, ids=[d.name for d in DEFECTS])
def test_defect_is_reported_on_its_node_and_path(defect: Defect) -> None:
    g = _copy(well_formed())
    defect.edit(g)
    report = validate_graph(g)
    assert not report.conforms
    found = [(v.focus_node, v.path) for v in report.violations]
    assert (defect.focus, defect.path) in found, _lines(report)
    if defect.value is not None:
        values = [
            v.value
            for v in report.violations
            if (v.focus_node, v.path) == (defect.focus, defect.path)
        ]
        assert defect.value in values, _lines(report)
    for v in report.violations:
        assert v.severity == "Violation"
        assert v.message and "\n" not in v.format()
        assert v.shape.startswith("kgsh:")


def test_violation_line_reads_as_one_sentence() -> None:
    g = well_formed()
    g.set((ARTICLE, SCHEMA.datePublished, Literal("yesterday")))
    (violation,) = validate_graph(g).violations
    assert violation.format() == (
        "Violation: id:article/betakit.com/clearview-ai-canada schema:datePublished: "
        '"yesterday" is not an xsd:date or xsd:dateTime'
    )
    assert violation.shape == "kgsh:NewsArticleShape"


def test_count_violation_has_no_value() -> None:
    g = well_formed()
    g.remove((EVENT, KG.reportedBy, None))
    (violation,) = validate_graph(g).violations
    assert violation.value is None
    assert violation.format().startswith(
        "Violation: id:event/withdrawal-clearview-ai-canada kg:reportedBy: missing; "
    )


def test_violations_are_sorted_and_unique() -> None:
    g = well_formed()
    for defect in DEFECTS:
        defect.edit(g)
    report = validate_graph(g)
    keys = [v.sort_key() for v in report.violations]
    assert keys == sorted(keys)
    assert len(set(report.violations)) == len(report.violations)
    assert report.violations == validate_graph(g).violations


def test_custom_shapes_replace_the_defaults() -> None:
    shapes = Graph()
    shape = URIRef("https://example.org/shapes#NeedsBody")
    prop = BNode()
    shapes.add((shape, RDF.type, SH.NodeShape))
    shapes.add((shape, SH.targetClass, SCHEMA.NewsArticle))
    shapes.add((shape, SH.property, prop))
    shapes.add((prop, SH.path, SCHEMA.articleBody))
    shapes.add((prop, SH.minCount, Literal(1)))
    report = validate_graph(well_formed(), shapes=shapes)
    assert [(v.focus_node, v.path) for v in report.violations] == [(RELATED, "schema:articleBody")]
    assert report.violations[0].shape == "<https://example.org/shapes#NeedsBody>"


def test_warnings_do_not_break_conformance() -> None:
    shapes = Graph()
    shape = URIRef("https://example.org/shapes#BodyPlease")
    shapes.add((shape, RDF.type, SH.NodeShape))
    shapes.add((shape, SH.targetNode, RELATED))
    shapes.add((shape, SH.severity, SH.Warning))
    shapes.add((shape, SH["class"], KG.Event))
    shapes.add((shape, SH.message, Literal("is not an event")))
    report = validate_graph(well_formed(), shapes=shapes)
    assert report.conforms
    assert [v.format() for v in report.violations] == [
        "Warning: id:article/cbc.ca/1.5639380: is not an event"
    ]


# --- the shapes file and the printing helpers --------------------------------------


def test_every_shape_and_property_shape_has_a_message() -> None:
    shapes = load_shapes()
    node_shapes = set(shapes.subjects(RDF.type, SH.NodeShape))
    assert node_shapes
    for shape in node_shapes:
        assert shapes.value(shape, SH.message) is not None, shape
        for prop in shapes.objects(shape, SH.property):
            assert shapes.value(prop, SH.message) is not None, (shape, shapes.value(prop, SH.path))


@pytest.mark.parametrize(
    ("term", "printed"),
    [
        (Literal("yesterday"), '"yesterday"'),
        (Literal('say "hi"'), '"say \\"hi\\""'),
        (Literal("Canada", lang="en"), '"Canada"@en'),
        (Literal("2020", datatype=XSD.gYear), '"2020"^^xsd:gYear'),
        (KG.reportedBy, "kg:reportedBy"),
        (ID["place/canada"], "id:place/canada"),
        (URIRef("https://example.org/x"), "<https://example.org/x>"),
        (URIRef(str(ID)), f"<{ID}>"),
        (None, ""),
    ],
)
def test_format_term(term: URIRef | Literal | None, printed: str) -> None:
    assert format_term(term) == printed


def test_long_values_are_cut_short() -> None:
    printed = format_term(Literal("x" * 500))
    assert len(printed) < 100
    assert printed.endswith('…"')


def test_violation_without_path_or_value() -> None:
    v = Violation("Violation", ARTICLE, None, None, "is broken", "kgsh:NewsArticleShape")
    assert v.format() == "Violation: id:article/betakit.com/clearview-ai-canada: is broken"
