"""Merge the reports of one real-world event into one event node.

Two reports are the same event when they have the same type, share an anchor (the
same agent entity or the same object entity), and nothing contradicts: no two
different agent entities or object entities, no two places unless the agent is shared
(outlets name places at different scales), and dates that agree at the
granularity both give (``2020-07`` agrees with ``2020-07-06``; two days agree within
a day, as time zones shift reports by one). The merged event keeps every report's
evidence and the most specific date any report gives.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TypeVar

from rdflib import URIRef

from kg.namespaces import mint, short_hash
from kg.records import EventMention, Mention
from kg.resolve.entities import EntityTable
from kg.resolve.names import LEGAL_SUFFIXES, fold
from kg.resolve.refs import mention_ref

T = TypeVar("T")


@dataclass(frozen=True)
class EventReport:
    """An event mention with its article and its roles resolved to entity IRIs."""

    article: URIRef
    mention: EventMention
    agent: URIRef | None
    object: URIRef | None
    place: URIRef | None


@dataclass
class Event:
    """A merged event: one node, every report of it."""

    iri: URIRef
    type: str
    reports: list[EventReport] = field(default_factory=list)

    @property
    def agent(self) -> URIRef | None:
        """The agent entity the reports agree on (the most reported)."""
        return _most_common(r.agent for r in self.reports)

    @property
    def object(self) -> URIRef | str | None:
        """The object entity, or else the most reported description of it."""
        entity = _most_common(r.object for r in self.reports)
        if entity is not None:
            return entity
        return _most_common(r.mention.object_text for r in self.reports)

    @property
    def place(self) -> URIRef | None:
        """Where it happened, when a report says."""
        return _most_common(r.place for r in self.reports)

    @property
    def date(self) -> str | None:
        """The most specific date a report gives (a day over a month over a year)."""
        dates = [r.mention.date for r in self.reports if r.mention.date]
        if not dates:
            return None
        counts = Counter(dates)
        return min(counts, key=lambda d: (-len(d), -counts[d], d))

    @property
    def report_dates(self) -> tuple[tuple[URIRef, str | None], ...]:
        """Each report's article and the date it gives (what story links weigh)."""
        return tuple((r.article, r.mention.date) for r in self.reports)

    @property
    def articles(self) -> list[URIRef]:
        """Every article that reports it."""
        return sorted({r.article for r in self.reports})


def resolve_reports(
    mentions: Iterable[tuple[URIRef, EventMention]], table: EntityTable
) -> list[EventReport]:
    """Attach resolved entity IRIs to each article's event mentions."""
    reports = []
    for article, mention in mentions:
        reports.append(
            EventReport(
                article=article,
                mention=mention,
                agent=table.iri(mention_ref(mention.agent)) if mention.agent else None,
                object=table.iri(mention_ref(mention.object)) if mention.object else None,
                place=table.iri(mention_ref(mention.place)) if mention.place else None,
            )
        )
    return reports


def merge_events(reports: Iterable[EventReport]) -> list[Event]:
    """Cluster reports into events (see the module docstring); deterministic in any order."""
    ordered = sorted(reports, key=_report_key)
    clusters: list[list[EventReport]] = []
    for report in ordered:
        for cluster in clusters:
            if all(_compatible(report, other) for other in cluster) and any(
                _anchored(report, other) for other in cluster
            ):
                cluster.append(report)
                break
        else:
            clusters.append([report])
    events = []
    for cluster in clusters:
        first = cluster[0]
        anchor = str(first.agent or first.object or fold(first.mention.agent_text or ""))
        key = short_hash(
            first.mention.type, anchor, str(first.object or ""), first.mention.date or ""
        )
        events.append(Event(mint("event", key), first.mention.type, cluster))
    return sorted(events, key=lambda e: str(e.iri))


def _report_key(report: EventReport) -> tuple[str, ...]:
    m = report.mention
    return (
        m.type,
        str(report.agent or ""),
        str(report.object or ""),
        m.date or "",
        str(report.article),
        f"{m.start:09d}",
    )


