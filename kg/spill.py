"""Temporary files that keep a build's records and event reports out of memory.

A build needs every article's record twice (when extracted, and when its graph is
written after the whole corpus is resolved) and every event report twice (to find
which reports can merge, then to merge them). Holding them in memory would cost
gigabytes at 100,000 articles; pickled into an unnamed temporary file they cost a few
bytes of memory each: where they are in the file.
"""

from __future__ import annotations

import os
import pickle
from array import array
from typing import IO

from rdflib import URIRef

from kg.records import ArticleRecord, EventMention


class RecordSpill:
    """Records read in this build, parked until their graphs are written."""

    def __init__(self, stream: IO[bytes]) -> None:
        self._stream = stream
        self._where: dict[URIRef, tuple[int, int]] = {}

    def __contains__(self, graph: object) -> bool:
        return graph in self._where

    def add(self, graph: URIRef, record: ArticleRecord) -> None:
        """Park a record under its graph's IRI."""
        data = pickle.dumps(record, protocol=pickle.HIGHEST_PROTOCOL)
        self._stream.seek(0, os.SEEK_END)
        self._where[graph] = (self._stream.tell(), len(data))
        self._stream.write(data)

    def get(self, graph: URIRef) -> ArticleRecord:
        """The record parked under a graph's IRI."""
        offset, length = self._where[graph]
        self._stream.seek(offset)
        # The file is this process's own, unnamed temporary file: nothing else writes it.
        return pickle.loads(self._stream.read(length))


class EventSpill:
    """Event mentions, one pickle each, found by number (8 bytes of memory each)."""

    def __init__(self, stream: IO[bytes]) -> None:
        self._stream = stream
        self._ends = array("q")

    def __len__(self) -> int:
        return len(self._ends)

    def add(self, events: tuple[EventMention, ...]) -> int:
        """Park an article's event mentions; the number of the first (they follow in order)."""
        first = len(self._ends)
        self._stream.seek(0, os.SEEK_END)
        end = self._stream.tell()
        for event in events:
            data = pickle.dumps(event, protocol=pickle.HIGHEST_PROTOCOL)
            self._stream.write(data)
            end += len(data)
            self._ends.append(end)
        return first

    def get(self, number: int) -> EventMention:
        """Event mention number ``number``."""
        start = self._ends[number - 1] if number else 0
        self._stream.seek(start)
        return pickle.loads(self._stream.read(self._ends[number] - start))
