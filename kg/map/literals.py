"""Literal helpers shared by the mappers: dates, numbers and structured values."""

from __future__ import annotations

import json
import re
from typing import Any

from rdflib import Literal
from rdflib.namespace import RDF, XSD

_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_YEAR_MONTH = re.compile(r"^\d{4}-\d{2}$")
_YEAR = re.compile(r"^\d{4}$")


def date_literal(value: str) -> Literal:
    """An ISO date string as ``xsd:date``, ``xsd:gYearMonth``, ``xsd:gYear`` or ``xsd:dateTime``.

    >>> date_literal("2020-07-06").datatype == XSD.date
    True
    >>> date_literal("2020-07").datatype == XSD.gYearMonth
    True
    >>> date_literal("2020-07-06T19:41:00+00:00").datatype == XSD.dateTime
    True
    """
    if _DATE.match(value):
        return Literal(value, datatype=XSD.date)
    if _YEAR_MONTH.match(value):
        return Literal(value, datatype=XSD.gYearMonth)
    if _YEAR.match(value):
        return Literal(value, datatype=XSD.gYear)
    return Literal(value, datatype=XSD.dateTime)


def value_literal(value: Any) -> Literal:
    """A metadata value as a literal: scalars typed, structures as ``rdf:JSON``.

    >>> value_literal(54).datatype == XSD.integer
    True
    >>> str(value_literal({"a": [1, 2]}))
    '{"a":[1,2]}'
    """
    if isinstance(value, bool):
        return Literal(value, datatype=XSD.boolean)
    if isinstance(value, int):
        return Literal(str(value), datatype=XSD.integer)
    if isinstance(value, float):
        return Literal(repr(value), datatype=XSD.double)
    if isinstance(value, str):
        return Literal(value)
    text = json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False, default=str)
    return Literal(text, datatype=RDF.JSON)