def _anchored(a: EventReport, b: EventReport) -> bool:
    if a.article == b.article and a.mention.start == b.mention.start:
        return True
    if a.agent is not None and (
        a.agent == b.agent or _nested_names(a.mention.agent, b.mention.agent)
    ):
        return True
    if _described_agent(a, b) or _described_agent(b, a):
        return True
    return a.object is not None and a.object == b.object


_FUNCTION_WORDS = frozenset("the of and for".split()) | LEGAL_SUFFIXES
GENERIC_WORDS = frozenset(
    "police department bureau office council city county state service services force "
    "company group authority commission agency board court government".split()
)


def _nested_names(a: Mention | None, b: Mention | None) -> bool:
    """Whether two entity names are one actor named fully and shortly.

    "Corrib" and "Corrib Pharma Distribution", "Dunmore police" and "Dunmore Bureau of
    Police": outlets shorten names differently, and entity resolution may keep the forms
    apart. Every word of the shorter name is in the longer, and one of them is not a generic
    word ("Police" alone names no force).

    >>> from kg.records import Mention
    >>> a = Mention("organization", "Dunmore police", 0, 1, "")
    >>> b = Mention("organization", "Dunmore Bureau of Police", 0, 1, "")
    >>> c = Mention("organization", "Dunmore City Council", 0, 1, "")
    >>> _nested_names(a, b), _nested_names(a, c)
    (True, False)
    """
    if a is None or b is None:
        return False
    if {a.kind, b.kind} == {"place", "organization"}:
        return _town_and_its_council(a, b)
    if a.kind != b.kind:
        return False
    first, second = name_words(a), name_words(b)
    shorter, longer = sorted((first, second), key=len)
    return bool(shorter - GENERIC_WORDS) and shorter <= longer


_MUNICIPAL_WORDS = frozenset(
    "council municipality municipal city county borough town village regional district".split()
)


def _town_and_its_council(a: Mention, b: Mention) -> bool:
    """Whether a town and its council or municipality are one actor.

    "Halifax suspends contract" is the act of the Halifax Regional Municipality another
    outlet names.

    >>> from kg.records import Mention
    >>> town = Mention("place", "Halifax", 0, 1, "")
    >>> council = Mention("organization", "Halifax Regional Municipality", 0, 1, "")
    >>> police = Mention("organization", "Halifax Regional Police", 0, 1, "")
    >>> _town_and_its_council(town, council), _town_and_its_council(town, police)
    (True, False)
    """
    place, organisation = (a, b) if a.kind == "place" else (b, a)
    place_words, organisation_words = name_words(place), name_words(organisation)
    return (
        bool(place_words)
        and place_words <= organisation_words
        and bool(organisation_words & _MUNICIPAL_WORDS)
        and not organisation_words & {"police", "court", "school", "university", "hospital"}
    )


_ROLE_SYNONYMS = {
    "prosecutor": frozenset({"prosecutor", "prosecutors", "prosecution", "attorney"}),
    "regulator": frozenset({"regulator", "regulatory", "authority", "commission"}),
    "officer": frozenset({"officer", "officers", "police"}),
}
"""What an outlet calls an office's people ("prosecutors in X" for X's District Attorney)."""
_ROLE_WORDS = _ROLE_SYNONYMS.keys() | {f"{word}s" for word in _ROLE_SYNONYMS}
_DESCRIPTION_FUNCTION_WORDS = frozenset("a an the in at from of for and s".split())


def description_words(text: str) -> frozenset[str]:
    """The folded content words of a described agent.

    >>> sorted(description_words("Prosecutors in Harris County"))
    ['county', 'harris', 'prosecutors']
    """
    return frozenset(fold(text).split()) - _DESCRIPTION_FUNCTION_WORDS


def _describes(word: str, named: frozenset[str]) -> bool:
    """Whether a description's word is a word of the name, in the singular or as its people."""
    singular = word[:-1] if word.endswith("s") and not word.endswith("ss") else word
    return bool({word, singular} & named or _ROLE_SYNONYMS.get(singular, frozenset()) & named)


