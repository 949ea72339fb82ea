"""All namespaces and IRI minting in one place.

Every resource gets a stable IRI under ``https://w3id.org/newskg/id/``: the same
real-world thing gets the same IRI in every build, whatever order the files come in,
because each IRI is a pure function of a normalised key (a URL, a name, a hash).

>>> str(article_iri(url="https://www.Example.com/news/story/?utm_source=x#top"))
'https://w3id.org/newskg/id/article/example.com/news/story'
>>> str(entity_iri("organization", "Acme AI Inc."))
'https://w3id.org/newskg/id/organization/acme-ai-inc'
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from urllib.parse import parse_qsl, quote, unquote, urlencode, urlsplit

from rdflib import Namespace, URIRef
from rdflib.namespace import (
    OWL,
    PROV,
    RDF,
    RDFS,
    SDO,
    SKOS,
    XSD,
    DefinedNamespace,
    DefinedNamespaceMeta,
)

SCHEMA = SDO
"""schema.org, with https IRIs as the contract says (rdflib's ``SDO``)."""

ID = Namespace("https://w3id.org/newskg/id/")
ONTOLOGY_IRI = URIRef("https://w3id.org/newskg/ontology")
SEM = Namespace("http://semanticweb.cs.vu.nl/2009/11/sem/")
NIF = Namespace("http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#")
SH = Namespace("http://www.w3.org/ns/shacl#")
GEONAMES = Namespace("https://sws.geonames.org/")


class KG(DefinedNamespace):
    """The project's own terms; ``ontology/newskg.ttl`` declares each of them.

    A typo such as ``KG.agnet`` raises ``AttributeError`` instead of minting a wrong IRI.
    """

    _NS = Namespace("https://w3id.org/newskg/ontology#")
    _fail = True

    # classes
    Event: URIRef
    Story: URIRef
    Mention: URIRef
    ArticleGraph: URIRef
    SourceFile: URIRef
    Ingestion: URIRef
    Resolution: URIRef
    # event taxonomy: groups
    BusinessEvent: URIRef
    RegulatoryEvent: URIRef
    LegalEvent: URIRef
    CommunicationEvent: URIRef
    # business
    Withdrawal: URIRef
    ContractSuspension: URIRef
    ContractSigning: URIRef
    ProductDiscontinuation: URIRef
    Moratorium: URIRef
    SalesRefusal: URIRef
    Agreement: URIRef
    ShareholderVote: URIRef
    # regulatory
    Investigation: URIRef
    InvestigationOpened: URIRef
    InvestigationFinding: URIRef
    ReviewAnnounced: URIRef
    # legal and policing
    Arrest: URIRef
    PoliceContact: URIRef
    Theft: URIRef
    ComplaintFiled: URIRef
    LawsuitFiled: URIRef
    ChargesDismissed: URIRef
    ChargesDropped: URIRef
    RecordExpungement: URIRef
    # communication
    Statement: URIRef
    Admission: URIRef
    Apology: URIRef
    ApologyDemand: URIRef
    ReportRelease: URIRef
    OpEdPublished: URIRef
    # article properties
    relatedArticle: URIRef
    articleType: URIRef
    # event properties
    agent: URIRef
    object: URIRef
    place: URIRef
    date: URIRef
    evidence: URIRef
    reportedBy: URIRef
    # story properties
    storyArticle: URIRef
    storyEvent: URIRef
    # mention properties
    mentionOf: URIRef
    inArticle: URIRef
    surfaceForm: URIRef
    beginIndex: URIRef
    endIndex: URIRef
    sentence: URIRef
    # provenance and bookkeeping
    sourcePath: URIRef
    contentHash: URIRef
    buildKey: URIRef
    resolutionKey: URIRef
    parserVersion: URIRef
    mediaType: URIRef
    decodingNote: URIRef
    describesArticle: URIRef
    extractionRecord: URIRef


TYPE_PATH = {
    "article": "article",
    "organization": "organization",
    "person": "person",
    "place": "place",
    "topic": "topic",
    "event": "event",
    "story": "story",
    "image": "image",
    "graph": "graph",
    "source": "source",
    "activity": "activity",
    "mention": "mention",
}

# Query parameters that identify a visit rather than a page.
_TRACKING_PARAMS = re.compile(
    r"^(utm_.*|ref|ref_src|fbclid|gclid|dclid|cmpid|ncid|mc_cid|mc_eid|autoplay|amp|"
    r"__twitter_impression|ito|icid|sr_share|smid|partner)$",
    re.IGNORECASE,
)
_HOST_PREFIXES = ("www.", "amp.", "m.", "mobile.")


def normalise_url(url: str) -> str:
    """Reduce a URL to the key that identifies the page it points at.

    Scheme, ``www.``/``amp.``/``m.`` host prefixes, AMP path segments, fragments,
    trailing slashes and tracking parameters do not change which article a URL names,
    so a ``related:`` entry and the article itself, read from another file, meet on
    one key.

    >>> normalise_url("http://WWW.cbc.ca/amp/1.5639380?ref=rss")
    'cbc.ca/1.5639380'
    >>> normalise_url("https://venturebeat.com/2020/07/06/story/amp/")
    'venturebeat.com/2020/07/06/story'
    """
    parts = urlsplit(url.strip())
    host = (parts.hostname or "").lower().rstrip(".")
    for prefix in _HOST_PREFIXES:
        if host.startswith(prefix) and host.count(".") > 1:
            host = host[len(prefix) :]
            break
    segments = [s for s in parts.path.split("/") if s]
    if segments and segments[-1].lower() == "amp":
        segments = segments[:-1]
    if segments and segments[0].lower() == "amp":
        segments = segments[1:]
    path = "/".join(segments)
    query = sorted(
        (k, v)
        for k, v in parse_qsl(parts.query, keep_blank_values=True)
        if not _TRACKING_PARAMS.match(k)
    )
    key = f"{host}/{path}" if path else host
    if query:
        key += "?" + urlencode(query)
    return key


def slugify(name: str) -> str:
    """Turn a name into a readable IRI segment; names with no Latin letters get a hash.

    >>> slugify("Office of the Privacy Commissioner of Canada (OPC)")
    'office-of-the-privacy-commissioner-of-canada-opc'
    >>> slugify("Québec")
    'quebec'
    """
    folded = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")
    slug = re.sub(r"[^a-z0-9]+", "-", folded.lower()).strip("-")
    if not slug:
        return "h-" + short_hash(name)
    return slug[:120]


def short_hash(*parts: str, length: int = 16) -> str:
    """A short, stable hex digest of some strings (NUL-separated, so order matters)."""
    return hashlib.sha256("\x00".join(parts).encode("utf-8")).hexdigest()[:length]


def mint(kind: str, key: str) -> URIRef:
    """The IRI of a resource of ``kind`` (see ``TYPE_PATH``) whose key is ``key``."""
    return ID[f"{TYPE_PATH[kind]}/{quote(key, safe='/-._~')}"]


def article_iri(*, url: str | None = None, content_key: str | None = None) -> URIRef:
    """An article's IRI: from its normalised URL, or else from a hash of its text."""
    if url:
        return mint("article", normalise_url(url))
    if content_key:
        return mint("article", "h-" + content_key)
    raise ValueError("an article IRI needs a URL or a content key")


def entity_iri(kind: str, name: str) -> URIRef:
    """The IRI of a named entity (organization, person, place, topic) from its name."""
    return mint(kind, slugify(name))


def graph_iri(article: URIRef) -> URIRef:
    """The named graph that holds what one source file says about ``article``."""
    return mint("graph", article.removeprefix(str(ID) + "article/"))


def graph_article(graph: URIRef) -> URIRef:
    """The article a graph describes: the inverse of :func:`graph_iri`.

    >>> article = article_iri(url="https://example.com/news/a b?id=1")
    >>> graph_article(graph_iri(article)) == article
    True
    """
    key = graph.removeprefix(str(ID) + "graph/")
    return ID[f"article/{unquote(key)}"]


def image_iri(url: str) -> URIRef:
    """An image's IRI, from its URL (images are shared when two articles reuse one)."""
    return mint("image", short_hash(url.strip()))


ENTITIES_GRAPH = ID["graph/entities"]
"""The named graph of resolved entity descriptions, recomputed after every build."""

EVENTS_GRAPH = ID["graph/events"]
"""The named graph of merged events and stories, recomputed after every build."""

PREFIXES: dict[str, Namespace | DefinedNamespaceMeta | str] = {
    "schema": SCHEMA,
    "kg": KG._NS,
    "prov": PROV,
    "xsd": XSD,
    "rdf": RDF,
    "rdfs": RDFS,
    "owl": OWL,
    "skos": SKOS,
    "sem": SEM,
    "nif": NIF,
    "id": ID,
}
"""Prefixes bound in every query, export and graph."""
