"""Grouping articles into stories: which links join two articles, and what a story is called."""

from __future__ import annotations

import datetime as dt
import random

from rdflib import URIRef

from kg.records import EventMention
from kg.resolve.events import Event, EventReport
from kg.resolve.stories import (
    EVENT_FAR_DAYS,
    FAR_DAYS,
    FAR_SHARED,
    HUB_FLOOR,
    NEAR_DAYS,
    NEAR_SHARED,
    SAME_NEWS_DAYS,
    ArticleGroups,
    _entity_links,
    group_stories,
)

ID = "https://w3id.org/newskg/id/"


def article(n: int) -> URIRef:
    return URIRef(f"{ID}article/news.example/{n:03d}")


def entity(name: str) -> URIRef:
    return URIRef(f"{ID}organization/{name.lower().replace(' ', '-')}")


def day(offset: int) -> str:
    """A publication date ``offset`` days after an arbitrary first day."""
    return (dt.date(2021, 3, 1) + dt.timedelta(days=offset)).isoformat()


def event(
    kind: str, agent: URIRef | None, reports: dict[URIRef, str | None], obj: URIRef | None = None
) -> Event:
    """An already merged event, reported by each article with its own date (or none)."""
    mentions = [
        EventReport(
            article=a,
            mention=EventMention(
                type=kind, trigger="t", evidence=f"{kind} in {a}", start=0, end=5, date=date
            ),
            agent=agent,
            object=obj,
            place=None,
        )
        for a, date in reports.items()
    ]
    return Event(iri=URIRef(f"{ID}event/{kind}-{len(reports)}"), type=kind, reports=mentions)


def groups(entities, dates, events=(), names=None) -> list[tuple[URIRef, ...]]:
    stories = group_stories(
        article_entities=entities,
        article_dates=dates,
        events=list(events),
        entity_names=names or {},
    )
    return sorted(s.articles for s in stories)


ACME, ROE, GLOBEX, DOE = (entity(n) for n in ("Acme", "Jane Roe", "Globex", "John Doe"))


def test_two_specific_entities_link_articles_published_close_together() -> None:
    a, b = article(1), article(2)
    entities = {a: {ACME, ROE}, b: {ACME, ROE}}
    assert groups(entities, {a: day(0), b: day(NEAR_DAYS)}) == [(a, b)]
    assert groups(entities, {a: day(0), b: day(NEAR_DAYS + 1)}) == [(a,), (b,)]


def test_one_shared_entity_is_not_a_link() -> None:
    a, b = article(1), article(2)
    assert groups({a: {ACME, ROE}, b: {ACME, DOE}}, {a: day(0), b: day(0)}) == [(a,), (b,)]


def test_articles_months_apart_need_more_shared_entities() -> None:
    a, b = article(1), article(2)
    three = {ACME, ROE, GLOBEX}
    later = {a: day(0), b: day(FAR_DAYS)}
    assert groups({a: three, b: three}, later) == [(a, b)]
    assert groups({a: three, b: three}, {a: day(0), b: day(FAR_DAYS + 1)}) == [(a,), (b,)]
    assert FAR_SHARED == 3
    assert groups({a: {ACME, ROE}, b: {ACME, ROE}}, later) == [(a,), (b,)]


def test_undated_articles_are_linked_only_by_the_stricter_rule() -> None:
    a, b, c = article(1), article(2), article(3)
    entities = {a: {ACME, ROE, GLOBEX}, b: {ACME, ROE}, c: {ACME, ROE, GLOBEX}}
    dates = {a: None, b: day(0), c: None}
    # b shares two entities with a and c, whose dates are unknown; a and c share three
    assert groups(entities, dates) == [(a, c), (b,)]
    assert groups({a: {ACME, ROE, GLOBEX}, b: {ACME, ROE, GLOBEX}}, {a: None, b: None}) == [(a, b)]