def described_anchor_words(report: EventReport) -> frozenset[str]:
    """The words by which a dated report's described agent may name an organisation.

    Generic words and what an office's people are called ("prosecutors") name no
    particular one.
    """
    text = report.mention.agent_text
    if report.agent is not None or not text or not report.mention.date:
        return frozenset()
    return description_words(text) - GENERIC_WORDS - _ROLE_WORDS


def _described_agent(a: EventReport, b: EventReport) -> bool:
    """Whether ``a``'s agent, a description, names ``b``'s agent organisation.

    One outlet names "the Harris County District Attorney's Office", another "prosecutors
    in Harris County": every word of the description is a word of the name (or what its
    people are called), one of them names a particular body (:func:`described_anchor_words`),
    and the description's report gives a date (with no date, a description as vague as "the
    ministry" would join any ministry's act of that type).

    >>> from kg.records import EventMention, Mention
    >>> office = Mention("organization", "Harris County District Attorney's Office", 0, 1, "")
    >>> def report(agent, text, date):
    ...     mention = EventMention("ChargesDropped", "t", "e", 0, 1, agent=agent,
    ...                            agent_text=text, date=date)
    ...     return EventReport(URIRef("a:1"), mention, URIRef("e:1") if agent else None, None, None)
    >>> entity = report(office, None, "2026-03-06")
    >>> _described_agent(report(None, "Prosecutors in Harris County", "2026-03-06"), entity)
    True
    >>> city_office = report(Mention("organization", "Cebu City Prosecutor's Office", 0, 1, ""),
    ...                      None, "2026-03-06")
    >>> _described_agent(report(None, "city prosecutors", "2026-03-06"), city_office)
    False
    >>> _described_agent(report(None, "Prosecutors in Harris County", None), entity)
    False
    """
    if b.agent is None or b.mention.agent is None or b.mention.agent.kind != "organization":
        return False
    named = name_words(b.mention.agent)
    if not described_anchor_words(a) & named:  # none for an entity agent or an undated report
        return False
    return all(_describes(word, named) for word in description_words(a.mention.agent_text or ""))


def name_words(mention: Mention) -> frozenset[str]:
    """The folded words of an entity's name, without function words and legal forms."""
    return frozenset(fold(mention.canonical or mention.text).split()) - _FUNCTION_WORDS


def _compatible(a: EventReport, b: EventReport) -> bool:
    """Same type, no two different agents or objects, dates that agree.

    Places differ only when no agent is shared: outlets name the place of one act at
    different scales ("in the United States", "in North America", "in Ohio").
    """
    if a.mention.type != b.mention.type:
        return False
    same_agent = a.agent is not None and (
        a.agent == b.agent or _nested_names(a.mention.agent, b.mention.agent)
    )
    pairs = [(a.object, b.object)]
    if not same_agent:
        pairs += [(a.agent, b.agent), (a.place, b.place)]
    for x, y in pairs:
        if x is not None and y is not None and x != y:
            return False
    return dates_agree(a.mention.date, b.mention.date)


def dates_agree(a: str | None, b: str | None) -> bool:
    """Whether two ISO dates can name the same day, at the precision both give.

    >>> dates_agree("2020-07", "2020-07-06"), dates_agree("2020-07-06", "2020-07-07")
    (True, True)
    >>> dates_agree("2020-07-06", "2020-07-09"), dates_agree(None, "2020")
    (False, True)
    """
    if not a or not b:
        return True
    if len(a) == len(b) == 10:
        import datetime as dt

        return abs((dt.date.fromisoformat(a) - dt.date.fromisoformat(b)).days) <= 1
    shorter = min(len(a), len(b))
    return a[:shorter] == b[:shorter]


def _most_common(values: Iterable[T | None]) -> T | None:
    counts: Counter[T] = Counter(v for v in values if v is not None and v != "")
    if not counts:
        return None
    return min(counts, key=lambda v: (-counts[v], str(v)))
