"""Rewrite a large named graph subject by subject, in bounded transactions.

The shared entities and events graphs are recomputed by every build, and at 100,000
articles the events graph holds millions of triples: one transaction replacing it whole
would take gigabytes. Instead the new graph comes as a stream of groups (every triple of
one entity, event or story) and only what changed is written, in transactions of a
bounded number of triples:

- a subject the graph does not have is added;
- a stored subject gets the triples it lacks; the triples it no longer has are taken
  out at the end, once every group of it has come (a subject may come in several groups:
  two merged events can share an IRI), so that an unchanged graph is never touched;
- stored subjects that no longer come at all are taken out at the end.

Memory is the batch being written plus a 12-byte digest per subject. A graph whose
changes fit in one batch (every small corpus) is still replaced in one transaction;
a larger one is written batch by batch, and a build stopped in between leaves some
subjects new and others old until the next build, which completes them.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable, Iterator, Sequence

import pyoxigraph as ox

from kg.store.terms import Triple, to_ox

OxTriple = tuple[
    ox.NamedNode | ox.BlankNode, ox.NamedNode, ox.NamedNode | ox.BlankNode | ox.Literal
]


class SubjectRewrite:
    """One rewrite of one graph (see the module docstring).

    ``subjects`` lists a graph's subjects, ``triples_of`` one subject's triples in it,
    and ``write`` applies removals and additions in one transaction.
    """

    def __init__(
        self,
        *,
        stored: Iterable[ox.NamedNode | ox.BlankNode],
        subjects: Callable[[], Iterator[ox.NamedNode | ox.BlankNode]],
        triples_of: Callable[[ox.NamedNode | ox.BlankNode], set[OxTriple]],
        write: Callable[[list[OxTriple], list[OxTriple]], None],
        batch_triples: int,
    ) -> None:
        self._old = {subject_key(subject) for subject in stored}
        self._subjects = subjects
        self._triples_of = triples_of
        self._write = write
        self._limit = batch_triples
        self._seen: set[bytes] = set()
        self._gone: dict[bytes, set[OxTriple]] = {}  # stored triples no group has had yet
        self._queued: dict[bytes, set[OxTriple]] = {}  # additions not written yet
        self._removed: list[OxTriple] = []
        self._added: list[OxTriple] = []
        self.changed = False

    def run(self, groups: Iterable[Sequence[Triple]]) -> bool:
        """Rewrite the graph to hold exactly the triples of ``groups``; whether it changed."""
        for group in groups:
            new = {(to_ox(s), to_ox(p), to_ox(o)) for s, p, o in group}
            if new:
                self._group(new)  # type: ignore[arg-type]
        if self._old - self._seen:
            for subject in self._subjects():
                key = subject_key(subject)
                if key in self._old and key not in self._seen:
                    self._remove(self._triples_of(subject))
        for gone in self._gone.values():
            self._remove(gone)
        self._flush()
        return self.changed

    def _group(self, new: set[OxTriple]) -> None:
        subject = next(iter(new))[0]
        key = subject_key(subject)
        if key in self._seen:  # a later group of a subject: it adds
            if key in self._gone:
                self._gone[key] -= new
            current = self._triples_of(subject) | self._queued.get(key, set())
            self._add(key, new - current)
        elif key in self._old:
            self._seen.add(key)
            current = self._triples_of(subject)
            if current - new:
                self._gone[key] = current - new
            self._add(key, new - current)
        else:
            self._seen.add(key)
            self._add(key, new)
        if len(self._removed) + len(self._added) >= self._limit:
            self._flush()

    def _add(self, key: bytes, triples: set[OxTriple]) -> None:
        if triples:
            self._added.extend(triples)
            self._queued.setdefault(key, set()).update(triples)

    def _remove(self, triples: Iterable[OxTriple]) -> None:
        self._removed.extend(triples)
        if len(self._removed) + len(self._added) >= self._limit:
            self._flush()

    def _flush(self) -> None:
        if self._removed or self._added:
            self._write(self._removed, self._added)
            self.changed = True
        self._removed, self._added, self._queued = [], [], {}


def subject_key(subject: ox.NamedNode | ox.BlankNode) -> bytes:
    """A 12-byte digest of a subject: 45 bytes in memory where its IRI would take ~150."""
    return hashlib.blake2b(str(subject).encode(), digest_size=12).digest()