def test_stories_do_not_chain_through_ubiquitous_entities() -> None:
    """A union and a regulator named in every article link none of them."""
    union, regulator = entity("Workers Union"), entity("Trade Regulator")
    corpus = [article(n) for n in range(HUB_FLOOR + 5)]
    entities = {a: {union, regulator, entity(f"Company {n}")} for n, a in enumerate(corpus)}
    dates = {a: day(n) for n, a in enumerate(corpus)}
    assert groups(entities, dates) == [(a,) for a in corpus]
    # a company and its chief executive in two stories a few days apart still link
    entities[corpus[0]] |= {ROE, DOE}
    entities[corpus[3]] |= {ROE, DOE}
    assert (corpus[0], corpus[3]) in groups(entities, dates)


def test_a_shared_event_links_reports_published_close_together() -> None:
    a, b = article(1), article(2)
    withdrawal = event("Withdrawal", ACME, {a: None, b: None})
    alone = {a: {ACME}, b: {ACME}}
    assert groups(alone, {a: day(0), b: day(SAME_NEWS_DAYS)}, [withdrawal]) == [(a, b)]
    assert groups(alone, {a: None, b: day(0)}, [withdrawal]) == [(a, b)]
    # weeks apart, an undated report of the same party's act needs one more shared name
    weeks = {a: day(0), b: day(NEAR_DAYS)}
    assert groups(alone, weeks, [withdrawal]) == [(a,), (b,)]
    assert groups({a: {ACME, ROE}, b: {ACME, ROE}}, weeks, [withdrawal]) == [(a, b)]
    later = {a: day(0), b: day(NEAR_DAYS + 1)}
    assert groups({a: {ACME, ROE}, b: {ACME, ROE}}, later, [withdrawal]) == [(a,), (b,)]


def test_a_follow_up_that_dates_the_event_links_months_later() -> None:
    a, b = article(1), article(2)
    recall = event("Withdrawal", ACME, {a: day(-1), b: day(-1)[:7]})
    entities = {a: {ACME}, b: {ACME}}
    assert groups(entities, {a: day(0), b: day(EVENT_FAR_DAYS)}, [recall]) == [(a, b)]
    assert groups(entities, {a: day(0), b: day(EVENT_FAR_DAYS + 1)}, [recall]) == [(a,), (b,)]
    year_only = event("Withdrawal", ACME, {a: day(-1), b: day(-1)[:4]})
    assert groups(entities, {a: day(0), b: day(100)}, [year_only]) == [(a,), (b,)]


def test_undated_events_of_a_ubiquitous_party_link_nothing() -> None:
    """'The company apologised' in two articles of the busiest company may be two apologies."""
    corpus = [article(n) for n in range(HUB_FLOOR + 5)]
    entities = {a: {ACME} for a in corpus}
    dates = {a: day(n % 3) for n, a in enumerate(corpus)}
    first, second = corpus[0], corpus[1]
    apology = event("Apology", ACME, {first: None, second: None})
    assert (first, second) not in groups(entities, dates, [apology])
    dated = event("Apology", ACME, {first: day(0), second: day(0)})
    assert (first, second) in groups(entities, dates, [dated])


def test_story_span_and_events() -> None:
    a, b, c = article(1), article(2), article(3)
    own = event("Withdrawal", ACME, {a: day(-40), b: None})
    background = event("Apology", ROE, {b: "2015-01-02", c: None})
    stories = group_stories(
        article_entities={a: {ACME}, b: {ACME}, c: {ROE}},
        article_dates={a: day(0), b: day(2), c: day(400)},
        events=[own, background],
        entity_names={ACME: "Acme", ROE: "Jane Roe"},
    )
    story = next(s for s in stories if a in s.articles)
    assert story.articles == (a, b)
    assert set(story.events) == {own.iri, background.iri}
    # the story's own event extends its span; one another story reports does not
    assert (story.start, story.end) == (day(-40), day(2))


