"""Merging event reports across articles, and grouping articles into stories."""

from __future__ import annotations

from rdflib import URIRef

from kg.records import EventMention, Mention
from kg.resolve import EntityRef, resolve_entities
from kg.resolve.events import merge_events, resolve_reports
from kg.resolve.stories import group_stories

A1, A2, A3, A4 = (URIRef(f"https://w3id.org/newskg/id/article/x.org/{i}") for i in range(1, 5))


def org(text: str, start: int = 0) -> Mention:
    return Mention("organization", text, start, start + len(text), "s")


def place(text: str) -> Mention:
    return Mention("place", text, 50, 50 + len(text), "s")


def report(
    kind: str,
    *,
    agent=None,
    obj=None,
    where=None,
    date=None,
    start=0,
    obj_text=None,
    agent_text=None,
) -> EventMention:
    return EventMention(
        agent_text=agent_text,
        type=kind,
        trigger="t",
        evidence=f"sentence {start}",
        start=start,
        end=start + 10,
        agent=agent,
        object=obj,
        place=where,
        date=date,
        object_text=obj_text,
    )


def merged(pairs):
    refs = []
    for _, m in pairs:
        for role in (m.agent, m.object, m.place):
            if role is not None:
                refs.append(EntityRef(role.kind, role.text))
    table = resolve_entities(refs)
    return merge_events(resolve_reports(pairs, table))


def test_five_outlets_one_withdrawal() -> None:
    pairs = [
        (
            A1,
            report("Withdrawal", agent=org("Orbital AI"), where=place("Canada"), date="2020-07-06"),
        ),
        (A2, report("Withdrawal", agent=org("Orbital AI"), where=place("Canada"))),
        (A3, report("Withdrawal", agent=org("Orbital AI"), date="2020-07")),
        (A4, report("Withdrawal", agent=org("Orbital AI"), date="2020-07-07")),
    ]
    (event,) = merged(pairs)
    assert event.articles == [A1, A2, A3, A4]
    assert event.date == "2020-07-06"  # the most specific date, though one report lacked it
    assert len({r.mention.evidence for r in event.reports}) == 1  # same test sentence text


def test_different_types_agents_objects_or_dates_stay_apart() -> None:
    pairs = [
        (A1, report("Arrest", obj=org("Jane Roe"), date="2021-03-01")),
        (A2, report("Arrest", obj=org("John Doe"), date="2021-03-01")),
        (A3, report("Withdrawal", agent=org("Orbital AI"), date="2020-07-06")),
        (A4, report("Withdrawal", agent=org("Orbital AI"), date="2021-01-10")),
        (A4, report("Statement", agent=org("Orbital AI"), date="2020-07-06", start=40)),
    ]
    assert len(merged(pairs)) == 5


def test_reports_without_a_shared_anchor_are_not_merged() -> None:
    pairs = [
        (A1, report("Theft", obj_text="watches", date="2020-01-01")),
        (A2, report("Theft", obj_text="watches", date="2020-01-01")),
    ]
    assert len(merged(pairs)) == 2


def test_merging_does_not_depend_on_order() -> None:
    pairs = [
        (A1, report("Apology", agent=org("Orbital AI"), date="2020-07-06")),
        (A2, report("Apology", agent=org("Orbital AI"))),
        (A3, report("Apology", agent=org("Orbital AI"), date="2020-07-05")),
    ]
    forward = {(str(e.iri), tuple(e.articles)) for e in merged(pairs)}
    backward = {(str(e.iri), tuple(e.articles)) for e in merged(pairs[::-1])}
    assert forward == backward


def test_stories_join_articles_by_events_and_shared_entities() -> None:
    e1, e2, e3 = (URIRef(f"https://w3id.org/newskg/id/organization/e{i}") for i in range(3))
    pairs = [
        (A1, report("Withdrawal", agent=org("Orbital AI"), date="2020-07-06")),
        (A2, report("Withdrawal", agent=org("Orbital AI"))),
    ]
    events = merged(pairs)
    stories = group_stories(
        article_entities={A1: {e1}, A2: {e1}, A3: {e1, e2, e3}, A4: {e2, e3}},
        article_dates={
            A1: "2020-07-06",
            A2: "2020-07-07T10:00:00+00:00",
            A3: "2019-01-20",
            A4: "2019-01-01",
        },
        events=events,
        entity_names={e1: "Orbital AI", e2: "Beta", e3: "Gamma"},
    )
    groups = sorted(tuple(s.articles) for s in stories)
    assert groups == [(A1, A2), (A3, A4)]
    first = next(s for s in stories if A1 in s.articles)
    assert (first.start, first.end) == ("2020-07-06", "2020-07-07")
    assert first.events == (events[0].iri,)


def test_place_names_at_other_scales_do_not_split_one_agents_event() -> None:
    pairs = [
        (A1, report("Withdrawal", agent=org("Orbital AI"), where=place("United States"))),
        (A2, report("Withdrawal", agent=org("Orbital AI"), where=place("North America"))),
        (A3, report("Arrest", obj=org("Jane Roe"), where=place("Leeds"), date="2021-03-01")),
        (A4, report("Arrest", obj=org("Jane Roe"), where=place("Paris"), date="2021-03-01")),
    ]
    events = merged(pairs)
    assert sorted(len(e.articles) for e in events) == [1, 1, 2]  # no shared agent: apart


def test_a_short_and_a_full_name_of_one_agent_merge() -> None:
    pairs = [
        (A1, report("Arrest", agent=org("Dunmore Bureau of Police"), obj=org("Ana Lee"))),
        (A2, report("Arrest", agent=org("Dunmore police"), obj=org("Ana Lee"), date="2021-03")),
        (A3, report("Arrest", agent=org("Dunmore City Council"), obj=org("Ana Lee"))),
    ]
    events = merged(pairs)
    assert sorted(len(e.articles) for e in events) == [1, 2]  # a council is not the police


def test_an_agent_described_by_words_of_its_name_merges_with_the_named_one() -> None:
    office = org("Harris County District Attorney's Office")
    pairs = [
        (A1, report("ChargesDropped", agent=office, date="2026-03-06")),
        (
            A2,
            report("ChargesDropped", agent_text="Prosecutors in Harris County", date="2026-03-06"),
        ),
        (A3, report("ChargesDropped", agent=office)),  # undated: still this office's act
    ]
    (event,) = merged(pairs)
    assert event.articles == [A1, A2, A3]


def test_vague_or_undated_descriptions_and_other_bodies_stay_apart() -> None:
    office = org("Harris County District Attorney's Office")
    pairs = [
        (A1, report("ChargesDropped", agent=office, date="2026-03-06")),
        (A2, report("ChargesDropped", agent_text="prosecutors", date="2026-03-06")),
        (A3, report("ChargesDropped", agent_text="Prosecutors in Harris County")),
        (
            A4,
            report("ChargesDropped", agent_text="Prosecutors in Dallas County", date="2026-03-06"),
        ),
    ]
    assert len(merged(pairs)) == 4
