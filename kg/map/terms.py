"""The mappers' terms: pyoxigraph nodes and literals, the store's own form.

A build maps about 750 triples per article and, at 100,000 articles, millions of event
triples. Made as pyoxigraph terms directly, rather than as rdflib terms converted on
their way into the store, they cost a tenth as much to make and nothing to convert;
IRIs that recur (vocabulary, entities, outlets) are made once and cached. The values
are exactly those the rdflib terms had: the same lexical forms and datatypes.

>>> integer(54)
<Literal value=54 datatype=<NamedNode value=http://www.w3.org/2001/XMLSchema#integer>>
>>> date("2020-07").datatype == XSD_G_YEAR_MONTH
True
"""

from __future__ import annotations

import functools
import re
from typing import Any

import pyoxigraph as ox
from rdflib import Literal
from rdflib.namespace import RDF, XSD

from kg.store.terms import to_ox

OxTriple = tuple[ox.NamedNode | ox.BlankNode, ox.NamedNode, ox.NamedNode | ox.Literal]


@functools.lru_cache(maxsize=32_768)
def iri(value: str) -> ox.NamedNode:
    """A named node for an IRI that recurs (a class, a property, an entity), made once."""
    return ox.NamedNode(value)


def node(value: str) -> ox.NamedNode:
    """A named node for an IRI made once per article (not cached)."""
    return ox.NamedNode(value)


class Vocabulary:
    """The named nodes of a namespace's terms, by attribute, each made once.

    >>> Vocabulary(XSD).integer == XSD_INTEGER
    True
    """

    def __init__(self, namespace: Any) -> None:
        self._namespace = namespace

    def __getattr__(self, name: str) -> ox.NamedNode:
        # A DefinedNamespace (KG, schema.org) refuses a term it does not declare.
        term = iri(str(self._namespace[name]))
        setattr(self, name, term)
        return term

    def __getitem__(self, name: str) -> ox.NamedNode:
        return getattr(self, name)


XSD_INTEGER = iri(str(XSD.integer))
XSD_DATE = iri(str(XSD.date))
XSD_G_YEAR_MONTH = iri(str(XSD.gYearMonth))
XSD_G_YEAR = iri(str(XSD.gYear))
XSD_DATE_TIME = iri(str(XSD.dateTime))
RDF_JSON = iri(str(RDF.JSON))
RDF_TYPE = iri(str(RDF.type))

_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_YEAR_MONTH = re.compile(r"^\d{4}-\d{2}$")
_YEAR = re.compile(r"^\d{4}$")


def text(value: str) -> ox.Literal:
    """A plain string literal (``xsd:string``)."""
    return ox.Literal(value)


def integer(value: int) -> ox.Literal:
    """An ``xsd:integer`` literal, as ``rdflib.Literal(value)`` gives for an int."""
    return ox.Literal(str(int(value)), datatype=XSD_INTEGER)


def number(value: object) -> ox.Literal:
    """A literal for a Python value the way rdflib types it (an int: ``xsd:integer``)."""
    if type(value) is int:
        return integer(value)
    return to_ox(Literal(value))  # type: ignore[return-value]


def date(value: str) -> ox.Literal:
    """An ISO date as ``xsd:date``, ``xsd:gYearMonth``, ``xsd:gYear`` or ``xsd:dateTime``.

    The same choice as :func:`kg.map.literals.date_literal`.
    """
    if _DATE.match(value):
        return ox.Literal(value, datatype=XSD_DATE)
    if _YEAR_MONTH.match(value):
        return ox.Literal(value, datatype=XSD_G_YEAR_MONTH)
    if _YEAR.match(value):
        return ox.Literal(value, datatype=XSD_G_YEAR)
    return ox.Literal(value, datatype=XSD_DATE_TIME)


def typed(value: str, datatype: ox.NamedNode) -> ox.Literal:
    """A literal with a datatype."""
    return ox.Literal(value, datatype=datatype)