def test_a_story_is_named_after_its_main_event_and_specific_entities() -> None:
    a, b, c = article(1), article(2), article(3)
    wire = entity("Wire Agency")
    corpus = {article(n): {wire} for n in range(10, 10 + HUB_FLOOR)}
    corpus.update({a: {ACME, ROE, DOE, wire}, b: {ACME, ROE, DOE, wire}, c: {ACME, ROE, wire}})
    dates = dict.fromkeys(corpus, day(0))
    names = {ACME: "Acme", ROE: "Jane Roe", DOE: "John Doe", wire: "Wire Agency"}
    statement = event("Statement", ROE, {a: None, b: None, c: None})
    withdrawal = event("ProductDiscontinuation", ACME, {a: day(0), b: None}, obj=DOE)
    stories = group_stories(
        article_entities=corpus,
        article_dates=dates,
        events=[statement, withdrawal],
        entity_names=names,
    )
    story = next(s for s in stories if a in s.articles)
    assert story.name == "Product discontinuation: Acme · John Doe · Jane Roe"
    untitled = group_stories(
        article_entities=corpus, article_dates=dates, events=[], entity_names=names
    )
    story = next(s for s in untitled if a in s.articles)
    # without events: the most specific names first, the wire agency every article names last
    assert story.name == "Acme · Jane Roe · John Doe"
    (alone,) = group_stories(
        article_entities={a: set()}, article_dates={a: None}, events=[], entity_names={}
    )
    assert alone.name == "untitled story"


def test_grouping_does_not_depend_on_order() -> None:
    rng = random.Random(7)
    pool = [entity(f"E{n}") for n in range(30)]
    corpus = {article(n): set(rng.sample(pool, 4)) for n in range(60)}
    dates = {a: day(rng.randrange(0, 120)) for a in corpus}
    names = {e: str(e).rsplit("/", 1)[1] for e in pool}
    expected = group_stories(
        article_entities=corpus, article_dates=dates, events=[], entity_names=names
    )
    keys = list(corpus)
    rng.shuffle(keys)
    shuffled = group_stories(
        article_entities={k: corpus[k] for k in keys},
        article_dates={k: dates[k] for k in reversed(keys)},
        events=[],
        entity_names=names,
    )
    assert shuffled == expected


def test_article_groups_join_linked_articles_through_chains() -> None:
    a, b, c, d, e = (article(n) for n in range(5))
    groups = ArticleGroups([e, d, c, b, a])
    groups.link(d, b)
    groups.link(b, a)
    groups.link(a, b)  # again: nothing changes
    assert groups.groups() == [(a, b, d), (c,), (e,)]
    # An article no entity list named (only an event's) still joins its group.
    outsider = article(9)
    groups.link(outsider, c)
    assert groups.groups() == [(a, b, d), (c, outsider), (e,)]


def test_entity_links_counted_per_article_are_the_pairs_counted_together() -> None:
    """Pairs linked by shared entities, against every pair's count made the plain way."""
    rng = random.Random(7)
    entities = [entity(f"Firm {n}") for n in range(12)]
    articles = [article(n) for n in range(90)]
    article_entities = {a: set(rng.sample(entities, rng.randint(0, 5))) for a in articles}
    days = {a: None if rng.random() < 0.15 else rng.randint(0, 400) for a in articles}
    hubs = {entities[0]}

    expected = set()
    for i, a in enumerate(articles):
        for b in articles[i + 1 :]:
            da, db = days[a], days[b]
            gap = None if da is None or db is None else abs(da - db)
            if gap is not None and gap > FAR_DAYS:
                continue
            count = len((article_entities[a] & article_entities[b]) - hubs)
            if count >= FAR_SHARED or (
                count >= NEAR_SHARED and gap is not None and gap <= NEAR_DAYS
            ):
                expected.add((min(a, b), max(a, b)))
    found = list(_entity_links(article_entities, days, hubs))
    assert len(found) == len(set(found))
    assert set(found) == expected
    assert len(expected) > 20
