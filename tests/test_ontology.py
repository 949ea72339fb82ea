"""The ontology, the JSON-LD context and their loader agree with the code."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.compare import isomorphic
from rdflib.namespace import OWL, PROV, RDF, RDFS, XSD

import kg.ontology as ontology
from kg.errors import NewsKGError
from kg.namespaces import ID, KG, ONTOLOGY_IRI, SCHEMA, SEM
from kg.ontology import (
    context_path,
    load_ontology,
    load_shapes,
    ontology_dir,
    ontology_path,
    shapes_path,
)

KG_NS = str(KG._NS)
KG_TERMS = frozenset(dir(KG))
DECLARATION_TYPES = (
    OWL.Class,
    OWL.ObjectProperty,
    OWL.DatatypeProperty,
    OWL.AnnotationProperty,
    RDF.Property,
)
PROPERTY_TYPES = (OWL.ObjectProperty, OWL.DatatypeProperty, RDF.Property)

EVENT_GROUPS = {
    KG.BusinessEvent: (
        KG.Withdrawal,
        KG.ContractSuspension,
        KG.ContractSigning,
        KG.ProductDiscontinuation,
        KG.Moratorium,
        KG.SalesRefusal,
        KG.Agreement,
        KG.ShareholderVote,
    ),
    KG.RegulatoryEvent: (
        KG.Investigation,
        KG.InvestigationOpened,
        KG.InvestigationFinding,
        KG.ReviewAnnounced,
    ),
    KG.LegalEvent: (
        KG.Arrest,
        KG.PoliceContact,
        KG.Theft,
        KG.ComplaintFiled,
        KG.LawsuitFiled,
        KG.ChargesDismissed,
        KG.ChargesDropped,
        KG.RecordExpungement,
    ),
    KG.CommunicationEvent: (
        KG.Statement,
        KG.Admission,
        KG.Apology,
        KG.ApologyDemand,
        KG.ReportRelease,
        KG.OpEdPublished,
    ),
}
CONTRACT_EVENT_TYPES = [(group, t) for group, types in EVENT_GROUPS.items() for t in types]


@pytest.fixture(scope="module")
def onto() -> Graph:
    return load_ontology()


def declared_kg_terms(g: Graph) -> set[URIRef]:
    return {
        s
        for kind in DECLARATION_TYPES
        for s in g.subjects(RDF.type, kind)
        if isinstance(s, URIRef) and str(s).startswith(KG_NS)
    }


def kg_iris_used(g: Graph) -> set[URIRef]:
    return {
        term
        for triple in g
        for term in triple
        if isinstance(term, URIRef) and str(term).startswith(KG_NS)
    }


def superclasses(g: Graph, cls: URIRef) -> set[URIRef]:
    return set(g.transitive_objects(cls, RDFS.subClassOf)) - {cls}


# --- the files and their loader ---------------------------------------------------


def test_files_are_found_in_the_repository() -> None:
    folder = ontology_dir()
    assert folder == Path(ontology.__file__).resolve().parent.parent / "ontology"
    for path in (ontology_path(), shapes_path(), context_path()):
        assert path.is_file()
        assert path.parent == folder


def test_graphs_are_loaded_once() -> None:
    assert load_ontology() is load_ontology()
    assert load_shapes() is load_shapes()
    assert len(load_shapes()) > 0


def test_missing_files_raise_a_clear_error(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr(ontology, "_candidate_dirs", lambda: [tmp_path])
    ontology_dir.cache_clear()
    try:
        with pytest.raises(NewsKGError, match="cannot find the newskg ontology"):
            ontology_dir()
    finally:
        ontology_dir.cache_clear()


def test_packaged_copy_is_the_fallback(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    packaged = tmp_path / "kg" / "ontology"
    packaged.mkdir(parents=True)
    (packaged / "newskg.ttl").write_text(ontology_path().read_text(encoding="utf-8"))
    monkeypatch.setattr(ontology, "_candidate_dirs", lambda: [tmp_path / "nowhere", packaged])
    ontology_dir.cache_clear()
    try:
        assert ontology_dir() == packaged
        with pytest.raises(NewsKGError, match="incomplete"):
            shapes_path()
    finally:
        ontology_dir.cache_clear()


# --- the ontology -------------------------------------------------------------------


def test_ontology_header(onto: Graph) -> None:
    assert (ONTOLOGY_IRI, RDF.type, OWL.Ontology) in onto
    for predicate in (
        OWL.versionInfo,
        URIRef("http://purl.org/dc/terms/title"),
        URIRef("http://purl.org/dc/terms/description"),
        URIRef("http://purl.org/dc/terms/license"),
    ):
        assert onto.value(ONTOLOGY_IRI, predicate) is not None, predicate


def test_every_kg_term_in_code_is_declared(onto: Graph) -> None:
    assert KG_TERMS - declared_kg_terms(onto) == set()


def test_every_declared_kg_term_is_in_code(onto: Graph) -> None:
    assert declared_kg_terms(onto) - KG_TERMS == set()


def test_ontology_uses_no_undeclared_kg_iri(onto: Graph) -> None:
    assert kg_iris_used(onto) - KG_TERMS == set()


def test_shapes_use_no_kg_iri_outside_the_namespace() -> None:
    assert kg_iris_used(load_shapes()) - KG_TERMS == set()


def test_removed_terms_stay_removed() -> None:
    # The mapper uses schema:contributor and schema:articleSection instead.
    for name in ("contributor", "category"):
        with pytest.raises(AttributeError):
            KG[name]


@pytest.mark.parametrize("term", sorted(KG_TERMS), ids=lambda t: t.removeprefix(KG_NS))
def test_term_has_label_comment_and_definition(onto: Graph, term: URIRef) -> None:
    label = onto.value(term, RDFS.label)
    comment = onto.value(term, RDFS.comment)
    assert isinstance(label, Literal) and str(label).strip()
    assert isinstance(comment, Literal) and len(str(comment)) > 20
    assert (term, RDFS.isDefinedBy, ONTOLOGY_IRI) in onto


@pytest.mark.parametrize("term", sorted(KG_TERMS), ids=lambda t: t.removeprefix(KG_NS))
def test_term_is_one_kind_of_thing(onto: Graph, term: URIRef) -> None:
    kinds = {k for k in DECLARATION_TYPES if (term, RDF.type, k) in onto}
    assert len(kinds) == 1, kinds


def test_contract_lists_26_event_types() -> None:
    assert len(CONTRACT_EVENT_TYPES) == 26
    assert len({t for _, t in CONTRACT_EVENT_TYPES}) == 26


@pytest.mark.parametrize(
    ("group", "event_type"), CONTRACT_EVENT_TYPES, ids=lambda t: t.removeprefix(KG_NS)
)
def test_event_type_is_an_event_through_its_group(
    onto: Graph, group: URIRef, event_type: URIRef
) -> None:
    assert (event_type, RDF.type, OWL.Class) in onto
    ancestors = superclasses(onto, event_type)
    assert group in ancestors
    assert KG.Event in ancestors
    other_groups = set(EVENT_GROUPS) - {group}
    assert not ancestors & other_groups


@pytest.mark.parametrize("group", list(EVENT_GROUPS), ids=lambda t: t.removeprefix(KG_NS))
def test_groups_are_direct_subclasses_of_event(onto: Graph, group: URIRef) -> None:
    assert (group, RDFS.subClassOf, KG.Event) in onto


def test_event_is_aligned_with_sem_not_prov(onto: Graph) -> None:
    assert (KG.Event, RDFS.subClassOf, SEM.Event) in onto
    assert PROV.Activity not in superclasses(onto, KG.Event)
    assert (KG.agent, RDFS.subPropertyOf, SEM.hasActor) in onto
    assert (KG.place, RDFS.subPropertyOf, SEM.hasPlace) in onto
    assert (KG.date, RDFS.subPropertyOf, SEM.hasTimeStamp) in onto


def test_provenance_classes_are_prov_terms(onto: Graph) -> None:
    assert (KG.ArticleGraph, RDFS.subClassOf, PROV.Entity) in onto
    assert (KG.SourceFile, RDFS.subClassOf, PROV.Entity) in onto
    assert (KG.Ingestion, RDFS.subClassOf, PROV.Activity) in onto
    assert (KG.Resolution, RDFS.subClassOf, PROV.Activity) in onto


def test_date_range_is_the_three_date_types(onto: Graph) -> None:
    date_range = onto.value(KG.date, RDFS.range)
    assert isinstance(date_range, BNode)
    members = set(onto.items(onto.value(date_range, OWL.unionOf)))
    assert members == {XSD.date, XSD.gYearMonth, XSD.gYear}


@pytest.mark.parametrize(
    ("prop", "range_"),
    [
        (KG.reportedBy, SCHEMA.NewsArticle),
        (KG.relatedArticle, SCHEMA.NewsArticle),
        (KG.inArticle, SCHEMA.NewsArticle),
        (KG.beginIndex, XSD.integer),
        (KG.endIndex, XSD.integer),
        (KG.extractionRecord, RDF.JSON),
    ],
)
def test_ranges(onto: Graph, prop: URIRef, range_: URIRef) -> None:
    assert (prop, RDFS.range, range_) in onto


def test_uncertain_value_types_are_not_rdfs_ranges(onto: Graph) -> None:
    # With RDFS inference a range would type every agent, object and mentioned entity.
    for prop in (KG.agent, KG.object, KG.mentionOf):
        assert onto.value(prop, RDFS.range) is None


# --- the JSON-LD context ------------------------------------------------------------


@pytest.fixture(scope="module")
def context() -> dict:
    return json.loads(context_path().read_text(encoding="utf-8"))["@context"]


def test_context_declares_the_contract_prefixes(context: dict) -> None:
    assert context["@version"] == 1.1
    assert context["schema"] == "https://schema.org/"
    assert context["kg"] == KG_NS
    assert context["prov"] == str(PROV)
    assert context["xsd"] == str(XSD)


def test_context_terms_are_all_known(context: dict) -> None:
    for term, definition in context.items():
        if term.startswith("@") or term in {"schema", "kg", "prov", "xsd", "rdf", "rdfs"}:
            continue
        iri = definition if isinstance(definition, str) else definition["@id"]
        if iri.startswith("kg:"):
            assert KG[iri.removeprefix("kg:")] in KG_TERMS, term


def test_context_expands_a_document(context: dict) -> None:
    article = ID["article/example.com/a"]
    event = ID["event/e"]
    org = ID["organization/clearview-ai"]
    doc = {
        "@context": context,
        "@graph": [
            {
                "@id": str(article),
                "@type": "NewsArticle",
                "headline": "Clearview AI leaves Canada",
                "url": "https://example.com/a",
                "datePublished": {"@value": "2020-07-06", "@type": "xsd:date"},
                "publisher": str(ID["organization/betakit"]),
                "mentions": [str(org)],
                "relatedArticle": str(ID["article/example.com/b"]),
            },
            {
                "@id": str(event),
                "@type": ["Event", "Withdrawal"],
                "agent": str(org),
                "object": "its facial recognition services",
                "date": {"@value": "2020-07", "@type": "xsd:gYearMonth"},
                "evidence": "Clearview AI will cease offering its services in Canada.",
                "reportedBy": str(article),
            },
            {"@id": str(ID["mention/m"]), "beginIndex": 4, "endIndex": "9"},
        ],
    }
    expected = Graph()
    for triple in [
        (article, RDF.type, SCHEMA.NewsArticle),
        (article, SCHEMA.headline, Literal("Clearview AI leaves Canada")),
        (article, SCHEMA.url, URIRef("https://example.com/a")),
        (article, SCHEMA.datePublished, Literal("2020-07-06", datatype=XSD.date)),
        (article, SCHEMA.publisher, ID["organization/betakit"]),
        (article, SCHEMA.mentions, org),
        (article, KG.relatedArticle, ID["article/example.com/b"]),
        (event, RDF.type, KG.Event),
        (event, RDF.type, KG.Withdrawal),
        (event, KG.agent, org),
        (event, KG.object, Literal("its facial recognition services")),
        (event, KG.date, Literal("2020-07", datatype=XSD.gYearMonth)),
        (event, KG.evidence, Literal("Clearview AI will cease offering its services in Canada.")),
        (event, KG.reportedBy, article),
        # JSON-LD 1.1 applies a term's type to native numbers too
        (ID["mention/m"], KG.beginIndex, Literal("4", datatype=XSD.integer)),
        (ID["mention/m"], KG.endIndex, Literal("9", datatype=XSD.integer)),
    ]:
        expected.add(triple)
    g = Graph().parse(data=json.dumps(doc), format="json-ld")
    assert isomorphic(g, expected), sorted(set(g) ^ set(expected))


def test_context_round_trips_a_graph(context: dict) -> None:
    g = Graph()
    source = ID["source/s"]
    g.add((source, RDF.type, KG.SourceFile))
    g.add((source, KG.contentHash, Literal("sha256:" + "0" * 64)))
    g.add((source, KG.extractionRecord, Literal('{"a":[1,2]}', datatype=RDF.JSON)))
    g.add((ID["image/i"], SCHEMA.width, Literal(1024)))
    text = g.serialize(format="json-ld", context=context)
    assert isomorphic(Graph().parse(data=text, format="json-ld"), g)
