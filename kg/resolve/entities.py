"""Cluster entity references into entities and choose each entity's names and IRI.

Names are joined (union-find) when:

- an article itself links them: a mention's ``canonical`` (an acronym and its
  expansion, a surname and the full name, a short and a long company name); the
  mention then joins its canonical only;
- they share a key (:func:`kg.resolve.names.name_key`: case, punctuation, "the",
  possessives, legal forms and abbreviated words ignored), or a place's GeoNames id;
- one is the acronym of the other ("FTC" anywhere, "Federal Trade Commission"
  anywhere; "TSX" of "Toronto Stock Exchange") and the acronym is not claimed by two
  different expansions;
- they have the same content words in another order, or one adds only a country
  ("Department of Justice" / "U.S. Justice Department"), though not a firm's country
  unit ("Acme Mobile" / "Acme Mobile NZ");
- one is a half of an "A and B" institution of the corpus ("Harbour Office" of the
  "Harbour Office and Tide Warden Service");
- a bare name can stand for one entity only: the ones articles link it to, and the
  long forms that are it plus a brand tail ("Acme" / "Acme AI"); a bare surname (or
  "van Rensburg") joins the only person of the corpus whose full name ends with it;
- a name is an outlet's name (an outlet is keyed by its registrable domain).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from rdflib import URIRef

from kg.namespaces import entity_iri
from kg.resolve.names import (
    BRAND_TAILS,
    acronym_forms,
    acronym_letters,
    compound_acronym,
    conjunct_fragments,
    ends_with_country,
    looks_like_acronym,
    name_key,
    strip_domain_suffix,
    tail_acronyms,
    token_key,
)

KINDS = ("organization", "person", "place", "topic")


@dataclass(frozen=True)
class EntityRef:
    """What one article calls something.

    ``canonical`` is the fuller name the same article gives it, ``domain`` an outlet's
    registrable domain, ``geonames_id`` a place's GeoNames id.
    """

    kind: str
    name: str | None
    domain: str | None = None
    canonical: str | None = None
    geonames_id: int | None = None


@dataclass(frozen=True)
class Entity:
    """A resolved entity: its IRI, its fullest name and every other name it goes by."""

    iri: URIRef
    kind: str
    name: str
    alternate_names: tuple[str, ...] = ()
    domain: str | None = None
    geonames_id: int | None = None


class EntityTable:
    """The resolved entities of a corpus, and the look-up from a ref to its entity."""

    def __init__(self, entities: dict[URIRef, Entity], index: dict[EntityRef, URIRef]) -> None:
        self.entities = entities
        self._index = index

    def iri(self, ref: EntityRef) -> URIRef:
        """The IRI of the entity a ref was resolved to."""
        return self._index[ref]

    def __len__(self) -> int:
        return len(self.entities)


class _UnionFind:
    def __init__(self) -> None:
        self.parent: dict[tuple[str, str], tuple[str, str]] = {}

    def find(self, node: tuple[str, str]) -> tuple[str, str]:
        self.parent.setdefault(node, node)
        while self.parent[node] != node:
            self.parent[node] = self.parent[self.parent[node]]
            node = self.parent[node]
        return node

    def union(self, a: tuple[str, str], b: tuple[str, str]) -> None:
        root_a, root_b = self.find(a), self.find(b)
        if root_a != root_b:
            # the smaller key wins, so the result does not depend on the order of unions
            low, high = sorted((root_a, root_b))
            self.parent[high] = low


def resolve_entities(refs: Iterable[EntityRef]) -> EntityTable:
    """Resolve refs into entities (see the module docstring for the rules).

    >>> table = resolve_entities([
    ...     EntityRef("organization", "CBC.ca", "cbc.ca"),
    ...     EntityRef("organization", "CBC News", "cbc.ca"),
    ...     EntityRef("organization", "CBC"),
    ...     EntityRef("organization", "Federal Trade Commission"),
    ...     EntityRef("organization", "FTC"),
    ... ])
    >>> sorted((e.name, e.alternate_names) for e in table.entities.values())
    [('CBC News', ('CBC', 'CBC.ca')), ('Federal Trade Commission', ('FTC',))]
    """
    unique = sorted(set(refs), key=_sort_key)
    forest = _UnionFind()
    for ref in unique:
        if not ref.name and not ref.domain:
            continue
        own = _own_node(ref)
        forest.find(own)
        if ref.domain:
            forest.union(own, (ref.kind, "domain:" + ref.domain))
            if ref.name:
                forest.union(own, node_of(ref.kind, strip_domain_suffix(ref.name)))
        if ref.geonames_id is not None:
            forest.union(own, (ref.kind, f"geonames:{ref.geonames_id}"))

    names_by_kind: dict[str, set[str]] = defaultdict(set)
    for ref in unique:
        for name in (ref.name, ref.canonical):
            if name:
                names_by_kind[ref.kind].add(name)
    _join_acronyms(forest, names_by_kind["organization"])
    _join_reordered(forest, names_by_kind["organization"])
    _join_conjunct_fragments(forest, names_by_kind["organization"])
    _join_surnames(forest, names_by_kind["person"])
    _join_short_names(forest, unique, names_by_kind["organization"])

    clusters: dict[tuple[str, str], list[EntityRef]] = defaultdict(list)
    for ref in unique:
        if ref.name or ref.domain:
            clusters[forest.find(_own_node(ref))].append(ref)

    entities: dict[URIRef, Entity] = {}
    index: dict[EntityRef, URIRef] = {}
    for root, members in sorted(clusters.items()):
        kind = root[0]
        names = Counter(n for m in members for n in (m.name, m.canonical) if n)
        domain = min((m.domain for m in members if m.domain), default=None)
        geonames_id = min(
            (m.geonames_id for m in members if m.geonames_id is not None), default=None
        )
        name = choose_name(names) or domain or root[1]
        iri = entity_iri(kind, domain if domain else name)
        alternates = tuple(sorted(n for n in names if n != name))
        previous = entities.get(iri)
        if previous is not None:  # two clusters whose names slug alike: keep one node
            alternates = tuple(
                sorted({*previous.alternate_names, *alternates, name} - {previous.name})
            )
            name = previous.name
        entities[iri] = Entity(iri, kind, name, alternates, domain, geonames_id)
        for m in members:
            index[m] = iri
    return EntityTable(entities, index)


def node_of(kind: str, name: str) -> tuple[str, str]:
    """The union-find node of a name of some kind."""
    return (kind, "name:" + name_key(kind, name))


def _own_node(ref: EntityRef) -> tuple[str, str]:
    """Where a ref attaches: its article's fuller name when it has one.

    A bare "Bowen" that one article links to "Terrence Bowen" and another to "Gloria
    Bowen" must not join the two through the shared word "Bowen".
    """
    if ref.canonical:
        return node_of(ref.kind, ref.canonical)
    if ref.name:
        return node_of(ref.kind, ref.name)
    return (ref.kind, f"domain:{ref.domain}")


def _sort_key(ref: EntityRef) -> tuple[str, str, str, str, int]:
    return (
        ref.kind,
        ref.domain or "",
        ref.name or "",
        ref.canonical or "",
        ref.geonames_id if ref.geonames_id is not None else -1,
    )


def _join_acronyms(forest: _UnionFind, names: set[str]) -> None:
    """Join each acronym to the one multi-word name whose initials it is."""
    expansions: dict[str, set[str]] = defaultdict(set)
    tails: dict[str, set[str]] = defaultdict(set)
    for name in names:
        if not looks_like_acronym(name) and compound_acronym(name) is None:
            for letters in acronym_forms(name):
                expansions[letters].add(name_key("organization", name))
            for letters in tail_acronyms(name):
                tails[letters].add(name_key("organization", name))
    for name in names:
        if looks_like_acronym(name):
            letters = acronym_letters(name)
        elif (compound := compound_acronym(name)) is not None:
            letters = compound  # "PNP-ACG"
        elif _mixed_case_acronym(name):
            letters = "".join(c for c in name if c.isupper())  # "KeNHA": K-N-H-A
        else:
            continue
        candidates = expansions.get(letters) or tails.get(letters, set())
        if len(candidates) == 1:
            (expansion,) = candidates
            forest.union(node_of("organization", name), ("organization", "name:" + expansion))


def _mixed_case_acronym(name: str) -> bool:
    """An acronym with a lower-case letter or two kept from its words ("KeNHA", "NatWest" not).

    >>> _mixed_case_acronym("KeNHA"), _mixed_case_acronym("PayPal"), _mixed_case_acronym("NatWest")
    (True, False, False)
    """
    capitals = sum(c.isupper() for c in name)
    return name.isalpha() and name[0].isupper() and capitals >= 3 and capitals * 2 > len(name)


def _join_reordered(forest: _UnionFind, names: set[str]) -> None:
    """Join organisation names with the same content words, in any order.

    A name that states no country joins the one country-qualified form of the corpus
    with its words ("Department of Justice" / "U.S. Justice Department"), but not a
    firm's country unit ("Acme Mobile" / "Acme Mobile NZ").
    """
    by_key: dict[tuple[frozenset[str], frozenset[str]], list[str]] = defaultdict(list)
    for name in sorted(names):
        words, countries = token_key(name)
        if len(words) >= 2:
            by_key[(words, countries)].append(name)
    for group in by_key.values():
        for other in group[1:]:
            forest.union(node_of("organization", group[0]), node_of("organization", other))
    qualified: dict[frozenset[str], list[list[str]]] = defaultdict(list)
    for (words, countries), group in by_key.items():
        if countries and not any(ends_with_country(name) for name in group):
            qualified[words].append(group)
    for (words, countries), group in by_key.items():
        if not countries and len(qualified.get(words, ())) == 1:
            target = qualified[words][0][0]
            forest.union(node_of("organization", group[0]), node_of("organization", target))


def _join_conjunct_fragments(forest: _UnionFind, names: set[str]) -> None:
    """Join a part's name to the one "A and B" institution of the corpus made of it.

    :func:`~kg.resolve.names.conjunct_fragments` says which names are parts: "Harbour
    Office" and "Tide Warden" of the "Harbour Office and Tide Warden Service".
    """
    wholes: dict[str, set[str]] = defaultdict(set)
    for name in names:
        for fragment in conjunct_fragments(name):
            wholes[fragment].add(name_key("organization", name))
    for name in names:
        whole = wholes.get(name_key("organization", name), set())
        if len(whole) == 1:
            forest.union(node_of("organization", name), ("organization", "name:" + whole.pop()))


def _join_short_names(forest: _UnionFind, refs: list[EntityRef], org_names: set[str]) -> None:
    """Join a bare name to the one entity it can stand for in the corpus.

    What a bare name may stand for: the entities that articles link it to ("Acme
    Widgets Inc. ... Acme"), and for a one-word organisation name, the long forms that
    are it plus a brand tail ("Acme" / "Acme AI";
    :func:`~kg.resolve.names.short_form_of` says the same of each pair). A name that
    may stand for two entities ("Kestrel" for "Kestrel Payments" in one article and
    for "Kestrel Holdings", its parent, in another) joins neither: its articles'
    mentions still join the entity each article links them to.
    """
    candidates: dict[tuple[str, str], set[tuple[str, str]]] = defaultdict(set)
    for ref in refs:
        if ref.canonical and ref.name:
            candidates[node_of(ref.kind, ref.name)].add(node_of(ref.kind, ref.canonical))
    long_forms: dict[tuple[str, ...], set[str]] = defaultdict(set)
    for name in org_names:
        if len(name.split()) <= 1:
            continue
        words = name_key("organization", name).split()
        key = " ".join(words)
        cut = len(words) - 1
        while cut >= 1 and words[cut] in BRAND_TAILS:
            long_forms[tuple(words[:cut])].add(key)
            cut -= 1
    for short in org_names:
        if len(short.split()) != 1 or looks_like_acronym(short):
            continue
        short_words = tuple(name_key("organization", short).split())
        for long_key in long_forms.get(short_words, set()) if short_words else set():
            candidates[node_of("organization", short)].add(("organization", "name:" + long_key))
    for surface, targets in sorted(candidates.items()):
        roots = {forest.find(target) for target in targets}
        if len(roots) == 1:
            forest.union(surface, roots.pop())


def _join_surnames(forest: _UnionFind, names: set[str]) -> None:
    """Join a bare surname to the one person in the corpus whose full name ends with it.

    A surname may open with a particle ("van Rensburg" of "Pieter van Rensburg"); such
    a name is tried as a surname first, and is also a full name ("Van Morrison").
    """
    full_by_last: dict[str, set[str]] = defaultdict(set)
    for name in names:
        words = name_key("person", name).split()
        for surname in _surnames(words):
            full_by_last[surname].add(" ".join(words))
    keys = sorted({name_key("person", name) for name in names})
    for key in [k for k in keys if " " in k] + [k for k in keys if " " not in k]:
        if not _bare_surname(key.split()):
            continue
        fulls = full_by_last.get(key, set()) - {key}
        roots = {forest.find(("person", "name:" + full)) for full in fulls}
        if len(roots) == 1:
            forest.union(("person", "name:" + key), roots.pop())


SURNAME_PARTICLES = frozenset(
    {
        "van",
        "von",
        "de",
        "der",
        "den",
        "da",
        "di",
        "du",
        "del",
        "della",
        "la",
        "le",
        "ter",
        "ten",
        "bin",
        "ibn",
        "al",
        "el",
        "dos",
        "das",
        "st",
    }
)
"""Words that open a surname ("van Rensburg", "de la Cruz", "bin Salman")."""


def _bare_surname(words: list[str]) -> bool:
    """One word, or a surname that opens with particles ("van der Berg")."""
    return len(words) == 1 or all(w in SURNAME_PARTICLES for w in words[:-1])


def _surnames(words: list[str]) -> list[str]:
    """The surnames a full name ends with: its last word, and from each particle on."""
    found = [words[-1]] if len(words) > 1 else []
    for i in range(1, len(words) - 1):
        if words[i] in SURNAME_PARTICLES and (i == 1 or words[i - 1] not in SURNAME_PARTICLES):
            found.append(" ".join(words[i:]))
    return found


def choose_name(names: Counter[str]) -> str | None:
    """The fullest name: the longest, then the most used, then the first alphabetically.

    >>> choose_name(Counter({"Acme": 3, "Acme AI": 1}))
    'Acme AI'
    """
    candidates = [n for n in names if n]
    if not candidates:
        return None
    return min(candidates, key=lambda n: (-len(n), -names[n], n))
